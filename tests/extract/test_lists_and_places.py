"""Wanted lists and court lists in Russian and Turkish, and the places around names:
a participle in the plural before a list ("лиц, объявленных в розыск ...:"), a list
closed by initials with no comma ("Abenov, Yıldız ve M.K. dün tutuklandı"), the Turkish
"katılmıştır", an unknown name vouched for by a nationality in brackets, a Russian
district named by its adjective, a town's genitive after "из", and a birthplace in its
case opening the run of a name ("уроженца Уфы Ильдара Галиева")."""

from __future__ import annotations

from support import events_by_name, person_records


def test_a_russian_wanted_list_under_a_plural_participle() -> None:
    text = (
        "МВД просит сообщить о местонахождении следующих лиц, объявленных в федеральный "
        "розыск за участие в незаконных вооружённых формированиях:\n\n"
        "1. Сулейманов Тимур Асланович, 1992 г.р., уроженец г. Кизляра.\n\n"
        "2. Омарова Зайнаб Рашидовна, 1995 г.р., уроженка с. Гергебиль.\n"
    )
    events = events_by_name(text, published="2021-03-01")
    assert events["Тимур Асланович Сулейманов"] == {"wanted": None}
    assert events["Зайнаб Рашидовна Омарова"] == {"wanted": None}


def test_a_turkish_wanted_list_with_foreign_names_in_brackets() -> None:
    text = (
        "Emniyet, aranan aşağıdaki şahıslar hakkında bilgi istemektedir:\n\n"
        '- Julien Moreau (Fransa uyruklu, Lyon doğumlu), nam-ı diğer "Ebu Hamza el-Fransi".\n\n'
        "- Blerim Krasniqi (Kosova uyruklu, Prizren doğumlu). 2015'te Suriye'ye geçmiş, "
        "DEAŞ'a katılmıştır.\n"
    )
    persons = person_records(text, published="2021-03-01")
    moreau = persons["Julien Moreau"]
    assert moreau["aliases"] == ["Ebu Hamza el-Fransi"] and moreau["hometown"] == "Lyon"
    assert [e["status"] for e in moreau["events"]] == ["wanted"]
    krasniqi = persons["Blerim Krasniqi"]
    assert krasniqi["groups"] == ["DEAŞ"]
    assert {e["status"] for e in krasniqi["events"]} == {"wanted", "travelled"}


def test_a_list_closed_by_initials_without_a_comma() -> None:
    text = "Şüphelilerden Cem Arslan, Oğuz Tekin ve R.K. dün tutuklandı."
    events = events_by_name(text, published="2023-04-12")
    assert events["Cem Arslan"] == {"arrested": "2023-04-11"}
    assert events["Oğuz Tekin"] == {"arrested": "2023-04-11"}


def test_a_district_adjective_and_a_genitive_town_in_the_nominative() -> None:
    text = (
        "Задержан Руслан Шапиев, житель с. Карата Ахвахского района. "
        "Абу Умар аль-Казахи из Караганды погиб."
    )
    persons = person_records(text)
    assert persons["Руслан Шапиев"]["hometown"] == "Карата, Ахвахский район"
    assert persons["Абу Умар аль-Казахи"]["hometown"] == "Караганда"


def test_a_birthplace_in_its_case_is_not_part_of_the_name_after_it() -> None:
    text = (
        "Суд рассмотрел дело уроженца Уфы Ильдара Галиева. "
        "В Сирию выехал житель Набережных Челнов Алмаз Гарипов. "
        "Задержан житель Хасавюрта Магомедов Рамазан Абдулхалимович."
    )
    persons = person_records(text)
    assert {"Ильдар Галиев", "Алмаз Гарипов", "Рамазан Абдулхалимович Магомедов"} <= set(persons)
    assert persons["Алмаз Гарипов"]["hometown"] == "Набережные Челны"
    assert persons["Рамазан Абдулхалимович Магомедов"]["aliases"] == [
        "Рамазан Магомедов",
        "Магомедов Рамазан Абдулхалимович",
    ]


def test_a_hometown_set_off_after_an_age_is_the_named_mans_not_the_judges() -> None:
    text = "Judge Aysel Guliyeva gave Orkhan Mammadli, 33, from the town of Shaki, ten years."
    persons = person_records(text)
    assert persons["Orkhan Mammadli"]["hometown"] == "Shaki"
    assert persons["Aysel Guliyeva"]["hometown"] is None


def test_russian_towns_in_the_genitive_with_short_stems_and_stems_in_ai() -> None:
    text = "Задержаны житель Уфы Марат Хасанов и уроженец Сибая Ринат Ишмухаметов."
    persons = person_records(text)
    assert persons["Марат Хасанов"]["hometown"] == "Уфа"
    assert persons["Ринат Ишмухаметов"]["hometown"] == "Сибай"


def test_a_people_of_origin_is_no_hometown_but_a_town_of_origin_is() -> None:
    text = (
        "Kist asıllı Nino Bardoshvili Suriye'ye gitti. Somali asıllı İsveç vatandaşı "
        "Farhan Ahmed aranıyor. Malatya kökenli Cemal Korkmaz tutuklandı."
    )
    persons = person_records(text)
    assert persons["Nino Bardoshvili"]["hometown"] is None
    assert persons["Farhan Ahmed"]["hometown"] is None
    assert persons["Cemal Korkmaz"]["hometown"] == "Malatya"


def test_a_big_town_of_the_region_spelled_in_two_letters() -> None:
    text = "Oş doğumlu Tilek Sadyrov tutuklandı. Задержан Азамат Бекиев, уроженец г. Ош."
    persons = person_records(text)
    assert persons["Tilek Sadyrov"]["hometown"] == "Oş"
    assert persons["Азамат Бекиев"]["hometown"] == "Ош"


def test_a_demonym_before_another_people_and_a_kin_word_still_gives_the_hometown() -> None:
    text = "Aynı çatışmada Qusarlı Azerbaycanlı kardeşimiz Ebu Həmzə el-Azeri de yaralanmıştır."
    assert person_records(text)["Ebu Həmzə el-Azeri"]["hometown"] == "Qusar"


def test_an_azerbaijani_wanted_list_under_a_long_head_and_a_turkish_one_after_a_story() -> None:
    az = (
        "Xidmət Suriyada terror təşkilatlarının tərkibində olan və beynəlxalq axtarışa "
        "verilmiş aşağıdakı şəxslərin olduğu yer barədə məlumatı olan vətəndaşları "
        'Xidmətin "qaynar xətt"inə müraciət etməyə çağırır:\n\n'
        "– Məmmədov Rauf Elşad oğlu, 1988-ci il təvəllüdlü, Quba rayonu.\n\n"
        "– Hüseynova Aygün Tofiq qızı, 1994-cü il təvəllüdlü, Bakı şəhəri.\n"
    )
    events = events_by_name(az, published="2023-05-18")
    assert events["Rauf Elşad oğlu Məmmədov"] == {"wanted": None}
    assert events["Aygün Tofiq qızı Hüseynova"] == {"wanted": None}
    tr = (
        "Yasin Doğan'ın kardeşi Murat Doğan'ın 2016'da Suriye'de öldürüldüğü tespit edildi.\n\n"
        "Emniyet, aynı soruşturma kapsamında aranan ve yurt dışında bulunduğu değerlendirilen "
        "aşağıdaki şahıslar hakkında bilgi talep etmektedir:\n\n"
        "- Julien Moreau (Fransa uyruklu, Lyon doğumlu).\n\n"
        "- Blerim Krasniqi (Kosova uyruklu, Prizren doğumlu).\n"
    )
    events = events_by_name(tr, published="2020-10-20")
    assert events["Julien Moreau"] == {"wanted": None}
    assert events["Blerim Krasniqi"] == {"wanted": None}
    assert "wanted" not in events["Murat Doğan"]


def test_a_us_date_with_its_comma_dates_the_event() -> None:
    text = "Hassan Abdi Nur was arrested on September 14, 2023, at the airport."
    assert events_by_name(text)["Hassan Abdi Nur"] == {"arrested": "2023-09-14"}
