"""Scoring a pair of entities with all the evidence, and saying why (`pair_score.v2`).

Names come first. Every name and alias of one entity is compared with every one of the
other (`ffdb.names.match`); the best pair counts, after a ceiling set by what kind of
names they are (see `namekeys`):

- two full names: the matcher's score as it is;
- a kunya (with its nisba) on either side: at most `KUNYA_CEILING`, so one more piece of
  evidence (hometown, age, a person both documents name) is needed to merge;
- a partial name (a surname alone, a bare kunya) or a name the matcher did not call the
  same: at most `PARTIAL_CEILING`, so two more pieces are needed.

When both entities have full names and these differ, the full names decide: a kunya in
common does not make Ilham Samadov and Ruslan Gadzhimagomedov one man.

The other evidence then moves the score: a shared hometown, ages that agree at the
documents' dates, a shared group, a person both documents name (co-mention) add a little;
different kunyas take a little. Some evidence says two entities are different people
whatever their names (a "veto"): one document naming both, different hometowns at the same
precision, birth years more than `AGE_TOLERANCE` apart, full names that differ. Vetoes
forbid the machine to put the two in one cluster (see `cluster`), and only an analyst's
"same" judgement overrides them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ffdb.resolve.namekeys import FULL, KUNYA, PARTIAL, name_info
from ffdb.resolve.profile import Hometown, Profile

__all__ = ["MATCHER", "NameCompare", "NameVerdict", "PairScore", "score_pair"]

MATCHER = "pair_score.v2"

KUNYA_CEILING = 0.70
PARTIAL_CEILING = 0.65
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
CO_MENTION_MORE = 0.03  # a second one or more
KUNYAS_DIFFER = -0.10


@dataclass(frozen=True, slots=True)
class NameVerdict:
    """The matcher's word on two names."""

    score: float
    same: bool
    reason: str


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


@dataclass(slots=True)
class _NameEvidence:
    score: float
    reasons: list[str]
    vetoes: list[str]


def _ceiling(kinds: tuple[str, str], verdict: NameVerdict) -> tuple[float, str]:
    if PARTIAL in kinds:
        return PARTIAL_CEILING, "a partial name needs other evidence"
    if not verdict.same:
        return PARTIAL_CEILING, "names not called the same need other evidence"
    if KUNYA in kinds:
        return KUNYA_CEILING, "a kunya is shared by many: needs other evidence"
    return 1.0, ""


def score_names(a: Profile, b: Profile, compare: NameCompare) -> _NameEvidence:
    best: tuple[float, str, str, NameVerdict, str] | None = None
    full: tuple[str, str, NameVerdict] | None = None
    kunya_best = -1.0
    for x in a.all_names:
        kx = name_info(x).kind
        for y in b.all_names:
            ky = name_info(y).kind
            verdict = compare(x, y)
            ceiling, why = _ceiling((kx, ky), verdict)
            value = min(verdict.score, ceiling)
            if best is None or value > best[0]:
                best = (value, x, y, verdict, why if verdict.score > ceiling else "")
            if kx == ky == FULL and (full is None or verdict.score > full[2].score):
                full = (x, y, verdict)
            if kx == ky == KUNYA:
                kunya_best = max(kunya_best, verdict.score)
    if best is None:
        return _NameEvidence(0.0, ["no names to compare"], [])
    value, x, y, verdict, why = best
    line = f"name {x!r} ~ {y!r}: {verdict.score:.2f} ({verdict.reason})"
    if why:
        line += f"; {why}: {value:.2f}"
    if full is not None and full[2].score < DIFFERENT_BELOW:
        fx, fy, fv = full
        reasons = [f"full names {fx!r} / {fy!r} differ: {fv.score:.2f} ({fv.reason})"]
        if (fx, fy) != (x, y):
            reasons.append(f"so the {line} does not count")
        return _NameEvidence(fv.score, reasons, ["full names differ"])
    evidence = _NameEvidence(value, [line], [])
    if 0 <= kunya_best < DIFFERENT_BELOW:
        evidence.score += KUNYAS_DIFFER
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
        return SAME_AREA, f"hometown {a.label} ({a.precision} / {b.precision}): {SAME_AREA:+.2f}", None
    if a.precision != b.precision or a.precision == "country":
        return 0.0, f"hometowns {a.label} ({a.precision}) / {b.label} ({b.precision}): can't tell", None
    why = f"hometowns differ: {a.label} ({a.key}) / {b.label} ({b.key}): {OTHER_HOMETOWN:+.2f}"
    return OTHER_HOMETOWN, why, "hometowns differ"


def _score_births(a: tuple[int, int], b: tuple[int, int]) -> tuple[float, str, str | None]:
    gap = max(a[0] - b[1], b[0] - a[1], 0)
    shown = f"born {_years(a)} / {_years(b)}"
    if gap <= 1:
        return AGES_AGREE, f"ages agree ({shown}): {AGES_AGREE:+.2f}", None
    if gap <= AGE_TOLERANCE:
        return 0.0, f"ages roughly agree ({shown})", None
    return AGES_FAR, f"ages differ ({shown}, {gap} years apart): {AGES_FAR:+.2f}", "ages differ"


def _years(span: tuple[int, int]) -> str:
    return str(span[0]) if span[0] == span[1] else f"{span[0]}–{span[1]}"


def _score_context(a: Profile, b: Profile) -> tuple[float, list[str]]:
    points, reasons = 0.0, []
    shared_groups = a.groups & b.groups
    if shared_groups:
        points += SHARED_GROUP
        reasons.append(f"both in {', '.join(sorted(shared_groups))}: {SHARED_GROUP:+.2f}")
    if a.co_keys and b.co_keys and not a.co_keys.isdisjoint(b.co_keys):
        both = [name for name, keys in a.co_mentions if not keys.isdisjoint(b.co_keys)]
        gain = CO_MENTION + (CO_MENTION_MORE if len(both) > 1 else 0.0)
        points += gain
        named = ", ".join(repr(n) for n in both[:3])
        reasons.append(f"their documents both name {named}: {gain:+.2f}")
    return points, reasons


def score_pair(a: Profile, b: Profile, compare: NameCompare) -> PairScore:
    """The score of two entities with one reason per piece of evidence (module doc)."""
    names = score_names(a, b, compare)
    score, reasons, vetoes = names.score, names.reasons, names.vetoes
    if a.document_id is not None and a.document_id == b.document_id:
        reasons.append("one document names them as two people: kept apart")
        vetoes.append("same document")
        return PairScore(a.entity_id, b.entity_id, 0.0, reasons, vetoes)
    for found in (
        _score_hometowns(a.hometown, b.hometown) if a.hometown and b.hometown else None,
        _score_births(a.born, b.born) if a.born and b.born else None,
    ):
        if found is not None:
            points, reason, veto = found
            score += points
            reasons.append(reason)
            if veto:
                vetoes.append(veto)
    points, more = _score_context(a, b)
    score += points
    reasons.extend(more)
    score = round(min(1.0, max(0.0, score)), 3)
    return PairScore(a.entity_id, b.entity_id, score, reasons, vetoes)
