"""Event dates of the sixteenth session, on short fictional texts: each person's own date
after the verb in a spread list ("öldürülüb: X 2015-ci ildə, Y isə 2017-ci ildə"); a
day and month after a date written out in the same sentence take its year (a timeline's
line); a date past the country after a place ("in Gaziantep, Turkey, in June 2016"); a
head line that names a channel or a label before its date dates what is counted from it
("Публикации за 18 августа 2025 года", "вчера")."""

from __future__ import annotations

import pytest

from ffdb.extract.dates import find_dates
from support import events_by_name


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, title="")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Bakı, 3 fevral 2022.\n\nOrxan Cəfərov və Səbuhi Məmmədli Rəqqədə öldürülüb: "
            "Cəfərov 2015-ci ildə, Məmmədli isə 2017-ci ildə.\n",
            {"Orxan Cəfərov": "2015", "Səbuhi Məmmədli": "2017"},
        ),
        (
            "London, 3 February 2022.\n\nRamil Aliyev and Tural Guliyev were both killed in "
            "Syria: Aliyev in 2015, Guliyev in 2017.\n",
            {"Ramil Aliyev": "2015", "Tural Guliyev": "2017"},
        ),
    ],
)
def test_each_person_own_date_in_a_spread_list(text: str, dates: dict[str, str]) -> None:
    events = _events(text)
    assert {name: events[name]["killed"] for name in dates} == dates


def test_birth_years_after_names_are_no_spread_dates() -> None:
    text = (
        "Махачкала, 12 ноября 2022 года.\n\n11 ноября в Махачкале задержаны Расул Магомедов, "
        "1991 г.р., и Ахмед Алиев, 1988 г.р.\n"
    )
    events = _events(text)
    assert events["Расул Магомедов"]["detained"] == "2022-11-11"
    assert events["Ахмед Алиев"]["detained"] == "2022-11-11"


def test_day_and_month_take_the_year_written_before_them() -> None:
    text = (
        "Güvenlik Bülteni — 12 Aralık 2024\n\n14 Haziran 2023 — İstanbul polisi atölyeye "
        "baskın yapar: Ulugbek Rahimov gözaltına alınır, 18 Haziran'da tutuklanır.\n"
    )
    assert _events(text)["Ulugbek Rahimov"]["arrested"] == "2023-06-18"


def test_date_past_the_country_of_a_place() -> None:
    text = (
        "Tbilisi, 4 March 2020.\n\nLasha Gelashvili, 19, of Duisi, was arrested in "
        "Gaziantep, Turkey, in June 2016 while trying to cross the border.\n"
    )
    assert _events(text)["Lasha Gelashvili"]["arrested"] == "2016-06"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Telegram-канал «Кавказ Онлайн». Публикации за 18 августа 2025 года\n\n"
            "Вчера в Хасавюрте задержан Руслан Мусаев.\n",
            "2025-08-17",
        ),
        (
            "Posts from the account of Caspian Today (@CaspianToday), 9 September 2025\n\n"
            "Police said Tural Hasanov was detained yesterday in Ganja.\n",
            "2025-09-08",
        ),
        ('Bakı, 7 iyul 2023 / "Qafqaz İnfo"\n\nNamiq Əliyev dünən saxlanılıb.\n', "2023-07-06"),
        (
            "Пресс-служба МВД по Республике Ингушетия, 25 ноября 2025 г.\n\n"
            "Вчера в Назрани задержан Ахмед Евлоев.\n",
            "2025-11-24",
        ),
    ],
)
def test_head_line_with_a_label_dates_yesterday(text: str, day: str) -> None:
    assert day in [d.value for d in find_dates(text)]
    (events,) = _events(text).values()
    assert events["detained"] == day


def test_a_sentence_ending_in_a_date_is_no_head_line() -> None:
    text = "Police said he was detained on 5 May 2020.\n\nYesterday the court met.\n"
    assert "2020-05-04" not in [d.value for d in find_dates(text)]


def test_a_town_named_like_a_return_is_no_return() -> None:
    text = (
        "Frontline Review / Published 8 August 2022\n\nElnur Hasanli, 26, a Sumqayıt native, "
        "crossed in 2014; he returned to Azerbaijan in 2016 and was arrested at the Baku "
        "airport.\n"
    )
    assert _events(text)["Elnur Hasanli"]["arrested"] == "2016"


def test_a_state_since_a_year_dates_no_sentence() -> None:
    text = (
        "Northbridge Courier — 14 March 2025\n\nTarik Demir, a native of Kayseri who had run "
        "a phone shop in Altona since 2009, was convicted of financing a terrorist "
        "organisation.\n"
    )
    assert _events(text)["Tarik Demir"]["sentenced"] != "2009"


def test_wounded_in_the_same_shelling_takes_the_death_day() -> None:
    text = (
        "Грозный, 9 мая 2020 года.\n\n7 мая 2020 года в районе Джиср аш-Шугура погиб "
        "Мовсар Дацаев. В том же обстреле ранен его младший брат Хасан Дацаев.\n"
    )
    assert _events(text)["Хасан Дацаев"]["injured"] == "2020-05-07"


def test_head_line_of_a_channel_with_a_hijri_date_before_the_day() -> None:
    text = (
        '[Telegram kanalı "Şam Xəbərləri" — 2 Zilqədə 1436 (17 avqust 2015)]\n\n'
        "ŞƏHİDLİK XƏBƏRİ\n\nƏbu Zərr keçən il Türkiyəyə keçərkən türk əsgərləri tərəfindən "
        "tutulub.\n"
    )
    assert _events(text)["Əbu Zərr"]["detained"] == "2014"
