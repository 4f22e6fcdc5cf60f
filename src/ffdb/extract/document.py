"""One document's text to persons, releases, pledges, mentions and claims.

The order matters: groups first (a group's name is never a person's), then names (with
the gazetteer telling places apart), aliases, the joining of names into persons, places
outside names and groups, dates, and last the facts and events that point at persons.
Everything is pure: no database, no settings, no network.
"""

from __future__ import annotations

from dataclasses import dataclass

from ffdb.extract.aliases import find_aliases
from ffdb.extract.assemble import build_claims, build_family_claims, build_persons
from ffdb.extract.campaigns import find_pledges
from ffdb.extract.context import DocContext
from ffdb.extract.dates import find_dates
from ffdb.extract.departure_sets import departure_facts
from ffdb.extract.event_journeys import journey_events
from ffdb.extract.events import Event, find_events
from ffdb.extract.facts import Fact, find_ages, find_hometowns, find_nationalities, find_roles
from ffdb.extract.family import find_family
from ffdb.extract.geo import find_places, is_place
from ffdb.extract.group_mentions import find_groups
from ffdb.extract.hometown_cohorts import cohort_hometowns
from ffdb.extract.joining import join_mentions
from ffdb.extract.joining_cluster import Cluster
from ffdb.extract.language import detect_language
from ffdb.extract.pair_layer import learned_facts
from ffdb.extract.people import add_known_surnames, find_names
from ffdb.extract.records import Extraction
from ffdb.extract.releases import find_releases
from ffdb.extract.scan import lowered
from ffdb.extract.sentences import split_sentences
from ffdb.extract.sibling_hometowns import sibling_hometowns


def extract_document(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    language: str | None = None,
    platform: str | None = None,
    model: str | None = None,
) -> Extraction:
    """Everything ffdb extracts from one document's text.

    `published` is the document's ISO date (it gives a year to "18 December");
    `language` is detected when not given; `model` names an installed spaCy pipeline
    whose PERSON entities add candidates after the rules (see `statistical.py`).
    """
    found = analyse(text, published=published, language=language, model=model)
    ctx, clusters = found.ctx, found.clusters
    facts, events = found.facts, found.events
    more_facts, more_events = learned_facts(ctx, facts, events)
    facts, events = facts + more_facts, events + more_events
    persons, ids = build_persons(ctx, clusters, facts, events)
    mentions, claims = build_claims(ctx, clusters, persons, ids, facts, events)
    claims += build_family_claims(ctx, find_family(ctx), persons, ids)
    return Extraction(
        persons=persons,
        releases=find_releases(text, title, published, platform),
        pledges=find_pledges(text, published),
        mentions=mentions,
        claims=claims,
        language=ctx.language,
    )


@dataclass(slots=True)
class Analysis:
    """What the rules find in a document, before the learned additions and the records."""

    ctx: DocContext
    clusters: list[Cluster]
    facts: list[Fact]
    events: list[Event]


def analyse(
    text: str,
    *,
    published: str | None = None,
    language: str | None = None,
    model: str | None = None,
) -> Analysis:
    language = language or detect_language(text)
    sentences = split_sentences(text)
    starts = {s.start for s in sentences}
    low = lowered(text)
    groups = find_groups(text, low)
    group_spans = [(g.start, g.end) for g in groups]
    names = find_names(text, starts, group_spans, is_place, language)
    if model:
        from ffdb.extract.statistical import add_model_names

        names = add_model_names(text, names, group_spans, model)
    names = add_known_surnames(text, names, group_spans)
    # a group's other name ("The Uzbek battalion, known as Katibat Imam al-Bukhari") is
    # no one's alias
    links = [a for a in find_aliases(text, names) if not _within(a.start, a.end, group_spans)]
    names, clusters = join_mentions(text, names, links)
    taken = group_spans + [(n.start, n.end) for n in names if n.person is not None]
    places = find_places(text, 0, len(text), taken)
    dates = find_dates(text, published, language)
    ctx = DocContext(text, sentences, names, groups, places, dates, language, published, low)
    facts = find_hometowns(ctx) + find_ages(ctx) + find_nationalities(ctx) + find_roles(ctx)
    events = find_events(ctx)
    events += journey_events(ctx, events)
    more_facts, more_events = departure_facts(ctx, facts, events)
    facts = facts + more_facts
    facts += sibling_hometowns(ctx, facts)
    facts += cohort_hometowns(ctx, facts, events)
    return Analysis(ctx, list(clusters), facts, events + more_events)


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] lies inside one of `spans`."""
    return any(s <= start and end <= e for s, e in spans)
