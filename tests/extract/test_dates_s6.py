"""Event dates told relative to other dates (session 6): counts from the date told last
("four days later", "накануне", "that December"), periods of the report's own date
("this month", "bu ayın 9-da", "geçen hafta", "last summer"), datelines followed by an
outlet, the same hearing or battle named again, a paragraph opened by a day of the
report, and lists whose lead or closing line holds the day. People are fictional."""

from __future__ import annotations

import pytest

from ffdb.extract.dates import find_dates
from support import events_by_name


def _value(text: str, words: str, published: str | None = "2019-05-16") -> str | None:
    """The value of the date whose text is `words` (case ignored)."""
    for span in find_dates(text, published):
        if span.text.lower().rstrip(".") == words.lower():
            return span.value
    return None


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # counted from the date told last, kept to the precision the count keeps
        (
            "Zeyrek 3 Mart 2016'da gözaltına alındı, üç gün sonra tutuklandı.",
            "üç gün sonra",
            "2016-03-06",
        ),
        ("He was held on 30 June 2017 and freed two days later.", "two days later", "2017-07-02"),
        (
            "Его задержали 10 апреля 2015 года, а через два дня арестовали.",
            "через два дня",
            "2015-04-12",
        ),
        (
            "Polis onu 2015 yılı Temmuz ayında yakaladı, birkaç gün sonra bıraktı.",
            "birkaç gün sonra",
            "2015-07",
        ),
        ("Detained in May 2012; charged three weeks later.", "three weeks later", "2012"),
        (
            "He was captured in March 2018 and handed over two months later.",
            "two months later",
            "2018-05",
        ),
        (
            "He went back in April 2019 and was given a term that November.",
            "that november",
            "2019-11",
        ),
        ("Suç 12 Ocak 2020'de işlendi. Ertesi gün şüpheli yakalandı.", "ertesi gün", "2020-01-13"),
        # "накануне" is the day before the last day told; "накануне выборов" is no count
        (
            "Суд во вторник вынес приговор. Накануне тот же суд слушал дело.",
            "накануне",
            "2019-05-13",
        ),
        ("Накануне выборов его задержали.", "накануне", None),
        # back from the report's own date
        ("Saxlanılan şəxs iki həftə əvvəl ölkəyə gətirilib.", "iki həftə əvvəl", "2019-05"),
        ("Kamil Orucov bu ayın 9-da saxlanılıb.", "bu ayın 9-da", "2019-05-09"),
        ("Gürkan Sezer geçen hafta yakalandı.", "geçen hafta", "2019-05"),
        ("Police detained him earlier this month.", "earlier this month", "2019-05"),
        ("Прошлой осенью он уехал в Турцию.", "прошлой осенью", "2018"),
        ("He crossed into Syria last summer.", "last summer", "2018"),
        ("He was deported this spring.", "this spring", "2019"),
        # a day or month whose year another phrase gives
        (
            "В 2011 году он уехал. Его задержали 7 октября того же года.",
            "7 октября того же года",
            "2011-10-07",
        ),
        ("He was wounded in August of this year.", "august of this year", "2019-08"),
        (
            "Kaan Ertürk geçen yıl ekimde değil, geçen yıl kasımda yakalandı.",
            "geçen yıl kasımda",
            "2018-11",
        ),
        ("Polis onu haziranda gözaltına aldı.", "haziranda", "2018-06"),
        # a number after a month that counts years is no day
        ("2020-ci ilin martında 6 il müddətinə məhkum edilib.", "2020-ci ilin martında", "2020-03"),
    ],
)
def test_relative_and_counted_dates(text: str, words: str, expected: str | None) -> None:
    assert _value(text, words) == expected


@pytest.mark.parametrize(
    "text",
    [
        "11 Mart 2021 | Malatya\n\nPolis dün Oğuzhan Telli'yi gözaltına aldı.\n",
        "11 Mart 2021, Malatya\n\nPolis dün Oğuzhan Telli'yi gözaltına aldı.\n",
        "11.03.2021, 09:30 | Anadolu Ekspres\n\nPolis dün Oğuzhan Telli'yi gözaltına aldı.\n",
        "Başlık\n\nMALATYA (Doğu Haber Ajansı) - 11 Mart 2021 - Polis dün Oğuzhan Telli'yi "
        "gözaltına aldı.\n",
    ],
)
def test_dateline_followed_by_outlet_or_place(text: str) -> None:
    assert _value(text, "dün", None) == "2021-03-10"


def test_released_in_the_courtroom_takes_the_verdict_day() -> None:
    text = (
        "Вестник Поволжья, 14 мая 2020 года\n\n"
        "Суд присяжных приговорил уроженца Казани Рината Галимова к девяти годам\n\n"
        "Областной суд в пятницу приговорил Рината Галимова к девяти годам колонии. "
        "Этим же приговором к двум годам условно осуждён Ильнур Сафин, который в 2016 году "
        "переводил ему деньги.\n\n"
        "Третий обвиняемый, Тимур Ахметов, оправдан. Ахметов освобождён из-под стражи в зале "
        "суда.\n"
    )
    events = events_by_name(text)
    assert events["Ильнур Сафин"].get("sentenced") == "2020-05-08"
    assert events["Тимур Ахметов"].get("released") == "2020-05-08"


def test_same_battle_is_the_death_told_not_an_older_wound() -> None:
    text = (
        "Ansar Bulletin\n14 March 2018, 20:15\n\n"
        "Our brother Abu Khalid al-Norwegi (Eirik Dahl) was martyred yesterday near Afrin. "
        "He had been wounded in Hama in 2016 and returned to the front.\n\n"
        "Also wounded in the same battle was the brother Yusuf Brandt.\n"
    )
    events = events_by_name(text)
    assert events["Yusuf Brandt"].get("injured") == "2018-03-13"


def test_paragraph_opened_by_a_day_of_the_report() -> None:
    text = (
        "Северный курьер, 10 июня 2021 года\n\n"
        "Окружной суд в четверг приговорил Арсена Валиева к 12 годам колонии.\n\n"
        "Накануне тот же суд рассмотрел дело Олега Шмелёва. Шмелёв приговорён к трём годам "
        "колонии общего режима.\n"
    )
    events = events_by_name(text)
    assert events["Олег Шмелёв"].get("sentenced") == "2021-06-09"


def test_ablative_plural_is_no_participle() -> None:
    text = (
        "8 Ekim 2022\n\nKırşehir'de operasyon\n\n"
        "Polis dün sabah üç adrese operasyon düzenledi.\n\n"
        "Bugün adliyeye sevk edilen şüphelilerden Yavuz Erdem ve Burak Kılınç tutuklandı.\n"
    )
    events = events_by_name(text)
    assert events["Yavuz Erdem"].get("arrested") == "2022-10-08"
    assert events["Burak Kılınç"].get("arrested") == "2022-10-08"


def test_list_lead_takes_the_lead_paragraphs_day() -> None:
    text = (
        "Xəbər Mərkəzi | 5 mart 2021\n\n"
        "Suriyadan daha 3 qadın qaytarıldı\n\n"
        "Dünən Suriyadan repatriasiya edilən 3 qadın xüsusi reyslə Bakıya gətirilib.\n\n"
        "Qaytarılan qadınlar haqqında məlumat:\n\n"
        "1. Lalə Əhmədova, 1990-cı il təvəllüdlü, Gəncə şəhəri. 2014-cü ildə Suriyaya gedib.\n\n"
        "2. Nərgiz Salmanova, 1992-ci il təvəllüdlü, Şəki şəhəri. 2015-ci ildə Suriyaya gedib.\n"
    )
    events = events_by_name(text)
    assert events["Lalə Əhmədova"].get("returned") == "2021-03-04"
    assert events["Nərgiz Salmanova"].get("returned") == "2021-03-04"


def test_list_closing_line_dates_the_list() -> None:
    text = (
        "Bakı, 20 iyun 2020\n\n"
        "Daha iki nəfər saxlanılıb\n\n"
        "Əməkdaşlıq çərçivəsində deportasiya olunmuş:\n"
        "- Rəhimov Elnur Vaqif oğlu, 1988-ci il təvəllüdlü, Gəncə şəhər sakini;\n"
        "- Səfərov Anar Rauf oğlu, 1990-cı il təvəllüdlü, Şəki şəhər sakini\n"
        "bu ayın 17-də Bakıya gətirilərək saxlanılıblar.\n"
    )
    events = events_by_name(text)
    dated = {name: ev.get("returned") for name, ev in events.items() if "returned" in ev}
    assert dated and set(dated.values()) == {"2020-06-17"}


@pytest.mark.parametrize(
    ("text", "name", "status", "expected"),
    [
        (
            "Tahir Baysarov came back to Norway in 2016. They arrested him at the airport "
            "and a court later gave him six years.",
            "Tahir Baysarov",
            "arrested",
            "2016",
        ),
        (
            "Norveç onları geçen ağustos ayında geri aldı. Gelinim Elif Sandvik orada "
            "havaalanında tutuklandı.",
            "Elif Sandvik",
            "arrested",
            "2022-08",
        ),
        (
            "Bəhruz Nəzərov 2018-ci ilin mayında Türkiyədən deportasiya olunaraq ölkəyə "
            "qaytarılıb. O, Bakı hava limanında saxlanılıb.",
            "Bəhruz Nəzərov",
            "detained",
            "2018-05",
        ),
    ],
)
def test_custody_on_arrival_takes_the_returns_date(
    text: str, name: str, status: str, expected: str
) -> None:
    assert events_by_name(text, published="2023-03-01")[name].get(status) == expected


def test_a_companion_shares_the_journeys_date() -> None:
    text = (
        "Aysel Quliyeva 2015-ci ildə əri, Gəncədən olan Rövşən Quliyevlə birlikdə Türkiyə "
        "üzərindən Suriyaya gedib."
    )
    events = events_by_name(text)
    assert events["Aysel Quliyeva"].get("travelled") == "2015"
    assert events["Rövşən Quliyev"].get("travelled") == "2015"
    # a year of birth before a comma dates nothing after it
    text = (
        "Её брат Тимур Гаджиев, 1996 года рождения, в 2014 году уехал в Сирию вместе с "
        "другом Русланом Омаровым, уроженцем Кизляра."
    )
    assert events_by_name(text)["Руслан Омаров"].get("travelled") == "2014"


def test_killed_while_resisting_detention_takes_the_raids_day() -> None:
    text = (
        "12 марта 2022 года\n\nВ Кабардино-Балкарии задержаны двое сторонников ИГИЛ\n\n"
        "10 марта в ходе оперативных мероприятий задержан житель Баксана Аслан Тхамоков. "
        "Уроженец Нальчика Заур Кумыков при попытке задержания оказал вооружённое "
        "сопротивление и был убит.\n"
    )
    events = events_by_name(text)
    assert events["Заур Кумыков"].get("killed") == "2022-03-10"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Bu yılın şubatında idama mahkûm edildi.", "bu yılın şubatında", "2019-02"),
        ("Kamran iyunun sonunda İdlibdə saxlanılıb.", "iyunun sonunda", "2018-06"),
        ("Eylülün sonunda öldürüldü.", "eylülün sonunda", "2018-09"),
        ("He was held on 2 May 2016 and freed on bail weeks later.", "weeks later", "2016"),
        ("Detained in March 2018, he was released months later.", "months later", "2018"),
        (
            "He left in December 2016. The following month he was killed.",
            "the following month",
            "2017-01",
        ),
        ("В мае 2016 года уехал, а в следующем месяце погиб.", "в следующем месяце", "2016-06"),
        ("2016-cı ilin mayında gedib, növbəti ay öldürülüb.", "növbəti ay", "2016-06"),
        ("She was held on 4 June 2017 and charged the same week.", "the same week", "2017-06"),
    ],
)
def test_month_forms_and_vague_counts(text: str, words: str, expected: str) -> None:
    assert _value(text, words) == expected


def test_a_range_within_a_year_dates_the_event_to_the_year() -> None:
    text = "Giorgi Tsiklauri crossed into Syria between April and July 2015 and joined IS."
    assert events_by_name(text)["Giorgi Tsiklauri"].get("travelled") == "2015"


def test_a_date_opening_the_next_joined_clause_is_not_the_events() -> None:
    text = (
        "Ruslan Dzhabrailov was detained and, in 2017, a military court sentenced him to six years."
    )
    events = events_by_name(text)["Ruslan Dzhabrailov"]
    assert events.get("sentenced") == "2017"
    assert events.get("detained") is None
