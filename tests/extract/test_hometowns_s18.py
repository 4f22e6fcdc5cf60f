"""Hometowns of families named by surname, of landsmen and cousins; regions named by
their adjective; places that are no one's home (a channel's name, the war zone one
lives in); a cue word whose case says it describes someone else."""

from __future__ import annotations

from typing import Any

from support import hometowns_by_name, person_records


def _hometowns(text: str) -> dict[str, Any]:
    return hometowns_by_name(text, published="2025-05-14")


def test_english_family_of_a_village_gives_its_members_the_village() -> None:
    text = (
        "Consider the Tsiklauri family of Birkiani. The eldest, Giorgi Tsiklauri, left for "
        "Turkey in 2014. His brother Levan Tsiklauri followed a year later. A neighbour, "
        "Nodar Beridze, said the family kept to itself."
    )
    found = _hometowns(text)
    assert found["Giorgi Tsiklauri"] == "Birkiani"
    assert found["Levan Tsiklauri"] == "Birkiani"
    assert found["Nodar Beridze"] is None


def test_russian_plural_surname_with_a_town_gives_it_to_the_brothers_and_mother() -> None:
    text = (
        "Братья Хамзатовы родом из Ачхой-Мартана. Старший, Висхан Хамзатов, уехал в Сирию "
        "в 2014 году. Их мать, Лиза Хамзатова, ничего не знала о его планах."
    )
    found = _hometowns(text)
    assert found["Висхан Хамзатов"] == "Ачхой-Мартан"
    assert found["Лиза Хамзатова"] == "Ачхой-Мартан"


def test_a_member_with_a_home_of_his_own_keeps_it() -> None:
    text = (
        "The Tsiklauri family of Birkiani lost two sons in Syria. Their cousin, Dato "
        "Tsiklauri, a native of Telavi, was detained in 2016."
    )
    assert _hometowns(text)["Dato Tsiklauri"] == "Telavi"


def test_azerbaijani_family_from_a_village_named_with_olan() -> None:
    text = (
        "Şəki rayonunun Baş Göynük kəndindən olan Məmmədovlar ailəsinin iki oğlu Suriyaya "
        "gedib. Böyük oğul Elşən Məmmədov 2015-ci ildə öldürülüb. Anaları Səbinə Məmmədova "
        "oğullarını gözləyir."
    )
    found = _hometowns(text)
    assert found["Elşən Məmmədov"].startswith("Baş Göynük")
    assert found["Səbinə Məmmədova"].startswith("Baş Göynük")


def test_turkish_family_from_a_district_in_the_ablative() -> None:
    text = (
        "Gaziantep'in Nizip ilçesinden Yıldız ailesinin iki oğlu 2014'te Suriye'ye gitti. "
        "Büyük oğul Kerem Yıldız aynı yıl öldürüldü. Babaları Osman Yıldız konuştu."
    )
    found = _hometowns(text)
    assert found["Kerem Yıldız"].startswith("Nizip")
    assert found["Osman Yıldız"].startswith("Nizip")


def test_turkish_their_mother_is_no_part_of_her_name() -> None:
    names = person_records(
        "Oğulları Suriye'de öldü. Anneleri Fadime Koç, hâlâ haber bekliyor.",
        published="2025-05-14",
    )
    assert "Fadime Koç" in names


def test_the_landsman_named_with_his_own_town_gives_it_to_the_other() -> None:
    text = (
        "Самый известный командир Сайфулло Назаров погиб в 2016 году, а его земляк из "
        "Пенджикента Фарход Саидов в 2019 году был передан Таджикистану."
    )
    found = _hometowns(text)
    assert found["Фарход Саидов"] == "Пенджикент"
    assert found["Сайфулло Назаров"] == "Пенджикент"


def test_fellow_villager_of_a_name_in_the_genitive_then_a_dash() -> None:
    text = (
        "Суд приговорил Шамиля Алиева, уроженца села Чиркей Буйнакского района. В деле "
        "фигурирует и односельчанин Алиева — Рустам Омаров, который убит в 2015 году "
        "под Алеппо."
    )
    assert _hometowns(text)["Рустам Омаров"].startswith("Чиркей")


def test_a_landsman_with_only_a_region_takes_the_town_of_the_other() -> None:
    text = (
        "Суд приговорил жителей Дагестана Руслана Гаджиева и Мурада Исаева. Как установил "
        "суд, Гаджиев, уроженец Избербаша, выехал в Сирию в 2014 году, а его "
        "односельчанин Исаев — годом позже."
    )
    assert _hometowns(text)["Мурад Исаев"] == "Избербаш"


def test_a_compatriot_who_returned_to_a_country_takes_no_town() -> None:
    text = (
        "Одним из завербованных был житель Куляба Шохин Рахимов. Ещё один земляк, Умар "
        "Давлатов, вернулся в Таджикистан в 2020 году."
    )
    assert _hometowns(text)["Умар Давлатов"] is None


def test_two_friends_from_a_village_listed_after_it() -> None:
    text = (
        "Three friends from neighbouring Akhmeta, Zurab Kavtarashvili, Levan Gogoladze and "
        "Temur Abashidze, left together in 2015."
    )
    found = _hometowns(text)
    for name in ("Zurab Kavtarashvili", "Levan Gogoladze", "Temur Abashidze"):
        assert found[name] == "Akhmeta"


def test_a_man_from_the_same_named_neighbourhood() -> None:
    text = (
        "Bekzat Nurlanov, a native of Taraz, was jailed. His co-defendant, Daulet Serikov, "
        "29, from Kyzylorda, got seven years. A third man from the same Taraz "
        "neighbourhood, Arman Zhakupov, is wanted."
    )
    assert _hometowns(text)["Arman Zhakupov"] == "Taraz"


def test_english_adjective_of_a_region_before_native() -> None:
    text = (
        "The group was led by Timur Barakhoev, an Ingushetian native who left in "
        "2013, and Alan Tsoraev, a Dagestani native."
    )
    found = _hometowns(text)
    assert found["Timur Barakhoev"] == "Ingushetia"
    assert found["Alan Tsoraev"] == "Dagestan"


def test_a_country_adjective_before_native_is_no_hometown() -> None:
    assert _hometowns("Anzor Beshto, a Georgian native, was detained.")["Anzor Beshto"] is None


def test_a_town_of_a_valley_is_the_home_not_the_valley_town() -> None:
    text = "Take Sherzod Alimov, from the Fergana Valley town of Kokand. Alimov reached Idlib."
    assert _hometowns(text)["Sherzod Alimov"] == "Kokand"


def test_a_channel_named_for_a_place_is_no_home() -> None:
    text = (
        "Analyst note (by Zarina Umarova): Posts from the Bukhari channel have been "
        "accurate before."
    )
    assert _hometowns(text)["Zarina Umarova"] is None


def test_living_in_the_war_zone_is_no_home() -> None:
    found = _hometowns(
        "His wife, Nodira Karimova, lives in Idlib with their children. Ayşe Tunç'un "
        "çocuklarıyla birlikte Rakka'da yaşadığı öğrenildi."
    )
    assert found["Nodira Karimova"] is None
    assert found["Ayşe Tunç"] is None


def test_she_and_her_children_live_in_a_town() -> None:
    text = "His wife, Mimoza Hoxha, said he had paid. She and their two sons live in Gjakova."
    assert _hometowns(text)["Mimoza Hoxha"] == "Gjakova"


def test_a_lede_counted_cousins_named_one_at_a_time() -> None:
    text = (
        "TIRANA, 3 May 2025 — Two cousins from the town of Elbasan met again in court.\n\n"
        "Erion Hysa, 35, was sentenced to eight years.\n\n"
        "His cousin, Besart Hysa, 31, testified. His lawyer, Arben Leka, spoke after."
    )
    found = _hometowns(text)
    assert found["Erion Hysa"] == "Elbasan"
    assert found["Besart Hysa"] == "Elbasan"
    assert found["Arben Leka"] is None


def test_turkish_grew_up_in_then_and_his_cousin() -> None:
    text = "Van'ın Erciş ilçesinde büyüyen Serhat Aslan ve kuzeni Mazlum Aslan, 2015'te gitti."
    found = _hometowns(text)
    assert found["Serhat Aslan"].startswith("Erciş")
    assert found["Mazlum Aslan"].startswith("Erciş")


def test_turkish_born_in_a_town_in_a_year() -> None:
    text = "Bosna-Hersek'in Tuzla kentinde 1988'de doğan Amir Hadžić, 2014'te Suriye'ye gitti."
    assert _hometowns(text)["Amir Hadžić"] == "Tuzla"


def test_turkish_town_unknown_to_the_gazetteer_before_kentinden() -> None:
    text = "Zerafşan kentinden olan Davron Ergashev'in 2016'da DEAŞ'a katıldığı bildirildi."
    assert _hometowns(text)["Davron Ergashev"] == "Zerafşan"


def test_the_brothers_opening_a_sentence_are_the_pair_named_before() -> None:
    text = (
        "Aynı evde iki kardeş, Zaur ve Timur Aliyev de gözaltına alındı. Kardeşlerin "
        "Derbent doğumlu olduğu bildirildi."
    )
    found = _hometowns(text)
    assert found["Zaur Aliyev"] == "Derbent"
    assert found["Timur Aliyev"] == "Derbent"


def test_russian_village_after_the_prepositional_noun_is_as_written() -> None:
    text = "Руслан Гаджиев родился в 1985 году в селе Гимры Унцукульского района."
    assert _hometowns(text)["Руслан Гаджиев"].startswith("Гимры")


def test_russian_rural_settlement_before_the_village() -> None:
    text = "Разыскивается Ибрагим Оздоев, житель сельского поселения Экажево Назрановского района."
    assert _hometowns(text)["Ибрагим Оздоев"].startswith("Экажево")


def test_azerbaijani_surname_then_city_resident() -> None:
    text = "Qaytarılanlar arasında Elçin Babayev də var. 40 yaşlı Babayev Gəncə şəhər sakinidir."
    names = person_records(text, published="2025-05-14")
    assert names["Elçin Babayev"]["hometown"] == "Gəncə"
    assert not [n for n in names if "Gənc" in n]


def test_a_cue_in_an_oblique_case_does_not_describe_the_nominative_name() -> None:
    text = (
        "Марьям Хамитова выросла в Уфе. Позже Марьям вышла замуж повторно — за уроженца "
        "Андижана, известного под именем Абу Ибрагим."
    )
    assert _hometowns(text)["Марьям Хамитова"] == "Уфа"


def test_an_oblique_cue_before_the_name_it_describes_still_counts() -> None:
    text = "Полиция задержала Магомеда Алиева, уроженца Буйнакска."
    assert _hometowns(text)["Магомед Алиев"] == "Буйнакск"


def test_siblings_word_inside_a_list_keeps_the_list_going() -> None:
    text = (
        "İddianameye göre Kayserili sanıklar Ahmet ve Murat Demirci kardeşler, Emre Şahin "
        "ve Burak Yılmaz, 2015 yılında Suriye'ye geçti."
    )
    found = _hometowns(text)
    for name in ("Ahmet Demirci", "Murat Demirci", "Emre Şahin", "Burak Yılmaz"):
        assert found[name] == "Kayseri"


def test_azerbaijani_residents_then_brothers_then_more_names() -> None:
    text = (
        "Onunla birlikdə Mingəçevir sakinləri Tural və Elvin Nəbiyev qardaşları, Ramin "
        "Həsənli və Cavid Qasımov saxlanılıb."
    )
    records = person_records(text, published="2025-05-14")
    for name in ("Tural Nəbiyev", "Elvin Nəbiyev", "Ramin Həsənli", "Cavid Qasımov"):
        assert records[name]["hometown"] == "Mingəçevir"
        assert "detained" in {e["status"] for e in records[name]["events"]}


def test_a_count_named_over_the_next_sentences_then_said_again() -> None:
    text = (
        "A court sentenced four men from the town of Kulob for recruiting fighters.\n\n"
        "The group's leader, Nurullo Saidov, 41, received 15 years. His deputy, Faridun "
        "Olimov, got 12 years. Two other members, Sino Rahimov and Daler Nazarov, received "
        "eight years each. All four were detained in March.\n\n"
        "Judge Zarina Mirzoeva read the verdict."
    )
    found = _hometowns(text)
    for name in ("Nurullo Saidov", "Faridun Olimov", "Sino Rahimov", "Daler Nazarov"):
        assert found[name] == "Kulob"
    assert found["Zarina Mirzoeva"] is None


def test_russian_residents_of_the_city_named_in_the_sentence() -> None:
    text = (
        "Сотрудники ФСБ задержали в Каспийске троих жителей города. По данным ФСБ, "
        "ячейкой руководил Ислам Магомедов. Помимо него задержаны Руслан Гаджиев и Арсен "
        "Алиев. Все — уроженцы Каспийска."
    )
    found = _hometowns(text)
    for name in ("Ислам Магомедов", "Руслан Гаджиев", "Арсен Алиев"):
        assert found[name] == "Каспийск"


def test_turkish_n_of_them_from_a_town_then_a_list_with_kin() -> None:
    text = (
        "Sınır dışı edilenlerden üçü Kosova'nın Prizren kentinden: Besim Morina, kardeşi "
        "Ilir Morina ve Agon Hoti."
    )
    found = _hometowns(text)
    for name in ("Besim Morina", "Ilir Morina", "Agon Hoti"):
        assert found[name] == "Prizren"


def test_english_count_of_women_from_a_village_then_a_list() -> None:
    text = (
        "Among the adults were two women from the town of Gudermes: Aset Visaeva, 30, and "
        "her sister-in-law Zalina Visaeva, 27."
    )
    found = _hometowns(text)
    assert found["Aset Visaeva"] == "Gudermes"
    assert found["Zalina Visaeva"] == "Gudermes"


def test_azerbaijani_village_named_with_a_demonym_ending_before_its_noun() -> None:
    text = "Sabirabad rayonunun Qaraxanlı kəndindən olan Rauf Məmmədov da gedib."
    assert _hometowns(text)["Rauf Məmmədov"].startswith("Qaraxanlı")


def test_azerbaijani_participle_of_growing_up_before_sons_and_their_names() -> None:
    text = "Həmin il onun Şəkidə doğulub böyümüş oğulları Samir və Fərid Əliyev Suriyaya gediblər."
    found = _hometowns(text)
    assert found["Samir Əliyev"] == "Şəki"
    assert found["Fərid Əliyev"] == "Şəki"


def test_turkish_family_living_in_a_district_singular_surname() -> None:
    text = (
        "Konya'nın Akşehir ilçesinde yaşayan Arslan ailesinin iki oğlu Suriye'ye gitti. "
        "Büyük oğul Kemal Arslan 2015'te öldürüldü."
    )
    assert _hometowns(text)["Kemal Arslan"].startswith("Akşehir")


def test_a_peoples_word_before_a_persons_noun_is_no_place() -> None:
    text = (
        "A Kazakh man, Serik Abenov, was jailed. Aslan Bardoshvili, a Pankisi native, was "
        "killed in Syria."
    )
    found = _hometowns(text)
    assert found["Serik Abenov"] is None
    assert found["Aslan Bardoshvili"] == "Pankisi"


def test_a_counted_departure_of_a_peoples_men_takes_no_place_from_the_people() -> None:
    text = (
        "A list of martyrs gives rare detail on one group of Kazakh men who left for Syria "
        "together in 2013.\n\nThe first named is Bolat Ermekov, killed in 2016. Ruslan "
        "Kairatov was killed in 2017. Daulet Nurov was killed in 2018."
    )
    found = _hometowns(text)
    assert all(found[n] is None for n in ("Bolat Ermekov", "Ruslan Kairatov", "Daulet Nurov"))


def test_turkish_all_of_the_suspects_from_a_district_then_their_list() -> None:
    text = (
        "Operasyonda gözaltına alınan dört şüpheli tutuklandı. Şüphelilerin hepsi Van'ın "
        "Erciş ilçesinden. Gözaltına alınanlar arasında Baran Kaya (40) ile kardeşi Zana "
        "Kaya, Welat Demir ve Ferhat Oral bulunuyor."
    )
    found = _hometowns(text)
    for name in ("Baran Kaya", "Zana Kaya", "Welat Demir", "Ferhat Oral"):
        assert found[name].startswith("Erciş")


def test_all_of_them_after_a_list_in_the_sentence_before() -> None:
    text = (
        "Police detained Azamat Tulegenov and Nurlan Bekov on Monday. All of them are from "
        "Taraz, officers said."
    )
    found = _hometowns(text)
    assert found["Azamat Tulegenov"] == "Taraz"
    assert found["Nurlan Bekov"] == "Taraz"


def test_all_seven_stands_for_the_seven_named_over_the_paragraphs_before() -> None:
    text = (
        "The group's leader, Rustam Nazarov, 44, received 18 years.\n\n"
        "His deputies, Anvar and Ilhom Sattorov, were each given 14 years. Four other "
        "members — Farhod Qodirov, Bahrom Ismoilov, Jamol Saidov and Umar Karimov — received "
        "shorter terms. All seven were detained in Isfara in September 2025."
    )
    records = person_records(text, published="2026-04-09")
    for name in ("Rustam Nazarov", "Anvar Sattorov", "Ilhom Sattorov", "Umar Karimov"):
        assert "detained" in {e["status"] for e in records[name]["events"]}
