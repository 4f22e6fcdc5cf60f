"""What every reader is: a name, a test on the first bytes, and a generator of documents.

Readers are chosen by content: each looks at the head of the file (and, only to break
ties, its name) and says whether it can read it. The first that can, in `READERS`
order, reads the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ffdb.model.document import Document

HEAD_SIZE = 8192


class Reader(Protocol):
    """A format's reader. `read` raises `ReadError` naming the file when it cannot go on."""

    name: str
    media_type: str

    def sniff(self, head: bytes, path: Path) -> bool: ...

    def read(self, path: Path) -> Iterator[Document]: ...


@dataclass(frozen=True, slots=True)
class Sniffed:
    """A file and the reader chosen for it."""

    path: Path
    reader: Reader


def read_head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEAD_SIZE)


def strip_bom(head: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            return head[len(bom) :]
    return head


def looks_binary(head: bytes) -> bool:
    """True for bytes no text reader should try: NULs, or mostly control characters."""
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text carries NULs by design
    if b"\0" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.05
