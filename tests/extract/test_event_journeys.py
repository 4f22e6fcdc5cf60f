"""Journeys to the war told without a destination, by arrival, crossing or stay, and for
several people at once (`event_journeys` and the journey rows of `data/events.tsv`)."""

from __future__ import annotations

import pytest

from support import events_by_name


def _travelled(text: str, language: str) -> dict[str, str | None]:
    """Each person's journey date (absent: no journey)."""
    found = events_by_name(text, language=language, published="2020-01-01")
    return {name: events["travelled"] for name, events in found.items() if "travelled" in events}


# A verb of leaving with no destination, in an article that speaks of Syria
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Seven men from Qusar went to Syria. Zakir Mammadli, a taxi driver, left in "
            "August 2014 with his neighbour Farid Abbasov.",
            "en",
            {"Zakir Mammadli": "2014-08", "Farid Abbasov": "2014-08"},
        ),
        (
            "Many young men from Kičevo fought in Syria. The first to go was Ilir Ramadani.",
            "en",
            {"Ilir Ramadani": None},
        ),
        (
            "Ruslan Umarov fought in Syria. Arsen Umarov had left a year earlier, in 2013.",
            "en",
            {"Arsen Umarov": "2013"},
        ),
        (
            "Из Губдена в Сирию уехали шестеро. Первыми уехали братья Магомед и Шамиль Гаджиевы.",
            "ru",
            {"Магомед Гаджиев": None, "Шамиль Гаджиев": None},
        ),
        (
            "Муж воевал в Сирии. Ильдар Хасанов уехал первым, в начале 2015 года.",
            "ru",
            {"Ильдар Хасанов": "2015"},
        ),
        (
            "Kənddən Suriyaya doqquz gənc gedib. Daha iki oğlan - Ramazan Əliyev və Murad "
            "Hacıyev 2014-cü ildə getdi.",
            "az",
            {"Ramazan Əliyev": "2014", "Murad Hacıyev": "2014"},
        ),
        (
            "Adıyaman'dan 12 genç Suriye'ye gitti. İlk giden, Adıyaman doğumlu Halil Karakuş oldu.",
            "tr",
            {"Halil Karakuş": None},
        ),
        (
            "Kemal Sarıkaya Suriye'de savaştı. Kardeşi Hasan Sarıkaya da 2015'te yanına gitti.",
            "tr",
            {"Hasan Sarıkaya": "2015"},
        ),
    ],
)
def test_a_departure_without_destination_is_a_journey(
    text: str, language: str, expected: dict[str, str | None]
) -> None:
    found = _travelled(text, language)
    for name, date in expected.items():
        assert found.get(name, "absent") == date, found


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # no war in the article: leaving is no journey to it
        (
            "Zakir Mammadli left in August 2014 with his neighbour Farid Abbasov.",
            "en",
            "Zakir Mammadli",
        ),
        # a destination or an object is for the cues to judge
        ("Syria was at war. Zakir Mammadli left his family in 2014.", "en", "Zakir Mammadli"),
        (
            "В Сирии шла война. Ильдар Хасанов уехал на заработки в 2015 году.",
            "ru",
            "Ильдар Хасанов",
        ),
        (
            "Suriyada müharibə gedirdi. Ramazan Əliyev 2014-cü ildə işə getdi.",
            "az",
            "Ramazan Əliyev",
        ),
        ("Suriye'de savaş vardı. Hasan Sarıkaya 2015'te askere gitti.", "tr", "Hasan Sarıkaya"),
        # an idiom of death, a visit to a relative, a speaker
        (
            "Suriyada müharibə gedirdi. Həyat yoldaşım Elxan Əliyev rəhmətə gedib.",
            "az",
            "Elxan Əliyev",
        ),
        (
            "Suriyada müharibə gedirdi. Vəkil Elçin Bağırov deyib ki, müştərisi bacısının "
            "yanına gedib.",
            "az",
            "Elçin Bağırov",
        ),
        # negated
        ("Syria was at war. Zakir Mammadli never left in the end.", "en", "Zakir Mammadli"),
        ("В Сирии шла война. Ильдар Хасанов не уехал, в 2015 году.", "ru", "Ильдар Хасанов"),
    ],
)
def test_no_journey_without_war_with_a_destination_or_negated(
    text: str, language: str, name: str
) -> None:
    assert name not in _travelled(text, language)


# Arriving, crossing, joining someone there, staying there
@pytest.mark.parametrize(
    ("text", "language", "name", "date"),
    [
        (
            "Timur Dzhabrailov, a native of Urus-Martan, fought in both Chechen wars before "
            "reaching Syria in 2012.",
            "en",
            "Timur Dzhabrailov",
            "2012",
        ),
        ("His wife, Alsu Galiullina, joins him in Raqqa in 2014.", "en", "Alsu Galiullina", "2014"),
        ("Ahmed Babayev spent two years in Syria.", "en", "Ahmed Babayev", None),
        ("Ahmet Yılmaz 2014'te Kilis'ten sınırı geçti.", "tr", "Ahmet Yılmaz", "2014"),
        ("Elşən Quliyev 2013-cü ildə sərhədi keçib.", "az", "Elşən Quliyev", "2013"),
        (
            "Руслан Исаев в 2014 году перешёл турецко-сирийскую границу.",
            "ru",
            "Руслан Исаев",
            "2014",
        ),
        (
            "Kazan doğumlu Rüstem Zakirov'un 2014'ten bu yana Suriye'de bulunduğu tahmin ediliyor.",
            "tr",
            "Rüstem Zakirov",
            "2014",
        ),
        (
            "Хамзат Бардошвили в 2014 году провёл в Сирии несколько месяцев.",
            "ru",
            "Хамзат Бардошвили",
            "2014",
        ),
        ("Orhan Demir Suriye'de iki yıl kaldı.", "tr", "Orhan Demir", None),
        (
            "Sevinc Həşimova 2014-cü ildə ərinin arxasınca Suriyaya getmişdi.",
            "az",
            "Sevinc Həşimova",
            "2014",
        ),
        ("Fatma Kaya 2014'te kocasının peşinden Suriye'ye gitti.", "tr", "Fatma Kaya", "2014"),
    ],
)
def test_arrival_crossing_and_stay_are_journeys(
    text: str, language: str, name: str, date: str | None
) -> None:
    assert _travelled(text, language).get(name, "absent") == date


# One journey told for several people named before
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Elçin Səfərov və Cavid Səfərov Şəkidən idi. İkisi də 2014-cü ildə Suriyaya gedib.", "az"),
        (
            "Elçin Səfərov və Cavid Səfərov Şəkidən idi. Hər ikisi 2014-cü ildə Suriyaya keçib.",
            "az",
        ),
        ("Ali Kaya ve Veli Kaya Konyalı. İkisi de 2014'te Suriye'ye gitti.", "tr"),
        ("Ахмед Исаев и Магомед Исаев родом из Хасавюрта. Оба уехали в Сирию в 2014 году.", "ru"),
        ("Murad Aliyev and Rashad Aliyev are from Qusar. The two went to Syria in 2014.", "en"),
    ],
)
def test_a_journey_of_both_is_each_ones(text: str, language: str) -> None:
    found = _travelled(text, language)
    assert len(found) == 2 and set(found.values()) == {"2014"}, found


# The subject told first, its companions listed before the verb: both went
@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Ağustos 2014 — Kemal Sarıkaya, eşi Fatma Sarıkaya ve iki çocuğuyla birlikte "
            "Kilis'ten sınırı geçerek Suriye'ye gitti.",
            "tr",
            {"Kemal Sarıkaya": "2014-08", "Fatma Sarıkaya": "2014-08"},
        ),
        (
            "Sumqayıt sakini Rəşad Quliyev 2013-cü ilin yazında iki yaxın dostu - Vüqar "
            "Hacıyev və Elnur Səmədovla birlikdə İstanbul üzərindən Suriyaya keçib.",
            "az",
            {"Rəşad Quliyev": "2013", "Vüqar Hacıyev": "2013"},
        ),
    ],
)
def test_the_subject_before_listed_companions_travelled_too(
    text: str, language: str, names: dict[str, str]
) -> None:
    found = _travelled(text, language)
    for name, date in names.items():
        assert found.get(name, "absent") == date, found


def test_a_speaker_before_a_companion_is_no_traveller() -> None:
    found = _travelled(
        "Fərid Əliyev dedi ki, oğlu Tural Əliyev dostu Murad Həsənov ilə birlikdə Suriyaya gedib.",
        "az",
    )
    assert "Fərid Əliyev" not in found and "Tural Əliyev" in found
