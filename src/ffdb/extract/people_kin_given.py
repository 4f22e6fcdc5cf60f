"""Given names alone that an age, a birth or a list of children presents as a person.

`people_given` asks of each known given name found alone whether the words before it
vouch for it; these are the constructions that present children and relatives, where a
text names them by the given name only:

- an age or a birth right before the name: "9 yaşlı Hacər", "7-year-old Musa",
  "5-летний Тимур", "2013-cü ildə Sumqayıtda doğulan Yusif";
- an age right after it: "Faridun, 27, asked", "Sardor, a 19-year-old from Osh",
  "Maryam (4)", "Тимур, 10 лет,";
- the next in a list of persons, past an age or a birth set off by commas or brackets:
  "Abdulloh, born in Andijan in 2014, and Maryam", "her sons Umar, 9, and Ali, 6",
  "Тимур, 2016 года рождения, и Амина";
- a possessive kin word no other rule knows: "anaları Gülbəniz xanım", "Gelinim Ayşe".

A woman's name that is also a man's in the genitive ("Амина": Амин) is read as hers in
these places, where the name stands in the nominative.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.forms import lemma_given, lemma_given_turkic
from ffdb.extract.lexicon import WEAK_GIVEN
from ffdb.extract.people_mention import NameMention
from ffdb.extract.tokens import fold

__all__ = ["vouched_by_age_or_list"]

_AGE_BEFORE: Final = re.compile(
    r"(?:(?<!\w)\d{1,2}[-\s]year[-\s]old|(?<!\w)\d{1,2}\s*(?:yaşlı|yaşındaki)"
    r"|(?<!\w)\d{1,2}-летн(?:ий|яя)|(?<!\w)(?:doğulan|dünyaya\s+gələn|dünyaya\s+gelen))\s+$",
    re.IGNORECASE,
)
_AGE_AFTER: Final = re.compile(
    r"\s*\(\s*\d{1,2}(?:\s*(?:yaş|yaşında|лет|года|год|years?))?\s*\)"
    r"|,\s*(?:aged\s+|then\s+)?\d{1,2}(?:\s*(?:yaşında|yaşlı|лет|года|год))?\s*(?:[,.;)]|$)"
    r"|,\s*(?:an?\s+)?\d{1,2}-year-old\b"
)
# between a person named and "and": an age, a birth year or place set off by commas or
# brackets ("Abdulloh, born in Andijan in 2014, and", "Тимур, 2016 года рождения, и")
_APPOSITION_AND: Final = re.compile(
    r"(?:,\s*[^,;()\n]{0,48}?(?:\d|born|рожд|родил|doğ)[^,;()\n]{0,40}?,|\s*\([^()\n]{1,30}\),?)"
    r"\s+(?:and|и|ve|və)\s+$"
)
_LISTED_REACH: Final = 100
_KIN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:anaları|ataları|anamız|atamız|annemiz|babamız|gəlinim|gelinim|nəvəm"
    r"|nəvəmiz|gəlinimiz|torunlarım|their\s+(?:son|daughter|mother|father))\s+$",
    re.IGNORECASE,
)
_NOMINATIVE_MAN_AGE: Final = re.compile(r"летний\s+$")


def _known_as_written(word: str) -> str | None:
    """The gender of a known given name written in its own form ("Амина" is a woman's
    name as written, though also Амин's genitive); None for no such name."""
    given, gender = lemma_given(word)
    if gender is not None and given == word:
        return gender
    given, gender = lemma_given(word, "f")
    if gender == "f" and given == word:
        return "f"
    given, gender = lemma_given_turkic(word)
    return gender if gender is not None and given == word else None


def vouched_by_age_or_list(
    text: str, mention: NameMention, word: str, before: NameMention | None, named_ends: set[int]
) -> bool:
    """Whether an age, a birth, a list of persons or a kin word presents the given name
    `mention` (written `word`) as a person's; `before` is the name mention before it. A
    name so vouched is read in the form it is written; a name that is also a common word
    ("Ali", "Said") only by an age after it or a list."""
    gender = _known_as_written(word)
    if gender is None:
        return False
    start = mention.start
    found = _AGE_AFTER.match(text, mention.end) is not None or _listed_after_apposition(
        text, mention, before, named_ends
    )
    if not found and fold(word) not in WEAK_GIVEN:
        found = (
            _AGE_BEFORE.search(text, max(0, start - 48), start) is not None
            or _KIN_BEFORE.search(text, max(0, start - 24), start) is not None
        )
    if not found:
        return False
    man = _NOMINATIVE_MAN_AGE.search(text, max(0, start - 12), start) is not None
    if gender == "f" and mention.gender != "f" and not man:
        mention.words, mention.gender = (word,), "f"  # "и Амина, родившаяся": hers
    return True


def _listed_after_apposition(
    text: str, mention: NameMention, before: NameMention | None, named_ends: set[int]
) -> bool:
    if before is None or before.end not in named_ends:
        return False
    if mention.start - before.end > _LISTED_REACH:
        return False
    return _APPOSITION_AND.match(text[before.end : mention.start]) is not None
