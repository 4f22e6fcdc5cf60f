"""Who a later sentence speaks of, session 11: a bare surname in a case form joins the
person named before it rather than one named only later; "they" reaches back past a
sentence about one of them to the list they were named in (fictional people)."""

from __future__ import annotations

from support import events_by_name, person_records


def test_oblique_surname_joins_the_man_named_before_not_a_woman_named_later() -> None:
    text = (
        "«Южная правда», 3 апреля 2025 года\n\n"
        "Суд вынес приговор Тимуру Абакарову. В 2019 году Абакарова задержали курдские "
        "силы. Суд приговорил Абакарова к десяти годам колонии. Его мать Патимат "
        "Абакарова рассказала, что сын вернулся больным.\n"
    )
    records = person_records(text)
    assert "Тимур Абакаров" in records, sorted(records)
    statuses = {e["status"] for e in records["Тимур Абакаров"]["events"]}
    assert {"detained", "sentenced"} <= statuses
    mother = records.get("Патимат Абакарова", {"events": []})
    assert not {e["status"] for e in mother["events"]} & {"detained", "sentenced"}


def test_they_reach_back_past_a_sentence_about_one_of_them() -> None:
    text = (
        "«Quba Xəbər», 17 aprel 2024\n\n"
        "İttihama görə, Namiq Şirəliyev, Elvin Babaşov və Ceyhun Tağıyev 2014-cü ildə "
        "Suriyaya gediblər. Hər üçü orada İŞİD-ə qoşulub. Babaşov 2015-ci ildə yaralanıb. "
        "Onlar ötən il İraqdan Azərbaycana qaytarılıblar.\n"
    )
    events = events_by_name(text)
    for name in ("Namiq Şirəliyev", "Elvin Babaşov", "Ceyhun Tağıyev"):
        assert events[name].get("returned") == "2023", (name, events.get(name))


def test_they_stay_within_the_paragraph() -> None:
    text = (
        "Rustam Kadyrbekov and Islam Tsechoev left for Syria in 2014.\n\n"
        "The court heard evidence for two days. Judge Elena Markova adjourned. The "
        "prosecutor spoke at length.\n\n"
        "They were arrested in Kazan in 2019.\n"
    )
    events = events_by_name(text)
    assert "arrested" not in events.get("Rustam Kadyrbekov", {})


def test_a_bare_surname_after_a_relative_named_once_is_still_the_main_man() -> None:
    text = (
        "Kosovalı Besnik Hoxha'nın hikâyesi benzer. Priştine'de büyüyen Hoxha, 2014 "
        "yılında Suriye'ye gitti.\n\n"
        "Ağabeyi Valmir Hoxha, röportajda kardeşinin Rakka'da kaldığını anlattı.\n\n"
        "Hoxha, 2016 yılının Şubat ayında Hatay'da gözaltına alındı. Priştine "
        "Havalimanı'nda tutuklandı.\n"
    )
    events = events_by_name(text)
    assert "detained" in events["Besnik Hoxha"], events
    assert "detained" not in events.get("Valmir Hoxha", {})


def test_all_seven_after_a_list_of_seven() -> None:
    entries = [
        "Artur Bekov, 29, a native of Nalchik;",
        "Timur Bekov, 24;",
        "Azamat Kodzev, 33, of Baksan;",
        "Islam Tlupsov, from Kenzhe;",
        "Anzor Kardov, from Kenzhe;",
        "Ruslan Ulbashev, 27, from Tyrnyauz;",
        "Kantemir Zhigov, 41, from Chegem.",
    ]
    listed = "\n".join(f"- {entry}" for entry in entries)
    text = (
        f"The list includes:\n\n{listed}\n\nAll seven have been put on the federal wanted list.\n"
    )
    events = events_by_name(text)
    assert all("wanted" in events[e.split(",")[0]] for e in entries), events


def test_a_count_over_a_list_whose_entries_name_more_than_one() -> None:
    text = (
        "Задержаны:\n\n"
        "- Ислам Тлупов и Анзор Карданов из Кенже;\n"
        "- его брат Тимур Шогенов;\n"
        "- Руслан Улбашев.\n\n"
        "Все четверо заключены под стражу.\n"
    )
    events = events_by_name(text)
    for name in ("Ислам Тлупов", "Анзор Карданов", "Тимур Шогенов", "Руслан Улбашев"):
        assert "arrested" in events[name], events
