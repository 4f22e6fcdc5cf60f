"""Events of people in lists, denied rumours, the news day of a lead, birth years in
brackets and plural subjects, on short fictional texts in en/ru/az/tr."""

from __future__ import annotations

import re

import pytest

from ffdb.extract.dates import find_dates
from ffdb.extract.scan import word_start_regex
from support import events_by_name


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, title="")


def test_a_year_in_brackets_after_a_name_is_a_birth_year() -> None:
    text = (
        "PRISHTINA, 21 April 2019\n\nOn 20 April 2019, police detained five men at the "
        "airport. A sixth man, Arben Kelmendi (1971), from Peja, was also detained at the "
        "airport but was released the same evening.\n"
    )
    assert _events(text)["Arben Kelmendi"] == {"detained": "2019-04-20", "released": "2019-04-20"}


def test_a_birth_year_in_brackets_does_not_hide_the_date_after_it() -> None:
    text = (
        "10.11.2019\n\nXidmətin məlumatı\n\nLənkəran rayon sakini Məmmədov Elçin Nazim oğlu "
        "(1988-ci il təvəllüdlü) 2014-cü ildə Suriyaya getmiş, 2017-ci ildə Azərbaycana "
        "qayıtmışdır.\n"
    )
    assert _events(text)["Elçin Nazim oğlu Məmmədov"] == {"travelled": "2014", "returned": "2017"}


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "İZMİR, 14 Mart 2021 (Haber)\n\nİzmir 3. Ağır Ceza Mahkemesi dün görülen "
            "duruşmada Kerem Aydın hakkında karar verdi. Aydın 8 yıl hapis cezasına "
            "çarptırıldı.\n\nDavada yargılanan Ayşe Tunç ise kararın ardından tahliye edildi.\n",
            "Ayşe Tunç",
            {"released": "2021-03-13"},
        ),
        (
            "Bakı, 15.03.2019\n\nİraqda döyüşən iki nəfər məhkum edilib\n\nDünən Bakı Ağır "
            "Cinayətlər Məhkəməsində hökm oxunub. Sumqayıtdan olan Elvin Qasımov 11 il, "
            "bakılı Orxan Həsənli isə 9 il müddətinə azadlıqdan məhrum edilib.\n",
            "Orxan Həsənli",
            {"sentenced": "2019-03-14"},
        ),
        (
            "TBILISI, 9 June 2019 (Agency) - Georgian police detained a man at the airport "
            "yesterday.\n\nTurkish police caught Levan Beridze in Hatay in May and handed him "
            "over to Georgian officials on Friday.\n",
            "Levan Beridze",
            {"detained": "2019-05", "returned": "2019-06-07"},
        ),
    ],
)
def test_the_news_day_is_the_day_the_lead_names(text: str, name: str, want: dict[str, str]) -> None:
    assert _events(text)[name] == want


def test_an_episode_told_yesterday_dates_the_wound_of_the_same_battle() -> None:
    text = (
        "Sawt (English)\n3 June 2017\n\nOur brother Murad Kerimov was killed yesterday in "
        "the fighting near Raqqa.\n\nHis friend Timur Gadzhiev was wounded in the same "
        "battle. The reports that he too was killed are lies.\n"
    )
    events = _events(text)
    assert events["Murad Kerimov"] == {"killed": "2017-06-02"}
    assert events["Timur Gadzhiev"] == {"injured": "2017-06-02"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Adana, 3 Mart 2022\n\nKonyalı Emre Kaya 2015 yılında Suriye’ye gitti. Geçen yıl "
            "Kaya’nın Rakka’da öldüğü iddia edildi; ancak ailesi bu iddiayı doğrulamadı.\n",
            "Emre Kaya",
        ),
        (
            "ANKARA, 5 Mart 2021\n\nKırıkkaleli Mehmet Sarı, 2014 yılında Suriye’ye geçti. "
            "Sarı’nın 2018’de Rakka’da öldüğü iddia edilmişti, ancak yeni bilgiler "
            "yaşadığını gösteriyor.\n",
            "Mehmet Sarı",
        ),
        (
            "Уроженец Гудермеса Ибрагим Хасанов уехал в Сирию в 2014 году. Летом 2017 года "
            "в соцсетях сообщили о его гибели под Ракой, однако позже выяснилось, что он жив.\n",
            "Ибрагим Хасанов",
        ),
        (
            "Giorgi Baratashvili went to Syria in 2014. In 2016 several channels said that he "
            "had been killed in Raqqa. The reports of his death were false: police detained "
            "him in Batumi in 2019.\n",
            "Giorgi Baratashvili",
        ),
        (
            "Bəzi saytlarda Rauf Həsənovun İraqda öldüyü yazılsa da, ailə bu xəbəri təkzib edib.\n",
            "Rauf Həsənov",
        ),
    ],
)
def test_a_death_said_false_or_unconfirmed_is_no_death(text: str, name: str) -> None:
    assert "killed" not in _events(text)[name]


def test_capture_without_confirmation_is_no_event() -> None:
    text = (
        "Some fighters say that Abu Khalid al-Shami was captured by the Kurds, but we have "
        "no confirmation of this.\n"
    )
    assert _events(text).get("Abu Khalid al-Shami", {}) == {}


def test_the_widow_of_a_dead_fighter_is_not_dead() -> None:
    text = (
        "В 2020 году 30-летняя Зарема Алиева, вдова погибшего в Ираке боевика, вернулась в "
        "Махачкалу.\n"
    )
    assert _events(text)["Зарема Алиева"] == {"returned": "2020"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "SİVAS, 9 Nisan 2021 (Ajans)\n\nPolis dün düzenlediği operasyonda 3 kişiyi "
            "gözaltına aldı.\n\nGözaltına alınanlar arasında, 2015 yılında Irak’a giden "
            "Sivaslı Ahmet Yalçın (31) de bulunuyor.\n",
            "Ahmet Yalçın",
        ),
        (
            "Bakı, 9 aprel 2021\n\nPolis dünən əməliyyat keçirib.\n\nSaxlanılanlar arasında "
            "2015-ci ildə Suriyaya gedən Sumqayıt sakini Elvin Qasımov da var.\n",
            "Elvin Qasımov",
        ),
    ],
)
def test_among_those_detained_is_detained_on_the_news_day(text: str, name: str) -> None:
    assert _events(text)[name] == {"detained": "2021-04-08", "travelled": "2015"}


def test_persons_in_a_list_below_the_cue_share_its_event() -> None:
    text = (
        "SARAJEVO POLICE\nSarajevo, 12.05.2020\n\nOn 11 May 2020, the government "
        "repatriated 25 citizens from camps in Syria.\n\nUpon arrival at the airport, police "
        "detained the following persons:\n\n- Edin Kovač (1985), from Zenica;\n- Haris "
        "Begić (1990), from Tuzla.\n\nThe prosecutor ordered 48-hour detention.\n"
    )
    events = _events(text)
    assert events["Edin Kovač"] == {"detained": "2020-05-11"}
    assert events["Haris Begić"] == {"detained": "2020-05-11"}


def test_a_numbered_list_of_returnees() -> None:
    text = (
        "Bakı, 5 mart 2019 (Agentlik)\n\nSuriyadan daha üç vətəndaş qaytarıldı\n\n"
        "Azərbaycan Suriyadan daha üç vətəndaşını geri qaytarıb. Martın 2-də Bakıya "
        "gətirilənlərin siyahısı belədir:\n\n1. Günel Əliyeva (1990-cı il təvəllüdlü, "
        "Gəncə). 2016-cı ildə Suriyaya gedib.\n\n2. Rəşad Quliyev (1985-ci il təvəllüdlü), "
        "Şəkidən.\n\nQadın sərbəst buraxılıb, Quliyev isə həbs edilib.\n"
    )
    events = _events(text)
    assert events["Günel Əliyeva"] == {"returned": "2019-03-02", "travelled": "2016"}
    assert events["Rəşad Quliyev"] == {"returned": "2019-03-02", "arrested": "2019-03-02"}


@pytest.mark.parametrize(
    ("text", "names", "status", "date"),
    [
        (
            "Махачкала, 6 мая 2021 г.\n\nВ Дербенте 4 мая задержаны Руслан Алиев, Магомед "
            "Гасанов и Ислам Омаров. Все трое арестованы.\n",
            ["Руслан Алиев", "Магомед Гасанов", "Ислам Омаров"],
            "arrested",
            "2021-05-04",
        ),
        (
            "KONYA, 4 Mayıs 2021\n\nPolis dün Ali Demir, Veli Kurt ve Hasan Çelik’i "
            "gözaltına aldı. Üçü de tutuklandı.\n",
            ["Ali Demir", "Veli Kurt", "Hasan Çelik"],
            "arrested",
            "2021-05-03",
        ),
        (
            "Police detained Adam Reed, Mark Hale and Tom Price on 3 May 2021. All three "
            "were remanded in custody on 5 May.\n",
            ["Adam Reed", "Mark Hale", "Tom Price"],
            "detained",
            "2021-05-03",
        ),
    ],
)
def test_a_plural_subject_or_a_list_of_objects_shares_the_event(
    text: str, names: list[str], status: str, date: str
) -> None:
    events = _events(text)
    assert [events[n].get(status) for n in names] == [date] * len(names)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("BAKU, 14 March 2017 - He was released last December.", "en", "2016-12"),
        ("Москва, 5 мая 2020 г. В декабре прошлого года он был освобожден.", "ru", "2019-12"),
        ("23 Ekim 2015\n\nBurak, Eylül ayının sonunda öldürüldü.", "tr", "2015-09"),
    ],
)
def test_months_counted_from_the_dateline(text: str, language: str, value: str) -> None:
    assert find_dates(text, None, language)[-1].value == value


def test_an_accomplice_named_after_a_dash_and_both_detainees_arrested() -> None:
    text = (
        "Информационное сообщение\n12.03.2019\n\n10 марта 2019 года в г. Кизляре задержан "
        "Алиев Рустам Магомедович, 1990 года рождения.\n\nВ тот же день в г. Хасавюрте "
        "задержан его сообщник — уроженец Буйнакского района Гасанов Ислам Ахмедович, 1987 "
        "года рождения, который переводил деньги боевикам.\n\nВозбуждены уголовные дела. "
        "Вчера суд арестовал обоих задержанных на два месяца.\n"
    )
    events = _events(text)
    assert events["Рустам Магомедович Алиев"] == {
        "detained": "2019-03-10",
        "arrested": "2019-03-11",
    }
    assert events["Ислам Ахмедович Гасанов"] == {"detained": "2019-03-10", "arrested": "2019-03-11"}


def test_a_year_ending_a_line_is_not_joined_to_the_month_below() -> None:
    text = (
        "Bakı, 5 mart 2019\n\nMartın 3-də Sumqayıtda Rauf Əliyev saxlanılıb. Həmin gün "
        "Bakıda saxlanılıb onun qardaşı – Qusar sakini Elçin Əliyev.\n"
    )
    # "Həmin gün" ("that same day") is the day told before it
    assert [(d.text, d.value) for d in find_dates(text, None, "az")] == [
        ("5 mart 2019", "2019-03-05"),
        ("Martın 3-də", "2019-03-03"),
        ("Həmin gün", "2019-03-03"),
    ]
    events = _events(text)
    assert events["Rauf Əliyev"] == {"detained": "2019-03-03"}
    assert events["Elçin Əliyev"] == {"detained": "2019-03-03"}


def test_held_for_a_time_is_no_arrest_and_a_lawyer_is_not_the_convict() -> None:
    held = (
        "İZMİR, 14 Mart 2021\n\nYaklaşık üç yıldır tutuklu bulunan Ayşe Tunç, kararın "
        "ardından tahliye edildi.\n"
    )
    assert _events(held)["Ayşe Tunç"] == {"released": "2021-03-14"}
    lawyer = (
        "Ростов-на-Дону, 14 марта 2021 г.\n\nСуд приговорил Ислама Гаджиева к 12 годам. "
        "Адвокат осуждённого Тимур Ахмедов заявил, что приговор будет обжалован.\n"
    )
    events = _events(lawyer)
    assert events["Ислам Гаджиев"] == {"sentenced": "2021-03-14"}
    assert events["Тимур Ахмедов"] == {}


def test_a_pattern_opening_with_its_first_letters_matches_as_the_plain_one() -> None:
    body = r"hepsi|(?:all|both) of them|ikisi de|обоих"
    plain = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.I)
    fast = word_start_regex(body)
    for text in ["HEPSİ tutuklandı", "x-hepsi, ahepsi, Hepsi", "Both of them. ОБОИХ", "İkisi de"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.pattern.startswith("[")
