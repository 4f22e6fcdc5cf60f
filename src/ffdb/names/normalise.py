"""Comparison keys for names: a folded key (exact after transliteration) and a phonetic key.

- `fold_key("ar-Raqqah")` → `"raqqah"`: script folded, punctuation and the Arabic article
  dropped; two spellings with the same fold key differ only by script or diacritics.
- `phonetic_key("mammadov")` → `"mamaduv"`: the sound classes that the romanisations of
  Azerbaijani, Turkish, Russian and Arabic names confuse are merged (k/q/g/gh, h/kh/x,
  j/c/dj/dzh/zh, s/sh, v/w, a/e, o/u, doubled letters, y-glides; ç/ch is written C),
  so Məmmədov, Mammadov,
  Mamedov and Мамедов share one key while Mahmudov keeps its own.
- `skeleton_of(...)` drops the vowels too: for blocking, and for Arabic script, which
  writes no short vowels.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ffdb.names.translit import readings_of, script_of, to_ascii

__all__ = [
    "ARTICLES",
    "fold_key",
    "is_article",
    "phonetic_key",
    "phonetic_keys",
    "skeleton_of",
    "split_words",
    "strip_article",
    "vowels_agree",
]

# The Arabic article as romanisations write it, sun letters assimilated (an-Nusra,
# ash-Sham), in Latin (al-, el-, əl-, eş-, ul-) and Cyrillic (аль-, аш-, эль-).
_ARTICLE_BODY = r"(?:[aeəuü]|а|э|у)(?:l|ş|sh|s|d|dh|n|r|t|th|z|ль|л|ш|с|д|н|р|т|з)"
_ARTICLE_WORD = re.compile(_ARTICLE_BODY + r"$")
_ARTICLE_PREFIX = re.compile(r"^" + _ARTICLE_BODY + r"-(?=\w)")
ARTICLES = frozenset(("al", "el", "ul", "аль", "эль"))  # standalone without doubt
_WORD = re.compile(r"[^\W_]+(?:[-'’ʼʿʾ‘`][^\W_]+)*", re.UNICODE)
_ARABIC_ARTICLE = re.compile(r"^و?ال(?=\w{2,})")

# Ordered rewrites on lowercase ASCII; each line is one confusion of the field.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"[^a-z]", ""),
        (r"ee", "i"),  # Muhajireen = Muhajirin
        (r"oo|ou", "u"),  # Yousef = Yusuf
        (r"tch", "ch"),
        (r"dzh|dj|zh", "j"),  # Джамал, Djamal, Jamal
        (r"kh|x", "h"),  # Azerbaijani x, Russian х, Arabic خ
        (r"gh|q|g", "k"),  # Qurbanov = Gurbanov = Курбанов, Askerov = Asgarov
        (r"sh", "s"),  # Şahin = Sahin (Turkish text without its letters)
        (r"ch", "C"),  # ç, ч: its own sound (Elçin is not Elşən)
        (r"c", "j"),  # Azerbaijani and Turkish c (Nicat = Nijat, Cundullah = Jundullah)
        (r"ph", "f"),
        (r"w", "v"),  # Arabic waw: wal-Ansar = val Ansar
        (r"y(?=y)", "i"),  # Тагыйев = Tagiyev
        (r"(?<=[aeiou])y(?=[aeiou])", ""),  # Abdullayev = Abdullaev, Sumqayit = Sumgait
        (r"(?<=[aeiou])y", "i"),  # Huseynov = Гусейнов, Jaysh = Jaish
        (r"(?<=[^aeiou])y(?=[aeiou])", ""),  # Вюгар = Vugar, Кянан = Kanan, Ilyas = Ilias
        (r"y(?![aeiou])", "i"),  # Гасымлы = Qasımlı, Исмайылов = Ismayilov
        (r"e", "a"),  # Azerbaijani ə read as a or e: Kərimov, Kerimov, Karimov
        (r"o", "u"),  # Omar = Umar, Yusof = Yusuf
        (r"(.)\1+", r"\1"),  # Məmmədov = Mamedov; Raqqa = Raqa
        (r"(?<=[aeiu])h$", ""),  # Raqqah = Raqqa, Abdullah = Abdulla
        (r"t$", "d"),  # Turkish writes a final d as t: Mahmut = Mahmud, Ahmet = Ahmad
        (r"p$", "b"),  # Recep = Rajab
    )
)
_E_REWRITES = tuple(r for r in _REWRITES if r[0].pattern not in ("e", "o"))
_VOWELS = re.compile(r"[aiu]")


def is_article(word: str) -> bool:
    """Whether a word standing alone is the Arabic article (al, el, ash, аль ...)."""
    return _ARTICLE_WORD.match(word.lower()) is not None or word in ("ال", "آل")


def split_words(text: str) -> list[str]:
    """The words of a name, keeping inner hyphens and apostrophes (al-Azeri, Ma'ruf)."""
    return _WORD.findall(text)


def strip_article(word: str) -> tuple[str, bool]:
    """`(word without the Arabic article, whether it had one)`; works on any script."""
    if script_of(word) == "arabic":
        bare = _ARABIC_ARTICLE.sub("", word)
        return bare, bare != word
    lowered = word.lower()
    match = _ARTICLE_PREFIX.match(lowered)
    if match:
        return word[match.end() :], True
    return word, False


@lru_cache(maxsize=262144)
def phonetic_key(ascii_word: str, keep_e: bool = False) -> str:
    """The phonetic key of one lowercase ASCII word (see the module docstring); with
    `keep_e`, e and o stay themselves: e stands for a, i or u across transcriptions
    (Yousef, Yusuf), which `vowels_agree` allows, while o against u tells surnames apart
    (Omarov, Umarov)."""
    key = ascii_word
    for pattern, repl in _E_REWRITES if keep_e else _REWRITES:
        key = pattern.sub(repl, key)
    return key


def vowels_agree(x: str, y: str) -> bool:
    """Keys kept with their e (`keep_e`) that differ only in vowels transcriptions swap:
    e for any vowel, o for u, and i for u after a u (Azerbaijani Yusif, Yunis)."""
    if len(x) != len(y) or x == y:
        return x == y
    previous = ""
    for a, b in zip(x, y, strict=True):
        if a != b:
            pair = {a, b}
            harmony = pair == {"i", "u"} and previous == "u"
            if not (("e" in pair and pair <= _VOWEL_SET) or pair == {"o", "u"} or harmony):
                return False
        if a in _VOWEL_SET:
            previous = a
    return True


_VOWEL_SET = frozenset("aeiou")


def skeleton_of(key: str) -> str:
    """A phonetic key without its vowels, doubled consonants merged: for blocking."""
    bare = _VOWELS.sub("", key[1:]) if key else ""
    return re.sub(r"(.)\1+", r"\1", key[:1] + bare)


@lru_cache(maxsize=131072)
def fold_key(text: str) -> str:
    """Script-folded words without punctuation or Arabic articles, joined by spaces."""
    parts: list[str] = []
    words = split_words(text)
    for word in words:
        if len(words) > 1 and is_article(word):
            continue
        bare, _ = strip_article(word)
        folded = re.sub(r"[^a-z0-9]", "", to_ascii(bare))
        if folded:
            parts.append(folded)
    return " ".join(parts)


def phonetic_keys(text: str) -> tuple[str, ...]:
    """Phonetic keys of a whole name: one per reading (Cyrillic г gives two)."""
    words = [strip_article(w)[0] for w in split_words(text) if not is_article(w)]
    variants: list[list[str]] = [[]]
    for word in words:
        readings = readings_of(word)
        variants = [[*v, phonetic_key(r)] for v in variants for r in readings][:4]
    return tuple(dict.fromkeys(" ".join(k for k in v if k) for v in variants))
