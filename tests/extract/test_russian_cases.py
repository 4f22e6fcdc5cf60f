"""Russian names in the genitive and accusative whose given name no list knows: the
words around them tell a man's oblique case from a woman's nominative."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _names(text: str) -> list[str]:
    records = extract_document(text, language="ru").records()
    return [r["name"] for r in records if r["type"] == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сотрудники ФСБ задержали Залима Шебзухова в Нальчике.", ["Залим Шебзухов"]),
        ("Силовики разыскивают Беслана Тлехугова.", ["Беслан Тлехугов"]),
        ("Дело против Аслана Куготова передано в суд.", ["Аслан Куготов"]),
        # a woman's accusative and nominatives stay hers
        ("Сотрудники ФСБ задержали Мадину Хашукоеву в Нальчике.", ["Мадина Хашукоева"]),
        ("Об этом сообщила Фатима Хашукоева.", ["Фатима Хашукоева"]),
        ("Задержанная Мадина Хашукоева отказалась от показаний.", ["Мадина Хашукоева"]),
    ],
)
def test_a_governing_word_before_the_name_shows_its_case(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_a_kunya_with_abu_makes_the_name_a_mans() -> None:
    text = (
        "Лидером группы называют Залима Шебзухова по прозвищу Абу Муслим. По данным "
        "силовиков, он был ликвидирован в 2016 году."
    )
    records = extract_document(text, language="ru").records()
    (person,) = [r for r in records if r["type"] == "person"]
    assert (person["name"], person["aliases"]) == ("Залим Шебзухов", ["Абу Муслим"])


def test_a_mans_genitive_before_a_name_in_the_nominative_is_two_people() -> None:
    text = (
        "Задержан Бекмурзаев Ильяс Русланович. «Мой сын никогда не был боевиком», — "
        "заявила мать Ильяса Зарема Бекмурзаева."
    )
    assert sorted(_names(text)) == ["Зарема Бекмурзаева", "Ильяс Русланович Бекмурзаев"]


def test_an_interview_addresses_the_mother_by_name_and_patronymic() -> None:
    text = (
        "Вчера задержан Тимур Сабирзянов. Мы поговорили с его матерью Гульнарой "
        "Сабирзяновой.\n\n— Гульнара Рафаэлевна, когда Тимур уехал?\n— В 2015 году."
    )
    assert sorted(_names(text)) == ["Гульнара Сабирзянова", "Тимур Сабирзянов"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жена Керимова заявила, что он в Сирии. Ильхам Керимов погиб.", ["Ильхам Керимов"]),
        ("Задержан Али Алиев. Брат Али Алиева Муса Алиев заявил.", ["Али Алиев", "Муса Алиев"]),
    ],
)
def test_a_relative_of_someone_in_the_genitive_is_not_one_name_with_him(
    text: str, expected: list[str]
) -> None:
    assert _names(text) == expected


def test_the_official_surname_first_form_is_kept_beside_the_name() -> None:
    text = "В Нальчике задержан Кушхов Аслан Мухамедович, 1990 года рождения."
    records = extract_document(text, language="ru").records()
    (person,) = [r for r in records if r["type"] == "person"]
    assert (person["name"], person["aliases"]) == (
        "Аслан Мухамедович Кушхов",
        ["Аслан Кушхов", "Кушхов Аслан Мухамедович"],
    )
    genitive = "В отношении Кушхова Аслана Мухамедовича возбуждено дело."
    (person,) = [r for r in extract_document(genitive, language="ru").records()]
    # the gold of sets I and L keeps the official form of an oblique mention too, in the
    # nominative (session 7)
    assert person["name"] == "Аслан Мухамедович Кушхов"
    assert person["aliases"] == ["Аслан Кушхов", "Кушхов Аслан Мухамедович"]


def test_a_list_entry_written_surname_first_keeps_that_form() -> None:
    # annotators name such a person as the list writes him ("Умаханов Арсен"): the
    # written form is kept for the record to be found by it
    text = "В розыске: Умаханов Арсен, 1995 года рождения, уроженец Буйнакска."
    (person,) = [r for r in extract_document(text, language="ru").records()]
    assert (person["name"], person["aliases"]) == ("Арсен Умаханов", ["Умаханов Арсен"])


def test_a_genitive_in_y_comes_from_a_name_in_a() -> None:
    text = (
        "Прокуратура утвердила обвинительное заключение в отношении Абакарова Абдуллы "
        "Магомедовича. По версии обвинения, Абакаров, известный среди сторонников как Абу "
        "Абдуллах, ранее входил в бандподполье."
    )
    (person,) = [r for r in extract_document(text, language="ru").records()]
    assert (person["name"], person["aliases"]) == (
        "Абдулла Магомедович Абакаров",
        ["Абдулла Абакаров", "Абу Абдуллах", "Абакаров Абдулла Магомедович"],
    )
