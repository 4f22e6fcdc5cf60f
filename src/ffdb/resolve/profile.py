"""What resolution knows of one entity as one source saw it: its names and other evidence."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Profile:
    """The claims of one `entity_id`, reduced to what comparing two entities needs.

    `born` is the range of birth years consistent with the ages the source gave at the
    document's date (an age of 37 in 2013 gives 1975–1976).
    """

    entity_id: str
    names: list[str]
    document_id: str | None = None
    hometown: str | None = None
    born: tuple[int, int] | None = None
    groups: set[str] = field(default_factory=set)
    co_mentions: set[str] = field(default_factory=set)


def birth_range(age: int, doc_date: str | None) -> tuple[int, int] | None:
    """Birth years consistent with `age` at the document's date (year precision at least)."""
    if not doc_date or len(doc_date) < 4 or not doc_date[:4].isdigit():
        return None
    year = int(doc_date[:4])
    return (year - age - 1, year - age)
