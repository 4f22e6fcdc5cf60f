"""extract: persons, releases and pledges from files, printed, without a database."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from ffdb.cli.app import DbOption, JsonOption, app, err
from ffdb.cli.settings import load_settings
from ffdb.pipeline import ExtractFailure, extract_paths


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (read recursively).")],
    as_json: JsonOption = False,
    model: Annotated[
        str | None,
        typer.Option(
            help="An installed spaCy pipeline (name or path) adding person "
            "candidates. Default $FFDB_SPACY_MODEL; rules alone without it."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Extract people, releases and pledges from files; one record a line with --json.

    Every record names the `file` it came from. Nothing is written to the database.
    Exits 1 if any file could not be read (the others are still extracted).
    """
    del db  # accepted like every command; extraction writes nothing
    failures: list[ExtractFailure] = []

    def report(failure: ExtractFailure) -> None:
        failures.append(failure)
        err.print(f"error: {failure.path}: {failure.reason}", markup=False)

    chosen = model or load_settings().spacy_model
    for record in extract_paths(paths, model=chosen, on_error=report):
        line = json.dumps(record, ensure_ascii=False) if as_json else _summary(record)
        sys.stdout.write(line + "\n")
    sys.stdout.flush()
    if failures:
        raise typer.Exit(1)


def _summary(record: dict[str, Any]) -> str:
    kind = record["type"]
    if kind == "person":
        parts = [record["name"]]
        if record.get("aliases"):
            parts.append("aka " + ", ".join(record["aliases"]))
        if record.get("hometown"):
            parts.append(f"from {record['hometown']}")
        if record.get("age"):
            parts.append(f"age {record['age']}")
        if record.get("groups"):
            parts.append("groups: " + ", ".join(record["groups"]))
        for event in record.get("events", []):
            parts.append(
                f"{event['status']} {event.get('date') or ''} {event.get('place') or ''}".strip()
            )
        return f"{record['file']}\tperson\t" + "; ".join(parts)
    if kind == "release":
        what = f"{record.get('producer')}: {record.get('title')} ({record.get('media')})"
        return f"{record['file']}\trelease\t{what}"
    return f"{record['file']}\t{kind}\t{record.get('date')} {record.get('province', '')}"
