"""`ffdb documents` and `ffdb show` print what sources contain, whatever it looks like."""

from __future__ import annotations

from pathlib import Path

from support import Cli


def test_titles_and_paths_with_brackets_are_printed_as_written(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "odd [x].txt"
    source.write_text("[/b] Title [VIDEO]\n\n[/b] Body [bold]x\n", encoding="utf-8")
    cli("ingest", "--no-extract", str(source))
    listed = cli("documents").stdout
    assert "[/b] Title [VIDEO]" in listed
    (doc,) = cli.json_lines("documents")
    shown = cli("show", doc["id"]).stdout
    assert "title: [/b] Title [VIDEO]" in shown and "[/b] Body [bold]x" in shown


def test_an_id_prefix_with_wildcard_characters_matches_nothing(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text("One report.\n", encoding="utf-8")
    cli("ingest", "--no-extract", str(source))
    for typed in ("_", "%"):
        result = cli("show", typed, expect=1)
        assert "no single document" in result.stderr
