"""Places and things read into a run of name words, and list entries written surname first.

- A demonym opening a run: an Azerbaijani or Turkish word in -lı/-li/-lu/-lü whose stem
  is a place, in the gazetteer (of any kind) or named as a settlement by the text itself
  ("Car kəndində" ... "Carlı Anar", "Yeşilpınar köyünde" ... "Yeşilpınarlı Ahmet Turan"):
  it names where the person is from, not the person. Surnames of that shape have a given
  name for a stem (Kərimli, Hüseynli) and stay.
- A place closing a run before a postposition or a settlement noun in its possessive
  ("Ramin Mənbic yaxınlığında", "Mirzəyev Qusar şəhərində", "Ahmet Halep kırsalında"):
  the place is where something happened, not the person's surname.
- A name followed by an institution's or a place's noun ("Sabiha Gökçen Havalimanı'nda",
  "Mevlana Mahallesi'nde", "Heydər Əliyev Beynəlxalq Aeroportu"): the name is the thing's,
  and so is the same name elsewhere in the text (the headline's "Sabiha Gökçen'de").
  Russian names a place in -ово/-ево/-ино in the locative after "в"/"во" ("во Внукове",
  "в Шереметьеве"), which reads like a surname in -ов/-ин: it is the place.
- A wanted list's entry written surname first in capitals and a comma ("GUBZHOKOV, Artur
  Zaurovich", "YALÇIN, Abdurrahman") is one person, "Artur Gubzhokov".
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract import forms
from ffdb.extract.at_places import Occurrences
from ffdb.extract.lexicon import given_gender, known_surnames
from ffdb.extract.people_mention import NameMention
from ffdb.extract.scan import folded
from ffdb.extract.tokens import APOSTROPHES, UPPER, fold, strip_apostrophe_suffix

__all__ = [
    "before_place_noun",
    "document_places",
    "past_demonym",
    "past_kin_word",
    "with_surname_first_entries",
    "without_named_things",
]

# A settlement's noun after its name, in the possessive the compound takes ("Car kəndi",
# "Yeşilpınar köyünde", "Hil kəndinin"): the capitalised word before is a place
_SETTLEMENT: Final = re.compile(
    rf"([{UPPER}][\w-]+)[ \u00a0]+(?:kəndi|köyü|qəsəbəsi|kasabası|beldesi|mahallesi|mahalləsi"
    r"|obası)\w*"
)
_SETTLEMENT_GATE: Final = ("kənd", "köy", "qəsəbə", "kasaba", "belde", "mahalle", "mahallə", "oba")

_DEMONYM: Final = re.compile(r"^(.{2,}?)(?:l[ıiuü])$")


def document_places(text: str) -> frozenset[str]:
    """The folded names the text gives a settlement's noun ("Car kəndində" → "car")."""
    if not any(g in text for g in _SETTLEMENT_GATE):
        return frozenset()
    return frozenset(fold(m.group(1)) for m in _SETTLEMENT.finditer(text))


def _is_place(word: str, places: frozenset[str]) -> bool:
    from ffdb.extract.geo import place_of

    return fold(word) in places or place_of(word) is not None


def past_demonym(text: str, start: int, end: int, places: frozenset[str]) -> int:
    """Where a run begins after a demonym opening it ("Carlı Anar" → "Anar")."""
    cut = text.find(" ", start, end)
    if cut < 0:
        return start
    word = text[start:cut]
    match = _DEMONYM.match(word)
    if match is None or not word[:1].isupper():
        return start
    stem = match.group(1)
    if fold(stem) not in places:  # a settlement the text names: "Car kəndində"
        if given_gender(word) is not None or forms.lemma_given(stem)[1] is not None:
            return start  # "Kərimli", "Hüseynli": a surname from a given name
        if fold(word) in known_surnames() or not _is_place(stem, places):
            return start
    rest = cut + 1
    while rest < end and text[rest] in " \u00a0":
        rest += 1
    if rest >= end or not text[rest].isupper():
        return start
    return rest


# Kin in the first person's possessive opening a run: an interviewee's "Kuzenim Bilal
# Taş", "Ərim Cavid" (my cousin, my husband). The word is dropped; unlike a role word it
# vouches for nothing after it ("ərim Samirlə Suriyaya getdim")
_KIN_MINE: Final = frozenset(
    fold(w)
    for w in (
        "kuzenim kuzenimiz ərim ərimiz əmioğlum dayıoğlum xalaoğlum bibioğlum amcaoğlum "
        "teyzeoğlum eniştem yeznəm nişanlım kayınbiraderim qaynım baldızım"
    ).split()
)


def past_kin_word(text: str, start: int, end: int) -> int:
    """Where a run begins after a kin word in the first person opening it."""
    cut = text.find(" ", start, end)
    if cut < 0 or fold(text[start:cut]) not in _KIN_MINE:
        return start
    rest = cut + 1
    while rest < end and text[rest] in " \u00a0":
        rest += 1
    return rest if rest < end else start


# A postposition or a settlement's noun in the possessive after a place: "Mənbic
# yaxınlığında", "Qusar şəhərində", "Halep kırsalında", "Hil kəndində", "İdlib ətrafında"
_PLACE_NOUN_AFTER: Final = re.compile(
    r"[ \u00a0]+(?:yaxınlığı|yaxınlığında\w*|yakınlarında\w*|yakınında\w*|civarında\w*"
    r"|ətrafında\w*|şəhəri|şəhərin\w+|kəndi|kəndin\w+|qəsəbəsi\w*|rayonu|rayonun\w+"
    r"|köyü|köyün\w+|ilçesi\w*|kırsalı\w*|kəndətrafı\w*|şehri|şehrin\w+|kenti|kentin\w+"
    r"|mahallesi\w*|beldesi\w*|bölgəsi\w*|bölgesi\w*|vilayəti\w*)(?!\w)"
)
_PLACE_NOUN_GATE: Final = frozenset("yckəşqrikmbvl")


def before_place_noun(text: str, start: int, end: int) -> int:
    """Where a run of two words or more ends before a place that closes it, when a
    postposition or a settlement's noun follows ("Ramin Mənbic yaxınlığında" → "Ramin").
    A given name or a surname there is kept: a person is no settlement."""
    after = end
    while after < len(text) and text[after] in " \u00a0":
        after += 1
    if after == end or after >= len(text) or text[after] not in _PLACE_NOUN_GATE:
        return end
    if _PLACE_NOUN_AFTER.match(text, end) is None:
        return end
    cut = text.rfind(" ", start, end)
    if cut <= start:
        return end
    last = text[cut + 1 : end]
    if forms.lemma_given(last)[1] is not None or forms.surname_strength(last) >= 2:
        return end
    if fold(last) in known_surnames():
        return end
    while cut > start and text[cut - 1] in " \u00a0":
        cut -= 1
    # a place before it in the genitive: "Həsənbala Rəhimov Qusarın Həzrə kəndindən"
    before = text.rfind(" ", start, cut)
    if before > start and _is_cased_place(text[before + 1 : cut]):
        cut = before
        while cut > start and text[cut - 1] in " \u00a0":
            cut -= 1
    return cut


def _is_cased_place(word: str) -> bool:
    from ffdb.extract.geo import place_of

    if forms.lemma_given(word)[1] is not None or forms.surname_strength(word) >= 2:
        return False
    found = place_of(word)
    return found is not None and bool(found[2])


# The nouns of things named after people: airports, schools, hospitals, mosques, parks,
# streets and neighbourhoods, capitalised after the name (or the English "airport")
# The nouns of things named after people, capitalised after the name: airports,
# universities, hospitals, mosques, stadiums, parks, bridges, schools, foundations,
# streets, squares, neighbourhoods, villages, stations
_THING_NOUNS: Final = (
    "Havalimanı Havaalanı Hava Aeroportu Airport Üniversitesi Universiteti University "
    "Hastanesi Xəstəxanası Hospital Camii Məscidi Mosque Stadyumu Stadionu Stadium Parkı "
    "Köprüsü Körpüsü Bridge Lisesi Litseyi Məktəbi School Enstitüsü İnstitutu Institute "
    "Vakfı Fondu Foundation Bulvarı Caddesi Sokağı Küçəsi Prospekti Meydanı Mahallesi "
    "Mahalləsi Köyü Kəndi Qəsəbəsi Metrosu İstasyonu Stansiyası"
).split()
_THING_NOUN_AT: Final = re.compile(
    r"(?:Hava[ \u00a0]+Limanı|" + "|".join(n for n in _THING_NOUNS if n != "Hava") + ")"
    # an Azerbaijani or Turkish case ending glued on ("Aeroportunda")
    r"(?:n?[dt][aeə]n?|n[aeə]|n[ıiuü]n|nd[aeə]ki|ndakı)?(?![^\W\d_])"
)
# words between a name and the noun that are no part of the name
_QUALIFIERS: Final = frozenset(fold(w) for w in "Beynəlxalq Uluslararası International".split())
# up to three capitalised words right before the noun ("Sabiha Gökçen ")
_NAME_BEFORE: Final = re.compile(rf"((?:[{UPPER}][\w{APOSTROPHES}-]*[ \u00a0]+){{1,4}})$")


_THING_NOUN_PLACES: Final = Occurrences(tuple(_THING_NOUNS))


def _thing_noun_starts(text: str) -> list[int]:
    """Where a noun of `_THING_NOUNS` begins a word after a space: each noun looked for
    as a literal (a pattern opening with their alternation would be tried everywhere),
    read off the one pass over the text for every gate's words."""
    return [
        pos
        for pos in _THING_NOUN_PLACES.each(text, folded(text), 0, len(text))
        if pos > 0 and text[pos - 1] in " \u00a0" and _THING_NOUN_AT.match(text, pos)
    ]


# "во Внукове", "в Шереметьеве", "в Одинцове": a place in -ово/-ево/-ино in the locative
_RU_LOCATIVE: Final = re.compile(r"(?<![\w-])(?:в|во)[ \u00a0]+$", re.IGNORECASE)
_RU_PLACE_LOCATIVE: Final = re.compile(r"^[А-ЯЁ][а-яё-]+(?:ове|еве|ёве|ине|ыне)$")


def _ru_place_locative(text: str, mention: NameMention) -> bool:
    if " " in mention.text or not _RU_PLACE_LOCATIVE.match(mention.text):
        return False
    if _RU_LOCATIVE.search(text, max(0, mention.start - 4), mention.start) is None:
        return False
    from ffdb.extract.geo import place_of

    nominative = mention.text[:-1] + "о"
    return nominative in text or place_of(nominative) is not None


def _thing_names(text: str) -> set[tuple[str, ...]]:
    """The folded words of the names before a thing's noun ("Sabiha Gökçen Havalimanı")."""
    out: set[tuple[str, ...]] = set()
    for noun in _thing_noun_starts(text):
        before = _NAME_BEFORE.search(text, max(0, noun - 70), noun)
        if before is None:
            continue
        words = [strip_apostrophe_suffix(w) for w in before.group(1).split()]
        while words and fold(words[-1]) in _QUALIFIERS:
            words.pop()
        if not words:
            continue
        # a sentence's opener may stand before the name ("Dün Sabiha Gökçen"): its tails
        # of two words or more too, never a surname alone that a person may share
        for i in range(max(1, len(words) - 1)):
            out.add(tuple(fold(w) for w in words[i:]))
    return out


def without_named_things(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """`mentions` without the names of things named after people, and without the same
    name anywhere else in the text (see the module's docstring)."""
    things = _thing_names(text)
    ru = "в" in text or "В" in text
    if not things and not ru:
        return mentions
    out = []
    for m in mentions:
        if things and tuple(fold(strip_apostrophe_suffix(w)) for w in m.words) in things:
            continue
        if things and _THING_NOUN_AT.fullmatch(strip_apostrophe_suffix(m.words[-1])):
            continue  # "Mevlana Mahallesi'nde" read as a surname "Mahallesi"
        if ru and m.kind == "surname" and _ru_place_locative(text, m):
            continue
        out.append(m)
    return out


# "GUBZHOKOV, Artur Zaurovich", "TEMIROVA, Madina Ruslanovna", "YALÇIN, Abdurrahman"
_ENTRY: Final = re.compile(
    rf"([{UPPER}][{UPPER}{APOSTROPHES}-]{{2,}}),[ \u00a0]+([{UPPER}][^\W\d_{UPPER}]+)"
    rf"(?:[ \u00a0]+([{UPPER}][^\W\d_{UPPER}]+))?(?![\w-])"
)
# what may stand before the entry on its line: a number or a bullet ("2. ", "- ")
_LIST_MARK: Final = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]|[-•*–])[ \t]+)?")
_PATRONYMIC: Final = re.compile(
    r"(?:ovich|evich|yevich|ovna|evna|yevna|ich|ichna|вич|вна|ична|ьич|oğlu|qızı|kızı|ogly|gizi)$",
    re.IGNORECASE,
)


def with_surname_first_entries(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """`mentions` with a capitalised surname, a comma and a given name we know (with its
    patronymic) read as one person: "GUBZHOKOV, Artur Zaurovich" → "Artur Gubzhokov"."""
    if ", " not in text:
        return mentions
    entries: list[NameMention] = []
    for found in _ENTRY.finditer(text):
        caps, given, second = found.group(1), found.group(2), found.group(3)
        line = text.rfind("\n", 0, found.start()) + 1
        if _LIST_MARK.fullmatch(text, line, found.start()) is None:
            continue  # "По данным КНБ, Данияр жив": an entry opens its line
        if second is not None and not _PATRONYMIC.search(second):
            continue  # "AHMADOV, Anar Rustam" is no entry we can read
        gender = forms.lemma_given(given)[1]
        if gender is None or _is_place(caps, frozenset()):
            continue  # "KAYSERI, Turkey —": a dateline
        surname = caps[:1] + caps[1:].lower()
        entries.append(
            NameMention(
                found.start(),
                found.end(),
                found.group(),
                "full",
                (given, surname),
                gender=gender,
            )
        )
    if not entries:
        return mentions
    spans = [(e.start, e.end) for e in entries]
    kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)]
    return sorted(kept + entries, key=lambda m: m.start)
