"""Builds ffdb; with FFDB_COMPILE=1, compiles the extraction rules with mypyc.

    FFDB_COMPILE=1 pip install --no-build-isolation .   # needs mypy and a C compiler

The rules are plain, fully typed Python; compiled, they run about a third faster with
the same output (`make fast` builds such an install in `.venv-fast`, checks it with the
extraction tests and prints its speed). Everything else is configured in pyproject.toml.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup


def _compiled() -> list[object]:
    if os.environ.get("FFDB_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    # every rule module; the optional spaCy bridge stays interpreted (spaCy is untyped)
    rules = sorted(
        str(path)
        for path in Path("src/ffdb/extract").glob("*.py")
        if path.name not in ("__init__.py", "statistical.py")
    )
    return list(mypycify(rules, opt_level="3"))


setup(ext_modules=_compiled())
