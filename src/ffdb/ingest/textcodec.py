"""Turning bytes into text: UTF-8 first, then the legacy code pages of the region.

cp1251 (Russian, Azerbaijani Cyrillic) and cp1254 (Turkish, Azerbaijani Latin) are
what older sites and exported documents use; charset-normalizer decides between them.
"""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from ffdb.model.errors import ReadError

LEGACY = ["cp1251", "cp1254", "cp1256", "koi8_r", "iso8859_9", "cp1252"]


def decode_text(data: bytes, path: Path | str) -> tuple[str, str]:
    """The text of `data` and the encoding it was read in; ReadError when it is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ReadError(str(path), f"invalid UTF-16 text ({exc.reason})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=LEGACY).best()
    if best is None or best.encoding is None:
        raise ReadError(str(path), "not text in UTF-8 or any known legacy encoding")
    return str(best), best.encoding
