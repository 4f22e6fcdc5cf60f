"""Kunyas a naming verb or an instrumental gives ("olarak tanındı", "kimi təqdim edir",
"ləqəbi ilə", "kod adlarını kullanıyordu", "использовал кунью", "Его там звали",
"называл себя"), Kyrgyz "uulu"/"kyzy" kept in a name, a woman's nominative after a
feminine verb, and words that are no part of a name (an office, a kin word in a case,
a verb after initials, a genitive surname, a case ending on a foreign surname)."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["aliases"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "language", "name", "alias"),
    [
        (
            "Ramazan Kılıç 2014'te Suriye'ye geçti. Örgüt içinde “Ebu Zerr et-Türki” olarak "
            "tanındı.",
            "tr",
            "Ramazan Kılıç",
            "Ebu Zerr et-Türki",
        ),
        (
            "Nihat Demirci Suriye'ye gitti ve orada “Ebu Sait” olarak bilindi.",
            "tr",
            "Nihat Demirci",
            "Ebu Sait",
        ),
        (
            "Tofiq Rüstəmov 2015-ci ildə Suriyaya gedib. Qrupun kanalı onu Əbu Zərr əl-Azəri "
            "kimi təqdim edir.",
            "az",
            "Tofiq Rüstəmov",
            "Əbu Zərr əl-Azəri",
        ),
        (
            "Gəncəli Samir Nağıyev isə, Əbu Leys əl-Gəncəvi ləqəbi ilə, 2016-cı ildə "
            "Nüsrəyə qoşulub.",
            "az",
            "Samir Nağıyev",
            "Əbu Leys əl-Gəncəvi",
        ),
        (
            "Bosnalı Edin Kovač ise Ebu Yakup el-Bosnevi lakabıyla 2015'te Nusra'da yer aldı.",
            "tr",
            "Edin Kovač",
            "Ebu Yakup el-Bosnevi",
        ),
        (
            "Kayseri doğumlu Serkan Uysal, örgüt içinde “Ebu Bera” ve “Ebu Bera et-Türki” "
            "kod adlarını kullanıyordu.",
            "tr",
            "Serkan Uysal",
            "Ebu Bera",
        ),
        (
            "Тимур Евкуров уехал в Сирию в 2014 году. Там он использовал кунью Абу Умар "
            "аль-Ингуши.",
            "ru",
            "Тимур Евкуров",
            "Абу Умар аль-Ингуши",
        ),
        (
            "Сначала уехал Шамиль Бексултанов. Его там звали Абу Дуджана аль-Чечени.",
            "ru",
            "Шамиль Бексултанов",
            "Абу Дуджана аль-Чечени",
        ),
        (
            "Ильдар Сафин звонил матери раз в месяц, называл себя Абу Юсуф.",
            "ru",
            "Ильдар Сафин",
            "Абу Юсуф",
        ),
        (
            "Хасан Тлупов выехал в Сирию в 2015 году. В рядах ИГ известен под кунъей Абу "
            "Джафар аль-Кабарди.",
            "ru",
            "Хасан Тлупов",
            "Абу Джафар аль-Кабарди",
        ),
        (
            "Sanan Qasımlı left for Syria in 2014. The group's channel presents him as Abu "
            "Yasir al-Azeri.",
            "en",
            "Sanan Qasımlı",
            "Abu Yasir al-Azeri",
        ),
    ],
)
def test_kunya_by_a_naming_verb_is_an_alias(
    text: str, language: str, name: str, alias: str
) -> None:
    persons = _persons(text, language)
    assert alias in persons[name]
    assert alias not in persons


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Kırgız uyruklu Talant Asanbekov uulu (31) da yakalandı.", "tr", "Talant Asanbekov uulu"),
        (
            "Задержан уроженец Оша Нурлан Жолдошев уулу, 27 лет. Жолдошев уулу признал вину.",
            "ru",
            "Нурлан Жолдошев уулу",
        ),
        (
            "His sister, Aizada Mamatova kyzy, 31, was detained in Osh.",
            "en",
            "Aizada Mamatova kyzy",
        ),
        (
            "Talas sakini Bakyt Sadykov uulu (29) həbs edilib. Sadykov uulunun anası danışıb.",
            "az",
            "Bakyt Sadykov uulu",
        ),
    ],
)
def test_kyrgyz_son_or_daughter_word_stays_in_the_name(text: str, language: str, name: str) -> None:
    persons = _persons(text, language)
    assert name in persons
    assert not any(p in ("uulu", "уулу", "kyzy") for p in persons)


@pytest.mark.parametrize(
    ("text", "language", "name", "not_name"),
    [
        (
            "Процесс вела судья Зарина Абдуллаева. Подсудимый вину не признал.",
            "ru",
            "Зарина Абдуллаева",
            "Зарин Абдуллаев",
        ),
        (
            "Deputy Ombudsman Nodira Karimova met the women at the airport.",
            "en",
            "Nodira Karimova",
            "Ombudsman Nodira Karimova",
        ),
        (
            'Babası Hasan Kurt, "Oğlumu Murat Taş götürdü" dedi.',
            "tr",
            "Murat Taş",
            "Oğlumu Murat Taş",
        ),
        (
            "3. Хатажуков Аслан Муратович, уроженец г. Нальчик, сын Хатажукова А. Б. Выехал в "
            "Сирию в 2014 году.",
            "ru",
            "Аслан Муратович Хатажуков",
            "А. Б. Выехал",
        ),
        (
            "Адвокат Рахимзоды Далер Саидов назвал это процедурой.",
            "ru",
            "Далер Саидов",
            "Рахимзоды Далер Саидов",
        ),
        (
            "Məhkəmə Driton Hasaniyə 3 il həbs cəzası verib. Driton Hasani 2015-ci ildə "
            "Suriyaya gedib.",
            "az",
            "Driton Hasani",
            "Driton Hasaniyə",
        ),
    ],
)
def test_words_around_a_name_stay_out_of_it(
    text: str, language: str, name: str, not_name: str
) -> None:
    persons = _persons(text, language)
    assert name in persons
    assert not_name not in persons


@pytest.mark.parametrize(
    ("text", "language", "name", "alias"),
    [
        (
            "Ali Yılmaz ve Ali Yavuz aynı sokakta büyüdü. Yılmaz'a “Berber Ali”, Yavuz'a ise "
            "“Uzun Ali” denirdi.",
            "tr",
            "Ali Yılmaz",
            "Berber Ali",
        ),
        (
            "Rəşad Quliyev və Elvin Quliyev qardaşdır. Rəşad'a “Böyük Rəşad” deyirdilər.",
            "az",
            "Rəşad Quliyev",
            "Böyük Rəşad",
        ),
    ],
)
def test_a_name_said_to_someone_is_his_alias(
    text: str, language: str, name: str, alias: str
) -> None:
    persons = _persons(text, language)
    assert alias in persons[name]
    assert alias not in persons


def test_a_quoted_charge_said_to_a_defendant_is_no_alias() -> None:
    text = (
        "Mahkeme Kemal Yıldırım'a “silahlı terör örgütüne üye olma” suçundan 7 yıl hapis "
        "cezası verdi. Arkadaşları ona böyle derlerdi."
    )
    persons = _persons(text, "tr")
    assert persons["Kemal Yıldırım"] == []
