"""A name whose first word no list knows, vouched for by the words around it (an age, a
town), is kept whole: "Abdirahman Yusuf Warsame, 27, of Minneapolis" is not "Yusuf
Warsame"; a role word before a name is still no part of it."""

from __future__ import annotations

from support import person_records


def test_an_unknown_first_word_of_a_vouched_name_is_kept() -> None:
    text = "Mahamed Abdiqadir Hersi, 31, of Columbus, was charged on Monday."
    persons = person_records(text, published="2023-05-03")
    assert set(persons) == {"Mahamed Abdiqadir Hersi"}
    assert persons["Mahamed Abdiqadir Hersi"]["age"] == 31


def test_a_role_word_before_a_vouched_name_stays_out() -> None:
    text = "Prosecutor Derya Aksoy, 45, said the men would be tried."
    assert set(person_records(text)) == {"Derya Aksoy"}
