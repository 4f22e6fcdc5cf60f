"""The only place where stages meet the store: ingest files, and later extract and resolve.

Each file is written in one transaction: its blob row, every document read from it,
their attachments. A reader that fails half-way leaves nothing in the database.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ffdb.ingest import choose_reader, iter_files
from ffdb.model.document import Document
from ffdb.model.errors import FfdbError, ReadError, UnknownFormatError
from ffdb.store.blobs import hash_file, write_blob
from ffdb.store.db import Store
from ffdb.store.documents import FileRecord, ensure_source, get_blob, write_file


@dataclass(slots=True)
class IngestResult:
    """What became of one file."""

    path: str
    status: str  # ingested | skipped | failed
    documents: int = 0
    format: str | None = None
    sha256: str | None = None
    reason: str | None = None


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    source: str | None = None,
    source_kind: str = "unknown",
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest files and folders; one result per file, failures included, in order."""
    results = []
    for path in iter_files(paths):
        result = ingest_file(store, path, source=source, source_kind=source_kind)
        results.append(result)
        if on_result:
            on_result(result)
    return results


def ingest_file(
    store: Store, path: Path, *, source: str | None = None, source_kind: str = "unknown"
) -> IngestResult:
    shown = str(path)
    try:
        return _ingest_file(store, path, shown, source, source_kind)
    except FfdbError as exc:
        reason = exc.reason if isinstance(exc, ReadError) else str(exc)
        return IngestResult(shown, "failed", reason=reason)
    except OSError as exc:
        return IngestResult(shown, "failed", reason=exc.strerror or str(exc))


def _ingest_file(
    store: Store, path: Path, shown: str, source: str | None, source_kind: str
) -> IngestResult:
    if not path.exists():
        raise ReadError(shown, "no such file")
    if not os.access(path, os.R_OK):
        raise ReadError(shown, "permission denied")
    stat = path.stat()
    if stat.st_size == 0:
        raise ReadError(shown, "empty file")
    sha256, size = hash_file(path)
    known = get_blob(store, sha256)
    if known:
        return IngestResult(
            shown, "skipped", format=known["format"], sha256=sha256,
            reason=f"already ingested from {known['path']}",
        )
    reader = choose_reader(path)
    if reader is None:
        raise UnknownFormatError(shown, "binary data in no format ffdb reads")
    media_type = reader.media_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with store.engine.begin() as conn:
        source_id = ensure_source(conn, source, source_kind) if source else None
        record = FileRecord(
            sha256=sha256,
            size=size,
            media_type=media_type,
            path=shown,
            format=reader.name,
            retrieved_at=datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds"),
            ingested_at=now_iso(),
            source_id=source_id,
        )
        documents = _with_attachment_files(store, path, reader.read(path))
        count = write_file(conn, record, documents)
        # Kept only once every document was read, before the commit: a file that fails
        # leaves no blob behind, and a committed row always has its bytes.
        write_blob(store.blob_dir, sha256, path)
    return IngestResult(shown, "ingested", documents=count, format=reader.name, sha256=sha256)


def _with_attachment_files(store: Store, path: Path, docs: Iterator[Document]) -> Iterator[Document]:
    """Keep the bytes of attachments found beside the file; mark absent ones as missing."""
    base = path.parent.resolve()
    for doc in docs:
        for att in doc.attachments:
            if att.missing:
                continue
            candidate = (base / att.path).resolve()
            # An export names its files relative to itself; an absolute path or one that
            # climbs out of the export's folder is never read (a hostile export could
            # otherwise copy any file of the machine into the evidence store).
            if candidate.is_relative_to(base) and candidate.is_file():
                att.sha256, att.size = hash_file(candidate)
                write_blob(store.blob_dir, att.sha256, candidate)
            else:
                att.missing = True
        yield doc


@dataclass(slots=True)
class ExtractFailure:
    """A file `extract_paths` could not read; `path` as the caller gave it."""

    path: str
    reason: str


def extract_paths(
    paths: Iterable[str],
    *,
    model: str | None = None,
    on_error: Callable[[ExtractFailure], None] | None = None,
) -> Iterator[dict[str, object]]:
    """Extraction records (persons, releases, pledges) of every document of every file,
    each with `file`: the path as given, or for files found inside a given folder the
    folder joined with the file's path inside it. No database is touched. A file that
    cannot be read is reported to `on_error` and the others go on.
    """
    from ffdb.extract import extract_document

    for shown, path in _shown_files(paths):
        try:
            documents = _read_documents(path, shown)
            for doc in documents:
                extraction = extract_document(
                    doc.text,
                    title=doc.title,
                    published=doc.published,
                    language=doc.language,
                    platform=_platform_of(doc),
                    model=model,
                )
                for record in extraction.records():
                    record["file"] = shown
                    if doc.key:
                        record["document"] = doc.key
                    yield record
        except FfdbError as exc:
            reason = exc.reason if isinstance(exc, ReadError) else str(exc)
            if on_error:
                on_error(ExtractFailure(shown, reason))
        except (OSError, UnicodeError) as exc:
            if on_error:
                on_error(ExtractFailure(shown, getattr(exc, "strerror", None) or str(exc)))


def _shown_files(paths: Iterable[str]) -> Iterator[tuple[str, Path]]:
    for given in paths:
        root = Path(given)
        if not root.is_dir():
            yield given, root
            continue
        for path in iter_files([root]):
            yield os.path.join(given, str(path.relative_to(root))), path


def _read_documents(path: Path, shown: str) -> list[Document]:
    if not path.exists():
        raise ReadError(shown, "no such file")
    if not os.access(path, os.R_OK):
        raise ReadError(shown, "permission denied")
    if path.stat().st_size == 0:
        raise ReadError(shown, "empty file")
    reader = choose_reader(path)
    if reader is None:
        raise UnknownFormatError(shown, "binary data in no format ffdb reads")
    return list(reader.read(path))


def _platform_of(doc: Document) -> str | None:
    platform = doc.meta.get("platform") if isinstance(doc.meta, dict) else None
    if platform:
        return str(platform)
    return "Telegram" if doc.kind in ("message", "telegram") else None
