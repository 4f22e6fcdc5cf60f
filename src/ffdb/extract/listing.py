"""Persons named as a list: names joined by commas and "and" ("A, B and C"), and the
entries of a list set out line by line, below the sentence that introduces it or above
the one that closes it. Used by the context's plural pronouns and by the event and fact
rules.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from ffdb.extract.context import DocContext

# Initials the name rules left out of the span ("Тхагапсоеву А. М. и Кодзокову И. Х.")
_INITIALS: Final = r"(?-i:(?:\s*[A-ZА-ЯЁ]\.){0,2})"
# "and" in more than one word: "as well as", "а также", "eləcə də"
_LONG_AND: Final = r"as\s+well\s+as|along\s+with|together\s+with|eləcə\s+də|а\s+также"
LEADING_LONG_AND: Final = re.compile(rf"\s*(?:{_LONG_AND})\s+", re.I)
_AND: Final = rf"(?:and|{_LONG_AND}|и|və|ve|ile)"
# the siblings' word that closes a pair in a list: "Mustafa ve İbrahim Durmaz kardeşler,
# Serkan Öztürk", "Orxan və Emin Babayev qardaşları, Rəşad Nəsirli"
SIBLINGS_AFTER: Final = (
    r"(?:\s+(?:kardeşler|kardeşleri|qardaşları|qardaşlar|bacıları|brothers|sisters|братья|"
    r"сёстры))?"
)
LIST_GAP: Final = re.compile(_INITIALS + SIBLINGS_AFTER + rf"\s*(?:,|,?\s*{_AND})\s*", re.I)
AND_GAP: Final = re.compile(_INITIALS + SIBLINGS_AFTER + rf"\s*,?\s*{_AND}\s*", re.I)


def coordinated_chain(text: str, spans: list[Any]) -> list[int]:
    """The persons of the list that ends with the last of `spans` (objects or tuples with
    start, end, person): "A, B and C" gives C, B, A. Commas alone join only in a list
    closed by "and" ("According to A, B left" is no list)."""

    def parts(x: Any) -> tuple[int, int, int]:
        return (x.start, x.end, x.person) if hasattr(x, "start") else (x[0], x[1], x[2])

    items = [parts(x) for x in spans]
    out = [items[-1][2]]
    closed = False
    for i in range(len(items) - 1, 0, -1):
        gap = text[items[i - 1][1] : items[i][0]]
        if items[i - 1][0] == items[i][0]:  # a plural pronoun: one span, several persons
            out.append(items[i - 1][2])
            continue
        if joined(text, AND_GAP, items[i - 1][1], items[i][0]):
            closed = True
        elif not (closed and joined(text, LIST_GAP, items[i - 1][1], items[i][0])):
            break
        if gap.strip() == "," and SOURCE_BEFORE.search(
            text, max(0, items[i - 1][0] - 30), items[i - 1][0]
        ):
            break  # "According to Ramil Qasimov, Vusal and Elvin were arrested": a source
        out.append(items[i - 1][2])
    return out


# an age or a birth year in brackets after a name
_ASIDE: Final = re.compile(r"\s*\([^()\n]{1,30}\)")


def joined(text: str, join: re.Pattern[str], end: int, start: int) -> bool:
    """Whether text[end:start] is `join`, or `join` and a relation of the next name ("A,
    onun baldızı B və qonşuları C"; see `RELATION_BEFORE`), past an aside in brackets.
    Names side by side with nothing but spaces between are never joined."""
    aside = _ASIDE.match(text, end, start)  # "Aynur Həsənova (33 yaş), onun baldızı B"
    found = join.match(text, aside.end() if aside else end, start)
    if found is None or not found.group().strip(" "):
        return False
    if found.end() == start:
        return True
    relation = RELATION_BEFORE.search(text, found.end(), start)
    return relation is not None and relation.start() == found.end()


SOURCE_BEFORE: Final = re.compile(
    # "along with" joins a list ("A and B, along with C, D and E"): no source
    r"(?:according to|said|says|told|by|from|(?<!along )(?<!together )with|"
    r"по данным|по словам|по информации|"
    r"sözlərinə görə|məlumatına görə|göre|açıklamasına göre)\s+$",
    re.I,
)


# A list entry's mark: a number, a keycap digit ("1️⃣"), a dash or a bullet; and the
# mark at a line's start.
ENTRY_MARK: Final = r"(?:\d{1,2}[.)]|\d\ufe0f?\u20e3|[-•–—*▪●])"
ENTRY_LINE: Final = re.compile(r"[ \t]*" + ENTRY_MARK + r"[ \t]+")


def joined_run(text: str, agents: list[tuple[int, int, int]], join: re.Pattern[str]) -> list[int]:
    """The persons of `agents` ((start, end, person), in order) from the first on, as long
    as the gap before each is all `join` ("A (35), B və C"), each once, in order."""
    if not agents:
        return []
    out = [agents[0][2]]
    for before, after in itertools.pairwise(agents):
        if not join.fullmatch(text, before[1], after[0]):
            break
        out.append(after[2])
    return list(dict.fromkeys(out))


def listed_after_line(ctx: DocContext, pos: int, lines: int = 30) -> list[int]:
    """The persons opening each entry of a list that starts on one of the two lines after
    the one holding `pos`, when `pos` is in that line's last sentence (blank lines between
    entries allowed): "они объявлены в розыск.\n\n1. A, ...\n\n2. B, ...". Empty unless
    two or more; the entries' own lines may hold more sentences."""
    text = ctx.text
    line = text.find("\n", pos)
    here = ctx.index.at(pos)
    if line == -1 or here is None or text[here.end : line].strip():
        return []  # only the paragraph's last sentence introduces what follows
    out: list[int] = []
    gap = 0
    while line != -1 and len(out) < lines:
        line += 1
        end = text.find("\n", line)
        stop = len(text) if end == -1 else end
        if not text[line:stop].strip():
            line = end
            continue
        item = ENTRY_LINE.match(text, line)
        if item is None:
            if out or gap >= 1:
                break
            gap += 1  # one line may stand between ("Their names:")
            line = end
            continue
        named = ctx.names_in(item.end(), min(item.end() + 60, stop))
        if not named or named[0].person is None or named[0].start - item.end() > 30:
            break
        out.append(named[0].person)
        line = end
    out = list(dict.fromkeys(out))
    return out if len(out) >= 2 else []


def listed_above(ctx: DocContext, pos: int, lines: int = 12) -> list[int]:
    """The persons opening each entry of the list of lines ending in the line that holds
    `pos` or right before it ("- A, 1985-ci il təvəllüdlü;\n- B ...;\n- C ...\nbu ayın
    14-də saxlanılıblar", "— X;\n— Y\nзадержаны"): empty unless two or more."""
    text = ctx.text
    line = text.rfind("\n", 0, pos) + 1
    if not ENTRY_LINE.match(text, line):
        if line == 0:
            return []
        line = text.rfind("\n", 0, line - 1) + 1  # the cue's own line follows the list
    out: list[int] = []
    for _ in range(lines):
        item = ENTRY_LINE.match(text, line)
        if item is None:
            break
        named = ctx.names_in(item.end(), min(item.end() + 60, pos))
        if not named or named[0].person is None or named[0].start - item.end() > 30:
            break
        out.append(named[0].person)
        if line == 0:
            break
        line = text.rfind("\n", 0, line - 1) + 1
    out = list(dict.fromkeys(reversed(out)))
    return out if len(out) >= 2 else []


# An English relation of the one named next: "his younger brother", "their cousin".
EN_RELATION: Final = (
    r"(?:his|her|their) (?:(?:younger|older|elder|little|big|childhood|best|close) )?"
    r"(?:brother|wife|husband|son|cousin|sister|father|friend|neighbou?r|sister-in-law|"
    r"brother-in-law|nephew|fellow villager)"
)
# A relation before a listed name is part of its item ("X and his brother Y", "X və
# qardaşı Y", "X и его брат Y").
RELATION_BEFORE: Final = re.compile(
    r"(?<=\s)(?:" + EN_RELATION + "|"
    r"(?:его |её |ее |их )?(?:брат|жена|муж|сын|двоюродный брат|сестра|отец|"
    r"(?:школьный |близкий )?друг|одноклассник|приятель|односельчанин|сосед|племянник)|"
    r"(?:onun |onların )?(?:qardaşı|həyat yoldaşı|oğlu|bacısı|atası|əmisi oğlu|"
    r"(?:uşaqlıq )?dostu|sinif yoldaşı|qonşusu|qonşuları|baldızı|həmkəndlisi)|"
    r"(?:onun |onların )?(?:kardeşi|eşi|oğlu|ağabeyi|babası|(?:çocukluk |yakın )?arkadaşı|"
    r"komşusu|komşuları|kuzeni|yeğeni)|"
    # who the next person is ("və 1991-ci il təvəllüdlü Qusar rayon sakini Y", "и
    # 25-летний житель Буйнакска Y")
    r"(?:[^\s,.;:()]+\s+){0,5}?(?:sakini|sakinleri|təvəllüdlü|doğumlu|yaşlı|nəfər|"
    r"уроженец|уроженка|житель|жительница|\d+-летн(?:ий|яя|его|юю)(?: житель\w*)?)"
    r"(?:\s+[^\s,.;:()]+){0,3}?)\s+$",
    re.I,
)
