"""Name comparisons for a whole resolution run, each distinct pair of names once.

Entities repeat names (every report of one man spells him one of a few ways), so a run
compares distinct pairs of name strings rather than pairs of entities: at 100,000
entities that is several times fewer calls to the matcher. The comparisons are
independent, so a large batch is split over worker processes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

from ffdb.names.match import PART_THRESHOLD, Match, compare_names
from ffdb.resolve.score import NameVerdict

__all__ = ["NameTable", "compare_person_names"]

# Below this many comparisons the cost of starting workers outweighs what they save.
POOL_MIN = 20_000
CHUNK = 5_000


Row = tuple[float, bool, str, bool]


def _row(match: Match) -> Row:
    agree = bool(match.parts) and all(p.score >= PART_THRESHOLD for p in match.parts)
    return match.score, match.same, match.reason, agree


def compare_person_names(a: str, b: str) -> NameVerdict:
    return NameVerdict(*_row(compare_names(a, b, "person")))


def _compare_chunk(pairs: Sequence[tuple[str, str]]) -> list[Row]:
    return [_row(compare_names(a, b, "person")) for a, b in pairs]


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


class NameTable:
    """Verdicts on pairs of names, computed in bulk by `prepare` or one by one."""

    def __init__(self) -> None:
        self._verdicts: dict[tuple[str, str], NameVerdict] = {}

    def __len__(self) -> int:
        return len(self._verdicts)

    def compare(self, a: str, b: str) -> NameVerdict:
        key = _key(a, b)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = compare_person_names(*key)
        return verdict

    def prepare(self, pairs: Iterable[tuple[str, str]], workers: int = 1) -> int:
        """Compare every pair not yet known; returns how many were compared."""
        todo = sorted({_key(a, b) for a, b in pairs} - self._verdicts.keys())
        if workers <= 1 or len(todo) < POOL_MIN:
            results = _compare_chunk(todo)
        else:
            results = _compare_in_pool(todo, workers)
        for key, row in zip(todo, results, strict=True):
            self._verdicts[key] = NameVerdict(*row)
        return len(todo)


def _compare_in_pool(todo: list[tuple[str, str]], workers: int) -> list[Row]:
    # Sorted pairs put one name's comparisons together, so each worker's caches of
    # analysed names stay warm within a chunk.
    chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    results: list[Row] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for part in pool.map(_compare_chunk, chunks):
            results.extend(part)
    return results
