"""Status events, fourteenth session, second round (fictional people and sentences): a
Turkish timeline told in the aorist ("2014 — Suriye'ye geçer"); a journey made "with his
wife" whose wife the text names elsewhere; those on board a repatriation flight, on the
day the lead tells of it."""

from __future__ import annotations

from support import events_by_name


def _events(text: str, language: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, language=language)


def _person(events: dict[str, dict[str, str | None]], stem: str) -> dict[str, str | None]:
    return next((e for name, e in events.items() if stem in name), {})


_TIMELINE_TR = (
    "Kronoloji: Bir Sivas grubunun hikâyesi\n"
    "Analiz Merkezi, 10 Şubat 2023\n\n"
    "2014\n"
    "Sivaslı Emre Yalçın ve arkadaşı Okan Tuna, Haziran ayında Suriye'ye geçerler.\n\n"
    "2016 — Yalçın, Rakka'da yaralanır.\n\n"
    "2018 — Yalçın, Deyrizor'da öldürülür.\n\n"
    "Geçen yıl — Tuna, Hatay'da gözaltına alınır ve iki gün sonra tutuklanır.\n"
)
_HABIT_TR = (
    "Haber Merkezi, 3 Mart 2023\n\n"
    "Annesi Fadime Kurt, oğlu Serdar Kurt'tan haber alamıyor. \"Bir anne evladının olduğu "
    'yere gider. Serdar da bunu bilir" diyor.\n'
)


def test_a_turkish_timeline_tells_its_events_in_the_aorist() -> None:
    events = _events(_TIMELINE_TR, "tr")
    assert "travelled" in _person(events, "Yalçın")
    assert "travelled" in _person(events, "Tuna")
    assert _person(events, "Yalçın").get("injured") == "2016"
    assert _person(events, "Yalçın").get("killed") == "2018"
    # a month without a year takes the year of its entry's heading
    assert _person(events, "Yalçın").get("travelled") == "2014-06"
    assert {"detained", "arrested"} <= set(_person(events, "Tuna"))


def test_an_aorist_off_a_timeline_is_a_habit_not_an_event() -> None:
    events = _events(_HABIT_TR, "tr")
    assert "travelled" not in _person(events, "Serdar")
    assert "travelled" not in _person(events, "Fadime")


_SPOUSE_EN = (
    "Steppe Herald, 4 April 2024\n\n"
    "A court in Almaty sentenced Marat Seitov, 37, to eight years on Tuesday. Seitov "
    "travelled to Syria in 2014 with his wife and two sons.\n\n"
    "His wife, Aliya Seitova, returned in 2019 and was not charged.\n"
)
_SPOUSE_RU = (
    "«Новости Уфы», 4 апреля 2024 года\n\n"
    "Суд приговорил Рустема Гилязова к десяти годам. По данным следствия, Гилязов "
    "выехал в Сирию в 2015 году вместе с женой.\n\n"
    "Супруга Гилязова, Гульнара Гилязова, остаётся в лагере на северо-востоке Сирии.\n"
)
_SPOUSE_AZ = (
    "Xəbər Mərkəzi, 4 aprel 2024\n\n"
    "Məhkəmə Elçin Nağıyevi 9 il müddətinə azadlıqdan məhrum edib. Nağıyev 2015-ci ildə "
    "həyat yoldaşı ilə birlikdə Suriyaya gedib.\n\n"
    "Nağıyevin həyat yoldaşı Lalə Nağıyeva hazırda Bakıda yaşayır.\n"
)
_SPOUSE_TR = (
    "Haber Merkezi, 4 Nisan 2024\n\n"
    "Mahkeme Hakan Bilgin'e 7 yıl hapis cezası verdi. Bilgin, 2014 yılında eşi ve iki "
    "çocuğuyla birlikte Suriye'ye gitti.\n\n"
    "Bilgin'in eşi Merve Bilgin ise Gaziantep'te yaşıyor.\n"
)


def test_a_journey_with_an_unnamed_spouse_is_the_spouses_too() -> None:
    en = _events(_SPOUSE_EN, "en")
    assert _person(en, "Aliya").get("travelled") == "2014"
    ru = _events(_SPOUSE_RU, "ru")
    assert _person(ru, "Гульнар").get("travelled") == "2015"
    az = _events(_SPOUSE_AZ, "az")
    assert _person(az, "Lalə").get("travelled") == "2015"
    tr = _events(_SPOUSE_TR, "tr")
    assert _person(tr, "Merve").get("travelled") == "2014"


_BOARD_EN = (
    "Central Wire, 14 March 2025\n\n"
    "ASTANA — Kazakhstan flew home 30 women and children from camps in Syria on "
    "Thursday, the ministry said.\n\n"
    "Among those on board was Saule Omarova, 31, a native of Taraz, who left for Syria "
    "with her husband in 2015. Her husband, Daniyar Omarov, was killed in 2018.\n"
)


def test_those_on_board_a_flight_home_returned_on_the_leads_day() -> None:
    events = _events(_BOARD_EN, "en")
    assert _person(events, "Saule").get("returned") == "2025-03-13"
    # the journey with her husband is not his return
    assert "returned" not in _person(events, "Daniyar")


_BOARD_RU = (
    "«Кавказ-Новости», 18 декабря 2025 года\n\n"
    "Вчера в Грозный спецрейсом из Эрбиля доставлены 20 детей и пять женщин.\n\n"
    "Среди пассажиров рейса — Хеда Мусаева, 1991 года рождения, уроженка Шали.\n\n"
    "Среди прибывших — двое детей Заремы Алиевой, которая остаётся в тюрьме в Багдаде.\n"
)


def test_those_on_board_in_russian_returned_but_not_a_mother_of_children_on_board() -> None:
    events = _events(_BOARD_RU, "ru")
    assert "returned" in _person(events, "Мусаев")
    assert "returned" not in _person(events, "Алиев")
