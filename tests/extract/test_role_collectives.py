"""The plural role noun of a court or police story as the subject of a member cue
("обвиняемые, действуя в составе X", "Təqsirləndirilən şəxslər X-in tərkibində",
"Sanıklar X saflarında", "The defendants fought for X"): the group goes to the story's
defendants, those given a term, not the judge, a lawyer, the acquitted or one who did
not go (fictional texts)."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _groups(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["groups"] for r in records if r["type"] == "person"}


def _has(groups: dict[str, list[str]], name: str, wanted: str) -> bool:
    return any(wanted.casefold() in g.casefold() for g in groups.get(name, []))


CASES: list[tuple[str, str, list[str], list[str], str]] = [
    (
        "ru",
        "Окружной военный суд во вторник огласил приговор по делу троих жителей Дагестана. "
        "Из обвинительного заключения: «в 2015 году обвиняемые, действуя в составе "
        'террористической организации "Исламское государство", участвовали в боях».\n\n'
        "Наибольший срок — 17 лет — получил Арсен Кадиев. Его земляк Заур Мурадов "
        "приговорён к 12 годам. Третий, Ильяс Баматов, получил по приговору 9 лет.\n\n"
        "Председательствующий судья Олег Ветров отклонил ходатайство защиты.",
        ["Арсен Кадиев", "Заур Мурадов", "Ильяс Баматов"],
        ["Олег Ветров"],
        "Исламское государство",
    ),
    (
        "az",
        "Bakı Ağır Cinayətlər Məhkəməsində dünən üç nəfər barəsində hökm elan olunub.\n\n"
        'İttiham aktında deyilir: "Təqsirləndirilən şəxslər 2015-2017-ci illərdə İŞİD terror '
        'təşkilatının tərkibində silahlı toqquşmalarda iştirak etmişlər."\n\n'
        "Ən ağır cəza — 14 il — Gəncə sakini Rəşad Vəliyevə verilib. Ramil Kazımov 11 il "
        "həbs cəzası alıb.\n\n"
        "Üçüncü təqsirləndirilən Tural Əsgərov isə Suriyaya getməyib, 4 il alıb.\n\n"
        "Məhkəmə iclasına hakim Elçin Hüseynov sədrlik edib.",
        ["Rəşad Vəliyev", "Ramil Kazımov"],
        ["Tural Əsgərov", "Elçin Hüseynov"],
        "İŞİD",
    ),
    (
        "tr",
        "Adana 4. Ağır Ceza Mahkemesi, dün üç sanık hakkındaki kararını açıkladı.\n\n"
        'İddianamede şöyle denildi: "Sanıklar 2014-2016 yılları arasında DEAŞ terör örgütü '
        'saflarında çatışmalara katılmıştır."\n\n'
        "Mahmut Yalçın'a 12 yıl hapis cezası verildi. Hakan Tunç'a 9 yıl hapis cezası "
        "verildi.\n\nÜçüncü sanık Cemal Doğru ise beraat etti.\n\n"
        "Sanıkların avukatı Kemal Aksoy, kararı istinafa taşıyacaklarını açıkladı.",
        ["Mahmut Yalçın", "Hakan Tunç"],
        ["Cemal Doğru", "Kemal Aksoy"],
        "DEAŞ",
    ),
    (
        "en",
        "A court in Dushanbe on Monday sentenced three men over their time in Syria.\n\n"
        "Prosecutors said the defendants fought for Islamic State between 2014 and 2017.\n\n"
        "Farrukh Nazarov was given 15 years. Bakhtiyor Saidov received 11 years.\n\n"
        "Judge Rustam Kholov said the sentences were final.",
        ["Farrukh Nazarov", "Bakhtiyor Saidov"],
        ["Rustam Kholov"],
        "Islamic State",
    ),
]


@pytest.mark.parametrize(("language", "text", "members", "others", "group"), CASES)
def test_the_plural_role_noun_stands_for_the_defendants(
    language: str, text: str, members: list[str], others: list[str], group: str
) -> None:
    groups = _groups(text, language)
    assert all(_has(groups, name, group) for name in members), groups
    assert not any(_has(groups, name, group) for name in others), groups


def test_the_names_listed_right_after_the_noun() -> None:
    text = (
        "Təqsirləndirilən şəxslər Sumqayıt sakinləri Orxan Bağırov, Samir Əliyev və Elvin "
        "Qasımov 2014-cü ildə İŞİD-in tərkibində döyüşmüşlər."
    )
    groups = _groups(text, "az")
    assert all(_has(groups, n, "İŞİD") for n in ["Orxan Bağırov", "Samir Əliyev", "Elvin Qasımov"])


def test_detainees_in_contact_with_members_are_no_members() -> None:
    text = (
        "Police detained Giorgi Abashidze and Levan Kapanadze in Tbilisi on Monday.\n\n"
        '"The detainees maintained contact with members of Islamic State in Syria," '
        "spokeswoman Tamar Beridze said."
    )
    groups = _groups(text, "en")
    assert not any(_has(groups, n, "Islamic State") for n in groups), groups


def test_the_names_a_sentence_after_lists() -> None:
    text = (
        "В Махачкале задержаны трое жителей Дагестана. Задержанные, по данным ФСБ, воевали "
        "в рядах ИГИЛ. Ими оказались Ахмед Омаров, Расул Гаджиев и Магомед Исаев."
    )
    groups = _groups(text, "ru")
    assert all(_has(groups, n, "ИГИЛ") for n in ["Ахмед Омаров", "Расул Гаджиев", "Магомед Исаев"])


def test_the_acquitted_pair_is_left_out() -> None:
    text = (
        "A court in Almaty on Friday ruled on four men.\n\n"
        "Prosecutors said the defendants fought for Islamic State in 2015.\n\n"
        "Daniyar Omarov was given 12 years. Nurlan Seitov received 9 years. Aidos Bekov "
        "and Timur Zhumabayev were acquitted."
    )
    groups = _groups(text, "en")
    assert all(_has(groups, n, "Islamic State") for n in ["Daniyar Omarov", "Nurlan Seitov"])
    assert not any(_has(groups, n, "Islamic State") for n in ["Aidos Bekov", "Timur Zhumabayev"])
