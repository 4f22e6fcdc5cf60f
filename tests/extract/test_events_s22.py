"""Statuses said of several people at once, in shapes wire copy and court reports use
(fictional people): a list after a colon, terms given together, "as was X", "also held
were", "the other two"; and who "he" and "his" are after a sentence about someone else."""

from __future__ import annotations

from support import events_by_name, person_records


def _with(events: dict[str, dict[str, str | None]], status: str) -> set[str]:
    return {name for name, by in events.items() if status in by}


def test_a_list_after_a_colon_is_the_subject_of_the_cue_before_it() -> None:
    text = (
        "Three defendants were convicted in absentia and sentenced to eight years each: "
        'Karim Oufkir, known as "Abu Bilal"; Jonas Peeters, a convert from Ghent; and '
        "Reda Amrani, whose family says he died in Baghuz."
    )
    events = events_by_name(text, published="2026-02-10")
    assert _with(events, "sentenced") == {"Karim Oufkir", "Jonas Peeters", "Reda Amrani"}


def test_terms_given_together_are_each_mans_sentence() -> None:
    text = (
        "Daulet Ermekov received the longest term. His cousins, Arman and Nurbol Seitkali, "
        "were given eight and six years respectively. Gaukhar Ermekova received a suspended "
        "sentence."
    )
    events = events_by_name(text, published="2026-02-10")
    assert _with(events, "sentenced") == {
        "Daulet Ermekov",
        "Arman Seitkali",
        "Nurbol Seitkali",
        "Gaukhar Ermekova",
    }


def test_a_russian_pair_of_terms_sentences_both() -> None:
    text = "Ислам Гаджиев и Рустам Омаров получили 14 и 11 лет соответственно."
    events = events_by_name(text, published="2026-02-10")
    assert _with(events, "sentenced") == {"Ислам Гаджиев", "Рустам Омаров"}


def test_as_was_adds_one_more_to_the_status() -> None:
    text = (
        "The two guides, Emre and Baris Celik from Hatay, were arrested on Monday, as was "
        "their driver, Tariq Haddad. The other three travellers, Syrian farmers, were freed."
    )
    events = events_by_name(text, published="2026-02-10")
    assert _with(events, "arrested") == {"Emre Celik", "Baris Celik", "Tariq Haddad"}
    assert not _with(events, "released")


def test_also_held_were_the_names_after_it() -> None:
    text = (
        "Police detained three people at the airport. Also held were Dilnoza Karimova, 31, "
        "and her brother Anvar Karimov."
    )
    events = events_by_name(text, published="2026-02-10")
    assert _with(events, "detained") == {"Dilnoza Karimova", "Anvar Karimov"}


def test_a_bare_surname_is_the_man_named_in_full_not_the_brother_given_it() -> None:
    text = (
        "Islam Vakhidov was reported dead in 2016. His elder brother, Adlan, held a wake "
        "in Shali.\n\nOn Monday, Vakhidov appeared before a court in Grozny. Investigators "
        "say he was captured in Syria in 2018."
    )
    events = events_by_name(text, published="2026-02-10")
    assert "detained" in events["Islam Vakhidov"]
    assert "detained" not in events["Adlan Vakhidov"]


def test_he_after_a_sentence_about_its_subject_is_that_subject() -> None:
    text = (
        "Bilal Azzouzi, 41, a former imam, was found to have sent money to several men, "
        "including his nephew Samir Azzouzi, who was killed near Homs in 2014. He was "
        "arrested in Antwerp in May 2025 on his return from Tangier."
    )
    events = events_by_name(text, published="2026-02-10")
    assert "arrested" in events["Bilal Azzouzi"]
    assert set(events["Samir Azzouzi"]) == {"killed"}


def test_the_reason_of_a_verdict_is_every_defendants_group() -> None:
    text = (
        "The court sentenced Senad Begic, 41, of Zenica, to five years and his wife Lejla "
        "Begic, 36, to one year for membership of the Islamic State."
    )
    records = person_records(text, published="2026-02-10")
    assert records["Senad Begic"]["groups"] == ["Islamic State"]
    assert records["Lejla Begic"]["groups"] == ["Islamic State"]


def test_common_given_names_with_a_western_surname_are_persons() -> None:
    text = "Sarah Willems left for Raqqa in 2014. Maria Claes and Diana Wouters were detained."
    assert {"Sarah Willems", "Maria Claes", "Diana Wouters"} <= set(person_records(text))


def test_he_after_a_whose_clause_is_the_sentences_subject() -> None:
    text = (
        "Serik Abenov, whose brother Marat Abenov was killed in Baghouz in 2019, says he "
        "never left Turkey, from where he was deported in 2021."
    )
    events = events_by_name(text, published="2026-02-10")
    assert "returned" in events["Serik Abenov"]
    assert set(events["Marat Abenov"]) == {"killed"}


def test_brought_home_in_russian_is_a_return() -> None:
    text = "Также домой доставлены сёстры Лейла и Мадина Хаджиевы из Шали."
    events = events_by_name(text, published="2026-02-10")
    assert _with(events, "returned") == {"Лейла Хаджиева", "Мадина Хаджиева"}


def test_a_press_release_lede_is_the_man_named_next_though_its_announcers_are_named() -> None:
    text = (
        "TULSA – A Tulsa man was sentenced today to 12 years in federal prison for trying to "
        "join ISIS, announced Assistant Attorney General Dana Pruitt and U.S. Attorney Karl "
        "Brenner.\n\nAccording to court documents, Yusuf Hassan Warfa, 26, of Tulsa, bought "
        "a ticket to Istanbul in 2021."
    )
    events = events_by_name(text, published="2026-02-10")
    assert _with(events, "sentenced") == {"Yusuf Hassan Warfa"}


def test_a_lede_after_a_person_named_before_it_is_left_alone() -> None:
    text = (
        "Judge Karl Brenner spoke on Monday. A Tulsa man was sentenced to 12 years.\n\n"
        "Yusuf Hassan Warfa, 26, of Tulsa, bought a ticket to Istanbul in 2021."
    )
    events = events_by_name(text, published="2026-02-10")
    assert not _with(events, "sentenced")


def test_a_groups_other_name_after_known_as_is_no_person() -> None:
    text = (
        "The Uzbek battalion, known as Katibat Imam al-Bukhari, was founded in 2013 by "
        "Akmal Zufarbekov. Its Kyrgyz wing, Jannat Oshiklari, was led by Shukhrat Kadyrbekov."
    )
    records = person_records(text, published="2026-02-10")
    assert set(records) == {"Akmal Zufarbekov", "Shukhrat Kadyrbekov"}
    assert records["Akmal Zufarbekov"]["groups"] == ["Katibat Imam al-Bukhari"]


def test_a_quoted_kunya_after_the_organisation_is_a_mans_alias_not_a_group() -> None:
    text = (
        "Police detained Driton Zeqbeku, from Gjilan, known in the organisation as "
        '"Abu Ubejde al-Kosovi".'
    )
    records = person_records(text, published="2026-02-10")
    assert records["Driton Zeqbeku"]["aliases"] == ["Abu Ubejde al-Kosovi"]
    assert records["Driton Zeqbeku"]["groups"] == []


def test_a_group_named_for_a_kunya_is_still_a_group() -> None:
    text = (
        "In 2007 police broke up a cell in Sumqayit known as the “Abu Hamid” group. It was "
        "led by Rashad Qulubeyov, a Saudi-trained preacher."
    )
    records = person_records(text, published="2026-02-10")
    assert records["Rashad Qulubeyov"]["groups"] == ["Abu Hamid"]
