"""The only place where stages meet the store: ingest files, and later extract and resolve.

Each file is written in one transaction: its blob row, every document read from it,
their attachments. A reader that fails half-way leaves nothing in the database.
"""

from __future__ import annotations

import mimetypes
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ffdb.assess.assessment import Assessment
from ffdb.assess.images import perceptual_hash
from ffdb.extract import Extraction, extract_document
from ffdb.extract.release_claims import claims_of_pledges, claims_of_releases
from ffdb.ingest import choose_reader, iter_files
from ffdb.model.claim import Judgement
from ffdb.model.document import Document
from ffdb.model.errors import (
    ExtractionError,
    FfdbError,
    ReadError,
    StoreError,
    UnknownFormatError,
)
from ffdb.resolve import (
    EVIDENCE_PROPS,
    THRESHOLD,
    UNSURE_LOW,
    PairScore,
    ResolveOptions,
    build_profiles,
    resolve_profiles,
)
from ffdb.resolve import MATCHER as RESOLVE_MATCHER
from ffdb.store.blobs import hash_file, write_blob
from ffdb.store.claims import claim_row, mention_row, set_canonical_ids
from ffdb.store.db import Store
from ffdb.store.documents import Analyse, FileRecord, Rows, ensure_source, get_blob, write_file
from ffdb.store.judgements import DECISIONS, load_judgements, write_judgement
from ffdb.store.resolution import (
    count_pair_scores,
    known_entity_ids,
    load_pair_scores,
    load_person_evidence,
    replace_pair_scores,
)


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
        result = ingest_file(store, path, source=source, source_kind=source_kind, analyse=analyse)
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
            shown,
            "skipped",
            format=known["format"],
            sha256=sha256,
            reason=f"already ingested from {known['path']}",
        )
    reader = choose_reader(path)
    if reader is None:
        raise UnknownFormatError(shown, "binary data in no format ffdb reads")
    media_type = (
        reader.media_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    )
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
        try:
            return analyse_document(doc_id, doc, model)
        except FfdbError:
            raise
        except Exception as exc:  # a rule's fault must not end the batch
            where = f"document {doc.key}" if doc.key else "its text"
            raise ExtractionError(
                f"extraction failed on {where} ({type(exc).__name__}: {exc}); "
                "nothing of the file was written (ingest it with --no-extract meanwhile)"
            ) from exc

    return analyse


def extract_from(doc: Document, model: str | None = None) -> Extraction | None:
    """What extraction finds in a document, or None for documents that are not prose
    about people (a channel's own entry, an image, a spreadsheet row)."""
    if doc.kind in NOT_PROSE or not doc.text.strip():
        return None
    return extract_document(
        doc.text,
        title=doc.title,
        published=doc.published,
        language=doc.language,
        platform=_platform_of(doc),
        model=model,
    )


def analyse_document(doc_id: str, doc: Document, model: str | None = None) -> tuple[Rows, Rows]:
    """Mention and claim rows of one document, with entity ids made global to the store."""
    found = extract_from(doc, model)
    if found is None:
        return [], []
    doc.language = doc.language or found.language
    prefix = doc_id[:16]
    mentions = []
    for mention in found.mentions:
        if mention.entity_id:
            mention.entity_id = f"{prefix}:{mention.entity_id}"
        mentions.append(mention_row(doc_id, mention))
    claims = []
    for claim in (
        found.claims + claims_of_releases(found.releases) + claims_of_pledges(found.pledges)
    ):
        claim.entity_id = f"{prefix}:{claim.entity_id}"
        claim.canonical_id = claim.entity_id
        claim.document_id = doc_id
        claims.append(claim_row(claim))
    return mentions, claims


def _with_attachment_files(
    store: Store, path: Path, docs: Iterator[Document]
) -> Iterator[Document]:
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
    cannot be read, or a document whose extraction fails, is reported to `on_error` and
    the others go on.
    """

    for shown, path in _shown_files(paths):
        try:
            documents = read_documents(path, shown)
            for doc in documents:
                try:
                    extraction = extract_from(doc, model)
                except Exception as exc:  # a fault of ours on one document: the rest go on
                    if on_error:
                        where = f"document {doc.key}: " if doc.key else ""
                        reason = f"{where}extraction failed ({type(exc).__name__}: {exc})"
                        on_error(ExtractFailure(shown, reason))
                    continue
                if extraction is None:
                    continue
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


def read_documents(path: Path, shown: str) -> list[Document]:
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
RESOLVE_THRESHOLD = THRESHOLD
UNSURE_BAND = (UNSURE_LOW, THRESHOLD)
# What `ffdb pairs --unsure` lists: pairs in the band, and merges clustering refused.
UNSURE_DECISIONS = ("unsure", "blocked")


@dataclass(slots=True)
class ResolveResult:
    entities: int
    clusters: int
    merged: int
    unsure: int
    conflicts: list[tuple[str, str]]
    timings: dict[str, float]
    counts: dict[str, int]


def resolve_store(
    store: Store, threshold: float = RESOLVE_THRESHOLD, *, workers: int = 1
) -> ResolveResult:
    """Cluster person entities and re-point canonical ids; judgements always win.

    Only `canonical_id` of the entities whose cluster changed is written; the scored
    pairs replace the previous run's (`ffdb pairs`)."""
    started = time.perf_counter()
    profiles = build_profiles(load_person_evidence(store, EVIDENCE_PROPS))
    judgements = load_judgements(store)
    loaded = time.perf_counter() - started
    options = ResolveOptions(threshold=threshold, workers=workers)
    resolution = resolve_profiles(profiles, judgements, options)
    started = time.perf_counter()
    changed = {
        p.entity_id: resolution.canonical[p.entity_id]
        for p in profiles
        if p.canonical_id != resolution.canonical[p.entity_id]
    }
    set_canonical_ids(store, changed)
    resolved_at = now_iso()
    replace_pair_scores(store, [_pair_row(p, resolved_at) for p in resolution.pairs])
    timings = {"load": loaded, **resolution.timings, "write": time.perf_counter() - started}
    clusters = len(set(resolution.canonical.values()))
    return ResolveResult(
        entities=len(profiles),
        clusters=clusters,
        merged=len(profiles) - clusters,
        unsure=sum(p.decision in UNSURE_DECISIONS for p in resolution.pairs),
        conflicts=resolution.conflicts,
        timings=timings,
        counts={**resolution.counts, "rewritten": len(changed)},
    )


def _pair_row(p: PairScore, resolved_at: str) -> dict[str, object]:
    left, right = sorted((p.left, p.right))
    return {
        "left_id": left,
        "right_id": right,
        "score": p.score,
        "decision": p.decision,
        "reasons": p.reasons,
        "vetoes": p.vetoes or None,
        "matcher": RESOLVE_MATCHER,
        "resolved_at": resolved_at,
    }


@dataclass(slots=True)
class PairView:
    """A scored pair as the last resolve left it, with the analyst's judgement if any."""

    left: str
    right: str
    score: float
    decision: str
    reasons: list[str]
    vetoes: list[str]
    judgement: str | None = None
    judged_by: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "left": self.left,
            "right": self.right,
            "score": self.score,
            "decision": self.decision,
            "reasons": self.reasons,
            "vetoes": self.vetoes,
            "judgement": self.judgement,
            "judged_by": self.judged_by,
        }


def list_pairs(store: Store, unsure_only: bool = False, limit: int | None = None) -> list[PairView]:
    """Pairs of the last resolve, best first; with `unsure_only`, those left for review
    (in the unsure band, or merges refused because members of the clusters differ) that
    no analyst has judged same or different yet."""
    judged = {(j.left, j.right): j for j in load_judgements(store)}
    rows = load_pair_scores(
        store,
        decisions=UNSURE_DECISIONS if unsure_only else None,
        limit=None if unsure_only else limit,
    )
    views = []
    for row in rows:
        judgement = judged.get((row["left_id"], row["right_id"]))
        if unsure_only and judgement and judgement.decision != "unsure":
            continue
        views.append(
            PairView(
                row["left_id"],
                row["right_id"],
                row["score"],
                row["decision"],
                list(row["reasons"] or []),
                list(row["vetoes"] or []),
                judgement.decision if judgement else None,
                judgement.user if judgement else None,
            )
        )
    return views[:limit] if limit is not None else views


def has_resolved(store: Store) -> bool:
    return count_pair_scores(store) > 0


def judge_pair(store: Store, left: str, right: str, decision: str, user: str) -> None:
    """Record an analyst's judgement on two entity ids (a person's id is one of them)."""
    if decision not in DECISIONS:
        raise StoreError(f"judgement {decision!r}: expected one of {', '.join(DECISIONS)}")
    if left == right:
        raise StoreError(f"{left}: an entity cannot be judged against itself")
    missing = sorted({left, right} - known_entity_ids(store, [left, right]))
    if missing:
        raise StoreError(f"{', '.join(missing)}: no such entity in this database")
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
