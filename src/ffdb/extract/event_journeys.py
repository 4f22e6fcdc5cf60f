"""Journeys told by a verb of leaving with no destination, in an article about the war.

An article that speaks of Syria or Iraq tells its departures plainly, the destination
said once or not at all:

    "Zakir Mammadli left in August 2014 with his neighbour Farid Abbasov."
    "The first to go was Ilir Ramadani."  "Aliyev left a year later, in 2015."
    "Первыми уехали братья Магомед и Шамиль Гаджиевы."  "Ильдар уехал первым."
    "Daha iki oğlan - Ramazan Əliyev və Murad Hacıyev getdi."  "İlk gedən Ramil olub."
    "İlk giden Halil Karakuş oldu."  "Kardeşi Hasan da aynı yıl yanına gitti."

Each of them is a journey to the war (`travelled`) of the persons named with the verb:
before it (its subject, with those "with" them after it), or after it where the language
puts the subject there ("уехали братья X и Y", "the first to go was X", "İlk giden X").

Two more ways a journey is told for several people at once, over the rules' journeys:
a count of those just named ("Elçin və Cavid ... İkisi də Suriyaya gedib", "Оба уехали",
"The two went"), each of whom went; and a subject told before its companions ("X, eşi Y
ile birlikte Suriye'ye gitti", "X ... dostu - A və B ilə birlikdə keçib"), where the rules
take the name nearest the verb: the subject went too.

A verb with a destination ("went to Moscow", "уехал в Москву", "Bakıya getdi") is left to
the cues of `data/events.tsv`, which judge the place; so is a verb with an object ("left
his family", "left the group"). A negated verb is no journey. A person the rules already
gave a journey keeps it; an undated one takes the date found here.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from ffdb.extract.context import DocContext, genitive_name
from ffdb.extract.event_dates import event_date
from ffdb.extract.events import Event
from ffdb.extract.scan import Needles, WordsGate, WordStarts, lowered, matches_at
from ffdb.extract.sentences import Sentence

EXTRACTOR: Final = "event_journeys.v1"
CONFIDENCE: Final = 0.7
_WAR_ZONE: Final = frozenset(["SY", "IQ"])

# What may follow a verb of leaving that has no destination and no object: the clause's
# end, a time, a companion, an order ("first"), or (Russian) the inverted subject.
_EN_FREE: Final = (
    r"(?=\s*(?:[,.;:!?)—–]|$|(?:in|on|with|together|first|alone|soon|shortly|later|"
    r"a (?:year|month|week|few)|the (?:same|following|next)|that|when|after|before|"
    r"early|late|some|two|three|four|five|six|months?|years?|weeks?|days?)\b))"
)
_RU_FREE: Final = (
    r"(?=\s*(?:[,.;:!?)—–]|$|(?:перв\w+|вслед|следом|вместе|тоже|также|вдво[её]м|втро[её]м|"
    r"позже|позднее|спустя|через|летом|осенью|зимой|весной|братья|сёстры|сестры|"
    r"в (?:\d|начале|конце|середине|том же|январе|феврале|марте|апреле|мае|июне|июле|"
    r"августе|сентябре|октябре|ноябре|декабре))(?![\w-])|\d|(?-i:[А-ЯЁ])))"
)
# Opening with the class of its branches' first letters (every letter `re` equates with
# them ignoring case), consumed, and the word start checked after it: `re` then skips to
# those letters, where a look-behind first had it try the alternation at every position
# (a third of the time). Each branch checks its first letter again by a look-behind.
_DEPARTURE: Final = re.compile(
    r"[lLdDsS\u017ftTfFnNуУвВ\u1c80пПiIİıbBgGyY](?<![\w-].)(?i:"
    rf"(?P<en>(?<=l)eft|(?<=d)eparted|(?<=s)et off){_EN_FREE}|"
    r"(?P<first>(?:(?<=t)he (?:first|next|last|second|third)|(?<=f)irst|(?<=n)ext|(?<=l)ast|"
    r"(?<=s)econd|(?<=t)hird) (?:one )?to (?:go|leave)(?: was| were)?)|"
    r"(?P<ru>(?<=у)(?:ехал|шёл|шел|шла|шли|ехала|ехали)|(?<=в)(?:ыехал|ыехала|ыехали))"
    rf"{_RU_FREE}|"
    r"(?P<firstx>(?<=i)lk (?:gedən|giden|gedənlər|gidenler)|"
    r"(?<=b)irinci (?:gedən|giden|gedənlər|gidenler)|"
    r"(?<=п)(?:ервым|ервой|ервыми) (?:уехал[аи]?|выехал[аи]?))|"
    r"(?P<tk>(?:(?<=g)(?:ed(?:ib|di|ibmiş|mişdi|mişdir)|etdi|etmişdi|itti|itmiş(?:ti|tir)?)|"
    r"(?<=y)ola (?:düş(?:üb|dü|müşdü|müşdür)|çık(?:tı|mış|mıştı|mıştır)))(?:l[əa]r|ler|lar)?)"
    r")(?![\w-])"
)
_DEPARTURE_WORDS: Final = tuple(
    lowered(w)
    for w in "left departed set off to go to leave уех выех уш ged getdi getmiş "
    "gitti gitmiş yola".split()
)
_may_depart = WordsGate(_DEPARTURE_WORDS)
# What a match of `_DEPARTURE` opens with, lower-cased: every branch's first word, or
# its first letters. `_DEPARTURE` is tried only at the word starts opening with one of
# them, read off the pass `scan` shares (where the text folds): scanned by the regex,
# each of the common letters its class opens with started a try of all its branches.
_DEPARTURE_STARTS: Final = tuple(
    "left|departed|set off|уехал|уш|выехал|ilk |birinci |перв|ged|getdi|getmiş|gitti|gitmiş|"
    "yola ".split("|")
)
_ORDINALS: Final = ("first", "next", "last", "second", "third")
_DEPARTURE_PLACES: Final = WordStarts(
    _DEPARTURE_STARTS + _ORDINALS + tuple("the " + word for word in _ORDINALS)
)


# A word in the dative right before an Azerbaijani or Turkish verb: its destination
# ("Bakıya getdi", "işə getdi", "Suriye'ye gitti"), the cues' to judge; but "to him" and
# "after him" are a journey to someone already there, and a locative ("2014-cü ildə",
# "aynı yılda") no destination.
_DATIVE_BEFORE: Final = re.compile(
    r"(?:(?<![\w'’-])(?:(?:[\w'’-]+(?:n[ıiuü]n|[ıiuü]n)\s+)(?:yanına|ardınca|arxasınca|dalınca)|"
    r"(?!(?:yanına|ardınca|arxasınca|dalınca)[\s,]*$)(?![\w'’-]*\d)"
    r"(?!(?:il|yıl|ay|vaxt|zaman|yaz|qış|kış|payız|bahar|sonbahar)\w*[dt][aeə][\s,]*$)"
    r"(?![\w-]+['’][dt][ae][\s,]*$)"
    r"(?!(?:ilə|ile|birlikte|birlikdə|beraber|bərabər|da|də|de|sonra|ise|isə|yine|yenə|daha|"
    r"hələ|bile|belə|böyle|ancaq|amma|ama|fakat|lakin|və|ve|ya|yaxud|orada|burada|önce|"
    r"əvvəl|tekrar|təkrar|yeniden|yenidən|gizlice|xəlvətcə|hemen|dərhal)[\s,]*$)"
    r"[\w'’-]*[aeə]))[\s,]+$",
    re.I,
)
# The last two words before the cue, as `(?:[\w'’-]+\s+)?[\w'’-]+[\s,]*$` would find
# them, matched on the text reversed: searching with `$` tried every position.
_LAST_WORDS_REVERSED: Final = re.compile(r"[\s,]*[\w'’-]+(?:\s+[\w'’-]+)?")
_NEGATED: Final = re.compile(
    r"(?<![\w-])(?:not|never|didn't|did not|не|ни)\s+(?:\w+\s+){0,2}$", re.I
)
# A possessor or the speaker is no traveller ("Akhmedov's brother left", "his mother
# says he left": the name is the mother's; the pronoun is resolved by the context).
_POSSESSIVE: Final = re.compile(r"['’]s(?!\w)")
_SAYS: Final = re.compile(
    r"(?<![\w-])(?:says?|said|told|recalls?|recalled|сказал\w*|говорит|рассказ\w+|"
    r"deyir|dedi|deyib|deyə|bildirib|bildirdi|söyl\w+|anlat\w+|dedi\w*)(?![\w-])",
    re.I,
)
_NEGATED_NEEDLES: Final = Needles(_NEGATED)
_SAYS_NEEDLES: Final = Needles(_SAYS)
# A companion after the verb ("left in 2014 with his neighbour X", "вместе с X")
_WITH: Final = re.compile(
    r"(?<![\w-])(?:with|together with|along with|вместе с|с|ilə|ile|birlikdə|birlikte)"
    r"(?![\w-])",
    re.I,
)


def journey_events(ctx: DocContext, events: list[Event]) -> list[Event]:
    """The journeys told with no destination (see the module's docstring): new events,
    and a date for an undated journey the rules found."""
    travelled = {e.person: e for e in events if e.status == "travelled"}
    out = _departures(ctx, travelled) if _may_depart(ctx.text) and _tells_war(ctx) else []
    out += _counted_journeys(ctx, events + out, travelled)
    out += _leaders(ctx, events + out, travelled)
    return out


def _departures(ctx: DocContext, travelled: dict[int, Event]) -> list[Event]:
    text, low = ctx.text, ctx.folded()
    out: list[Event] = []
    for match in _departure_matches(text):
        start, end = match.span()
        sentence = ctx.index.at(start)
        if sentence is None:
            continue
        clause = ctx.clause_at(sentence, start)
        # (each regex, tried at every position, only where the stretch holds its words)
        if (
            _NEGATED_NEEDLES.may_match(low, clause[0], start)
            and _NEGATED.search(text, clause[0], start)
        ) or (
            _SAYS_NEEDLES.may_match(low, sentence.start, start)
            and _SAYS.search(text, sentence.start, start)
        ):
            continue
        kind = match.lastgroup or ""
        if kind == "tk":
            word = _LAST_WORDS_REVERSED.match(text[clause[0] : start][::-1])
            if word is not None and _DATIVE_BEFORE.search(word.group()[::-1]):
                continue
        persons = _travellers(ctx, clause, start, end, kind)
        for person in persons:
            dated = event_date(ctx, sentence, clause, match, person, "travelled", "any")
            known = travelled.get(person)
            if known is not None:
                if known.date is None and dated is not None and dated[1] != "dateline":
                    known.date, known.date_qualifier = dated[0].value, dated[0].qualifier
                    known.date_source = dated[1]
                    known.extra["date_text"] = dated[0].text
                continue
            event = Event(person, "travelled", sentence.start, sentence.end, start, end)
            event.confidence = CONFIDENCE
            event.extra["extractor"] = EXTRACTOR
            if dated is not None and dated[0].end_value is None:
                event.date, event.date_qualifier = dated[0].value, dated[0].qualifier
                event.date_source = dated[1]
                event.extra["date_text"] = dated[0].text
            travelled[person] = event
            out.append(event)
    return out


def _departure_matches(text: str) -> list[re.Match[str]]:
    """The matches `_DEPARTURE.finditer(text)` gives, tried at the word starts that may
    open one (`_DEPARTURE_STARTS`)."""
    places = _DEPARTURE_PLACES.places(text)
    if places is None:
        return list(_DEPARTURE.finditer(text))
    return list(matches_at(_DEPARTURE, places, text))


# A companion told before the verb, the subject before it: "X, eşi Y ve çocuklarıyla
# birlikte Suriye'ye gitti", "X iki dostu - A və B ilə birlikdə Suriyaya keçib". The rules
# take the name nearest the verb, the companion; the subject went too.
_TOGETHER: Final = re.compile(
    r"(?<![\w-])(?:birlikte|beraber|birlikdə|bərabər|together|вместе)(?![\w-])", re.I
)
_TOGETHER_NEEDLES: Final = Needles(_TOGETHER)


def _journeys(ctx: DocContext, events: list[Event]) -> list[tuple[Event, Sentence]]:
    """The rules' journeys, each with its sentence."""
    out = []
    for event in events:
        if event.status == "travelled" and (sentence := ctx.index.at(event.cue_start)) is not None:
            out.append((event, sentence))
    return out


def _leaders(ctx: DocContext, events: list[Event], travelled: dict[int, Event]) -> list[Event]:
    out: list[Event] = []
    text, low = ctx.text, ctx.folded()
    for event, sentence in _journeys(ctx, events):
        if not _TOGETHER_NEEDLES.may_match(low, sentence.start, event.cue_start):
            continue  # (most sentences hold none of its words)
        together = _TOGETHER.search(text, sentence.start, event.cue_start)
        if together is None:
            continue
        agents = [
            a
            for a in ctx.agents_in(sentence.start, together.start())
            if not _POSSESSIVE.match(text, a[1]) and not genitive_name(text, a[0], a[1])
        ]
        if len(agents) < 2 or agents[0][2] == event.person:
            continue
        if event.person not in [a[2] for a in agents[1:]]:
            continue
        # the subject stands first, set off by a comma or the date ("X, eşi Y ...",
        # "X 2013-cü ildə dostu Y ilə ...")
        gap = text[agents[0][1] : agents[1][0]]
        if not _SUBJECT_GAP.match(gap) or _SAYS.search(gap):
            continue
        person = agents[0][2]
        if person in travelled:
            continue
        more = Event(person, "travelled", event.start, event.end, event.cue_start, event.cue_end)
        more.date, more.date_qualifier = event.date, event.date_qualifier
        more.date_source, more.confidence = event.date_source, CONFIDENCE
        more.extra = {"extractor": EXTRACTOR, "date_text": event.extra.get("date_text")}
        travelled[person] = more
        out.append(more)
    return out


# Between the subject and its companion: a comma, a date or a kin word and such, no verb
# ending a clause, no "and" (a list of subjects is the rules' own)
_SUBJECT_GAP: Final = re.compile(r"^[^;:.!?]{0,80}$")


# A count of those just named before a journey's verb ("The two brothers went", "İkisi də
# Suriyaya gedib", "hər üçü", "Оба уехали", "все трое", "İkisi de gitti"): how many.
_COUNTED: Final = re.compile(
    r"(?<![\w-])(?:(?P<two>both|the two|оба|обе|двое|вдвоём|вдвоем|(?:hər |her )?ikisi(?: d[əe])?)|"
    r"(?P<three>all three|the three|трое|втроём|втроем|все трое|(?:hər |her )?üçü(?: d[əe])?))"
    r"(?![\w-])",
    re.I,
)
_COUNTED_NEEDLES: Final = Needles(_COUNTED)


def _counted_journeys(
    ctx: DocContext, events: list[Event], travelled: dict[int, Event]
) -> list[Event]:
    """The others of a count that travelled ("Elçin və Cavid ... İkisi də Suriyaya
    gedib"): the persons last named before it, one journey for each, of the same date."""
    out: list[Event] = []
    text, low = ctx.text, ctx.folded()
    for event, sentence in _journeys(ctx, events):
        clause = ctx.clause_at(sentence, event.cue_start)
        if not _COUNTED_NEEDLES.may_match(low, clause[0], event.cue_start):
            continue  # (most clauses hold none of its words)
        count = _COUNTED.search(text, clause[0], event.cue_start)
        if count is None:
            continue
        want = 2 if count.group("two") else 3
        back = ctx.sentences[max(0, sentence.index - 1)].start
        named: list[int] = []
        for agent in reversed(ctx.agents_in(back, count.start())):
            if agent[2] not in named:
                named.append(agent[2])
        if event.person not in named[:want] or len(named) < want:
            continue
        for person in named[:want]:
            if person in travelled:
                continue
            more = Event(
                person, "travelled", event.start, event.end, event.cue_start, event.cue_end
            )
            more.date, more.date_qualifier = event.date, event.date_qualifier
            more.date_source, more.confidence = event.date_source, CONFIDENCE
            more.extra = {"extractor": EXTRACTOR, "date_text": event.extra.get("date_text")}
            travelled[person] = more
            out.append(more)
    return out


def _tells_war(ctx: DocContext) -> bool:
    return any(p.place is not None and p.place.country in _WAR_ZONE for p in ctx.places)


def _travellers(
    ctx: DocContext,
    clause: tuple[int, int],
    start: int,
    end: int,
    kind: str,
) -> list[int]:
    text = ctx.text
    before = [
        a
        for a in ctx.agents_in(clause[0], start)
        if not _POSSESSIVE.match(text, a[1]) and not genitive_name(text, a[0], a[1])
    ]
    after = ctx.agents_in(end, clause[1])
    if kind in ("first", "firstx"):  # "the first to go was X", "İlk giden, ... X oldu"
        ahead = ctx.agents_in(end, (ctx.index.at(start) or ctx.sentences[0]).end)
        chain = ahead[:1]
        for agent in ahead[1:]:  # "Первыми уехали братья X и Y"
            if not _joined(text, [chain[-1], agent]):
                break
            chain.append(agent)
        found = [a[2] for a in chain]
    elif kind == "ru" and not before:  # "уехали братья X и Y"
        found = [a[2] for a in after]
    else:
        found = [a[2] for a in before]
        if not found:
            found = ctx.subjects_before(ctx.index.at(start) or ctx.sentences[0], start)
        if found:  # the companions: "with his neighbour X"
            found += [
                a[2]
                for a in after
                if _WITH.search(text, end, a[0]) and not genitive_name(text, a[0], a[1])
            ]
    if kind == "tk" and len(found) > 1 and ctx.language in ("az", "tr"):
        # the subject stands nearest the verb; a name earlier in the clause may be an
        # object or a possessor ("X'in oğlu Y gitti"): all only when joined as a list
        found = found if _joined(text, before) else found[-1:]
    return list(dict.fromkeys(found))


_JOIN: Final = re.compile(r"^[\s,]*(?:(?:və|ve|ilə|ile|и|and|,)\s*)?$", re.I)


def _joined(text: str, agents: list[tuple[int, int, int]]) -> bool:
    return all(_JOIN.match(text[a[1] : b[0]]) is not None for a, b in pairwise(agents))
