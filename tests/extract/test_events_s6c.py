"""Status cues of session 6c: a list of described people in an official Azerbaijani
release (patronymics and "şəhər sakini, ... təvəllüdlü" before each name), a search or
custody ordered "about him" in the next sentence, and an expulsion to the home country."""

from __future__ import annotations

from support import events_by_name

PUBLISHED = "2024-05-01"


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, published=PUBLISHED)


def test_a_patronymic_is_no_relation_of_the_next_listed_person() -> None:
    text = (
        "Rzayev Tofiq Elşad oğlu və 1989-cu il təvəllüdlü Quliyev Samir Rauf oğlu "
        "2016-cı ildə Suriyaya keçərək İŞİD-ə qoşulublar."
    )
    assert _events(text) == {
        "Tofiq Elşad oğlu Rzayev": {"travelled": "2016"},
        "Samir Rauf oğlu Quliyev": {"travelled": "2016"},
    }


def test_a_description_with_a_comma_opens_the_next_listed_item() -> None:
    text = (
        "Əməliyyat zamanı 1990-cı il təvəllüdlü Şirvan şəhər sakini Rzayev Tofiq Elşad oğlu "
        "və 1986-cı il təvəllüdlü Qax rayonunun Ilisu kənd sakini Quliyev Samir Rauf oğlu "
        "aprelin 24-də saxlanılıb."
    )
    assert _events(text) == {
        "Tofiq Elşad oğlu Rzayev": {"detained": "2024-04-24"},
        "Samir Rauf oğlu Quliyev": {"detained": "2024-04-24"},
    }
    text = (
        "Rzayev Tofiq Elşad oğlu və Şirvan şəhər sakini, 1986-cı il təvəllüdlü "
        "Quliyev Samir Rauf oğlu 2015-ci ildə Suriyaya gedib."
    )
    assert _events(text) == {
        "Tofiq Elşad oğlu Rzayev": {"travelled": "2015"},
        "Samir Rauf oğlu Quliyev": {"travelled": "2015"},
    }


def test_a_search_ordered_about_him_is_wanted_in_three_languages() -> None:
    text = (
        "Dəstənin digər üzvü Rzayev Tofiq Elşad oğlu hazırda İraqdadır. "
        "Onun barəsində axtarış elan edilib."
    )
    assert _events(text)["Tofiq Elşad oğlu Rzayev"].keys() >= {"wanted"}
    text = "Murat Kılıç'ın Irak'ta olduğu belirlendi. Kendisi hakkında yakalama kararı çıkarıldı."
    assert _events(text)["Murat Kılıç"].keys() >= {"wanted"}
    text = (
        "Руслан Гехаев, по версии следствия, скрывается в Ираке. В отношении него объявлен розыск."
    )
    assert _events(text)["Руслан Гехаев"].keys() >= {"wanted"}


def test_custody_ordered_about_him_is_an_arrest() -> None:
    text = (
        "Tofiq Rzayev 2021-ci ildə Gəncədə saxlanılıb. "
        "Onun barəsində həbs qətimkan tədbiri seçilib."
    )
    assert _events(text)["Tofiq Rzayev"].keys() == {"detained", "arrested"}
    text = (
        "Руслан Гехаев был задержан в Грозном в июне. "
        "В отношении него избрана мера пресечения в виде заключения под стражу."
    )
    assert _events(text)["Руслан Гехаев"].keys() == {"detained", "arrested"}


def test_an_expulsion_home_is_a_return() -> None:
    text = (
        "Руслан Гехаев в 2018 году был задержан в Стамбуле. "
        "В мае того же года его выслали в Россию."
    )
    assert _events(text) == {"Руслан Гехаев": {"detained": "2018", "returned": "2018-05"}}
    assert _events("В 2021 году Грузия выдворила Руслана Гехаева на родину.") == {
        "Руслан Гехаев": {"returned": "2021"}
    }
    assert _events("Karim Haddad was expelled to Morocco in June 2019.") == {
        "Karim Haddad": {"returned": "2019-06"}
    }


def test_sending_things_abroad_is_no_return() -> None:
    assert _events("Руслан Гехаев выслал документы в Турцию.") == {"Руслан Гехаев": {}}
