"""Russian and Tajik names: police order opening a sentence ("Хайруллин Айдар
Ринатович, 1990 г.р."), Tajik given names ("Саъдулло"), a kin's own name set off after
its owner ("Мать Мовсара, Зарема,") or after a pronoun ("Мать его, Мавжуда,"), an age
in "год" and a description between it and the town ("61 год, пенсионер из Куляба")."""

from __future__ import annotations

from support import person_records


def test_police_order_opening_a_sentence_keeps_the_surname() -> None:
    text = "Гималтдинов Ильдар Рустемович, 1989 г.р., уроженец г. Альметьевска, задержан."
    persons = person_records(text)
    assert set(persons) == {"Ильдар Рустемович Гималтдинов"}
    assert persons["Ильдар Рустемович Гималтдинов"]["aliases"] == [
        "Ильдар Гималтдинов",
        "Гималтдинов Ильдар Рустемович",
    ]


def test_a_tajik_father_with_his_age_and_a_description_before_his_town() -> None:
    text = "Нурулло Саидов, 61 год, пенсионер из Худжанда, ищет сына."
    record = person_records(text)["Нурулло Саидов"]
    assert (record["age"], record["hometown"]) == (61, "Худжанд")


def test_a_kins_own_name_after_the_owner_or_a_pronoun() -> None:
    persons = person_records("Мать Рамазана, Зарема, просила о помощи.")
    assert "Зарема" in persons
    persons = person_records("Мать его, Мавжуда, с тех пор не спит.")
    assert set(persons) == {"Мавжуда"}
    persons = person_records("Annesi Marleen, Flaman televizyonuna konuştu.")
    assert set(persons) == {"Marleen"}
