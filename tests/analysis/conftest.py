"""Fixtures of the analysis tests: the planted corpus of `assess_corpus.py` in a store."""

from __future__ import annotations

from pathlib import Path

import pytest
from assess_corpus import CorpusBuilder, build_corpus

from ffdb.store import Store


@pytest.fixture
def corpus(store: Store, tmp_path: Path) -> CorpusBuilder:
    return build_corpus(store, tmp_path)
