"""The hometown candidates of the learned additions (`pair_hometowns`) and their model.

The committed model's threshold is the one `tools/train_models.py` chose; the end-to-end
cases run its weights at a threshold no higher than 0.5 (the one recommended for fresh
text), so they fail without the model's weights and hold whichever threshold is set.
"""

from __future__ import annotations

import pytest

from ffdb.extract import pair_layer
from ffdb.extract.document import analyse, extract_document
from ffdb.extract.fact_people import Fact
from ffdb.extract.learn import Candidate, PairModel, load_model
from ffdb.extract.pair_hometowns import EXTRACTOR, accept
from ffdb.extract.pair_layer import candidates

TURKISH = "Mart 2015 — Kayseri'den arkadaşı Murat Yücel ile birlikte Suriye'ye gitti."
AZERBAIJANI = "Rəşad Əliyev 2013-cü ilin yayında Lənkərandan çıxıb və Türkiyəyə gedib."
RUSSIAN = "Тимур Гасанов покинул Хасавюрт летом 2014 года вместе с женой."
ENGLISH = "Tariq Osmani left Qusar in the summer of 2014 with his cousin."
ARREST = "Tariq Osmani was detained in Baku on Monday. He was killed in Syria in 2016."
RULED = "Tariq Osmani, a native of Quba, left Qusar in the summer of 2014."


def _candidates(text: str) -> list[Candidate]:
    found = analyse(text)
    return candidates(found.ctx, found.facts, found.events, "hometowns")


def _person(text: str, name: str) -> int:
    found = analyse(text)
    return next(n.person for n in found.ctx.names if found.ctx.text[n.start : n.end] == name)


@pytest.mark.parametrize(
    ("text", "name", "place", "expected"),
    [
        (TURKISH, "Murat Yücel", "Kayseri", {"case_abl", "origin_near", "d_clause", "lang_tr"}),
        (AZERBAIJANI, "Rəşad Əliyev", "Lənkəran", {"case_abl", "w_leave", "lang_az"}),
        (RUSSIAN, "Тимур Гасанов", "Хасавюрт", {"w_leave", "person_before", "lang_ru"}),
        (ENGLISH, "Tariq Osmani", "Qusar", {"w_leave", "origin_near", "nearest", "lang_en"}),
    ],
)
def test_generator_proposes_the_place_near_the_person(
    text: str, name: str, place: str, expected: set[str]
) -> None:
    found = [c for c in _candidates(text) if c.value == place]
    assert len(found) == 1
    assert found[0].person == _person(text, name)
    assert expected <= {k for k, v in found[0].features.items() if v}


def test_no_candidate_for_an_arrest_place_or_the_war_zone() -> None:
    assert _candidates(ARREST) == []


def test_no_candidate_for_a_person_with_a_rule_hometown() -> None:
    assert _candidates(RULED) == []


def test_accept_builds_the_rules_fact_shape() -> None:
    found = analyse(TURKISH)
    candidate = candidates(found.ctx, found.facts, found.events, "hometowns")[0]
    fact = accept(found.ctx, candidate, 0.61)
    assert isinstance(fact, Fact)
    assert fact.prop == "hometown" and fact.value == "Kayseri"
    assert fact.extractor == EXTRACTOR and fact.confidence == 0.61
    assert fact.extra["place"]["name"] == "Kayseri"
    assert fact.person == _person(TURKISH, "Murat Yücel")


@pytest.fixture
def recommended(monkeypatch: pytest.MonkeyPatch) -> None:
    """The committed weights at a threshold of at most 0.5; the other kinds off."""
    model = load_model("hometowns")
    assert model is not None, "the committed hometown model is missing"
    patched = PairModel(model.kind, model.weights, model.bias, min(model.threshold, 0.5))

    def only_hometowns(kind: str) -> PairModel | None:
        return patched if kind == "hometowns" else None

    monkeypatch.setattr(pair_layer, "load_model", only_hometowns)


def _hometowns(text: str) -> dict[str, str | None]:
    return {p.name: p.hometown for p in extract_document(text).persons}


@pytest.mark.usefixtures("recommended")
def test_model_adds_a_hometown_the_rules_miss() -> None:
    assert _hometowns(TURKISH) == {"Murat Yücel": "Kayseri"}
    assert _hometowns(AZERBAIJANI) == {"Rəşad Əliyev": "Lənkəran"}


def test_rules_alone_miss_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pair_layer, "load_model", lambda kind: None)
    assert _hometowns(TURKISH) == {"Murat Yücel": None}


@pytest.mark.usefixtures("recommended")
def test_model_adds_no_arrest_place_and_keeps_the_rules_hometown() -> None:
    assert _hometowns(ARREST) == {"Tariq Osmani": None}
    assert _hometowns(RULED) == {"Tariq Osmani": "Quba"}
