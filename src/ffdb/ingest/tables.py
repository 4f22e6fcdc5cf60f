"""Spreadsheets of existing databases: CSV, TSV and XLSX, one `record` document a row.

CSV and TSV are recognised by their content: the first lines, parsed with a candidate
delimiter, all have the same number of fields (two or more) and no blank line between
them, which prose does not do. XLSX is a zip whose entries include `xl/`.
Rows are keyed `row:N`, N counting data rows from 1 (the header is not a row);
`meta["line"]` (CSV) or `meta["sheet_row"]` (XLSX) gives the row's place in the file.
"""

from __future__ import annotations

import codecs
import csv
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ffdb.ingest.base import HEAD_SIZE, looks_binary
from ffdb.ingest.records import record_document, table_records
from ffdb.ingest.textcodec import decode_text, guess_legacy
from ffdb.ingest.xmlutil import head_text
from ffdb.model.document import Document
from ffdb.model.errors import ReadError

SNIFF_ROWS = 30
ENCODING_SAMPLE = 1 << 16
TABLE_SUFFIXES = (".csv", ".tsv", ".tab")


class DelimitedReader:
    """CSV (comma or semicolon) or TSV, with or without a header row."""

    def __init__(self, name: str, media_type: str, delimiters: str) -> None:
        self.name = name
        self.media_type = media_type
        self.delimiters = delimiters

    def sniff(self, head: bytes, path: Path) -> bool:
        return sniff_delimiter(head, path, self.delimiters) is not None

    def read(self, path: Path) -> Iterator[Document]:
        delimiter = sniff_delimiter(_read_head(path), path, self.delimiters)
        if delimiter is None:
            raise ReadError(str(path), f"no consistent {self.name.upper()} columns")
        encoding = detect_encoding(path)
        try:
            with path.open(encoding=encoding, newline="") as handle:
                reader = csv.reader(handle, delimiter=delimiter)
                rows = ((reader.line_num, row) for row in reader if row)
                yield from self._documents(rows)
        except UnicodeDecodeError as exc:
            raise ReadError(str(path), f"not valid {encoding} text ({exc.reason})") from None
        except csv.Error as exc:
            raise ReadError(str(path), f"broken {self.name.upper()} ({exc})") from None

    def _documents(self, rows: Iterator[tuple[int, list[str]]]) -> Iterator[Document]:
        for n, line, record in table_records(rows):
            yield record_document(record, f"row:{n}", self.media_type, {"line": line})


def sniff_delimiter(head: bytes, path: Path, delimiters: str) -> str | None:
    """The delimiter that splits the head's first lines into equal field counts, or None."""
    if not head or looks_binary(head):
        return None
    text = head_text(head)
    complete = len(head) < HEAD_SIZE
    if not complete:
        text = text[: text.rfind("\n") + 1]  # drop the line the head cut
    lines = text.splitlines()[:SNIFF_ROWS]
    named_table = path.suffix.lower() in TABLE_SUFFIXES
    if named_table:
        lines = [line for line in lines if line.strip()]
    while lines and not lines[-1].strip():
        lines.pop()
    need = 2 if named_table else 3
    if len(lines) < need or any(not line.strip() for line in lines):
        return None
    parsed: dict[str, list[list[str]]] = {}
    for delimiter in delimiters:
        rows = list(csv.reader(lines, delimiter=delimiter))
        if not complete and len(rows) > need:
            rows.pop()  # may end inside a quoted field that goes on past the head
        parsed[delimiter] = rows
        widths = {len(row) for row in rows}
        if len(widths) == 1 and widths.pop() >= 2:
            return delimiter
    if named_table:
        # Spreadsheet exports often have short or long rows (a trailing cell dropped, a
        # note in an extra column): a file named as a table is one when most rows are as
        # wide as its first.
        for delimiter, rows in parsed.items():
            width = len(rows[0])
            if width >= 2 and 2 * sum(len(row) == width for row in rows) > len(rows):
                return delimiter
    return None


def detect_encoding(path: Path) -> str:
    """The encoding to stream a text table in, judged on its first 64 KiB."""
    with path.open("rb") as handle:
        sample = handle.read(ENCODING_SAMPLE)
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    found = guess_legacy(sample)
    return found[1] if found else decode_text(sample, path)[1]


def _read_head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEAD_SIZE)


class XlsxReader:
    """Excel workbooks (Office Open XML), streamed sheet by sheet with openpyxl."""

    name = "xlsx"
    media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    def sniff(self, head: bytes, path: Path) -> bool:
        if not head.startswith(b"PK\x03\x04"):
            return False
        if b"xl/" in head:
            return True
        try:
            with zipfile.ZipFile(path) as archive:
                return any(n.startswith("xl/") for n in archive.namelist())
        except (zipfile.BadZipFile, OSError):
            return False

    def read(self, path: Path) -> Iterator[Document]:
        workbook = _open_workbook(path)
        try:
            sheets = list(workbook.worksheets)
            for sheet in sheets:
                prefix = "" if len(sheets) == 1 else f"sheet:{sheet.title}/"
                rows = _sheet_rows(path, sheet)
                yield from self._documents(rows, prefix, sheet.title)
        finally:
            workbook.close()

    def _documents(
        self, rows: Iterator[tuple[int, Sequence[object]]], prefix: str, title: str
    ) -> Iterator[Document]:
        for n, sheet_row, record in table_records(rows):
            meta = {"sheet": title, "sheet_row": sheet_row}
            yield record_document(record, f"{prefix}row:{n}", self.media_type, meta)


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook  # imported here: it is slow to import and rarely needed

    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles, validations and extensions it does not keep;
            # the cell values, all ffdb reads, are intact.
            warnings.simplefilter("ignore")
            return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types on broken files
        raise ReadError(str(path), f"not a readable XLSX workbook ({_describe(exc)})") from None


def _sheet_rows(path: Path, sheet: Any) -> Iterator[tuple[int, Sequence[object]]]:
    """Non-empty rows with their sheet row numbers, trailing empty cells dropped."""
    try:
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(row)
            while cells and cells[-1] in (None, ""):
                cells.pop()
            if cells:
                yield number, cells
    except Exception as exc:  # a damaged sheet fails in any number of ways
        raise ReadError(
            str(path), f"damaged XLSX sheet {sheet.title!r} ({_describe(exc)})"
        ) from None


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


CSV_READER = DelimitedReader("csv", "text/csv", ",;")
TSV_READER = DelimitedReader("tsv", "text/tab-separated-values", "\t")
XLSX_READER = XlsxReader()
