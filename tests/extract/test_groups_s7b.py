"""Group ties of session 7, round 2: money or papers passed to a group or to its
fighters in a Turkish clause made a noun, with words between ("örgüte kurye aracılığıyla
para aktardığı"), and a head word that is also a given name before a surname ("Ensar
Demirci" is a person, not a group). All texts are invented for these tests."""

from __future__ import annotations

from ffdb.extract import extract_document
from ffdb.extract.group_mentions import find_groups


def _groups(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language, published="2022-05-02").records()
    return {r["name"]: r["groups"] for r in records if r["type"] == "person"}


def test_money_sent_to_the_group_with_words_between() -> None:
    text = (
        "Mersin'de DEAŞ'a yönelik operasyon düzenlendi. Tarsus doğumlu Kadir Öztürkmen'in "
        "örgüte bir aracı üzerinden para aktardığı belirlendi. Öztürkmen tutuklandı."
    )
    assert "DEAŞ" in _groups(text, "tr")["Kadir Öztürkmen"]


def test_papers_found_for_the_groups_fighters() -> None:
    text = (
        "Bursa'da DEAŞ operasyonu yapıldı. Özbekistan uyruklu Sardor Aliqulov'un "
        "örgütün yabancı savaşçılarına sahte pasaport temin ettiği tespit edildi."
    )
    assert "DEAŞ" in _groups(text, "tr")["Sardor Aliqulov"]


def test_money_to_a_family_is_no_tie() -> None:
    text = (
        "Bursa'da DEAŞ operasyonu yapıldı. Sardor Aliqulov'un annesine her ay para "
        "gönderdiği öğrenildi."
    )
    assert _groups(text, "tr")["Sardor Aliqulov"] == []


def test_papers_got_for_the_group_are_no_tie() -> None:
    # the gold's convention: "örgüt için sahte kimlik" alone makes no member
    text = (
        "Bursa'da DEAŞ operasyonu yapıldı. Sardor Aliqulov'un ise örgüt için sahte "
        "kimlik temin ettiği öne sürüldü."
    )
    assert _groups(text, "tr")["Sardor Aliqulov"] == []


def test_a_given_name_that_opens_group_names_before_a_surname() -> None:
    text = "Avukat Ensar Demirci, müvekkilinin DEAŞ ile bağı olmadığını söyledi."
    assert [g.text for g in find_groups(text)] == ["DEAŞ"]
    assert "Ensar Demirci" in _groups(text, "tr")
