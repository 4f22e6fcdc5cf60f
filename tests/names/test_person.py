"""How a person is shown: the name chosen among those the sources give."""

from __future__ import annotations

from ffdb.names.person import display_name


def test_a_person_is_shown_by_a_full_name_before_a_kunya_however_often_the_kunya_comes() -> None:
    names = ["Abu Yusuf al-Azeri", "Ebu Yusuf el-Azeri", "Abu Yusuf al-Azeri", "Nicat Əliyev"]
    assert display_name(names) == "Nicat Əliyev"
    assert display_name(["Abu Hamza", "Abu Hamza al-Azeri", "Abu Hamza"]) == "Abu Hamza"
    assert display_name([]) is None
