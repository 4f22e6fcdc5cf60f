"""The Typer application and the options every command shares."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from ffdb.assess.dates import parse_span
from ffdb.cli.settings import load_settings
from ffdb.model.errors import FfdbError
from ffdb.store import Store, open_store

app = typer.Typer(
    name="ffdb",
    help="Evidence-backed database of foreign fighters and militant releases.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database (SQLAlchemy URL or SQLite path). Default $FFDB_DATABASE_URL, ./ffdb.sqlite.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON record a line.")]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Only what was known on this date (ISO: 2016, 2016-06-30).",
        show_default=False,
    ),
]


def check_as_of(value: str | None) -> str | None:
    """The --as-of date, or exit with a one-line error when it is no ISO date."""
    if value is not None and parse_span(value) is None:
        err.print(
            f"error: --as-of must be an ISO date such as 2016-06-30, not {value!r}", markup=False
        )
        raise typer.Exit(2)
    return value


def connect(db: str | None) -> Store:
    """Open the store the user chose, or exit with a one-line error."""
    settings = load_settings(db)
    try:
        return open_store(settings.database_url, settings.blob_dir)
    except FfdbError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
