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


# A list item below its heading: a dash, bullet or number opens its line.
_ITEM_OPEN: Final = re.compile(r"[^\S\n]*(?:[-–—•*·▪]|\d{1,2}[.)])[^\S\n]*")
_ITEM_REACH: Final = 3000


def item_date(ctx: DocContext, sentence: Sentence, person: int, status: str) -> DateSpan | None:
    """The date of the person's own item of a list of the dead or wounded under a heading
    ("Qardaşlarımız şəhadətə qovuşdular:\\n- X, 14 iyul 2015, Həsəkədə;\\n- Y, ..."): each
    item its own day, not the notice's; a date in a sentence of its own in the item
    ("2014-cü ildə Suriyaya gedib") tells of something else."""
    if status not in ("killed", "injured"):
        return None
    if not ctx.text[sentence.start : sentence.end].rstrip().endswith(":"):
        return None
    if any(a[2] == person for a in ctx.agents_in(sentence.start, sentence.end)):
        return None
    below = ctx.agents_in(sentence.end, min(len(ctx.text), sentence.end + _ITEM_REACH))
    mention = next((a for a in below if a[2] == person), None)
    if mention is None:
        return None
    line_start = ctx.text.rfind("\n", sentence.end, mention[0]) + 1
    if line_start == 0 or not _ITEM_OPEN.match(ctx.text, line_start):
        return None
    line_end = ctx.text.find("\n", mention[1])
    line_end = len(ctx.text) if line_end < 0 else line_end
    own = ctx.index.at(mention[0])
    if own is not None:
        line_end = min(line_end, own.end)
    dates = [d for d in ctx.dates_in(line_start, line_end) if not _born(ctx, d)]
    written = [d for d in dates if not d.inferred_year]
    chosen = written or dates
    return chosen[0] if chosen else None


_BIRTH: Final = re.compile(r"г\.\s?р\.|года рождения|təvəllüdlü|doğumlu|born", re.I)


def _born(ctx: DocContext, date: DateSpan) -> bool:
    return _BIRTH.search(ctx.text, date.end, min(len(ctx.text), date.end + 20)) is not None
