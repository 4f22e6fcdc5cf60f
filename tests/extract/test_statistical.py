"""The optional spaCy model: a tiny NER pipeline trained here adds the persons the rules
cannot see (a name with no cue, no known given name, no surname suffix)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ffdb.extract import extract_document

spacy = pytest.importorskip("spacy")

TEXT = "Yesterday Qorx Bimbalo spoke to the press in the capital."


def _train(path: Path) -> str:
    from spacy.training import Example

    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    ner.add_label("PERSON")
    sentences = [
        ("Qorx Bimbalo spoke to the press.", [(0, 12, "PERSON")]),
        ("Yesterday Qorx Bimbalo spoke to the press in the capital.", [(10, 22, "PERSON")]),
        ("The press met Qorx Bimbalo today.", [(14, 26, "PERSON")]),
        ("Reporters said the capital was calm.", []),
    ]
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in sentences]
    random.seed(1)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    nlp.to_disk(path)
    return str(path)


def test_rules_alone_do_not_see_the_name() -> None:
    assert [p.name for p in extract_document(TEXT, language="en").persons] == []


def test_a_model_named_by_path_adds_its_persons(tmp_path: Path) -> None:
    model = _train(tmp_path / "tiny-ner")
    extraction = extract_document(TEXT, language="en", model=model)
    assert [p.name for p in extraction.persons] == ["Qorx Bimbalo"]
    mentions = [m for m in extraction.mentions if m.kind == "person"]
    assert mentions[0].extractor == "person_spacy.v1"
