"""Hometowns and groups per person on engineer K's fictional articles
(`tests/data/extract/k_*.txt`: wire news, court reports, a police release, martyr
posts, analyses and lists of returnees in English, Russian, Azerbaijani and Turkish),
read as `ffdb extract` reads a plain text file; and the rules behind them on single
sentences: case forms of places, appositions, lists, relatives, places of arrest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ffdb.extract import extract_document

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
EXPECTED: dict[str, Any] = json.loads((DATA / "k_expected.json").read_text(encoding="utf-8"))


def _article(name: str) -> dict[str, dict[str, Any]]:
    text = (DATA / name).read_text(encoding="utf-8")
    extraction = extract_document(text, title=text.strip().splitlines()[0])
    assert extraction.language == EXPECTED[name]["language"]
    return {r["name"]: r for r in extraction.records() if r["type"] == "person"}


def _persons(text: str, language: str) -> dict[str, dict[str, Any]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r for r in records if r["type"] == "person"}


def _same_group(got: str, alternatives: str) -> bool:
    return any(
        a.lower() in got.lower() or got.lower() in a.lower() for a in alternatives.split("|")
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hometowns_and_groups_of_each_person(name: str) -> None:
    found = _article(name)
    for want in EXPECTED[name]["persons"]:
        got = found.get(want["name"])
        assert got is not None, (want["name"], sorted(found))
        if want["hometown"]:
            # "Hil, Qusar" (village, district) is right for "Hil" and for "Qusar"
            assert any(h in (got["hometown"] or "") for h in want["hometown"].split("|")), (
                want["name"],
                got["hometown"],
            )
        else:
            assert got["hometown"] is None, (want["name"], got["hometown"])
        assert len(got["groups"]) == len(want["groups"]), (want["name"], got["groups"])
        for group, alternatives in zip(got["groups"], want["groups"], strict=True):
            assert _same_group(group, alternatives), (want["name"], group)


@pytest.mark.parametrize(
    ("language", "text", "name", "hometown"),
    [
        ("en", "Ruslan Gasanov of Khasavyurt fought in Syria.", "Ruslan Gasanov", "Khasavyurt"),
        ("en", "Elnur Aliyev, 29, of Sumgayit, was jailed.", "Elnur Aliyev", "Sumgayit"),
        ("en", "Sumgayit resident Elnur Aliyev was jailed.", "Elnur Aliyev", "Sumgayit"),
        ("en", "Born in Zaqatala in 1986, Rasim Bagirzade left.", "Rasim Bagirzade", "Zaqatala"),
        (
            "en",
            "Kamil Ibragimov left his home town of Khasavyurt.",
            "Kamil Ibragimov",
            "Khasavyurt",
        ),
        ("ru", "Эльнур Алиев родился в Кизляре.", "Эльнур Алиев", "Кизляр"),
        ("en", "A Qusar man, Elnur Aliyev, was jailed.", "Elnur Aliyev", "Qusar"),
        ("ru", "Эльнур Алиев, уроженец и житель г. Кизляр, задержан.", "Эльнур Алиев", "Кизляр"),
        ("az", "Elnur Əliyev Qusardandır.", "Elnur Əliyev", "Qusar"),
        ("az", "Elnur Əliyev Balakənlidir.", "Elnur Əliyev", "Balakən"),
        ("tr", "Mehmet Arslan'ın Kırıkkaleli olduğu öğrenildi.", "Mehmet Arslan", "Kırıkkale"),
        (
            "tr",
            "Mehmet Arslan, Kırıkkale'nin Keskin ilçesinde dünyaya geldi.",
            "Mehmet Arslan",
            "Keskin",
        ),
        ("ru", "Задержан его пособник Ахмед Исаев, житель Хасавюрта.", "Ахмед Исаев", "Хасавюрт"),
        ("ru", "Житель Баку Теймур Нагиев задержан.", "Теймур Нагиев", "Баку"),
        (
            "ru",
            "Эльчин Гасанов, уроженец Закатальского района, убит.",
            "Эльчин Гасанов",
            "Закатала",
        ),
        ("az", "Qusar rayonu sakini Elnur Əliyev saxlanılıb.", "Elnur Əliyev", "Qusar"),
        ("az", "Onunla Lənkəran əsilli Elgün Şirinov həlak olub.", "Elgün Şirinov", "Lənkəran"),
        (
            "az",
            "2. Abbasov Tural Mahir oğlu, 1989-cu il təvəllüdlü, Qusar rayonu;",
            "Tural",
            "Qusar",
        ),
        ("tr", "Kırıkkaleli DEAŞ militanı Mehmet Arslan öldürüldü.", "Mehmet Arslan", "Kırıkkale"),
    ],
)
def test_hometown_idioms(language: str, text: str, name: str, hometown: str) -> None:
    found = _persons(text, language)
    got = next(r for n, r in found.items() if name in n or name in r["aliases"])
    assert hometown in (got["hometown"] or "")


def test_relatives_and_both_share_the_fact() -> None:
    en = _persons(
        "Elnur Aliyev and his brother Ramil Aliyev, both from Qusar, joined the Islamic "
        "State in 2014.",
        "en",
    )
    for name in ("Elnur Aliyev", "Ramil Aliyev"):
        assert (en[name]["hometown"], en[name]["groups"]) == ("Qusar", ["Islamic State"])
    ru = _persons(
        "Эльнур Алиев и его брат Рамиль Алиев, оба уроженцы Кизляра, вступили в ИГИЛ.", "ru"
    )
    assert ru["Рамиль Алиев"]["hometown"] == "Кизляр"
    assert ru["Рамиль Алиев"]["groups"] == ["ИГИЛ"]


def test_no_hometown_from_places_of_arrest_institutions_or_crowds() -> None:
    assert (
        _persons("Police in Qusar arrested Elnur Aliyev.", "en")["Elnur Aliyev"]["hometown"] is None
    )
    baku = _persons("Researcher Leyla Tahirli of Baku State University spoke.", "en")
    assert baku["Leyla Tahirli"]["hometown"] is None
    milli = _persons("Milli Məclisin deputatı Rövşən Cəfərli danışıb.", "az")
    assert milli["Rövşən Cəfərli"]["hometown"] is None
    many = _persons(
        "Ersoy'a göre bu kişilerin çoğu Adıyaman, Gaziantep ve Konya kökenli. Nihat Ersoy "
        "konuştu. Ahmet Kaya ise Orta Asya kökenli militanları anlattı.",
        "tr",
    )
    assert many["Nihat Ersoy"]["hometown"] is None
    assert many["Ahmet Kaya"]["hometown"] is None
    group = _persons("Эльчин Гусейнов руководил группой выходцев из Кизляра.", "ru")
    assert group["Эльчин Гусейнов"]["hometown"] is None


@pytest.mark.parametrize(
    ("language", "text", "names", "group"),
    [
        ("en", "Among the fighters of ISIS were Elnur Aliyev and Ramil Guliyev.", 2, "ISIS"),
        ("en", "The Islamic State's ranks included Elnur Aliyev and Tofig Abbasov.", 2, "Islamic"),
        ("en", "Elnur Aliyev travelled to Syria in 2013 to join the Islamic State.", 1, "Islamic"),
        ("en", "Elnur Aliyev was one of the commanders of Jabhat al-Nusra.", 1, "Nusra"),
        ("en", "Elnur Aliyev commanded Katibat al-Azeri in Aleppo.", 1, "Katibat al-Azeri"),
        ("ru", "Боевик ИГИЛ Эльнур Алиев уничтожен.", 1, "ИГИЛ"),
        ("ru", "Среди боевиков ИГИЛ были Эльнур Алиев и Рамиль Кулиев.", 2, "ИГИЛ"),
        ("ru", "Эльнур Алиев осужден за участие в ИГИЛ.", 1, "ИГИЛ"),
        ("ru", "Эльнур Алиев погиб, сражаясь на стороне ИГИЛ.", 1, "ИГИЛ"),
        ("ru", "Эльнур Алиев, бывший командир «Джабхат ан-Нусры», убит.", 1, "Нусра"),
        ("ru", "Эльнур Алиев выехал в Сирию, чтобы присоединиться к ИГИЛ.", 1, "ИГИЛ"),
        ("az", "Elnur Əliyev və Ramil Quliyev İŞİD-ə qoşulublar.", 2, "İŞİD"),
        ("az", "İŞİD-in əmirlərindən biri olan Elnur Əliyev öldürülüb.", 1, "İŞİD"),
        ("az", "Elnur Əliyev İŞİD-in Azərbaycan bölməsinə rəhbərlik edib.", 1, "İŞİD"),
        ("az", "Elnur Əliyev Suriyada İŞİD-in tərəfində vuruşub.", 1, "İŞİD"),
        ("tr", "DEAŞ mensubu Mehmet Arslan ile Ahmet Demir tutuklandı.", 2, "DEAŞ"),
        ("tr", "Mehmet Arslan Kırıkkaleli olup DEAŞ üyesidir.", 1, "DEAŞ"),
        ("tr", "Mehmet Arslan, DEAŞ'ın üst düzey yöneticilerinden biriydi.", 1, "DEAŞ"),
        ("tr", "Mehmet Arslan, Heyet Tahrir eş-Şam'ın komutanlarındandı.", 1, "Tahrir"),
        ("tr", "Mehmet Arslan, DEAŞ adına savaştı.", 1, "DEAŞ"),
        ("tr", "Mehmet Arslan'ın IŞİD içinde faaliyet gösterdiği belirlendi.", 1, "IŞİD"),
        ("tr", "Mehmet Arslan'ın DEAŞ'a 2014 yılında katıldığı belirlendi.", 1, "DEAŞ"),
        ("tr", "Mehmet Arslan'ın terör örgütü DEAŞ ile bağlantısı ortaya çıktı.", 1, "DEAŞ"),
        ("az", "Elnur Əliyevin İŞİD ilə əlaqəsi sübuta yetirilib.", 1, "İŞİD"),
        ("tr", "DEAŞ'a bağlı militan Mehmet Arslan öldürüldü.", 1, "DEAŞ"),
        (
            "ru",
            "Эльнур Алиев вступил в ряды запрещенной в России международной террористической "
            "организации «Исламское государство».",
            1,
            "Исламское государство",
        ),
        ("ru", "Эльнур Алиев, член бандгруппы «Кизлярские», уничтожен.", 1, "Кизлярские"),
        ("ru", "Эльнур Алиев проходил подготовку в лагере ИГИЛ.", 1, "ИГИЛ"),
        ("en", "Elnur Aliyev trained at an Islamic State camp in Raqqa.", 1, "Islamic State"),
        ("en", "Elnur Aliyev, one of the founders of Jamaat Sharia, was killed.", 1, "Sharia"),
        ("en", "Elnur Aliyev, the IS emir of Qusar, was killed.", 1, "IS"),
        ("en", "Ramil Guliyev, who recruited for ISIS in Baku, met Elnur Aliyev.", 1, "ISIS"),
        ("tr", "DEAŞ ile irtibatlı olduğu belirlenen Mehmet Arslan yakalandı.", 1, "DEAŞ"),
        ("az", "Elnur Əliyev İŞİD-ə könüllü qoşulub.", 1, "İŞİD"),
        ("az", "Elnur Əliyev Suriyaya gedib, İŞİD-in sıralarına daxil olub.", 1, "İŞİD"),
        ("az", "Elnur Əliyev İŞİD-in Rəqqədəki düşərgəsində təlim keçib.", 1, "İŞİD"),
        ("az", "Elnur Əliyev İŞİD-in fəal üzvü olub.", 1, "İŞİD"),
    ],
)
def test_group_idioms(language: str, text: str, names: int, group: str) -> None:
    found = _persons(text, language)
    with_group = [n for n, r in found.items() if any(group in g for g in r["groups"])]
    assert len(with_group) == names, (found, group)


def test_a_group_of_someone_else_is_not_the_persons() -> None:
    wife = _persons(
        "Leyla Ahmadova travelled to Syria with her husband, who was an IS fighter.", "en"
    )
    assert wife["Leyla Ahmadova"]["groups"] == []
    recruited = _persons(
        "Elnur Aliyev was recruited by Ramil Guliyev, an ISIS recruiter from Qusar.", "en"
    )
    assert recruited["Elnur Aliyev"]["groups"] == []
    assert recruited["Ramil Guliyev"]["groups"] == ["ISIS"]
    camp = _persons(
        "Алиханов вступил в ИГИЛ и проходил обучение в лагере под руководством Абу Джихада.",
        "ru",
    )
    assert all(r["groups"] == [] for n, r in camp.items() if "Джихад" in n)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Elnur Aliyev was kidnapped by ISIS fighters in 2014.", "Elnur Aliyev"),
        ("en", "Elnur Aliyev's wife said he had never been a member of ISIS.", "Elnur Aliyev"),
        ("ru", "Эльнур Алиев был похищен боевиками ИГИЛ.", "Эльнур Алиев"),
        ("tr", "Avukatı Ali Demir, müvekkilinin DEAŞ üyesi olmadığını söyledi.", "Ali Demir"),
        ("az", "Elnur Əliyev İŞİD-ə qarşı döyüşüb.", "Elnur Əliyev"),
        ("tr", "Mehmet Arslan, DEAŞ'a karşı savaştı.", "Mehmet Arslan"),
        ("az", "Onun həyat yoldaşı Aysel Məmmədova İŞİD üzvü ilə evlənib.", "Aysel Məmmədova"),
        (
            "tr",
            "Müdür Cemal Aksoy, şüphelilerin DEAŞ kamplarında eğitim aldığını söyledi.",
            "Cemal Aksoy",
        ),
    ],
)
def test_no_group_for_denials_victims_or_enemies(language: str, text: str, name: str) -> None:
    assert _persons(text, language)[name]["groups"] == []


@pytest.mark.parametrize(
    ("language", "text", "name", "hometown"),
    [
        (
            "az",
            "Qusardan Elnur Əliyev və Xaçmazdan Ramil Quliyev saxlanılıb.",
            "Ramil Quliyev",
            "Xaçmaz",
        ),
        ("az", "Qusardan 25 yaşlı Elnur Əliyev saxlanılıb.", "Elnur Əliyev", "Qusar"),
        ("tr", "Mehmet Arslan (25), Kırıkkale'de ikamet ediyordu.", "Mehmet Arslan", "Kırıkkale"),
        ("tr", "Kırıkkale'de doğup büyüyen Mehmet Arslan yakalandı.", "Mehmet Arslan", "Kırıkkale"),
        ("ru", "Эльнур Алиев, 25 лет, из Кизляра, задержан.", "Эльнур Алиев", "Кизляр"),
        ("ru", "Эльнур Алиев из села Хил задержан.", "Эльнур Алиев", "Хил"),
    ],
)
def test_hometowns_in_lists_and_case_forms(
    language: str, text: str, name: str, hometown: str
) -> None:
    assert hometown in (_persons(text, language)[name]["hometown"] or "")


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("ru", "Задержаны трое членов ИГИЛ: Эльнур Алиев, Рамиль Кулиев и Тофиг Аббасов.", "ИГИЛ"),
        ("az", "İŞİD-in üç üzvü saxlanılıb: Elnur Əliyev, Ramil Quliyev və Tofiq Abbasov.", "İŞİD"),
        (
            "en",
            "Police detained three ISIS members: Elnur Aliyev, Ramil Guliyev and Tofig Abbasov.",
            "ISIS",
        ),
        (
            "en",
            "Three IS fighters - Elnur Aliyev, Ramil Guliyev and Tofig Abbasov - were killed.",
            "IS",
        ),
    ],
)
def test_groups_of_a_list_after_a_colon(language: str, text: str, group: str) -> None:
    found = _persons(text, language)
    assert len(found) == 3
    assert all(r["groups"] == [group] for r in found.values()), found


def test_a_place_left_is_no_hometown() -> None:
    text = "İstanbuldan Elnur Əliyev Bakıya qaytarılıb."
    assert _persons(text, "az")["Elnur Əliyev"]["hometown"] is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Эльнур Алиев был членом Кавказского эмирата.", "Кавказский эмират"),
        (
            "Эльнур Алиев воевал в рядах Туркестанской исламской партии.",
            "Туркестанская исламская партия",
        ),
        ("Эльнур Алиев воевал на стороне Ахрар аш-Шама.", "Ахрар аш-Шам"),
    ],
)
def test_declined_russian_group_names_are_given_in_the_nominative(text: str, written: str) -> None:
    assert _persons(text, "ru")["Эльнур Алиев"]["groups"] == [written]


def test_a_patronymic_is_no_pronoun_for_someone_else() -> None:
    text = (
        "Hüseynov Rəşad Elxan oğlu İŞİD-in tərkibində döyüşüb. "
        "Məmmədov Elnur Tofiq oğlu Əhrar əş-Şam üzvü olub."
    )
    found = _persons(text, "az")
    assert found["Rəşad Elxan oğlu Hüseynov"]["groups"] == ["İŞİD"]
    assert found["Elnur Tofiq oğlu Məmmədov"]["groups"] == ["Əhrar əş-Şam"]
