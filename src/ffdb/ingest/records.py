"""Rows of spreadsheets and JSON arrays as `record` documents.

A record's text is one "column: value" line per non-empty cell, so full-text search
and the extractors see the values with their column names; `meta["record"]` keeps the
row itself (every column, empty ones too) for exact use.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta
from itertools import chain, islice
from typing import Any

from ffdb.ingest.dates import iso_datetime
from ffdb.model.document import Document

MAX_HEADER_CELL = 80
HEADER_ROWS = 20
_NUMBER_OR_DATE = re.compile(r"[-+]?\d[\d.,:/ +-]*(?:[eE][-+]?\d+)?")
# Column names, by substring, whose value can stand as a row's title: English, Russian,
# Turkish and Azerbaijani spreadsheets.
_TITLE_COLUMNS = (
    "title", "headline", "name", "имя", "фио", "название", "заголовок",
    "isim", "adı", "başlık", "başlıq",
)  # fmt: skip


def table_records(
    rows: Iterator[tuple[int, Sequence[object]]],
) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """(row number, place in the file, record) for each data row of a table.

    `rows` are the non-empty rows with their line or sheet-row numbers; whether the first
    is a header is judged on the first rows, and headerless columns are named col1..colN.
    """
    first = list(islice(rows, HEADER_ROWS))
    if not first:
        return
    header = first[0][1] if has_header([row for _, row in first]) else None
    data = chain(first[1:] if header else first, rows)
    width = len(header) if header else max(len(row) for _, row in first)
    names = column_names(header, width)
    for number, (place, row) in enumerate(data, start=1):
        yield number, place, row_record(names, row)


def has_header(rows: Sequence[Sequence[object]]) -> bool:
    """Whether the first row names the columns.

    It does when its filled cells (two at least) are distinct, short and none is a
    number or a date; GeoNames files, for one, start straight with data
    (`AD.06 ... 3039162`). Empty cells are allowed: pandas writes its index column
    with an empty name, Excel exports often end rows with one.
    """
    if not rows:
        return False
    cells = [text for c in rows[0] if (text := cell_text(c).strip())]
    if len(cells) < 2 or any(len(c) > MAX_HEADER_CELL for c in cells):
        return False
    if len(set(cells)) != len(cells):
        return False
    return not any(_NUMBER_OR_DATE.fullmatch(c) for c in cells)


def column_names(header: Sequence[object] | None, width: int) -> list[str]:
    """Names for `width` columns: the header's (made unique), else col1..colN."""
    names: list[str] = []
    seen: set[str] = set()
    for i in range(width):
        name = cell_text(header[i]).strip() if header is not None and i < len(header) else ""
        name = name or f"col{i + 1}"
        while name in seen:
            name = f"{name}_{i + 1}"
        seen.add(name)
        names.append(name)
    return names


def row_record(names: list[str], row: Sequence[object]) -> dict[str, Any]:
    """A row as a dict; cells past the named columns go under `_extra`."""
    record: dict[str, Any] = {
        name: json_value(row[i]) if i < len(row) else None for i, name in enumerate(names)
    }
    if len(row) > len(names):
        record["_extra"] = [json_value(v) for v in row[len(names) :]]
    return record


def record_document(
    record: dict[str, Any], key: str, media_type: str, meta: dict[str, Any] | None = None
) -> Document:
    lines = [f"{name}: {_line_value(value)}" for name, value in record.items() if _filled(value)]
    return Document(
        text="\n".join(lines),
        key=key,
        kind="record",
        title=_record_title(record),
        media_type=media_type,
        meta={"record": record, **(meta or {})},
    )


def cell_text(value: object) -> str:
    """A cell as text: dates in ISO, whole floats without `.0`, None as ""."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return iso_datetime(value) if value.tzinfo else value.isoformat(timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def json_value(value: object) -> Any:
    """A cell in a form JSON can store: dates and durations become text."""
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    if isinstance(value, timedelta):
        return str(value)
    return cell_text(value)


def _filled(value: object) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def _line_value(value: object) -> str:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return cell_text(value).replace("\n", " ")


def _record_title(record: dict[str, Any]) -> str | None:
    """The value of the first column whose name says it names the row, if any."""
    for name, value in record.items():
        named = any(w in name.lower() for w in _TITLE_COLUMNS)
        if named and isinstance(value, str) and value.strip():
            return value.strip()[:300]
    return None
