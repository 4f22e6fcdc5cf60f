"""The learned layer's core: fitting, the model file, and the layer's switch."""

from __future__ import annotations

import json

from ffdb.extract import learn
from ffdb.extract.document import analyse
from ffdb.extract.learn import PairModel, fit, model_from_json
from ffdb.extract.pair_layer import learned_facts


def _rows() -> list[tuple[dict[str, float], bool]]:
    # right when the person is in the same sentence, whatever the language
    rows = []
    for i in range(60):
        same = i % 2 == 0
        rows.append(({"same_sentence": float(same), "lang_en": float(i % 3 == 0)}, same))
    return rows


def test_fit_learns_the_feature_that_decides() -> None:
    model = fit("groups", _rows())
    assert model.weights["same_sentence"] > 1.0
    assert abs(model.weights.get("lang_en", 0.0)) < model.weights["same_sentence"] / 4
    assert model.accepts({"same_sentence": 1.0})
    assert not model.accepts({"same_sentence": 0.0, "lang_en": 1.0})


def test_fit_is_deterministic() -> None:
    assert fit("groups", _rows()) == fit("groups", _rows())


def test_model_file_round_trip(tmp_path) -> None:
    model = fit("events", _rows(), threshold=0.7)
    path = tmp_path / "events.json"
    path.write_text(json.dumps(model.as_json()))
    again = model_from_json(json.loads(path.read_text()))
    assert again == model
    assert again.threshold == 0.7


def test_unknown_features_count_nothing() -> None:
    model = PairModel("groups", {"a": 2.0}, 0.0, 0.5)
    assert model.probability({"never_seen": 5.0}) == 0.5


def test_absent_model_switches_the_kind_off() -> None:
    assert learn.load_model("no_such_kind") is None
    found = analyse("Elnur Qasimov from Qusar fought for the Islamic State in Syria.")
    facts, events = learned_facts(found.ctx, found.facts, found.events, {})
    assert facts == [] and events == []
