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
        "Ilgar Mollaveliyev crossed the border along with an Arab known as “Dr. Muhammed”. "
        "Ebu Muaz lakaplı bir örgüt yöneticisinin emrinde çalıştı."
    )
    found = _aliases(text)
    assert found["Ilgar Mollaveliyev"] == []
    assert "Muhammed" in found and "Ebu Muaz" in found


def test_a_kunya_shared_by_another_person_is_not_merged() -> None:
    text = (
        "Azer Qaraxanov aka Ebu Omer was a member. Abu ‘Umar al-Kubaysi led the group until "
        "Abu ‘Umar was killed."
    )
    found = _aliases(text, "en")
    # the short form of the other's kunya is his alias, as analysts record it
    assert found == {"Azer Qaraxanov": ["Ebu Omer"], "Abu ‘Umar al-Kubaysi": ["Abu ‘Umar"]}


def test_an_alias_is_not_given_to_a_more_specific_namesake_named_before() -> None:
    text = (
        "Abu ‘Umar al-Kubaysi led the Islamic State of Iraq until Abu ‘Umar was killed. "
        "Years later Azer Qaraxanov aka Ebu Omer joined another group."
    )
    assert _aliases(text, "en") == {
        "Abu ‘Umar al-Kubaysi": ["Abu ‘Umar"],
        "Azer Qaraxanov": ["Ebu Omer"],
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


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Rauf Sadigov left Ganja in 2014. Within weeks he had crossed into Syria. Fellow "
            "fighters referred to him as Abu Zubair al-Azeri.",
            "en",
            {"Rauf Sadigov": ["Abu Zubair al-Azeri"]},
        ),
        (
            "Kenan Rustamli was killed in 2016. His comrades called him Abu Talha al-Azeri.",
            "en",
            {"Kenan Rustamli": ["Abu Talha al-Azeri"]},
        ),
        (
            "Соратником Исаева называли Рамазана Омарова из Буйнакска. Его знают под "
            "прозвищем Абу Умар ад-Дагестани.",
            "ru",
            {"Исаева": [], "Рамазан Омаров": ["Абу Умар ад-Дагестани"]},
        ),
        (
            "Речь идёт о Тимуре Алиеве из Дербента, который воевал под другим именем — Абу Асад.",
            "ru",
            {"Тимур Алиев": ["Абу Асад"]},
        ),
        (
            'Anar Vəliyev 2014-cü ildə evdən çıxıb. Sonra Anar Suriyadan zəng edib. O, orada "Əbu '
            'Səlim" ləqəbini götürüb.',
            "az",
            {"Anar Vəliyev": ["Əbu Səlim"]},
        ),
        (
            "Burak Önal 2014'te Suriye'ye gitti. Örgüt içinde ona Ebu Enes et-Türki deniyordu.",
            "tr",
            {"Burak Önal": ["Ebu Enes et-Türki"]},
        ),
    ],
)
def test_an_alias_given_in_the_next_sentence_belongs_to_the_man_a_pronoun_stands_for(
    text: str, language: str, expected: dict[str, list[str]]
) -> None:
    assert _aliases(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Prosecutors called him a danger to society. Rashad Guliyev was sentenced.", "en",
         {"Rashad Guliyev": []}),
        ("Rashad Guliyev was sentenced. The judge called him Tural Aliyev's closest aide.", "en",
         {"Rashad Guliyev": [], "Tural Aliyev": []}),
        ("Суд приговорил Ахмеда Исаева. Его называли опасным преступником.", "ru",
         {"Ахмед Исаев": []}),
        ("Elvin Qasımov Suriyaya gedib. Qonşular deyirdilər ki, o, artıq ölüb.", "az",
         {"Elvin Qasımov": []}),
    ],
)  # fmt: skip
def test_words_after_a_naming_verb_that_are_no_name_make_no_alias(
    text: str, language: str, expected: dict[str, list[str]]
) -> None:
    assert _aliases(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Our beloved brother Abu Talha al-Dagestani, whose name in the dunya was Rustam "
            "Aliskerov, from Khasavyurt, was killed.",
            "en",
            {"Rustam Aliskerov": ["Abu Talha al-Dagestani"]},
        ),
        (
            "Qardaşımız Əbu Həmzə əl-Azəri — dünyadakı adı Tural Nəbiyev — dünən şəhid olub.",
            "az",
            {"Tural Nəbiyev": ["Əbu Həmzə əl-Azəri"]},
        ),
        (
            "Погиб наш брат Абу Умар Дагестани — Арсен Хайбулаев, да примет его Аллах.",
            "ru",
            {"Арсен Хайбулаев": ["Абу Умар Дагестани"]},
        ),
        (
            'Örgüt içinde "Ebu Hamza et-Türki" kod adıyla bilinen, 1986 doğumlu Kırıkkaleli '
            "Ömer Faruk Taşdelen aranıyor.",
            "tr",
            {"Ömer Faruk Taşdelen": ["Ebu Hamza et-Türki"]},
        ),
        (
            '4. Kamran Rəhimli (1994-cü il təvəllüdlü, Qusar rayonu). "Əbu Əbdürrəhman" '
            "ləqəbi ilə İŞİD sıralarında döyüşüb.",
            "az",
            {"Kamran Rəhimli": ["Əbu Əbdürrəhman"]},
        ),
        (
            "Шамиль Гасанбеков осужден. Как установил суд, Гасанбеков летом 2014 года выехал "
            "через Турцию в Сирию, где воевал в рядах ИГ под именем Абу Муслим.",
            "ru",
            {"Шамиль Гасанбеков": ["Абу Муслим"]},
        ),
    ],
)
def test_martyr_posts_lists_and_long_clauses_give_the_alias_to_its_man(
    text: str, language: str, expected: dict[str, list[str]]
) -> None:
    assert _aliases(text, language) == expected


def test_a_russian_fighter_who_took_a_name_keeps_it_as_his_alias() -> None:
    text = (
        "Аслан Кушхов осужден. Летом 2014 года Кушхов выехал в Сирию, где вступил в ряды "
        "ИГИЛ и взял себе имя Абу Салих. Весной 2016 года он вернулся в Россию."
    )
    assert _aliases(text, "ru") == {"Аслан Кушхов": ["Абу Салих"]}
