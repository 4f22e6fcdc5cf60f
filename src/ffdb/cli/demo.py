"""demo: a database built from the project's own fictional corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ffdb.cli.app import app, connect, out
from ffdb.cli.documents import run_ingest
from ffdb.store.documents import count_documents

DEMO_CORPUS = Path(__file__).resolve().parent.parent / "demo_corpus"
# Notes about the corpus, not part of it: TRUTH.md and truth.json name every planted answer.
DEMO_NOTES = ("README.md", "TRUTH.md", "truth.json")


def list_demo_sources() -> list[Path]:
    """The corpus's files and folders, without the notes written about it."""
    return sorted(
        p for p in DEMO_CORPUS.iterdir() if p.name not in DEMO_NOTES and not p.name.startswith(".")
    )


@app.command()
def demo(
    folder: Annotated[Path, typer.Option(help="Where to write the demo database.")] = Path(
        "demo-output"
    ),
) -> None:
    """Build a demo database from ffdb's fictional demo corpus and print what it wrote."""
    folder.mkdir(parents=True, exist_ok=True)
    db_path = (folder / "demo.sqlite").resolve()
    store = connect(str(db_path))
    results = run_ingest(store, list_demo_sources(), "ffdb demo corpus", "research")
    failed = [r for r in results if r.status == "failed"]
    out.print(f"documents: {count_documents(store)} from {len(results)} files")
    out.print(f"database: {db_path}")
    out.print(f"originals: {store.blob_dir}")
    if failed:
        raise typer.Exit(1)
