"""The armed-groups gazetteer: every spelling of a group or unit resolves to one id.

The data are `data/groups.tsv`, written by the team. Short all-capital acronyms (IS, JAN,
ИГ) match only in their exact case: `is` and `Jan` are ordinary words and names.
Longer names match after script folding (`fold_key`) and then by their phonetic key, so
that `Jaysh al-Muhajirin val Ansar` finds `Jaish al-Muhajireen wal-Ansar`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ffdb.names.normalise import phonetic_key, split_words, strip_article
from ffdb.names.translit import to_ascii

__all__ = [
    "Group",
    "get_group",
    "group_variants",
    "is_acronym",
    "lookup_group",
    "org_keys",
    "strip_org_words",
]

DATA = Path(__file__).with_name("data") / "groups.tsv"

# Words that carry no identity in a group's name, in the languages of the sources.
_STOPWORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "in",
        "wa",
        "wal",
        "val",
        "va",
        "vel",
        "vəl",
        "ve",
        "və",
        "и",
        "в",
        "the",
        "group",
        "organisation",
        "organization",
        "movement",
        "təşkilatı",
        "hərəkatı",
        "tanzim",
        "tanzeem",
    ]
) | frozenset(  # legal forms, for organisations outside the gazetteer
    [
        "llc",
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "pjsc",
        "ojsc",
        "cjsc",
        "jsc",
        "ooo",
        "oao",
        "zao",
        "pao",
        "ao",
        "gmbh",
        "ag",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "ab",
        "asa",
        "oy",
        "kft",
        "mmc",
        "qsc",
        "asc",
        "as",
        "llp",
        "lp",
        "sti",
        "anonim",
        "sirketi",
        "holding",
        "ооо",
        "оао",
        "зао",
        "пао",
        "ао",
    ]
)
_CONNECTIVE = re.compile(r"^(?:wa|wal|val|vel|vəl|wa-al|wa'l|va)-", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Group:
    """An armed group or a unit of one (`parent` is the group's id)."""

    id: str
    name: str
    kind: str
    variants: tuple[str, ...]
    parent: str | None = None


def strip_org_words(text: str) -> str:
    """The name without its stopwords and legal forms (Gazprom PJSC → Gazprom)."""
    words = [w for w in split_words(text) if to_ascii(w) not in _STOPWORDS]
    return " ".join(words) if words else text


def is_acronym(text: str) -> bool:
    """Two to five capital letters: matched only in exact case."""
    letters = text.replace(".", "").strip()
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=65536)
def org_keys(text: str) -> tuple[str, str]:
    """(folded key, phonetic key) of an organisation's name, without articles, connectives
    and stopwords."""
    folded: list[str] = []
    sounds: list[str] = []
    for word in split_words(unicodedata.normalize("NFC", text)):
        word = _CONNECTIVE.sub("", word)
        bare, _ = strip_article(word)
        ascii_word = re.sub(r"[^a-z0-9]", "", to_ascii(bare))
        if not ascii_word or ascii_word in _STOPWORDS or bare.lower() in _STOPWORDS:
            continue
        folded.append(ascii_word)
        sounds.append(phonetic_key(ascii_word))
    return " ".join(folded), " ".join(sounds)


@dataclass(frozen=True)
class _Index:
    groups: dict[str, Group]
    acronyms: dict[str, str]
    folded: dict[str, str]
    sounds: dict[str, str]


def _read_rows(path: Path) -> list[list[str]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    return rows


def _add_key(table: dict[str, str], key: str, group_id: str, clashes: set[str]) -> None:
    if not key:
        return
    if table.get(key, group_id) != group_id:
        clashes.add(key)  # two groups share a spelling: neither wins
    table[key] = group_id


@cache
def _index() -> _Index:
    variants: dict[str, list[str]] = {}
    heads: dict[str, tuple[str, str | None]] = {}
    for group_id, kind, parent, _lang, variant in _read_rows(DATA):
        if group_id not in heads:
            heads[group_id] = (kind, parent or None)
        variants.setdefault(group_id, []).append(unicodedata.normalize("NFC", variant))
    groups = {
        gid: Group(gid, names[0], heads[gid][0], tuple(dict.fromkeys(names)), heads[gid][1])
        for gid, names in variants.items()
    }
    acronyms: dict[str, str] = {}
    folded: dict[str, str] = {}
    sounds: dict[str, str] = {}
    clashes: set[str] = set()
    for group in groups.values():
        for variant in group.variants:
            if is_acronym(variant):
                _add_key(acronyms, variant.replace(".", ""), group.id, clashes)
                continue
            fold, sound = org_keys(variant)
            _add_key(folded, fold, group.id, clashes)
            _add_key(sounds, sound, group.id, clashes)
    for table in (acronyms, folded, sounds):
        for key in clashes & table.keys():
            del table[key]
    return _Index(groups, acronyms, folded, sounds)


def get_group(group_id: str) -> Group | None:
    return _index().groups.get(group_id)


@lru_cache(maxsize=65536)
def lookup_group(name: str) -> Group | None:
    """The group `name` spells, or None. Acronyms need their exact case."""
    index = _index()
    text = unicodedata.normalize("NFC", name).strip()
    if is_acronym(text):
        found = index.acronyms.get(text.replace(".", ""))
        return index.groups[found] if found else None
    fold, sound = org_keys(text)
    found = index.folded.get(fold) or index.sounds.get(sound)
    return index.groups[found] if found else None


def group_variants() -> list[tuple[str, str]]:
    """(variant, group id) for every spelling, for phrase matchers; acronyms are to be
    matched case-sensitively (see `is_acronym`), the rest case-insensitively."""
    return [(v, g.id) for g in _index().groups.values() for v in g.variants]
