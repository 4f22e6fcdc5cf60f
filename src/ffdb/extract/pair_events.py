"""Candidates of status events for the learned additions (see `learn.py`).

The rules give a cue's status to the persons its grammar points at; on fresh text they
miss about a third of the events, most of them with a cue of the status in the person's
own sentence or the one next to it: a subject dropped in Azerbaijani and Turkish, a list
the rules read as one person, a pronoun left unresolved, "Three men were detained. They
are A, B and C". So every cue the rules read (`ctx.cue_hits`, also those they gave
nobody) × every person named or referred to in the cue's sentence, the three before it
or the one after it, unless the rules already gave that person the status, is a candidate;
one per person and status, described by its nearest cue.

The model reads where the person stands from the cue (same clause, before or after it,
how many others between, whether another person is nearer, the subject of the sentence,
the last person named before a sentence that names nobody), whether the rules gave the
cue to someone else and the person is listed with them, a negation or a speech verb
before the cue, the cue's status and mode, how many cues of the status come near the
person, and who the person is (the group model's reading: an office, a kin word, a
speaker, events and a group of their own), and what the structure around says
(`pair_events_structure`: a count the sentence's names do not fill, a cue in the
person's own clause, a person set against another, entries of a list).

An accepted event is dated as the rules date one from its cue (`event_dates`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_dates import event_date
from ffdb.extract.event_people import OTHERS_COUNTED, OTHERS_WORDS, may_hold_any
from ffdb.extract.events import Event, set_date, statuses_by_person
from ffdb.extract.fact_people import Fact
from ffdb.extract.learn import Candidate, bucket
from ffdb.extract.pair_events_structure import (
    contrast_features,
    count_features,
    cue_starts,
    entry_features,
    own_cue_features,
)
from ffdb.extract.pair_groups import person_features
from ffdb.extract.pair_groups_features import classes_in
from ffdb.extract.tokens import fold

EXTRACTOR: Final = "event_pair_model.v1"
# sentence offsets from the cue's to the person's, nearest first: the same sentence, the
# one before ("X went to Syria. Killed in 2015."), after ("Three were detained. They are
# A, B and C"), two and three before
_OFFSETS: Final = (0, -1, 1, -2, -3)
# nothing but a comma or "and" between two names: listed together
_LISTED: Final = re.compile(r"\s*(?:,|and|və|и|ve|ile|с|ва)?\s*(?:(?:and|və|и|ve)\s+)?$", re.I)

# a case ending after an apostrophe: "Kara'nın", "Çelik'in"
_APOSTROPHE: Final = re.compile(r"['’]([^\W\d_]{1,5})")

_PLURAL_CUE: Final = re.compile(r"(?:l[aəe]r|ли|ны|лись)$", re.I)
_PLURAL_BEFORE: Final = re.compile(r"(?<![\w-])(?:were|they|они|были)\s+(?:\w+\s+)?$", re.I)

Agent = tuple[int, int, int]  # start, end, person


def generate(ctx: DocContext, facts: Sequence[Fact], events: Sequence[Event]) -> list[Candidate]:
    if not ctx.cue_hits or not ctx.names:
        return []
    have = {(e.person, e.status) for e in events}
    takers: dict[int, set[int]] = {}  # a cue's start → the persons the rules gave it
    for event in events:
        takers.setdefault(event.cue_start, set()).add(event.person)
    persons = person_features(ctx, facts, events)
    by_sentence: dict[int, list[Agent]] = {}
    for agent in ctx.agents_in(0, len(ctx.text)):
        sentence = ctx.index.at(agent[0])
        if sentence is not None and agent[2] in persons:
            by_sentence.setdefault(sentence.index, []).append(agent)
    # (person, status) → (rank, hit, sentence offset, the person's agent), and how many
    # cues of the status come near the person
    best: dict[tuple[int, str], tuple[tuple[int, int], int, int, Agent]] = {}
    support: dict[tuple[int, str], int] = {}
    for k, (match, status, _mode) in enumerate(ctx.cue_hits):
        sentence = ctx.index.at(match.start())
        if sentence is None or status == "acquitted":
            continue  # (an acquittal is no status: the rules read it only to tell who)
        start = match.start()
        clause = ctx.clause_at(sentence, start)
        # (the regex, tried at every position, only where the clause holds its words)
        if may_hold_any(ctx, OTHERS_WORDS, clause[0], start) and OTHERS_COUNTED.search(
            ctx.text, clause[0], start
        ):
            continue  # "A and B were detained, the rest released": none of those named
        if _others_subject(ctx, sentence.start, start):
            continue  # "The other two migrants, Syrian civilians, were released"
        seen: set[int] = set()
        for offset in _OFFSETS:
            for agent in by_sentence.get(sentence.index + offset, ()):
                person = agent[2]
                if (person, status) in have:
                    continue
                gap = min(abs(agent[0] - match.end()), abs(match.start() - agent[1]))
                rank = (2 * abs(offset) + (offset > 0), gap)
                key = (person, status)
                if person not in seen:
                    seen.add(person)
                    support[key] = support.get(key, 0) + 1
                if key not in best or rank < best[key][0]:
                    best[key] = (rank, k, offset, agent)
    statuses = statuses_by_person(events)
    openers = _openers(by_sentence, ctx)
    starts = cue_starts(ctx)
    out = []
    for (person, status), (_rank, k, offset, agent) in best.items():
        features = _features(ctx, k, offset, agent, by_sentence, takers, openers, starts)
        if "count_over_same" in features:
            continue  # a count its sentence's names do not fill: which are counted is untold
        features.update(persons[person])
        features.update({"has_" + s: 1.0 for s in statuses.get(person, ())})
        features.update(bucket(min(support[person, status], 3), (1, 2, 3), "support_"))
        features[f"lang_{ctx.language or 'xx'}"] = 1.0
        features["st_" + status] = 1.0
        for near in ("o_same", "o_before", "o_after"):
            if near in features:
                features[f"{status}_{near}"] = 1.0
        match = ctx.cue_hits[k][0]
        sentence = ctx.index.at(match.start())
        span = (sentence.start, sentence.end) if sentence else match.span()
        out.append(Candidate("events", person, status, features, span, {"hit": k}))
    return out


def _features(
    ctx: DocContext,
    k: int,
    offset: int,
    agent: Agent,
    by_sentence: dict[int, list[Agent]],
    takers: dict[int, set[int]],
    openers: dict[int, Agent],
    starts: list[int],
) -> dict[str, float]:
    """Where the person stands from the cue, and what the rules made of the cue."""
    match, _status, mode = ctx.cue_hits[k]
    start, end = match.span()
    sentence = ctx.index.at(start)
    assert sentence is not None
    person = agent[2]
    here = by_sentence.get(sentence.index, [])
    others = [a for a in here if a[2] != person]
    features: dict[str, float] = {"mode_" + mode: 1.0, "cw_" + _first_word(match.group()): 1.0}
    if k in ctx.refused_cues:
        features["cue_refused"] = 1.0
    taken = takers.get(start, set()) - {person}
    if taken:
        features["hit_taken"] = 1.0
        if any(_listed(ctx, agent, a) for a in here if a[2] in taken):
            features["listed_with_taker"] = 1.0
    elif person not in takers.get(start, ()):
        features["hit_free"] = 1.0  # the rules gave the cue to nobody
    # whether the person is the last one named before the cue (read from the end: the
    # agents of a long text before it are many)
    last = False
    for a in reversed(ctx.agents_in(max(0, sentence.start - 3000), start)):
        if a[1] <= start:
            last = a[2] == person
            break
    if last:
        features["last_before"] = 1.0
    if not here:
        features["orphan"] = 1.0  # the cue's sentence names nobody
        if last:
            features["heir"] = 1.0
    features["sfx_" + _suffix(ctx, agent)] = 1.0
    plural = _PLURAL_CUE.search(match.group()) or _PLURAL_BEFORE.search(
        ctx.text, max(sentence.start, start - 12), start
    )
    if plural:
        features["cue_plural"] = 1.0  # "saxlanılıblar", "были задержаны", "they were"
        if person in ctx.listed_before(start):
            features["plural_listed"] = 1.0  # of the last list named before the cue
    opener = openers.get(sentence.paragraph)
    if opener is not None and opener[2] == person and opener[0] < start:
        features["para_topic"] = 1.0  # named first in the cue's paragraph
    if _quoted(ctx.text, sentence.start, start) and not _quoted(ctx.text, sentence.start, agent[0]):
        features["cue_quoted"] = 1.0  # "He went as a boy," Berisha said
    features.update(bucket(min(len({a[2] for a in others}), 3), (0, 1, 2, 3), "others_"))
    near = classes_in(ctx.low, max(sentence.start, start - 40), start)
    for name in ("negation", "speech", "office"):
        if name in near:
            features["cue_" + name] = 1.0
    if offset == 0:
        features["o_same"] = 1.0
        clause = ctx.clause_at(sentence, start)
        if clause[0] <= agent[0] < clause[1]:
            features["same_clause"] = 1.0
        first = agent[0] < start
        features["o_before" if first else "o_after"] = 1.0
        lo, hi = (agent[1], start) if first else (end, agent[0])
        between = {a[2] for a in ctx.agents_in(lo, hi)} - {person}
        features.update(bucket(min(len(between), 2), (0, 1, 2), "between_"))
        gap = hi - lo
        features.update(bucket(gap, (0, 20, 60, 150), "gap_"))
        if any(min(abs(a[0] - end), abs(start - a[1])) < abs(gap) for a in others):
            features["other_nearer"] = 1.0
        features["subject"] = float(here[0][2] == person)
        words = classes_in(ctx.low, lo, hi)
        for name in ("speech", "office", "kin", "negation"):
            if name in words:
                features["w_" + name] = 1.0
    else:
        features["o_" + ("m" if offset < 0 else "p") + str(abs(offset))] = 1.0
        features["named_in_cue_sentence"] = float(bool(here))
    own = ctx.index.at(agent[0])
    if own is not None and own.paragraph != sentence.paragraph:
        features["other_paragraph"] = 1.0
    named = len({a[2] for a in here})
    features.update(count_features(ctx, sentence, start, end, named, offset == 0))
    same_clause = "same_clause" in features
    features.update(own_cue_features(ctx, starts, sentence, start, agent[0], same_clause))
    features.update(entry_features(ctx, starts, start, agent[0]))
    if offset == 0:
        features.update(contrast_features(ctx, agent[0], agent[1]))
    return features


def _openers(by_sentence: dict[int, list[Agent]], ctx: DocContext) -> dict[int, Agent]:
    """The first person each paragraph names (where and who)."""
    out: dict[int, Agent] = {}
    for index in sorted(by_sentence):
        out.setdefault(ctx.sentences[index].paragraph, by_sentence[index][0])
    return out


def _first_word(cue: str) -> str:
    words = cue.split(maxsplit=1)
    return fold(words[0]) if words else ""


def _suffix(ctx: DocContext, agent: Agent) -> str:
    """The ending the name takes here past its nominative ("Hüseynlinin", "Kara'nın",
    "Исмаиловым"): the case, which tells a subject from an owner or an object; "pron"
    for a pronoun, "" for the nominative."""
    names = ctx.names_in(agent[0], agent[1])
    if not names or not names[0].words:
        return "pron"
    name = names[0]
    written = name.text.split()[-1] if name.text.split() else ""
    nominative = name.words[-1]
    i = 0
    while i < min(len(written), len(nominative)) and written[i].lower() == nominative[i].lower():
        i += 1
    ending = written[i:].lower()
    after = _APOSTROPHE.match(ctx.text, name.end)
    if after:
        ending += after.group(1).lower()
    return ending[-4:]


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether `pos` is inside a quotation opened after `start`."""
    part = text[start:pos]
    opened = part.count("«") - part.count("»") + part.count("“") - part.count("”")
    return opened > 0 or part.count('"') % 2 == 1


def _listed(ctx: DocContext, one: Agent, other: Agent) -> bool:
    """Whether only a comma or "and" stands between the two mentions."""
    lo, hi = (one[1], other[0]) if one[0] < other[0] else (other[1], one[0])
    return 0 <= hi - lo <= 6 and _LISTED.fullmatch(ctx.text, lo, hi) is not None


def accept(ctx: DocContext, candidate: Candidate, chance: float) -> Fact | Event | None:
    match, status, mode = ctx.cue_hits[candidate.extra["hit"]]
    start, end = match.span()
    sentence = ctx.index.at(start)
    if sentence is None:
        return None
    event = Event(candidate.person, status, sentence.start, sentence.end, start, end)
    event.confidence = chance
    event.extra["extractor"] = EXTRACTOR
    dated = event_date(
        ctx, sentence, ctx.clause_at(sentence, start), match, candidate.person, status, mode
    )
    if dated is not None:
        set_date(event, *dated)
    return event


def _others_subject(ctx: DocContext, start: int, cue: int) -> bool:
    """Whether "the other two", "the rest" is the subject of the cue's sentence, with no
    name between it and the cue (a clause split at an apposition's comma hides it)."""
    if not may_hold_any(ctx, OTHERS_WORDS, start, cue):
        return False
    found = OTHERS_COUNTED.search(ctx.text, start, cue)
    return found is not None and not ctx.agents_in(found.end(), cue)
