"""`ffdb geocode`: one JSON line per name asked, with the entry chosen or null."""

from __future__ import annotations

import json
from pathlib import Path

from ffdb.names.places import lookup_place
from support import Cli, shared_path


def _records(cli: Cli, *args: str) -> list[dict[str, object]]:
    result = cli("geocode", *args)
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_names_resolve_to_one_entry_each(cli: Cli) -> None:
    records = _records(cli, "Sumgait", "Сумгаит", "Nowhere-on-earth")
    assert [r["name"] for r in records] == ["Sumgait", "Сумгаит", "Nowhere-on-earth"]
    first, second, third = (r["entry"] for r in records)
    assert isinstance(first, dict) and first == second
    assert set(first) >= {"id", "name", "country", "latitude", "longitude", "precision"}
    assert first["country"] == "AZ" and first["precision"] == "town"
    assert third is None


def test_file_and_country(cli: Cli, tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Qusar\n\nKhachmaz\nRaqqa\n", encoding="utf-8")
    records = _records(cli, "--file", str(names), "--country", "AZ")
    assert [r["name"] for r in records] == ["Qusar", "Khachmaz", "Raqqa"]
    assert records[2]["entry"] is None  # Raqqa is not in Azerbaijan
    assert all(isinstance(r["entry"], dict) for r in records[:2])


def test_unreadable_file_is_a_clear_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("geocode", "--file", str(tmp_path / "absent.txt"), expect=2)
    assert "absent.txt" in result.stderr


def test_geonames_provinces_of_the_region_resolve() -> None:
    """Every first-level division of Azerbaijan, Syria and Iraq in GeoNames' own list
    resolves to a place of that country."""
    path = shared_path("fixtures", "data", "geonames_admin1CodesASCII.txt")
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line[:3] in ("AZ.", "SY.", "IQ.")
    ]
    assert len(rows) > 60
    missing = [r[1] for r in rows if lookup_place(r[1], country=r[0][:2]) is None]
    assert len(missing) <= len(rows) // 20, missing


def test_a_country_given_by_name_or_left_blank(cli: Cli) -> None:
    [by_name] = _records(cli, "Qusar", "--country", "Azerbaijan")
    [blank] = _records(cli, "Qusar", "--country", " ")
    assert by_name["entry"] is not None and by_name["entry"] == blank["entry"]


def test_an_unknown_country_is_an_error_not_all_nulls(cli: Cli) -> None:
    result = cli("geocode", "Qusar", "--country", "Atlantis", expect=2)
    assert "Atlantis" in result.stderr and result.stdout == ""
