"""Hometowns and ages said in ways met on unseen text (session 7): ages in brackets after
a name, a name's age and origin set off by commas after a journey's word, a people's
adjective before "the town of", plurals of fighters "from" a region, Russian district
adjectives and indeclinable names, a genitive province before its district, bracketed
list entries with a year of birth, lower-case demonyms before a kin word, a village the
text names again bare, and a hometown said once of siblings. All people are fictional."""

from __future__ import annotations

from typing import Any

import pytest

from support import person_records


def _records(text: str, **options: Any) -> dict[str, dict[str, Any]]:
    options.setdefault("published", "2021-05-01")
    return person_records(text, **options)


def _homes(text: str) -> dict[str, str | None]:
    return {name: r["hometown"] for name, r in _records(text).items()}


def _ages(text: str) -> dict[str, int | None]:
    return {name: r["age"] for name, r in _records(text).items()}


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Operasyonda Serkan Yavuz (31) ve Oğuz Tekin (25) yakalandı.", "Oğuz Tekin", 25),
        ("Mahkeme Hakan Bozkurt'u (38) hapse mahkum etti.", "Hakan Bozkurt", 38),
        ("Police named the suspect as Idris Varga (44) on Friday.", "Idris Varga", 44),
        ("2. Səbinə Kazımova, 27 yaş, Şirvan şəhər sakini.", "Səbinə Kazımova", 27),
        ("1) Брат Анзор — Ильяс Ахмадов из Аргуна, 24 лет. Погиб в мае.", "Ильяс Ахмадов", 24),
        (
            "1. Abu Talha al-Shishani (Zelim Tsokaev), 33, from Shali. Killed in May.",
            "Zelim Tsokaev",
            33,
        ),
        ("Her brother Timur Basayev, now 27, left home in 2015.", "Timur Basayev", 27),
        ("Marat Ilyasov was injured in June. He was 22.", "Marat Ilyasov", 22),
    ],
)
def test_an_age_beside_the_name(text: str, name: str, age: int) -> None:
    assert _ages(text)[name] == age


def test_a_sentence_length_is_no_age() -> None:
    text = "Гособвинитель Анна Семенова просила для подсудимого 17 лет. Суд согласился."
    assert _ages(text).get("Анна Семенова") is None


def test_name_age_and_origin_after_a_journey_word() -> None:
    text = (
        "The longest term went to Besnik Hoxha, 35, from Podujeva. Among the returnees was "
        "Gulnara Ismailova, 30, from Taraz, who spoke to reporters."
    )
    homes = _homes(text)
    assert homes["Besnik Hoxha"] == "Podujeva"
    assert homes["Gulnara Ismailova"] == "Taraz"


def test_a_peoples_adjective_before_the_town_of() -> None:
    text = "The dead included Aslan Dudayev, 30, a native of the Chechen town of Gudermes."
    assert _homes(text)["Aslan Dudayev"] == "Gudermes"


def test_fighters_from_a_region_are_nobodys_home() -> None:
    text = (
        "Ruslan Kodzoev joined a faction dominated by fighters from the North Caucasus. "
        "Kodzoev, born in Nazran, was 24 then."
    )
    assert _homes(text)["Ruslan Kodzoev"] == "Nazran"


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("Задержан Умар Висаитов, уроженец Шалинского района.", "Умар Висаитов", "Шалинский район"),
        (
            "Осужден Аслан Кодзоков, уроженец с. Хабаз Зольского района.",
            "Аслан Кодзоков",
            "Хабаз, Зольский район",
        ),
        ("Ерлан Сапаров из Алматы уехал в Сирию в 2014 году.", "Ерлан Сапаров", "Алматы"),
        ("Гела Бежанов из Тбилиси уехал в Сирию в 2014 году.", "Гела Бежанов", "Тбилиси"),
        ("Тимур Исмаилов из Казани уехал в Сирию в 2014 году.", "Тимур Исмаилов", "Казань"),
    ],
)
def test_russian_district_adjectives_and_indeclinable_names(
    text: str, name: str, town: str
) -> None:
    assert _homes(text)[name] == town


def test_a_genitive_province_before_its_district() -> None:
    text = "Cemal Öztürk (60), aslen Malatya'nın Darende ilçesinden. Oğlu 2015'te gitti."
    assert _homes(text)["Cemal Öztürk"] == "Darende, Malatya"


def test_bracketed_list_entries_with_a_year_of_birth() -> None:
    text = (
        "Aranan şüpheliler:\n"
        "- Tarık Bulut (1990 doğumlu, Diyarbakır'ın Ergani ilçesi). Bulut Suriye'de.\n"
        "- Esra Demirtaş (1995 doğumlu, Kayserili). Demirtaş 2016'da gitti."
    )
    homes = _homes(text)
    assert homes["Tarık Bulut"] == "Ergani, Diyarbakır"
    assert homes["Esra Demirtaş"] == "Kayseri"


def test_a_lower_case_demonym_before_a_kin_word() -> None:
    text = "Həmin döyüşdə qaxlı qardaşımız Əbu Talha da yaralandı."
    assert _homes(text)["Əbu Talha"] == "Qax"


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "People of the village of Gorban gathered on Monday. His friend Orkhan Safarov, "
            "29, also a native of Gorban, came back from Syria in 2018.",
            "Orkhan Safarov",
            "Gorban",
        ),
        (
            "Astara rayonunun Pəlikəş kəndində yas mərasimi keçirilib. Pəlikəş sakini olan "
            "Elvin Nağıyev 2016-cı ildə Suriyaya gedib.",
            "Elvin Nağıyev",
            "Pəlikəş",
        ),
        ("Его друг из соседнего Аргуна, Зелимхан Бисаев, был ранен.", "Зелимхан Бисаев", "Аргун"),
    ],
)
def test_a_village_named_again_and_a_friend_from_a_town(text: str, name: str, town: str) -> None:
    assert _homes(text)[name] == town


@pytest.mark.parametrize(
    "text",
    [
        "Two brothers from Sheki tell the story. Nijat Aliyev was killed in 2016. His "
        "younger brother Ilkin Aliyev was detained in 2018.",
        "Sivas'ın Zara ilçesinden iki kardeş var. Nijat Aliyev 2014'te Suriye'ye geçti; "
        "kardeşi Ilkin Aliyev da onu izledi.",
    ],
)
def test_a_hometown_said_once_of_siblings(text: str) -> None:
    homes = _homes(text)
    assert homes["Nijat Aliyev"] is not None
    assert homes["Nijat Aliyev"] == homes["Ilkin Aliyev"]


def test_leaving_a_town_is_no_origin() -> None:
    homes = _homes("Зарина Алиева была задержана при выходе из Хаджина. Зарина Алиева ждёт суда.")
    assert homes["Зарина Алиева"] is None
    assert _homes("Зарина Алиева, выходец из Кизляра, задержана.")["Зарина Алиева"] == "Кизляр"


def test_a_cue_after_the_place_opens_the_next_list_entry() -> None:
    text = (
        "Müəyyən edilib ki, Şirvan şəhər sakini, 1991-ci il təvəllüdlü Abbasov Elvin Rauf "
        "oğlu, Salyan rayon sakini, 1989-cu il təvəllüdlü Kazımov Ramil Vaqif oğlu Suriyaya "
        "gediblər."
    )
    homes = _homes(text)
    assert homes["Elvin Rauf oğlu Abbasov"] == "Şirvan"
    assert homes["Ramil Vaqif oğlu Kazımov"] == "Salyan"


def test_a_headlines_place_skips_the_byline() -> None:
    text = (
        "A Shamakhi mother back from the camp\n\nBy Laura Finch\n\n"
        "Aysel Ramazanova, 30, was repatriated last month. She was arrested on arrival."
    )
    homes = _homes(text)
    assert homes["Laura Finch"] is None
    assert homes["Aysel Ramazanova"] == "Shamakhi"
