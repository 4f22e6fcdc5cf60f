"""Who a status event is about when the cue names no one (round 2 of session 6): "they"
ending the paragraph that introduces a numbered list of wanted people; a counted
subject whose names a dash lists after it, set off by appositions with places. All
people fictional."""

from __future__ import annotations

from support import events_by_name

_WANTED_RU = (
    "ГУ МВД России по Республике Татарстан\n\n"
    "Полиция разыскивает граждан, подозреваемых в терроризме. 12 мая 2024 года они "
    "объявлены в федеральный розыск.\n\n"
    "1. Сафаров Тимур Ильдарович, 1990 года рождения, уроженец г. Казани. Подозревается "
    "в финансировании терроризма.\n\n"
    "2. Нуриев Ильдар Ринатович, 1988 года рождения, уроженец г. Уфы.\n"
)


def test_they_closing_a_paragraph_stands_for_the_list_after_it() -> None:
    events = events_by_name(_WANTED_RU, published="2024-05-20")
    assert events["Тимур Ильдарович Сафаров"].get("wanted") == "2024-05-12"
    assert events["Ильдар Ринатович Нуриев"].get("wanted") == "2024-05-12"


def test_they_in_azerbaijani_before_a_numbered_list() -> None:
    text = (
        "Onlar 5 mart 2024-cü ildə axtarışa verilib.\n\n"
        "1. Həsənov Elvin Rauf oğlu, 1991-ci il təvəllüdlü, Sumqayıt şəhər sakini.\n\n"
        "2. Quliyev Samir Natiq oğlu, 1989-cu il təvəllüdlü, Bakı şəhər sakini.\n"
    )
    events = events_by_name(text, published="2024-05-20")
    assert events["Elvin Rauf oğlu Həsənov"].get("wanted") == "2024-03-05"
    assert events["Samir Natiq oğlu Quliyev"].get("wanted") == "2024-03-05"


def test_they_followed_by_another_sentence_does_not_reach_the_list() -> None:
    text = _WANTED_RU.replace("розыск.\n\n1.", "розыск. Об этом сообщили в полиции.\n\n1.")
    events = events_by_name(text, published="2024-05-20")
    assert "wanted" not in events["Тимур Ильдарович Сафаров"]
    assert "wanted" not in events["Ильдар Ринатович Нуриев"]


def test_they_before_a_list_of_things_takes_no_one() -> None:
    text = (
        "Они объявлены в федеральный розыск.\n\n"
        "1. Автомат Калашникова.\n2. Боеприпасы.\n\n"
        "Сафаров Тимур Ильдарович, 1990 года рождения, задержан 3 мая 2024 года.\n"
    )
    events = events_by_name(text, published="2024-05-20")
    assert "wanted" not in events["Тимур Ильдарович Сафаров"]


_COUNTED_DASH = (
    "Вчера задержаны двое подозреваемых — житель Казани Сафаров Тимур Ильдарович, 1990 "
    "года рождения, и уроженец Уфы Нуриев Ильдар Ринатович, 1988 года рождения.\n"
)


def test_a_counted_subject_takes_the_names_a_dash_lists_past_appositions() -> None:
    events = events_by_name(_COUNTED_DASH, published="2024-05-20")
    assert events["Тимур Ильдарович Сафаров"].get("detained") == "2024-05-19"
    assert events["Ильдар Ринатович Нуриев"].get("detained") == "2024-05-19"


def test_accomplices_count_as_a_counted_subject() -> None:
    text = _COUNTED_DASH.replace("подозреваемых", "его сообщников")
    events = events_by_name(text, published="2024-05-20")
    assert events["Тимур Ильдарович Сафаров"].get("detained") == "2024-05-19"
    assert events["Ильдар Ринатович Нуриев"].get("detained") == "2024-05-19"


def test_a_dash_list_of_fewer_names_than_counted_is_not_taken_whole() -> None:
    text = _COUNTED_DASH.replace("двое", "трое")
    events = events_by_name(text, published="2024-05-20")
    assert "detained" not in events["Ильдар Ринатович Нуриев"]


_TRIAL_TR = (
    "Konya 3. Ağır Ceza Mahkemesi, terör örgütüne üye olmakla suçlanan 3 sanık hakkındaki "
    "kararını dün açıkladı.\n\n"
    "Mahkeme, Ereğli ilçesinden Kemal Aksoy'a 8 yıl hapis cezası verdi. Bursa doğumlu "
    "Serkan Tunç ise beraat etti. Mahkeme Cemil Baran'ı da beraat ettirdi.\n\n"
    "İddianameye göre sanıklar, 2021 yılının mart ayında Konya'da gözaltına alınmıştı.\n"
)


def test_the_defendants_are_the_persons_named_after_their_count() -> None:
    events = events_by_name(_TRIAL_TR, published="2024-05-20")
    for name in ("Kemal Aksoy", "Serkan Tunç", "Cemil Baran"):
        assert events[name].get("detained") == "2021-03"


def test_the_defendants_in_english_counted_in_the_lede() -> None:
    text = (
        "Three defendants went on trial in Leeds on Monday.\n\n"
        "Prosecutors said John Harlow recruited fighters online. Peter Quill, a driver, "
        "moved money. Adam Crane, 24, bought the tickets.\n\n"
        "The defendants were arrested in March 2023, the court heard.\n"
    )
    events = events_by_name(text, published="2024-05-20")
    for name in ("John Harlow", "Peter Quill", "Adam Crane"):
        assert events[name].get("arrested") == "2023-03"


def test_a_count_that_differs_from_the_persons_named_is_not_used() -> None:
    text = (
        "Four defendants went on trial in Leeds on Monday.\n\n"
        "Prosecutors said John Harlow recruited fighters online. Peter Quill, a driver, "
        "moved money. Adam Crane, 24, bought the tickets.\n\n"
        "The defendants were arrested in March 2023, the court heard.\n"
    )
    assert "arrested" not in events_by_name(text, published="2024-05-20")["John Harlow"]


def test_they_after_a_noun_of_its_own_does_not_reach_the_list() -> None:
    text = _WANTED_RU.replace(
        "12 мая 2024 года они", "В полиции Казани 12 мая 2024 года сообщили, что они"
    )
    events = events_by_name(text, published="2024-05-20")
    assert "wanted" not in events["Тимур Ильдарович Сафаров"]


def test_a_relative_clause_right_after_the_owner_of_a_brother_is_the_owners() -> None:
    text = (
        "Police in Liège detained Karim Dovlatov, 26, on 3 June 2021. Dovlatov is the "
        "younger brother of Ilyas Dovlatov, who was killed in Syria in 2015 while "
        "fighting for the group.\n"
    )
    events = events_by_name(text, published="2021-06-05")
    assert events["Ilyas Dovlatov"].get("killed") == "2015"
    assert "killed" not in events["Karim Dovlatov"]


def test_a_relative_clause_after_a_possessive_stays_the_brothers() -> None:
    text = "Ilyas Dovlatov's brother, who was killed in Syria in 2015, was a driver.\n"
    assert "killed" not in events_by_name(text, published="2021-06-05")["Ilyas Dovlatov"]


def test_an_object_pronoun_is_not_the_subject_of_its_clause() -> None:
    text = (
        "Police arrested Rauf Aliyev on 2 June 2021. On 4 June, Judge Farid Karimov "
        "ordered him released.\n"
    )
    events = events_by_name(text, published="2021-06-05")
    assert events["Rauf Aliyev"].get("released") == "2021-06-04"
    assert "released" not in events["Farid Karimov"]


def test_an_object_pronoun_after_the_same_persons_object_stays_his() -> None:
    text = "Police arrested Rauf Aliyev on 2 June 2021 and released him on 4 June.\n"
    events = events_by_name(text, published="2021-06-05")
    assert events["Rauf Aliyev"].get("released") == "2021-06-04"


_RAID_TR = (
    "Konya'da düzenlenen operasyonda Kemal Aksoy, Serkan Tunç ve Cemil Baran 3 Mart "
    "2024'te gözaltına alındı. Şüphelilerden Aksoy ve Tunç tutuklandı. "
)


def test_one_of_the_suspects_unnamed_is_not_the_whole_list() -> None:
    text = _RAID_TR + "Şüphelilerden H.K. (41) adli kontrol şartıyla serbest bırakıldı.\n"
    events = events_by_name(text, published="2024-03-06")
    for name in ("Kemal Aksoy", "Serkan Tunç", "Cemil Baran"):
        assert "released" not in events[name]


def test_the_other_suspects_are_not_the_list_named_before() -> None:
    text = (
        _RAID_TR + "Şüphelilerden Baran tutuklandı, diğer 2 şüpheli ise adli kontrol "
        "şartıyla serbest bırakıldı.\n"
    )
    events = events_by_name(text, published="2024-03-06")
    assert "released" not in events["Cemil Baran"]


def test_a_given_name_in_the_genitive_is_the_subject_of_its_clause() -> None:
    text = (
        "Tural Hüseynov 2015-ci ildə Suriyaya gedib. Atası Rauf Hüseynov oğlunu axtarır. "
        "Bəzi mənbələrdə Turalın 2018-ci ildə Rəqqədə öldürüldüyü bildirilir.\n"
    )
    events = events_by_name(text, published="2024-05-01")
    assert events["Tural Hüseynov"].get("killed") == "2018"
    assert "killed" not in events["Rauf Hüseynov"]


def test_a_given_name_before_a_kin_word_is_the_relatives_owner() -> None:
    text = (
        "Tural Hüseynov 2015-ci ildə Suriyaya gedib. Turalın atası 2018-ci ildə "
        "Bakıda saxlanılıb.\n"
    )
    assert "detained" not in events_by_name(text, published="2024-05-01")["Tural Hüseynov"]


def test_a_speaker_in_the_present_is_no_subject_of_a_counted_clause() -> None:
    text = (
        "Kənd ağsaqqalı Nadir Quliyev deyir ki, 2014-cü ildə kənddən ən azı yeddi gənc "
        "Suriyaya gedib.\n"
    )
    assert "travelled" not in events_by_name(text, published="2024-05-01")["Nadir Quliyev"]


def test_the_age_alone_stands_for_the_person_last_named() -> None:
    text = (
        "Police in Graz named the suspect as Rustam Umarov, a native of Grozny. The "
        "34-year-old was detained on 3 May 2024 at his flat.\n"
    )
    assert events_by_name(text, published="2024-05-05")["Rustam Umarov"].get("detained") == (
        "2024-05-03"
    )
