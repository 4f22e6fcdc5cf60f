"""Place names in text, through the gazetteer (`ffdb.names.places`), with their case forms.

Azerbaijani and Turkish glue case and origin suffixes on place names (Qusardan,
Suriyaya, Suriye'de, Qusarlı), Russian declines them (Кусара, в Сирии): `place_of`
tries the word, then the word without such endings (and Russian stems with their
nominative endings back), and takes the first spelling the gazetteer knows exactly.
Names the gazetteer does not hold are still places when the text says what they are
("the village of Khalafli", "Jebrail District", "село Халафли").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Final

from ffdb.extract.at_places import Occurrences, before_space, finditer_at
from ffdb.extract.date_words import month_number
from ffdb.extract.lexicon import nationalities
from ffdb.extract.scan import folded
from ffdb.extract.tokens import APOSTROPHES, CAP_WORD, UPPER, fold
from ffdb.names.places import Place, is_place_name, lookup_place

EXTRACTOR: Final = "place_rules.v1"


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str  # as the gazetteer or the text names it, nominative
    place: Place | None
    suffix: str  # the case or origin ending the text glued on ("dan", "lı", "'de")

    # Written out: mypyc compiles it, where the `__init__` dataclass generates runs
    # interpreted, five times slower (some thousands of these are made per megabyte).
    def __init__(
        self, start: int, end: int, text: str, name: str, place: Place | None, suffix: str
    ) -> None:
        self.start, self.end, self.text, self.name = start, end, text, name
        self.place, self.suffix = place, suffix


_AZ_TR_SUFFIXES: Final = sorted(
    [
        "da",
        "də",
        "de",
        "ta",
        "tə",
        "te",
        "dan",
        "dən",
        "den",
        "tan",
        "tən",
        "ten",
        "a",
        "ə",
        "e",
        "ya",
        "yə",
        "ye",
        "ın",
        "in",
        "un",
        "ün",
        "nın",
        "nin",
        "nun",
        "nün",
        "ı",
        "i",
        "u",
        "ü",
        "yı",
        "yi",
        "yu",
        "yü",
        "la",
        "lə",
        "le",
        "yla",
        "ylə",
        "yle",
        "lı",
        "li",
        "lu",
        "lü",
        "dakı",
        "dəki",
        "deki",
        "daki",
        "dır",
        "dir",
        "dur",
        "dür",
        # ablative or demonym with the copula: "Qusardandır", "Balakənlidir" (hometowns.py)
        "dandır",
        "dəndir",
        "dendir",
        "tandır",
        "təndir",
        "tendir",
        "lıdır",
        "lidir",
        "ludur",
        "lüdür",
        # the same in the past: "Prizrenliydi", "Konya'dandı", "Adanalıymış"
        "dandı",
        "dendi",
        "tandı",
        "tendi",
        "lıydı",
        "liydi",
        "luydu",
        "lüydü",
        "lıymış",
        "liymiş",
        "luymuş",
        "lüymüş",
    ],
    key=len,
    reverse=True,
)
_SUFFIX_SET: Final = frozenset(_AZ_TR_SUFFIXES)
_RU_ENDINGS: Final = (
    "ского",
    "скому",
    "ским",
    "ском",
    "ский",
    "ская",
    "ской",
    "скую",
    "ами",
    "ого",
    "ому",
    "ему",
    "ым",
    "ую",
    "ой",
    "ом",
    "ем",
    "ах",
    "ях",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "и",
    "ы",
)
_RU_ADJECTIVE: Final = {
    "ого": ("ый", "ий", "ой"),
    "ому": ("ый", "ий", "ой"),
    "ом": ("ый", "ий", "ой"),
    "ым": ("ый", "ой"),
    "ой": ("ая", "ый"),
    "ую": ("ая",),
}
_RU_ADJECTIVE_ONLY: Final = frozenset(["ому", "ым", "ую"])
_RU_RESTORE: Final = ("я", "а", "ь", "й", "ы", "и", "")  # the bare stem last: "Сирии" is Сирия
_NOT_PLACES = frozenset(
    fold(w)
    for w in [
        "Islamic",
        "State",
        "Front",
        "Army",
        "Abu",
        "Ebu",
        "Umm",
        "Bin",
        "Al",
        "El",
        "Source",
        "Figure",
        "Left",
        "Right",
        "Untitled",
        "Press",
        "Note",
        "Map",
        "Said",
        "Can",
        "May",
        "Mart",
        "Ali",
        "Emin",
        "Samir",
        "Azer",
        "Araz",
        "Zaur",
        "Islam",
        "Sunni",
        "Shia",
        "Arab",
        "Turkish",
        "Russian",
        "English",
        "Iran",
        "Allah",
        "Sheikh",
        "Shaykh",
        # common words that open Russian sentences and meet a place's alternate name
        # ("Брат" is no Berat)
        "Брат",
        "Брата",
        "Братья",
        "Сестра",
        "Мать",
        "Отец",
        "Сын",
        "Аллах",
        "Аллаха",
        "Шейх",
        "Амир",
        # kin words that open Turkic sentences ("Kardeşlerin Mahaçkale doğumlu olduğu")
        "Kardeş",
        "Kardeşler",
        "Qardaş",
        "Qardaşlar",
        # "Aynı mahalleden dört genç" ("the same"), though a Tajik town is Ayní
        "Aynı",
        # common nouns capitalised in names of bodies or at a sentence's start ("Polis
        # Şöbəsində", "Yurt dışına kaçan", "Yara aldı")
        "Şöbə",
        "Yurt",
        "Yara",
    ]
)
_NOT_PLACES = _NOT_PLACES - {fold("Iran")}


@lru_cache(maxsize=65536)
def place_of(word: str) -> tuple[Place, str, str] | None:
    """(place, the form found, the suffix dropped) for a capitalised word or phrase."""
    word = word.strip()
    if len(word) == 2 and word[:1].isupper():
        return _two_letter_town(word)
    if len(word) < 3 or fold(word) in _NOT_PLACES or month_number(word) is not None:
        return None  # "March", "Ağustos": months, whatever the gazetteer holds
    found: tuple[Place, str, str] | None = None
    for form, suffix in _forms(word):
        if len(form) >= 3 and is_place_name(form) and (not suffix or fold(form) not in _NOT_PLACES):
            place = lookup_place(form)
            if place is None:
                continue
            if len(form) <= 3 and suffix[:1].isalpha() and _far_adjective(place):
                continue  # "Yerli" ("local") is no Yer (Hyères) + "li", "Dini" no Din + "i"
            if suffix.startswith("ск") and _far_adjective(place):
                continue  # "Шалинского района" is no Chaligny, "Зольского" no Zola Predosa
            if found is None:
                found = (place, form, suffix)
                if not suffix and _CYRILLIC_END.search(word):
                    continue  # "Дербента" is a spelling the gazetteer keeps: look for "Дербент"
                if suffix in ("ы", "и") and _CYRILLIC_END.search(word):
                    return _feminine_genitive(word, found)
                return found
            if place.id == found[0].id or (_far_adjective(found[0]) and not _far_adjective(place)):
                # "Аргуна" spells Langenargen once transliterated, and is Argun's genitive
                return place, form, suffix
            if suffix == "а" and form == word[:-1] and _much_bigger(place, found[0]):
                # "из Ростова": Rostov-on-Don's genitive before a town named "Ростова"
                return place, form, suffix
    return found


def _much_bigger(place: Place, other: Place) -> bool:
    return (place.population or 0) >= 10 * max(other.population or 0, 1)


def _feminine_genitive(word: str, found: tuple[Place, str, str]) -> tuple[Place, str, str]:
    """ "Вены", "Праги": the genitive of a name in "-а" (Вена, Прага), not "Вен" (a Dutch
    village) or "Праг", when the gazetteer knows the "-а" name as the same place or a
    bigger one."""
    form = word[:-1] + "а"
    place = lookup_place(form) if is_place_name(form) else None
    if place is None:
        return found
    if place.id == found[0].id or (place.population or 0) > (found[0].population or 0):
        return place, form, found[2]
    return found


# Where a district or town is named by a Russian adjective ("Кусарского района"): the
# former Soviet Union and the war's lands ("Ракки", "Алеппского"); a town elsewhere whose
# name the adjective's stem meets by chance is none of them.
_RUSSIAN_ADJECTIVE_COUNTRIES: Final = frozenset(
    "RU AZ GE AM KZ UZ TJ KG TM UA BY MD LT LV EE SY IQ TR IR AF".split()
)


def _far_adjective(place: Place) -> bool:
    """A town outside the lands a Russian place adjective or case form names ("Сирийскую"
    is Syria's, "Аргуна" Argun's)."""
    return place.precision != "country" and place.country not in _RUSSIAN_ADJECTIVE_COUNTRIES


# Two-letter names are mostly words and initials; a big town of the region is spelled so
# ("Oş", "Ош": Osh).
_REGION: Final = frozenset(["AZ", "TR", "RU", "GE", "KZ", "UZ", "TJ", "KG", "TM", "SY", "IQ"])


def _two_letter_town(word: str) -> tuple[Place, str, str] | None:
    place = lookup_place(word)
    if place is None or place.country not in _REGION or (place.population or 0) < 100_000:
        return None
    return place, word, ""


_CYRILLIC_END: Final = re.compile(r"[а-яё]$")
_VOWELS: Final = frozenset("аеоуыэюАЕОУЫЭЮ")


def _forms(word: str) -> list[tuple[str, str]]:
    out = [(word, "")]
    for mark in APOSTROPHES:
        if mark in word:
            head, _, tail = word.partition(mark)
            if len(tail) <= 5:
                out.append((head, mark + tail))
    lower = word.lower()
    if re.search(r"[а-яё]", lower):
        for ending in _RU_ENDINGS:
            # a two-letter stem only for a one-letter ending: "Уфы" is Уфа
            if lower.endswith(ending) and len(word) - len(ending) >= (2 if len(ending) == 1 else 3):
                stem = word[: -len(ending)]
                # Сирии → Сирия (a stem in и takes я), Кусара → Кусар (a consonant: bare),
                # Сибая → Сибай, Эндирея → Эндирей (a vowel before я: the stem ends in й)
                order: tuple[str, ...]
                if stem.endswith("и"):
                    order = _RU_RESTORE
                elif ending == "я" and stem[-1:] in _VOWELS:
                    order = ("й", "", "я")
                else:
                    order = ("", "а", "ь", "я", "й", "ы", "и")
                if ending in _RU_ADJECTIVE_ONLY:
                    order = ()  # no noun ends so
                if ending in _RU_ADJECTIVE and len(stem) >= 5 and not stem.endswith("ск"):
                    # a town named by an adjective: "Прохладного", "в Прохладном" are
                    # Прохладный, "Советской" Советская (after the nouns' readings; a
                    # district's "-ского района" is read with its noun elsewhere)
                    order = order + _RU_ADJECTIVE[ending]
                out.extend((stem + r, ending) for r in order)
        return out
    for suffix in _AZ_TR_SUFFIXES:
        if lower.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append((word[: -len(suffix)], suffix))
            if suffix in ("ya", "yə", "ye", "yı", "yi", "yu", "yü", "nın", "nin", "nun", "nün"):
                out.append((word[: -len(suffix) + 1], suffix[1:]))
    return out


def is_place(word: str) -> bool:
    return place_of(word) is not None


_TYPE_BEFORE: Final = re.compile(
    rf"\b(?i:city|town|village|district|region|province|settlement|republic|area)\s+of\s+"
    rf"(?P<name>{CAP_WORD}(?:\s+{CAP_WORD})?)|"
    rf"\b(?i:село|селе|села|селения|селении|аул|аула|ауле|город|города|городе|поселок|посёлка|"
    rf"поселка|района?|г\.|с\.)\s*"
    rf"(?P<name_ru>[{UPPER}][\w-]+)",
)
# the words after the name in _TYPE_AFTER, as the pattern writes them
_TYPE_WORDS_AFTER: Final[tuple[str, ...]] = (
    *("District", "Province", "Region", "Rayon", "Oblast", "district"),
    # "the Lezgin village of Akhty": the word before names the people, the place follows
    r"village(?!\s+of\s)",
    *(r"rayonu\w*", "rayon", r"kəndi\w*", "kənd", r"şəhəri\w*", "şəhər", r"qəsəbəsi\w*"),
    *("qəsəbə", r"ilçesi\w*", r"köyü\w*", r"beldesi\w*", r"ili\w*", r"район\w*", r"сел\w+"),
    *(r"kenti\w*", r"şehri\w*", r"kasabası\w*"),
    "(?P<born>doğumlu)",
)
_TYPE_AFTER: Final = re.compile(rf"(?P<name>{CAP_WORD})\s+(?:{'|'.join(_TYPE_WORDS_AFTER)})\b")


def _opening_letters(words: tuple[str, ...]) -> tuple[str, ...]:
    """The letters each pattern opens with ("village", "ili", "сел"), less those that
    another of them opens (found only where it is)."""
    found = {re.split(r"\W", re.sub(r"^\(\?P<\w+>", "", w), maxsplit=1)[0] for w in words}
    return tuple(sorted(w for w in found if not any(o != w and w.startswith(o) for o in found)))


# A match of _TYPE_AFTER holds one of these after its spaces, the name right before them
# (`_typed_after`).
_TYPE_AFTER_KEYS: Final = _opening_letters(_TYPE_WORDS_AFTER)
_TYPE_AFTER_AT: Final = Occurrences(_TYPE_AFTER_KEYS)

# Where a match of _TYPE_BEFORE may start, in the text lower-cased by `scan.folded`
# (letters only but for the dot, so no start of a match hides inside one): its opening
# `\b` and case-folding would have `re` try every position.
_TYPE_BEFORE_STARTS: Final[tuple[str, ...]] = (
    *("city", "town", "village", "district", "region", "province", "settlement", "republic"),
    *("area", "село", "селе", "села", "аул", "город", "поселок", "посёлка", "поселка"),
    *("район", "г.", "с."),
)
_TYPE_BEFORE_AT: Final = Occurrences(_TYPE_BEFORE_STARTS)

_CAP: Final = re.compile(CAP_WORD)
# a Russian surname in an oblique case after the word a settlement's noun took for a
# place: "села Магомеда Алиева", "села Шамиля Рашидовым"
_SURNAME_NEXT: Final = re.compile(r" [А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой)\b")
# Azerbaijani writes the people of a place in lower case: "qusarlı", "sumqayıtlı".
_DEMONYM_COUNTRIES: Final = frozenset(["AZ", "TR", "RU", "GE", "IR", "IQ", "SY"])
# a name next, or a kin or fighter's word, then the name: "zaqatalalı qardaşımız Əbu Yəhya"
_CAP_AFTER: Final = re.compile(
    r"\s+(?:(?:qardaşımız|qardaş|kardeşimiz|kardeş|bacımız|bacı|gənc|genç|döyüşçü|"
    rf"mücahid|şəhid|şehit)\s+)?[{UPPER}]"
)
_DIGIT_BEFORE: Final = re.compile(r"\d\s*$")
_DEMONYM: Final = re.compile(r"(?<![\w-])([a-zəıöüçşğ]{3,})(l[ıiuü])(?![\w-])")
_DEMONYM_END: Final = re.compile(r"l[ıiuü](?![\w-])")
_DEMONYM_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzəıöüçşğ")


def _demonyms(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`_DEMONYM.finditer(text, start, end)`, tried only at the words its ending closes:
    its look-behind first would have `re` try every position (a match is a whole word)."""
    for ending in _DEMONYM_END.finditer(text, start, end):
        word = ending.start()
        while word > start and text[word - 1] in _DEMONYM_LETTERS:
            word -= 1
        if ending.start() - word >= 3 and (found := _DEMONYM.match(text, word, end)):
            yield found


_NEXT_CAP: Final = re.compile(rf"[ \u00a0]{{1,2}}({CAP_WORD})")


def find_places(
    text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> list[PlaceMention]:
    """Places in text[start:end] outside the `taken` spans (names, groups)."""
    free = _Free(taken)
    out: list[PlaceMention] = []
    last_end = start
    for match in _CAP.finditer(text, start, end):
        s, e = match.span()
        if s < last_end or not free.free(s, e):
            continue
        mention = _place_at(text, s, e)
        if mention is not None:
            out.append(mention)
            last_end = mention.end
    for match in _demonyms(text, start, end):
        s, e = match.span()
        if not _CAP_AFTER.match(text, e) or _DIGIT_BEFORE.search(text, max(0, s - 4), s):
            continue  # "qusarlı Orxan Əliyev", not "35 yaşlı Namiq"
        found = place_of(match.group(1).capitalize())
        if (
            found is not None
            and found[0].precision != "country"
            and found[0].country in _DEMONYM_COUNTRIES
            and free.free(s, e)
        ):
            out.append(PlaceMention(s, e, match.group(), found[1], found[0], match.group(2)))
    low = folded(text)
    typed: Iterable[re.Match[str]] = (
        _TYPE_BEFORE.finditer(text, start, end)
        if low is None
        else finditer_at(_TYPE_BEFORE, text, _TYPE_BEFORE_AT.find(low, low, start, end), start, end)
    )
    for matches in (typed, _typed_after(text, start, end)):
        for match in matches:
            group = "name_ru" if match.groupdict().get("name_ru") else "name"
            s, e = match.span(group)
            if not free.free(s, e) or any(p.start < e and s < p.end for p in out):
                continue
            found = place_of(match.group(group))
            if match.groupdict().get("born") and found is None and _people_word(match.group(group)):
                continue  # "Alman doğumlu": German-born, no place
            if found is None and _common_word_opening(text, s, e):
                continue  # "Mərasimə kənd sakinləri qatılıb": a noun opening the sentence
            if found is None and group == "name_ru" and _SURNAME_NEXT.match(text, e):
                continue  # "уроженцев села Магомеда Алиева": a person's name, no village
            name = found[1] if found else _strip_case(match.group(group))
            out.append(PlaceMention(s, e, text[s:e], name, found[0] if found else None, ""))
    out += _named_again(text, start, end, out, free)
    out.sort(key=lambda p: p.start)
    return out


def _typed_after(text: str, start: int, end: int) -> list[re.Match[str]]:
    """`_TYPE_AFTER.finditer(text, start, end)`, tried only at the capitalised words
    before the spaces before one of its words (each is looked for as written)."""
    places: list[int] = []
    # (`folded` keeps its last answer: the one `find_places` asked for)
    for at in _TYPE_AFTER_AT.find(text, folded(text), start, end):
        places += before_space(text, at, start)
    if len(places) > 1:
        places = sorted(set(places))
    return finditer_at(_TYPE_AFTER, text, places, start, end)


def _named_again(
    text: str, start: int, end: int, found: list[PlaceMention], free: _Free
) -> list[PlaceMention]:
    """A place the gazetteer lacks, once the text has said what it is ("the village of
    Hil", "Ərkivan kəndində"), where the text names it again bare ("a native of Hil",
    "Ərkivan sakini"), with a case ending or none."""
    unknown = {p.name for p in found if p.place is None and " " not in p.name and len(p.name) > 2}
    if not unknown:
        return []
    taken = [(p.start, p.end) for p in found]
    words = "|".join(re.escape(n) for n in sorted(unknown, key=len, reverse=True))
    out = []
    for match in re.finditer(rf"(?<![\w-])({words})([’']?[^\W\d_]{{0,4}})(?![\w-])", text):
        s, e = match.span()
        if s < start or e > end or not free.free(s, e):
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        suffix = match.group(2)
        bare = suffix.lstrip("’'")
        if bare and bare.lower() not in _SUFFIX_SET:
            continue  # another word that opens with the name
        out.append(PlaceMention(s, e, match.group(), match.group(1), None, suffix))
    return out


_OPENS_SENTENCE: Final = re.compile(r"(?:^|[.!?…][\"»”]?\s+|\n\s*)$")


def _common_word_opening(text: str, start: int, end: int) -> bool:
    """An unknown word before a place's noun that opens a sentence and is written in lower
    case elsewhere in the text (its stem: "Mərasimə" beside "yas mərasimi"): a common noun."""
    if not _OPENS_SENTENCE.search(text, max(0, start - 4), start):
        return False
    word = text[start:end]
    if " " in word or len(word) < 5:
        return False
    stem = word[: max(4, len(word) - 2)].lower()
    return re.search(rf"(?<![\w-]){re.escape(stem)}", text) is not None


def _people_word(word: str) -> bool:
    """A people's or a nationality's word ("Alman", "Çeçen"), which "doğumlu" may follow."""
    from ffdb.extract.lexicon import nationalities

    return fold(_strip_case(word)) in nationalities()


class _Free:
    """Whether a span overlaps none of some sorted spans (by bisection)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = sorted(spans)
        self.starts = [s for s, _ in merged]
        self.spans = merged
        # the furthest end of the spans up to each: where it is at or before `start`,
        # no span before `end` overlaps (the walk back below need not run)
        self.reach = list(accumulate([e for _, e in merged], max))

    def free(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1
        if i < 0 or self.reach[i] <= start:
            return True
        while i >= 0:
            s, e = self.spans[i]
            if e > start:
                return False
            if e <= start and s < start - 400:
                return True
            i -= 1
        return True


# the stem's letters: three, or two for the region's big two-letter towns ("Oşlu")
_DEMONYM_SUFFIX: Final = re.compile(r"(?<=[^\W\d_]{2})l[ıiuü]$")


# a short quoted title opened by the word, its next word in lower case: an outlet's or a
# body's name ("«Горский вестник»", "«Кавказский узел»", "“Kuzey haber”"), not a place
_OPENING_QUOTE: Final = frozenset('«“"„')
_TITLE_AFTER: Final = re.compile(
    r"[ \u00a0]+[^\W\d_A-ZА-ЯЁÇĞİÖŞÜƏ][^\W\d_]*(?:[ \u00a0]+[^\s»”\"]+)?[»”\"]"
)


def _place_at(text: str, s: int, e: int) -> PlaceMention | None:
    if s > 0 and text[s - 1] in _OPENING_QUOTE and _TITLE_AFTER.match(text, e):
        return None
    nxt = _NEXT_CAP.match(text, e)
    if nxt:
        two_end = nxt.end()
        found = place_of(text[s:two_end])
        if found is not None:
            return PlaceMention(s, two_end, text[s:two_end], found[1], found[0], found[2])
    word = text[s:e]
    if nxt and _DEMONYM_SUFFIX.search(word):
        # "Sivaslı Fatih Aydemir": one from Sivas, though a town Sivaslı exists too
        demonym = place_of(word[:-2])
        if demonym is not None and demonym[0].precision != "country":
            return PlaceMention(s, e, word, demonym[1], demonym[0], word[-2:])
    found = place_of(word)
    if (
        found is not None
        and _PERSON_NOUN_NEXT.match(text, e)
        and _people_not_place(text, word, e, found[0])
    ):
        return None  # "a Kazakh man", "a Kazakh native": a people, though Qazax is a town
    if found is not None and found[2] in _DEMONYM_ENDS and _SETTLEMENT_NEXT.match(text, e):
        # "Muğanlı kəndindən": a village of that name, not one from Muğan
        return PlaceMention(s, e, word, word, None, "")
    if found is None and word.endswith(("n", "i")) and _NATIVE_AFTER.match(text, e):
        # "a Kabardino-Balkarian native", "a Dagestani native": the region's adjective
        found = place_of(word[:-1])
        if found is not None and found[0].precision != "country" and not found[2]:
            return PlaceMention(s, e, word, found[1], found[0], word[-1])
        return None
    if found is None:
        head, dash, tail = word.partition("-")
        compound = dash and tail in _COMPOUND_TAILS and not _people_word(head)
        if compound and (found := place_of(head)) is not None:
            # "Khasavyurt-born": the place, then the word that says what it is to someone
            return PlaceMention(s, s + len(head), head, found[1], found[0], found[2])
        return None
    return PlaceMention(s, e, word, found[1], found[0], found[2])


_COMPOUND_TAILS: Final = frozenset(["born", "based", "raised", "bred"])
# a person's noun after a people's word ("a Kazakh man", "Uzbek nationals")
_PERSON_NOUN_NEXT: Final = re.compile(
    r"[ \u00a0]+(?:man|men|woman|women|national|nationals|citizen|citizens|native|natives|"
    r"fighter|fighters|jihadist|jihadists|militant|militants|youth|youths|boy|boys|girl|girls|"
    r"husband|wife|mother|father|family|families|origin|descent|commander|emir|returnee|"
    r"returnees|recruit|recruits|convert|student|students|worker|workers|migrant|migrants)\b"
)


def _people_not_place(text: str, word: str, end: int, place: Place) -> bool:
    """A people's word with a place of that name elsewhere ("Kazakh": Qazax in Azerbaijan);
    not a place in the people's own country ("a Pankisi native"), nor a region's people
    before "native" ("a Dagestani native": of Dagestan)."""
    code = nationalities().get(fold(word))
    if code is None or code == place.country:
        return False
    return not (code.startswith("X") and _NATIVE_AFTER.match(text, end))


_DEMONYM_ENDS: Final = frozenset(["lı", "li", "lu", "lü"])
_SETTLEMENT_NEXT: Final = re.compile(r"[ \u00a0]+(?:kənd|köy|qəsəbə|kasaba|belde)", re.I)
_NATIVE_AFTER: Final = re.compile(r"[ \u00a0]natives?\b")


def _strip_case(word: str) -> str:
    for mark in APOSTROPHES:
        word = word.partition(mark)[0]
    return word
