"""demo: a database built from the project's own fictional corpus, resolved, assessed and
reported, so every stage can be seen at work on data that harms no one."""

from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import Annotated

import typer

from ffdb.cli.app import DbOption, app, connect, err, out
from ffdb.cli.documents import run_ingest
from ffdb.cli.report import write_reports
from ffdb.cli.settings import get_chosen_database
from ffdb.pipeline import assess_store, grade_source, resolve_store
from ffdb.store import Store
from ffdb.store.documents import count_documents, list_file_paths

DEMO_CORPUS = Path(__file__).resolve().parent.parent / "demo_corpus"
# Notes about the corpus, not part of it: README.md, TRUTH.md and truth.json name every
# planted answer; sources.tsv says which outlet published each file.
DEMO_NOTES = ("README.md", "TRUTH.md", "truth.json", "sources.tsv")


def list_demo_sources() -> list[Path]:
    """The corpus's files and folders, without the notes written about it."""
    return sorted(
        p
        for p in DEMO_CORPUS.rglob("*")
        if p.name not in DEMO_NOTES
        and not p.name.startswith(".")
        and (p.is_file() or (p / "result.json").exists())
        and not any(parent.name == "telegram_channel" for parent in p.parents)
        and not p.parent.name.endswith("_files")
    )


def read_source_table() -> list[tuple[str, str, str, str]]:
    """(pattern, source, kind, reliability) rows of `sources.tsv`."""
    rows = []
    for line in (DEMO_CORPUS / "sources.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, source, kind, grade = line.split("\t")
            rows.append((pattern, source, kind, grade))
    return rows


def source_of(path: Path, table: list[tuple[str, str, str, str]]) -> tuple[str, str, str]:
    relative = path.relative_to(DEMO_CORPUS).as_posix()
    for pattern, source, kind, grade in table:
        if fnmatch.fnmatch(relative, pattern):
            return source, kind, grade
    return "ffdb demo corpus", "unknown", "F"


@app.command()
def demo(
    folder: Annotated[Path, typer.Option(help="Where to write the demo database.")] = Path(
        "demo-output"
    ),
    db: DbOption = None,
) -> None:
    """Build a demo database from ffdb's fictional corpus: ingest each file under its
    outlet, grade the outlets, resolve, assess, and write the summary report and map.

    The database is FOLDER/demo.sqlite unless --db or $FFDB_DATABASE_URL names one, which
    must then be empty or hold only the demo's own documents."""
    folder.mkdir(parents=True, exist_ok=True)
    chosen = get_chosen_database(db)
    store = connect(chosen or str((folder / "demo.sqlite").resolve()))
    if chosen is not None:
        _refuse_foreign_documents(store)
    table = read_source_table()
    results = []
    for path in list_demo_sources():
        source, kind, grade = source_of(path, table)
        results += run_ingest(store, [path], source, kind)
        grade_source(store, source, grade, "ffdb demo")
    failed = [r for r in results if r.status == "failed"]
    resolved = resolve_store(store)
    assessment = assess_store(store)
    out.print(f"documents: {count_documents(store)} from {len(results)} files")
    out.print(
        f"persons: {resolved.clusters} from {resolved.entities} mentions in documents; "
        f"flags: {len(assessment.flags)}"
    )
    # markup off: a folder called e.g. "[draft]" is a path, not a style
    out.print(f"database: {_describe_database(store)}", markup=False)
    out.print(f"originals: {store.blob_dir}", markup=False)
    for path in write_reports(store, (folder / "report").resolve()):
        out.print(f"report: {path}", markup=False)
    if failed:
        raise typer.Exit(1)


def _refuse_foreign_documents(store: Store) -> None:
    """Fictional people must never be mixed into a researcher's real database."""
    foreign = [p for p in list_file_paths(store) if not _in_demo_corpus(p)]
    if foreign:
        err.print(
            f"error: the database holds {len(foreign)} files that are not the demo's "
            f"(e.g. {foreign[0]}); give an empty one with --db, or omit it",
            markup=False,
        )
        raise typer.Exit(2)


def _in_demo_corpus(path: str) -> bool:
    return Path(path).resolve().is_relative_to(DEMO_CORPUS)


def _describe_database(store: Store) -> str:
    """The SQLite file's path, or the server URL without its password."""
    url = store.engine.url
    if store.dialect == "sqlite" and url.database:
        return str(Path(url.database).resolve())
    return url.render_as_string(hide_password=True)
