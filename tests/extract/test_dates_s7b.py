"""Event dates of the seventh session, second round, on short fictional texts: those
handed back named as a group in a later paragraph ("Among the returnees was X",
"Список возвращённых:", "Qaytarılanlar arasında") take the day the lead tells of."""

from __future__ import annotations

from ffdb.extract.dates import find_dates
from support import events_by_name


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, title="")


def test_a_returnee_named_after_the_lead_takes_its_day_en() -> None:
    text = (
        "ASTANA, 14 March 2024 (Plains Wire) - Kazakhstan on Tuesday brought home 19 women "
        "and children from camps in north-east Syria, officials said.\n\n"
        "Among the returnees was Saule Temirova, 29, from Pavlodar, who left for Syria "
        "in 2015.\n"
    )
    assert _events(text)["Saule Temirova"]["returned"] == "2024-03-12"


def test_a_list_of_the_returned_takes_the_lead_day_ru() -> None:
    text = (
        "ИА «Северный вестник»\n20 мая 2021 года\n\nВчера спецборт доставил в Махачкалу "
        "группу женщин и детей из лагерей в Сирии.\n\nСписок возвращённых:\n"
        "• Гаджиева Патимат Омаровна, 1992 г.р., жительница Буйнакска;\n"
        "• Исаева Марьям Руслановна, 1995 г.р., жительница Каспийска.\n"
    )
    assert _events(text)["Патимат Омаровна Гаджиева"]["returned"] == "2021-05-19"


def test_those_returned_named_as_a_group_take_the_lead_day_az() -> None:
    text = (
        "Bakı, 9 oktyabr 2022\n\nDünən İraqdan 3 qadın və 7 uşaq Azərbaycana qaytarılıb.\n\n"
        "Qaytarılanlar arasında 1994-cü il təvəllüdlü Gəncə sakini Həsənova Nərmin Elçin "
        "qızı da var.\n"
    )
    assert _events(text)["Nərmin Elçin qızı Həsənova"]["returned"] == "2022-10-08"


def test_a_returnee_of_an_older_return_keeps_no_day_of_the_report() -> None:
    text = (
        "ASTANA, 14 March 2024 (Plains Wire) - A court on Tuesday jailed two men for "
        "recruiting fighters.\n\nAmong the returnees was Saule Temirova, 29, from "
        "Pavlodar.\n"
    )
    assert _events(text).get("Saule Temirova", {}).get("returned") != "2024-03-12"


def test_last_march_written_in_march_is_of_the_year_before() -> None:
    assert [d.value for d in find_dates("В прошлом марте он уехал.", "2021-03-18", "ru")] == [
        "2020-03"
    ]
    assert [d.value for d in find_dates("He left last March.", "2021-03-18", "en")] == ["2020-03"]
    assert [d.value for d in find_dates("He left in March.", "2021-03-18", "en")] == ["2021-03"]


def test_one_of_those_the_lead_reports_detained_takes_its_day_az() -> None:
    text = (
        'Bakı, 21 aprel 2023 — "Şimal-İnfo"\n\nDTX dünən Xaçmazda iki nəfəri saxlayıb. '
        "Hər ikisi saxlanılıb.\n\nMəlumata görə, saxlanılanlardan biri Xaçmaz sakini, "
        "1990-cı il təvəllüdlü Orxan Səfərlidir.\n"
    )
    assert _events(text)["Orxan Səfərli"]["detained"] == "2023-04-20"


def test_one_of_those_the_lead_reports_detained_takes_its_day_ru() -> None:
    text = (
        "Нальчик, 11 июня 2022 года\n\nВчера сотрудники ФСБ задержали в Нальчике троих "
        "местных жителей.\n\nСреди задержанных — Аслан Кодзоков, 27 лет, житель Баксана.\n"
    )
    assert _events(text)["Аслан Кодзоков"]["detained"] == "2022-06-10"


def test_the_second_of_those_the_lead_reports_detained_takes_its_day_az() -> None:
    text = (
        'Bakı, 21 aprel 2023 — "Şimal-İnfo"\n\nDTX dünən Xaçmazda iki nəfəri saxlayıb. '
        "Hər ikisi saxlanılıb.\n\nSaxlanılan ikinci şəxs Quba sakini, 30 yaşlı Elnur "
        "Kərimovdur.\n"
    )
    assert _events(text)["Elnur Kərimov"]["detained"] == "2023-04-20"
