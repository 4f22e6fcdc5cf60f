"""Candidates of hometowns for the learned additions (see `learn.py`).

Every person the rules gave no hometown × every place of the region (the gazetteer's
towns, villages, districts and provinces; not a country, not the war zone) named in a
sentence that names the person, or in the sentence before or after one. The model reads
how near the two come (same clause, same sentence, the next one; the words and the
persons between), how the place is written (its case ending or preposition: "Qusardan",
"из Кусаров", "in Qusar", "в Дербенте"; a settlement's noun and its case: "Ereğli
ilçesinden"; the gazetteer's kind; a person's noun beside it: "the man from Vahdat",
"the Antwerp-born man"), the words around it (a home, a family, leaving; a journey
to, an arrest, a court, an institution it names), how much of the document is about
the place (its share of the place mentions, whether the rules gave it to others as
their home) and who the person is (the sentence's subject, a kin word, an office,
events of their own).

Not proposed: what the rules' conventions say is no home (the place of an event the
rules found there, the start of a return, a journey's end, the home of many, a place
inside a longer name, a stopword the gazetteer holds). Only persons without a rule
hometown get candidates: the rules' hometown always stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.events import Event
from ffdb.extract.fact_people import Fact
from ffdb.extract.geo import PlaceMention
from ffdb.extract.hometown_corrections import drop_retracted
from ffdb.extract.hometown_facts import place_fact
from ffdb.extract.hometown_forms import oblique_places
from ffdb.extract.learn import Candidate
from ffdb.extract.lexicon import nationalities, stopwords
from ffdb.extract.pair_hometowns_features import (
    BURIAL,
    HOME,
    HOME_AFTER,
    KIN,
    LEAVE,
    LEGAL,
    OFFICE,
    TRAVEL,
    apposition,
    capitals_beside,
    entry_ends,
    has,
    has_word,
    home_after,
    institution_after,
    journey_features,
    kind_features,
    name_follows,
    nearest_features,
    noun_case,
    people_after,
    person_noun,
    preposition_class,
    speaks,
    suffix_class,
    words_between,
)
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold

EXTRACTOR: Final = "hometown_pair_model.v1"
# Where the fighters went, not where they came from.
_WAR_ZONE: Final = frozenset(["SY", "IQ"])
_PAREN: Final = re.compile(r"\s*\(\s*(?:\d{1,2}\s*,\s*)?$")
_COMMA: Final = re.compile(r"\s*,\s*(?:\d{1,2}\s*,\s*)?$")
_LIST_GAP: Final = re.compile(r"\s*(?:,|and|və|ve|и)\s*$")


@dataclass(slots=True)
class _Person:
    agents: list[tuple[int, int, bool]] = field(default_factory=list)  # start, end, named
    features: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class _Pair:
    """The nearest meeting of a person's mention and a place's."""

    rank: tuple[int, int]  # sentences apart, words apart
    place: PlaceMention
    sentence: Sentence
    agent: tuple[int, int, bool]
    agent_sentence: Sentence


def generate(ctx: DocContext, facts: Sequence[Fact], events: Sequence[Event]) -> list[Candidate]:
    if not ctx.places or not ctx.names:
        return []
    ruled_persons = {f.person for f in facts if f.prop == "hometown"}
    ruled_places = {_fact_key(f) for f in facts if f.prop == "hometown" and f.person >= 0}
    # the persons first: most documents leave none without a hometown, and they cost
    # less than the places
    persons = _persons(ctx, events, ruled_persons)
    if not persons:
        return []
    places = _eligible(ctx)
    if not places:
        return []
    counts: dict[str, int] = {}
    for place in places:
        counts[_key(place)] = counts.get(_key(place), 0) + 1
    pairs = _pairs(ctx, places, persons)
    doc = {
        f"lang_{ctx.language or 'xx'}": 1.0,
        "any_rule_home": float(bool(ruled_places)),
    }
    event_places = _event_places(events)
    most = max(counts.values())
    values: dict[int, str] = {}
    out = []
    for (person, key), pair in pairs.items():
        place = pair.place
        if place.start not in values:
            values[place.start] = place_fact(ctx, -1, place, pair.sentence, place.start, 0).value
        features = dict(doc)
        features.update(persons[person].features)
        features.update(_pair_features(ctx, person, pair, event_places))
        if not _plausible(features):
            continue
        _add_origin(features)
        features["place_top"] = float(counts[key] == most)
        features["place_share"] = counts[key] / len(places)
        features["place_ruled_others"] = float(key in ruled_places)
        features["place_headline"] = float(_in_headline(ctx, places, key))
        out.append(
            Candidate(
                "hometowns",
                person,
                values[place.start],
                features,
                (pair.sentence.start, pair.sentence.end),
                {"place": place.start},
            )
        )
    return out


def accept(ctx: DocContext, candidate: Candidate, chance: float) -> Fact | Event | None:
    start = candidate.extra["place"]
    place = next((p for p in _eligible(ctx) if p.start == start), None)
    sentence = ctx.index.at(start)
    if place is None or sentence is None:
        return None
    fact = place_fact(ctx, candidate.person, place, sentence, place.start, chance)
    fact.extractor = EXTRACTOR
    # a place the text takes back is no one's hometown, the model's no more than the rules'
    return fact if drop_retracted(ctx, [fact]) else None


# What no hometown is said with: the place of the rules' event in the sentence, a place
# that opens an institution's name or ends one ("Rusya Federasyonu"), a journey's end, a
# place in the war zone's country ("Suriyanın Dəbiq şəhəri").
_BLOCKING: Final = (
    "event_place",
    "w_institution",
    "prep_to",
    "case_dat",
    "cap_before",
    "war_zone_part",
    "return_from",
    "motion_from",
    "legal_at",
    "about_many",
    "agent_speaks",
)


def _plausible(features: dict[str, float]) -> bool:
    """Whether a pair is worth the model's reading: the place said of nobody in its own
    sentence, or of a relative of the person (a shared surname), when they are in
    sentences apart; nobody else between them in one sentence."""
    if any(features.get(name) for name in _BLOCKING):
        return False
    if (features.get("name_follows") and features.get("b_home")) or (
        features.get("person_before") and features.get("place_before_bare")
    ):
        # the home said before the next name is that name's ("Kurakh kəndindən olan
        # xalası oğlu Elvin"); "Korkmaz, Bakü Gürün": two towns the rules did not join
        return False
    if features.get("d_prev"):
        return bool(features.get("place_alone"))
    if features.get("d_next"):
        # a relative's home said right after ("...his sister lives in Balakən")
        return bool(features.get("place_alone") or features.get("relative_here"))
    # a relative between them ("Gəncə sakini Sevinc Kərimova ... oğlu Emin") shares the home
    return not (features.get("between_2") or features.get("between_1")) or bool(
        features.get("relative_here") and features.get("p_kin")
    )


# How an origin is written: "Qusardan", "Qusarlı", "from Qusar", "Qusar residents", a
# home's or a leaving's word between the person and the place.
_ORIGIN: Final = (
    "case_abl",
    "case_demonym",
    "prep_from",
    "b_home",
    "home_beside",
    "w_people_after",
    "w_leave",
    "gap_apposition",
    "noun_abl",
)


def _add_origin(features: dict[str, float]) -> None:
    """The origin's form, alone and where the person is the one nearest the place in
    its sentence: one feature where the few examples would spread over six."""
    origin = any(features.get(name) for name in _ORIGIN)
    near = (features.get("d_clause") or features.get("d_sentence")) and (
        features.get("nearest") or features.get("last_before")
    )
    features["origin"] = float(origin)
    features["origin_near"] = float(bool(origin and near))
    # a home's word near the place is read only through the origin: the rules took
    # most places said so, and what they left would teach the word a weight against
    features.pop("home_beside", None)
    features.pop("w_home", None)


def _eligible(ctx: DocContext) -> list[PlaceMention]:
    """The places that may be a home: no country, nothing in the war zone, no common
    word the gazetteer happens to hold ("При", "Bundan": written in lower case
    elsewhere in the text)."""
    places = ctx.places + oblique_places(ctx)
    out = []
    common: dict[str, bool] = {}
    # a given name the gazetteer also holds ("Anar", "Nur"): the document's names say
    # so; a nationality's word ("Alman doğumlu", "Boşnak"): a people, not a town
    named = {fold(w) for n in ctx.names for w in ctx.text[n.start : n.end].split()}
    peoples = nationalities()
    for place in places:
        found = place.place
        if found is not None and (found.precision == "country" or found.country in _WAR_ZONE):
            continue
        word = place.text.split()[0].strip("\"'«»“”()") if place.text.split() else place.text
        if word not in common:
            lower = word.lower()
            common[word] = word != lower and has_word(ctx.text, lower)
        if common[word] or fold(word) in stopwords():
            continue
        folded = fold(place.name)
        if folded not in named and folded not in peoples:
            out.append(place)
    return sorted(out, key=lambda p: p.start)


def _key(place: PlaceMention) -> str:
    return place.place.id if place.place is not None else fold(place.name)


def _fact_key(fact: Fact) -> str:
    found = fact.extra.get("place")
    if isinstance(found, dict) and found.get("id"):
        return str(found["id"])
    return fold(str(fact.extra.get("as_written") or fact.value))


def _bucket(value: int, edges: tuple[int, ...], prefix: str) -> dict[str, float]:
    """One-hot of the bucket `value` falls in: `edges` are the buckets' lower bounds."""
    name = edges[0]
    for edge in edges:
        if value >= edge:
            name = edge
    return {f"{prefix}{name}": 1.0}


def _persons(ctx: DocContext, events: Sequence[Event], ruled: set[int]) -> dict[int, _Person]:
    out: dict[int, _Person] = {}
    named = {(n.start, n.person) for n in ctx.names}
    for start, end, person in ctx.agents_in(0, len(ctx.text)):
        if person not in ruled and person >= 0:
            mine = out.setdefault(person, _Person())
            mine.agents.append((start, end, (start, person) in named))
    text = ctx.text
    for name in ctx.names:
        info = out.get(name.person) if name.person is not None else None
        if info is None:
            continue
        sentence = ctx.index.at(name.start)
        if sentence is None:
            continue
        lo = max(sentence.start, name.start - 30)
        hi = min(sentence.end, name.end + 30)
        if has(KIN, text, lo, name.start) or has(KIN, text, name.end, hi):
            info.features["p_kin"] = 1.0
        if has(OFFICE, text, lo, name.start) or has(OFFICE, text, name.end, hi):
            info.features["p_office"] = 1.0
    with_events = {e.person for e in events}
    out = {p: info for p, info in out.items() if any(a[2] for a in info.agents)}
    most = max((len(i.agents) for i in out.values()), default=0)
    for person, info in out.items():
        info.features["p_events"] = float(person in with_events)
        info.features["p_top"] = float(len(info.agents) == most)
    return out


def _pairs(
    ctx: DocContext, places: list[PlaceMention], persons: dict[int, _Person]
) -> dict[tuple[int, str], _Pair]:
    """Per person and place, the nearest meeting of their mentions (the same sentence,
    or the one before or after)."""
    out: dict[tuple[int, str], _Pair] = {}
    sentences = ctx.sentences
    for place in places:
        sentence = ctx.index.at(place.start)
        if sentence is None:
            continue
        first = sentences[max(0, sentence.index - 1)]
        last = sentences[min(len(sentences) - 1, sentence.index + 1)]
        key = _key(place)
        for start, end, person in ctx.agents_in(first.start, last.end):
            info = persons.get(person)
            if info is None:
                continue
            here = ctx.index.at(start)
            if here is None:
                continue
            apart = abs(here.index - sentence.index)
            if apart == 0:
                words = words_between(ctx.text, end, place.start) or words_between(
                    ctx.text, place.end, start
                )
            else:
                words = 99
            named = any(a[0] == start for a in info.agents if a[2])
            pair = _Pair((apart, words), place, sentence, (start, end, named), here)
            held = out.get((person, key))
            if held is None or pair.rank < held.rank:
                out[(person, key)] = pair
    return out


def _event_places(events: Sequence[Event]) -> dict[int, set[str]]:
    """The places of the rules' events, by the start of their sentence."""
    out: dict[int, set[str]] = {}
    for event in events:
        if event.place:
            out.setdefault(event.start, set()).add(fold(event.place))
    return out


def _in_headline(ctx: DocContext, places: list[PlaceMention], key: str) -> bool:
    first = ctx.sentences[0] if ctx.sentences else None
    return first is not None and any(p.start < first.end and _key(p) == key for p in places[:4])


def _pair_features(
    ctx: DocContext, person: int, pair: _Pair, event_places: dict[int, set[str]]
) -> dict[str, float]:
    text = ctx.text
    place, sentence = pair.place, pair.sentence
    apart = pair.rank[0]
    start, end, named = pair.agent
    out: dict[str, float] = {"named": float(named)}
    if apart == 0:
        clause = ctx.clause_at(sentence, place.start)
        out["d_clause" if clause[0] <= start < clause[1] else "d_sentence"] = 1.0
        before = start < place.start
        # the case or preposition by the side the person stands on was dropped: a dozen
        # sparse features that the few positives spread over (left out: 0.852 -> 0.856)
        out["person_before"] = float(before)
        lo, hi = (end, place.start) if before else (place.end, start)
        between = {a[2] for a in ctx.agents_in(lo, hi)} - {person}
        out.update(_bucket(min(len(between), 2), (0, 1, 2), "between_"))
        gap = text[lo:hi]
        if not gap.strip():
            out["gap_none"] = 1.0
        elif before and _PAREN.fullmatch(gap):
            out["gap_paren"] = 1.0
        elif before and _COMMA.fullmatch(gap):
            out["gap_comma"] = 1.0
        if (before or not named) and name_follows(ctx, person, place, sentence):
            out["name_follows"] = 1.0  # "Kurakh kəndindən olan xalası oğlu Elvin"
        if before and apposition(gap) and entry_ends(ctx, lo, place, sentence):
            out["gap_apposition"] = 1.0  # "Quliyev Orxan (Əbu Əhməd), 30 yaş, Gəncə"
        for name, regex in (("b_home", HOME), ("b_travel", TRAVEL), ("b_legal", LEGAL)):
            if has(regex, text, lo, hi):
                out[name] = 1.0
    else:
        out["d_prev" if pair.agent_sentence.index < sentence.index else "d_next"] = 1.0
    if speaks(text, start, end):
        out["agent_speaks"] = 1.0  # "his mother says", "deyir qardaşı": a source, not the man
    first = ctx.agents_in(pair.agent_sentence.start, pair.agent_sentence.end)
    out["subject"] = float(bool(first) and first[0][2] == person)
    out.update(nearest_features(ctx, person, place, sentence))
    out.update(_place_features(ctx, place, sentence, event_places))
    return out


def _place_features(
    ctx: DocContext, place: PlaceMention, sentence: Sentence, event_places: dict[int, set[str]]
) -> dict[str, float]:
    text = ctx.text
    case = suffix_class(place, ctx.language)
    out = {f"case_{case}": 1.0}
    preposition = preposition_class(text, place, sentence.start)
    if preposition is not None:
        out[f"prep_{preposition}"] = 1.0
    out.update(kind_features(place, text, sentence.start))
    lo, hi = max(sentence.start, place.start - 50), min(sentence.end, place.end + 40)
    for name, regex in (
        ("w_home", HOME),
        ("w_leave", LEAVE),
        ("w_travel", TRAVEL),
        ("w_legal", LEGAL),
        ("w_burial", BURIAL),
    ):
        if has(regex, text, lo, hi):
            out[name] = 1.0
    if has(HOME, text, max(sentence.start, place.start - 25), place.start) or HOME_AFTER.match(
        text, place.end, sentence.end
    ):
        out["home_beside"] = 1.0  # "his family in X", "grew up in X", "Qusarda böyüyüb"
    if person_noun(text, place, sentence.start, sentence.end):
        out["person_noun"] = 1.0
    found_case = noun_case(text, place, sentence.end)
    if found_case is not None:
        out[f"noun_{found_case}"] = 1.0
    if (found_case == "loc" or case == "loc" or preposition == "in") and home_after(
        text, place, sentence.end
    ):
        out["home_at"] = 1.0  # "Qusarda böyüyüb", "ilçesinde oturan", "in X, where he lived"
    if institution_after(text, place, sentence.end):
        out["w_institution"] = 1.0
    if people_after(text, place, sentence.end):
        out["w_people_after"] = 1.0
    out.update(capitals_beside(ctx, place, sentence))
    if place.start == sentence.start:
        out["place_opens"] = 1.0
    if len(place.name) <= 3:
        out["short_name"] = 1.0  # "Bun(dan)", "При": more often a word than a town
    earlier = ctx.places_in(max(sentence.start, place.start - 24), place.start)
    if earlier and not text[earlier[-1].end : place.start].strip():
        out["place_before_bare"] = 1.0  # "Bakü Gürün": two towns the rules did not join
    if earlier and earlier[-1].place is not None and earlier[-1].place.country in _WAR_ZONE:
        out["war_zone_part"] = 1.0  # "Suriyanın Dəbiq şəhəri"
    journey_features(ctx, place, sentence, out)
    found = event_places.get(sentence.start, ())
    if found and (fold(place.name) in found or fold(place.text) in found):
        out["event_place"] = 1.0
    elif found:
        out["event_sentence"] = 1.0
    listed = ctx.places_in(max(sentence.start, place.start - 30), place.start)
    after = ctx.places_in(place.end, min(sentence.end, place.end + 30))
    if (listed and _LIST_GAP.fullmatch(text, listed[-1].end, place.start)) or (
        after and _LIST_GAP.fullmatch(text[place.end : after[0].start] + " ")
    ):
        out["place_listed"] = 1.0
    return out
