"""Who an interview's answer tells of when it names no one: the person its question asks
about ("— Ramindən son xəbər nə vaxt gəlib? — 2019-cu ildə kürdlər onu əsir götürüblər",
"— Когда Магомед уехал? ..."), else, for a question naming no one ("— Что было дальше?
— В 2018 году курды его задержали"), the one person the questions ask about most. The
answer is the line right after its question line; one naming anyone before the cue's
clause ends ("Ibrahima убили в 2015 году") keeps its own. First-person cues are the
narrator's (`event_narrators`), decided before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_narrators import QUESTION_LINE
from ffdb.extract.lexicon import given_gender


@lru_cache(maxsize=8)
def _question_lines(text: str) -> tuple[tuple[int, int], ...]:
    if "?" not in text:
        return ()
    return tuple(m.span() for m in QUESTION_LINE.finditer(text))


# A cue telling no deed done: a verbal noun of a wish or a plea ("geri qaytarılmasını
# istəyirəm", "iade edilmesini"), a present ("Rusiyaya işləməyə gedir").
_NO_DEED: Final = re.compile(
    r"(?:m[aəe]s[ıi](?:n[ıi]|n[aəe]|nd[aəe]n)?|m[aəe]k|[ıiuü]r|yor)$", re.I
)


def answer_topic(ctx: DocContext, clause: tuple[int, int], match: re.Match[str]) -> int | None:
    """The person the answer holding the cue `match` tells of (see the module's
    docstring), when it names no one up to the end of the cue's clause; else None.
    Not a wish, a plea or a present; nor an active verb whose object is a place
    ("когда освободили Мосул")."""
    lines = _question_lines(ctx.text)
    if len(lines) < 2:
        return None
    start, end = match.span()
    if _NO_DEED.search(match.group()):
        return None
    after = ctx.places_in(end, end + 30)
    if after and not ctx.text[end : after[0].start].strip():
        return None
    k = bisect_right([s for s, _ in lines], start) - 1
    if k < 0 or start < lines[k][1]:
        return None
    text, asked_end = ctx.text, lines[k][1]
    answer = asked_end + len(text[asked_end:start]) - len(text[asked_end:start].lstrip())
    if text.find("\n", answer, start) >= 0:
        return None  # not the answer's first line
    if any(n.person is not None for n in ctx.names_in(answer, clause[1])):
        return None
    if _other_named(ctx, answer, start):
        return None  # "Был такой Ахмед ... Его арестовали": a name the rules did not read
    asked = {n.person for n in ctx.names_in(*lines[k]) if n.person is not None}
    if not asked:
        asked = _inflected(ctx, *lines[k])  # "Ramindən son xəbər nə vaxt gəlib?"
    if asked:
        return asked.pop() if len(asked) == 1 else None
    return _most_asked(ctx, lines)


_CAPITALISED: Final = re.compile(r"[^\W\d_a-zа-яёəçşğüöı]\w{3,}")


def _inflected(ctx: DocContext, start: int, end: int) -> set[int]:
    """The persons a question names by a word of their name with a case ending the
    rules did not read ("Ramindən", "Samirin"): a capitalised word that opens with one."""
    words = [w.group() for w in _CAPITALISED.finditer(ctx.text, start, end)]
    if not words:
        return set()
    out: set[int] = set()
    for name in ctx.names:
        if name.person is None:
            continue
        for part in ctx.text[name.start : name.end].split():
            if len(part) >= 4 and any(w != part and w.startswith(part) for w in words):
                out.add(name.person)
    return out


# A capitalised word inside a sentence: a name, unless a place or a group.
_INNER_CAPITAL: Final = re.compile(
    r"(?:(?<=[^\W\d_],\s)|(?<=[^\W\d_A-ZА-ЯЁƏÇŞĞÜÖİ]\s))[^\W\d_a-zа-яёəçşğüöı]\w+"
)


def _other_named(ctx: DocContext, start: int, end: int) -> bool:
    """Whether text[start:end] holds a capitalised word inside a sentence that is a given
    name, or no place and no group: someone named whom the rules did not read as a
    person."""
    for word in _INNER_CAPITAL.finditer(ctx.text, start, end):
        at = word.start()
        if given_gender(word.group()) is not None:
            return True  # a given name, even one a place bears ("Шамиль")
        spans = [(m.start, m.end) for m in ctx.places_in(max(0, at - 40), at + 1)]
        spans += [(m.start, m.end) for m in ctx.groups_in(max(0, at - 60), at + 1)]
        if not any(lo <= at < hi for lo, hi in spans):
            return True
    return False


def _most_asked(ctx: DocContext, lines: tuple[tuple[int, int], ...]) -> int | None:
    """The one person more question lines name than any other."""
    counts = Counter(
        p for s, e in lines for p in {n.person for n in ctx.names_in(s, e) if n.person is not None}
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
