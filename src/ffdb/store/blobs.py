"""Original bytes, kept unchanged and addressed by their SHA-256: the evidence."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

CHUNK = 1 << 20


def hash_file(path: Path) -> tuple[str, int]:
    """SHA-256 and size of a file, read in chunks so large exports stay out of memory."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def blob_path(blob_dir: Path, sha256: str) -> Path:
    return blob_dir / sha256[:2] / sha256[2:4] / sha256


def write_blob(blob_dir: Path, sha256: str, source: Path) -> Path:
    """Copy `source` into the blob folder under its hash; a no-op when it is there already.

    The copy goes to a temporary file first and is renamed into place, so a blob is
    either whole or absent.
    """
    target = blob_path(blob_dir, sha256)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out, CHUNK)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def read_blob(blob_dir: Path, sha256: str) -> bytes:
    return blob_path(blob_dir, sha256).read_bytes()
