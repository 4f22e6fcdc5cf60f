"""Names of people in running text: full names, kunyas, surnames alone, with titles apart.

A run of capitalised words (with the particles names carry: bin, ibn, al-X, oğlu, оглы)
is a person's name when it has the evidence of one:

- a kunya: Abu/Abū/Ebu/Əbu/Абу/Umm + a name (+ nisbas): "Abu Yahya al-Azeri";
- a given name we know beside another name: "Zaur Ilyasov", "Serdal Korbasi";
- a surname-shaped word beside another capitalised word: "Naielm ... Mustafayev",
  Russian order "Ильясов Заур Ильгарович" (given as "Заур Ильясов", patronymic dropped);
- bin/ibn between names: "Usamah Bin Jabran"; a title and a name: "Dr. Muhammed";
- a role word right before it: "judge Martin Hale", "адвокат Олег Свиридов",
  "vəkili Aygün Novruzova", "Başsavcısı Hüseyin Aksoy".

Runs are cut at organisation words, function words and case-marked words ("Yılmaz'ın
Adıyaman", "Məhkəmədə Bağırov"), and trimmed of titles, roles, nationalities, places and
demonyms ("Qusarlı", "Konyalı"); a run that is a place ("Abu Dhabi") or overlaps a group
is no name. A surname alone (Mekhtiyev) or a nisba alone (al-Zahiri) is kept as a
partial mention for joining. Words are given in the nominative (`forms`).

Speed: what a run yields depends only on its text, whether it opens a sentence, the
language's inflection and whether a role word precedes it, so it is computed once per
process for each distinct run (`people_segments.run_names`, cached): in news text most runs repeat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from ffdb.extract import forms
from ffdb.extract.lexicon import (
    FEAST,
    given_gender,
    given_gender_strict,
    organisation_words,
    roles,
)
from ffdb.extract.lexicon import group_words as _group_words
from ffdb.extract.people_case_stems import with_case_stems
from ffdb.extract.people_context import (
    kin_given_names,
    married_given_names,
    named_given_names,
    role_quoted_names,
    vouched_by_context,
)
from ffdb.extract.people_families import with_family_surnames
from ffdb.extract.people_hijri import is_named_month
from ffdb.extract.people_initials import with_initials_persons
from ffdb.extract.people_mention import EXTRACTOR, NameMention, overlaps
from ffdb.extract.people_passes import (
    add_known_surnames,
    find_known_surnames,
    read_feminine_alike,
    with_nicknames,
    with_shared_surnames,
)
from ffdb.extract.people_place_runs import (
    before_place_noun,
    document_places,
    past_demonym,
    past_kin_word,
    with_surname_first_entries,
    without_named_things,
)
from ffdb.extract.people_places import PlaceTest, is_town
from ffdb.extract.people_segments import FoundName, run_names
from ffdb.extract.people_words import NAMING_AFTER, is_title, split_run
from ffdb.extract.tokens import APOSTROPHES, CAP_WORD, CAP_WORD_OPEN, NISBA, UPPER, fold

__all__ = [
    "ARABIC_KUNYA",
    "EXTRACTOR",
    "RUN",
    "NameMention",
    "PlaceTest",
    "add_known_surnames",
    "find_known_surnames",
    "find_names",
    "is_town",
    "quoted_candidates",
]


_TITLE_DOT: Final = r"(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Sh|Shk|Sgt|Lt|Capt|Doç|Av|Op|Yrd)\.\s+"

# an Azerbaijani or Turkish patronymic takes the name's case ending ("... Ağaverdi oğluna")
_CONNECT: Final = (
    r"(?:bin|ibn|bint|ben|binti|(?:oğlu|qızı|kızı|uulu|kyzy)(?:nun|nın|nin|na|nu|nı|ni|nda|ndan|yla)?|"
    r"oglu|ogly|оглы|кызы|gizi|uulu|уулу|kyzy)(?![\w-])"
)

# European surname particles written lower-case inside a name ("Ruben van Dijk", "Thomas
# de Vries", "Jan van der Berg"), and the Arabic article of a diaspora surname without
# its hyphen ("Samira el Amrani"): a token only before a capitalised word
_PARTICLE: Final = (
    r"(?:van(?: de[nr]?)?|von(?: der)?|de|der|den|ter|te|da|di|du|del|della|dos|zu|el|al)"
    rf"(?=[ \u00a0][{UPPER}])"
)

_INITIAL_DOT: Final = rf"\.(?=[\s{UPPER}])"
# A name's word. Only a connector or a particle opens with one of the lower-case letters
# looked ahead for: a cheap test before their two dozen words are tried on every word.
_LOWER_TOKEN: Final = rf"(?=[bioqkgокuуvdtzea])(?:{_CONNECT}|{_PARTICLE})"
_TOKEN: Final = rf"(?:[{UPPER}]{_INITIAL_DOT}|{NISBA}|{CAP_WORD}|{_LOWER_TOKEN})"
# `(?:{_TITLE_DOT})*{_TOKEN}` as alternatives by the first letter (the same matches, in
# the same order of preference): titles, an initial and a capitalised word open with an
# upper-case letter, a connector, a particle or a nisba written small with a small one
_OPENING: Final = (
    rf"(?:(?={CAP_WORD_OPEN})(?:(?:{_TITLE_DOT})+{_TOKEN}|[{UPPER}]{_INITIAL_DOT}|{NISBA}"
    rf"|{CAP_WORD})|(?=[aeuəаэуbioqkgокvdtz])(?:{NISBA}|{_CONNECT}|{_PARTICLE}))"
)
_WORDS: Final = rf"{_OPENING}(?:[ \u00a0]{{1,2}}{_TOKEN})*"
_NOT_IN_WORD: Final = rf"[^\w{APOSTROPHES}-]"

# A run of a name's words, opening a word
RUN: Final = re.compile(rf"(?<![\w{APOSTROPHES}-]){_WORDS}")
# The same found by the character before it (`_run_spans`): a pattern opening with a
# look-behind has `re` try it at every position, one opening with a class skips to it
_RUN_AFTER: Final = re.compile(rf"{_NOT_IN_WORD}({_WORDS})")
_RUN_AT_START: Final = re.compile(_WORDS)


def _run_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `RUN.finditer(text)`. A run opens the text or follows a character
    `_NOT_IN_WORD`; that character may be the last of the run before (the full stop of
    an initial: "A.Bakirov"), so each search starts one character back."""
    out = []
    pos = 0
    first = _RUN_AT_START.match(text)
    if first is not None:
        pos = first.end()
        out.append((0, pos))
    while (found := _RUN_AFTER.search(text, max(pos - 1, 0))) is not None:
        pos = found.end()
        out.append((found.start(1), pos))
    return out


# Arabic script: a kunya with an optional nisba (أبو محمد المقدسي, أبي موسى الأشعري).
# "أم" (Umm) is also the word "or": a woman's kunya counts with its nisba only ("أم
# عائشة المهاجرة"); "أم ان", "أم بمصير البشير" are questions, not women
ARABIC_KUNYA: Final = re.compile(
    r"(?<![\u0600-\u06ff])(?:(?:أبو|أبي|أبا|ابو|ابي)\s+[\u0621-\u064a]{2,}"
    r"(?:\s+ال[\u0621-\u064a]{2,})?"
    r"|أم\s+(?:عبد\s*ال[\u0621-\u064a]+|(?!ال)[\u0621-\u064a]{3,})\s+ال[\u0621-\u064a]{2,}(?:ي|ية|يه|ة)(?![\u0621-\u064a]))"
)


def find_names(
    text: str,
    sentence_starts: set[int],
    blocked: Sequence[tuple[int, int]],
    is_place: PlaceTest,
    language: str | None = None,
) -> list[NameMention]:
    """Person-name mentions in `text`, in order; `blocked` spans (groups) are skipped.

    `language` decides whether Azerbaijani, Turkish and Russian case endings are undone
    (not in English, where "al-Bedevi" or "Korbasi" end in what only look like them)."""
    inflected = language not in ("en",)
    out: list[NameMention] = []
    spans = sorted(blocked)
    settlements = document_places(text) if inflected else frozenset()
    for start, end in _run_spans(text):
        if spans and overlaps(start, end, spans):
            pieces = _outside(start, end, spans)
        else:
            pieces = [(start, end)]
        for s, e in pieces:
            if _nameless_word(text[s:e], s in sentence_starts, inflected, is_place):
                continue  # "The", "Police", "Suriyaya": most runs are one word and no name
            if inflected and _birthplace_before(text, s):
                s = _past_birthplace(text, s, e)  # "уроженца Уфы Ильдара Галиева"
            s = _past_month(text, s, e)  # "On 3 May Tariq Osmani was arrested"
            e = _before_hijri_month(text, s, e)  # "Cəfərovun Şəvval 1443-cü ildə"
            if inflected and " " in text[s:e]:
                s = past_demonym(text, s, e, settlements)  # "Carlı Anar"
                s = past_kin_word(text, s, e)  # "Kuzenim Bilal Taş"
                e = before_place_noun(text, s, e)  # "Ramin Mənbic yaxınlığında"
            run = text[s:e]
            initial = s in sentence_starts
            gender = _gender_after(text, s, e) or _gender_before(text, s, e) or _kin_gender(text, s)
            found = run_names(run, initial, inflected, False, is_place, gender)
            # a role word vouches only for a run of several words that holds no name; the
            # words around a run ("Aqib Rashid, 27,") vouch for it whole, opener and all
            if " " in run and ("-" not in run or not _CASE_HYPHEN.search(run)):
                if not found and _role_before(text, s):
                    found = run_names(run, initial, inflected, True, is_place, gender)
                elif _partial_at_most(found) and vouched_by_context(text, s, e):
                    # hamlets share names with people ("Owen", "Levan"): only a town of
                    # some size stops a vouched name
                    fuller = run_names(run, False, inflected, True, is_town, gender)
                    if len(fuller) == 1 and fuller[0].kind == "full":
                        found = fuller
            if found and _names_a_thing(text, s, e, found[-1]):
                found = found[:-1]
            if found and (
                _names_a_birthplace(text, s, found[0]) or _names_a_settlement(text, s, found[0])
            ):
                found = found[1:]
            out.extend(_mention(text, s, f) for f in found)
    # every kunya opens with an alif: most texts have none, and the look-behind opening
    # ARABIC_KUNYA would have `re` try every position
    kunyas = ARABIC_KUNYA.finditer(text) if "أ" in text or "ا" in text else ()
    for match in kunyas:
        words = tuple(match.group().split())
        out.append(NameMention(match.start(), match.end(), match.group(), "kunya", words))
    out.extend(kin_given_names(text, out))
    out.extend(named_given_names(text, out))
    out.extend(married_given_names(text, out))
    out.extend(role_quoted_names(text, out, spans))
    out.sort(key=lambda m: m.start)
    out = with_surname_first_entries(text, without_named_things(text, out))
    read_feminine_alike(out, inflected)
    if inflected:
        out = with_case_stems(text, out)  # "Fitore Morinaya … Morina"
    shared = with_shared_surnames(text, with_nicknames(text, out, inflected))
    named = with_family_surnames(text, shared)
    return with_initials_persons(text, named)  # "Tacikistan uyruklu A.R. (29)"


_SPACE: Final = re.compile(r"\s")
# (run, initial, inflected, is_place) of one-word runs: whether no gender makes a name
_NAMELESS: dict[tuple[str, bool, bool, PlaceTest], bool] = {}


def _nameless_word(run: str, initial: bool, inflected: bool, is_place: PlaceTest) -> bool:
    """Whether `run` is one word that `run_names` reads as no name whatever gender the
    words around it show. Such a run is left as it is by every step of `find_names`
    before `run_names` (each needs two words), and nothing after it runs without a name:
    it is skipped at once, where the gender tests and the run's edges cost as much as
    reading it again."""
    key = (run, initial, inflected, is_place)
    found = _NAMELESS.get(key)
    if found is None:
        found = _SPACE.search(run) is None and not any(
            run_names(run, initial, inflected, False, is_place, gender)
            for gender in (None, "m", "f")
        )
        if len(_NAMELESS) >= _NAMELESS_SIZE:
            _NAMELESS.clear()
        _NAMELESS[key] = found
    return found


_NAMELESS_SIZE: Final = 32768


# "vəkili Qafqaz Gündəm-ə təsdiqləyib": a case ending after a hyphen marks the phrase as
# the one spoken to, not the role's holder (the lawyer confirmed it to the outlet)
_CASE_HYPHEN: Final = re.compile(r"-(?:y?[aəe]|n?[ıiuüə]n|[dt][aəe]n?|n[aəe])$")

_OPENING_QUOTES: Final = "“\"«„‘'"

_CLOSING_QUOTES: Final = "”\"»“’'"

_NEXT_WORDS: Final = re.compile(r"[\s”\"»“’']*([\w-]+)(?:\s+([\w-]+))?")

_WORD_BEFORE: Final = re.compile(r"([\w-]+)\s*$")

_NAMED: Final = frozenset(fold(w) for w in (*NAMING_AFTER, "named", "called"))

# "Səmədov qardaşları", "братья" come before: "the Səmədov brothers" is no one person
_COLLECTIVE: Final = frozenset(
    fold(w)
    for w in re.split(
        r"\s+",
        "qardaşları qardaşlar qardaşlarının bacıları ailəsi ailəsinin kardeşler "
        "kardeşleri kardeşlerin ailesi brothers family family's sisters",
    )
)

# Words after a person's name that make the phrase a thing named after them
_NAMED_AFTER: Final = frozenset(
    fold(w)
    for w in (
        "adına adındakı küçəsi küçəsində küçəsindəki prospekti prospektində prospektindəki "
        "caddesi caddesinde sokağı sokağında bulvarı bulvarında meydanı meydanında "
        "street avenue boulevard square prospekt ulitsa airport stadium "
        # weapons named after their makers ("two Kalashnikov rifles", "Makarov pistol")
        "rifle rifles pistol pistols cocktail cocktails tüfeği tüfekleri tüfəngi avtomatı"
    ).split()
)
# Words after a given name that make it a Hijri month people are named after too
# ("Səfər ayının 5-də", "Ramazan ayında")
_MONTH_AFTER: Final = frozenset(fold(w) for w in "ayı ayının ayında ayına ayın".split())

# a Hijri year (the 1300s or 1400s), not a birth year ("Əliyev Ramazan 1990-cı il")
_YEAR_AFTER: Final = re.compile(r"\s+1[34]\d\d(?!\d)")


def _hijri_date(text: str, start: int, end: int, found: FoundName) -> bool:
    if found.kind != "given" or start + found.end != end:
        return False
    if not is_named_month(text[start:end]):
        return False
    return bool(_DAY_BEFORE.search(text, max(0, start - 4), start) or _YEAR_AFTER.match(text, end))


# A person's noun after a quoted name (and its naming word): the name is someone's
_PERSON_NOUN: Final = re.compile(
    r"(?:doyusc|sexs|sahs|militan|kisi|savasc|cihadc|terorist|mucahid|fighter|man$|woman$|"
    r"боевик|бойц|боец|мужчин|женщин)"
)

_NAMED_BEFORE: Final = re.compile(
    r"(?:(?<!по )имени|им\.|улиц[аеуы]|проспект[аеу]?|named after"
    r"|автомат(?:а|ы|ов|ом|ами)?|пистолет(?:а|ы|ов|ом)?|винтовк[аиуой]"
    # the month named after: "the month of Safar", "месяца Раджаб"
    r"|month of|месяц[аеу]?)\s+$",
    re.I,
)


def _names_a_thing(text: str, start: int, end: int, found: FoundName) -> bool:
    """Whether the last name found in a run is a thing's: a quoted name followed by a
    word for a mosque, a group or a company ("“Əbu Bəkr” məscidi", "the “Abu Jafar”
    group", "“Cənnət Bağları” adlı qrup"), or a family ("Səmədov qardaşları")."""
    if _NAMED_BEFORE.search(text, max(0, start - 12), start):
        return True  # "школа имени Гейдара Алиева"
    if FEAST.search(text, start, end):
        return True  # "Kurban Bayramı'nın ilk günü": a feast, Kurban and Bayram though names
    nxt = _NEXT_WORDS.match(text, end)
    if nxt is None:
        return False
    word = fold(nxt.group(1))
    if found.kind == "surname" and word in _COLLECTIVE:
        return True
    if word in _NAMED_AFTER:
        return True  # "Heydər Əliyev adına məktəb", "Nizami küçəsi"
    if word in _MONTH_AFTER:
        return found.kind == "given" and start + found.end == end
    if _hijri_date(text, start, end, found):
        return True
    quoted = (
        start > 0 and text[start - 1] in _OPENING_QUOTES and text[end : end + 1] in _CLOSING_QUOTES
    )
    if not quoted:
        return False
    after = fold(nxt.group(2)) if word in _NAMED and nxt.group(2) else word
    if _PERSON_NOUN.match(after):
        return False  # 'kanal "Əbu Həfs" adlı döyüşçünün': a fighter, though a channel before
    before = _WORD_BEFORE.search(text, max(0, start - 40), start - 1)
    if before is not None and _is_thing_word(fold(before.group(1))):
        return True  # "Prishtina International Airport “Adem Jashari”", "мечеть «Абу Бакр»"
    if word in _NAMED and nxt.group(2):
        word = fold(nxt.group(2))
    return _is_thing_word(word)


# A word after which a run names where someone is from ("уроженец Набережных Челнов",
# "житель Учалов", "из Гимров", "a native of Gornji Vakuf"): a place in its case, not a
# person ("один из Алиевых" names a family, not one man).
_BIRTHPLACE_BEFORE: Final = re.compile(
    r"(?:уроженец|уроженц[а-я]*|уроженк[а-я]*|жител[ьяюе][а-я]*|жительниц[а-я]*|выход[а-я]* из|"
    r"родом из|из|native of|resident of)\s+$",
    re.I,
)


def _birthplace_before(text: str, start: int) -> bool:
    """`_BIRTHPLACE_BEFORE` in the 24 characters before `start`. Every word it ends in
    closes on a Cyrillic letter or "f" ("из", "уроженец", "of") before the spaces: the
    character there turns most runs away before `re` tries each of the 24 places."""
    begin = max(0, start - 24)
    end = start
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end in (start, begin):
        return False
    last = text[end - 1]
    # (re.I also lets old forms such as U+1C80-U+1C88 stand for "в", "т", ...)
    if not ("а" <= last <= "я" or "А" <= last <= "Я" or last in "ёЁfF" or "ᲀ" <= last <= "ᲈ"):
        return False
    return _BIRTHPLACE_BEFORE.search(text, begin, start) is not None


_WORD: Final = re.compile(r"\S+")


# A month that is also a given name ("May", "Mart", "Kasım") opening a run after a day or
# a date word: "On 3 May Tariq Osmani", "In May Tariq Osmani", "5 Kasım Ahmet Yılmaz" tell
# the date, and the name after it is the person's. A given name then surname must follow.
_MONTH_OPENING: Final = re.compile(
    r"(?P<word>(?:in|on|since|last|until|by|early|late|mid)\s+)?(?:May|Mart|Kasım)\s+(?=\S)", re.I
)
_DAY_BEFORE: Final = re.compile(r"(?<![\d.,])\d{1,2}\.?\s+$")


def _past_month(text: str, start: int, end: int) -> int:
    found = _MONTH_OPENING.match(text, start, end)
    if found is None:
        return start
    if not found.group("word") and not _DAY_BEFORE.search(text, max(0, start - 6), start):
        return start
    rest = _WORD.findall(text, found.end(), end)
    if len(rest) < 2 or forms.lemma_given(rest[0])[1] is None:
        return start
    return found.end()


def _before_hijri_month(text: str, start: int, end: int) -> int:
    """Where a run ends before a Hijri month named like a person that closes it and a
    year or "ayı" follows ("Cəfərovun Şəvval 1443-cü ildə", "Aliyev Ramazan ayında")."""
    last = text.rfind(" ", start, end) + 1
    if last <= start or not is_named_month(text[last:end]):
        return end
    after = _NEXT_WORDS.match(text, end)
    if _YEAR_AFTER.match(text, end) or (after is not None and fold(after.group(1)) in _MONTH_AFTER):
        return last - 1
    return end


def _past_birthplace(text: str, start: int, end: int) -> int:
    """Where the person begins in a run after a birthplace word: at the first given name
    we know, when words that are none stand before it and a surname after it
    ("Набережных Челнов Алмаз Гарипов"); else the run's start."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) < 3 or forms.lemma_given(words[0].group())[1] is not None:
        return start
    for i in range(1, len(words) - 1):
        if forms.lemma_given(words[i].group().strip(",."))[1] is None:
            continue
        if _PATRONYMIC.match(words[i + 1].group()):
            # police order, the surname before: "жителя Хасавюрта Магомедов Рамазан
            # Абдулхалимович"
            return words[i - 1].start() if i >= 2 else start
        return words[i].start()
    return start


# "уроженец с. Кенже", "в пос. Шамхал", "села Гимры": a settlement's name follows
_SETTLEMENT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:с|г|пос|пгт|дер|ст|село|села|селе|селения|селении|посёлка|поселка"
    r"|посёлок|поселок|деревни|деревня|аула|аул)\.?[ \u00a0]+$"
)


def _names_a_settlement(text: str, start: int, found: FoundName) -> bool:
    """Whether a name opening a run is the settlement an abbreviation or a word for a
    village or town just named: none of its words is a given name we know."""
    if found.start > 0 or start < 3 or text[start - 1] not in " \u00a0":
        return False
    if text[start - 2] not in ".оаеяйкл":
        return False  # the last letter of every word above: most runs stop here
    if _SETTLEMENT_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    # as written, in the list: "Кенже" reads loosely as a case of some given name
    written = text[start + found.start : start + found.end].split()
    return not any(given_gender_strict(w) is not None for w in written)


_PATRONYMIC: Final = re.compile(r"\w+(?:вич|вна|ьич|ична)\w{0,2}\b|[А-ЯЁ]\.")


def _names_a_birthplace(text: str, start: int, found: FoundName) -> bool:
    """Whether a name read right after a birthplace word is the place: it opens the run
    and none of its words is a given name we know (a person may follow the place:
    "уроженец Дагестана Магомед Алиев", "житель Каспийска Гасанов Р.А.")."""
    if found.start > 0 or not _birthplace_before(text, start):
        return False
    return not any(forms.lemma_given(w)[1] is not None for w in found.words)


@lru_cache(maxsize=8192)
def _is_thing_word(word: str) -> bool:
    """An organisation or group noun, with any case ending ("məscidinin", "qrupa")."""
    stems = organisation_words() | _group_words()["noun"]
    return word in stems or any(len(s) >= 4 and word.startswith(s) for s in stems)


def _mention(text: str, offset: int, found: FoundName) -> NameMention:
    start, end = offset + found.start, offset + found.end
    return NameMention(
        start,
        end,
        text[start:end],
        found.kind,
        found.words,
        gender=found.gender,
        titles=found.titles,
        sentence_initial=found.initial,
        confidence=found.confidence,
    )


def _outside(start: int, end: int, blocked: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a run that lie outside group names ("IS leader Abu Bakr ...")."""
    out = []
    pos = start
    for s, e in blocked:
        if e <= pos or s >= end:
            continue
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        out.append((pos, end))
    return out


def _partial_at_most(found: Sequence[FoundName]) -> bool:
    """Nothing found in a run, or only a surname or given name of it, or a full name
    that leaves the run's first word out ("Abdirahman Yusuf Warsame, 27,": an unknown
    given name before two words we read as a name)."""
    if not found:
        return True
    return len(found) == 1 and (found[0].kind in ("surname", "given") or found[0].start > 0)


def _role_before(text: str, start: int) -> bool:
    """Whether a role word ("judge", "адвокат", "vəkili") stands right before `start`."""
    if start < 3 or text[start - 1] not in " \u00a0":
        return False
    begin = max(0, start - 30)
    cut = max(text.rfind(" ", begin, start - 1), text.rfind("\n", begin, start - 1))
    word = text[cut + 1 : start - 1].rstrip(",")
    return bool(word) and word[0].islower() and fold(word) in roles()


# A feminine past verb, participle, adjective or noun right after a name ("Рамиля
# Гасанова заявила", "…, 28-летняя уроженка", "…, задержанная в Турции")
_FEMININE_VERB: Final = re.compile(
    r"[,\s]+(?:[а-яё]+ла|[а-яё]+лась|была|(?:\d+-)?[а-яё]+(?:ая|яя)|жительница|уроженка"
    r"|гражданка|вдова|супруга|жена|сестра|дочь|мать)(?![а-яё])"
)


# A word that governs the genitive or accusative right before a Russian name: a plural
# verb ("задержали", "называют") or a preposition ("у", "против"). A woman's name there
# ends in -у/-ой/-ы ("задержали Мадину Хашукоеву"); "Залима Шебзухова" can only be a man.
_GOVERNS: Final = re.compile(
    r"(?:^|[\s,])(?:[а-яё]{3,}(?:ли|ют|ят)|у|от|для|против|без|около|возле|среди|после|кроме"
    r"|из-за|отношении)\s+$"
)
_AMBIGUOUS_FORM: Final = re.compile(r"^[А-ЯЁ][а-яё]+[ая]\s+[А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына)$")


def _gender_before(text: str, start: int, end: int) -> str | None:
    """m when a name shaped like a woman's nominative ("Залима Шебзухова") stands where
    the nominative cannot (see `_GOVERNS`): it is a man's genitive or accusative."""
    first = text[start]
    if not ("А" <= first <= "Я" or first == "Ё") or not _AMBIGUOUS_FORM.match(text[start:end]):
        return None  # the pattern opens with a Cyrillic capital: most runs have none
    return "m" if _GOVERNS.search(text, max(0, start - 24), start) else None


# A woman's kin word after a possessive, right before a Russian name ("Её дочь Амина
# Муртузалиева", "его жена Зарема Алиева"): the name is hers, not a man's genitive
# ("Нигяр Алиева, вдова Камрана Алиева": without the possessive, his)
_FEMININE_KIN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:его|её|ее|их|моя|наша|своя)\s+(?:дочь|жена|вдова|сестра|мать|супруга"
    r"|невестка)\s+$",
    re.I,
)


def _kin_gender(text: str, start: int) -> str | None:
    first = text[start : start + 1]
    if not ("А" <= first <= "Я" or first == "Ё"):
        return None
    if _FEMININE_KIN_BEFORE.search(text, max(0, start - 18), start):
        return "f"
    return "f" if _FEMININE_VERB_BEFORE.search(text, max(0, start - 40), start) else None


# A verb in the feminine past right before the name, a verb of saying or one followed by
# a role in the nominative ("Об этом заявила Эльмира Курбанова", "Процесс вела судья
# Эльмира Курбанова"): the name is the verb's subject, a woman's nominative, no man's
# genitive; not "Полиция задержала Рамиля Исмаилова", where the name is the object
_FEMININE_VERB_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:заявила|сказала|рассказала|сообщила|пояснила|отметила|добавила"
    r"|подтвердила|уточнила|вспоминает|говорит)\s+"
    r"|(?:[а-яё]{2,}(?:ила|ала|яла|ыла|ула|илась|алась|ялась)|вела|провела|пришла|ушла"
    r"|нашла)\s+(?:судья|адвокат|прокурор|следователь|врач|журналистка|эксперт"
    r"|правозащитница|омбудсмен|председатель|защитница|обвинитель|представитель"
    r"|сотрудница|директор)\s+)$"
)


def _gender_after(text: str, start: int, end: int) -> str | None:
    """f when a Russian verb in the feminine past follows the name ("Самира Гусейнова
    заявила"): it reads an ambiguous "-а" name as a woman's nominative. Not when the
    given name is no woman's but a man's genitive ("под председательством судьи Игоря
    Белова отклонила": the verb is the court's)."""
    if end >= len(text) or not ("а" <= text[end - 1] <= "я"):
        return None
    if not _FEMININE_VERB.match(text, end):
        return None
    first = text[start:end].split(maxsplit=1)[0]
    if given_gender(first) != "f" and forms.lemma_given(first, "m")[1] == "m":
        return None
    return "f"


_ARTICLES: Final = frozenset(["the", "a", "an", "al", "el"])


def quoted_candidates(text: str, start: int, end: int) -> NameMention | None:
    """A quoted or cue-introduced phrase as a name ("known as “Dr. Muhammed”")."""
    toks = split_run(text[start:end])
    if not toks or len(toks) > 5:
        return None
    found_titles = tuple(t.text for t in toks if is_title(t))
    rest = [t for t in toks if not is_title(t)] or toks  # an alias may be a title alone
    if len(rest) > 1 and rest[0].fold in _ARTICLES:
        rest = rest[1:]  # "the Engineer"
    if not rest[0].text[:1].isupper():
        return None
    if not forms.is_kunya_particle(rest[0].text) and any(_common_word(t.text) for t in rest[1:]):
        return None  # "“Türkçe konuşanlar” olarak anılan birimler": a phrase, not a name
    words = forms.normalise_words([t.text for t in rest], None)
    s, e = start + rest[0].start, start + rest[-1].end
    titles_kept = found_titles if rest is not toks else ()
    return NameMention(s, e, text[s:e], "quoted", tuple(words), titles=titles_kept, confidence=0.6)


def _common_word(word: str) -> bool:
    """A lower-case word that no name holds inside (particles and nisbas do: "bin",
    "al-Kubaysi", "ibn", "van", "de")."""
    return word[:1].islower() and "-" not in word and not forms.is_connector(word)
