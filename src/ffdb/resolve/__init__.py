"""Resolution: blocking, explainable pair scores and clustering into canonical entities.

Pure functions over `Profile`s and judgements; `ffdb.pipeline` reads the claims and
writes the canonical ids back.
"""

from ffdb.resolve.blocking import candidate_pairs
from ffdb.resolve.cluster import Clustering, cluster_entities
from ffdb.resolve.profile import Profile, birth_range
from ffdb.resolve.score import PairScore, score_pair

__all__ = [
    "Clustering",
    "PairScore",
    "Profile",
    "birth_range",
    "candidate_pairs",
    "cluster_entities",
    "score_pair",
]
