"""Descriptions that stand for persons named before: "the widow", "the men", "all
three", "все трое", "hər üçü", "üçü de" (fictional people)."""

from __future__ import annotations

from ffdb.extract.document import analyse
from support import events_by_name, person_records


def _described(text: str) -> dict[str, list[str]]:
    """Each description the context resolved, with the names it stands for."""
    ctx = analyse(text).ctx
    names = {n.person: n.text for n in ctx.names}
    return {
        text[p.start : p.end]: [names[person] for person in p.persons]
        for p in ctx.pronouns
        if p.persons and text[p.start].isupper() and " " in text[p.start : p.end]
    }


def test_the_widow_is_the_woman_named_before_not_her_husband() -> None:
    text = (
        "Astana, 4 May 2024\n\n"
        "Aigul Serikova, 33, left for Syria in 2014 to join her husband, Daniyar Serikov. He "
        "was killed in Baghuz in 2019. The widow was detained in al-Hol in March 2019, the "
        "committee said.\n"
    )
    events = events_by_name(text)
    assert events["Aigul Serikova"].get("detained") == "2019-03", events
    assert "detained" not in events["Daniyar Serikov"]


def test_the_woman_never_stands_for_a_man() -> None:
    text = (
        "Astana, 4 May 2024\n\n"
        "Daniyar Serikov, 33, went to Syria in 2014. The woman was detained in al-Hol in "
        "March 2019, the committee said.\n"
    )
    assert "detained" not in events_by_name(text)["Daniyar Serikov"]


def test_the_men_are_the_men_listed_before() -> None:
    text = (
        "Almaty, 4 May 2024\n\n"
        "Prosecutors said Arman Tulegenov and Yerlan Sadykov fought for the Islamic State. "
        "The men were flown back to Kazakhstan in May 2019.\n"
    )
    events = events_by_name(text)
    for name in ("Arman Tulegenov", "Yerlan Sadykov"):
        assert events[name].get("returned") == "2019-05", (name, events)


def test_uecue_de_counts_the_three_named_before() -> None:
    text = (
        "Hatay, 3 Nisan 2024\n\n"
        "İddianameye göre Murat Kılıç, Emre Soylu ve Burak Tandoğan 2014'te Suriye'ye "
        "geçti. Üçü de Heyet Tahrir eş-Şam'a katıldı. Üçü de 2019'da Kilis'te gözaltına "
        "alındı.\n"
    )
    records = person_records(text)
    for name in ("Murat Kılıç", "Emre Soylu", "Burak Tandoğan"):
        assert "Heyet Tahrir eş-Şam" in records[name]["groups"], (name, records[name])
        statuses = {e["status"] for e in records[name]["events"]}
        assert "detained" in statuses, (name, records[name])


def test_counted_descriptions_in_each_language() -> None:
    texts = {
        "All three": (
            "Almaty, 4 May 2024\n\nPolice named Arman Tulegenov, Yerlan Sadykov and Nurlan "
            "Bekov. All three left for Syria in 2014.\n"
        ),
        "Все трое": (
            "Нальчик, 5 июня 2023 года\n\nСуд назвал имена Ислама Хамурзова, Алима "
            "Кунашева и Тимура Бжедугова. Все трое выехали в Сирию в 2014 году.\n"
        ),
        "Hər üçü": (
            "Bakı, 5 mart 2024\n\nNamiq Qənbərov, Elvin Hüseynli və Ceyhun Əfəndiyev 2014-cü "
            "ildə Suriyaya gediblər. Hər üçü orada İŞİD-ə qoşulub.\n"
        ),
    }
    for description, text in texts.items():
        assert len(_described(text).get(description, [])) == 3, (description, _described(text))


def test_a_count_that_is_not_the_number_named_stands_for_nobody() -> None:
    text = (
        "Almaty, 4 May 2024\n\nPolice named Arman Tulegenov, Yerlan Sadykov, Nurlan Bekov "
        "and Daulet Omarov. All three left for Syria in 2014.\n"
    )
    assert "All three" not in _described(text)


def test_a_description_with_a_name_in_apposition_or_an_owner_is_left_alone() -> None:
    text = (
        "Almaty, 4 May 2024\n\nArman Tulegenov and Yerlan Sadykov left in 2014. The men's "
        "families stayed. All four years of it were hard, said Aigul Serikova. The woman, "
        "Dana Bekova, was detained in 2019.\n"
    )
    described = _described(text)
    assert not {"The men", "All four", "The woman"} & set(described), described
