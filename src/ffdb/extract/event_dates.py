"""When an event happened (see `events`): the date in the event's clause nearest the cue
(one the text writes out before one counted from the report's day); else a date that
stands in a clause of its own before it ("In 2009, a court sentenced X"), or opens the
sentence ("В 2016 году ..."), or dates an earlier clause of the same sentence that the
event continues ("returned in 2018 and was arrested") unless a word puts it later ("then",
"sonra", "затем", "after a year") or another person's clause holds it; else, for what a
news lead reports ("Махачкала, 16 сентября 2020 года. Суд приговорил X ..."), the
dateline's day. A year of birth dates nothing.
"""

from __future__ import annotations

import re

from ffdb.extract.context import SEQUENCE, DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.event_people import with_coordinated
from ffdb.extract.sentences import Sentence


def event_date(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    person: int,
    status: str,
) -> tuple[DateSpan, str] | None:
    """The event's date and where it came from (clause, sentence, dateline), or None."""
    dates = [d for d in ctx.dates_in(clause[0], clause[1]) if not _is_birth(ctx, d)]
    if dates:
        # a date the text writes out beats one counted from the report's own ("confirmed
        # on Tuesday that he died in late 2015")
        written = [d for d in dates if not d.inferred_year] or dates
        best = min(
            written, key=lambda d: min(abs(d.start - match.end()), abs(match.start() - d.end))
        )
        return best, "clause"
    found = (
        _date_clause_before(ctx, sentence, clause)
        or _opening_date(ctx, sentence, match.start())
        or (status != "wanted" and _earlier_date(ctx, sentence, match.start(), person))
    )
    if found:
        return found[0], "sentence"
    if ctx.dateline and ctx.dateline[0] == sentence.index and status in _OF_THE_DAY:
        return ctx.dateline[1], "dateline"
    return None


# What a news lead reports of its own day ("Махачкала, 16 сентября 2020 года. Суд
# приговорил X ..."); a journey or a return told there is usually older.
_OF_THE_DAY = frozenset(["killed", "injured", "arrested", "detained", "sentenced", "released"])


_BIRTH = re.compile(
    r"(?<![\w-])(?:born|birth|рождени\w*|родил\w*|г\.\s*р\.|doğumlu|doğum|"
    r"təvəllüdlü|anadan ol\w*)(?![\w-])",
    re.I,
)


_BIRTH_AFTER = re.compile(
    r"[\s,-]*(?:года\s+|г\.\s*|-?c[iıuü] il\s+|yılı\s+)?(?:born|рождени\w*|р\.|doğumlu|"
    r"təvəllüdlü|doğum)",
    re.I,
)


def _is_birth(ctx: DocContext, date: DateSpan) -> bool:
    """A year of birth ("born in 1990", "1990 года рождения", "1990 doğumlu") dates no event."""
    before = _BIRTH.search(ctx.text, max(0, date.start - 12), date.start)
    return bool(before or _BIRTH_AFTER.match(ctx.text, date.end))


def _opening_date(ctx: DocContext, sentence: Sentence, pos: int) -> list[DateSpan]:
    """A date that opens the sentence ("In 2014, ...", "2014-cü ildə ...", "В 2016 году
    ...") dates every event of the sentence that has none of its own."""
    dates = [d for d in ctx.dates_in(sentence.start, pos) if not _is_birth(ctx, d)]
    if not dates:
        return []
    lead = ctx.text[sentence.start : dates[0].start]
    if len(lead.split()) > 2 or ctx.agents_in(sentence.start, dates[0].start):
        return []
    return dates[:1]


def _earlier_date(ctx: DocContext, sentence: Sentence, pos: int, person: int) -> list[DateSpan]:
    """The date of a clause before the event's in the same sentence ("returned in 2018
    and was arrested", "5 fevral 2020-ci il tarixində A, B və C saxlanılıb"), unless
    a word between puts the event later ("wounded in 2016, then killed") or another
    person is named between ("X was killed in 2014 and his brother Y arrested")."""
    dates = [d for d in ctx.dates_in(sentence.start, pos) if not _is_birth(ctx, d)]
    clause_end = ctx.clause_at(sentence, pos)[1]
    if not dates or SEQUENCE.search(ctx.text, dates[-1].end, clause_end):
        return []
    date = dates[-1]
    between = {a[2] for a in ctx.agents_in(date.end, pos)}
    if not between:
        return [date]
    own = set(with_coordinated(ctx, sentence, (pos, pos, person), pos)) | {person}
    others = {a[2] for a in ctx.agents_in(sentence.start, pos)} - own
    # "X was killed in 2014 and his brother Y was arrested": 2014 is X's
    return [] if others and (between & own) else [date]


def _date_clause_before(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int]
) -> list[DateSpan]:
    """A date standing in a clause of its own before the event's clause, with at most two
    other words ("In 2009, a court sentenced X"; "Ранее, 5 марта 2015 года, ... задержан")."""
    for start, end in reversed([c for c in ctx.clauses(sentence) if c[1] <= clause[0]]):
        dates = [d for d in ctx.dates_in(start, end) if not _is_birth(ctx, d)]
        words = len(ctx.text[start:end].split())
        if dates and words <= len(dates[0].text.split()) + 2:
            return dates[:1]
        if dates or words > 2 or ctx.agents_in(start, end):
            return []
    return []
