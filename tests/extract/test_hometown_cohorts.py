"""A hometown said once of a counted group ("five of its regulars, all of them from
Mulhouse", "трое из Альметьевска", "Qusar şəhərinin eyni məhəlləsindən dörd gənc",
"Adıyaman'ın eski çarşı semtinde buluşan dört genç") goes to the members the text then
tells of, and to no mother, lawyer or expert quoted beside them; a count of people from a
place followed by as many names gives it to those names."""

from __future__ import annotations

from typing import Any

from ffdb.extract import extract_document


def _hometowns(text: str, published: str = "2025-09-08") -> dict[str, Any]:
    records = extract_document(text, published=published).records()
    return {r["name"]: r["hometown"] for r in records if r["type"] == "person"}


def test_english_count_of_regulars_all_from_one_town() -> None:
    text = (
        "The Clairval circle: four men, one gym\n\n"
        "Between 2014 and 2015 four of its regulars, all of them from Mulhouse, left for "
        "Syria.\n\n"
        "Thomas Girard was the first to leave, in August 2014. He was killed in Raqqa in "
        "2016.\n\n"
        "Nabil Saidi and Lucas Perrin followed him in November 2014. Saidi was killed in "
        "Mayadin in 2017. Perrin was arrested at Lyon airport in 2018.\n\n"
        "The fourth man, Karim Bensaid, was detained in Strasbourg in March 2015.\n\n"
        '"It was a meeting point," says the coach, Patrick Weber.'
    )
    found = _hometowns(text)
    for name in ("Thomas Girard", "Nabil Saidi", "Lucas Perrin", "Karim Bensaid"):
        assert found[name] == "Mulhouse"
    assert found["Patrick Weber"] is None


def test_russian_headline_count_from_a_town() -> None:
    text = (
        "«Волжское обозрение», 19 августа 2025 г.\n\n"
        "Десять лет спустя: трое из Альметьевска\n\n"
        "Летом 2015 года трое молодых людей, знакомых по спортивному залу, один за другим "
        "уехали воевать.\n\n"
        "Тимур Сабитов погиб в Ракке в 2017 году.\n\n"
        "Ильшат Нуриев попал в плен к курдам в 2019 году. «Он пишет мне», — говорит его "
        "мать Гульнара Нуриева.\n\n"
        "В 2019 году Марат Зиганшин был объявлен в розыск. Адвокат Дмитрий Лапин "
        "считает, что приговор был суровым."
    )
    found = _hometowns(text)
    for name in ("Тимур Сабитов", "Ильшат Нуриев", "Марат Зиганшин"):
        assert found[name] == "Альметьевск"
    assert found["Гульнара Нуриева"] is None
    assert found["Дмитрий Лапин"] is None


def test_azerbaijani_four_young_men_of_one_quarter() -> None:
    text = (
        "Qusarın dörd oğlu\n\n"
        "2013-cü ilin payızında Qusar şəhərinin eyni məhəlləsindən dörd gənc Suriyaya "
        "yola düşdü.\n\n"
        "Fərid Şirinov 2016-cı ildə Rəqqədə həlak olub. Anası Səadət Şirinova deyir ki, "
        "xəbəri Telegram vasitəsilə alıb.\n\n"
        "Rauf Nəsibov və Mübariz Qafarov isə Türkiyədə saxlanılıb və Azərbaycana "
        "deportasiya edilib. Elşad Kərimov 2017-ci ildə İstanbulda həbs edilib.\n\n"
        "Din məsələləri üzrə ekspert Ceyhun Əlizadə hesab edir ki, onlar Rusiyada "
        "radikallaşıb."
    )
    found = _hometowns(text)
    for name in ("Fərid Şirinov", "Rauf Nəsibov", "Mübariz Qafarov"):
        assert found[name] == "Qusar"
    assert found["Səadət Şirinova"] is None
    assert found["Ceyhun Əlizadə"] is None


def test_turkish_four_youths_who_met_in_a_town() -> None:
    text = (
        "Aynı mahalleden dört genç\n\n"
        "2014 yazında Adıyaman'ın eski çarşı semtinde buluşan dört genç, birkaç ay arayla "
        "Suriye'ye geçti.\n\n"
        "Yunus Aydoğan 2015'te Rakka'da öldü. Annesi Fatma Aydoğan haberi bir mesajla "
        "aldı.\n\n"
        "Hüseyin Özbek ve Kadir Tekin 2016'da Türkiye'ye döndü ve tutuklandı.\n\n"
        "Dördüncü genç Emre Kılınç kırmızı bültenle aranıyor. Avukat Serkan Yıldız "
        "açıklama yaptı."
    )
    found = _hometowns(text)
    for name in ("Yunus Aydoğan", "Hüseyin Özbek", "Kadir Tekin", "Emre Kılınç"):
        assert found[name] == "Adıyaman"
    assert found["Fatma Aydoğan"] is None
    assert found["Serkan Yıldız"] is None


def test_a_count_from_a_place_then_as_many_names() -> None:
    text = (
        "Sahil Kərimov 2014-cü ildə Suriyaya gedib. Bizimlə Qusardan daha iki nəfər "
        "vardı: Rövşən Əmirov və Nicat Babayev. Rövşən 2015-ci ildə həlak olub."
    )
    found = _hometowns(text)
    assert found["Rövşən Əmirov"] == "Qusar"
    assert found["Nicat Babayev"] == "Qusar"


def test_a_count_the_names_do_not_make_up_gives_nothing() -> None:
    text = (
        "Cardan daha dörd gənc — Elşad Məhərrəmov və Nurlan Məhərrəmov — 2013-cü ildə "
        "Suriyaya yola düşüb."
    )
    found = _hometowns(text)
    assert found["Elşad Məhərrəmov"] is None
    assert found["Nurlan Məhərrəmov"] is None


def test_where_they_were_held_is_no_home() -> None:
    text = (
        "Police detained four men in the northern district of Quba on Thursday. Emil "
        "Nasibov was taken into custody at his home. Tofig Mirzayev and Ilkin Huseynli "
        "were detained the same day."
    )
    found = _hometowns(text)
    assert found["Tofig Mirzayev"] is None
    assert found["Ilkin Huseynli"] is None
