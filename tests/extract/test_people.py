"""People: names in Latin and Cyrillic, kunyas, aliases, titles, case forms, joining,
and the capitalised words that are not people."""

from __future__ import annotations

from ffdb.extract import extract_document


def _persons(text: str, language: str | None = None) -> dict[str, dict]:  # type: ignore[type-arg]
    records = extract_document(text, language=language).records()
    return {r["name"]: r for r in records if r["type"] == "person"}


def test_kunyas_with_nisbas_and_titles_kept_apart() -> None:
    text = (
        "New release from Shaykh Abū Muḥammad al-Maqdisī. Later, the new Caliph Abu Ibrahim "
        "al-Hashimi al-Qurashi spoke, as did Usamah Bin Laden before him."
    )
    found = _persons(text, "en")
    assert set(found) == {
        "Abū Muḥammad al-Maqdisī",
        "Abu Ibrahim al-Hashimi al-Qurashi",
        "Usamah Bin Laden",
    }
    assert found["Abū Muḥammad al-Maqdisī"]["titles"] == ["Shaykh"]


def test_mentions_of_one_person_are_joined() -> None:
    text = (
        "Azer Misirxanov aka Ebu Omer was a member of the group. Misirxanov later left. "
        "Abu ‘Umar al-Baghdadi led it until Abu ‘Umar was killed; al-Baghdadi was 50."
    )
    found = _persons(text, "en")
    assert set(found) == {"Azer Misirxanov", "Abu ‘Umar al-Baghdadi"}
    assert found["Azer Misirxanov"]["aliases"] == ["Ebu Omer"]
    assert len(found["Abu ‘Umar al-Baghdadi"]["mentions"]) == 3


def test_organisations_places_and_months_are_not_people() -> None:
    text = (
        "The Ministry of National Security and the State Oil Company met in Baku in August. "
        "The attack on the Abu Bakr Mosque in Abu Dhabi was condemned by the Islamic State "
        "Committee. Azerbaijani fighters went to Syria."
    )
    assert _persons(text, "en") == {}


def test_russian_case_forms_give_the_nominative() -> None:
    text = "Суд приговорил Заура Исламова к 8 годам. Исламов обжаловал приговор."
    found = _persons(text, "ru")
    assert list(found) == ["Заур Исламов"]


def test_a_womans_surname_keeps_its_ending() -> None:
    found = _persons("Полиция задержала Лейлу Алиеву в Баку.", "ru")
    assert list(found) == ["Лейла Алиева"]


def test_azerbaijani_and_turkish_suffixes_are_removed() -> None:
    az = _persons("Məhkəmə Elvin Qurbanovu həbs edib. Qurbanovun vəkili danışıb.", "az")
    assert list(az) == ["Elvin Qurbanov"]
    tr = _persons("Halis Demir'in avukatı konuştu. Demir'in ailesi bekliyor.", "tr")
    assert list(tr) == ["Halis Demir"]


def test_aliases_before_their_owner() -> None:
    found = _persons("“Əbu Yəhya” ləqəbli Nicat Aşurov Suriyaya gedib.", "az")
    assert found["Nicat Aşurov"]["aliases"] == ["Əbu Yəhya"]
    found = _persons("Ebu Hanzala lakaplı Halis Bayancuk tutuklandı.", "tr")
    assert found["Halis Bayancuk"]["aliases"] == ["Ebu Hanzala"]


def test_an_alias_without_owner_names_a_person() -> None:
    found = _persons("He crossed the border with an Arab known as “Dr. Muhammed”.", "en")
    assert list(found) == ["Muhammed"]
    assert found["Muhammed"]["titles"] == ["Dr."]
