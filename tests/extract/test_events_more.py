"""Event rules on short fictional sentences: hijrah spelt with its final h, a search still
held ("remains wanted"), a lost limb as a wound, coordinated levels of a Russian search,
an impersonal Russian wound, a first name of a list with "born in" after it, a return to
the front, an unconfirmed death in Azerbaijani, a person followed ("ərinin ardınca") and
"sərbəst buraxılıb"."""

from __future__ import annotations

from typing import Any

from ffdb.extract import extract_document


def _persons(text: str) -> dict[str, dict[str, Any]]:
    extraction = extract_document(text, title="")
    return {r["name"]: r for r in extraction.records() if r["type"] == "person"}


def _events(record: dict[str, Any]) -> dict[str, str | None]:
    return {e["status"]: e["date"] for e in record["events"]}


def test_hijrah_with_final_h_is_a_journey_of_both_companions() -> None:
    text = (
        "In the summer of 2014 Tahir Osmanli made hijrah to Sham together with his "
        "cousin Nijat Osmanli."
    )
    persons = _persons(text)
    assert _events(persons["Tahir Osmanli"]).get("travelled") == "2014"
    assert _events(persons["Nijat Osmanli"]).get("travelled") == "2014"


def test_remains_wanted_is_wanted_with_the_warrant_year() -> None:
    text = "Ilgar Bayramov remains wanted on an international arrest warrant issued in 2018."
    assert _events(_persons(text)["Ilgar Bayramov"]) == {"wanted": "2018"}


def test_lost_limb_is_a_wound() -> None:
    text = "Vasif Rustamli lost an arm near Mosul in 2016 and came home in 2017."
    events = _events(_persons(text)["Vasif Rustamli"])
    assert events.get("injured") == "2016"


def test_russian_coordinated_search_levels_and_impersonal_wound() -> None:
    text = (
        "Ильдар Сафин в мае 2019 года объявлен в федеральный и международный розыск. "
        "Руслан Абдуллаев в 2015 году уехал в Сирию. В 2016 году его ранило под Мосулом."
    )
    persons = _persons(text)
    assert _events(persons["Ильдар Сафин"]) == {"wanted": "2019-05"}
    assert _events(persons["Руслан Абдуллаев"]).get("injured") == "2016"


def test_first_of_two_with_born_in_after_the_name_shares_the_journey() -> None:
    text = (
        "Tarlan Aliyev, born in 1991, and his friend Zaur Hasanov left for Syria in 2014. "
        "Fuad Karimli, born in 1989 in Lankaran, and his younger brother Emin went to Iraq "
        "in 2015."
    )
    persons = _persons(text)
    assert _events(persons["Tarlan Aliyev"]).get("travelled") == "2014"
    assert _events(persons["Fuad Karimli"]).get("travelled") == "2015"


def test_back_to_the_front_is_no_return_and_followed_person_no_traveller() -> None:
    text = (
        "Bakı, 5 mart 2021\n\n"
        "Rəşad Əliyev 2014-cü ildə Suriyaya gedib. 2016-cı ilin mayında Rəqqədə "
        "yaralanıb, sağalandan sonra yenidən cəbhəyə qayıdıb.\n\n"
        "1. Səmirə Hüseynova (1993-cü il təvəllüdlü, Gəncə). 2015-ci ildə əri Rəşad "
        "Əliyevin ardınca Suriyaya gedib. 2019-cu ilin yanvarında Bakıya gətirilib."
    )
    persons = _persons(text)
    assert _events(persons["Rəşad Əliyev"]) == {"travelled": "2014", "injured": "2016-05"}
    assert _events(persons["Səmirə Hüseynova"]).get("returned") == "2019-01"


def test_unconfirmed_death_in_azerbaijani_is_no_death() -> None:
    text = (
        "Bəzi mənbələrdə Namiq Səfərovun 2016-cı ildə Suriyada öldürüldüyü barədə "
        "yayılan xəbərlər təsdiqini tapmamışdır."
    )
    assert "killed" not in _events(_persons(text)["Namiq Səfərov"])


def test_set_free_in_azerbaijani_is_a_release() -> None:
    text = "Kənan Rzayev dindirildikdən sonra sərbəst buraxılıb."
    assert "released" in _events(_persons(text)["Kənan Rzayev"])


def test_russian_destination_before_the_verb_and_journey_with_him() -> None:
    text = (
        "Новости, 3 мая 2020\n\n"
        "Летом 2014 года Ибрагимов выехал в Сирию. Вместе с ним в Сирию выехал его сосед "
        "Руслан Алиев."
    )
    assert _events(_persons(text)["Руслан Алиев"]) == {"travelled": "2014"}


def test_russian_left_together_with_a_friend_is_a_journey_of_both() -> None:
    text = (
        "Новости, 3 мая 2020\n\n"
        "В мае 2016 года Ислам Дзугаев сказал матери, что едет в Москву. Он уехал вместе "
        "с Бесланом Тедеевым."
    )
    persons = _persons(text)
    assert "travelled" in _events(persons["Ислам Дзугаев"])
    assert "travelled" in _events(persons["Беслан Тедеев"])


def test_travelled_with_him_takes_the_date_of_his_journey() -> None:
    text = (
        "News, 3 May 2020\n\nKarim Sheikh travelled to Syria in 2014. The court heard that "
        "his cousin, Alen Sheikh, had travelled with him and was killed in 2016."
    )
    assert _events(_persons(text)["Alen Sheikh"]) == {"travelled": "2014", "killed": "2016"}


def test_list_below_a_cue_whose_verb_ends_the_line() -> None:
    text = (
        "Bakı, 3 may 2022\n\n"
        "Nazirliyin əməkdaşı Samir Əlizadənin verdiyi məlumata görə, aşağıdakı şəxslər "
        "mayın 2-də beynəlxalq axtarışa verilib:\n\n"
        "1. Həsənov Tural Fikrət oğlu — 1990-cı il təvəllüdlü, Şəki.\n"
        "2. Babayeva Günel Arif qızı — 1995-ci il təvəllüdlü, Bakı.\n"
    )
    persons = _persons(text)
    assert _events(persons["Tural Fikrət oğlu Həsənov"]) == {"wanted": "2022-05-02"}
    assert _events(persons["Günel Arif qızı Babayeva"]) == {"wanted": "2022-05-02"}
    assert "wanted" not in _events(persons["Samir Əlizadə"])


def test_russian_term_given_in_the_dative_is_a_sentence() -> None:
    text = "Новости, 3 мая 2020\n\nСуд назначил Магомедову 11 лет лишения свободы."
    assert "sentenced" in _events(_persons(text)["Магомедов"])


def test_sentencing_him_is_the_defendant_not_the_judge() -> None:
    text = (
        "LEEDS, 5 June 2021 (Wire) -\n\nTariq Mahmood returned from Syria in 2017 and was "
        "arrested in Dover. Sentencing him, Judge Anne Holt said he had lied."
    )
    persons = _persons(text)
    assert "sentenced" in _events(persons["Tariq Mahmood"])
    assert "sentenced" not in _events(persons["Anne Holt"])


def test_russian_list_entry_pro_drop_second_clause_and_liability_release() -> None:
    text = (
        "Душанбе, 3 мая 2020\n\n"
        "1. Рахимов Фаррух, 1989 года рождения, уроженец Худжанда. Выехал в Сирию в 2015 "
        "году. В мае 2016 года вернулся домой и был освобождён от уголовной ответственности.\n\n"
        "3. Юсупова Зарина, 25 лет, жительница Бохтара. Уехала в Сирию весной 2015 года, "
        "вернулась с ребёнком в конце 2016 года.\n"
    )
    persons = _persons(text)
    assert _events(persons["Фаррух Рахимов"]) == {"travelled": "2015", "returned": "2016-05"}
    assert _events(persons["Зарина Юсупова"]) == {"travelled": "2015", "returned": "2016"}


def test_russian_search_before_its_verb_names_the_relative_after_a_dash() -> None:
    text = (
        "Новости, 3 мая 2020\n\n"
        "Также в федеральном розыске находится брат задержанного – Каримов Нодир, 1992 г.р."
    )
    assert "wanted" in _events(_persons(text)["Нодир Каримов"])


def test_denied_death_in_the_next_sentence_leaves_the_journey() -> None:
    text = (
        "Душанбе, 3 мая 2020\n\n"
        "2. Шарипов Далер из Вахдата. Уехал в Сирию в 2014 году. Сообщения о его гибели в "
        "2015 году не подтвердились: в марте 2016 года он вернулся через Турцию."
    )
    (record,) = [r for n, r in _persons(text).items() if "Шарипов" in n]
    events = _events(record)
    assert events.get("travelled") == "2014"
    assert "killed" not in events


def test_each_of_three_named_in_earlier_sentences_shares_the_arrest() -> None:
    text = (
        "12.03.2019\n\n"
        "Bakı sakini Əliyev Nihad Rauf oğlu (1990-cı il təvəllüdlü) 2014-cü ildə Suriyaya "
        "gedib. Gəncə sakini Məmmədov Elmar Arif oğlu (1988-ci il təvəllüdlü) 2015-ci ildə "
        "İraqa gedib. Şəki sakini Rüstəmov Kamal Əli oğlu (1992-ci il təvəllüdlü) onlara "
        "maddi yardım göstərib.\n\n"
        "Hər üç şəxs martın 9-da məhkəmənin qərarı ilə həbs edilmişdir."
    )
    persons = _persons(text)
    for name in ("Nihad Rauf oğlu Əliyev", "Elmar Arif oğlu Məmmədov", "Kamal Əli oğlu Rüstəmov"):
        assert _events(persons[name]).get("arrested") == "2019-03-09", name


def test_her_husband_as_subject_is_the_husband_named_before() -> None:
    text = (
        "Bakı, 5 mart 2021\n\n"
        "1. Səmirə Hüseynova (1993-cü il təvəllüdlü, Gəncə). 2015-ci ildə əri Rəşad "
        "Əliyevin ardınca Suriyaya gedib. Əri 2016-cı ildə Rəqqədə öldürülüb."
    )
    persons = _persons(text)
    assert _events(persons["Rəşad Əliyev"]) == {"killed": "2016"}
    assert "killed" not in _events(persons["Səmirə Hüseynova"])
