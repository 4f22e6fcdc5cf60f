"""Language identification, offline: the script of the letters first, langid second.

API:
    detect_language(text) -> str | None               # ISO 639-1, None without enough letters
    detect_languages(text) -> list[tuple[int, int, str]]  # (start, end, language) per paragraph
    LANGUAGES                                          # what langid may answer

Letters decide what they can: "ə" is Azerbaijani and never Turkish (langid confuses
the two), Georgian and Armenian scripts have one language each, Cyrillic letters such as
"ә", "ү", "ґ" single out Kazakh, Tatar, Ukrainian... langid then chooses within the
languages of the dominant script. Its model (slow to load) is loaded once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any, Final

EXTRACTOR: Final = "language_rules.v1"

# The languages langid may answer, by script; langid has no Uzbek, Tajik, Tatar or
# Chechen model, so those come from letters alone.
_BY_SCRIPT: dict[str, tuple[str, ...]] = {
    "latin": ("en", "tr", "az", "fr", "de", "es", "it", "nl", "ku", "pl", "sv", "pt"),
    "cyrillic": ("ru", "uk", "be", "bg", "kk", "ky", "mk", "sr", "mn"),
    "arabic": ("ar", "fa", "ur", "ps", "ug"),
}
LANGUAGES: Final = frozenset(lang for langs in _BY_SCRIPT.values() for lang in langs) | {
    "ka",
    "hy",
    "he",
    "el",
    "uz",
    "tg",
    "tt",
    "ba",
    "ce",
}
_SINGLE_SCRIPT: Final = {"georgian": "ka", "armenian": "hy", "hebrew": "he", "greek": "el"}

# Letters that belong to few languages of a script, in the order they are tested.
_CYRILLIC_MARKS: tuple[tuple[str, str], ...] = (
    ("ӀӏӀ", "ce"),  # the palochka of Chechen (and other Caucasian languages)
    ("ҷӯӣ", "tg"),
    ("ҹҝ", "az"),
    ("җ", "tt"),
    ("ҙҡҫ", "ba"),
    ("ұ", "kk"),
    ("ўҳ", "uz"),  # Uzbek Cyrillic; Belarusian "ў" alone is handled below
    ("ґєї", "uk"),
    ("ђћџ", "sr"),
    ("ѓќѕ", "mk"),
)
_ARABIC_MARKS: tuple[tuple[str, str], ...] = (
    ("ټډړښږځڅ", "ps"),
    ("ٹڈڑںے", "ur"),
    ("ېۇۈۋ", "ug"),
    ("ێۆڵڕ", "ku"),
)
_PERSIAN_LETTERS: Final = "پچژگکی"


# Letters by script, counted with regular expressions (a Python loop over characters
# cost more than langid itself).
_SCRIPTS: dict[str, re.Pattern[str]] = {
    # Latin with IPA's "ə" (Azerbaijani's schwa) and the Vietnamese/transliteration block
    "latin": re.compile(r"[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u1E00-\u1EFF]"),
    "cyrillic": re.compile(r"[\u0400-\u0481\u048A-\u052F]"),
    "arabic": re.compile(
        r"[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]"
    ),
    "georgian": re.compile(r"[\u10A0-\u10FF]"),
    "armenian": re.compile(r"[\u0531-\u0587]"),
    "hebrew": re.compile(r"[\u05D0-\u05EA]"),
    "greek": re.compile(r"[\u0370-\u03FF]"),
}


# Every character but a script's letters: removing them leaves the letters, in one
# C-level pass (joining `findall`'s one-letter strings cost four times more). A run of
# them at a time: removing the Latin script's others from a Cyrillic text one character
# at a time cost four times more.
_OTHER_THAN: dict[str, re.Pattern[str]] = {
    script: re.compile("[^" + pattern.pattern[1:] + "+") for script, pattern in _SCRIPTS.items()
}
_NOT_LATIN: Final = re.compile(r"[^\x00-\u02AF\u1E00-\u1EFF\u2000-\u206F]")
_MIN_LETTERS: Final = 3
# _MIN_LETTERS Latin letters, anything between them
_ENOUGH_LATIN: Final = re.compile(
    _SCRIPTS["latin"].pattern + rf"(?:.*?{_SCRIPTS['latin'].pattern}){{{_MIN_LETTERS - 1}}}",
    re.DOTALL,
)


def _letters_by_script(sample: str) -> tuple[str, str]:
    """The dominant script of a text and its letters in that script."""
    other = _NOT_LATIN.search(sample)
    if other is None:  # the common case, found in one C-level scan
        # a search for the first few letters, not a list of all of them
        enough = _ENOUGH_LATIN.search(sample, 0, 200) or _ENOUGH_LATIN.search(sample)
        return "latin", sample if enough else ""
    # the script of the first character outside Latin first: holding a majority of the
    # sample (as a Russian text does), it is the one the loop below ends on, where the
    # Latin letters were first read out of the whole sample to no use
    for script, pattern in _SCRIPTS.items():
        if script != "latin" and pattern.match(other.group()):
            found = _OTHER_THAN[script].sub("", sample)
            if 2 * len(found) > len(sample):
                return script, found
            break
    best, letters = "", ""
    for script in _SCRIPTS:
        found = _OTHER_THAN[script].sub("", sample)
        if len(found) > len(letters):
            best, letters = script, found
            if 2 * len(found) > len(sample):
                break  # a majority already: no other script can win
    return best, letters


@cache
def _model() -> Any:
    from langid.langid import LanguageIdentifier, model

    return LanguageIdentifier.from_modelstring(model, norm_probs=False)


@cache
def _columns(langs: tuple[str, ...]) -> tuple[Any, Any, list[str]]:
    """The part of langid's model for a set of languages, cut once per set."""
    import numpy as np  # with langid only: most texts are decided without it

    ident = _model()
    classes = list(ident.nb_classes)
    mask = np.array([c in langs for c in classes])
    return ident.nb_ptc[:, mask], ident.nb_pc[mask], [c for c in classes if c in langs]


def _langid(text: str, langs: tuple[str, ...], prior: str | None = None) -> str:
    """langid's choice within `langs`; a short text keeps `prior` (the language of the
    text around it) unless langid finds it unlikely: lines of names ("Wilāyat Sharq
    Asīā") are otherwise given a random language."""
    ptc, pc, classes = _columns(langs)
    features = _model().instance2fv(text)
    scores = features @ ptc + pc
    best = int(scores.argmax())
    if prior in classes and prior != classes[best] and len(text) < _SHORT_TEXT:
        gap = float(scores[best] - scores[classes.index(prior)])
        if gap < _PRIOR_GAP:
            return prior
    return str(classes[best])


_SHORT_TEXT: Final = 300  # characters under which the surrounding language may win
_PRIOR_GAP: Final = 12.0  # natural-log odds langid must give against it (about 1 : 160,000)
_SAMPLE: Final = 4000  # characters langid reads: enough to decide, bounded cost on long texts
_HEAD: Final = 800  # characters whose letters decide the script and feed the letter rules


def detect_language(text: str, prior: str | None = None) -> str | None:
    """The language of `text` (ISO 639-1), or None when it holds too few letters.

    `prior`, the language of the surrounding text, wins for a short text unless the
    letters or langid clearly say otherwise.
    """
    if len(text) > 2 * _SAMPLE:
        return _majority_language(text)
    sample = text[:_SAMPLE]
    # the script and the letter counts from the head of the text: counting them over
    # the whole sample cost more than all the rest of the decision
    script, letters = _letters_by_script(sample[:_HEAD])
    if len(letters) < _MIN_LETTERS:
        return None
    if script in _SINGLE_SCRIPT:
        return _SINGLE_SCRIPT[script]
    if script == "latin":
        return _latin_language(sample, letters, prior)
    if script == "cyrillic":
        return _cyrillic_language(sample, letters, prior)
    return _arabic_language(sample, letters)


def _majority_language(text: str) -> str | None:
    """A long text's language: the one holding most letters across evenly spaced samples
    (a compilation may open with a statement in another language than its bulk)."""
    size = _SAMPLE // 2
    step = max(size, (len(text) - size) // 7)
    weights: dict[str, int] = {}
    for start in range(0, len(text) - size + 1, step):
        chunk = text[start : start + size]
        lang = detect_language(chunk)
        if lang is not None:
            weights[lang] = weights.get(lang, 0) + len(_ANY_LETTER.findall(chunk))
    return max(weights, key=lambda lang: weights[lang]) if weights else None


def _latin_language(sample: str, letters: str, prior: str | None) -> str:
    lower = letters.lower()
    # function words first: an English or Turkish article about Azerbaijanis writes their
    # names with "ə" (Əliyev, Lənkəran), which otherwise marks Azerbaijani
    voted = _vote_latin(sample, lower)
    if voted is not None:
        return voted
    if "ə" in lower:
        return "az"
    if re.search(r"[og][ʻ‘’']", sample.lower()) and re.search(r"\b(?:va|bilan|uchun)\b", sample):
        return "uz"  # Uzbek Latin writes oʻ and gʻ
    found = _langid(sample, _BY_SCRIPT["latin"], prior)
    # Turkish writes no "q" nor "x", Azerbaijani writes them often ("xəbər", "Qusar")
    qx = (lower.count("q") + lower.count("x")) / max(1, len(lower))
    if found == "az" and ("ı" in lower or "ğ" in lower) and qx < 0.005:
        return "tr"
    if found == "tr" and qx >= 0.02:
        return "az"
    return found


# Function words that are frequent in one language and rare in the others of its script:
# counting them decides most English, Turkish and Azerbaijani texts without loading
# langid's model (1.5 s at the start of every process).
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _word_set(
        "the and of to in was is that for with on by his from as at were has have had "
        "he it which who their been after said are this an"
    ),
    "tr": _word_set(
        "ve için ile olarak tarafından yılında göre üzere ancak ama gibi çok ayrıca olduğu "
        "olduğunu edildi etti yaşındaki değil"
    ),
    "az": _word_set(
        "və üçün ilə olub isə ildə edib tərəfindən çox həm deyil olunub edilib yaşlı ildən barədə"
    ),
    "other": _word_set(
        "le la les des et est une du der die und das ist nicht den el los las y que del "
        "il di che è het een van zijn och att är não com uma para się nie jest"
    ),
}
_WORDS: Final = re.compile(r"[^\W\d_]+")
_MIN_VOTES: Final = 4


# Endings that only one of the two Turkic languages writes: Turkish -iyor and -miş,
# Azerbaijani -ib ("gedib", "olub"); Turkish also glues case suffixes to proper names
# after an apostrophe ("Suriye'ye"), Azerbaijani never does.
_TR_ENDINGS: Final = ("ıyor", "iyor", "uyor", "üyor", "mış", "miş", "muş", "müş", "ında", "inde")
_AZ_ENDINGS: Final = ("ib", "ıb", "ub", "üb", "ində", "ında", "ıldı", "ildi")
_ENDING_LAST: Final = "".join(sorted({ending[-1] for ending in (*_TR_ENDINGS, *_AZ_ENDINGS)}))
_TR_APOSTROPHE: Final = re.compile(r"[^\W\d_]['’](?:y?[ae]|n?[ıiuü]n?|[dt][ae]n?|[dt][ae]ki)\b")
_VOTE_SAMPLE: Final = 700
_PUNCTUATION: Final = ".,;:!?\"'()[]«»“”‘’—–-"


_LANGUAGE_OF_WORD: Final = {w: lang for lang, words in _FUNCTION_WORDS.items() for w in words}


def _vote_latin(sample: str, lower: str) -> str | None:
    """en, tr or az when function words and endings leave no doubt; None to ask langid."""
    sample = sample[:_VOTE_SAMPLE].lower()
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    of_word = _LANGUAGE_OF_WORD
    # comprehensions rather than one loop with branches: a third faster
    words = [word.strip(_PUNCTUATION) for word in sample.split()]
    for lang in [of_word[word] for word in words if word in of_word]:
        counts[lang] += 1
    long = [word for word in words if len(word) > 4 and word not in of_word]
    # a word ends in one of the endings only if it ends in the last letter of one: one
    # test of a letter, where most words failed the ten endings of each tuple one by one
    ended = [w for w in long if w[-1] in _ENDING_LAST]
    turkish = [w for w in ended if w.endswith(_TR_ENDINGS) and "ə" not in w]
    counts["tr"] += len(turkish)
    # the Azerbaijani endings of the words not counted Turkish (a generator over both
    # lists cost more than a third list)
    azeri = [w for w in ended if w.endswith(_AZ_ENDINGS)]
    counts["az"] += len(azeri) - len([w for w in turkish if w.endswith(_AZ_ENDINGS)])
    apostrophes = _apostrophe_cases(sample)
    counts["tr"] += apostrophes
    best = max(counts, key=lambda lang: counts[lang])
    rest = sum(counts.values()) - counts[best]
    if counts[best] < _MIN_VOTES or counts[best] < 4 * rest or best == "other":
        return None
    qx = (lower.count("q") + lower.count("x")) / max(1, len(lower))
    schwa = lower.count("ə") > 0.01 * len(lower)
    if best == "tr" and apostrophes < 2 and (qx >= 0.01 or schwa):
        return None  # Azerbaijani (typed without its letters?) reads as Turkish
    return best


def _apostrophe_cases(sample: str) -> int:
    """How many matches `_TR_APOSTROPHE.findall(sample)` finds. Every match opens one
    letter before an apostrophe: it is tried there alone, where `re` tried every letter
    of the text (a letter opens the pattern)."""
    if "'" not in sample and "’" not in sample:
        return 0
    places = [m.start() - 1 for m in _ANY_APOSTROPHE.finditer(sample, 1)]
    count = last_end = 0
    for pos in places:  # in order; as `findall`, none inside the match before
        if pos >= last_end and (found := _TR_APOSTROPHE.match(sample, pos)) is not None:
            count += 1
            last_end = found.end()
    return count


_ANY_APOSTROPHE: Final = re.compile(r"['’]")


def _cyrillic_language(sample: str, letters: str, prior: str | None) -> str:
    lower = letters.lower()
    for marks, lang in _CYRILLIC_MARKS:
        if any(m in lower for m in marks):
            return lang
    if "ә" in lower or "ғ" in lower or "қ" in lower:
        return "kk" if "қ" in lower or "ғ" in lower else "tt"
    if "ң" in lower or "ө" in lower or "ү" in lower:
        return "ky"
    if "ў" in lower:
        return "be"
    if "і" in lower:
        return "uk" if "ы" not in lower else "be"
    if "ы" in lower or "э" in lower:
        return "ru"  # of the languages left, only Russian writes these
    return _langid(sample, _BY_SCRIPT["cyrillic"], prior)


def _arabic_language(sample: str, letters: str) -> str:
    for marks, lang in _ARABIC_MARKS:
        if sum(letters.count(m) for m in marks) >= 2:
            return lang
    persian = sum(letters.count(m) for m in _PERSIAN_LETTERS)
    if persian >= 2 and persian / max(1, len(letters)) > 0.01:
        return _langid(sample, ("fa", "ur", "ps", "ar"))
    return "ar"


_PARAGRAPH: Final = re.compile(r"[^\n]+")
_ANY_LETTER: Final = re.compile(r"[^\W\d_]")
_LINE_SAMPLE: Final = 240  # characters of a line read to judge it
_SHORT: Final = 40  # letters below which a line takes the language around it


def detect_languages(text: str) -> list[tuple[int, int, str]]:
    """(start, end, language) for each run of lines in one language.

    Each non-empty line is judged alone (scraped pages often keep a paragraph a line);
    short lines (a heading, a date) take the language of the line before, else after;
    neighbouring lines of one language are merged into one range.
    """
    lines = [(m.start(), m.end(), m.group(0)) for m in _PARAGRAPH.finditer(text)]
    judged: list[tuple[int, int, str | None]] = []
    prior: str | None = None
    for start, end, line in lines:
        sample = line[:_LINE_SAMPLE]
        lang = (
            detect_language(sample, prior) if len(_ANY_LETTER.findall(sample)) >= _SHORT else None
        )
        prior = lang or prior
        judged.append((start, end, lang))
    out: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int]] = []  # short lines before the first judged line
    for start, end, lang in judged:
        if lang is None:
            if out:
                out[-1] = (out[-1][0], end, out[-1][2])
            else:
                pending.append((start, end))
            continue
        if pending:
            start, pending = pending[0][0], []
        if out and out[-1][2] == lang:
            out[-1] = (out[-1][0], end, lang)
        else:
            out.append((start, end, lang))
    if pending:  # nothing but short lines: judge them together
        lang = detect_language(text[pending[0][0] : pending[-1][1]])
        if lang:
            out.append((pending[0][0], pending[-1][1], lang))
    return out


def strip_marks(text: str) -> str:
    """Text without combining marks (Arabic vowel signs, Latin diacritics' NFD parts)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


__all__ = ["EXTRACTOR", "LANGUAGES", "detect_language", "detect_languages"]
