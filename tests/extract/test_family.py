"""Family relations: a kin word between two persons the text names, for both of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ffdb.extract.document import extract_document
from ffdb.extract.family import EXTRACTOR
from support import ingest_reports

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"

Link = tuple[str, str, str]  # (person, relation, relative): the relative is the person's ...


def links_of(text: str, language: str) -> set[Link]:
    found = extract_document(text, language=language)
    return {(p.name, f["relation"], f["name"]) for p in found.persons for f in p.family}


SHORT = [
    (
        "en",
        "Elchin Hajiyev was killed in Syria in 2015. His brother Ramin Hajiyev was arrested.",
        {
            ("Elchin Hajiyev", "brother", "Ramin Hajiyev"),
            ("Ramin Hajiyev", "brother", "Elchin Hajiyev"),
        },
    ),
    (
        "en",
        "Tural Mammadov and his wife Sevda Mammadova were detained in Sumqayit.",
        {
            ("Tural Mammadov", "wife", "Sevda Mammadova"),
            ("Sevda Mammadova", "husband", "Tural Mammadov"),
        },
    ),
    (
        "en",
        "Nigar Aliyeva, the widow of Kamran Aliyev, was sentenced in Baku.",
        {
            ("Kamran Aliyev", "wife", "Nigar Aliyeva"),
            ("Nigar Aliyeva", "husband", "Kamran Aliyev"),
        },
    ),
    (
        "ru",
        "Эльчин Гаджиев погиб в Сирии. Его брат Рустам Гаджиев был задержан в Баку.",
        {
            ("Эльчин Гаджиев", "brother", "Рустам Гаджиев"),
            ("Рустам Гаджиев", "brother", "Эльчин Гаджиев"),
        },
    ),
    (
        "ru",
        "Анар Кулиев, сын Васифа Кулиева, погиб в Мосуле.",
        {("Васиф Кулиев", "son", "Анар Кулиев"), ("Анар Кулиев", "father", "Васиф Кулиев")},
    ),
    (
        "ru",
        "Тимур Исмаилов уехал в Сирию вместе с женой Мадиной Исмаиловой.",
        {
            ("Тимур Исмаилов", "wife", "Мадина Исмаилова"),
            ("Мадина Исмаилова", "husband", "Тимур Исмаилов"),
        },
    ),
    (
        "az",
        "Elçin Hacıyevin həyat yoldaşı Leyla Hacıyeva 2019-cu ildə qayıdıb.",
        {
            ("Elçin Hacıyev", "wife", "Leyla Hacıyeva"),
            ("Leyla Hacıyeva", "husband", "Elçin Hacıyev"),
        },
    ),
    (
        "az",
        "Samir Quliyev 2014-cü ildə Suriyaya gedib, atası Vasif Quliyev bunu polisə bildirib.",
        {("Samir Quliyev", "father", "Vasif Quliyev"), ("Vasif Quliyev", "son", "Samir Quliyev")},
    ),
    (
        "ru",
        "Жительница Дербента Саида Омарова написала письмо депутату Ильясу Гамзатову. "
        "Её сын Тагир Омаров осуждён.",
        {("Саида Омарова", "son", "Тагир Омаров"), ("Тагир Омаров", "mother", "Саида Омарова")},
    ),
    (
        "az",
        "Kamal Nəsirov axtarışa verilib. Nəsirovun əmisi oğlu Orxan Nəsirov Hələbdə öldürülüb.",
        {
            ("Kamal Nəsirov", "cousin", "Orxan Nəsirov"),
            ("Orxan Nəsirov", "cousin", "Kamal Nəsirov"),
        },
    ),
    (
        "az",
        "Vüqar Əliyevin dayısı Rauf Kərimov həbs edilib.",
        {("Vüqar Əliyev", "uncle", "Rauf Kərimov"), ("Rauf Kərimov", "nephew", "Vüqar Əliyev")},
    ),
    (
        "tr",
        "Ahmet Yılmaz'ın kardeşi Mehmet Yılmaz Gaziantep'te gözaltına alındı.",
        {
            ("Ahmet Yılmaz", "brother", "Mehmet Yılmaz"),
            ("Mehmet Yılmaz", "brother", "Ahmet Yılmaz"),
        },
    ),
    (
        "tr",
        "Hasan Demir'in oğlu Emre Demir tutuklandı.",
        {("Hasan Demir", "son", "Emre Demir"), ("Emre Demir", "father", "Hasan Demir")},
    ),
    (
        "tr",
        "Serkan Kaya 2017 yılında Irak'ta öldü. Annesi Fatma Kaya ölümü doğruladı.",
        {("Serkan Kaya", "mother", "Fatma Kaya"), ("Fatma Kaya", "son", "Serkan Kaya")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SHORT)
def test_relations_in_each_language(language: str, text: str, expected: set[Link]) -> None:
    assert links_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Elchin Hajiyev was killed. His brother Ramin was arrested. Ramin Hajiyev was 24."),
        ("az", "Elçin Hacıyev öldürülüb. Qardaşı Ramin saxlanılıb. Ramin Hacıyev 24 yaşındadır."),
        (
            "tr",
            "Ahmet Yılmaz öldürüldü. Kardeşi Mehmet gözaltına alındı. Mehmet Yılmaz 24 yaşında.",
        ),
    ],
)
def test_a_brother_named_by_his_given_name_is_the_person_named_in_full(
    language: str, text: str
) -> None:
    links = links_of(text, language)
    assert {(a, r) for a, r, _ in links} >= {
        (a, "brother") for a in ("Elchin Hajiyev", "Elçin Hacıyev", "Ahmet Yılmaz") if a in text
    }
    assert len(links) == 2


def test_brothers_listed_with_one_surname_are_siblings() -> None:
    text = (
        "Elchin Hajiyev was killed in 2015. The brothers Elchin and Ramin Hajiyev had left "
        "for Syria in 2013."
    )
    assert links_of(text, "en") == {
        ("Elchin Hajiyev", "brother", "Ramin Hajiyev"),
        ("Ramin Hajiyev", "brother", "Elchin Hajiyev"),
    }
    ru = "Братья Тимур и Руслан Исмаиловы уехали в Сирию. Тимур Исмаилов задержан."
    assert ("Тимур Исмаилов", "brother", "Руслан Исмаилов") in links_of(ru, "ru")


def test_a_patronymic_is_no_son_and_a_lone_kin_word_no_link() -> None:
    assert links_of("Elçin Ramiz oğlu Hacıyev 2016-cı ildə saxlanılıb.", "az") == set()
    assert links_of("Ramin Hajiyev said his brother had died in Syria.", "en") == set()
    assert links_of("Murat Kaya'nın kardeşi de gözaltına alındı.", "tr") == set()


EXPECTED: dict[str, set[Link]] = {
    "f_en_family.txt": {
        ("Elchin Hajiyev", "brother", "Ramin Hajiyev"),
        ("Elchin Hajiyev", "wife", "Leyla Hajiyeva"),
        ("Tural Mammadov", "wife", "Sevda Mammadova"),
        ("Kamran Aliyev", "wife", "Nigar Aliyeva"),
        ("Vasif Quliyev", "son", "Anar Quliyev"),
    },
    "f_ru_family.txt": {
        ("Эльчин Гаджиев", "brother", "Рустам Гаджиев"),
        ("Камран Алиев", "wife", "Нигяр Алиева"),
        ("Васиф Кулиев", "son", "Анар Кулиев"),
        ("Тимур Исмаилов", "wife", "Мадина Исмаилова"),
        # "Отец Руслана Байрамова Заур Байрамов": the son in the genitive, then the father
        ("Руслан Байрамов", "father", "Заур Байрамов"),
    },
    "f_az_family.txt": {
        ("Elçin Hacıyev", "brother", "Ramin Hacıyev"),
        ("Elçin Hacıyev", "wife", "Leyla Hacıyeva"),
        ("Tural Məmmədov", "son", "Anar Məmmədov"),
        ("Vüqar Əliyev", "uncle", "Rauf Kərimov"),
        ("Samir Quliyev", "father", "Vasif Quliyev"),
    },
    "f_tr_family.txt": {
        ("Ahmet Yılmaz", "brother", "Mehmet Yılmaz"),
        ("Mehmet Yılmaz", "wife", "Ayşe Yılmaz"),
        ("Hasan Demir", "son", "Emre Demir"),
        ("Murat Kaya", "brother", "Serkan Kaya"),
        ("Serkan Kaya", "mother", "Fatma Kaya"),
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_articles(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    found = extract_document(text)
    links = {(p.name, f["relation"], f["name"]) for p in found.persons for f in p.family}
    assert links >= EXPECTED[name]
    # every link is stated for both persons, and nobody else is made a relative
    named = {(a, b) for a, _, b in EXPECTED[name]}
    assert {(a, b) for a, _, b in links} == named | {(b, a) for a, b in named}


def test_claims_point_at_the_relative_with_the_sentence_as_evidence() -> None:
    text = "Tural Mammadov was detained in May. Tural Mammadov and his wife Sevda Mammadova fled."
    found = extract_document(text, language="en")
    ids = {p.name: p.id for p in found.persons}
    family = [c for c in found.claims if c.prop == "family"]
    assert {(c.entity_id, c.value, c.extra["relation"]) for c in family} == {
        (ids["Tural Mammadov"], ids["Sevda Mammadova"], "wife"),
        (ids["Sevda Mammadova"], ids["Tural Mammadov"], "husband"),
    }
    for claim in family:
        assert claim.extractor == EXTRACTOR
        assert claim.quote == "Tural Mammadov and his wife Sevda Mammadova fled."
        assert 0 < claim.confidence <= 1


REPORTS = {
    "monitor.txt": (
        "Caspian Monitor",
        "Qusar brothers in Syria\n\nElchin Hajiyev, 29, from Qusar, was killed in Syria in "
        "March 2015. His brother Ramin Hajiyev was arrested in Baku on 19 January 2016.\n",
    ),
    "xeber.txt": (
        "Xəbər Lenti",
        "Qusarlı qardaşlar\n\nElçin Hacıyevin həyat yoldaşı Leyla Hacıyeva 2019-cu ildə "
        "jurnalistlərə müsahibə verib.\n",
    ),
}


def test_stats_list_family_members(cli: Any, tmp_path: Path) -> None:
    ingest_reports(cli, tmp_path, REPORTS)
    cli("resolve")
    [stats] = cli.json_lines("stats")
    family = stats["family"]
    named = {p["id"]: p["name"] for p in cli.json_lines("persons")}
    names = {named.get(p, p) for p in family["persons"]}
    assert {"Ramin Hajiyev", "Leyla Hacıyeva"} <= names
    # Elchin Hajiyev and Elçin Hacıyev are one person: three relatives, not four
    assert family["count"] == 3
    assert family["relations"]["brother"] == 2
    assert family["relations"]["wife"] == 1
    assert family["relations"]["husband"] == 1
    # The brothers are what the database is about; the wife, of whom nothing else is
    # reported, is named as a relative and listed apart as mentioned.
    assert stats["people"]["count"] == 2
    assert [named[p] for p in stats["mentioned"]["persons"]] == ["Leyla Hacıyeva"]
