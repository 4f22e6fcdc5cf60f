"""The learned status events (`pair_events.py` and the committed `data/models/events.json`):
every cue the rules read × the persons near it whom the rules did not give its status,
described by where they stand from the cue; an accepted candidate is an event of its
own extractor, dated as the rules date one from the cue (fictional people)."""

from __future__ import annotations

from ffdb.extract.document import analyse
from ffdb.extract.learn import PairModel, load_model
from ffdb.extract.pair_events import EXTRACTOR, generate
from ffdb.extract.pair_layer import learned_facts

# a sentence gapped after its first name: the rules give the term to the first only
GAPPED = (
    "«Южный вестник», 12 марта 2024 года\n\n"
    "Шамиль Гаджимурадов, Руслан Абакаров и Арсен Магомедрасулов выехали в Сирию в 2014 "
    "году. Вчера суд вынес приговор. Гаджимурадову назначено 18 лет лишения свободы, "
    "Абакарову и Магомедрасулову — по 16 лет.\n"
)


def _named(found: object) -> dict[int, str]:
    ctx = found.ctx  # type: ignore[attr-defined]
    return {n.person: n.words[-1] for n in reversed(ctx.names)}


def test_candidates_are_persons_near_a_cue_without_its_status() -> None:
    found = analyse(GAPPED)
    names = _named(found)
    ruled = {(names[e.person], e.status) for e in found.events}
    assert ("Гаджимурадов", "sentenced") in ruled
    candidates = {
        (names[c.person], c.value): c for c in generate(found.ctx, found.facts, found.events)
    }
    assert ("Абакаров", "sentenced") in candidates
    assert ("Магомедрасулов", "sentenced") in candidates
    assert not set(candidates) & ruled  # never a status the rules already gave
    features = candidates["Абакаров", "sentenced"].features
    assert features["hit_taken"] == 1.0  # the rules gave this cue to another man
    assert features["o_same"] == 1.0 and features["o_after"] == 1.0


def test_an_accepted_candidate_is_an_event_of_its_own_extractor() -> None:
    found = analyse(GAPPED)
    names = _named(found)
    everything = {"events": PairModel("events", {}, 5.0, 0.5)}
    _facts, events = learned_facts(found.ctx, found.facts, found.events, everything)
    added = {names[e.person]: e for e in events if e.status == "sentenced"}
    assert {"Абакаров", "Магомедрасулов"} <= set(added)
    event = added["Абакаров"]
    assert event.extra["extractor"] == EXTRACTOR
    assert 0.99 < event.confidence <= 1.0
    assert GAPPED[event.cue_start : event.cue_end] == "назначено"
    assert event.date == "2024-03-11"  # "вчера" of the dateline, as the rules read it
    nothing = {"events": PairModel("events", {}, -5.0, 0.5)}
    assert learned_facts(found.ctx, found.facts, found.events, nothing) == ([], [])


def test_the_committed_model_is_a_boosted_one_with_a_strict_threshold() -> None:
    model = load_model("events")
    assert model is not None
    assert model.trees and model.threshold >= 0.5
