"""Who `stats` counts among the people: the subjects, not the people merely named."""

from __future__ import annotations

from ffdb.analysis.stats import compute_stats
from ffdb.assess import assess
from ffdb.assess.facts import DocumentInfo, Fact


def _fact(n: int, person: str, prop: str, value: str) -> Fact:
    return Fact(
        id=f"c{n}", person=person, prop=prop, value=value, document_id="d1", doc_date="2016-12-29"
    )


def test_a_relative_named_only_by_a_kin_link_is_mentioned_not_counted() -> None:
    facts = [
        _fact(1, "kadir", "name", "Kadir Şahin"),
        _fact(2, "kadir", "status", "killed"),
        _fact(3, "huseyin", "name", "Hüseyin Şahin"),
        _fact(4, "huseyin", "family", "kadir"),
        _fact(5, "murat", "name", "Murat Aydoğdu"),
        _fact(6, "murat", "family", "serkan"),
        _fact(7, "murat", "hometown", "Adıyaman"),
    ]
    stats = compute_stats(assess(facts, [DocumentInfo("d1", published="2016-12-29")]))
    assert stats["people"]["persons"] == ["kadir", "murat"]
    assert stats["mentioned"]["persons"] == ["huseyin"]
    assert stats["family"]["count"] >= 1  # the kin links are still reported
