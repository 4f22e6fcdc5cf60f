"""Groups tied to persons without the usual role cue (fictional texts), Russian first:
the detainees listed after a cell of a group's supporters, a handler "known as" X, a
person "known in" a group, "выбрал другую группировку — X", the commander of a group's
unit, a relative clause after the group, a counted set in the lead named later, a unit
of a group between the cue and the group; and groups near a person that are not theirs.
"""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _groups(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["groups"] for r in records if r["type"] == "person"}


def _has(groups: dict[str, list[str]], name: str, *wanted: str) -> bool:
    """`name` is a word of the record's name (its form may be normalised)."""
    got = [g.casefold() for key, gs in groups.items() if name in key for g in gs]
    return bool(got) and all(any(w.casefold() in g for g in got) for w in wanted)


STATED: list[tuple[str, str, list[str], str]] = [
    (
        "ru",
        "В Черкесске раскрыта ячейка сторонников террористической организации «Исламское "
        "государство».\n\nПо итогам обысков задержаны:\n— Батчаев Руслан Ахматович, 1995 г. "
        "р., житель Учкекена;\n— Эркенов Тимур Казбекович, 2000 г. р., житель Карачаевска.\n\n"
        "Оба помещены под стражу.",
        ["Батчаев", "Эркенов"],
        "Исламское государство",
    ),
    (
        "ru",
        "Марат Хубиев, житель Теберды, был задержан весной. Следствие считает, что он "
        "поддерживал связь с вербовщиком этой группировки. В ИГИЛ Хубиева знали как Абу "
        "Зубейра.",
        ["Марат Хубиев"],
        "ИГИЛ",
    ),
    (
        "ru",
        "Заур Текеев из Кисловодска выбрал другую группировку — «Джабхат ан-Нусру». В 2016 "
        "году он вернулся домой.",
        ["Заур Текеев"],
        "Нусра",
    ),
    (
        "ru",
        "Следствие установило, что Алим Гочияев в 2014 году вступил в ИГИЛ и воевал в "
        "составе отряда, которым командовал некий Абу Яхья аш-Шами.",
        ["Гочияев", "Абу Яхья"],
        "ИГИЛ",
    ),
    (
        "ru",
        "Задержанные получали указания от куратора ИГИЛ, выходца из Средней Азии, "
        "известного под прозвищем «Устаз».",
        ["Устаз"],
        "ИГИЛ",
    ),
    (
        "en",
        "Relatives say Kamran Aliyev is alive and with Hayat Tahrir al-Sham (HTS), the group "
        "in which he commands a sniper team near Idlib.",
        ["Kamran Aliyev"],
        "Hayat Tahrir al-Sham",
    ),
    (
        "en",
        "Police arrested three residents of Bradford on suspicion of recruiting fighters for "
        "Islamic State.\n\nYusuf Rahman, 31, was charged on Monday. His co-defendant, Daniel "
        "Hussain, 26, was bailed. Bilal Qureshi, 22, was released without charge.",
        ["Yusuf Rahman", "Daniel Hussain", "Bilal Qureshi"],
        "Islamic State",
    ),
    (
        "en",
        "Until 2012 Ruslan Gaziyev was with the Ingush wing of the Caucasus Emirate, "
        "police in Nazran said.",
        ["Ruslan Gaziyev"],
        "Caucasus Emirate",
    ),
    (
        "en",
        "LEEDS, 2 May (Pennine News) - A former bus driver from Keighley who spent nearly "
        "three years with Jabhat al-Nusra was jailed on Friday.\n\nHamid Sarwar, 41, had "
        "denied the charges.",
        ["Hamid Sarwar"],
        "Jabhat al-Nusra",
    ),
    (
        "en",
        "Ilyas Kerimov, a commander of Ajnad al-Kavkaz, survived the shelling. Kerimov's "
        "deputy, Zelimkhan Batayev, was hurt.",
        ["Zelimkhan Batayev"],
        "Ajnad al-Kavkaz",
    ),
    (
        "ru",
        "По словам следователя, Ахмедов встречался в Стамбуле с Жахонгиром Рахимовым, "
        "выходцем из Намангана, воевавшим в «Катибат ат-Таухид валь-Джихад».",
        ["Рахимов"],
        "Таухид",
    ),
]


@pytest.mark.parametrize(("language", "text", "names", "group"), STATED)
def test_membership_stated_without_a_role_cue(
    language: str, text: str, names: list[str], group: str
) -> None:
    groups = _groups(text, language)
    for name in names:
        assert _has(groups, name, group), (name, groups)


NOT_THEIRS: list[tuple[str, str, str]] = [
    # a counted set whose names come later, but not as the entries of the list
    (
        "en",
        "Two men from Leeds were jailed for trying to join al-Shabaab.\n\nThe judge, Sarah "
        "Whitfield, said the case was grave. Their lawyer, Omar Siddiqui, will appeal.",
        "Sarah Whitfield",
    ),
    # a relative clause about someone else's group
    (
        "en",
        "Ilyas Dudayev said he never met anyone from Ahrar al-Sham, the group for which his "
        "neighbour fought.",
        "Ilyas Dudayev",
    ),
    # a participle's group is not the subject's
    (
        "ru",
        "Ахмедов Рустам познакомился в Стамбуле с Жахонгиром Рахимовым, выходцем из "
        "Намангана, воевавшим в «Катибат ат-Таухид валь-Джихад».",
        "Рустам Ахмедов",
    ),
    # fighting against a group, a group only linked to another
    (
        "ru",
        "Тимур Асхабов воевал в Ракке в рядах курдских отрядов против ИГИЛ.",
        "Тимур Асхабов",
    ),
    (
        "en",
        "A Cardiff man who spent two years with an al-Qaeda-linked faction in Idlib was "
        "jailed.\n\nOwen Pritchard, 30, pleaded guilty.",
        "Owen Pritchard",
    ),
    # a list of detainees with no cell of a group before it
    (
        "ru",
        "В Нальчике полиция провела рейд на рынке.\n\nЗадержаны:\n— Кумыков Азамат "
        "Борисович;\n— Шхагапсоев Артур Лионович.\n\nИГИЛ в тексте упомянут только здесь.",
        "Кумыков Азамат Борисович",
    ),
]


@pytest.mark.parametrize(("language", "text", "name"), NOT_THEIRS)
def test_no_group_for_a_person_merely_near_it(language: str, text: str, name: str) -> None:
    groups = _groups(text, language)
    assert groups.get(name, []) == [], groups
