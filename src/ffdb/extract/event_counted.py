"""A subject that counts the persons named before ("all four adults left for Syria",
"все трое были задержаны", "hər üçü saxlanılıb", "dörd nəfərin hər biri barəsində",
"ikisi de tutuklandı", "both men were jailed"): the event is each of them. They are
the last list of that many names joined by commas and "and" (items may carry ages and
brackets), else the last that many entries of a numbered or dashed list.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_lists import coordinated_chain
from ffdb.extract.event_spots import Spots
from ffdb.extract.listing import ENTRY_MARK
from ffdb.extract.people_mention import NameMention
from ffdb.extract.scan import WordsGate, lowered, word_start_regex

_NUMBERS: Final = {
    **{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2},
    **{"seven": 7, "eight": 8, "nine": 9},
    **{"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6},
    **{"семеро": 7, "восьмеро": 8, "девятеро": 9},
    **{"двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "оба": 2, "обе": 2, "обоих": 2},
    **{"шестерых": 6, "семерых": 7, "восьмерых": 8, "девятерых": 9},
    **{"iki": 2, "üç": 3, "dörd": 4, "dört": 4, "beş": 5, "altı": 6},
    **{"yeddi": 7, "yedi": 7, "səkkiz": 8, "sekiz": 8, "doqquz": 9, "dokuz": 9},
    **{"ikisi": 2, "üçü": 3, "dördü": 4, "beşi": 5, "altısı": 6},
    **{"yeddisi": 7, "yedisi": 7, "səkkizi": 8, "sekizi": 8, "doqquzu": 9, "dokuzu": 9},
}
# (ten is left out: "on", "onu" are also "him" and "them" in Azerbaijani and Turkish)
_COUNTED_BODY: Final = (
    r"(?:all|the) (?:two|three|four|five|six|seven|eight|nine)(?: (?:men|women|adults|"
    r"suspects|brothers|defendants|of them))?|"
    r"(?:two|three|four|five|six) of (?:our|the|their) (?:brothers|men|fighters|mujahidin)|"
    r"both(?: (?:men|women|brothers|suspects|defendants|of them))?|"
    r"(?:все|всех) (?:двое|трое|четверо|пятеро|шестеро|семеро|восьмеро|девятеро|двоих|"
    r"троих|четверых|пятерых|шестерых|семерых|восьмерых|девятерых)|"
    r"(?:оба|обе|обоих)(?: (?:брата|мужчин[аы]?|подозреваемых|фигуранта))?|"
    r"(?:iki|üç|dörd|dört|beş|altı|yeddi|yedi|səkkiz|sekiz|doqquz|dokuz) (?:nəfərin|kişinin|"
    r"şəxsin|şüphelinin) (?:hər|her) biri(?:nə|ne|ndən|nden)?|"
    r"(?:hər|her) (?:ikisi|üçü|dördü|beşi|altısı|yeddisi|yedisi|səkkizi|sekizi|doqquzu|"
    r"dokuzu)(?:nə|ne)?|"
    r"(?:ikisi|üçü|dördü|beşi|altısı|yeddisi|yedisi|səkkizi|sekizi|doqquzu|dokuzu) (?:də|de|da)"
)
_COUNTED: Final = word_start_regex(_COUNTED_BODY)
_COUNTED_SPOTS: Final = Spots(_COUNTED, _COUNTED_BODY)  # (asked before every cue)
_RELATIVE: Final = re.compile(r"\s*(?:who|which|that|которые|кто)\s", re.I)
_COUNT_WORD: Final = re.compile(r"[^\W\d_]+")
_TO_CUE: Final = re.compile(r"[^.;:!?\n]{0,50}")
_TO_CUE_FAR: Final = re.compile(r"[^.;:!?\n]{0,140}")
_WORDS: Final = re.compile(r"[^\W\d_]+")


def counted_persons(ctx: DocContext, clause_start: int, cue_start: int) -> list[int] | None:
    """None when no counting subject stands before the cue in its clause; else the
    persons it counts (empty when the text names no such list)."""
    if _RELATIVE.match(ctx.text, clause_start):
        clause_start = 0  # "two of our brothers who were killed": the clause it qualifies
    found = _COUNTED_SPOTS.search(ctx.text, max(clause_start, cue_start - 80), cue_start)
    if found is None:
        return _all_listed(ctx, clause_start, cue_start)
    # a verb-final language puts the whole clause between ("Hər üçü DTX tərəfindən Bakı
    # hava limanında saxlanılıb")
    final = ctx.language in ("az", "tr")
    if not (_TO_CUE_FAR if final else _TO_CUE).fullmatch(ctx.text, found.end(), cue_start):
        return None
    if ctx.agents_in(found.start(), cue_start):
        return None
    if len(_WORDS.findall(ctx.text, found.end(), cue_start)) > (10 if final else 4):
        return None
    counts = [_NUMBERS[w] for w in _COUNT_WORD.findall(found.group().lower()) if w in _NUMBERS]
    if not counts:
        return None
    count = counts[0]
    return _last_list(ctx, found.start(), count) or _next_entries(ctx, cue_start, count)


# A subject saying all of those listed, their number untold ("Qadınların hamısı ...
# gediblər" then the list, "Все они выехали в Сирию" after it, "All of them had travelled").
_ALL: Final = re.compile(
    r"(?<![\w-])(?:"
    r"(?:[^\W\d_]+(?:ların|lərin|ların|lerin) )?(?:hamısı|hepsi|tümü|tamamı)|"
    r"(?:hamısı|hepsi|tümü) (?:da|də|de)|"
    r"все (?:они|эти (?:женщины|мужчины|люди)|женщины|мужчины|перечисленные)|"
    r"all of them|all (?:the|these|those) (?:women|men|returnees|detainees|suspects)"
    r")(?![\w-])",
    re.I,
)
_ALL_GATE: Final = WordsGate(
    tuple(lowered(w) for w in ("hamısı", "hepsi", "tümü", "tamamı", "все", "all"))
)


def _all_listed(ctx: DocContext, clause_start: int, cue_start: int) -> list[int] | None:
    """The entries of the list after (else before) a subject saying "all of them"."""
    # the sentence's subject, over the clauses its "və ya", "или" open
    sentence = ctx.index.at(cue_start)
    lo = max(clause_start if sentence is None else sentence.start, cue_start - 160)
    if not _ALL_GATE(ctx.text):
        return None
    found = _ALL.search(ctx.text, lo, cue_start)
    if found is None or not _TO_CUE_FAR.fullmatch(ctx.text, found.end(), cue_start):
        return None
    if ctx.agents_in(found.start(), cue_start):
        return None
    after = entries_after(ctx, cue_start)
    if len(after) >= 2 and _near_list(ctx, cue_start, after[0]):
        return after
    before = entries_before(ctx, found.start())
    return before if len(before) >= 2 else None


def _near_list(ctx: DocContext, pos: int, person: int) -> bool:
    """Whether the list of `person` opens within two paragraphs after `pos`."""
    first = next(
        (n for n in ctx.names[bisect_left(ctx._name_starts, pos) :] if n.person == person), None
    )
    return first is not None and ctx.text.count("\n\n", pos, first.start) <= 2


def entries_before(ctx: DocContext, pos: int) -> list[int]:
    """The persons opening the entries of the list that ends just before `pos`."""
    stop = bisect_left(ctx._name_starts, pos)
    entries: list[int] = []
    for name in reversed(ctx.names[max(0, stop - 60) : stop]):
        line = ctx.text.rfind("\n", 0, name.start) + 1
        if not _ENTRY.fullmatch(ctx.text, line, name.start) or name.person is None:
            continue
        if entries and ctx.text.count("\n\n", name.end, pos) > 2:
            break
        if not entries and ctx.text.count("\n\n", name.end, pos) > 2:
            return []
        if name.person not in entries:
            entries.append(name.person)
    return entries[::-1]


_ENTRY: Final = re.compile(r"[ \t]*" + ENTRY_MARK + r"[ \t]*")
_ENTRIES_REACH: Final = 3000


def _next_entries(ctx: DocContext, pos: int, count: int) -> list[int]:
    """The first `count` entries of the list that follows ("The four men were arrested
    on arrival. ... the names of the men: • A, 34, ... • B ..."); none unless the text
    after holds that many."""
    entries = entries_after(ctx, pos)
    return entries[:count] if len(entries) >= count else []


def entries_after(ctx: DocContext, pos: int) -> list[int]:
    """The persons opening the entries of the list that follows `pos` ("1. X ...",
    "• Y ...", "1️⃣ Z ..."), within a few thousand characters."""
    first = bisect_left(ctx._name_starts, pos)
    entries: list[int] = []
    for name in ctx.names[first : first + 60]:
        if name.start > pos + _ENTRIES_REACH:
            break
        line = ctx.text.rfind("\n", 0, name.start) + 1
        entry = line > pos and _ENTRY.fullmatch(ctx.text, line, name.start) is not None
        if entry and name.person is not None and name.person not in entries:
            entries.append(name.person)
    return entries


def _last_list(ctx: DocContext, pos: int, count: int) -> list[int]:
    names = ctx.names[
        max(0, bisect_left(ctx._name_starts, pos) - 40) : bisect_left(ctx._name_starts, pos)
    ]
    for i in range(len(names) - 1, 0, -1):
        chain = list(dict.fromkeys(coordinated_chain(ctx.text, names[: i + 1])))
        if len(chain) == count:
            return chain[::-1]
    entries: list[int] = []
    for name in reversed(names):  # entries of a list: names opening lines
        line = ctx.text.rfind("\n", 0, name.start) + 1
        if _ENTRY.fullmatch(ctx.text, line, name.start) and name.person not in entries:
            entries.append(name.person)  # type: ignore[arg-type]
            if len(entries) == count:
                return entries[::-1]
    return _listed_block(ctx, names, count)


def _listed_block(ctx: DocContext, names: list[NameMention], count: int) -> list[int]:
    """Everyone named on the entry lines of the list just before, when they are exactly
    `count`: "- his younger brother Timur X, 24;", "- Islam Y and Anzor Z, both from
    Kenzhe;" ... "All seven are charged"."""
    persons: list[int] = []
    block_start = -1
    for name in reversed(names):
        line = ctx.text.rfind("\n", 0, name.start) + 1
        if _ENTRY.match(ctx.text, line) is None:
            if persons:
                break  # above the list
            continue
        if block_start >= 0 and ctx.text.count("\n", name.start, block_start) > 2:
            break  # another list
        block_start = line
        if name.person is not None and name.person not in persons:
            persons.append(name.person)
    return persons[::-1] if len(persons) == count else []


# The accused as the subject of a sentence ("Sanıklar Ağustos 2021'de gözaltına alınmış",
# "The defendants were arrested in 2019", "Подсудимые были задержаны"): all those the
# text sentenced or acquitted before.
_DEFENDANTS: Final = re.compile(
    r"[\W_]*(?:(?:tüm|bütün|all(?: the)?|the|все|hər (?:iki|üç|dörd))\s+)?"
    r"(?:sanıklar|şüpheliler|təqsirləndirilənlər|təqsirləndirilən şəxslər|müttəhimlər|"
    r"defendants|подсудимые|обвиняемые|осуждённые|осужденные)(?![\w-])",
    re.I,
)
_JUDGED: Final = frozenset(["sentenced", "released", "acquitted"])
# those detained, named by it ("Saxlanılanların hamısı barəsində həbs ... seçilib",
# "Gözaltına alınanların tamamı", "Задержанные", "All the detainees")
_DETAINEES: Final = re.compile(
    r"[\W_]*(?:(?:tüm|bütün|all(?: the)?|the|все)\s+)?"
    r"(?:saxlanılanlar\w*|saxlanılan şəxslər\w*|gözaltına alınanlar\w*|задержанные|"
    r"detainees|those detained)(?:\s+(?:hamısı|hepsi|tamamı|hər biri))?(?![\w-])",
    re.I,
)
_HELD: Final = frozenset(["detained", "arrested"])


def defendants(
    ctx: DocContext, sentence_start: int, cue_start: int, earlier: Iterable[tuple[int, str]]
) -> list[int]:
    """The persons judged before (`earlier`: (person, status) of the events found so
    far) when the sentence opens with "the defendants" as the cue's subject; those
    detained or arrested before when it opens with "those detained"."""
    statuses = _JUDGED
    found = _DEFENDANTS.match(ctx.text, sentence_start, cue_start)
    if found is None:
        statuses = _HELD
        found = _DETAINEES.match(ctx.text, sentence_start, cue_start)
    if found is None or ctx.agents_in(found.end(), cue_start):
        return []
    out: list[int] = []
    for person, status in earlier:
        if status in statuses and person not in out:
            out.append(person)
    return out if len(out) >= 2 else []


# A subject counting those the report told of before, named apart, each in a paragraph
# of their own ("Beş sanık, Kasım 2017'de gözaltına alınmış", "Все трое были задержаны",
# "hər üç şəxs barəsində həbs seçilib", "The four defendants were arrested in 2016").
_COUNT_SUBJECT_BODY: Final = (
    r"(?:all|the|all the) (?:two|three|four|five|six) (?:men|women|defendants|suspects|"
    r"accused|of them)|"
    r"(?:все|всех) (?:двое|трое|четверо|пятеро|шестеро|двоих|троих|четверых|пятерых)|"
    r"(?:двое|трое|четверо|пятеро|шестеро) (?:подсудимых|обвиняемых|осужд[её]нных|"
    r"фигурантов)|"
    r"hər (?:iki|üç|dörd|beş|altı) (?:şəxs|nəfər|təqsirləndirilən)\w*|"
    r"(?:iki|üç|dörd|beş|altı) nəfərin (?:hamısı|hər biri)|"
    r"(?:iki|üç|dörd|beş|altı) (?:təqsirləndirilən|müttəhim)\w*|"
    r"(?:iki|üç|dört|beş|altı) (?:sanık|sanığın|sanığa)(?![\w'’-])"
)
_COUNT_SUBJECT: Final = word_start_regex(_COUNT_SUBJECT_BODY)
_COUNT_SUBJECT_SPOTS: Final = Spots(_COUNT_SUBJECT, _COUNT_SUBJECT_BODY)
_TO_CUE_SENTENCE: Final = re.compile(r"[^.;:!?\n]{0,220}")
_COUNT_WORDS: Final = (
    *("two", "three", "four", "five", "six", "двое", "трое", "четвер", "пятер", "двоих"),
    *("троих", "iki", "üç", "dörd", "dört", "beş", "altı"),
)
_COUNT_GATE: Final = WordsGate(tuple(lowered(w) for w in _COUNT_WORDS))


def counted_earlier(
    ctx: DocContext, sentence_start: int, cue_start: int, earlier: Iterable[tuple[int, str]]
) -> list[int]:
    """The persons the report told events of before (`earlier`: (person, status)), none
    of them killed, when a subject before the cue counts that many of them (or, of four
    or more, one more, whose events the rules missed); else none."""
    if not _COUNT_GATE(ctx.text):
        return []
    final = ctx.language in ("az", "tr")  # verb-final: the whole clause between
    reach = 220 if final else 80
    found = _COUNT_SUBJECT_SPOTS.search(ctx.text, max(sentence_start, cue_start - reach), cue_start)
    if found is None or ctx.agents_in(found.start(), cue_start):
        return []
    if not (_TO_CUE_SENTENCE if final else _TO_CUE).fullmatch(ctx.text, found.end(), cue_start):
        return []
    counts = [_NUMBERS[w] for w in _COUNT_WORD.findall(found.group().lower()) if w in _NUMBERS]
    count = counts[0] if counts else 0
    if count and group_told(ctx, found.start(), count):
        return []  # "repatriated three men ... all three men were arrested": that group
    persons: list[int] = []
    dead: set[int] = set()
    for person, status in earlier:
        if status == "killed":
            dead.add(person)
        elif person not in persons:
            persons.append(person)
    persons = [p for p in persons if p not in dead]
    # one fewer only of four or more ("Beş sanık": one's events missed)
    fits = len(persons) == count or (count >= 4 and len(persons) == count - 1)
    return persons if fits and len(persons) >= 2 else []


# A group counted with its noun ("three men", "трёх мужчин", "üç şüpheli"): the persons a
# later count of the same number stands for, whoever the report told of before.
_GROUP_COUNT: Final = re.compile(
    r"(?<![\w-])(?P<n>two|three|four|five|six|iki|üç|dörd|dört|beş|altı|двое|трое|четверо|"
    r"пятеро|двоих|троих|четверых|пятерых|двух|тр[её]х|четыр[её]х|пяти)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:men|women|suspects|people|persons|citizens|nationals|adults|"
    r"fighters|мужчин\w*|женщин\w*|человек\w*|подозреваем\w*|граждан\w*|жител\w*|"
    r"боевик\w*|nəfər\w*|şəxs\w*|qadın\w*|kişi\w*|şüpheli\w*|vatandaş\w*|kadın\w*|"
    r"erkek\w*)(?![\w-])",
    re.I,
)
GROUP_NUMBERS: Final = {
    **_NUMBERS,
    **{"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5},
}


def group_told(ctx: DocContext, pos: int, count: int) -> bool:
    """Whether the sentence of `pos`, before it, or the one before counts a group of
    `count` persons with its noun, in a sentence naming no one (a later
    "all three men" stands for that group, whoever was told of before)."""
    sentence = ctx.index.at(pos)
    if sentence is None:
        return False
    lo = ctx.sentences[max(0, sentence.index - 1)].start
    for m in _GROUP_COUNT.finditer(ctx.text, lo, pos):
        if GROUP_NUMBERS.get(m.group("n").lower()) != count:
            continue
        # unnamed where counted ("Two men, A and B, were held", "A, B ve C ... bu üç
        # şüphelinin" name their group)
        told = ctx.index.at(m.start())
        if told is not None and not ctx.names_in(told.start, min(pos, told.end)):
            return True
    return False
