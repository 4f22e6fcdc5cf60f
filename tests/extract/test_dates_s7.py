"""Event dates of the seventh session, on short fictional texts in en/ru/az/tr: the day
of a lead that names two, a court's decision told after a custody, warrants and verdicts
of a court report, an episode named again, the last of several wounds, counts from a
date told before ("within weeks", "the next spring", "six years ago", "в прошлом марте"),
a timeline's "2013, aprel", a state "since" a year, and custody on arrival."""

from __future__ import annotations

import pytest

from ffdb.extract.dates import find_dates
from support import events_by_name


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, title="")


def _values(text: str, doc_date: str, language: str) -> list[str]:
    return [d.value for d in find_dates(text, doc_date, language)]


def test_a_lead_with_two_days_gives_each_event_its_own() -> None:
    text = (
        "KAYSERİ, 12 Mayıs 2022 (Orta Haber) - Kayseri'de cuma günü gözaltına alınan 3 "
        "şüpheliden 2'si dün tutuklandı.\n\nŞüphelilerden Orhan Tekin ve Sinan Ülker, "
        "sevk edildikleri hakimlikçe tutuklandı. Cemil Oral ise adli kontrol şartıyla "
        "serbest bırakıldı.\n"
    )
    events = _events(text)
    assert events["Orhan Tekin"]["arrested"] == "2022-05-11"
    assert events["Cemil Oral"]["released"] == "2022-05-11"


def test_a_wound_in_a_later_paragraph_is_of_the_day_the_lead_tells_of_deaths() -> None:
    text = (
        "«Вестник гор» | Telegram\n15 марта 2023\n\nВчера в селе Ахты похоронили Тимура "
        "Рашидова, убитого в понедельник в ходе спецоперации в Дербенте.\n\nЕго напарник "
        "Камиль Алиханов получил ранение и был задержан на месте.\n"
    )
    events = _events(text)
    assert events["Камиль Алиханов"] == {"injured": "2023-03-13", "detained": "2023-03-13"}


def test_an_arrest_told_after_the_custody_of_the_lead_keeps_the_month() -> None:
    text = (
        "18 Mart 2022 — RİZE\n\nRize'de dün bir evde yapılan aramada jandarma 3 kişiyi "
        "gözaltına aldı.\n\nGözaltına alınan 3 kişiden Yavuz Kaplan, sevk edildiği "
        "mahkemece tutuklandı.\n"
    )
    assert _events(text)["Yavuz Kaplan"]["arrested"] == "2022-03"


def test_a_warrant_and_a_verdict_of_a_court_report_are_of_the_hearing() -> None:
    text = (
        "Tarih: 9 Mart 2023\n\nSamsun 2. Ağır Ceza Mahkemesi'nde görülen davada karar dün "
        "açıklandı.\n\nMahkeme, Kerim Yalçın'a 6 yıl hapis cezası verdi. Suriye'ye 2015'te "
        "gittiği belirlenen Yalçın tutuklu kaldı.\n\nFirari sanık Nodir Rasulov hakkında "
        "ise yakalama kararı çıkarıldı.\n"
    )
    assert _events(text)["Nodir Rasulov"] == {"wanted": "2023-03-08"}
    english = (
        "SKOPJE, 14 May 2020 - A court on Wednesday sentenced three men who had fought "
        "for Islamic State in Syria.\n\nAgron Leka, 33, travelled to Syria in 2014. "
        "Besart Dema, 29, was sentenced to five years for membership of IS.\n"
    )
    assert _events(english)["Besart Dema"]["sentenced"] == "2020-05-13"


def test_the_same_attack_is_the_one_named_before_not_an_older_death() -> None:
    text = (
        "[Telegram channel — post of 4 March 2022]\n\nOur brother Abu Talib (Rizvan "
        "Daudov) was martyred, as we reckon him, yesterday while repelling an attack "
        "on a post near Idlib. His brother Isa was killed in Raqqa in 2016.\n\nIn the same "
        "attack our brother Yunus Kerimov was wounded in the arm.\n"
    )
    events = _events(text)
    assert events["Rizvan Daudov"]["killed"] == "2022-03-03"
    assert events["Yunus Kerimov"] == {"injured": "2022-03-03"}
    az = (
        "[Telegram, 12.05.2021]\n\nQardaşımız Ramil Quliyev dünən Həma yaxınlığında "
        "artilleriya atəşi nəticəsində şəhid oldu. Onun qardaşı 2016-cı ildə şəhid "
        "olmuşdu.\n\nEyni atəş nəticəsində qardaşımız Vüqar Səmədov yaralandı.\n"
    )
    assert _events(az)["Vüqar Səmədov"] == {"injured": "2021-05-11"}


def test_the_last_of_several_wounds_dates_the_wound() -> None:
    text = (
        "Daniel Ortmann went to Syria in 2013. He was wounded twice, the last time in "
        "Hama in the spring of 2017, and returned to the front.\n"
    )
    assert _events(text)["Daniel Ortmann"]["injured"] == "2017"


@pytest.mark.parametrize(
    ("text", "doc_date", "language", "want"),
    [
        ("She left in October 2015. Within weeks she was in Raqqa.", None, "en", "2015"),
        ("He was held in May 2017 and sentenced the next spring.", None, "en", "2018"),
        ("He was held in January 2017 and tried the following summer.", None, "en", "2017"),
        ("Шесть лет назад она уехала в Сирию.", "2021-03-02", "ru", "2015"),
        ("В прошлом марте он вернулся домой.", "2019-08-10", "ru", "2019-03"),
        ("2014, aprel – Suriyaya gedir.", None, "az", "2014-04"),
    ],
)
def test_counted_and_relative_dates(
    text: str, doc_date: str | None, language: str, want: str
) -> None:
    assert _values(text, doc_date, language)[-1] == want


def test_more_than_some_years_ago_is_no_year() -> None:
    assert _values("He left more than six years ago.", "2021-03-02", "en") == []


def test_a_journey_counted_from_the_sentence_before_is_dated() -> None:
    text = (
        "Shpend Gashi, 58, lives in Prizren. Her son Arben Gashi told her in March 2014 "
        "that he had found work in Istanbul. He crossed into Syria a few weeks later and "
        "joined Islamic State.\n"
    )
    assert _events(text)["Arben Gashi"]["travelled"] == "2014"


def test_a_state_since_a_year_does_not_date_a_wound() -> None:
    text = (
        "Şam Haber\n3 Nisan 2018 · 20:15\n\nKardeşimiz Ebu Hasan (Murat Kılıç) dün "
        "Afrin'de girdiği çatışmada şehid oldu.\n\nAynı çatışmada 2015'ten beri "
        "saflarımızda bulunan Alman muhacir kardeşimiz Jan Keller de yaralandı.\n"
    )
    assert _events(text)["Jan Keller"] == {"injured": "2018-04-02"}


def test_custody_at_the_airport_is_of_the_return_the_lead_tells() -> None:
    text = (
        "Bakı, 9 mart 2022 — Suriyadan daha 3 qadın dünən xüsusi reyslə Bakıya "
        "gətirilib.\n\nQadınların hər biri 2019-cu ildə İraqda məhkum edilib. Onlardan "
        "biri — Lalə Rzayeva — Bakı Hava Limanında saxlanılıb.\n"
    )
    assert _events(text)["Lalə Rzayeva"]["detained"] == "2022-03-08"


def test_a_participle_of_the_same_journey_dates_it() -> None:
    text = (
        "Sivaslı Zehra Aksoy anlattı. 2016 yılının martında sınırı geçen Aksoy, "
        "Rakka'ya yerleşti.\n"
    )
    assert _events(text)["Zehra Aksoy"]["travelled"] == "2016-03"


def test_a_when_clause_after_the_verb_dates_it() -> None:
    text = (
        "Amina Yusuf, 30, from Leeds, went to Syria in 2015. She was detained by the Kurds "
        "when Baghouz fell in March 2019.\n"
    )
    assert _events(text)["Amina Yusuf"]["detained"] == "2019-03"


def test_a_warrant_issued_in_a_year_dates_the_wanted_status() -> None:
    text = (
        "Pieter Claes, 31, from Ghent, left for Syria in 2014. A European arrest warrant "
        "was issued against him in 2019 and he remains wanted.\n"
    )
    assert _events(text)["Pieter Claes"]["wanted"] == "2019"
