"""Resolution: blocking, explainable pair scores and clustering into canonical entities.

Pure functions over `Profile`s and judgements; `ffdb.pipeline` reads the claims and
judgements and writes the canonical ids and the scored pairs back. `run` describes the
whole run and how it maps onto Spark or DuckDB.
"""

from ffdb.resolve.blocking import Blocking, candidate_pairs
from ffdb.resolve.cluster import Clustering, cluster_entities
from ffdb.resolve.compare import NameTable, compare_person_names
from ffdb.resolve.profile import EVIDENCE_PROPS, Hometown, Profile, birth_range, build_profiles
from ffdb.resolve.run import THRESHOLD, UNSURE_LOW, Resolution, ResolveOptions, resolve_profiles
from ffdb.resolve.score import MATCHER, NameVerdict, PairScore, score_pair

__all__ = [
    "EVIDENCE_PROPS",
    "MATCHER",
    "THRESHOLD",
    "UNSURE_LOW",
    "Blocking",
    "Clustering",
    "Hometown",
    "NameTable",
    "NameVerdict",
    "PairScore",
    "Profile",
    "Resolution",
    "ResolveOptions",
    "birth_range",
    "build_profiles",
    "candidate_pairs",
    "cluster_entities",
    "compare_person_names",
    "resolve_profiles",
    "score_pair",
]
