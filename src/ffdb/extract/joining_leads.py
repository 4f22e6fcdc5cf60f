"""A word glued before a full name that is no part of it (`joining`).

"Задержаны Тимур Кушхов", "Правозащитница Светлана Гаврилова", "Councillor Helen Rowe",
"Jokolo-born Shamil Alkhanashvili": a capitalised word opening a sentence or written as a
title (a verb, a role, a place word) runs into the name after it. A name of three words
or more whose first word has nothing of a name (no given name, surname, kunya, nisba or
title) and whose second is a given name starts at that given name, when that first word
has a common word's shape: Cyrillic (the lists hold the region's given names), a
lowercase word after a hyphen, an English agent noun; "Farhiya Ali Warsame" keeps a
given name the lists lack. Two words are left alone: the given name may be a surname
after a given name the lists do not hold ("Alsu Kemal").
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract import forms
from ffdb.extract.lexicon import titles
from ffdb.extract.people_mention import NameMention
from ffdb.extract.tokens import fold

__all__ = ["without_lead_words"]

_MIN_WORDS: Final = 3
_CYRILLIC_WORD: Final = re.compile(r"[А-ЯЁ][а-яё]+")
_HYPHEN_TAIL: Final = re.compile(r"-[a-z]{3,}$")
_AGENT_NOUN: Final = re.compile(r"[a-z](?:or|er|ist|ian|ant|ent|man|ary)$")


def without_lead_words(names: list[NameMention]) -> None:
    """Cut the first word of the full names it does not belong to (see the docstring)."""
    for mention in names:
        if mention.kind != "full" or len(mention.words) < _MIN_WORDS:
            continue
        written = mention.text.split()
        if len(written) != len(mention.words):
            continue  # titles or particles dropped: the words do not line up
        if not _no_name_word(written[0]) or not _given(written[1]):
            continue
        if not _common_word_shape(written[0]):
            continue  # "Farhiya Ali Warsame": a given name the lists lack
        cut = mention.text.find(written[1], len(written[0]))
        mention.start += cut
        mention.text = mention.text[cut:]
        mention.words = mention.words[1:]
        mention.sentence_initial = False


def _common_word_shape(word: str) -> bool:
    """A word in Cyrillic (the lists hold the region's given names), one ending in a
    lowercase word after a hyphen ("Jokolo-born") or in an English agent noun
    ("Councillor", "Coordinator")."""
    return bool(
        _CYRILLIC_WORD.fullmatch(word) or _HYPHEN_TAIL.search(word) or _AGENT_NOUN.search(word)
    )


def _given(word: str) -> bool:
    return forms.lemma_given(word)[1] is not None


def _no_name_word(word: str) -> bool:
    if not word[:1].isupper() or (word.isupper() and len(word) > 1):
        return False  # "ФСБ" or an initial: other passes read those
    return not (
        _given(word)
        or forms.surname_strength(word) > 0
        or forms.is_kunya_particle(word)
        or forms.is_nisba(word)
        or forms.is_connector(word)
        or fold(word).rstrip(".") in titles()
    )
