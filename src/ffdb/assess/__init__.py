"""assess stage: grades, corroboration, conflicts, recycled reports and derived status.

Pure functions over plain data (`facts.Fact`, `facts.DocumentInfo`, `facts.Photo`); the
analysis layer loads them from the store and `pipeline.assess_store` writes results back.
"""

from ffdb.assess.assessment import Assessment, assess
from ffdb.assess.facts import DocumentInfo, Evidence, Fact, Flag, Photo, fact_from_row
from ffdb.assess.images import perceptual_hash
from ffdb.assess.status import CATEGORIES, DerivedStatus, derive_status

__all__ = [
    "CATEGORIES",
    "Assessment",
    "DerivedStatus",
    "DocumentInfo",
    "Evidence",
    "Fact",
    "Flag",
    "Photo",
    "assess",
    "derive_status",
    "fact_from_row",
    "perceptual_hash",
]
