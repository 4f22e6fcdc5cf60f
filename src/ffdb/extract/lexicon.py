"""The word lists the rules read, loaded once from `data/` (files the team can extend).

Each list is keyed so that spellings meet: given names by `tokens.name_key` (phonetic,
script-insensitive), the other lists by `tokens.fold` (lowercase, marks dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from ffdb.extract.scan import CueScanner
from ffdb.extract.tokens import fold, name_key
from ffdb.names.normalise import phonetic_key
from ffdb.names.translit import to_ascii

DATA: Final = Path(__file__).with_name("data")

# A feast, named by words that are given names too: "Kurban Bayramı", "Ramazan
# Bayramı'nda" (searched up to the end of a run of capitalised words or an alias)
FEAST: Final = re.compile(r"\s[Bb]ayram[ıi](?:n[ıi]n|nda|nde|na|ne)?(?:['’]\w+)?$")

# Given names that are also common words or places: a name only with a surname-shaped
# word beside them ("Said Aliyev", not "Said the official").
WEAK_GIVEN: Final = frozenset(
    fold(w)
    for w in [
        "Said",
        "Islam",
        "Can",
        "Cem",
        "Nur",
        "Savaş",
        "Umut",
        "Bayram",
        "Arzu",
        "Jihad",
        "Adam",
        "Ali",
        "Amir",
        "Emir",
        "Imam",
        "Sara",
        "Turan",
        "Ulduz",
        "Cuma",
        "Kasım",
        "Hacı",
        "Haji",
        "Hafiz",
        "Sayyid",
        "Mirza",
        "Mirzə",
        "Şirin",
        "Anar",
        "Ayaz",
        "Azad",
        "Yasin",
        "Musa",
        "Isa",
        "Ilyas",
        "Nabi",
        "Muslim",
        "Kamal",
        "Zaman",
        # sea, peace, spring, love, beautiful (Tatar Гузель = Turkish güzel)
        "Deniz",
        "Barış",
        "Bahar",
        "Sevgi",
        "Guzel",
        "Гузель",
        # belly (Turkish karın), salvation (Albanian shpëtim), free (erkin)
        "Karin",
        "Erkin",
    ]
)
# Given names that are also calendar words; Jan (Jan.) and Martin (Turkish Martın, "of
# March") are read by `date_words.month_number` too.
MONTH_LIKE_GIVEN: Final = frozenset(
    fold(w) for w in ["Kasım", "Cuma", "May", "Mart", "Jan", "Martin"]
)


def _read_lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    where: str
    pattern: str


@cache
def given_names() -> dict[str, str]:
    """name_key → gender (m or f; the first listed wins)."""
    out: dict[str, str] = {}
    for line in _read_lines("given_names.txt"):
        gender, _, names = line.partition(":")
        for name in names.split():
            out.setdefault(name_key(name), gender.strip())
    return out


@cache
def given_names_strict() -> dict[str, str]:
    """As `given_names`, keyed with e and o kept apart (Alan is no Елен)."""
    out: dict[str, str] = {}
    for line in _read_lines("given_names.txt"):
        gender, _, names = line.partition(":")
        for name in names.split():
            out.setdefault(strict_key(name), gender.strip())
    return out


def strict_key(word: str) -> str:
    return phonetic_key(to_ascii(word).lower(), keep_e=True)


def given_gender_strict(word: str) -> str | None:
    """m, f or None, by the stricter key: for guesses that the looser key makes too
    easily ("Елен" from "Елена")."""
    return given_names_strict().get(strict_key(word)) if len(word) >= 2 else None


def given_gender(word: str) -> str | None:
    """m, f, or None when `word` is no given name we know."""
    if len(word) < 2:
        return None
    return given_names().get(name_key(word))


@cache
def known_surnames() -> frozenset[str]:
    """Common surnames that have no surname ending (data/surnames.txt), folded."""
    return frozenset(fold(w) for ln in _read_lines("surnames.txt") for w in ln.split())


@cache
def titles() -> frozenset[str]:
    return frozenset(fold(w.rstrip(".")) for ln in _read_lines("titles.txt") for w in ln.split())


@cache
def stopwords() -> frozenset[str]:
    """Function words and sentence openers (en, ru, az, tr) from our own list: importing
    spaCy's lists cost a second at the start of every process."""
    words = {fold(w) for ln in _read_lines("stopwords.txt") for w in ln.split()}
    return frozenset(words - {fold(n) for n in ("ali", "can", "cem", "nur", "musa", "isa", "said")})


@cache
def roles() -> frozenset[str]:
    """Words naming a person's office or relation, written before the name ("judge",
    "судья", "vəkili", "avukatı"): a capitalised phrase right after one is a name."""
    return frozenset(fold(w) for ln in _read_lines("roles.txt") for w in ln.split())


@cache
def nationalities() -> dict[str, str]:
    """folded nationality word → country code (XC, XA, XX: regions and creeds)."""
    out: dict[str, str] = {}
    for line in _read_lines("nationalities.tsv"):
        code, _, forms = line.partition("\t")
        for form in forms.split():
            out.setdefault(fold(form), code)
    return out


@cache
def organisation_words() -> frozenset[str]:
    return frozenset(fold(w) for ln in _read_lines("organisation_words.txt") for w in ln.split())


@cache
def group_words() -> dict[str, frozenset[str]]:
    """head, noun and anaphor word sets (anaphors may be phrases)."""
    out: dict[str, set[str]] = {"head": set(), "noun": set(), "anaphor": set()}
    for line in _read_lines("group_words.tsv"):
        kind, _, words = line.partition("\t")
        if kind == "anaphor":
            out[kind].update(fold(w) for w in words.split("\t"))
        else:
            out[kind].update(fold(w) for w in words.split())
    return {k: frozenset(v) for k, v in out.items()}


@cache
def cues() -> list[Cue]:
    out = []
    for line in _read_lines("cues.tsv"):
        kind, where, pattern = line.split("\t", 2)
        out.append(Cue(kind, where, pattern))
    return out


@dataclass(frozen=True, slots=True)
class EventCue:
    status: str
    mode: str
    place: str
    pattern: str


@cache
def event_cues() -> list[EventCue]:
    out = []
    for line in _read_lines("events.tsv"):
        status, mode, place, pattern = line.split("\t", 3)
        out.append(EventCue(status, mode, place, pattern))
    return out


def alternation(patterns: list[tuple[str, str]]) -> CueScanner:
    """A scanner for one regex of named alternatives `(?P<name>pattern)`, matched
    case-insensitively at word boundaries."""
    parts = [f"(?P<{name}>{pattern})" for name, pattern in patterns]
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)
    return CueScanner(regex, [p for _, p in patterns])
