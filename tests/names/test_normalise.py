"""Fold and phonetic keys: one key for the spellings of a name across scripts."""

from __future__ import annotations

import pytest

from ffdb.names.normalise import fold_key, phonetic_keys, skeleton_of
from ffdb.names.translit import readings_of, script_of, to_ascii

SAME_KEY = [
    ["Məmmədov", "Mammadov", "Mamedov", "Мамедов", "Memmedov"],
    ["Hüseynov", "Huseynov", "Гусейнов"],
    ["Şixəliyev", "Shikhaliyev", "Шихалиев"],
    ["Nicat", "Nijat", "Ниджат"],
    ["Qurbanov", "Gurbanov", "Курбанов"],
    ["Abdullayev", "Abdullaev", "Абдуллаев"],
    ["Cundullah", "Jundullah", "Джундулла"],
    ["Vüqar", "Vugar", "Вюгар"],
    ["Qasımlı", "Гасымлы", "Gasymly"],
    ["Tağıyev", "Тагыйев", "Tagiev"],
]


@pytest.mark.parametrize("spellings", SAME_KEY)
def test_spellings_share_a_phonetic_key(spellings: list[str]) -> None:
    keys = [set(phonetic_keys(s)) for s in spellings]
    for spelling, key in zip(spellings, keys, strict=True):
        assert key & keys[0], (spelling, key, keys[0])


@pytest.mark.parametrize(
    ("left", "right"),
    [("Mammadov", "Mahmudov"), ("Hasanov", "Huseynov"), ("Elçin", "Elşən"), ("Aliyev", "Alizade")],
)
def test_different_names_keep_different_keys(left: str, right: str) -> None:
    assert not set(phonetic_keys(left)) & set(phonetic_keys(right))


def test_fold_key_drops_script_marks_and_article() -> None:
    assert fold_key("ar-Raqqah") == fold_key("Ar Raqqah") == "raqqah"
    assert fold_key("Abū Muḥammad al-Ḥijāzī") == "abu muhammad hijazi"
    assert fold_key("İŞİD") == fold_key("ISHID") == "ishid"
    assert fold_key("الرقة") == fold_key("الرقة ")


def test_scripts_and_readings() -> None:
    assert script_of("Ниджат") == "cyrillic"
    assert script_of("أبو يحيى") == "arabic"
    assert script_of("Sumqayıt") == "latin"
    assert to_ascii("Ниджат") == "nijat"
    assert set(readings_of("Гасан")) == {"gasan", "hasan"}
    assert skeleton_of("mamaduv") == "mdv"  # doubled consonants merge once vowels go
