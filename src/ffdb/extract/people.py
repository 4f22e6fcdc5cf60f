"""Names of people in running text: full names, kunyas, surnames alone, with titles apart.

A run of capitalised words (with the particles names carry: bin, ibn, al-X, oğlu, оглы)
is a person's name when it has the evidence of one:

- a kunya: Abu/Abū/Ebu/Əbu/Абу/Umm + a name (+ nisbas): "Abu Yahya al-Azeri";
- a given name we know beside another name: "Zaur Islamov", "Serdal Erbasi";
- a surname-shaped word beside another capitalised word: "Naielm ... Mustafayev",
  Russian order "Исламов Заур Ильгарович" (given as "Заур Исламов", patronymic dropped);
- bin/ibn between names: "Usamah Bin Laden"; a title and a name: "Dr. Muhammed";
- a role word right before it: "judge Martin Hale", "адвокат Олег Свиридов",
  "vəkili Aygün Novruzova", "Başsavcısı Hüseyin Aksoy".

Runs are cut at organisation words, function words and case-marked words ("Yılmaz'ın
Adıyaman", "Məhkəmədə Bağırov"), and trimmed of titles, roles, nationalities, places and
demonyms ("Qusarlı", "Konyalı"); a run that is a place ("Abu Dhabi") or overlaps a group
is no name. A surname alone (Mekhtiyev) or a nisba alone (al-Zawahiri) is kept as a
partial mention for joining. Words are given in the nominative (`forms`).

Speed: what a run yields depends only on its text, whether it opens a sentence, the
language's inflection and whether a role word precedes it, so it is computed once per
process for each distinct run (`_run_names`, cached): in news text most runs repeat.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ffdb.extract import forms
from ffdb.extract.lexicon import (
    MONTH_LIKE_GIVEN,
    WEAK_GIVEN,
    nationalities,
    organisation_words,
    roles,
    stopwords,
    titles,
)
from ffdb.extract.lexicon import group_words as _group_words
from ffdb.extract.tokens import (
    APOSTROPHES,
    CAP_WORD,
    NISBA,
    UPPER,
    apostrophe_suffix_at,
    fold,
    name_key,
    strip_apostrophe_suffix,
)

EXTRACTOR = "person_rules.v1"

_TITLE_DOT = r"(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Sh|Shk|Sgt|Lt|Capt|Doç|Av|Op|Yrd)\.\s+"
_CONNECT = r"(?:bin|ibn|bint|ben|binti|oğlu|oglu|ogly|оглы|кызы|qızı|gizi|uulu)(?![\w-])"
_TOKEN = rf"(?:[{UPPER}]\.(?=[\s{UPPER}])|{NISBA}|{CAP_WORD}|{_CONNECT})"
RUN = re.compile(rf"(?<![\w{APOSTROPHES}-])(?:{_TITLE_DOT})*{_TOKEN}(?:[ \u00a0]{{1,2}}{_TOKEN})*")
_TOKEN_SPLIT = re.compile(r"\S+")
# Arabic script: a kunya with an optional nisba (أبو محمد المقدسي, أبي موسى الأشعري).
ARABIC_KUNYA = re.compile(
    r"(?<![\u0600-\u06ff])(?:أبو|أبي|أبا|ابو|ابي|أم)\s+[\u0621-\u064a]{2,}(?:\s+ال[\u0621-\u064a]{2,})?"
)
# A common word with an Azerbaijani or Turkish case ending glued on ("Məhkəmədə",
# "Suriyadan"): a name takes its ending on its last word only, so such a word before
# another is not part of a name.
_CASE_WORD = re.compile(r"[a-zəıöüçşğ]{3,}(?:d[aəe]n?|t[aəe]n?|nd[aəe]n?|y[aəe]|n[ıiuü]n)$")
# Turkish and Azerbaijani institutions: "-lığı", "-lüğünce" (Müdürlüğü, Başsavcılığı)
_INSTITUTION = re.compile(r"(?:lı|li|lu|lü)ğ[ıiuü]")
_DEMONYM = re.compile(r"^(.{3,}?)(?:l[ıiuü]|lar|lər|ler)$")


@dataclass(slots=True)
class NameMention:
    """A name in the text. `kind`: full, kunya, titled, surname, nisba, given, quoted."""

    start: int
    end: int
    text: str
    kind: str
    words: tuple[str, ...]  # the name's words, nominative, without titles
    gender: str | None = None
    titles: tuple[str, ...] = ()
    sentence_initial: bool = False
    extractor: str = EXTRACTOR
    confidence: float = 0.9
    person: int | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(self.words)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str  # as written, apostrophe suffix removed
    fold: str
    suffixed: bool = False  # an apostrophe case suffix was removed ("Yılmaz'ın")
    dotted: bool = False  # a full stop follows it ("E. Qasımov")


@dataclass(frozen=True, slots=True)
class _Found:
    """A name found in a run, offsets relative to the run."""

    start: int
    end: int
    kind: str
    words: tuple[str, ...]
    gender: str | None
    titles: tuple[str, ...]
    initial: bool
    confidence: float


PlaceTest = Callable[[str], bool]


def is_town(text: str) -> bool:
    """A place of some size (a hamlet may share a kunya's or a surname's name: Abu Umar,
    Aksoy)."""
    from ffdb.extract.geo import place_of

    found = place_of(text)
    if found is None:
        return False
    place = found[0]
    return place.precision != "town" or (place.population or 0) >= 20000


def find_names(
    text: str,
    sentence_starts: set[int],
    blocked: Sequence[tuple[int, int]],
    is_place: PlaceTest,
    language: str | None = None,
) -> list[NameMention]:
    """Person-name mentions in `text`, in order; `blocked` spans (groups) are skipped.

    `language` decides whether Azerbaijani, Turkish and Russian case endings are undone
    (not in English, where "al-Bedevi" or "Erbasi" end in what only look like them)."""
    inflected = language not in ("en",)
    out: list[NameMention] = []
    spans = sorted(blocked)
    for match in RUN.finditer(text):
        start, end = match.start(), match.end()
        if spans and _overlaps(start, end, spans):
            pieces = _outside(start, end, spans)
        else:
            pieces = [(start, end)]
        for s, e in pieces:
            run = text[s:e]
            initial = s in sentence_starts
            gender = _gender_after(text, e)
            found = _run_names(run, initial, inflected, False, is_place, gender)
            # a role word vouches only for a run of several words that holds no name
            if not found and " " in run and _role_before(text, s):
                found = _run_names(run, initial, inflected, True, is_place, gender)
            if found and _names_a_thing(text, s, e, found[-1]):
                found = found[:-1]
            out.extend(_mention(text, s, f) for f in found)
    for match in ARABIC_KUNYA.finditer(text):
        words = tuple(match.group().split())
        out.append(NameMention(match.start(), match.end(), match.group(), "kunya", words))
    out.sort(key=lambda m: m.start)
    _read_feminine_alike(out, inflected)
    return _with_shared_surnames(text, _with_nicknames(text, out, inflected))


# A nickname in quotes inside a name: Abdullah “Abu Hamza” Aliyev, Ramil 'Sniper' Qasımov.
_NICKNAMED = re.compile(
    rf"(?<![\w-])(?P<given>{CAP_WORD})[ \u00a0]+[“\"«‘'](?P<nick>[^”\"»’'\n]{{2,40}})"
    rf"[”\"»’'][ \u00a0]+(?P<surname>{CAP_WORD})"
)


def _read_feminine_alike(names: list[NameMention], inflected: bool) -> None:
    """A name read alike elsewhere in the text with a feminine verb or word after it
    ("Рамиля Гасанова, 30-летняя жительница") is a woman's in every place: "допросил
    Рамиля Гасанова" is then her, not Рамиль Гасанов in the genitive."""
    feminine = {n.words for n in names if n.gender == "f" and n.kind == "full"}
    if not feminine:
        return
    for name in names:
        if name.gender != "f" and name.kind == "full":
            words, gender = forms.normalise_name(name.text.split(), inflected, "f")
            if tuple(words) in feminine:  # "Рамилю Гасанову" too
                name.words, name.gender = tuple(words), gender


# "brothers Elchin and Ramin Hajiyev", "Муса и Ахмед Гаджиевы", "Elçin və Ramin Hacıyev":
# a given name alone, joined by "and" to a full name, shares its surname.
_GIVEN_AND = re.compile(rf"({CAP_WORD})[ \u00a0]+(?:and|и|və|ve|&)[ \u00a0]+$")


def _with_shared_surnames(text: str, names: list[NameMention]) -> list[NameMention]:
    if not names:
        return names
    added: list[NameMention] = []
    taken = [(n.start, n.end) for n in names if n.kind != "given"]
    for name in names:
        if name.kind != "full" or len(name.words) != 2 or name.gender == "f":
            continue
        match = _GIVEN_AND.search(text, max(0, name.start - 40), name.start)
        if match is None or _overlaps(match.start(1), match.end(1), taken):
            continue
        given, gender = forms.lemma_given(match.group(1))
        if gender is None or gender != (name.gender or gender):
            continue
        start, end = match.start(1), match.end(1)
        added.append(
            NameMention(start, end, text[start:end], "full", (given, name.words[1]), gender)
        )
    if not added:
        return names
    spans = [(a.start, a.end) for a in added]
    kept = [n for n in names if not _overlaps(n.start, n.end, spans)]
    return sorted(kept + added, key=lambda n: n.start)


def _with_nicknames(text: str, names: list[NameMention], inflected: bool) -> list[NameMention]:
    """`names` with each "Given “Nickname” Surname" as one full name carrying its alias."""
    if not any(q in text for q in "“\"«‘'"):
        return names
    found = []
    for match in _NICKNAMED.finditer(text):
        given, surname = match.group("given"), strip_apostrophe_suffix(match.group("surname"))
        if forms.lemma_given(given)[1] is None or fold(surname) in stopwords():
            continue
        words, gender = forms.normalise_name([given, surname], inflected)
        start, end = match.start(), match.start("surname") + len(surname)
        mention = NameMention(start, end, text[start:end], "full", tuple(words), gender=gender)
        mention.aliases.append(match.group("nick").strip())
        found.append(mention)
    if not found:
        return names
    kept = [
        n for n in names if not any(_overlaps(n.start, n.end, [(f.start, f.end)]) for f in found)
    ]
    return sorted(kept + found, key=lambda n: n.start)


_OPENING_QUOTES = "“\"«„‘'"
_CLOSING_QUOTES = "”\"»“’'"
_NEXT_WORDS = re.compile(r"[\s”\"»“’']*([\w-]+)(?:\s+([\w-]+))?")
_NAMED = frozenset(["adlı", "adli", "adında", "named", "called", "isimli", "adlı"])
# "Səmədov qardaşları", "братья" come before: "the Səmədov brothers" is no one person
_COLLECTIVE = frozenset(
    fold(w)
    for w in re.split(
        r"\s+",
        "qardaşları qardaşlar qardaşlarının bacıları ailəsi ailəsinin kardeşler "
        "kardeşleri kardeşlerin ailesi brothers family family's sisters",
    )
)


# Words after a person's name that make the phrase a thing named after them
_NAMED_AFTER = frozenset(
    fold(w)
    for w in (
        "adına adındakı küçəsi küçəsində küçəsindəki prospekti prospektində prospektindəki "
        "caddesi caddesinde sokağı sokağında bulvarı bulvarında meydanı meydanında "
        "street avenue boulevard square prospekt ulitsa"
    ).split()
)
_NAMED_BEFORE = re.compile(r"(?:имени|им\.|улиц[аеуы]|проспект[аеу]?|named after)\s+$", re.I)


def _names_a_thing(text: str, start: int, end: int, found: _Found) -> bool:
    """Whether the last name found in a run is a thing's: a quoted name followed by a
    word for a mosque, a group or a company ("“Əbu Bəkr” məscidi", "the “Abu Jafar”
    group", "“Cənnət Bağları” adlı qrup"), or a family ("Səmədov qardaşları")."""
    if _NAMED_BEFORE.search(text, max(0, start - 12), start):
        return True  # "школа имени Гейдара Алиева"
    nxt = _NEXT_WORDS.match(text, end)
    if nxt is None:
        return False
    word = fold(nxt.group(1))
    if found.kind == "surname" and word in _COLLECTIVE:
        return True
    if word in _NAMED_AFTER:
        return True  # "Heydər Əliyev adına məktəb", "Nizami küçəsi"
    quoted = (
        start > 0 and text[start - 1] in _OPENING_QUOTES and text[end : end + 1] in _CLOSING_QUOTES
    )
    if not quoted:
        return False
    if word in _NAMED and nxt.group(2):
        word = fold(nxt.group(2))
    return _is_thing_word(word)


@lru_cache(maxsize=8192)
def _is_thing_word(word: str) -> bool:
    """An organisation or group noun, with any case ending ("məscidinin", "qrupa")."""
    stems = organisation_words() | _group_words()["noun"]
    return word in stems or any(len(s) >= 4 and word.startswith(s) for s in stems)


def _mention(text: str, offset: int, found: _Found) -> NameMention:
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


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


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
_FEMININE_VERB = re.compile(
    r"[,\s]+(?:[а-яё]+ла|[а-яё]+лась|была|(?:\d+-)?[а-яё]+(?:ая|яя)|жительница|уроженка"
    r"|гражданка|вдова|супруга|жена|сестра|дочь|мать)(?![а-яё])"
)


def _gender_after(text: str, end: int) -> str | None:
    """f when a Russian verb in the feminine past follows the name ("Самира Гусейнова
    заявила"): it reads an ambiguous "-а" name as a woman's nominative."""
    if end >= len(text) or not ("а" <= text[end - 1] <= "я"):
        return None
    return "f" if _FEMININE_VERB.match(text, end) else None


@lru_cache(maxsize=32768)
def _run_names(
    run: str,
    initial: bool,
    inflected: bool,
    role: bool,
    is_place: PlaceTest,
    gender: str | None = None,
) -> tuple[_Found, ...]:
    """The names a run of capitalised words holds (offsets relative to the run);
    `gender` is the one the words around it show, if any."""
    toks = _tokens(run)
    while toks and not toks[0].text[:1].isalpha() and toks[0].text[:1] not in "‘ʿ":
        toks.pop(0)
        initial = False
    if not toks:
        return ()
    out: list[_Found] = []
    for segment, seg_initial in _segments(toks, initial):
        found = _segment_name(run, segment, seg_initial, inflected, role, is_place, gender)
        if found is not None:
            out.append(found)
        role = False
    return tuple(out)


_ACCUSATIVE_Y = re.compile(rf"[{APOSTROPHES}]y[ıiuü]$")


def _tokens(run: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN_SPLIT.finditer(run):
        word = m.group().rstrip(",.;:")
        if not word:
            continue
        cut = apostrophe_suffix_at(word)
        if cut is None:
            extra = _ACCUSATIVE_Y.search(word)  # "Kaya'yı", "Demir'i" is already known
            cut = extra.start() if extra else None
        bare = word[:cut] if cut is not None else word
        dotted = m.group().endswith(".")
        toks.append(
            _Tok(m.start(), m.start() + len(bare), bare, fold(bare), cut is not None, dotted)
        )
    return toks


def _segments(toks: list[_Tok], initial: bool) -> list[tuple[list[_Tok], bool]]:
    """A run cut at organisation words, group heads and function words (none of which
    stands inside a name), and after a word carrying a case suffix."""
    org, heads, stop = organisation_words(), _group_words()["head"], stopwords()
    if toks[-1].fold in org and len(toks) > 1:
        return []  # "Abu Bakr Mosque", "State Oil Company"
    if toks[0].fold in heads and not _given_before_surname(
        toks[0], toks[1] if len(toks) > 1 else None
    ):
        return []  # "Jabhat al-Nusra", "Wilāyat Sharq Asīā"
    out: list[tuple[list[_Tok], bool]] = []
    segment: list[_Tok] = []
    seg_initial = initial
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        breaker = (tok.fold in heads or tok.fold in org) and not _given_before_surname(tok, nxt)
        if not breaker and tok.fold in stop and tok.fold not in MONTH_LIKE_GIVEN and segment:
            breaker = not forms.is_connector(tok.text) and not _given(tok)
        if forms.patronymic_gender(tok.text) and segment and _is_surname_word(segment[-1]):
            breaker = True  # "Gülnarə Süleymanova oğlu Kənan": her son, not a patronymic
        if not breaker and _INSTITUTION.search(tok.text):
            breaker = True  # "Sulh Ceza Hakimliğince", "Emniyet Müdürlüğü"
        if breaker:
            if segment:
                out.append((segment, seg_initial))
            segment, seg_initial = [], False
            continue
        if segment and _oblique_before_nominative(segment[-1], tok):
            out.append((segment, seg_initial))  # "с братом Рустамом Тимур Алиев"
            segment, seg_initial = [], False
        if _is_initial(tok) and segment and not _is_initial(segment[-1]):
            out.append((segment, seg_initial))  # "N. Hüseynova E. Qasımovun"
            segment, seg_initial = [], False
        segment.append(tok)
        if tok.suffixed and nxt is not None:
            out.append((segment, seg_initial))
            segment, seg_initial = [], False
    if segment:
        out.append((segment, seg_initial))
    return out


_CYRILLIC_WORD = re.compile(r"^[А-ЯЁ][а-яё]+$")


def _oblique_before_nominative(prev: _Tok, tok: _Tok) -> bool:
    """A Russian given name in an oblique case ("Рустамом", "Ильхама") right before one
    in the nominative that opens a name: two people, not one name."""
    if not (_CYRILLIC_WORD.match(prev.text) and _CYRILLIC_WORD.match(tok.text)):
        return False
    lemma_prev, gender_prev = forms.lemma_given(prev.text)
    lemma_tok, gender_tok = forms.lemma_given(tok.text)
    if gender_prev is None or gender_tok is None or lemma_tok != tok.text:
        return False
    return lemma_prev != prev.text and prev.text.endswith(("ом", "ем", "ым", "ой", "ому", "у"))


def _is_surname_word(tok: _Tok) -> bool:
    return forms.surname_strength(tok.text) == 2 and _given(tok) is None


def _is_initial(tok: _Tok) -> bool:
    return tok.dotted and len(tok.text) == 1 and tok.text.isupper()


def _given_before_surname(tok: _Tok, nxt: _Tok | None) -> bool:
    """ "Vilayat Gasimzade": a given name that is also an organisation word."""
    return nxt is not None and _given(tok) is not None and forms.surname_strength(nxt.text) > 0


def _is_name_nisba(toks: list[_Tok]) -> bool:
    """ "Muslim Shishani", "Abu Usama Dagestani": an ethnonym nisba closing a name."""
    return (
        len(toks) >= 2
        and forms.is_ethnonym_nisba(toks[-1].text)
        and (
            _given(toks[-2]) is not None
            or forms.is_kunya_particle(toks[-2].text)
            or (len(toks) >= 3 and forms.is_kunya_particle(toks[-3].text))
        )
    )


def _given_before_nisba(tok: _Tok, rest: list[_Tok]) -> bool:
    """ "Muslim Shishani": a given name that is also a religion's or a people's word."""
    return bool(rest) and _given(tok) is not None and forms.is_ethnonym_nisba(rest[0].text)


def _is_title(tok: _Tok) -> bool:
    return tok.fold.rstrip(".") in titles()


def _is_noise(tok: _Tok) -> bool:
    """Words that cannot stand at either end of a name."""
    word = tok.fold
    if word in MONTH_LIKE_GIVEN:
        return False
    if tok.text.isupper() and 2 <= len(tok.text) <= 4:
        return True  # acronyms: ФСБ, DTX, IŞİD
    return word in stopwords() or word in nationalities() or word.isdigit()


def _is_known(tok: _Tok) -> bool:
    """Evidence of a name on the word itself."""
    return bool(
        _given(tok)
        or forms.is_kunya_particle(tok.text)
        or forms.is_nisba(tok.text)
        or forms.is_connector(tok.text)
        or forms.surname_strength(tok.text) == 2
    )


def _segment_name(
    run: str,
    toks: list[_Tok],
    initial: bool,
    inflected: bool,
    role: bool,
    is_place: PlaceTest,
    gender: str | None = None,
) -> _Found | None:
    """Trim a segment to the name it holds, if any."""
    found_titles: list[str] = []
    lead = _Leading(found_titles)
    toks = lead.trim(run, toks, inflected, is_place)
    if toks and lead.trimmed:
        initial = False
    opened = _trim_sentence_opener(toks, initial, inflected)
    if opened is not toks:  # "İlahiyyatçı Hacı Şahin Qurbanlı": the title after it, too
        toks, initial = lead.trim(run, opened, inflected, is_place), False
    role = role or lead.role
    initials = lead.initials
    while toks and (
        (_is_noise(toks[-1]) and not _is_name_nisba(toks))
        or (forms.is_connector(toks[-1].text) and not forms.patronymic_gender(toks[-1].text))
        or _is_demonym(toks[-1], is_place)
    ):
        toks = toks[:-1]
    while len(toks) > 2 and _is_trailing_place(toks[-1], inflected):
        toks = toks[:-1]  # "Ramil Qurbanov Suriyada", "Mehmet Yılmaz Adıyaman doğumlu"
    toks = _without_places_beside_surname(toks, inflected)
    if not toks:
        return None
    if (
        len(toks) >= 3
        and _is_surname_word(toks[0])
        and _given(toks[1])
        and _is_surname_word(toks[2])
    ):
        toks = toks[1:]  # "адвокат Каримова Анна Белова": Karimov's lawyer Anna Belova
    if initials and len(toks) == 1 and not _is_initial(toks[0]):
        words, gender = forms.normalise_name([toks[0].text], inflected)
        return _Found(toks[0].start, toks[0].end, "surname", tuple(words), gender, (), False, 0.7)
    return _classify(run, toks, tuple(found_titles), initial, inflected, role, is_place, gender)


class _Leading:
    """Drops what may open a run before a name: initials (kept count of), titles (kept),
    roles (remembered), function words, nationalities, demonyms, places, case-marked
    words."""

    def __init__(self, found_titles: list[str]) -> None:
        self.titles = found_titles
        self.initials = 0
        self.role = False
        self.trimmed = False

    def trim(self, run: str, toks: list[_Tok], inflected: bool, is_place: PlaceTest) -> list[_Tok]:
        while toks:
            first, rest = toks[0], toks[1:]
            if _is_initial(first) and rest:
                self.initials += 1  # "E. Qasımov": the surname alone, for joining
            elif _is_title(first) and rest:
                dot = "." if run.startswith(".", first.end) else ""
                self.titles.append(run[first.start : first.end] + dot)
            elif first.fold in roles() and rest and _role_stands(first, rest):
                self.role = True
            elif (
                (_is_noise(first) and not _given_before_nisba(first, rest))
                or (forms.is_connector(first.text) and not forms.is_name_opener(first.text))
                or _is_demonym(first, is_place)
                or (rest and _is_leading_place(first, is_place))
                or (rest and inflected and _is_case_word(first))
            ):
                self.titles.clear()
            else:
                break
            toks = rest
            self.trimmed = True
        return toks


def _role_stands(role: _Tok, rest: list[_Tok]) -> bool:
    """Whether a role word before words is a role: "Hakim Serkan Yıldız" (a judge), but
    "Abdul Hakim al-Shishani" and "Hakim Aliyev" (a given name)."""
    if _given(role):  # "Жена Керимова Лейла Керимова": Kerimov's wife Leyla
        if len(rest) > 1 and _is_surname_word(rest[0]) and _given(rest[1]) is not None:
            return True
        return _given(rest[0]) is not None
    return len(rest) > 1 or _is_known(rest[0])


def _is_demonym(tok: _Tok, is_place: PlaceTest) -> bool:
    """ "Qusarlı", "Konyalı", "Sumqayıtlılar": the people of a town, not a surname
    ("Tahirli" and "Kazımlı" are surnames: their stems are given names)."""
    match = _DEMONYM.match(tok.text)
    if not match or _given(tok) is not None:
        return False
    stem = match.group(1)
    return forms.lemma_given(stem)[1] is None and _is_regional_place(stem)


_DEMONYM_COUNTRIES = frozenset(["AZ", "TR", "RU", "GE", "IR", "IQ", "SY"])


def _is_regional_place(word: str) -> bool:
    """A place in the countries whose languages make demonyms in -lı/-li ("Qusar")."""
    from ffdb.extract.geo import place_of

    found = place_of(word)
    return found is not None and found[0].country in _DEMONYM_COUNTRIES


def _is_leading_place(tok: _Tok, is_place: PlaceTest) -> bool:
    """A place before a name ("Кусара", "Xaçmaz"), never a given name or surname."""
    return (
        not _given(tok)
        and not forms.is_kunya_particle(tok.text)
        and forms.surname_strength(tok.text) < 2
        and is_place(tok.text)
    )


def _is_trailing_place(tok: _Tok, inflected: bool) -> bool:
    """A place after a name: a country or province, a place with a case ending where the
    language has them ("Suriyada"), or a city too big to be a surname's namesake."""
    if forms.surname_strength(tok.text) or forms.is_nisba(tok.text) or _given(tok):
        return False
    from ffdb.extract.geo import place_of

    found = place_of(tok.text)
    if found is None:
        return False
    place, _, suffix = found
    if suffix:
        return inflected and (place.precision != "town" or (place.population or 0) >= 20000)
    return place.precision != "town" or (place.population or 0) >= _BIG_CITY


_BIG_CITY = 250_000


def _without_places_beside_surname(toks: list[_Tok], inflected: bool) -> list[_Tok]:
    """A name of a given name and a surname of the -ov/-zadə shape is complete: a place
    after it ("Zahid Nağıyev Şəki rayonunda", a town of any size) or a place form in it
    ("Заур Кусаров Исламов": Кусары in the genitive plural) is no part of it; nor is a
    place with a case ending after a given name ("Elşən Qubadan")."""
    if len(toks) == 2 and inflected and _given(toks[0]) and _is_cased_place(toks[1]):
        return toks[:1]
    if len(toks) < 3 or not any(_given(t) for t in toks[:-1]):
        return toks
    if _is_surname_word(toks[-2]) and _is_place_word(toks[-1]):
        return toks[:-1]
    surnames = [t for t in toks if _is_surname_word(t)]
    if len(surnames) >= 2:
        places = [t for t in surnames if _is_place_word(t)]
        if len(places) == 1:
            return [t for t in toks if t is not places[0]]
    return toks


def _is_place_word(tok: _Tok) -> bool:
    """A place as written or in a case form, the Russian genitive plural of a place in -ы
    included ("Кусаров"), that no given name shares."""
    from ffdb.extract.geo import place_of

    if _given(tok) or forms.is_nisba(tok.text):
        return False
    if place_of(tok.text) is not None and forms.surname_strength(tok.text) < 2:
        return True
    word = tok.text
    return word.endswith(("ов", "ев")) and place_of(word[:-2] + "ы") is not None


def _is_cased_place(tok: _Tok) -> bool:
    from ffdb.extract.geo import place_of

    if _given(tok) or forms.surname_strength(tok.text):
        return False
    found = place_of(tok.text)
    return found is not None and bool(found[2]) and len(found[2]) >= 2


def _is_case_word(tok: _Tok) -> bool:
    return not _is_known(tok) and bool(_CASE_WORD.search(tok.text.lower()))


def _trim_sentence_opener(toks: list[_Tok], initial: bool, inflected: bool) -> list[_Tok]:
    """Drop the word opening a sentence before a name when it is no name itself:
    "Terörist Zaur İslamov", and in languages that inflect "Məhkəmədə Bağırov"."""
    if not initial or len(toks) < 2 or _is_known(toks[0]) or _is_title(toks[0]):
        return toks
    if any(_given(t) or forms.is_kunya_particle(t.text) for t in toks[1:]):
        return toks[1:]
    if inflected and len(toks) == 2 and forms.surname_strength(toks[1].text) == 2:
        return toks[1:]
    return toks


def _given(tok: _Tok) -> str | None:
    if tok.text.isupper() and len(tok.text) > 2:
        return None
    _, gender = forms.lemma_given(tok.text)
    return gender


def _classify(
    run: str,
    toks: list[_Tok],
    found_titles: tuple[str, ...],
    initial: bool,
    inflected: bool,
    role: bool,
    is_place: PlaceTest,
    gender: str | None,
) -> _Found | None:
    start, end = toks[0].start, toks[-1].end
    surface = run[start:end]
    kind = _kind_of(toks, found_titles, role)
    if kind is None:
        return None
    if kind in ("full", "titled") and len(toks) <= 3 and _is_place_phrase(surface):
        return None  # Kohne Xacmaz
    if found_titles and _is_place_phrase(f"{found_titles[-1].rstrip('.')} {surface}"):
        return None  # Sheikh Maqsoud, a district of Aleppo
    if kind == "kunya" and len(toks) <= 3 and is_town(surface):
        return None  # Abu Dhabi, Abu Kamal; not the hamlets that share a kunya's name
    if kind in ("surname", "given") and is_place(toks[0].text):
        return None
    words, gender = forms.normalise_name([t.text for t in toks], inflected, gender)
    if not words:
        return None
    return _Found(
        start,
        end,
        kind,
        tuple(words),
        gender,
        found_titles,
        initial,
        0.9 if kind in ("full", "kunya") else 0.7,
    )


def _is_place_phrase(surface: str) -> bool:
    """A phrase that is a place as written ("Kohne Xacmaz"), not by a case ending read
    into its last word ("Hamza Ali" is no "Hamza Al" + "i")."""
    from ffdb.extract.geo import place_of

    found = place_of(surface)
    return found is not None and not found[2]


def _kind_of(toks: list[_Tok], found_titles: tuple[str, ...], role: bool) -> str | None:
    n = len(toks)
    first = toks[0]
    if forms.is_kunya_particle(first.text):
        return "kunya" if n >= 2 else None
    if n == 1:
        if _is_title(first):
            return None  # "Prof. Dr" alone
        if forms.is_nisba(first.text):
            return "nisba"
        if found_titles and first.text[:1].isupper():
            return "titled"
        if forms.surname_strength(first.text) == 2:
            return "surname"
        return "given" if _given(first) else None
    if all(forms.is_nisba(t.text) for t in toks):
        return None
    strong = [t for t in toks if _given(t) and t.fold not in WEAK_GIVEN]
    shaped = [t for t in toks if forms.surname_strength(t.text) > 0]
    shaped += [t for t in toks[1:] if forms.is_ethnonym_nisba(t.text)]
    if strong and (n <= 4 or shaped):
        return "full"
    if any(_given(t) for t in toks) and shaped:
        return "full"
    if any(forms.is_connector(t.text) for t in toks[1:-1]) and n >= 3:
        return "full"  # Usamah Bin Laden, Abd al-Rahman
    if [t for t in toks if forms.surname_strength(t.text) == 2] and n <= 4:
        return "full"
    if found_titles:
        return "titled"
    if role and n <= 3 and all(t.text[:1].isupper() and not t.text.isupper() for t in toks):
        return "full"  # "judge Martin Hale": the role vouches for unknown words
    return None


_ARTICLES = frozenset(["the", "a", "an", "al", "el"])


def quoted_candidates(text: str, start: int, end: int) -> NameMention | None:
    """A quoted or cue-introduced phrase as a name ("known as “Dr. Muhammed”")."""
    toks = _tokens(text[start:end])
    if not toks or len(toks) > 5:
        return None
    found_titles = tuple(t.text for t in toks if _is_title(t))
    rest = [t for t in toks if not _is_title(t)] or toks  # an alias may be a title alone
    if len(rest) > 1 and rest[0].fold in _ARTICLES:
        rest = rest[1:]  # "the Engineer"
    if not rest[0].text[:1].isupper():
        return None
    words = forms.normalise_words([t.text for t in rest], None)
    s, e = start + rest[0].start, start + rest[-1].end
    titles_kept = found_titles if rest is not toks else ()
    return NameMention(s, e, text[s:e], "quoted", tuple(words), titles=titles_kept, confidence=0.6)


def add_known_surnames(
    text: str, names: list[NameMention], blocked: Sequence[tuple[int, int]]
) -> list[NameMention]:
    """`names` with the surnames alone of `find_known_surnames`, in text order (a given
    name read at the same place gives way)."""
    found = find_known_surnames(text, names, blocked)
    if not found:
        return names
    starts = {m.start for m in found}
    kept = [n for n in names if not (n.kind == "given" and n.start in starts)]
    return sorted(kept + found, key=lambda n: n.start)


def find_known_surnames(
    text: str, names: list[NameMention], blocked: Sequence[tuple[int, int]]
) -> list[NameMention]:
    """Surnames alone that the document also writes in a full name ("Mehmet Yılmaz ...
    Yılmaz'ın", "Тимур Алиханов ... Алиханова задержали"): Turkish and Arabic surnames
    have no suffix that shows them alone, and a Russian one alone hides its gender."""
    known: dict[str, str] = {}
    for m in names:
        if m.kind == "full" and len(m.words) >= 2 and not forms.is_nisba(m.words[-1]):
            surname = m.words[-1]
            known.setdefault(name_key(surname), surname)
            written = strip_apostrophe_suffix(m.text.split()[-1])
            if len(written) > 2 and name_key(written) != name_key(surname):
                known.setdefault(name_key(written), surname)
    if not known:
        return []
    # a lone word read as a given name may be the surname ("Yılmaz'ın" after "Mehmet Yılmaz")
    taken = sorted([(n.start, n.end) for n in names if n.kind != "given"] + list(blocked))
    out = []
    for written, surname in _stems(known):
        for start, bare in forms.surname_occurrences(text, written, surname):
            if not _overlaps(start, start + len(bare), taken):
                out.append(
                    NameMention(
                        start, start + len(bare), bare, "surname", (surname,), confidence=0.7
                    )
                )
    out.sort(key=lambda m: m.start)
    return out


def _stems(known: dict[str, str]) -> list[tuple[str, str]]:
    """(what to look for, the surname it gives): a woman's -ova without its -a, so that
    her cases (Мамедовой) are found."""
    out = []
    for surname in sorted(set(known.values())):
        feminine = surname.endswith(("ova", "eva", "ова", "ева", "ёва"))
        out.append((surname[:-1] if feminine else surname, surname))
    return out
