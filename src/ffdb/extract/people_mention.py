"""A person-name mention, the record every extractor of people passes on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

EXTRACTOR = "person_rules.v1"


@dataclass(slots=True)
class NameMention:
    """A name in the text. `kind`: full, kunya, titled, surname, nisba, given, quoted."""

    start: int
    end: int
    text: str
    kind: str
    words: tuple[str, ...]  # the name's words, nominative, without titles
    gender: str | None = None
    titles: tuple[str, ...] = ()
    sentence_initial: bool = False
    extractor: str = EXTRACTOR
    confidence: float = 0.9
    person: int | None = None
    aliases: list[str] = field(default_factory=list)
    # a given name alone that names someone ("Его жена Зарема"): a person of its own when
    # no full name in the text starts with it
    standalone: bool = False

    @property
    def name(self) -> str:
        return " ".join(self.words)


def overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
