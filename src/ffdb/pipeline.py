"""The only place where stages meet the store: ingest files, and later extract and resolve.

Each file is written in one transaction: its blob row, every document read from it,
their attachments. A reader that fails half-way leaves nothing in the database.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ffdb.assess.assessment import Assessment
from ffdb.assess.images import perceptual_hash
from ffdb.extract import extract_document
from ffdb.extract.release_claims import claims_of_pledges, claims_of_releases
from ffdb.ingest import choose_reader, iter_files
from ffdb.model.claim import Judgement
from ffdb.model.document import Document
from ffdb.model.errors import FfdbError, ReadError, UnknownFormatError
from ffdb.names.match import compare_names
from ffdb.names.normalise import fold_key
from ffdb.names.places import lookup_place
from ffdb.resolve import (
    PairScore,
    Profile,
    birth_range,
    candidate_pairs,
    cluster_entities,
    score_pair,
)
from ffdb.store.blobs import hash_file, write_blob
from ffdb.store.claims import claim_row, load_claims, mention_row, set_canonical_ids
from ffdb.store.db import Store
from ffdb.store.documents import Analyse, FileRecord, Rows, ensure_source, get_blob, write_file
from ffdb.store.judgements import load_judgements, write_judgement


@dataclass(slots=True)
class IngestResult:
    """What became of one file."""

    path: str
    status: str  # ingested | skipped | failed
    documents: int = 0
    format: str | None = None
    sha256: str | None = None
    reason: str | None = None


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    source: str | None = None,
    source_kind: str = "unknown",
    on_result: Callable[[IngestResult], None] | None = None,
    extract: bool = True,
    model: str | None = None,
) -> list[IngestResult]:
    """Ingest files and folders; one result per file, failures included, in order.

    With `extract` (the default) every document's mentions and claims are written in
    the same transaction as the document.
    """
    analyse = _analyser(model) if extract else None
    results = []
    own = store.own_files()
    for path in iter_files(paths):
        resolved = path.resolve()
        if any(resolved == p or resolved.is_relative_to(p) for p in own):
            continue  # the database's own files, in a folder being ingested
        result = ingest_file(
            store, path, source=source, source_kind=source_kind, analyse=analyse
        )
        results.append(result)
        if on_result:
            on_result(result)
    return results


def ingest_file(
    store: Store,
    path: Path,
    *,
    source: str | None = None,
    source_kind: str = "unknown",
    analyse: Analyse | None = None,
) -> IngestResult:
    shown = str(path)
    try:
        return _ingest_file(store, path, shown, source, source_kind, analyse)
    except FfdbError as exc:
        reason = exc.reason if isinstance(exc, ReadError) else str(exc)
        return IngestResult(shown, "failed", reason=reason)
    except OSError as exc:
        return IngestResult(shown, "failed", reason=exc.strerror or str(exc))


def _ingest_file(
    store: Store,
    path: Path,
    shown: str,
    source: str | None,
    source_kind: str,
    analyse: Analyse | None,
) -> IngestResult:
    if not path.exists():
        raise ReadError(shown, "no such file")
    if not os.access(path, os.R_OK):
        raise ReadError(shown, "permission denied")
    stat = path.stat()
    if stat.st_size == 0:
        raise ReadError(shown, "empty file")
    sha256, size = hash_file(path)
    known = get_blob(store, sha256)
    if known:
        return IngestResult(
            shown, "skipped", format=known["format"], sha256=sha256,
            reason=f"already ingested from {known['path']}",
        )
    reader = choose_reader(path)
    if reader is None:
        raise UnknownFormatError(shown, "binary data in no format ffdb reads")
    media_type = reader.media_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with store.engine.begin() as conn:
        source_id = ensure_source(conn, source, source_kind) if source else None
        record = FileRecord(
            sha256=sha256,
            size=size,
            media_type=media_type,
            path=shown,
            format=reader.name,
            retrieved_at=datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds"),
            ingested_at=now_iso(),
            source_id=source_id,
        )
        documents = _with_attachment_files(store, path, reader.read(path))
        count = write_file(conn, record, documents, analyse)
        # Kept only once every document was read, before the commit: a file that fails
        # leaves no blob behind, and a committed row always has its bytes.
        write_blob(store.blob_dir, sha256, path)
    return IngestResult(shown, "ingested", documents=count, format=reader.name, sha256=sha256)


# Documents whose text is not prose about people: left to later, column-aware stages.
NOT_PROSE = ("channel", "image", "record")


def _analyser(model: str | None) -> Analyse:
    def analyse(doc_id: str, doc: Document) -> tuple[Rows, Rows]:
        return analyse_document(doc_id, doc, model)

    return analyse


def analyse_document(doc_id: str, doc: Document, model: str | None = None) -> tuple[Rows, Rows]:
    """Mention and claim rows of one document, with entity ids made global to the store."""
    if doc.kind in NOT_PROSE or not doc.text.strip():
        return [], []
    found = extract_document(
        doc.text,
        title=doc.title,
        published=doc.published,
        language=doc.language,
        platform=_platform_of(doc),
        model=model,
    )
    doc.language = doc.language or found.language
    prefix = doc_id[:16]
    mentions = []
    for mention in found.mentions:
        if mention.entity_id:
            mention.entity_id = f"{prefix}:{mention.entity_id}"
        mentions.append(mention_row(doc_id, mention))
    claims = []
    for claim in found.claims + claims_of_releases(found.releases) + claims_of_pledges(found.pledges):
        claim.entity_id = f"{prefix}:{claim.entity_id}"
        claim.canonical_id = claim.entity_id
        claim.document_id = doc_id
        claims.append(claim_row(claim))
    return mentions, claims


def _with_attachment_files(store: Store, path: Path, docs: Iterator[Document]) -> Iterator[Document]:
    """Keep the bytes of attachments found beside the file; mark absent ones as missing."""
    base = path.parent.resolve()
    for doc in docs:
        for att in doc.attachments:
            if att.missing:
                continue
            candidate = (base / att.path).resolve()
            # An export names its files relative to itself; an absolute path or one that
            # climbs out of the export's folder is never read (a hostile export could
            # otherwise copy any file of the machine into the evidence store).
            if candidate.is_relative_to(base) and candidate.is_file():
                att.sha256, att.size = hash_file(candidate)
                att.phash = att.phash or perceptual_hash(candidate)
                write_blob(store.blob_dir, att.sha256, candidate)
            else:
                att.missing = True
        yield doc


@dataclass(slots=True)
class ExtractFailure:
    """A file `extract_paths` could not read; `path` as the caller gave it."""

    path: str
    reason: str


def extract_paths(
    paths: Iterable[str],
    *,
    model: str | None = None,
    on_error: Callable[[ExtractFailure], None] | None = None,
) -> Iterator[dict[str, object]]:
    """Extraction records (persons, releases, pledges) of every document of every file,
    each with `file`: the path as given, or for files found inside a given folder the
    folder joined with the file's path inside it. No database is touched. A file that
    cannot be read is reported to `on_error` and the others go on.
    """

    for shown, path in _shown_files(paths):
        try:
            documents = _read_documents(path, shown)
            for doc in documents:
                extraction = extract_document(
                    doc.text,
                    title=doc.title,
                    published=doc.published,
                    language=doc.language,
                    platform=_platform_of(doc),
                    model=model,
                )
                for record in extraction.records():
                    record["file"] = shown
                    if doc.key:
                        record["document"] = doc.key
                    yield record
        except FfdbError as exc:
            reason = exc.reason if isinstance(exc, ReadError) else str(exc)
            if on_error:
                on_error(ExtractFailure(shown, reason))
        except (OSError, UnicodeError) as exc:
            if on_error:
                on_error(ExtractFailure(shown, getattr(exc, "strerror", None) or str(exc)))


def _shown_files(paths: Iterable[str]) -> Iterator[tuple[str, Path]]:
    for given in paths:
        root = Path(given)
        if not root.is_dir():
            yield given, root
            continue
        for path in iter_files([root]):
            yield os.path.join(given, str(path.relative_to(root))), path


def _read_documents(path: Path, shown: str) -> list[Document]:
    if not path.exists():
        raise ReadError(shown, "no such file")
    if not os.access(path, os.R_OK):
        raise ReadError(shown, "permission denied")
    if path.stat().st_size == 0:
        raise ReadError(shown, "empty file")
    reader = choose_reader(path)
    if reader is None:
        raise UnknownFormatError(shown, "binary data in no format ffdb reads")
    return list(reader.read(path))


def _platform_of(doc: Document) -> str | None:
    platform = doc.meta.get("platform") if isinstance(doc.meta, dict) else None
    if platform:
        return str(platform)
    return "Telegram" if doc.kind in ("message", "telegram") else None


# ---- resolution -------------------------------------------------------------------

# Pair scores from which the machine merges, and the band below it left for review.
RESOLVE_THRESHOLD = 0.75
UNSURE_BAND = (0.55, 0.75)


def _compare_person_names(a: str, b: str) -> tuple[float, str]:
    match = compare_names(a, b, "person")
    # The name matcher's own verdict caps the score: parts it judged different keep the
    # pair below the merge threshold whatever the other evidence adds.
    score = match.score if match.same else min(match.score, UNSURE_BAND[1] - 0.01)
    return score, match.reason


def _hometown_key(value: str) -> str:
    place = lookup_place(value)
    return place.id if place else fold_key(value)


def load_profiles(store: Store) -> list[Profile]:
    """One profile per entity_id, from the Person claims in the store."""
    profiles: dict[str, Profile] = {}
    for claim in load_claims(store, schema_name="Person"):
        eid = claim["entity_id"]
        profile = profiles.get(eid)
        if profile is None:
            profile = profiles[eid] = Profile(eid, [], document_id=claim["document_id"])
        prop, value = claim["prop"], claim["value"]
        if prop in ("name", "alias") and value not in profile.names:
            if prop == "name":
                profile.names.insert(0, value)
            else:
                profile.names.append(value)
        elif prop == "hometown" and profile.hometown is None:
            profile.hometown = _hometown_key(value)
        elif prop == "age" and value.isdigit() and profile.born is None:
            profile.born = birth_range(int(value), claim["doc_published"])
        elif prop == "group":
            profile.groups.add(fold_key(value))
    return [p for p in profiles.values() if p.names]


def score_candidates(profiles: list[Profile]) -> list[PairScore]:
    return [
        score_pair(profiles[i], profiles[j], _compare_person_names)
        for i, j in candidate_pairs(profiles)
    ]


@dataclass(slots=True)
class ResolveResult:
    entities: int
    clusters: int
    merged: int
    unsure: int
    conflicts: list[tuple[str, str]]


def resolve_store(store: Store, threshold: float = RESOLVE_THRESHOLD) -> ResolveResult:
    """Cluster person entities and re-point canonical ids; judgements always win."""
    profiles = load_profiles(store)
    scored = score_candidates(profiles)
    judgements = load_judgements(store)
    result = cluster_entities(
        [p.entity_id for p in profiles],
        [(s.left, s.right, s.score) for s in scored],
        judgements,
        threshold,
    )
    set_canonical_ids(store, result.canonical)
    clusters = len(set(result.canonical.values()))
    lo, hi = UNSURE_BAND
    return ResolveResult(
        entities=len(profiles),
        clusters=clusters,
        merged=len(profiles) - clusters,
        unsure=sum(lo <= s.score < hi for s in scored),
        conflicts=result.conflicts,
    )


def list_pairs(store: Store, unsure_only: bool = False) -> list[PairScore]:
    """Scored candidate pairs, best first; with `unsure_only`, the band left for review."""
    scored = score_candidates(load_profiles(store))
    if unsure_only:
        lo, hi = UNSURE_BAND
        scored = [s for s in scored if lo <= s.score < hi]
    return sorted(scored, key=lambda s: -s.score)


def judge_pair(store: Store, left: str, right: str, decision: str, user: str) -> None:
    write_judgement(store, Judgement(left, right, decision, user, now_iso()))


# ---- assessment ----------------------------------------------------------------------


def assess_store(store: Store, as_of: str | None = None) -> Assessment:
    """Assess every Person claim: store the flags and each claim's credibility (an
    analyst's grade stays), and return the assessment."""
    from ffdb.analysis.assessment import assess_store_on_read, flag_rows
    from ffdb.store.flags import replace_flags, write_credibility

    assessment = assess_store_on_read(store, as_of)
    replace_flags(store, flag_rows(assessment), now_iso())
    write_credibility(store, {cid: f.credibility for cid, f in assessment.facts.items()})
    return assessment


def grade_source(store: Store, name: str, grade: str, user: str) -> str | None:
    """An analyst grades a source's reliability A-F (audited); returns the old grade."""
    from ffdb.store import flags

    return flags.grade_source(store, name, grade, user, now_iso())


def grade_claim(store: Store, claim_id: str, credibility: int, user: str) -> int:
    """An analyst grades a claim's credibility 1-6 (audited); it wins over the derived one."""
    from ffdb.store import flags

    return flags.set_claim_credibility(store, claim_id, credibility, user, now_iso())


def review_flag(store: Store, flag_id: str, review: str, user: str) -> None:
    """An analyst confirms or dismisses a flag (audited); the review survives reassessment."""
    from ffdb.store import flags

    flags.review_flag(store, flag_id, review, user, now_iso())
