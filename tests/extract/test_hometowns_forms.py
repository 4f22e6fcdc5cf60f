"""Hometowns in forms the place finder misses or the cue rules used to drop (fictional
sentences): Russian genitive plurals and adjective + noun names after "уроженец",
Russian town adjectives, Turkish demonyms with an ethnonym, a birth year before a town,
village and district in a list entry, births in a timeline, the quarter a family lives
in, a child named with the parent, a list entry's ablative, "X, из Y", a fellow
villager; and the guards: a speaker's whereabouts, a takeaway worker."""

from __future__ import annotations

from typing import Any

import pytest

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> dict[str, dict[str, Any]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("language", "text", "name", "hometown"),
    [
        # a plural town name in the genitive plural, and an adjective with its noun
        (
            "ru",
            "Тимур Хабибуллин, уроженец Набережных Челнов, в 2014 году уехал в Сирию.",
            "Тимур Хабибуллин",
            "Набережные Челны",
        ),
        (
            "ru",
            "Следствие установило, что Айдар Гумеров, уроженец Учалов, воевал в Ираке.",
            "Айдар Гумеров",
            "Учалы",
        ),
        (
            "ru",
            "Задержан уроженец Кабардино-Балкарской Республики Заур Шогенов, 1991 года рождения.",
            "Заур Шогенов",
            "Кабардино-Балкарская Республика",
        ),
        # a town's adjective before the person's noun and name
        (
            "ru",
            "Вербовщиком был махачкалинский проповедник Ибрагим Гасанов, уехавший в 2013 году.",
            "Ибрагим Гасанов",
            "Махачкала",
        ),
        (
            "ru",
            "Об этом рассказал казанский студент Ренат Зарипов.",
            "Ренат Зарипов",
            "Казань",
        ),
        # a brother listed with the age after his word, under a plural cue
        (
            "az",
            "Xaçmaz sakinləri, 27 yaşlı Elşən Nəbiyev və kiçik qardaşı, 22 yaşlı Fərid "
            "Nəbiyev Türkiyə vasitəsilə Suriyaya gedirlər.",
            "Fərid Nəbiyev",
            "Xaçmaz",
        ),
        # "from neighbouring X"
        (
            "en",
            "A fourth man, Beslan Tsatiev from neighbouring Jokolo, turned back in Istanbul.",
            "Beslan Tsatiev",
            "Jokolo",
        ),
        # the town the adjective names, not some spelling of a small town abroad
        (
            "ru",
            "Вербовщиком был бакинский проповедник Эльдар Гусейнов.",
            "Эльдар Гусейнов",
            "Баку",
        ),
        (
            "ru",
            "В Сирию уехал и малгобекский студент Ислам Евлоев.",
            "Ислам Евлоев",
            "Малгобек",
        ),
        # a masculine town's genitive, not a smaller town spelled like it; a Turkish
        # province's genitive in "-ьи"; a village's name after "села", not declined
        (
            "ru",
            "Задержан Руслан Гериев, уроженец Ростова, 1990 года рождения.",
            "Руслан Гериев",
            "Ростов",
        ),
        (
            "ru",
            "Среди задержанных — Кемаль Догру, уроженец Коньи.",
            "Кемаль Догру",
            "Конья",
        ),
        (
            "ru",
            "Уроженец села Зардаби Губинского района Эмиль Гасанов выехал в Сирию в 2013 году.",
            "Эмиль Гасанов",
            "Зардаби, Губинский район",
        ),
        # a demonym, an ethnonym, then the name
        (
            "tr",
            "Grupta Mostarlı Boşnak Adnan Kovač ve iki Türk vardı.",
            "Adnan Kovač",
            "Mostar",
        ),
        # a year of birth before the town is not a count of people
        (
            "tr",
            "1991 Malatya doğumlu Serkan Dinçer 2015'te Suriye'ye geçti.",
            "Serkan Dinçer",
            "Malatya",
        ),
        # a list entry's village and district
        (
            "az",
            "Həbs olunanlar: Quliyev Rauf Elşən oğlu (1990-cı il təvəllüdlü, Qəbələ "
            "rayonunun Vəndam kəndi) və Məmmədov Orxan Vaqif oğlu (1992-ci il təvəllüdlü, "
            "Şəki şəhəri).",
            "Rauf Elşən oğlu Quliyev",
            "Vəndam, Qəbələ",
        ),
        # a timeline's birth, the person profiled before
        (
            "tr",
            "Mahkemede yargılanan Pieter Claes, Avrupa'dan giden ilk savaşçılardandı.\n\n"
            "1989 — Gent'te, işçi bir ailede doğdu.\n\n2012 — Suriye'ye gitti.",
            "Pieter Claes",
            "Gent",
        ),
        (
            "tr",
            "Ayrıntılar açıklanmadı. Murat Ekinci 1990'da Kayseri kentinde doğdu.",
            "Murat Ekinci",
            "Kayseri",
        ),
        # the quarter a family lives in, and the son named in the same sentence
        (
            "az",
            "Gəncənin 4-cü məhəlləsində yaşayan Həsənlilər ailəsi dünən xəbər alıb: "
            "ailənin kiçik oğlu, 22 yaşlı Rəşad Həsənli Suriyada öldürülüb.",
            "Rəşad Həsənli",
            "Gəncə",
        ),
        (
            "az",
            "Mingəçevirin 3-cü məhəlləsində yaşayan Tofiq Bayramovun oğlu Elnur Bayramov "
            "2015-ci ildə evdən çıxıb.",
            "Elnur Bayramov",
            "Mingəçevir",
        ),
        # a list entry: the name, a comma, the province and the town in the ablative
        (
            "tr",
            "Dönenler arasında şu isimler var.\n\nVolkan Demirtaş, Ankara Keçiören'den. "
            "2016'da döndü.",
            "Volkan Demirtaş",
            "Keçiören",
        ),
        # "X, из Y": the apposition after the name
        (
            "ru",
            "Погиб наш брат Ислам Бетельгиреев, из Гудермеса, да примет его Аллах.",
            "Ислам Бетельгиреев",
            "Гудермес",
        ),
        # a fellow villager named with the one whose village is given
        (
            "ru",
            "Руслан Жамбеков, уроженец села Кенже, осужден. Вместе с ним в Сирию уехал "
            "его односельчанин Алим Табухов.",
            "Алим Табухов",
            "Кенже",
        ),
        # an English lede: a descriptor from a town, the person named after
        (
            "en",
            "A former bus driver from Bolton who joined Islamic State was jailed on "
            "Tuesday.\n\nImran Bashir, 31, admitted the charges.",
            "Imran Bashir",
            "Bolton",
        ),
        # "worker from": "takeaway" holds "away", no journey
        (
            "en",
            "Police named him as Kamal Rehman, a takeaway worker from Leyton.",
            "Kamal Rehman",
            "Leyton",
        ),
    ],
)
def test_hometown_in_other_forms(language: str, text: str, name: str, hometown: str) -> None:
    persons = _persons(text, language)
    assert name in persons, sorted(persons)
    assert persons[name]["hometown"] == hometown


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # where a speaker is on the telephone is no hometown
        (
            "en",
            '"We know nothing," his uncle, Khalid Osmani, said by telephone from Peshawar.',
            "Khalid Osmani",
        ),
        # a town's adjective of a court, not of the person after it
        (
            "ru",
            "Махачкалинский районный суд приговорил Шамиля Алиева к 12 годам.",
            "Шамиль Алиев",
        ),
        # a people's adjective and a rural council's are no towns
        (
            "ru",
            "Вербовщиком был татарский проповедник Ильдар Галиев.",
            "Ильдар Галиев",
        ),
        (
            "ru",
            "«Их обманули», — рассказывает глава сельского поселения Ахмед Ахмедов.",
            "Ахмед Ахмедов",
        ),
        # a fellow villager of someone whose village the text does not give
        (
            "ru",
            "Вместе с Асланом Теуовым в Сирию уехал его односельчанин Мурат Кодзоков.",
            "Мурат Кодзоков",
        ),
    ],
)
def test_no_hometown(language: str, text: str, name: str) -> None:
    persons = _persons(text, language)
    assert name in persons, sorted(persons)
    assert persons[name]["hometown"] is None
