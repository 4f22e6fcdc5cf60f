"""Status events: which person, which status, which date, in four languages."""

from __future__ import annotations

from ffdb.extract import extract_document


def _events(text: str, language: str, published: str | None = None) -> dict[str, dict]:  # type: ignore[type-arg]
    records = extract_document(text, language=language, published=published).records()
    return {
        r["name"]: {e["status"]: e["date"] for e in r["events"]}
        for r in records
        if r["type"] == "person"
    }


def test_the_nearest_subject_gets_the_event_and_its_clause_date() -> None:
    text = (
        "When Abu Bakr al-Baghdadi took over in 2010, Usamah Bin Laden was killed in 2011. "
        "In 2009, a court sentenced Araz Kangarli to two years in prison. He served one year "
        "before being released and in November 2012 his mother heard that her son had been killed."
    )
    events = _events(text, "en")
    assert events["Abu Bakr al-Baghdadi"] == {}
    assert events["Usamah Bin Laden"] == {"killed": "2011"}
    assert events["Araz Kangarli"] == {"sentenced": "2009", "released": None, "killed": "2012-11"}


def test_relative_clauses_and_sentence_subjects() -> None:
    text = (
        "Azer Misirxanov, who was killed in a US airstrike in 2009, was a member of the group. "
        "Misirxanov, originally from the village of Khalafli, had fought in Chechnya and was "
        "arrested in 2001 but was released after a year."
    )
    assert _events(text, "en")["Azer Misirxanov"] == {
        "killed": "2009",
        "arrested": "2001",
        "released": None,
    }


def test_no_event_for_negations_nouns_habits_and_other_subjects() -> None:
    text = (
        "Elnur Aliyev was not killed in the raid. After Ramil Qasimov's death, his brother "
        "Tural Aliyev died too. Vusal Huseynli appeared in a video honouring fighters killed "
        "abroad. Samir Babayev had travelled repeatedly to the North Caucasus. INTERPOL "
        "released a red notice for Namiq Hasanov."
    )
    events = _events(text, "en")
    assert events["Elnur Aliyev"] == {}
    assert events["Ramil Qasimov"] == {}
    assert events["Tural Aliyev"] == {"killed": None}
    assert events["Vusal Huseynli"] == {}
    assert events["Samir Babayev"] == {}
    assert events["Namiq Hasanov"] == {"wanted": None}


def test_a_day_and_month_take_the_documents_year() -> None:
    text = "Nurlan Aliyev was released on 18 December after a court hearing."
    assert _events(text, "en", "2017-12-20")["Nurlan Aliyev"] == {"released": "2017-12-18"}


def test_russian_word_order_and_case() -> None:
    text = (
        "В Баку 5 марта 2015 года задержан Эльнур Исламов. Суд приговорил Эльнура Исламова "
        "к 8 годам. Уроженец Кусара Заур Исламов погиб в Сирии в 2014 году."
    )
    events = _events(text, "ru")
    assert events["Эльнур Исламов"] == {"detained": "2015-03-05", "sentenced": None}
    assert events["Заур Исламов"] == {"killed": "2014"}


def test_azerbaijani_events_and_pro_drop() -> None:
    text = (
        "27 yaşlı Ramil Qurbanov 2014-cü ildə Suriyaya gedib. 2016-cı ildə orada həlak olub. "
        "Elvin Qurbanov isə 2017-ci ildə axtarışa verilib."
    )
    events = _events(text, "az")
    assert events["Ramil Qurbanov"] == {"travelled": "2014", "killed": "2016"}
    assert events["Elvin Qurbanov"] == {"wanted": "2017"}


def test_turkish_participles_point_to_the_name_after_them() -> None:
    text = (
        "Suriye'de öldürülen DEAŞ militanı Mehmet Yılmaz'ın cenazesi getirildi. "
        "Ahmet Kaya 3 Mart 2017'de gözaltına alındı ve 2018 yılında hapis cezasına çarptırıldı."
    )
    events = _events(text, "tr")
    assert events["Mehmet Yılmaz"] == {"killed": None}
    assert events["Ahmet Kaya"] == {"detained": "2017-03-03", "sentenced": "2018"}


def test_every_event_is_a_claim_with_its_sentence() -> None:
    text = "Zaur Islamov was killed in Syria in 2012. Nobody else was."
    extraction = extract_document(text, language="en")
    [claim] = [c for c in extraction.claims if c.prop == "status"]
    assert (claim.value, claim.date, claim.place) == ("killed", "2012", "Syria")
    assert claim.quote == "Zaur Islamov was killed in Syria in 2012."
    assert (claim.start, claim.end) == (0, len(claim.quote))
    assert claim.extractor == "event_rules.v1"
    assert claim.entity_id == "p1"
