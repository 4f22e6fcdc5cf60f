"""The `ffdb` command line. Each module registers its commands on `app`."""

from ffdb.cli import demo as _demo  # noqa: F401  # registers commands
from ffdb.cli import documents as _documents  # noqa: F401  # registers commands
from ffdb.cli import extract as _extract  # noqa: F401  # registers commands
from ffdb.cli import names as _names  # noqa: F401  # registers commands
from ffdb.cli import people as _people  # noqa: F401  # registers commands
from ffdb.cli import report as _report  # noqa: F401  # registers commands
from ffdb.cli import sources as _sources  # noqa: F401  # registers commands
from ffdb.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
