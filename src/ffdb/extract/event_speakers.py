"""Who "I" is in a transcript: lines opened by a speaker's label ("NƏBİYEV:", "ВЕДУЩИЙ
(Олег Семенов):", "Interviewer:", "Q:", "— Корр.:") belong to that speaker. The host's,
the interviewer's or the correspondent's label never takes a first-person event (they ask,
the guest tells); a label in surname form ("BEŞTOEV:", "Seitkali:") names the guest, the
person of the text whose name holds it; an answer's bare label ("A:", "Cavab:") says
nothing of who answers, so the narrator is chosen as in any interview.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext

# A label opening a line: one or two words, perhaps a dash before and a name in brackets
# after ("APARICI (Kamran Sadıqov):"), then a colon and the line's text.
_LABEL: Final = re.compile(
    r"^[ \t]*(?:[—–-][ \t]*)?([^\W\d_][^\W\d_.’'-]*\.?(?: [^\W\d_][^\W\d_.]*\.?)?)"
    r"(?:[ \t]*\([^)\n]{1,60}\))?[ \t]*:[ \t]+\S",
    re.M,
)
_HOSTS: Final = frozenset(
    "aparici aparıcı müxbir muxbir jurnalist sual anchor presenter host interviewer "
    "journalist reporter correspondent moderator q spiker sunucu muhabir soru s gazeteci "
    "ведущий ведущая корр. корреспондент журналист вопрос в интервьюер".split()
)
_ANSWERS: Final = frozenset("a cavab cevap c ответ о answer".split())
HOST: Final = -2  # `labelled` of a host's line (or an unknown guest's): nobody
UNLABELLED: Final = -1


def _fold(word: str) -> str:
    return word.replace("İ", "i").replace("I", "i").replace("ı", "i").lower()


def _speaker_label(label: str) -> bool:
    """A label a transcript gives its speakers: a role or a name in capitals."""
    folded = _fold(label)
    return folded in _HOSTS or folded in _ANSWERS or (label.isupper() and len(label) > 1)


def _transcript(text: str) -> bool:
    """Two speakers' labels or more (so not one "Note:" line of prose)."""
    found = 0
    for match in _LABEL.finditer(text):
        if _speaker_label(match.group(1)):
            found += 1
            if found >= 2:
                return True
    return False


def labelled(ctx: DocContext, pos: int) -> int:
    """The person whose label opens the line of `pos`; `HOST` for a host's line;
    `UNLABELLED` when no label tells (no transcript, no label, an answer's bare one)."""
    text = ctx.text
    if ":" not in text:
        return UNLABELLED
    line = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", line)
    match = _LABEL.match(text, line, len(text) if stop < 0 else stop)
    if match is None or match.end() > pos + 1 or not _transcript(text):
        return UNLABELLED
    label = match.group(1)
    folded = _fold(label)
    if folded in _HOSTS:
        return HOST
    if folded in _ANSWERS or " " in label:
        return UNLABELLED
    named = _named(ctx, folded)
    return HOST if named == UNLABELLED else named  # a guest the text names no other way


def _named(ctx: DocContext, surname: str) -> int:
    """The first person of the text named by a name holding `surname` ("Oqtay
    Nəbiyevdir" for "NƏBİYEV")."""
    text = ctx.text
    if len(surname) < 3:
        return UNLABELLED
    for start, end, person in ctx.agents_in(0, len(text)):
        for word in text[start:end].split():
            if _fold(word).startswith(surname):
                return person
    return UNLABELLED
