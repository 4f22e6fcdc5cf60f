"""WordPress export files (WXR 1.0 to 1.2): one document per post or page.

The export is streamed with lxml's iterparse, so a site's whole history never sits in
memory as a tree. Attachments (media library items) and navigation menu items are not
documents: an attachment's URL is recorded on the post it belongs to (its parent, or
the post whose featured image it is). Approved comments are kept in `meta["comments"]`.
Authors are given by their display names from the export's author list.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ffdb.ingest.dates import parse_date
from ffdb.ingest.markup import html_to_text
from ffdb.ingest.xmlutil import (
    WP_NS,
    child,
    child_text,
    first_element,
    head_text,
    iterparse_xml,
    local_name,
    namespace,
    primary_language,
    url_attachment,
)
from ffdb.model.document import Attachment, Document

NOT_DOCUMENTS = frozenset(
    [
        "attachment",
        "nav_menu_item",
        "revision",
        "customize_changeset",
        "custom_css",
        "oembed_cache",
        "user_request",
        "wp_global_styles",
        "wp_template",
        "wp_template_part",
        "wp_navigation",
        "wp_font_family",
        "wp_font_face",
    ]
)


@dataclass(slots=True)
class Post:
    """A post as read, before authors and attachments are known."""

    document: Document
    post_id: str
    login: str | None
    thumbnail_id: str | None = None


@dataclass(slots=True)
class Export:
    """What the whole file tells about its posts."""

    posts: list[Post] = field(default_factory=list)
    authors: dict[str, str] = field(default_factory=dict)  # login -> display name
    media: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (url, parent id)
    site: dict[str, str] = field(default_factory=dict)
    language: str | None = None


class WxrReader:
    name = "wxr"
    media_type = "application/rss+xml"

    def sniff(self, head: bytes, path: Path) -> bool:
        text = head_text(head)
        return first_element(text) == "rss" and WP_NS in text

    def read(self, path: Path) -> Iterator[Document]:
        export = _read_export(path)
        for post in export.posts:
            doc = post.document
            if post.login:
                doc.author = export.authors.get(post.login, post.login)
            doc.attachments = _attachments_of(post, export.media)
            doc.meta.update(export.site)
            doc.language = export.language
            yield doc


def _read_export(path: Path) -> Export:
    export = Export()
    for element in iterparse_xml(path):
        name = local_name(element)
        parent = element.getparent()
        if parent is None or local_name(parent) != "channel":
            continue
        if name == "item":
            _read_item(element, export)
        elif name == "author" and namespace(element).startswith(WP_NS):
            login = child_text(element, "author_login")
            if login:
                export.authors[login] = child_text(element, "author_display_name") or login
        elif name == "language":
            export.language = primary_language(element.text)
        elif name in ("title", "link") and element.text and element.text.strip():
            export.site["site" if name == "title" else "site_url"] = element.text.strip()
        else:
            continue
        # Done with this element: free it and what came before it in the channel.
        element.clear()
        while element.getprevious() is not None:
            del parent[0]
    return export


def _read_item(item: Any, export: Export) -> None:
    post_type = _wp(item, "post_type") or "post"
    post_id = _wp(item, "post_id") or str(len(export.posts) + len(export.media) + 1)
    if post_type == "attachment":
        url = _wp(item, "attachment_url") or child_text(item, "guid")
        if url:
            export.media[post_id] = (url, _wp(item, "post_parent") or "0")
        return
    if post_type in NOT_DOCUMENTS:
        return
    export.posts.append(
        Post(
            document=_item_document(item, post_id, post_type),
            post_id=post_id,
            login=child_text(item, "creator"),
            thumbnail_id=_postmeta(item).get("_thumbnail_id"),
        )
    )


def _item_document(item: Any, post_id: str, post_type: str) -> Document:
    categories, tags, terms = _terms(item)
    body = child_text(item, "encoded", "http://purl.org/rss/1.0/modules/content/")
    excerpt = child_text(item, "encoded", WP_NS)
    text = html_to_text(body or "") or html_to_text(
        excerpt or child_text(item, "description") or ""
    )
    meta: dict[str, Any] = {
        "post_id": post_id,
        "post_type": post_type,
        "status": _wp(item, "status"),
        "slug": _wp(item, "post_name"),
        "guid": child_text(item, "guid"),
    }
    if excerpt:
        meta["excerpt"] = html_to_text(excerpt)
    if tags:
        meta["tags"] = tags
    if terms:
        meta["terms"] = terms
    comments = _comments(item)
    if comments:
        meta["comments"] = comments
    return Document(
        text=text,
        key=f"post:{post_id}",
        kind="page" if post_type == "page" else "post",
        title=child_text(item, "title"),
        published=parse_date(_wp(item, "post_date_gmt"), utc=True)
        or parse_date(_wp(item, "post_date"))
        or parse_date(child_text(item, "pubDate")),
        url=child_text(item, "link"),
        media_type="text/html",
        categories=categories,
        meta={k: v for k, v in meta.items() if v},
    )


def _terms(item: Any) -> tuple[list[str], list[str], dict[str, list[str]]]:
    """Categories, tags, and the terms of any other taxonomy, by taxonomy."""
    categories: list[str] = []
    tags: list[str] = []
    terms: dict[str, list[str]] = {}
    for sub in item:
        if local_name(sub) != "category" or not (sub.text and sub.text.strip()):
            continue
        value = sub.text.strip()
        domain = sub.get("domain", "category")
        target = categories if domain == "category" else tags if domain == "post_tag" else None
        if target is None:
            target = terms.setdefault(domain, [])
        if value not in target:
            target.append(value)
    return categories, tags, terms


def _comments(item: Any) -> list[dict[str, str | None]]:
    found = []
    for sub in item:
        if local_name(sub) != "comment" or _wp(sub, "comment_approved") != "1":
            continue
        found.append(
            {
                "author": _wp(sub, "comment_author"),
                "date": parse_date(_wp(sub, "comment_date_gmt"), utc=True)
                or parse_date(_wp(sub, "comment_date")),
                "text": html_to_text(_wp(sub, "comment_content") or ""),
            }
        )
    return found


def _postmeta(item: Any) -> dict[str, str]:
    values = {}
    for sub in item:
        if local_name(sub) == "postmeta":
            key, value = _wp(sub, "meta_key"), _wp(sub, "meta_value")
            if key and value is not None:
                values[key] = value
    return values


def _attachments_of(post: Post, media: dict[str, tuple[str, str]]) -> list[Attachment]:
    ids = [i for i, (_, parent) in media.items() if parent == post.post_id]
    if post.thumbnail_id in media and post.thumbnail_id not in ids:
        ids.insert(0, post.thumbnail_id)
    return [url_attachment(media[media_id][0], None) for media_id in ids]


def _wp(element: Any, name: str) -> str | None:
    sub = child(element, name, WP_NS)
    if sub is None or sub.text is None:
        return None
    return sub.text.strip() or None


READER = WxrReader()
