"""init, ingest, documents, show: putting sources in and looking at what is kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from ffdb.cli.app import DbOption, JsonOption, app, connect, err, out
from ffdb.cli.settings import load_settings
from ffdb.pipeline import IngestResult, ingest_paths
from ffdb.store import Store
from ffdb.store.documents import count_documents, get_document, list_documents

SOURCE_KINDS = ("news", "social", "official", "court", "militant", "research", "unknown")


@app.command()
def init(db: DbOption = None) -> None:
    """Create the database (or bring its schema up to date) and its blob folder."""
    store = connect(db)
    store.blob_dir.mkdir(parents=True, exist_ok=True)
    where = store.engine.url.render_as_string(hide_password=True)
    out.print(f"database ready: {where}", markup=False)
    out.print(f"originals kept in: {store.blob_dir}", markup=False)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
    source: Annotated[str | None, typer.Option(help="Name of the publisher or channel.")] = None,
    source_kind: Annotated[
        str, typer.Option(help="Kind of source: " + ", ".join(SOURCE_KINDS) + ".")
    ] = "unknown",
    no_extract: Annotated[
        bool, typer.Option("--no-extract", help="Keep the documents only; extract nothing.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Read files into documents, keeping their original bytes. Exits 1 if any file failed."""
    if source_kind not in SOURCE_KINDS:
        err.print(f"error: --source-kind must be one of {', '.join(SOURCE_KINDS)}")
        raise typer.Exit(2)
    store = connect(db)
    results = run_ingest(store, paths, source, source_kind, extract=not no_extract)
    failed = [r for r in results if r.status == "failed"]
    docs = sum(r.documents for r in results)
    skipped = sum(r.status == "skipped" for r in results)
    out.print(
        f"{len(results) - len(failed) - skipped} files ingested ({docs} documents), "
        f"{skipped} already present, {len(failed)} failed"
    )
    if failed:
        raise typer.Exit(1)


def run_ingest(
    store: Store,
    paths: list[Path],
    source: str | None,
    source_kind: str,
    *,
    extract: bool = True,
) -> list[IngestResult]:
    def report(result: IngestResult) -> None:
        progress.advance(task)
        if result.status == "failed":
            err.print(f"error: {result.path}: {result.reason}", markup=False)
        elif result.status == "skipped":
            progress.console.print(f"skipped: {result.path}: {result.reason}", markup=False)
        else:
            progress.console.print(
                f"ingested: {result.path} ({result.format}, {result.documents} documents)",
                markup=False,
            )

    with Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    ) as progress:
        task = progress.add_task("ingest", total=None)
        return ingest_paths(
            store,
            paths,
            source=source,
            source_kind=source_kind,
            on_result=report,
            extract=extract,
            model=load_settings().spacy_model,
        )


@app.command()
def documents(
    search: Annotated[
        str | None, typer.Option(help="Full-text search over titles and text.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 100,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List documents, or those matching --search (best first)."""
    store = connect(db)
    rows = list_documents(store, search=search, limit=limit)
    if as_json:
        for row in rows:
            out.print(json.dumps(row, ensure_ascii=False), markup=False)
        return
    table = Table("id", "kind", "published", "title", "path")
    # cells are escaped: titles and file names such as "[VIDEO] ..." are not rich markup
    for row in rows:
        table.add_row(
            row["id"][:12],
            row["kind"],
            escape(row["published"] or ""),
            escape((row["title"] or "")[:60]),
            escape(row["path"]),
        )
    out.print(table)
    if not search:
        out.print(f"{count_documents(store)} documents in all")


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="A document id, or a unique prefix of one.")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """A document's metadata, text and attachments."""
    store = connect(db)
    doc = get_document(store, doc_id)
    if doc is None:
        err.print(f"error: no single document with id {doc_id!r}", markup=False)
        raise typer.Exit(1)
    if as_json:
        out.print(json.dumps(doc, ensure_ascii=False, default=str), markup=False)
        return
    fields = (
        "id",
        "kind",
        "title",
        "author",
        "published",
        "language",
        "url",
        "path",
        "media_type",
        "forwarded_from",
        "categories",
        "parent_id",
    )
    for name in fields:
        if doc.get(name):
            out.print(f"[bold]{name}:[/bold] {escape(str(doc[name]))}")
    if doc["source"]:
        source = doc["source"]
        out.print(f"[bold]source:[/bold] {escape(source['name'])} ({escape(source['kind'])})")
    if doc["file"]:
        f = doc["file"]
        out.print(
            f"[bold]file:[/bold] sha256 {f['sha256']}, {f['size']} bytes, {f['format']}, "
            f"retrieved {f['retrieved_at']}, ingested {f['ingested_at']}"
        )
    for att in doc["attachments"]:
        state = "missing" if att["missing"] else f"{att['size']} bytes"
        out.print(f"[bold]attachment:[/bold] {escape(att['path'])} ({att['kind']}, {state})")
    out.print()
    out.print(doc["text"], markup=False)
