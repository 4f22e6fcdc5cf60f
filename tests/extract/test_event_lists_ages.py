"""A list of persons whose entries carry ages ("М.Х., 27 лет, А.Ж., 31 год, и Т.К.",
"X, 33, and Y, 30, were each given"), or closed by "as well as" / "eləcə də", gives the
status to every entry (fictional people)."""

from __future__ import annotations

import pytest

from support import person_records


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "В субботу в Нальчике задержаны трое членов ячейки — Мурат Хасанов, 27 лет, "
            "Алим Жанов, 31 год, и Тимур Кушхов, 24 года.",
            "detained",
        ),
        (
            "Daniyar Omarov, 33, and his cousin Nurlan Omarov, 30, both from Taraz, were "
            "each given nine years.",
            "sentenced",
        ),
        (
            "Fevralın 11-də Gəncə sakinləri Rauf Əliyev (29 yaş) və Murad Səfərov (33 yaş), "
            "eləcə də 32 yaşlı Coşqun Abbasov saxlanılıb.",
            "detained",
        ),
        ("Police detained Rauf Aliyev as well as Coskun Abbasov on Monday.", "detained"),
    ],
)
def test_every_entry_of_the_list_has_the_status(text: str, status: str) -> None:
    records = person_records(text)
    assert len(records) >= 2, sorted(records)
    for name, record in records.items():
        assert status in {e["status"] for e in record["events"]}, name
