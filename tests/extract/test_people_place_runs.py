"""Places, things and list layouts read into names: a demonym before a name, a place
before a postposition, an airport or a street named after someone, a wanted list's
"SURNAME, Given Patronymic", an alias cue written as one word, initials before a
sentence's opening word (fictional people and villages)."""

from __future__ import annotations

import pytest

from support import person_records


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        # a demonym of a village the text names
        (
            "Şəki rayonunun Dorux kəndində yas mərasimi keçirilib. Doruxlu Elnur 2014-cü ildə "
            "Suriyaya gedib. Qardaşı Nahid Cəfərov bildirib ki, Elnur Cəfərov İdlibdə ölüb.",
            "Elnur Cəfərov",
            "Doruxlu Elnur",
        ),
        (
            "Kilis'e bağlı Taşbaşı köyünde yaşayan muhtar Veli Kaya konuştu. Köyün en çok "
            "konuşulan ismi Taşbaşılı Murat Sezgin. Murat 2015'te Suriye'ye gitti.",
            "Murat Sezgin",
            "Taşbaşılı Murat Sezgin",
        ),
        # a gazetteer town's demonym, whatever its country
        (
            "Bakılı Orxan Nəbiyev 2015-ci ildə Suriyaya gedib.",
            "Orxan Nəbiyev",
            "Bakılı Orxan Nəbiyev",
        ),
    ],
)
def test_demonym_before_a_name_is_no_part_of_it(text: str, name: str, wrong: str) -> None:
    records = person_records(text)
    assert name in records, sorted(records)
    assert wrong not in records


@pytest.mark.parametrize(
    "text",
    [
        "Vüsal Kərimli 2015-ci ildə Suriyaya gedib.",
        "Elşən Hüseynli Türkiyədə saxlanılıb.",
    ],
)
def test_surname_in_li_stays(text: str) -> None:
    assert text.split(" 20")[0].split(" Tü")[0] in person_records(text)


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        (
            "2016-cı ilin yazında Tural Mənbic yaxınlığında yaralanıb. Tural Qasımzadə "
            "2015-ci ildə Suriyaya gedib.",
            "Tural Mənbic",
            "Tural Qasımzadə",
        ),
        (
            "Elvin Həsənov Suriyaya gedib. 1990-cı il təvəllüdlü Həsənov Qusar şəhərində doğulub.",
            "Həsənov Qusar",
            "Elvin Həsənov",
        ),
        (
            "Serkan Aydın 2014'te Suriye'ye gitti. Serkan Halep kırsalında yaralandı.",
            "Serkan Halep",
            "Serkan Aydın",
        ),
        (
            "Kamil Doğan 2015'te sınırı geçti. Doğan Rakka yakınlarında öldürüldü.",
            "Doğan Rakka",
            "Kamil Doğan",
        ),
    ],
)
def test_place_before_a_postposition_is_no_surname(text: str, wrong: str, right: str) -> None:
    records = person_records(text)
    assert wrong not in records, sorted(records)
    assert right in records


@pytest.mark.parametrize(
    ("text", "thing", "person"),
    [
        (
            "Esenboğa'da yakalanan Alman\n\nGeçen cuma Ali Rıza Efendi Havalimanı'nda "
            "yakalanan Alman vatandaşı Jonas Keller dün sınır dışı edildi. Ali Rıza "
            "Efendi'de iki gün tutulmuştu.",
            "Ali Rıza Efendi",
            "Jonas Keller",
        ),
        (
            "Talas ilçesine bağlı Nurettin Topçu Mahallesi'nde herkes Yusuf Kara'yı tanıyordu.",
            "Nurettin Topçu",
            "Yusuf Kara",
        ),
        (
            "Nəsrəddin Tusi Beynəlxalq Aeroportunda saxlanılan Rəşad Məmmədli 2015-ci ildə "
            "Suriyaya gedib.",
            "Nəsrəddin Tusi",
            "Rəşad Məmmədli",
        ),
        (
            "Rauf Orujov was detained at Alisher Navoi International Airport last week.",
            "Alisher Navoi",
            "Rauf Orujov",
        ),
        (
            "Депортированного боевика задержали во Внукове. Ислам Дзеитов задержан в "
            "аэропорту Внуково.",
            "Внуков",
            "Ислам Дзеитов",
        ),
    ],
)
def test_thing_named_after_someone_is_no_person(text: str, thing: str, person: str) -> None:
    records = person_records(text)
    assert thing not in records, sorted(records)
    assert person in records


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        (
            "2. BEKOV, Timur Aslanovich, 31, resident of Nalchik. Travelled to Syria in 2015.",
            "Timur Bekov",
            "Timur Aslanovich",
        ),
        (
            "3. KHASHIEVA, Zalina Ruslanovna, born 1996, from Chegem. Went to Syria in 2016.",
            "Zalina Khashieva",
            "Zalina Ruslanovna",
        ),
        (
            "4. ÖZKAN, Serdar, 38, Gaziantep doğumlu. 2014'te Suriye'ye geçti.",
            "Serdar Özkan",
            "ÖZKAN",
        ),
    ],
)
def test_wanted_list_surname_first_is_one_person(text: str, name: str, wrong: str) -> None:
    records = person_records(text)
    assert name in records, sorted(records)
    assert wrong not in records


@pytest.mark.parametrize(
    "text",
    [
        "Mahmut Çelik, namıdiğer \"Topal Mahmut\", 45, Gaziantep'ten. Çelik 2015'te "
        "gözaltına alındı.",
        "Mahmut Çelik, namı-diğer \"Topal Mahmut\", 45, Gaziantep'ten. Çelik 2015'te "
        "gözaltına alındı.",
    ],
)
def test_namidiger_gives_an_alias(text: str) -> None:
    records = person_records(text)
    assert "Topal Mahmut" not in records, sorted(records)
    assert "Topal Mahmut" in records["Mahmut Çelik"]["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "Вместе с ним задержаны А.М. и Р.Ш. Оба отпущены после допроса.",
        "Вместе с ним задержаны две женщины, Л.К. и З.Т. Обе отпущены после допроса.",
    ],
)
def test_sentence_opener_after_initials_is_no_surname(text: str) -> None:
    records = person_records(text)
    assert not any(n.endswith(("Оба", "Обе")) for n in records), sorted(records)


def test_place_in_the_genitive_before_a_village_is_no_surname() -> None:
    text = (
        "Onun müavini Vasif Əlizadə Qusarın Gədəzeyxur kəndindən idi. Əlizadə 2013-cü ildə "
        "Suriyaya gedib."
    )
    records = person_records(text)
    assert "Vasif Əlizadə" in records, sorted(records)


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        (
            "S: Kim ikna etti? C: Kuzenim Kadir Öztürk beni ikna etti. O 2014'te gitmişti.",
            "Kadir Öztürk",
            "Kuzenim Kadir Öztürk",
        ),
        (
            "Cavab: Ərim Ramal, Ramal Nəsirli, 2015-ci ildə getmişdi.",
            "Ramal Nəsirli",
            "Ərim Ramal",
        ),
    ],
)
def test_kin_word_in_the_first_person_is_no_part_of_a_name(
    text: str, name: str, wrong: str
) -> None:
    records = person_records(text)
    assert name in records, sorted(records)
    assert wrong not in records


def test_kin_word_vouches_for_no_unknown_words() -> None:
    records = person_records("2015-ci ildə ərim Samirlə Suriyaya getdim. Ərim Samir Vəliyev öldü.")
    assert not any("Suriya" in n for n in records), sorted(records)


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA, Turkey — Police detained five people on Thursday.",
        "По данным КНБ, Данияр жив и находится в розыске. Данияр Жумагалиев воевал в Сирии.",
    ],
)
def test_caps_word_and_comma_mid_line_or_dateline_is_no_entry(text: str) -> None:
    records = person_records(text)
    assert not any(n.startswith(("Turkey", "Данияр Кнб")) for n in records), sorted(records)
