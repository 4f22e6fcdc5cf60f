"""Telegram Desktop HTML exports: `messages.html`, `messages2.html`... of one chat.

The exporter writes at most 1,000 messages a page, so a page is parsed whole with lxml.
Each page gives a `channel` document (its title from the page header; the HTML does
not carry the chat id, so its key is `chat`) and a `message` document per message.
"Joined" messages (same sender within minutes) omit the sender's name and inherit the
previous one's; service messages and date separators are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree, html

from ffdb.ingest.base import strip_bom
from ffdb.ingest.telegram_common import (
    UniqueKeys,
    make_attachment,
    parse_html_date,
    with_repeat,
)
from ffdb.model.document import Attachment, Document
from ffdb.model.errors import ReadError

_MESSAGE_DIV = re.compile(rb'<div class="message (?:default|service)[^"]*" id="message-?\d+"')
_ID = re.compile(r"^message(\d+)$")
_GO_TO = re.compile(r"GoToMessage\((\d+)\)|#go_to_message(\d+)")
_VIA = re.compile(r"\s+via\s+@(\S+)\s*$")

# The link classes of media the exporter writes, and the attachment kind of each.
_WRAP_KINDS = {
    "photo_wrap": "photo",
    "video_file_wrap": "video",
    "animated_wrap": "video",
    "sticker_wrap": "sticker",
}
_MEDIA_KINDS = {
    "media_photo": "photo",
    "media_video": "video",
    "media_voice_message": "voice",
    "media_audio_file": "audio",
    "media_file": "file",
    "media_contact": "contact",
}


class TelegramHtmlReader:
    name = "telegram_html"
    media_type = "text/html"

    def sniff(self, head: bytes, path: Path) -> bool:
        # The export's other pages (lists of chats, contacts) share the page header but
        # hold no messages; they are not chats.
        return bool(_MESSAGE_DIV.search(strip_bom(head)))

    def read(self, path: Path) -> Iterator[Document]:
        try:
            tree = html.parse(str(path))
        except (OSError, etree.ParserError, etree.ParseError) as exc:
            raise ReadError(str(path), f"unreadable HTML: {exc}") from None
        root = tree.getroot()
        if root is None:
            raise ReadError(str(path), "no HTML in the file")
        title = _chat_title(root)
        yield Document(text=title, key="chat", kind="channel", title=title, meta={})
        yield from _messages(root)


def _chat_title(root: Any) -> str:
    found = root.xpath('//div[@class="page_header"]//div[contains(@class, "text")]')
    text = " ".join(found[0].text_content().split()) if found else ""
    return text or "Telegram chat"


def _classes(el: Any) -> set[str]:
    return set((el.get("class") or "").split())


def _messages(root: Any) -> Iterator[Document]:
    author: str | None = None
    forwarded: str | None = None
    seen = UniqueKeys()
    for div in root.iterfind(".//div[@id]"):
        found = _ID.match(div.get("id", ""))
        classes = _classes(div)
        if "message" not in classes:
            continue
        if found is None or "default" not in classes:
            author = forwarded = None  # a service message breaks a run of joined ones
            continue
        body = _child(div, "body")
        if body is None:
            continue
        if "joined" not in classes:
            author = _name_of(_child(body, "from_name"))
        fwd_body = _child(body, "forwarded")
        if fwd_body is not None:
            name = _child(fwd_body, "from_name")
            forwarded = _name_of(name) if name is not None else forwarded
        else:
            forwarded = None
        msg_id = int(found.group(1))
        key = with_repeat(f"chat/msg:{msg_id}", seen.claim(msg_id))
        yield _message(body, fwd_body, key, msg_id, author, forwarded)


def _child(el: Any, cls: str) -> Any:
    for child in el:
        if isinstance(child.tag, str) and cls in _classes(child):
            return child
    return None


def _name_of(el: Any) -> str | None:
    """The sender's name: the text before any date span, without "via @bot"."""
    if el is None:
        return None
    name = " ".join((el.text or "").split())
    name = _VIA.sub("", name)
    return name or None


def _message(
    body: Any, fwd_body: Any, key: str, msg_id: int, author: str | None, forwarded: str | None
) -> Document:
    content = fwd_body if fwd_body is not None else body
    meta: dict[str, Any] = {"id": msg_id}
    date_div = _child(body, "date")
    published = None
    if date_div is not None:
        title = date_div.get("title", "")
        published, in_utc = parse_html_date(title)
        meta["date_title"] = title
        if published and not in_utc:
            meta["date_local"] = published
    from_div = _child(body, "from_name")
    if from_div is not None and (via := _VIA.search(" ".join((from_div.text or "").split()))):
        meta["via_bot"] = "@" + via.group(1)
    text_div = _child(content, "text")
    text, links = _text_of(text_div) if text_div is not None else ("", [])
    if links:
        meta["links"] = links
    _add_details(content, meta)
    reactions = _child(body, "reactions")  # outside the forwarded block: they are ours
    if reactions is not None:
        found = [" ".join(r.text_content().split()) for r in reactions if isinstance(r.tag, str)]
        meta["reactions"] = [r for r in found if r]
    return Document(
        text=text,
        key=key,
        kind="message",
        author=author,
        published=published,
        parent_key="chat",
        forwarded_from=forwarded,
        attachments=_attachments(content),
        meta=meta,
    )


def _text_of(el: Any) -> tuple[str, list[str]]:
    """The text of a `div.text`: <br> as newlines, links as their words, hrefs kept."""
    parts: list[str] = []
    links: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == "br":
                parts.append("\n")
            elif isinstance(child.tag, str):
                href = child.get("href") if child.tag == "a" else None
                if href and href.startswith(("http://", "https://")):
                    links.append(href)
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    # The exporter indents the markup: the newlines around the text are not the text.
    return "".join(parts).strip(), links


def _add_details(content: Any, meta: dict[str, Any]) -> None:
    reply = _child(content, "reply_to")
    if reply is not None:
        link = reply.find(".//a")
        where = "" if link is None else (link.get("onclick") or "") + (link.get("href") or "")
        target = _GO_TO.search(where)
        if target:
            meta["reply_to_message_id"] = int(target.group(1) or target.group(2))
        else:
            meta["reply_to"] = " ".join(reply.text_content().split())
    signature = _child(content, "signature")
    if signature is not None:
        meta["signature"] = " ".join(signature.text_content().split())
    buttons = [
        " ".join(b.text_content().split())
        for b in content.iter()
        if isinstance(b.tag, str) and "bot_button" in _classes(b)
    ]
    if buttons:
        meta["inline_bot_buttons"] = buttons
    poll = content.find('.//div[@class="media_poll"]')
    if poll is not None:
        meta["poll"] = " ".join(poll.text_content().split())


def _attachments(content: Any) -> list[Attachment]:
    found: list[Attachment] = []
    for wrap in content:
        if not isinstance(wrap.tag, str) or "media_wrap" not in _classes(wrap):
            continue
        for media in wrap:
            attachment = _media_attachment(media)
            if attachment is not None:
                found.append(attachment)
    return found


def _media_attachment(media: Any) -> Attachment | None:
    if not isinstance(media.tag, str):
        return None
    classes = _classes(media)
    kind = next((k for c, k in _WRAP_KINDS.items() if c in classes), None)
    kind = kind or next((k for c, k in _MEDIA_KINDS.items() if c in classes), None)
    if kind is None:
        return None  # polls, locations, games, calls: no file behind them
    href = media.get("href") if media.tag == "a" else None
    if href and not href.startswith(("http://", "https://", "mailto:", "tel:")):
        return make_attachment(href, kind)
    # No link: the exporter left the file out and says why in the description.
    why = media.find('.//div[@class="description"]')
    reason = " ".join(why.text_content().split()) if why is not None else ""
    return Attachment(path=f"({reason or 'File not included'})", kind=kind, missing=True)


READER = TelegramHtmlReader()
