"""Safe XML parsing and the little tests on a file's head that markup readers share.

Every parser here is built with `resolve_entities=False, no_network=True`: a file under
study may come from a hostile site, and reading it must never fetch anything or expand
entities into local files.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from ffdb.model.document import Attachment
from ffdb.model.errors import ReadError

# The start of a markup file: an XML declaration, then comments, processing
# instructions and a doctype, in any order, before the first element.
_PROLOG = re.compile(r"\A\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!doctype[^>]*>\s*)*", re.I | re.S)
_ELEMENT = re.compile(r"<([A-Za-z_][\w.:-]*)")
# The namespaces of WordPress exports start with this, whatever the WXR version.
WP_NS = "http://wordpress.org/export/"


def head_text(head: bytes) -> str:
    """The head decoded well enough to look at its markup, whatever its encoding."""
    if head.startswith(b"\xff\xfe"):
        return head[2:].decode("utf-16-le", errors="ignore")
    if head.startswith(b"\xfe\xff"):
        return head[2:].decode("utf-16-be", errors="ignore")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    # Latin-1 maps every byte, so ASCII markup is read right in any ASCII-based encoding.
    return head.decode("latin-1")


def first_element(text: str) -> str | None:
    """The name of the first element after the prolog (lower case), or None."""
    match = _ELEMENT.match(text, _PROLOG.match(text).end())  # type: ignore[union-attr]  # \A...* always matches
    return match.group(1).lower() if match else None


def has_doctype(text: str, name: str) -> bool:
    """True when the prolog declares `<!DOCTYPE name ...>`."""
    prolog = _PROLOG.match(text).group()  # type: ignore[union-attr]  # always matches
    return re.search(r"<!doctype\s+" + re.escape(name) + r"\b", prolog, re.I) is not None


def parse_xml(path: Path) -> Any:
    """The root element of an XML file; ReadError naming the line where it is broken."""
    root = None
    for element in iterparse_xml(path):
        root = element
    return root  # the last element to close is the root


def iterparse_xml(path: Path) -> Iterator[Any]:
    """Each element of an XML file as it closes (streaming); ReadError when it is broken.

    iterparse over an open file is used even for whole trees: `etree.parse` reports
    bytes that break the declared encoding as an I/O error without a line number.
    """
    with path.open("rb") as handle:
        events = etree.iterparse(
            handle,
            events=("end",),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
        )
        try:
            for _, element in events:
                yield element
        except etree.XMLSyntaxError as exc:
            raise ReadError(str(path), describe_xml_error(exc, path)) from None


def describe_xml_error(exc: etree.XMLSyntaxError, path: Path) -> str:
    """The reason in a few words, the line, and libxml2's own message."""
    message = str(exc.msg or exc).strip().splitlines()[0]
    line = exc.position[0] if exc.position else None
    where = f" at line {line}" if line else ""
    lowered = message.lower()
    if "encoding" in lowered or "proper utf-8" in lowered:
        return f"XML bytes do not match its declared encoding{where} ({message})"
    if "premature end" in lowered or (line is not None and line >= _count_lines(path)):
        return f"truncated XML: the file ends{where} before its elements close ({message})"
    return f"invalid XML{where} ({message})"


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b"")) + 1


def local_name(element: Any) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return tag.rsplit("}", 1)[-1]


def namespace(element: Any) -> str:
    tag = element.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def child(element: Any, name: str, ns_prefix: str | None = None) -> Any | None:
    """The first child called `name` (any namespace, or one starting with `ns_prefix`)."""
    for sub in element:
        if local_name(sub) == name and (ns_prefix is None or namespace(sub).startswith(ns_prefix)):
            return sub
    return None


def child_text(element: Any, name: str, ns_prefix: str | None = None) -> str | None:
    """The stripped text of the first child called `name`, or None when absent or empty."""
    sub = child(element, name, ns_prefix)
    if sub is None or sub.text is None:
        return None
    return sub.text.strip() or None


def primary_language(tag: str | None) -> str | None:
    """ "en-US" -> "en": the language without its region, as documents keep it."""
    if not tag or not tag.strip():
        return None
    return tag.strip().replace("_", "-").split("-")[0].lower() or None


def url_attachment(url: str, media_type: str | None, length: str | None = None) -> Attachment:
    """A file known by its URL only: kept as a reference, never fetched.

    It is marked missing from the start: its bytes are not in the file, and the URL
    must never be looked up on the local disk (a hostile feed could name /etc/passwd).
    """
    media_type = media_type or mimetypes.guess_type(url)[0]
    kind = media_type.split("/")[0] if media_type else "file"
    return Attachment(
        path=url,
        kind=kind if kind in ("image", "video", "audio") else "file",
        media_type=media_type,
        missing=True,
        size=int(length) if length and length.isdigit() and int(length) > 0 else None,
    )
