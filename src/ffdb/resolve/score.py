"""Scoring a pair of entities with all the evidence, and saying why (`pair_score.v2`).

Names come first. Every name and alias of one entity is compared with every one of the
other (`ffdb.names.match`); the best pair counts, by what kind of names they are (see
`namekeys`):

- two full names: the matcher's score as it is;
- a kunya with its nisba, or a partial name (a surname alone, a bare kunya), whose parts
  all match the other name's: `WEAK_NAME` (0.65), below the threshold (0.75) by two
  pieces of other evidence; whose parts do not all match: the matcher's low score.

When both entities have full names and these differ, the full names decide: a kunya in
common does not make Ilham Samadov and Ruslan Gadzhimagomedov one man.

The other evidence then moves the score: a shared hometown, ages that agree at the
documents' dates, a shared group, a person both documents name (co-mention) add a little;
different kunyas take a little; a kunya that one named man alone carries (`kunyas`) adds
as much as the two pieces of evidence a kunya needs. Some evidence says two entities are
different people whatever their names (a "veto"): one document naming both, different
hometowns at the same precision, birth years more than `AGE_TOLERANCE` apart, full names
that differ. Vetoes forbid the machine to put the two in one cluster (see `cluster`), and
only an analyst's "same" judgement overrides them.

`score` is clipped to 0–1 for people to read; `raw`, the unclipped sum, orders merges.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ffdb.resolve.namekeys import FULL, KUNYA, PARTIAL, name_info
from ffdb.resolve.profile import Hometown, Profile

__all__ = ["MATCHER", "NameCompare", "NameVerdict", "PairScore", "score_pair"]

MATCHER = "pair_score.v2"

WEAK_NAME = 0.65
DIFFERENT_BELOW = 0.55  # a full-name score below this: the matcher says two names
SAME_HOMETOWN = 0.05
SAME_AREA = 0.03  # a town and the district of the same name
SAME_SPELLING = 0.03  # two hometowns the gazetteer lacks, spelled alike
OTHER_HOMETOWN = -0.30
AGES_AGREE = 0.05
AGE_TOLERANCE = 3  # years: ages are rounded, guessed, and given at uncertain dates
AGES_FAR = -0.40
SHARED_GROUP = 0.03
CO_MENTION = 0.05  # the first person both documents name
CO_MENTION_MORE = 0.05  # a second one or more: two people named together twice say much
KUNYAS_DIFFER = -0.10
# the kunya of an entity known by nothing else is carried by one named man only (`kunyas`):
# with the kunya's own 0.65 that reaches the threshold unless other evidence says two men
OWNED_KUNYA = 0.10


@dataclass(frozen=True, slots=True)
class NameVerdict:
    """The matcher's word on two names."""

    score: float
    same: bool
    reason: str
    agree: bool = False  # every part of the shorter name matched one of the other's


NameCompare = Callable[[str, str], NameVerdict]


@dataclass(slots=True)
class PairScore:
    """A scored pair: `score` 0–1, `reasons` one line per piece of evidence, `vetoes` the
    evidence that they are different people, and `decision` what clustering made of it
    (merged, joined, blocked, unsure, apart)."""

    left: str
    right: str
    score: float
    reasons: list[str] = field(default_factory=list)
    vetoes: list[str] = field(default_factory=list)
    decision: str = ""
    raw: float = 0.0


@dataclass(slots=True)
class _NameEvidence:
    score: float
    reasons: list[str]
    vetoes: list[str]


def _name_value(kinds: tuple[str, str], verdict: NameVerdict) -> tuple[float, str]:
    """What a pair of names is worth, and why it is not the matcher's score."""
    if PARTIAL in kinds or KUNYA in kinds:
        weak = "a partial name" if PARTIAL in kinds else "a kunya, shared by many,"
        if verdict.same or verdict.agree:
            return WEAK_NAME, f"{weak} needs two more pieces of evidence"
        return min(verdict.score, WEAK_NAME), ""
    if not verdict.same:
        return min(verdict.score, WEAK_NAME), ""
    return verdict.score, ""


def score_names(a: Profile, b: Profile, compare: NameCompare, explain: bool) -> _NameEvidence:
    best: tuple[float, str, str, NameVerdict, str] | None = None
    full: tuple[str, str, NameVerdict] | None = None
    kunya_best = -1.0
    for x in a.all_names:
        kx = name_info(x).kind
        for y in b.all_names:
            ky = name_info(y).kind
            verdict = compare(x, y)
            value, why = _name_value((kx, ky), verdict)
            if best is None or value > best[0]:
                best = (value, x, y, verdict, why)
            if kx == ky == FULL and (full is None or verdict.score > full[2].score):
                full = (x, y, verdict)
            if kx == ky == KUNYA:
                kunya_best = max(kunya_best, verdict.score)
    if best is None:
        return _NameEvidence(0.0, ["no names to compare"], [])
    value, x, y, verdict, why = best
    line = ""
    if explain:
        line = f"name {x!r} ~ {y!r}: {verdict.score:.2f} ({verdict.reason})"
        line += f"; {why}: {value:.2f}" if why else ""
    if full is not None and full[2].score < DIFFERENT_BELOW:
        fx, fy, fv = full
        reasons = []
        if explain:
            reasons.append(f"full names {fx!r} / {fy!r} differ: {fv.score:.2f} ({fv.reason})")
            if (fx, fy) != (x, y):
                reasons.append(f"so the {line} does not count")
        return _NameEvidence(fv.score, reasons, ["full names differ"])
    evidence = _NameEvidence(value, [line] if explain else [], [])
    if 0 <= kunya_best < DIFFERENT_BELOW:
        evidence.score += KUNYAS_DIFFER
        if explain:
            evidence.reasons.append(f"their kunyas differ: {KUNYAS_DIFFER:+.2f}")
    return evidence


def _score_hometowns(a: Hometown, b: Hometown) -> tuple[float, str, str | None]:
    """(points, reason, veto or None)."""
    if a.key == b.key:
        if a.precision:
            return SAME_HOMETOWN, f"same hometown {a.label} ({a.key}): {SAME_HOMETOWN:+.2f}", None
        return SAME_SPELLING, f"hometown spelled alike {a.label!r}: {SAME_SPELLING:+.2f}", None
    if not (a.precision and b.precision):
        unknown = a.label if not a.precision else b.label
        return 0.0, f"hometowns {a.label} / {b.label}: {unknown!r} not in the gazetteer", None
    if a.area == b.area:
        return (
            SAME_AREA,
            f"hometown {a.label} ({a.precision} / {b.precision}): {SAME_AREA:+.2f}",
            None,
        )
    if a.precision != b.precision or a.precision == "country":
        return (
            0.0,
            f"hometowns {a.label} ({a.precision}) / {b.label} ({b.precision}): can't tell",
            None,
        )
    why = f"hometowns differ: {a.label} ({a.key}) / {b.label} ({b.key}): {OTHER_HOMETOWN:+.2f}"
    return OTHER_HOMETOWN, why, "hometowns differ"


def _score_births(a: tuple[int, int], b: tuple[int, int]) -> tuple[float, str, str | None]:
    # An age is a year and a day off as often as not: ranges that meet agree; ranges a
    # few years apart neither agree nor differ (brothers are a few years apart too).
    gap = max(a[0] - b[1], b[0] - a[1], 0)
    shown = f"born {_years(a)} / {_years(b)}"
    if gap == 0:
        return AGES_AGREE, f"ages agree ({shown}): {AGES_AGREE:+.2f}", None
    if gap <= AGE_TOLERANCE:
        return 0.0, f"ages roughly agree ({shown})", None
    return AGES_FAR, f"ages differ ({shown}, {gap} years apart): {AGES_FAR:+.2f}", "ages differ"


def _years(span: tuple[int, int]) -> str:
    return str(span[0]) if span[0] == span[1] else f"{span[0]}–{span[1]}"


def _score_context(a: Profile, b: Profile, explain: bool) -> tuple[float, list[str]]:
    points, reasons = 0.0, []
    shared_groups = a.groups & b.groups
    if shared_groups:
        points += SHARED_GROUP
        if explain:
            reasons.append(f"both in {', '.join(sorted(shared_groups))}: {SHARED_GROUP:+.2f}")
    if a.co_keys and b.co_keys and not a.co_keys.isdisjoint(b.co_keys):
        both = [name for name, keys in a.co_mentions if not keys.isdisjoint(b.co_keys)]
        gain = CO_MENTION + (CO_MENTION_MORE if len(both) > 1 else 0.0)
        points += gain
        if explain:
            named = ", ".join(repr(n) for n in both[:3])
            reasons.append(f"their documents both name {named}: {gain:+.2f}")
    return points, reasons


def score_pair(
    a: Profile, b: Profile, compare: NameCompare, explain: bool = True, owned: bool = False
) -> PairScore:
    """The score of two entities with one reason per piece of evidence (module doc);
    without `explain`, the same score and vetoes with no reasons (faster). `owned`: one
    of them is known only by a kunya that the other alone carries (`kunyas`)."""
    names = score_names(a, b, compare, explain)
    score, reasons, vetoes = names.score, names.reasons, names.vetoes
    if owned and names.score >= WEAK_NAME and not vetoes:
        score += OWNED_KUNYA
        if explain:
            reasons.append(f"no other named man carries this kunya: {OWNED_KUNYA:+.2f}")
    if a.document_id is not None and a.document_id == b.document_id:
        if explain:
            reasons.append("one document names them as two people: kept apart")
        vetoes.append("same document")
        return PairScore(a.entity_id, b.entity_id, 0.0, reasons, vetoes, raw=0.0)
    for found in (
        _score_hometowns(a.hometown, b.hometown) if a.hometown and b.hometown else None,
        _score_births(a.born, b.born) if a.born and b.born else None,
    ):
        if found is not None:
            points, reason, veto = found
            score += points
            if explain:
                reasons.append(reason)
            if veto:
                vetoes.append(veto)
    points, more = _score_context(a, b, explain)
    score += points
    reasons.extend(more)
    clipped = round(min(1.0, max(0.0, score)), 3)
    return PairScore(a.entity_id, b.entity_id, clipped, reasons, vetoes, raw=round(score, 4))
