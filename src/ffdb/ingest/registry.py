"""The readers in the order they are tried, and how files and folders become a work list."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ffdb.ingest import (
    feeds,
    html,
    image,
    jsondata,
    pdf,
    tables,
    telegram_html,
    telegram_json,
    text,
    wxr,
)
from ffdb.ingest.base import Reader, read_head

# Most specific first: a Telegram export is also JSON, a feed is also XML, everything
# that is not binary is also text.
READERS: list[Reader] = [
    telegram_json.READER,
    telegram_html.READER,
    pdf.READER,
    image.READER,
    tables.XLSX_READER,
    wxr.READER,
    feeds.RSS_READER,
    feeds.ATOM_READER,
    html.READER,
    jsondata.READER,  # after the Telegram JSON readers: their exports are JSON too
    tables.TSV_READER,  # before CSV: a tab-separated row may hold commas
    tables.CSV_READER,
    text.READER,  # last: whatever is text and no other reader claimed
]

# Files that an export folder holds for its messages; they are read as attachments of
# the messages that name them, never as documents of their own.
EXPORT_MARKERS = ("result.json", "messages.html")


def choose_reader(path: Path) -> Reader | None:
    """The first reader that recognises the file's content, or None."""
    head = read_head(path)
    for reader in READERS:
        if reader.sniff(head, path):
            return reader
    return None


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and the files inside folders named, in a stable order.

    A Telegram export folder contributes only its export files (result.json,
    messages*.html); its photos and files come in as attachments. The `NAME_files`
    folder saved beside a web page `NAME.html` holds the page's assets and is skipped.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    names = {p.name for p in folder.iterdir()}
    if any(marker in names for marker in EXPORT_MARKERS):
        yield from sorted(
            p
            for p in folder.iterdir()
            if p.is_file() and (p.name == "result.json" or _is_messages_html(p.name))
        )
        return
    for child in sorted(folder.iterdir()):
        if child.name.startswith(".") or _is_page_assets(child, names):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


def _is_page_assets(child: Path, siblings: set[str]) -> bool:
    """The `NAME_files` folder a browser saves beside `NAME.html`: the page's own assets."""
    if not child.is_dir() or not child.name.endswith("_files"):
        return False
    stem = child.name[: -len("_files")]
    return any(f"{stem}{ext}" in siblings for ext in (".html", ".htm", ".xhtml"))


def _is_messages_html(name: str) -> bool:
    return name.startswith("messages") and name.endswith(".html")
