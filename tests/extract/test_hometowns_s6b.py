"""Hometowns said in ways met on unseen text (session 6, round 2): a bulleted entry whose
province and district follow the name, a citizenship or a people between a demonym and
the name. All people are fictional."""

from __future__ import annotations

from typing import Any

from support import person_records


def _homes(text: str, **options: Any) -> dict[str, str | None]:
    options.setdefault("published", "2021-05-01")
    return {name: r["hometown"] for name, r in person_records(text, **options).items()}


def test_bulleted_entries_give_province_then_district() -> None:
    text = (
        "Esir kardeşlerimiz:\n\n"
        "🔸 Ebu Yusuf (Mehmet Demir), Sivas Gürün. 2017'de Rakka'da yaralandı.\n\n"
        "🔸 Kardeşimiz Ahmet Korkmaz, Malatya Darende. Geçen ay serbest bırakıldı."
    )
    homes = _homes(text)
    assert homes["Mehmet Demir"] == "Gürün"
    assert homes["Ahmet Korkmaz"] == "Darende"


def test_two_far_towns_after_a_name_are_no_province_and_district() -> None:
    text = "🔸 Kardeşimiz Ahmet Korkmaz, Bakü Gürün. Geçen ay serbest bırakıldı."
    assert _homes(text)["Ahmet Korkmaz"] is None


def test_citizenship_between_the_demonym_and_the_name() -> None:
    text = (
        'Dosyası ayrılan Şımkentli Kazakistan vatandaşı Nurlan Abenov ("Ebu Talha") '
        "tahliye edildi. Bakülü Azerbaycan vatandaşı Elvin Rzayev ise tutuklu kaldı."
    )
    homes = _homes(text)
    assert homes["Nurlan Abenov"] == "Şımkent"
    assert homes["Elvin Rzayev"] == "Bakü"


def test_an_alias_in_brackets_between_the_name_and_from() -> None:
    text = "Брат Саид Алиев (Абу Умар) из Хасавюрта был ранен в прошлый четверг."
    assert _homes(text)["Саид Алиев"] == "Хасавюрт"


def test_demonym_and_ablative_predicates_in_the_past() -> None:
    assert _homes("Besnik Gashi de oradaydı. Prizrenliydi ve iyi Türkçe konuşurdu.") == {
        "Besnik Gashi": "Prizren"
    }
    assert _homes("Yusuf Demir 2015'te Suriye'ye geçti. Konya'dandı.") == {"Yusuf Demir": "Konya"}


def test_a_sentence_opening_with_the_pronoun_before_the_demonym() -> None:
    text = "Mahkeme Yusuf Demir'i 6 yıl hapse mahkûm etti. Kendisi Adıyamanlı."
    assert _homes(text)["Yusuf Demir"] == "Adıyaman"


def test_a_people_of_origin_is_no_hometown() -> None:
    text = (
        'Kazanlı Rusya vatandaşı Rinat Valiyev ("Ebu Yakup") ise aynı gün yakalandı. '
        "Tatar asıllı Valiyev'in sınır dışı edilmesine hükmedildi."
    )
    assert _homes(text)["Rinat Valiyev"] == "Kazan"


def test_there_was_one_from_a_town() -> None:
    text = "Çok vardı. Nalçikli bir Kabardey vardı, Ruslan Kokov. 2016'da yaralandı."
    assert _homes(text)["Ruslan Kokov"] == "Nalçik"


def test_where_a_call_came_from_is_no_hometown() -> None:
    text = 'Elnur Qasımov left in 2014. "He phoned us once from Raqqa. Then nothing."'
    assert _homes(text)["Elnur Qasımov"] is None


def test_a_headline_family_gives_its_place_to_the_members_named() -> None:
    text = (
        "«Я хочу забрать внуков»: мать из Кизляра пятый год ищет сына\n\n"
        "Зарема Алиева не видела сына с 2015 года. Её сын Магомед Алиев уехал в Сирию."
    )
    homes = _homes(text)
    assert homes["Зарема Алиева"] == "Кизляр"
    assert homes["Магомед Алиев"] == "Кизляр"


def test_a_peoples_mother_in_a_headline_gives_no_place() -> None:
    text = (
        '"He still calls at night": a Chechen mother on the son she lost\n\n'
        "Zarema Dudayeva says her son Rustam Dudayev left for Syria in 2013."
    )
    homes = _homes(text)
    assert homes["Rustam Dudayev"] is None


def test_a_common_noun_opening_a_sentence_is_no_village() -> None:
    text = (
        "Quba rayonunun Zeyvə kəndində Suriyada həlak olan Kamran Əliyevin yas mərasimi "
        "keçirilib. Mərasimə kənd sakinləri və qohumlar qatılıb."
    )
    assert _homes(text, published="2020-01-18")["Kamran Əliyev"] != "Mərasimə"
