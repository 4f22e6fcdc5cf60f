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


def _pairs_that_count_together() -> list[tuple[dict[str, float], bool]]:
    # right only when both hold: no sum of weights draws that line, a tree does
    rows = []
    for i in range(200):
        one_group, fighter = float(i % 2 == 0), float(i % 3 == 0)
        rows.append(({"one_group": one_group, "fighter": fighter}, bool(one_group and fighter)))
    return rows


def test_trees_learn_features_that_count_only_together() -> None:
    from ffdb.extract.learn_trees import fit_trees

    model = fit_trees("groups", _pairs_that_count_together())
    assert model.accepts({"one_group": 1.0, "fighter": 1.0})
    assert not model.accepts({"one_group": 1.0})
    assert not model.accepts({"fighter": 1.0})
    assert not model.accepts({})


def test_trees_survive_the_model_file(tmp_path) -> None:
    from ffdb.extract.learn_trees import fit_trees

    model = fit_trees("groups", _pairs_that_count_together(), rounds=20)
    path = tmp_path / "groups.json"
    path.write_text(json.dumps(model.as_json()))
    again = model_from_json(json.loads(path.read_text()))
    assert again == model
    case = {"one_group": 1.0, "fighter": 1.0}
    assert again.probability(case) == model.probability(case)


def test_indexed_trees_read_as_every_tree() -> None:
    from ffdb.extract.learn import index_trees

    # the second tree's root cut lies below 0: an absent root takes its right side
    trees = (
        ("a", 0.0, "b", 0.0, "c", 0.0, 0.1, -0.2, 0.3, -0.4),
        ("b", -1.0, "a", 0.5, "c", 0.0, 0.05, 0.6, -0.7, 0.8),
        ("c", 0.0, "", 0.0, "a", 0.0, -0.3, 0.0, 0.2, 0.9),
    )
    plain = PairModel("events", {}, -0.1, 0.5, trees)
    indexed = PairModel("events", {}, -0.1, 0.5, trees, index_trees(trees))
    for case in ({}, {"a": 1.0}, {"b": 1.0}, {"c": 1.0}, {"a": 1.0, "c": 1.0}, {"b": -2.0}):
        assert abs(indexed.probability(case) - plain.probability(case)) < 1e-12


def test_committed_models_read_the_same_indexed() -> None:
    for kind in ("events", "groups", "hometowns"):
        model = learn.load_model(kind)
        if model is None or not model.trees:
            continue
        plain = PairModel(kind, model.weights, model.bias, model.threshold, model.trees)
        names = sorted({t[0] for t in model.trees} | {t[2] for t in model.trees})[:40]
        for i in range(len(names)):
            case = {name: 1.0 for name in names[i : i + 7]}
            assert abs(model.probability(case) - plain.probability(case)) < 1e-12
