"""The learned additions: each kind of fact's candidates, decided by its model (see
`learn.py`). A kind whose generator or model is missing adds nothing.

A generator takes the document and what the rules found, and returns candidates the
rules did not state; `accept` turns an accepted one into the rules' own fact or event
shape, marked with the model's extractor name and its probability as confidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ffdb.extract import pair_events, pair_groups, pair_hometowns
from ffdb.extract.context import DocContext
from ffdb.extract.events import Event
from ffdb.extract.fact_people import Fact
from ffdb.extract.learn import Candidate, PairModel, load_model

Generator = Callable[[DocContext, Sequence[Fact], Sequence[Event]], list[Candidate]]
Acceptor = Callable[[DocContext, Candidate, float], "Fact | Event | None"]


KINDS: dict[str, tuple[Generator, Acceptor]] = {
    "groups": (pair_groups.generate, pair_groups.accept),
    "hometowns": (pair_hometowns.generate, pair_hometowns.accept),
    "events": (pair_events.generate, pair_events.accept),
}


def candidates(
    ctx: DocContext, facts: Sequence[Fact], events: Sequence[Event], kind: str
) -> list[Candidate]:
    """The candidates of one kind (for training and for the layer below)."""
    found = KINDS.get(kind)
    return [] if found is None else found[0](ctx, facts, events)


def learned_facts(
    ctx: DocContext,
    facts: Sequence[Fact],
    events: Sequence[Event],
    models: dict[str, PairModel | None] | None = None,
) -> tuple[list[Fact], list[Event]]:
    """The facts and events the models accept, beside those of the rules."""
    more_facts: list[Fact] = []
    more_events: list[Event] = []
    for kind, (generate, accept) in KINDS.items():
        model = load_model(kind) if models is None else models.get(kind)
        if model is None:
            continue
        for candidate in generate(ctx, facts, events):
            chance = model.probability(candidate.features)
            if chance < model.threshold:
                continue
            made = accept(ctx, candidate, round(chance, 3))
            if isinstance(made, Fact):
                more_facts.append(made)
            elif isinstance(made, Event):
                more_events.append(made)
    return more_facts, more_events
