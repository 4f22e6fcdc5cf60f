"""Pledge campaigns: date headings followed by the provinces or groups that pledged."""

from __future__ import annotations

import json

from ffdb.extract.campaigns import find_pledges
from support import shared_path

ENGLISH = """The Northern Front's pledge campaign

Commanders of the Northern Front began pledging allegiance to Abu Talha al-Ruhawi
after the death of his predecessor. This post lists the pledges as they appear.

March 3, 2021:

Wilayat al-Jabal

Katibat al-Sahil

March 4:

- Wilayat al-Wadi

March 6, 2021:

Jamaat Ahl al-Qura

More analysis of the campaign will follow in a later post, with maps and figures.
"""

RUSSIAN = """Присяга новому амиру

Отряды Южного фронта принесли присягу на верность новому амиру Абу Салиху Даргинскому.

3 марта 2021:

Вилаят Горы

Джамаат Приморья

4 марта 2021:

Вилаят Долины
"""

AZERBAIJANI = """Beyət kampaniyası

Cənub cəbhəsinin dəstələri yeni əmir Əbu Salih Darginiyə beyət ediblər.

3 mart 2021:

Dağ vilayəti

4 mart:

Dərə vilayəti
"""

TURKISH = """Biat kampanyası

Güney cephesinin grupları yeni emir Ebu Salih Dargini'ye biat etti.

3 Mart 2021:

Dağ vilayeti

4 Mart 2021:

Vadi vilayeti
"""


def rows(text: str, doc_date: str | None = None) -> list[tuple[str | None, str, str | None]]:
    return [(p.date, p.province, p.leader) for p in find_pledges(text, doc_date)]


def test_english_tracker_with_inherited_year_and_named_leader() -> None:
    leader = "Abu Talha al-Ruhawi"
    assert rows(ENGLISH) == [
        ("2021-03-03", "Wilayat al-Jabal", leader),
        ("2021-03-03", "Katibat al-Sahil", leader),
        ("2021-03-04", "Wilayat al-Wadi", leader),
        ("2021-03-06", "Jamaat Ahl al-Qura", leader),
    ]


def test_each_pledge_quotes_its_line() -> None:
    for pledge in find_pledges(ENGLISH):
        assert ENGLISH[pledge.start : pledge.end] == pledge.quote
        assert pledge.province in pledge.quote


def test_russian_tracker() -> None:
    found = rows(RUSSIAN)
    assert [(d, p) for d, p, _ in found] == [
        ("2021-03-03", "Вилаят Горы"),
        ("2021-03-03", "Джамаат Приморья"),
        ("2021-03-04", "Вилаят Долины"),
    ]
    assert found[0][2] == "Абу Салиху Даргинскому"  # as written, in the dative


def test_azerbaijani_tracker_inherits_the_year() -> None:
    leader = "Əbu Salih Dargini"  # the dative ending "-yə" taken off
    assert rows(AZERBAIJANI) == [
        ("2021-03-03", "Dağ vilayəti", leader),
        ("2021-03-04", "Dərə vilayəti", leader),
    ]


def test_turkish_tracker() -> None:
    found = rows(TURKISH)
    assert [(d, p) for d, p, _ in found] == [
        ("2021-03-03", "Dağ vilayeti"),
        ("2021-03-04", "Vadi vilayeti"),
    ]
    assert found[0][2] == "Ebu Salih Dargini"


def test_headings_without_any_year_take_the_document_year() -> None:
    text = (
        "Pledges of allegiance so far.\n\n"
        "March 3:\n\nWilayat al-Jabal\n\nMarch 4:\n\nWilayat al-Wadi\n"
    )
    assert rows(text, doc_date="2021-03-10") == [
        ("2021-03-03", "Wilayat al-Jabal", None),
        ("2021-03-04", "Wilayat al-Wadi", None),
    ]


def test_items_on_the_heading_line() -> None:
    text = (
        "Bay'a tracker\n\n"
        "March 3, 2021: Wilayat al-Jabal; Katibat al-Sahil\nMarch 4, 2021: Wilayat al-Wadi\n"
    )
    assert [(d, p) for d, p, _ in rows(text)] == [
        ("2021-03-03", "Wilayat al-Jabal"),
        ("2021-03-03", "Katibat al-Sahil"),
        ("2021-03-04", "Wilayat al-Wadi"),
    ]


def test_a_dated_list_that_is_not_about_pledges_gives_nothing() -> None:
    text = (
        "Attacks this month\n\n"
        "March 3, 2021:\n\nWilayat al-Jabal\n\nMarch 4, 2021:\n\nWilayat al-Wadi\n"
    )
    assert find_pledges(text) == []


def test_prose_with_dates_is_not_a_campaign() -> None:
    text = (
        "Pledges of allegiance were reported.\n"
        "On March 3, 2021 the group pledged allegiance to its new leader in a long statement.\n"
        "On March 4, 2021 another group did the same, according to its own channels.\n"
    )
    assert find_pledges(text) == []


def test_a_leader_of_an_earlier_pledge_is_not_taken() -> None:
    text = (
        "In the past, Abu Hamza gave baya to the newly created state's leader Abu Umar.\n"
        "Pledges to the new leader follow.\n\nMarch 3, 2021:\n\nWilayat al-Jabal\n\n"
        "March 4, 2021:\n\nWilayat al-Wadi\n"
    )
    assert {p.leader for p in find_pledges(text)} == {None}


def test_the_tracker_of_the_shared_compilation() -> None:
    text = shared_path("corpus", "jihadology-compilation.txt").read_text(encoding="utf-8")
    gold_path = shared_path("eval", "dev-gold.jsonl")
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    expected = {(r["date"], r["province"]) for r in gold if r.get("type") == "pledge"}
    pledges = find_pledges(text)
    assert {(p.date, p.province) for p in pledges} == expected
    assert len(pledges) == len(expected)
    # the post names the caliph the campaign was for in its introduction
    assert {p.leader for p in pledges} == {"Abu Ibrahim al-Hashimi al-Qurashi"}


def test_a_caller_may_name_the_leader_when_the_text_does_not() -> None:
    text = (
        "Pledges of allegiance so far.\n\n"
        "March 3, 2021:\n\nWilayat al-Jabal\n\nMarch 4, 2021:\n\nWilayat al-Wadi\n"
    )
    assert {p.leader for p in find_pledges(text, default_leader="Abu Talha")} == {"Abu Talha"}
    # a leader the text names wins over the default
    assert {p.leader for p in find_pledges(ENGLISH, default_leader="Abu Talha")} == {
        "Abu Talha al-Ruhawi"
    }


def test_a_heading_over_two_days_counts_from_the_first() -> None:
    text = (
        "Pledges of allegiance so far.\n\n"
        "March 2-3, 2021:\n\nWilayat al-Jabal\n\nMarch 4, 2021:\n\nWilayat al-Wadi\n"
    )
    assert [(d, p) for d, p, _ in rows(text)] == [
        ("2021-03-02", "Wilayat al-Jabal"),
        ("2021-03-04", "Wilayat al-Wadi"),
    ]
