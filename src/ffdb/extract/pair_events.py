"""Candidates of events for the learned additions (see `learn.py`): being written."""

from __future__ import annotations

from collections.abc import Sequence

from ffdb.extract.context import DocContext
from ffdb.extract.events import Event
from ffdb.extract.fact_people import Fact
from ffdb.extract.learn import Candidate


def generate(ctx: DocContext, facts: Sequence[Fact], events: Sequence[Event]) -> list[Candidate]:
    return []


def accept(ctx: DocContext, candidate: Candidate, chance: float) -> Fact | Event | None:
    return None
