"""Event dates counted from the date told before ("that same month", "в тот же месяц",
"həmin ayda", "aynı ayda", "a year on", "годом позже"), Hijri months with their year,
each item of a martyr list dated by its own line, custody on arrival dated by the return
the lead tells of, on short fictional texts in the four languages."""

from __future__ import annotations

from ffdb.extract.dates import find_dates
from support import events_by_name


def _events(text: str, published: str | None = "2017-03-14") -> dict[str, dict[str, str | None]]:
    return events_by_name(text, published=published)


def test_that_same_month_takes_the_month_told_before_en() -> None:
    text = (
        "Tural Nasirli was killed in January 2015. His neighbour Vugar Qasimli was "
        "wounded at Kobani that same month.\n"
    )
    assert _events(text)["Vugar Qasimli"]["injured"] == "2015-01"


def test_the_same_month_in_russian_azerbaijani_turkish() -> None:
    ru = (
        "Алим Карданов погиб в январе 2015 года. В тот же месяц его брат Аслан Карданов "
        "был ранен.\n"
    )
    az = (
        "Elnur Qasımlı 2015-ci ilin yanvarında öldürülüb. Qardaşı Vüqar Qasımlı həmin ayda "
        "yaralanıb.\n"
    )
    tr = "Yusuf Kaya Ocak 2015'te öldürüldü. Kardeşi Emre Kaya aynı ayda yaralandı.\n"
    assert _events(ru)["Аслан Карданов"]["injured"] == "2015-01"
    assert _events(az)["Vüqar Qasımlı"]["injured"] == "2015-01"
    assert _events(tr)["Emre Kaya"]["injured"] == "2015-01"


def test_that_same_year_and_that_very_day() -> None:
    year = "Tural Nasirli was killed in 2015. Vugar Qasimli was wounded that same year.\n"
    day = "Tural Nasirli was detained in Baku on 3 May 2016. He was arrested that very day.\n"
    assert _events(year)["Vugar Qasimli"]["injured"] == "2015"
    assert _events(day)["Tural Nasirli"]["arrested"] == "2016-05-03"


def test_the_same_year_in_azerbaijani_and_russian() -> None:
    az = "Elnur Qasımlı 2015-ci ildə öldürülüb. Qardaşı Vüqar Qasımlı eyni ildə yaralanıb.\n"
    ru = "Алим Карданов погиб в 2015 году. Аслан Карданов был ранен в тот же год.\n"
    assert _events(az)["Vüqar Qasımlı"]["injured"] == "2015"
    assert _events(ru)["Аслан Карданов"]["injured"] == "2015"


def test_a_year_on_counts_from_the_year_told_before() -> None:
    ru = "Айдар Гарипов уехал в Сирию в 2018 году. Годом позже он был задержан в Турции.\n"
    en = "Aidar Garipov left for Syria in 2018. A year on, he was detained in Turkey.\n"
    tr = "Yusuf Kaya 2015 yılında Suriye'ye gitti. Ertesi yıl gözaltına alındı.\n"
    assert _events(ru)["Айдар Гарипов"]["detained"] == "2019"
    assert _events(en)["Aidar Garipov"]["detained"] == "2019"
    assert _events(tr)["Yusuf Kaya"]["detained"] == "2016"


def test_a_month_later_in_russian() -> None:
    text = "Айдар Гарипов уехал в Сирию в марте 2018 года. Месяцем позже он был ранен.\n"
    assert _events(text)["Айдар Гарипов"]["injured"] == "2018-04"


def _values(text: str, language: str) -> list[str]:
    return [d.value for d in find_dates(text, "2017-11-10", language)]


def test_a_hijri_month_with_its_year_is_the_gregorian_year() -> None:
    assert _values("Он погиб в месяце Сафар 1439 года.", "ru") == ["2017"]
    assert _values("1436-cı ilin Şaban ayında yaralanıb.", "az") == ["2015"]
    assert _values("Safer 1438'de Musul'da öldü.", "tr") == ["2016"]
    assert _values("He was killed in Ramadan of 1436.", "en") == ["2015"]


def test_a_hijri_date_glossed_in_brackets_is_the_gregorian_one() -> None:
    assert _values("killed on 14 Rajab 1440 (21 March 2019) near Khan Shaykhun", "en") == [
        "2019-03-21"
    ]


def test_a_name_and_a_number_are_no_hijri_date() -> None:
    assert _values("Ramazan Əliyev 1436 manat ödəyib.", "az") == []
    assert _values("Рамазан Алиев, 1439 человек", "ru") == []


def test_each_item_of_a_martyr_list_takes_its_own_date() -> None:
    text = (
        '"Cənub Xəbərləri", 20 iyul 2015\n\n'
        "Telegram kanalı dünən iki azərbaycanlının öldürüldüyünü elan edib.\n\n"
        '"Qardaşlarımız şəhadətə qovuşdular:\n'
        "- Əbu Mənsur (Cəlal Hüseynli), Masallı, 1436-cı il Ramazan ayının 27-si "
        "(14 iyul 2015), Həsəkə cəbhəsində;\n"
        "- Əbu Təlhə (Samir Rəsulov), Lənkəran, 1436-cı ilin Şəvval ayında, Kobani "
        'ətrafında".\n'
    )
    events = _events(text, "2015-07-20")
    assert events["Cəlal Hüseynli"]["killed"] == "2015-07-14"
    assert events["Samir Rəsulov"]["killed"] == "2015"


def test_each_item_of_a_martyr_list_takes_its_own_date_ru_en() -> None:
    ru = (
        "«Северный монитор», 10 ноября 2017 года\n\n"
        "В канале в среду появилось сообщение о гибели двух боевиков.\n\n"
        "«Пали шахидами наши братья:\n"
        "— Абу Умар (Алим Тхакахов), из Нальчика, 17 Сафара 1439 года (6 ноября 2017 года) "
        "в горах Латакии;\n"
        "— Халид (Заур Баттаев), из Тырныауза, в месяце Сафар 1439 года».\n"
    )
    en = (
        "MONITOR DESK, 24 March 2019\n\n"
        "A channel on Friday announced the deaths of two fighters.\n\n"
        "Our brothers were martyred:\n"
        "- Abu Muslim (Sardor Karimov), from Andijan, on 14 Rajab 1440 (21 March 2019);\n"
        "- Abu Dawud (Jasur Nazarov), from Osh, on 2 March 2019.\n"
    )
    ru_events = _events(ru, "2017-11-10")
    assert ru_events["Алим Тхакахов"]["killed"] == "2017-11-06"
    assert ru_events["Заур Баттаев"]["killed"] == "2017"
    en_events = _events(en, "2019-03-24")
    assert en_events["Sardor Karimov"]["killed"] == "2019-03-21"
    assert en_events["Jasur Nazarov"]["killed"] == "2019-03-02"


def test_custody_on_arrival_takes_the_return_the_lead_dates() -> None:
    text = (
        '"Ailə və Cəmiyyət" jurnalı, 24 sentyabr 2025\n\n'
        "Ötən ay İraqdan repatriasiya olunan 11 qadın və 28 uşaq arasında Sumqayıt doğumlu "
        "Günel Həsənova da var idi.\n\n"
        "Dövlət Komitəsinin nümayəndəsi bildirdi ki, qayıdan qadınlar barəsində araşdırma "
        'aparılır. "Onlardan ikisi – Lalə Quliyeva və Aynur Rəsulova – ölkəyə çatan kimi '
        'saxlanılıb", – deyə o qeyd edib.\n'
    )
    events = _events(text, None)
    assert events["Lalə Quliyeva"]["detained"] == "2025-08"


def test_an_outlet_named_with_its_kind_heads_a_dateline() -> None:
    text = '"Yeni Həyat" qəzeti, 24 sentyabr 2025\n\nOnu ötən ay saxlayıblar.\n'
    assert [d.value for d in find_dates(text)] == ["2025-09-24", "2025-08"]


def test_the_same_night_is_of_the_day_told_not_of_a_season_told_since() -> None:
    tr = (
        "Yayın tarihi: 2 Temmuz 2016\n\n"
        "Kardeşimiz Emrah Kaya, 24 Haziran gecesi Menbic'te şehit düştü.\n\n"
        "Kardeşlerin anlattığına göre 2015 yazında bacağından yaralanmıştı.\n\n"
        "Aynı gece, kardeşimiz Ebu Hamza ed-Dağıstani de yanında şehit oldu.\n"
    )
    en = (
        "Posted 2 July 2016\n\nOur brother Emrah Kaya was martyred near Manbij on 24 June. "
        "He had been wounded in the summer of 2015.\n\n"
        "That same night our brother Abu Hamza al-Dagestani was martyred beside him.\n"
    )
    assert _events(tr, None)["Ebu Hamza ed-Dağıstani"]["killed"] == "2016-06-24"
    assert _events(en, None)["Abu Hamza al-Dagestani"]["killed"] == "2016-06-24"


def test_the_same_day_after_a_month_keeps_the_month() -> None:
    text = (
        "Bakı, 8 noyabr 2022\n\nRüstəm Mirzəyev ötən ilin mayında Türkiyədən ekstradisiya "
        "edilib və elə həmin gün həbs olunub.\n"
    )
    assert _events(text, None)["Rüstəm Mirzəyev"]["arrested"] == "2021-05"
