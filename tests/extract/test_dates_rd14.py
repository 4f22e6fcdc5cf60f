"""Event dates of the fourteenth session, on short fictional texts: a weekday after the
dateline's date ("10 Ocak 2026 Cumartesi") still dates the text; a weekday with a date
written out after it ("в прошлую среду, 6 ноября") is that date; a weekday of last week
("keçən həftənin çərşənbə günü", "on Monday last week"); a journey or custody shared
with someone told before ("left with him", "уехал вместе с ним", "Ağayevlə birlikdə
gedən", "Schäfer ile birlikte yakalanan") takes that one's date; a later paragraph's
return under a lead that tells of people handed back takes the lead's day."""

from __future__ import annotations

import pytest

from ffdb.extract.dates import find_dates
from support import events_by_name


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, title="")


def _values(text: str, doc_date: str | None = None) -> list[str]:
    return [d.value for d in find_dates(text, doc_date)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            'Haftanın özeti\n\n"Kuzey Postası", 10 Ocak 2026 Cumartesi\n\nMahkeme salı günü '
            "karar verdi.\n",
            "2026-01-06",
        ),
        (
            'Həftənin xülasəsi\n\n"Cənub Press", 21 fevral 2025, cümə\n\nMəhkəmə çərşənbə '
            "axşamı hökm oxudu.\n",
            "2025-02-18",
        ),
        (
            "Weekly digest\n\nThe Valley Courier, 7 March 2024, Thursday\n\nThe court ruled "
            "on Monday.\n",
            "2024-03-04",
        ),
        (
            "Итоги недели\n\n«Горный вестник», 15 марта 2024 г., пятница\n\nСуд во вторник "
            "вынес приговор.\n",
            "2024-03-12",
        ),
    ],
)
def test_a_weekday_after_the_dateline_keeps_it_the_texts_date(text: str, day: str) -> None:
    assert day in _values(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Все трое задержаны в прошлую среду, 6 ноября, в Оше.", "2024-11-06"),
        ("He was detained last Wednesday, Nov. 6, at the border.", "2024-11-06"),
        ("Geçen perşembe (7 Kasım) sınırda yakalandı.", "2024-11-07"),
        ("Ötən çərşənbə, 6 noyabr, sərhəddə saxlanılıb.", "2024-11-06"),
    ],
)
def test_a_weekday_with_its_date_written_out_is_that_date(text: str, day: str) -> None:
    values = _values(text, "2024-11-14")
    assert day in values
    assert "2024-11-13" not in values  # the last Wednesday counted from the report


@pytest.mark.parametrize(
    "text",
    [
        "Keçən həftənin çərşənbə günü saxlanılıb.",
        "Ötən həftə çərşənbə günü saxlanılıb.",
        "Geçen haftanın çarşamba günü gözaltına alındı.",
        "Его задержали на прошлой неделе в среду.",
        "Его задержали в среду на прошлой неделе.",
        "He was detained on Wednesday last week.",
        "He was detained last week on Wednesday.",
    ],
)
def test_a_weekday_of_last_week_is_that_day_of_the_week_before(text: str) -> None:
    # 14 November 2024 is a Thursday: the Wednesday of the week before is the 6th
    assert _values(text, "2024-11-14") == ["2024-11-06"]


def test_a_plain_weekday_is_still_the_last_one() -> None:
    assert _values("He was detained on Wednesday.", "2024-11-14") == ["2024-11-13"]
    assert _values("He was detained on Sunday, 2 officers said.", "2024-11-14") == ["2024-11-10"]


def test_custody_of_last_weeks_weekday_in_the_lead_is_the_news_day() -> None:
    text = (
        'Gəncə, 2 aprel 2022 — "Qərb Xəbər"\n\nKeçən həftənin çərşənbə günü Gəncədə '
        "keçirilən əməliyyatda Rauf Nağıyev saxlanılıb.\n"
    )
    assert _events(text)["Rauf Nağıyev"]["detained"] == "2022-03-23"


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        (
            "Tariq Benali grew up in Roubaix. He travelled to Syria in early 2015 and "
            "joined the Islamic State.\n\nHe did not go alone. Karim Lefort, a friend "
            "from school, left with him.\n",
            "Karim Lefort",
            "2015",
        ),
        (
            "Ислам Дадаев уехал из Шали в 2014 году — через Турцию в Сирию.\n\nДруг "
            "детства Ислама, Хасан Мовсаров, тоже из Шали, уехал вместе с ним.\n",
            "Хасан Мовсаров",
            "2014",
        ),
        (
            "Nəsimi Qafarov 2015-ci ilin aprelində Suriyaya getmişdi. O, İŞİD-ə "
            "qoşulub.\n\nQafarovla birlikdə Suriyaya gedən Qəbələli Elçin Rüstəmov isə "
            "2016-cı ildə Rəqqədə öldürülüb.\n",
            "Elçin Rüstəmov",
            "2015-04",
        ),
        (
            "Kadir Aksoy 2016'da Suriye'ye gitti ve DEAŞ'a katıldı.\n\nKadir'le "
            "birlikte Suriye'ye giden arkadaşı Serdar Yılmaz ise 2017'de Rakka'da "
            "öldürüldü.\n",
            "Serdar Yılmaz",
            "2016",
        ),
    ],
)
def test_a_journey_made_with_someone_takes_the_date_of_theirs(
    text: str, name: str, value: str
) -> None:
    assert _events(text)[name]["travelled"] == value


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Махачкала, 3 марта 2022 г. — «Горный вестник»\n\nСуд в четверг арестовал "
            "Шамиля Ибрагимова, которого задержали во вторник.\n\nЗадержанного вместе "
            "с ним Арсена Гусейнова, 31 года, вчера отпустили.\n",
            "Арсен Гусейнов",
            "2022-03-01",
        ),
        (
            "İZMİR, 20 Ağustos 2025 (Ege Haber) — Geçen perşembe limanda sahte "
            "pasaportla yakalanan Alman vatandaşı Jonas Keller dün sınır dışı edildi.\n\n"
            "Keller ile birlikte yakalanan Hollanda vatandaşı Samir Haddou ise hâlâ geri "
            "gönderme merkezinde tutuluyor.\n",
            "Samir Haddou",
            "2025-08-14",
        ),
    ],
)
def test_custody_shared_with_someone_takes_the_day_of_theirs(
    text: str, name: str, day: str
) -> None:
    assert _events(text)[name]["detained"] == day


def test_a_journey_with_its_own_date_keeps_it() -> None:
    text = (
        "Tariq Benali travelled to Syria in 2014.\n\nKarim Lefort left with him in "
        "2016, his mother said.\n"
    )
    assert _events(text)["Karim Lefort"]["travelled"] == "2016"


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Bakı, 30 yanvar 2021\n\nDünən İraqdan Bakıya xüsusi reyslə 9 uşaq və iki "
            "qadın gətirilib.\n\nQayıdanlardan biri Şəkili Lalə Qənbərovadır.\n\nİkinci "
            "qadın, Gəncə sakini Nigar Sadıqova, hökumətlərarası razılaşma əsasında "
            "qaytarılıb.\n",
            "Nigar Sadıqova",
            "2021-01-29",
        ),
        (
            "Bakı, 30 yanvar 2021\n\nDünən İraqdan Bakıya xüsusi reyslə 9 uşaq və iki "
            "qadın gətirilib.\n\nQayıdanlardan biri Şəkili Lalə Qənbərovadır.\n",
            "Lalə Qənbərova",
            "2021-01-29",
        ),
    ],
)
def test_a_later_paragraphs_return_under_a_return_lead_takes_its_day(
    text: str, name: str, day: str
) -> None:
    assert _events(text)[name]["returned"] == day


def test_a_return_told_as_older_takes_no_day_of_the_lead() -> None:
    text = (
        "Bakı, 30 yanvar 2021\n\nDünən İraqdan Bakıya xüsusi reyslə 9 uşaq və iki "
        "qadın gətirilib.\n\nOnun qardaşı Elvin Sadıqov isə Türkiyədən deportasiya "
        "olunmuşdu.\n"
    )
    assert _events(text).get("Elvin Sadıqov", {}).get("returned") != "2021-01-29"


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        (
            "Şəki, 5 mart 2025\n\nOnun oğlu Vüsal Kərimli 2015-ci ildə Suriyaya gedib.\n\n"
            "— Vüsal nə vaxt getdi?\n— 2015-ci ilin mayında. Dedi ki, Rusiyaya işləməyə "
            "gedir.\n",
            "Vüsal Kərimli",
            "2015-05",
        ),
        (
            "Нальчик, 5 марта 2025\n\nЕё брат Ахмед Тлупов в 2014 году уехал в Сирию.\n\n"
            "— Когда Ахмед уехал?\n— В октябре 2014-го. Сказал, что едет учиться.\n",
            "Ахмед Тлупов",
            "2014-10",
        ),
        (
            "Konya, 5 Mart 2025\n\nOğlu Burak Kaya 2015'te Suriye'ye gitti.\n\n"
            "— Burak ne zaman gitti?\n— 2015 Haziran'ında. Bir daha gelmedi.\n",
            "Burak Kaya",
            "2015-06",
        ),
        (
            "Antwerp, 5 March 2025\n\nHer son Jonas Peeters went to Syria in 2014.\n\n"
            "Q: When did Jonas leave?\nA: In April 2014. He said he was going to a "
            "wedding.\n",
            "Jonas Peeters",
            "2014-04",
        ),
    ],
)
def test_an_answer_to_when_someone_went_dates_the_journey(text: str, name: str, value: str) -> None:
    assert _events(text)[name]["travelled"] == value


def test_an_answer_of_another_year_does_not_replace_the_texts_date() -> None:
    text = (
        "Antwerp, 5 March 2025\n\nHer son Jonas Peeters went to Syria in 2014.\n\n"
        "Q: When did Jonas leave?\nA: In April 2013, I think.\n"
    )
    assert _events(text)["Jonas Peeters"]["travelled"] == "2014"
