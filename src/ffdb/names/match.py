"""The explainable name matcher (`name_match.v1`): a score from 0 to 1, a decision, and
the reason for each part of the name.

Persons: the parts of both names (person.py) are paired role by role: kunya with kunya,
nisba with nisba, given names and surnames with each other in any order. The decision is
conservative, because a false link merges two people in the database:

- every part of the shorter name must find its match, and a part left over on both sides
  (Elnur Sharifov / Ilkin Sharifov) makes them different;
- one name part in common is not enough (Mammadov / Elshan Mammadov; E. Mammadov /
  Elshan Mammadov): that needs other evidence, which resolution brings;
- a kunya alone is not a person's name: Abu Yahya al-Azeri is not Abu Yahya al-Tunisi, and
  not Nicat Ashurov unless an alias in the sources links them;
- a different surname form (Aliyev / Alizade, Mammadov / Mammadova) is a different name.

Places go through the gazetteer (one entry, one place); organisations through the groups
gazetteer, then by their words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import permutations

from rapidfuzz.distance import Levenshtein

from ffdb.names.groups import is_acronym, lookup_group, org_keys, strip_org_words
from ffdb.names.normalise import vowels_agree
from ffdb.names.origins import origin_of
from ffdb.names.person import Part, PersonName, analyse_person, analyse_word, joined_keys
from ffdb.names.places import lookup_place, strip_generic_words

__all__ = ["MATCHER", "Match", "PartMatch", "compare_names", "compare_parts"]

MATCHER = "name_match.v1"
PART_THRESHOLD = 0.8
SAME_THRESHOLD = 0.75


@dataclass(frozen=True, slots=True)
class PartMatch:
    """How one part of a name compared with one of the other: `how` is exact, folded
    (same letters once script and diacritics are folded), phonetic, arabic-script,
    fuzzy, initial, or the reason they differ."""

    role: str
    a: str
    b: str
    score: float
    how: str

    def describe(self) -> str:
        sign = "=" if self.score >= 0.97 else "~" if self.score >= PART_THRESHOLD else "≠"
        return f"{self.role}: {self.a}{sign}{self.b} ({self.how}) {self.score:.2f}"


@dataclass(frozen=True, slots=True)
class Match:
    """A decision on two names: `reason` explains it part by part."""

    score: float
    same: bool
    parts: list[PartMatch] = field(default_factory=list)
    note: str = ""
    matcher: str = MATCHER

    @property
    def reason(self) -> str:
        # built on demand: most comparisons in a resolution run are never shown
        text = "; ".join(p.describe() for p in self.parts)
        if self.note:
            text = f"{text}; {self.note}" if text else self.note
        return text or "nothing in common"


@lru_cache(maxsize=524288)
def compare_parts(a: Part, b: Part) -> tuple[float, str]:
    """Similarity of two name parts and how it was found (cached by part identity)."""
    if a.text.casefold() == b.text.casefold():
        return 1.0, "exact"
    if "initial" in (a.role, b.role):
        first_a, first_b = {k[:1] for k in a.keys}, {k[:1] for k in b.keys}
        return (0.7, "initial") if first_a & first_b else (0.0, "initial differs")
    if a.role == "nisba" and b.role == "nisba":
        origins = origin_of(a.folds[0]), origin_of(b.folds[0])
        if origins[0] and origins[1]:
            same = origins[0] == origins[1]
            return (0.95, "same origin") if same else (0.1, "different origin")
    if "arabic" in (a.script, b.script):
        return _compare_arabic(a, b)
    if set(a.folds) & set(b.folds):
        score, how = 0.98, "folded" if a.script == b.script else "translit"
    elif set(a.keys) & set(b.keys):
        score, how = 0.95, "phonetic"
    elif any(vowels_agree(x, y) for x in a.ekeys for y in b.ekeys):
        score, how = 0.88, "phonetic, e for another vowel"
    else:
        score, how = _fuzzy(a.keys, b.keys)
    return _check_forms(a, b, score, how)


def _fuzzy(keys_a: tuple[str, ...], keys_b: tuple[str, ...]) -> tuple[float, str]:
    # only the score of a non-match: the first readings are enough, and cheap
    x, y = keys_a[0], keys_b[0]
    best = Levenshtein.normalized_similarity(x, y)
    # a letter more or less is another name as often as a misspelling (Qədirov/Qədimov,
    # Anar/Anvar): near spellings score high but stay below the part threshold
    if best >= 0.85 and min(len(x), len(y)) >= 6:
        return round(0.7 + (best - 0.85) / 2, 3), "near spelling"
    return round(best * 0.75, 3), "different"


def _check_forms(a: Part, b: Part, score: float, how: str) -> tuple[float, str]:
    if score < PART_THRESHOLD or score == 1.0:
        return score, how
    if a.form != b.form:
        forms = "/".join(f"-{f}" if f else "no suffix" for f in (a.form, b.form))
        return 0.45, f"different surname form {forms}"
    aligned = [(x, y) for x in a.ekeys for y in b.ekeys if vowels_agree(x, y)]
    if a.form and aligned and not any(_same_o(x, y) for x, y in aligned):
        return 0.6, "o against u in a surname (Omarov, Umarov)"
    for x in a.keys:
        for y in b.keys:
            if x != y and (x + "a" == y or y + "a" == x):
                return 0.5, "different ending (a man's and a woman's name)"
    return score, how


def _same_o(x: str, y: str) -> bool:
    return len(x) != len(y) or all({p, q} != {"o", "u"} for p, q in zip(x, y, strict=True))


def _compare_arabic(a: Part, b: Part) -> tuple[float, str]:
    if a.script == b.script:
        # both written in Arabic: the long vowels are there, letters must agree
        if set(a.folds) & set(b.folds):
            return 0.98, "folded"
        return _fuzzy(a.folds, b.folds)
    # Arabic script writes no short vowels: compare the consonants only
    shared = set(a.consonants) & set(b.consonants)
    arabic, other = (a, b) if a.script == "arabic" else (b, a)
    if shared and _long_vowels_differ(arabic.folds, other.keys):
        return 0.5, "a long vowel differs"
    if shared and max(len(c) for c in shared) >= 2:
        return 0.9, "arabic-script consonants"
    if shared:
        return 0.82, "arabic-script consonants (short)"
    best = max(Levenshtein.normalized_similarity(x, y) for x in a.consonants for y in b.consonants)
    return round(best * 0.7, 3), "different"


def _last_vowels(word: str) -> set[str]:
    """The vowels between the last two consonants (Mahmud → u), glides read as vowels."""
    bare = word.rstrip("aeiouyvwh")
    hard = [i for i, c in enumerate(bare) if c not in "aeiouyvw"]
    if len(hard) < 2:
        return set()
    gap = bare[hard[-2] + 1 : hard[-1]]
    return {{"y": "i", "v": "u", "w": "u", "e": "a", "o": "u"}.get(c, c) for c in gap}


def _long_vowels_differ(arabic: tuple[str, ...], latin: tuple[str, ...]) -> bool:
    # Arabic writes long vowels: محمود has its u where Muhammad has an a
    written = [_last_vowels(f) for f in arabic]
    spoken = [_last_vowels(k) for k in latin]
    return all(w and s and not (w & s) for w in written for s in spoken)


def _assign(left: Sequence[Part], right: Sequence[Part]) -> list[tuple[Part, Part, float, str]]:
    """The pairing of parts with the highest total similarity (names have few parts)."""
    if not left or not right:
        return []
    if len(left) == 1 and len(right) == 1:
        return [(left[0], right[0], *compare_parts(left[0], right[0]))]
    if len(left) == 2 and len(right) == 2:
        a0, a1 = left
        b0, b1 = right
        s00, s11 = compare_parts(a0, b0), compare_parts(a1, b1)
        s01, s10 = compare_parts(a0, b1), compare_parts(a1, b0)
        if s00[0] + s11[0] >= s01[0] + s10[0]:
            return [(a0, b0, *s00), (a1, b1, *s11)]
        return [(a0, b1, *s01), (a1, b0, *s10)]
    flip = len(left) > len(right)
    small, large = (right, left) if flip else (left, right)
    table = [[compare_parts(s, g) for g in large] for s in small]
    if len(large) <= 6:
        best_total, best_perm = -1.0, tuple(range(len(small)))
        for perm in permutations(range(len(large)), len(small)):
            total = sum(table[i][j][0] for i, j in enumerate(perm))
            if total > best_total:
                best_total, best_perm = total, perm
        chosen: list[tuple[int, int]] = list(enumerate(best_perm))
    else:
        chosen = _greedy(table)
    out = []
    for i, j in chosen:
        score, how = table[i][j]
        a, b = (large[j], small[i]) if flip else (small[i], large[j])
        out.append((a, b, score, how))
    return out


def _greedy(table: list[list[tuple[float, str]]]) -> list[tuple[int, int]]:
    cells = sorted(
        ((v[0], i, j) for i, row in enumerate(table) for j, v in enumerate(row)), reverse=True
    )
    used_i: set[int] = set()
    used_j: set[int] = set()
    chosen = []
    for _, i, j in cells:
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            chosen.append((i, j))
    return chosen


@dataclass
class _Verdict:
    """The comparison of one group of parts (the plain names, the kunyas, the nisbas)."""

    score: float
    same: bool
    parts: list[PartMatch]
    note: str = ""


def _role_of(a: Part, b: Part) -> str:
    roles = {a.role, b.role}
    for role in ("kunya", "nisba", "surname", "ibn", "patronymic"):
        if role in roles:
            return role
    return "given" if roles <= {"given", "initial"} else "name"


def _written_together(whole: tuple[PersonName, PersonName] | None) -> bool:
    """Whether two names are the same letters cut into different words."""
    if whole is None:
        return False
    return not set(joined_keys(whole[0])).isdisjoint(joined_keys(whole[1]))


def _compare_plain(
    left: Sequence[Part],
    right: Sequence[Part],
    whole: tuple[PersonName, PersonName] | None = None,
) -> _Verdict:
    """Names without kunya: every part paired, in any order (see the module doc)."""
    parts: list[PartMatch] = []
    matched = initials = weak = 0
    total = 0.0
    for a, b, score, how in _assign(left, right):
        parts.append(PartMatch(_role_of(a, b), a.text, b.text, score, how))
        total += score
        if how == "initial":
            initials += 1
        elif score >= PART_THRESHOLD:
            matched += 1
        else:
            weak += 1
    extra = abs(len(left) - len(right))
    size = max(len(left), len(right))
    mean = total / size if size else 0.0
    if weak:
        if extra and _written_together(whole):
            return _Verdict(0.9, True, parts, "the same name written in more or fewer words")
        return _Verdict(min(mean, 0.6) * (0.9 if matched else 0.7), False, parts)
    if initials:
        full = matched >= 1 and extra == 0
        note = "an initial for one part" if full else "only an initial in common"
        return _Verdict(min(mean, 0.8 if full else 0.6), full, parts, note)
    if extra == 0:
        return _Verdict(mean, mean >= SAME_THRESHOLD, parts)
    if matched >= 2:
        return _Verdict(0.9 * mean + 0.05, True, parts, "a part on one side only")
    if _written_together(whole):
        return _Verdict(0.9, True, parts, "the same name written in more or fewer words")
    note = "only one part in common: needs other evidence"
    return _Verdict(0.65 * mean + 0.05, False, parts, note)


def _compare_kunyas(a: PersonName, b: PersonName) -> _Verdict:
    ka, kb = a.kunyas, b.kunyas
    if not ka or not kb:
        note = "a kunya against a name: only an alias in the sources can link them"
        return _Verdict(0.3, False, [], note)
    parts: list[PartMatch] = []
    for x, y, score, how in _assign(ka, kb):
        if x.marker != y.marker:
            score, how = 0.0, f"{x.marker} ≠ {y.marker}"
        parts.append(PartMatch("kunya", x.text, y.text, score, how))
    if any(p.score < PART_THRESHOLD for p in parts):
        return _Verdict(0.2, False, parts, "different kunya")
    verdict = _Verdict(sum(p.score for p in parts) / len(parts), True, parts)
    for what, left, right in (("nisba", a.nisbas, b.nisbas), ("name", a.plain, b.plain)):
        if left and right:
            sub = _compare_plain(left, right)
            verdict.parts.extend(sub.parts)
            if not sub.same:
                return _Verdict(min(sub.score, 0.4), False, verdict.parts, f"different {what}")
            verdict.score = (verdict.score + sub.score) / 2
        elif left or right:
            note = f"a {what} on one side only: needs other evidence"
            return _Verdict(0.7 * verdict.score, False, verdict.parts, note)
    return verdict


def _compare_persons(a: str, b: str) -> _Verdict:
    left, right = analyse_person(a), analyse_person(b)
    if not left.parts or not right.parts:
        return _Verdict(0.0, False, [], "an empty name")
    if left.kunyas or right.kunyas:
        verdict = _compare_kunyas(left, right)
    else:
        verdict = _compare_plain(left.names, right.names, (left, right))
    if left.fathers and right.fathers and verdict.same:
        # patronymics count only when both names give one: then they must agree
        sub = _compare_plain(left.fathers, right.fathers)
        verdict.parts.extend(sub.parts)
        if not sub.same:
            return _Verdict(min(verdict.score, 0.5), False, verdict.parts, "different patronymic")
    return verdict


def _compare_words(a: str, b: str) -> _Verdict:
    """Places and organisations outside the gazetteers: every word must match."""
    whole = analyse_person(a), analyse_person(b)
    left, right = ([analyse_word(p.text, "name") for p in n.parts] for n in whole)
    verdict = _compare_plain(left, right, whole)
    # a word more on one side is another place or group (Jaysh al-Islam al-Sham), unless
    # it is the same name written in more words
    extra = len(left) != len(right) and "written in" not in verdict.note
    if verdict.same and extra:
        verdict.same, verdict.score = False, min(verdict.score, 0.7)
    return verdict


def _compare_places(a: str, b: str) -> _Verdict:
    pa, pb = lookup_place(a), lookup_place(b)
    if pa is not None and pb is not None:
        role = "place"
        if pa.id == pb.id:
            how = f"gazetteer {pa.id} {pa.name}, {pa.country}"
            return _Verdict(1.0, True, [PartMatch(role, a, b, 1.0, how)])
        how = f"gazetteer {pa.id} {pa.name}, {pa.country} ≠ {pb.id} {pb.name}, {pb.country}"
        return _Verdict(0.1, False, [PartMatch(role, a, b, 0.1, how)])
    verdict = _compare_words(strip_generic_words(a), strip_generic_words(b))
    known = pa or pb
    if known is not None:
        verdict.note = f"only one in the gazetteer ({known.id} {known.name}); by spelling"
    else:
        verdict.note = "neither in the gazetteer; by spelling"
    return verdict


def _compare_orgs(a: str, b: str) -> _Verdict:
    ga, gb = lookup_group(a), lookup_group(b)
    if ga is not None and gb is not None:
        if ga.id == gb.id:
            how = f"groups gazetteer {ga.id}"
            return _Verdict(1.0, True, [PartMatch("group", a, b, 1.0, how)])
        related = ga.parent == gb.id or gb.parent == ga.id
        score = 0.5 if related else 0.1
        how = f"{ga.id} ≠ {gb.id}" + (" (a unit of the other)" if related else "")
        return _Verdict(score, False, [PartMatch("group", a, b, score, how)])
    if is_acronym(a.strip()) or is_acronym(b.strip()):
        return _Verdict(0.1 if a.strip() != b.strip() else 1.0, a.strip() == b.strip(), [])
    known = ga or gb
    other = b if known is ga else a
    if known is not None:
        # an unknown spelling against a known group: its closest spelling decides
        best = max((_compare_words(v, other) for v in known.variants), key=lambda v: v.score)
        best.note = f"closest spelling of {known.id}"
        return best
    if org_keys(a)[0] == org_keys(b)[0]:
        return _Verdict(0.98, True, [PartMatch("name", a, b, 0.98, "folded")])
    return _compare_words(strip_org_words(a), strip_org_words(b))


_KINDS = {"person": _compare_persons, "place": _compare_places, "org": _compare_orgs}


def compare_names(a: str, b: str, kind: str = "person") -> Match:
    """Compare two names of one kind (person, place, org); see the module doc."""
    compare = _KINDS.get(kind)
    if compare is None:
        raise ValueError(f"unknown kind {kind!r}: expected person, place or org")
    verdict = compare(a, b)
    score = round(verdict.score, 3)
    return Match(score, verdict.same and score >= SAME_THRESHOLD, verdict.parts, verdict.note)
