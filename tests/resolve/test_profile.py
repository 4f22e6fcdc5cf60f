"""Profiles: what resolution reads of an entity's claims."""

from __future__ import annotations

import json

from ffdb.resolve import birth_range, build_profiles


def row(eid: str, prop: str, value: str, **more: object) -> dict[str, object]:
    base = {"entity_id": eid, "canonical_id": eid, "prop": prop, "value": value,
            "date": None, "document_id": eid.split(":")[0], "extra": None,
            "doc_published": "2016-11-24"}  # fmt: skip
    return {**base, **more}


def test_a_profile_gathers_names_aliases_place_birth_years_and_groups() -> None:
    place = {"place": {"id": "geonames:584923", "name": "Sumqayıt", "precision": "town"}}
    [p] = build_profiles([
        row("d1:p1", "name", "Zahid Nagiyev"),
        row("d1:p1", "alias", "Abu Harun al-Azeri"),
        row("d1:p1", "hometown", "Sumgait", extra=json.dumps(place)),
        row("d1:p1", "age", "28"),
        row("d1:p1", "group", "the Islamic State", extra={"group_id": "islamic-state"}),
        row("d1:p1", "status", "killed"),
    ])  # fmt: skip
    assert p.all_names == ("Zahid Nagiyev", "Abu Harun al-Azeri")
    assert p.hometown is not None and p.hometown.key == "geonames:584923"
    assert p.born == (1987, 1988)
    assert p.groups == frozenset({"islamic-state"})


def test_an_age_counts_at_its_own_date_before_the_documents() -> None:
    [p] = build_profiles([row("d1:p1", "name", "A B"), row("d1:p1", "age", "30", date="2010")])
    assert p.born == (1979, 1980)
    assert birth_range(30, None) is None
    assert birth_range(300, "2016") is None


def test_people_of_one_document_are_each_others_co_mentions() -> None:
    profiles = build_profiles([
        row("d1:p1", "name", "Zahid Nagiyev"),
        row("d1:p2", "name", "Sevinj Allahverdiyeva"),
        row("d1:p3", "name", "Nağıyev"),
        row("d2:p1", "alias", "Əbu Harun"),
    ])  # fmt: skip
    first = profiles[0]
    assert [name for name, _ in first.co_mentions] == ["Sevinj Allahverdiyeva"]
    assert profiles[3].names == ["Əbu Harun"]  # known only by an alias
    assert profiles[3].co_mentions == ()
