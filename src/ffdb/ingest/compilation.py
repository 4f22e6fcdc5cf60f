"""Splitting a compilation (one scrape holding several posts) into its posts.

Release-archive sites and blogs, scraped as text, give one file with post after post.
A new post starts at a short title line standing alone (blank line before and after)
when enough cues point there; each cue scores:

- the title has the shape of a release announcement ("New video message from X: “…”",
  "New release from X:", "New issue of the magazine X:", "GUEST POST: …"): 2;
- a separator rule (`____`, `***`, `---`) between the previous post and the title: 1;
- each kind of post footer there ("Source: Telegram", "To inquire about a
  translation …", "Share this:"): 1;
- the title is in title case: 1.

A score of 2 starts a new post. One cue alone (a section heading, a scene break, a
photo credit) never splits, so a plain article stays whole. Each part keeps its
character offsets into the text it came from, so evidence spans can be traced back.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

SPLIT_SCORE = 2
MAX_TITLE = 200
MIN_TRACKER_DATES = 3

_SEPARATOR = re.compile(r"\s*(?:_{4,}|-{3,}|={4,}|\*{3,}|(?:\* ){2,}\*|~{3,})\s*")
_SOURCE = re.compile(r"Source\s*:\s*(?P<platform>\S.{0,60})", re.I)
_OTHER_FOOTERS = (
    re.compile(r"To inquire about (?:a |the )?translation\b.*", re.I),
    re.compile(r"(?:Share this|Like this)\s*:?", re.I),
)
_RELEASE_WORDS = (
    r"video|audio|release|statement|message|issue|magazine|nash[iī]d|book(?:let)?|speech|"
    r"eulogy|photo\w*|infographic|poster|pamphlet|documentary|episode|interview|lecture|"
    r"sermon|claim|bulletin|newsletter|communiqu[eé]|article|series|report"
)
_FROM_HEADLINE = re.compile(
    r"(?:New|Updated|Latest)\s+(?P<what>[^:\n]{1,60}?)\s+from\s+(?P<who>[^:\n]{2,150}?)\s*:",
    re.I,
)
_OF_HEADLINE = re.compile(
    r"(?:New|Latest)\s+(?P<what>issue|edition|episode|release|part)\s+of\s+(?:the\s+)?"
    r"(?P<who>[^:\n]{2,150}?)\s*:",
    re.I,
)
_GUEST_POST = re.compile(r"GUEST POST\s*:", re.I)
_WHAT = re.compile(rf"\b(?:{_RELEASE_WORDS})s?\b", re.I)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_LINE = re.compile(
    rf"(?:\d{{1,2}}\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})\s*:?\s*",
    re.I,
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  # without the newline
    text: str  # stripped


@dataclass(slots=True)
class Part:
    """One post of a compilation: its span in the original text, title, kind and cues."""

    start: int
    end: int
    title: str
    kind: str
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Headline:
    kind: str
    release: str | None = None
    issuer: str | None = None


def split_compilation(text: str) -> list[Part] | None:
    """The posts of a compilation in order, or None when the text is a single piece."""
    lines = split_lines(text)
    filled = [i for i, line in enumerate(lines) if line.text]
    if not filled:
        return None
    first, last = filled[0], filled[-1]
    # A title needs a blank line after it and more content further on.
    starts = [i for i in filled if i < last and _starts_post(lines, i)]
    if not starts:
        return None
    bounds = [first, *[i for i in starts if i > first], len(lines)]
    parts = [_make_part(text, lines[a:b]) for a, b in itertools.pairwise(bounds)]
    return parts if len(parts) > 1 else None


def split_lines(text: str) -> list[Line]:
    lines = []
    offset = 0
    for raw in text.split("\n"):
        lines.append(Line(offset, offset + len(raw.rstrip("\r")), raw.strip()))
        offset += len(raw) + 1
    return lines


def match_headline(title: str) -> Headline | None:
    """What a title says of its post when it has a release-announcement shape."""
    if _GUEST_POST.match(title):
        return Headline("article")
    for pattern in (_FROM_HEADLINE, _OF_HEADLINE):
        found = pattern.match(title)
        if found and _WHAT.search(found.group("what")):
            return Headline("release", found.group("what").lower(), found.group("who").strip())
    return None


def classify_post(title: str | None, body: str) -> str:
    """release, article (guest posts), tracker (dated list lines) or article."""
    headline = match_headline(title) if title else None
    if headline:
        return headline.kind
    dated = sum(1 for line in body.split("\n") if _DATE_LINE.fullmatch(line.strip()))
    return "tracker" if dated >= MIN_TRACKER_DATES else "article"


def footer_platform(line: str) -> str | None:
    found = _SOURCE.fullmatch(line)
    return found.group("platform").strip() if found else None


def _starts_post(lines: list[Line], i: int) -> bool:
    line = lines[i].text
    if not _title_shaped(lines, i):
        return False
    gap = _gap_before(lines, i)
    if gap is None:
        return False
    score = 2 if match_headline(line) else 0
    score += any(_SEPARATOR.fullmatch(g) for g in gap)
    score += any(footer_platform(g) for g in gap)
    score += any(p.fullmatch(g) for g in gap for p in _OTHER_FOOTERS)
    score += _title_case(line)
    return score >= SPLIT_SCORE


def _title_shaped(lines: list[Line], i: int) -> bool:
    line = lines[i].text
    if not line or len(line) > MAX_TITLE or line.startswith("##"):
        return False
    if line[-1] in ".,;:" or not any(ch.isalpha() for ch in line):
        return False
    if _is_footer(line) or _SEPARATOR.fullmatch(line):
        return False
    return not lines[i + 1].text


def _gap_before(lines: list[Line], i: int) -> list[str] | None:
    """The blank, separator and footer lines between line i and the previous content line.

    None when there is no content before (line i opens the first post) or when line i
    does not stand after a blank line.
    """
    gap: list[str] = []
    j = i - 1
    while j >= 0 and (
        not lines[j].text or _is_footer(lines[j].text) or _SEPARATOR.fullmatch(lines[j].text)
    ):
        gap.append(lines[j].text)
        j -= 1
    if j < 0 or not gap or gap[0]:
        return None
    return gap


def _is_footer(line: str) -> bool:
    return footer_platform(line) is not None or any(p.fullmatch(line) for p in _OTHER_FOOTERS)


def _title_case(line: str) -> bool:
    words: list[str] = [w for w in _WORD.findall(line) if len(w) > 3]
    if len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) * 10 >= len(words) * 7


def _make_part(text: str, lines: list[Line]) -> Part:
    content = [line for line in lines if line.text]
    start, end = content[0].start, content[-1].end
    title = content[0].text.lstrip("#").strip()
    meta: dict[str, str] = {}
    for line in reversed(content):
        if not (_is_footer(line.text) or _SEPARATOR.fullmatch(line.text)):
            break
        platform = footer_platform(line.text)
        if platform:
            meta["platform"] = platform
    headline = match_headline(title)
    if headline and headline.release:
        meta["release"] = headline.release
    if headline and headline.issuer:
        meta["issuer"] = headline.issuer
    return Part(start, end, title, classify_post(title, text[start:end]), meta)
