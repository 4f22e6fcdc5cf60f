"""Dates as intervals: an ISO prefix ("2014", "2014-09", "2014-09-13") covers a span of days.

Two dates are compatible when their spans overlap, so "2014" agrees with "2014-09" and
"2014-09" disagrees with "2014-10". Qualifiers open or widen the span: "before 2014" ends
at 2014, "after"/"since" starts there, "circa" widens it by one unit of its precision;
positions within the period (early, mid, late, seasons) keep the period's span, since
writers use them loosely.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_FAR_PAST = date(1, 1, 1)
_FAR_FUTURE = date(9999, 12, 31)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The first and last day a date may mean, and how precise it was written."""

    start: date
    end: date
    precision: str  # year | month | day

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def middle(self) -> date:
        if self.start == _FAR_PAST:
            return self.end
        if self.end == _FAR_FUTURE:
            return self.start
        return self.start + (self.end - self.start) / 2


def parse_span(value: str | None, qualifier: str | None = None) -> DateSpan | None:
    """The span of an ISO prefix, or None when `value` is empty or not a date."""
    if not value:
        return None
    match = _ISO.match(value.strip())
    if not match:
        return None
    year = int(match[1])
    try:
        if match[3]:
            day = date(year, int(match[2]), int(match[3]))
            span = DateSpan(day, day, "day")
        elif match[2]:
            month = int(match[2])
            last = calendar.monthrange(year, month)[1]
            span = DateSpan(date(year, month, 1), date(year, month, last), "month")
        else:
            span = DateSpan(date(year, 1, 1), date(year, 12, 31), "year")
    except ValueError:
        return None
    return _qualified(span, qualifier)


def _qualified(span: DateSpan, qualifier: str | None) -> DateSpan:
    if qualifier in ("before", "until"):
        return DateSpan(_FAR_PAST, span.end, span.precision)
    if qualifier in ("after", "since"):
        return DateSpan(span.start, _FAR_FUTURE, span.precision)
    if qualifier == "circa":
        pad = {"day": 3, "month": 31, "year": 366}[span.precision]
        return DateSpan(
            span.start - timedelta(days=pad), span.end + timedelta(days=pad), span.precision
        )
    return span


def compatible(a: str | None, b: str | None, qa: str | None = None, qb: str | None = None) -> bool:
    """True when the two dates may be the same day; an unknown date agrees with any."""
    left, right = parse_span(a, qa), parse_span(b, qb)
    if left is None or right is None:
        return True
    return left.overlaps(right)


def days_between(earlier: str | None, later: str | None) -> int | None:
    """Days from the start of `earlier` to the start of `later` (negative if reversed)."""
    left, right = parse_span(earlier), parse_span(later)
    if left is None or right is None:
        return None
    return (right.start - left.start).days


def year_of(value: str | None) -> int | None:
    match = _ISO.match(value or "")
    return int(match[1]) if match else None


def is_after(value: str | None, as_of: str | None) -> bool:
    """True when a date surely lies after `as_of` (its whole span is later)."""
    if not as_of:
        return False
    span, limit = parse_span(value), parse_span(as_of)
    if span is None or limit is None:
        return False
    return span.start > limit.end


def day_of(value: str | None) -> str | None:
    """The first day an ISO prefix may mean, as YYYY-MM-DD; for sorting and display."""
    span = parse_span(value)
    return span.start.isoformat() if span else None
