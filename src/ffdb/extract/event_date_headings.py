"""The year heading of a timeline as an event's date (see `date_headings`): under
"2014", "Gataullin is detained in Kazan and later arrested" happened in 2014 when the
line gives no date of its own; the report's own day dates nothing there.
"""

from __future__ import annotations

from ffdb.extract.context import DocContext
from ffdb.extract.date_headings import heading_at, heading_scopes
from ffdb.extract.dates import DateSpan

_memo: list[tuple[str, list[tuple[int, int, int, int]], dict[int, DateSpan]]] = []


def _scopes(ctx: DocContext) -> tuple[list[tuple[int, int, int, int]], dict[int, DateSpan]]:
    if _memo and _memo[0][0] is ctx.text:
        return _memo[0][1], _memo[0][2]
    years = [
        d
        for d in ctx.dates
        if len(d.value) == 4 and not d.inferred_year and d.end_value is None and not d.qualifier
    ]
    scopes = (
        heading_scopes(ctx.text, [(d.start, d.end, int(d.value)) for d in years])
        if len(years) > 1
        else []
    )
    spans = {d.start: d for d in years}
    _memo[:] = [(ctx.text, scopes, spans)]
    return scopes, spans


def heading_date(ctx: DocContext, pos: int) -> DateSpan | None:
    """The year heading `pos` stands under in a timeline, if any."""
    scopes, spans = _scopes(ctx)
    scope = heading_at(scopes, pos) if scopes else None
    return None if scope is None else spans.get(scope[3])


def in_headed_timeline(ctx: DocContext) -> bool:
    """Whether the text is a timeline under year headings."""
    return bool(_scopes(ctx)[0])


__all__ = ["heading_date", "in_headed_timeline"]
