"""Status events, seventh session (fictional people and sentences): an acquittal is no
release; a death of illness, a rumour and a death "never confirmed" are no events; lists
of the dead and the returned after a count ("The dead included X", "Among the returnees
was X"); a timeline's present tense ("travel to", "police arrest X", "receives two years",
"walks free"); the one said of after a speaker ("Judge X said Y, who ..., travelled");
custody told actively ("took him into custody"); "each of them" after a list; a surname
alone opening a sentence; a Russian participle after its names ("A и B, убитых ...")."""

from __future__ import annotations

from support import events_by_name


def _events(text: str, language: str | None = None) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, language=language)


_ACQUITTED = (
    "Date: 4 May 2023\n\n"
    "The Ghent court on Wednesday sentenced Pieter Vos, 29, to six years in prison. "
    "His co-defendant, Karim Essafi, 33, was acquitted.\n"
)


def test_an_acquittal_alone_is_no_release() -> None:
    events = _events(_ACQUITTED)
    assert events["Pieter Vos"] == {"sentenced": "2023-05-03"}
    assert events["Karim Essafi"] == {}


_ACQUITTED_TR = (
    "Ankara, 12 Mart 2022\n\n"
    "Ankara 5. Ağır Ceza Mahkemesi, Selim Koçak'ı 8 yıl hapis cezasına çarptırdı. "
    "Kırşehirli Tuncay Eren ise beraat etti.\n\n"
    "Sanıklar 2020 yılının mayıs ayında Ankara'da gözaltına alınmıştı.\n"
)


def test_an_acquitted_defendant_is_still_one_of_the_defendants() -> None:
    events = _events(_ACQUITTED_TR)
    assert events["Tuncay Eren"] == {"detained": "2020-05"}
    assert events["Selim Koçak"]["detained"] == "2020-05"


_NATURAL = (
    "Date: 2 March 2021\n\n"
    "Farid Hamdan left for Syria in 2014. His father, Yusuf Hamdan, died of a heart attack "
    "in 2019.\n"
)


def test_a_death_of_illness_is_no_killing() -> None:
    events = _events(_NATURAL)
    assert events["Farid Hamdan"] == {"travelled": "2014"}
    assert "killed" not in events["Yusuf Hamdan"]


def test_a_death_of_illness_in_russian_is_no_killing() -> None:
    text = (
        "Нальчик, 3 марта 2021\n\n"
        "Отец боевика, Хасан Бориев, скончался от инфаркта в 2019 году. "
        "Сам Алим Бориев погиб в Сирии в 2016 году.\n"
    )
    events = _events(text)
    assert events["Алим Бориев"] == {"killed": "2016"}
    assert "killed" not in events.get("Хасан Бориев", {})


_NEVER_CONFIRMED = (
    "Date: 5 June 2022\n\n"
    "The preacher Tarek Moussa was sentenced in absentia to ten years in 2017. Reports "
    "circulated in 2020 that Moussa had been killed in Idlib; these have never been "
    "confirmed.\n\n"
    "Ignore the rumours from the hypocrites that our brother Yahya Salem has died.\n"
)


def test_a_death_never_confirmed_or_rumoured_is_no_event() -> None:
    events = _events(_NEVER_CONFIRMED)
    assert events["Tarek Moussa"] == {"sentenced": "2017"}
    assert "killed" not in events.get("Yahya Salem", {})


_DEAD_INCLUDED = (
    "IDLIB, Syria, 9 May 2020 (Wire) - Three fighters were killed on Friday in an air "
    "strike near Binnish.\n\n"
    "The dead included Aslan Umarov, 31, a native of Grozny.\n\n"
    "Jordan sent home 12 women last week. Among the returnees was Rana Saleh, 27, from Zarqa.\n"
)


def test_lists_of_the_dead_and_of_the_returned() -> None:
    events = _events(_DEAD_INCLUDED)
    assert "killed" in events["Aslan Umarov"]
    assert "returned" in events["Rana Saleh"]


_TIMELINE = (
    "Balkan Watch | Profile\n"
    "Published: 2 May 2023\n\n"
    "The story of Driton Hasani, from Peja.\n\n"
    "May 2014 - Hasani and his friend Ilir Morina travel to Syria via Istanbul.\n\n"
    "June 2015 - Kosovo police arrest Besim Dauti, their recruiter, in Peja.\n\n"
    "2020 - The court in Peja sentences Hasani to six years. Morina receives three years.\n\n"
    "March 2023 - Hasani walks free from Dubrava prison.\n"
)


def test_a_timelines_present_tense() -> None:
    events = _events(_TIMELINE)
    assert events["Driton Hasani"]["travelled"] == "2014-05"
    assert events["Besim Dauti"] == {"arrested": "2015-06"}
    assert "sentenced" in events["Ilir Morina"]
    assert events["Driton Hasani"]["released"] == "2023-03"


_SAID_OF = (
    "Date: 8 October 2022\n\n"
    "The Liege court on Friday sentenced Tomas Lind, 30, to nine years. Judge Anna Berg "
    "said Lind, who took the name Abu Omar, travelled to Syria in August 2014 and fought "
    "there until Kurdish forces took him into custody in March 2019.\n"
)


def test_the_one_said_of_after_a_judge_and_custody_told_actively() -> None:
    events = _events(_SAID_OF)
    assert events["Tomas Lind"]["travelled"] == "2014-08"
    assert events["Tomas Lind"]["detained"] == "2019-03"
    assert events.get("Anna Berg", {}) == {}


def test_a_speaker_naming_the_dead_after_saying() -> None:
    text = (
        "Date: 3 May 2021\n\n"
        "It was Murat's friend, Kazbek Tsoev, who had gone to Syria with him, who later "
        "told her the details: Murat Gaziev was killed near Aleppo.\n"
    )
    events = _events(text)
    assert "killed" in events["Murat Gaziev"]
    assert "killed" not in events["Kazbek Tsoev"]
    assert "travelled" in events["Kazbek Tsoev"]


def test_each_of_them_after_a_list() -> None:
    text = (
        "Bakı, 5 mart 2022 — İraqdan 3 qadın Vətənə qaytarılıb.\n\n"
        "Qaytarılan qadınlar bunlardır:\n\n"
        "- Əliyeva Nərmin Rauf qızı, 1991-ci il təvəllüdlü;\n"
        "- Həsənova Aysel Vüqar qızı, 1993-cü il təvəllüdlü.\n\n"
        "Qadınların hər biri 2019-cu ildə İraq məhkəməsi tərəfindən azadlıqdan məhrum "
        "edilib.\n"
    )
    events = _events(text)
    assert events["Nərmin Rauf qızı Əliyeva"]["sentenced"] == "2019"
    assert events["Aysel Vüqar qızı Həsənova"]["sentenced"] == "2019"


def test_a_surname_alone_opening_a_sentence() -> None:
    text = (
        "Balkan Watch\nPublished: 2 May 2023\n\n"
        "2016 - Hasani appears in a video alongside the Bosnian IS fighter Emir Sabic "
        '("Abu Aziz al-Bosni") of Tuzla. Sabic was killed in Baghouz in February 2019, his '
        "family told local media.\n"
    )
    events = _events(text)
    assert {"killed": "2019-02"} in [events.get("Emir Sabic"), events.get("Sabic")]


def test_a_russian_participle_after_its_names() -> None:
    text = (
        "Махачкала, 14 августа 2024\n\n"
        "Вчера в селе похоронили Руслана Гамзатова (25 лет) и его брата Арсена "
        "Гамзатова (22 года), убитых в понедельник в ходе КТО в Махачкале. "
        "Из колонии Руслан Гамзатов освободился в 2021 году.\n"
    )
    events = _events(text)
    assert events["Руслан Гамзатов"]["killed"] == "2024-08-12"
    assert events["Руслан Гамзатов"]["released"] == "2021"
    assert "killed" in events["Арсен Гамзатов"]


def test_a_denial_in_the_same_sentence_in_russian() -> None:
    text = (
        "Махачкала, 14 августа 2024\n\n"
        "Ранее сообщалось, что в ходе операции был убит и Тимур Алиев, однако в НАК "
        "эту информацию опровергли.\n"
    )
    assert "killed" not in _events(text).get("Тимур Алиев", {})


def test_a_possessed_list_names_its_owner_elsewhere() -> None:
    text = (
        "Date: 9 Feb 2023\n\n"
        "One of them, Rustam Saidov, 41, had been on Tajikistan's wanted list since 2016.\n"
    )
    assert _events(text)["Rustam Saidov"] == {"wanted": "2016"}


def test_one_of_those_held_named_by_the_copula() -> None:
    text = (
        "Bakı, 10 aprel 2022\n\n"
        "DTX iki nəfəri saxlayıb. Saxlanılanlardan biri Xaçmaz rayonunun Nabran kəndi sakini, "
        "1990-cı il təvəllüdlü Rövşən Kərimovdur. Saxlanılan ikinci şəxs Quba sakini, 31 "
        "yaşlı Elnur Tağıyevdir.\n"
    )
    events = _events(text)
    assert "detained" in events["Rövşən Kərimov"]
    assert "detained" in events["Elnur Tağıyev"]


def test_a_martyr_post_spelling_and_a_name_of_forces() -> None:
    text = (
        "Şam Haber\n8 Mart 2018\n\n"
        "Kardeşimiz Ebu Hamza et-Türki (Kemal Yıldırım), dün Afrin'de Zeytin Dalı güçlerine "
        "karşı girdiği çatışmada şehid oldu.\n"
    )
    events = _events(text)
    assert events["Kemal Yıldırım"]["killed"] == "2018-03-07"
    assert "killed" not in events.get("Zeytin Dalı", {})


def test_a_term_told_as_taken() -> None:
    text = (
        "Köln, 4 Mayıs 2019\n\n"
        "Arkadaşı Jan Weber 2016'da Almanya'ya döndü, Bonn'da yargılandı, 4 yıl aldı.\n"
    )
    assert _events(text)["Jan Weber"]["sentenced"] == "2016"


def test_a_pronoun_object_shared_by_two_russian_verbs_and_a_fronted_dative() -> None:
    text = (
        "Ростов-на-Дону, 16 февраля 2022\n\n"
        "Суд признал Ислама Хамурзова виновным. В 2018 году его задержали в Турции, а в "
        "декабре 2019 года экстрадировали в Россию.\n\n"
        "Второй подсудимой, Зарине Бековой из Нальчика, суд назначил три года общего режима.\n"
    )
    events = _events(text)
    assert events["Ислам Хамурзов"]["returned"] == "2019-12"
    # (the given name's dative is the names rules' to mend: "Зарине")
    assert [name for name, found in events.items() if "sentenced" in found] == [
        next(name for name in events if name.endswith("Бекова"))
    ]


def test_a_term_given_to_a_dative_name_and_a_pronoun_past_an_adverb() -> None:
    text = "Bakı, 7 oktyabr 2020\n\nMəhkəmə Leyla Quliyevaya 4 il həbs cəzası təyin edib.\n"
    assert _events(text)["Leyla Quliyeva"] == {"sentenced": "2020-10-07"}
    text = (
        "Уфа, 5 мая 2020\n\n"
        "— В марте 2019 года Айгуль Рахимова вернулась в Россию, и ее сразу задержали в Уфе.\n"
    )
    assert "detained" in _events(text)["Айгуль Рахимова"]


def test_gone_to_her_husband() -> None:
    text = "Bakı, 3 mart 2020\n\nSumqayıtlı Aynur Əliyeva 2015-ci ildə ərinin yanına gedib.\n"
    assert _events(text)["Aynur Əliyeva"] == {"travelled": "2015"}
    text = "Konya, 3 Mart 2020\n\nÇorumlu Hatice Er 2015 yılında kocasının yanına gitti.\n"
    assert _events(text)["Hatice Er"] == {"travelled": "2015"}
