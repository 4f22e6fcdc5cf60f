"""Counted departures: an article opening with "Seven young men left Kičevo for Syria"
then telling of them one by one gives each fighter it tells of the town and the journey,
and no one else (relatives, preachers, women outside a count of men)."""

from __future__ import annotations

from typing import Any

from ffdb.extract import extract_document


def _persons(text: str, published: str = "2018-03-03") -> dict[str, dict[str, Any]]:
    records = extract_document(text, published=published).records()
    return {r["name"]: r for r in records if r["type"] == "person"}


def _statuses(person: dict[str, Any]) -> set[str]:
    return {e["status"] for e in person["events"]}


ENGLISH = """THE MEN WHO LEFT GOSTIVAR
Published: 3 March 2018

Five young men left Gostivar for Syria between 2013 and 2015. Two are dead.

The first was Arben Kurteshi. He was killed near Raqqa in 2015, his mother, Drita Kurteshi, said.

Valon Rexhaj came back in 2016 and was arrested within a week.

A preacher, Sadri Mehmeti, was sentenced in 2017 for recruiting them.
"""


def test_the_counted_fighters_are_from_the_town_and_went() -> None:
    found = _persons(ENGLISH)
    for name in ("Arben Kurteshi", "Valon Rexhaj"):
        assert found[name]["hometown"] == "Gostivar", name
        assert "travelled" in _statuses(found[name]), name
    assert _statuses(found["Valon Rexhaj"]) >= {"returned", "arrested", "travelled"}


def test_relatives_and_recruiters_are_not_counted() -> None:
    found = _persons(ENGLISH)
    assert found["Drita Kurteshi"]["hometown"] is None
    assert found["Sadri Mehmeti"]["hometown"] is None
    assert "travelled" not in _statuses(found["Sadri Mehmeti"])


def test_a_count_far_from_the_opening_makes_no_set() -> None:
    opening = "Published: 3 March 2018\n\n" + "The court sat for a week. " * 8 + "\n\n"
    text = opening + ENGLISH.split("\n\n", 1)[1]
    found = _persons(text)
    assert found["Valon Rexhaj"]["hometown"] is None


AZERBAIJANI = """Qaxın Zərnə kəndindən gedənlər
Dərc olunub: 10 may 2017

Qaxın Zərnə kəndindən 2014-cü ildə altı gənc Suriyaya gedib.

İlk gedən Rövşən Məlikov olub. O, 2015-ci ildə Rəqqədə öldürülüb.

Kəndin imamı Tofiq Hüseynov deyir ki, gənclərin çoxu işsiz idi.
"""


def test_azerbaijani_village_with_its_district() -> None:
    found = _persons(AZERBAIJANI, "2017-05-10")
    assert found["Rövşən Məlikov"]["hometown"] in ("Zərnə, Qax", "Zərnə")
    assert "travelled" in _statuses(found["Rövşən Məlikov"])
    assert found["Tofiq Hüseynov"]["hometown"] is None


RUSSIAN = """Из Хасавюрта в Сирию
Опубликовано: 5 апреля 2017

В 2014 году из Хасавюрта в Сирию уехали пятеро молодых людей.

Первым уехал Ислам Гаджимурадов. Он погиб под Алеппо в 2016 году.

Его сестра Патимат Гаджимурадова говорит, что он звонил каждую неделю.
"""


def test_russian_count_and_a_woman_outside_a_count_of_men() -> None:
    found = _persons(RUSSIAN, "2017-04-05")
    assert found["Ислам Гаджимурадов"]["hometown"] == "Хасавюрт"
    assert "travelled" in _statuses(found["Ислам Гаджимурадов"])
    assert found["Патимат Гаджимурадова"]["hometown"] is None


def test_a_sentence_naming_its_traveller_is_no_count() -> None:
    text = (
        "Published: 1 May 2016\n\nIn 2014 Arben Lika and two young men left Tetovo for "
        "Syria.\n\nBesnik Hoxha was killed in Iraq in 2015.\n"
    )
    found = _persons(text)
    assert found["Besnik Hoxha"]["hometown"] is None


def test_a_count_left_from_here_has_no_town() -> None:
    # "İndi" (now) is also a town in the gazetteer; "buradan" (from here) names none
    text = (
        "Məhəllənin taleyi\nDərc olunub: 3 mart 2016\n\nİndi isə polis bu ərazini riskli "
        "zona adlandırır: son iki ildə buradan ən azı beş gənc Suriyaya gedib.\n\n"
        "Elvin Quliyev 2015-ci ildə Rəqqədə öldürülüb.\n"
    )
    found = _persons(text, "2016-03-03")
    assert found["Elvin Quliyev"]["hometown"] is None


def test_the_journeys_and_homes_name_their_extractor() -> None:
    claims = extract_document(ENGLISH, published="2018-03-03").claims
    made = {(c.prop, c.value) for c in claims if c.extractor == "departure_sets.v1"}
    assert ("hometown", "Gostivar") in made
    assert ("status", "travelled") in made


AZERBAIJANI_PARENT = """Sumqayıtdan gedənlər

Rəsmi məlumatlara görə, 2012-2015-ci illərdə Sumqayıtdan ən azı on beş nəfər Suriyaya yollanıb.

Elvin Məmmədov 2014-cü ildə Suriyaya gedib, İŞİD-ə qoşulub.
Atası Kamil Məmmədov deyir ki, oğlu keçən il Hələb yaxınlığında yaralanıb.
"""


def test_a_fighters_parent_is_not_one_of_the_counted() -> None:
    found = _persons(AZERBAIJANI_PARENT)
    assert found["Elvin Məmmədov"]["hometown"] == "Sumqayıt"
    assert found["Kamil Məmmədov"]["hometown"] is None


RUSSIAN_VILLAGE = """Из Чиркея в Сирию

С 2013 по 2015 год из Чиркея Буйнакского района Дагестана на Ближний Восток уехали
не менее девяти человек.

Первыми уехали братья Магомед и Шамиль Гаджиевы. Магомед погиб под Алеппо в 2014 году.
"""


def test_the_village_left_is_the_home_not_its_district() -> None:
    found = _persons(RUSSIAN_VILLAGE)
    assert found["Магомед Гаджиев"]["hometown"].startswith("Чиркей")


def test_a_turkish_count_from_a_district_in_the_ablative() -> None:
    text = (
        "Kayseri 2. Ağır Ceza Mahkemesi, Kayseri'nin Develi ilçesinden iki kardeş hakkındaki "
        "davada kararını açıkladı. Mahkeme, DEAŞ'a katılan Furkan Yavuz'a 8 yıl hapis cezası "
        "verdi. Kardeşi Emre Yavuz ise 2016'da Rakka'da öldürüldü."
    )
    found = _persons(text, published="2023-02-24")
    for name in ("Furkan Yavuz", "Emre Yavuz"):
        assert found[name]["hometown"] == "Develi, Kayseri", name
    # no journey is made of a count that tells none
    assert "travelled" not in _statuses(found["Emre Yavuz"])


def test_a_count_in_tens_from_a_village_named_with_its_district() -> None:
    text = (
        "Из Ботлиха, большого села в Ботлихском районе Дагестана, в 2013–2015 годах "
        "уехали в Сирию не менее двадцати человек.\n\nСтарший из них, Ахмед Ахмедов, "
        "погиб в Ракке в 2015 году."
    )
    found = _persons(text, published="2021-11-18")
    assert found["Ахмед Ахмедов"]["hometown"].startswith("Ботлих")
