"""A relative named by the speaker's own kin word ("Annemiz Gülnara Kazımova", "Qardaşım
Elvin Quliyev") and an official named after a Turkish prosecutor's office word are named
without those words (fictional people)."""

from __future__ import annotations

import pytest

from support import person_records


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Annemiz Gülnara Kazımova iki yıl önce vefat etti," diyor.', "Gülnara Kazımova"),
        ("\"Ağabeyimiz Tolga Keskin 2014'te Suriye'ye gitti,\" dedi.", "Tolga Keskin"),
        ('"Qardaşım Elvin Quliyev 2014-cü ildə getdi," deyir.', "Elvin Quliyev"),
        ('"Oğlum Rəşad Əliyev heç vaxt silah tutmayıb," deyə ana bildirdi.', "Rəşad Əliyev"),
        (
            "Kayseri Cumhuriyet Başsavcıvekili Levent Çakır, soruşturmanın genişletildiğini "
            "açıkladı.",
            "Levent Çakır",
        ),
    ],
)
def test_the_word_before_is_no_part_of_the_name(text: str, name: str) -> None:
    assert list(person_records(text)) == [name]
