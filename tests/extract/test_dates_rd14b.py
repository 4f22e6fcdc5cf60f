"""Event dates of the fourteenth session (second round), on short fictional texts: a
timeline under year headings ("2013" on a line of its own) dates its lines' months and
days, and the events they tell with no date of their own, by the heading's year, not by
the report's; a lead that brings people home in the active voice ("flew home",
"qaytarıb", "geri getirdi", "вернула") dates the custody on arrival of one of them told
later, and a "since 2022" in it dates no flight; a journey shared with someone "in the
same convoy" ("aynı kafilede", "eyni qrupla"), or "with mine" ("с моими"), takes the
date of theirs; a route told as "first ..., then ..." is dated by its start."""

from __future__ import annotations

import pytest

from ffdb.extract.dates import find_dates
from support import events_by_name


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, title="")


_TIMELINES: list[tuple[str, str, str, str]] = [
    (
        "Timeline of a cell\nNorth Review | 12 October 2023\n\n2013\nIn November, Harun "
        "Tasliyev travels to Syria via Istanbul.\n\n2016\nTasliyev is detained in Gaziantep "
        "in May. He is arrested later.\n\n2020\nTasliyev is sentenced to eight years.\n",
        "Harun Tasliyev",
        "travelled",
        "2013-11",
    ),
    (
        "Хроника\nЦентр исследований, 20 сентября 2022 г.\n\n2014\nЖитель Баксана Аслан "
        "Жемухов задержан 11 октября.\n\n2016\nСуд приговаривает Жемухова к пяти годам.\n",
        "Аслан Жемухов",
        "detained",
        "2014-10-11",
    ),
    (
        "Xronologiya\nŞimal Tədqiqat Qrupu, 5 avqust 2022\n\n2015\nNoyabrda Elşən Qasımov "
        "Suriyaya gedir.\n\n2019\nQasımov Azərbaycana qaytarılır.\n",
        "Elşən Qasımov",
        "travelled",
        "2015-11",
    ),
    (
        "Zaman Çizelgesi\nAnadolu Araştırma Vakfı, 3 Mart 2022\n\n2016\nOğuzhan Kalkan, 12 "
        "Kasım'da Kayseri'de gözaltına alındı.\n\n2019\nKalkan'a 10 yıl hapis cezası "
        "verildi.\n",
        "Oğuzhan Kalkan",
        "detained",
        "2016-11-12",
    ),
]


@pytest.mark.parametrize(("text", "name", "status", "value"), _TIMELINES)
def test_a_month_under_a_year_heading_is_of_that_year(
    text: str, name: str, status: str, value: str
) -> None:
    assert _events(text)[name][status] == value


@pytest.mark.parametrize(
    ("text", "name", "status", "value"),
    [
        (_TIMELINES[0][0], "Harun Tasliyev", "arrested", "2016"),
        (_TIMELINES[0][0], "Harun Tasliyev", "sentenced", "2020"),
        (_TIMELINES[1][0], "Аслан Жемухов", "sentenced", "2016"),
        (_TIMELINES[2][0], "Elşən Qasımov", "returned", "2019"),
        (_TIMELINES[3][0], "Oğuzhan Kalkan", "sentenced", "2019"),
    ],
)
def test_an_undated_line_under_a_year_heading_takes_its_year(
    text: str, name: str, status: str, value: str
) -> None:
    assert _events(text)[name][status] == value


def test_a_lone_year_line_makes_no_timeline() -> None:
    text = "Notes\n\n2014\nIn November he spoke to reporters.\n"
    assert [d.value for d in find_dates(text, "2023-09-18")] == ["2014", "2022-11"]


def test_a_short_heading_ends_the_last_years_reach() -> None:
    text = (
        "Timeline\n\n2013\nHe travels.\n\n2015\nHe is wounded.\n\nCurrent status\n"
        "In March his lawyer spoke.\n"
    )
    assert [d.value for d in find_dates(text, "2023-09-18")][-1] == "2023-03"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wire, 14 March 2025\n\nDUSHANBE — Tajikistan flew home 30 women from camps in "
            "Syria on Thursday, in the largest repatriation since 2021.\n\nOfficials spoke "
            "at length.\n\nA second returnee, Nigora Azimova, 31, was detained on arrival.\n",
            "Nigora Azimova",
        ),
        (
            "Xəbər, 14 mart 2025\n\nQazaxıstan dünən Suriyadan 25 vətəndaşını ölkəyə "
            "qaytarıb.\n\nRəsmilər açıqlama verib.\n\nOnlardan biri, Aynur Səlimova, "
            "hava limanında saxlanılıb.\n",
            "Aynur Səlimova",
        ),
    ],
)
def test_custody_on_arrival_takes_the_day_the_lead_brought_them_home(text: str, name: str) -> None:
    assert _events(text)[name]["detained"] == "2025-03-13"


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        (
            "Kaşgarlı Yusuf Tohti, 2015 yılında Suriye'ye geçti. Tohti'yle aynı kafilede "
            "Suriye'ye giden Hotanlı Ekrem Nuri ise öldü.\n",
            "Ekrem Nuri",
            "2015",
        ),
        (
            "Prizrenli Adem Gashi, 2014 yılında Suriye'ye giderek DEAŞ'a katıldı. Gashi'nin "
            "Suriye'ye birlikte gittiği kuzeni Blerim Gashi ise öldürüldü.\n",
            "Blerim Gashi",
            "2014",
        ),
    ],
)
def test_a_journey_in_the_same_convoy_takes_the_date_of_theirs(
    text: str, name: str, value: str
) -> None:
    assert _events(text)[name]["travelled"] == value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kaşgarlı Yusuf Tohti, 2014 yılında eşiyle önce Tayland, ardından Türkiye "
            "üzerinden Suriye'ye geçti.\n",
            "Yusuf Tohti",
        ),
        (
            "In 2014 Daniel Kerr first flew to Antalya, then crossed into Syria.\n",
            "Daniel Kerr",
        ),
    ],
)
def test_a_route_of_legs_is_dated_by_its_start(text: str, name: str) -> None:
    assert _events(text)[name]["travelled"] == "2014"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Her brother, Farrukh Nazarov, travelled to Syria in 2014 and has been wanted by "
            "police ever since.\n",
            "Farrukh Nazarov",
        ),
        (
            "Брат Тимур Ахмедов уехал в Сирию в 2014 году и с тех пор находится в розыске.\n",
            "Тимур Ахмедов",
        ),
        (
            "Qardaşı Rövşən Əliyev 2014-cü ildə Suriyaya gedib və o vaxtdan bəri axtarışdadır.\n",
            "Rövşən Əliyev",
        ),
        (
            "Kardeşi Serdar Kaya 2014 yılında Suriye'ye gitti ve o zamandan beri aranıyor.\n",
            "Serdar Kaya",
        ),
    ],
)
def test_wanted_ever_since_a_journey_takes_its_date(text: str, name: str) -> None:
    assert _events(text)[name]["wanted"] == "2014"
