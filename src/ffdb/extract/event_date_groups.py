"""Custody of one of a group the lead reports ("Police yesterday detained three men ...
One of those detained, X, ...", "saxlanılanlardan biri X-dir", "среди задержанных X"):
the lead's day, when the lead tells of that custody with the same verb."""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.event_days import dateline_day, lead_paragraph, news_day
from ffdb.extract.sentences import Sentence

# Those taken, named as a group: a plural participle or noun, not a state of one person
# ("saxlanılan qadın" may be held for years).
_GROUP: Final = re.compile(
    r"(?:saxlanıl|tutul|həbs edil|gözaltına alın|tutuklan|yakalan)\w*lar|"
    r"задержанн(?:ых|ые|ым)|арестованн(?:ых|ые|ым)|detainees|"
    # one of them by an ordinal: "saxlanılan ikinci şəxs", "второй задержанный"
    r"(?:saxlanılan|həbs edilən|gözaltına alınan|tutuklanan) (?:ikinci|üçüncü|digər|diğer) "
    r"(?:şəxs|nəfər|kişi|şüpheli|şahıs)|(?:второй|третий|другой) (?:задержанный|арестованный)|"
    r"(?:those|the (?:men|women|people|suspects)) (?:detained|arrested)",
    re.I,
)
_VERB: Final = re.compile(r"saxlan|tutul|həbs|gözalt|tutuk|yakal|задерж|аресто|detain|arrest", re.I)


def group_day(
    ctx: DocContext, sentence: Sentence, match: re.Match[str], status: str
) -> DateSpan | None:
    """The news day for custody of one of a group the lead paragraph reports taken."""
    if status not in ("detained", "arrested"):
        return None
    # the cue may be the participle alone ("Saxlanılan" of "Saxlanılan ikinci şəxs")
    cue = _GROUP.search(ctx.text, match.start(), min(len(ctx.text), match.end() + 30))
    if cue is None or cue.start() > match.end():
        return None
    dateline = dateline_day(ctx)
    if dateline is None:
        return None
    span = lead_paragraph(ctx, dateline[0])
    if span is None or sentence.start < span[1]:
        return None  # the lead itself: the rules of the day's news date it
    verb = _VERB.search(cue.group())
    if verb is None or verb.group().lower() not in ctx.text[span[0] : span[1]].lower():
        return None
    return news_day(ctx, status)
