"""Saved web pages: the article's main text and metadata, found by trafilatura.

trafilatura drops navigation, related-article lists and comment forms, and reads the
title, author, date, site name and categories from the page's metadata. When it finds no
main text (a page that is all navigation), the whole visible text is kept instead, so
the original is never silently empty. Nothing is fetched: images the page names by a
relative path (a browser's "NAME_files/photo.jpg") become attachments, read from disk by
the pipeline when they are there; remote images stay URLs, recorded as missing.
Telegram's HTML export is HTML too; its reader comes first in `READERS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ffdb.ingest.markup import html_to_text, tidy_text
from ffdb.ingest.textcodec import decode_text
from ffdb.ingest.xmlutil import first_element, has_doctype, head_text
from ffdb.model.document import Attachment, Document
from ffdb.model.errors import ReadError

_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][\w-]+)?", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
# <meta name="description" content="..."> or og:description, in either attribute order
_DESCRIPTION = re.compile(
    r"<meta\b[^>]*?\b(?:name|property)\s*=\s*[\"']?(?:og:)?description[\"']?[^>]*?"
    r"\bcontent\s*=\s*([\"'])(.*?)\1",
    re.I | re.S,
)
_DESCRIPTION_AFTER = re.compile(
    r"<meta\b[^>]*?\bcontent\s*=\s*([\"'])(.*?)\1[^>]*?"
    r"\b(?:name|property)\s*=\s*[\"']?(?:og:)?description\b",
    re.I | re.S,
)
_IMG = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']([^\"'>]+)[\"']", re.I)
_HTML_STARTS = ("html", "head", "body")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# trafilatura fields kept in meta (the rest are in Document's own fields, or noise like
# `filedate`, which is today's date, not the page's).
_META_FIELDS = ("sitename", "hostname", "description", "license", "image", "pagetype", "tags")


class HtmlReader:
    name = "html"
    media_type = "text/html"

    def sniff(self, head: bytes, path: Path) -> bool:
        text = head_text(head)
        if has_doctype(text, "html") or first_element(text) in _HTML_STARTS:
            return True
        # a saved fragment (`<div>...`, no <html>): the name says HTML, the markup agrees
        return path.suffix.lower() in _HTML_SUFFIXES and first_element(text) is not None

    def read(self, path: Path) -> Iterator[Document]:
        data = path.read_bytes()
        found = _extract(path, data)
        text = tidy_text(found.get("text") or "")
        meta: dict[str, Any] = {k: found[k] for k in _META_FIELDS if found.get(k)}
        if not text:
            page = decode_text(data, path)[0]
            title = _TITLE.search(page)
            if not found.get("title"):
                found["title"] = html_to_text(title.group(1)) if title else None
            text, meta["extraction"] = _fallback_text(page, found.get("title"))
        if not text:
            raise ReadError(str(path), "no text in the HTML page")
        yield Document(
            text=text,
            kind="article",
            title=found.get("title") or None,
            author=found.get("author") or None,
            published=found.get("date") or None,
            url=found.get("url") or None,
            language=found.get("language") or _page_language(data),
            media_type=self.media_type,
            categories=list(found.get("categories") or []),
            attachments=page_images(data),
            meta=meta,
        )


def _fallback_text(page: str, title: str | None) -> tuple[str, str]:
    """When trafilatura finds no article: the page's visible text; or, when that is no
    more than the title (a body a script fills in: a saved t.me post, a news app), the
    description the page gives of itself. With how the text was found."""
    visible = html_to_text(page)
    if visible and visible != title:
        return visible, "whole page"
    described = _DESCRIPTION.search(page) or _DESCRIPTION_AFTER.search(page)
    if described:
        return tidy_text(html_to_text(described.group(2))), "page metadata"
    return visible or (title or ""), "whole page"


def _extract(path: Path, data: bytes) -> dict[str, Any]:
    import trafilatura  # imported here: it loads slowly and only HTML needs it

    try:
        result = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # trafilatura fails in many ways on odd pages
        raise ReadError(
            str(path), f"HTML could not be parsed ({type(exc).__name__}: {exc})"
        ) from None
    if result is None:
        return {}
    return dict(result) if isinstance(result, dict) else dict(result.as_dict())


def page_images(data: bytes) -> list[Attachment]:
    """The images a page shows, in order, each once; `data:` URIs are skipped."""
    seen: list[str] = []
    for src in _IMG.findall(data.decode("utf-8", errors="replace")):
        src = src.strip()
        if src and not src.startswith("data:") and src not in seen:
            seen.append(src)
    return [
        Attachment(path=src, kind="photo", missing="://" in src or src.startswith("//"))
        for src in seen
    ]


def _page_language(data: bytes) -> str | None:
    found = _LANG.search(head_text(data[:4096]))
    return found.group(1).lower() if found else None


READER = HtmlReader()
