"""The hometown candidates of the learned additions (`pair_hometowns`) and their model.

The committed model's threshold is the one `tools/train_models.py` chose; the end-to-end
cases run its weights at a threshold no higher than 0.5, so they fail without the
model's weights and hold whichever threshold is set between 0.4 and 0.5.
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
AZERBAIJANI = "Rəşad Əliyev 2013-cü ilin yayında Lənkərandan çıxıb."
RUSSIAN = "Тимур Гасанов покинул Хасавюрт летом 2014 года вместе с женой."
ENGLISH = "Tariq Osmani left Qusar in the summer of 2014 with his cousin."
ARREST = "Tariq Osmani was detained in Baku on Monday. He was killed in Syria in 2016."
RULED = "Tariq Osmani, a native of Quba, left Qusar in the summer of 2014."
# A list entry: the name, its alias, patronymic or age, then the place.
LIST_ENTRIES = [
    ("Axtarışda olan şəxslər: Əliyev Rəşad Kamal oğlu, 29 yaş, Lənkəran.", "Lənkəran"),
    ("Разыскиваются: Гасанов Тимур Русланович, 27 лет, Хасавюрт.", "Хасавюрт"),
    ("Wanted: Tariq Osmani, 25, Qusar.", "Qusar"),
    ("Arananlar: Murat Yücel (29), Kayseri.", "Kayseri"),
]
# The place opens the next entry, whose name follows it before the entry ends.
NEXT_ENTRY = "Gözaltına alınanlar: Murat Yücel (29), Kayseri doğumlu Ahmet Kaya (31)."
# The mother who speaks is the story's source: the place is her son's.
SPEAKER = "Tariq Osmani left Qusar in 2014, his mother Leyla Osmani says."
# "Anar" is a given name here, though the gazetteer holds a town of that name.
GIVEN_NAME = "Anar Məmmədov 2014-cü ildə Suriyaya gedib. Anardan başqa kənddən iki nəfər də gedib."
# A relative between the person and the place shares the home.
RELATIVE = "Gəncə sakini Sevinc Kərimova üç ildir ki, oğlu Emin Kərimov haqqında xəbər gözləyir."
# News from a city is no home, though "from" stands right before the name.
NEWS_FROM = "Ankara'dan gelen haberlere göre Murat Yücel gözaltına alındı."


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


@pytest.mark.parametrize(("text", "place"), LIST_ENTRIES)
def test_a_list_entry_place_is_an_apposition(text: str, place: str) -> None:
    found = [c for c in _candidates(text) if c.value == place]
    assert len(found) == 1
    assert found[0].features.get("gap_apposition") and found[0].features.get("origin_near")


def test_no_apposition_when_the_place_opens_the_next_entry() -> None:
    found = _candidates(NEXT_ENTRY)
    assert found and not any(c.features.get("gap_apposition") for c in found)


def test_no_candidate_for_a_speaker_or_a_given_name() -> None:
    assert {c.person for c in _candidates(SPEAKER)} == {_person(SPEAKER, "Tariq Osmani")}
    assert not any(c.value == "Anar" for c in _candidates(GIVEN_NAME))


def test_a_relative_between_does_not_block_the_candidate() -> None:
    found = [c for c in _candidates(RELATIVE) if c.person == _person(RELATIVE, "Emin Kərimov")]
    assert [c.value for c in found] == ["Gəncə"]
    assert found[0].features.get("between_1") and found[0].features.get("relative_here")


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


@pytest.mark.usefixtures("recommended")
@pytest.mark.parametrize(("text", "place"), LIST_ENTRIES)
def test_model_adds_a_list_entry_place(text: str, place: str) -> None:
    assert list(_hometowns(text).values()) == [place]


def test_rules_alone_miss_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pair_layer, "load_model", lambda kind: None)
    assert _hometowns(TURKISH) == {"Murat Yücel": None}
    for text, _ in LIST_ENTRIES:
        assert list(_hometowns(text).values()) == [None]


@pytest.mark.usefixtures("recommended")
def test_model_adds_no_arrest_place_and_keeps_the_rules_hometown() -> None:
    assert _hometowns(ARREST) == {"Tariq Osmani": None}
    assert _hometowns(RULED) == {"Tariq Osmani": "Quba"}
    assert _hometowns(NEWS_FROM) == {"Murat Yücel": None}
    assert _hometowns(SPEAKER)["Leyla Osmani"] is None


def _features(text: str, place: str) -> set[str]:
    found = [c for c in _candidates(text) if c.value == place]
    assert len(found) == 1
    return {k for k, v in found[0].features.items() if v}


def test_russian_v_with_the_prepositional_is_where_not_whither() -> None:
    features = _features("Нариман Эминов всю жизнь проработал учителем в Дербенте.", "Дербент")
    assert "prep_in" in features and "prep_to" not in features
    # the accusative is a journey's end: no candidate
    assert _candidates("Тимур Гасанов уехал в Дербент летом 2014 года.") == []


def test_a_hyphened_birth_word_is_an_origin() -> None:
    # ("The Antwerp-born man served ..." right after the name is the rules' own hometown)
    text = (
        "Bilal Ouchen was sentenced on Monday. His lawyer said the Antwerp-born defendant had "
        "served in Raqqa."
    )
    assert {"origin", "d_prev"} <= _features(text, "Antwerp")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Malatya'nın merkeze bağlı bir mahallesinde oturan 56 yaşındaki Zeynep Kılıç, "
            "iki yıldır oğlunu bekliyor.",
            "Malatya",
        ),
        (
            "Qəbələ rayonunun Vəndam kəndində Səbinə Hüseynovanın evi kəndin ən kənarındadır.",
            "Vəndam, Qəbələ",
        ),
    ],
)
def test_a_home_in_the_settlement_noun_s_locative(text: str, place: str) -> None:
    assert {"noun_loc", "home_at", "origin_near"} <= _features(text, place)
