"""The stream that repairs `\\xHH` escapes, read in chunks of every small size."""

from __future__ import annotations

import io
import json

import pytest

from ffdb.ingest.telegram_escapes import RepairingStream


def read_through(data: bytes, size: int) -> tuple[bytes, RepairingStream]:
    stream = RepairingStream(io.BytesIO(data))
    out = b""
    while chunk := stream.read(size):
        out += chunk
    return out, stream


# A hex escape, an escaped backslash before "x", three backslashes (an escaped one, then a
# hex escape), an escaped quote, and an escaped backslash that ends the string.
SOURCE = b'{"a": "\\x41|\\\\x42|\\\\\\x43|\\"|\\\\", "b": "\\x0b"}'


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 7, 64])
def test_repair_is_the_same_whatever_the_chunk_borders(size: int) -> None:
    out, _ = read_through(SOURCE, size)
    assert json.loads(out) == {"a": 'A|\\x42|\\C|"|\\', "b": "\x0b"}


def test_valid_json_passes_unchanged_and_a_bom_is_dropped() -> None:
    valid = '{"a": "\\\\x \\u0041 \\n ə"}'.encode()
    out, _ = read_through(b"\xef\xbb\xbf" + valid, 3)
    assert out == valid


def test_offsets_of_the_last_chunk_point_into_the_original_file() -> None:
    data = b'0123456789"\\x41"abcdef'
    stream = RepairingStream(io.BytesIO(data))
    stream.read(10)
    chunk = stream.read(12)  # '"\x41"abcdef' becomes '"\u0041"abcdef'
    assert chunk == b'"\\u0041"abcdef'
    assert stream.original_offset(chunk.index(b"a")) == data.index(b"a")
    assert stream.original_offset(0) == 10


def test_reading_nothing_consumes_nothing() -> None:
    # ijson asks for zero bytes once to learn whether the stream gives bytes or text.
    stream = RepairingStream(io.BytesIO(b'{"a": 1}'))
    assert stream.read(0) == b""
    assert stream.read(100) == b'{"a": 1}'
