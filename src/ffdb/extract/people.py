"""Names of people in running text: full names, kunyas, surnames alone, with titles apart.

A run of capitalised words (with the particles names carry: bin, ibn, al-X, oğlu, оглы)
is a person's name when it has the evidence of one:

- a kunya: Abu/Abū/Ebu/Umm + a name (+ nisbas): "Abu Yahya al-Azeri";
- a given name we know followed by a name: "Zaur Islamov", "Serdal Erbasi";
- a surname-shaped word beside another capitalised word: "Naielm ... Mustafayev",
  Russian order "Исламов Заур";
- bin/ibn between names: "Usamah Bin Laden"; a title and a name: "Dr. Muhammed".

Runs are trimmed of the words that open sentences, titles, nationalities and places
("Azerbaijani", "Qusarlı"), and dropped when they hold an organisation word ("Abu Bakr
Mosque", "State Oil Company"), overlap a group, or are a place ("Abu Dhabi"). A surname
alone (Mekhtiyev) or a nisba alone (al-Zawahiri) is kept as a partial mention for joining.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ffdb.extract import forms
from ffdb.extract.lexicon import (
    MONTH_LIKE_GIVEN,
    WEAK_GIVEN,
    nationalities,
    organisation_words,
    stopwords,
    titles,
)
from ffdb.extract.lexicon import group_words as _group_words
from ffdb.extract.tokens import APOSTROPHES, CAP_WORD, NISBA, fold, strip_apostrophe_suffix

EXTRACTOR = "person_rules.v1"

_TITLE_DOT = r"(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Sh|Shk|Sgt|Lt|Capt)\.\s+"
_CONNECT = r"(?:bin|ibn|bint|ben|binti|oğlu|oglu|ogly|оглы|кызы|qızı|gizi|uulu)(?![\w-])"
_TOKEN = rf"(?:{NISBA}|{CAP_WORD}|{_CONNECT}|[A-ZА-Я]\.)"
RUN = re.compile(rf"(?<![\w{APOSTROPHES}-])(?:{_TITLE_DOT})?{_TOKEN}(?:[ \u00a0]{{1,2}}{_TOKEN})*")
_TOKEN_SPLIT = re.compile(r"\S+")
# Arabic script: a kunya with an optional nisba (أبو محمد المقدسي, أبي موسى الأشعري).
ARABIC_KUNYA = re.compile(
    r"(?<![\u0600-\u06ff])(?:أبو|أبي|أبا|ابو|ابي|أم)\s+[\u0621-\u064a]{2,}(?:\s+ال[\u0621-\u064a]{2,})?"
)


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


PlaceTest = Callable[[str], bool]


def is_town(text: str) -> bool:
    """A place of some size (a hamlet may share a kunya's name: Abu Umar)."""
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

    `language` decides whether Azerbaijani case endings are undone (not in English,
    where "al-Bedevi" or "Erbasi" end in what only look like them)."""
    inflected = language not in ("en",)
    out: list[NameMention] = []
    for match in RUN.finditer(text):
        if _overlaps(match.start(), match.end(), blocked):
            out.extend(_names_outside(text, match, sentence_starts, blocked, is_place, inflected))
            continue
        out.extend(
            _names_in_run(text, match.start(), match.end(), sentence_starts, is_place, inflected)
        )
    for match in ARABIC_KUNYA.finditer(text):
        words = tuple(match.group().split())
        out.append(NameMention(match.start(), match.end(), match.group(), "kunya", words))
    out.sort(key=lambda m: m.start)
    return out


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _names_outside(
    text: str,
    match: re.Match[str],
    sentence_starts: set[int],
    blocked: Sequence[tuple[int, int]],
    is_place: PlaceTest,
    inflected: bool,
) -> list[NameMention]:
    """The parts of a run that lie outside group names ("IS leader Abu Bakr ...")."""
    out: list[NameMention] = []
    pos = match.start()
    for s, e in sorted(blocked):
        if e <= pos or s >= match.end():
            continue
        if s > pos:
            out.extend(_names_in_run(text, pos, s, sentence_starts, is_place, inflected))
        pos = max(pos, e)
    if pos < match.end():
        out.extend(_names_in_run(text, pos, match.end(), sentence_starts, is_place, inflected))
    return out


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    toks = []
    for m in _TOKEN_SPLIT.finditer(text, start, end):
        word = m.group().rstrip(",.;:")
        if not word:
            continue
        bare = strip_apostrophe_suffix(word)
        toks.append(_Tok(m.start(), m.start() + len(bare), bare, fold(bare)))
    return toks


def _names_in_run(
    text: str,
    start: int,
    end: int,
    sentence_starts: set[int],
    is_place: PlaceTest,
    inflected: bool,
) -> list[NameMention]:
    toks = _tokens(text, start, end)
    while toks and not toks[0].text[:1].isalpha() and toks[0].text[:1] not in "‘ʿ":
        toks.pop(0)
    if not toks:
        return []
    org, heads = organisation_words(), _group_words()["head"]
    if toks[-1].fold in org or toks[0].fold in heads:
        return []  # "Abu Bakr Mosque", "State Oil Company", "Jabhat al-Nusra"
    out: list[NameMention] = []
    segment: list[_Tok] = []
    for tok in toks:
        if tok.fold in org or tok.fold in heads:
            out.extend(_segment_names(text, segment, sentence_starts, is_place, inflected))
            segment = []
            continue
        segment.append(tok)
    out.extend(_segment_names(text, segment, sentence_starts, is_place, inflected))
    return out


def _is_title(tok: _Tok) -> bool:
    return tok.fold.rstrip(".") in titles()


def _is_noise(tok: _Tok) -> bool:
    """Words that cannot stand at either end of a name."""
    word = tok.fold
    if word in MONTH_LIKE_GIVEN:
        return False
    return word in stopwords() or word in nationalities() or word.isdigit()


def _segment_names(
    text: str, toks: list[_Tok], sentence_starts: set[int], is_place: PlaceTest, inflected: bool
) -> list[NameMention]:
    """Trim a run to the name it holds, if any; a run may hold several (split at kunyas)."""
    found_titles: list[str] = []
    initial = bool(toks) and toks[0].start in sentence_starts
    while toks and (_is_noise(toks[0]) or _is_title(toks[0]) or forms.is_connector(toks[0].text)):
        if _is_title(toks[0]):
            dot = "." if text.startswith(".", toks[0].end) else ""
            found_titles.append(text[toks[0].start : toks[0].end].rstrip() + dot)
        else:
            found_titles.clear()
        toks = toks[1:]
        initial = False
    while toks and (_is_noise(toks[-1]) or forms.is_connector(toks[-1].text)):
        toks = toks[:-1]
    while (
        len(toks) > 2
        and not forms.surname_strength(toks[-1].text)
        and not forms.is_nisba(toks[-1].text)
        and is_place(toks[-1].text)
    ):
        toks = toks[:-1]  # "Ramil Qurbanov Suriyada", "Mehmet Yılmaz Adıyaman doğumlu"
    if not toks:
        return []
    toks = _trim_leading_places(toks, is_place, initial)
    if not toks:
        return []
    mention = _classify(text, toks, tuple(found_titles), initial, is_place, inflected)
    return [mention] if mention else []


def _trim_leading_places(toks: list[_Tok], is_place: PlaceTest, initial: bool) -> list[_Tok]:
    """Drop "Qusarlı", "Кусара", "Azerbaijani" before a name, and a sentence-opening word
    before a known given name ("Terörist Zaur İslamov")."""
    first_given = next(
        (i for i, t in enumerate(toks) if _given(t) or forms.is_kunya_particle(t.text)), None
    )
    if first_given is None or first_given == 0:
        return toks
    keep = 0
    for i in range(first_given):
        word = toks[i].text
        if is_place(word) or is_place(_demonym_stem(word)) or (initial and i == 0):
            keep = i + 1
    return toks[keep:]


def _demonym_stem(word: str) -> str:
    return re.sub(r"(?:l[ıiuü]|dan|dən|den|tan|tən|ten)$", "", word)


def _given(tok: _Tok) -> str | None:
    if tok.text.isupper() and len(tok.text) > 2:
        return None
    _, gender = forms.lemma_given(tok.text)
    return gender


def _classify(
    text: str,
    toks: list[_Tok],
    found_titles: tuple[str, ...],
    initial: bool,
    is_place: PlaceTest,
    inflected: bool,
) -> NameMention | None:
    start, end = toks[0].start, toks[-1].end
    surface = text[start:end]
    words = [t.text for t in toks]
    kind = _kind_of(toks, found_titles)
    if kind is None:
        return None
    if kind in ("full", "titled") and len(toks) <= 3 and is_place(surface):
        return None  # Kohne Xacmaz
    if kind == "kunya" and len(toks) <= 3 and is_town(surface):
        return None  # Abu Dhabi, Abu Kamal; not the hamlets that share a kunya's name
    if kind in ("surname", "given") and is_place(words[0]):
        return None
    gender = next((g for t in toks if (g := _given(t))), None)
    norm = normalise_words([t.text for t in toks], gender, inflected)
    return NameMention(
        start,
        end,
        surface,
        kind,
        tuple(norm),
        gender=gender,
        titles=found_titles,
        sentence_initial=initial,
        confidence=0.9 if kind in ("full", "kunya") else 0.7,
    )


def _kind_of(toks: list[_Tok], found_titles: tuple[str, ...]) -> str | None:
    n = len(toks)
    first = toks[0]
    if forms.is_kunya_particle(first.text):
        return "kunya" if n >= 2 else None
    if n == 1:
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
    if strong and (len(toks) <= 4 or shaped):
        return "full"
    if any(_given(t) for t in toks) and shaped:
        return "full"
    if any(forms.is_connector(t.text) for t in toks[1:-1]) and n >= 3:
        return "full"  # Usamah Bin Laden, Abd al-Rahman
    if [t for t in toks if forms.surname_strength(t.text) == 2] and n <= 4:
        return "full"
    if found_titles:
        return "titled"
    return None


def normalise_words(words: list[str], gender: str | None, inflected: bool = True) -> list[str]:
    """The nominative of each word of a name (case endings undone where the language has
    them); nisbas and unknown words stay as written."""
    out = []
    for word in words:
        given, g = forms.lemma_given(word)
        if g is not None:
            out.append(given)
        elif forms.is_nisba(word) or not inflected:
            out.append(word)
        elif forms.surname_strength(word) > 0:
            out.append(forms.lemma_surname(word, gender))
        else:
            out.append(word)
    return out


def quoted_candidates(text: str, start: int, end: int) -> NameMention | None:
    """A quoted or cue-introduced phrase as a name ("known as “Dr. Muhammed”")."""
    toks = _tokens(text, start, end)
    if not toks or len(toks) > 5:
        return None
    found_titles = tuple(t.text for t in toks if _is_title(t))
    rest = [t for t in toks if not _is_title(t)]
    if not rest or not rest[0].text[:1].isupper():
        return None
    words = normalise_words([t.text for t in rest], None)
    return NameMention(
        rest[0].start,
        rest[-1].end,
        text[rest[0].start : rest[-1].end],
        "quoted",
        tuple(words),
        titles=found_titles,
        confidence=0.6,
    )


_CAP_TOKEN = re.compile(CAP_WORD)


def find_known_surnames(
    text: str, names: list[NameMention], blocked: Sequence[tuple[int, int]]
) -> list[NameMention]:
    """Surnames alone that the document also writes in a full name ("Mehmet Yılmaz ...
    Yılmaz'ın"): Turkish and Arabic surnames have no suffix that shows them alone."""
    from ffdb.extract.tokens import name_key

    known = {
        name_key(m.words[-1]): m.words[-1]
        for m in names
        if m.kind == "full" and len(m.words) >= 2 and not forms.is_nisba(m.words[-1])
    }
    if not known:
        return []
    taken = sorted([(n.start, n.end) for n in names] + list(blocked))
    out = []
    for match in _CAP_TOKEN.finditer(text):
        bare = strip_apostrophe_suffix(match.group())
        key = name_key(bare)
        if key not in known or _overlaps(match.start(), match.end(), taken):
            continue
        end = match.start() + len(bare)
        out.append(NameMention(match.start(), end, bare, "surname", (known[key],), confidence=0.7))
    return out
