"""A country written the Azerbaijani or Turkish way after a name is no part of it."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Oğlum Elvin Məmmədov Hollandiya polisinə təslim olub.", "az"),
        ("Elvin Məmmədov İspaniyada saxlanılıb.", "az"),
        ("Elvin Məmmədov Norveçdən qayıdıb.", "az"),
    ],
)
def test_a_country_after_a_name_is_not_a_surname(text: str, language: str) -> None:
    records = extract_document(text, language=language).records()
    assert [r["name"] for r in records if r["type"] == "person"] == ["Elvin Məmmədov"]
