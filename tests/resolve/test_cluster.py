"""Clustering: best pairs first, judgements win, vetoes and average linkage stop chains,
ambiguous entities are left for review."""

from __future__ import annotations

from ffdb.model.claim import Judgement
from ffdb.resolve.cluster import cluster_entities
from ffdb.resolve.score import PairScore


def judge(a: str, b: str, decision: str) -> Judgement:
    return Judgement(a, b, decision, "analyst", "2026-01-01T00:00:00")


def pair(a: str, b: str, score: float, *vetoes: str) -> PairScore:
    return PairScore(a, b, score, vetoes=list(vetoes), raw=score)


def test_pairs_above_threshold_join_and_the_smallest_id_is_canonical() -> None:
    pairs = [pair("a", "b", 0.95), pair("b", "c", 0.9), pair("c", "d", 0.4)]
    result = cluster_entities(["c", "b", "a", "d"], pairs, [], 0.8)
    assert result.canonical == {"a": "a", "b": "a", "c": "a", "d": "d"}
    assert [p.decision for p in pairs] == ["merged", "merged", "apart"]


def test_different_judgement_splits_and_keeps_each_side_with_its_best_partner() -> None:
    pairs = [pair("a", "b", 0.99), pair("b", "c", 0.76), pair("a", "c", 0.85)]
    assert set(cluster_entities("abc", pairs, [], 0.75).canonical.values()) == {"a"}
    result = cluster_entities("abc", pairs, [judge("a", "c", "different")], 0.75)
    assert result.canonical == {"a": "a", "b": "a", "c": "c"}
    assert pairs[1].decision == "blocked"
    assert result.conflicts == []


def test_an_entity_as_like_both_sides_of_a_split_is_left_for_review() -> None:
    pairs = [pair("a", "b", 0.99), pair("b", "c", 0.95), pair("a", "c", 0.85)]
    result = cluster_entities("abc", pairs, [judge("a", "c", "different")], 0.8)
    assert result.canonical == {"a": "a", "b": "b", "c": "c"}
    assert {pairs[0].decision, pairs[1].decision} == {"unsure"}


def test_same_judgement_joins_what_the_machine_kept_apart_even_a_veto() -> None:
    pairs = [pair("a", "b", 0.0, "same document")]
    result = cluster_entities("ab", pairs, [judge("b", "a", "same")], 0.8)
    assert result.canonical == {"a": "a", "b": "a"}


def test_same_then_different_through_a_third_entity_is_reported_as_conflict() -> None:
    judgements = [judge("a", "b", "same"), judge("b", "c", "same"), judge("a", "c", "different")]
    result = cluster_entities("abc", [], judgements, 0.8)
    assert result.conflicts == [("a", "c")]


def test_judgements_on_unknown_ids_and_unsure_ones_change_nothing() -> None:
    pairs = [pair("a", "b", 0.9)]
    judgements = [judge("a", "zzz", "same"), judge("a", "b", "unsure")]
    result = cluster_entities("ab", pairs, judgements, 0.8)
    assert result.canonical == {"a": "a", "b": "a"}


def test_a_veto_between_two_members_stops_a_chain() -> None:
    # b is like a and (less) like c, but a and c differ (other towns): b joins a only
    pairs = [pair("a", "b", 0.99), pair("b", "c", 0.76), pair("a", "c", 0.7, "hometowns differ")]
    result = cluster_entities("abc", pairs, [], 0.75)
    assert result.canonical == {"a": "a", "b": "a", "c": "c"}
    assert pairs[1].decision == "blocked"


def test_average_linkage_refuses_a_cluster_that_mostly_disagrees() -> None:
    pairs = [pair("a", "b", 0.95), pair("c", "b", 0.85), pair("c", "a", 0.1)]
    result = cluster_entities("abc", pairs, [], 0.8, link_floor=0.55)
    assert result.canonical["c"] == "c"
    assert cluster_entities("abc", pairs, [], 0.8).canonical["c"] == "a"


def test_an_entity_between_two_namesakes_kept_apart_is_left_for_review() -> None:
    # x and y: two men of one name from two towns; b names the man with no town
    pairs = [
        pair("x1", "x2", 1.0), pair("y1", "y2", 1.0),
        pair("x1", "y1", 0.7, "hometowns differ"), pair("x2", "y2", 0.7, "hometowns differ"),
        pair("b", "x1", 1.0), pair("b", "x2", 1.0), pair("b", "y1", 1.0), pair("b", "y2", 1.0),
    ]  # fmt: skip
    result = cluster_entities(["x1", "x2", "y1", "y2", "b"], pairs, [], 0.8)
    assert result.canonical["b"] == "b"
    assert result.canonical["x2"] == "x1" and result.canonical["y2"] == "y1"
    assert {p.decision for p in pairs[4:]} == {"unsure"}
    assert all("ambiguous" in p.reasons[-1] for p in pairs[4:])


def test_one_stray_report_does_not_make_the_others_ambiguous() -> None:
    # m4 gives a wrong hometown: it is split off, and the bare m2 stays with the majority
    pairs = [pair("m1", "m2", 1.0), pair("m1", "m3", 1.0), pair("m2", "m3", 1.0),
             pair("m2", "m4", 1.0), pair("m1", "m4", 0.7, "hometowns differ")]  # fmt: skip
    result = cluster_entities(["m1", "m2", "m3", "m4"], pairs, [], 0.8)
    assert result.canonical == {"m1": "m1", "m2": "m1", "m3": "m1", "m4": "m4"}


def test_clustering_twice_gives_the_same_answer() -> None:
    pairs = [pair("a", "b", 0.95), pair("b", "c", 0.9), pair("a", "c", 0.7, "ages differ")]
    first = cluster_entities("abc", pairs, [], 0.8).canonical
    assert cluster_entities("cba", pairs, [], 0.8).canonical == first
