"""Status events of classes seen on unseen text: lists under a colon, counted subjects
("all three", "hər üçü"), denied deaths, a kin's death told by the father, journeys
told with their start, timelines, the day of a saying, and others' participles; on
short fictional texts in en/ru/az/tr."""

from __future__ import annotations

from support import events_by_name


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, title="")


def test_a_russian_list_under_a_verb_and_colon_shares_the_event() -> None:
    text = (
        "Пресс-служба МВД\n5 марта 2021 года\n\nВ ходе операции в Грозном задержаны:\n"
        "— Дудаев Руслан Асланович, 1994 г. р., житель г. Шали;\n"
        "— Мусаев Ибрагим Хасанович, 1997 г. р., житель с. Гойты.\n"
    )
    found = _events(text)
    assert "detained" in found["Руслан Асланович Дудаев"]
    assert "detained" in found["Ибрагим Хасанович Мусаев"]


def test_names_with_initials_between_them_are_one_list() -> None:
    text = (
        "Суд избрал Бекову Т. Р. и Ганиеву С. А. меру пресечения в виде заключения "
        "под стражу 4 мая 2020 года.\n"
    )
    found = _events(text)
    assert found["Беков"]["arrested"] == "2020-05-04"
    assert found["Ганиев"]["arrested"] == "2020-05-04"


def test_a_counted_subject_takes_the_listed_persons() -> None:
    text = (
        "Police named the suspects as Harun Bekteshi, Ilir Gashi and Besnik Morina. "
        "All three men left Albania for Syria in 2015 and joined the group.\n"
    )
    found = _events(text)
    for name in ("Harun Bekteshi", "Ilir Gashi", "Besnik Morina"):
        assert found[name].get("travelled") == "2015", name


def test_an_azerbaijani_each_of_the_four_takes_the_bracketed_list() -> None:
    text = (
        "Müəyyən edilib ki, Qənbərov Elvin Rafiq oğlu (1990-cı il təvəllüdlü, Quba rayonu), "
        "Səlimov Tural Akif oğlu (1991-ci il təvəllüdlü, Xaçmaz rayonu), Nəsirova Günel "
        "Ramiz qızı (1995-ci il təvəllüdlü, Sumqayıt şəhəri) və Rəhimov Anar Elman oğlu "
        "(1989-cu il təvəllüdlü, Bakı şəhəri) Suriya Ərəb Respublikasına keçərək "
        "qruplaşmaya qoşulublar. 12 mart 2022-ci ildə dörd nəfərin hər biri barəsində "
        "həbs qətimkan tədbiri seçilib.\n"
    )
    found = _events(text)
    assert len(found) == 4
    for events in found.values():
        assert "travelled" in events
        assert events.get("arrested") == "2022-03-12"


def test_a_span_of_years_dates_no_journey() -> None:
    text = "Kamil Rüstəmov 2013–2014-cü illərdə Suriyaya gedib.\n"
    assert _events(text)["Kamil Rüstəmov"] == {"travelled": None}


def test_a_death_said_later_to_be_false_is_no_event() -> None:
    text = (
        "Local outlets reported in 2016 that Ramzan Temirov had been killed in Raqqa. "
        "His cousin told us that Ramzan is alive and lives in Idlib.\n"
    )
    assert "killed" not in _events(text)["Ramzan Temirov"]


def test_an_incorrect_report_of_a_death_is_no_event() -> None:
    text = (
        "An earlier article incorrectly reported that Nadir Kazimov had been killed in "
        "the 3 May strike. He was wounded in the strike.\n"
    )
    found = _events(text)["Nadir Kazimov"]
    assert "killed" not in found
    assert "injured" in found


def test_a_denied_death_in_a_later_post_naming_the_person() -> None:
    text = (
        "[01.02.2017]\nВчера в бою погиб брат Абу Талха ад-Дагестани.\n\n"
        "Просим дуа за братьев.\n\n[02.02.2017]\nУТОЧНЕНИЕ. Информация о гибели "
        "Абу Талха ад-Дагестани не подтвердилась.\n"
    )
    assert "killed" not in _events(text).get("Абу Талха ад-Дагестани", {})


def test_an_unconfirmed_wound_of_another_keeps_the_death() -> None:
    text = (
        "Ahmet Öztürk'ün mayıs ayında Rakka'da öldürüldüğü ortaya çıktı. Yanındaki "
        "arkadaşı Kemal Aydın'ın da yaralandığı öne sürüldü, ancak bu bilgi doğrulanmadı.\n"
    )
    assert "killed" in _events(text)["Ahmet Öztürk"]


def test_written_but_denied_in_azerbaijani() -> None:
    text = (
        "2017-ci ildə bəzi saytlar Elnur Tağıyevin öldürüldüyünü yazsa da, ailəsi bu "
        "xəbəri təkzib edir.\n"
    )
    assert "killed" not in _events(text).get("Elnur Tağıyev", {})


def test_a_fathers_word_of_his_sons_death_is_the_sons() -> None:
    text = (
        "Ramil Həsənov 2014-cü ildə Suriyaya gedib. Onun atası Vaqif Həsənov bizə "
        "oğlunun 2016-cı ilin martında Hələbdə öldürüldüyünü deyir.\n"
    )
    found = _events(text)
    assert "killed" not in found.get("Vaqif Həsənov", {})


def test_a_journey_told_with_its_start_and_a_gerund() -> None:
    text = (
        "Idris Malikov left Georgia for Syria in 2014. His cousin Timur Malikov spent a "
        "year in Istanbul before crossing into Syria in 2015.\n"
    )
    found = _events(text)
    assert found["Idris Malikov"]["travelled"] == "2014"
    assert found["Timur Malikov"]["travelled"] == "2015"


def test_a_journey_dated_with_no_place() -> None:
    text = "Arslan Beno travelled in the autumn of 2013, his brother a year later.\n"
    assert _events(text)["Arslan Beno"]["travelled"] == "2013"


def test_a_timeline_under_a_colon_goes_on_about_its_person() -> None:
    text = (
        "PROFİL\n\nDün yeniden hakim karşısına çıkan Lukas Brandt'ın hikayesi şöyle:\n\n"
        "Nisan 2014 — Hamburg'dan arkadaşı Tobias Kern ile birlikte Suriye'ye gitti.\n"
        "Mart 2016 — Kilis Ağır Ceza Mahkemesi'nin kararıyla tutuklandı.\n"
        "Ekim 2017 — 5 yıl 6 ay hapis cezasına çarptırıldı.\n"
    )
    found = _events(text)["Lukas Brandt"]
    assert found["travelled"] == "2014-04"
    assert found["arrested"] == "2016-03"
    assert found["sentenced"] == "2017-10"


def test_the_day_a_family_said_it_is_not_the_wounds() -> None:
    text = (
        "Date: 20 March 2021\n\nRashad Aliyev was hit in the 14 March strike near Afrin. "
        "His family said on Thursday that he had been wounded in the strike.\n"
    )
    assert _events(text)["Rashad Aliyev"]["injured"] == "2021-03-14"


def test_yesterday_in_the_lead_under_a_headline_and_byline() -> None:
    text = (
        "THE NORTHERN POST\nDate: Friday 10 June 2022\n\n"
        "Man jailed for plot\n\nBy Anna Reed, Courts Reporter\n\n"
        "A man from Leeds was jailed at Leeds Crown Court yesterday for preparing acts "
        "of terrorism.\n\nOmar Nadeem Qureshi, 29, was sentenced to eight years.\n"
    )
    assert _events(text)["Omar Nadeem Qureshi"]["sentenced"] == "2022-06-09"


def test_a_participle_of_a_common_noun_is_no_event_of_the_name_before() -> None:
    text = (
        "Özbek uyruklu Sardor Aliyev'in 2021 yılında Suriye'de öldürülen örgüt "
        "yöneticisi ile temas halinde olduğu belirlendi.\n"
    )
    assert "killed" not in _events(text).get("Sardor Aliyev", {})


def test_last_month_is_no_journey() -> None:
    text = "Kerem Doğan İzmir'de geçen ay gözaltına alındı.\n"
    assert "travelled" not in _events(text)["Kerem Doğan"]


def test_entries_with_ages_and_colons_under_a_list_head() -> None:
    text = (
        "Gözaltına alınan şüpheliler şunlar:\n\nKazak uyruklu Daniyar Omarov (27): "
        "Almatı doğumlu.\n\nTacik uyruklu Rustam Saidov (33): Duşanbe doğumlu.\n"
    )
    found = _events(text)
    assert "detained" in found["Daniyar Omarov"]
    assert "detained" in found["Rustam Saidov"]


def test_a_pronoun_object_before_a_preposition() -> None:
    text = (
        "О Хасанове известно, что в 2016 году он вернулся в Россию, а в 2017 году суд "
        "приговорил его к шести годам лишения свободы.\n"
    )
    assert _events(text)["Хасанов"]["sentenced"] == "2017"


def test_a_later_date_in_a_continued_clause_beats_the_opening_one() -> None:
    text = (
        "В 2015 году Тимур Алиев был задержан в Стамбуле, в мае 2016-го его "
        "экстрадировали в Россию и арестовали в аэропорту.\n"
    )
    assert _events(text)["Тимур Алиев"]["arrested"] == "2016-05"


def test_an_aside_in_brackets_after_a_martyr_cue() -> None:
    text = (
        "[05.06.2016 10:00]\nВчера под Хамой шахадат получил (иншаАллах) наш брат "
        "Абу Дауд аш-Шишани. Брат совершил хиджру в Шам в 2014 году.\n"
    )
    found = _events(text)["Абу Дауд аш-Шишани"]
    assert found["killed"] == "2016-06-04"
    assert found["travelled"] == "2014"


def test_an_object_with_companions_before_the_verb() -> None:
    text = (
        "В апреле 2019 года Ислама Гаджиева вместе с десятками других мужчин задержали "
        "курдские силы.\n"
    )
    assert _events(text)["Ислам Гаджиев"]["detained"] == "2019-04"
