"""A wanted list set out entry by entry (see `events`): a paragraph that tells of persons
sought ("released a list of citizens ... wanted on charges ... reproduced below",
"axtarışa verilmiş şəxslərin siyahısını yayıb ... Onlardan bəziləri:", "разыскиваются
лица ...:") and ends by opening a list, or names the list or counts those sought
("siyahısını yayıb", "ориентировку на трёх мужчин"), the entries right below; each
entry's person is wanted, undated (the day the list came out is not the day the search
began). The entries may be numbered or bulleted lines, or paragraphs each opening with
a name and its particulars ("Musayev Tural Rafiq oğlu, 1992-ci il təvəllüdlü, ...",
"Эльмурзаев Адам, 33 года, ...", "Serkan Tunç, 33, Bingöl doğumlu."). A list of those
taken off the wanted list ("removed from the list", "siyahıdan çıxarılıb"), or of those
sought and now caught or brought home ("axtarışda olan və ... təhvil verilən"), is none.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.listing import ENTRY_LINE
from ffdb.extract.scan import WordsGate, lowered

_GATE: Final = WordsGate(
    tuple(
        lowered(w)
        for w in ("wanted", "sought", "розыск", "разыскива", "axtarış", "axtarıl", "aran")
    )
)
# The paragraph that heads the list: a word of a search, and an end that opens a list.
_SOUGHT: Final = re.compile(
    r"(?<![\w-])(?:wanted|sought|(?:в )?розыск\w*|разыскива\w*|axtarış\w*|axtarıl\w*|"
    r"aran(?:an|ıyor|makta|dığı)\w*)(?![\w-])",
    re.I,
)
_OPENS_LIST: Final = re.compile(
    r"(?::|(?<![\w-])(?:below|as follows|ниже|следующие|aşağıda\w*|bəziləri|şunlar\w*)"
    r"[.:]?)[ \t]*\Z",
    re.I,
)
# A list or a notice of persons sought, or their count, told in a paragraph that ends
# with no colon ("... beynəlxalq axtarışa verilən dörd şəxsin siyahısını yayıb.",
# "опубликовало ориентировку на трёх мужчин, объявленных в розыск"): the entries below.
_LIST_NOUN: Final = re.compile(
    r"(?<![\w-])(?:list|lists|siyahı\w*|список\w*|ориентировк\w*|liste\w*|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:men|women|persons|people|"
    r"individuals|suspects|citizens)|"
    r"(?:двух|тр[её]х|четыр[её]х|пяти|шести|\d+) (?:мужчин|женщин|человек|граждан|лиц)|"
    r"(?:iki|üç|dörd|dört|beş|altı|yeddi|yedi|\d+) (?:nəfər|şəxs|kişi|şahıs|şüpheli)\w*)"
    r"(?![\w-])",
    re.I,
)
# Taken off the list, found no longer sought, or caught and brought home ("axtarışda olan
# və ... təhvil verilən dörd nəfər"): the search is over, no search told of the entries.
_REMOVED: Final = re.compile(
    r"(?<![\w-])(?:removed|taken off|no longer|çıxarıl\w*|çıkarıl\w*|исключен\w*|"
    r"снят\w* с розыска|прекращ\w*|extradited|deported|handed over|detained|arrested|"
    r"caught|təhvil|ekstradisiya|qaytarıl\w*|saxlanıl\w*|həbs|iade|gözaltı\w*|"
    r"tutuklan\w*|yakalan\w*|экстрадир\w*|выдан\w*|задержан\w*|арестован\w*)(?![\w-])",
    re.I,
)
_PARAGRAPH: Final = re.compile(r"[^\n]+")
_ENTRIES_MAX: Final = 40


def wanted_entries(ctx: DocContext) -> list[tuple[int, int, int]]:
    """(person, start, end of the words of the search) for each entry of a wanted list."""
    text = ctx.text
    if not _GATE(text):
        return []
    out: list[tuple[int, int, int]] = []
    for sought in _SOUGHT.finditer(text):
        line_start = text.rfind("\n", 0, sought.start()) + 1
        line_end = text.find("\n", sought.end())
        if line_end < 0:
            return out
        head = text[line_start:line_end]
        if not (_OPENS_LIST.search(head) or _LIST_NOUN.search(head)) or _REMOVED.search(head):
            continue
        for person in _entries_after(ctx, line_end):
            if all(p != person for p, _, _ in out):
                out.append((person, sought.start(), sought.end()))
    return out


def _entries_after(ctx: DocContext, pos: int) -> list[int]:
    """The person opening each numbered or bulleted line right after `pos`, up to the
    first line that is no entry; else each paragraph that opens with an entry's name
    and particulars (`_paragraph_entries`)."""
    out: list[int] = []
    for line in _PARAGRAPH.finditer(ctx.text, pos):
        item = ENTRY_LINE.match(line.group())
        if item is None and not out:
            return _paragraph_entries(ctx, pos)
        if item is None or len(out) >= _ENTRIES_MAX:
            break
        start = line.start() + item.end()
        named = ctx.agents_in(start, min(line.end(), start + 60))
        if named and named[0][2] not in out:
            out.append(named[0][2])
    return out


# An entry's particulars right after its name: an age or a year of birth, maybe after
# a patronymic, a nickname or a quoted alias ("Kərimov Elçin, ləqəbi \"Qara Elçin\", 38
# yaş", "Исмаилов Зелимхан по прозвищу Зелим-Борода, 41 год").
_PARTICULARS: Final = re.compile(r"[^\n.;:]{0,50}?\d")
_AFTER_NAME: Final = re.compile(
    r"(?:\s+[^\W\d_][\w-]*){0,2}?\s*(?:,|\(|\s(?:по прозвищу|namı ?diğer|ləqəbi|aka)\b)"
)


def _paragraph_entries(ctx: DocContext, pos: int) -> list[int]:
    """The person of each paragraph right after `pos` that opens with a name followed
    by a comma (or a patronymic, a nickname) and an age or a year within the next
    words, up to the first paragraph that does not: empty unless two or more."""
    text = ctx.text
    out: list[int] = []
    for line in _PARAGRAPH.finditer(text, pos):
        start = line.start()
        named = ctx.names_in(start, min(line.end(), start + 60))
        if len(out) >= _ENTRIES_MAX or not named or named[0].start - start > 2:
            break
        name = named[0]
        if name.person is None or not _AFTER_NAME.match(text, name.end):
            break
        if not _PARTICULARS.match(text, name.end, min(line.end(), name.end + 60)):
            break
        if name.person not in out:
            out.append(name.person)
    return out if len(out) > 1 else []
