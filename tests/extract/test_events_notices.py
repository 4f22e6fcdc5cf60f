"""Events told once for several persons or in the inverted order of notices: a count
with the names listed below ("The three men were detained on landing: • A ... • B"),
"two of our brothers who were killed" before numbered entries, a participle put first
("Also wounded was X"), a court that "gave" a term, terms "received" by a list whose
items carry descriptions, a journey to "the land of the Khilafah", and a report the next
sentence calls a lie."""

from __future__ import annotations

from support import events_by_name, person_records

_RETURNEES = """Tirana Courier
Date: 9 September 2022

The three men were detained on landing at Tirana airport on Sunday, police said. Their
names were released the next day:

• Ermal Basha, 31, from Elbasan — went to Syria in 2014.

• Gentian Hoxhaj, 27, from Shkodër — a former fighter who was wounded in 2017.

• Kujtim Lleshi, 40, from Durrës.
"""


def test_a_count_with_its_names_listed_below_gives_each_entry_the_event() -> None:
    events = events_by_name(_RETURNEES)
    for name in ("Ermal Basha", "Gentian Hoxhaj", "Kujtim Lleshi"):
        assert events[name].get("detained") == "2022-09-04", name
    assert events["Ermal Basha"].get("travelled") == "2014"


def test_a_count_with_fewer_entries_below_than_it_says_gives_none() -> None:
    text = _RETURNEES.replace("• Kujtim Lleshi, 40, from Durrës.\n", "")
    events = events_by_name(text)
    assert "detained" not in events["Ermal Basha"]


_NOTICE = """Sawt al-Ghuraba [ENG]
📅 3 March 2016, 19:40

We announce the martyrdom of two of our brothers who were killed yesterday near Palmyra.

1️⃣ Abu Harith al-Hollandi — the brother Sander Visser, from Utrecht.
He reached the land of the Khilafah in 2014.

2️⃣ Abu Sulaym al-Swedi — the brother Oskar Lind, from Malmö.

Also wounded in the same battle was the brother Abu Yahya al-Dimashqi, who is recovering.
"""


def test_martyrs_counted_in_the_lead_are_the_numbered_entries() -> None:
    events = events_by_name(_NOTICE)
    assert events["Sander Visser"].get("killed") == "2016-03-02"
    assert events["Oskar Lind"].get("killed") == "2016-03-02"
    assert events["Sander Visser"].get("travelled") == "2014"


def test_a_participle_put_first_belongs_to_the_name_after_was() -> None:
    events = events_by_name(_NOTICE)
    assert "injured" in events["Abu Yahya al-Dimashqi"]
    text = "Also arrested on Friday were Anil Gjoka and Besnik Duka, the police said."
    events = events_by_name(text, published="2020-02-10")
    assert "arrested" in events["Anil Gjoka"] and "arrested" in events["Besnik Duka"]


def test_a_court_that_gave_a_term_sentenced_its_object_not_a_welcome() -> None:
    text = (
        "On 4 May 2021 Judge Lale Kerimova gave Samir Aslanov, 33, twelve years in prison. "
        "She gave Aydan Rzayeva a warm welcome."
    )
    events = events_by_name(text)
    assert events["Samir Aslanov"] == {"sentenced": "2021-05-04"}
    assert "sentenced" not in events.get("Aydan Rzayeva", {})
    assert "sentenced" not in events.get("Lale Kerimova", {})


def test_terms_received_by_a_list_whose_items_carry_descriptions() -> None:
    text = (
        "Farid Musayev, a 35-year-old native of Lankaran, and Rashad Nabiyev of Masally "
        "received ten and seven years respectively on 12 June 2020."
    )
    events = events_by_name(text)
    assert events["Farid Musayev"] == {"sentenced": "2020-06-12"}
    assert events["Rashad Nabiyev"] == {"sentenced": "2020-06-12"}
    russian = "Ахмед Гаджиев, уроженец Буйнакска, и Рустам Омаров задержаны 2 марта 2019 года."
    events = events_by_name(russian)
    assert events["Ахмед Гаджиев"] == {"detained": "2019-03-02"}
    assert events["Рустам Омаров"] == {"detained": "2019-03-02"}


def test_a_report_the_next_sentence_calls_a_lie_makes_no_event() -> None:
    text = (
        "Enemy media claimed last week that the brother Abu Bakr al-Kenyi had been captured "
        "near Hajin. This is a lie. The brother is with us."
    )
    assert person_records(text, published="2018-11-02")["Abu Bakr al-Kenyi"]["events"] == []
    kept = "Police said that Murat Kaya had been captured near Kilis. This is a first."
    assert "detained" in events_by_name(kept, published="2018-11-02")["Murat Kaya"]


def test_the_state_as_a_group_in_martyr_posts() -> None:
    text = (
        "Abu Hamza al-Suedi reached the land of the Khilafah in 2015 and fought with the "
        "soldiers of the Dawlah in Raqqa."
    )
    record = person_records(text)["Abu Hamza al-Suedi"]
    assert record["groups"] and "Dawlah" in record["groups"][0]
    assert {e["status"]: e["date"] for e in record["events"]} == {"travelled": "2015"}


def test_a_subject_among_those_a_country_repatriated() -> None:
    text = (
        "Anna Keller, a convert from Bochum, was among the women Germany repatriated in "
        "March 2022. Her lawyer was among the people who spoke."
    )
    assert events_by_name(text)["Anna Keller"] == {"returned": "2022-03"}


def test_she_is_the_woman_named_before_her_husband_who_went_with_her() -> None:
    text = (
        "Dinara Seitova, 30, from Taraz, went to Syria in 2014 with her husband, Ruslan "
        "Akhmetov. She was repatriated in May 2019. Он погиб в 2017 году."
    )
    events = events_by_name(text)
    assert events["Dinara Seitova"] == {"travelled": "2014", "returned": "2019-05"}
    assert events["Ruslan Akhmetov"].get("travelled") == "2014"
    assert "returned" not in events["Ruslan Akhmetov"]


def test_a_speaker_of_a_death_is_not_the_dead_and_a_death_denied_in_its_sentence() -> None:
    text = (
        "Bradford man killed in Syria\n\n"
        "Kamran Aziz, 24, was killed in Raqqa last month. His father, Javed Aziz, 58, "
        "said the family had been told of his death by phone. Another man, Bilal Iqbal, "
        "was reported killed last year, but his family insist that he is alive."
    )
    events = events_by_name(text, published="2016-08-17")
    assert events["Kamran Aziz"] == {"killed": "2016-07"}
    assert events["Javed Aziz"] == {}
    assert events["Bilal Iqbal"] == {}


def test_a_warrant_for_her_arrest_is_a_search_not_an_arrest() -> None:
    text = (
        "Farhiya Ali Warsame, 26, of Columbus, remains at large; a warrant was issued for "
        "her arrest on 3 May 2022."
    )
    assert events_by_name(text)["Farhiya Ali Warsame"] == {"wanted": "2022-05-03"}


def test_a_death_reported_and_unconfirmed_in_the_same_sentence() -> None:
    text = (
        "В МВД подчеркнули, что сведения о гибели Тимура Хасанова, которые публиковались "
        "в соцсетях, официального подтверждения не получили."
    )
    assert events_by_name(text, published="2021-05-01") == {"Тимур Хасанов": {}}
