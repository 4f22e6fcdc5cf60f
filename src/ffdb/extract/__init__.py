"""Extraction: a document's text to persons, releases, pledges, mentions and claims.

Pure functions, no database: `extract_document(text, title=..., published=...,
language=..., platform=...)` returns an `Extraction` whose `records()` are the
evaluation's record shapes and whose `claims` carry extractor, evidence span, quote and
confidence.
"""

from ffdb.extract.document import extract_document
from ffdb.extract.records import EventRecord, Extraction, PersonRecord

__all__ = ["EventRecord", "Extraction", "PersonRecord", "extract_document"]
