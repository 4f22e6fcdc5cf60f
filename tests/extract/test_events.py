"""Status events: which person, which status, which date, in four languages."""

from __future__ import annotations

from ffdb.extract import extract_document
from support import events_by_name


def _events(
    text: str, language: str, published: str | None = None
) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, language=language, published=published)


def test_the_nearest_subject_gets_the_event_and_its_clause_date() -> None:
    text = (
        "When Abu Bakr al-Kubaysi took over in 2010, Usamah Bin Jabran was killed in 2011. "
        "In 2009, a court sentenced Araz Sarvanli to two years in prison. He served one year "
        "before being released and in November 2012 his mother heard that her son had been killed."
    )
    events = _events(text, "en")
    assert events["Abu Bakr al-Kubaysi"] == {}
    assert events["Usamah Bin Jabran"] == {"killed": "2011"}
    assert events["Araz Sarvanli"] == {"sentenced": "2009", "released": None, "killed": "2012-11"}


def test_relative_clauses_and_sentence_subjects() -> None:
    text = (
        "Azer Qaraxanov, who was killed in a US airstrike in 2009, was a member of the group. "
        "Qaraxanov, originally from the village of Khalafli, had fought in Chechnya and was "
        "arrested in 2001 but was released after a year."
    )
    assert _events(text, "en")["Azer Qaraxanov"] == {
        "killed": "2009",
        "arrested": "2001",
        "released": None,
    }


def test_no_event_for_negations_nouns_habits_and_other_subjects() -> None:
    text = (
        "Elnur Aliyev was not killed in the raid. After Ramil Qasimov's death, his brother "
        "Tural Aliyev died too. Vusal Huseynli appeared in a video honouring fighters killed "
        "abroad. Samir Balayev had travelled repeatedly to the North Caucasus. INTERPOL "
        "released a red notice for Namiq Hasanov."
    )
    events = _events(text, "en")
    assert events["Elnur Aliyev"] == {}
    assert events["Ramil Qasimov"] == {}
    assert events["Tural Aliyev"] == {"killed": None}
    assert events["Vusal Huseynli"] == {}
    assert events["Samir Balayev"] == {}
    assert events["Namiq Hasanov"] == {"wanted": None}


def test_a_day_and_month_take_the_documents_year() -> None:
    text = "Nurlan Aliyev was released on 18 December after a court hearing."
    assert _events(text, "en", "2017-12-20")["Nurlan Aliyev"] == {"released": "2017-12-18"}


def test_russian_word_order_and_case() -> None:
    text = (
        "В Баку 5 марта 2015 года задержан Эльнур Ильясов. Суд приговорил Эльнура Ильясова "
        "к 8 годам. Уроженец Кусара Заур Ильясов погиб в Сирии в 2014 году."
    )
    events = _events(text, "ru")
    assert events["Эльнур Ильясов"] == {"detained": "2015-03-05", "sentenced": None}
    assert events["Заур Ильясов"] == {"killed": "2014"}


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
    text = "Zaur Ilyasov was killed in Syria in 2012. Nobody else was."
    extraction = extract_document(text, language="en")
    [claim] = [c for c in extraction.claims if c.prop == "status"]
    assert (claim.value, claim.date, claim.place) == ("killed", "2012", "Syria")
    assert claim.quote == "Zaur Ilyasov was killed in Syria in 2012."
    assert (claim.start, claim.end) == (0, len(claim.quote))
    assert claim.extractor == "event_rules.v1"
    assert claim.entity_id == "p1"


def test_a_date_of_an_earlier_clause_of_the_same_sentence() -> None:
    text = (
        "Rauf Maharramov was arrested in Turkey in 2018 and deported to Azerbaijan, but was "
        "freed after questioning. Farid Safarov was wounded in 2016, then killed. Samir "
        "Balayev was arrested in 2001 but was released after a year. Tural Aliyev was "
        "killed in 2014 and his brother Elnur Aliyev was arrested."
    )
    events = _events(text, "en")
    assert events["Rauf Maharramov"] == {"arrested": "2018", "returned": "2018", "released": "2018"}
    assert events["Farid Safarov"] == {"injured": "2016", "killed": None}
    assert events["Samir Balayev"] == {"arrested": "2001", "released": None}
    assert events["Elnur Aliyev"] == {"arrested": None}


def test_a_date_opening_the_sentence_dates_its_events() -> None:
    text = "In 2015, Rashad Ismayilov travelled to Turkey and then to Syria, where he was killed."
    assert _events(text, "en")["Rashad Ismayilov"] == {"travelled": "2015", "killed": "2015"}
    text = "Фарид Мамедов уехал в Сирию. В 2018 году он вернулся на родину и был задержан."
    assert _events(text, "ru")["Фарид Мамедов"] == {
        "travelled": None,
        "returned": "2018",
        "detained": "2018",
    }


def test_a_year_of_birth_dates_no_event() -> None:
    text = "Ramil Qasimov, who was born in 1990, was arrested. Эмиль Велиев, 1990 года рождения."
    assert _events(text, "en")["Ramil Qasimov"] == {"arrested": None}


def test_listed_names_plural_verbs_and_plural_pronouns() -> None:
    text = (
        "5 fevral 2020-ci il tarixində Ruslan Kərimov, Cavid Səfərov və Emin Hacıyev "
        "saxlanılıb. Cavid Səfərov və Emin Hacıyev isə 2017-ci ildə İraqa keçiblər. Onlar "
        "2019-cu ildə ölkəyə qayıdıblar."
    )
    events = _events(text, "az")
    assert events["Ruslan Kərimov"] == {"detained": "2020-02-05"}
    for name in ("Cavid Səfərov", "Emin Hacıyev"):
        assert events[name] == {"detained": "2020-02-05", "travelled": "2017", "returned": "2019"}
    text = (
        "Şahin ve Çelik 12 Ağustos 2019'da gözaltına alındı. Şahin ve Çelik, mahkemece tutuklandı."
    )
    for events in (_events(text.replace("Şahin ve Çelik", "Kadir Şahin ve Yusuf Çelik", 1), "tr"),):
        assert (
            events["Kadir Şahin"]
            == events["Yusuf Çelik"]
            == {
                "detained": "2019-08-12",
                "arrested": None,
            }
        )


def test_an_object_described_before_its_name_in_russian() -> None:
    text = (
        "Сотрудники полиции задержали 25-летнего жителя Кусарского района Заура Гаджиева. "
        "Заур Гаджиев вернулся в Азербайджан в январе 2020 года."
    )
    assert _events(text, "ru")["Заур Гаджиев"] == {"detained": None, "returned": "2020-01"}


def test_may_is_a_month_in_azerbaijani_not_a_modal() -> None:
    text = "Elçin Babayev 2017-ci ilin may ayında Rakkada öldürülüb."
    assert _events(text, "az")["Elçin Babayev"] == {"killed": "2017-05"}


def test_more_ways_to_say_each_status() -> None:
    cases = [
        (
            "tr",
            "Hasan Korkmaz'ın 2016 yılında Türkiye'ye döndüğü ve Hatay'da yakalandığı belirtildi.",
            "Hasan Korkmaz",
            {"returned": "2016", "detained": "2016"},
        ),
        (
            "tr",
            "Serkan Yıldız'ın 7 Haziran 2016'da Rakka'da öldüğü bildirildi.",
            "Serkan Yıldız",
            {"killed": "2016-06-07"},
        ),
        (
            "az",
            "Vüqar Əsgərov 2018-ci ildə ölkəyə qayıdarkən saxlanılıb.",
            "Vüqar Əsgərov",
            {"returned": "2018", "detained": "2018"},
        ),
        (
            "az",
            "Aygün Məmmədova 2019-cu ilin martında Bakıya qaytarılıb.",
            "Aygün Məmmədova",
            {"returned": "2019-03"},
        ),
        ("ru", "Ранее в розыск был объявлен Эмиль Велиев.", "Эмиль Велиев", {"wanted": None}),
        ("ru", "Суд арестовал Руслана Алиева на два месяца.", "Руслан Алиев", {"arrested": None}),
        (
            "en",
            "Ahmet Yilmaz and Burak Celik were each jailed for 5 years.",
            "Burak Celik",
            {"sentenced": None},
        ),
        (
            "en",
            "In 2013, Ruslan Dzhabrailov joined Jaysh al-Muhajirin wal-Ansar in Syria.",
            "Ruslan Dzhabrailov",
            {"travelled": "2013"},
        ),
    ]
    for language, text, name, expected in cases:
        assert _events(text, language).get(name) == expected, text


def test_a_news_lead_tells_of_its_datelines_day() -> None:
    text = (
        "Махачкала, 16 сентября 2020 года. Суд приговорил жителя Буйнакска Рамазана "
        "Гусейнова к 17 годам. В 2014 году Рамазан Гусейнов выехал в Сирию."
    )
    assert _events(text, "ru")["Рамазан Гусейнов"] == {
        "sentenced": "2020-09-16",
        "travelled": "2014",
    }
    text = "Channel post, 12 March 2021\n\nAbu Musa (Vugar Hasanov) was martyred yesterday."
    assert _events(text, "en")["Vugar Hasanov"] == {"killed": "2021-03-11"}


def test_companions_share_a_journey() -> None:
    text = "Elshan Mammadov, together with his cousin Nurlan Aliyev, crossed into Syria in 2013."
    events = _events(text, "en")
    assert events["Elshan Mammadov"] == events["Nurlan Aliyev"] == {"travelled": "2013"}
    text = "Tofiq Zeynalov qardaşı Rəşad Zeynalov ilə birlikdə 2014-cü ildə Suriyaya gedib."
    events = _events(text, "az")
    assert events["Tofiq Zeynalov"] == events["Rəşad Zeynalov"] == {"travelled": "2014"}


def test_no_event_for_a_relative_or_a_crowd_in_a_sentence_without_names() -> None:
    text = (
        "Ramil Qurbanov 2014-cü ildə Suriyaya gedib. Onun qardaşı da həbs edilib. "
        "Suriyada 100-dən çox azərbaycanlı həlak olub. Onlar 2019-cu ildə qayıdıblar."
    )
    assert _events(text, "az")["Ramil Qurbanov"] == {"travelled": "2014"}


def test_events_named_by_nouns_and_converbs() -> None:
    text = (
        "Ramil Aliyev was jailed in 2010. After his release in 2013, he left for Syria. "
        "Following his arrest in March 2016, Tural Hasanov confessed."
    )
    events = _events(text, "en")
    assert events["Ramil Aliyev"] == {"sentenced": "2010", "released": "2013", "travelled": "2013"}
    assert events["Tural Hasanov"] == {"arrested": "2016-03"}
    cases = [
        (
            "ru",
            "После освобождения из колонии в 2015 году Руслан Алиев уехал в Сирию.",
            "Руслан Алиев",
        ),
        ("tr", "Ahmet Kaya 2015'te tahliye edildikten sonra Suriye'ye gitti.", "Ahmet Kaya"),
        (
            "az",
            "Elvin Qasımov 2015-ci ildə azadlığa buraxıldıqdan sonra Suriyaya gedib.",
            "Elvin Qasımov",
        ),
    ]
    for language, text, name in cases:
        assert _events(text, language)[name] == {"released": "2015", "travelled": "2015"}, text
