"""Primary-source release notices: "New video message from X: “Title”" and kin.

API:
    find_releases(text, title=None, doc_date=None, platform=None) -> list[Release]
    Release(producer, title, media, language, platform, date, series_parts, start, end,
            quote, producer_title=None)

A notice is a headline line of the shapes archivists use ("New release from Shaykh X:
“T”", "New video/audio message from X", "New statement from X", "New issue of the
magazine X: T", "New issue of X’s newspaper: T", "Новое видео от X: «T»"); the document
`title` is read the same way when the text does not repeat it. The notice runs to its
footer ("Source: Telegram", which gives `platform`; else the `platform` passed in), to
the next headline, or to the end of the text.

- `media`: statement | video | audio | magazine | photo | text; a bare "release" with a
  written body is a statement.
- `producer`: honorifics ("Shaykh", "Dr.") go to `producer_title`.
- `series_parts`: from "For prior parts in this video series see: A, B, and C."
- `language`: detected on the body of the release, leaving out the archivist's own
  lines (series, "this release", translation offers, footers): an English notice with
  no body has None.
- `date`: `doc_date`, the day the notice was posted, when given.
- `start`/`end`/`quote`: the headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from ffdb.extract.language import detect_language

EXTRACTOR: Final = "release_rules.v1"

# A title in quotes closed by its own kind of quote, so "Qur’an" inside survives; words
# after it ("“Title” – Wilāyat X") are left out of the title.
_QUOTED: Final = r"(?P<qtitle>“[^”\n]+”|\"[^\"\n]+\"|«[^»\n]+»|„[^“”\n]+[“”]|‘[^’\n]+’)[^\n]*"
_MEDIA_WORDS: dict[str, str] = {
    "video": "video",
    "video message": "video",
    "audio": "audio",
    "audio message": "audio",
    "speech": "audio",
    "nashid": "audio",
    "nasheed": "audio",
    "statement": "statement",
    "release": "statement",
    "message": "statement",
    "article": "text",
    "book": "text",
    "booklet": "text",
    "essay": "text",
    "pamphlet": "text",
    "photo report": "photo",
    "photo": "photo",
    "photos": "photo",
    "pictures": "photo",
    "infographic": "photo",
    "poster": "photo",
    "issue": "magazine",
    "видео": "video",
    "видеообращение": "video",
    "аудио": "audio",
    "аудиообращение": "audio",
    "заявление": "statement",
    "обращение": "statement",
    "статья": "text",
    "фото": "photo",
    "выпуск": "magazine",
}
_MEDIA: Final = "|".join(sorted((re.escape(k) for k in _MEDIA_WORDS), key=len, reverse=True))
_HEADLINES: tuple[re.Pattern[str], ...] = (
    # "New issue of the magazine al-Risalah: “Issue 4”", "New issue of The Islamic State’s
    # newspaper: “al-Naba’ #210”", "New issue of the magazine from X: “T”"
    re.compile(
        r"^(?:New|Новый)\s+(?P<media>issue|выпуск)\s+(?:of\s+)?(?:журнала\s+)?"
        r"(?:(?:the\s+)?(?:magazine|newspaper|periodical|bulletin)\s+(?:from\s+)?(?P<producer>[^:“\"«\n]+?)"
        r"|(?P<owner>[^:“\"«\n]+?)['’]s\s+(?:\w+\s+)?(?:magazine|newspaper|periodical|bulletin))"
        r"\s*:\s*(?:" + _QUOTED + r"|(?P<title>[^\n]+))\s*$",
        re.IGNORECASE,
    ),
    # "New video message from X: “T”", "New release from Shaykh X: “T”", "Новое видео от X: «T»"
    re.compile(
        r"^(?:New|Новое|Новая|Новый)\s+(?:English\s+|Arabic\s+)?(?P<media>" + _MEDIA + r")"
        r"(?:\s+message|\s+release)?\s+(?:from|by|от)\s+(?P<producer>[^:“\"«\n]+?)"
        r"\s*:\s*(?:" + _QUOTED + r"|(?P<title>[^\n]+))\s*$",
        re.IGNORECASE,
    ),
)
_HONORIFICS: Final = re.compile(
    r"^(?P<title>(?:(?:al-)?Shaykh|Sheikh|Shaikh|Shaykh al-Mujāhid|Dr\.?|Doctor|Imam|Imām|Mawlana"
    r"|Mawlānā|Ustadh|Ustādh|Amir|Amīr|Emir|Mullah|Mullā|Qari|Qārī|Commander|Шейх|Амир|Эмир)"
    r"\.?\s+)+",
    re.IGNORECASE,
)
_FOOTER: Final = re.compile(
    r"^\s*(?:Source|Источник|Kaynak|Mənbə)\s*:\s*(?P<platform>[^\n]{1,40}?)\s*$", re.IGNORECASE
)
_SERIES: Final = re.compile(
    r"\bfor\s+(?:the\s+)?(?:prior|previous|earlier|past|other)\s+"
    r"(?:parts|episodes|installments|instalments|issues|releases)[^:\n]{0,40}:\s*(?P<list>[^\n]+?)"
    r"\.(?:\s|$)",
    re.IGNORECASE,
)
# The archivist's own lines in a notice: not part of the release's text.
_META: Final = re.compile(
    r"(?i)\b(?:this|the)\s+(?:release|video|audio|statement|message|series|issue|title)\b"
    r"|\btranslation\b|\bprior\s+parts\b|^_{3,}|^\s*(?:source|click here)\b"
)
_PLATFORMS: Final = {
    "telegram": "Telegram",
    "rocket.chat": "Rocket.Chat",
    "rocketchat": "Rocket.Chat",
    "twitter": "Twitter",
    "x": "X",
    "element": "Element",
    "tamtam": "TamTam",
    "tam tam": "TamTam",
    "hoop": "Hoop",
    "youtube": "YouTube",
    "facebook": "Facebook",
    "archive.org": "archive.org",
    "chirpwire": "Chirpwire",
    "whatsapp": "WhatsApp",
    "vk": "VK",
    "vkontakte": "VK",
}
_MIN_BODY_LETTERS: Final = 40
_MAYBE_HEADLINE: Final = re.compile(
    r"\s*(?:new|нов)", re.IGNORECASE
)  # cheap test before the patterns


@dataclass(frozen=True, slots=True)
class Release:
    producer: str | None
    title: str
    media: str  # statement | video | audio | magazine | photo | text
    language: str | None
    platform: str | None
    date: str | None
    series_parts: list[str] = field(default_factory=list)
    start: int = 0  # the headline in the text (0, 0 when read from the document title)
    end: int = 0
    quote: str = ""
    producer_title: str | None = None  # "Shaykh", "Dr." taken off the producer


@dataclass(frozen=True, slots=True)
class _Headline:
    media: str
    producer: str | None
    producer_title: str | None
    title: str


def _parse_headline(line: str) -> _Headline | None:
    line = line.strip()
    if len(line) > 400:
        return None
    for pattern in _HEADLINES:
        m = pattern.match(line)
        if m is None:
            continue
        groups = m.groupdict()
        quoted = groups.get("qtitle")
        title = (quoted[1:-1] if quoted else groups.get("title") or "").strip()
        raw = (groups.get("producer") or groups.get("owner") or "").strip()
        if not title:
            continue
        honorific = _HONORIFICS.match(raw)
        producer_title = honorific.group(0).strip() if honorific else None
        producer = raw[honorific.end() :].strip() if honorific else raw
        media = _MEDIA_WORDS.get(groups["media"].lower(), "statement")
        return _Headline(media, producer or None, producer_title, title)
    return None


def _split_series(listed: str) -> list[str]:
    """ "A, B, and C" -> [A, B, C]; "A and B" -> [A, B]; names with "and" survive
    inside a comma list ("Mālī and Būrkīnāfāsū" in "X, Y – Mālī and Būrkīnāfāsū, and Z")."""
    if "," in listed:
        parts = re.split(r"\s*,\s*", listed)
        parts = [re.sub(r"^(?:and|&|и|və|ve)\s+", "", p) for p in parts]
    else:
        parts = re.split(r"\s+(?:and|&|и|və|ve)\s+", listed)
    return [p.strip(" .;") for p in parts if p.strip(" .;")]


def _platform(raw: str) -> str:
    return _PLATFORMS.get(raw.strip().lower(), raw.strip())


def _lines(text: str, lo: int, hi: int) -> list[str]:
    return [line for line in text[lo:hi].split("\n") if line.strip()]


def _body(text: str, lo: int, hi: int) -> tuple[str, str | None, list[str]]:
    """The release text under a headline (to its footer), its platform and series."""
    body: list[str] = []
    platform: str | None = None
    series: list[str] = []
    for line in _lines(text, lo, hi):
        footer = _FOOTER.match(line)
        if footer is not None:
            platform = _platform(footer.group("platform"))
            break
        listed = _SERIES.search(line)
        if listed is not None:
            series = _split_series(listed.group("list"))
            continue
        if not _META.search(line):
            body.append(line)
    return "\n".join(body), platform, series


def _language(body: str) -> str | None:
    letters = sum(1 for ch in body if ch.isalpha())
    return detect_language(body) if letters >= _MIN_BODY_LETTERS else None


def find_releases(
    text: str,
    title: str | None = None,
    doc_date: str | None = None,
    platform: str | None = None,
) -> list[Release]:
    """Every release notice in the text (and its title). See the module docstring."""
    found: list[tuple[int, int, _Headline]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if _MAYBE_HEADLINE.match(line):
            parsed = _parse_headline(line)
            if parsed is not None:
                lead = len(line) - len(line.lstrip())
                found.append((m.start() + lead, m.start() + len(line.rstrip()), parsed))
    parsed = _parse_headline(title) if title else None
    if parsed is not None and not any(h.title == parsed.title for _, _, h in found):
        found.insert(0, (0, 0, parsed))
    releases = []
    for i, (start, end, head) in enumerate(found):
        limit = found[i + 1][0] if i + 1 < len(found) else len(text)
        body, footer_platform, series = _body(text, end, limit)
        releases.append(
            Release(
                producer=head.producer,
                title=head.title,
                media=head.media,
                language=_language(body),
                platform=footer_platform or platform,
                date=doc_date,
                series_parts=series,
                start=start,
                end=end,
                quote=text[start:end],
                producer_title=head.producer_title,
            )
        )
    return releases


__all__ = ["EXTRACTOR", "Release", "find_releases"]
