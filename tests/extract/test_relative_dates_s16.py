"""The year before last: "в позапрошлом году", "the year before last", "evvelki yıl" date
an event two years before the document's own year."""

from __future__ import annotations

from ffdb.extract import extract_document
from ffdb.extract.date_relative import relative_years
from ffdb.extract.dates import find_dates


def _dates(text: str, published: str) -> dict[str, dict[str, str | None]]:
    records = extract_document(text, published=published).records()
    return {
        r["name"]: {e["status"]: e.get("date") for e in r["events"]}
        for r in records
        if r["type"] == "person"
    }


def test_the_year_before_last_in_each_language() -> None:
    for text in (
        "Он уехал в позапрошлом году.",
        "Это случилось позапрошлого года осенью.",
        "He left the year before last.",
        "Evvelki yıl gitti.",
        "O, ötən ildən əvvəlki ildə getdi.",
    ):
        found = relative_years(text, "2016-05-03")
        assert [y for _, _, y in found] == ["2014"], text


def test_last_year_is_still_one_year_back() -> None:
    found = relative_years("В прошлом году он вернулся, а в позапрошлом году уехал.", "2016-05-03")
    assert [y for _, _, y in found] == ["2015", "2014"]


def test_an_event_the_year_before_last() -> None:
    text = (
        "3 мая 2016 года\n\n"
        "Житель Хасавюрта Ахмед Гасанов уехал в Сирию в позапрошлом году, сообщили в полиции.\n"
    )
    assert _dates(text, "2016-05-03")["Ахмед Гасанов"].get("travelled") == "2014"


def test_may_of_this_or_last_year_keeps_its_month() -> None:
    for text, value in (
        ("O, bu ilin may ayında getdi.", "2016-05"),
        ("O, keçən ilin may ayında getdi.", "2015-05"),
        ("O, ötən ilin mart ayında saxlanılıb.", "2015-03"),
        ("O, bu yılın mayıs ayında gitti.", "2016-05"),
        ("Он уехал в мае этого года.", "2016-05"),
        ("He left in May this year.", "2016-05"),
    ):
        assert [s.value for s in find_dates(text, doc_date="2016-09-03")] == [value], text
