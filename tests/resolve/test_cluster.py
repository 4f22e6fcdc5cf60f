from ffdb.model.claim import Judgement
from ffdb.resolve.cluster import cluster_entities


def judge(a: str, b: str, decision: str) -> Judgement:
    return Judgement(a, b, decision, "analyst", "2026-01-01T00:00:00")


def test_pairs_above_threshold_join_and_the_smallest_id_is_canonical() -> None:
    result = cluster_entities(
        ["c", "b", "a", "d"], [("a", "b", 0.95), ("b", "c", 0.9), ("c", "d", 0.4)], [], 0.8
    )
    assert result.canonical == {"a": "a", "b": "a", "c": "a", "d": "d"}


def test_different_judgement_splits_and_keeps_each_side_with_its_best_partner() -> None:
    pairs = [("a", "b", 0.99), ("b", "c", 0.9), ("a", "c", 0.85)]
    result = cluster_entities("abc", pairs, [judge("a", "c", "different")], 0.8)
    assert result.canonical["a"] == result.canonical["b"] == "a"
    assert result.canonical["c"] == "c"
    assert result.conflicts == []


def test_same_judgement_joins_what_the_machine_kept_apart() -> None:
    result = cluster_entities("ab", [("a", "b", 0.1)], [judge("b", "a", "same")], 0.8)
    assert result.canonical == {"a": "a", "b": "a"}


def test_same_then_different_through_a_third_entity_is_reported_as_conflict() -> None:
    judgements = [judge("a", "b", "same"), judge("b", "c", "same"), judge("a", "c", "different")]
    result = cluster_entities("abc", [], judgements, 0.8)
    assert result.conflicts == [("a", "c")]


def test_judgements_on_unknown_ids_are_ignored() -> None:
    result = cluster_entities("ab", [], [judge("a", "zzz", "same")], 0.8)
    assert result.canonical == {"a": "a", "b": "b"}
