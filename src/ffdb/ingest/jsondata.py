"""JSON that is not a Telegram export: an array of objects is a table, anything else a text.

An array whose first item is an object gives one `record` document per item, streamed
with ijson so that large dumps stay out of memory. Any other JSON value gives one
document whose text is a "path: value" line per string, number or boolean in it.
Telegram exports are JSON too; their readers come first in `READERS`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ijson

from ffdb.ingest.base import strip_bom
from ffdb.ingest.records import json_value, record_document
from ffdb.model.document import Document
from ffdb.model.errors import ReadError

JSON_SUFFIXES = (".json", ".geojson")
# Only files up to this size are parsed a second time to say where they are broken.
LOCATE_LIMIT = 64 << 20
_TRUNCATED = ("premature EOF", "Incomplete JSON content")
_UTF8_BOM = b"\xef\xbb\xbf"


class JsonReader:
    name = "json"
    media_type = "application/json"

    def sniff(self, head: bytes, path: Path) -> bool:
        body = strip_bom(head).lstrip()
        if not body.startswith((b"{", b"[")):
            return False
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return False  # UTF-16 JSON is rare enough to leave to the text reader
        if path.suffix.lower() in JSON_SUFFIXES:
            return True
        # Without the name's word for it, the head must parse as JSON up to where it
        # was cut: "[1] Introduction" starts like JSON but is prose.
        try:
            for _ in ijson.parse(io.BytesIO(body)):
                pass
        except ijson.JSONError as exc:
            return any(mark in str(exc) for mark in _TRUNCATED)
        return True

    def read(self, path: Path) -> Iterator[Document]:
        try:
            if _is_array_of_objects(path):
                yield from self._records(path)
            else:
                yield self._document(path)
        except ijson.JSONError as exc:
            raise ReadError(str(path), _describe(path, exc)) from None
        except UnicodeDecodeError as exc:
            raise ReadError(str(path), f"JSON is not UTF-8 text ({exc.reason})") from None

    def _records(self, path: Path) -> Iterator[Document]:
        count = 0
        with _open_json(path) as handle:
            for count, item in enumerate(ijson.items(handle, "item", use_float=True), start=1):
                record = item if isinstance(item, dict) else {"value": item}
                record = {str(k): json_value(v) for k, v in record.items()}
                yield record_document(record, f"row:{count}", self.media_type)
        if count == 0:
            raise ReadError(str(path), "empty JSON array")

    def _document(self, path: Path) -> Document:
        try:
            value = json.loads(path.read_bytes())
        except json.JSONDecodeError as exc:
            raise ReadError(
                str(path), f"invalid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})"
            ) from None
        lines = list(flatten_json(value))
        if not lines:
            raise ReadError(str(path), "no text in the JSON")
        title = value.get("title") or value.get("name") if isinstance(value, dict) else None
        return Document(
            text="\n".join(lines),
            kind="data",
            title=title.strip()[:300] if isinstance(title, str) and title.strip() else None,
            media_type=self.media_type,
        )


def flatten_json(value: Any, path: str = "") -> Iterator[str]:
    """A "path: value" line for every scalar in `value`, in document order."""
    if isinstance(value, dict):
        for key, sub in value.items():
            yield from flatten_json(sub, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            yield from flatten_json(sub, f"{path}[{i}]")
    elif isinstance(value, str):
        if value.strip():
            yield f"{path}: {value}" if path else value
    elif value is not None:
        yield f"{path}: {json.dumps(value)}" if path else json.dumps(value)


def _is_array_of_objects(path: Path) -> bool:
    with _open_json(path) as handle:
        events = ijson.parse(handle)
        first = next(events, None)
        if first is None or first[1] != "start_array":
            return False
        second = next(events, None)
        return second is not None and second[1] == "start_map"


def _open_json(path: Path) -> io.BufferedReader:
    handle = path.open("rb")
    if handle.peek(3)[:3] == _UTF8_BOM:
        handle.read(3)
    return handle


def _describe(path: Path, exc: Exception) -> str:
    """Where the JSON breaks: line and column from the json module when the file is small."""
    if path.stat().st_size <= LOCATE_LIMIT:
        try:
            json.loads(path.read_bytes())
        except json.JSONDecodeError as located:
            return f"invalid JSON at line {located.lineno}, column {located.colno} ({located.msg})"
        except UnicodeDecodeError as bad:
            return f"JSON is not UTF-8 text ({bad.reason})"
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"invalid JSON ({first})"


READER = JsonReader()
