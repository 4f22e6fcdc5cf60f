"""Hometowns the text takes back: a correction's "The article wrongly stated that X was
from Ganja", "ошибочно указано, что X родом из Y", "Məqalədə səhvən X-in Gəncədən olduğu
göstərilib", "Haberde Saraybosnalı olarak tanıtılan X", "haberde X'in Eskişehirli olduğu
belirtilmişti", and a place set against the right one ("Rize değil Trabzon doğumludur",
"Gəncədən deyil, Qaxdandır", "not from Ganja but from Qakh", "родом не из X, а из Y").

A place a report gave wrongly is no one's hometown anywhere in the text (a headline's
"jihadist from Almere" included; the surname it was said of may stand for a relative as
well); a place set against the right one is not the hometown of the person it was said
of. The person keeps the place the correction gives, or none.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact
from ffdb.extract.geo import PlaceMention
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.tokens import fold

# Cheap gate: one of these words in the lowered text (`lowered`: "ı" read as "i"), or no
# fact is looked at (a regex of them is tried at every place). Written by a part they
# share: (the part, the words holding it; none: the part is the word); read off the
# automaton's one pass (`held_words`).
_GATE: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("wrong", ()),
    ("incorrect", ()),
    ("erroneous", ()),
    ("mistaken", ()),
    ("falsely", ()),
    ("in error", ()),
    ("inaccurate", ()),
    ("ошиб", ("ошибочн", "по ошибке")),
    ("не", ("неверн", "неправильн", "не из", "не уроженец", "не уроженка")),
    ("səhv", ()),
    ("sehven", ()),
    ("yanli", ("yanlis", "yanliş")),
    ("hata", ("hatali", "hatayla")),
    (
        "olarak ",
        (
            "olarak tanit",
            "olarak gösteril",
            "olarak belirtil",
            "olarak yazil",
            "olarak geç",
            "olarak anil",
            "olarak veril",
        ),
    ),
    ("olaraq ", ("olaraq təqdim", "olaraq göstəril", "olaraq yazil", "olaraq qeyd")),
    ("mis", ("misti", "misdi")),
    ("miş", ("mişti", "mişdi")),
    ("müstü", ()),
    ("müştü", ()),
    ("değil", ()),
    ("deyil", ()),
    ("not ", ("not from", "not a native")),
)


# `_GATE` flat: each word holds its part, a part without words stands for itself
_GATE_WORDS: Final = tuple(word for part, words in _GATE for word in words or (part,))
assert all(part in word for part, words in _GATE for word in words)


def _may_take_back(low: str) -> bool:
    """Whether the lowered text holds a word of `_GATE`."""
    return holds_any(low, _GATE_WORDS)


# A word that the report was wrong, then (or after) a verb of saying, within a few words:
# "wrongly stated", "reported incorrectly", "ошибочно указано", "səhvən göstərilib",
# "yanlışlıkla yazılmıştı". A wrong arrest ("wrongly detained") is no such report.
_WRONG: Final = (
    r"(?:wrongly|incorrectly|erroneously|mistakenly|falsely|in error|inaccurately|"
    r"ошибочно|неверно|неправильно|по ошибке|səhvən|səhv olaraq|yanlışlıqla|yanlış olaraq|"
    r"yanlışlıkla|yanlış olarak|hatalı olarak|hatayla|sehven)"
)
_SAID: Final = (
    r"(?:stated|stating|reported|said|described|identified|named|listed|gave|given|wrote|"
    r"written|claimed|called|referred|printed|published|"
    r"указ\w*|сообщ\w*|назв\w*|напис\w*|говори\w*|утвержда\w*|значи\w*|представ\w*|"
    r"göstəril\w*|qeyd edil\w*|yazıl\w*|bildiril\w*|təqdim edil\w*|adlandırıl\w*|"
    r"belirtil\w*|tanıtıl\w*|gösteril\w*|yer al\w*|aktarıl\w*|geçmiş\w*|geçti\w*)"
)
_WRONGLY_SAID: Final = re.compile(
    rf"(?<![\w-]){_WRONG}(?![\w-])(?:\s+\S+){{0,3}}?\s+{_SAID}(?![\w-])|"
    rf"(?<![\w-]){_SAID}(?:\s+\S+){{0,2}}?\s+{_WRONG}(?![\w-])",
    re.I,
)
# After the place (its origin ending on it): "Saraybosnalı olarak tanıtılan",
# "Eskişehirli olduğu belirtilmişti", "Gəncədən olduğu göstərilmişdi" (the pluperfect of
# a report is what the article had said before).
_SAID_AS: Final = re.compile(
    r"\s+(?:olarak\s+(?:tanıtıl|gösteril|belirtil|yazıl|geçen|geçti|anıl|verilen)|"
    r"olaraq\s+(?:təqdim|göstəril|yazıl|qeyd)|"
    r"olduğu(?:nu)?\s+(?:\S+\s+)?(?:belirtilmişti|yazılmıştı|bildirilmişti|iddia edilmişti|"
    r"ileri sürülmüştü|aktarılmıştı|geçmişti|söylenmişti)|"
    r"olduğu(?:nu)?\s+(?:\S+\s+)?(?:göstərilmişdi|yazılmışdı|qeyd edilmişdi|bildirilmişdi|"
    r"deyilmişdi))",
    re.I,
)
# The place set against the right one: after it "değil", "deyil" ("Rize değil Trabzon
# doğumlu", "Rizeli değil", "Gəncədən deyil"), before it "not", "не".
_NOT_AFTER: Final = re.compile(
    r"(?:\s+(?:doğumlu|sakini|əsilli|kökenli|asıllı))?\s*,?\s+(?:değil|deyil)(?:dir|dır)?"
    r"(?![\w-])",
    re.I,
)
_NOT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:not|не)\s+(?:(?:from|in|a native of|из|в|уроженец|уроженка)\s+)?$", re.I
)
# The place ends what the report said ("wrongly stated that X was from Ganja.", "səhvən
# X-in Gəncədən olduğu göstərilib."), not a description of the person it goes on about
# ("wrongly stated that X, a former member from Nalchik, had been extradited")
_PREDICATE_END: Final = re.compile(
    r"(?:\s+(?:olduğu\w*|olaraq|olarak|idi|imiş)(?![\w-])(?:\s+[^\s.;!?]+){0,2})?"
    r"[\s\"»”']*(?:[.;!?]|$)"
)
# A clause break between the report and the place: the words before it are of another
# clause ("He was wrongly detained; he is from Qusar").
_BREAK: Final = re.compile(r"[;:]")


def drop_retracted(ctx: DocContext, facts: list[Fact]) -> list[Fact]:
    """The hometown facts less those of a place the text takes back (see the module
    docstring)."""
    if not facts or not _may_take_back(ctx.low):  # (nothing to take back: not looked for)
        return facts
    taken_back = {
        (fact.person, _key(fact.value))
        for fact in facts
        if fact.prop == "hometown" and _taken_back(ctx, fact.cue_start, fact.cue_end)
    }
    wrong: set[str] = set()  # places a report gave wrongly, of whomever
    for place in ctx.places:
        how = _taken_back(ctx, place.start, place.end)
        if how == _REPORTED:  # "stated incorrectly that Visser was from Almere"
            wrong.add(_key(place.name))
        elif how:
            person = _said_of(ctx, place)
            if person is not None:
                taken_back.add((person, _key(place.name)))
    if not taken_back and not wrong:
        return facts
    return [
        f
        for f in facts
        if f.prop != "hometown"
        or ((f.person, _key(f.value)) not in taken_back and _key(f.value) not in wrong)
    ]


def _key(value: str) -> str:
    """A place's key: the village without its district ("Car, Zaqatala": Car)."""
    return fold(value.split(",")[0].strip())


_REPORTED: Final = "reported"
_DENIED: Final = "denied"


def _taken_back(ctx: DocContext, start: int, end: int) -> str:
    """How the place or cue at [start, end) is taken back: `_REPORTED` (a report said it
    wrongly: the place is nobody's), `_DENIED` (set against another, of one person), or
    "" (not at all)."""
    sentence = ctx.index.at(start)
    if sentence is None:
        return ""
    start, end = min(start, end), max(start, end)
    before = ctx.text[sentence.start : start]
    cut = max((m.end() for m in _BREAK.finditer(before)), default=0)
    if _SAID_AS.match(ctx.text, end) or (
        _WRONGLY_SAID.search(before, cut) is not None and _PREDICATE_END.match(ctx.text, end)
    ):
        return _REPORTED
    if _NOT_AFTER.match(ctx.text, end) or _NOT_BEFORE.search(before) is not None:
        return _DENIED
    return ""


def _said_of(ctx: DocContext, place: PlaceMention) -> int | None:
    """Whom a place set against another was said of: the name before it in its sentence
    ("Arslan, Rize değil Trabzon doğumludur"), else the name right after it."""
    sentence = ctx.index.at(place.start)
    if sentence is None:
        return None
    before = ctx.agents_in(max(sentence.start, place.start - 120), place.start)
    if before:
        return before[-1][2]
    after = ctx.agents_in(place.end, min(sentence.end, place.end + 80))
    return after[0][2] if after else None


register(_GATE_WORDS)  # (its gates' words, in the automaton at import)
