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

from ffdb.extract.context import APPOSITIVE, SEQUENCE, DocContext
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
    mode: str = "any",
) -> tuple[DateSpan, str] | None:
    """The event's date and where it came from (clause, sentence, dateline), or None."""
    dates = [
        d
        for d in ctx.dates_in(clause[0], clause[1])
        if not _is_birth(ctx, d) and not _not_this_events(ctx, d, match.start())
    ]
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
        or (mode in ("obj", "ptcp") and _after_apposed(ctx, sentence, match.end(), person))
        or _opening_date(ctx, sentence, match.start())
        or (status != "wanted" and _earlier_date(ctx, sentence, match.start(), person))
    )
    if found and not _not_this_events(ctx, found[0], match.start()):
        return found[0], "sentence"
    if not (ctx.dateline and status in _OF_THE_DAY) or found:
        return None
    court = status in ("sentenced", "released") and _court_of_the_day(ctx, sentence)
    if _in_lead(ctx, sentence) or court:
        return ctx.dateline[1], "dateline"
    return None


# Words that put the event in the present, after the date before them ("в 2018 году был
# экстрадирован и сейчас отбывает наказание").
_PRESENT = re.compile(
    r"(?<![\w-])(?:now|currently|still|сейчас|ныне|в настоящее время|до сих пор|по сей день|"
    r"hâlâ|halen|hala|şu anda|hazırda|hal-hazırda|indi|hələ də)(?![\w-])",
    re.I,
)
# An Azerbaijani/Turkish participle right before a name: the date before it is the
# participle's ("2017 yılında gözaltına alınan Şahin, ... cezasına çarptırıldı").
_PARTICIPLE_END = re.compile(r"[^\W\d_]+(?:[aeə]n|[ıiuü]ş)\s+$", re.I)


def _not_this_events(ctx: DocContext, date: DateSpan, pos: int) -> bool:
    """A date before the cue that belongs to something else: a present-tense word stands
    between, or (Azerbaijani, Turkish) a participle that describes the event's subject."""
    if date.end > pos:
        return False
    if _PRESENT.search(ctx.text, date.end, pos):
        return True
    if ctx.language not in ("az", "tr"):
        return False
    for start, _end, _person in ctx.agents_in(date.end, pos):
        gap = ctx.text[date.end : start]
        # "İstanbul, 20 Şubat 2018 – ... belirlenen Hasan Korkmaz'a": a dateline, no modifier
        if _PARTICIPLE_END.search(gap) and not _BREAK.search(gap):
            return True
    return False


_BREAK = re.compile(r"[,;:()–—-]\s")
_COMMA_NEXT = re.compile(r"\s*,")


# A court as the sentence's subject ("Mahkeme, Yavuz'a 12 yıl hapis cezası verdi", "Суд
# приговорил ..."): a court report's verdict of the dateline's day, unless told as earlier.
_COURT = re.compile(r"^\W*(?:[\w-]+\s+){0,4}?(?:mahkeme(?:si)?|məhkəmə(?:si)?|суд|court)\b", re.I)
_EARLIER = re.compile(
    r"(?<![\w-])(?:earlier|previously|ранее|прежде|daha önce|önceden|əvvəllər|əvvəlcə|"
    r"[^\W\d_]+m[ıi]şt[ıi]|[^\W\d_]+müştü|[^\W\d_]+muştu)(?![\w-])",
    re.I,
)


def _in_lead(ctx: DocContext, sentence: Sentence) -> bool:
    """The lead sentence after the dateline, or one of its paragraph that tells nothing
    as earlier ("Gözaltına alınan şüpheli ... tutuklanarak cezaevine gönderildi")."""
    if ctx.dateline is None or ctx.dateline[0] >= len(ctx.sentences):
        return False
    lead = ctx.sentences[ctx.dateline[0]]
    if lead.index == sentence.index:
        return True
    if sentence.start < lead.start or "\n" in ctx.text[lead.start : sentence.start]:
        return False
    return not _EARLIER.search(ctx.text[sentence.start : sentence.end])


def _court_of_the_day(ctx: DocContext, sentence: Sentence) -> bool:
    text = ctx.text[sentence.start : sentence.end]
    return bool(_COURT.match(text)) and not _EARLIER.search(text)


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


_DATE_LEAD = re.compile(
    r"\s*(?:(?:in|on|during|since|в|во|с)\s+)?(?:(?:early|late|mid)\s+)?$", re.I
)


def _after_apposed(
    ctx: DocContext, sentence: Sentence, cue_end: int, person: int
) -> list[DateSpan]:
    """The date of the clause that follows an object set off by commas ("Officers arrested
    his brother, X, in 2019"; "detained X, a member of IS, in 2017"), past appositions."""
    agents = [a for a in ctx.agents_in(cue_end, min(sentence.end, cue_end + 80)) if a[2] == person]
    if not agents or not _COMMA_NEXT.match(ctx.text[agents[0][1] : sentence.end]):
        return []
    after = [c for c in ctx.clauses(sentence) if c[0] >= agents[0][1]]
    for start, end in after[:3]:
        dates = [d for d in ctx.dates_in(start, end) if not _is_birth(ctx, d)]
        body = ctx.text[start:end].lstrip(" ,")
        if dates and _DATE_LEAD.fullmatch(ctx.text[start : dates[0].start].lstrip(" ,")):
            return dates[:1]
        if dates or not APPOSITIVE.match(body) or ctx.agents_in(start, end):
            return []
    return []


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
