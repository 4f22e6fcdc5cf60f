"""Person names of session 6: particles, titles that are given names, names of many
origins, oblique cases, given names alone, non-names, and aliases given by naming verbs.
All people are fictional."""

from __future__ import annotations

import pytest

from ffdb.extract.document import extract_document


def _persons(text: str, language: str) -> dict[str, list[str]]:
    found = extract_document(text, published="2024-03-01", language=language).persons
    return {p.name: p.aliases for p in found}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "The court jailed Maarten van Leeuwen, 27, a convert from Breda.",
            "en",
            "Maarten van Leeuwen",
        ),
        ("Police named Jan van der Heide as the driver.", "en", "Jan van der Heide"),
        ("Kızı eşi Pieter de Graaf ile birlikte Suriye'ye gitti.", "tr", "Pieter de Graaf"),
    ],
)
def test_surname_particles_stay_in_the_name(text: str, language: str, name: str) -> None:
    assert name in _persons(text, language)


def test_turkish_conjunction_de_joins_no_names() -> None:
    persons = _persons("Ahmet de Mehmet'i gördü. Sonra Ali de Suriye'ye gitti.", "tr")
    assert not any(" de " in name for name in persons)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("His cousin, Emir Kovačević, 31, from Tuzla, was acquitted.", "Emir Kovačević"),
        ("Amir Salihović was arrested in Graz in 2019.", "Amir Salihović"),
    ],
)
def test_title_that_is_a_given_name_before_a_surname(text: str, name: str) -> None:
    assert name in _persons(text, "en")


def test_title_before_a_kunya_stays_a_title() -> None:
    found = extract_document("The group's Emir Abu Talha spoke.", language="en").persons
    assert [(p.name, p.titles) for p in found] == [("Abu Talha", ["Emir"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Begench Orazov, from Mary, left for Syria in 2015.", "Begench Orazov"),
        ("Prosecutor Ylva Sandgren asked for six years.", "Ylva Sandgren"),
        ("Gezim Hoxha was killed in Raqqa in 2016.", "Gezim Hoxha"),
        ("Abdiwali Nuur Farah was detained in Nairobi.", "Abdiwali Nuur Farah"),
    ],
)
def test_given_names_of_many_origins(text: str, name: str) -> None:
    assert name in _persons(text, "en")


def test_russian_genitive_of_a_soft_stem_name() -> None:
    text = "Коллегия под председательством судьи Сергея Литвиненко отклонила жалобу."
    assert "Сергей Литвиненко" in _persons(text, "ru")


def test_nominative_police_list_keeps_the_given_name() -> None:
    text = "• Дудаева Хеди Асланбековна, 1990 г.р., жительница Грозного."
    assert "Хеди Асланбековна Дудаева" in _persons(text, "ru")


def test_turkish_copula_after_a_surname() -> None:
    text = "Grubun sağ kolu Derbentli Timur Magomedov'du. Magomedov 2015'te öldürüldü."
    assert list(_persons(text, "tr")) == ["Timur Magomedov"]


def test_given_name_then_a_city_is_the_man_and_where() -> None:
    persons = _persons(
        "2016, mart — Elvin Mosul uğrunda döyüşlərdə yaralanıb. Elvin Qasımov orada idi.", "az"
    )
    assert list(persons) == ["Elvin Qasımov"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("У пары родились двое детей — Ибрагим и Марьям.", "ru", {"Ибрагим", "Марьям"}),
        (
            "• Гаджиева Патимат, с детьми Юсуфом (2016 г.р.) и Аминой (2018 г.р.);",
            "ru",
            {"Юсуф", "Амина"},
        ),
        ("Ama ağabeyi Mustafa'yı örgüt öldürdü.", "tr", {"Mustafa"}),
        (
            "His wife, who asked to be identified only as Khadija, lives in Idlib.",
            "en",
            {"Khadija"},
        ),
    ],
)
def test_relatives_named_by_a_given_name_alone(
    text: str, language: str, expected: set[str]
) -> None:
    assert expected <= set(_persons(text, language))


def test_newspaper_is_no_person() -> None:
    assert _persons("Haberi ilk kez Dicle Postası yayımladı.", "tr") == {}


@pytest.mark.parametrize(
    ("text", "language", "name", "alias"),
    [
        (
            'Samir Əhmədov Qaxda doğulub. Orada ona "Əbu Səid" adını verirlər.',
            "az",
            "Samir Əhmədov",
            "Əbu Səid",
        ),
        (
            'Kamal Rzayev, dostları arasında "Uzun Kamal" kimi tanınırdı.',
            "az",
            "Kamal Rzayev",
            "Uzun Kamal",
        ),
        (
            'Mehmet Kara\'yı oradakiler "Ebu Yasin" diye çağırıyormuş.',
            "tr",
            "Mehmet Kara",
            "Ebu Yasin",
        ),
        (
            'Ayşe Demir (30), kampta "Ümmü Safiye" adıyla tanınıyor.',
            "tr",
            "Ayşe Demir",
            "Ümmü Safiye",
        ),
        (
            "Адам Цечоев уехал в 2013 году. Известен под именем «Абу Idris».",
            "ru",
            "Адам Цечоев",
            "Абу Idris",
        ),
        (
            'He recruited Otabek Yusupov, whom fighters call "Otajon".',
            "en",
            "Otabek Yusupov",
            "Otajon",
        ),
        (
            "Jamal Khaled left in 2014. Under the kunya Abu Zayd he ran a unit.",
            "en",
            "Jamal Khaled",
            "Abu Zayd",
        ),
        (
            '• Besim Gashi ("Abu Dawud al-Kosovi"), 33, from Peja.',
            "en",
            "Besim Gashi",
            "Abu Dawud al-Kosovi",
        ),
        ("3) Брат Анас — Ислам Мержоев из Назрани, 24 года.", "ru", "Ислам Мержоев", "Анас"),
    ],
)
def test_aliases_given_by_naming_words(text: str, language: str, name: str, alias: str) -> None:
    persons = _persons(text, language)
    assert alias in persons.get(name, [])


def test_kunya_with_a_given_name_in_brackets() -> None:
    persons = _persons("Çatışmada Özbek kardeşimiz Ebu Zübeyr el-Özbeki (Sardor) yaralandı.", "tr")
    assert persons == {"Sardor": ["Ebu Zübeyr el-Özbeki"]}


def test_azerbaijani_case_on_a_nisba_is_undone() -> None:
    text = (
        "Əbu Talha əl-Şamaxinin yolu. Rauf Əlizadə Suriyaya gedib. "
        'Burada "Əbu Talha əl-Şamaxi" adını götürüb.'
    )
    persons = _persons(text, "az")
    assert persons == {"Rauf Əlizadə": ["Əbu Talha əl-Şamaxi"]}


def test_maiden_name_is_an_alias_of_her_given_name() -> None:
    text = "Его сестра Зарина Алиева (в девичестве Гасанова), 1993 года рождения, уехала."
    assert _persons(text, "ru") == {"Зарина Алиева": ["Зарина Гасанова"]}
    assert _persons("Lotte Peeters, née Janssens, 31, was detained.", "en") == {
        "Lotte Peeters": ["Lotte Janssens"]
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Anne Hatice cenazede ağladı. Torunum Yusuf'la birlikte gittiler.",
            "tr",
            {"Hatice", "Yusuf"},
        ),
        ("She came to Vienna with her husband, Said-Magomed, in 2004.", "en", {"Said-Magomed"}),
    ],
)
def test_more_kin_words_and_hyphenated_given_names(
    text: str, language: str, expected: set[str]
) -> None:
    assert expected <= set(_persons(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police found two Kalashnikov rifles and a Makarov pistol in the car.", "en"),
        ("В машине нашли автомат Калашникова.", "ru"),
        ("Ссылки из Telegram-каналов удалены.", "ru"),
        # a military operation named after a river and a shield, with a given name first
        ("Ordu, Dicle Kalkanı Harekâtı kapsamında ilerledi.", "tr"),
        ("Bölgede Murat Kartalı Harekatı başladı.", "tr"),
    ],
)
def test_things_named_like_people_are_no_one(text: str, language: str) -> None:
    assert _persons(text, language) == {}


def test_a_person_named_by_initials_keeps_them() -> None:
    assert list(_persons("Reporting by Anar Musayev; editing by T. Brandt.", "en")) == [
        "Anar Musayev",
        "T. Brandt",
    ]


def test_a_common_word_in_its_case_splits_two_names() -> None:
    text = "Məlum olub ki, Quliyevi Türkiyəyə Elşad Hacıyev adlı şəxs aparıb."
    assert "Elşad Hacıyev" in _persons(text, "az")


def test_a_plural_role_is_no_part_of_the_name() -> None:
    text = "Attorneys Nathan Okoye and Clara Vance asked for bail."
    assert "Nathan Okoye" in _persons(text, "en")


def test_a_russian_kunya_in_the_genitive_joins_its_man() -> None:
    text = (
        "Наш брат Абу Зейд аш-Шишани — Ахмед Бисаев из Шали. "
        "У Абу Зейда остались жена и двое сыновей."
    )
    assert _persons(text, "ru") == {"Ахмед Бисаев": ["Абу Зейд аш-Шишани", "Абу Зейд"]}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("2017 – Hatay şəhərindən olan Zehra ilə Rəqqədə evlənir.", "az", "Zehra"),
        ("In 2016 he married Safiya in Mosul.", "en", "Safiya"),
        ("В 2015 году он женился на Марьям.", "ru", "Марьям"),
    ],
)
def test_a_spouse_named_by_a_given_name_alone(text: str, language: str, name: str) -> None:
    assert name in _persons(text, language)


def test_a_brother_of_a_man_named_by_surname_bears_it() -> None:
    text = "Рустам Бекоев осуждён. Младший брат Бекоева, Тимур, погиб в Сирии в 2016 году."
    assert set(_persons(text, "ru")) == {"Рустам Бекоев", "Тимур Бекоев"}


def test_a_kunya_in_the_instrumental_is_read_in_the_nominative() -> None:
    text = "Там его нашёл некий Абу Тураб, узбек из Оша. — Что стало с Абу Турабом?"
    assert list(_persons(text, "ru")) == ["Абу Тураб"]


def test_a_womans_surname_in_its_case_before_another_name() -> None:
    text = "Детей встречала соседка Исаевой Зарема Хаджиева из Шали."
    assert "Зарема Хаджиева" in _persons(text, "ru")


def test_her_daughter_is_read_as_a_woman() -> None:
    text = "Её дочь Амина Гасанова, 1996 года рождения, уехала в Сирию."
    assert "Амина Гасанова" in _persons(text, "ru")
    text = "Патимат Алиева, вдова Камиля Алиева, осуждена."
    assert "Камиль Алиев" in _persons(text, "ru")


def test_an_office_after_initials_is_no_person() -> None:
    text = "U.S. Attorney's Office. Assistant U.S. Attorney Karen Lowe filed the case."
    assert list(_persons(text, "en")) == ["Karen Lowe"]


@pytest.mark.parametrize(
    ("text", "language", "name", "alias"),
    [
        (
            "Məlum olub ki, 1992-ci il təvəllüdlü Əliyev Ramin Vaqif oğlu İŞİD-ə qoşulub və "
            '"Əbu Həmzə" ləqəbi ilə Rəqqə və Deyr əz-Zor bölgələrində döyüşüb.',
            "az",
            "Ramin Vaqif oğlu Əliyev",
            "Əbu Həmzə",
        ),
        (
            "İddianamede, Konya doğumlu Okan Taşçı'nın 2016 yılında Suriye'ye geçerek "
            '"Ebu Cafer" kod adıyla faaliyet yürüttüğü belirtildi.',
            "tr",
            "Okan Taşçı",
            "Ebu Cafer",
        ),
    ],
)
def test_the_one_person_of_a_sentence_owns_its_alias(
    text: str, language: str, name: str, alias: str
) -> None:
    assert alias in _persons(text, language).get(name, [])
