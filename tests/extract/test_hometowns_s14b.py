"""Hometowns said in ways met on fresh text (session 14b): a profile's head giving the
year of birth and the place in brackets ("X (born 1991, Jokolo):", "X (род. 1990,
Назрань):", "X (d. 1988, Mahaçkale):"); an age set between the name and its cue ("X, 41
года, житель Y"); a birth with its date between ("родилась 3 марта 1963 года в
Набережных Челнах"); a place where a relative lives ("Türkistan'da yaşayan annesinden",
"Uşaqların babası Şəmkirdə yaşayır"); a headline's demonym and person's word ("Qusarlı
qadına 6 il həbs", "Adıyamanlı anneanne"). All people are fictional."""

from __future__ import annotations

from typing import Any

import pytest

from support import person_records


def _records(text: str) -> dict[str, dict[str, Any]]:
    return person_records(text, published="2024-05-01")


@pytest.mark.parametrize(
    ("text", "name", "hometown"),
    [
        # a profile's head: the year of birth, then the place
        (
            "Zaur Tebloev (born 1991, Jokolo): he travelled to Syria in 2014.",
            "Zaur Tebloev",
            "Jokolo",
        ),
        ("Ruslan Bekov (b. 1987 in Osh) left for Syria in 2014.", "Ruslan Bekov", "Osh"),
        (
            "Магомед Точиев (род. 1990, Назрань): выпускник университета, выехал в Сирию.",
            "Магомед Точиев",
            "Назрань",
        ),
        (
            "Ибрагим Гулиев (р. 1985, Карабулак) — бывший боец, погиб в 2016 году.",
            "Ибрагим Гулиев",
            "Карабулак",
        ),
        (
            "Adem Kılınç (d. 1992, Düzce): Türk vatandaşı olan Kılınç, 2014'te Suriye'ye gitti.",
            "Adem Kılınç",
            "Düzce",
        ),
        (
            "Elvin Qasımov (d. 1990, Şəki): 2014-cü ildə Suriyaya gedib.",
            "Elvin Qasımov",
            "Şəki",
        ),
        # a settlement in the head wins over a region's demonym said after it
        (
            "Timur Aliev (d. 1988, Mahaçkale): Dağıstanlı Aliev, DEAŞ'ın yayın biriminde çalıştı.",
            "Timur Aliev",
            "Mahaçkale",
        ),
        # a birth with its date between the verb and the place
        (
            "Гульнара Сафина родилась 3 марта 1963 года в Набережных Челнах.",
            "Гульнара Сафина",
            "Набережные Челны",
        ),
        ("Рамиль Хасанов родился в 1990 году в Казани.", "Рамиль Хасанов", "Казань"),
        ("Dilnoza Karimova was born on 12 May 1961 in Andijan.", "Dilnoza Karimova", "Andijan"),
        # an age between the name and the cue
        (
            "Вместе с Ахметовым перед судом предстал Ерлан Сейтов, 41 года, житель Шымкента. "
            "Адвокат Сейтова Марат Ибраев заявил, что обжалует приговор.",
            "Ерлан Сейтов",
            "Шымкент",
        ),
        # a headline's demonym and a person's word: the first person named after
        (
            "Roj düşərgəsindən qaytarılan Qusarlı qadına 6 il həbs cəzası verildi\n\n"
            "Bakı məhkəməsi dünən 33 yaşlı Leyla Məmmədovanın işi üzrə hökm çıxarıb.",
            "Leyla Məmmədova",
            "Qusar",
        ),
        (
            "Üç kuşak, bir çadır: Adıyamanlı anneanne torunlarını bekliyor\n\n"
            "Fatma Yılmaz 1958 doğumlu. Kızı 2015'te Suriye'ye gitti.",
            "Fatma Yılmaz",
            "Adıyaman",
        ),
    ],
)
def test_hometown_is_found(text: str, name: str, hometown: str) -> None:
    assert _records(text)[name]["hometown"] == hometown


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a bare year of this century may date an event, not a birth
        (
            "Abu Idris al-Shishani was killed (2017, Raqqa) after a long siege.",
            "Abu Idris al-Shishani",
        ),
        # where a relative lives
        (
            "Abdurehim'in eşi Gulnur Tursun, hâlâ Doğu Türkistan'da yaşayan annesinden haber "
            "alamıyor.",
            "Gulnur Tursun",
        ),
        (
            "Vaqif Əliyev 2023-cü ildə DNT nümunəsi verib. Uşaqların digər babası və nənəsi "
            "Şəmkirdə yaşayır.",
            "Vaqif Əliyev",
        ),
    ],
)
def test_no_hometown(text: str, name: str) -> None:
    assert _records(text)[name]["hometown"] is None


@pytest.mark.parametrize(
    ("text", "name", "hometown"),
    [
        # the one named before the living verb keeps it
        ("Rasim Səfərov bu gün də Şəkidə yaşayır.", "Rasim Səfərov", "Şəki"),
        ("Ankara'da yaşayan Hasan Kurt dün gözaltına alındı.", "Hasan Kurt", "Ankara"),
        # the relative the participle names lives there
        ("Polis Sumqayıtda yaşayan qardaşı Ramil Əliyevi də saxlayıb.", "Ramil Əliyev", "Sumqayıt"),
    ],
)
def test_living_there_still_counts(text: str, name: str, hometown: str) -> None:
    assert _records(text)[name]["hometown"] == hometown
