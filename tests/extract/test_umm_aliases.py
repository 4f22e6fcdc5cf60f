"""A mother's kunya (Umm, Ummu, Ümmü, Умм) that a cue gives right after a man's name is
the woman's the sentence speaks of, never the man's (fictional people)."""

from __future__ import annotations

import pytest

from support import person_records


@pytest.mark.parametrize(
    ("text", "woman", "man", "kunya"),
    [
        (
            "Günel Məmmədova 2014-cü ildə Suriyaya gedib. Sonra Günel dağıstanlı Şamil "
            "Rəsulovla ailə qurub. Orada o, Ummu Abdurrəhman adını götürüb.",
            "Günel Məmmədova",
            "Şamil Rəsulov",
            "Ummu Abdurrəhman",
        ),
        (
            "Fatma Yıldız 2014'te Suriye'ye gitti. Kadın daha sonra Azerbaycanlı Elvin "
            'Hüseynov ile evlendi. Örgüt içinde "Ümmü Aişe" olarak tanındı.',
            "Fatma Yıldız",
            "Elvin Hüseynov",
            "Ümmü Aişe",
        ),
    ],
)
def test_a_mothers_kunya_after_her_husbands_name_is_hers(
    text: str, woman: str, man: str, kunya: str
) -> None:
    records = person_records(text, published="2025-06-01")
    assert kunya in records[woman]["aliases"]
    assert kunya not in records[man]["aliases"]


def test_a_fathers_kunya_after_the_same_cue_stays_the_mans() -> None:
    text = "Elvin Hüseynov 2014'te Suriye'ye gitti. Örgüt içinde \"Ebu Aişe\" olarak tanındı."
    records = person_records(text, published="2025-06-01")
    assert records["Elvin Hüseynov"]["aliases"] == ["Ebu Aişe"]
