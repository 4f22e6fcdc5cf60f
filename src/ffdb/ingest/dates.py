"""Dates as feeds, exports and file metadata write them, to ISO prefixes.

Timestamps with a zone are converted to UTC so that the `published` column sorts
right as text; timestamps without one (WordPress local time) stay as they are; a bare
date keeps its day precision.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")


def iso_datetime(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="seconds")


def parse_date(value: str | None, *, utc: bool = False) -> str | None:
    """RFC 822 (RSS), RFC 3339 (Atom), `YYYY-MM-DD HH:MM:SS` (WordPress) or an ISO prefix.

    With `utc`, a timestamp without a zone is taken as UTC (WordPress's `*_gmt` fields).
    None for empty values, WordPress's `0000-00-00 00:00:00` and anything unparsable.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.startswith("0000"):
        return None
    for pattern in (_DAY, _MONTH, _YEAR):
        if pattern.fullmatch(text):
            return text
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    else:
        if utc and parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return iso_datetime(parsed)
    try:
        return iso_datetime(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None
