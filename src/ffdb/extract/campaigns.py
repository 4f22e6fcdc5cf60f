"""Pledge (bay'a) campaigns: tracker posts that list date headings, each followed by the
provinces, wilayat or groups that pledged that day.

API:
    find_pledges(text, doc_date=None, *, default_leader=None) -> list[Pledge]
    Pledge(date, province, leader, start, end, quote)

A campaign is recognised by its shape and its words, not by names: at least
`MIN_HEADINGS` lines that hold only a date ("November 2, 2019:", "2 ноября 2019:",
"2 Kasım 2019:") each followed by short lines that are not sentences, in a document
that speaks of pledges (pledge, allegiance, bay'a, bayat, присяга, beyət, biat...).
A heading without a year ("November 8:") takes the year of the headings around it,
else of `doc_date`. Items may also follow the heading on its own line
("November 2, 2019: Wilāyat Saynā’; al-Binghāl").

`leader` is the person the text says the pledges went to ("a bayat campaign for its new
Caliph Abu X", "pledged allegiance to Abu X", "присягнули Абу X"); None when the text
names no one — callers that know the leader of the day pass it on themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ffdb.extract.dates import DateSpan, find_dates
from ffdb.extract.scan import folded, required_words

EXTRACTOR: Final = "pledge_rules.v1"
MIN_HEADINGS: Final = 2

# Words that make a list of dates a pledge campaign, in the languages we read.
_PLEDGE_WORDS: Final = re.compile(
    r"\b(?:pledg\w*|allegiance|bay['’‘ʿ]?a[ht]?|bayat|baya|bay['’‘ʿ]ah|bai['’‘ʿ]?a[ht]?"
    r"|присяг\w*|байа\w*|бай['’]?ат\w*|beyət\w*|beyat\w*|biat\w*|بيعة|بايع\w*)",
    re.IGNORECASE,
)
# Pieces one of which every match of _PLEDGE_WORDS holds, as `scan.folded` spells them:
# a text holding none cannot match, and the substring tests cost a tenth of the search.
_PLEDGE_STEMS: Final = required_words(_PLEDGE_WORDS.pattern, fold=True)


@dataclass(frozen=True, slots=True)
class Pledge:
    date: str | None  # ISO date of the heading
    province: str  # the province, wilayah or group that pledged, as written
    leader: str | None  # to whom, when the text says
    start: int  # the item line in the text
    end: int
    quote: str


@dataclass(slots=True)
class _Heading:
    start: int
    end: int  # end of the heading line
    date: DateSpan
    items: list[tuple[int, int]]  # spans of the item lines under it


_LINE: Final = re.compile(r"[^\n]*")
_DIGIT: Final = re.compile(r"\d")
_BULLET: Final = re.compile(r"^[\s•·*\-–—‣▪◦]+")
_HEADING_REST: Final = re.compile(r"^[\s:：\-–—.,)*_#\]]*$")
# What may stand before a heading's date: markup, a bullet, a weekday ("Friday, 8
# November 2019", "Cuma, 8 Kasım", "пятница, 8 ноября").
_HEADING_LEAD: Final = re.compile(
    r"^[\s*_#\[(•·\-–—]*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|bazar ertəsi|"
    r"çərşənbə axşamı|çərşənbə|cümə axşamı|cümə|şənbə|bazar|pazartesi|salı|çarşamba|"
    r"perşembe|cuma|cumartesi|pazar)[\s,]*)?$",
    re.IGNORECASE,
)


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines, trimmed."""
    out = []
    for m in _LINE.finditer(text):
        raw = m.group(0)
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            out.append((m.start() + lead, m.start() + len(raw.rstrip())))
    return out


def _heading_date(line: str) -> tuple[DateSpan, str] | None:
    """The date a line consists of, and the text after it ("November 8:" -> "")."""
    dates = find_dates(line, infer_year=False)
    if not dates or not _HEADING_LEAD.match(line[: dates[0].start]):
        return None  # a range ("November 2-3, 2019:") counts from its first day
    head = dates[0]
    if len(head.value.replace("--", "").split("-")) < 2:  # a day or at least a month
        return None
    rest = line[head.end :]
    if _HEADING_REST.match(rest):
        return head, ""
    inline = re.match(r"^[\s*_]*[:：\-–—]\s*(.+)$", rest)
    if inline and not _is_sentence(inline.group(1)):
        return head, inline.group(1)
    return None


def _is_sentence(line: str) -> bool:
    """A line of prose rather than a list item: long, many words, or sentence-ended."""
    words = line.split()
    return (
        len(line) > 80
        or len(words) > 10
        or bool(re.search(r"[.!?؟]$", line.strip()))
        or bool(re.search(r"[“”\"«»]", line))
        or bool(re.match(r"(?i)new\s", line))
    )


def _find_headings(text: str) -> list[_Heading]:
    headings: list[_Heading] = []
    current: _Heading | None = None
    for start, end in _lines(text):
        line = text[start:end]
        parsed = _heading_date(line) if len(line) < 200 and _DIGIT.search(line) else None
        if parsed is not None:
            head, inline = parsed
            span = DateSpan(start + head.start, start + head.end, head.text, head.value)
            current = _Heading(start, end, span, [])
            if inline:
                offset = start + line.index(inline)
                current.items.extend(_split_inline(inline, offset))
            headings.append(current)
        elif current is not None and not _is_sentence(line):
            current.items.append((start, end))
        else:
            current = None  # prose ends the list under the last heading
    return [h for h in headings if h.items]


def _split_inline(items: str, offset: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^;,]+", items):
        piece = m.group(0)
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((offset + m.start() + lead, offset + m.start() + len(piece.rstrip())))
    return out


def _groups(headings: list[_Heading], text: str) -> list[list[_Heading]]:
    """Runs of headings close to each other: one campaign each."""
    runs: list[list[_Heading]] = []
    for heading in headings:
        last = runs[-1][-1] if runs else None
        gap = text[last.items[-1][1] : heading.start] if last else ""
        if last is not None and len(gap.strip()) == 0:
            runs[-1].append(heading)
        else:
            runs.append([heading])
    return [run for run in runs if len(run) >= MIN_HEADINGS]


def _fill_years(run: list[_Heading], doc_date: str | None, text: str) -> list[str | None]:
    """ISO dates of the headings. A year-less one takes the nearest heading's year; when
    no heading has one, the year of `doc_date`, else the latest year the text names
    before the list (a tracker's introduction: "after al-Kubaysi's death on 27 October
    2019"), else after it. A list that runs from December into January moves on a year."""
    years = [h.date.value[:4] if not h.date.value.startswith("--") else None for h in run]
    fallback = doc_date[:4] if doc_date else _year_around(text, run)
    out: list[str | None] = []
    last_month, rollover = 0, 0
    for i, heading in enumerate(run):
        value = heading.date.value
        if not value.startswith("--"):
            out.append(value)
            continue
        near = sorted((abs(i - j), j > i, y) for j, y in enumerate(years) if y is not None)
        month = int(value[2:4])
        if not near and month < last_month:
            rollover += 1
        last_month = month
        year = near[0][2] if near else (str(int(fallback) + rollover) if fallback else None)
        out.append(f"{year}{value[1:]}" if year else None)
    return out


def _year_around(text: str, run: list[_Heading]) -> str | None:
    start, end = run[0].start, run[-1].items[-1][1]
    before = [d for d in find_dates(text[max(0, start - 5000) : start], infer_year=False)]
    years = [d.value[:4] for d in before if d.value[:1].isdigit()]
    if years:
        return max(years)
    after = [d for d in find_dates(text[end : end + 5000], infer_year=False)]
    years = [d.value[:4] for d in after if d.value[:1].isdigit()]
    return years[0] if years else None


_TOKEN: Final = re.compile(r"[^\W\d_][\w’'‘ʿ.-]*|[‘’'ʿ][^\W\d_][\w’'‘ʿ.-]*")
_PARTICLES: Final = frozenset(
    [
        "al",
        "el",
        "ad",
        "an",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "ud",
        "ul",
        "əl",
        "bin",
        "ibn",
        "bint",
        "ben",
        "b.",
        "аль",
        "ибн",
        "бин",
    ]
)
_TITLES: Final = r"(?:caliph|khalifa|khalifah|leader|emir|amir|shaykh|sheikh|commander|imam)"
# Cue words followed by the leader's name.
_LEADER_AFTER: Final = re.compile(
    r"(?:pledg\w*|allegiance|bay['’‘ʿ]?a[ht]?|bayat|bay['’‘ʿ]ah|campaign)\s+"
    r"(?:of\s+allegiance\s+)?(?:campaign\s+)?(?:to|for)\s+(?:the\s+|its\s+|their\s+|his\s+)?"
    r"(?P<new>new(?:ly\s+(?:appointed|named|declared))?\s+)?(?:" + _TITLES + r",?\s+)?"
    r"|присяг\w*\s+(?:на\s+верность\s+)?(?P<new_ru>новому\s+)?"
    r"(?:халифу|лидеру|главарю|эмиру|амиру\s+)?\s*",
    re.IGNORECASE,
)
# A leader the text calls new, or a successor: "its new caliph, Abu X", "his successor
# Abu X", "новый халиф Абу X", "yeni lider Əbu X", "yeni halife Ebu X".
_NEW_LEADER: Final = re.compile(
    r"(?:\bnew(?:ly\s+(?:appointed|named|declared))?\s+(?:self-(?:proclaimed|styled)\s+)?"
    + _TITLES
    + r"|\bsuccessor|нов\w+\s+(?:халиф|лидер|главар|амир|эмир)\w*|преемник\w*|"
    r"yeni\s+(?:lider|xəlifə|əmir|başçı|halife|emir)\w*|hələfi|halefi)[\s,:]+",
    re.IGNORECASE,
)
# "X as its new caliph", "X was named caliph": the name comes first.
_NAMED_AS: Final = re.compile(
    r"\s+(?:as\s+(?:its|the|their)\s+(?:new\s+)?|was\s+(?:named|declared|appointed)\s+(?:the\s+)?"
    r"(?:new\s+)?)" + _TITLES,
    re.IGNORECASE,
)
# Azerbaijani and Turkish put the name first, in the dative: "... əl-Qureyşiyə beyət edib".
_LEADER_BEFORE: Final = re.compile(r"(?:['’]?y?[aeə])\s+(?:beyət|biat)\w*", re.IGNORECASE)
# A name after these words is the leader who died, not the one pledged to.
_FORMER: Final = re.compile(
    r"(?:death|killing|demise|martyrdom|late|former|predecessor|гибел\w*|смерт\w*|"
    r"ликвидаци\w*|ölüm\w*|öldürül\w*)\s+(?:of\s+)?(?:the\s+)?\S*\s*$",
    re.IGNORECASE,
)


def _is_name_token(token: str) -> bool:
    bare = token.lstrip("‘’'ʿ")
    if "-" in bare and bare.split("-", 1)[0].lower() in _PARTICLES:
        bare = bare.split("-", 1)[1].lstrip("‘’'ʿ")
    return bool(bare) and bare[0].isupper()


def _name_after(text: str, pos: int) -> str | None:
    """The capitalised name that starts at `pos` on its line ("Abu Yusuf al-Hashimi
    al-Qurashi")."""
    words: list[str] = []
    last = pos  # end of the last word taken
    for m in _TOKEN.finditer(text, pos, min(len(text), pos + 120)):
        gap = text[last : m.start()]
        if (words and not re.fullmatch(r"[ \t]+", gap)) or (not words and gap.strip()):
            break  # punctuation or a line break ends the name
        token = m.group(0)
        if not (_is_name_token(token) or (words and token.lower() in _PARTICLES)):
            break
        words.append(token)
        last = m.end()
        if token.endswith("."):
            break
    return _clean_name(words)


def _name_before(text: str, end: int) -> str | None:
    """The capitalised name that ends at `end`, in the Azerbaijani/Turkish dative."""
    tokens = list(_TOKEN.finditer(text, max(0, end - 120), end))
    words: list[str] = []
    for m in reversed(tokens):
        token = m.group(0)
        if not (_is_name_token(token) or (words and token.lower() in _PARTICLES)):
            break
        words.insert(0, token)
    return _clean_name(words)


def _clean_name(words: list[str]) -> str | None:
    while words and words[-1].lower() in _PARTICLES:
        words.pop()
    if words and words[0].lower() in ("the", "its", "their", "this"):
        return None  # "The Islamic State": a group, not a leader
    if len(words) < 2:  # one capitalised word is too often not a name ("The", "IS")
        return None
    name = " ".join(words).rstrip(".,;:")
    return re.sub(r"['’]s$", "", name)


def _without_dative(text: str, name: str | None, start: int) -> str | None:
    """ "Əbu X əl-Qureyşiyə beyət edir": the name without the dative its pledge puts on it."""
    if name is None:
        return None
    end = text.find(name, start) + len(name)
    if re.match(r"\s+(?:beyət|biat)", text[end : end + 10], re.IGNORECASE):
        return re.sub(r"['’]?y?[aeə]$", "", name)
    return name


def _find_leader(text: str, lo: int, hi: int, first_heading: int) -> str | None:
    """Who the pledges went to: a leader the text calls new or a successor first, then a
    name after a pledge cue, the one nearest the list winning; never one whose death the
    text tells ("after the death of Abu Bakr al-Kubaysi")."""
    found: list[tuple[int, int, str]] = []

    def add(rank: int, at: int, name: str | None) -> None:
        if name and not _FORMER.search(text[max(lo, at - 40) : at]):
            found.append((rank, abs(first_heading - at), name))

    for m in _LEADER_AFTER.finditer(text, lo, hi):
        new = bool(m.group("new") or m.group("new_ru"))
        add(0 if new else 1, m.end(), _name_after(text, m.end()))
    for m in _NEW_LEADER.finditer(text, lo, hi):
        successor = re.match(r"successor|преемник|hələf|halef", m.group(), re.IGNORECASE)
        name = _without_dative(text, _name_after(text, m.end()), m.end())
        add(1 if successor else 0, m.end(), name)
    for m in _NAMED_AS.finditer(text, lo, hi):
        name = _name_before(text, m.start())
        add(0, m.start() - len(name or ""), name)
    for m in _LEADER_BEFORE.finditer(text, lo, hi):
        add(1, m.start(), _name_before(text, m.start()))
    return min(found)[2] if found else None


def find_pledges(
    text: str, doc_date: str | None = None, *, default_leader: str | None = None
) -> list[Pledge]:
    """Every pledge of every campaign list in `text`, in order. See the module docstring.

    `default_leader` is used when the text names no one (a caller that knows who led
    the group on `doc_date`).
    """
    pledges: list[Pledge] = []
    low = folded(text) if _PLEDGE_STEMS is not None else None
    if low is not None and not any(stem in low for stem in _PLEDGE_STEMS or ()):
        return pledges
    if not _PLEDGE_WORDS.search(text):
        return pledges  # most documents: no need to look for headings
    for run in _groups(_find_headings(text), text):
        lo, hi = max(0, run[0].start - 5000), run[-1].items[-1][1]
        if not _PLEDGE_WORDS.search(text, lo, hi):
            continue  # a list of dates about something else
        leader = _find_leader(text, lo, hi, run[0].start) or default_leader
        for heading, date in zip(run, _fill_years(run, doc_date, text), strict=True):
            for start, end in heading.items:
                province = _BULLET.sub("", text[start:end]).strip(" \t.;,")
                if province:
                    pledges.append(Pledge(date, province, leader, start, end, text[start:end]))
    return pledges


__all__ = ["EXTRACTOR", "MIN_HEADINGS", "Pledge", "find_pledges"]
