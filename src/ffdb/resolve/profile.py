"""What resolution knows of one entity as one source saw it: its names and other evidence.

`build_profiles` turns Person claims (rows as the pipeline reads them from the store) into
one `Profile` per `entity_id`. An entity without a name or alias claim has no profile: it
cannot be compared, and keeps its canonical id.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ffdb.names.normalise import fold_key
from ffdb.names.places import lookup_place
from ffdb.resolve.namekeys import person_key

__all__ = ["Hometown", "Profile", "birth_range", "build_profiles", "hometown_of"]

# The claims resolution reads; the pipeline loads only these.
EVIDENCE_PROPS = ("name", "alias", "hometown", "age", "born", "group")
# A document naming more people than this (a list of the dead, a channel's digest) says
# nothing about who was with whom: its co-mentions are not evidence.
CO_MENTION_MAX_PEOPLE = 30


@dataclass(frozen=True, slots=True)
class Hometown:
    """A hometown as resolution compares it.

    `key` is the gazetteer id when the gazetteer knows the place, else its folded spelling;
    `area` is the folded gazetteer name, shared by a town and the district named after it
    (Qusar, Qusar rayonu), which are different entries of one place for this purpose.
    """

    key: str
    label: str
    precision: str | None = None  # town | district | province | country; None: not found
    area: str = ""


@dataclass(slots=True)
class Profile:
    """The claims of one `entity_id`, reduced to what comparing two entities needs.

    `born` is the range of birth years consistent with the ages the source gave at the
    document's date (an age of 37 in 2013 gives 1975–1976). `co_mentions` holds the name
    keys (see `namekeys.person_key`) of each other person its document names, with the
    name shown in reasons; `co_keys` is their union, for a quick test. `all_names` (names
    first, then the aliases that are not also names) is made once, at construction: build
    a new profile rather than change `names` or `aliases` of one.
    """

    entity_id: str
    names: list[str]
    aliases: list[str] = field(default_factory=list)
    document_id: str | None = None
    canonical_id: str | None = None
    hometown: Hometown | None = None
    born: tuple[int, int] | None = None
    groups: frozenset[str] = frozenset()
    co_mentions: tuple[tuple[str, frozenset[str]], ...] = ()
    co_keys: frozenset[str] = frozenset()
    all_names: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        # every comparison of a run reads it: made once, not per pair
        self.all_names = tuple(dict.fromkeys([*self.names, *self.aliases]))


def birth_range(age: int, doc_date: str | None) -> tuple[int, int] | None:
    """Birth years consistent with `age` at the document's date (year precision at least)."""
    if not doc_date or len(doc_date) < 4 or not doc_date[:4].isdigit() or not 0 < age < 110:
        return None
    year = int(doc_date[:4])
    return (year - age - 1, year - age)


def _extra(raw: Mapping[str, Any] | str | None) -> Mapping[str, Any]:
    # the store hands `extra` over as JSON text: only the few claims read here parse it
    if isinstance(raw, str):
        raw = json.loads(raw)
    return raw if isinstance(raw, Mapping) else {}


def hometown_of(value: str, extra: Mapping[str, Any] | str | None) -> Hometown:
    """The hometown a claim gives: the gazetteer entry extraction chose, else a lookup."""
    place = _extra(extra).get("place")
    if isinstance(place, Mapping) and place.get("id"):
        name = str(place.get("name") or value)
        return Hometown(str(place["id"]), name, place.get("precision"), fold_key(name))
    found = lookup_place(value)
    if found is not None:
        return Hometown(found.id, found.name, found.precision, fold_key(found.name))
    return Hometown(fold_key(value) or value.casefold(), value)


def _group_key(value: str, extra: Mapping[str, Any] | str | None) -> str:
    group_id = _extra(extra).get("group_id")
    return str(group_id) if group_id else fold_key(value)


def _narrow(old: tuple[int, int] | None, new: tuple[int, int] | None) -> tuple[int, int] | None:
    # Two ages of one entity: keep what both allow, or the first when they disagree
    # (a document's own inconsistency is assessment's business, not resolution's).
    if old is None or new is None:
        return old or new
    low, high = max(old[0], new[0]), min(old[1], new[1])
    return (low, high) if low <= high else old


@dataclass(slots=True)
class _Draft:
    """What the rows of one entity say, gathered before its profile is made."""

    document_id: str | None
    canonical_id: str | None
    names: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    hometown: Hometown | None = None
    born: tuple[int, int] | None = None
    groups: set[str] = field(default_factory=set)

    def add(self, row: Mapping[str, Any]) -> None:
        prop, value = row["prop"], str(row["value"]).strip()
        if not value:
            return
        if prop == "name" and value not in self.names:
            self.names.append(value)
        elif prop == "alias" and value not in self.aliases:
            self.aliases.append(value)
        elif prop == "hometown" and self.hometown is None:
            self.hometown = hometown_of(value, row.get("extra"))
        elif prop == "age" and value.isdigit():
            when = row.get("date") or row.get("doc_published")
            self.born = _narrow(self.born, birth_range(int(value), when))
        elif prop == "born" and value[:4].isdigit():
            year = int(value[:4])
            self.born = _narrow(self.born, (year, year))
        elif prop == "group":
            self.groups.add(_group_key(value, row.get("extra")))

    def profile(self, entity_id: str) -> Profile:
        names, aliases = self.names, self.aliases
        if not names:  # an entity known only by an alias: its alias is its name
            names, aliases = aliases[:1], aliases[1:]
        return Profile(
            entity_id,
            names,
            aliases,
            document_id=self.document_id,
            canonical_id=self.canonical_id,
            hometown=self.hometown,
            born=self.born,
            groups=frozenset(self.groups),
        )


def build_profiles(rows: Iterable[Mapping[str, Any]]) -> list[Profile]:
    """One profile per entity with a name, in the order the rows first give each entity.

    Rows need `entity_id`, `canonical_id`, `prop`, `value`, `date`, `document_id`,
    `extra` (a mapping, or its JSON text) and `doc_published`.
    """
    drafts: dict[str, _Draft] = {}
    for row in rows:
        eid = row["entity_id"]
        draft = drafts.get(eid)
        if draft is None:
            draft = drafts[eid] = _Draft(row["document_id"], row["canonical_id"])
        draft.add(row)
    found = [d.profile(e) for e, d in drafts.items() if d.names or d.aliases]
    _add_co_mentions(found)
    return found


def _add_co_mentions(profiles: list[Profile]) -> None:
    by_document: dict[str, list[Profile]] = defaultdict(list)
    for p in profiles:
        if p.document_id:
            by_document[p.document_id].append(p)
    for members in by_document.values():
        if not 2 <= len(members) <= CO_MENTION_MAX_PEOPLE:
            continue
        keys = [frozenset().union(*(person_key(n) for n in p.all_names)) for p in members]
        for i, p in enumerate(members):
            others = tuple(
                (q.names[0], keys[j]) for j, q in enumerate(members) if j != i and keys[j]
            )
            p.co_mentions = others
            p.co_keys = frozenset().union(*(k for _, k in others))
