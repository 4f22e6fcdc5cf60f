"""Persons a police or court release names by initials only.

Turkish, Kosovan and Azerbaijani releases withhold suspects' names: "Tacikistan uyruklu
A.R. (29), Özbekistan uyruklu M.T. (33) ve S.K. (22) gözaltına alındı", "S.K. ve A.T.
isimli iki Türk vatandaşı", "- F.B. (1979), from Mitrovica;", "5. Z.M. (2003-cü il
təvəllüdlü)". Two or three capital letters, each with its dot, are a person when the
text around them says so:

- an age or a birth year in brackets after them ("(29)", "(1979)"), or ", 29,";
- a word for who the person is right before them: "uyruklu", "doğumlu", "vatandaşı",
  "national", "initials", a nationality ("Kırgız");
- a naming word after them: "isimli", "adlı", "baş harfli";
- a bulleted or numbered line they open ("- F.B.", "5. Z.M.");
- a sentence they open whose verb tells a status ("A.Ş. adli kontrol şartıyla serbest
  bırakıldı");
- a list they stand in with a person ("Abenov, Yıldız ve M.K. tutuklandı") or with
  initials that are one ("M.A., S.T., Y.K. ve F.D. baş harfli şüpheliler");
- the same initials taken as a person elsewhere in the text ("H.Ö.'nün işlemleri").

Initials written against a capitalised word are part of a full name ("Е.В. Кравченко",
"Həsənov O.E.", "Holding A.Ş.") and abbreviations ("U.S.", "A.B.D.", "T.C.") are no
one. A mention is of kind "initials" and `standalone`: its person is named by it alone;
`joining` keeps it apart from every full name sharing its letters.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from ffdb.extract.lexicon import nationalities
from ffdb.extract.people_mention import NameMention
from ffdb.extract.tokens import APOSTROPHES, UPPER, fold

KIND: Final = "initials"

_INITIALS: Final = re.compile(rf"[{UPPER}]\.[ \u00a0]?[{UPPER}]\.(?:[ \u00a0]?[{UPPER}]\.)?(?!\w)")

# Abbreviations written as initials, by their letters
_ABBREVIATIONS: Final = frozenset(
    "US UK UN EU UAE ABD TC TBMM SSCB KKTC DC OOO ООО СССР США РФ ЕС ООН СНГ ABŞ BƏƏ MÖ İÖ".split()
)

# "(29)", "(1979)", "(2003-cü il təvəllüdlü)", "(34)'nın"; ", 29,"; ", 1990 г.р."
_AGE_AFTER: Final = re.compile(
    r"['’]?\w*[ \u00a0]*\([ \u00a0]*\d{2,4}(?!\d)"
    r"|,[ \u00a0]*(?:\d{2},|\d{4}[ \u00a0]*г\.[ \u00a0]*р|\d{2}[ \u00a0]+(?:год|лет|yaş|years?\b)"
    r"|an?[ \u00a0]+\d{1,2}-year-old"
    # the birth years of a list after its last: "М.Г. и Р.А., 1999 и 2001 годов рождения"
    r"|\d{4}(?:[ \u00a0]+и[ \u00a0]+\d{4})?[ \u00a0]+год\w*[ \u00a0]+рождения)"
)

_NAMING_AFTER: Final = re.compile(
    r"['’]?\w*[ \u00a0]+(?:isimli|ismli|adlı|adli(?=\s+(?:şüpheli|kişi|şahıs))|baş[ \u00a0]+harfl"
    r"|adlı|adında|adındakı|inisialları|инициал"
    # "N.Ə., S.R. və T.M. kimi təqdim olunub", "M.K. ve A.K. olarak verildi"
    r"|kimi[ \u00a0]+təqdim|olarak[ \u00a0]+(?:verildi|açıklandı|belirtildi|tanımlandı))",
    re.IGNORECASE,
)

_WHO_BEFORE: Final = frozenset(
    fold(w)
    for w in (
        "uyruklu uyruklu uyruğundaki doğumlu vatandaşı vatandaşları vətəndaşı vətəndaşları "
        "təbəəsi sakini şüpheli şüpheliler şüphelilerden şübhəli şübhəlilər tutuklu "
        "national nationals citizen citizens initials suspect suspects detainee "
        "təvəllüdlü gənc genç kadın erkek qadın kişi гражданин гражданка инициалами "
        "гражданина гражданки житель жителя жительница жительницы уроженец уроженца "
        "уроженка уроженки подозреваемый подозреваемого подозреваемая задержанный "
        "задержанного обвиняемый обвиняемого resident residents native man woman şəxs "
        "sakinləri sakinlərindən жителей жители участника участников участники членов "
        "задержанных задержанные боевиков мужчин женщин женщины qadınlar qadınlardan kişilər "
        "şəxslər şüphelilerin"
    ).split()
)

# an age or a naming right before: "29-летний", "35 yaşlı", "a 24-year-old", "named only
# as", "identified as", "с инициалами"
_AGED_OR_NAMED_BEFORE: Final = re.compile(
    r"(?:\d{1,2}[ \u00a0-]*(?:летн\w+|yaşlı|yaşındaki|year-old)|(?:named|identified|known)"
    r"(?:[ \u00a0]+only)?[ \u00a0]+(?:as|by)|инициалами)[ \u00a0]*$",
    re.IGNORECASE,
)
_WORD_BEFORE: Final = re.compile(r"([\w-]+)[ \u00a0]*(?:[—–:][ \u00a0]*)?$")
_WORDS_BEFORE: Final = re.compile(r"(?:([\w-]+)[ \u00a0]+)?([\w-]+)[ \u00a0]*$")

_LINE_LEAD: Final = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·]|\d{1,3}[.)])[ \t]*$")

_STATUS_AFTER: Final = re.compile(
    r"[^.!?\n]{0,120}?(?:gözaltı|tutuklan|serbest bırak|yakalan|sınır dışı|adli kontrol"
    r"|arrested|detained|released|charged|sentenced|deported|saxlanıl|həbs|azad edil"
    r"|задержан|арестован|осужден|освобожд)",
    re.IGNORECASE,
)

# The joint between two members of a list, an age in brackets allowed after the first
_LIST_GAP: Final = re.compile(
    r"(?:['’]\w*)?[ \u00a0]*(?:\(\d{2,4}\)(?:['’]\w*)?[ \u00a0]*)?"
    r"(?:,|(?:,[ \u00a0]*)?(?:ve|ile|and|və|ilə|и)(?=[ \u00a0]))[ \u00a0]*$",
    re.IGNORECASE,
)


# Initials listed after a name ("Yunus Aktaş (29) ile R.T. (33), Hamza el-Cuburi ...",
# "X (35), Özbekistan uyruklu U.K. (34) ile S.B. (26) gözaltına alındı"): `event_lists`
# reads them as items of the list with no name of their own (`_INITIALS_BETWEEN`,
# `_INITIALS_TAIL`). As names of their own they would cut the list, and the names in it
# would lose its status; so they stay no person until `event_lists._chain_items` lets a
# name end such an item (then set `_HIDDEN_AFTER_NAMES` False).
_HIDDEN_AFTER_NAMES: Final = False
_NAME_AGE: Final = re.compile(r",\s*\d{1,2}(?=\s*,)|\s*\([^()\n]{1,64}\)")
_INITIAL_ITEM: Final = (
    r"(?:[^\s,.;:()]+\s+){0,4}?(?-i:[A-ZÇĞİÖŞÜƏ]\.\s?){1,3}\s*(?:\(\d{1,2}\)\s*)?"
    r"(?:isimli (?:şüpheli|şahıs)\w*\s+|adlı (?:şüpheli|şahıs)\w*\s+)?"
)
_HIDDEN_BETWEEN: Final = re.compile(r"(?:\s*(?:,|ve|və|ile|ilə)\s+" + _INITIAL_ITEM + r")+")


def _hidden_spans(text: str, names: list[NameMention]) -> list[tuple[int, int]]:
    out = []
    for name in names:
        age = _NAME_AGE.match(text, name.end)
        hidden = _HIDDEN_BETWEEN.match(text, age.end() if age else name.end)
        if hidden is not None:
            out.append(hidden.span())
    return out


def with_initials_persons(text: str, names: list[NameMention]) -> list[NameMention]:
    """`names` with a mention for each initials-only person (see the module doc), in text
    order; a name found inside the initials is dropped."""
    if "." not in text:
        return names
    found = [
        m
        for m in _INITIALS.finditer(text)
        if _may_be_person(text, m) and _not_abbreviation(text, m)
    ]
    if found and _HIDDEN_AFTER_NAMES:
        hidden = _hidden_spans(text, names)
        found = [m for m in found if not any(s <= m.start() < e for s, e in hidden)]
    if not found:
        return names
    starts = [n.start for n in names]
    end_keys = sorted(n.end for n in names)
    vouched = [_vouched(text, m) for m in found]
    spans = [m.span() for m in found]
    changed = True
    while changed:  # a list passes the evidence along its members, either way
        changed = False
        for i, (start, end) in enumerate(spans):
            if vouched[i]:
                continue
            if _listed_with_name(text, start, end, starts, end_keys) or any(
                vouched[j] and _joined(text, spans[j], (start, end)) for j in range(len(spans))
            ):
                vouched[i] = changed = True
    keys = {_letters(m.group()) for m, v in zip(found, vouched, strict=True) if v}
    made = [_mention(m) for m in found if _letters(m.group()) in keys]
    if not made:
        return names
    kept = [n for n in names if not any(m.start <= n.start and n.end <= m.end for m in made)]
    return sorted(kept + made, key=lambda n: n.start)


def _letters(initials: str) -> str:
    return "".join(c for c in initials if c.isalpha())


def _mention(match: re.Match[str]) -> NameMention:
    written = match.group()
    compact = "".join(written.split())
    return NameMention(
        match.start(), match.end(), written, KIND, (compact,), confidence=0.7, standalone=True
    )


def _may_be_person(text: str, match: re.Match[str]) -> bool:
    """Not a part of a full name or a company's form ("Е.В. Кравченко", "Həsənov O.E.",
    "Holding A.Ş."), nor a number's ("M.S. 632")."""
    start, end = match.span()
    if start and (text[start - 1].isalnum() or text[start - 1] in f".-{APOSTROPHES}"):
        return False
    after = text[end : end + 2].lstrip(" \u00a0")
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if after[:1].isupper():
        return False
    if after[:1].isdigit():
        # "M.S. 632" is a number's; "sakini R.M. 2013-cü ildə gedib" a resident's
        return before is not None and _names_who(fold(before.group(2)))
    if before is None or not before.group(2)[:1].isupper():
        return True
    # a capitalised word right before: a surname or a company, unless it tells who the
    # person is ("Şüphelilerden", "Kırgız") or follows a word that does ("гражданин
    # Узбекистана М.Т.")
    return _names_who(fold(before.group(2))) or _names_who(fold(before.group(1) or ""))


def _names_who(word: str) -> bool:
    """ "uyruklu", "Şüphelilerden", "Kırgız": a word that tells who the person is."""
    return word in _WHO_BEFORE or word in nationalities()


def _not_abbreviation(text: str, match: re.Match[str]) -> bool:
    """ "U.S.", "T.C." are none, unless the text tells who ("Özbekistan uyruklu U.K. (34)")."""
    if _letters(match.group()) not in _ABBREVIATIONS:
        return True
    end = match.end()
    return bool(_AGE_AFTER.match(text, end) or _NAMING_AFTER.match(text, end))


def _vouched(text: str, match: re.Match[str]) -> bool:
    """Whether the words around the initials say they are a person's (see module doc)."""
    start, end = match.span()
    if _AGE_AFTER.match(text, end) or _NAMING_AFTER.match(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and _names_who(fold(before.group(1))):
        return True
    if _LINE_LEAD.search(text, max(0, start - 12), start):
        return True
    # "уроженец Казани Р.Н.", "29-летний И.Г.", "whom it named only as A.K."
    two = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if two is not None and two.group(1) and _names_who(fold(two.group(1))):
        return True
    if _AGED_OR_NAMED_BEFORE.search(text, max(0, start - 40), start):
        return True
    # "A.Ş. adli kontrol şartıyla serbest bırakıldı": the subject of a status verb
    opening = start == 0 or text[start - 1] == "\n" or text[start - 2 : start] == ". "
    follows = text[end : end + 2].lstrip(" \u00a0")[:1]
    return opening and follows.islower() and _STATUS_AFTER.match(text, end) is not None


def _joined(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two spans stand next to each other in a list (in either order)."""
    (_, end), (start, _) = sorted((first, second))
    return 0 < start - end <= 24 and _LIST_GAP.fullmatch(text, end, start) is not None


def _listed_with_name(
    text: str, start: int, end: int, starts: list[int], end_keys: list[int]
) -> bool:
    """A person's name right before or after the initials in a list."""
    for j in range(bisect_left(end_keys, start - 24), len(end_keys)):
        if end_keys[j] > start:
            break
        if _LIST_GAP.fullmatch(text, end_keys[j], start):
            return True
    k = bisect_left(starts, end)
    return (
        k < len(starts)
        and 0 < starts[k] - end <= 24
        and bool(_LIST_GAP.fullmatch(text, end, starts[k]))
    )
