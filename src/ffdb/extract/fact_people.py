"""Who a fact is about: the person a cue points to, the names listed with that person,
the name right after a word. Shared by the fact rules (`facts`, `hometowns`, `roles`)
and the event rules.

The person of a cue is found the same way for every fact: the name in the fact's clause
on the side its cue points to (English "X, a native of Qusar" looks left; Azerbaijani
"Qusar sakini X", Russian "37-летний X" look right), else the name the clause is about
(`DocContext.subjects_before`), else, for an apposition ("..., a Turkish citizen"), the
name right before it; in a Russian, Azerbaijani or Turkish sentence that names nobody,
the person last named (they drop the pronoun).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ffdb.extract.context import APPOSITIVE, DocContext, coordinated_chain
from ffdb.extract.sentences import Sentence

FACT_EXTRACTOR = "fact_rules.v1"


@dataclass(slots=True)
class Fact:
    person: int
    prop: str  # hometown | age | nationality | group
    value: str
    start: int  # the evidence: the sentence
    end: int
    cue_start: int
    cue_end: int
    extractor: str = FACT_EXTRACTOR
    confidence: float = 0.8
    extra: dict[str, Any] = field(default_factory=dict)


def person_near(
    ctx: DocContext, sentence: Sentence, start: int, end: int, prefer: str, reach: int = 200
) -> int | None:
    """The person of a cue spanning [start, end): see the module docstring."""
    persons = persons_near(ctx, sentence, start, end, prefer, reach)
    return persons[0] if persons else None


def persons_near(
    ctx: DocContext, sentence: Sentence, start: int, end: int, prefer: str, reach: int = 200
) -> list[int]:
    """`person_near`, with the names listed with that person ("X and Y were members")
    and all the persons a plural pronoun stands for ("Both men joined")."""
    c_start, c_end = ctx.clause_at(sentence, start)
    c_end = max(c_end, ctx.clause_at(sentence, max(start, end - 1))[1])
    if prefer == "right":
        c_end = sentence.end  # "Qusar rayon sakini, 27 yaşlı Ramil Qurbanov"
    left = ctx.agents_in(max(c_start, start - reach), start)
    right = ctx.agents_in(end, min(c_end, end + reach))
    sides = [(left, -1), (right, 0)] if prefer == "left" else [(right, 0), (left, -1)]
    if prefer == "left-only":  # "He ... fought in an IS unit led by Abu Hanifa": not Abu Hanifa
        sides = [(left, -1)]
    for agents, at in sides:
        if agents:
            return _with_listed(ctx, agents, at)
    body = ctx.text[c_start:start]
    if APPOSITIVE.match(body):
        before = ctx.agents_in(sentence.start, c_start)
        return [before[-1][2]] if before else []
    subjects = ctx.subjects_before(sentence, start)
    if subjects:
        return subjects
    if ctx.language in ("ru", "az", "tr") and not ctx.agents_in(sentence.start, sentence.end):
        # a pro-drop sentence is about the person last named ("... saflarında döyüşüb")
        antecedent = ctx.antecedent(sentence.start, sentences_back=2)
        return [antecedent] if antecedent is not None else []
    return []


def _with_listed(ctx: DocContext, agents: list[tuple[int, int, int]], at: int) -> list[int]:
    """The agent at index `at` (-1: the last, 0: the first) and those that share its
    span (a plural pronoun) or are listed with it."""
    chosen = agents[at]
    if at == -1:
        return list(dict.fromkeys(coordinated_chain(ctx.text, agents)))
    same = [a[2] for a in agents if a[0] == chosen[0]]
    return list(dict.fromkeys(same))


def right_within(ctx: DocContext, pos: int, words: int) -> int | None:
    agents = ctx.agents_in(pos, pos + 80)
    if not agents:
        return None
    gap = ctx.text[pos : agents[0][0]]
    if len(gap.split()) > words or re.search(r"[,.;:()]", gap):
        return None
    return agents[0][2]


def coordinated_after(ctx: DocContext, person: int, pos: int, end: int) -> list[int]:
    """The names listed after `person`'s name ("Fuad Məmmədov və Orxan Əliyev")."""
    agents = ctx.agents_in(pos, end)
    first = next((i for i, a in enumerate(agents) if a[2] == person), None)
    if first is None:
        return []
    out = []
    for previous, agent in zip(agents[first:], agents[first + 1 :], strict=False):
        if not re.fullmatch(r"\s*(?:,|,?\s*and|и|və|ve)\s*", ctx.text[previous[1] : agent[0]]):
            break
        out.append(agent[2])
    return out
