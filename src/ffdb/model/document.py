"""What readers produce: documents with their metadata and attachments."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Attachment:
    """A file that belongs to a document: a photo, a video, a PDF.

    `path` is relative to the file the document came from, as the export wrote it.
    `missing` is true when the export only holds a placeholder ("File not included").
    """

    path: str
    kind: str = "file"
    media_type: str | None = None
    missing: bool = False
    size: int | None = None
    sha256: str | None = None
    phash: str | None = None


@dataclass(slots=True)
class Document:
    """One unit of evidence: an article, a post, a message, a spreadsheet record.

    `key` identifies the document inside the file it came from (a message id, a post
    guid, a row number); a file read as a single document has the key "".
    `published` is an ISO prefix whose length gives its precision (2014, 2014-09,
    2014-09-13, or a full timestamp).
    """

    text: str
    key: str = ""
    kind: str = "article"
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    media_type: str = "text/plain"
    parent_key: str | None = None
    forwarded_from: str | None = None
    categories: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


def make_document_id(file_sha256: str, key: str) -> str:
    """The id of a document: the SHA-256 of its file, or of the file's hash and its key.

    A file read as a single document is identified by its bytes alone; the parts of a
    compilation or an export are identified by the file and their place in it, so the
    same bytes always give the same ids.
    """
    if not key:
        return file_sha256
    return hashlib.sha256(f"{file_sha256}\0{key}".encode()).hexdigest()
