"""Facts about people: hometown, age, year of birth, nationality, group and role; each
with its sentence.

Ages, years of birth and nationalities are here; hometowns in `hometowns`, groups and
roles in `roles`, and who a fact is about in `fact_people` (see there).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import FACT_EXTRACTOR, Fact, person_near, right_within
from ffdb.extract.hometowns import find_hometowns
from ffdb.extract.lexicon import cues, nationalities
from ffdb.extract.roles import GROUP_EXTRACTOR, find_roles
from ffdb.extract.scan import finditer_from, first_chars, required_words
from ffdb.extract.tokens import fold
from ffdb.names.places import lookup_place

__all__ = [
    "FACT_EXTRACTOR",
    "GROUP_EXTRACTOR",
    "Fact",
    "find_ages",
    "find_births",
    "find_hometowns",
    "find_nationalities",
    "find_roles",
    "person_near",
]


# Every match starts at a digit, "aged" or "в" (see _AGE_STARTS).
_AGE: Final = re.compile(
    r"(?P<pre>(?<![\d.,:/])(?P<a>\d{1,2})(?:[\s-]*(?:years?|yrs?)[\s-]+old(?=[\s-]+[^\W\d_])"
    r"(?![\s-]+(?:and|at|when|in|on|from|of)\b)|-?летн\w+|[\s-]*yaşlı|[\s-]*yaşındak[ıi]))"
    r"|(?P<post>(?<![\d.,:/])(?P<e>\d{1,2})(?:[\s-]*(?:years?|yrs?)[\s-]*old\b"
    r"|\s+yaşında(?:ydı|ymış|dır|idi|ymış)?\b|\s+yaşı\s+var(?:\s+idi|dı)?\b"
    r"|(?<=[Ее]му было \d\d)\s+(?:лет|год|года)\b|(?<=[Ее]й было \d\d)\s+(?:лет|год|года)\b"
    r"|(?<=[Ее]му был \d\d)\s+год\b|(?<=[Ее]й был \d\d)\s+год\b"
    # a list entry's "28 yaş," and ", 26 лет." close the entry (not "просила 18 лет.")
    r"|\s+yaş(?=\s*[,;])|\s+(?:лет|года|год)(?=\s*[,)])|(?<=,\s\d\d)\s+(?:лет|года|год)(?=[;.]))"
    r"|aged\s+(?P<f>\d{1,2})\b|в возрасте\s+(?P<g>\d{1,2})\s+"
    # ", 29," and a sentence's closing ", 29." ("identified as Kevin D., 29.")
    r"(?:лет|года|год)\b|(?:(?<=,\s)|(?<=,[\"»”]\s)|(?<=\snow\s))(?P<j>\d{2})(?=,\s|\.(?:\s|$))"
    # "He was 23.", "Abu Hanzala was 38 when": the age a sentence gives
    r"|(?<=\swas\s)(?P<w>\d{2})(?=\s*[.;]|\s+(?:when|at the time)\b))",
)


# Years of birth: "1970-ci il təvəllüdlü", "1990 года рождения", "1990 doğumlu", "born in
# 1990", "(b. 1990)". `r`: the person follows (a participle before a name); `l`: precedes.
_BORN: Final = re.compile(
    r"(?P<r>(?<!\d)(?P<y1>(?:19|20)\d\d)(?:-?(?:c[iıuü]|ci|cı|cu|cü))?\s+(?:il\s+)?"
    r"(?:təvəllüdlü|doğumlu|tevellütlü))"
    r"|(?P<l>(?<!\d)(?P<y2>(?:19|20)\d\d)\s+(?:года\s+рождения|г\.\s*р\.|г\.р\.)"
    r"|(?<![\w-])(?:born(?:\s+in|\s+on\s+\d{1,2}\s+\w+)?|b\.)\s+(?P<y3>(?:19|20)\d\d)(?!\d)"
    r"|родил(?:ся|ась)\s+в\s+(?P<y4>(?:19|20)\d\d)\s+году)",
    re.I,
)


# One of these (lower case, as in `ctx.low`) is in every match of _BORN.
_BORN_WORDS: Final = (
    "təvəllüdlü",
    "doğumlu",
    "tevellütlü",
    "рождения",
    "г.",
    "born",
    "b.",
    "родил",
)


def find_births(ctx: DocContext) -> list[Fact]:
    """Years of birth, as `born` facts (value: the year)."""
    out: list[Fact] = []
    if not any(word in ctx.low for word in _BORN_WORDS):
        return out  # a substring test per word is far cheaper than _BORN at every position
    starts = _BORN_STARTS if _born_worded(ctx.text, ctx.folded()) else _BORN_YEAR_STARTS
    for match in finditer_from(_BORN, starts, ctx.text):
        year = next(v for k, v in match.groupdict().items() if v and k.startswith("y"))
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        if match.group("r"):
            person = right_within(ctx, match.end(), words=3)
            if person is None:
                person = person_near(ctx, sentence, match.start(), match.end(), "left", reach=80)
        else:
            person = person_near(ctx, sentence, match.start(), match.end(), "left", reach=120)
        if person is not None:
            out.append(
                Fact(person, "born", year, sentence.start, sentence.end, match.start(), match.end())
            )
    return out


def find_ages(ctx: DocContext) -> list[Fact]:
    """Ages, and years of birth (`find_births`): both tell how old a person is."""
    return _ages(ctx) + _bracketed_ages(ctx) + find_births(ctx)


# An age in brackets right after a name, as news and lists give it: "Mehmet Kaya (32)",
# "Ömer Faruk Yıldırım'ı (34)" (a case ending between), "Hasan Çelik (27, Adıyaman)".
# "(27 лет)", "(24 года)", "(31 yaş)" too.
_BRACKETED_AGE: Final = re.compile(r"\((\d\d)(?:\s+(?:лет|года?|yaş(?:ında)?))?\s*(?:\)|,\s)")
_NAME_TO_BRACKET: Final = re.compile(r"(?:['’][^\W\d_]{1,4})?\s*")


def _bracketed_ages(ctx: DocContext) -> list[Fact]:
    out: list[Fact] = []
    if "(" not in ctx.text:
        return out
    for match in _BRACKETED_AGE.finditer(ctx.text):
        value = match.group(1)
        if not 12 <= int(value) <= 90:
            continue
        names = ctx.names_in(max(0, match.start() - 60), match.start())
        if not names or names[-1].person is None:
            continue
        if not _NAME_TO_BRACKET.fullmatch(ctx.text, names[-1].end, match.start()):
            continue
        sentence = ctx.index.at(match.start())
        if sentence is not None:
            out.append(
                Fact(
                    names[-1].person,
                    "age",
                    value,
                    sentence.start,
                    sentence.end,
                    match.start(),
                    match.end(),
                )
            )
    return out


# Where a match of _AGE may start: a run of digits (its branches start at a digit not
# after a digit), "aged" or "в возрасте". _AGE has a look-behind opening every branch,
# which `re` tries at every position of the text: four times slower than this.
# Only a run of one or two digits can open an age. Both open with the class of their
# first characters, which lets `re` skip to them: "[\daв](?:(?<=a)ged|...)" is "aged|...".
_AGE_STARTS: Final = re.compile(
    r"[\daв](?:(?<=\d)(?<!\d\d)\d?(?!\d)(?:(?=[\s-]*[yл]|\s+г|,|\.(?:\s|$))|(?<=was \d\d))"
    r"|(?<=a)ged|(?<=в) возрасте)"
)
# Where a match of _BORN may start: a run of digits opening with 19 or 20, "born", "b."
# or "родил".
_BORN_STARTS: Final = re.compile(
    r"[12bBрР](?:(?<=1)(?<!\d1)9\d\d|(?<=2)(?<!\d2)0\d\d|(?<=[bB])(?:orn|\.)|(?<=[рР])одил)",
    re.I,
)


# _BORN_STARTS without its words: a match opens with a year unless "born", "b." or "родил"
# opens it (`_born_worded`), and `re` then stops at digits only, not at every "р" and "b".
_BORN_YEAR_STARTS: Final = re.compile(r"[12](?:(?<=1)(?<!\d1)9\d\d|(?<=2)(?<!\d2)0\d\d)")


def _born_worded(text: str, low: str | None) -> bool:
    """Whether a match of _BORN may open with its words: "born", "родил", or "b." after
    no letter, digit or hyphen ("(b. 1990)"; Azerbaijani verbs end in "-ib."). `low`:
    `text` as `scan.folded` gives it (None: it may)."""
    if low is None or "born" in low or "родил" in low:
        return True
    at = low.find("b.")
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-"):
            return True
        at = low.find("b.", at + 1)
    return False


# _AGE_STARTS without its words: in a text without them, `re` stops at digits only, not
# at every "a" and "в" (half the scan). A number opening a match is followed by what
# every branch has after it: "years", "yaşında", "лет", "-летний", "года" or a comma
# (spaces and hyphens between), which rules out the days of dates ("12 March"), or
# "was" is before it ("He was 23.").
_AGE_DIGIT_STARTS: Final = re.compile(
    r"\d(?<!\d\d)\d?(?!\d)(?:(?=[\s-]*[yл]|\s+г|,|\.(?:\s|$))|(?<=was \d\d))"
)


# "X, a 41-year-old native", "Аминат Г., 58-летняя жительница" (Russian has no article)
_ARTICLE_AFTER_COMMA: Final = re.compile(r",\s*(?:(?:a|an)\s+)?$")
# between a name and its age set off by commas: an alias's closing bracket ("Abu Yusuf
# (Rustam D.), 31,"), "now" ("Daniyar A., now 26,")
# an alias quoted with its comma inside ('also known as "Abu Talha," 31,')
# or with the place the name is given with ("Ilyas K. from Nazran, 27.")
_NAME_TO_AGE: Final = re.compile(
    r"(?:\s+(?:from|of)\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)?"
    r"(?:[\"»”]?\)?\s*,|,[\"»”])\s*(?:now\s+)?"
)
# "The 29-year-old had been sentenced": a sentence whose subject is the age, with a verb
# next, is about the person named just before (not "The 29-year-old man from ...")
_THE_AGED: Final = re.compile(r"\s*The\s+\d\d[\s-]+years?[\s-]+old")
_AGED_VERB: Final = re.compile(
    r"\s+(?:had|has|was|is|said|says|told|denied|admitted|left|returned|went|travell?ed|"
    r"faces|faced|remains|remained|allegedly|reportedly|later|then)\b"
)
# the subject of "was NN": a name or a pronoun, then "was"
_WAS_SUBJECT: Final = re.compile(r"\s+was\s+$")


def _subject_of_was(ctx: DocContext, start: int, pos: int) -> int | None:
    agents = ctx.agents_in(start, pos)
    if not agents or not _WAS_SUBJECT.fullmatch(ctx.text, agents[-1][1], pos):
        return None
    return agents[-1][2]


def _ages(ctx: DocContext) -> list[Fact]:
    out = []
    worded = "aged" in ctx.text or "в возрасте" in ctx.text
    for match in finditer_from(_AGE, _AGE_STARTS if worded else _AGE_DIGIT_STARTS, ctx.text):
        value = next(v for k, v in match.groupdict().items() if v and len(k) == 1)
        if not 12 <= int(value) <= 90:
            continue
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        if match.group("j"):
            names = ctx.names_in(max(sentence.start, match.start() - 60), match.start())
            gap = ctx.text[names[-1].end : match.start()] if names else ""
            if not names or not _NAME_TO_AGE.fullmatch(gap):
                continue
            person: int | None = names[-1].person
        elif match.group("w"):
            person = _subject_of_was(ctx, sentence.start, match.start())
        elif match.group("pre"):
            person = right_within(ctx, match.end(), words=3)
            before = ctx.text[max(sentence.start, match.start() - 8) : match.start()]
            if person is None and _ARTICLE_AFTER_COMMA.search(before):
                left = ctx.agents_in(sentence.start, match.start())  # "X, a 41-year-old native"
                person = left[-1][2] if left else None
            elif (
                person is None
                and _THE_AGED.fullmatch(ctx.text, sentence.start, match.end())
                and _AGED_VERB.match(ctx.text, match.end())
            ):
                person = ctx.antecedent(match.start(), 1)
        elif ctx.text[match.start() - 1 : match.start()] == "(":
            continue  # "(27 лет)" is the bracketed name's alone (`_bracketed_ages`)
        else:
            person = person_near(ctx, sentence, match.start(), match.end(), "left", reach=120)
        if person is not None:
            out.append(
                Fact(person, "age", value, sentence.start, sentence.end, match.start(), match.end())
            )
    return out


@cache
def _nationality_regex() -> re.Pattern[str]:
    pairs = [(f"{c.where}{i}", c.pattern) for i, c in enumerate(cues()) if c.kind == "nationality"]
    return re.compile("|".join(f"(?P<{n}>{p})" for n, p in pairs))


@cache
def _nationality_scan() -> re.Pattern[str]:
    """`_nationality_regex` behind a look-ahead on the letters its matches open with:
    its search tried the whole alternation at every position (the same matches)."""
    regex = _nationality_regex()
    letters = first_chars(regex.pattern)
    return regex if letters is None else re.compile(f"(?=[{letters}])(?:{regex.pattern})")


@cache
def _nationality_words() -> frozenset[str] | None:
    """Words one of which every match of the nationality cues holds ("citizen",
    "vətəndaşı"): a text without any is not scanned (most are not)."""
    return required_words(_nationality_regex().pattern)


def find_nationalities(ctx: DocContext) -> list[Fact]:
    out: list[Fact] = []
    words = _nationality_words()
    if words is not None and not any(word in ctx.text for word in words):
        return out
    for match in _nationality_scan().finditer(ctx.text):
        word = next((v for k, v in match.groupdict().items() if v and not k[-1].isdigit()), None)
        if word is None:
            continue
        code = nationalities().get(fold(word))
        if code is None:
            place = lookup_place(word)
            code = place.country if place is not None and place.precision == "country" else None
        if code is None:
            continue
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        prefer = "left" if (match.lastgroup or "").startswith("after") else "right"
        person = person_near(ctx, sentence, match.start(), match.end(), prefer, reach=100)
        if person is not None:
            out.append(
                Fact(
                    person,
                    "nationality",
                    code,
                    sentence.start,
                    sentence.end,
                    match.start(),
                    match.end(),
                    extra={"as_written": word},
                )
            )
    return out
