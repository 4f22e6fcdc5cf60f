"""A list of names that shares one predicate: the commas between the names cut the
sentence into clauses, but the hometown, the journey and the count after it are said of
every name of the list; "along with" joins a list as "and" does; a transfer in custody
("brought to Iraq by US forces") is no journey; "respectively" dates each person once."""

from __future__ import annotations

from support import events_by_name, hometowns_by_name


def test_a_hometown_told_after_a_list_cut_by_commas_is_every_listed_persons() -> None:
    text = (
        "Date: 2025-06-01\n\n"
        "Rauf Selimov, Tarlan Qasimli and Ilkin Bagirzade were all natives of Sumgayit."
    )
    found = hometowns_by_name(text)
    for name in ("Rauf Selimov", "Tarlan Qasimli", "Ilkin Bagirzade"):
        assert found[name] == "Sumgayit", name


def test_a_source_named_before_the_comma_is_not_listed_with_the_subjects() -> None:
    text = (
        "Date: 2025-06-01\n\n"
        "According to Rauf Selimov, Tarlan Qasimli and Ilkin Bagirzade were natives of Quba."
    )
    found = hometowns_by_name(text)
    assert found["Tarlan Qasimli"] == "Quba"
    assert found["Rauf Selimov"] is None


def test_along_with_joins_the_list_for_its_hometown_journey_and_count() -> None:
    text = (
        "Date: 2025-06-01\n\n"
        "Brothers Rauf Selimov and Kamal Selimov, along with Tarlan Qasimli, Ilkin "
        "Bagirzade and Famil Nuriyev, were all natives of Sumgayit. In 2015 they left for "
        "Syria. All five were detained in 2019."
    )
    homes = hometowns_by_name(text)
    found = events_by_name(text)
    for name in ("Rauf Selimov", "Kamal Selimov", "Tarlan Qasimli", "Ilkin Bagirzade"):
        assert homes[name] == "Sumgayit", name
        assert found[name].get("travelled") == "2015", name
        assert found[name].get("detained") == "2019", name


def test_a_transfer_by_forces_or_after_a_capture_is_no_journey() -> None:
    moved = events_by_name(
        "Date: 2025-06-01\n\nRauf Selimov was captured in 2019. He was brought to Iraq by "
        "US forces and tried in Baghdad in 2020."
    )
    assert "travelled" not in moved["Rauf Selimov"]
    after = events_by_name(
        "Date: 2025-06-01\n\nIn 2019 Rauf Selimov, a native of Quba, was brought to Iraq "
        "after his capture in Baghuz."
    )
    assert "travelled" not in after["Rauf Selimov"]


def test_a_child_taken_to_syria_by_a_parent_travelled() -> None:
    found = events_by_name(
        "Date: 2025-06-01\n\nRauf Selimov's son Yusif Selimov was taken to Syria by his "
        "father in 2014."
    )
    assert found["Yusif Selimov"].get("travelled") == "2014"


def test_dates_told_respectively_go_one_to_each_person() -> None:
    found = events_by_name(
        "Date: 2025-06-01\n\nRauf Selimov and Tarlan Qasimli are listed as killed in Mosul "
        "in 2016 and in al-Bab in 2017 respectively."
    )
    assert found["Rauf Selimov"].get("killed") == "2016"
    assert found["Tarlan Qasimli"].get("killed") == "2017"
