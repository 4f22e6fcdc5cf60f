"""Descriptions that stand for persons named before: "The widow was detained", "All
three joined IS", "Все трое были задержаны", "Hər üçü İŞİD-ə qoşulub", "Üçü de
tutuklandı", "The men were flown home". A story names persons once and then goes on by
such a description; what is told in those sentences (events, hometowns, groups) is told
of the persons named.

Only where a description is the subject its sentence or clause opens with (after a date
or short words), not followed by what makes it another's or generic ("the men's
families", "the men of the village", "the men who"), nor by a name in apposition (the
name speaks for itself). "The woman" stands for the person last named (as a pronoun
does), never for a man; "the men" for the persons listed together last; a counted one
for as many persons as it counts: the list before, or just that many named from one to
three sentences back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from ffdb.extract.listing import joined
from ffdb.extract.number_words import COUNT_WORDS
from ffdb.extract.scan import WordStarts, matches_at

if TYPE_CHECKING:
    from ffdb.extract.context import DocContext

# A singular description showing its gender: "the woman", "the widow" (Russian,
# Azerbaijani and Turkish ones and role words, "подсудимый", "sanık", "təqsirləndirilən",
# were tried too: on the open sets they changed nothing, or cost).
_ONE: Final = re.compile(r"(?<![\w-])(?P<f>[Tt]he (?:young )?(?:woman|widow))(?![\w-])")
# Plural descriptions: men, and counted ones ("all three", "все трое", "hər üçü", "üçü
# de"). ("The brothers", "the women" and their kin changed nothing on the open sets.)
_MANY: Final = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<masc>[Tt]he men|[Мм]ужчины)|"
    r"(?:[Aa]ll (?P<en>three|four|five|six|seven|eight)(?: (?:men|women|brothers|cousins|"
    r"friends|defendants|suspects))?|[Tt]he (?P<the>three|four|five|six|seven|eight) "
    r"(?:men|women|brothers|cousins|friends|defendants|suspects))|"
    r"[Вв]се (?P<ru>трое|четверо|пятеро|шестеро|семеро)|"
    r"[Hh][eə]r (?P<tz>üçü|dördü|beşi)|(?P<tr>[Üü]çü|[Dd]ördü|[Bb]eşi) d[ae]"
    r")(?![\w-])(?!\s+(?:years|months|weeks|days|times)(?![\w-]))"
)
# (lower-case, `scan.folded`: "ı" as "i")
_WORDS: Final = WordStarts(
    [
        "the woman", "the widow", "the young woman", "the men", "мужчины",
        *(f"{lead} {count}" for lead in ("the", "all") for count in ("three", "four", "five",
        "six", "seven", "eight")),
        *(f"все {count}" for count in ("трое", "четверо", "пятеро", "шестеро", "семеро")),
        *(f"{lead} {count}" for lead in ("hər", "her") for count in ("üçü", "dördü", "beşi")),
        "üçü d", "dördü d", "beşi d",
    ]
)  # fmt: skip
# What makes a description another's or generic right after it.
_NOT_AFTER: Final = re.compile(
    r"['’]|\s+(?:of|who|whom|whose|that|and|or|in the|from the|и|или|из|которы\w+|və|ve)"
    r"(?![\w-])"
)
# Words that may stand before the subject opening a sentence: dates go apart.
_LEAD_WORDS: Final = frozenset(
    (
        "later", "then", "but", "however", "and", "now", "since", "затем", "позже",
        "потом", "но", "однако", "также", "sonra", "daha", "ardından", "lakin", "ancak",
        "amma", "ama", "bundan", "ondan", "and", "today", "сейчас", "теперь", "ныне",
    )
)  # fmt: skip

# An indefinite or counted word before the description ("two of the men").
_NUMBERS: Final = frozenset(
    ("a", "an", "one", "two", "six", "ten", "bir", "iki", "üç", "beş", "два", "три", "пять")
)

# A clause of its own opening before the description ("..., and all three were
# captured"; "...; the woman was detained"), not a conjunct ("X and the woman").
_CLAUSE_OPENS: Final = re.compile(r"(?:[,;]\s*(?:and|but|и|но|а|və|ve|amma|ama)|;)\s+$")

_LEAD_GAPS: Final = re.compile(r"[\s,;:—–-]+")

# Between a description and the name in apposition to it: a comma and the given names
# not read as part of the name ("The woman, Dana Bekova").
_APPOSITION_GAP: Final = re.compile(r",?\s*(?:[A-ZА-ЯЁÇĞİÖŞÜƏ][\w.’'-]*\s+){0,2}")


def resolve_descriptions(ctx: DocContext) -> list[tuple[int, int, list[int]]]:
    """(start, end, persons) of the descriptions in `ctx` that stand for persons named
    before: see the module's docstring."""
    text = ctx.text
    places = _WORDS.places(text)
    out: list[tuple[int, int, list[int]]] = []
    for regex in (_ONE, _MANY):
        found = regex.finditer(text) if places is None else matches_at(regex, places, text)
        for match in found:
            start, end = match.start(), match.end()
            if _NOT_AFTER.match(text, end) or not _opens(ctx, start) or _named_after(ctx, end):
                continue
            persons = _one(ctx, start, "f") if regex is _ONE else _many(ctx, match)
            if persons:
                out.append((start, end, persons))
    return out


def _one(ctx: DocContext, pos: int, gender: str) -> list[int]:
    """The person a singular description of `gender` at `pos` stands for, if any."""
    person = ctx.antecedent_of_gender(pos, gender)
    if person is None or ctx.genders.get(person, gender) != gender:
        return []  # a woman-word never stands for a man
    return [person]


def _many(ctx: DocContext, match: re.Match[str]) -> list[int]:
    """The persons a plural description stands for: see the module's docstring."""
    pos = match.start()
    listed = ctx.listed_before(pos)
    count = (
        match.group("en")
        or match.group("the")
        or match.group("ru")
        or match.group("tz")
        or match.group("tr")
    )
    if count:
        size = COUNT_WORDS.get(count.lower(), 0)
        if len(listed) == size:
            return listed
        last = _last_named(ctx, pos, size)
        if len(last) != size and size >= _LIST_FROM:
            last = _counted_list_before(ctx, pos, size)
        if len(last) != size:
            last = _paragraph_before(ctx, pos, size)
        return last if len(last) == size else []
    # "the men": never a list with a woman in it
    return [] if any(ctx.genders.get(p, "m") != "m" for p in listed) else listed


def _last_named(ctx: DocContext, pos: int, size: int) -> list[int]:
    """The last `size` persons named before `pos` in its paragraph, up to three sentences
    back, when just that many are named in the sentences from there (more of them in
    reach than counted: which ones is not told)."""
    here = ctx.index.at(pos)
    if here is None:
        return []
    last: list[int] = []
    # a long count may gather its names over the paragraphs before ("The group's leader,
    # A, ... \n\n B and C ... D, E, F and G ... All seven were detained")
    across = size >= _ACROSS_PARAGRAPHS
    for k in range(here.index, max(-1, here.index - 4), -1):
        sentence = ctx.sentences[k]
        if not across and (
            sentence.paragraph != here.paragraph or "\n\n" in ctx.text[sentence.end : pos]
        ):
            break  # (a blank line keeps the paragraph after a full stop: it ends here)
        for name in reversed(ctx.names_in(sentence.start, min(sentence.end, pos))):
            if name.person is not None and name.person not in last:
                last.append(name.person)
        if len(last) >= size:
            break
    return last[::-1] if len(last) == size else []


def _paragraph_before(ctx: DocContext, pos: int, size: int) -> list[int]:
    """The persons of the paragraph before when a count opens its own paragraph, nobody
    named before it there, and that paragraph names just `size` persons ("Ramil ...
    Fuad and Elchin followed him ... \n\nAll three were detained in Hatay")."""
    text = ctx.text
    start = text.rfind("\n\n", 0, pos)
    if start < 0 or ctx.names_in(start, pos):
        return []
    before = text.rfind("\n\n", 0, start)
    before = before + 2 if before >= 0 else 0
    if _OFFICIALS.search(text, before, start):
        return []  # "Judge Saule X rejected ...": officials, not the men counted
    persons: list[int] = []
    for name in ctx.names_in(before, start):
        if name.person is not None and name.person not in persons:
            persons.append(name.person)
    return persons if len(persons) == size else []


# the words of those who judge, defend, accuse or speak for others
_OFFICIALS: Final = re.compile(
    r"(?<![\w-])(?:judge|lawyer|attorney|prosecutor|defen[cs]e|spokes(?:man|woman|person)|"
    r"minister|official|судья|судьи|адвокат|прокурор|следовател|hakim|vəkil|avukat|savcı|"
    r"prokuror|sözcü)",
    re.I,
)
# the counts whose names may stand in the paragraphs before
_ACROSS_PARAGRAPHS: Final = 5
# the counts that may stand for a list named further back, and how far back
_LIST_FROM: Final = 3
_LIST_SENTENCES_BACK: Final = 10
# between the names of a list: a comma, "and", "along with" ("Brothers A and B, along with
# C, D and E, were all natives of Sumgayit")
_LIST_JOIN: Final = re.compile(
    r"\s*,?\s*(?:(?:and|и|və|ve|along\s+with|together\s+with|as\s+well\s+as|вместе\s+с|"
    r"а\s+также)\s+)?",
    re.I,
)
_LIST_CLOSE: Final = re.compile(r"(?<![\w-])(?:and|и|və|ve)(?:\s|$)", re.I)


def _joins(text: str, end: int, start: int) -> bool:
    """Whether text[end:start] joins two names of a list: a comma, "and" or "along with",
    and maybe a relation of the next one ("Магомед Исрапилов, его двоюродный брат Шамиль
    Исрапилов и их односельчанин Арсен Гаджиомаров")."""
    return joined(text, _LIST_JOIN, end, start)


def _counted_list_before(ctx: DocContext, pos: int, size: int) -> list[int]:
    """The persons of the last list of just `size` names in the sentences before `pos`
    ("All five were detained" after "Brothers A and B, along with C, D and E, were all
    natives of Sumgayit"): a count of three or more names a group the story set out as
    one list, though others were named in between."""
    here = ctx.index.at(pos)
    if here is None:
        return []
    for k in range(here.index - 1, max(-1, here.index - 1 - _LIST_SENTENCES_BACK), -1):
        sentence = ctx.sentences[k]
        names = [n for n in ctx.names_in(sentence.start, sentence.end) if n.person is not None]
        run: list[int] = []
        closed = False
        for i, name in enumerate(names):
            gap = ctx.text[names[i - 1].end : name.start] if i else ""
            if i and gap and _joins(ctx.text, names[i - 1].end, name.start):
                closed = closed or _LIST_CLOSE.search(gap) is not None
            else:
                if len(set(run)) == size and closed:
                    return list(dict.fromkeys(run))
                run, closed = [], False
            run.append(name.person)  # type: ignore[arg-type]
        if len(set(run)) == size and closed:
            return list(dict.fromkeys(run))
    return []


def _opens(ctx: DocContext, pos: int) -> bool:
    """Whether the description at `pos` opens its sentence: only dates, short words and
    a few adverbs ("Later", "Затем", "Daha sonra") before it."""
    here = ctx.index.at(pos)
    if here is None:
        return False
    lead = ctx.text[here.start : pos]
    if not lead.strip() or _CLAUSE_OPENS.search(lead):
        return True
    for date in reversed(ctx.dates_in(here.start, pos)):
        lead = lead[: date.start - here.start] + lead[date.end - here.start :]
    words = _LEAD_GAPS.split(lead.strip(' ,;:—–-\t\n"«“'))
    return all(
        (len(w) <= 3 or w.lower() in _LEAD_WORDS) and w.lower() not in _NUMBERS for w in words if w
    )


def _named_after(ctx: DocContext, end: int) -> bool:
    """Whether a name follows right after, in apposition ("The widow, Aigul S., ..."):
    the name then speaks for itself."""
    after = ctx.names_in(end, end + 80)
    return bool(after) and bool(_APPOSITION_GAP.fullmatch(ctx.text, end, after[0].start))
