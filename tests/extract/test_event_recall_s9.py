"""Status events, ninth session (fictional people and sentences): a wanted list set out
entry by entry under a notice of the search makes each entry wanted, but not a list of
those taken off it; a wanted notice in a few more words ("is still listed as wanted",
"Wanted since May 2015", "hakkında uluslararası yakalama kararı var", "firarda olduğu",
"разыскиваются"); a subject counting the persons told of before, each in a paragraph of
their own ("Beş sanık ... gözaltına alınmış", "Все трое были задержаны", "hər üç şəxs
barəsində ... həbs seçilib"), but not when the count does not fit."""

from __future__ import annotations

from support import events_by_name


def _events(text: str, language: str | None = None) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, language=language)


_LIST_EN = (
    "Published: 3 May 2018\n\n"
    "TASHKENT — The security service on Monday released a list of citizens it says "
    "joined armed groups abroad and are wanted on terrorism charges. The list is "
    "reproduced in part below.\n\n"
    "1. NAZAROV Sardor Alisherovich, born 1990, from Jizzakh. Left for Syria in 2014.\n\n"
    "2. RASULOVA Dilnoza, born 1994, from Samarkand. Wanted since May 2015.\n\n"
    "A spokesman, Colonel Timur Qodirov, urged relatives to help.\n"
)


def test_each_entry_of_a_wanted_list_is_wanted_en() -> None:
    events = _events(_LIST_EN, language="en")
    sardor = next(v for k, v in events.items() if k.startswith("Sardor"))
    dilnoza = next(v for k, v in events.items() if k.startswith("Dilnoza"))
    assert "wanted" in sardor and sardor["wanted"] is None
    assert dilnoza.get("wanted") == "2015-05"
    assert "wanted" not in events["Timur Qodirov"]


_LIST_AZ = (
    "05.03.2018 | Xəbər\n\n"
    "Nazirlik axtarışa verilmiş şəxslərin yeni siyahısını yayıb. Onlardan bəziləri:\n\n"
    "1. Rəhimov Kənan Əli oğlu, 1989-cu il təvəllüdlü, Bərdə sakini. "
    "2014-cü ildə Suriyaya gedib.\n\n"
    "2. Hüseynova Aytən Rauf qızı, 1996-cı il təvəllüdlü, Mingəçevir sakini.\n\n"
    "Nazirliyin sözçüsü Samir Vəliyev məlumat verib.\n"
)

_REMOVED_RU = (
    "Пресс-служба МВД\n05.09.2019\n\n"
    "Из списка разыскиваемых исключены следующие лица:\n\n"
    "1. Магомедов Арсен Русланович, 1991 г.р., уроженец г. Кизляра.\n\n"
    "2. Алиев Руслан Шамилевич, 1989 г.р., уроженец г. Избербаша.\n"
)


def test_each_entry_of_a_wanted_list_is_wanted_az() -> None:
    events = _events(_LIST_AZ, language="az")
    assert "wanted" in events["Kənan Əli oğlu Rəhimov"]
    assert "wanted" in events["Aytən Rauf qızı Hüseynova"]
    assert "wanted" not in events["Samir Vəliyev"]


def test_a_list_of_those_taken_off_the_wanted_list_is_no_search_ru() -> None:
    events = _events(_REMOVED_RU, language="ru")
    assert all("wanted" not in e for e in events.values())


def test_a_wanted_notice_in_more_words() -> None:
    en = _events(
        "The driver, Besnik Hasani, is still listed as wanted by the police.", language="en"
    )
    assert "wanted" in en["Besnik Hasani"]
    tr = _events(
        "Kalkandelen doğumlu Ardit Kelmendi hâlâ İdlib'de. Kelmendi hakkında Makedonya'da "
        "uluslararası yakalama kararı var.",
        language="tr",
    )
    assert "wanted" in tr["Ardit Kelmendi"]
    fled = _events("Operasyonda Serdar Yavuz'un ise firarda olduğu bildirildi.", language="tr")
    assert "wanted" in fled["Serdar Yavuz"]
    ru = _events(
        "Сотрудниками полиции разыскиваются лица, подозреваемые в участии в боевых "
        "действиях:\n\n1. Мусаев Ислам Ахмедович, 1995 г.р.\n",
        language="ru",
    )
    assert "wanted" in ru["Ислам Ахмедович Мусаев"]


def test_a_plain_list_wanted_by_no_one_is_no_search() -> None:
    events = _events(
        "The court heard the following witnesses:\n\n"
        "1. Sardor Nazarov, a teacher.\n\n2. Timur Qodirov, a driver.\n",
        language="en",
    )
    assert all("wanted" not in e for e in events.values())


_TRIAL_TR = (
    "KONYA, 4 Nisan 2019 — Davada karar çıktı.\n\n"
    "Selimiyeli Murat Koç'a 8 yıl hapis cezası verildi.\n\n"
    "Ereğli ilçesinden Hakan Uçar'a 6 yıl hapis cezası verildi.\n\n"
    "Sanıklardan Cem Aksoy ise beraat etti ve tahliye edildi.\n\n"
    "Üç sanık, Ocak 2018'de düzenlenen operasyonda gözaltına alınmış, aynı hafta "
    "tutuklanmıştı.\n"
)


def test_counted_defendants_told_apart_share_the_custody_tr() -> None:
    events = _events(_TRIAL_TR, language="tr")
    for name in ("Murat Koç", "Hakan Uçar", "Cem Aksoy"):
        assert events[name].get("detained") == "2018-01", name
        assert events[name].get("arrested") == "2018-01", name


_TRIAL_RU = (
    "Ростов-на-Дону, 14 марта 2018 года.\n\n"
    "Суд приговорил Ахмеда Гасанова к 15 годам колонии.\n\n"
    "Вместе с ним осуждён Шамиль Курбанов: суд назначил ему 12 лет.\n\n"
    "Третий подсудимый, Тимур Алиев, приговорён к 10 годам.\n\n"
    "Все трое были задержаны в Махачкале в мае 2017 года.\n"
)


def test_all_three_told_apart_share_the_custody_ru() -> None:
    events = _events(_TRIAL_RU, language="ru")
    for name in ("Ахмед Гасанов", "Тимур Алиев"):
        assert events[name].get("detained") == "2017-05", name


_CUSTODY_AZ = (
    "07.02.2021\n\n"
    "Kərimov Elnur Rafiq oğlu, 1990-cı il təvəllüdlü, 2014-cü ildə Suriyaya gedib. "
    "O, fevralın 3-də Bakıda saxlanılıb.\n\n"
    "Həsənov Vüsal Tofiq oğlu, 1988-ci il təvəllüdlü, fevralın 4-də Gəncədə saxlanılıb.\n\n"
    "Fevralın 6-da məhkəmənin qərarı ilə hər iki şəxs barəsində qətimkan tədbiri olaraq "
    "həbs seçilib.\n"
)


def test_both_persons_told_apart_share_the_arrest_az() -> None:
    events = _events(_CUSTODY_AZ, language="az")
    assert events["Elnur Rafiq oğlu Kərimov"].get("arrested") == "2021-02-06"
    assert events["Vüsal Tofiq oğlu Həsənov"].get("arrested") == "2021-02-06"


def test_a_count_that_does_not_fit_those_told_before_is_no_one() -> None:
    events = _events(
        "KONYA, 4 Nisan 2019 — Murat Koç'a 8 yıl hapis cezası verildi.\n\n"
        "Beş sanık, Ocak 2018'de gözaltına alınmış.\n",
        language="tr",
    )
    assert "detained" not in events["Murat Koç"]


def test_a_dead_person_is_not_among_those_counted() -> None:
    events = _events(
        _CUSTODY_AZ.replace(
            "Həsənov Vüsal Tofiq oğlu, 1988-ci il təvəllüdlü, fevralın 4-də Gəncədə saxlanılıb.",
            "Həsənov Vüsal Tofiq oğlu, 1988-ci il təvəllüdlü, fevralın 4-də Gəncədə saxlanılıb. "
            "Onun qardaşı Həsənov Nicat 2016-cı ildə Mosulda öldürülüb.",
        ),
        language="az",
    )
    assert "arrested" not in events.get("Nicat Həsənov", {})


def test_a_list_of_those_sought_and_brought_home_is_no_search_az() -> None:
    events = _events(
        "Tarix: 17 fevral 2022\n\n"
        "Prokurorluq beynəlxalq axtarışda olan və Azərbaycana təhvil verilən iki nəfərin "
        "adlarını açıqlayıb. Onların hamısı Suriyada döyüşməkdə təqsirləndirilir:\n\n"
        "1. Məlikov Tural Vahid oğlu, 1992-ci il təvəllüdlü, Bakı sakini.\n\n"
        "2. Zeynalova Sevda Rasim qızı, 1995-ci il təvəllüdlü, Gəncə sakini.\n",
        language="az",
    )
    assert all("wanted" not in e for e in events.values())


def test_three_counted_are_not_the_two_told_before_tr() -> None:
    events = _events(
        "KONYA, 4 Nisan 2019 — Murat Koç'a 8 yıl hapis cezası verildi.\n\n"
        "Hakan Uçar'a 6 yıl hapis cezası verildi.\n\n"
        "Üç sanık, Ocak 2018'de gözaltına alınmış.\n",
        language="tr",
    )
    assert "detained" not in events["Murat Koç"]
    assert "detained" not in events["Hakan Uçar"]


def test_one_of_those_who_came_back_after_a_dash_returned_ru() -> None:
    events = _events(
        "Грозный, 30 декабря 2018 года.\n\n"
        "В субботу в аэропорту Грозного приземлился спецрейс из Багдада.\n\n"
        "Одна из вернувшихся — 30-летняя Мадина Алиева из Шали — прилетела с двумя детьми.",
        language="ru",
    )
    assert "returned" in events["Мадина Алиева"]
    other = _events(
        "Грозный, 30 декабря 2018 года.\n\n"
        "Одна из сестёр — 30-летняя Мадина Алиева из Шали — работает врачом.",
        language="ru",
    )
    assert "returned" not in other["Мадина Алиева"]


def test_a_timelines_present_tense_return() -> None:
    text = (
        "Timeline: Aslan Dudayev\nPublished: 2 April 2018\n\n"
        "2013, May — Aslan Dudayev is arrested in Grozny.\n\n"
        "2018 — His wife Zarema Dudayeva returns to Grozny with their children.\n\n"
        "2019 — Dudayev returns to Syria, his brother says.\n"
    )
    found = events_by_name(text, published="2018-04-02")
    assert found["Zarema Dudayeva"].get("returned") == "2018"
    assert "returned" not in found["Aslan Dudayev"]  # back to the war is no return
