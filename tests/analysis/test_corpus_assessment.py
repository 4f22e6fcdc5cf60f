"""The planted corpus gives exactly the expected flags, grades and statuses."""

from __future__ import annotations

from assess_corpus import CorpusBuilder

from ffdb.analysis.assessment import assess_store_on_read
from ffdb.store import Store


def _labels(corpus: CorpusBuilder, evidence: list) -> list[str]:  # type: ignore[type-arg]
    claims = {v: k for k, v in corpus.claims.items()}
    docs = {v: k for k, v in corpus.documents.items()}
    return sorted(claims.get(e.claim_id) or docs[e.document_id] for e in evidence)


def test_the_corpus_raises_exactly_the_planted_flags(store: Store, corpus: CorpusBuilder) -> None:
    assessment = assess_store_on_read(store)
    docs = {v: k for k, v in corpus.documents.items()}
    found = sorted(
        (f.kind, docs.get(f.subject, f.subject), _labels(corpus, f.left), _labels(corpus, f.right))
        for f in assessment.flags
    )
    assert found == [
        (
            "alive_after_death",
            "P6",
            ["P6.killed.d13", "P6.killed.d16"],
            ["P6.arrested.d14", "P6.arrested.d15"],
        ),
        ("copied_text", "d7", ["d6"], ["d7"]),
        ("death_date_conflict", "P2", ["P2.killed.d6", "P2.killed.d7"], ["P2.killed.d5"]),
        ("death_place_conflict", "P2", ["P2.killed.d6", "P2.killed.d7"], ["P2.killed.d5"]),
        ("misdated_report", "P4", ["P4.injured.d19"], ["d19"]),
        (
            "recycled_report",
            "P1",
            ["P1.killed.d1", "P1.killed.d2", "P1.killed.d3"],
            ["P1.killed.d4"],
        ),
        ("reused_photo", "d4", ["d1"], ["d4"]),
    ]


def test_flags_carry_quotes_dates_and_paths_of_both_sides(
    store: Store, corpus: CorpusBuilder
) -> None:
    flag = next(f for f in assess_store_on_read(store).flags if f.kind == "death_date_conflict")
    assert {e.value for e in flag.left} == {"2014-10"}
    assert [e.value for e in flag.right] == ["2014-11-02"]
    assert flag.right[0].quote == "was killed on 2 November 2014 in Raqqa"
    assert flag.right[0].document_path == "corpus/d5.txt"
    assert flag.right[0].document_date == "2014-11-20"


def test_derived_statuses(store: Store, corpus: CorpusBuilder) -> None:
    statuses = assess_store_on_read(store).statuses
    found = {p: (s.status, s.year, s.detail) for p, s in statuses.items()}
    assert found == {
        "P1": ("killed", 2014, []),
        "P2": ("killed", 2014, []),
        "P3": ("returned", 2016, ["arrested", "sentenced"]),
        "P4": ("abroad", 2013, []),
        "P5": ("not_travelled", 2015, ["arrested"]),
        "P6": ("returned", 2016, ["arrested"]),
        "P7": ("returned", 2019, []),
        "P8": ("abroad", 2014, []),
        "P9": ("unknown", None, []),
    }
    assert statuses["P1"].date == "2014-09-13"  # the recycled report does not move the death
    assert any("travelled 2014-03" in r for r in statuses["P3"].reasons)


def test_credibility_follows_independent_sources(store: Store, corpus: CorpusBuilder) -> None:
    facts = assess_store_on_read(store).facts
    grade = {label: facts[cid].credibility for label, cid in corpus.claims.items() if cid in facts}
    assert grade["P1.killed.d2"] == 1  # a channel and three outlets
    # The Kobani report and its copy are one source: a tie with Raqqa, doubtful both.
    assert grade["P2.killed.d6"] == grade["P2.killed.d7"] == grade["P2.killed.d5"] == 4
    # The channel's post and a forward of it are one source, against two outlets.
    assert grade["P6.killed.d13"] == grade["P6.killed.d16"] == 5
    assert grade["P6.arrested.d14"] == 2
    assert grade["P3.sentenced.d10"] == 3  # one source graded C
    assert grade["P4.travelled.d11"] == 6  # one source nobody graded


def test_as_of_forgets_later_documents(store: Store, corpus: CorpusBuilder) -> None:
    assessment = assess_store_on_read(store, as_of="2015-12-31")
    statuses = assessment.statuses
    assert statuses["P6"].status == "killed"  # the arrest was not yet reported
    assert statuses["P3"].status == "abroad"
    assert "P7" in statuses and statuses["P7"].status == "abroad"
    assert {f.kind for f in assessment.flags} == {
        "recycled_report",
        "reused_photo",
        "death_date_conflict",
        "death_place_conflict",
        "copied_text",
    }
