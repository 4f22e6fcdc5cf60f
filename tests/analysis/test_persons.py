"""Persons assembled on read: one per canonical id, the dossier with its sources and why."""

from __future__ import annotations

import hashlib

from sqlalchemy import insert

from ffdb.analysis.persons import get_person, load_persons, sources_by_value
from ffdb.model.claim import Claim
from ffdb.pipeline import judge_pair, resolve_store
from ffdb.store import Store, schema
from ffdb.store.claims import claim_row

NOW = "2024-01-01T00:00:00+00:00"


def write(store: Store, path: str, published: str, people: list[dict[str, str]]) -> list[str]:
    """A document at `path` naming `people` (prop → value each); their entity ids."""
    doc_id = hashlib.sha256(path.encode()).hexdigest()
    rows, ids = [], []
    for n, person in enumerate(people, start=1):
        eid = f"{doc_id[:16]}:p{n}"
        ids.append(eid)
        for start, (prop, value) in enumerate(person.items()):
            claim = Claim(
                eid,
                prop,
                value,
                document_id=doc_id,
                start=start,
                quote=f"... {value} ...",
                extractor="test.v1",
                canonical_id=eid,
            )
            rows.append(claim_row(claim))
    with store.engine.begin() as conn:
        conn.execute(
            insert(schema.blobs).values(
                sha256=doc_id,
                size=1,
                media_type="text/plain",
                path=path,
                format="text",
                ingested_at=NOW,
            )
        )
        conn.execute(
            insert(schema.documents).values(
                id=doc_id,
                blob_sha256=doc_id,
                key="",
                kind="article",
                path=path,
                published=published,
                media_type="text/plain",
                text="",
                ingested_at=NOW,
            )
        )
        conn.execute(insert(schema.claims), rows)
    return ids


def test_a_resolved_person_gathers_values_sources_and_the_pairs_that_made_it(store: Store) -> None:
    [en] = write(
        store,
        "news/en.txt",
        "2016-11-24",
        [{"name": "Zahid Nagiyev", "hometown": "Sumgait", "age": "28"}],
    )
    [ru] = write(
        store,
        "https://example.org/ru",
        "2016-11-26",
        [{"name": "Захид Нагиев", "hometown": "Сумгаит", "alias": "Абу Харун"}],
    )
    resolve_store(store)
    [person] = load_persons(store)
    assert person.id == min(en, ru)
    assert person.referents == sorted([en, ru])
    assert sorted(person.documents) == ["https://example.org/ru", "news/en.txt"]
    assert {person.name, *person.aliases} == {"Zahid Nagiyev", "Захид Нагиев", "Абу Харун"}
    dossier = get_person(store, max(en, ru))  # any merged id finds the person
    assert dossier is not None and dossier.id == person.id
    hometowns = dict(sources_by_value(dossier)["hometown"])
    assert [c["doc_path"] for c in hometowns["Сумгаит"]] == ["https://example.org/ru"]
    [link] = dossier.links
    assert link["decision"] == "merged" and link["inside"]
    assert any("same hometown" in r for r in link["reasons"])


def test_the_dossier_lists_the_judgements_on_its_entities(store: Store) -> None:
    a, b = write(
        store, "one.txt", "2018-03-14", [{"name": "Furkan Demirci"}, {"name": "Furkan Demirel"}]
    )
    judge_pair(store, a, b, "different", "analyst")
    resolve_store(store)
    dossier = get_person(store, a)
    assert dossier is not None
    assert [(j.decision, j.user) for j in dossier.judgements] == [("different", "analyst")]
    assert get_person(store, "nobody:p1") is None
