"""What the structure around a learned event's candidate tells the model
(`pair_events_structure.py`): a count the names of the cue's sentence do not fill, a
person set against another ("X isə ..."), a person whose own clause holds a cue of its
own, and entries of a list (fictional people)."""

from __future__ import annotations

from ffdb.extract.document import analyse
from ffdb.extract.pair_events import generate
from ffdb.extract.pair_events_structure import count_features


def _candidates(text: str) -> dict[tuple[str, str], dict[str, float]]:
    found = analyse(text, published="2024-05-20")
    names = {n.person: n.words[-1] for n in reversed(found.ctx.names)}
    return {
        (names[c.person], c.value): c.features
        for c in generate(found.ctx, found.facts, found.events)
    }


def test_no_candidate_when_the_sentence_names_fewer_than_it_counts() -> None:
    text = (
        "Вчера задержаны трое подозреваемых — житель Казани Сафаров Тимур Ильдарович, "
        "1990 года рождения, и уроженец Уфы Нуриев Ильдар Ринатович, 1988 года рождения.\n"
    )
    assert ("Нуриев", "detained") not in _candidates(text)


def _counted(text: str, cue: str, named: int) -> dict[str, float]:
    ctx = analyse(text, published="2024-05-20").ctx
    start = text.index(cue)
    sentence = ctx.index.at(start)
    assert sentence is not None
    return count_features(ctx, sentence, start, start + len(cue), named, True)


def test_names_among_those_counted_are_not_refused() -> None:
    english = "Police said three men were detained, among them John Harlow and Peter Quill.\n"
    assert "count_over_same" in _counted(english.replace(", among them", ":"), "detained", 2)
    assert "count_over_same" not in _counted(english, "detained", 2)
    russian = "Задержаны трое мужчин, в том числе Руслан Алиев и Магомед Гасанов.\n"
    assert _counted(russian, "Задержаны", 2)["count_over"] == 1.0
    assert "count_over_same" not in _counted(russian, "Задержаны", 2)
    turkish = "Üç şüpheli gözaltına alındı: Ali Demir, Veli Kurt ve Hasan Çelik.\n"
    assert _counted(turkish, "gözaltına", 3) == {"count_told": 1.0, "count_fits": 1.0}


def test_counts_of_nouns_with_a_dotless_i_and_counts_without_nouns() -> None:
    # "sanık", "KADIN": the noun is read as the text writes it, in either case
    turkish = "Üç sanık gözaltına alındı, Ali Demir ve Veli Kurt tutuklandı.\n"
    assert _counted(turkish, "gözaltına", 2)["count_over"] == 1.0
    upper = "ÜÇ KADIN gözaltına alındı: Ayşe Demir ve Elif Kurt.\n"
    assert _counted(upper, "gözaltına", 2)["count_over"] == 1.0
    # a count word that counts persons by itself, no noun after it
    russian = "Оба были задержаны в Казани: Руслан Алиев и Магомед Гасанов.\n"
    assert _counted(russian, "задержаны", 2)["count_fits"] == 1.0
    english = "Both were detained on Monday, police said.\n"
    assert _counted(english, "detained", 1)["count_over"] == 1.0
    assert _counted("Police detained Ali Demir on Monday.\n", "detained", 1) == {}


def test_a_person_set_against_another_in_azerbaijani() -> None:
    text = (
        "Bakı, 5 mart 2019\n\nMartın 2-də iki vətəndaş Bakıya gətirilib. Günel Əliyeva "
        "evə qayıdıb. Qadın sərbəst buraxılıb, Quliyev isə həbs edilib.\n\n"
        "Rəşad Quliyev 1985-ci il təvəllüdlüdür.\n"
    )
    features = _candidates(text)[("Quliyev", "released")]
    assert features["p_contrast"] == 1.0
    assert features["p_clause_cue"] == 1.0  # his own clause has a cue of its own


def test_a_person_set_against_another_in_russian() -> None:
    text = (
        "Махачкала, 6 мая 2021 г.\n\nРуслан Алиев погиб в Сирии в 2015 году, а Магомед "
        "Гасанов вернулся домой.\n"
    )
    features = _candidates(text).get(("Гасанов", "killed"))
    assert features is not None and features["p_contrast"] == 1.0


def test_entries_of_a_list_and_a_cue_on_another_entry() -> None:
    english = (
        "LEEDS, 5 March 2019\n\nThe list reads:\n\n1. John Harlow, 29, from Leeds.\n\n"
        "2. Peter Quill, 31. He travelled to Syria in 2015.\n"
    )
    azerbaijani = (
        "Bakı, 5 mart 2019\n\nSiyahı belədir:\n\n1. Rəşad Quliyev, 1985-ci il "
        "təvəllüdlü, Şəkidən.\n\n2. Günel Əliyeva, 1990-cı il təvəllüdlü, 2016-cı ildə "
        "Suriyaya gedib.\n"
    )
    for text, name in ((english, "Harlow"), (azerbaijani, "Quliyev")):
        features = _candidates(text)[(name, "travelled")]
        assert features["p_entry"] == 1.0
        assert features["p_entry_no_cue"] == 1.0  # his own entry tells no status
        assert features["cue_other_entry"] == 1.0
