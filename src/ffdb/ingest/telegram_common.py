"""What the Telegram Desktop JSON and HTML readers share: chat kinds, attachments, dates, keys.

Both readers give the same shapes: one `channel` document per chat (key `chat:<id>`,
or `chat` when the export does not name the id) and one `message` document per message
(key `<chat key>/msg:<id>`), whose parent is its chat.
"""

from __future__ import annotations

import mimetypes
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import PurePosixPath

from ffdb.model.document import Attachment

# The `type` of a chat as Telegram Desktop writes it; the sniffers look for these.
CHAT_TYPES = (
    "personal_chat",
    "bot_chat",
    "private_group",
    "private_supergroup",
    "public_supergroup",
    "private_channel",
    "public_channel",
    "saved_messages",
    "replies",
)
# Chats the exporter writes without a name.
UNNAMED_CHATS = {"saved_messages": "Saved Messages", "replies": "Replies"}

# "(File not included. Change data exporting settings to download.)", "(File exceeds
# maximum size. ...)", "(File unavailable, please try again later)", sometimes after a
# file name; "Photo" instead of "File" for pictures.
_PLACEHOLDER = re.compile(
    r"\((?:File|Photo) (?:not included|exceeds maximum size|unavailable)[^()]*\)\s*$"
)
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")

# Telegram's names for documents, mapped to the attachment kinds ffdb keeps.
MEDIA_KINDS = {
    "sticker": "sticker",
    "video_message": "video",
    "video_file": "video",
    "animation": "video",
    "voice_message": "voice",
    "audio_file": "audio",
}


def is_placeholder(value: str) -> bool:
    """True for the text an export writes where it left a file out."""
    return bool(_PLACEHOLDER.search(value))


def is_safe_relative(path: str) -> bool:
    """True when `path` stays inside the export folder.

    An export only names files below its own folder; an absolute path or one climbing
    out with `..` would make ingest copy an unrelated file as evidence.
    """
    if not path or path.startswith(("/", "\\")) or _WINDOWS_DRIVE.match(path):
        return False
    return ".." not in PurePosixPath(path.replace("\\", "/")).parts


def make_attachment(value: str, kind: str, media_type: str | None = None) -> Attachment:
    """An attachment for a path as the export wrote it; placeholders become `missing`."""
    value = value.strip()
    if is_placeholder(value):
        return Attachment(path=value, kind=kind, media_type=media_type, missing=True)
    if media_type is None:
        media_type = mimetypes.guess_type(value)[0]
    return Attachment(
        path=value, kind=kind, media_type=media_type, missing=not is_safe_relative(value)
    )


def utc_from_unixtime(value: object) -> str | None:
    """ISO timestamp in UTC from Telegram's `date_unixtime` (a string of seconds)."""
    try:
        seconds = int(str(value))
    except ValueError:
        return None
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.isoformat(timespec="seconds")


_HTML_DATE = re.compile(
    r"(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})"
    r"(?:\s*UTC\s*([+-])(\d{1,2}):?(\d{2}))?"
)


def parse_html_date(title: str) -> tuple[str | None, bool]:
    """The date of an HTML export's `title="19.06.2023 15:47:09 UTC+03:00"`.

    Returns the ISO timestamp (in UTC when the title has an offset, else the exporter's
    local time as written) and whether it is in UTC.
    """
    found = _HTML_DATE.search(title)
    if not found:
        return None, False
    day, month, year, hour, minute, second, sign, off_h, off_m = found.groups()
    try:
        local = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError:
        return None, False
    if sign is None:
        return local.isoformat(timespec="seconds"), False
    offset = timedelta(hours=int(off_h), minutes=int(off_m))
    zone = timezone(offset if sign == "+" else -offset)
    moment = local.replace(tzinfo=zone).astimezone(UTC)
    return moment.isoformat(timespec="seconds"), True


class UniqueKeys:
    """Keys already given in one file, so a repeated message id never collides.

    Telegram ids are unique inside a chat, but hand-edited or merged exports repeat
    them; the repeat gets `#2`, `#3`... rather than failing the whole file. Small
    integer ids go in a bitmap so a million messages cost a few hundred kilobytes.
    """

    BITMAP_LIMIT = 1 << 28

    def __init__(self) -> None:
        self._bits = bytearray()
        self._other: set[object] = set()
        self._repeats: dict[object, int] = {}

    def claim(self, value: object) -> int:
        """1 the first time `value` is seen, then 2, 3..."""
        if self._first_time(value):
            return 1
        count = self._repeats.get(value, 1) + 1
        self._repeats[value] = count
        return count

    def _first_time(self, value: object) -> bool:
        if type(value) is int and 0 <= value < self.BITMAP_LIMIT:
            byte, bit = divmod(value, 8)
            if byte >= len(self._bits):
                self._bits.extend(bytes(max(byte + 1, 2 * len(self._bits)) - len(self._bits)))
            mask = 1 << bit
            if self._bits[byte] & mask:
                return False
            self._bits[byte] |= mask
            return True
        if value in self._other:
            return False
        self._other.add(value)
        return True


def with_repeat(key: str, count: int) -> str:
    return key if count == 1 else f"{key}#{count}"
