"""match, geocode: the name matcher and the place gazetteer. Neither needs a database."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ffdb.cli.app import DbOption, app, err, out
from ffdb.names.match import compare_names
from ffdb.names.places import get_country_code, lookup_place

KINDS = ("person", "place", "org")


def _print_line(text: str) -> None:
    # plain stdout: rich would wrap or reinterpret tabs and brackets in names
    sys.stdout.write(text + "\n")


def _clean(cell: str) -> str:
    return cell.replace("\t", " ").replace("\n", " ").strip()


@app.command()
def match(
    names: Annotated[
        list[str] | None, typer.Argument(help="Two names to compare (omit with --pairs).")
    ] = None,
    kind: Annotated[str, typer.Option(help="person, place or org.")] = "person",
    pairs: Annotated[
        Path | None,
        typer.Option(help="TSV file with a header naming `kind`, `a` and `b` columns."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Compare names: score 0-1, decision, and the reason for each part of the name.

    With --pairs, prints one line per row, in order, without header:
    a, b, kind, score, true|false, reason (tab-separated).
    """
    del db  # accepted like every command; matching needs no database
    if pairs is not None:
        _match_pairs(pairs)
        return
    if not names or len(names) != 2:
        err.print("error: give two names, or --pairs FILE.tsv")
        raise typer.Exit(2)
    if kind not in KINDS:
        err.print(f"error: --kind must be one of {', '.join(KINDS)}")
        raise typer.Exit(2)
    result = compare_names(names[0], names[1], kind)
    _print_line(f"score: {result.score:.3f}")
    _print_line(f"same: {'true' if result.same else 'false'}")
    _print_line(f"reason: {result.reason}")


def _match_pairs(path: Path) -> None:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        err.print(f"error: {path}: {exc.strerror or exc}", markup=False)
        raise typer.Exit(2) from None
    with handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"kind", "a", "b"} - set(reader.fieldnames or [])
        if missing:
            err.print(f"error: {path}: no column {', '.join(sorted(missing))} in the header")
            raise typer.Exit(2)
        for number, row in enumerate(reader, start=2):
            a, b = _clean(row.get("a") or ""), _clean(row.get("b") or "")
            kind = _clean(row.get("kind") or "").lower() or "person"
            if kind not in KINDS:
                err.print(f"error: {path}:{number}: unknown kind {kind!r}; compared as person")
                kind = "person"
            result = compare_names(a, b, kind)
            same = "true" if result.same else "false"
            _print_line(f"{a}\t{b}\t{kind}\t{result.score:.3f}\t{same}\t{_clean(result.reason)}")


@app.command()
def geocode(
    names: Annotated[list[str] | None, typer.Argument(help="Place names.")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="A file of place names, one a line.")
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="Only places in this country (ISO code or name).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Resolve place names to gazetteer entries: one JSON line per name,
    {"name": asked, "entry": {id, name, country, latitude, longitude, precision} or null}."""
    del db  # accepted like every command; the gazetteer needs no database
    asked = list(names or [])
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            err.print(f"error: {file}: cannot read: {exc}", markup=False)
            raise typer.Exit(2) from None
        asked += [line.strip() for line in text.splitlines() if line.strip()]
    if not asked:
        err.print("error: give place names, or --file F")
        raise typer.Exit(2)
    if country is not None and country.strip() and get_country_code(country) is None:
        # else every name would come back null, as if none were known
        err.print(f"error: --country {country!r} is no country code or name known", markup=False)
        raise typer.Exit(2)
    for name in asked:
        place = lookup_place(name, country)
        entry = place.as_dict() if place is not None else None
        _print_line(json.dumps({"name": name, "entry": entry}, ensure_ascii=False))


__all__ = ["geocode", "match", "out"]
