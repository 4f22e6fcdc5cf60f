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

import itertools
import re
from dataclasses import dataclass, field
from typing import Any, Final

from ffdb.extract.context import APPOSITIVE, DocContext
from ffdb.extract.listing import SIBLINGS_AFTER, coordinated_chain
from ffdb.extract.sentences import Sentence
from ffdb.extract.timelines import profile_person

FACT_EXTRACTOR: Final = "fact_rules.v1"


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

    # Written out: mypyc compiles it, where the `__init__` dataclass generates runs
    # interpreted, five times slower (some thousands of these are made per megabyte).
    def __init__(
        self,
        person: int,
        prop: str,
        value: str,
        start: int,
        end: int,
        cue_start: int,
        cue_end: int,
        extractor: str = FACT_EXTRACTOR,
        confidence: float = 0.8,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.person, self.prop, self.value, self.start, self.end = person, prop, value, start, end
        self.cue_start, self.cue_end = cue_start, cue_end
        self.extractor, self.confidence = extractor, confidence
        self.extra = {} if extra is None else extra


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
    persons = _persons_near(ctx, sentence, start, end, prefer, reach)
    if len(persons) != 1:
        return persons
    # "Elnur Aliyev and his brother Ramil Aliyev joined": the relative too
    agents = ctx.agents_in(sentence.start, sentence.end)
    for a, b in itertools.pairwise(agents):
        if (a[2] in persons or b[2] in persons) and _KIN_AND.fullmatch(ctx.text, a[1], b[0]):
            persons = list(dict.fromkeys([*persons, a[2], b[2]]))
    return persons


def _persons_near(
    ctx: DocContext, sentence: Sentence, start: int, end: int, prefer: str, reach: int
) -> list[int]:
    c_start, c_end = ctx.clause_at(sentence, start)
    if max(start, end - 1) >= c_end:  # else the cue ends in the clause it starts in
        c_end = max(c_end, ctx.clause_at(sentence, max(start, end - 1))[1])
    if prefer == "right":
        c_end = sentence.end  # "Qusar rayon sakini, 27 yaşlı Ramil Qurbanov"
    if _BOTH.match(ctx.text, c_start, start):
        # "Karimov, 26, and his brother Elmar Karimov, both from Quba": the names the
        # sentence lists before, not whoever "both" was resolved to
        named = [a[2] for a in ctx.agents_in(sentence.start, c_start) if ctx.names_in(a[0], a[1])]
        if named:
            return list(dict.fromkeys(named))
    if _THE_TWO.match(ctx.text, c_start, start):
        # "he went to Syria with his brother Abdulla, and the two joined X": everyone the
        # sentence named or pointed to before
        agents = _outermost(ctx.agents_in(sentence.start, c_start))
        if len({a[2] for a in agents}) >= 2:
            return list(dict.fromkeys(a[2] for a in agents))
    left = (max(c_start, start - reach), start, -1)
    right = (end, min(c_end, end + reach), 0)
    sides = [left, right] if prefer == "left" else [right, left]
    if prefer == "left-only":  # "He ... fought in an IS unit led by Abu Hanifa": not Abu Hanifa
        sides = [left]
    for lo, hi, at in sides:  # the second side only when the first names nobody
        agents = _outermost(ctx.agents_in(lo, hi))
        if agents:
            listed = _with_listed(ctx, agents, at)
            if at == -1 and lo == c_start > sentence.start and len(listed) == len(agents):
                # "A, B and C were natives of X": the commas cut A off as a clause
                listed = ctx.list_into(sentence, c_start, agents, listed)
            return listed
    body = ctx.text[c_start:start]
    if APPOSITIVE.match(body):
        before = ctx.agents_in(sentence.start, c_start)
        return [before[-1][2]] if before else []
    if not body.strip() and prefer != "left-only":
        # a cue opening a clause right after a name is its apposition ("... пособник
        # Ахмед Исаев, житель Хасавюрта"), whatever clause the name stands in
        before = ctx.agents_in(max(sentence.start, c_start - 80), c_start)
        if before and _APPOSED_GAP.fullmatch(ctx.text[before[-1][1] : c_start]):
            return [before[-1][2]]
    subjects = ctx.subjects_before(sentence, start)
    if subjects:
        return subjects
    if ctx.language == "en" and ctx.opens_without_subject(sentence):
        # "X, from Y. Went to Syria and fought with Z.": the list entry's person
        entry = ctx.entry_person(sentence)
        return [entry] if entry is not None else []
    if (
        ctx.language in ("ru", "az", "tr")
        and not ctx.agents_in(sentence.start, sentence.end)
        and not _KIN_SUBJECT.match(ctx.text, sentence.start, sentence.end)
    ):
        # a pro-drop sentence is about the person last named ("... saflarında döyüşüb"),
        # a timeline's line about the person of the profile ("2013 – ... rəhbərlik edib")
        antecedent = profile_person(ctx, sentence)
        if antecedent is None:
            antecedent = ctx.antecedent(sentence.start, sentences_back=2)
        if antecedent is None and _HE.search(ctx.text, sentence.start, start):
            antecedent = ctx.antecedent(sentence.start, sentences_back=4)
        if antecedent is None:  # a list entry's later pro-drop sentences
            antecedent = ctx.entry_person(sentence)
        return [antecedent] if antecedent is not None else []
    return []


# A sentence whose subject is a relative the text does not name ("Atası ... yaşayır",
# "Его отец живёт в ..."): not about the person last named. ("Брат", "qardaş" may be a
# martyr post's word for the fighter himself.)
_KIN_SUBJECT: Final = re.compile(
    r"\s*(?:(?:Его|Её|Ее|Их)\s+(?:отец|мать|жена|муж|сын|дочь)|Отец|Мать|Жена|Муж|"
    r"Atası|Anası|Həyat yoldaşı|Babası|Annesi|Eşi)(?![\w-])"
)
# "он" with nobody named in the two sentences before: a martyr post goes on about the
# man it named ("... погиб Арсен Х. Брат был родом из ... Ему был 31 год. В Шам он
# пришёл ...").
_HE: Final = re.compile(r"(?<![\w-])(?:он|она)(?![\w-])")


# between a name and the clause set off after it, perhaps past an age ("Ramin Gurbanov,
# 31, from Gusar", "Рустам Алиев (29), уроженец")
_APPOSED_GAP: Final = re.compile(r"\s*(?:\(\d{1,2}\)\s*)?[,–—-]\s*(?:\d{1,2}\s*,\s*)?")
_KIN: Final = (
    r"(?:(?:his|her|their|его|её|их|onun|onların)\s+)?(?:(?:younger|elder|older|twin|младш\w+|старш\w+|"
    r"kiçik|böyük|küçük|büyük)\s+)?(?:brothers?|sisters?|cousins?|wife|husband|sons?|"
    r"брат\w*|сестр\w*|жена|муж|сын\w*|qardaşı|bacısı|kardeşi|oğlu|kuzeni|"
    r"(?:əmisi|dayısı|xalası|bibisi)\s+oğlu)"
)
# "Ramil Aliyev, born in 1988, and his younger brother Elvin": a birth year or an age
# may stand between
_KIN_AND: Final = re.compile(
    rf"\s*(?:,\s*(?:born in (?:19|20)\d\d|\d{{1,2}}|(?:19|20)\d\d года рождения))?"
    rf"\s*,?\s*(?:and|и|və|ve|ile|ilə)\s+{_KIN}\s*,?\s*"
)
# a clause about all the names before it: "..., both from Qusar", "оба уроженцы Кизляра"
_BOTH: Final = re.compile(
    r"\s*(?:both|all three|оба|обе|все трое|hər ikisi|her ikisi|ikisi de)\b", re.I
)
# a clause whose subject is a pair named before: "..., and the two joined X"
_THE_TWO: Final = re.compile(
    r"\s*(?:(?:and|и|а|və|ve|где|where)\s+)?(?:the two(?: men| brothers)?|both (?:men|brothers)|"
    r"the brothers|the pair|оба брата|братья|двое|hər iki qardaş|qardaşlar|iki kardeş|"
    r"kardeşler)"
    r"(?![\w'’-])",
    re.I,
)


def _outermost(agents: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Without an agent inside another's name: the "oğlu" (his son) that ends "Məmmədov
    Elnur Tofiq oğlu" is the patronymic, not a pronoun for someone else."""
    if len(agents) < 2:  # most ranges: nothing to be inside of
        return agents
    return [
        a
        for a in agents
        if not any(b[0] <= a[0] and a[1] <= b[1] and (b[0], b[1]) != (a[0], a[1]) for b in agents)
    ]


def _with_listed(ctx: DocContext, agents: list[tuple[int, int, int]], at: int) -> list[int]:
    """The agent at index `at` (-1: the last, 0: the first) and those that share its
    span (a plural pronoun) or are listed with it."""
    chosen = agents[at]
    if at == -1:
        return list(dict.fromkeys(coordinated_chain(ctx.text, agents)))
    same = [a[2] for a in agents if a[0] == chosen[0]]
    # "Среди боевиков ИГИЛ были Эльнур Алиев и Рамиль Кулиев": the names listed with it
    listed = coordinated_after(ctx, chosen[2], chosen[0], agents[-1][1])
    return list(dict.fromkeys(same + listed))


# Compiled once: `re.search(pattern, ...)` looks the pattern up in `re`'s cache per call.
_CLAUSE_MARK: Final = re.compile(r"[,.;:()]")
_LIST_JOIN: Final = re.compile(SIBLINGS_AFTER + r"\s*(?:,|,?\s*and|и|və|ve|ile|ilə)\s*")


def right_within(ctx: DocContext, pos: int, words: int) -> int | None:
    agents = ctx.agents_in(pos, pos + 80)
    if not agents:
        return None
    gap = ctx.text[pos : agents[0][0]]
    if len(gap.split()) > words or _CLAUSE_MARK.search(gap):
        return None
    return agents[0][2]


def coordinated_after(
    ctx: DocContext, person: int, pos: int, end: int, gap: re.Pattern[str] | None = None
) -> list[int]:
    """The names listed after `person`'s name ("Fuad Məmmədov və Orxan Əliyev", "Mehmet
    Arslan ile Ahmet Demir"); `gap`, when given, is what may stand between two of them."""
    agents = ctx.agents_in(pos, end)
    first = next((i for i, a in enumerate(agents) if a[2] == person), None)
    if first is None:
        return []
    out = []
    for previous, agent in zip(agents[first:], agents[first + 1 :], strict=False):
        if gap is not None:
            if gap.fullmatch(ctx.text, previous[1], agent[0]) is None:
                break
        elif not _LIST_JOIN.fullmatch(ctx.text[previous[1] : agent[0]]) and not _KIN_AND.fullmatch(
            ctx.text, previous[1], agent[0]
        ):
            break
        out.append(agent[2])
    return out
