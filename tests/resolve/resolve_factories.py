"""Tiny factories for the resolution tests: profiles in memory, or documents and Person
claims written straight into a store the way extraction writes them. All people are
fictional."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import insert

from ffdb.model.claim import Claim
from ffdb.resolve.namekeys import person_key
from ffdb.resolve.profile import Profile, birth_range, hometown_of
from ffdb.store import Store, schema
from ffdb.store.claims import claim_row

NOW = "2024-01-01T00:00:00+00:00"


def profile(
    entity_id: str,
    *names: str,
    aliases: Sequence[str] = (),
    doc: str | None = None,
    hometown: str | None = None,
    born: int | None = None,
    age: tuple[int, str] | None = None,
    groups: Sequence[str] = (),
    named_with: Sequence[str] = (),
) -> Profile:
    """A profile as `build_profiles` would make it; `age` is (age, document date) and
    `named_with` the other people its document names."""
    born_range = (born, born) if born is not None else None
    if age is not None:
        born_range = birth_range(*age)
    co = tuple((n, person_key(n)) for n in named_with)
    return Profile(
        entity_id,
        list(names),
        list(aliases),
        document_id=doc or f"doc-{entity_id}",
        hometown=hometown_of(hometown, None) if hometown else None,
        born=born_range,
        groups=frozenset(groups),
        co_mentions=co,
        co_keys=frozenset().union(*(k for _, k in co)),
    )


class Sources:
    """Documents and their Person claims in a store: `document`, then `person`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.people: dict[str, int] = {}  # document id → persons written

    def document(self, key: str, published: str = "2016-11-25") -> str:
        doc_id = hashlib.sha256(key.encode()).hexdigest()
        with self.store.engine.begin() as conn:
            conn.execute(
                insert(schema.blobs).values(
                    sha256=doc_id, size=1, media_type="text/plain", path=f"{key}.txt",
                    format="text", ingested_at=NOW,
                )
            )  # fmt: skip
            conn.execute(
                insert(schema.documents).values(
                    id=doc_id, blob_sha256=doc_id, key="", kind="article", path=f"{key}.txt",
                    published=published, media_type="text/plain", text="", ingested_at=NOW,
                )
            )  # fmt: skip
        return doc_id

    def person(
        self,
        doc_id: str,
        name: str,
        *,
        aliases: Sequence[str] = (),
        hometown: str | None = None,
        age: int | None = None,
        born: int | None = None,
        group: str | None = None,
        status: str | None = None,
    ) -> str:
        """A person of a document; returns its entity id (`<doc16>:pN`)."""
        count = self.people[doc_id] = self.people.get(doc_id, 0) + 1
        eid = f"{doc_id[:16]}:p{count}"
        facts: list[tuple[str, str]] = [("name", name)]
        facts += [("alias", a) for a in aliases]
        facts += [(p, v) for p, v in (("hometown", hometown), ("age", age), ("born", born),
                  ("group", group), ("status", status)) if v is not None]  # fmt: skip
        rows = []
        for start, (prop, value) in enumerate(facts):
            claim = Claim(eid, prop, str(value), document_id=doc_id, start=start,
                          quote=f"{name}: {prop} {value}", extractor="test.v1",
                          canonical_id=eid)  # fmt: skip
            rows.append(claim_row(claim))
        with self.store.engine.begin() as conn:
            conn.execute(insert(schema.claims), rows)
        return eid
