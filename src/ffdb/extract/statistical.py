"""An optional statistical model: an installed spaCy pipeline's PERSON/PER entities add
person candidates after the rules.

The rules stay the default and decide alone unless a model is named (the CLI reads
`FFDB_SPACY_MODEL` or `--model`; this module never reads settings). A model entity
becomes a name mention only where the rules found no name and no group, and it passes
the rules' own filters (no organisation word, not a place, not a stop word alone); its
mentions carry the extractor `person_spacy.v1` and a lower confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ffdb.extract.forms import normalise_words
from ffdb.extract.geo import is_place
from ffdb.extract.lexicon import organisation_words, stopwords
from ffdb.extract.people import NameMention
from ffdb.extract.tokens import fold

EXTRACTOR = "person_spacy.v1"
PERSON_LABELS = frozenset({"PERSON", "PER"})


@lru_cache(maxsize=4)
def load_model(name_or_path: str) -> Any:
    """The spaCy pipeline installed under that name or saved at that path."""
    import spacy

    return spacy.load(name_or_path)


def model_names(text: str, model: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the model's person entities."""
    nlp = load_model(model)
    doc = nlp(text)
    return [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ in PERSON_LABELS]


def add_model_names(
    text: str, names: list[NameMention], blocked: Sequence[tuple[int, int]], model: str
) -> list[NameMention]:
    """`names` with the model's person entities that the rules missed added."""
    taken = [(n.start, n.end) for n in names] + list(blocked)
    out = list(names)
    for start, end, surface in model_names(text, model):
        if any(s < end and start < e for s, e in taken) or not _plausible(surface):
            continue
        words = surface.split()
        out.append(
            NameMention(
                start,
                end,
                surface,
                "full" if len(words) > 1 else "titled",
                tuple(normalise_words(words, None)),
                extractor=EXTRACTOR,
                confidence=0.6,
            )
        )
        taken.append((start, end))
    out.sort(key=lambda m: m.start)
    return out


def _plausible(surface: str) -> bool:
    words = surface.split()
    if not words or len(words) > 5 or not surface[:1].isupper():
        return False
    folded = [fold(w) for w in words]
    if any(w in organisation_words() for w in folded):
        return False
    if len(words) == 1 and (folded[0] in stopwords() or is_place(surface)):
        return False
    return not is_place(surface)
