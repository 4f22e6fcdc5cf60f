"""Hometowns, ages, nationalities, groups and roles, each as a claim with its sentence."""

from __future__ import annotations

from typing import Any

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> dict[str, dict[str, Any]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r for r in records if r["type"] == "person"}


def test_hometown_cues_in_english() -> None:
    text = (
        "Zaur Islamov was 37 years old and from the northern Azerbaijani city of Qusar. "
        "Ramil Qasimov, a native of Sumqayit, was jailed. Mollachiyev crossed into "
        "Azerbaijan from Russia. Elnur Aliyev had been living in Baku."
    )
    found = _persons(text, "en")
    assert found["Zaur Islamov"]["hometown"] == "Qusar"
    assert found["Zaur Islamov"]["age"] == 37
    assert found["Ramil Qasimov"]["hometown"] == "Sumqayit"
    assert found["Mollachiyev"]["hometown"] is None  # a journey's start, not a home
    assert found["Elnur Aliyev"]["hometown"] is None


def test_hometown_cues_in_russian_azerbaijani_turkish() -> None:
    ru = _persons("Уроженец Кусара 37-летний Заур Исламов погиб.", "ru")
    assert (ru["Заур Исламов"]["hometown"], ru["Заур Исламов"]["age"]) == ("Кусар", 37)
    az = _persons("Sumqayıt sakini Fuad Məmmədov və qusarlı Orxan Əliyev saxlanılıb.", "az")
    assert az["Fuad Məmmədov"]["hometown"] == "Sumqayıt"
    assert az["Orxan Əliyev"]["hometown"] == "qusar" or az["Orxan Əliyev"]["hometown"] == "Qusar"
    tr = _persons("Adıyaman doğumlu 32 yaşındaki Mehmet Yılmaz tutuklandı.", "tr")
    assert (tr["Mehmet Yılmaz"]["hometown"], tr["Mehmet Yılmaz"]["age"]) == ("Adıyaman", 32)


def test_a_boy_of_fourteen_is_nobody_named() -> None:
    text = "Seven were killed, including a 14-year-old boy from Nakhchivan. Elnur Aliyev said so."
    assert _persons(text, "en")["Elnur Aliyev"]["age"] is None


def test_nationality_of_an_apposition() -> None:
    text = "The group was led by Serdal Erbasi (aka Ebu zer), a Turkish citizen."
    assert _persons(text, "en")["Serdal Erbasi"]["nationality"] == "TR"


def test_groups_and_roles() -> None:
    text = (
        "In 2008 Ilgar Mollachiyev helped establish a branch of the Dagestani “Forest Brothers” "
        "in Azerbaijan. According to two alleged members of the group, Taleh Maherramov and "
        "Samir Babayev, he crossed the border. Azer Misirxanov was a high-ranking member of "
        "Taifetul Mansura in Afghanistan, led by Serdal Erbasi."
    )
    found = _persons(text, "en")
    assert found["Ilgar Mollachiyev"]["roles"] == [{"group": "Forest Brothers", "role": "founder"}]
    for name in ("Taleh Maherramov", "Samir Babayev"):
        assert found[name]["roles"] == [{"group": "Forest Brothers", "role": "member"}]
    assert found["Azer Misirxanov"]["roles"] == [{"group": "Taifetul Mansura", "role": "member"}]
    assert found["Serdal Erbasi"]["roles"] == [{"group": "Taifetul Mansura", "role": "leader"}]


def test_a_created_group_has_no_founder_named() -> None:
    text = "Abu Hamzah al-Muhajir gave baya to the newly created Islamic State of Iraq."
    assert _persons(text, "en")["Abu Hamzah al-Muhajir"]["groups"] == []


def test_groups_in_other_languages() -> None:
    ru = _persons("Заур Исламов вступил в ряды ИГИЛ в 2014 году.", "ru")
    assert ru["Заур Исламов"]["groups"] == ["Islamic State"]
    az = _persons("Ramil Qurbanov İŞİD-ə qoşulub.", "az")
    assert az["Ramil Qurbanov"]["groups"] == ["Islamic State"]
    tr = _persons("DEAŞ militanı Mehmet Yılmaz yakalandı.", "tr")
    assert tr["Mehmet Yılmaz"]["groups"] == ["Islamic State"]


def test_fact_claims_carry_extractor_evidence_and_confidence() -> None:
    text = "Ramil Qasimov, a native of Sumqayit, was jailed."
    claims = extract_document(text, language="en").claims
    [hometown] = [c for c in claims if c.prop == "hometown"]
    assert hometown.value == "Sumqayit"
    assert hometown.quote == text
    assert hometown.extractor == "fact_rules.v1"
    assert 0 < hometown.confidence <= 1
    [name] = [c for c in claims if c.prop == "name"]
    assert (name.value, name.extractor) == ("Ramil Qasimov", "person_rules.v1")
