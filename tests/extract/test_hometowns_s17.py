"""Hometowns said once for several people: a counted group of residents named in the
next sentence, a resident "of the same village", a family a lede describes, sisters
named with one plural surname; initials listed after a dash or with their birth years;
a small town's name that is a given name before a surname."""

from __future__ import annotations

from typing import Any

from support import events_by_name, hometowns_by_name, person_records


def _hometowns(text: str) -> dict[str, Any]:
    return hometowns_by_name(text, published="2025-04-02")


def test_russian_count_of_residents_then_their_names() -> None:
    text = (
        "Суд в Ростове-на-Дону вынес приговор четырём жителям Кизляра, которые в 2016 году "
        "уехали в Сирию. Все четверо учились в одной школе.\n\n"
        "Рамазан Гаджиев (31 год), Тагир Омаров (29 лет), Арсен Исаев (30 лет) и Шамиль "
        "Мусаев (27 лет) воевали в рядах ИГ."
    )
    found = _hometowns(text)
    for name in ("Рамазан Гаджиев", "Тагир Омаров", "Арсен Исаев", "Шамиль Мусаев"):
        assert found[name] == "Кизляр"


def test_a_count_the_names_do_not_make_up_gives_nothing() -> None:
    text = "Суд вынес приговор трём жителям Кизляра. Рамазан Гаджиев и Тагир Омаров признали вину."
    found = _hometowns(text)
    assert found["Рамазан Гаджиев"] is None
    assert found["Тагир Омаров"] is None


def test_russian_resident_of_the_same_village() -> None:
    text = (
        "В Дагестане задержан уроженец села Гергебиль Магомед Алиев. Его дядя, Расул "
        "Алиев, житель того же села, был осуждён в 2018 году."
    )
    found = _hometowns(text)
    assert found["Магомед Алиев"] == "Гергебиль"
    assert found["Расул Алиев"] == "Гергебиль"


def test_english_lede_about_a_father_and_his_sons() -> None:
    text = (
        "A father and his two sons from Derbent who left for Syria in 2014 have been "
        "charged in absentia, prosecutors said.\n\n"
        "Kurban Aliyev, 58, and his sons Murad, 31, and Ruslan, 27, travelled through "
        "Turkey, according to the indictment. A lawyer, Anna Petrova, declined to comment."
    )
    found = _hometowns(text)
    assert found["Kurban Aliyev"] == "Derbent"
    assert found["Murad Aliyev"] == "Derbent"
    assert found["Ruslan Aliyev"] == "Derbent"
    assert found["Anna Petrova"] is None


def test_sisters_named_with_one_plural_surname() -> None:
    text = "Из лагеря вернулись уроженки Аргуна сёстры Зарема и Хава Дудаевы."
    found = _hometowns(text)
    assert found["Зарема Дудаева"] == "Аргун"
    assert found["Хава Дудаева"] == "Аргун"


def test_russian_initials_listed_after_a_dash_with_their_birth_years() -> None:
    text = (
        "Задержаны ещё двое участников ячейки — Т.К. и З.Б., 1998 и 2000 годов рождения, "
        "жители Каспийска."
    )
    found = _hometowns(text)
    assert found["Т.К."] == "Каспийск"
    assert found["З.Б."] == "Каспийск"


def test_a_small_town_name_as_a_given_name_before_a_surname() -> None:
    # Dana is also a town in Syria: before an -ova surname it is her given name
    text = "Dana Seitova, 29, was flown home from al-Hol last week."
    assert "Dana Seitova" in _hometowns(text)


def test_english_he_came_from_a_town_is_his_origin_but_not_from_the_war_zone() -> None:
    text = (
        "The notice gives the real name of the dead man as Rinat Galeev and says he came "
        "from Almetyevsk. His companion Timur Safin was wounded; he came from Raqqa to the "
        "border in 2017."
    )
    found = _hometowns(text)
    assert found["Rinat Galeev"] == "Almetyevsk"
    assert found["Timur Safin"] is None


def test_a_flight_from_a_city_is_no_origin() -> None:
    text = "June 2014 — Bakhrom Yusupov, 26, flies from Moscow to Istanbul and crosses into Syria."
    assert _hometowns(text)["Bakhrom Yusupov"] is None


def test_english_handful_of_young_men_from_a_town_then_their_story() -> None:
    text = (
        "In 2014 a handful of young men from Kulob left for Syria within weeks of each "
        "other.\n\n"
        "May 2014 — Sherali Davlatov, 22, travels to Syria through Turkey.\n\n"
        "June 2014 — Parviz Sharipov travels to Syria with him. He is killed in Raqqa in 2016."
    )
    found = _hometowns(text)
    assert found["Sherali Davlatov"] == "Kulob"
    assert found["Parviz Sharipov"] == "Kulob"


def test_turkish_worldly_name_joins_the_kunya_to_the_person() -> None:
    text = (
        "Kardeşimiz Ebu Hamza et-Türki, dünya ismiyle Kemal Doğru, cuma günü şehit düştü. "
        "Malatyalı kardeşimiz 24 yaşındaydı."
    )
    records = person_records(text, published="2025-04-02")
    assert "Ebu Hamza et-Türki" in records["Kemal Doğru"]["aliases"]
    assert records["Kemal Doğru"]["hometown"] == "Malatya"


def test_russian_double_given_name_in_the_genitive() -> None:
    text = "Полиция задержала уроженца Назрани Ахмед-Хана Евлоева, 29 лет."
    assert _hometowns(text) == {"Ахмед-Хан Евлоев": "Назрань"}


def test_turkish_demonym_right_before_a_name_after_a_place_word() -> None:
    # "Bakan" (the minister) is also a place's name: the demonym is still the name's
    text = "Bakan, Kayserili Ömer Aslan'ın da İdlib'de bulunduğunu belirtti."
    assert _hometowns(text)["Ömer Aslan"] == "Kayseri"


def test_residents_after_a_pair_of_names_are_both() -> None:
    found = _hometowns("Police detained Ali Kaya and Mehmet Demir, residents of Konya, on Monday.")
    assert found == {"Ali Kaya": "Konya", "Mehmet Demir": "Konya"}
    one = _hometowns("Police detained Ali Kaya and Mehmet Demir, a resident of Konya, on Monday.")
    assert one == {"Ali Kaya": None, "Mehmet Demir": "Konya"}


def test_a_clock_time_before_a_place_is_no_count_of_its_residents() -> None:
    text = "📌 08:30 Şəki sakini 29 yaşlı Nicat Hüseynov Türkiyədən Bakıya gətirilib."
    assert _hometowns(text)["Nicat Hüseynov"] == "Şəki"


def test_turkish_relative_who_is_in_a_town_lives_there() -> None:
    text = (
        "Çocuklar Samsun'daki anneanneleri Fatma Yücel'e teslim edildi. İdlib'deki "
        "kamplarda bulunan Ali Kaya ise hâlâ aranıyor."
    )
    found = _hometowns(text)
    assert found["Fatma Yücel"] == "Samsun"
    assert found["Ali Kaya"] is None


def test_brothers_of_a_village_then_their_given_names() -> None:
    text = (
        "The Mammadov brothers of Hil village, Anar, Tofiq and Ramiz, left together in "
        "2014. All three joined the Islamic State."
    )
    found = _hometowns(text)
    assert found == {"Anar Mammadov": "Hil", "Tofiq Mammadov": "Hil", "Ramiz Mammadov": "Hil"}


def test_sons_listed_after_a_count_and_a_possessive_take_the_family_surname() -> None:
    text = (
        "Ахмеду Гаражеву 61 год. В 2015 году в Сирию уехали двое его сыновей, Ислам и "
        "Магомед. Ислам погиб в 2016 году."
    )
    records = person_records(text, published="2025-04-02")
    assert {"Ислам Гаражев", "Магомед Гаражев"} <= set(records)


def test_a_surname_first_list_entry_keeps_the_given_name_first_full_name() -> None:
    text = (
        "1. Хамзатов Ислам Русланович, 1992 г.р., уроженец г. Аргун. Объявлен в розыск в 2015 году."
    )
    records = person_records(text, published="2025-04-02")
    assert records["Ислам Русланович Хамзатов"]["aliases"][0] == "Ислам Хамзатов"


def test_azerbaijani_given_name_in_its_case_after_a_full_name_is_another_person() -> None:
    text = "Hakim Rauf Səmədov Aynurı 5 il müddətinə azadlıqdan məhrum edib."
    records = person_records(text, published="2025-04-02")
    assert "Rauf Səmədov" in records
    assert not any("Aynur" in name and "Səmədov" in name for name in records)


def test_a_counted_departure_in_the_dative_gives_its_year_to_the_journeys() -> None:
    text = (
        "Суд вынес приговор четырём жителям Кизляра, которые в 2016 году вместе уехали в "
        "Сирию. Все четверо учились в одной школе.\n\n"
        "Рамазан Гаджиев (31 год), Тагир Омаров (29 лет), Арсен Исаев (30 лет) и Шамиль "
        "Мусаев (27 лет) воевали в рядах ИГ."
    )
    events = events_by_name(text, published="2025-04-02")
    assert events["Рамазан Гаджиев"].get("travelled") == "2016"
    assert events["Тагир Омаров"].get("travelled") == "2016"


def test_martyr_notice_our_brothers_worldly_name_joins_the_kunya() -> None:
    text = (
        "Allahın izni ilə qardaşımız Əbu Dücanə əl-Azəri 2 aprel 2016 tarixində şəhid "
        "oldu. Qardaşımızın dünyadakı adı Fərid Quliyev idi, o, Şəki şəhərindən idi."
    )
    records = person_records(text, published="2016-04-05")
    assert "Əbu Dücanə əl-Azəri" in records["Fərid Quliyev"]["aliases"]
    assert records["Fərid Quliyev"]["hometown"] == "Şəki"
    tr = (
        "Ebu Hamza kardeşimizin dünyadaki ismi Yunus Bal idi. Malatyalı kardeşimiz 1435'te "
        "hicret etti."
    )
    assert "Ebu Hamza" in person_records(tr, published="2016-04-05")["Yunus Bal"]["aliases"]


def test_english_name_before_hijrah_joins_the_kunya() -> None:
    text = (
        "We announce the martyrdom of our brother Abu Yahya al-Almani, killed in al-Tabqa "
        "in 2016. The brother, whose name before hijrah was Jonas Weber, was from Kassel."
    )
    record = person_records(text, published="2016-05-01")["Jonas Weber"]
    assert "Abu Yahya al-Almani" in record["aliases"]
    assert record["hometown"] == "Kassel"
