"""The document's own date read from the head of the text (its dateline), and the
relative dates ("yesterday", "last Friday", a day without a year) resolved against it.
All headers and people are fictional."""

from __future__ import annotations

import pytest

from ffdb.extract.dates import find_dates


def _values(text: str) -> dict[str, str]:
    return {d.text.rstrip("."): d.value for d in find_dates(text)}


@pytest.mark.parametrize(
    ("head", "yesterday", "expected"),
    [
        ("Yayın tarihi: 4 Şubat 2020", "dün", "2020-02-03"),
        ("Kuzey Ekspres | Yayın tarihi: 4 Şubat 2020", "dün", "2020-02-03"),
        ("Ege Sahil Postası, Aydın, 4 Şubat 2020", "dün", "2020-02-03"),
        ("Опубликовано: 15.09.2021", "вчера", "2021-09-14"),
        ("Дата публикации: 15 сентября 2021 г.", "вчера", "2021-09-14"),
        ("«Волжский курьер», Саратов, 15 сентября 2021 года", "вчера", "2021-09-14"),
        ("Tarix: 07.06.2023", "dünən", "2023-06-06"),
        ('Müsahibəni apardı: Nigar Əliyeva | "Gəncə Xəbər", 7 iyun 2023', "dünən", "2023-06-06"),
        ("Published: 22 October 2018", "yesterday", "2018-10-21"),
        ("Date: Monday 22 October 2018", "yesterday", "2018-10-21"),
        ("By Tomas Hale | Border Weekly | Published 22 October 2018", "yesterday", "2018-10-21"),
        ("Northern Desk | Leeds, 22 October 2018", "yesterday", "2018-10-21"),
        # an outlet named with its kind in two words
        ('"Quba Xəbər" informasiya agentliyi, 7 iyun 2023', "dünən", "2023-06-06"),
        ("Ova haber ajansı, 4 Şubat 2020", "dün", "2020-02-03"),
        ("Steppe news agency, 22 October 2018", "yesterday", "2018-10-21"),
        ("[22.10.2018 09:41]", "yesterday", "2018-10-21"),
        ("22.10.2018 09:41", "yesterday", "2018-10-21"),
        ("Ramazan 1440 başında (6 Mayıs 2019)", "dün", "2019-05-05"),
    ],
)
def test_header_lines_date_the_document(head: str, yesterday: str, expected: str) -> None:
    text = f"{head}\n\nPolis {yesterday} Kerem Arslan adlı bir kişiyi gözaltına aldı.\n"
    found = [d for d in find_dates(text) if d.text.lower() == yesterday]
    assert [d.value for d in found] == [expected]


def test_date_on_the_line_after_a_headline() -> None:
    text = (
        "Two men from Dover held over Syria travel\n"
        "9 March 2022\n\n"
        "Police yesterday detained two men. One of them, Ivo Marsh, left on 2 February.\n"
    )
    values = _values(text)
    assert values["yesterday"] == "2022-03-08"
    assert values["2 February"] == "2022-02-02"


def test_telegram_export_stamp_dates_the_post() -> None:
    text = "[03.05.2017 18:02] Канал «Северный вестник»: вчера погиб наш брат Тимур.\n"
    assert _values(text)["вчера"] == "2017-05-02"


def test_a_date_told_in_the_lead_is_no_dateline() -> None:
    # an earlier event in the first sentences: "yesterday" cannot be read from it
    for text in (
        "Farid Karimov was detained on 3 May 2016.\nHe was questioned yesterday.\n",
        "Police said on Monday, 3 May 2016.\nHe was questioned yesterday.\n",
        "Полиция сообщила, что 3 мая 2016 года задержан Руслан Гаджиев. Вчера его допросили.\n",
        "Orxan Quliyev 3 may 2016-cı ildə saxlanılıb. Dünən dindirilib.\n",
    ):
        words = {"yesterday", "вчера", "dünən"}
        assert not [d for d in find_dates(text) if d.text.lower() in words], text


def test_run_in_wire_dateline_still_read() -> None:
    text = "HARWICH, 11 July 2019 (Coast Wire) - Police yesterday arrested a man.\n"
    assert _values(text)["yesterday"] == "2019-07-10"


def test_day_without_year_in_january_takes_the_previous_year() -> None:
    text = "Tarix: 14 yanvar 2022\n\nDekabrın 27-də Samir, yanvarın 5-də isə Elnur saxlanılıb.\n"
    values = _values(text)
    assert values["Dekabrın 27-də"] == "2021-12-27"
    assert values["yanvarın 5-də"] == "2022-01-05"
    text = "Published: 9 January 2020\n\nHe was arrested on 30 December and charged on 3 January.\n"
    values = _values(text)
    assert values["30 December"] == "2019-12-30"
    assert values["3 January"] == "2020-01-03"


@pytest.mark.parametrize(
    ("head", "phrase", "expected"),
    [
        # 12 March 2021 was a Friday: "last Friday" is a week before
        ("Date: 12 March 2021", "last Friday", "2021-03-05"),
        ("Date: 12 March 2021", "last Tuesday", "2021-03-09"),
        ("Опубликовано: 12.03.2021", "в прошлую среду", "2021-03-10"),
        ("Опубликовано: 12.03.2021", "в минувший понедельник", "2021-03-08"),
        ("Tarix: 12.03.2021", "ötən cümə", "2021-03-05"),
        ("Tarix: 12.03.2021", "keçən şənbə günü", "2021-03-06"),
        ("Yayın tarihi: 12 Mart 2021", "geçen salı", "2021-03-09"),
        ("Yayın tarihi: 12 Mart 2021", "geçtiğimiz perşembe", "2021-03-11"),
    ],
)
def test_last_weekday_counts_back_from_the_document(head: str, phrase: str, expected: str) -> None:
    text = f"{head}\n\nHaber {phrase} geldi.\n"
    found = [d.value for d in find_dates(text) if d.text.lower() == phrase.lower()]
    assert found == [expected]


def test_relative_month_and_year_from_header() -> None:
    text = "Güney Haber — 3 Mart 2019\n\nGeçen ay ve geçen yıl iki kişi tutuklandı.\n"
    values = _values(text)
    assert values["Geçen ay"] == "2019-02"
    assert values["geçen yıl"] == "2018"
