"""Persons and aliases, session 7: kunyas joined to the person who bears them in more of
the ways texts give them, official forms of oblique names, settlements and languages that
are no one (fictional people)."""

from __future__ import annotations

import pytest

from support import person_records


def _aliases(text: str, name: str, **options: str) -> list[str]:
    records = person_records(text, **options)
    assert name in records, sorted(records)
    return list(records[name]["aliases"])


def test_a_kunya_with_a_given_name_that_is_also_a_religions_word() -> None:
    records = person_records(
        "Abu Muslim al-Shami (Karim Haddad) was killed in 2016. Abu Muslim leaves a wife."
    )
    assert list(records) == ["Karim Haddad"]
    assert records["Karim Haddad"]["aliases"] == ["Abu Muslim al-Shami", "Abu Muslim"]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # a given name with a nisba is a nom de guerre, as a kunya is
        (
            "Brother Yusuf al-Almani (Markus Weber) was wounded in the battle.",
            "Markus Weber",
            "Yusuf al-Almani",
        ),
        # a titled name, then the kunya he bore in brackets
        (
            'The fighter Emir Begovic ("Abu Hamza al-Bosni") of Tuzla was killed in 2017.',
            "Emir Begovic",
            "Abu Hamza al-Bosni",
        ),
        # a quoted kunya after a comma
        (
            'PROFILE: Ruslan Bekov, "Abu Idris al-Kabardi" (1990-2016)\n\nBekov was born.',
            "Ruslan Bekov",
            "Abu Idris al-Kabardi",
        ),
        # a martyr list with hyphens for dashes
        (
            "Killed in the raid:\n- Abu Talha al-Tajiki - Farrukh Nazarov from Khujand\n",
            "Farrukh Nazarov",
            "Abu Talha al-Tajiki",
        ),
    ],
)
def test_a_kunya_beside_the_name_is_an_alias(text: str, name: str, alias: str) -> None:
    assert alias in _aliases(text, name)


def test_two_aliases_after_one_cue() -> None:
    text = (
        "Driton Hoxha, born in 1990 in Peja, went to Syria. Known there as Abu Dawud "
        'al-Kosovi and to his school friends as "Toni", he joined two groups.\n\n'
        'Arben M., 27, left in 2014. Known in those circles as "Abdullah al-Albani" or '
        '"Abu Abdullah", he was detained. The press has named him as Arben Morina.'
    )
    records = person_records(text)
    assert records["Driton Hoxha"]["aliases"] == ["Abu Dawud al-Kosovi", "Toni"]
    # the man named by his surname's initial is the one the press names in full
    assert "Arben M." not in records
    assert records["Arben Morina"]["aliases"] == ["Arben M.", "Abdullah al-Albani", "Abu Abdullah"]


def test_an_age_before_an_indefinite_apposition_keeps_the_alias() -> None:
    text = 'Pieter Claes, 31, a convert from Ghent known as "Ibrahim", was detained.'
    assert _aliases(text, "Pieter Claes") == ["Ibrahim"]


@pytest.mark.parametrize(
    ("language", "text", "name", "alias"),
    [
        (
            "tr",
            'Aranan şüpheli Kerem Aydın, "Ebu Zer" olarak da biliniyor.',
            "Kerem Aydın",
            "Ebu Zer",
        ),
        (
            "tr",
            '- Timur Sadykov, Kazakistan uyruklu. Örgüt içinde "Ebu Cafer el-Kazaki" kod '
            "adını kullanıyor.",
            "Timur Sadykov",
            "Ebu Cafer el-Kazaki",
        ),
        (
            "tr",
            "Kamplarda bir Alman vardı, Jonas Becker, kendine Ebu Hafs derdi. Çok sertti.",
            "Jonas Becker",
            "Ebu Hafs",
        ),
        (
            "tr",
            "Arkadaşı Tobias Keller de gitti. Tobias müslüman olmuş, adını Yakup koymuştu.",
            "Tobias Keller",
            "Yakup",
        ),
        (
            "tr",
            'Müslüman olduktan sonra "Ebu Osman el-Almani" adını alan Tobias Keller yaralandı.',
            "Tobias Keller",
            "Ebu Osman el-Almani",
        ),
        (
            "tr",
            "Savcı Ali Demir tarafından hazırlanan iddianamede, Kemal Sarıkaya'nın (29) "
            '"Ebu Yahya" kod adıyla faaliyet yürüttüğü belirtildi.',
            "Kemal Sarıkaya",
            "Ebu Yahya",
        ),
        (
            "az",
            "DTX məlumatına görə, Qəbələ sakini Nurlan Həsənli Suriyada döyüşüb, orada "
            '"Əbu Səid" adından istifadə edib.',
            "Nurlan Həsənli",
            "Əbu Səid",
        ),
        (
            "az",
            'Yanımda Şəkidən Fuad Rzayev var idi, ona orada "Əbu Bəkr" deyirdilər.',
            "Fuad Rzayev",
            "Əbu Bəkr",
        ),
        (
            "az",
            'Sonra Elçin Abbaslı "Əbu Turab" ləqəbini götürüb. Dostları arasında isə '
            '"Tutu" deyə tanınırmış.',
            "Elçin Abbaslı",
            "Tutu",
        ),
    ],
)
def test_turkish_and_azerbaijani_ways_of_giving_a_name(
    language: str, text: str, name: str, alias: str
) -> None:
    records = person_records(text, language=language)
    assert alias in records[name]["aliases"], records
    assert alias not in records


def test_a_peoples_word_before_a_surname_is_a_given_name() -> None:
    records = person_records("Proses hakim Əfqan Quliyevin sədrliyi ilə keçib.", language="az")
    assert "Əfqan Quliyev" in records


def test_the_official_form_of_an_oblique_name_in_the_nominative() -> None:
    text = (
        "Суд вынес приговор в отношении Исаева Тимура Магомедовича, 1992 года рождения, и "
        "Сулеймановой Заиры Руслановны, 1996 года рождения."
    )
    records = person_records(text, language="ru")
    assert records["Тимур Магомедович Исаев"]["aliases"] == [
        "Тимур Исаев",
        "Исаев Тимур Магомедович",
    ]
    assert records["Заира Руслановна Сулейманова"]["aliases"] == [
        "Заира Сулейманова",
        "Сулейманова Заира Руслановна",
    ]


def test_a_russian_list_entry_uses_a_name() -> None:
    text = (
        "3. Гаджиева Асият Омаровна, 1998 года рождения. Подозревается в вербовке. "
        "Использует имя «Умм Асия».\n"
    )
    records = person_records(text, language="ru")
    assert "Умм Асия" in records["Асият Омаровна Гаджиева"]["aliases"]
    assert "Умм Асия" not in records


def test_a_settlement_after_its_abbreviation_is_no_one() -> None:
    text = (
        "Задержан Алиев Тагир Русланович, 1994 года рождения, уроженец с. Талгоше, "
        "известный под именем «Абу Тагир»."
    )
    records = person_records(text, language="ru")
    assert list(records) == ["Тагир Русланович Алиев"]
    assert "Абу Тагир" in records["Тагир Русланович Алиев"]["aliases"]


def test_the_pronouns_gender_tells_whose_alias() -> None:
    text = (
        "Зареме Алиевой 31 год. Её муж Рамазан Алиев уехал в Сирию в 2013 году. "
        "«Сказал, что едет на заработки», — вспоминает Зарема. Там его знали как Абу Умара."
    )
    records = person_records(text, language="ru")
    assert "Зарема Алиева" in records  # a woman's name in the dative, in the nominative
    assert records["Рамазан Алиев"]["aliases"] == ["Абу Умар"]
    assert records["Зарема Алиева"]["aliases"] == []


def test_a_kunya_then_the_name_of_its_bearer() -> None:
    text = "В том бою погиб брат Абу Хамза ад-Дагестани, по имени Абдул-Малик, из Кизляра."
    records = person_records(text, language="ru")
    assert list(records) == ["Абдул-Малик"]
    assert "Абу Хамза ад-Дагестани" in records["Абдул-Малик"]["aliases"]


def test_an_office_before_a_name_is_no_part_of_it() -> None:
    assert "Hakan Doğru" in person_records(
        "Tokat Kaymakamı Hakan Doğru, açıklama yaptı.", language="tr"
    )
    assert "Мусаев" in person_records(
        "— Оперативник Мусаев приходил много раз, вежливый человек.", language="ru"
    )


def test_a_title_a_group_and_a_kunya_are_no_nicknamed_name() -> None:
    text = "Амир «Джейш аль-Мухаджирин валь-Ансар» Абу Салих выразил соболезнования."
    records = person_records(text, language="ru")
    assert not any(name.startswith("Амир") for name in records)


def test_languages_after_a_kin_word_are_no_one() -> None:
    text = (
        'There was Anna Vogel, a convert from Essen. "Anna taught the children German and '
        'English in secret."'
    )
    assert list(person_records(text)) == ["Anna Vogel"]


def test_a_name_whose_real_name_the_text_does_not_give_is_a_person() -> None:
    text = (
        'He crossed with two friends: Omar Siddiqui and a boy we knew only as "Chip". '
        "I never learned Chip's real name."
    )
    records = person_records(text)
    assert records["Omar Siddiqui"]["aliases"] == []
    assert "Chip" in records
    owned = person_records("Abu Hamza's real name is Karim Haddad. He was killed in 2015.")
    assert owned["Karim Haddad"]["aliases"] == ["Abu Hamza"]


def test_the_short_form_of_a_kunya_read_with_a_bare_nisba() -> None:
    text = (
        "Погиб наш брат Абу Ясир Дагестани — Тимур Гасанбеков, да примет его Аллах. "
        "Абу Ясир был из первых братьев, прибывших в Шам."
    )
    records = person_records(text, language="ru")
    assert records["Тимур Гасанбеков"]["aliases"] == ["Абу Ясир Дагестани", "Абу Ясир"]


def test_an_azerbaijani_future_of_being_known() -> None:
    text = 'Vüsal Kərimli 2012-ci ildə Suriyaya gedib. Orada "Əbu Zəkəriyyə" kimi tanınacaq.'
    records = person_records(text, language="az")
    assert records["Vüsal Kərimli"]["aliases"] == ["Əbu Zəkəriyyə"]


@pytest.mark.parametrize(
    ("text", "name", "alias", "language"),
    [
        (
            "We announce the shahada of our brother Abu Talut al-Almani, known in the dunya "
            "as Florian Weber, from Bremen.",
            "Florian Weber",
            "Abu Talut al-Almani",
            "en",
        ),
        (
            "Погиб наш брат Абу Салман аль-Кабарди, известный в миру как Аслан Тхагапсоев.",
            "Аслан Тхагапсоев",
            "Абу Салман аль-Кабарди",
            "ru",
        ),
    ],
)
def test_the_worldly_name_is_the_persons_own(
    text: str, name: str, alias: str, language: str
) -> None:
    records = person_records(text, language=language)
    assert list(records) == [name]
    assert alias in records[name]["aliases"]
