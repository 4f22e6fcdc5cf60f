"""Status events and their dates on fictional articles `tests/data/extract/h_*.txt`
(`h_expected.json`): wire news whose later paragraphs go back to the day of the
dateline, court reports, police press releases, martyr posts, interviews and analyses
listing several fighters with their fates, in English, Russian, Azerbaijani and Turkish.

The conventions are the shared gold's: detained <- detained, taken into custody,
captured, задержан, saxlanılıb, gözaltına alındı, yakalandı; arrested <- arrested,
арестован, həbs edilib, tutuklandı ("yakalanarak tutuklandı" is one arrest)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ffdb.extract import extract_document
from support import events_by_name

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
EXPECTED: dict[str, Any] = json.loads((DATA / "h_expected.json").read_text(encoding="utf-8"))


def _persons(name: str) -> dict[str, dict[str, Any]]:
    text = (DATA / name).read_text(encoding="utf-8")
    extraction = extract_document(text, title=text.strip().splitlines()[0])
    assert extraction.language == EXPECTED[name]["language"]
    return {r["name"]: r for r in extraction.records() if r["type"] == "person"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_persons_dated_events(name: str) -> None:
    found = _persons(name)
    for want in EXPECTED[name]["persons"]:
        got = found.get(want["name"])
        assert got is not None, (want["name"], sorted(found))
        assert {e["status"]: e["date"] for e in got["events"]} == want["events"], want["name"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_event_of_anyone_else(name: str) -> None:
    wanted = {p["name"] for p in EXPECTED[name]["persons"]}
    others = {n: r["events"] for n, r in _persons(name).items() if n not in wanted}
    assert all(not events for events in others.values()), others


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text)


def test_a_later_paragraph_of_a_press_release_tells_of_the_datelines_day() -> None:
    text = (
        "BAKU, 14 October 2022 (Reuters) - Police detained two men, the ministry said.\n\n"
        "Rauf Aliyev, 34, and Samir Guliyev, 29, were taken into custody in Sumgait.\n\n"
        "Aliyev travelled to Syria in 2014. Guliyev was wounded during the raid."
    )
    events = _events(text)
    assert events["Rauf Aliyev"] == {"detained": "2022-10-14", "travelled": "2014"}
    assert events["Samir Guliyev"] == {"detained": "2022-10-14", "injured": "2022-10-14"}


def test_caught_and_arrested_is_one_arrest() -> None:
    events = _events("Kemal Şahin, 2020 yılında Hatay'da yakalanarak tutuklandı.")
    assert events["Kemal Şahin"] == {"arrested": "2020"}


def test_the_same_strike_is_dated_by_the_strike_told_before() -> None:
    text = (
        "Islam Dzhabrailov was killed in an airstrike near Idlib on 31 January 2017. "
        "He had come to Syria in 2013. His deputy, Timur Batsaev, was injured in the "
        "same strike."
    )
    assert _events(text)["Timur Batsaev"] == {"injured": "2017-01-31"}


def test_an_arrest_on_arrival_is_dated_by_the_return() -> None:
    text = "Shamil Duishvili returned to Georgia in 2016. He was arrested on arrival."
    assert _events(text)["Shamil Duishvili"] == {"returned": "2016", "arrested": "2016"}


def test_a_relative_named_before_is_the_subject_of_the_kin_word() -> None:
    text = (
        "O.Məmmədli 2015-ci ildə həyat yoldaşı Leyla Məmmədli ilə birlikdə Suriyaya "
        "yollanıb. Həyat yoldaşı 2017-ci ildə aviazərbə nəticəsində həlak olub."
    )
    assert _events(text)["Leyla Məmmədli"] == {"travelled": "2015", "killed": "2017"}


def test_a_time_counted_from_an_earlier_date() -> None:
    text = "Марат Исаев уехал туда первым, в 2013 году, и погиб под Хомсом через год."
    assert _events(text)["Марат Исаев"] == {"travelled": "2013", "killed": "2014"}


def test_both_persons_named_apart_share_the_measure() -> None:
    text = (
        "Bakı, 18 may 2021. Elvin Hüseynov saxlanılıb. Onun qardaşı Ramil Hüseynov da "
        "saxlanılıb. Hər iki şəxs barəsində həbs qətimkan tədbiri seçilib."
    )
    events = _events(text)
    assert events["Elvin Hüseynov"]["arrested"] == "2021-05-18"
    assert events["Ramil Hüseynov"]["arrested"] == "2021-05-18"


@pytest.mark.parametrize(
    "text",
    [
        "Police chief Rustam Aliyev told reporters that two militants were killed.",
        "По словам прокурора Рустама Алиева, боевики были уничтожены.",
        "Prokuror Rüstəm Əliyev bildirib ki, saxlanılanlar ifadə veriblər.",
        "Savcı Ahmet Kaya, şüphelilerin gözaltına alındığını söyledi.",
        "Rustam Aliyev was accused of recruiting fighters who later died in Syria.",
    ],
)
def test_a_speaker_or_source_of_the_news_has_no_event(text: str) -> None:
    assert all(not events for events in _events(text).values())


def test_a_speaker_speaking_of_himself_has_the_event() -> None:
    assert _events("Rustam Aliyev said he was arrested in 2015.") == {
        "Rustam Aliyev": {"arrested": "2015"}
    }


@pytest.mark.parametrize(
    "text",
    [
        "Elvin Məmmədovun qardaşı 2016-cı ildə saxlanılıb.",
        "Ahmet Kaya'nın kardeşi 2016'da gözaltına alındı.",
        "Брат Рустама Алиева задержан в 2016 году.",
        "Rustam Aliyev's brother was arrested in 2016.",
        "The wife of Rustam Aliyev was repatriated in 2019.",
        "Ahmet Kaya'nın evinde yapılan aramada silah ele geçirildi.",
    ],
)
def test_an_owner_named_before_the_subject_has_no_event(text: str) -> None:
    assert all(not events for events in _events(text).values())


def test_a_name_and_its_apposition_keep_their_event() -> None:
    text = "Tofiq Zeynalov qardaşı Rəşad Zeynalov ilə birlikdə 2014-cü ildə Suriyaya gedib."
    assert _events(text)["Tofiq Zeynalov"] == {"travelled": "2014"}
    text = "Брат Магомед Сулейманов скончался от ран в мае 2017 года."
    assert _events(text)["Магомед Сулейманов"] == {"killed": "2017-05"}


@pytest.mark.parametrize(
    "text",
    [
        "Elvin Məmmədov 2017-ci ildə yenidən Suriyaya qayıdıb.",
        "Рустам Алиев в 2017 году вернулся в Сирию.",
        "Rustam Aliyev returned to Syria in 2017.",
    ],
)
def test_going_back_to_the_war_is_a_journey(text: str) -> None:
    assert list(_events(text).values()) == [{"travelled": "2017"}]


def test_an_object_before_a_verb_without_subject_and_an_event_noun() -> None:
    assert _events("Магомеда Алиева задержали в аэропорту в 2018 году.") == {
        "Магомед Алиев": {"detained": "2018"}
    }
    assert _events("Родственники Магомеда Алиева сообщили о его гибели в 2016 году.") == {
        "Магомед Алиев": {"killed": "2016"}
    }


@pytest.mark.parametrize(
    "text",
    [
        "Mahkeme, Ahmet Kaya'yı 10 yıl, Mehmet Demir'i ise 7 yıl hapis cezasına çarptırdı.",
        "Məhkəmə Elvin Məmmədovu 10 il, Anar Quliyevi isə 8 il müddətinə azadlıqdan məhrum edib.",
        "Суд приговорил Рустама Алиева к 10 годам, а Вугара Мамедова — к 8 годам колонии.",
        "The court sentenced Rustam Aliyev to 10 years and Vugar Mammadov to eight.",
    ],
)
def test_names_each_with_a_term_share_the_sentence(text: str) -> None:
    events = _events(text)
    assert len(events) == 2
    assert all(e == {"sentenced": None} for e in events.values())


def test_an_age_is_no_term() -> None:
    text = "Rustam Aliyev, 29, was sentenced; his brother Vugar Mammadov, 31, was killed."
    assert _events(text)["Vugar Mammadov"] == {"killed": None}


def test_a_clause_after_a_comma_that_only_dates_the_event() -> None:
    assert _events("Arslan Magomedov: left in 2013; killed in Aleppo, 2014.") == {
        "Arslan Magomedov": {"travelled": "2013", "killed": "2014"}
    }


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("В ходе КТО нейтрализованы трое боевиков, в том числе Рустам Алиев.", "killed"),
        ("В Сирии погибли двое уроженцев Дагестана — Рустам Алиев и Вугар Мамедов.", "killed"),
        (
            "Three men were detained in Quba, including Rustam Aliyev and Vugar Mammadov.",
            "detained",
        ),
        ("Задержание Рустама Алиева произошло в 2019 году.", "detained"),
        ("The arrest of Rustam Aliyev in 2017 shocked his village.", "arrested"),
    ],
)
def test_names_after_a_counted_subject_or_an_event_noun(text: str, status: str) -> None:
    events = _events(text)
    assert events and all(status in e for e in events.values())


def test_a_warrant_for_an_arrest_is_no_arrest() -> None:
    text = "A court issued a warrant for the arrest of Rustam Aliyev in 2018."
    assert _events(text) == {"Rustam Aliyev": {"wanted": "2018"}}


def test_the_following_year_counts_from_the_year_before() -> None:
    text = (
        "Шамиля Курбанова задержали в Турции в 2016 году и в следующем году передали "
        "российским властям."
    )
    assert _events(text) == {"Шамиль Курбанов": {"detained": "2016", "returned": "2017"}}


def test_a_counted_role_noun_is_others() -> None:
    text = "Ahmet Kaya 2018'de öldürüldü. Operasyonda üç şüpheli gözaltına alındı."
    assert _events(text) == {"Ahmet Kaya": {"killed": "2018"}}
    text = "Ahmet Kaya 2018'de yakalandı. Şüpheli, çıkarıldığı mahkemece tutuklandı."
    assert _events(text) == {"Ahmet Kaya": {"detained": "2018", "arrested": None}}


def test_a_speaker_after_a_dash_is_no_name_of_the_dead() -> None:
    text = "Two militants were killed — Rustam Aliyev, the police chief, said on Friday."
    assert _events(text) == {"Rustam Aliyev": {}}
