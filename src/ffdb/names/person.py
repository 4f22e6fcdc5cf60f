"""The structure of a person's name: its parts, each with its comparison keys.

    Abu Yahya al-Azeri      → kunya "Yahya" (abu), nisba "Azeri"
    Elşən Vaqif oğlu Qurbanov → given "Elşən", surname "Qurbanov" (the patronymic
                               "Vaqif oğlu" is dropped: sources give it or not)
    Ашуров Ниджат           → surname "Ашуров", given "Ниджат" (order is not trusted)

Every word is analysed once (`analyse_word`, cached) so that two names sharing a word
share its `Part` object, and comparisons of parts can be cached by identity.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ffdb.names.normalise import is_article, phonetic_key, split_words, strip_article
from ffdb.names.translit import readings_of, script_of

__all__ = [
    "Part",
    "PersonName",
    "analyse_person",
    "analyse_word",
    "display_name",
    "joined_keys",
    "surname_form",
]

KUNYA_MARKERS = {
    "abu": "abu", "abou": "abu", "aboo": "abu", "ebu": "abu", "abi": "abu", "abo": "abu",
    "абу": "abu", "أبو": "abu", "ابو": "abu", "أبي": "abu", "ابي": "abu", "əbu": "abu",
    "umm": "umm", "um": "umm", "ummu": "umm", "ümmü": "umm", "umm-": "umm", "умм": "umm",
    "أم": "umm", "ام": "umm",
}  # fmt: skip
IBN_MARKERS = frozenset(
    ["ibn", "bin", "ben", "bint", "ibnu", "бин", "ибн", "бен", "بن", "ابن", "بنت"]
)
# oğlu, oghlu, ogly, оглы; qızı, gizi, kyzy, кызы: compared by phonetic key
PATRONYMIC_KEYS = frozenset(("uklu", "ukli", "kizi", "kiz", "hizi"))
TITLES = frozenset(
    [
        "sheikh",
        "shaykh",
        "shaikh",
        "şeyx",
        "şeyh",
        "шейх",
        "шейха",
        "ustadh",
        "ustaz",
        "dr",
        "mr",
        "mrs",
        "ms",
        "الشيخ",
        "شيخ",
    ]
)
_PATRONYMIC_SUFFIX = re.compile(
    r"(?:ovich|evich|ovna|evna|ovych|ович|евич|овна|евна|ьевич|ьевна)$", re.IGNORECASE
)
_CONSONANT_CLASS = re.compile(r"[aiuvy]")  # vowels, and glides Arabic writes as vowels
# the article inside 'Abd al-X' and 'X ad-Din' compounds, however they are written
_ABD = re.compile(r"^abd(?:[aeiou](?:l+|(?=[tdrzsn])))")
_DIN = re.compile(r"(?<=[a-z]{3})[aeiou][dl]{0,2}din[e]?$")
_ARABIC_COMPOUND_HEAD = ("عبد",)
_RUSSIAN_G = re.compile(r"(?<![sczkdt])g(?!h)")  # not the g of a digraph it would make
_DIN_WORDS = frozenset(("din", "deen", "dine", "الدين", "дин"))


@dataclass(frozen=True, slots=True, eq=False)
class Part:
    """One word of a name with its readings; compared by identity (see module doc)."""

    text: str
    role: str  # given | surname | kunya | nisba | ibn | initial | patronymic
    folds: tuple[str, ...]  # ASCII readings
    keys: tuple[str, ...]  # phonetic keys, one per reading and ambiguous letter
    ekeys: tuple[str, ...]  # the same keeping e (see normalise.vowels_agree)
    consonants: tuple[str, ...]  # keys without vowels and glides, for Arabic script
    script: str
    form: str  # surname form: ov | ova | li | zade | sky | yan | dze | ""
    marker: str = ""  # abu | umm for a kunya


@dataclass(frozen=True, slots=True, eq=False)
class PersonName:
    text: str
    parts: tuple[Part, ...]
    # the parts by role, sorted once here because the matcher asks for them on every pair
    names: tuple[Part, ...]  # given, surname, initial, nisba, ibn
    kunyas: tuple[Part, ...]
    nisbas: tuple[Part, ...]
    plain: tuple[Part, ...]  # given, surname, initial, ibn
    fathers: tuple[Part, ...]

    def with_role(self, *roles: str) -> list[Part]:
        return [p for p in self.parts if p.role in roles]


def surname_form(ascii_word: str) -> str:
    """The family of surname ending: -ov/-ev/-yev (ov), -ova/-eva (ova), -li/-lı/-lu (li),
    -zade (zade), -sky, -yan, -dze/-shvili; "" when the word has none."""
    word = ascii_word
    if len(word) < 5:
        return ""
    for form, pattern in _FORMS:
        if pattern.search(word):
            return form
    return ""


_FORMS = tuple(
    (form, re.compile(pattern))
    for form, pattern in (
        ("ova", r"(?:ova|eva|yeva|ieva)$"),
        ("ov", r"(?:ov|ev|yev|iev|off)$"),
        ("zade", r"(?:zade|zadeh|zada)$"),
        ("sky", r"(?:sky|skiy|ski|skii|skaya)$"),
        ("yan", r"(?:yan|ian|yants)$"),
        ("dze", r"(?:dze|shvili|svili)$"),
        ("li", r"(?:li|ly|lu)$"),
    )
)


def _variants_of(ascii_word: str) -> tuple[str, ...]:
    """ASCII spellings an ambiguous letter allows: c is j (Azerbaijani, Turkish), ç without
    its cedilla, k (English) or ts (Georgian, Slavic); x is kh (Azerbaijani) or ks; g may be
    Russian for h."""
    out = [ascii_word]
    if re.search(r"c(?!h)", ascii_word):
        out = [re.sub(r"c(?!h)", r, w) for w in out for r in ("j", "ch", "k", "ts")]
    if "x" in ascii_word:
        out = [*out, *(w.replace("x", "ks") for w in out)]
    if _RUSSIAN_G.search(ascii_word):
        # Russian spelling gives Azerbaijani h as g: Guseynov = Hüseynov, Gasan = Həsən
        out = [*out, *(_RUSSIAN_G.sub("h", w) for w in out)]
    return tuple(dict.fromkeys(out))[:8]


def _abd_compound(ascii_word: str) -> str:
    # 'Abd al-Rahman', 'Abdurrahman' and 'Abdul Rahman' share 'abd' + 'rahman';
    # 'Salah ad-Din' and 'Salahuddin' share 'salah' + 'din'
    word = "abd" + ascii_word[3:] if ascii_word.startswith("ebd") else ascii_word
    if word.startswith("abd"):
        # twice: 'abdulaziz' → 'abdaziz' → 'abdziz', as 'abd' + 'aziz' does
        word = _ABD.sub("abd", _ABD.sub("abd", word))
    return _DIN.sub("din", word)


@lru_cache(maxsize=262144)
def analyse_word(word: str, role: str = "given", marker: str = "") -> Part:
    """The readings and keys of one word in the given role (cached)."""
    script = script_of(word)
    folds = tuple(re.sub(r"[^a-z]", "", r) for r in readings_of(word))
    spellings = tuple(dict.fromkeys(v for f in folds for v in _variants_of(_abd_compound(f))))
    keys = tuple(dict.fromkeys(phonetic_key(s) for s in spellings))
    ekeys = tuple(dict.fromkeys(phonetic_key(s, keep_e=True) for s in spellings))
    consonants = tuple(dict.fromkeys(_CONSONANT_CLASS.sub("", k) for k in keys))
    form = surname_form(folds[0]) if folds and role != "patronymic" else ""
    if role == "given" and form:
        role = "surname"
    return Part(word, role, folds, keys, ekeys, consonants, script, form, marker)


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isalpha()


def _words_of(text: str) -> list[tuple[str, bool]]:
    """(word, had an article) pairs; hyphens split words, articles mark the next word."""
    out: list[tuple[str, bool]] = []
    article = False
    for raw in split_words(unicodedata.normalize("NFC", text.replace(".", ". "))):
        for piece in [p for p in raw.split("-") if p] if "-" in raw else [raw]:
            bare, had, alone = _piece_of(piece)
            if alone:
                article = True
                continue
            out.append((bare, had or article))
            article = False
    return out


@lru_cache(maxsize=65536)
def _piece_of(piece: str) -> tuple[str, bool, bool]:
    """(the word without an Arabic-script article, whether it had one, whether it is the
    article standing alone)."""
    bare, had = strip_article(piece)
    return bare, had, is_article(bare)


@lru_cache(maxsize=65536)
def _kind_of(word: str) -> str:
    """marker (oğlu, qızı), title (sheikh), father (Ахмедович) or an empty string."""
    if any(phonetic_key(r) in PATRONYMIC_KEYS for r in readings_of(word)):
        return "marker"
    if word.lower() in TITLES:
        return "title"
    return "father" if _PATRONYMIC_SUFFIX.search(word) else ""


def _split_patronymics(words: list[tuple[str, bool]]) -> tuple[list[tuple[str, bool]], list[str]]:
    """(the other words, the fathers' names): 'Vaqif oğlu' and 'Ахмедович' name the
    father; sources give them or not, but two different ones are two people."""
    kept: list[tuple[str, bool]] = []
    fathers: list[str] = []
    for word, article in words:
        kind = _kind_of(word)
        if kind == "marker":
            if kept:
                fathers.append(kept.pop()[0])
        elif kind == "father" and len(words) > 2:
            fathers.append(_PATRONYMIC_SUFFIX.sub("", word))
        elif kind != "title":
            kept.append((word, article))
    return kept, fathers


def _merge_compounds(words: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """'Abd al-Rahman', 'Abdul Rahman', 'Salah ad-Din', 'صلاح الدين': one name each."""
    out: list[tuple[str, bool]] = []
    for word, article in words:
        low = word.lower()
        if out and (low in _DIN_WORDS or (low == "دين" and article)):
            out[-1] = (out[-1][0] + "din", out[-1][1])
            continue
        if out and _is_abd(out[-1][0]) and not out[-1][1]:
            out[-1] = ("abd" + word if script_of(word) != "arabic" else "عبد" + word, False)
            continue
        out.append((word, article))
    return out


def _is_abd(word: str) -> bool:
    low = word.lower()
    return (low.startswith("abd") and len(low) <= 5) or low in _ARABIC_COMPOUND_HEAD


@lru_cache(maxsize=131072)
def analyse_person(text: str) -> PersonName:
    """The parts of a person's name (cached)."""
    words, fathers = _split_patronymics(_words_of(text))
    words = _merge_compounds(words)
    parts: list[Part] = []
    index = 0
    after_kunya = False
    while index < len(words):
        word, article = words[index]
        low = word.lower()
        following = words[index + 1][0] if index + 1 < len(words) else None
        if low in KUNYA_MARKERS and following is not None:
            parts.append(analyse_word(following, "kunya", KUNYA_MARKERS[low]))
            index, after_kunya = index + 2, True
            continue
        if low in IBN_MARKERS and following is not None:
            parts.append(analyse_word(following, "ibn"))
            index += 2
            continue
        if _is_initial(word):
            role = "initial"
        elif article or (after_kunya and script_of(word) != "arabic"):
            role = "nisba"
        else:
            role = "given"
        parts.append(analyse_word(word, role))
        index += 1
    parts.extend(analyse_word(f, "patronymic") for f in fathers if f)

    def having(*roles: str) -> tuple[Part, ...]:
        return tuple(p for p in parts if p.role in roles)

    return PersonName(
        text,
        tuple(parts),
        names=having("given", "surname", "initial", "nisba", "ibn"),
        kunyas=having("kunya"),
        nisbas=having("nisba"),
        plain=having("given", "surname", "initial", "ibn"),
        fathers=having("patronymic"),
    )


@lru_cache(maxsize=65536)
def joined_keys(name: PersonName) -> tuple[str, ...]:
    """Phonetic keys of the given names and surnames run together (Li Wenbo = 李文博),
    computed only for the names whose parts do not pair one to one."""
    simple = [p for p in name.parts if p.role in ("given", "surname")]
    return tuple(dict.fromkeys("".join(k) for k in _key_product(simple)))


def _key_product(parts: list[Part]) -> list[list[str]]:
    combos: list[list[str]] = [[]]
    for part in parts:
        combos = [[*c, k] for c in combos for k in part.keys][:8]
    return combos


def display_name(names: Iterable[str]) -> str | None:
    """The name to show a person by, from the names sources give: the commonest full name
    (given name and surname), a kunya or a single word only when no source gives more
    ("Nicat Əliyev", not the "Abu Yusuf al-Azeri" of the channel posts merged into him).
    Ties go to the name seen first."""
    seen = list(names)
    full = [n for n in seen if len(analyse_person(n).plain) >= 2]
    pool = full or seen
    return Counter(pool).most_common(1)[0][0] if pool else None
