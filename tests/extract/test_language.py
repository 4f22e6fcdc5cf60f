"""Language per document and per paragraph, offline."""

from __future__ import annotations

import pytest

from ffdb.extract.language import detect_language, detect_languages
from support import shared_path


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Elnur Qasimov travelled to Syria in 2013 and was killed near Aleppo a year later.", "en"),
        ("Эльнур Гасымов уехал в Сирию в 2013 году и погиб под Алеппо через год.", "ru"),
        (
            "Elnur Qasımov 2013-cü ildə Suriyaya gedib və bir il sonra "
            "Hələb yaxınlığında öldürülüb.",
            "az",
        ),
        (
            "Elnur Kasımov 2013 yılında Suriye'ye gitti ve bir yıl sonra "
            "Halep yakınlarında öldürüldü.",
            "tr",
        ),
        ("ذهب إلنور قاسموف إلى سوريا عام 2013 وقتل قرب حلب بعد عام.", "ar"),
        ("الینور قاسموف در سال ۲۰۱۳ به سوریه رفت و یک سال بعد در نزدیکی حلب کشته شد.", "fa"),
        ("Ельнур Гасимов поїхав до Сирії у 2013 році і загинув під Алеппо через рік.", "uk"),
        ("Элнұр 2013 жылы Сирияға кетіп, бір жылдан кейін Алеппо маңында қаза тапты.", "kk"),
        ("ელნურ ყასიმოვი 2013 წელს სირიაში გაემგზავრა.", "ka"),
        (
            "Elnur Kasimov est parti en Syrie en 2013 et a été tué près d'Alep un an plus tard.",
            "fr",
        ),
        (
            "Elnur Kasimow reiste 2013 nach Syrien und wurde ein Jahr später bei Aleppo getötet.",
            "de",
        ),
    ],
)
def test_languages_of_the_region(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_azerbaijani_without_schwa_letters_is_still_not_turkish_when_langid_says_so() -> None:
    # "ə" typed as "e", as on many Azerbaijani websites
    text = "Sumqayit sakini Elnur Qasimov Suriyaya gedib ve orada olub, ailesi xeber verib."
    assert detect_language(text) == "az"


def test_turkish_letters_without_schwa_mean_turkish() -> None:
    text = "Sumgayıt doğumlu militan Suriye'ye gitti, ailesi öldüğünü açıkladı."
    assert detect_language(text) == "tr"


def test_too_few_letters_give_none() -> None:
    assert detect_language("") is None
    assert detect_language("12.09.2014 — 17:30") is None


def test_paragraphs_in_several_languages() -> None:
    text = (
        "Elnur Qasimov travelled to Syria in 2013 and was killed near Aleppo a year later.\n"
        "His family confirmed the news to reporters in Sumqayit on Monday morning.\n"
        "Эльнур Гасымов уехал в Сирию в 2013 году и погиб под Алеппо через год.\n"
        "Elnur Qasımov 2013-cü ildə Suriyaya gedib və bir il sonra Hələb yaxınlığında öldürülüb.\n"
    )
    ranges = detect_languages(text)
    assert [lang for _, _, lang in ranges] == ["en", "ru", "az"]
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text.rstrip("\n"))
    assert text[ranges[1][0] : ranges[1][1]].startswith("Эльнур")


def test_short_lines_take_the_language_around_them() -> None:
    text = (
        "The list below names the provinces that pledged allegiance on each day.\n"
        "Wilayat al-Jabal\n"
        "Katibat al-Sahil\n"
        "The campaign went on for several weeks and was covered by many channels.\n"
    )
    assert [lang for _, _, lang in detect_languages(text)] == ["en"]


def test_the_shared_compilation_is_english_around_an_arabic_statement() -> None:
    text = shared_path("corpus", "jihadology-compilation.txt").read_text(encoding="utf-8")
    ranges = detect_languages(text)
    assert {lang for _, _, lang in ranges} <= {"en", "ar", "az", "tr", "id", "es", "nl"}
    arabic = [(s, e) for s, e, lang in ranges if lang == "ar"]
    assert len(arabic) == 1
    assert "والمفروض" in text[arabic[0][0] : arabic[0][1]]
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Rauf Əliyev, 31 years old and from Lənkəran, travelled to Syria in 2013 and was "
            "killed near Raqqa; his brother Orxan Nəsirov was arrested in Sumqayıt.",
            "en",
        ),
        (
            "Xaçmaz doğumlu Rauf Əliyev, 2009 yılında Suriye'ye gitti. Mahkeme ona yedi yıl hapis "
            "cezası verdi. Lənkəran doğumlu Ramil Babazadə, 2010 yılında Suriye'ye gitti.",
            "tr",
        ),
        (
            "Qusar sakini Elnur Qasımov 2014-cü ildə Suriyaya gedib və orada İŞİD-ə qoşulub, "
            "qardaşı isə həbs edilib.",
            "az",
        ),
    ],
)
def test_names_from_elsewhere_do_not_decide_and_function_words_spare_langid(
    text: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ffdb.extract.language as module

    def no_langid(*args: object, **kwargs: object) -> str:
        raise AssertionError("langid was consulted")

    monkeypatch.setattr(module, "_langid", no_langid)
    assert detect_language(text) == language
