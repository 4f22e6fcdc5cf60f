"""Which of many lower-case words a text holds, read once per text: the rules look for
some hundred words in every document with `str.find` or `in` ("later", "спустя", "həmin
il"), each a pass over the text, or for the same words in each of many stretches of it
(`scan.Needles`, asked of every sentence with a cue).

`may_hold`: the words less those of a script the text lacks (a word with a Latin letter
is in no text without one, a word with a Cyrillic letter likewise): most documents are
written in one script, so about half the words need no pass.
"""

from __future__ import annotations

import re
from typing import Final

_LATIN: Final = re.compile(r"[a-z]")
_CYRILLIC: Final = re.compile(r"[а-яё]")
_LATIN_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz")

# (the text last asked about, whether it holds a Latin letter, a Cyrillic letter)
_last: list[tuple[str, bool, bool]] = []
# by the identity of the words (a tuple of a hundred hashed on every call cost more than
# the tests it saved; kept alive here, so no other takes its id) and the scripts a text
# holds: (the words, those it may hold)
_kept: dict[tuple[int, bool, bool], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _needs(word: str) -> tuple[bool, bool]:
    """(whether `word` holds a Latin letter, a Cyrillic letter)."""
    return (
        any(char in _LATIN_LETTERS for char in word),
        any("а" <= char <= "я" or char == "ё" for char in word),
    )


def may_hold(low: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """`words` (lower case, in order) less those `low` (a lower-cased text) cannot hold
    for lack of the script of one of their letters."""
    if _last and _last[0][0] is low:
        _, latin, cyrillic = _last[0]
    else:
        # an ASCII text holds no Cyrillic (`isascii` reads a flag); a search for a letter
        # of a script stops at the first it finds: the text's own script costs nothing
        cyrillic = not low.isascii() and _CYRILLIC.search(low) is not None
        latin = _LATIN.search(low) is not None
        _last[:] = [(low, latin, cyrillic)]
    key = (id(words), latin, cyrillic)
    kept = _kept.get(key)
    if kept is None:
        found = []
        for word in words:
            needs_latin, needs_cyrillic = _needs(word)
            if (latin or not needs_latin) and (cyrillic or not needs_cyrillic):
                found.append(word)
        kept = _kept[key] = (words, tuple(found))
    return kept[1]
