"""Azerbaijani and Turkish case endings glued, without an apostrophe, on a name no list
knows: "Fitore Morinaya 3 il verib" is Morina's dative, "Rexhepinin" Rexhepi's genitive.
A name's last word is read as its stem only when the document also writes the stem as
a name's word ("30 yaşlı Morina"), so a surname that merely ends so keeps its letters.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.people_mention import NameMention

# the endings after a vowel (the buffer consonant n or y) and after any letter
_ENDING: Final = re.compile(
    r"^(?P<stem>[^\W\d_]{3,}?[aeıioöuüəAEIOUƏ])(?:ya|yə|ye|nın|nin|nun|nün|nı|ni|nu|nü|yı|yi"
    r"|yu|yü|ylə|yla|yle|da|də|de|dan|dən|den)$"
)


def with_case_stems(text: str, names: list[NameMention]) -> list[NameMention]:
    """`names` with a case ending taken off the last word of a name of two words or more
    where another name of the document ends in the bare stem, or the text writes the
    name before it with the bare stem ("Driton Hasaniyə … Driton Hasani")."""
    bare = {n.words[-1] for n in names if n.words and n.kind in ("full", "surname")}
    for name in names:
        if name.kind != "full" or len(name.words) < 2:
            continue
        found = _ENDING.match(name.words[-1])
        if found is None:
            continue
        stem = found.group("stem")
        if stem not in bare and not _written_bare(text, f"{name.words[-2]} {stem}"):
            continue
        name.words = (*name.words[:-1], stem)
    return names


_WORD_AFTER: Final = re.compile(r"[\w’'-]")


def _written_bare(text: str, phrase: str) -> bool:
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if end >= len(text) or _WORD_AFTER.match(text, end) is None:
            return True
        at = text.find(phrase, at + 1)
    return False
