"""Dates in English, Russian, Azerbaijani and Turkish: precision, qualifiers, ranges,
years taken from the document or the context, and numbers that are not dates."""

from __future__ import annotations

import pytest

from ffdb.extract.dates import DateSpan, find_dates, normalise_date


def one(text: str, doc_date: str | None = None) -> DateSpan:
    spans = find_dates(text, doc_date)
    assert len(spans) == 1, spans
    return spans[0]


def values(text: str, doc_date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(s.value, s.qualifier, s.end_value) for s in find_dates(text, doc_date)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He left on 13 September 2014 for Turkey.", "2014-09-13"),
        ("He left on September 13, 2014 for Turkey.", "2014-09-13"),
        ("He left on the 13th of September 2014.", "2014-09-13"),
        ("He left in September 2014.", "2014-09"),
        ("He left in 2012.", "2012"),
        ("Records dated 13.09.2014 show it.", "2014-09-13"),
        ("Records dated 2014-09-13 show it.", "2014-09-13"),
        ("Records dated 09.2014 show it.", "2014-09"),
        # Russian
        ("Он выехал 13 сентября 2014 года.", "2014-09-13"),
        ("Он выехал в 2014 году.", "2014"),
        ("Он выехал в сентябре 2014 года.", "2014-09"),
        # Azerbaijani
        ("O, 2014-cü ildə Suriyaya gedib.", "2014"),
        ("O, 13 sentyabr 2014-cü il tarixində saxlanılıb.", "2014-09-13"),
        ("O, 2014-cü il sentyabrın 13-də saxlanılıb.", "2014-09-13"),
        ("O, 2014-cü ilin sentyabr ayında saxlanılıb.", "2014-09"),
        # Turkish
        ("13 Eylül 2014 tarihinde gözaltına alındı.", "2014-09-13"),
        ("2014 yılında Suriye'ye gitti.", "2014"),
        ("Eylül 2014'te Suriye'ye gitti.", "2014-09"),
        # Russian month names in Latin letters
        ("Sumqayit, 13 Sentyabr 2014.", "2014-09-13"),
        ("Baku, 2 dekabrya 2015 goda.", "2015-12-02"),
    ],
)
def test_dates_carry_the_precision_the_text_gives(text: str, value: str) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The first report came in mid-August 2012.", "2012-08", "mid"),
        ("They arrived in early 2014.", "2014", "early"),
        ("They arrived in late 2012.", "2012", "late"),
        ("The first cases were in fall 2012.", "2012", "autumn"),
        ("The first cases were in the autumn of 2012.", "2012", "autumn"),
        ("He had lived there since 2001.", "2001", "since"),
        ("Since the end of 2012, dozens have died.", "2012", "since"),
        ("He was seen before 2010.", "2010", "before"),
        ("В конце 2013 года он уехал.", "2013", "late"),
        ("В начале 2014 он вернулся.", "2014", "early"),
        ("Осенью 2012 года он уехал.", "2012", "autumn"),
        ("С 2010 года он живёт в Баку.", "2010", "since"),
        ("O, 2013-cü ilin sonunda Suriyaya gedib.", "2013", "late"),
        ("O, 2012-ci ilin payızında Suriyaya gedib.", "2012", "autumn"),
        ("O, 2010-cu ildən bəri axtarışdadır.", "2010", "since"),
        ("2013 yılının sonlarında Suriye'ye gitti.", "2013", "late"),
        ("2014 yılının başında döndü.", "2014", "early"),
        ("2010'dan beri aranıyor.", "2010", "since"),
    ],
)
def test_qualifiers_are_kept_with_the_date(text: str, value: str, qualifier: str) -> None:
    span = one(text)
    assert (span.value, span.qualifier) == (value, qualifier)
    assert span.text == text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "value", "end_value"),
    [
        ("The police arrested 70 citizens between 2001-2003 in Baku.", "2001", "2003"),
        ("Between 1999 and 2013, at least 33 men died.", "1999", "2013"),
        ("the years of the heaviest fighting (1999-2005)", "1999", "2005"),
        ("fighters killed abroad in the period of 2007-2009", "2007", "2009"),
        ("from May 2014 to June 2015", "2014-05", "2015-06"),
        ("fighting on 03 – 04 January 2014 near Aleppo", "2014-01-03", "2014-01-04"),
        ("Members visited the village in September-November 2008.", "2008-09", "2008-11"),
        ("С 2001 по 2003 год он был в Чечне.", "2001", "2003"),
        ("В 2001–2003 годах он был в Чечне.", "2001", "2003"),
        ("1999-2013-cü illərdə 33 nəfər həlak olub.", "1999", "2013"),
        ("1999 ile 2013 yılları arasında 33 kişi öldü.", "1999", "2013"),
        ("in the 1990s", "1990", "1999"),
        ("He fought there during 2013–14.", "2013", "2014"),
        ("He returned in the winter of 2015/16.", "2015", "2016"),
    ],
)
def test_ranges_have_a_start_and_an_end(text: str, value: str, end_value: str) -> None:
    span = one(text)
    assert (span.value, span.end_value) == (value, end_value)


def test_a_day_without_a_year_takes_the_year_of_the_document() -> None:
    span = one("He was seen as recently as 18 December in Raqqa.", doc_date="2014-12-20")
    assert (span.value, span.inferred_year) == ("2014-12-18", True)


def test_a_day_after_the_document_date_belongs_to_the_year_before() -> None:
    # a report of 10 January 2015 speaks of a past December
    assert one("as recently as 18 December", doc_date="2015-01-10").value == "2014-12-18"


def test_without_a_document_date_the_year_comes_from_the_context() -> None:
    text = "In 2008 he crossed the border. On 19 July he reached Baku."
    assert values(text) == [("2008", None, None), ("2008-07-19", None, None)]


def test_year_less_headings_take_the_year_of_dates_of_the_same_month() -> None:
    text = "November 7, 2019:\nA\nNovember 8:\nB\nIn 2013 something else happened."
    assert [s.value for s in find_dates(text)][:2] == ["2019-11-07", "2019-11-08"]


def test_without_any_year_a_day_is_dropped_or_kept_yearless_on_request() -> None:
    assert find_dates("as recently as 18 December") == []
    span = find_dates("November 8:", infer_year=False)[0]
    assert span.value == "--11-08"


@pytest.mark.parametrize(
    "text",
    [
        "Zaur Mammadli was 37 years old.",
        "Zaur Mammadli, aged 37, was killed.",
        "Zaur Məmmədli 37 yaşında idi.",
        "Заур Мамедли, 37 лет, погиб.",
        "Zaur Mamedli 37 yaşındaydı.",
        "The MNS arrested 70 Azerbaijani citizens.",
        "a population of nine million",
        "in reference to Qur’anic verses 7:128, 11:49, and 28:83",
        "Around 2000 fighters left the country.",
        "See page 2012 of the report.",
        "Call +994 50 201 2014 for details.",
        "The case number is 1999/2014-55.",
        "200-250 men fought there.",
        "He paid 1500 manat.",
        "The village had 1850 inhabitants in the census.",
        "a 14-year-old boy",
    ],
)
def test_ages_counts_and_indexes_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_a_modal_may_is_not_a_month_in_english() -> None:
    assert find_dates("They may 2015 see more returns.", language="en") == []
    assert one("O, 13 may 2015-ci ildə qayıdıb.").value == "2015-05-13"
    assert one("O, may 2015-ci ildə qayıdıb.").value == "2015-05"


def test_spans_point_into_the_text() -> None:
    text = "Araz Quliyev was sentenced in 2009 and killed in November 2012."
    for span in find_dates(text):
        assert text[span.start : span.end] == span.text
    assert [s.value for s in find_dates(text)] == ["2009", "2012-11"]


def test_a_paragraph_of_mixed_dates() -> None:
    text = (
        "Stories appeared throughout 2013. The first report came in mid-August 2012 "
        "and the first cases in fall 2012; a photo was posted on 9 September 2012. "
        "In 2009 a court sentenced him; in November 2012 he was killed."
    )
    assert values(text) == [
        ("2013", None, None),
        ("2012-08", "mid", None),
        ("2012", "autumn", None),
        ("2012-09-09", None, None),
        ("2009", None, None),
        ("2012-11", None, None),
    ]


def test_normalise_date_reads_a_string_known_to_be_a_date() -> None:
    span = normalise_date("13.09.2014")
    assert span is not None and span.value == "2014-09-13"
    span = normalise_date("late 2012")
    assert span is not None and (span.value, span.qualifier) == ("2012", "late")
    assert normalise_date("no date here") is None


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("He was killed in November, his brother said.", "2014-11", None),
        ("He was seen until late November near the border.", "2014-11", "until"),
        ("Он погиб в ноябре, сообщил его брат.", "2014-11", None),
        ("В конце ноября он погиб.", "2014-11", "late"),
        ("O, noyabrda həlak olub.", "2014-11", None),
        ("O, noyabr ayında həlak olub.", "2014-11", None),
        ("Kasım'da öldürüldü.", "2014-11", None),
        ("Kasım ayında öldürüldü.", "2014-11", None),
    ],
)
def test_a_month_alone_takes_its_year_like_a_day(
    text: str, value: str, qualifier: str | None
) -> None:
    span = one(text, doc_date="2014-12-20")
    assert (span.value, span.qualifier, span.inferred_year) == (value, qualifier, True)


@pytest.mark.parametrize(
    "text",
    [
        "You may go now, said the judge.",
        "They march to the border every week.",
        "The may-pole stood in the square.",
        "Kasım Ali, a local elder, said so.",  # a given name, not a month
    ],
)
def test_words_that_look_like_months_alone_are_not_dates(text: str) -> None:
    assert find_dates(text, doc_date="2014-12-20") == []


def test_arabic_month_names() -> None:
    assert values("قتل في 13 سبتمبر 2014 في حلب") == [("2014-09-13", None, None)]


def test_a_dateline_gives_its_year_to_days_without_one() -> None:
    text = "BAKU, 9 October 2020 — Police said two men were detained on 6 October."
    assert [s.value for s in find_dates(text)] == ["2020-10-09", "2020-10-06"]
    text = "Gaziantep, 14 Ağustos 2019 (DHA)\n\nŞüpheliler 12 Ağustos'ta gözaltına alındı."
    assert [s.value for s in find_dates(text)] == ["2019-08-14", "2019-08-12"]


def test_without_any_date_of_the_document_a_day_takes_the_latest_year_named() -> None:
    text = "He went to Syria in 2014. On 12 March he was detained. He had returned in 2017."
    assert [s.value for s in find_dates(text)] == ["2014", "2017-03-12", "2017"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He was martyred yesterday in Idlib.", "2021-03-11"),
        ("Police detained him on Tuesday.", "2021-03-09"),
        ("Он был задержан вчера.", "2021-03-11"),
        ("Polis cuma günü onu gözaltına aldı.", "2021-03-12"),
        ("O, dünən saxlanılıb.", "2021-03-11"),
        ("Ailəsi ötən il Azərbaycana qaytarılıb.", "2020"),
        ("Geçen yıl tahliye edildi.", "2020"),
    ],
)
def test_days_and_years_counted_from_the_document_date(text: str, value: str) -> None:
    [span] = find_dates(text, doc_date="2021-03-12")  # a Friday
    assert (span.value, span.inferred_year) == (value, True)


def test_the_same_year_is_the_year_named_before() -> None:
    text = "They left in the spring of 2014. Elchin died in Raqqa the same year."
    assert [s.value for s in find_dates(text)] == ["2014", "2014"]


def test_relative_words_without_a_document_date_are_no_dates() -> None:
    assert find_dates("He was detained yesterday.") == []
    assert find_dates("Cuma Yılmaz was detained.", doc_date="2021-03-12") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He returned in March last year.", "2020-03"),
        ("В марте прошлого года он уехал.", "2020-03"),
        ("Ötən ilin dekabrında saxlanılıb.", "2020-12"),
        ("Geçtiğimiz yıl Mart ayında tutuklandı.", "2020-03"),
        ("Two years ago he left.", "2019"),
        ("Три года назад он уехал.", "2018"),
        ("İki il əvvəl Suriyaya getmişdi.", "2019"),
        ("Geçen ay gözaltına alındı.", "2021-02"),
    ],
)
def test_months_and_counts_of_years_from_the_document_date(text: str, value: str) -> None:
    [span] = find_dates(text, doc_date="2021-03-12")
    assert (span.value, span.inferred_year) == (value, True)


@pytest.mark.parametrize(
    "text",
    ["2015-ci il 12 may tarixində saxlanılıb.", "2015 yılı 12 Mayıs günü yakalandı."],
)
def test_a_year_written_before_its_day_and_month(text: str) -> None:
    [span] = find_dates(text, doc_date="2021-06-01")
    assert span.value == "2015-05-12"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Весной 2016 года он вернулся и в июне того же года был задержан.", "ru", "2016-06"),
        ("He returned in spring 2016 and was detained in June that year.", "en", "2016-06"),
        ("2016-cı ilin yazında qayıdıb, həmin ilin iyununda saxlanılıb.", "az", "2016-06"),
    ],
)
def test_a_month_in_the_same_year_takes_the_year_stated_before(
    text: str, language: str, expected: str
) -> None:
    values = [d.value for d in find_dates(text, "2018-04-11", language)]
    assert values[-1] == expected


def test_a_dateline_with_the_outlet_in_brackets_dates_the_report() -> None:
    text = "HATAY (Güney Haber) – 14 Mart 2021\n\nŞüpheli dün gözaltına alındı."
    values = [d.value for d in find_dates(text, language="tr")]
    assert values == ["2021-03-14", "2021-03-13"]
