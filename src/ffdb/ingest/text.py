"""Plain text and Markdown: one document per file, or one per post of a compilation.

The text reader comes last in `READERS`: it takes whatever is text and no other reader
claimed. A compilation (a scrape of several posts) is split into its posts, each keyed
`part:N` with its character offsets into the whole decoded text in `meta`.

Plain text carries no metadata, so a file whose name starts with an ISO date
(`2016-12-05_outlet_story.txt`, the way analysts file clippings) takes that date as its
publication date: later stages need it to date "18 December" and to spot recycled reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ffdb.ingest.base import looks_binary
from ffdb.ingest.compilation import Part, classify_post, split_compilation
from ffdb.ingest.textcodec import decode_text
from ffdb.model.document import Document
from ffdb.model.errors import ReadError

MARKDOWN_SUFFIXES = (".md", ".markdown")
_NAME_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?=[_\-. ]|$)")


def date_from_name(path: Path) -> str | None:
    """The ISO date a file's name starts with, if it is a real date."""
    found = _NAME_DATE.match(path.name)
    if not found:
        return None
    try:
        return date(*(int(g) for g in found.groups())).isoformat()
    except ValueError:
        return None


class TextReader:
    name = "text"
    media_type = "text/plain"

    def sniff(self, head: bytes, path: Path) -> bool:
        # Whitespace-only files are claimed too, so that they fail as "no text"
        # rather than as an unknown format.
        return bool(head) and not looks_binary(head)

    def read(self, path: Path) -> Iterator[Document]:
        text, encoding = decode_text(path.read_bytes(), path)
        if not text.strip():
            raise ReadError(str(path), "no text in the file")
        media = "text/markdown" if path.suffix.lower() in MARKDOWN_SUFFIXES else self.media_type
        parts = split_compilation(text)
        if parts is None:
            title = first_line(text)
            yield Document(
                text=text,
                kind=classify_post(title, text),
                title=title,
                published=date_from_name(path),
                media_type=media,
                meta={"encoding": encoding},
            )
            return
        for number, part in enumerate(parts, start=1):
            doc = _part_document(text, part, number, len(parts), media, encoding)
            doc.published = doc.published or date_from_name(path)
            yield doc


def _part_document(
    text: str, part: Part, number: int, count: int, media: str, encoding: str
) -> Document:
    meta: dict[str, object] = {
        "encoding": encoding,
        "start": part.start,
        "end": part.end,
        "part": number,
        "parts": count,
        **part.meta,
    }
    return Document(
        text=text[part.start : part.end],
        key=f"part:{number}",
        kind=part.kind,
        title=part.title[:300],
        media_type=media,
        meta=meta,
    )


def first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:300]
    return None


READER = TextReader()
