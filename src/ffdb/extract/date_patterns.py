"""The compiled regular expressions of `dates.py`, one per shape of date.

Every shape holds a digit, so `dates.py` only runs them near digits. Month words are
matched as any word and checked against the month tables afterwards, which keeps the
expressions small and lets the tables grow without touching them.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.date_words import PRE_QUALIFIERS, RELATIONS, month_forms

_NOT_LETTER: Final = r"(?![^\W\d_])"
_WORD: Final = r"[^\W\d_]+(?:['’][^\W\d_]+)?\.?"
_YEAR: Final = r"(?:19\d\d|20\d\d|2100)(?!\d)"
_DASH: Final = r"\s*[-–—]\s*"
_DAY: Final = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"

# Shapes start with a digit class and check the character before it afterwards: Python's
# regex engine then skips ahead to candidate digits quickly (six times faster than a
# look-behind first).
_GUARD: Final = r"[\w.,:/+-]"


def _lead_year(guard: str = _GUARD) -> str:
    return r"(?P<y>[12](?<!" + guard + r"[12])(?:9\d\d|0\d\d|100)(?!\d))"


def _lead_number(name: str) -> str:
    """One or two digits opening a shape; their range is checked in dates.py."""
    return r"(?P<" + name + r">\d(?<!" + _GUARD + r"\d)\d?)(?!\d)"


# Case endings and words that follow a year: Russian "года", Azerbaijani "-cü ildə",
# Turkish "yılının", "'te". Consumed so the span holds them and post-qualifiers follow.
YEAR_TAIL: Final = (
    r"(?P<tail>\s*год(?:ах|ами|ов|ом|ы|у|а)?" + _NOT_LETTER + r"|\s*гг?\.|\s*г" + _NOT_LETTER + r""
    r"|\s?-?\s?[cç][iıuü]" + _NOT_LETTER + r"(?:\s+il(?:l[əe]r(?:d[əe]n|d[əe]|ind[əe]|in|i)?"
    r"|[əe]d[əe]k|ind[əe]|inin|d[əe]n|d[əe]|in|[əe]|i)?" + _NOT_LETTER + r")?"
    r"|\s+il(?:[əe]d[əe]k|ind[əe]|inin|d[əe]n|d[əe]|in|ə|i)?" + _NOT_LETTER + r""
    r"|\s+yıl(?:lar(?:ında|ı|ın|dan)?|ında|ının|ından|ına|ı)?" + _NOT_LETTER + r""
    r"|['’](?:[dt][ae]n|[dt][ae]|[ıiuü]n|y[ae]|[ae])" + _NOT_LETTER + r")?"
)
_YEAR_TAIL2: Final = YEAR_TAIL.replace("?P<tail>", "?P<tail2>")

# Endings of a day number: "13th", "13-го", "13-də" (Azerbaijani), "13'ünde" (Turkish).
_DAY_TAIL: Final = (
    r"(?:st|nd|rd|th|-?(?:го|ого|е)|-?[cç][iıuü]|-?[dt][aeə]|['’][dt][ae]"
    r"|['’]?[ıiuü]nd[ae]|['’]?s[ıiuü])?" + _NOT_LETTER
)
# A number after a month that counts something ("2021-ci ilin aprelində 8 il müddətinə",
# "в апреле 12 человек"): no day of it.
_NOT_COUNTED: Final = (
    r"(?!\s+(?:il|ilə|yıl|ay|gün|saat|nəfər|kişi|лет|года|год|месяцев|дней|человек|years?|"
    r"months?|days|people|men)" + _NOT_LETTER + r")"
)
# Turkish and Azerbaijani may say "Eylül ayında", "sentyabr ayının".
_MONTH_WORD: Final = r"(?:\s+ay(?:ının|ında|ın|ı)" + _NOT_LETTER + r")?"

# "2001-2003", "1999–2005", "2001-03", "2001-2003-cü illərdə", "2015/16" (consecutive only)
YEAR_RANGE: Final = re.compile(
    _lead_year(r"[\w.,:/+]") + r"(?:" + _DASH + r"|(?P<slash>/))(?P<y2>" + _YEAR + r"|\d\d(?!\d))"
    r"(?![-/.]\d)" + _YEAR_TAIL2
)
# "2014-09-13", "2014/09/13"
ISO_DAY: Final = re.compile(_lead_year() + r"(?P<s>[-/.])(?P<m>\d\d?)(?P=s)(?P<d>\d\d?)(?![\d])")
# "2014-09" (a month) — told apart from "2008-09" (a range) in dates.py
ISO_MONTH: Final = re.compile(_lead_year() + r"-(?P<m>0[1-9]|1[0-2])(?![\d]|-\d)")
# "13.09.2014", "13/09/2014", "9-13-2014"
NUMERIC_DMY: Final = re.compile(
    _lead_number("d") + r"(?P<s>[./-])(?P<m>\d\d?)(?P=s)(?P<y>" + _YEAR + r")"
    r"(?![.,]\d)" + YEAR_TAIL
)
# "09.2014"
NUMERIC_MY: Final = re.compile(
    r"(?P<m>[01](?<!" + _GUARD + r"[01])\d)[./](?P<y>" + _YEAR + r")(?![.,]\d)" + YEAR_TAIL
)
# "13 September 2014", "03 – 04 January 2014", "13 сентября 2014 года", "13 sentyabr 2014-cü il"
DAY_MONTH_YEAR: Final = re.compile(
    _lead_number("d")
    + r"(?:"
    + _DASH
    + r"(?P<d2>"
    + _DAY
    + r"))?"
    + _DAY_TAIL
    + r"\s+(?:of\s+)?(?P<mw>"
    + _WORD
    + r")"
    + _MONTH_WORD
    + r"(?:,?\s+(?P<y>"
    + _YEAR
    + r")"
    + YEAR_TAIL
    + r")?"
)
# "September 13, 2014", "November 8", "sentyabrın 13-də"
MONTH_DAY_YEAR: Final = re.compile(
    r"(?<![\w-])(?P<mw>"
    + _WORD
    + r")\s+(?:the\s+)?(?P<d>"
    + _DAY
    + r")(?:"
    + _DASH
    + r"(?P<d2>"
    + _DAY
    + r"))?"
    + _DAY_TAIL
    + _NOT_COUNTED
    + r"(?![\d]|[:.,/]\d)"
    + r"(?:,?\s+(?P<y>"
    + _YEAR
    + r")"
    + YEAR_TAIL
    + r")?"
)
# "September 2014", "September-November 2008", "в сентябре 2014 года", "Eylül 2014"
MONTH_YEAR: Final = re.compile(
    r"(?<!\w)(?P<mw>"
    + _WORD
    + r")(?:"
    + _DASH
    + r"(?P<mw2>"
    + _WORD
    + r"))?"
    + _MONTH_WORD
    + r",?\s+(?:of\s+)?(?P<y>"
    + _YEAR
    + r")"
    + YEAR_TAIL
)
# Azerbaijani and Turkish put the year first: "2014-cü ilin sentyabr ayında",
# "2014-cü il sentyabrın 13-də", "2014 yılı Eylül ayında"
YEAR_MONTH: Final = re.compile(
    _lead_year()
    + YEAR_TAIL
    # not over a line break: "Bakı, 5 mart 2019\n\nMartın 3-də"; a comma only in a
    # timeline's heading ("2013, aprel – Suriyaya gedir")
    + r"(?:[^\S\n]+|,[^\S\n]+(?=[^\W\d_]+[^\S\n]*[–—:-]))(?P<mw>"
    + _WORD
    + r")"
    + _MONTH_WORD
    + r"(?:\s+(?P<d>"
    + _DAY
    + r")"
    + _DAY_TAIL
    + _NOT_COUNTED
    + r")?"
)
# "1990s", "1990-х годах", "1990-cı illərdə", "1990'larda"
DECADE: Final = re.compile(
    r"(?P<y>[12](?<!"
    + _GUARD
    + r"[12])(?:9\d|0\d)0)(?:['’]?s|-?(?:х|е|ых)|\s?-?[cç][ıiuü]\s+ill[əe]r\w*"
    r"|['’]?l[ae]r\w*|['’]lı\s+yıllar\w*)" + _NOT_LETTER
)
# "2014", "in 2014", "в 2014 году", "2014-cü ildə", "2014 yılında", "2014'te"
YEAR: Final = re.compile(_lead_year(r"[\w.,:/+]") + YEAR_TAIL)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _forms(*langs: str) -> list[str]:
    """Month words that may stand alone: no abbreviations (written with a final dot)."""
    return sorted({f for _, lang, f in month_forms() if lang in langs and not f.endswith(".")})


def _stems(words: list[str]) -> tuple[str, ...]:
    """Four-letter beginnings of the words, none the prefix of another."""
    stems: list[str] = []
    for stem in sorted({w.lower()[:4] for w in words}, key=len):
        if not any(stem.startswith(s) for s in stems):
            stems.append(stem)
    return tuple(sorted(stems))


_EN_MONTHS: Final = "|".join(f.capitalize() for f in _forms("en"))
# The first letters of every month word MONTH_ONLY knows: `dates.py` looks for these
# with str.find (one fast pass each) and runs MONTH_ONLY only around them.
_STEMS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": tuple(s.capitalize() for s in _stems(_forms("en"))),  # English months stand capitalised
    "ru": _stems(_forms("ru", "uk")),
    "uk": _stems(_forms("uk", "ru")),
    "az": _stems(_forms("az", "translit")),
    "tr": _stems(_forms("tr")),
}


STEM_LANGUAGES: Final = frozenset(_STEMS_BY_LANGUAGE)  # those with a table of their own


def month_stems(language: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(stems to find in the text as is, stems to find in its lower case) for a language;
    every language's when it is None or has no table of its own."""
    if language in _STEMS_BY_LANGUAGE:
        stems = _STEMS_BY_LANGUAGE[language]
        return (stems, ()) if language == "en" else ((), stems)
    lower = {s for lang, stems in _STEMS_BY_LANGUAGE.items() if lang != "en" for s in stems}
    return _STEMS_BY_LANGUAGE["en"], tuple(sorted(lower))


_TR_LOCATIVE: Final = [f for f in _forms("tr") if f not in ("ocak", "ekim", "aralık")]

# A month without day or year, only where the wording makes it one: after a preposition
# or "last" in English (capitalised: "may" and "march" are verbs) and Russian, with a locative
# ending in Azerbaijani and Turkish. The year is inferred as for "18 December".
MONTH_ONLY: Final = re.compile(
    r"(?<![\w-])(?:"
    r"(?i:in|during|since|until|till|before|after|by|between|from)\s+(?:(?i:early|late)\s+|mid-)?"
    r"(?P<en>(?-i:" + _EN_MONTHS + r"))"
    r"|(?:(?i:early|late)\s+|mid-)(?P<en2>(?-i:" + _EN_MONTHS + r"))"
    r"|(?i:last|this\s+past)\s+(?P<en3>(?-i:" + _EN_MONTHS + r"))"
    r"|(?i:в|во|с|со|до|к|после|в\s+конце|в\s+начале|в\s+середине|к\s+концу|с\s+начала|"
    r"в\s+(?:прошлом|минувшем|этом))\s+"
    r"(?P<ru>(?i:" + _alternation(_forms("ru", "uk")) + r"))"
    r"|(?P<az>(?i:" + _alternation(_forms("az", "translit")) + r"))(?:ın|in|un|ün)?"
    r"(?:\s+ay(?:ında|ının\s+\w+)|[dt][aeə](?:n\s+(?:bəri|etibarən))?)"
    r"|(?P<tr>(?i:" + _alternation(_forms("tr")) + r"))(?:['’][dt][ae]|\s+ayında"
    r"|\s+ayının\s+(?:sonunda|başında|ortasında|sonlarında|başlarında))"
    # "haziranda", "kasımda", "mayısta": the locative written on; not "ocak", "ekim",
    # "aralık", which are also a hearth, a sowing and a gap
    r"|(?P<tr2>(?i:" + _alternation(_TR_LOCATIVE) + r"))[dt][ae]"
    # "bu yılın şubatında", "haziranın sonunda", "iyunun sonunda": the month's own
    r"|(?P<tr3>(?i:" + _alternation(_TR_LOCATIVE) + r"))(?:ın|in|un|ün)(?:d[ae]|\s+"
    r"(?:sonunda|başında|ortasında|sonlarında|başlarında))"
    r"|(?P<az2>(?i:" + _alternation(_forms("az", "translit")) + r"))(?:ın|in|un|ün)\s+"
    r"(?:sonunda|əvvəlində|ortasında|sonlarında|əvvəllərində|başında)"
    r")(?![\w-])(?!\s*,?\s*\d)"
)


# Matched against the text just before a date, anchored at its end. A match that is
# not empty opens with the first letter of one of its words: the look-ahead on those
# letters fails fast at the other positions `search` tries (a third of the cost).
_PRE_FIRST: Final = "".join(sorted({w[0] for w in (*RELATIONS, *PRE_QUALIFIERS, "the", "в", "во")}))
PRE_QUALIFIER: Final = re.compile(
    r"(?=[" + _PRE_FIRST + r"]|$)"
    r"(?:\b(?P<rel>" + _alternation(list(RELATIONS)) + r")\s+)?(?:(?:the|в|во)\s+)?"
    r"(?:\b(?P<pos>" + _alternation(list(PRE_QUALIFIERS)) + r")(?:\s*-\s*|\s+))?$",
    re.IGNORECASE,
)
# The last word of each phrase PRE_QUALIFIER takes ("the end of": "of"; "ca."): a match
# that is not empty ends in one of them, then spaces or a hyphen (`may_qualify`).
_PRE_LAST_WORDS: Final[tuple[str, ...]] = tuple(
    sorted({w.split()[-1].lower() for w in (*RELATIONS, *PRE_QUALIFIERS, "the", "в", "во")})
)


def may_qualify(text: str, low: str | None, lo: int, pos: int) -> bool:
    """Whether `PRE_QUALIFIER.search(text, lo, pos)` may find more than an empty match
    (at `pos`, or before a line break ending the stretch): the text before `pos`, less its
    spaces or a hyphen, ends as a phrase of it does ("in early 2014": no; "since 2014":
    may). `low`: `text` as `scan.folded` gives it (None: a match may be found). Most
    dates follow no such word: the words before them are not read."""
    if low is None:
        return True
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end > lo and text[end - 1] == "-":  # "mid-2014", "early - 2014"
        end -= 1
        while end > lo and text[end - 1].isspace():
            end -= 1
    elif end == pos:
        return False  # nothing between the word and the date: none ends there
    return low.endswith(_PRE_LAST_WORDS, lo, end)


# Any word of a qualifier: the pre-qualifier expression only runs when one is near.
QUALIFIER_WORDS: Final = frozenset(
    w for phrase in (*RELATIONS, *PRE_QUALIFIERS) for w in re.findall(r"[^\W\d_]+", phrase.lower())
) - {"the", "of", "в", "во", "to"}
# Connectors between two dates that make a range; the lead word before the first date
# decides which connectors count ("between 1999 and 2013", "from May to June 2014",
# "с 2001 по 2003 год", "1999 ile 2013 arasında").
RANGE_LEAD: Final = re.compile(r"\b(?P<lead>between|from|между|с|со|from the)\s+$", re.IGNORECASE)
RANGE_JOIN: Final = re.compile(
    r"\s*(?P<join>and|to|until|till|through|и|по|до|ile|və|-|–|—)\s*$", re.IGNORECASE
)
RANGE_AFTER: Final = re.compile(r"\s+(?:yılları\s+|ill[əe]r\s+)?aras[ıi]nda\b", re.IGNORECASE)
LEAD_JOINS: Final = {
    "between": {"and", "-", "–", "—"},
    "from": {"to", "until", "till", "through", "-", "–", "—"},
    "from the": {"to", "until", "till", "through"},
    "между": {"и"},
    "с": {"по", "до", "-", "–", "—"},
    "со": {"по", "до", "-", "–", "—"},
}

# Words after a bare number that show it is a count, not a year ("2000 fighters").
COUNT_WORDS: Final = frozenset(
    [
        "people",
        "persons",
        "men",
        "women",
        "children",
        "fighters",
        "militants",
        "soldiers",
        "troops",
        "families",
        "members",
        "citizens",
        "nationals",
        "residents",
        "refugees",
        "foreigners",
        "jihadists",
        "volunteers",
        "recruits",
        "victims",
        "dead",
        "killed",
        "km",
        "kilometres",
        "kilometers",
        "metres",
        "meters",
        "miles",
        "kg",
        "dollars",
        "usd",
        "euros",
        "eur",
        "manat",
        "manats",
        "rubles",
        "roubles",
        "lira",
        "liras",
        "times",
        "cases",
        "votes",
        "pages",
        "words",
        "years",
        "days",
        "hours",
        "человек",
        "людей",
        "боевиков",
        "граждан",
        "жителей",
        "рублей",
        "долларов",
        "манатов",
        "лет",
        "км",
        "раз",
        "nəfər",
        "nəfərin",
        "manat",
        "dollar",
        "il",
        "kişi",
        "kişiyi",
        "adam",
        "militan",
        "militanı",
        "dolar",
        "lira",
        "yıl",
        "gün",
    ]
)
# Words before a number that make it an index, not a year ("page 2012", "No. 1999").
INDEX_WORDS: Final = frozenset(
    [
        "p.",
        "pp.",
        "page",
        "pages",
        "no.",
        "nos.",
        "no",
        "№",
        "#",
        "tel.",
        "tel",
        "phone",
        "fax",
        "id",
        "vol.",
        "issue",
        "art.",
        "article",
        "стр.",
        "с.",
        "ст.",
        "статья",
        "статьи",
        "тел.",
        "maddə",
        "maddəsi",
        "madde",
        "maddesi",
        "s.",
        "tel:",
    ]
)
