"""A cluster: the mentions joined as one person in a document (`joining`), with the keys
its names are compared by, and the name forms the joining passes share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from ffdb.extract import forms
from ffdb.extract.people import NameMention
from ffdb.extract.tokens import name_key, strip_apostrophe_suffix

CYRILLIC: Final = re.compile(r"[а-яё]", re.IGNORECASE)

Key = tuple[str, ...]


@dataclass(slots=True)
class Cluster:
    index: int
    mentions: list[NameMention] = field(default_factory=list)
    keys: set[Key] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    alias_mentions: list[NameMention] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    last: int = 0
    alias_only: bool = False  # made by an alias: found by its own name or a shorter one

    # Written out: mypyc compiles it, where the `__init__` dataclass generates runs
    # interpreted, five times slower (some thousands of these are made per megabyte).
    def __init__(
        self,
        index: int,
        mentions: list[NameMention] | None = None,
        keys: set[Key] | None = None,
        aliases: list[str] | None = None,
        alias_mentions: list[NameMention] | None = None,
        words: set[str] | None = None,
        last: int = 0,
        alias_only: bool = False,
    ) -> None:
        self.index = index
        self.mentions = [] if mentions is None else mentions
        self.keys = set() if keys is None else keys
        self.aliases = [] if aliases is None else aliases
        self.alias_mentions = [] if alias_mentions is None else alias_mentions
        self.words = set() if words is None else words
        self.last, self.alias_only = last, alias_only

    def add(self, mention: NameMention, alias: bool = False) -> None:
        mention.person = self.index
        self.mentions.append(mention)
        key = key_of(mention)
        self.keys.add(key)
        self.words.update(key)
        self.last = max(self.last, mention.start)
        if alias:
            self.alias_mentions.append(mention)

    def kunya_only(self) -> bool:
        """Whether the person is named by kunyas alone ("Abu Salih", "Umm Khadija")."""
        return bool(self.mentions) and all(m.kind == "kunya" for m in self.mentions)

    def absorb(self, other: Cluster) -> None:
        for mention in other.mentions:
            mention.person = self.index
        self.mentions.extend(other.mentions)
        self.keys |= other.keys
        self.words |= other.words
        self.aliases.extend(a for a in other.aliases if a not in self.aliases)
        self.alias_mentions.extend(other.alias_mentions)
        self.last = max(self.last, other.last)


def key_of(mention: NameMention) -> Key:
    return words_key(mention.words)


def words_key(words: Sequence[str]) -> Key:
    return tuple(key for w in words if (key := _word_key_unless_connector(w)) is not None)


@lru_cache(maxsize=65536)
def _word_key_unless_connector(word: str) -> str | None:
    """`word_key(word)`, None for a connector (bin, oğlu): asked again for every mention
    of a name, and names repeat."""
    return None if forms.is_connector(word) else word_key(word)


def word_key(word: str) -> str:
    if forms.is_nisba(word):
        word = word.split("-", 1)[1]
    return name_key(word)


def extends(short: Key, long: Key) -> bool:
    """`long` holds `short`'s words in order, with the same first word and two or more
    words shared ("Abu Umar" / "Abu Umar Kubaysi"; "Zaur Ilyasov" / "Zaur Ilgar Ilyasov")."""
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0]:
        return False
    it = iter(long)
    return all(word in it for word in short)


def as_written(written: str, words: Sequence[str]) -> str:
    """An alias as the text writes it, but in the nominative where the text declined a
    word or glued a case ending on ("Əbu Həmzənin" → "Əbu Həmzə", "знали как Абу Хамзу
    аль-Кабарди" → "Абу Хамза аль-Кабарди"): each word when the words match one for one,
    else the last."""
    parts = written.split()
    if not words or not parts:
        return written
    last = [(len(parts) - 1, words[-1])]
    pairs = list(enumerate(words)) if len(parts) == len(words) else last
    for i, word in pairs:
        if parts[i] != word and parts[i].startswith(word):
            parts[i] = word
        elif _case_of(parts[i], word):
            parts[i] = word  # "Абу Мусы" → "Абу Муса"
    parts[-1] = strip_apostrophe_suffix(parts[-1])  # "el-Kazaki'nin hayatı"
    return " ".join(parts)


def _case_of(written: str, nominative: str) -> bool:
    """Whether `written` is `nominative` with its last letter or two changed by a case
    ending (Мусы, Муса; Хурайры, Хурайра)."""
    stem = nominative[:-1]
    return (
        len(stem) >= 3
        and written != nominative
        and written.startswith(stem)
        and len(written) - len(nominative) in (0, 1)
    )


def alternative_reading(mention: NameMention) -> tuple[str, ...] | None:
    """A Russian name in -а/-я read as a man's genitive: "Эльнура Ильясова" → "Эльнур
    Ильясов" (the first reading, a woman's nominative, is the one kept otherwise)."""
    if mention.gender == "m" or not CYRILLIC.search(mention.text):
        return None
    surface = [strip_apostrophe_suffix(w) for w in mention.text.split()]
    if not any(w.endswith(("а", "я", "у", "ю")) for w in surface):
        return None
    words, _ = forms.normalise_name(surface, True, "m")
    alt = tuple(words)
    return alt if alt != mention.words else None
