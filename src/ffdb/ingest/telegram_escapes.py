"""A byte stream that repairs the `\\xHH` escapes some Telegram Desktop versions write.

Those exporters wrote control characters inside strings as `\\x0B` — valid in
JavaScript, invalid in JSON, so every strict parser stops there. The stream rewrites
them to `\\u000B` while the bytes flow to the parser, so the file is never loaded
whole. An escaped backslash followed by `x` (`\\\\x41`, a literal backslash and "x41")
is left alone: backslashes are taken in pairs from the left, as a JSON parser does.
"""

from __future__ import annotations

import re
from typing import BinaryIO

# A backslash and the character it escapes; only `\x` is rewritten, `\\` is consumed
# whole so that the backslash it escapes can never start an escape of its own.
_ESCAPE = re.compile(rb"\\[\\x]")
_BOM = b"\xef\xbb\xbf"


class RepairingStream:
    """Wraps a binary file: `read(n)` gives its bytes with `\\xHH` made `\\u00HH`.

    Keeps the offset in the original file of the last chunk given out, and the chunk,
    so that a parser error can be placed at a byte of the file. A chunk may be a few
    bytes longer than asked (a held backslash, a rewrite); ijson does not mind.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._carry = b""  # an unpaired trailing backslash, held for the next chunk
        self._started = False
        self._consumed = 0  # bytes of the original file read so far
        self.chunk_start = 0  # offset in the original of the last chunk given out
        self.last_chunk = b""
        self._repairs: list[int] = []  # where `\\x` was rewritten in the last chunk

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""  # ijson reads nothing once to learn whether the stream is bytes
        wanted = size if size > 0 else 1 << 16
        while True:
            # The first read takes at least a BOM's length, so that a BOM is seen whole.
            data = self._raw.read(wanted if self._started else max(wanted, len(_BOM)))
            start = self._consumed - len(self._carry)
            self._consumed += len(data)
            at_end = not data
            if not self._started:
                self._started = True
                if data.startswith(_BOM):  # yajl refuses a byte-order mark
                    data = data[len(_BOM) :]
                    start += len(_BOM)
            data = self._carry + data
            self._carry = b""
            if not at_end and (len(data) - len(data.rstrip(b"\\"))) % 2:
                # An odd run of backslashes at the end: the last one escapes the first
                # byte of the next chunk, which decides whether it is `\\x`.
                data, self._carry = data[:-1], data[-1:]
            if data or at_end:
                break
        self._repairs = []
        if b"\\" in data:
            data = _ESCAPE.sub(self._rewrite, data)
        self.chunk_start = start
        self.last_chunk = data
        return data

    def _rewrite(self, match: re.Match[bytes]) -> bytes:
        if match.group() != b"\\x":
            return match.group()
        self._repairs.append(match.start())
        return b"\\u00"

    def original_offset(self, position: int) -> int:
        """The offset in the original file of byte `position` of the last chunk."""
        shift = 0
        for count, where in enumerate(self._repairs):
            if where + 2 * count >= position:
                break
            shift += 2  # each rewrite made the chunk two bytes longer
        return self.chunk_start + position - shift
