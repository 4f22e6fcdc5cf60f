"""Status events, revents2 (fictional people and sentences): one of, or among, those
who had the status ("One of those detained, X", "Qaytarılanlardan biri olan X", "Один из
задержанных — X"); the persons a sentence after a counted lede tells one by one ("One of
them is A ... A second man, B", "Şüphelilerden biri ... Diğeri ise ..."); a search told
by the hunt ("still searching for X", "kırmızı bültenle aradığı X"); terms gapped after
each name; the heaviest term going to someone; a lede about one person unnamed, named in
the next sentence; a wanted list whose heading names the list; the rest released, not
those named."""

from __future__ import annotations

import pytest

from support import events_by_name

_HEAD = {
    "en": "Published: 3 May 2021\n\n",
    "ru": "3 мая 2021 года\n\n",
    "az": "03.05.2021\n\n",
    "tr": "3 Mayıs 2021\n\n",
}


def _events(text: str, language: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(_HEAD[language] + text + "\n", language=language)


def _has(text: str, language: str, name: str, status: str) -> bool:
    return status in _events(text, language).get(name, {})


@pytest.mark.parametrize(
    ("language", "text", "name", "status"),
    [
        (
            "en",
            "One of those detained, Samir Valiyev, had fought in Syria.",
            "Samir Valiyev",
            "detained",
        ),
        ("en", "One of the detained men is Samir Valiyev, 34.", "Samir Valiyev", "detained"),
        ("en", "Aliya Valiyeva was among the returning women.", "Aliya Valiyeva", "returned"),
        ("en", "Aliya Valiyeva was among those arrested.", "Aliya Valiyeva", "arrested"),
        ("ru", "Один из задержанных — Тимур Ахметов, уроженец Уфы.", "Тимур Ахметов", "detained"),
        (
            "ru",
            "Одна из вернувшихся, Алия Ахметова, рассказала о лагере.",
            "Алия Ахметова",
            "returned",
        ),
        ("ru", "Алия Ахметова была среди вернувшихся женщин.", "Алия Ахметова", "returned"),
        (
            "az",
            "Qaytarılanlardan biri olan Şəki sakini Xəyalə Nəbiyeva 2017-ci ildə İraqa gedib.",
            "Xəyalə Nəbiyeva",
            "returned",
        ),
        ("tr", "İade edilenlerden biri Samet Kaya'dır.", "Samet Kaya", "returned"),
        ("tr", "Samet Kaya da gözaltına alınanlar arasında.", "Samet Kaya", "detained"),
    ],
)
def test_one_of_or_among_those_who_had_the_status(
    language: str, text: str, name: str, status: str
) -> None:
    assert _has(text, language, name, status)


@pytest.mark.parametrize(
    ("language", "text", "names", "status"),
    [
        (
            "en",
            "Police arrested three men on Wednesday, a day after they were flown home from "
            "Syria. One of them is Valon Gashi, 34, a mechanic from Gjilan.\n\n"
            "A second man, Arben Shala, 41, was known online as Abu Hafs.",
            ("Valon Gashi", "Arben Shala"),
            "arrested",
        ),
        (
            "tr",
            "Suriye sınırında yakalanan iki Alman vatandaşı dün Almanya'ya iade edildi.\n\n"
            "Şüphelilerden biri, Bochumlu Marco Brandt (39). Diğeri ise Duisburg doğumlu "
            "Emre Aydın (32).",
            ("Marco Brandt", "Emre Aydın"),
            "returned",
        ),
        (
            "ru",
            "В среду сотрудники ФСБ задержали троих жителей Казани. Один из них — "
            "25-летний Ринат Нуриев. Второй — Ильдар Гарипов, уроженец Уфы.",
            ("Ринат Нуриев", "Ильдар Гарипов"),
            "detained",
        ),
        (
            "az",
            "Dövlət Təhlükəsizlik Xidməti iki nəfəri saxlayıb. Onlardan biri Zaqatala sakini "
            "Elşad Məmmədovdur. Digəri isə Balakən sakini Ramin Əliyevdir.",
            ("Elşad Məmmədov", "Ramin Əliyev"),
            "detained",
        ),
    ],
)
def test_each_told_one_of_a_counted_group(
    language: str, text: str, names: tuple[str, ...], status: str
) -> None:
    events = _events(text, language)
    for name in names:
        assert status in events[name]


def test_one_of_them_with_a_speaker_is_not_the_speaker() -> None:
    text = "Police arrested three men. One of them is from Quba, said Samir Valiyev, a lawyer."
    assert not _has(text, "en", "Samir Valiyev", "arrested")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Police are still searching for Samir Valiyev.", "Samir Valiyev"),
        ("en", "Samir Valiyev is still on the run.", "Samir Valiyev"),
        ("ru", "Самира Валиева разыскивают с 2016 года.", "Самир Валиев"),
        (
            "tr",
            "Özbekistan'ın kırmızı bültenle aradığı Samir Veliyev yakalanamadı.",
            "Samir Veliyev",
        ),
        ("tr", "Samir Veliyev'in yakalanması için çalışmalar sürüyor.", "Samir Veliyev"),
        ("az", "Samir Vəliyevin saxlanılması üçün axtarış davam edir.", "Samir Vəliyev"),
    ],
)
def test_a_search_told_by_the_hunt(language: str, text: str, name: str) -> None:
    assert _has(text, language, name, "wanted")


def test_efforts_to_capture_are_no_capture() -> None:
    text = "Samir Veliyev'in yakalanması için çalışmalar sürüyor."
    assert not _has(text, "tr", "Samir Veliyev", "detained")


def test_searching_for_things_is_no_search_for_a_person() -> None:
    text = "Samir Valiyev said police were searching for weapons in the flat."
    assert not _has(text, "en", "Samir Valiyev", "wanted")


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        (
            "en",
            "In March 2016 the Skopje Criminal Court sentenced Agim Osmani, 27, to six years "
            "and Besnik Iseni to seven for taking part in a foreign armed formation.",
            ("Agim Osmani", "Besnik Iseni"),
        ),
        (
            "az",
            "Məhkəmə Ruslan Həsənovu 12, Kamran Həsənovu isə 10 il müddətinə azadlıqdan "
            "məhrum edib.",
            ("Ruslan Həsənov", "Kamran Həsənov"),
        ),
        (
            "tr",
            "Mahkeme Ahmet Kaya'ya 10, Mehmet Demir'e ise 7 yıl hapis cezası verdi.",
            ("Ahmet Kaya", "Mehmet Demir"),
        ),
    ],
)
def test_terms_gapped_after_each_name(language: str, text: str, names: tuple[str, ...]) -> None:
    events = _events(text, language)
    for name in names:
        assert "sentenced" in events[name]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "The heaviest sentence, twenty years, went to Bilal Ouchen, who was tried in absentia.",
            "Bilal Ouchen",
        ),
        ("ru", "Самый большой срок — 12 лет — получил Самир Валиев.", "Самир Валиев"),
        ("az", "Ən ağır cəzanı 14 il müddətinə Samir Vəliyev alıb.", "Samir Vəliyev"),
        ("tr", "En ağır cezayı 20 yılla Samir Veliyev aldı.", "Samir Veliyev"),
        ("en", "Samir Valiyev was given a suspended sentence.", "Samir Valiyev"),
        ("tr", "Mahkeme, Samir Veliyev'in 12 yıl hapsine hükmetti.", "Samir Veliyev"),
    ],
)
def test_a_term_told_in_more_words(language: str, text: str, name: str) -> None:
    assert _has(text, language, name, "sentenced")


@pytest.mark.parametrize(
    ("language", "text", "name", "status"),
    [
        (
            "en",
            "ANTWERP — A Belgian convert to Islam who is believed to still be fighting in "
            "Syria was sentenced in absentia on Monday to ten years in prison.\n\n"
            "Kevin De Smet, 26, who grew up in Mechelen, is known as Abu Yusuf.",
            "Kevin De Smet",
            "sentenced",
        ),
        (
            "en",
            "A 34-year-old man from Quba was detained at Baku airport on Tuesday.\n\n"
            "Samir Valiyev had travelled to Syria in 2014, officials said.",
            "Samir Valiyev",
            "detained",
        ),
        (
            "ru",
            "Житель Казани осуждён на 12 лет за участие в ИГ.\n\n"
            "Рамиль Латыпов, 29 лет, выехал в Сирию в 2014 году.",
            "Рамиль Латыпов",
            "sentenced",
        ),
        (
            "az",
            "Qusar rayon sakini Suriyadan qayıtdıqdan sonra saxlanılıb.\n\n"
            "Samir Vəliyev 2014-cü ildə Suriyaya gedib.",
            "Samir Vəliyev",
            "detained",
        ),
        (
            "tr",
            "Kayserili bir kadın DEAŞ üyeliğinden tutuklandı.\n\n"
            "Ayşe Kaya'nın 2015'te Suriye'ye gittiği belirlendi.",
            "Ayşe Kaya",
            "arrested",
        ),
    ],
)
def test_a_lede_about_one_person_named_next(
    language: str, text: str, name: str, status: str
) -> None:
    assert _has(text, language, name, status)


def test_a_lede_about_several_names_no_one_next() -> None:
    text = (
        "Two men from Quba were detained at Baku airport on Tuesday.\n\n"
        "Samir Valiyev, a lawyer, said the case was weak."
    )
    assert not _has(text, "en", "Samir Valiyev", "detained")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "az",
            "Daxili İşlər Nazirliyi beynəlxalq axtarışa verilən dörd şəxsin siyahısını "
            "yayıb. Nazirlik məlumatı olanları zəng etməyə çağırır.\n\n"
            "1. Nurlan Vəliyev, 1987-ci il təvəllüdlü, Qax rayonundan.\n\n"
            "2. Əkbər Kərimov, 1992-ci il təvəllüdlü, Ağsulu.",
            "Əkbər Kərimov",
        ),
        (
            "ru",
            "МВД опубликовало ориентировку на трёх мужчин, объявленных в федеральный "
            "розыск.\n\n1. Юмагулов Салават Ринатович, 1990 года рождения.\n\n"
            "2. Ахметшин Тимур Ильдарович, 1994 года рождения, житель Стерлитамака.",
            "Тимур Ильдарович Ахметшин",
        ),
        (
            "en",
            "Police published a list of five men wanted for fighting abroad.\n\n"
            "1. Samir Valiyev, born 1990, from Quba.\n\n"
            "2. Orxan Babayev, born 1988, from Zaqatala.",
            "Orxan Babayev",
        ),
    ],
)
def test_a_wanted_list_whose_heading_names_the_list(language: str, text: str, name: str) -> None:
    assert _has(text, language, name, "wanted")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "az",
            "Onlardan ikisi – Lalə Məmmədova və Aynur Rəhimova – ölkəyə çatan kimi "
            "saxlanılıb, qalanları sərbəst buraxılıb.",
            "Lalə Məmmədova",
        ),
        ("ru", "Самир Валиев и Орхан Бабаев задержаны, остальные отпущены.", "Самир Валиев"),
        (
            "tr",
            "Samir Veliyev ve Orhan Babayev tutuklandı, diğerleri serbest bırakıldı.",
            "Samir Veliyev",
        ),
    ],
)
def test_the_rest_released_are_not_those_named(language: str, text: str, name: str) -> None:
    assert not _has(text, language, name, "released")


def test_a_count_of_a_group_just_told_is_not_those_told_before() -> None:
    text = (
        "Among the returnees was Aigerim Sadykova, 33, from Shymkent. Daniyar Ospanov, 38, "
        "was detained at the airport.\n\n"
        "Tajikistan repatriated three men in January. Officials said all three men were "
        "arrested on arrival. One of them, Sharifjon Nazarov, 41, is from Kulob."
    )
    events = _events(text, "en")
    assert "arrested" not in events["Aigerim Sadykova"]
    assert "arrested" not in events["Daniyar Ospanov"]
    assert "arrested" in events["Sharifjon Nazarov"]


def test_a_relative_clause_said_of_a_name_past_its_apposition() -> None:
    text = "Otabek Nurmatov, a native of Namangan, who police said was killed in January, was 25."
    assert _has(text, "en", "Otabek Nurmatov", "killed")


def test_hurt_and_a_death_told_as_meeting_the_lord() -> None:
    assert _has("Jamshid Ergashev was seriously hurt in 2015.", "en", "Jamshid Ergashev", "injured")
    text = "Jamshid Ergashev returned to his Lord from his wounds on 7 July 2016."
    assert _has(text, "en", "Jamshid Ergashev", "killed")


@pytest.mark.parametrize(
    ("language", "text", "name", "other"),
    [
        (
            "en",
            "Samir Valiyev kept in touch with Orxan Babayev, who was extradited from Georgia "
            "in 2019 and sentenced to 16 years.",
            "Orxan Babayev",
            "Samir Valiyev",
        ),
        (
            "ru",
            "Самир Валиев поддерживал связь с Рамилем Латыповым, уроженцем Набережных Челнов, "
            "который был экстрадирован из Грузии и осуждён на 16 лет.",
            "Рамиль Латыпов",
            "Самир Валиев",
        ),
    ],
)
def test_a_second_verb_of_a_relative_clause_is_its_heads(
    language: str, text: str, name: str, other: str
) -> None:
    events = _events(text, language)
    assert "sentenced" in events[name]
    assert "sentenced" not in events[other]


def test_a_verb_after_a_relative_clause_set_off_by_commas_is_the_subjects() -> None:
    text = "Samir Valiyev met Orxan Babayev, who lived in Baku, and was arrested in 2019."
    assert not _has(text, "en", "Orxan Babayev", "arrested")
