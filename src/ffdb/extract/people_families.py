"""Surnames a family lends to its members named by a given name alone.

A text often names a family once and its members by their given names only:

- a collective with the surname: "Həmzəyev qardaşları — Ramin və Elnur —", "The Memeti
  brothers, Agron and Besart,", "Then there are the Bagaevs. Anzor and Islam grew up"
  (an English plural only of a surname the document writes in full: "the Kurds" are a
  people), "Qasımovlar", "братья Турсуновы — Эркин и Улугбек" (a Russian plural only
  after a word for the family); the given names listed right after it, or after a word
  for the elder or younger brother later in its paragraph ("Qasımov qardaşları gedib.
  Böyük qardaş Nicat ...", "Kiçik qardaş Vüsal", "The elder, Anzor,");
- a relative of a person named in full in the same sentence or the one before:
  "Hatice Aslan ... Fotoğraflarda oğulları Mustafa ve İbrahim", "Gaurgashvili's younger
  brother Ruslan", "Kərimovun qardaşı Anar".

Each such given name becomes the full name with the family's surname in its man's
singular form ("Həmzəyeva", "the Bagaevs", "Qasımovların", "Турсуновых" give Həmzəyev,
Bagaev, Qasımov, Турсунов). Not so for a given name the document writes with another
surname, a woman's name in a men's collective, a patronymic ("Elçin oğlu": no son), a
brother of a woman (her surname may be her husband's), or a relative whose owner is in
doubt (two surnames in the window).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from ffdb.extract.at_places import Occurrences
from ffdb.extract.forms import lemma_given
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.lexicon import alternation, nationalities, stopwords
from ffdb.extract.people_mention import NameMention, overlaps
from ffdb.extract.scan import CueScanner, folded
from ffdb.extract.tokens import APOSTROPHES, CAP_WORD, LOWER, UPPER, fold

__all__ = ["with_family_surnames"]

_GIVEN: Final = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# a list of given names: "Ramin və Elnur", "Agron and Besart", "Mustafa ve İbrahim"; the
# last one not followed by a capitalised word (then it opens a full name)
# (each perhaps with an age: "his sons Murad, 31, and Ruslan, 27")
_LIST: Final = re.compile(
    rf"({_GIVEN})((?:(?:\s*,\s*(?:\d{{1,2}}\s*,\s*(?:(?:and|və|ve|и|&)\s+)?)?|"
    rf"\s+(?:and|və|ve|и|&)\s+){_GIVEN}){{0,3}})"
    rf"(?:[{APOSTROPHES}][{LOWER}]+)?(?=\s*[,.;:!?)—–]|\s+(?![{UPPER}])|$)"
)
_LIST_WORD: Final = re.compile(_GIVEN)

# "Həmzəyev qardaşları", "The Memeti brothers", "Aslan ailesi": the collective word
# found by `str.find`, then the surname right before it
_COLLECTIVE_STEMS: Final = (
    *("brothers", "sisters", "family", "qardaşlar", "bacıları", "ailəsi", "kardeşler"),
    "ailesi",
)
_COLLECTIVE_WORDS: Final = frozenset(
    (
        *("brothers", "sisters", "family", "qardaşları", "qardaşlar", "qardaşlarının"),
        *("bacıları", "ailəsi", "kardeşler", "kardeşleri", "kardeşlerin", "ailesi"),
    )
)
# a word of origin ("Adana'lı", "Qusarlı", "Kayserili") before the family's surname
_ORIGIN_WORD: Final = re.compile(rf"[{APOSTROPHES}]?(?:lı|li|lu|lü)$")
_SISTERS: Final = frozenset(("sisters", "bacıları"))
_FAMILY: Final = frozenset(("family", "ailəsi", "ailesi"))
_WORD_AT: Final = re.compile(r"[\w-]+")
_CAP_BEFORE: Final = re.compile(rf"(?<![\w{APOSTROPHES}-])({CAP_WORD})\s+$")
# plural surnames: "Qasımovlar", "Qasımovların"; "братья Турсуновы" (in Russian after a
# word for the family: "Готовы", "Основы" open sentences); "the Bagaevs" (a surname the
# document writes in full: "the Kurds" are a people)
_AZ_PLURAL: Final = re.compile(
    rf"(?<![\w-])([{UPPER}][{LOWER}]+(?:ov|ev|zadə))(?:lar|lər)"
    rf"(?:ın|in|a|ə|da|də|dan|dən|ı|i)?(?![\w-])"
)
_AZ_PLURAL_GATE: Final = ("ovlar", "evlər", "zadələr")
_RU_PLURAL: Final = re.compile(
    r"(?:[Бб]рать(?:я|ев|ям|ями)|[Сс]емь(?:я|и|е|ю|ёй|ей)|[Сс][её]стры)\s+"
    r"([А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын))(?:ы|ых|ым|ыми)(?![\w-])"
)
_RU_PLURAL_STEMS: Final = ("брать", "Брать", "семь", "Семь", "сёстры", "Сёстры", "сестры", "Сестры")
_EN_PLURAL_AFTER: Final = re.compile(r"s(?![\w-])")
# the elder or younger brother, named later in the paragraph
_RANKED: Final = re.compile(
    r"(?:(?<![\w-])(?:[Bb]öyük|[Kk]içik|[Oo]rtancıl|[Bb]üyük|[Kk]üçük|[Oo]rtanca)\s+"
    r"(?:qardaş|kardeş|oğul|qardaşı|kardeşi)"
    r"|\b(?:[Tt]he|[Hh]is)\s+(?:elder|younger|eldest|youngest|older)(?:\s+(?:brother|son))?"
    r"|(?<![\w-])(?:[Сс]тарш|[Мм]ладш|[Сс]редн)\w{2,3}(?:\s+брат\w{0,2}|\s+сын\w{0,2})?)"
    r",?\s+"
)
# a man's son or brother named right after the kin word, owned by the person named last:
# "oğulları Mustafa ve İbrahim", "qardaşı Anar", "his sons Ali and Omar"; or by a
# possessor before it: "Gaurgashvili's younger brother Ruslan", "Kərimovun qardaşı Anar"
_TURKIC_KIN: Final = "oğulları|oğlu|oğlanları|qardaşı|qardaşları|kardeşi|kardeşleri|ağabeyi"
_SON_WORDS: Final = frozenset(("ogullari", "oglu", "oglanlari", "sons", "son"))
_TURKIC_WORDS: Final = frozenset(fold(w) for w in _TURKIC_KIN.split("|"))
_KIN_AFTER: Final = re.compile(r",?\s+(?:[—–:]\s+)?")
_OWNER_BEFORE: Final = re.compile(
    rf"(?:({CAP_WORD})(?:[{APOSTROPHES}]s|[{APOSTROPHES}]?n?[ıiuü]n)|(?<![\w-])([Hh]is|[Hh]er))"
    r"(?:\s+(?:younger|elder|older|eldest|youngest|little|küçük|büyük|kiçik|böyük))?\s+$"
)
_OWNED_GATE: Final = ("oğ", "qardaş", "kardeş", "ağabey", "son", "brother")
register(_OWNED_GATE)
# the words above, found in the one pass over the text for every gate's words
_COLLECTIVE_PLACES: Final = Occurrences(_COLLECTIVE_STEMS)
_AZ_PLURAL_PLACES: Final = Occurrences(_AZ_PLURAL_GATE)
_RU_PLURAL_PLACES: Final = Occurrences(_RU_PLURAL_STEMS)


@cache
def _kin_scanner() -> CueScanner:
    # a word an alternative: the scanner then tries only those opening as the text does
    words = (_TURKIC_KIN + "|sons|son|brothers|brother").split("|")
    return alternation([(f"kin{i}", word) for i, word in enumerate(words)])


_SENTENCE_END: Final = re.compile(r"[.!?…]['\"”»]?\s+")
_MALE_FORM: Final = re.compile(r"(?:ova|eva|ова|ева|ёва|ина|ына)$")
_FEMININE_FORM: Final = re.compile(r"(?:ov|ev|ов|ев|ёв|ин|ын)$")
_REACH: Final = 600
# between a collective and the names it lists: "qardaşları — Ramin", "the Bagaevs. Anzor"
_GAP: Final = re.compile(r"\s*(?:[,:—–-]\s*|\.\s+)?")
# where the family is from, set off before the names: "the Rzayev brothers of Aniq
# village, Ilgar, Elshan and Samir"
_ORIGIN_GAP: Final = re.compile(
    rf"\s+(?:of|from)\s+(?:the\s+)?(?:village\s+of\s+|town\s+of\s+)?{_GIVEN}"
    r"(?:\s+(?:village|town|district))?\s*,\s*"
)


def with_family_surnames(text: str, names: list[NameMention]) -> list[NameMention]:
    """`names` with the given names of a family's members completed by its surname (and
    members listed after a collective, not found before, added)."""
    folded_text = folded(text)
    anchors = _collectives(text, folded_text) + _plurals(text, folded_text, names)
    completions: list[tuple[int, int, str, str | None]] = []  # start, end, surname, gender
    for _start, end, surname, wanted in anchors:
        completions += _members(text, end, surname, wanted)
    # (none of the words holds an "i": as `any(w in text.lower() ...)` finds them)
    if (
        holds_any(folded_text, _OWNED_GATE)
        if folded_text is not None
        else any(w in text.lower() for w in _OWNED_GATE)
    ):
        completions += _relatives(text, names)
    if not completions:
        return names
    return _complete(text, names, completions)


def _collectives(text: str, low: str | None) -> list[tuple[int, int, str, str | None]]:
    """`low`: `scan.folded(text)`."""
    out = []
    for pos in _COLLECTIVE_PLACES.each(text, low, 0, len(text), apart=True):
        found = _collective_at(text, pos)
        if found is not None:
            out.append(found)
    return out


def _collective_at(text: str, pos: int) -> tuple[int, int, str, str | None] | None:
    word = _WORD_AT.match(text, pos)
    if word is None or word.group() not in _COLLECTIVE_WORDS:
        return None
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "-"):
        return None
    found = _CAP_BEFORE.search(text, max(0, pos - 40), pos)
    if found is None:
        return None
    surname = found.group(1)
    before = text[max(0, found.start() - 30) : found.start()].rstrip()
    last = before.split()[-1] if before else ""
    # "Ramil Kərimov qardaşları": a full name's, read elsewhere; but "Adana'lı Demirtaş
    # kardeşler": where the family is from, no given name
    capital = last[:1].isupper() and last[-1].isalpha() and last not in ("The", "the")
    if capital and _ORIGIN_WORD.search(last) is None:
        return None
    if _common(surname) or lemma_given(surname)[1] is not None:
        return None  # "Muslim brothers", "the Ramin family"
    kind = word.group()
    wanted = "f" if kind in _SISTERS else None if kind in _FAMILY else "m"
    return found.start(), word.end(), surname, wanted


def _plurals(
    text: str, low: str | None, names: list[NameMention]
) -> list[tuple[int, int, str, str | None]]:
    """`low`: `scan.folded(text)`."""
    out: list[tuple[int, int, str, str | None]] = []
    if _AZ_PLURAL_PLACES.each(text, low, 0, len(text)):
        out += [(m.start(), m.end(), m.group(1), None) for m in _AZ_PLURAL.finditer(text)]
    for pos in _RU_PLURAL_PLACES.each(text, low, 0, len(text), apart=True):
        found = _RU_PLURAL.match(text, pos)
        if found is not None and (pos == 0 or not text[pos - 1].isalnum()):
            out.append((found.start(), found.end(), found.group(1), None))
    known = {n.words[-1] for n in names if n.kind == "full" and len(n.words) >= 2}
    for surname in known:
        if not surname[:1].isupper() or surname.endswith("s"):
            continue
        pos = text.find(surname + "s")
        while pos >= 0:
            end = pos + len(surname) + 1
            if text.endswith(("the ", "The "), max(0, pos - 4), pos) and _EN_PLURAL_AFTER.match(
                text, end - 1
            ):
                out.append((pos - 4, end, surname, None))
            pos = text.find(surname + "s", end)
    return [a for a in out if not _common(a[2])]


def _common(word: str) -> bool:
    folded = fold(word)
    return folded in stopwords() or folded in nationalities()


def _members(
    text: str, pos: int, surname: str, wanted: str | None
) -> list[tuple[int, int, str, str | None]]:
    """The given names listed right after a collective (or opening the next sentence),
    and those after a word for the elder or younger brother in its paragraph."""
    out = []
    origin = _ORIGIN_GAP.match(text, pos, pos + 60)  # "The Rzayev brothers of Aniq village,"
    gap = origin if origin is not None else _GAP.match(text, pos, pos + 4)
    listed = _LIST.match(text, gap.end() if gap else pos)
    if listed is not None:
        out += _listed(listed, surname, wanted)
    stop = text.find("\n", pos)
    stop = min(len(text), pos + _REACH) if stop < 0 else min(stop, pos + _REACH)
    for ranked in _RANKED.finditer(text, pos, stop):
        one = _LIST.match(text, ranked.end())
        if one is not None and not one.group(2):
            out += _listed(one, surname, wanted)
    return out


def _listed(
    match: re.Match[str], surname: str, wanted: str | None
) -> list[tuple[int, int, str, str | None]]:
    return [
        (w.start(), w.end(), surname, wanted)
        for w in _LIST_WORD.finditer(match.string, match.start(), match.end())
    ]


def _relatives(text: str, names: list[NameMention]) -> list[tuple[int, int, str, str | None]]:
    full = [n for n in names if n.kind == "full" and len(n.words) >= 2]
    if not full:
        return []
    taken = [(n.start, n.end) for n in names]
    out = []
    for match in _kin_scanner().finditer(text):
        # given names first (Turkish "son" is also "last": "son yıllarda"), then the names
        gap = _KIN_AFTER.match(text, match.end())
        listed = _LIST.match(text, gap.end()) if gap is not None else None
        if listed is None:
            continue
        if overlaps(match.start(), match.end(), taken):
            continue  # "Həsənov Orxan Elçin oğlu": a patronymic inside a name, no son
        kin = fold(match.group())
        before = _OWNER_BEFORE.search(text, max(0, match.start() - 50), match.start())
        owner: tuple[str, str | None] | None = None
        if before is not None and before.group(1):
            owner = _possessor(before.group(1), full)
        elif before is not None and before.group(2).lower() == "his":
            owner = _last_named(text, match.start(), full)
        elif before is None and kin in _TURKIC_WORDS:
            if _capitalised_before(text, match.start()):
                continue  # "Orxan Elçin oğlu": a patronymic, no son
            owner = _last_named(text, match.start(), full)
        if owner is None:
            continue
        surname, gender = owner
        # a woman's son bears her (married) surname where the possessive kin word is
        # Turkish or Azerbaijani ("Hatice Aslan ... oğulları"); her brother may not, and
        # "her son, Daniyar" is often left so
        if gender == "f" and (kin not in _SON_WORDS or kin not in _TURKIC_WORDS):
            continue
        out += _listed(listed, male_surname(surname, gender), "m")
    return out


def _capitalised_before(text: str, pos: int) -> bool:
    """Whether a given name stands right before `pos` ("Elçin oğlu": a patronymic)."""
    before = text[max(0, pos - 30) : pos].rstrip()
    if not before or not before[-1].isalpha():
        return False
    word = before.split()[-1]
    return word[:1].isupper() and lemma_given(word)[1] is not None


def _possessor(word: str, full: list[NameMention]) -> tuple[str, str | None] | None:
    """The surname of "Gaurgashvili's", "Kərimovun", "Aslan'ın": the last word of a name
    the document writes in full (so "Elçin" of "Elçin oğlu" is none)."""
    key = fold(word)
    for name in full:
        last = fold(name.words[-1])
        if key == last or (key.startswith(last) and len(key) - len(last) <= 3):
            return name.words[-1], name.gender
    return None


def _last_named(text: str, pos: int, full: list[NameMention]) -> tuple[str, str | None] | None:
    """The person named in full last before `pos`, in its sentence or the one before
    (within the paragraph); none when another surname is named there too."""
    begin = max(0, pos - 400, text.rfind("\n", 0, pos) + 1)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, begin, pos)]
    if len(ends) >= 2:
        begin = ends[-2]
    near = [n for n in full if begin <= n.start and n.end <= pos]
    if not near:
        return None
    surnames = {fold(male_surname(n.words[-1], n.gender)) for n in near}
    if len(surnames) > 1:
        return None
    return near[-1].words[-1], near[-1].gender


def male_surname(surname: str, gender: str | None) -> str:
    """A woman's surname in its man's form (Həmzəyeva → Həmzəyev, Маматова → Маматов);
    anyone else's as it is."""
    if gender == "f" and _MALE_FORM.search(surname):
        return surname[:-1]
    return surname


def _complete(
    text: str, names: list[NameMention], completions: list[tuple[int, int, str, str | None]]
) -> list[NameMention]:
    at = {(n.start, n.end): n for n in names}
    taken = [(n.start, n.end) for n in names if n.kind != "given"]
    own: dict[str, set[str]] = {}
    for n in names:
        if n.kind == "full" and len(n.words) >= 2:
            own.setdefault(fold(n.words[0]), set()).add(fold(n.words[-1]))
    added = []
    done: set[tuple[int, int]] = set()
    for start, end, surname, wanted in completions:
        if (start, end) in done:
            continue
        word = text[start:end]
        mention = at.get((start, end))
        if mention is not None:
            if mention.kind != "given" or len(mention.words) != 1:
                continue
            given, gender = mention.words[0], mention.gender
        else:
            if overlaps(start, end, taken) or _common(word):
                continue
            given, gender = lemma_given(word)
            if gender is None:
                continue
        if gender is None or (wanted is not None and gender != wanted):
            continue  # "brothers Anar and Leyla": not hers
        male = surname
        family = male + "a" if gender == "f" and _FEMININE_FORM.search(male) else male
        others = own.get(fold(given), set()) - {fold(family), fold(male), fold(surname)}
        if others:
            continue  # a given name with its own surname elsewhere keeps it
        done.add((start, end))
        if mention is not None:
            mention.kind, mention.words = "full", (given, family)
        else:
            added.append(NameMention(start, end, word, "full", (given, family), gender))
    if not added:
        return names
    return sorted(names + added, key=lambda n: n.start)
