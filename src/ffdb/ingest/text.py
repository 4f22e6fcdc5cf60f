"""Plain text and Markdown: one document per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ffdb.ingest.base import looks_binary
from ffdb.ingest.textcodec import decode_text
from ffdb.model.document import Document
from ffdb.model.errors import ReadError


class TextReader:
    name = "text"
    media_type = "text/plain"

    def sniff(self, head: bytes, path: Path) -> bool:
        return bool(head.strip()) and not looks_binary(head)

    def read(self, path: Path) -> Iterator[Document]:
        text, encoding = decode_text(path.read_bytes(), path)
        if not text.strip():
            raise ReadError(str(path), "no text in the file")
        media = "text/markdown" if path.suffix.lower() in (".md", ".markdown") else self.media_type
        yield Document(
            text=text,
            kind="article",
            title=_first_line(text),
            media_type=media,
            meta={"encoding": encoding},
        )


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:300]
    return None


READER = TextReader()
