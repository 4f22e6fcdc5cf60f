"""The place gazetteer: spelling variants in any script resolve to one GeoNames entry.

    >>> lookup_place("Сумгаит").id == lookup_place("Sumqayıt").id
    True

A lookup is one dict hit on the fold key (exact after transliteration), then one on the
phonetic key; candidates are ranked once at build time (gazetteer.py): names spelled as
the entry spells them first, then the region's countries, then population.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from ffdb.names.gazetteer import PlaceIndex, Record, load_index
from ffdb.names.normalise import fold_key, phonetic_keys

__all__ = [
    "Place",
    "find_places",
    "is_place_name",
    "lookup_place",
    "place_index",
    "strip_generic_words",
]

CURATED = Path(__file__).with_name("data") / "places.tsv"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry; `precision` is town, district, province or country."""

    id: str
    name: str
    country: str
    latitude: float
    longitude: float
    precision: str
    population: int | None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "country": self.country,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "precision": self.precision,
        }


_lock = threading.Lock()
_index: PlaceIndex | None = None


def place_index() -> PlaceIndex:
    """The index, loaded on first use (from the on-disk cache after the first build)."""
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = load_index(CURATED)
    return _index


def _place_of(record: Record) -> Place:
    return Place(*record)


def _pick(index: PlaceIndex, found: tuple[int, ...], country: str | None) -> Place | None:
    for number in found:
        record = index.records[number]
        if country is None or record[2] == country:
            return _place_of(record)
    return None


def get_country_code(country: str | None) -> str | None:
    """The ISO code of a country given by code or by name, or None."""
    if country is None or not country.strip():
        return None
    if re.fullmatch(r"[A-Za-z]{2}", country.strip()):
        return country.strip().upper()
    place = lookup_place(country)
    return place.country if place is not None and place.precision == "country" else None


# Words for a kind of place that sources add or leave out (Pankisi Gorge, Pankisi Vadisi)
GENERIC_WORDS = frozenset(
    [
        "gorge",
        "valley",
        "vadisi",
        "vadi",
        "deresi",
        "darasi",
        "dərəsi",
        "dərə",
        "ущелье",
        "долина",
        "canyon",
        "region",
        "bölgesi",
        "bölgəsi",
        "area",
        "city",
        "town",
        "village",
        "şehri",
        "şəhəri",
        "kəndi",
        "köyü",
        "город",
        "село",
        "посёлок",
        "поселок",
        "district",
        "rayon",
        "rayonu",
        "район",
        "province",
        "governorate",
        "oblast",
        "область",
    ]
)


def strip_generic_words(name: str) -> str:
    """`name` without words like gorge, valley, city, district; unchanged if nothing else."""
    words = [w for w in name.split() if w.lower() not in GENERIC_WORDS]
    return " ".join(words) if words else name


def lookup_place(name: str, country: str | None = None) -> Place | None:
    """The best entry for `name` (optionally within an ISO country code or country name)."""
    found = _lookup(name, country)
    if found is None:
        bare = strip_generic_words(name)
        if bare != name:
            found = _lookup(bare, country)
    return found


def _lookup(name: str, country: str | None) -> Place | None:
    index = place_index()
    code = get_country_code(country)
    if country is not None and country.strip() and code is None:
        return None  # a country no entry lies in
    key = fold_key(name)
    if not key:
        return None
    found = _pick(index, index.exact.get(key, ()), code)
    if found is not None:
        return found
    for phonetic in phonetic_keys(name):
        if len(phonetic) < 5:
            continue  # short keys collide (Ali, Lali): only spelled names resolve
        found = _pick(index, index.sound.get(phonetic, ()), code)
        if found is not None:
            return found
    return None


def is_place_name(text: str) -> bool:
    """Whether `text` is spelled like a gazetteer name (exact after transliteration)."""
    key = fold_key(text)
    return bool(key) and key in place_index().exact


_CANDIDATE = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}")


def find_places(text: str, max_words: int = 3) -> list[tuple[int, int, Place]]:
    """Capitalised spans of `text` that are place names, longest first, not overlapping."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_][\w'’-]*", text)]
    spans: list[tuple[int, int, Place]] = []
    position = 0
    while position < len(words):
        start = words[position][0]
        taken = 0
        if text[start].isupper() or not text[start].isalpha() or not text[start].islower():
            for size in range(min(max_words, len(words) - position), 0, -1):
                end = words[position + size - 1][1]
                if is_place_name(text[start:end]):
                    place = lookup_place(text[start:end])
                    if place is not None:
                        spans.append((start, end, place))
                        taken = size
                        break
        position += max(taken, 1)
    return spans
