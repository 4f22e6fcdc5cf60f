"""A list of names that shares one predicate: the commas between the names cut the
sentence into clauses, but the hometown, the journey and the count after it are said of
every name of the list; "along with" joins a list as "and" does; a transfer in custody
("brought to Iraq by US forces") is no journey; "respectively" dates each person once."""

from __future__ import annotations

from support import events_by_name, hometowns_by_name, person_records


def test_a_hometown_told_after_a_list_cut_by_commas_is_every_listed_persons() -> None:
    text = (
        "Date: 2025-06-01\n\n"
        "Rauf Selimov, Tarlan Qasimli and Ilkin Bagirzade were all natives of Sumgayit."
    )
    found = hometowns_by_name(text)
    for name in ("Rauf Selimov", "Tarlan Qasimli", "Ilkin Bagirzade"):
        assert found[name] == "Sumgayit", name


def test_a_source_named_before_the_comma_is_not_listed_with_the_subjects() -> None:
    text = (
        "Date: 2025-06-01\n\n"
        "According to Rauf Selimov, Tarlan Qasimli and Ilkin Bagirzade were natives of Quba."
    )
    found = hometowns_by_name(text)
    assert found["Tarlan Qasimli"] == "Quba"
    assert found["Rauf Selimov"] is None


def test_along_with_joins_the_list_for_its_hometown_journey_and_count() -> None:
    text = (
        "Date: 2025-06-01\n\n"
        "Brothers Rauf Selimov and Kamal Selimov, along with Tarlan Qasimli, Ilkin "
        "Bagirzade and Famil Nuriyev, were all natives of Sumgayit. In 2015 they left for "
        "Syria. All five were detained in 2019."
    )
    homes = hometowns_by_name(text)
    found = events_by_name(text)
    for name in ("Rauf Selimov", "Kamal Selimov", "Tarlan Qasimli", "Ilkin Bagirzade"):
        assert homes[name] == "Sumgayit", name
        assert found[name].get("travelled") == "2015", name
        assert found[name].get("detained") == "2019", name


def test_a_transfer_by_forces_or_after_a_capture_is_no_journey() -> None:
    moved = events_by_name(
        "Date: 2025-06-01\n\nRauf Selimov was captured in 2019. He was brought to Iraq by "
        "US forces and tried in Baghdad in 2020."
    )
    assert "travelled" not in moved["Rauf Selimov"]
    after = events_by_name(
        "Date: 2025-06-01\n\nIn 2019 Rauf Selimov, a native of Quba, was brought to Iraq "
        "after his capture in Baghuz."
    )
    assert "travelled" not in after["Rauf Selimov"]


def test_a_child_taken_to_syria_by_a_parent_travelled() -> None:
    found = events_by_name(
        "Date: 2025-06-01\n\nRauf Selimov's son Yusif Selimov was taken to Syria by his "
        "father in 2014."
    )
    assert found["Yusif Selimov"].get("travelled") == "2014"


def test_dates_told_respectively_go_one_to_each_person() -> None:
    found = events_by_name(
        "Date: 2025-06-01\n\nRauf Selimov and Tarlan Qasimli are listed as killed in Mosul "
        "in 2016 and in al-Bab in 2017 respectively."
    )
    assert found["Rauf Selimov"].get("killed") == "2016"
    assert found["Tarlan Qasimli"].get("killed") == "2017"


def test_all_the_suspects_take_the_list_of_the_next_paragraph() -> None:
    text = (
        "Tarih: 2026-02-25\n\n"
        "Operasyonda gözaltına alınan dört şüpheli tutuklandı. Şüphelilerin hepsi "
        "Bingöl'ün Solhan ilçesinden.\n\n"
        "Operasyon 20 Şubat'ta düzenlendi. Gözaltına alınanlar arasında Baran Doğru (42) "
        "ile kardeşi Serhat Doğru, Welat Acar ve Ferhat Gök bulunuyor."
    )
    found = hometowns_by_name(text)
    for name in ("Baran Doğru", "Serhat Doğru", "Welat Acar", "Ferhat Gök"):
        assert found[name] == "Solhan, Bingöl", name


def test_all_of_them_reaches_no_further_than_the_next_sentence() -> None:
    text = (
        "Tarih: 2026-02-25\n\n"
        "Hepsi Bingöl'ün Solhan ilçesinden.\n\n"
        "Operasyon 20 Şubat'ta düzenlendi. Gözaltına alınanlar arasında Baran Doğru ve "
        "Welat Acar bulunuyor."
    )
    found = hometowns_by_name(text)
    assert found["Baran Doğru"] is None


def test_the_home_they_left_is_their_hometown_in_three_languages() -> None:
    az = hometowns_by_name(
        "Tarix: 2026-05-05\n\nNicat, Elvin və Samir Abbasov 2015-ci ilin martında "
        "Zaqataladakı evlərindən çıxıb Suriyaya gediblər."
    )
    assert az == {
        "Nicat Abbasov": "Zaqatala",
        "Elvin Abbasov": "Zaqatala",
        "Samir Abbasov": "Zaqatala",
    }
    ru = person_records(
        "Дата: 2026-05-05\n\nНиджат и Эльвин Аббасовы в марте 2015 года ушли из своего дома "
        "в Закатале в Сирию."
    )
    for name in ("Ниджат Аббасов", "Эльвин Аббасов"):
        assert ru[name]["hometown"] == "Закатала", name
        travel = [e for e in ru[name]["events"] if e["status"] == "travelled"]
        assert travel and travel[0]["place"] == "Сирия", name
    en = events_by_name(
        "Date: 2026-05-05\n\nNicat Abbasov and Elvin Abbasov left their home in Zaqatala for "
        "Syria in March 2015."
    )
    assert en["Nicat Abbasov"].get("travelled") == "2015-03"


def test_a_home_left_is_no_destination() -> None:
    found = person_records("Дата: 2026-05-05\n\nЭльдар Аббасов ушёл из дома в Закатале и пропал.")
    assert found["Эльдар Аббасов"]["hometown"] == "Закатала"
    assert not [e for e in found["Эльдар Аббасов"]["events"] if e["status"] == "travelled"]


def test_a_house_not_said_to_be_his_is_no_hometown() -> None:
    found = hometowns_by_name("Дата: 2026-05-05\n\nЭльдар Аббасов был задержан в доме в Хасавюрте.")
    assert found["Эльдар Аббасов"] is None


def test_a_home_left_for_a_place_in_the_accusative_went_there() -> None:
    found = person_records(
        "Дата: 2026-05-05\n\nЭльдар Аббасов ушёл из дома в Сирию в 2014 году. Тимур "
        "Гасанов ушёл из дома в Махачкалу, а оттуда в Турцию."
    )
    eldar = found["Эльдар Аббасов"]
    assert eldar["hometown"] is None
    travel = [e for e in eldar["events"] if e["status"] == "travelled"]
    assert travel and travel[0]["place"] == "Сирия"
    assert found["Тимур Гасанов"]["hometown"] is None


def test_a_home_in_a_sentence_naming_no_one_is_nobodys_hometown() -> None:
    found = hometowns_by_name(
        "Tarih: 2026-05-05\n\nKayserili Hatice Demirci, 2014'te Suriye'ye giden oğlu Emre "
        "Demirci'yi on yıldır bekliyor. Talas'taki evinde konuştuk."
    )
    assert found["Emre Demirci"] is None


def test_a_bare_name_cut_off_by_a_comma_shares_the_lists_hometown_az() -> None:
    found = hometowns_by_name(
        "Tarix: 2026-05-05\n\nQusar sakini Gülnarə Rzayevanın üç oğlu — Nicat, Elvin və Samir "
        "Rzayev — 2015-ci ilin martında Zaqataladakı evlərindən çıxıb Suriyaya gediblər."
    )
    for name in ("Nicat Rzayev", "Elvin Rzayev", "Samir Rzayev"):
        assert found[name] == "Zaqatala", name


def test_a_kunya_set_after_a_full_name_by_a_dash_is_his_alias() -> None:
    found = person_records(
        "Tarix: 2016-06-26\n\nQardaşımız Tural Nəsirli — Əbu Muhamməd əl-Azəri 19 iyun 2016 "
        "tarixində Mənbic ətrafında şəhid olub."
    )
    assert found["Tural Nəsirli"]["aliases"] == ["Əbu Muhamməd əl-Azəri"]
    assert [e["status"] for e in found["Tural Nəsirli"]["events"]] == ["killed"]
    listed = person_records(
        "Date: 2020-01-01\n\nPolice detained Elnur Quliyev — Abu Hafs al-Azeri and Ramil "
        "Aliyev were also sought."
    )
    assert listed["Elnur Quliyev"]["aliases"] == []


def test_a_town_named_by_an_adjective_is_found_in_its_cases() -> None:
    found = hometowns_by_name(
        "Дата: 2026-05-05\n\nРуслан Карданов, уроженец города Прохладного, задержан. Его "
        "сообщник Тимур Шогенов родился в Прохладном."
    )
    assert found["Руслан Карданов"] == "Прохладный"
    assert found["Тимур Шогенов"] == "Прохладный"


def test_the_town_a_journey_left_from_is_not_its_destination() -> None:
    found = person_records(
        "Дата: 2026-05-05\n\nМурат Карданов уехал из Нальчика в Сирию в 2014 году. В том же "
        "году в Сирию уезжает Тимур Шогенов из Прохладного."
    )
    for name in ("Мурат Карданов", "Тимур Шогенов"):
        travel = [e for e in found[name]["events"] if e["status"] == "travelled"]
        assert travel and travel[0]["place"] == "Сирия", name
    assert found["Тимур Шогенов"]["hometown"] == "Прохладный"


def test_a_relation_named_after_a_comma_is_no_subject_but_with_one_is_a_companion() -> None:
    met = events_by_name(
        "Date: 2026-05-05\n\nAdnan Qureshi, who was born in Leeds, met his cousin, Sajid "
        "Akhtar, and travelled to Syria in 2014."
    )
    assert met["Adnan Qureshi"].get("travelled") == "2014"
    assert "travelled" not in met["Sajid Akhtar"]
    went = events_by_name(
        "Date: 2026-05-05\n\nAdnan Qureshi left Bradford in September 2014 together with his "
        "cousin, Sajid Akhtar, and travelled to Syria."
    )
    for name in ("Adnan Qureshi", "Sajid Akhtar"):
        assert went[name].get("travelled") == "2014-09", name
    opening = events_by_name(
        "Date: 2026-05-05\n\nHer husband, Sherali Qodirov, left for Syria in 2015."
    )
    assert opening["Sherali Qodirov"].get("travelled") == "2015"


def test_a_name_in_a_captions_capitals_is_shown_as_the_prose_writes_it() -> None:
    found = person_records(
        "UNITED STATES OF AMERICA\n- against -\nDILSHOD QODIROV,\nDefendant.\n\nFiled: March "
        "9, 2018\n\nDilshod Qodirov was arrested at his home in Brooklyn on March 7."
    )
    assert "Dilshod Qodirov" in found
    assert "DILSHOD QODIROV" not in found


def test_a_count_opening_a_paragraph_takes_the_persons_of_the_one_before() -> None:
    found = events_by_name(
        "Date: 2025-11-19\n\nRamil Qasimov travelled to Syria in 2014. Fuad and Elchin "
        "Qasimov followed him a year later. Fuad was wounded in 2016.\n\nAll three were "
        "detained in Hatay in March 2024 and deported to Azerbaijan that June."
    )
    for name in ("Ramil Qasimov", "Fuad Qasimov", "Elchin Qasimov"):
        assert found[name].get("detained") == "2024-03", name
        assert found[name].get("returned") == "2024-06", name
    four = events_by_name(
        "Date: 2025-11-19\n\nRamil Qasimov travelled to Syria in 2014. Fuad and Elchin "
        "Qasimov followed him a year later.\n\nAll four were detained in Hatay in March 2024."
    )
    assert "detained" not in four["Ramil Qasimov"]
