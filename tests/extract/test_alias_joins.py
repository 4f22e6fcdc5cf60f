"""A kunya with its nisba and the short kunya a worldly name owns are one person; a
real-name cue opening a sentence names the kunya of the sentence before; "took the
name" in each language's wording."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _aliases(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["aliases"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "language", "name", "aliases"),
    [
        (
            "Вчера стал шахидом наш брат Абу Салих аль-Ингуши. Абу Салих, в миру Магомед "
            "Хамхоев, был родом из Назрани.",
            "ru",
            "Магомед Хамхоев",
            ["Абу Салих аль-Ингуши", "Абу Салих"],
        ),
        (
            "Kardeşimiz Ebu Talha et-Türki dün şehit oldu. Ebu Talha, dünyadaki adı Kemal "
            "Öztürk, Konyalıydı.",
            "tr",
            "Kemal Öztürk",
            ["Ebu Talha et-Türki", "Ebu Talha"],
        ),
        (
            "Qardaşımız Əbu Talha əl-Azəri dünən şəhid oldu. Əbu Talha, dünyadakı adı Kamal "
            "Əliyev, Qusardan idi.",
            "az",
            "Kamal Əliyev",
            ["Əbu Talha əl-Azəri", "Əbu Talha"],
        ),
        (
            "Our brother Abu Talha al-Azeri was martyred. Abu Talha, known in the dunya as "
            "Kamal Aliyev, came from Qusar.",
            "en",
            "Kamal Aliyev",
            ["Abu Talha al-Azeri", "Abu Talha"],
        ),
    ],
)
def test_a_kunya_with_its_nisba_joins_the_owner_of_the_short_kunya(
    text: str, language: str, name: str, aliases: list[str]
) -> None:
    assert _aliases(text, language) == {name: aliases}


def test_a_kunya_with_another_nisba_stays_apart() -> None:
    text = (
        "Abu Talha al-Azeri was killed. Abu Talha al-Shishani, whose real name is Kamal "
        "Aliyev, was wounded."
    )
    assert _aliases(text, "en") == {
        "Abu Talha al-Azeri": [],
        "Kamal Aliyev": ["Abu Talha al-Shishani"],
    }


def test_two_owners_of_one_short_kunya_stay_two_and_the_nisba_kunya_apart() -> None:
    text = (
        "Погиб Абу Салих аль-Ингуши. Абу Салих, в миру Магомед Хамхоев, ранен. Другой Абу "
        "Салих, в миру Ислам Евлоев, задержан."
    )
    assert _aliases(text, "ru") == {
        "Абу Салих аль-Ингуши": [],
        "Магомед Хамхоев": ["Абу Салих"],
        "Ислам Евлоев": ["Абу Салих"],
    }


@pytest.mark.parametrize(
    ("text", "language", "name", "alias"),
    [
        (
            "Dün kardeşimiz Ebu Talha et-Türki şehadete ulaştı. Asıl adı Kemal Öztürk olan "
            "kardeşimiz 24 yaşındaydı.",
            "tr",
            "Kemal Öztürk",
            "Ebu Talha et-Türki",
        ),
        (
            "Dünən qardaşımız Əbu Talha əl-Azəri şəhid oldu. Əsl adı Kamal Əliyev olan "
            "qardaşımız 24 yaşında idi.",
            "az",
            "Kamal Əliyev",
            "Əbu Talha əl-Azəri",
        ),
        (
            "Вчера погиб наш брат Абу Тальха аль-Дагестани. Настоящее имя — Камиль Алиев, ему "
            "было 24 года.",
            "ru",
            "Камиль Алиев",
            "Абу Тальха аль-Дагестани",
        ),
        (
            "Our brother Abu Talha al-Dagestani was martyred yesterday. Real name Kamil Aliyev, "
            "he was 24.",
            "en",
            "Kamil Aliyev",
            "Abu Talha al-Dagestani",
        ),
    ],
)
def test_a_real_name_opening_a_sentence_owns_the_kunya_before(
    text: str, language: str, name: str, alias: str
) -> None:
    assert _aliases(text, language) == {name: [alias]}


def test_a_real_name_after_a_sentence_naming_someone_after_the_kunya_takes_nothing() -> None:
    text = (
        "Ebu Talha et-Türki, Ahmet Yılmaz ile birlikte öldü. Asıl adı Kemal Öztürk olan "
        "kardeşimiz 24 yaşındaydı."
    )
    found = _aliases(text, "tr")
    assert found["Kemal Öztürk"] == []
    assert found["Ebu Talha et-Türki"] == []


@pytest.mark.parametrize(
    ("text", "language", "name", "alias"),
    [
        (
            "Марат Хасанов, взявший имя Абу Талха аль-Бельжики, уехал в Сирию в 2014 году.",
            "ru",
            "Марат Хасанов",
            "Абу Талха аль-Бельжики",
        ),
        (
            "Марат Хасанов, принявший имя Абу Талха, уехал в Сирию.",
            "ru",
            "Марат Хасанов",
            "Абу Талха",
        ),
        ("Марат Хасанов принял имя Абу Талха и уехал в Сирию.", "ru", "Марат Хасанов", "Абу Талха"),
        (
            "Kamil Aliyev, who took the name Abu Talha al-Azeri, left in 2014.",
            "en",
            "Kamil Aliyev",
            "Abu Talha al-Azeri",
        ),
        (
            "Kamil Aliyev, who adopted the nom de guerre Abu Talha al-Azeri, left in 2014.",
            "en",
            "Kamil Aliyev",
            "Abu Talha al-Azeri",
        ),
        (
            "Ebu Talha et-Türki adını alan Kemal Öztürk 2014'te Suriye'ye gitti.",
            "tr",
            "Kemal Öztürk",
            "Ebu Talha et-Türki",
        ),
        (
            "“Əbu Talha əl-Azəri” adını götürən Kamal Əliyev 2014-cü ildə Suriyaya gedib.",
            "az",
            "Kamal Əliyev",
            "Əbu Talha əl-Azəri",
        ),
    ],
)
def test_taking_a_name_gives_an_alias(text: str, language: str, name: str, alias: str) -> None:
    assert _aliases(text, language) == {name: [alias]}
