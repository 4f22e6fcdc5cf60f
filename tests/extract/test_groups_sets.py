"""Groups of persons named as a set, and more ways of stating membership (fictional
texts): "all three passed through X", "оба стали боевиками этой группировки", "A da, B
da ... sıralarında olublar", a list with brackets before a plural verb, "Her ikisi de
X'e geçti", a family plural with companions, a gapped Azerbaijani verb, "is with X",
"перешёл из X в Y", a unit of a group ("X'in ... biriminde görev yaptı"); and groups
near a person that are not theirs."""

from __future__ import annotations

from typing import Any

import pytest

from ffdb.extract import extract_document


def _groups(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["groups"] for r in records if r["type"] == "person"}


def _has(groups: dict[str, list[str]], name: str, *wanted: str) -> bool:
    got = [g.casefold() for g in groups.get(name, [])]
    return all(any(w.casefold() in g for g in got) for w in wanted)


SETS: list[tuple[str, str, list[str], str]] = [
    (
        "en",
        "Tamerlan Oskanov, a welder from Nazran, left in 2013. Idris Bekov, a student from "
        "Malgobek, followed a year later. Musa Tsechoev, a driver from Sunzha, went last.\n\n"
        "All three first passed through Junud al-Sham before the faction split.",
        ["Tamerlan Oskanov", "Idris Bekov", "Musa Tsechoev"],
        "Junud al-Sham",
    ),
    (
        "en",
        "The repatriated adults are:\n\n1. Besart Shala, 35, from Peja;\n2. Arta Shala, 31, "
        "from Peja;\n3. Ilir Berisha, 40, from Prizren.\n\nPolice said all three adults had "
        "joined the terrorist organisation ISIS in 2014.",
        ["Besart Shala", "Arta Shala", "Ilir Berisha"],
        "ISIS",
    ),
    (
        "ru",
        "Весной 2014 года Ислам Гадаборшев уехал вместе с Тимуром Мальсаговым в Турцию. "
        "Их там завербовали в ИГИЛ, оба стали боевиками этой группировки.",
        ["Ислам Гадаборшев", "Тимур Мальсагов"],
        "ИГИЛ",
    ),
    (
        "az",
        "Zaqatalalı Elmar Quliyev 2013-cü ildə Suriyaya gedib. Balakənli Vasif Rəhimov isə "
        "bir il sonra yola düşüb. Quliyev də, Rəhimov da əvvəlcə Cunud əş-Şamın sıralarında "
        "olublar.",
        ["Elmar Quliyev", "Vasif Rəhimov"],
        "Cunud",
    ),
    (
        "az",
        "Müəyyən edilib ki, Həsənov Ülvi Rauf oğlu (1991-ci il təvəllüdlü, Şəki şəhəri), "
        "Kazımov Fuad Elçin oğlu (1989-cu il təvəllüdlü, Quba rayonu) və Nəsirova Səbinə "
        "Arif qızı (1995-ci il təvəllüdlü, Bakı şəhəri) 2015-ci ildə Suriyaya keçərək "
        "İŞİD-in tərkibinə qoşulublar.",
        ["Ülvi Rauf oğlu Həsənov", "Fuad Elçin oğlu Kazımov", "Səbinə Arif qızı Nəsirova"],
        "İŞİD",
    ),
    (
        "tr",
        "Mart 2014 — Bursa'dan arkadaşı Kerem Aydemir ile birlikte Suriye'ye gitti.\n\n"
        "Nisan 2014 — Ahmet Soylu ve Kerem Aydemir Hatay'da bir evde kaldı.\n\n"
        "2015 — Her ikisi de IŞİD'e geçti.",
        ["Ahmet Soylu", "Kerem Aydemir"],
        "IŞİD",
    ),
    (
        "tr",
        "Ağın merkezinde Malatya'dan iki kardeş var: Serkan Tunç ve Burak Tunç. Tunç "
        "kardeşler, Ardit Gashi ile birlikte örgütün Halep'teki aynı biriminde yer aldı. "
        "Örgüt o dönemde DEAŞ adını kullanıyordu.",
        ["Serkan Tunç", "Burak Tunç", "Ardit Gashi"],
        "",
    ),
]


@pytest.mark.parametrize(("language", "text", "names", "group"), SETS)
def test_a_set_of_persons_shares_the_group(
    language: str, text: str, names: list[str], group: str
) -> None:
    groups = _groups(text, language)
    for name in names:
        assert name in groups, (name, groups)
        if group:
            assert _has(groups, name, group), (name, groups)


def test_a_group_named_before_a_set_noun_is_theirs() -> None:
    text = (
        "Raqqa'ya giden Serkan Tunç ile Burak Tunç DEAŞ'a katıldı. Tunç kardeşler, Ardit "
        "Gashi ile birlikte örgütün Rakka'daki aynı biriminde yer aldı."
    )
    groups = _groups(text, "tr")
    assert _has(groups, "Ardit Gashi", "DEAŞ"), groups


IDIOMS: list[tuple[str, str, str, list[str]]] = [
    (
        "az",
        "Sonradan yolları ayrılıb: Əliyev Cəbhətün-Nüsrəyə, Məmmədov isə İŞİD-ə keçib. "
        "Ramin Əliyev və Tural Məmmədov Oğuz rayonundandır.",
        "Ramin Əliyev",
        ["Nüsr"],
    ),
    (
        "en",
        "Dauren Seitkali, born 1990 in Taraz. Travelled to Syria in 2014 and is with Hayat "
        "Tahrir al-Sham in Idlib, according to prosecutors.",
        "Dauren Seitkali",
        ["Tahrir"],
    ),
    (
        "en",
        "Officials say Arsen Dzhabrailov stayed with Ajnad al-Kavkaz until 2017 and then "
        "tried to reach Turkey.",
        "Arsen Dzhabrailov",
        ["Ajnad"],
    ),
    (
        "ru",
        "По данным следствия, Фаррух Собиров в 2015 году перешёл из ИГИЛ в «Джебхат ан-Нусру».",
        "Фаррух Собиров",
        ["ИГИЛ", "Нуср"],
    ),
    (
        "az",
        "Qeyd edək ki, Elnur Nəbiyev İŞİD-ə 2014-cü ildə qoşulub. Onun qardaşı Samir Nəbiyev "
        "də həmin terror təşkilatının sıralarında döyüşərkən öldürülüb.",
        "Samir Nəbiyev",
        ["İŞİD"],
    ),
    (
        "tr",
        "Şanlıurfa doğumlu Yasin Kılınç'ın, HTŞ'nin İdlib'deki yabancı savaşçılardan oluşan "
        "bir biriminde görev yaptığı belirtildi.",
        "Yasin Kılınç",
        ["HTŞ"],
    ),
    (
        "tr",
        "Fatih Özer, 2013-2014 yıllarında Nusra Cephesi'nde bulunduğunu kabul etti.",
        "Fatih Özer",
        ["Nusra"],
    ),
    (
        "en",
        "Two men from Leyton were convicted. Prosecutors said Yusuf Abdikarim left for "
        "Kenya in 2018 and joined al-Shabaab there.",
        "Yusuf Abdikarim",
        ["Shabaab"],
    ),
    (
        "en",
        "Nabil Haddou, a resident of Ghent. Left for Syria with his wife in 2014 and joined "
        "the Islamic State.",
        "Nabil Haddou",
        ["Islamic State"],
    ),
]


IDIOMS += [
    (
        "az",
        "Sabunçuda yaşayan Rəşad Məlikov bizimlə danışdı. Oğlu Orxan Məlikov 2015-ci ildə "
        "evdən çıxıb.\n\n- Orxan nə vaxt zəng etdi?\n\n- Bir ay sonra. Dedi, İŞİD-dədir, "
        "narahat olmayın.",
        "Orxan Məlikov",
        ["İŞİD"],
    ),
    (
        "tr",
        "Mehmet Arslan'ın yolculuğu tipik bir örnek. Mehmet Arslan 1990'da doğdu.\n\n"
        "2013 sonu — Eşi Zeynep Arslan ile birlikte Suriye'ye geçti. Önce Ahrar eş-Şam'a, "
        "ardından DEAŞ'a katıldı.\n\n2019 — Mehmet Arslan yakalandı.",
        "Mehmet Arslan",
        ["DEAŞ", "Ahrar"],
    ),
    (
        "en",
        "The man killed was Farrukh Aliev, from Osh. He was detained on Monday, SDF spokesman "
        "Rojhat Amed said.\n\nThe second man was Timur Saidov, from Jalalabad. Both men were "
        "members of the Islamic State.",
        "Farrukh Aliev",
        ["Islamic State"],
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "wanted"), IDIOMS)
def test_more_ways_to_state_membership(
    language: str, text: str, name: str, wanted: list[str]
) -> None:
    groups = _groups(text, language)
    assert _has(groups, name, *wanted), groups


NOT_THEIRS: list[tuple[str, str, str]] = [
    (
        "en",
        "The man killed was Farrukh Aliev, from Osh. He was detained on Monday, SDF spokesman "
        "Rojhat Amed said.\n\nThe second man was Timur Saidov, from Jalalabad. Both men were "
        "members of the Islamic State.",
        "Rojhat Amed",
    ),
    (
        "tr",
        "Mehmet Arslan'ın yolculuğu tipik bir örnek. Mehmet Arslan 1990'da doğdu.\n\n"
        "2013 sonu — Eşi Zeynep Arslan ile birlikte Suriye'ye geçti. Önce Ahrar eş-Şam'a, "
        "ardından DEAŞ'a katıldı.\n\n2019 — Mehmet Arslan yakalandı.",
        "Zeynep Arslan",
    ),
    (
        "en",
        "Both men were cleared. Karim Osei had sent money to al-Shabaab, police said.",
        "Karim Osei",
    ),
    (
        "en",
        "Tariq Lodhi travelled with his wife, who was an al-Shabaab fighter, in 2016.",
        "Tariq Lodhi",
    ),
    ("az", "Vüqar Səfərli İŞİD-ə qarşı döyüşən qruplarda olub.", "Vüqar Səfərli"),
    (
        "en",
        "Police spokesman Daniel Moore said all three suspects had joined ISIS. Moore spoke "
        "in London.",
        "Daniel Moore",
    ),
]


@pytest.mark.parametrize(("language", "text", "name"), NOT_THEIRS)
def test_a_group_near_a_person_that_is_not_theirs(language: str, text: str, name: str) -> None:
    groups: dict[str, Any] = _groups(text, language)
    assert groups.get(name) == [], groups
