"""When an event happened (see `events`): for one of a list of the dead or wounded under a
heading, the date of the person's own item (`event_date_groups.item_date`); else a date each of
several people has of their own after the verb ("öldürülüb: X 2015-ci ildə, Y isə
2017-ci ildə", `event_date_spread`); else the
date in the event's clause nearest the cue
(one the text writes out before one counted from the report's day); else a date that
stands in a clause of its own before it ("In 2009, a court sentenced X"), or opens the
sentence ("В 2016 году ..."), or dates an earlier clause of the same sentence that the
event continues ("returned in 2018 and was arrested") unless a word puts it later ("then",
"sonra", "затем", "after a year") or another person's clause holds it, or stands alone in
the clause after it ("killed in Aleppo, 2014"), or is counted from one told before
("погиб через год"); else one of a group the lead reports taken ("saxlanılanlardan
biri X") takes the lead's day (`event_date_groups`); else an episode named again
("wounded during the raid", "in the same strike", "при задержании", "aynı saldırıda")
takes the date of the sentence that told it,
or the dateline's; else, for what a news lead reports ("Махачкала, 16 сентября 2020 года.
Суд приговорил X ..."), and what a later paragraph of the report tells of that day with
no other date before it in its paragraph, the dateline's day (a dateline standing alone
or run into the lead: "BAKU, 14 October 2022 (Reuters) - ..."). A year of birth dates
nothing; a participle of a state ("düşərgədə saxlanılan") takes no dateline. The hearing
named again ("в зале суда", "этим же приговором") takes its day; custody on arrival ("at
the airport", "havaalanında") the date of the return told before; a range within a year
or month ("between June and August 2014") that year or month; a day and month after a
date written out in the same sentence that date's year ("14 Haziran 2023 — ..., 18
Haziran'da tutuklanır").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from ffdb.extract.context import APPOSITIVE, SEQUENCE, DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.event_date_answers import answer_date
from ffdb.extract.event_date_companions import companion_date
from ffdb.extract.event_date_groups import group_day, item_date
from ffdb.extract.event_date_headings import heading_date
from ffdb.extract.event_date_spread import own_spread_date, place_alone, year_of_sentence
from ffdb.extract.event_days import (
    OF_THE_DAY,
    STATE,
    courtroom_date,
    dateline_day,
    is_birth,
    is_dateline,
    lead_return_day,
    report_day,
)
from ffdb.extract.event_lists import with_coordinated
from ffdb.extract.event_nouns import is_role_noun
from ffdb.extract.scan import Needles, word_start_regex
from ffdb.extract.sentences import Sentence


def event_date(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    person: int,
    status: str,
    mode: str = "any",
    among: bool = False,
) -> tuple[DateSpan, str] | None:
    """The event's date and where it came from (clause, sentence, dateline), or None;
    `among`: the person is named after the cue in a list of those who had the status,
    and a date after the cue is the person's, not the event's. A range within one year
    or month dates the event to that year or month ("between June and August 2014")."""
    found = _event_date(ctx, sentence, clause, match, person, status, mode, among)
    if found is not None and found[0].inferred_year:
        # "14 Haziran 2023 — ... gözaltına alınır, 18 Haziran'da tutuklanır"
        found = year_of_sentence(ctx, sentence, found[0]), found[1]
    if status == "travelled" and (found is None or len(found[0].value) == 4):
        # "— Ramin nə vaxt getdi? — 2014-cü ilin avqustunda."
        told = answer_date(ctx, sentence, person)
        if told is not None and (found is None or told.value.startswith(found[0].value)):
            return told, "sentence"
    if found is None or found[0].end_value is None:
        return found
    value, end = found[0].value, found[0].end_value
    if len(value) == 4 or value[:1] == "-" or value[:4] != end[:4]:
        return found
    common = value[:7] if value[:7] == end[:7] and len(value) == 10 else value[:4]
    return replace(found[0], value=common), found[1]


def _event_date(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    person: int,
    status: str,
    mode: str = "any",
    among: bool = False,
) -> tuple[DateSpan, str] | None:
    if mode == "pre" and is_role_noun(ctx, match):
        return None  # "в 2015 году задержанный прибыл в Сирию": the date is the journey's
    listed = item_date(ctx, sentence, person, status)
    if listed is not None:
        return listed, "clause"  # "Şəhid oldular:\n- X, 14 iyul 2015, Həsəkədə;"
    spread = own_spread_date(ctx, sentence, match, person)
    if spread is not None:
        return spread, "clause"  # "öldürülüb: Cəfərov 2015-ci ildə, Məmmədli isə 2017-ci ildə"
    dates = _clause_dates(ctx, sentence, clause, match, status, mode)
    if dates:
        # a date the text writes out beats one counted from the report's own ("confirmed
        # on Tuesday that he died in late 2015")
        written = [d for d in dates if not d.inferred_year] or dates
        best = min(
            written, key=lambda d: min(abs(d.start - match.end()), abs(match.start() - d.end))
        )
        return best, "clause"
    court = courtroom_date(ctx, sentence, clause)
    if court is not None:
        return court, "episode"  # "o da məhkəmə zalından azad edilib"
    if status in ("arrested", "detained"):
        landed = _arrival_date(ctx, sentence, clause)
        if landed is not None:
            return landed, "episode"  # "came back in 2015. They arrested him at the airport"
    if not [d for d in ctx.dates_in(sentence.start, match.start()) if not is_birth(ctx, d)]:
        fellow = companion_date(ctx, sentence, clause, match, status)
        if fellow is not None:
            return fellow, "sentence"  # "Boukhari, a friend, left with him"
    found = (
        _offset_date(ctx, sentence, clause, match)
        or _date_clause_after(ctx, sentence, clause)
        or _date_clause_before(ctx, sentence, clause)
        or (mode in ("obj", "ptcp") and _after_apposed(ctx, sentence, match.end(), person))
        or (mode in ("obj", "ptcp") and _after_listed(ctx, sentence, match.end()))
        or _opening_or_earlier(ctx, sentence, match.start(), person, status)
    )
    if found and status not in OF_THE_DAY and is_dateline(ctx, found[0]):
        found = []
    if found and _state_since(found[0], status):
        found = []
    if found and not _not_this_events(ctx, found[0], match.start(), status):
        return found[0], "sentence"
    if found and not _said_date(ctx, found[0], match.start()):
        return None
    undated = not [
        d
        for d in ctx.dates_in(sentence.start, match.end() if among else sentence.end)
        if not is_birth(ctx, d)
        and not _not_this_events(ctx, d, match.start(), status)
        and not _state_since(d, status)
        and not _in_relative(ctx, sentence, d, match.start())
        # "repatriated on the same flight and placed under a warrant the same day": the
        # day of the episode told before dates both
        and not _SAME_TOLD.search(d.text)
    ]
    headed = heading_date(ctx, sentence.start) if undated else None
    if headed is not None:
        return headed, "sentence"  # "2014\nGataullin is detained in Kazan"
    grouped = group_day(ctx, sentence, match, status) if undated else None
    if grouped is not None:
        return grouped, "dateline"  # "saxlanılanlardan biri X-dir"
    return report_day(ctx, sentence, match, status, mode, undated)


_SAME_TOLD: Final = re.compile(r"same|very|же|həmin|eyni|aynı", re.I)


# A relative clause set off by commas before the verb ("X, who married Y in Raqqa in
# 2015, received five years"): what it dates is the clause's own.
_RELATIVE_OPEN: Final = re.compile(r",\s*(?:who|whose|which|котор\w+)\s[^,]*$", re.I)


def _in_relative(ctx: DocContext, sentence: Sentence, date: DateSpan, pos: int) -> bool:
    if date.end > pos or "," not in ctx.text[date.end : pos]:
        return False
    return _RELATIVE_OPEN.search(ctx.text, sentence.start, date.start) is not None


def _state_since(date: DateSpan, status: str) -> bool:
    """ "2014'ten beri saflarında bulunan X de yaralandı": a state since then, not a
    death, a wound or a sentence ("who had run a shop since 2009, was convicted")."""
    return date.qualifier == "since" and status in ("killed", "injured", "sentenced")


def _clause_dates(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    status: str,
    mode: str,
) -> list[DateSpan]:
    """The dates of the event's clause that may be its own."""
    dates = [
        d
        # a range may run past the clause's "and" ("between June and August 2014")
        for d in ctx.dates_in(clause[0], max(clause[1], sentence.end))
        if d.start < clause[1]
        and not is_birth(ctx, d)
        and not _not_this_events(ctx, d, match.start(), status)
    ]
    dates = [d for d in dates if not _state_since(d, status)]
    if status == "travelled":
        # "left for Turkey in August 2012 and reached Aleppo a month later": a journey
        # is dated by its start, not by an arrival counted from it (one counted from a
        # sentence before, "He crossed into Syria a few weeks later", is the journey's)
        started = [d for d in dates if not _COUNTED_LATER.search(d.text)]
        alone = dates and not ctx.dates_in(sentence.start, dates[0].start)
        dates = started or (dates if alone else [])
    if status not in OF_THE_DAY:
        # a dateline run into the lead dates the day's news, not a state ("Kırmızı
        # bültenle aranan X" in "İstanbul, 4 Nisan 2023 – ... X gözaltına alındı")
        dateline = dateline_day(ctx) if dates else None
        dates = dates if dateline is None else [d for d in dates if d is not dateline[1]]
    if mode == "pre" and ctx.language in ("az", "tr"):
        # "Onunla birlikdə Suriyaya gedən Tural isə 2017-ci ildə həlak olub": what dates
        # a participle stands before it; a date after it is the main verb's, and a state
        # ("Suriyadakı düşərgədə saxlanılan X ... qaytarılıb") has no dateline's day
        state = STATE.match(match.group())
        dates = [d for d in dates if d.end <= match.start() and not (state and is_dateline(ctx, d))]
    return dates


# Custody on arrival ("arrested at the airport", "havaalanında tutuklandı", "в аэропорту
# задержан", "Bakı hava limanında saxlanılıb", "on arrival"): of the day of the return
# told just before.
_ON_ARRIVAL: Final = re.compile(
    r"(?<![\w-])(?:at (?:the |an? )?(?:[A-Z][\w'’-]* )*airport|on (?:his |her |their )?arrival|"
    r"upon (?:his |her |their )?arrival|(?:up)?on landing|as soon as (?:he|she|they) "
    r"(?:arrived|landed)|в аэропорту|по прибытии|по прилёте|по прилете|сразу по возвращении|"
    r"сразу после (?:прилёта|прилета|приземления)|hava limanında|"
    r"(?:[^\W\d_]+ )?(?:çatan|enən|endiyi|gəldiyi|çatdığı) kimi|gəlişində|havaalanında|"
    r"havalimanında|iner inmez|varır varmaz|gelir gelmez)(?![\w-])",
    re.I,
)
_RETURN_TOLD: Final = re.compile(
    r"return|came back|come back|brought back|flown|landed|deport|extradit|repatriat|"
    # at a word's start: "Sumqayıt" is a town, no return
    r"(?<![^\W\d_])qayı[dt]|"
    r"handed over|вернул|возвращ|депортир|экстрадир|выдан|репатри|qaytarıl|gətiril|"
    r"deportasiya|ekstradisiya|repatriasiya|təhvil|döndü|dönmüş|geri al|geri gönder|"
    r"getiril|iade|"
    r"sınır dışı",
    re.I,
)


_ARRIVAL_NEEDLES: Final = Needles(_ON_ARRIVAL)


def _arrival_date(ctx: DocContext, sentence: Sentence, clause: tuple[int, int]) -> DateSpan | None:
    """The date of the return told in the sentence or the two before it, for custody on
    arrival (see `_ON_ARRIVAL`)."""
    if not _ARRIVAL_NEEDLES.may_match(ctx.folded(), clause[0], clause[1]):
        return None
    if _ON_ARRIVAL.search(ctx.text, clause[0], clause[1]) is None:
        return None
    for k in range(sentence.index, max(-1, sentence.index - 3), -1):
        told = ctx.sentences[k]
        end = clause[0] if k == sentence.index else told.end
        back = _RETURN_TOLD.search(ctx.text, told.start, end)
        if back is None:
            continue
        dates = [
            d
            for d in ctx.dates_in(told.start, end)
            # "the largest repatriation since 2022" dates no flight
            if not is_birth(ctx, d) and d.qualifier not in _RELATIONS
        ]
        # "deported to Russia in March 2018": the date after the word, else before it
        after = [d for d in dates if d.start >= back.start()]
        if after or dates:
            return after[0] if after else dates[-1]
    return lead_return_day(ctx)


_RELATIONS: Final = frozenset(("since", "until", "before", "after"))
_COUNTED_LATER: Final = re.compile(r"later|afterwards|sonra|спустя|через", re.I)


def _opening_or_earlier(
    ctx: DocContext, sentence: Sentence, pos: int, person: int, status: str
) -> list[DateSpan]:
    """The sentence's opening date, unless a clause the event continues has a later one
    ("В 2016 году он был задержан ..., в феврале 2017-го его депортировали и арестовали")."""
    opening = _opening_date(ctx, sentence, pos)
    if status == "wanted":
        # "A warrant was issued against him in 2020 and he remains wanted": a warrant
        # named before the date
        earlier = [] if opening else _earlier_date(ctx, sentence, pos, person, status)
        if earlier and _WARRANT.search(ctx.text, sentence.start, earlier[0].start):
            return earlier
        if earlier and _EVER_SINCE.search(ctx.text, earlier[0].end, sentence.end):
            # "travelled to Syria in 2014 and has been wanted ever since"
            return earlier
        return opening
    if opening and len(ctx.dates_in(opening[0].end, pos)) == 0:
        return opening
    earlier = _earlier_date(ctx, sentence, pos, person, status)
    if opening and earlier and earlier[0].start <= opening[0].start:
        return opening
    return earlier or opening


# Wanted since the event told before it ("ever since", "с тех пор", "o vaxtdan bəri",
# "o zamandan beri").
_EVER_SINCE: Final = re.compile(
    r"(?<![\w-])(?:ever since|since then|с тех пор|с того времени|o vaxtdan (?:bəri|etibarən)|"
    r"o zamandan (?:beri|bu yana)|o tarihten (?:beri|bu yana)|bu yana)(?![\w-])",
    re.I,
)
_WARRANT: Final = re.compile(
    r"warrant|wanted list|red notice|ордер|розыск|axtarış|yakalama kararı|kırmızı bülten", re.I
)


# Words that put the event in the present, after the date before them ("в 2018 году был
# экстрадирован и сейчас отбывает наказание").
_PRESENT: Final = word_start_regex(
    r"now|currently|still|сейчас|ныне|в настоящее время|до сих пор|по сей день|hâlâ|"
    r"halen|hala|şu anda|hazırda|hal-hazırda|indi|hələ də",
)
# An Azerbaijani/Turkish participle right before a name: the date before it is the
# participle's ("2017 yılında gözaltına alınan Şahin, ... cezasına çarptırıldı").
# A participle of being, living or working ("Corat qəsəbəsindən olan X", "Sultanbeyli'de
# yaşayan X") tells who the person is, no event of another time.
_STATE_END: Final = re.compile(
    r"(?<![\w-])(?:olan|yaşayan|işləyən|çalışan|işleten|tanınan|bilinen|məlum olan)\s+$", re.I
)
# A plural or possessive ablative is no participle ("dün adliyeye sevk edilen
# şüphelilerden X ve Y tutuklandı": X and Y are among those the date is told of).
_PARTICIPLE_END: Final = re.compile(
    r"[^\W\d_]+(?:[aeə]n|[ıiuü]ş)(?<!l[ae]r[dt][ae]n)(?<!nd[aeə]n)\s+$", re.I
)


# A participle of being handed over, brought back or sent to court before the name
# ("Noyabrın 22-də deportasiya edilən X ... həbs edilib", "bugün hakimliğe sevk edilen X
# tutuklandı"): the custody is of that day; a return the person made is not ("2019'da
# dönen X, Şanlıurfa'da gözaltına alındı" tells no day of the detention).
_HANDED_OVER: Final = re.compile(
    r"sevk|iade|teslim|deport|qaytarıl|gətiril|getiril|təhvil|ekstradis|geri gönderil",
    re.I,
)


def _not_this_events(ctx: DocContext, date: DateSpan, pos: int, status: str = "") -> bool:
    """A date before the cue that belongs to something else: a present-tense word stands
    between, or (Azerbaijani, Turkish) a participle that describes the event's subject."""
    if date.end > pos:
        return False
    if _PRESENT.search(ctx.text, date.end, pos):
        return True
    if _said_date(ctx, date, pos):
        return True
    if ctx.language not in ("az", "tr"):
        return False
    for start, _end, _person in ctx.agents_in(date.end, pos):
        gap = ctx.text[date.end : start]
        # "İstanbul, 20 Şubat 2018 – ... belirlenen Hasan Korkmaz'a": a dateline, no modifier
        if _PARTICIPLE_END.search(gap) and not _BREAK.search(gap) and not _STATE_END.search(gap):
            custody = status in ("arrested", "detained")
            return not (custody and _HANDED_OVER.search(gap)) and not _same_kind(gap, date, status)
    return False


# A participle telling the same journey ("2015 yılının şubatında sınırı geçen Güneş,
# Rakka'ya yerleşti"), or the detention an arrest follows ("geçen ay düzenlenen
# operasyonla gözaltına alınan Kalkavan ... tutuklandı": of that month, if no day).
_JOURNEY_PARTICIPLE: Final = re.compile(
    r"(?:geçen|giden|hicret eden|gedən|keçən|hicrət edən|yola çıkan)\s+(?:\S+\s+){0,3}$",
    re.I,
)
_DETENTION_PARTICIPLE: Final = re.compile(
    r"(?:gözaltına alınan|yakalanan|saxlanılan|tutulan)\s+(?:\S+\s+){0,3}$", re.I
)


def _same_kind(gap: str, date: DateSpan, status: str) -> bool:
    if status == "travelled":
        return _JOURNEY_PARTICIPLE.search(gap) is not None
    if status == "arrested" and len(date.value) < 10:
        return _DETENTION_PARTICIPLE.search(gap) is not None
    return False


def _said_date(ctx: DocContext, date: DateSpan, pos: int) -> bool:
    """ "said on Saturday that he had been wounded": the day of the saying."""
    # the anchored test first: it fails on most dates
    return date.end <= pos and bool(
        _THAT_AFTER.match(ctx.text, date.end, pos)
        and _SAID_BEFORE.search(ctx.text, max(0, date.start - 30), date.start)
    )


_SAID_BEFORE: Final = word_start_regex(
    r"said|says|told (?:\w+ )?|reported|announced|confirmed|stated|claimed|"
    r"сообщил[аи]?|заявил[аи]?|рассказал[аи]?|подтвердил[аи]?",
    r"\s+(?:on\s+|in\s+)?$",
)
_THAT_AFTER: Final = re.compile(r"\s*,?\s*(?:that|что)(?![\w-])", re.I)
_BREAK: Final = re.compile(r"[,;:()–—-]\s")
_COMMA_NEXT: Final = re.compile(r"\s*,")


def _opening_date(ctx: DocContext, sentence: Sentence, pos: int) -> list[DateSpan]:
    """A date that opens the sentence ("In 2014, ...", "2014-cü ildə ...", "В 2016 году
    ...") dates every event of the sentence that has none of its own."""
    dates = [d for d in ctx.dates_in(sentence.start, pos) if not is_birth(ctx, d)]
    if not dates:
        return []
    lead = ctx.text[sentence.start : dates[0].start]
    if len(lead.split()) > 2 or ctx.agents_in(sentence.start, dates[0].start):
        return []
    return dates[:1]


# A detention told before an arrest in the same sentence ("2021 yılının Mart ayında
# gözaltına alınmış, ardından tutuklanmıştı"): the arrest is its formal sequel.
_DETENTION: Final = re.compile(
    r"gözaltına alın|yakalan|saxlanıl|задержа|detained|taken into custody|captured", re.I
)


# "first" before the "then" of a route ("first to Thailand, then via Turkey to Syria").
_FIRST_LEG: Final = re.compile(
    r"(?<![\w-])(?:first|önce|ilk önce|əvvəlcə|öncə|сначала|сперва)(?![\w-])", re.I
)
_TOGETHER: Final = re.compile(
    r"(?<![\w-])(?:birlikdə|birlikte|beraber|вместе с|вместе со|together with|along with)(?![\w-])",
    re.I,
)


def _earlier_date(
    ctx: DocContext, sentence: Sentence, pos: int, person: int, status: str = ""
) -> list[DateSpan]:
    """The date of a clause before the event's in the same sentence ("returned in 2018
    and was arrested", "5 fevral 2020-ci il tarixində A, B və C saxlanılıb"), unless
    a word between puts the event later ("wounded in 2016, then killed") or another
    person is named between ("X was killed in 2014 and his brother Y arrested")."""
    dates = [
        d
        for d in ctx.dates_in(sentence.start, pos)
        if not is_birth(ctx, d) and not _in_relative(ctx, sentence, d, pos)
    ]
    clause_end = ctx.clause_at(sentence, pos)[1]
    if not dates:
        return []
    sequel = SEQUENCE.search(ctx.text, dates[-1].end, clause_end)
    if (
        sequel
        and not (
            status == "arrested" and _DETENTION.search(ctx.text, dates[-1].end, sequel.start())
        )
        # "2014 yılında önce Tayland, ardından Türkiye üzerinden Suriye'ye geçti": the
        # legs of one journey, dated by its start
        and not (
            status == "travelled" and _FIRST_LEG.search(ctx.text, dates[-1].end, sequel.start())
        )
    ):
        return []
    date = dates[-1]
    between = {a[2] for a in ctx.agents_in(date.end, pos)}
    if not between or _TOGETHER.search(ctx.text, date.end, pos):
        # "2015-ci ildə əri Elvin Cəfərovla birlikdə Suriyaya gedib": one journey
        return [date]
    own = set(with_coordinated(ctx, sentence, (pos, pos, person), pos)) | {person}
    own |= _listed_with(ctx, ctx.agents_in(date.end, pos), person)
    others = {a[2] for a in ctx.agents_in(sentence.start, pos)} - own
    # "X was killed in 2014 and his brother Y was arrested": 2014 is X's
    return [] if others and (between & own) else [date]


_LIST_JOIN: Final = re.compile(r"\s*(?:,\s*)?(?:(?:and|ve|və|и|ile)\s+)?", re.I)


def _listed_with(ctx: DocContext, agents: list[tuple[int, int, int]], person: int) -> set[int]:
    """The persons named in one list with `person` ("şüphelilerden Abenov, Yıldız ve M.K.
    tutuklandı"): runs of names joined by commas and "and"."""
    runs: list[set[int]] = []
    last_end = -1
    for start, end, who in agents:
        if runs and _LIST_JOIN.fullmatch(ctx.text, last_end, start):
            runs[-1].add(who)
        else:
            runs.append({who})
        last_end = end
    return next((run for run in runs if person in run), set())


_DATE_LEAD: Final = re.compile(
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
        dates = [d for d in ctx.dates_in(start, end) if not is_birth(ctx, d)]
        body = ctx.text[start:end].lstrip(" ,")
        if dates and _DATE_LEAD.fullmatch(ctx.text[start : dates[0].start].lstrip(" ,")):
            return dates[:1]
        if dates or not APPOSITIVE.match(body) or ctx.agents_in(start, end):
            return []
    return []


_LIST_GAP: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_LIST_DATE_LEAD: Final = re.compile(r"\s*,?\s*(?:(?:on|in|during|since)\s+)?")


def _after_listed(ctx: DocContext, sentence: Sentence, cue_end: int) -> list[DateSpan]:
    """The date right after the objects listed after the verb ("Police detained A, B
    and C on 3 May 2021")."""
    agents = ctx.agents_in(cue_end, sentence.end)
    if len(agents) < 2 or len(ctx.text[cue_end : agents[0][0]].split()) > 2:
        return []
    last = agents[0]
    for agent in agents[1:]:
        if not _LIST_GAP.fullmatch(ctx.text, last[1], agent[0]):
            break
        last = agent
    if last is agents[0]:
        return []
    dates = ctx.dates_in(last[1], sentence.end)
    if dates and _LIST_DATE_LEAD.fullmatch(ctx.text, last[1], dates[0].start):
        return dates[:1]
    return []


_JOINED_END: Final = re.compile(r"(?<![\w-])(?:and|but|и|а|но|və|ve|ama|amma)\s*,?\s*$", re.I)


def _date_clause_after(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int]
) -> list[DateSpan]:
    """A date standing alone in the clause right after the event's ("killed in Aleppo,
    2014", "погиб под Алеппо, в 2015 году")."""
    later = [c for c in ctx.clauses(sentence) if c[0] >= clause[1]]
    if not later or _JOINED_END.search(ctx.text, clause[0], later[0][0]):
        # "He was detained and, in 2016, a court sentenced him": the date opens the next
        return []
    start, end = later[0]
    dates = [d for d in ctx.dates_in(start, end) if not is_birth(ctx, d)]
    if (
        not dates
        and len(later) > 1
        and (_ASIDE.fullmatch(ctx.text, start, end) or place_alone(ctx, start, end))
    ):
        # "was martyred, as we reckon him, yesterday in ...": past an aside; "arrested in
        # Gaziantep, Turkey, in June 2016": past the place's country
        start, end = later[1]
        dates = [d for d in ctx.dates_in(start, end) if not is_birth(ctx, d)]
    if not dates or ctx.agents_in(start, end):
        return []
    lead = ctx.text[start : dates[0].start]
    # "wounded twice, the last time in Raqqa in June", "killed, yesterday near X",
    # "detained when Baghouz fell in March 2019" (in Azerbaijani and Turkish what
    # follows a verb is the next one's)
    if ctx.language in ("en", "ru") and (
        _LAST_TIME.match(lead) or _WHEN.match(lead) or _DATE_LEAD.fullmatch(lead.lstrip(" ,"))
    ):
        return dates[:1]
    words = len(ctx.text[start:end].split())
    return dates[:1] if words <= len(dates[0].text.split()) + 1 else []


# A short aside between a verb and its date ("as we reckon him", "insha'Allah").
_ASIDE: Final = re.compile(
    r"\s*,?\s*(?:as (?:we|I) (?:reckon|consider) (?:him|her|them)|"
    r"(?:insha|in sha)['’]?\s?allah|inşallah|иншаллах|как мы (?:считаем|надеемся))\s*,?\s*",
    re.I,
)
# A clause of the time it happened ("detained by the Kurds when Baghouz fell in March
# 2019", "задержан, когда пал Багуз в марте 2019 года").
_WHEN: Final = re.compile(r"\s*,?\s*(?:when|когда)\s", re.I)
# The clause after "wounded twice" telling the last (or first) of them.
_LAST_TIME: Final = re.compile(
    r"\s*,?\s*(?:the (?:last|latest|first|second) time|(?:в )?(?:последний|первый) раз|"
    r"sonuncu dəfə|son dəfə|ilk dəfə|son (?:kez|defa|olarak)|en son|ilk (?:kez|defa))(?![\w-])",
    re.I,
)


# A time counted from the date told before ("погиб через год", "two years later",
# "bir il sonra", "iki yıl sonra"): that date's year and the count.
_OFFSET: Final = re.compile(
    r"(?<![\w-])(?:через (?P<ru>год|два года|три года|\d+ (?:года|лет))|"
    r"(?P<ru2>год|два года|три года|\d+ (?:года|лет)) спустя|"
    r"(?P<en>a|one|two|three|\d+) years? later|"
    r"(?P<tr>bir|iki|üç|\d+) (?:il|yıl) sonra)(?![\w-])",
    re.I,
)
_COUNTS = {"год": 1, "a": 1, "one": 1, "bir": 1, "два": 2, "two": 2, "iki": 2, "три": 3}
_COUNTS |= {"three": 3, "üç": 3}


_OFFSET_NEEDLES: Final = Needles(_OFFSET)


def _offset_date(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], match: re.Match[str]
) -> list[DateSpan]:
    if not _OFFSET_NEEDLES.may_match(ctx.folded(), clause[0], clause[1]):
        return []
    offset = _OFFSET.search(ctx.text, clause[0], clause[1])
    if offset is None:
        return []
    # "İki".lower() is "i̇ki": the dot of the capital İ goes
    first = next(g for g in offset.groups() if g).split()[0].lower().replace("\u0307", "")
    count = int(first) if first.isdigit() else _COUNTS.get(first)
    start = ctx.sentences[max(0, sentence.index - 1)].start
    dates = [d for d in ctx.dates_in(start, offset.start()) if not is_birth(ctx, d)]
    if count is None or count > 30 or not dates:
        return []
    year = int(dates[-1].value[:4]) + count
    text = offset.group()
    return [DateSpan(offset.start(), offset.end(), text, str(year), inferred_year=True)]


def _date_clause_before(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int]
) -> list[DateSpan]:
    """A date standing in a clause of its own before the event's clause, with at most two
    other words ("In 2009, a court sentenced X"; "Ранее, 5 марта 2015 года, ... задержан")."""
    for start, end in reversed([c for c in ctx.clauses(sentence) if c[1] <= clause[0]]):
        dates = [d for d in ctx.dates_in(start, end) if not is_birth(ctx, d)]
        words = len(ctx.text[start:end].split())
        if dates and words <= len(dates[0].text.split()) + 2:
            return dates[:1]
        if dates or words > 2 or ctx.agents_in(start, end):
            return []
    return []
