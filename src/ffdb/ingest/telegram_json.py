"""Telegram Desktop JSON exports: one chat's `result.json`, or a whole account's.

A single chat is an object with `name`, `type`, `id` and `messages`; a whole account
puts its chats under `chats.list` and `left_chats.list` (saved messages are one of
them). The file is streamed with ijson, one message at a time, so exports of millions
of messages read in flat memory; each chat gives a `channel` document and each message
a `message` document whose parent is the chat. Service messages (joins, pins, title
changes) are skipped: they are not evidence of what anyone said.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ijson

from ffdb.ingest.base import strip_bom
from ffdb.ingest.dates import parse_date
from ffdb.ingest.telegram_common import (
    CHAT_TYPES,
    MEDIA_KINDS,
    UNNAMED_CHATS,
    UniqueKeys,
    make_attachment,
    utc_from_unixtime,
    with_repeat,
)
from ffdb.ingest.telegram_escapes import RepairingStream
from ffdb.model.document import Attachment, Document
from ffdb.model.errors import ReadError

_CHAT_TYPE = re.compile(rb'"type"\s*:\s*"(?:' + b"|".join(t.encode() for t in CHAT_TYPES) + rb')"')
_MESSAGE_HINT = re.compile(rb'"(?:date_unixtime|from_id|text_entities)"\s*:')
# A whole-account export without its personal section opens on one of its lists.
_ACCOUNT_HINT = re.compile(
    rb'^\{\s*"about"\s*:\s*"[^"]*",\s*"(?:profile_pictures|contacts|frequent_contacts|'
    rb'sessions|web_sessions|chats|left_chats|stories)"\s*:'
)

# Where chats sit in the two shapes of export, and which list each came from.
_CHAT_PREFIXES = {"": "chat", "chats.list.item": "chats", "left_chats.list.item": "left_chats"}
_SCALARS = ("string", "number", "boolean", "null")

# Keys of a message that become fields of its Document or attachments; the rest
# (reply_to_message_id, reactions, inline_bot_buttons, via_bot, poll...) stay in meta.
_CONSUMED = frozenset(
    {
        "id", "type", "date", "date_unixtime", "edited", "edited_unixtime", "from",
        "text", "text_entities", "forwarded_from", "photo", "file", "thumbnail",
        "mime_type", "contact_vcard", "author",
    }
)  # fmt: skip


class TelegramJsonReader:
    name = "telegram_json"
    media_type = "application/json"

    def sniff(self, head: bytes, path: Path) -> bool:
        head = strip_bom(head).lstrip()
        if not head.startswith(b"{"):
            return False
        if b'"personal_information"' in head or _ACCOUNT_HINT.search(head):
            return True
        has_list = b'"messages"' in head or (b'"chats"' in head and b'"list"' in head)
        return has_list and bool(_CHAT_TYPE.search(head) or _MESSAGE_HINT.search(head))

    def read(self, path: Path) -> Iterator[Document]:
        with path.open("rb") as raw:
            stream = RepairingStream(raw)
            events = ijson.parse(stream, use_float=True)
            try:
                yield from _read_events(events)
            except ijson.JSONError as exc:
                raise ReadError(str(path), _describe(exc, stream)) from None


class _Chat:
    """What is known of the chat being read; its document goes out before its messages."""

    def __init__(self, prefix: str, section: str) -> None:
        self.prefix = prefix
        self.section = section
        self.fields: dict[str, Any] = {}
        self.key: str | None = None
        self.messages_prefix = _join(prefix, "messages.item")
        self.field_prefixes = {_join(prefix, f): f for f in ("name", "type", "id")}
        self.message_ids = UniqueKeys()

    def is_chat(self) -> bool:
        return self.section != "chat" or "messages" in self.fields or "type" in self.fields

    def document(self, chat_keys: UniqueKeys, ordinal: int) -> Document:
        chat_id = self.fields.get("id")
        base = f"chat:{chat_id}" if chat_id is not None else f"chat:#{ordinal}"
        self.key = with_repeat(base, chat_keys.claim(base))
        kind = self.fields.get("type")
        name = self.fields.get("name") or UNNAMED_CHATS.get(str(kind)) or base
        meta: dict[str, Any] = {"chat_type": kind, "chat_id": chat_id}
        if self.section == "left_chats":
            meta["left"] = True
        return Document(text=str(name), key=self.key, kind="channel", title=str(name), meta=meta)


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _read_events(events: Iterator[tuple[str, str, Any]]) -> Iterator[Document]:
    chat: _Chat | None = None
    chat_keys = UniqueKeys()
    ordinal = 0
    for prefix, event, value in events:
        if event == "start_map" and prefix in _CHAT_PREFIXES:
            chat = _Chat(prefix, _CHAT_PREFIXES[prefix])
            ordinal += 1
        elif chat is None:
            continue
        elif event == "start_map" and prefix == chat.messages_prefix:
            if chat.key is None:
                yield chat.document(chat_keys, ordinal)
            message = _build_object(events)
            doc = message_document(message, chat.key or "", chat.message_ids)
            if doc is not None:
                yield doc
        elif event in _SCALARS and prefix in chat.field_prefixes:
            chat.fields[chat.field_prefixes[prefix]] = value
        elif event == "start_array" and prefix == _join(chat.prefix, "messages"):
            chat.fields["messages"] = True
        elif event == "end_map" and prefix == chat.prefix:
            if chat.key is None and chat.is_chat():
                yield chat.document(chat_keys, ordinal)
            chat = None


def _build_object(events: Iterator[tuple[str, str, Any]]) -> dict[str, Any]:
    """The object whose `start_map` was just read, built from the events that follow.

    A small builder of our own: ijson's ObjectBuilder does the same with a method call
    per event, and this loop is the hot path of large exports.
    """
    root: dict[str, Any] = {}
    stack: list[Any] = [root]
    key: str | None = None
    for _, event, value in events:
        top = stack[-1]
        if event == "map_key":
            key = value
            continue
        if event == "start_map" or event == "start_array":
            child: Any = {} if event == "start_map" else []
            if type(top) is dict:
                top[key] = child
            else:
                top.append(child)
            stack.append(child)
        elif event == "end_map" or event == "end_array":
            stack.pop()
            if not stack:
                return root
        elif type(top) is dict:
            top[key] = value
        else:
            top.append(value)
    return root  # the stream ended inside the object: ijson raises before this


def message_document(msg: dict[str, Any], chat_key: str, seen: UniqueKeys) -> Document | None:
    """The document of one exported message, or None for service and unsupported ones."""
    if msg.get("type", "message") != "message":
        return None
    msg_id = msg.get("id")
    if not isinstance(msg_id, int | str | float):
        msg_id = json.dumps(msg_id)  # a malformed id still needs a hashable, stable key
    key = with_repeat(f"{chat_key}/msg:{msg_id}", seen.claim(msg_id))
    text, links = _text_and_links(msg.get("text"), msg.get("text_entities"))
    poll = msg.get("poll")
    if isinstance(poll, dict):
        text = _with_poll(text, poll)
    meta = {k: v for k, v in msg.items() if k not in _CONSUMED}
    meta["id"] = msg_id
    published = utc_from_unixtime(msg["date_unixtime"]) if "date_unixtime" in msg else None
    if msg.get("date") is not None:
        meta["date_local"] = msg["date"]
    if published is None:
        # old exports: the exporter's local time, no offset; garbage is no date at all
        local = msg.get("date")
        published = parse_date(local) if isinstance(local, str) else None
    edited = msg.get("edited_unixtime")
    if edited is not None or msg.get("edited") is not None:
        meta["edited"] = utc_from_unixtime(edited) if edited is not None else msg["edited"]
    if msg.get("author"):
        meta["signature"] = msg["author"]  # a channel post's signed author
    if links:
        meta["links"] = links
    author = msg.get("from")
    forwarded = msg.get("forwarded_from")
    return Document(
        text=text,
        key=key,
        kind="message",
        author=author if isinstance(author, str) else None,
        published=published if isinstance(published, str) else None,
        parent_key=chat_key,
        forwarded_from=forwarded if isinstance(forwarded, str) else None,
        attachments=_attachments(msg),
        meta=meta,
    )


def _text_and_links(text: Any, entities: Any) -> tuple[str, list[str]]:
    """Plain text of `text` (a string, or a list of strings and entity objects)."""
    parts = text if text not in (None, "", []) else entities
    if isinstance(parts, str):
        return parts, []
    if not isinstance(parts, list):
        return "", []
    out: list[str] = []
    links: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, dict):
            out.append(str(part.get("text") or ""))
            href = part.get("href")
            if isinstance(href, str) and href:
                links.append(href)
    return "".join(out), links


def _with_poll(text: str, poll: dict[str, Any]) -> str:
    lines = [str(poll.get("question") or "")]
    for answer in poll.get("answers") or []:
        if isinstance(answer, dict):
            lines.append(f"- {answer.get('text') or ''}")
    block = "\n".join(line for line in lines if line)
    return f"{text}\n\n{block}" if text else block


def _attachments(msg: dict[str, Any]) -> list[Attachment]:
    found: list[Attachment] = []
    photo = msg.get("photo")
    if isinstance(photo, str) and photo:
        found.append(make_attachment(photo, "photo"))
    file = msg.get("file")
    if isinstance(file, str) and file:
        kind = MEDIA_KINDS.get(str(msg.get("media_type")), "file")
        mime = msg.get("mime_type")
        found.append(make_attachment(file, kind, mime if isinstance(mime, str) else None))
    thumb = msg.get("thumbnail")
    if isinstance(thumb, str) and thumb:
        found.append(make_attachment(thumb, "thumbnail"))
    vcard = msg.get("contact_vcard")
    if isinstance(vcard, str) and vcard:
        found.append(make_attachment(vcard, "contact", "text/vcard"))
    return found


def _describe(exc: Exception, stream: RepairingStream) -> str:
    """A one-line reason for a parser error, with the byte of the file where it happened."""
    raw = _error_bytes(exc)
    lines = [line for line in raw.split(b"\n") if line.strip()]
    message = lines[0].strip().decode("utf-8", "replace") if lines else "invalid JSON"
    if "premature EOF" in message:
        end = stream.chunk_start + len(stream.last_chunk)
        return f"JSON ends early at byte {end}: the export is truncated"
    found = None
    if len(lines) >= 3 and b"(right here)" in lines[2]:
        found = _locate(lines[1], lines[2], stream.last_chunk)
    if found is None:  # somewhere in the last chunk read; say where that chunk ends
        return f"invalid JSON before byte {stream.chunk_start + len(stream.last_chunk)}: {message}"
    return f"invalid JSON at byte {stream.original_offset(found)}: {message}"


def _error_bytes(exc: Exception) -> bytes:
    """yajl's message; for bad UTF-8 ijson gives the repr of the bytes instead."""
    text = str(exc)
    if text.startswith(("b'", 'b"')):
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            return text.encode()
        if isinstance(value, bytes):
            return value
    return text.encode("utf-8", "surrogateescape")


def _locate(context: bytes, caret_line: bytes, chunk: bytes) -> int | None:
    """Where in `chunk` yajl's caret points.

    yajl shows up to 30 bytes around the error, padded to a fixed column, newlines shown
    as spaces, and a caret under the error: find that context in the chunk it parsed.
    """
    shown = context.lstrip(b" ")
    if not shown:
        return None
    pattern = b"".join(rb"\s" if byte == 32 else re.escape(bytes([byte])) for byte in shown)
    matches = list(re.finditer(pattern, chunk))
    if len(matches) != 1:
        return None  # not found, or ambiguous: fall back to the end of the chunk
    # The caret stands one column after the offending byte.
    caret = caret_line.find(b"^") - (len(context) - len(shown)) - 1
    return matches[0].start() + max(caret, 0)


READER = TelegramJsonReader()
