"""A Russian surname alone whose case form reads as both a man's and a
woman's surname ("Магомедову": Магомедов's dative, Магомедова's accusative), when the
document named both before it (a wife and her husband), joins the one the words after it
agree with: a pronoun or a verb in the past of that gender ("В 2019 году Магомедову
задержали курдские силы, а в декабре она была возвращена"; "Мусаев был задержан")
(`joining`)."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["gender_after", "is_cyrillic"]

# a verb in the past right after the surname, its subject: "Мусаева выехала", "Гаджиев был"
_VERB_AFTER: Final = re.compile(
    r"\s+(?:не\s+|также\s+|тоже\s+)?([а-яё]{2,}(?:ла|лась|л|лся))(?![а-яё-])"
)
# a personal pronoun later in the sentence: "Магомедову задержали, а в 2024 году она была"
_PRONOUN_AFTER: Final = re.compile(
    r"[^.!?\n]{0,80}?(?<![\w-])(она|он|её|ее|его)(?![\w-])", re.IGNORECASE
)
_FEMININE: Final = ("она", "её", "ее")
_CYRILLIC: Final = re.compile(r"[а-яё]", re.IGNORECASE)


def gender_after(text: str, pos: int) -> str | None:
    """The gender the words after `pos` show for a Russian surname before them."""
    verb = _VERB_AFTER.match(text, pos)
    if verb is not None:
        return "f" if verb.group(1).endswith(("ла", "лась")) else "m"
    found = _PRONOUN_AFTER.match(text, pos)
    if found is None:
        return None
    return "f" if found.group(1).lower() in _FEMININE else "m"


def is_cyrillic(word: str) -> bool:
    return _CYRILLIC.search(word) is not None
