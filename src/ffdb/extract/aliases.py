"""Aliases declared by the text: "X aka Y", "X (also known as Y)", "Y lakaplı X".

An alias runs from its cue to the closing quote or bracket, a comma, a full stop, or
the first lower-case word that is not the second word of a kunya ("aka Ebu zer"); at
most five words. Titles the text writes stay in the alias ("aka Emir Ebu Omer"): an
alias is kept as written. The owner is the name right before an `after` cue (only
commas, brackets, "who is" between) or right after a `before` cue. An alias without an
owner ("an Arab known as “Dr. Muhammed”") names a person of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ffdb.extract.forms import is_kunya_particle, is_nisba
from ffdb.extract.lexicon import alternation, cues
from ffdb.extract.people import NameMention
from ffdb.extract.scan import CueScanner

EXTRACTOR = "alias_rules.v1"


@dataclass(slots=True)
class AliasLink:
    start: int  # the alias's span
    end: int
    text: str
    owner: int | None  # index into the name mentions, or None
    cue_start: int
    cue_end: int


@cache
def _cue_regex() -> CueScanner:
    pairs = [(f"{c.where}{i}", c.pattern) for i, c in enumerate(cues()) if c.kind == "alias"]
    return alternation(pairs)


_OPEN = "“\"«„‘'("
_CLOSE = "”\"»“’')"
_GAP_AFTER = re.compile(
    r"^[\s,(]*(?:(?:who|which) (?:is|was) |is |was |also |better )?[\s(]*$", re.I
)
# between a "before" cue and its owner: an age at most ("“Əbu Həmzə” ləqəbli 35 yaşlı X")
_GAP_BEFORE = re.compile(r"\s*(?:\d{1,2}[\s-]*(?:yaşlı|yaşındaki|yaşında|летний)\s*)?")
_STOP = re.compile(r"[,;.:!?)\]\n”»\"]|\s[–—-]\s")


def find_aliases(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    out: list[AliasLink] = []
    for match in _cue_regex().finditer(text):
        where = "after" if match.lastgroup and match.lastgroup.startswith("after") else "before"
        link = _after(text, match, names) if where == "after" else _before(text, match, names)
        if link is not None:
            out.append(link)
    return out


def _after(text: str, match: re.Match[str], names: Sequence[NameMention]) -> AliasLink | None:
    span = _extent_forward(text, match.end())
    if span is None:
        return None
    owner = None
    for i in range(len(names) - 1, -1, -1):
        name = names[i]
        if name.end <= match.start():
            if _GAP_AFTER.match(text[name.end : match.start()]):
                owner = i
            break
    start, end = span
    return AliasLink(start, end, text[start:end], owner, match.start(), match.end())


def _before(text: str, match: re.Match[str], names: Sequence[NameMention]) -> AliasLink | None:
    span = _extent_backward(text, match.start())
    if span is None:
        return None
    owner = next(
        (
            i
            for i, n in enumerate(names)
            if n.start >= match.end()
            and _GAP_BEFORE.fullmatch(text[match.end() : n.start])
            and (n.start - match.end() <= 3 or n.kind == "full")
        ),
        None,
    )
    start, end = span
    return AliasLink(start, end, text[start:end], owner, match.start(), match.end())


def _extent_forward(text: str, pos: int) -> tuple[int, int] | None:
    while pos < len(text) and (text[pos].isspace() or text[pos] in _OPEN):
        quoted = text[pos] in _OPEN and text[pos] != "("
        pos += 1
        if quoted:
            close = re.search(r"[”\"»“’]", text[pos : pos + 80])
            if close:
                return _tidy(text, pos, pos + close.start())
    if text.startswith(("the ", "a ", "an "), pos):
        return None
    words = list(re.finditer(r"\S+", text[pos : pos + 120]))
    end = pos
    for i, word in enumerate(words[:5]):
        token = word.group()
        stop = _STOP.search(token)
        core = token[: stop.start()] if stop else token
        lower_ok = (i == 1 and is_kunya_particle(words[0].group())) or is_nisba(core)
        if core and not core[0].isupper() and not lower_ok and core[0] not in "‘ʿ":
            break
        end = pos + word.start() + len(core)
        if stop:
            break
    return _tidy(text, pos, end) if end > pos else None


def _extent_backward(text: str, pos: int) -> tuple[int, int] | None:
    before = text[max(0, pos - 80) : pos].rstrip()
    end = max(0, pos - 80) + len(before)
    if before.endswith(tuple(_CLOSE[:-1])):
        opener = max(before.rfind(c) for c in "“\"«„‘'")
        if opener >= 0:
            return _tidy(text, max(0, pos - 80) + opener + 1, end - 1)
    words = list(re.finditer(r"\S+", before))[-4:]
    start = end
    for word in reversed(words):
        token = word.group()
        if not (token[0].isupper() or is_kunya_particle(token)) or re.search(r"[,;.:]$", token):
            break
        start = max(0, pos - 80) + word.start()
    return _tidy(text, start, end) if start < end else None


def _tidy(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in _OPEN):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:" + _CLOSE):
        end -= 1
    if end - start < 2 or len(text[start:end].split()) > 6:
        return None
    return start, end
