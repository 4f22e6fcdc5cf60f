"""Whether two place names of a claim mean the same place, through the gazetteer."""

from __future__ import annotations

from functools import lru_cache

from ffdb.names.normalise import fold_key
from ffdb.names.places import Place, lookup_place


@lru_cache(maxsize=4096)
def _lookup(name: str) -> Place | None:
    return lookup_place(name)


def same_place_by_gazetteer(a: str, b: str) -> bool | None:
    """True: the same place, or one is the country of the other; False: surely different
    places (different countries, or two towns of one country); None: cannot tell."""
    if fold_key(a) == fold_key(b):
        return True
    pa, pb = _lookup(a), _lookup(b)
    if pa is None or pb is None:
        return None
    if pa.id == pb.id:
        return True
    if pa.country != pb.country:
        return False
    if "country" in (pa.precision, pb.precision):
        return True
    if pa.precision == pb.precision == "town":
        return False
    return None  # a town and a province of one country: the gazetteer has no outlines
