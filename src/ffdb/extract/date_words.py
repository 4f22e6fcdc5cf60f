"""Words of dates: month names (from `data/months.tsv`) and the qualifier vocabulary.

API:
    month_forms() -> ((month, language, form), ...)   # the table as written
    month_number(word) -> int | None      # "September", "сентября", "sentyabrın", "Eylül'de" -> 9
    fold_word(word) -> str                # the lookup key of a word (lower case, Turkish İ handled)
    PRE_QUALIFIERS, POST_QUALIFIERS       # surface word -> qualifier
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from typing import Final

# Azerbaijani and Turkish attach case endings to month names ("sentyabrın 13-də",
# "Eylül'de", "noyabrda"); generating every ending keeps the lookup one dict access.
_AZ_TR_ENDINGS: Final = (
    "",
    *[
        "ın",
        "in",
        "un",
        "ün",
        "a",
        "e",
        "ə",
        "ya",
        "ye",
        "yə",
        "da",
        "de",
        "də",
        "ta",
        "te",
        "dan",
        "den",
        "dən",
        "tan",
        "ten",
        "ında",
        "inde",
        "ində",
        "unda",
        "ünde",
        "ündə",
        "ına",
        "ine",
        "inə",
        "una",
        "üne",
        "ünə",
        "ın",
        "ının",
        "inin",
        "unun",
        "ünün",
    ],
)

_ASCII_FOLD: Final = str.maketrans("əışğüöçâîû", "eisguocaiu")


def fold_word(word: str) -> str:
    """Lower-case a word the way Turkish and Azerbaijani need ("İyun" -> "iyun")."""
    # Python lower-cases "İ" to "i" plus a combining dot; upper-case "KASIM" becomes
    # "kasim", which the ASCII-folded forms of the table cover.
    return word.replace("İ", "i").lower()


@cache
def month_forms() -> tuple[tuple[int, str, str], ...]:
    """(month, language, form) of the table, as written there."""
    text = resources.files("ffdb.extract").joinpath("data/months.tsv").read_text("utf-8")
    rows: list[tuple[int, str, str]] = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            number, lang, forms = line.split("\t")
            rows.extend((int(number), lang, form) for form in forms.split())
    return tuple(rows)


@cache
def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, lang, form in month_forms():
        endings = _AZ_TR_ENDINGS if lang in ("az", "tr") else ("",)
        if lang == "az":  # the month of a year: "2008-ci ilin avqustu", "ilin yanvarı"
            endings = (*endings, "ı", "i", "u", "ü")
        for ending in endings:
            word = form.rstrip(".") + ending
            table.setdefault(word, number)
            table.setdefault(word.translate(_ASCII_FOLD), number)
    return table


@lru_cache(maxsize=8192)
def month_number(word: str) -> int | None:
    """The month (1-12) a word names in any of the tables, or None."""
    key = fold_word(word).rstrip(".")
    for quote in ("'", "’"):
        # Turkish writes endings after an apostrophe: "Eylül'de", "Kasım’da"
        if quote in key:
            key = key.split(quote, 1)[0]
    table = _month_table()
    found = table.get(key)
    if found is None and not key.isascii():
        found = table.get(key.translate(_ASCII_FOLD))
    return found


# Words before a date that qualify it. Relations (since, before...) win over positions
# (early, late...) when both are present: "since the end of 2012" is "since".
PRE_QUALIFIERS: dict[str, str] = {
    # English positions within a period
    "early": "early",
    "beginning of": "early",
    "the beginning of": "early",
    "start of": "early",
    "the start of": "early",
    "mid": "mid",
    "middle of": "mid",
    "the middle of": "mid",
    "late": "late",
    "end of": "late",
    "the end of": "late",
    "spring": "spring",
    "spring of": "spring",
    "summer": "summer",
    "summer of": "summer",
    "fall": "autumn",
    "fall of": "autumn",
    "autumn": "autumn",
    "autumn of": "autumn",
    "winter": "winter",
    "winter of": "winter",
    # Russian
    "в начале": "early",
    "начале": "early",
    "с начала": "since",
    "в середине": "mid",
    "середине": "mid",
    "в конце": "late",
    "конце": "late",
    "к концу": "late",
    "с конца": "since",
    "весной": "spring",
    "летом": "summer",
    "осенью": "autumn",
    "зимой": "winter",
}

RELATIONS: dict[str, str] = {
    "since": "since",
    "after": "after",
    "before": "before",
    "prior to": "before",
    "until": "until",
    "till": "until",
    "up to": "until",
    "circa": "circa",
    "c.": "circa",
    "ca.": "circa",
    "around": "circa",
    "about": "circa",
    "approximately": "circa",
    "roughly": "circa",
    "с": "since",
    "со": "since",
    "начиная с": "since",
    "после": "after",
    "до": "before",
    "по": "until",
    "около": "circa",
    "примерно": "circa",
    "примерно в": "circa",
    "приблизительно": "circa",
}

# Words after an Azerbaijani or Turkish year in the genitive ("2013-cü ilin sonunda",
# "2013 yılının sonlarında") or after an ablative/dative year ("2010-cu ildən bəri").
POST_QUALIFIERS: dict[str, str] = {
    "sonunda": "late",
    "sonlarında": "late",
    "sonuna": "late",
    "sonlarına": "late",
    "əvvəlində": "early",
    "əvvəllərində": "early",
    "başında": "early",
    "başlarında": "early",
    "ortasında": "mid",
    "ortalarında": "mid",
    "yazında": "spring",
    "ilkbaharında": "spring",
    "baharında": "spring",
    "yayında": "summer",
    "payızında": "autumn",
    "sonbaharında": "autumn",
    "qışında": "winter",
    "kışında": "winter",
}

# After an ablative year ("-dən", "'dan"): since/after/before; after a dative: until.
POST_RELATIONS_ABLATIVE: dict[str, str] = {
    "bəri": "since",
    "etibarən": "since",
    "beri": "since",
    "itibaren": "since",
    "sonra": "after",
    "əvvəl": "before",
    "önce": "before",
    "evvel": "before",
}
POST_RELATIONS_DATIVE: dict[str, str] = {
    "qədər": "until",
    "kimi": "until",
    "dək": "until",
    "kadar": "until",
    "dek": "until",
}
