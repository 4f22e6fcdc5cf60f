"""Plain data types shared by every layer: documents, mentions, claims, judgements, errors."""

from ffdb.model.claim import Claim, Judgement, Mention
from ffdb.model.document import Attachment, Document
from ffdb.model.errors import FfdbError, ReadError, StoreError, UnknownFormatError

__all__ = [
    "Attachment",
    "Claim",
    "Document",
    "FfdbError",
    "Judgement",
    "Mention",
    "ReadError",
    "StoreError",
    "UnknownFormatError",
]
