"""Origins named by a nisba: al-Azeri and al-Azerbaijani are one origin, al-Libi another."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ffdb.names.normalise import phonetic_key

__all__ = ["origin_of"]

DATA = Path(__file__).with_name("data") / "nisbas.tsv"


@cache
def _origins() -> dict[str, str]:
    table: dict[str, str] = {}
    with DATA.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                forms = line.strip().split("|")
                for form in forms:
                    table[phonetic_key(form)] = forms[0]
    return table


def origin_of(ascii_nisba: str) -> str | None:
    """The origin a nisba names (its first form in the table), or None when unknown."""
    return _origins().get(phonetic_key(ascii_nisba))
