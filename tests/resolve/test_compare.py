"""Name comparisons in bulk: worker processes give the verdicts one process gives."""

from __future__ import annotations

import pytest

from ffdb.resolve import compare as compare_module
from ffdb.resolve.compare import NameTable

NAMES = ["Zahid Nağıyev", "Захид Нагиев", "Zahid Nagiyev", "Abu Harun al-Azeri",
         "أبو هارون الأذري", "Furkan Demirci", "Furkan Demirel", "Nağıyev"]  # fmt: skip


def test_worker_processes_agree_with_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = [(a, b) for a in NAMES for b in NAMES if a < b]
    alone = NameTable()
    assert alone.prepare(pairs) == len(pairs)
    monkeypatch.setattr(compare_module, "POOL_MIN", 1)
    monkeypatch.setattr(compare_module, "CHUNK", 5)
    pooled = NameTable()
    assert pooled.prepare(pairs, workers=2) == len(pairs)
    for a, b in pairs:
        assert pooled.compare(b, a) == alone.compare(a, b)
    assert pooled.prepare(pairs, workers=2) == 0  # known pairs are not compared again
    assert pooled.compare("Zahid Nağıyev", "Захид Нагиев").same
    assert not pooled.compare("Furkan Demirci", "Furkan Demirel").same
