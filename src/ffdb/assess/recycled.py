"""Recycled and misdated reports, re-used photos, copied articles.

- recycled_report: a document reports a person's death as new (no date, a date close to
  its own, or a word such as "recently") when another document reported that death at
  least `REPEAT_DAYS` earlier.
- misdated_report: a document presents as news ("recently", "недавно", ...) an event it
  dates more than `STALE_DAYS` before its own date.
- reused_photo: two documents published more than `REPEAT_DAYS` apart carry images whose
  perceptual hashes differ by at most `PHOTO_DISTANCE` bits (a re-encoded, resized or
  watermarked copy keeps its hash).
- copied_text: two documents of different publishers with the same text (shingles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from ffdb.assess.dates import days_between
from ffdb.assess.facts import DocumentInfo, Evidence, Fact, Flag, Photo, evidence_of
from ffdb.assess.origins import publisher_of
from ffdb.assess.shingles import CopyPair

RULES = "recycled_rules.v1"
REPEAT_DAYS = 30  # reports of one death within a month are the same news cycle
FRESH_DAYS = 30  # an event this close to its document's date is presented as news
STALE_DAYS = 180
PHOTO_DISTANCE = 8  # of 64 bits
_RECENCY_FILE = Path(__file__).with_name("data") / "recency.tsv"


@lru_cache(maxsize=1)
def _recency_pattern() -> re.Pattern[str]:
    phrases = []
    for line in _RECENCY_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrases.append(line.split("\t", 1)[1].strip())
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE)


def find_recency_word(*texts: str | None) -> str | None:
    """The first word presenting an event as news in any of `texts`, or None."""
    for text in texts:
        if text:
            match = _recency_pattern().search(text)
            if match:
                return match.group(0)
    return None


def _presented_as_new(fact: Fact, title: str | None) -> str | None:
    """Why a death report reads as news, or None when it reads as a look back."""
    word = find_recency_word(fact.quote, title)
    if word:
        return f'it says "{word}"'
    if not fact.date:
        return "it gives no date of death"
    gap = days_between(fact.date, fact.doc_date)
    if gap is not None and gap <= FRESH_DAYS:
        return f"it dates the death {fact.date}, close to its own date"
    return None


def find_recycled_reports(deaths: Sequence[Fact], titles: dict[str, str]) -> list[Flag]:
    """Flags for later documents that announce one person's already reported death."""
    dated = sorted((f for f in deaths if f.doc_date), key=lambda f: (f.doc_date or "", f.id))
    if not dated:
        return []
    flags: dict[str, Flag] = {}
    for fact in dated:
        earlier = [
            e
            for e in dated
            if e.document_id != fact.document_id
            and (days_between(e.doc_date, fact.doc_date) or 0) >= REPEAT_DAYS
        ]
        if not earlier:
            continue
        why = _presented_as_new(fact, titles.get(fact.document_id))
        if why is None:
            continue
        if fact.document_id in flags:
            flags[fact.document_id].right.append(evidence_of(fact, fact.date or "undated"))
            continue
        first = earlier[0]
        flags[fact.document_id] = Flag(
            kind="recycled_report",
            subject=fact.person,
            reason=(
                f"the document of {fact.doc_date} reports the death as new ({why}), "
                f"but it was reported on {first.doc_date}"
            ),
            left=[evidence_of(e, e.date or "undated") for e in _one_per_document(earlier)[:3]],
            right=[evidence_of(fact, fact.date or "undated")],
        )
    return list(flags.values())


def _one_per_document(facts: Iterable[Fact]) -> list[Fact]:
    seen: dict[str, Fact] = {}
    for fact in facts:
        seen.setdefault(fact.document_id, fact)
    return list(seen.values())


def find_misdated_reports(events: Sequence[Fact], titles: dict[str, str]) -> list[Flag]:
    """Flags for events dated long before their document yet presented as news."""
    flags = []
    for fact in events:
        gap = days_between(fact.date, fact.doc_date) if fact.date else None
        if gap is None or gap <= STALE_DAYS:
            continue
        word = find_recency_word(fact.quote, titles.get(fact.document_id))
        if word is None:
            continue
        flags.append(
            Flag(
                kind="misdated_report",
                subject=fact.person,
                reason=(
                    f'"{word}": the document of {fact.doc_date} presents as news a '
                    f"{fact.value} event of {fact.date}, {gap} days earlier"
                ),
                left=[evidence_of(fact, fact.date)],
                right=[
                    Evidence(
                        document_id=fact.document_id,
                        document_date=fact.doc_date,
                        document_path=fact.doc_path,
                        value=fact.doc_date,
                        quote=word,
                    )
                ],
            )
        )
    return flags


def _hash_bits(photos: Sequence[Photo]) -> np.ndarray:
    values = np.array([int(p.phash[:16], 16) for p in photos], dtype=np.uint64)
    return np.unpackbits(values.view(np.uint8)).reshape(len(photos), 64)


def find_reused_photos(photos: Sequence[Photo], documents: dict[str, DocumentInfo]) -> list[Flag]:
    """Flags for near-identical images in documents published far apart."""
    usable = [p for p in photos if p.phash and documents.get(p.document_id)]
    usable = [p for p in usable if documents[p.document_id].published]
    if len(usable) < 2:
        return []
    bits = _hash_bits(usable)
    flags = []
    for i, photo in enumerate(usable):
        distances = np.count_nonzero(bits[i + 1 :] != bits[i], axis=1)
        for offset in np.flatnonzero(distances <= PHOTO_DISTANCE):
            other = usable[i + 1 + int(offset)]
            flag = _photo_flag(photo, other, int(distances[offset]), documents)
            if flag is not None:
                flags.append(flag)
    return flags


def _photo_flag(a: Photo, b: Photo, distance: int, docs: dict[str, DocumentInfo]) -> Flag | None:
    first, later = sorted((a, b), key=lambda p: (docs[p.document_id].published or "", p.path))
    d1, d2 = docs[first.document_id], docs[later.document_id]
    gap = days_between(d1.published, d2.published)
    if first.document_id == later.document_id or gap is None or gap < REPEAT_DAYS:
        return None
    return Flag(
        kind="reused_photo",
        subject=later.document_id,
        reason=(
            f"the photo {later.path} ({d2.published}) is the photo {first.path} "
            f"({d1.published}) again, {gap} days later (hash distance {distance} of 64)"
        ),
        left=[_document_evidence(d1, first.path)],
        right=[_document_evidence(d2, later.path)],
    )


def _document_evidence(doc: DocumentInfo, value: str | None = None) -> Evidence:
    return Evidence(
        document_id=doc.id,
        document_date=doc.published,
        document_path=doc.path,
        value=value,
        quote=doc.title,
    )


def find_copied_texts(pairs: Iterable[CopyPair], documents: dict[str, DocumentInfo]) -> list[Flag]:
    """Flags for copies across publishers; a publisher repeating itself is no news."""
    flags = []
    for pair in pairs:
        a, b = documents.get(pair.left), documents.get(pair.right)
        if a is None or b is None:
            continue
        # One site or channel repeating itself is no news; but one registered source may
        # be a whole collection ingested at once, so copies inside it are still shown.
        publisher = publisher_of(a)
        if publisher == publisher_of(b) and not publisher.startswith("source:"):
            continue
        first, later = sorted((a, b), key=lambda d: (d.published or "", d.id))
        flags.append(
            Flag(
                kind="copied_text",
                subject=later.id,
                reason=(
                    f"{later.path or later.id} repeats {first.path or first.id} "
                    f"(shingle Jaccard {pair.jaccard:.2f}, containment {pair.containment:.2f}): "
                    "one source, not two"
                ),
                left=[_document_evidence(first)],
                right=[_document_evidence(later)],
            )
        )
    return flags


def find_recycled_by_photo(
    deaths: Sequence[Fact], photo_flags: Sequence[Flag], titles: dict[str, str]
) -> list[Flag]:
    """A death reported as new with a photo first published long before: recycled, even
    when nothing was extracted from the photo's first document."""
    flags = []
    for photo in photo_flags:
        first, later = photo.left[0], photo.right[0]
        reports = [f for f in deaths if f.document_id == later.document_id]
        news = [f for f in reports if _presented_as_new(f, titles.get(f.document_id))]
        if not news:
            continue
        why = _presented_as_new(news[0], titles.get(news[0].document_id))
        flags.append(
            Flag(
                kind="recycled_report",
                subject=news[0].person,
                reason=(
                    f"the document of {later.document_date} reports the death as new ({why}) "
                    f"with a photo published on {first.document_date}"
                ),
                left=[first],
                right=[evidence_of(f, f.date or "undated") for f in news],
            )
        )
    return flags
