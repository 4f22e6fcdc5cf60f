"""RSS 2.0 and Atom feeds: one document per item or entry.

The item's full content (content:encoded, Atom content) is preferred to its summary
(description, Atom summary); HTML is turned into text with its paragraphs. Enclosures
are recorded as attachments by URL; nothing is fetched. WordPress exports are RSS too;
their reader comes first in `READERS` and this one declines them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from ffdb.ingest.dates import parse_date
from ffdb.ingest.markup import html_to_text
from ffdb.ingest.xmlutil import (
    WP_NS,
    child,
    child_text,
    first_element,
    head_text,
    local_name,
    parse_xml,
    primary_language,
    url_attachment,
)
from ffdb.model.document import Attachment, Document
from ffdb.model.errors import ReadError

ATOM_NS = "http://www.w3.org/2005/Atom"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class RssReader:
    name = "rss"
    media_type = "application/rss+xml"

    def sniff(self, head: bytes, path: Path) -> bool:
        text = head_text(head)
        return first_element(text) == "rss" and WP_NS not in text

    def read(self, path: Path) -> Iterator[Document]:
        root = parse_xml(path)
        channel = child(root, "channel")
        if local_name(root) != "rss" or channel is None:
            raise ReadError(str(path), "RSS without a <channel>")
        feed = {
            "feed": child_text(channel, "title"),
            "feed_url": child_text(channel, "link"),
        }
        language = primary_language(child_text(channel, "language"))
        items = [sub for sub in channel if local_name(sub) == "item"]
        for number, item in enumerate(items, start=1):
            doc = _rss_document(item, f"item:{number}", {k: v for k, v in feed.items() if v})
            doc.language = language
            yield doc


def _rss_document(item: Any, key: str, feed: dict[str, str]) -> Document:
    body = child_text(item, "encoded", CONTENT_NS)
    summary = child_text(item, "description")
    meta: dict[str, Any] = {"guid": child_text(item, "guid"), **feed}
    if body and summary:
        meta["summary"] = html_to_text(summary)
    return Document(
        text=html_to_text(body or summary or ""),
        key=key,
        kind="post",
        title=child_text(item, "title"),
        author=child_text(item, "creator") or _rss_author(child_text(item, "author")),
        published=parse_date(child_text(item, "pubDate") or child_text(item, "date")),
        url=child_text(item, "link"),
        media_type="text/html",
        categories=_unique(s.text.strip() for s in item if local_name(s) == "category" and s.text),
        attachments=[_enclosure(s) for s in item if local_name(s) == "enclosure" and s.get("url")],
        meta={k: v for k, v in meta.items() if v},
    )


def _rss_author(value: str | None) -> str | None:
    """RSS <author> is "email (Name)"; the name is what a reader wants."""
    if value and "(" in value and value.endswith(")"):
        return value[value.index("(") + 1 : -1].strip() or value
    return value


def _enclosure(element: Any) -> Attachment:
    return url_attachment(element.get("url"), element.get("type"), element.get("length"))


class AtomReader:
    name = "atom"
    media_type = "application/atom+xml"

    def sniff(self, head: bytes, path: Path) -> bool:
        text = head_text(head)
        return first_element(text) == "feed" and ATOM_NS in text

    def read(self, path: Path) -> Iterator[Document]:
        root = parse_xml(path)
        if root.tag != f"{{{ATOM_NS}}}feed":
            raise ReadError(str(path), "not an Atom <feed>")
        feed = {"feed": _atom_text(child(root, "title")), "feed_url": _atom_link(root)}
        feed_author = _atom_author(root)
        entries = [sub for sub in root if sub.tag == f"{{{ATOM_NS}}}entry"]
        for number, entry in enumerate(entries, start=1):
            doc = _atom_document(entry, f"entry:{number}", {k: v for k, v in feed.items() if v})
            doc.author = doc.author or feed_author
            doc.language = primary_language(entry.get(XML_LANG) or root.get(XML_LANG))
            yield doc


def _atom_document(entry: Any, key: str, feed: dict[str, str]) -> Document:
    content = _atom_text(child(entry, "content"))
    summary = _atom_text(child(entry, "summary"))
    meta: dict[str, Any] = {"guid": child_text(entry, "id"), **feed}
    if content and summary:
        meta["summary"] = summary
    categories = [s.get("label") or s.get("term") for s in entry if local_name(s) == "category"]
    return Document(
        text=content or summary or "",
        key=key,
        kind="post",
        title=_atom_text(child(entry, "title")) or None,
        author=_atom_author(entry),
        published=parse_date(child_text(entry, "published") or child_text(entry, "updated")),
        url=_atom_link(entry),
        media_type="text/html",
        categories=_unique(c for c in categories if c),
        attachments=[
            url_attachment(s.get("href"), s.get("type"), s.get("length"))
            for s in entry
            if local_name(s) == "link" and s.get("rel") == "enclosure" and s.get("href")
        ],
        meta={k: v for k, v in meta.items() if v},
    )


def _atom_text(element: Any | None) -> str:
    """An Atom text construct as plain text: type text, html (escaped) or xhtml (inline)."""
    if element is None:
        return ""
    kind = element.get("type", "text")
    if kind == "xhtml":
        inner = "".join(etree.tostring(sub, encoding="unicode") for sub in element)
        return html_to_text(inner)
    if kind == "html" or "html" in kind:
        return html_to_text(element.text or "")
    return (
        html_to_text("".join(element.itertext())) if len(element) else (element.text or "").strip()
    )


def _atom_link(element: Any) -> str | None:
    for sub in element:
        if (
            local_name(sub) == "link"
            and sub.get("rel", "alternate") == "alternate"
            and sub.get("href")
        ):
            return str(sub.get("href"))
    return None


def _atom_author(element: Any) -> str | None:
    author = child(element, "author")
    return child_text(author, "name") if author is not None else None


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


RSS_READER = RssReader()
ATOM_READER = AtomReader()
