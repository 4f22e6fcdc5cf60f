"""Words, letter classes and comparison keys for the rule extractors.

Why compiled regular expressions and not spaCy: the issue asks for >= 100,000 words/s
on one core for the whole rules pipeline. A blank spaCy pipeline only tokenises at
about 320,000 words/s here, before any Matcher or Python post-processing, which left
too little of the budget; one `re.finditer` over the text runs at several million
words/s. So the rules work on regex matches over the raw text (character offsets are
the evidence spans), and spaCy is kept for the optional statistical model
(`statistical.py`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from ffdb.names.normalise import phonetic_key
from ffdb.names.translit import script_of, to_ascii


def _letters(ranges: tuple[tuple[int, int], ...], upper: bool) -> str:
    """A character-class body for the upper- (or lower-) case letters of `ranges`,
    written as ranges "a-z": a list of single letters made every regex that holds it
    slow to compile (a quarter of a second at each process start)."""
    codes = [
        code
        for lo, hi in ranges
        for code in range(lo, hi + 1)
        if chr(code).isalpha() and (chr(code).isupper() if upper else chr(code).islower())
    ]
    parts, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}{hi}" if j == i + 1 else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


# Latin (with Azerbaijani, Turkish and scholarly transliteration letters) and Cyrillic.
_RANGES: Final = (
    (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x259, 0x259), (0x1E00, 0x1EFF), (0x400, 0x52F),
)  # fmt: skip
UPPER: Final = _letters(_RANGES, upper=True)
LOWER: Final = _letters(_RANGES, upper=False) + "ʼʻ"
# ʿ and ‘ open Arabic names written with an ayn ("‘Umar"); ’ and ' sit inside them
# ("Mus’ab") and also start Turkish case suffixes ("İlyasov'un").
APOSTROPHES: Final = "’'ʼ‘ʿʾ`"

# A capitalised word: "Zaur", "‘Umar", "Mus’ab", "İlyasov'un", "Al-Kubaysi", "AKBULUT".
# Written as "one of the opening characters, then an upper-case letter unless that was
# one" (the same as `[‘ʿʾ]?[A-Z]`): a pattern opening with a character class lets `re`
# skip to the candidates, two to three times faster than trying every position.
CAP_WORD_OPEN: Final = rf"[{APOSTROPHES[3:6]}{UPPER}]"  # its first character
# what follows it: "{CAP_WORD_OPEN}(?<![\w-].){CAP_WORD_REST}" is a capitalised word that
# opens a word, found as fast as `CAP_WORD` (where `(?<![\w-])` first has `re` try
# every position)
CAP_WORD_REST: Final = (
    rf"(?:(?<=[{APOSTROPHES[3:6]}])[{UPPER}]|(?<=[{UPPER}]))"
    rf"[{UPPER}{LOWER}]*(?:[{APOSTROPHES}\-][{UPPER}{LOWER}]+)*"
)
CAP_WORD: Final = CAP_WORD_OPEN + CAP_WORD_REST
# The Arabic article glued to a name: "al-Kubaysi", "el-Bedevi", "ash-Shishani",
# Azerbaijani "əl-Azəri", "əş-Şami", Russian "аль-Кубайси", "аш-Шишани".
NISBA: Final = (
    rf"(?:[aAeEuUəƏ][lLdDnNrRsStTzZşŞ]{{1,2}}h?|[аАэЭуУ][льшсдртзнЛЬШСДРТЗН]{{1,2}})"
    rf"[-‐][{APOSTROPHES[3:6]}]?[{UPPER}][{UPPER}{LOWER}]*(?:[{APOSTROPHES}][{LOWER}]+)*"
)
WORD_RE: Final = re.compile(rf"[{UPPER}{LOWER}0-9]+(?:[{APOSTROPHES}\-][{UPPER}{LOWER}0-9]+)*")

_TURKISH_SUFFIX: Final = re.compile(
    rf"[{APOSTROPHES}](?:s|n?[ıiuü]n|n?[ıiuü]|y?[aeə]|n[aeə]|[dt][aeə]n?|[dt][aeə]|y?l[aeə]|"
    r"[dt][ıiuü]r|l[ıiuü]|[ıiuü]?n?[dt][aeə]n?|y?[ıiuü]z|s[ıiuü]n?|k[ıi]|[dt][aeə]ki)$",
)


def strip_apostrophe_suffix(word: str) -> str:
    """`İlyasov'un` → `İlyasov`, `Kubaysi’s` → `Kubaysi`; `Mus’ab` stays."""
    cut = apostrophe_suffix_at(word)
    return word if cut is None else word[:cut]


# The past copula after a name of three letters or more ("Mehmet Ali Tosun'du", "Kaya'ydı"),
# not a name's own apostrophe ("Sa'di")
_PAST_COPULA: Final = re.compile(rf"(?<=\w\w\w)[{APOSTROPHES}]y?[dt][ıiuü]$")


def apostrophe_suffix_at(word: str) -> int | None:
    """Where an apostrophe case suffix starts in `word`, or None (`Yılmaz'ın` → 6)."""
    for mark in APOSTROPHES:
        if mark in word:
            match = _TURKISH_SUFFIX.search(word) or _PAST_COPULA.search(word)
            return match.start() if match else None
    return None


def is_capitalised(word: str) -> bool:
    first = word.lstrip(APOSTROPHES)
    return bool(first) and first[0].isupper()


@lru_cache(maxsize=131072)
def name_key(word: str) -> str:
    """A spelling- and script-insensitive key for one name word (Məmmədov = Мамедов)."""
    return phonetic_key(to_ascii(word))


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Lowercase, marks and apostrophes dropped, script kept: for lexicon look-ups."""
    text = text.replace("İ", "i").replace("I", "i").lower()
    decomposed = unicodedata.normalize("NFD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in APOSTROPHES)
    return out.replace("ı", "i").replace("ə", "e").replace("ё", "е")


def script(text: str) -> str:
    return script_of(text)


# A byline's lead right before a name ("By Ann Lee", "Автор: ...", "Yazan: ...",
# "Müəllif: ..."): the writer of the text, not a person it is about.
BYLINE_BEFORE: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:By|Author|Автор|Текст|Yazan|Müəllif)(?::[ \t]*|[ \t]+)$"
)
