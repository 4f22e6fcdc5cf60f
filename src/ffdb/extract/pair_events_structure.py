"""What the structure around an event candidate says (see `pair_events`): features the
rules read when they refuse a cue's person and the model could not see.

- A count near the cue that the names of its sentence do not fill ("задержаны трое
  подозреваемых — A и B", "üç vətəndaş ... qaytarıb"): the list is not the counted set,
  or not all of it; unless they are said to be "among" those counted. A person of that
  sentence gets no candidate (`count_over_same`: none of the 13 in the training sets
  was right).
- The person's own clause or sentence holds a cue of its own, or the person is set
  against another ("Qadın sərbəst buraxılıb, Quliyev isə həbs edilib": released is the
  woman's, arrested Quliyev's; ", а X", "while X").
- Entries of a list: whether the person's line and the cue's are entries of one list
  (numbered or dashed), and whether the person's entry line tells a status of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.listing import ENTRY_LINE
from ffdb.extract.sentences import Sentence

_COUNTS: Final = {
    **{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8},
    **{"nine": 9, "ten": 10, "both": 2},
    **{"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7},
    **{"двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7},
    **{"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7},
    **{"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5},
    **{"оба": 2, "обе": 2, "обоих": 2},
    **{"iki": 2, "üç": 3, "dörd": 4, "dört": 4, "beş": 5, "altı": 6, "yeddi": 7},
    **{"yedi": 7, "səkkiz": 8, "sekiz": 8, "doqquz": 9, "dokuz": 9},
}
# words that count persons by themselves ("трое", "both")
_COLLECTIVE: Final = frozenset(
    ["both", "оба", "обе", "обоих"] + [w for w in _COUNTS if w.endswith(("ое", "еро", "их", "ых"))]
)
# a count word or a number, then (past one word at most) a noun of persons: "трое
# подозреваемых", "üç vətəndaşını", "3 sanık", "two other returnees"
_PERSON_NOUNS: Final = (
    r"men|women|people|persons|suspects|citizens|nationals|returnees|fighters|defendants|"
    r"militants|members|brothers|residents|"
    r"человек|граждан|подозреваем|жител|мужчин|женщин|боевик|уроженц|фигурант|выходц|"
    r"обвиняем|член|участник|"
    r"nəfər|şəxs|vətəndaş|qadın|kişi|gənc|şübhəli|təqsirləndiril|döyüşçü|sakin|"
    r"kadın|şüpheli|vatandaş|sanık|genç|militan"
)
_COUNT: Final = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + r"|\d{1,3})"
    r"(?![\w-])(?:\s+(?!yaş|лет|год|year)[^\W\d_]+)??\s+(" + _PERSON_NOUNS + ")",
    re.I,
)
# What `_COUNT` needs in a `folded` text (dotless "ı" read as "i": "sanık" is "sanik"
# there): a noun of persons after a space. Opening with a class, `re` skips to the spaces,
# where `_COUNT` tries its look-behind everywhere; most cues have no such noun near.
_PERSON_NOUN_AFTER_SPACE: Final = re.compile(r"\s(?:" + _PERSON_NOUNS.replace("ı", "i") + ")")
_COUNT_REACH: Final = 80
# "three men were arrested, among them A": the names are some of those counted
_AMONG: Final = re.compile(
    r"(?<![\w-])(?:among|including|в том числе|среди|arasında|dahil|o cümlədən)(?![\w-])", re.I
)


def count_features(
    ctx: DocContext, sentence: Sentence, start: int, end: int, named: int, same: bool
) -> dict[str, float]:
    """How a count near the cue compares with the `named` persons of its sentence."""
    lo, hi = max(sentence.start, start - _COUNT_REACH), min(sentence.end, end + _COUNT_REACH)
    text = ctx.text
    if not any(c.isdigit() for c in text[lo:hi]) and not _any_count_word(ctx.low, lo, hi):
        return {}
    count = 0
    low = ctx.folded()
    if low is not None and _PERSON_NOUN_AFTER_SPACE.search(low, lo, hi) is None:
        count = _collective(ctx.low, lo, hi)  # no noun: `_COUNT` finds nothing
    else:
        for found in _COUNT.finditer(text, lo, hi):
            word = found.group(1).lower()
            count = int(word) if word.isdigit() else _COUNTS.get(word, 0)
            if count >= 2:
                break
        else:
            count = _collective(ctx.low, lo, hi)
    if count < 2:
        return {}
    features = {"count_told": 1.0}
    if count > named:
        features["count_over"] = 1.0  # fewer names than counted
        if same and not _AMONG.search(text, sentence.start, sentence.end):
            features["count_over_same"] = 1.0
    elif count == named:
        features["count_fits"] = 1.0
    else:
        features["count_under"] = 1.0
    return features


_COLLECTIVE_WORD: Final = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_COLLECTIVE, key=len, reverse=True)) + r")(?![\w-])"
)


# the words alone, without the look-behind `re` tries at every position: a cheap scan first
_COLLECTIVE_PLAIN: Final = re.compile("|".join(sorted(_COLLECTIVE, key=len, reverse=True)))


def _collective(low: str, lo: int, hi: int) -> int:
    if _COLLECTIVE_PLAIN.search(low, lo, hi) is None:
        return 0
    found = _COLLECTIVE_WORD.search(low, lo, hi)
    return 0 if found is None else _COUNTS[found.group()]


_COUNT_GATE: Final = tuple(sorted({w[:3] for w in _COUNTS}))


def _any_count_word(low: str, lo: int, hi: int) -> bool:
    part = low[lo:hi]
    return any(stem in part for stem in _COUNT_GATE)


def cue_starts(ctx: DocContext) -> list[int]:
    """Where each cue the rules read starts, sorted (for `cues_in`)."""
    return sorted(match.start() for match, _status, _mode in ctx.cue_hits)


def cues_in(starts: list[int], lo: int, hi: int, skip: int) -> bool:
    """Whether a cue other than the one at `skip` starts in [lo, hi)."""
    i = bisect_left(starts, lo)
    while i < len(starts) and starts[i] < hi:
        if starts[i] != skip:
            return True
        i += 1
    return False


# the person set against another: "Qadın sərbəst buraxılıb, Quliyev isə həbs edilib",
# "Öztürk ise aranıyor", "Закирова же", ", а Руфат", "while Beslan was wounded"
_CONTRAST_AFTER: Final = re.compile(r"(?:['’][^\W\d_]{1,5})?\s+(?:isə|ise|же)(?![\w-])", re.I)
_CONTRAST_BEFORE: Final = re.compile(
    r"(?:[,;]\s*(?:а|но)|(?<![\w-])(?:while|whereas|but|ancak|amma|lakin))\s+$", re.I
)


def contrast_features(ctx: DocContext, person_at: int, person_end: int) -> dict[str, float]:
    """Whether the person is set against another ("X isə", ", а X", "while X")."""
    if _CONTRAST_AFTER.match(ctx.text, person_end) or _CONTRAST_BEFORE.search(
        ctx.text, max(0, person_at - 12), person_at
    ):
        return {"p_contrast": 1.0}
    return {}


def own_cue_features(
    ctx: DocContext,
    starts: list[int],
    sentence: Sentence,
    cue: int,
    person_at: int,
    same_clause: bool,
) -> dict[str, float]:
    """Whether the person's own clause (in the cue's sentence) or sentence (elsewhere)
    holds another cue."""
    features: dict[str, float] = {}
    own = ctx.index.at(person_at)
    if own is None:
        return features
    if own.index == sentence.index:
        if not same_clause:
            clause = ctx.clause_at(own, person_at)
            if cues_in(starts, clause[0], clause[1], cue):
                features["p_clause_cue"] = 1.0
    elif cues_in(starts, own.start, own.end, cue):
        features["p_sentence_cue"] = 1.0
    return features


def entry_features(
    ctx: DocContext, starts: list[int], cue: int, person_at: int
) -> dict[str, float]:
    """Whether the person and the cue stand on entries of a list, one or two."""
    text = ctx.text
    p_line = text.rfind("\n", 0, person_at) + 1
    c_line = text.rfind("\n", 0, cue) + 1
    p_entry = ENTRY_LINE.match(text, p_line) is not None
    c_entry = ENTRY_LINE.match(text, c_line) is not None
    features: dict[str, float] = {}
    if p_entry:
        features["p_entry"] = 1.0
        p_end = text.find("\n", person_at)
        p_end = len(text) if p_end < 0 else p_end
        if not cues_in(starts, p_line, p_end, -1):
            features["p_entry_no_cue"] = 1.0  # the entry's own line tells no status
    if c_entry:
        features["cue_entry"] = 1.0
        if p_entry and p_line != c_line:
            features["cue_other_entry"] = 1.0
    return features
