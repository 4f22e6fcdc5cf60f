"""Status cues of session 6b: captivity, warrants and searches, returns by plane, word
sent home from a war zone, being in a war zone now, group-held land, deaths reported
but unconfirmed, a count before a dash, terms shared out by one verb."""

from __future__ import annotations

from support import events_by_name

PUBLISHED = "2024-05-01"


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, published=PUBLISHED)


def test_taken_prisoner_is_a_detention_in_three_languages() -> None:
    assert _events("В ходе боёв под Хасаке в плен попал брат Идрис Мальсагов из Карабулака.") == {
        "Идрис Мальсагов": {"detained": None}
    }
    assert _events("Vüsal Kərimov 2017-ci ildə Rəqqədə kürdlərə əsir düşüb.") == {
        "Vüsal Kərimov": {"detained": "2017"}
    }
    assert _events("Emre Aksoy 2018'de Afrin'de esir alındı.") == {
        "Emre Aksoy": {"detained": "2018"}
    }


def test_a_capture_still_being_checked_is_no_event() -> None:
    text = (
        "Приходит информация, что брат Абдулла Исаев попал в плен под Хамой. Информация уточняется."
    )
    assert _events(text) == {"Абдулла Исаев": {}}


def test_a_warrant_in_ones_name_and_a_search_kept_up_are_wanted() -> None:
    text = (
        "Karim Benali, 27, from Lyon, is a fugitive. "
        "An arrest warrant was issued in his name in 2021."
    )
    assert _events(text) == {"Karim Benali": {"wanted": "2021"}}
    text = (
        "По данным следствия, Руслан Гайсанов погиб в Ракке в 2016 году, однако МВД до сих пор "
        "держит его в федеральном розыске."
    )
    assert _events(text)["Руслан Гайсанов"]["wanted"] is None


def test_flown_back_is_a_return() -> None:
    text = "Leila Noor, a mother of two from Leeds, was flown back to Britain in March 2023."
    assert _events(text) == {"Leila Noor": {"returned": "2023-03"}}


def test_the_russian_imperfective_of_a_journey() -> None:
    text = "В 2016 году Тагир Магомедов выезжал в Сирию, где вступил в ИГИЛ."
    assert _events(text) == {"Тагир Магомедов": {"travelled": "2016"}}


def test_word_sent_home_from_a_war_zone_is_a_journey_there() -> None:
    assert _events("Tariq Ahmed called his mother from Syria in 2015.") == {
        "Tariq Ahmed": {"travelled": "2015"}
    }
    text = (
        "Babası, oğlu Kerem Yalçın'ın 2015 yazında evden ayrıldığını, birkaç hafta sonra "
        "Suriye'den aradığını söyledi."
    )
    assert _events(text) == {"Kerem Yalçın": {"travelled": "2015"}}
    text = (
        "22 yaşlı Elvin Qasımov 2016-cı ilin payızında evdən çıxıb "
        "və iki həftə sonra İraqdan zəng edib."
    )
    assert _events(text) == {"Elvin Qasımov": {"travelled": "2016"}}
    assert _events("Брат Анзор Гагиев позвонил из Сирии в 2015 году.") == {
        "Анзор Гагиев": {"travelled": "2015"}
    }


def test_a_bare_call_in_a_parents_quote_is_not_the_parents_journey() -> None:
    text = 'Baba Ali Demir, oğlunun evden ayrıldığını anlattı: "Bir ay sonra Rakka\'dan aradı."'
    assert _events(text) == {"Ali Demir": {}}


def test_being_in_a_war_zone_now_is_a_journey_there() -> None:
    text = "Qrupun digər üzvü, 1991-ci il təvəllüdlü Məmmədli Samir Rauf oğlu hazırda Suriyadadır."
    assert _events(text) == {"Samir Rauf oğlu Məmmədli": {"travelled": None}}
    assert _events("Daud Rahimi is still in Syria, the family says.") == {
        "Daud Rahimi": {"travelled": None}
    }


def test_before_going_and_to_land_a_group_holds() -> None:
    assert _events("Hamza Yaman, 2016'da Irak'a gitmeden önce Konya'da işçiydi.") == {
        "Hamza Yaman": {"travelled": "2016"}
    }
    assert _events("Selim Koç, 2015'te eşiyle birlikte IŞİD'in kontrolündeki bölgelere gitti.") == {
        "Selim Koç": {"travelled": "2015"}
    }
    assert _events("Omar Haddad went to Islamic State-controlled territory in 2014.") == {
        "Omar Haddad": {"travelled": "2014"}
    }


def test_deaths_reported_but_unconfirmed_are_no_events() -> None:
    text = (
        "По непроверенным данным, Тимур Хасанов погиб в Ракке в 2016 году, "
        "однако подтверждений этому нет."
    )
    assert _events(text) == {"Тимур Хасанов": {}}
    text = (
        "Sosial şəbəkələrdə Elçin Quliyevin də öldürüldüyü barədə yazılar yayılsa da, "
        "hüquq-mühafizə orqanları bu məlumatı təsdiqləməyib."
    )
    assert _events(text) == {"Elçin Quliyev": {}}
    text = (
        "Rauf Abbasov 2015-ci ildə Suriyaya gedib. Onun 2016-cı ildə Mosulda öldürülməsi "
        "barədə daxil olan məlumat yoxlanılır."
    )
    assert _events(text) == {"Rauf Abbasov": {"travelled": "2015"}}
    text = (
        "Several websites reported in March that Idris Bekov had been killed in an air strike "
        "near Raqqa. The newspaper could not confirm that report, and his mother says he lives "
        "in Istanbul."
    )
    assert _events(text) == {"Idris Bekov": {}}


def test_deaths_the_family_does_not_confirm_are_no_events() -> None:
    text = (
        "Bəzi sosial şəbəkə hesablarında Elnur Həsənlinin keçən ay Bağuzda öldüyü iddia "
        "edilsə də, ailə bu məlumatı təsdiqləmir."
    )
    assert _events(text) == {"Elnur Həsənli": {}}
    text = (
        "Some websites said Yunus Aliev was killed near Hama in 2017, "
        "but his family does not confirm it."
    )
    assert _events(text) == {"Yunus Aliev": {}}


def test_a_companion_does_not_share_what_follows_a_but() -> None:
    text = "Arben Shala was detained together with Murat Kaya on Monday, but released on Tuesday."
    events = _events(text)
    assert events["Arben Shala"] == {"detained": "2024-04-29", "released": "2024-04-30"}
    assert "released" not in events["Murat Kaya"]


def test_still_held_in_a_war_zone_is_no_journey() -> None:
    text = (
        "Murat Güler 2019'da Suriye'de yakalandı. "
        "Güler'in hâlâ Suriye'de bir cezaevinde olduğu biliniyor."
    )
    assert _events(text) == {"Murat Güler": {"detained": "2019"}}
    assert _events("Daud Rahimi is still in Syria in a Kurdish-run prison.") == {"Daud Rahimi": {}}


def test_a_count_before_a_dash_names_everyone_listed_after_it() -> None:
    text = (
        "В тот же день задержаны двое его сообщников — житель г. Нальчика Хагуров Ислам "
        "Мухамедович, 1996 года рождения, и уроженец Ставропольского края Гочияев Тимур "
        "Асланович, 1994 года рождения."
    )
    assert _events(text) == {
        "Ислам Мухамедович Хагуров": {"detained": None},
        "Тимур Асланович Гочияев": {"detained": None},
    }


def test_terms_shared_out_with_one_verb_at_the_end() -> None:
    text = (
        'Mahkeme, Antakyalı Yusuf Aydın\'a "örgüt üyeliği" suçundan 8 yıl 4 ay, Kazak uyruklu '
        "Nurlan Beisenov'a ise 5 yıl hapis cezası verdi."
    )
    assert _events(text) == {
        "Yusuf Aydın": {"sentenced": None},
        "Nurlan Beisenov": {"sentenced": None},
    }


def test_a_way_home_is_a_return_not_a_journey() -> None:
    text = (
        "Tamerlan Gaziev went to Syria in 2013 and was wounded in 2015. He made his way home "
        "through Turkey and was detained in Derbent in May 2017."
    )
    assert _events(text)["Tamerlan Gaziev"] == {
        "travelled": "2013",
        "injured": "2015",
        "returned": None,
        "detained": "2017-05",
    }
    assert _events("Nadia Rahman travelled back to Britain in 2019.") == {
        "Nadia Rahman": {"returned": "2019"}
    }
