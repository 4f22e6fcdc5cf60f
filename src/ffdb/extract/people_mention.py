"""A person-name mention, the record every extractor of people passes on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

EXTRACTOR: Final = "person_rules.v1"


@dataclass(slots=True)
class NameMention:
    """A name in the text. `kind`: full, kunya, titled, surname, nisba, given, quoted,
    initials ("M.K.", a person named by initials only: `people_initials`)."""

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

    # Written out: mypyc compiles it, where the `__init__` dataclass generates runs
    # interpreted, five times slower (some thousands of these are made per megabyte).
    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: str,
        words: tuple[str, ...],
        gender: str | None = None,
        titles: tuple[str, ...] = (),
        sentence_initial: bool = False,
        extractor: str = EXTRACTOR,
        confidence: float = 0.9,
        person: int | None = None,
        aliases: list[str] | None = None,
        standalone: bool = False,
    ) -> None:
        self.start, self.end, self.text, self.kind, self.words = start, end, text, kind, words
        self.gender, self.titles, self.sentence_initial = gender, titles, sentence_initial
        self.extractor, self.confidence, self.person = extractor, confidence, person
        self.aliases = [] if aliases is None else aliases
        self.standalone = standalone

    @property
    def name(self) -> str:
        if len(self.words) > 1 and self.text.endswith(_KYRGYZ_ENDS):
            # "Almaz Baktybekov uulu": Kyrgyz writes son or daughter of after the surname,
            # a part of the name that is no word of it to compare
            last = self.text.rsplit(None, 1)[-1]
            if last.lower() in _KYRGYZ_WORDS:
                return " ".join(self.words) + " " + last
        return " ".join(self.words)


_KYRGYZ_WORDS: Final = frozenset(("uulu", "kyzy", "уулу", "кызы"))
_KYRGYZ_ENDS: Final = tuple(_KYRGYZ_WORDS)


def overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
