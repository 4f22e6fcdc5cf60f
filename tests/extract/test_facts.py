"""Hometowns, ages, nationalities, groups and roles, each as a claim with its sentence."""

from __future__ import annotations

from typing import Any

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> dict[str, dict[str, Any]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r for r in records if r["type"] == "person"}


def test_hometown_cues_in_english() -> None:
    text = (
        "Zaur Ilyasov was 37 years old and from the northern Azerbaijani city of Qusar. "
        "Ramil Qasimov, a native of Sumqayit, was jailed. Mollaveliyev crossed into "
        "Azerbaijan from Russia. Elnur Aliyev had been living in Baku."
    )
    found = _persons(text, "en")
    assert found["Zaur Ilyasov"]["hometown"] == "Qusar"
    assert found["Zaur Ilyasov"]["age"] == 37
    assert found["Ramil Qasimov"]["hometown"] == "Sumqayit"
    assert found["Mollaveliyev"]["hometown"] is None  # a journey's start, not a home
    assert found["Elnur Aliyev"]["hometown"] is None


def test_hometown_cues_in_russian_azerbaijani_turkish() -> None:
    ru = _persons("Уроженец Кусара 37-летний Заур Ильясов погиб.", "ru")
    assert (ru["Заур Ильясов"]["hometown"], ru["Заур Ильясов"]["age"]) == ("Кусар", 37)
    az = _persons("Sumqayıt sakini Fuad Məmmədov və qusarlı Orxan Əliyev saxlanılıb.", "az")
    assert az["Fuad Məmmədov"]["hometown"] == "Sumqayıt"
    assert az["Orxan Əliyev"]["hometown"] == "qusar" or az["Orxan Əliyev"]["hometown"] == "Qusar"
    tr = _persons("Adıyaman doğumlu 32 yaşındaki Mehmet Yılmaz tutuklandı.", "tr")
    assert (tr["Mehmet Yılmaz"]["hometown"], tr["Mehmet Yılmaz"]["age"]) == ("Adıyaman", 32)


def test_hometowns_of_residence_and_genitive_districts() -> None:
    az = _persons("Şabran rayonunun sakini Elnur Cəfərov Suriyada həlak olub.", "az")
    assert az["Elnur Cəfərov"]["hometown"] == "Şabran"
    tr = _persons("Ankara'da yaşayan 34 yaşındaki Serkan Yıldız öldürüldü.", "tr")
    assert tr["Serkan Yıldız"]["hometown"] == "Ankara"
    ru = _persons("Житель Сумгаита Тимур Рзаев осужден на 7 лет.", "ru")
    assert ru["Тимур Рзаев"]["hometown"] == "Сумгаит"
    en = _persons("Kamran Bagirov, who hails from Shabran, left for Syria.", "en")
    assert en["Kamran Bagirov"]["hometown"] == "Shabran"


def test_a_boy_of_fourteen_is_nobody_named() -> None:
    text = "Seven were killed, including a 14-year-old boy from Nakhchivan. Elnur Aliyev said so."
    assert _persons(text, "en")["Elnur Aliyev"]["age"] is None


def test_nationality_of_an_apposition() -> None:
    text = "The group was led by Serdal Korbasi (aka Ebu zer), a Turkish citizen."
    assert _persons(text, "en")["Serdal Korbasi"]["nationality"] == "TR"


def test_groups_and_roles() -> None:
    text = (
        "In 2008 Ilgar Mollaveliyev helped establish a branch of the Dagestani “Forest Brothers” "
        "in Azerbaijan. According to two alleged members of the group, Taleh Gahramanov and "
        "Samir Balayev, he crossed the border. Azer Qaraxanov was a high-ranking member of "
        "Taifetul Mansura in Afghanistan, led by Serdal Korbasi."
    )
    found = _persons(text, "en")

    def roles(name: str) -> list[tuple[str, str]]:
        return [(r["group"], r["role"]) for r in found[name]["roles"]]

    assert roles("Ilgar Mollaveliyev") == [("Forest Brothers", "founder")]
    for name in ("Taleh Gahramanov", "Samir Balayev"):
        assert roles(name) == [("Forest Brothers", "member")]
    assert roles("Azer Qaraxanov") == [("Taifetul Mansura", "member")]
    assert roles("Serdal Korbasi") == [("Taifetul Mansura", "leader")]
    # a role names the gazetteer's group and id beside the name as written
    assert found["Serdal Korbasi"]["roles"][0]["group_id"] == "taifetul-mansura"


def test_a_created_group_has_no_founder_named() -> None:
    text = "Abu Hamzah al-Zubaydi praised the newly created Islamic State of Iraq."
    assert _persons(text, "en")["Abu Hamzah al-Zubaydi"]["groups"] == []


def test_a_pledge_to_a_groups_leader_is_no_membership() -> None:
    text = "Abu Hamzah al-Zubaydi gave baya to the Islamic State of Iraq’s leader Abu Umar."
    assert _persons(text, "en")["Abu Hamzah al-Zubaydi"]["groups"] == []
    text = "Kamran Bagirov fought for Jabhat al-Nusra before pledging allegiance to the IS."
    assert _persons(text, "en")["Kamran Bagirov"]["groups"] == ["Jabhat al-Nusra", "IS"]


def test_groups_in_other_languages_as_the_text_writes_them() -> None:
    ru = _persons("Заур Ильясов вступил в ряды ИГИЛ в 2014 году.", "ru")
    assert ru["Заур Ильясов"]["groups"] == ["ИГИЛ"]
    az = _persons("Ramil Qurbanov İŞİD-ə qoşulub.", "az")
    assert az["Ramil Qurbanov"]["groups"] == ["İŞİD"]
    tr = _persons("DEAŞ militanı Mehmet Yılmaz yakalandı.", "tr")
    assert tr["Mehmet Yılmaz"]["groups"] == ["DEAŞ"]
    [role] = tr["Mehmet Yılmaz"]["roles"]
    assert (role["canonical"], role["group_id"]) == ("Islamic State", "islamic-state")


def test_declined_and_suffixed_group_names_in_the_nominative() -> None:
    ru = _persons(
        "Аслан Будаев входил в состав бандгруппы «Исламского государства». "
        "Тимур Рзаев примкнул к «Джабхат ан-Нусре» в 2013 году. Эльнур Мамедов являлся "
        "участником незаконного вооруженного формирования «Исламское государство».",
        "ru",
    )
    assert ru["Аслан Будаев"]["groups"] == ["Исламское государство"]
    assert ru["Тимур Рзаев"]["groups"] == ["Джабхат ан-Нусра"]
    assert ru["Эльнур Мамедов"]["groups"] == ["Исламское государство"]
    az = _persons(
        "Orxan Əliyev “İslam Dövləti” terror qruplaşmasına qoşularaq Suriyaya gedib. "
        "Rauf Nəsirov “Cəbhət ən-Nüsrə”nin üzvü olub. İŞİD-çi Elvin Məmmədov saxlanılıb.",
        "az",
    )
    assert az["Orxan Əliyev"]["groups"] == ["İslam Dövləti"]
    assert az["Rauf Nəsirov"]["groups"] == ["Cəbhət ən-Nüsrə"]
    assert az["Elvin Məmmədov"]["groups"] == ["İŞİD"]
    tr = _persons(
        "DEAŞ'lı terörist Ahmet Kaya yakalandı. Selim Arslan'ın El Nusra Cephesi'ne "
        "katıldığı belirlendi. Yusuf Kara, DEAŞ'ın Suriye'deki yapılanmasında yer aldı.",
        "tr",
    )
    assert tr["Ahmet Kaya"]["groups"] == ["DEAŞ"]
    assert tr["Selim Arslan"]["groups"] == ["El Nusra Cephesi"]
    assert tr["Yusuf Kara"]["groups"] == ["DEAŞ"]


def test_roles_reach_listed_names_plural_pronouns_and_appositions() -> None:
    text = (
        "Ilkin Hasanli and Rauf Maharramov were detained. Both men travelled to Syria and "
        "joined the Islamic State. The Islamic State's emir for Azerbaijan, Samir Quliyev, "
        "was killed. Vusal Abbasov was a senior figure in Hayat Tahrir al-Sham."
    )
    found = _persons(text, "en")
    assert found["Ilkin Hasanli"]["groups"] == ["Islamic State"]
    assert found["Rauf Maharramov"]["groups"] == ["Islamic State"]
    assert found["Samir Quliyev"]["roles"][0]["role"] == "leader"
    assert found["Vusal Abbasov"]["groups"] == ["Hayat Tahrir al-Sham"]


def test_a_pro_drop_sentence_gives_its_group_to_the_person_last_named() -> None:
    text = (
        "Elnur Cəfərov 2013-cü ildə Suriyaya hicrət edib. Əvvəlcə Ceyş əl-Mühacirin "
        "vəl-Ənsar saflarında döyüşüb, sonra İslam Dövlətinə beyət edib."
    )
    assert _persons(text, "az")["Elnur Cəfərov"]["groups"] == [
        "Ceyş əl-Mühacirin vəl-Ənsar",
        "İslam Dövləti",
    ]


def test_fact_claims_carry_extractor_evidence_and_confidence() -> None:
    text = "Ramil Qasimov, a native of Sumqayit, was jailed."
    claims = extract_document(text, language="en").claims
    [hometown] = [c for c in claims if c.prop == "hometown"]
    assert hometown.value == "Sumqayit"
    assert hometown.quote == text
    assert hometown.extractor == "fact_rules.v1"
    assert 0 < hometown.confidence <= 1
    [name] = [c for c in claims if c.prop == "name"]
    assert (name.value, name.extractor) == ("Ramil Qasimov", "person_rules.v1")


def test_a_village_comes_with_its_district() -> None:
    cases = [
        (
            "az",
            "Qusar rayonunun Anıx kəndindən olan Rüstəm Ağayev həlak olub.",
            "Rüstəm Ağayev",
            "Anıx, Qusar",
        ),
        (
            "tr",
            "Adıyaman'ın Kahta ilçesinde doğan Mehmet Kaya öldürüldü.",
            "Mehmet Kaya",
            "Kahta, Adıyaman",
        ),
        (
            "en",
            "Rauf Maharramov is from the village of Hil in the Qusar district.",
            "Rauf Maharramov",
            "Hil, Qusar",
        ),
        (
            "ru",
            "Житель села Хил Кусарского района Тимур Алиев задержан.",
            "Тимур Алиев",
            "Хил, Кусар",
        ),
    ]
    for language, text, name, hometown in cases:
        assert _persons(text, language)[name]["hometown"] == hometown, text


def test_hometowns_in_the_nominative_from_case_forms_and_demonyms() -> None:
    cases = [
        (
            "ru",
            "Рашид Гасанов, 1985 года рождения, уроженец Дербента, объявлен в розыск.",
            "Рашид Гасанов",
            "Дербент",
        ),
        ("ru", "Заур Мамедов из Сумгаита выехал в Сирию.", "Заур Мамедов", "Сумгаит"),
        ("ru", "Ниджат Ашуров, проживавший в Сумгаите, погиб.", "Ниджат Ашуров", "Сумгаит"),
        ("tr", "Şüphelilerden Sivaslı Fatih Aydemir tutuklandı.", "Fatih Aydemir", "Sivas"),
        (
            "az",
            "Lənkəran rayonunda anadan olmuş Nurlan Abbasov saxlanılıb.",
            "Nurlan Abbasov",
            "Lənkəran",
        ),
        (
            "tr",
            "Ankara'nın Polatlı ilçesinden Murat Öztürk tutuklandı.",
            "Murat Öztürk",
            "Polatlı, Ankara",
        ),
    ]
    for language, text, name, hometown in cases:
        assert _persons(text, language)[name]["hometown"] == hometown, text
    # a journey's start is no home; a month is no place
    ru = _persons("Рауф Алиев вернулся из Сирии в марте.", "ru")
    assert ru["Рауф Алиев"]["hometown"] is None


def test_an_age_told_in_the_next_sentence() -> None:
    assert _persons("Погиб Ахмед Магомедов. Ему было 38 лет.", "ru")["Ахмед Магомедов"]["age"] == 38
    assert (
        _persons("Serkan Yıldız öldürüldü. Yıldız 34 yaşındaydı.", "tr")["Serkan Yıldız"]["age"]
        == 34
    )


def test_years_of_birth_are_facts_of_their_own() -> None:
    cases = [
        ("az", "1970-ci il təvəllüdlü Zahid Nağıyev saxlanılıb.", "Zahid Nağıyev", "1970"),
        ("ru", "Рашид Гасанов, 1985 года рождения, объявлен в розыск.", "Рашид Гасанов", "1985"),
        ("tr", "1990 doğumlu Ahmet Kaya yakalandı.", "Ahmet Kaya", "1990"),
        ("en", "Ramil Qasimov, who was born in 1988, was arrested.", "Ramil Qasimov", "1988"),
    ]
    for language, text, name, year in cases:
        person = _persons(text, language)[name]
        assert (person["born"], person["age"]) == (year, None), text
    claims = extract_document("1990 doğumlu Ahmet Kaya yakalandı.", language="tr").claims
    assert [c.value for c in claims if c.prop == "born"] == ["1990"]
