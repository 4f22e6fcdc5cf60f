"""A hometown said of brothers together ("Balakənli qardaşlar", "Оба брата — уроженцы
Оша", "Sumqayıt sakinləri olan Həsənov qardaşları") goes to each brother the text names
with the family's surname nearby, and to no mother, sister or other family."""

from __future__ import annotations

from typing import Any

from ffdb.extract import extract_document


def _hometowns(text: str, published: str = "2019-05-01") -> dict[str, Any]:
    records = extract_document(text, published=published).records()
    return {r["name"]: r["hometown"] for r in records if r["type"] == "person"}


def test_azerbaijani_demonym_on_the_brothers_of_the_sentence_before() -> None:
    text = (
        "Qonşuluqda yaşayan Nəsirov qardaşları — Tural və Samir — 2014-cü ildə Suriyaya "
        "yollanıblar. Zaqatalalı qardaşlar da İŞİD sıralarında vuruşublar. Onların anası "
        "Gülnarə Nəsirova danışmaq istəmədi."
    )
    found = _hometowns(text)
    assert found["Tural Nəsirov"] == "Zaqatala"
    assert found["Samir Nəsirov"] == "Zaqatala"
    assert found["Gülnarə Nəsirova"] is None


def test_russian_both_brothers_natives_of_a_town() -> None:
    text = (
        "В 2015 году в Сирию уехали братья Азамат и Руслан Бекмурзаевы. Оба брата — "
        "уроженцы Нальчика. Их мать Фатима Бекмурзаева узнала об этом из Telegram."
    )
    found = _hometowns(text)
    assert found["Азамат Бекмурзаев"] == "Нальчик"
    assert found["Руслан Бекмурзаев"] == "Нальчик"
    assert found["Фатима Бекмурзаева"] is None


def test_turkish_demonym_before_two_brothers() -> None:
    text = (
        "Malatyalı iki kardeş, 2014 yazında evden ayrıldı. Büyük kardeş Yusuf Çınar "
        "Rakka'da öldü. Küçük kardeş Harun Çınar 2016'da Türkiye'ye döndü."
    )
    found = _hometowns(text)
    assert found["Yusuf Çınar"] == "Malatya"
    assert found["Harun Çınar"] == "Malatya"


def test_no_home_word_gives_no_hometown() -> None:
    text = (
        "The Dudayev brothers, Aslan and Rustam, left for Syria in 2014. Both brothers "
        "were seen in Raqqa a year later."
    )
    found = _hometowns(text)
    assert found["Aslan Dudayev"] is None
    assert found["Rustam Dudayev"] is None


def test_a_lone_man_is_no_family() -> None:
    text = (
        "Elvin Abbasov 2015-ci ildə Suriyaya gedib. Qusarlı qardaşlar haqqında isə məlumat yoxdur."
    )
    assert _hometowns(text)["Elvin Abbasov"] is None
