"""Status events of people (killed, injured, arrested, detained, sentenced, released,
returned, travelled, wanted) with their date and place, from the cues in `data/events.tsv`.

Who: the cue's mode says where its person stands (see the data file). A clause without
a name of its own is about the sentence's subject ("Misirxanov ... was even arrested in
2001"), a relative clause about the name before it ("X, who was killed in 2009"), a
pronoun about the person last named ("He ... before being released"). A clause whose
own subject is a common noun ("his brother died", "33 Azerbaijanis died") is about no
named person. Negated, modal and habitual cues ("was not killed", "could be arrested",
"travelled repeatedly") are no events.

When: the date in the event's clause nearest the cue; else a date standing in a clause
of its own before it ("In 2009, a court sentenced X"); else none: dates in another
clause of the same sentence belong to that clause's events ("released and in November
2012 ... killed"), and a date is never guessed from the sentences around.

Where: a gazetteer place in the clause after the cue ("killed in Syria"), or the
destination of a journey ("Suriyaya gedib").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ffdb.extract.context import DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.facts import _right_within
from ffdb.extract.lexicon import EventCue, alternation, event_cues
from ffdb.extract.scan import CueScanner
from ffdb.extract.sentences import Sentence

EXTRACTOR = "event_rules.v1"


@dataclass(slots=True)
class Event:
    person: int
    status: str
    start: int  # the evidence: the sentence
    end: int
    cue_start: int
    cue_end: int
    date: str | None = None
    date_qualifier: str | None = None
    date_end: str | None = None
    date_source: str | None = None
    place: str | None = None
    place_entry: dict[str, Any] | None = None
    confidence: float = 0.8
    extra: dict[str, Any] = field(default_factory=dict)


@cache
def _cue_table() -> tuple[CueScanner, list[EventCue]]:
    table = event_cues()
    return alternation([(f"c{i}", cue.pattern) for i, cue in enumerate(table)]), table


_PASSIVE = re.compile(
    r"(?:was|were|been|being|is|are|be|got|get|gets|getting)\s+"
    r"(?:(?:\w+ly|also|later|then|even|subsequently|soon|reportedly|allegedly|eventually|"
    r"finally|not)\s+){0,2}$",
    re.I,
)
_BLOCK_BEFORE = re.compile(
    r"\b(?:not|never|no longer|could|might|would|may|should|must|will|to be|to|if|unless|"
    r"denied|deny|denies|rumou?rs?|не|нельзя|можете|может|могут|olmayıb|değil|deyil)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
_HABITUAL = re.compile(
    r"^\s*(?:repeatedly|regularly|often|frequently|several times|many times)\b", re.I
)
_AUXILIARIES = frozenset(
    [
        "was",
        "were",
        "had",
        "has",
        "have",
        "been",
        "being",
        "is",
        "are",
        "be",
        "got",
        "also",
        "even",
        "then",
        "later",
        "soon",
        "only",
        "был",
        "была",
        "были",
        "было",
        "бы",
        "də",
        "da",
        "isə",
        "ise",
        "de",
    ]
)
_OWN_SUBJECT_SKIP = frozenset(
    [
        "and",
        "but",
        "then",
        "also",
        "later",
        "was",
        "were",
        "had",
        "has",
        "have",
        "been",
        "even",
        "only",
        "reportedly",
        "allegedly",
        "subsequently",
        "soon",
        "eventually",
        "finally",
        "not",
        "who",
        "which",
        "that",
        "when",
        "after",
        "before",
        "once",
        "in",
        "on",
        "at",
        "during",
        "since",
        "и",
        "а",
        "но",
        "был",
        "была",
        "были",
        "также",
        "позже",
        "затем",
        "və",
        "amma",
        "sonra",
        "da",
        "də",
        "ve",
        "ama",
        "ardından",
        "daha",
        "после",
        "чего",
        "чем",
        "потом",
        "тогда",
        "где",
        "куда",
        "откуда",
        "уже",
        "снова",
        "вновь",
        "ещё",
        "затем",
        "isə",
        "həmçinin",
        "artıq",
        "ise",
        "ayrıca",
    ]
)


def find_events(ctx: DocContext) -> list[Event]:
    regex, table = _cue_table()
    out: list[Event] = []
    for match in regex.finditer(ctx.text, ctx.low):
        cue = table[int((match.lastgroup or "c0")[1:])]
        sentence = ctx.index.at(match.start())
        if sentence is None or _inside_names(ctx, match.start(), match.end()):
            continue
        clause = ctx.clause_at(sentence, match.start())
        before = ctx.text[clause[0] : match.start()]
        if _BLOCK_BEFORE.search(before) or _HABITUAL.match(
            ctx.text[match.end() : match.end() + 30]
        ):
            continue
        place = _place_for(ctx, cue, clause, match)
        if place is False:
            continue
        for person in _persons(ctx, sentence, clause, match, cue):
            event = Event(
                person, cue.status, sentence.start, sentence.end, match.start(), match.end()
            )
            if isinstance(place, tuple):
                event.place, event.place_entry = place
            _date_event(ctx, sentence, clause, match, event)
            out.append(event)
    return _merged(out)


def _inside_names(ctx: DocContext, start: int, end: int) -> bool:
    return bool(
        ctx.names_in(start - 40, end + 40)
        and any(n.start <= start < n.end for n in ctx.names_in(start - 40, end + 40))
    )


def _persons(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    cue: EventCue,
) -> list[int]:
    mode = cue.mode
    before = ctx.text[clause[0] : match.start()]
    if mode == "ptcp":
        if _PASSIVE.search(before) or not before.strip():  # "..., arrested in 2014", "and deported"
            mode = "subj"
        else:
            right = _right_within(ctx, match.end(), words=2)
            if right is not None:
                return [right]
            left = ctx.agents_in(clause[0], match.start())
            if left and re.fullmatch(r"\s*,?\s*", ctx.text[left[-1][1] : match.start()]):
                return [left[-1][2]]
            return []
    if mode == "obj":
        right = _right_within(ctx, match.end(), words=3)
        return [right] if right is not None else []
    if mode == "pre":
        right = _right_within(ctx, match.end(), words=3)
        if right is not None:
            return [right]
        mode = "any"
    left = ctx.agents_in(clause[0], match.start())
    if left:
        return _with_coordinated(ctx, left)
    if mode == "any":
        after = ctx.agents_in(match.end(), clause[1])
        if after:
            return [after[0][2]]
    if ctx.language not in ("ru", "az", "tr") and _has_own_subject(before):
        return []
    subject = ctx.subject_before(sentence, match.start())
    if subject is not None:
        return [subject]
    if (
        mode == "any"
        and ctx.language in ("ru", "az", "tr")
        and not ctx.agents_in(sentence.start, sentence.end)
    ):
        antecedent = ctx.antecedent(sentence.start, sentences_back=1)
        return [antecedent] if antecedent is not None else []
    return []


def _with_coordinated(ctx: DocContext, left: list[tuple[int, int, int]]) -> list[int]:
    """The nearest name before the cue and the names listed with it ("X and Y were ...")."""
    out = [left[-1][2]]
    for i in range(len(left) - 1, 0, -1):
        gap = ctx.text[left[i - 1][1] : left[i][0]]
        if not re.fullmatch(r"\s*(?:,|,?\s*and|и|və|ve)\s*", gap):
            break
        out.append(left[i - 1][2])
    return list(dict.fromkeys(out))


def _has_own_subject(before: str) -> bool:
    """Whether the word right before the cue (past auxiliaries and adverbs) is a noun of
    the clause's own ("his brother died"), not a conjunction or preposition ("after")."""
    words = [w for w in re.findall(r"[^\W_]+", before.lower())]
    while words and (words[-1] in _AUXILIARIES or words[-1].endswith("ly")):
        words.pop()
    return bool(words) and words[-1] not in _OWN_SUBJECT_SKIP and not words[-1].isdigit()


def _place_for(
    ctx: DocContext, cue: EventCue, clause: tuple[int, int], match: re.Match[str]
) -> tuple[str, dict[str, Any] | None] | bool | None:
    """(place name, gazetteer entry), None when none, False when a needed one is missing."""
    if cue.place == "dest-before":
        places = ctx.places_in(max(clause[0], match.start() - 40), match.start())
        if not places or match.start() - places[-1].end > 3:
            return False
        return _named(places[-1])
    after = ctx.places_in(match.end(), clause[1])
    if cue.place == "dest-after":
        if not after or after[0].start - match.end() > 20:
            return False
        return _named(after[0])
    for place in after:
        if re.search(
            r"(?:^|\s)(?:[Ii]n|to|into|near|at|[Вв]|во|под)\s+(?:the\s+)?$",
            ctx.text[max(match.end(), place.start - 12) : place.start],
        ):
            return _named(place)
    for place in ctx.places_in(clause[0], match.start()):
        if place.suffix in (
            "da",
            "də",
            "de",
            "ta",
            "tə",
            "te",
            "'da",
            "'de",
            "’da",
            "’de",
            "'ta",
            "'te",
        ):
            return _named(place)
    return None


def _named(place: Any) -> tuple[str, dict[str, Any] | None]:
    entry = place.place.as_dict() if place.place is not None else None
    return place.name, entry


def _date_event(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], match: re.Match[str], event: Event
) -> None:
    dates = ctx.dates_in(clause[0], clause[1])
    source = "clause"
    if not dates:
        dates, source = _date_clause_before(ctx, sentence, clause), "sentence"
    if dates:
        best = min(dates, key=lambda d: min(abs(d.start - match.end()), abs(match.start() - d.end)))
        _set_date(event, best, source)


def _date_clause_before(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int]
) -> list[DateSpan]:
    """A date standing in a clause of its own before the event's clause, with at most two
    other words ("In 2009, a court sentenced X"; "Ранее, 5 марта 2015 года, ... задержан")."""
    for start, end in reversed([c for c in ctx.clauses(sentence) if c[1] <= clause[0]]):
        dates = ctx.dates_in(start, end)
        words = len(ctx.text[start:end].split())
        if dates and words <= len(dates[0].text.split()) + 2:
            return dates[:1]
        if dates or words > 2 or ctx.agents_in(start, end):
            return []
    return []


def _set_date(event: Event, date: DateSpan, source: str) -> None:
    event.date = date.value
    event.date_qualifier = date.qualifier
    event.date_end = date.end_value
    event.date_source = source
    event.extra["date_text"] = date.text


def _merged(events: list[Event]) -> list[Event]:
    """One event per person, status and date; an undated one folds into a dated one."""
    out: list[Event] = []
    for event in events:
        same = [e for e in out if e.person == event.person and e.status == event.status]
        if any(e.date == event.date for e in same) or (same and event.date is None):
            continue
        undated = [e for e in same if e.date is None]
        for e in undated:
            out.remove(e)
        out.append(event)
    return out
