"""A number of persons, unnamed where the cue tells their status ("three men were
repatriated", "police detained four suspects", "3 nəfər saxlanılıb", "5 şüpheli
gözaltına alındı", "задержаны трое мужчин"), named right after: the event is each of
those named, when they are just that many. They are the first names after the cue's
sentence (or after a colon in it), joined in one list ("They are A, B and C", "A, B və C
... keçiblər"), or the entries of a list that opens right below ("The men are:\n1. A
...").

A count that does not fit ("arrested three men. A and B were questioned") names no one,
but a sentence right after opening by telling one of them ("One of them is A", "A second
man, B,", "Şüphelilerden biri ... A", "Один из них — A") names that one of them, and
sentences opening with parts of them ("Two of the five, A and B", "The other three, C, D
and E") name those (`event_partitions`).
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_counted import entries_after
from ffdb.extract.event_lists import coordinated_chain
from ffdb.extract.event_nouns import members_named
from ffdb.extract.event_partitions import parts_named
from ffdb.extract.scan import Needles, trie_pattern
from ffdb.extract.sentences import Sentence

_COUNTS: Final = {
    **{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8},
    **{"nine": 9, "ten": 10},
    **{"два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4},
    **{"четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6},
    **{"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7},
    **{"двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6},
    **{"iki": 2, "üç": 3, "dörd": 4, "dört": 4, "beş": 5, "altı": 6, "yeddi": 7},
    **{"yedi": 7, "səkkiz": 8, "sekiz": 8, "doqquz": 9, "dokuz": 9, "on": 10},
}
# The numbers counting persons, and the Russian collective numerals that need no noun
_NUMBER_WORDS: Final = (
    "2 3 4 5 6 7 8 9 10 two three four five six seven eight nine ten "
    "два две двух три трех трёх четыре четырех четырёх пять пяти шесть шести "
    "двое трое четверо пятеро шестеро семеро двоих троих четверых пятерых шестерых "
    "iki üç dörd dört beş altı yeddi yedi səkkiz sekiz doqquz dokuz"
).split()
_COLLECTIVE: Final = "двое трое четверо пятеро шестеро семеро".split()
# The number and the noun of persons it counts, with up to two words between ("four
# adult citizens", "3 nəfər Azərbaycan vətəndaşı", "трое уроженцев Дагестана"). The
# numbers as a trie, after a test of their first letters: `re` tried some fifty of them
# at every word start (only one number can be followed by a space, so the order of the
# words never mattered).
_COUNTED_NOUN: Final = re.compile(
    rf"(?<![\w-])(?=[{''.join(sorted({w[0] for w in _NUMBER_WORDS + _COLLECTIVE}))}])(?:"
    rf"(?P<n>{trie_pattern(set(_NUMBER_WORDS))})\s+(?:[^\W\d_]+\s+){{0,2}}?"
    r"(?:men|women|persons|people|suspects|citizens|nationals|adults|fighters|militants|"
    r"returnees|individuals|detainees|defendants|brothers|members|"
    r"мужчин[аы]?|женщин[аы]?|человека?|подозреваем\w+|граждан\w*|боевик\w*|уроженц\w+|"
    r"жител\w+|выходц\w+|фигурант\w*|"
    r"(?:nəfər|şəxs|vətəndaş|qadın|kişi|şübhəli|şüpheli|zanlı|vatandaş|kadın|erkek|şahıs|"
    r"yabancı|militan)(?:[iıuüə]|y[iıuü]|n[iıuü])?)(?![\w-])"
    # a bare Russian collective numeral needs no noun ("задержаны трое")
    rf"|(?P<c>{'|'.join(_COLLECTIVE)})(?![\w-]))",
    re.I,
)
_COUNTED_NEEDLES: Final = Needles(_COUNTED_NOUN)
# From the count to the cue: a clause's words, no stop; no relative pronoun ("detained
# two men who returned from Syria": the relative clause describes them, the detention is
# the event told of them).
_TO_CUE: Final = re.compile(
    r"(?:(?!(?<![\w-])(?:who|which|that|которые|который|которых|kim)(?![\w-]))[^.;:!?\n]){0,120}",
    re.I,
)
# A verb coordinated right before the cue ("... and detained"): the count before is the
# object of the verb before it, or the subject of both, told of by that verb already.
_SHARED_VERB: Final = re.compile(r"(?<![\w-])(?:and|и|və|ve|а)\s+$", re.I)
# A passive's auxiliary right before the participle ("were (later) repatriated").
_AUXILIARY: Final = re.compile(
    r"(?<![\w-])(?:was|were|been|being|are|is)\s+(?:[^\W\d_]+ly\s+|later\s+|also\s+)?$",
    re.I,
)


# From the cue to a count it governs: a few words ("arrested three men", "задержали
# на границе двух мужчин").
_TO_COUNT: Final = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}")
# What may stand between the cue's sentence and the names: a little text naming no one.
_NAMES_REACH: Final = 600


def named_group(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    mode: str,
) -> list[int]:
    """The persons a count in the cue's clause stands for, named right after; none
    unless the text names just that many there. `mode`: the cue's (see `data/events.tsv`)."""
    count = _count_at(ctx, sentence.start, clause, match, mode)
    if count == 0:
        return []
    chain = _named_right_after(ctx, sentence, match, count)
    # "arrested three men. One of them is A ... A second man, B": each told one of them
    return chain or members_named(ctx, sentence, count) or parts_named(ctx, sentence, count)


def _named_right_after(
    ctx: DocContext, sentence: Sentence, match: re.Match[str], count: int
) -> list[int]:
    text = ctx.text
    colon = text.find(":", match.end(), sentence.end)
    start = sentence.end if colon == -1 else colon + 1
    if ctx.agents_in(match.end(), start):
        return []
    names = [n for n in ctx.names_in(start, start + _NAMES_REACH) if n.person is not None]
    if not names:
        return []
    # the names come in the next paragraph at most, or in a list under a line of its own
    gaps = text.count("\n\n", start, names[0].start)
    entries = entries_after(ctx, start)
    if entries and entries[0] == names[0].person:  # a list below: just that many entries
        return entries if len(entries) == count and gaps <= 2 else []
    if gaps > 1:
        return []
    # the longest list opening with the first name ("A, B" joins only when "and C" closes it)
    chain: list[int] = []
    for k in range(1, min(len(names), count + 1)):
        longer = list(dict.fromkeys(coordinated_chain(text, names[: k + 1])))[::-1]
        if longer[0] == names[0].person and len(longer) > len(chain):
            chain = longer
    return chain if len(chain) == count else []


def _count_at(
    ctx: DocContext,
    sentence_start: int,
    clause: tuple[int, int],
    match: re.Match[str],
    mode: str,
) -> int:
    """The number of a count of persons before the cue in its sentence, in the same
    clause of it (no name, stop or relative pronoun between), or right after the cue (an
    active verb's object); else 0."""
    text, start, end = ctx.text, match.start(), match.end()
    found: re.Match[str] | None = None
    # from the sentence's start: "Three men and six children were repatriated"; never
    # before an active verb, nor the object of a verb before ("killed two militants and
    # detained a third"): before an English participle, only its passive's subject
    lo = start if mode == "obj" else max(sentence_start, start - 120)
    # (the regex only where the stretch holds a word every match holds: most hold none)
    low = ctx.folded()
    if _COUNTED_NEEDLES.may_match(low, lo, start):
        for hit in _COUNTED_NOUN.finditer(text, lo, start):
            if not _TO_CUE.fullmatch(text, hit.end(), start) or ctx.agents_in(hit.start(), start):
                continue
            if _SHARED_VERB.search(text, hit.end(), start):
                continue
            if mode == "ptcp" and not _AUXILIARY.search(text, hit.end(), start):
                continue
            found = hit
    hi = min(clause[1], end + 40)
    if found is None and _COUNTED_NEEDLES.may_match(low, end, hi):
        after = _COUNTED_NOUN.search(text, end, hi)
        if after is not None and _TO_COUNT.fullmatch(text, end, after.start()):
            found = after
    if found is None:
        return 0
    word = (found.group("n") or found.group("c") or "").lower()
    return int(word) if word.isdigit() else _COUNTS.get(word, 0)
