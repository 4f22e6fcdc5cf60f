"""Aliases in each language's idiom, each listed under the right person."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _aliases(text: str, language: str | None = None) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["aliases"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Yasir Rahman, 27, also known as Abu Dujana al-Britani, left in 2014.",
            "en",
            {"Yasir Rahman": ["Abu Dujana al-Britani"]},
        ),
        (
            "Kamil Ibragimov, a Dagestani militant who fought under the nom de guerre Abu Bakr "
            "al-Khasavyurti, was killed.",
            "en",
            {"Kamil Ibragimov": ["Abu Bakr al-Khasavyurti"]},
        ),
        (
            'Ibragimov, nicknamed "The Surgeon" by fellow fighters, was killed. Kamil Ibragimov '
            "was 36.",
            "en",
            {"Kamil Ibragimov": ["The Surgeon"]},
        ),
        (
            "Elnur Bagirov, whose kunya was Abu Salman al-Azeri, arrived in Idlib.",
            "en",
            {"Elnur Bagirov": ["Abu Salman al-Azeri"]},
        ),
        (
            'Elnur Bagirov arrived. Known to his comrades as "the Engineer", Bagirov ran a '
            "workshop.",
            "en",
            {"Elnur Bagirov": ["the Engineer"]},
        ),
        ("Вугар Гасымов по прозвищу «Сумгаитец» погиб.", "ru", {"Вугар Гасымов": ["Сумгаитец"]}),
        (
            "Эльчин Гусейнов, воевавший под псевдонимом Абу Зубейр, вернулся.",
            "ru",
            {"Эльчин Гусейнов": ["Абу Зубейр"]},
        ),
        (
            "Задержан Арсен Мамедов. В Сирии Мамедов был известен под прозвищем Абу Ханиф.",
            "ru",
            {"Арсен Мамедов": ["Абу Ханиф"]},
        ),
        ("Шамиль Омаров с позывным «Тахир» задержан.", "ru", {"Шамиль Омаров": ["Тахир"]}),
        (
            "“Əbu Səid əl-Azəri” adı ilə tanınan Tərlan Kazımlı qayıdıb.",
            "az",
            {"Tərlan Kazımlı": ["Əbu Səid əl-Azəri"]},
        ),
        (
            "“Əmir Xəttab” kimi tanınan Əhməd Əsgərzadə yaralanıb.",
            "az",
            {"Əhməd Əsgərzadə": ["Əmir Xəttab"]},
        ),
        (
            "Lənkəran əsilli Elgün Şirinov, ləqəbi Əbu Talha, həlak olub. Əbu Talha 2014-cü ildə "
            "gəlmişdi.",
            "az",
            {"Elgün Şirinov": ["Əbu Talha"]},
        ),
        (
            "Əkrəm Şükürov saxlanılıb. “Əbu Bəkir” ləqəbli Şükürov döyüşüb.",
            "az",
            {"Əkrəm Şükürov": ["Əbu Bəkir"]},
        ),
        (
            "Yusuf Kocabaş yakalandı. “Ebu Talha et-Türki” kod adlı Kocabaş'ın geçtiği belirlendi.",
            "tr",
            {"Yusuf Kocabaş": ["Ebu Talha et-Türki"]},
        ),
        ("Murat Özdemir nam-ı diğer “Doktor” aranıyor.", "tr", {"Murat Özdemir": ["Doktor"]}),
        (
            "“Hudeyfe” olarak bilinen Özbek militan Şerzod Rahimov öldürüldü.",
            "tr",
            {"Şerzod Rahimov": ["Hudeyfe"]},
        ),
        (
            "Ebu Yusuf el-Kazaki kod adıyla bilinen Kazakistan uyruklu Nurlan Seitov yakalandı.",
            "tr",
            {"Nurlan Seitov": ["Ebu Yusuf el-Kazaki"]},
        ),
        ("“Seyfullah” takma adlı Kadir Aksu yaralandı.", "tr", {"Kadir Aksu": ["Seyfullah"]}),
    ],
)
def test_alias_idioms(text: str, language: str, expected: dict[str, list[str]]) -> None:
    assert _aliases(text, language) == expected


def test_a_kunya_beside_a_name_in_brackets_is_its_alias_either_way() -> None:
    text = (
        "Few rose as fast as Abu Yusuf al-Azeri (Rasim Bagirzade). Abu Yusuf was killed in 2014. "
        "Kardeşimiz Ömer Çelikkaya (Ebu Hafs et-Türki) şehit düştü."
    )
    assert _aliases(text) == {
        "Rasim Bagirzade": ["Abu Yusuf al-Azeri", "Abu Yusuf"],  # the short form, too
        "Ömer Çelikkaya": ["Ebu Hafs et-Türki"],
    }


def test_an_alias_of_someone_unnamed_is_nobody_elses() -> None:
    text = (
        "Ilgar Mollachiyev crossed the border along with an Arab known as “Dr. Muhammed”. "
        "Ebu Muaz lakaplı bir örgüt yöneticisinin emrinde çalıştı."
    )
    found = _aliases(text)
    assert found["Ilgar Mollachiyev"] == []
    assert "Muhammed" in found and "Ebu Muaz" in found


def test_a_kunya_shared_by_another_person_is_not_merged() -> None:
    text = (
        "Azer Misirxanov aka Ebu Omer was a member. Abu ‘Umar al-Baghdadi led the group until "
        "Abu ‘Umar was killed."
    )
    found = _aliases(text, "en")
    # the short form of the other's kunya is his alias, as analysts record it
    assert found == {"Azer Misirxanov": ["Ebu Omer"], "Abu ‘Umar al-Baghdadi": ["Abu ‘Umar"]}


def test_an_alias_is_not_given_to_a_more_specific_namesake_named_before() -> None:
    text = (
        "Abu ‘Umar al-Baghdadi led the Islamic State of Iraq until Abu ‘Umar was killed. "
        "Years later Azer Misirxanov aka Ebu Omer joined another group."
    )
    assert _aliases(text, "en") == {
        "Abu ‘Umar al-Baghdadi": ["Abu ‘Umar"],
        "Azer Misirxanov": ["Ebu Omer"],
    }


def test_his_real_name_makes_the_kunya_before_an_alias() -> None:
    text = (
        "The brother Abu Dujana al-Azeri was martyred in Hama. Shaykh Abdul Hakim al-Shishani "
        "praised him. His real name was Rauf Mirzayev. Sheikh Abu Yahya al-Azeri, whose real "
        "name is reported as Elvin Karimov, was a judge."
    )
    assert _aliases(text, "en") == {
        "Rauf Mirzayev": ["Abu Dujana al-Azeri"],
        "Abdul Hakim al-Shishani": [],
        "Elvin Karimov": ["Abu Yahya al-Azeri"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elnur Bağırov Suriyaya gedib. Sonra E.Bağırov qruplaşmaya qoşulub. "
            'O, "Əbu Həmzə" ləqəbi ilə tanınırdı.',
            {"Elnur Bağırov": ["Əbu Həmzə"]},
        ),
        (
            "Rauf Mirzayev left for Syria in 2014. Mirzayev joined a unit there. "
            "He was known to his comrades as Abu Talha.",
            {"Rauf Mirzayev": ["Abu Talha"]},
        ),
    ],
)
def test_a_pronoun_after_a_surname_mention_gives_the_alias_to_the_full_person(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert _aliases(text) == expected
