"""Assessment rules on literal facts: dates, copies, origins, conflicts, recycled reports."""

from __future__ import annotations

from typing import Any

import pytest

from ffdb.assess import assess
from ffdb.assess.conflicts import find_conflicts
from ffdb.assess.corroboration import grade_credibility, measure_support
from ffdb.assess.dates import compatible, days_between, is_after
from ffdb.assess.facts import DocumentInfo, Fact, Photo
from ffdb.assess.origins import assign_origins
from ffdb.assess.places import same_place_by_gazetteer
from ffdb.assess.recycled import find_recency_word, find_recycled_reports
from ffdb.assess.shingles import find_copies

_counter = iter(range(10_000))


def fact(person: str = "p", value: str = "killed", doc: str = "d1", **kw: Any) -> Fact:
    """A status fact; `doc_date` defaults to a date in 2015."""
    kw.setdefault("doc_date", "2015-01-01")
    return Fact(
        id=f"c{next(_counter)}",
        person=person,
        prop=kw.pop("prop", "status"),
        value=value,
        document_id=doc,
        **kw,
    )


@pytest.mark.parametrize(
    ("a", "b", "qa", "expected"),
    [
        ("2014", "2014-09", None, True),
        ("2014-09", "2014-10", None, False),
        ("2014-09-13", "2014-09", None, True),
        ("2014-09-13", "2014-09-14", None, False),
        ("2014-09-13", "2014-09-14", "circa", True),
        ("2014", "2015-03", "before", False),
        ("2014", "2015-03", "after", True),
        (None, "2014", None, True),
    ],
)
def test_dates_agree_within_their_precision(
    a: str | None, b: str, qa: str | None, expected: bool
) -> None:
    assert compatible(a, b, qa) is expected


def test_date_helpers() -> None:
    assert days_between("2014-09", "2014-10-01") == 30
    assert is_after("2016-01", "2015-12-31") and not is_after("2015", "2015-06-01")


def test_recency_words_in_four_languages() -> None:
    assert find_recency_word("He was recently killed") == "recently"
    assert find_recency_word("Он недавно погиб") == "недавно"
    assert find_recency_word("Bu yaxınlarda Suriyada öldürülüb") == "Bu yaxınlarda"
    assert find_recency_word("Geçtiğimiz günlerde hayatını kaybetti") == "Geçtiğimiz günlerde"
    assert find_recency_word("He was killed in 2014.") is None


LONG = (
    "The court in the capital sentenced the man to twelve years in prison for taking part in "
    "an armed group abroad, the prosecutor said on Wednesday after a hearing that lasted two "
    "days and heard five witnesses, including his brother and a former neighbour."
)


def test_copies_are_found_and_different_texts_are_not() -> None:
    edited = LONG.replace("on Wednesday", "yesterday").replace(", including his brother", "")
    other = (
        "Police detained three people in the north of the country on suspicion of recruiting "
        "young men for armed groups fighting in Syria, the interior ministry said in a statement."
    )
    pairs = find_copies({"a": LONG, "b": edited, "c": other, "d": LONG[:120]})
    assert {(p.left, p.right) for p in pairs} == {("a", "b"), ("a", "d"), ("b", "d")}


def test_forwards_copies_and_one_publisher_are_one_origin() -> None:
    docs = [
        DocumentInfo("post", parent_id="chan"),
        DocumentInfo("forward", parent_id="other", forwarded_from="Sham Xəbər"),
        DocumentInfo("chan", title="Sham Xəbər"),
        DocumentInfo("site1", url="https://www.news.example/a"),
        DocumentInfo("site2", url="https://news.example/b"),
        DocumentInfo("copy", source_id=7),
        DocumentInfo("alone", source_id=8),
    ]
    origins = assign_origins(
        docs, [type("P", (), {"left": "site1", "right": "copy"})()], {"chan": "Sham Xəbər"}
    )
    assert origins["post"] == origins["forward"]
    assert origins["site1"] == origins["site2"] == origins["copy"]
    assert len({origins[d] for d in ("post", "site1", "alone")}) == 3


def test_credibility_scale() -> None:
    a, b, c = fact(doc="d1", date="2015"), fact(doc="d2"), fact(doc="d3", date="2015-02")
    support = measure_support([a, b, c], {"d1": "o1", "d2": "o2", "d3": "o3"})
    assert grade_credibility(a, support, {}, "F") == (1, "confirmed by 2 other independent origins")
    single = measure_support([a], {"d1": "o1"})
    assert grade_credibility(a, single, {}, "B")[0] == 3
    assert grade_credibility(a, single, {}, "E")[0] == 4
    assert grade_credibility(a, single, {}, "F")[0] == 6
    lone = fact(doc="d9", date="2013")
    support = measure_support([a, b, lone], {"d1": "o1", "d2": "o1", "d9": "o9"})
    assert support[a.id].independent == 1  # d1 and d2 are one origin
    assert support[lone.id].independent == 2  # b is undated: it agrees with 2013 too
    assert grade_credibility(a, support, {a.id: {lone.id}}, "A")[0] == 5
    assert grade_credibility(lone, support, {lone.id: {a.id}}, "A")[0] == 2


def test_a_date_that_agrees_with_both_sides_is_on_neither() -> None:
    oct_, nov, year = (
        fact(date="2014-10", doc="d1"),
        fact(date="2014-11-02", doc="d2"),
        fact(date="2014", doc="d3"),
    )
    [flag] = find_conflicts([oct_, nov, year])
    assert flag.kind == "death_date_conflict"
    assert {e.claim_id for e in flag.left + flag.right} == {oct_.id, nov.id}


def test_wanted_after_death_is_no_sign_of_life_but_an_arrest_is() -> None:
    death = fact(date="2015-06")
    assert find_conflicts([death, fact(value="wanted", date="2016")]) == []
    assert find_conflicts([death, fact(value="arrested")]) == []  # undated: maybe before
    [flag] = find_conflicts([death, fact(value="arrested", date="2016-01")])
    assert flag.kind == "alive_after_death"


def test_places_of_death_compared_by_name_without_gazetteer() -> None:
    flags = find_conflicts([fact(place="Raqqa", doc="a"), fact(place="Kobani", doc="b")])
    assert [f.kind for f in flags] == ["death_place_conflict"]
    assert find_conflicts([fact(place="Raqqa", doc="a"), fact(place="raqqa", doc="b")]) == []


def test_a_look_back_is_not_a_recycled_report() -> None:
    first = fact(date="2014-09", doc_date="2014-09-20", doc="d1")
    look_back = fact(date="2014-09", doc_date="2016-01-01", doc="d2", quote="killed in 2014")
    as_news = fact(doc_date="2016-01-01", doc="d3", quote="was killed")
    same_week = fact(doc_date="2014-09-25", doc="d4")
    flags = find_recycled_reports([first, look_back, as_news, same_week], {})
    assert [(f.kind, [e.claim_id for e in f.right]) for f in flags] == [
        ("recycled_report", [as_news.id])
    ]


def test_a_photo_first_published_long_before_makes_a_death_report_recycled() -> None:
    docs = [
        DocumentInfo("old", published="2015-09-14", parent_id="chan"),
        DocumentInfo("new", published="2016-10-22", url="https://site.example/x"),
    ]
    photos = [
        Photo("old", "photo_1.jpg", "c3d4e5f60718293a"),
        Photo("new", "copy.jpg", "c3d4e5f60718293b"),
    ]  # one bit apart
    death = fact(person="p", doc="new", doc_date="2016-10-22", quote="he was killed")
    result = assess([death], docs, photos)
    kinds = sorted((f.kind, f.subject) for f in result.flags)
    assert kinds == [("recycled_report", "p"), ("reused_photo", "new")]
    recycled = next(f for f in result.flags if f.kind == "recycled_report")
    assert recycled.left[0].document_id == "old" and recycled.right[0].claim_id == death.id


def test_gazetteer_places_of_death() -> None:
    assert same_place_by_gazetteer("Kobani", "Ayn al-Arab") is True
    assert same_place_by_gazetteer("Raqqa", "Syria") is True
    assert same_place_by_gazetteer("Raqqa", "Kobani") is False
    assert same_place_by_gazetteer("Raqqa", "Mosul") is False
    assert same_place_by_gazetteer("Raqqa", "Qqqzzzx") is None


def test_assessment_reads_memberships_for_the_status() -> None:
    facts = [
        fact("serkan", "arrested", date="2017-02", doc_date="2018-10-25"),
        fact("serkan", "Islamic State", prop="group", doc_date="2018-10-25"),
        fact("nihad", "arrested", date="2015-05", doc_date="2015-06-12"),
    ]
    docs = [DocumentInfo("d1", published="2018-10-25")]
    statuses = assess(facts, docs).statuses
    assert statuses["serkan"].status == "returned"
    assert statuses["nihad"].status == "not_travelled"
