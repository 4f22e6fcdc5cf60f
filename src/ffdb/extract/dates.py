"""Dates in text, with their precision, qualifier and range, in English, Russian,
Azerbaijani and Turkish (and Latin transliterations of Russian month names).

API:
    find_dates(text, doc_date=None, language=None, *, infer_year=True) -> list[DateSpan]
    normalise_date(text, doc_date=None) -> DateSpan | None
    DateSpan(start, end, text, value, qualifier=None, end_value=None, inferred_year=False)

`value` is an ISO prefix carrying the precision: "2014", "2014-09", "2014-09-13".
Qualifiers: early, mid, late, spring, summer, autumn, winter (positions within the
period) or since, after, before, until, circa (relations); a relation wins when both are
written ("since the end of 2012" -> "since"). Ranges set `end_value`.

A day or month without a year ("as recently as 18 December", "November 8:", "in
November", "в ноябре", "noyabrda", "Kasım'da") takes the year of `doc_date` (one year
earlier if that would put it after `doc_date`: reports tell of the past; so does
"last March", "в прошлом марте" written in March itself); without
`doc_date`, the year of the nearest explicit date of the same month (a tracker's
headings), else the nearest explicit year before it, else after it; else it is dropped.
`inferred_year` says so. With `infer_year=False` such dates are kept with ISO's
year-less form "--11-08" / "--11".

Ages ("37 years old", "37 лет", "37 yaşında"), counts ("2000 fighters"), page and verse
numbers, phone numbers and years outside 1900-2100 are not dates. The rules are regular
expressions run only around digits (and month words), so most text costs one scan.
`language` (ISO 639-1), when known, narrows the month words looked for alone and tells
English, where lower-case "may"/"march" are verbs. A Hijri month with its year ("Sha'ban
1435", "Сафар 1439 года") is the Gregorian year (`date_hijri`), unless a Gregorian date
beside it glosses it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from ffdb.extract import date_patterns as P
from ffdb.extract.at_places import Occurrences
from ffdb.extract.date_head import head_date
from ffdb.extract.date_headings import heading_scopes, heading_year
from ffdb.extract.date_hijri import hijri_alone
from ffdb.extract.date_hits import DIGIT_SHAPES, WORD_SHAPES, Hit
from ffdb.extract.date_relative import (
    counted_dates,
    dateline_hit,
    drop_apposed,
    drop_within,
    relative_days,
    relative_years,
    same_years,
)
from ffdb.extract.date_words import (
    POST_QUALIFIERS,
    POST_RELATIONS_ABLATIVE,
    POST_RELATIONS_DATIVE,
    PRE_QUALIFIERS,
    RELATIONS,
    fold_word,
    month_number,
)
from ffdb.extract.scan import folded

EXTRACTOR: Final = "date_rules.v1"


@dataclass(slots=True, unsafe_hash=True)
class DateSpan:
    start: int  # character offsets in the text
    end: int
    text: str  # the matched text
    value: str  # ISO prefix: "2014", "2014-09", "2014-09-13"
    qualifier: str | None = None  # early|mid|late|spring|...|before|after|circa|since|until
    end_value: str | None = None  # ranges: "between 1999 and 2013" -> "1999" .. "2013"
    inferred_year: bool = False  # the year came from doc_date or the context

    # Written out: mypyc compiles it, where the `__init__` dataclass generates runs
    # interpreted, twice slower. Not frozen, which set each field through
    # `object.__setattr__` (most of the cost of a date's making, as for `Sentence`);
    # hashed by its fields all the same, and nothing changes one once made.
    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        value: str,
        qualifier: str | None = None,
        end_value: str | None = None,
        inferred_year: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.qualifier = qualifier
        self.end_value = end_value
        self.inferred_year = inferred_year


# `\d+` written to open with a class, not a repeat: `re` then skips to the digits, where
# it tried every position of the text (the same matches).
_DIGITS: Final = re.compile(r"\d\d*")
_WORD: Final = re.compile(r"[^\W\d_]+")
_MARGIN: Final = 48  # characters of context a shape may reach on each side of a digit
# The word before a number, matched on the reversed text before it (anchored, so cheap).
# (A word, then an optional apostrophe and word: an optional group before the word had
# `re` run its slower repeat machinery; the same matches.)
_WORD_BEFORE_REVERSED: Final = re.compile(r"\s*(?:[-–—]\s*)?,?\s*\.?[^\W\d_]+(?:['’][^\W\d_]+)?")


Window = tuple[int, int, list[int], list[tuple[int, int]]]


def _windows(text: str) -> list[Window]:
    """Stretches of text near digits, merged, with where their numbers start and the
    runs of digits they hold (spans)."""
    runs: list[tuple[int, int]] = []
    spans: list[tuple[int, int, list[int]]] = []
    numbers: list[int] = []  # where the numbers of the window open start
    size, lo, hi = len(text), 0, 0
    for m in _DIGITS.finditer(text):
        start, end = m.span()
        runs.append((start, end))
        if numbers and start - _MARGIN <= hi:  # within reach of the window open
            numbers.append(start)
        else:
            if numbers:
                spans.append((lo, hi, numbers))
            lo, numbers = max(0, start - _MARGIN), [start]
        hi = min(size, end + _MARGIN)
    if numbers:
        spans.append((lo, hi, numbers))
    # widen to whitespace so no word is cut in two at a window's edge
    out = []
    for lo, hi, numbers in spans:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        # no run of digits crosses a window's edge: a space or the text's end
        inside = runs[bisect.bisect_left(runs, (lo,)) : bisect.bisect_left(runs, (hi,))]
        out.append((lo, hi, numbers, inside))
    return out


def _month_word_starts(text: str, lo: int, numbers: list[int]) -> list[int]:
    """Starts of month words right before a number, or before a month before a dash."""
    starts: set[int] = set()
    # the text before the last number reversed once: text[a:b][::-1] is
    # backward[hi - b : hi - a] (numbers are in order)
    hi = numbers[-1] if numbers else lo
    backward = text[lo:hi][::-1]
    for number in numbers:
        end = number
        for _ in range(2):  # "November 8", and "September" in "September-November 2008"
            m = _WORD_BEFORE_REVERSED.match(backward, hi - end, hi - max(lo, end - 24))
            if m is None:
                break
            start = end - (m.end() - (hi - end))
            if month_number(text[start:end].rstrip(" \t\n,-–—")) is None:
                break
            starts.add(start)
            end = start
    return sorted(starts)


# What the number opening each digit shape looks like, and the two characters that may
# follow it (spaces read as " ", other digits as "9", other letters as "x"; None: any).
_LEADS: dict[re.Pattern[str], tuple[str, Callable[[str, str], bool] | None]] = {
    P.ISO_DAY: ("year", lambda c1, c2: c1 in "-/." and c2 in "0129"),
    P.NUMERIC_DMY: ("short", lambda c1, c2: c1 in "./-" and c2 in "0129"),
    P.DAY_MONTH_YEAR: ("short", None),
    P.YEAR_MONTH: ("year", lambda c1, c2: c1 in " -cçг'’,"),
    P.YEAR_RANGE: (
        "year",
        lambda c1, c2: (
            (c1 in "-–—" and c2 in " 0129")
            or (c1 == "/" and c2 in "0129")
            or (c1 == " " and c2 in " -–—")
        ),
    ),
    P.ISO_MONTH: ("year", lambda c1, c2: c1 == "-" and c2 in "01"),
    P.NUMERIC_MY: ("month", lambda c1, c2: c1 in "./" and c2 in "12"),
    P.DECADE: (
        "year",
        lambda c1, c2: (
            c1 in "sхеыcçl"
            or (c1 in "'’" and c2 in "sl")
            or (c1 == "-" and c2 in "хеыcç")
            or (c1 == " " and c2 in "-cç")
        ),
    ),
    P.YEAR: ("year", None),
}
# By rank: a dict keyed by compiled patterns hashed each pattern's whole code per lookup.
_LEADS_BY_RANK: Final = tuple(_LEADS[pattern] for pattern, _ in DIGIT_SHAPES)
_Shape = tuple[int, re.Pattern[str], Callable[[re.Match[str]], Hit | None]]
_OPENERS: dict[tuple[int, str, str], tuple[_Shape, ...]] = {}
_KEPT_AFTER: Final = frozenset("012-–—/cçхеыsl")


def _openers(size: int, first: str, after: str) -> tuple[_Shape, ...]:
    """The digit shapes (rank, pattern, handler) that may open with a run of `size`
    digits starting with `first` and followed by `after` (its next two characters; a
    necessary condition, read off the shapes)."""
    key = (size, first, after)
    found = _OPENERS.get(key)
    if found is None:
        c1, c2 = after[:1], after[1:2]
        c1 = " " if c1.isspace() else c1
        c2 = " " if c2.isspace() else c2 if c2 in _KEPT_AFTER else "9" if c2.isdigit() else "x"
        kinds = {
            "year": size == 4 and first in "12",
            "short": size <= 2,
            "month": size == 2 and first in "01",
        }
        found = tuple(
            (rank, pattern, handler)
            for rank, (pattern, handler) in enumerate(DIGIT_SHAPES)
            if kinds[_LEADS_BY_RANK[rank][0]]
            and ((test := _LEADS_BY_RANK[rank][1]) is None or (c1 != "" and test(c1, c2)))
        )
        _OPENERS[key] = found
    return found


def _scan(
    text: str, lo: int, hi: int, numbers: list[int], runs: list[tuple[int, int]]
) -> list[tuple[int, Hit]]:
    hits: list[tuple[int, Hit]] = []
    # Every digit shape opens with a digit that follows no word character: at the start
    # of a run of digits, of the length its lead number takes, before the characters it
    # needs. `match` there finds what `search` would, without trying every other digit;
    # the order of `hits` is no matter (`_pick` sorts them on keys no two share).
    pos = [lo] * len(DIGIT_SHAPES)
    openers = _OPENERS
    for start, end in runs:
        key = (min(end - start, 5), text[start], text[end : end + 2])
        shapes = openers.get(key)
        for rank, pattern, handler in _openers(*key) if shapes is None else shapes:
            if start < pos[rank]:
                continue
            if (m := pattern.match(text, start, hi)) is not None:
                hit = handler(m)
                if hit is not None:
                    hits.append((rank, hit))
                    pos[rank] = m.end()
    for start in _month_word_starts(text, lo, numbers):
        for rank, (pattern, handler) in enumerate(WORD_SHAPES, len(DIGIT_SHAPES)):
            m = pattern.match(text, start, hi)
            if m is not None and (hit := handler(m)) is not None:
                hits.append((rank, hit))
    return hits


def _pick(hits: list[tuple[int, Hit]]) -> list[Hit]:
    """Longest spans first, then the more specific shape; no overlaps."""
    hits.sort(key=lambda rh: (-(rh[1].end - rh[1].start), rh[0], rh[1].start))
    starts: list[int] = []  # the chosen spans, kept sorted and disjoint
    chosen: list[Hit] = []
    for _, hit in hits:
        i = bisect.bisect_right(starts, hit.start)
        if i > 0 and chosen[i - 1].end > hit.start:
            continue
        if i < len(chosen) and chosen[i].start < hit.end:
            continue
        starts.insert(i, hit.start)
        chosen.insert(i, hit)
    return chosen


# (`\Z`, no newline: a year on the line after a line ending in a number is a heading)
_NUMBER_BEFORE: Final = re.compile(r"\d(?:[.,:/-]|[^\S\n])?\Z")
_NUMBER_AFTER: Final = re.compile(r"[.,:/-]?\d|\s?%")
_NEXT_WORD: Final = re.compile(r"\s+([^\W\d_]+)")


def _is_count_or_index(text: str, hit: Hit) -> bool:
    """A lone four-digit number that is a count, an index or part of a longer number."""
    before, after = text[max(0, hit.start - 12) : hit.start], text[hit.end : hit.end + 24]
    if _NUMBER_BEFORE.search(before) or _NUMBER_AFTER.match(after):
        return True
    prev = before.split()[-1:] if before.strip() else []
    if prev and prev[0].lower() in P.INDEX_WORDS:
        return True
    nxt = _NEXT_WORD.match(after)
    return bool(nxt and nxt.group(1).lower() in P.COUNT_WORDS)


def _join_ranges(text: str, hits: list[Hit]) -> list[Hit]:
    """Merge "between A and B", "from A to B", "с A по B", "A ile B arasında"."""
    out: list[Hit] = []
    for hit in hits:
        if hit.end_year is not None:  # "between 2001-2003": take the lead word in
            lead = P.RANGE_LEAD.search(text, max(0, hit.start - 12), hit.start)
            if lead is not None and lead.group("lead").lower() in ("between", "from", "между"):
                hit.start = lead.start()
        prev = out[-1] if out else None
        if prev is not None and prev.end_year is None and hit.year is not None:
            join = P.RANGE_JOIN.match(text, prev.end, hit.start)
            if join is not None and join.end() == hit.start:  # most dates join nothing
                lead = P.RANGE_LEAD.search(text, max(0, prev.start - 12), prev.start)
                lead_word = lead.group("lead").lower() if lead else ""
                after = P.RANGE_AFTER.match(text, hit.end)
                joined = join.group("join").lower()
                if joined in P.LEAD_JOINS.get(lead_word, set()) or (
                    after and joined in ("ile", "və", "-", "–", "—")
                ):
                    prev.start = lead.start() if lead else prev.start
                    prev.end = after.end() if after else hit.end
                    prev.end_year, prev.end_month, prev.end_day = hit.year, hit.month, hit.day
                    prev.tail, prev.bare = hit.tail, False
                    continue
        out.append(hit)
    return out


# A folded year tail never ends in a line break, so `endswith` reads as `$` would.
_ABLATIVE_ENDINGS: Final = ("dan", "dən", "den", "tan", "tən", "ten")
_DATIVE_ENDINGS: Final = ("a", "e", "ə")


def _qualify(text: str, hit: Hit, low: str | None) -> None:
    """Extend a hit over the qualifier words around it (`low`: `text` as `folded`)."""
    lo = max(0, hit.start - 40)
    pre = None
    if P.may_qualify(text, low, lo, hit.start):
        words = _WORD.findall(text, lo, hit.start)[-4:]
        # `isdisjoint` over a list: one C call, where `any` ran a generator per hit
        if not P.QUALIFIER_WORDS.isdisjoint([w.lower() for w in words]):
            pre = P.PRE_QUALIFIER.search(text, lo, hit.start)
    if pre is not None and pre.start() < hit.start:
        rel, pos = pre.group("rel"), pre.group("pos")
        qualifier = RELATIONS.get(rel.lower()) if rel else None
        qualifier = qualifier or (PRE_QUALIFIERS.get(pos.lower()) if pos else None)
        if qualifier:
            hit.qualifier, hit.start, hit.bare = qualifier, pre.start(), False
    if not hit.tail:  # most English dates
        return
    tail = fold_word(hit.tail)
    if tail.endswith(("dək", "dek")):
        hit.qualifier = "until"  # "2010-cu ilədək"
    if not hit.tail.strip():
        return
    post = _NEXT_WORD.match(text, hit.end, hit.end + 30)
    if post is None:
        return
    word = fold_word(post.group(1))
    found = POST_QUALIFIERS.get(word)
    if found is None and tail.endswith(_ABLATIVE_ENDINGS):
        found = POST_RELATIONS_ABLATIVE.get(word)
    if found is None and tail.endswith(_DATIVE_ENDINGS):
        found = POST_RELATIONS_DATIVE.get(word)
    if found is not None:
        hit.qualifier = hit.qualifier if hit.qualifier in RELATIONS.values() else found
        hit.end = post.end()


def _iso(year: int | None, month: int | None, day: int | None) -> str:
    if year is None:  # ISO 8601's year-less forms, only when the caller asked for them
        return f"--{_two(month)}" + (f"-{_two(day)}" if day else "")
    said = str(year) if 1000 <= year <= 9999 else f"{year:04d}"
    if month is None:
        return said
    return f"{said}-{_two(month)}" + (f"-{_two(day)}" if day else "")


# Months and days as two digits, read from a table: formatting each with "02d" was a
# twentieth of the time of `find_dates`.
_TWO_DIGITS: Final = [f"{n:02d}" for n in range(100)]


def _two(number: int | None) -> str:
    return _TWO_DIGITS[number] if number is not None and 0 <= number < 100 else f"{number:02d}"


def _infer_years(hits: list[Hit], doc_date: str | None, text: str = "") -> list[tuple[Hit, bool]]:
    """Give year-less hits a year (see the module docstring); drop those that get none."""
    doc = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", doc_date or "")
    out: list[tuple[Hit, bool]] = []
    scopes = _year_headings(text, hits)
    for i, hit in enumerate(hits):
        if hit.year is not None:
            out.append((hit, False))
            continue
        year: int | None = None
        if hit.end_year is not None:  # "between June and August 2014": the range's year
            year = hit.end_year - ((hit.month or 1) > (hit.end_month or 12))
            hit.year = year
            out.append((hit, False))
            continue
        year = heading_year(scopes, hit.start) if scopes else None
        if year is not None:
            pass  # under a timeline's year heading ("2013\nIn November, X travels")
        elif doc is not None:
            year = int(doc.group(1))
            doc_md = (int(doc.group(2) or 12), int(doc.group(3) or 31))
            # "в прошлом марте" written in March is of the year before
            if (hit.month or 1, hit.day or 1) > doc_md or (hit.last and hit.month == doc_md[0]):
                year -= 1
        else:
            year = _context_year(hits, i)
        if year is None:
            continue
        hit.year = year
        if hit.end_month is not None and hit.end_year is None:
            hit.end_year = year
        out.append((hit, True))
    return out


def _year_headings(text: str, hits: list[Hit]) -> list[tuple[int, int, int, int]]:
    """The stretches under a timeline's year headings (`date_headings`), when a year-less
    hit may stand in one."""
    if not text or all(h.year is not None for h in hits):
        return []
    years = [
        (h.start, h.end, h.year)
        for h in hits
        if h.year is not None and h.month is None and h.end_year is None
    ]
    return heading_scopes(text, years) if len(years) > 1 else []


def _context_year(hits: list[Hit], i: int) -> int | None:
    """The year of the nearest explicit date of the same month (a tracker's "November 8"
    among "November 7, 2019" headings), else the latest year the text names: a report
    tells of the past, so its own year is the latest it writes ("went to Syria in 2014
    ... detained on 12 March")."""
    hit, near = hits[i], 3000
    best: tuple[int, int] | None = None
    latest: int | None = None
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(hits):
            other = hits[j]
            distance = abs(other.start - hit.start)
            if other.year is not None:
                latest = max(latest or other.year, other.end_year or other.year, other.year)
                closer = best is None or distance < best[0]
                if distance < near and other.month == hit.month and closer:
                    best = (distance, other.year)
            j += step
    return best[1] if best is not None else latest


def _dateline(text: str, hits: list[Hit]) -> str | None:
    """The ISO date of the document's dateline, if its head has one."""
    hit = dateline_hit(text, hits)
    return None if hit is None else _iso(hit.year, hit.month, hit.day)


_MODAL: Final = re.compile(r"\b(?:may|march)\b")


def _english_modal(text: str, hit: Hit, language: str | None) -> bool:
    """Lower-case "may"/"march" in English text are a verb, not a month."""
    # a Russian, Azerbaijani or Turkish year ending ("may 2015-ci ildə") is no verb
    if language not in (None, "en") or hit.day is not None or hit.tail.strip():
        return False
    return _MODAL.search(text, hit.start, hit.end) is not None


_LAST_MONTH: Final = re.compile(r"last|past|прошл|минувш", re.I)
_BEFORE_NUMBER: Final = re.compile(r"[^\W\d_]*\s*,?\s*\d")


_STEM_FINDERS: dict[str | None, tuple[Occurrences, Occurrences]] = {}


def _stem_finders(
    language: str | None, as_is: tuple[str, ...], lower: tuple[str, ...]
) -> tuple[Occurrences, Occurrences]:
    """Finders of `P.month_stems(language)`: as written, and in the lower-cased text (one
    pair for the few tables there are)."""
    key = language if language in P.STEM_LANGUAGES else None
    found = _STEM_FINDERS.get(key)
    if found is None:
        found = _STEM_FINDERS[key] = (Occurrences(as_is), Occurrences(lower, lower=True))
    return found


def _add_stem_finders() -> None:
    """Every table's finders, made at import: a word new to the automaton builds it again."""
    for language in (*sorted(P.STEM_LANGUAGES), None):
        _stem_finders(language, *P.month_stems(language))


_add_stem_finders()


def _month_only_hits(text: str, language: str | None) -> list[tuple[int, Hit]]:
    """Months named without day or year ("in November", "в ноябре", "noyabrda")."""
    # Searching the whole text with MONTH_ONLY costs four times more than finding the
    # stems of month words; "İ" is the one letter whose lower case is two characters.
    as_is, lower = P.month_stems(language)
    places: set[int] = set()
    low = folded(text)
    if low is not None:  # read off the one pass over the text for every gate's words
        finders = _stem_finders(language, as_is, lower)
        places.update(finders[0].each(text, low, 0, len(text)))
        places.update(finders[1].each(text, low, 0, len(text)))
    else:
        for haystack, stems in (
            (text, as_is),
            (text.replace("İ", "i").lower() if lower else "", lower),
        ):
            for stem in stems:
                at = haystack.find(stem)
                while at >= 0:
                    places.add(at)
                    at = haystack.find(stem, at + 1)
    hits = []
    rank = len(DIGIT_SHAPES) + len(WORD_SHAPES)
    seen: set[int] = set()
    for at in sorted(places):
        # MONTH_ONLY ends in "not before a number" and every branch ends a letter run
        # started at the month (or needs a suffix or "ay" after it): a month word right
        # before a number ("May 2015", "mart, 2014") can never match, so skip the regex.
        if _BEFORE_NUMBER.match(text, at):
            continue
        for m in P.MONTH_ONLY.finditer(text, max(0, at - 28), min(len(text), at + 40)):
            group = m.lastgroup or ""
            month = month_number(m.group(group)) if group else None
            if month is not None and m.start(group) == at and at not in seen:
                seen.add(at)
                last = _LAST_MONTH.search(text, m.start(), at) is not None
                hits.append((rank, Hit(m.start(group), m.end(), None, month, last=last)))
    return hits


def find_dates(
    text: str,
    doc_date: str | None = None,
    language: str | None = None,
    *,
    infer_year: bool = True,
) -> list[DateSpan]:
    """Every date in `text`, in order, without overlaps. See the module docstring."""
    hits: list[tuple[int, Hit]] = []
    for lo, hi, numbers, runs in _windows(text):
        hits.extend(_scan(text, lo, hi, numbers, runs))
    hits.extend(_month_only_hits(text, language))
    # a date never runs past a sentence's end onto a new line ("задержан 11 октября.\n\n
    # 2016\n" under a timeline's next heading): it ends before the break
    hits = [
        rh for rh in hits if text.find("\n", rh[1].start, rh[1].end) < 0 or _mended(text, rh[1])
    ]
    chosen = [
        h
        for h in _pick(hits)
        if not (h.bare and _is_count_or_index(text, h)) and not _english_modal(text, h, language)
    ]
    chosen = _join_ranges(text, chosen)
    low = folded(text) if chosen else None
    for hit in chosen:
        _qualify(text, hit, low)
    if infer_year and doc_date is None:
        doc_date = _dateline(text, chosen) or head_date(text, chosen)
    dated = _infer_years(chosen, doc_date, text) if infer_year else [(h, False) for h in chosen]
    spans = []
    for hit, inferred in dated:
        end_value = None
        value = _iso(hit.year, hit.month, hit.day)
        if hit.end_year is not None or hit.end_month is not None:
            end_value = _iso(hit.end_year, hit.end_month, hit.end_day)
        spans.append(
            DateSpan(
                start=hit.start,
                end=hit.end,
                text=text[hit.start : hit.end],
                value=value,
                qualifier=hit.qualifier,
                end_value=end_value,
                inferred_year=inferred,
            )
        )
    spans = _year_then_day(text, spans)
    spans = _with_relative(text, spans, doc_date) if infer_year else spans
    hijri = hijri_alone(text, [(s.start, s.end) for s in spans])
    # counted as a guessed year: a Gregorian date written elsewhere is preferred
    return _added(text, spans, [(*h, True) for h in hijri]) if hijri else spans


_YEAR_LINE: Final = re.compile(r"\s*\d{4}")


def _mended(text: str, hit: Hit) -> bool:
    """Whether the hit may stand: one that runs over a blank line or a stop at a line's
    end is cut there when only its year stands past it, else dropped."""
    cut = text.find("\n\n", hit.start, hit.end)
    stop = text.find(".\n", hit.start, hit.end)
    if cut < 0 and stop < 0:
        return True
    cut = stop if cut < 0 or 0 <= stop < cut else cut
    if hit.month is None or hit.end_year is not None or not _YEAR_LINE.match(text, cut + 1):
        return False
    hit.year, hit.end, hit.tail = None, cut, ""
    return True


# between the year and its day or month: a genitive ending at most ("2016'nın Mart ayında")
_YEAR_TAIL_GAP: Final = re.compile(r"(?:['’-]?n?[ıiuüə]n)?[^\S\n]{1,2}")


def _year_then_day(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """A year written before its day and month ("2015-ci il 12 may tarixində", "2015 yılı
    12 Mayıs günü", "2015-ci ilin 12 mayında"): one date of that year."""
    out: list[DateSpan] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and len(last.value) == 4
            and not last.inferred_year
            and last.end_value is None
            and len(span.value) > 4
            and span.value[:1] in "-0123456789"
            and _YEAR_TAIL_GAP.fullmatch(text, last.end, span.start)
            and (span.inferred_year or span.value[:4] == last.value)
        ):
            rest = span.value[1:] if span.value.startswith("--") else span.value[4:]
            value = last.value + rest
            out[-1] = DateSpan(
                last.start, span.end, text[last.start : span.end], value, span.qualifier
            )
            continue
        out.append(span)
    return out


def _with_relative(text: str, spans: list[DateSpan], doc_date: str | None) -> list[DateSpan]:
    """`spans` and the relative dates (see `date_relative`) that overlap none of them."""
    found: list[tuple[int, int, str]] = []
    if doc_date and len(doc_date) >= 10:
        starts = {s.start for s in spans}
        found += drop_apposed(text, relative_days(text, doc_date), starts)
    if doc_date and doc_date[:4].isdigit():
        found += relative_years(text, doc_date)
    # the years the text states: a month whose year was only guessed from the document's
    # date is no "same year" for the words after it ("в июне того же года")
    years = [
        (s.start, int(s.value[:4])) for s in spans if s.value[:1].isdigit() and not s.inferred_year
    ]
    if years:
        found += same_years(text, years)
    if found:
        found = drop_within(found)
        spans, found = _month_of_year_word(text, spans, found)
        spans = _added(text, spans, [(*f, True) for f in found])
    # counts from the dates found so far ("four days later", "накануне")
    told = [(s.start, s.value, s.inferred_year) for s in spans]
    counted = counted_dates(text, told, doc_date)
    return _added(text, spans, counted) if counted else spans


def _added(
    text: str, spans: list[DateSpan], found: list[tuple[int, int, str, bool]]
) -> list[DateSpan]:
    """`spans` and the (start, end, value, inferred) found that overlap none of them."""
    starts = [s.start for s in spans]
    out = list(spans)
    for start, end, value, inferred in found:
        i = bisect.bisect_left(starts, start)
        if (i > 0 and spans[i - 1].end > start) or (i < len(spans) and spans[i].start < end):
            continue
        out.append(DateSpan(start, end, text[start:end], value, inferred_year=inferred))
    out.sort(key=lambda s: s.start)
    return out


def _month_of_year_word(
    text: str, spans: list[DateSpan], found: list[tuple[int, int, str]]
) -> tuple[list[DateSpan], list[tuple[int, int, str]]]:
    """A month without a year next to "last year" and its kin takes that year, as one
    span ("in March last year", "в марте прошлого года", "ötən ilin dekabrında",
    "geçtiğimiz yıl Mart ayında")."""
    out, used = list(spans), set()
    starts = [s.start for s in spans]
    for k, (start, end, year) in enumerate(found):
        if len(year) != 4:
            continue
        # only the spans that may touch it: those starting from just before it to its end
        first = bisect.bisect_left(starts, start - 80)
        for i in range(first, bisect.bisect_right(starts, end + 8)):
            span = out[i]
            # a month or a day ("5 сентября того же года", "in June of this year")
            if not (span.inferred_year and len(span.value) in (7, 10)):
                continue
            gap = text[span.end : start] if span.end <= start else text[end : span.start]
            if len(gap) > 4 or gap.strip(" ,") not in ("", "of"):
                continue
            lo, hi = min(start, span.start), max(end, span.end)
            value = year + span.value[4:]
            out[i] = DateSpan(lo, hi, text[lo:hi], value, span.qualifier, inferred_year=True)
            used.add(k)
            break
    return out, [f for k, f in enumerate(found) if k not in used]


def normalise_date(text: str, doc_date: str | None = None) -> DateSpan | None:
    """The date a string known to be a date stands for ("13.09.2014", "fall 2012").

    The rules of `find_dates` first (the longest date found); dateparser for the odd
    shapes they miss, loaded only then since it is slow to import.
    """
    spans = find_dates(text, doc_date)
    if spans:
        return max(spans, key=lambda s: s.end - s.start)
    return _parse_leftover(text, doc_date)


def _parse_leftover(text: str, doc_date: str | None) -> DateSpan | None:
    import dateparser  # slow to import: only for the shapes the rules miss

    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"}
    parser = dateparser.date.DateDataParser(settings=settings)
    data = parser.get_date_data(text.strip())
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj
    if not 1900 <= found.year <= 2100:
        return None
    precision = {"year": 4, "month": 7}.get(data.period or "day", 10)
    value = found.date().isoformat()[:precision]
    stripped = text.strip()
    start = text.index(stripped) if stripped else 0
    return DateSpan(start, start + len(stripped), stripped, value)


__all__ = ["EXTRACTOR", "DateSpan", "find_dates", "normalise_date"]
