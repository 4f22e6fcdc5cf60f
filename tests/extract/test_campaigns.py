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


def test_headings_in_several_formats_and_languages() -> None:
    text = (
        "Provinces pledge allegiance to the new caliph, Abu Talha al-Ruhawi.\n\n"
        "Friday, March 5, 2021\nWilayat al-Jabal\n\n"
        "**6 March 2021**\nWilayat al-Wadi\n\n"
        "March 7th:\n- Katibat al-Sahil\n"
    )
    assert rows(text) == [
        ("2021-03-05", "Wilayat al-Jabal", "Abu Talha al-Ruhawi"),
        ("2021-03-06", "Wilayat al-Wadi", "Abu Talha al-Ruhawi"),
        ("2021-03-07", "Katibat al-Sahil", "Abu Talha al-Ruhawi"),
    ]
    for heading in ("8 ноября:", "8 noyabr:", "8 Kasım 2019", "November 8:"):
        intro = "Bay'a so far, as of 7 November 2019."
        text = f"{intro}\n\n{heading}\nWilayat A\n\n9.11.2019\nWilayat B\n"
        assert [d for d, _, _ in rows(text)] == ["2019-11-08", "2019-11-09"], heading


def test_year_less_headings_take_the_year_the_introduction_names() -> None:
    text = (
        "Tracking the bay'ah\n\n"
        "After al-Kubaysi was killed on 27 October 2019, the provinces began to pledge.\n\n"
        "November 8:\nWilayat Khurasan\n\nNovember 9:\nWilayat Pakistan\n"
    )
    assert [(d, p) for d, p, _ in rows(text)] == [
        ("2019-11-08", "Wilayat Khurasan"),
        ("2019-11-09", "Wilayat Pakistan"),
    ]


def test_a_list_from_december_into_january_moves_on_a_year() -> None:
    text = "Pledges in 2019.\n\nDecember 30:\nWilayat A\n\nJanuary 2:\nWilayat B\n"
    assert [d for d, _, _ in rows(text)] == ["2019-12-30", "2020-01-02"]


def test_the_leader_is_the_new_one_never_the_dead_one() -> None:
    text = (
        "After the death of Abu Bakr al-Kubaysi, the group named Abu Yusuf al-Hashimi "
        "al-Qurashi as its new caliph. Its provinces soon began to pledge allegiance to him.\n\n"
        "8 November 2019\nWilayat Khurasan\n\n9 November 2019\nWilayat Pakistan\n"
    )
    assert {p.leader for p in find_pledges(text)} == {"Abu Yusuf al-Hashimi al-Qurashi"}
    text = (
        "The Islamic State's provinces are pledging allegiance to the new caliph.\n"
        "Since al-Kubaysi was killed, his successor Abu Yusuf al-Hashimi al-Qurashi has "
        "received pledges.\n\nNovember 8, 2019:\nWilayat Khurasan\n\nNovember 9, 2019:\n"
        "Wilayat Pakistan\n"
    )
    assert {p.leader for p in find_pledges(text)} == {"Abu Yusuf al-Hashimi al-Qurashi"}
