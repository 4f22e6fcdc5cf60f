"""Status events of people (killed, injured, arrested, detained, sentenced, released,
returned, travelled, wanted) with their date and place, from the cues in `data/events.tsv`.

Who: `event_people`. When: `event_dates`. Negated, modal and habitual cues ("was not
killed", "could be arrested", "travelled repeatedly") and claims said to be unconfirmed
("hayatını kaybettiği iddia edilse de doğrulanmadı") are no events. An undated event on
the person's arrival takes the date of their return ("arrested on arrival"); one that
happened "also" to another person, the date of the same event told before; a return to
a war zone ("yenidən Suriyaya qayıdıb") is a journey. Of the same status of a person, a
date the text gives the event itself beats one taken from the dateline or an episode.
An acquittal is no status (found as "acquitted" only to tell who was judged, then
dropped); a death of illness is no killing; what a rumour says is no event.

Where: `event_places`, a gazetteer place in the clause after the cue ("killed in Syria"), or the
destination of a journey ("Suriyaya gedib", "Suriyaya döyüşmək üçün gedib").

A wanted list set out entry by entry makes each entry's person wanted
(`event_wanted_lists`). A journey "with his wife" is the wife's too (`event_spouses`);
those named in a list after a lede ("Among those on board was X") have the lede's date
(`event_lede_returns`); a timeline's entry dates its events by its year, and a Turkish
one tells them in the aorist (`event_timelines`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Final

from ffdb.extract.context import SEQUENCE, DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.event_answers import answer_topic
from ffdb.extract.event_bare_journeys import dated_journey
from ffdb.extract.event_checks import (
    alive_after,
    also_before,
    called_a_lie,
    denied_later,
    for_treatment,
    kin_event,
    natural_death,
    only_feared,
    to_front,
    to_the_lord,
    wrongly_reported,
)
from ffdb.extract.event_counted import (
    counted_earlier,
    counted_persons,
    defendants,
    entries_before,
)
from ffdb.extract.event_dates import event_date
from ffdb.extract.event_groups import named_group
from ffdb.extract.event_lede_returns import lede_dates
from ffdb.extract.event_lists import (
    companions,
    companions_after,
    dash_apposed,
    fronted_object,
    identified,
    inverted_subject,
    listed_below,
    listed_right,
    past_aside,
    shared_after,
)
from ffdb.extract.event_narrators import later_legs, narrated, narrative_date
from ffdb.extract.event_partitions import part_subjects
from ffdb.extract.event_places import AGAIN, place_for, to_war
from ffdb.extract.event_respectively import respective_dates
from ffdb.extract.event_roles import cue_persons
from ffdb.extract.event_spots import Spots
from ffdb.extract.event_spouses import spouse_journeys
from ffdb.extract.event_timelines import entry_date, timeline_aorist, timeline_entries
from ffdb.extract.event_verbs import FORMS, verb_forms
from ffdb.extract.event_wanted_lists import wanted_entries
from ffdb.extract.fact_people import right_within
from ffdb.extract.family import find_family
from ffdb.extract.lexicon import EventCue, alternation, event_cues
from ffdb.extract.scan import CueScanner, Needles, WordsGate, lowered, word_start_regex
from ffdb.extract.sentences import Sentence

EXTRACTOR: Final = "event_rules.v1"


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

    # Written out: mypyc compiles it, where the `__init__` dataclass generates runs
    # interpreted, five times slower (some thousands of these are made per megabyte).
    def __init__(
        self,
        person: int,
        status: str,
        start: int,
        end: int,
        cue_start: int,
        cue_end: int,
        date: str | None = None,
        date_qualifier: str | None = None,
        date_end: str | None = None,
        date_source: str | None = None,
        place: str | None = None,
        place_entry: dict[str, Any] | None = None,
        confidence: float = 0.8,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.person, self.status, self.start, self.end = person, status, start, end
        self.cue_start, self.cue_end = cue_start, cue_end
        self.date, self.date_qualifier, self.date_end = date, date_qualifier, date_end
        self.date_source, self.place, self.place_entry = date_source, place, place_entry
        self.confidence = confidence
        self.extra = {} if extra is None else extra


@cache
def _cue_table() -> tuple[CueScanner, list[EventCue]]:
    table = [
        EventCue(c.status, c.mode, c.place, FORMS.sub(verb_forms(c.status), c.pattern))
        for c in event_cues()
    ]
    # Azerbaijani and Turkish verbs take a plural ending after the tense ("saxlanılıblar",
    # "gözaltına alındılar"): every cue may end in one.
    # A clause told as reported takes the accusative ("yakalandığını açıkladı").
    # A past told in the first person ("yaralandım", "getdik") or asked in the second
    # ("getdiniz") is the narrator's (`event_narrators`).
    patterns = [
        (f"c{i}", f"(?:{cue.pattern})(?:l[aəe]r|n[ıiuü]|(?<=[dt][ıiuü])(?:m|[kq]|n[ıiuü]z))?")
        for i, cue in enumerate(table)
    ]
    return alternation(patterns), table


@cache
def _cues_by_group() -> dict[str, EventCue]:
    return {f"c{i}": cue for i, cue in enumerate(_cue_table()[1])}


# Negation, modality and hearsay before the cue. The English words are looked for in
# English only: "may" is a month in Azerbaijani ("may ayında ... öldürülüb").
_BLOCK_BEFORE_EN: Final = re.compile(
    # the modal "may" in lower case only and not before a number: "In May 2015 he went",
    # "on 3 May he was arrested" tell the month
    r"\b(?:not|never|no longer|could|might|would|(?-i:may)(?!\s+\d)|should|must|will|to be|"
    r"to(?! have\b)|"
    r"if|unless|denied|deny|denies|rumou?rs?)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_BLOCK_BEFORE: Final = word_start_regex(
    r"не|нельзя|можете|может|могут|будет|будут|olmayıb|değil|deyil", r"\s+(?:\w+\s+){0,2}$"
)
# Tried with `match(text, pos, endpos)`: anchored there as a slice would be, no copy.
_HABITUAL: Final = re.compile(
    r"\s*(?:repeatedly|regularly|often|frequently|several times|many times)\b", re.I
)


def find_events(ctx: DocContext) -> list[Event]:
    regex, by_group = _cue_table()[0], _cues_by_group()
    out: list[Event] = []
    by_narrators: list[tuple[int, int, str, dict[str, Any] | None]] = []
    text = ctx.text
    for match in regex.finditer(text, ctx.low):
        cue = by_group[match.lastgroup or "c0"]
        start, end = match.span()
        sentence = ctx.index.at(start)
        if sentence is None or _inside_names(ctx, start, end):
            continue
        clause = ctx.clause_at(sentence, start)
        if end > clause[1]:  # a cue running over a clause's end ("received ten and seven years")
            clause = (clause[0], ctx.clause_at(sentence, end - 1)[1])
        if ctx.language == "tr" and not timeline_aorist(ctx, match):
            continue  # "Anne çocuğunun olduğu yere gider": an aorist off a timeline
        # Who first: a cue about no one needs none of the checks and the place below
        # (all of them go by the cue as written, before a return becomes a journey)
        told = cue
        if cue.status == "returned" and to_war(ctx, clause, match):
            cue = AGAIN  # "yenidən Suriyaya qayıdıb", "вернулся в Сирию": back to the war
        ctx.cue_hits.append((match, cue.status, cue.mode))
        narrated_by, answered = narrated(ctx, sentence, clause, match)
        if narrated_by == []:
            ctx.refused_cues.add(len(ctx.cue_hits) - 1)
            continue  # "I" of a quotation whose speaker goes unnamed, or of no narrator
        persons = narrated_by or cue_persons(ctx, sentence, clause, match, cue)
        if narrated_by is None and answered is None:
            topic = answer_topic(ctx, clause, match)  # "— Ramin necə? — Onu saxladılar."
            persons = persons if topic is None else [topic]
        if narrated_by is None and cue.mode in ("any", "subj", "ptcp"):
            kin = kin_event(ctx, sentence, start, persons)
            persons = persons if kin is None else kin
        counted = counted_persons(ctx, clause[0], start) if cue.mode != "obj" else None
        if narrated_by is not None:
            counted = None
        elif not counted and out and cue.mode != "obj":  # "Beş sanık ... gözaltına alınmış"
            counted = counted_earlier(
                ctx, sentence.start, start, ((e.person, e.status) for e in out)
            )
        persons = counted or persons  # "all four adults left ..."
        persons = part_subjects(ctx, sentence, start, persons)  # "Two of the five, A and B,"
        anchor = None  # whose words date the event of every entry of a list
        if len(persons) == 1 and _PLURAL_END.search(match.group()):
            # "- A ...;\n- B ...\nbu ayın 14-də saxlanılıblar": every entry of the list
            listed = entries_before(ctx, start)
            if persons[0] in listed and len(listed) > 1:
                anchor, persons = persons[0], listed
        if (
            cue.mode != "obj" and out and narrated_by is None
        ):  # "Sanıklar ... gözaltına alınmış": those judged
            accused = ((e.person, e.status) for e in out)  # read only when the words fit
            persons = defendants(ctx, sentence.start, start, accused) or persons
        if (
            cue.status == "killed"
            and persons
            and (denied_later(ctx, sentence, persons) or alive_after(ctx, end, sentence.end))
        ):
            ctx.refused_cues.add(len(ctx.cue_hits) - 1)
            continue  # "... was killed in 2015. His brother says he is alive."
        if cue.mode == "ptcp" and narrated_by is None:  # "Also wounded in the clash was X"
            persons = (
                inverted_subject(ctx, sentence, start, end)
                or identified(ctx, sentence.start, match, sentence.end)
                or persons
            )
        among, undated = _cue_marks(match.group())
        if among and not persons:
            ahead = ctx.agents_in(end, sentence.end)
            if ahead:
                persons = listed_right(ctx, ahead[0][2], end, sentence.end)
        if (
            not persons
            or _ENDS_LINE.match(text, end)
            or (
                _heads_list(text, sentence.start, sentence.end)
                and not ctx.agents_in(sentence.start, start)
                and not ctx.names_in(start, sentence.end)
            )
        ):
            # "В ходе мероприятий задержаны:" and a list below: the list is who, also over
            # whoever a sentence naming no one was taken to be about ("Also martyred
            # with him:" names only a companion, by a pronoun after the cue)
            persons = listed_below(ctx, end) or persons
        if not persons and cue.mode == "any":
            persons = dash_apposed(ctx, end, sentence.end) or past_aside(ctx, end, sentence.end)
        if not persons and cue.mode == "ptcp":
            persons = identified(ctx, sentence.start, match, sentence.end)
        if not persons and cue.mode == "obj" and ctx.language == "ru":
            persons = fronted_object(ctx, sentence.start, match)
        if not persons and cue.mode != "pre":  # "three men were repatriated. They are A, B and C"
            persons = named_group(ctx, sentence, clause, match, cue.mode)
        journey = cue.status in ("travelled", "returned")
        along = companions(ctx, (sentence.start, clause[1]), start, journey)
        if journey and persons:
            along += companions_after(ctx, end, sentence.end)
        if persons:
            along += shared_after(ctx, end, sentence.end)
        for companion in along:
            if companion not in persons:
                persons.append(companion)
        place = _place_unless_refused(ctx, sentence, clause, match, told, cue.status)
        bare = place == _BARE
        if place is False:
            ctx.refused_cues.add(len(ctx.cue_hits) - 1)
            continue
        if not persons:
            continue
        for person in persons:
            event = Event(person, cue.status, sentence.start, sentence.end, start, end)
            if isinstance(place, tuple):
                event.place, event.place_entry = place
            elif bare:
                event.extra["bare"] = True
            dated = None
            if answered is not None:
                dated = (answered, "answer")
            elif not undated:
                # "Among those detained was X, who went to Syria in 2015": the date is X's
                own = (clause[0], end) if among else clause
                who = person if anchor is None else anchor
                dated = event_date(ctx, sentence, own, match, who, cue.status, cue.mode, among)
            if narrated_by:
                dated = narrative_date(ctx, sentence, dated)
            if dated is not None and not _years_apart(dated[0]):
                set_date(event, *dated)
            if narrated_by:
                by_narrators.append((len(out), person, cue.status, event.place_entry))
            out.append(event)
    if by_narrators:
        legs = later_legs(by_narrators)
        out = [e for k, e in enumerate(out) if k not in legs]
    out = _without_covered(out)
    _add_wanted_entries(ctx, out)
    for k, date, source in lede_dates(ctx, out):  # "Among those on board was X"
        set_date(out[k], date, source)
    _date_arrivals(ctx, out)
    _date_additions(ctx, out)
    if timeline_entries(ctx):
        _date_entries(ctx, out)
    _add_spouse_journeys(ctx, out)
    _date_respectively(ctx, out)
    # an acquittal only told who was judged (see `data/events.tsv`)
    return [e for e in _merged(out) if e.status != "acquitted"]


def _date_respectively(ctx: DocContext, events: list[Event]) -> None:
    """The persons of one event dated "respectively" take a date each, in order
    (`event_respectively`)."""
    by_cue: dict[tuple[int, str], list[Event]] = {}
    for event in events:
        by_cue.setdefault((event.cue_start, event.status), []).append(event)
    for (cue_start, _), group in by_cue.items():
        if len(group) < 2:
            continue  # one person, as most cues have: dates "respectively" need two
        persons = list(dict.fromkeys(e.person for e in group))  # one cue may hold one twice
        dated = dict(zip(persons, respective_dates(ctx, cue_start, persons), strict=False))
        for event in group:
            if event.person in dated:
                set_date(event, dated[event.person], "sentence")


def _add_wanted_entries(ctx: DocContext, events: list[Event]) -> None:
    """The entries of a wanted list, undated, for those the rules gave no search."""
    entries = wanted_entries(ctx)
    if not entries:
        return
    sought = {e.person for e in events if e.status == "wanted"}
    for person, start, end in entries:
        sentence = ctx.index.at(start)
        if person in sought or sentence is None:
            continue
        events.append(Event(person, "wanted", sentence.start, sentence.end, start, end))


def _date_entries(ctx: DocContext, events: list[Event]) -> None:
    """In a timeline, an event dated without a year takes its entry's year, an undated
    one the entry's year itself (`event_timelines.entry_date`)."""
    for event in events:
        told = event.extra.get("date_text")
        date = entry_date(ctx, event.cue_start, event.date, told if isinstance(told, str) else None)
        if date is None:
            continue
        if event.date is None:
            event.date_source = "episode"
        event.date = date
        event.date_end = None


def _add_spouse_journeys(ctx: DocContext, events: list[Event]) -> None:
    """A journey made "with his wife" is the wife's too, on its date (`event_spouses`)."""
    for spouse, k in spouse_journeys(ctx, events, find_family):
        source = events[k]
        event = Event(
            spouse, source.status, source.start, source.end, source.cue_start, source.cue_end
        )
        event.date, event.date_qualifier = source.date, source.date_qualifier
        event.date_end, event.date_source = source.date_end, source.date_source
        event.place, event.place_entry = source.place, source.place_entry
        event.extra["date_text"] = source.extra.get("date_text")
        events.append(event)


# An Azerbaijani or Turkish verb in the plural ("saxlanılıblar", "gözaltına alındılar")
_PLURAL_END: Final = re.compile(r"(?:lar|lər|ler)$", re.I)


# The cue's line ends in a colon, perhaps after the rest of its verb ("axtarışa verilib:").
_ENDS_LINE: Final = re.compile(r"(?:[ \t]+[^\W\d_]+)?[ \t]*:[ \t]*\n")


# Cues of a list of those who had the status ("Gözaltına alınanlar arasında ... X de
# bulunuyor", "Saxlanılanlar arasında X də var", "Among those detained was X").
_AMONG: Final = re.compile(r"arasında$|^(?:among|среди) ", re.I)


_BARE: Final = "bare"


def _without_covered(events: list[Event]) -> list[Event]:
    """Without the dated journeys with no destination (marked "bare") of a person given
    a journey told with its destination: a later move, not the journey."""
    told = {e.person for e in events if e.status == "travelled" and not e.extra.get("bare")}
    return [e for e in events if not (e.person in told and e.extra.get("bare"))]


def _heads_list(text: str, start: int, end: int) -> bool:
    """A sentence heading a list: it ends in a colon."""
    return text[start:end].rstrip().endswith(":")


def _place_unless_refused(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    told: EventCue,
    status: str,
) -> tuple[str, dict[str, Any] | None] | bool | str | None:
    """The place of the event the cue tells (None when it names none), or False when the
    rules refuse the cue for everyone, whoever it would be about: negated, modal or
    denied, a journey to no war, called a lie, reported wrongly, a natural death, back to
    the front, carried to hospital, "returned to his Lord"; `_BARE` for a dated journey
    with no destination in a text about the war (`event_bare_journeys`)."""
    if _rejected(ctx, sentence, clause, match, told):
        return False
    place = place_for(ctx, told, clause, match)
    if place is False and dated_journey(ctx, clause, match, told):
        return _BARE  # "уехал в 2015 году": the journey the text is about
    if place is False or called_a_lie(ctx, sentence):
        return False
    start, end = match.span()
    if status == "killed" and (
        wrongly_reported(ctx, sentence, start) or natural_death(ctx, start, end)
    ):
        return False
    if told.status == "returned" and to_front(ctx, clause, match):
        return False
    if status == "returned" and (for_treatment(ctx, clause, start, end) or to_the_lord(ctx, end)):
        return False
    return place


def _rejected(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    cue: EventCue,
) -> bool:
    """A cue negated, modal, habitual, unconfirmed or denied; one of a kin's or another's
    death; a state held for a time (see the module's docstring)."""
    text, start, end = ctx.text, match.start(), match.end()
    if _blocked(ctx, text[clause[0] : start]) or _HABITUAL.match(text, end, end + 30):
        return True
    if _UNCONFIRMED_SPOTS.search(text, end, min(sentence.end, end + 100)):
        return True
    if _may_rumour(text) and _RUMOUR_THAT.search(text, sentence.start, start):
        return True  # "Ignore the rumours that he has died"
    if ctx.language in ("az", "tr") and only_feared(ctx, end, sentence.end):
        return True  # "iade edilmesi halinde", "sınır dışı edilmesini talep etti"
    if _denied_next(ctx, sentence.index, cue.status):
        return True
    if _FOR_A_TIME.search(text, max(0, start - 16), start):
        return True  # "iki yıldır tutuklu bulunan": held for a time, no event told
    if _KIN_OF_SPOTS.search(text, max(0, start - 14), start) and _GENITIVE.search(text, start, end):
        return True  # "вдова погибшего боевика": the dead is someone else
    return cue.mode == "pre" and _denied_of_other(ctx, end, clause[1])


@lru_cache(maxsize=4096)
def _cue_marks(said: str) -> tuple[bool, bool]:
    """(whether the cue opens a list of those who had the status, whether it tells a
    death without its time) of a cue's words, which recur from one cue to the next."""
    return _AMONG.search(said) is not None, _UNDATED.fullmatch(said) is not None


def _date_additions(ctx: DocContext, events: list[Event]) -> None:
    # by status, the events before the one read that have a date (only the one read
    # takes a date here): the words of "also" are looked for only where one may give it
    dated: dict[str, list[Event]] = {}
    for event in events:
        # the report's day only guessed ("Вместе с ним стали шахидами X и Y"): the same
        # event's own date beats it
        if event.date is None or event.date_source == "dateline":
            _date_addition(ctx, event, dated.get(event.status, []))
        if event.date is not None:
            dated.setdefault(event.status, []).append(event)


def _date_addition(ctx: DocContext, event: Event, before: list[Event]) -> None:
    """The date of the last event of another person with the same status before
    (`before`, those dated), when the cue says the event happened "also"."""
    source = next((e for e in reversed(before) if e.person != event.person), None)
    if source is None or ctx.index.at(source.start) is None:
        return
    if also_before(ctx, event.start, event.cue_start, event.cue_end):
        event.date, event.date_qualifier = source.date, source.date_qualifier
        event.date_end, event.date_source = source.date_end, "also"
        event.extra["date_text"] = source.extra.get("date_text")


# An event on the person's arrival ("arrested on arrival at the airport", "по прибытии
# задержан", "döner dönmez gözaltına alındı") happened when they came back.
_ON_ARRIVAL: Final = re.compile(
    r"(?<![\w-])(?:(?:on|upon) (?:(?:his|her|their) )?(?:arrival|return)|"
    r"по (?:прибытии|возвращении|приезде)|сразу после (?:прибытия|возвращения|приезда)|"
    r"(?:qayıdan|qayıtdığı|gəldiyi) kimi|qayıdarkən|ölkəyə gəldikdə|döner dönmez|"
    r"dönüşünde|döndüğünde|ülkeye girişinde|ülkeye giriş yaparken|"
    r"(?:getirilmesinin|iadesinin|iade edilmesinin|dönüşünün|dönmesinin) ardından|"
    r"(?:qaytarıldıqdan|gətirildikdən|qayıtdıqdan|qayıdandan) sonra|"
    r"после (?:его |её |ее )?(?:экстрадиции|депортации|возвращения|выдачи))(?![\w-])",
    re.I,
)


_ARRIVAL_NEEDLES: Final = Needles(_ON_ARRIVAL)


def _date_arrivals(ctx: DocContext, events: list[Event]) -> None:
    for event in events:
        if event.date is not None or event.status in ("returned", "travelled"):
            continue
        reach = min(event.end, event.cue_end + 60)
        if not _ARRIVAL_NEEDLES.may_match(ctx.folded(), event.start, reach):
            continue
        found = _ON_ARRIVAL.search(ctx.text, event.start, reach)
        if found is None:
            continue
        # "arrested on arrival and later sentenced": the sentence came later
        if found.end() <= event.cue_start:
            lo, hi = found.end(), event.cue_start
        else:
            lo, hi = event.cue_end, found.start()
        if SEQUENCE.search(ctx.text, lo, hi):
            continue
        back = [e for e in events if e.person == event.person and e.status == "returned"]
        dated = [e for e in back if e.date is not None and e.start <= event.start]
        if dated:
            source = dated[-1]
            event.date, event.date_qualifier = source.date, source.date_qualifier
            event.date_end, event.date_source = source.date_end, "arrival"
            event.extra["date_text"] = source.extra.get("date_text")


# A claim the text says is unconfirmed or false ("hayatını kaybettiği iddia edilse de bu
# bilgi doğrulanmadı", "слухи ... не подтвердились", "reports of his death proved false",
# "reports that he was killed are lies", "öldüğü iddia edilmişti, ancak yaşadığı ...").
_UNCONFIRMED_WORDS: Final = (
    r"iddia edilse de|doğrulanmadı|teyit edilmedi|doğrulanmamış|yalanlandı|"
    r"не подтвердил(?:ись|ась|ся|ось)|не подтверждается|не подтверждены|опровергнут\w*|"
    r"(?:информацию|сведения|сообщени[яе]|данные|это) опроверг\w*|опровергл[аи]|"
    r"təsdiqlənmə(?:yib|mişdir)|təsdiq(?:ini tapma(?:yıb|mışdır|dı)| olunma(?:yıb|mışdır))|"
    r"təkzib (?:edilib|olunub)|"
    r"(?:was|were|has|have|had) (?:not|never) (?:been )?(?:confirmed|verified)|"
    r"never (?:been )?(?:confirmed|verified)|unconfirmed|proved (?:false|untrue)|"
    r"turned out to be (?:false|untrue)|(?:is|are|was|were) (?:lies|a lie|false|untrue)|"
    r"(?:have|has) no confirmation|no confirmation of|unverified|"
    r"(?:not|never) been able to (?:confirm|verify)|"
    # acquitted but held on another charge ("beraat etmiş, ancak ... tahliye edilmemiştir")
    r"tahliye edilme(?:di|miş)\w*|azad edilmə(?:di|yib)\w*|(?:was|were) not released|"
    r"(?:cannot|could not|unable to) (?:confirm|verify)|"
    r"iddia edil\w*[,;]? (?:ancak|fakat|ama)|ölmediği|yaşadığını|sağ olduğu|doğrulamadı|"
    r"teyit etmedi|yalanladı|оказал(?:ся|ась) жив\w*|(?:он|она) жив[аы]?|ложь|ложью|"
    r"однако (?:позже |потом |затем )?выяснилось|подтверждения нет|нет подтверждения|"
    r"həyatda olduğu|ölmədiyi|yalan olduğu|(?:yazılsa|deyilsə|bildirilsə|iddia olunsa) da|"
    r"təkzib edib|təkzib etdi|təkzib edir|(?:yazsa|desə|bildirsə|iddia etsə|yazsalar|"
    r"desələr|yazsa|dese|iddia etse|bildirse) (?:da|də|de)|yalanlıyor|yalanladı"
)
_UNCONFIRMED: Final = word_start_regex(_UNCONFIRMED_WORDS)
_UNCONFIRMED_SPOTS: Final = Spots(_UNCONFIRMED, _UNCONFIRMED_WORDS)  # (after every cue)


# A rumour's content, told in a clause after it ("the rumours ... that he has died",
# "слухи о том, что он погиб"): no event.
_RUMOUR_THAT: Final = re.compile(
    r"(?<![\w-])(?:rumou?rs?|слух(?:и|ов|ам)?)(?![\w-])[^.;:!?]{0,80}?(?:\bthat|что)\s+"
    r"(?:[^\s.;:!?]+\s+){0,6}$",
    re.I,
)
_may_rumour = WordsGate((lowered("rumo"), lowered("слух")))


# A sentence opening by saying the reports just told were false ("The reports of his
# death were false", "Эти сведения не подтвердились", "Bu xəbər təkzib olunub").
_DENIAL_OPENS: Final = re.compile(
    r"\W*(?:(?:the|these|those|such) )?(?:reports?|rumou?rs?|claims?|news) (?:of|about) "
    r"(?:his|her|their) (?:death|killing|capture|arrest)\s+"
    r"(?:were|was|is|are|proved|turned out)\s+(?:to be\s+)?(?:false|untrue|wrong|lies)|"
    r"\W*(?:эти |эта |это |такие )?(?:сведения|сообщени[яе]|слухи|информаци[яи])\b[^.;:]{0,30}?"
    r"(?:не подтвердил|оказал\w* ложн|опровергн)|"
    # "Однако в НАК эту информацию опровергли"
    r"\W*(?:однако\s+|но\s+)?[^.;:!?]{0,30}?(?:эту|эти|данную|такую|такие) "
    r"(?:информацию|сведения|сообщения|данные)\s+(?:[^.;:!?\s]+\s+){0,2}?"
    r"(?:опроверг|не подтвердил)|"
    r"\W*(?:bu|həmin) (?:xəbər|məlumat)\w*\s+(?:təkzib|təsdiqini tapmay|doğru deyil|yalan)|"
    r"\W*(?:bu|söz konusu) (?:haber|iddia|bilgi)\w*\s+(?:yalan|doğrulanmadı|doğru değil|"
    r"asılsız|gerçeği yansıtmıyor)",
    re.I,
)


# A word of each branch of `_DENIAL_OPENS` (folded as `scan.folded` folds the text): a
# document with none of them, most, needs no look at its sentences' openings.
_DENIAL_WORDS: Final = tuple(
    lowered(word)
    for word in (
        "false|untrue|wrong|lies|подтвердил|ложн|опроверг|təkzib|təsdiqini tapmay|"
        "doğru deyil|yalan|doğrulanmadı|doğru değil|asılsız|gerçeği yansıtmıyor"
    ).split("|")
)
_may_deny = WordsGate(_DENIAL_WORDS)


def _denied_next(ctx: DocContext, index: int, status: str) -> bool:
    if index + 1 >= len(ctx.sentences) or not _may_deny(ctx.text):
        return False
    denial = _DENIAL_OPENS.match(ctx.text, ctx.sentences[index + 1].start)
    if denial is None:
        return False
    # "Went in 2014. Reports of his death in 2015 were false": only the death is denied
    return status == "killed" or not _OF_DEATH.search(denial.group())


_OF_DEATH: Final = re.compile(r"(?<![\w-])(?:death|killing|гибел\w*|смерт\w*)(?![\w-])", re.I)


# A kin word or a lawyer before a participle in the genitive: the status is the other's
# ("вдова погибшего боевика", "сын убитого", "адвокат осуждённого X": X is the lawyer).
_KIN_OF_WORDS: Final = (
    r"вдова|жена|мать|отец|сын|дочь|брат|сестра|семья|родственники|адвокат|защитник|"
    r"widow of (?:a|the)|lawyer of the"
)
_KIN_OF: Final = word_start_regex(_KIN_OF_WORDS, r"\s+$")
_KIN_OF_SPOTS: Final = Spots(_KIN_OF, _KIN_OF_WORDS)
_FOR_A_TIME: Final = re.compile(r"(?:yıldır|aydır|haftadır|gündür|ildir|aydır|həftədir)\s+$")
_GENITIVE: Final = re.compile(r"(?:ого|его|ых|их|slain|killed|dead)$", re.I)


def _blocked(ctx: DocContext, before: str) -> bool:
    if _BLOCK_BEFORE.search(before):
        return True
    return ctx.language not in ("ru", "az", "tr") and bool(_BLOCK_BEFORE_EN.search(before))


# A status participle with no name after it stands for someone else ("к погибшему
# отношения не имеет", "ölen kişiyle ilgisi yok"): under a negation later in the clause
# it says the person is NOT linked to the dead, so no event of anyone named.
_NEGATED_AFTER: Final = re.compile(
    r"(?<![\w-])(?:не|нет|ни|yoxdur|yox|yok|değil|deyil|olmayıb|bulunmuyor|not|no|nothing)"
    r"(?![\w-])",
    re.I,
)
# Cues saying someone is dead without saying when ("the late X", "mərhum X"): a date in
# the sentence is about something else.
_UNDATED: Final = re.compile(
    r"(?:(?:the|its|his|her|their) late\b.*|покойн\w*|mərhum|merhum|"
    r"tutuklu (?:olarak )?(?:bulunan|yargılan)\w*|"  # a state, since some time untold
    # a returnee named, whose return the sentence does not date ("Another returnee, X,
    # had been held at al-Hol since 2019")
    r"(?:another|one of the|a fellow|a second|a third) returnees?,)",
    re.I | re.S,
)


def _denied_of_other(ctx: DocContext, end: int, clause_end: int) -> bool:
    if right_within(ctx, end, words=3) is not None:
        return False
    return _NEGATED_AFTER.search(ctx.text, end, clause_end) is not None


def _inside_names(ctx: DocContext, start: int, end: int) -> bool:
    """A name starting up to 40 characters before `start` holds it (and ends within 40
    after `end`): walked back from the last name starting at `start`, by bisection."""
    names, i = ctx.names, bisect_right(ctx._name_starts, start) - 1
    while i >= 0 and names[i].start >= start - 40:
        if start < names[i].end <= end + 40:
            return True
        i -= 1
    return False


def _years_apart(date: DateSpan) -> bool:
    """A span of years ("2014–2015-ci illərdə", "between 2013 and 2015") dates no one
    event: the text does not say which year."""
    end = date.end_value
    return end is not None and end[:4] != date.value[:4]


def statuses_by_person(events: Iterable[Event]) -> dict[int, set[str]]:
    """Each person's statuses among `events`."""
    out: dict[int, set[str]] = {}
    for event in events:
        out.setdefault(event.person, set()).add(event.status)
    return out


def set_date(event: Event, date: DateSpan, source: str) -> None:
    event.date = date.value
    event.date_qualifier = date.qualifier
    event.date_end = date.end_value
    event.date_source = source
    event.extra["date_text"] = date.text


_DERIVED: Final = frozenset(["dateline", "episode", "also", "arrival"])


def _merged(events: list[Event]) -> list[Event]:
    """One event per person, status and date; an undated one folds into a dated one, and
    one dated by the report's day or an episode told before into one whose own words
    give its date ("has been killed, his relatives said" ... "was killed on 1 September")."""
    out: list[Event] = []
    # the events of `out` by person and status, in the order of `out`
    groups: dict[tuple[int, str], list[Event]] = {}
    for event in events:
        group = groups.setdefault((event.person, event.status), [])
        same = list(group)
        if any(e.date == event.date for e in same) or (same and event.date is None):
            continue
        if event.date and any(e.date and e.date.startswith(event.date) for e in same):
            continue  # "2021" after "2021-10": the same event, told less precisely
        own = event.date_source not in _DERIVED
        dated = [e for e in same if e.date is not None]
        if dated and not own and all(e.date_source not in _DERIVED for e in dated):
            continue
        for e in same:
            if e.date is None or (own and e.date_source in _DERIVED):
                out.remove(e)
                group.remove(e)
            elif event.date and event.date.startswith(e.date):
                out.remove(e)  # "2021-10" after "2021"
                group.remove(e)
        out.append(event)
        group.append(event)
    return out
