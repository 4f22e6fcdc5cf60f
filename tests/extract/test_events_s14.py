"""Status events, fourteenth session (fictional people and sentences): a wanted list set
out paragraph by paragraph, each opening with a name and its particulars; a testimony
quoted over several paragraphs whose writer names himself ("My name is X", "Меня зовут
X"); a lede's count told in parts right after ("Two of the five, A and B ... The other
three, C, D and E")."""

from __future__ import annotations

from support import events_by_name


def _events(text: str, language: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, language=language)


def _wanted(events: dict[str, dict[str, str | None]]) -> set[str]:
    return {name for name, e in events.items() if "wanted" in e}


_PARAGRAPHS_AZ = (
    "Xəbər Mərkəzi, 3 mart 2023\n\n"
    "Nazirlik axtarışda olan şəxslərin siyahısını yeniləyib. Yeni adlar bunlardır:\n\n"
    "Rüstəmov Namiq Elxan oğlu, 1990-cı il təvəllüdlü, Gəncə sakini. "
    "2015-ci ildə Suriyaya gedib.\n\n"
    "Babayeva Nərmin, 29 yaş, Şirvan sakini. 2016-cı ildə ərinin yanına gedib.\n\n"
    "Nazirliyin sözçüsü Kamal Hüseynli bildirib ki, axtarış davam edir.\n"
)
_PARAGRAPHS_RU = (
    "«Вести», 5 мая 2023 года\n\n"
    "МВД опубликовало обновлённый список лиц, находящихся в розыске. Приводим записи.\n\n"
    "Сулейманов Ахмед Русланович, 1991 года рождения, уроженец Хасавюрта. Выехал в "
    "Сирию в 2014 году.\n\n"
    "Гаджиева Патимат, 27 лет, жительница Буйнакска.\n\n"
    "По словам адвоката Марата Ибрагимова, семьи ждут новостей.\n"
)
_PARAGRAPHS_TR = (
    "Haber Merkezi — 7 Nisan 2023\n\n"
    "Bakanlık aranan teröristler listesini güncelledi. Eklenen isimler şöyle:\n\n"
    "Yakup Kılınç, 1987 doğumlu, Konyalı. 2014'te Suriye'ye gitti.\n\n"
    "Cengiz Aksoy, 35, Malatya doğumlu. 2015'te Irak'a geçti.\n\n"
    "Avukat Selim Karaca, ailelerin beklediğini söyledi.\n"
)
_PARAGRAPHS_EN = (
    "Valley News, 2 May 2023\n\n"
    "The ministry published a new list of citizens wanted for joining armed groups "
    "abroad. The new names are:\n\n"
    "Dzhabrail Tokaev, 31, a native of Argun. Left for Syria in 2014.\n\n"
    "Zaur Kantemirov, born 1993, from Gudermes. Went to Iraq in 2015.\n\n"
    "A lawyer, Aslan Dzhabaev, said the families were worried.\n"
)


def test_paragraph_entries_of_a_wanted_list_are_wanted() -> None:
    assert _wanted(_events(_PARAGRAPHS_AZ, "az")) == {
        "Namiq Elxan oğlu Rüstəmov",
        "Nərmin Babayeva",
    }
    ru = _wanted(_events(_PARAGRAPHS_RU, "ru"))
    assert any(n.startswith("Ахмед") for n in ru) and any(n.startswith("Патимат") for n in ru)
    assert not any("Ибрагим" in n for n in ru)
    assert _wanted(_events(_PARAGRAPHS_TR, "tr")) == {"Yakup Kılınç", "Cengiz Aksoy"}
    assert _wanted(_events(_PARAGRAPHS_EN, "en")) == {"Dzhabrail Tokaev", "Zaur Kantemirov"}


def test_paragraphs_after_a_list_of_those_removed_are_not_wanted() -> None:
    removed = _PARAGRAPHS_TR.replace(
        "aranan teröristler listesini güncelledi. Eklenen isimler şöyle:",
        "aranan teröristler listesinden iki ismi çıkardı. Çıkarılan isimler şöyle:",
    )
    assert not _wanted(_events(removed, "tr"))


def test_paragraphs_of_prose_after_a_wanted_notice_are_no_entries() -> None:
    prose = (
        "Bakanlık aranan teröristler listesini güncelledi. Ayrıntılar şöyle:\n\n"
        "Yakup Kılınç, bakanlığın sözcüsü, açıklamayı okudu.\n\n"
        "Cengiz Aksoy, gazeteci, soruları yanıtladı.\n"
    )
    assert not _wanted(_events(prose, "tr"))


def test_a_testimony_over_paragraphs_is_its_self_named_writer_en() -> None:
    text = (
        "Posted on 3 May 2024.\n\n"
        '"My name is Bakyt Osmonov. I am from Osh.\n\n'
        "I went to Syria in 2014 with two friends.\n\n"
        'In 2019 the police arrested me in Idlib. I want to go home."\n\n'
        "The channel could not verify the post.\n"
    )
    events = _events(text, "en")
    assert events["Bakyt Osmonov"].get("travelled") == "2014"
    assert events["Bakyt Osmonov"].get("arrested") == "2019"


def test_a_testimony_over_paragraphs_is_its_self_named_writer_ru() -> None:
    text = (
        "Запись от 4 мая 2024 года.\n\n"
        "«Меня зовут Ислам, я из Грозного.\n\n"
        "В 2020 году меня задержали в Идлибе. Держали три месяца.\n\n"
        "Я хочу вернуться домой».\n"
    )
    assert _events(text, "ru")["Ислам"].get("detained") == "2020"


def test_a_first_person_quotation_naming_no_writer_gives_no_one() -> None:
    text = (
        "Posted on 3 May 2024.\n\n"
        '"I am from Osh. Rustam Aliev was my friend.\n\n'
        'In 2019 the police arrested me in Idlib."\n'
    )
    assert "arrested" not in _events(text, "en").get("Rustam Aliev", {})


def test_a_count_told_in_parts_gives_each_part_the_status_en() -> None:
    text = (
        "ASTANA, 6 March 2025 — A court on Tuesday sentenced four men in a terrorism case.\n\n"
        "Two of the four, Serik Abdrakhmanov, 31, and Nurzhan Baimukhanov, 28, had "
        "returned from Syria. The other two, Azamat Zhunusov and Dias Kenzhebaev, "
        "were students.\n"
    )
    events = _events(text, "en")
    for name in ("Serik Abdrakhmanov", "Nurzhan Baimukhanov", "Azamat Zhunusov", "Dias Kenzhebaev"):
        assert events[name].get("sentenced") == "2025-03-04", name


def test_a_count_told_in_parts_gives_each_part_the_status_ru() -> None:
    text = (
        "12 марта 2025 года в Махачкале задержаны трое мужчин.\n\n"
        "Двое из них, Руслан Абакаров и Шамиль Гусейнов, ранее воевали в Сирии. "
        "Остальные — студенты.\n"
    )
    events = _events(text, "ru")
    assert events["Руслан Абакаров"].get("detained") == "2025-03-12"
    assert events["Шамиль Гусейнов"].get("detained") == "2025-03-12"


def test_a_part_naming_more_than_its_number_names_no_one() -> None:
    text = (
        "ASTANA, 6 March 2025 — A court on Tuesday sentenced four men.\n\n"
        "Two of the four, Serik Abdrakhmanov, Nurzhan Baimukhanov and Dias Kenzhebaev, "
        "had returned from Syria.\n"
    )
    events = _events(text, "en")
    assert "sentenced" not in events["Dias Kenzhebaev"]


def test_a_testimony_names_its_writer_az_tr() -> None:
    az = _events('"Mənim adım Elnur Həsənov, Gəncədənəm.\n\n2015-ci ildə Suriyaya getdim."\n', "az")
    assert az["Elnur Həsənov"].get("travelled") == "2015"
    tr = _events("\"Benim adım Yusuf Korkmaz.\n\n2014'te Suriye'ye gittim.\"\n", "tr")
    assert tr["Yusuf Korkmaz"].get("travelled") == "2014"


def test_a_journey_with_my_cousin_is_also_the_cousins() -> None:
    en = _events(
        '"My name is Bakyt Osmonov. I went to Syria in 2015 with my cousin Almaz Tokonov."',
        "en",
    )
    assert en["Almaz Tokonov"].get("travelled") == "2015"
    ru = _events(
        "«Меня зовут Ислам Хадисов. В Сирию я приехал в 2014 году вместе с двоюродным "
        "братом Русланом Хадисовым».",
        "ru",
    )
    assert ru["Ислам Хадисов"].get("travelled") == "2014"
    assert ru["Руслан Хадисов"].get("travelled") == "2014"


_INTERVIEW_AZ = (
    '"Xəbər", 5 may 2025\n\n'
    "Şəkidə yaşayan 60 yaşlı Kamil Əsgərov oğlunu gözləyir. Onun oğlu Samir Əsgərov "
    "2014-cü ildə Suriyaya gedib. Müsahibəni təqdim edirik.\n\n"
    "— Samirdən son xəbər nə vaxt gəlib?\n"
    "— Keçən il bizə dedilər ki, Azərbaycana qaytarılıb.\n\n"
    "— Ailəsi var idimi?\n"
    "— Var, amma onlar Türkiyədədir.\n"
)
_INTERVIEW_RU = (
    "«Вестник», 18 сентября 2025 года\n\n"
    "Зарема Алиева живёт в Назрани. Её брат Адам Алиев в 2013 году уехал в Сирию. "
    "Мы поговорили с ней о брате.\n\n"
    "— Когда Адам уехал?\n"
    "— В ноябре 2013-го. Сказал, что едет учиться.\n\n"
    "— Что было дальше?\n"
    "— В 2018 году курды его задержали. Он сидел в тюрьме.\n\n"
    "— Кто его завербовал?\n"
    "— Был такой Шамиль, из Карабулака. Его арестовали ещё в 2014-м.\n"
)


def test_an_answer_naming_no_one_tells_of_whom_the_questions_ask_az() -> None:
    events = _events(_INTERVIEW_AZ, "az")
    assert events["Samir Əsgərov"].get("returned") == "2024"
    assert "returned" not in events["Kamil Əsgərov"]


def test_an_answer_naming_no_one_tells_of_whom_the_questions_ask_ru() -> None:
    events = _events(_INTERVIEW_RU, "ru")
    assert events["Адам Алиев"].get("detained") == "2018"
    # the answer names someone the questions do not ask of: his arrest is not Adam's
    assert "arrested" not in events["Адам Алиев"]
    assert "detained" not in events["Зарема Алиева"]


def test_a_part_opening_a_sentence_is_the_subject_of_its_verb() -> None:
    en = _events(
        "A court on Tuesday sentenced four men. Two of the four, Serik Abdrakhmanov, 31, "
        "from Taraz, and Nurzhan Baimukhanov, 28, were brought home from Syria in 2019.",
        "en",
    )
    assert en["Serik Abdrakhmanov"].get("returned") == "2019"
    assert en["Nurzhan Baimukhanov"].get("returned") == "2019"
    az = _events(
        "Polis beş nəfəri saxlayıb. Onlardan ikisi, Orxan Cəfərov və Rəşad Məlikov, "
        "2015-ci ildə Suriyaya gedib.",
        "az",
    )
    assert az["Orxan Cəfərov"].get("travelled") == "2015"
    assert az["Rəşad Məlikov"].get("travelled") == "2015"
