"""Script-aware transliteration to plain lowercase ASCII, tuned for the names of this field.

anyascii alone turns Azerbaijani `Məmmədov` into `Mammadov` but Russian `Ниджат` into
`Nidzhat` and Arabic `الأذري` into `l'dhry`; the maps here run first so that the readings
agree across scripts (`дж` → `j` like Azerbaijani `c`, `х` → `kh` like Azerbaijani `x`).
anyascii only handles what the maps leave (Greek, Georgian, Armenian, CJK ...).

Cyrillic `г` stands for both Azerbaijani `g`/`q` and `h` (Гусейнов = Hüseynov,
Гянджа = Gəncə), so `readings_of` returns both readings of a Cyrillic word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

__all__ = [
    "ARABIC_LETTERS",
    "fold_latin",
    "readings_of",
    "script_of",
    "strip_marks",
    "to_ascii",
]

# Azerbaijani and Turkish letters; `x`, `c` and `q` keep their letter here because they
# are also English letters: the phonetic key (normalise.py) gives them their values.
_LATIN = str.maketrans(
    {
        "ə": "e",  # read as a or e (Məmmədov: Mammadov, Memmedov); keys merge a and e
        "ä": "a",
        "ı": "i",
        "ş": "sh",
        "ç": "ch",
        "ğ": "gh",
        "ö": "o",
        "ü": "u",
        "ß": "ss",
        "æ": "ae",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "ʿ": "",
        "ʾ": "",
        "ʼ": "",
        "‘": "",
        "’": "",
        "'": "",
        "`": "",
        "´": "",
    }
)

_CYRILLIC_MULTI = {"дж": "j", "дз": "dz", "кх": "kh"}
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    # Azerbaijani, Kazakh, Uzbek, Tajik, Bashkir Cyrillic letters
    "ә": "e", "ғ": "gh", "ҹ": "j", "һ": "h", "ө": "o", "ү": "u", "ј": "y", "ҝ": "g",
    "ҳ": "h", "қ": "q", "ң": "n", "ұ": "u", "ӣ": "i", "ӯ": "u", "ҷ": "j", "ҡ": "q",
    "ҙ": "z", "ҫ": "s", "ӏ": "",
}  # fmt: skip
_CYRILLIC_RE = re.compile("|".join(sorted(_CYRILLIC_MULTI, key=len, reverse=True)) + "|.")

# Arabic letters to the consonant values the romanisations of names use. Long vowels
# (ا و ي ى) become a, u, i: the comparison of an Arabic-script name with a romanised one
# (normalise.py) treats them as vowels that may also be w / y.
ARABIC_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i",
    "ب": "b", "ت": "t", "ث": "s", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "z",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "و": "u", "ي": "i", "ى": "a", "پ": "p", "چ": "ch", "ژ": "zh",
    "گ": "g", "ک": "k", "ی": "i", "ڤ": "v", "ۀ": "a", "ە": "a", "ھ": "h", "ـ": "",
}  # fmt: skip


def strip_marks(text: str) -> str:
    """Drop combining marks (Ḥ → H, ū → u, Arabic harakat) after canonical decomposition."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def script_of(text: str) -> str:
    """latin | cyrillic | arabic | other: the script of the first letter that has one."""
    for char in text:
        if char.isalpha():
            code = ord(char)
            if code < 0x250 or 0x1E00 <= code < 0x1F00:
                return "latin"
            if 0x400 <= code < 0x530:
                return "cyrillic"
            if 0x600 <= code < 0x700 or 0x750 <= code < 0x780 or 0xFB50 <= code < 0xFF00:
                return "arabic"
            return "other"
    return "latin"


def fold_latin(text: str) -> str:
    """Lowercase ASCII for Latin script: Azerbaijani/Turkish letters first, then marks."""
    if text.isascii():
        return text.lower().translate(_LATIN)
    # Turkish dotted capital İ lowercases to i + combining dot: map it before lower()
    lowered = text.replace("İ", "i").replace("I", "i").lower().translate(_LATIN)
    return anyascii(strip_marks(lowered)).lower()


def _fold_cyrillic(text: str) -> str:
    lowered = text.lower()
    out = [
        _CYRILLIC.get(m, m) if len(m) == 1 else _CYRILLIC_MULTI[m]
        for m in _CYRILLIC_RE.findall(lowered)
    ]
    return fold_latin("".join(out))


def _fold_arabic(text: str) -> str:
    stripped = strip_marks(text)
    return "".join(ARABIC_LETTERS.get(c, c if c.isascii() else "") for c in stripped)


@lru_cache(maxsize=65536)
def to_ascii(text: str) -> str:
    """One lowercase ASCII reading of `text`, whatever its script."""
    script = script_of(text)
    if script == "cyrillic":
        return _fold_cyrillic(text)
    if script == "arabic":
        return _fold_arabic(text)
    return fold_latin(text)


@lru_cache(maxsize=65536)
def readings_of(word: str) -> tuple[str, ...]:
    """Every plausible ASCII reading of one word (Cyrillic г as g and as h; ə as e and a)."""
    first = to_ascii(word)
    if "ə" in word or "Ə" in word:
        # official romanisation writes ə as a (Məmmədov → Mammadov), others as e
        return (first, fold_latin(word.replace("ə", "a").replace("Ə", "A")))
    if script_of(word) == "cyrillic" and "г" in word.lower():
        second = _fold_cyrillic(word.lower().replace("г", "һ"))
        if second != first:
            return (first, second)
    return (first,)
