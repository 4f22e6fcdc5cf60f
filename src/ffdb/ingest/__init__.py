"""Ingestion: bytes on disk to `Document`s, one reader per format, chosen by content."""

from ffdb.ingest.base import Reader
from ffdb.ingest.registry import READERS, choose_reader, iter_files

__all__ = ["READERS", "Reader", "choose_reader", "iter_files"]
