"""How far the group candidates reach (`pair_groups.py`): a common noun for a group named
before ("the katiba", "Birliğin emiri", "группировка", "qruplaşma"), a set of four or five
("Dördü də", "пятеро"), the entries of a list the group's sentence leads in, and a group
named only as what a channel is close to when the text names no other."""

from __future__ import annotations

import pytest

from ffdb.extract.document import analyse
from support import group_candidates

_FILLER: dict[str, str] = {
    "en": "The war went on. The town was shelled for weeks. Many families left. ",
    "ru": "Война продолжалась. Город обстреливали неделями. Многие семьи уехали. ",
    "az": "Müharibə davam edirdi. Şəhər həftələrlə atəşə tutulurdu. Çox ailə köçdü. ",
    "tr": "Savaş sürüyordu. Kasaba haftalarca bombalandı. Pek çok aile göç etti. ",
}

# The group named once, then, four sentences on, by a common noun beside the man.
ANAPHORS = {
    "en": (
        "Katibat Imam al-Bukhari was formed in northern Syria in 2013. Jabhat al-Nusra "
        "fought nearby. " + _FILLER["en"] + "Sardor Rakhimov became the katiba's emir in 2016.",
        "Sardor Rakhimov",
    ),
    "ru": (
        "«Джейш аль-Мухаджирин валь-Ансар» появилась в Сирии в 2013 году. Рядом воевала "
        "«Джебхат ан-Нусра». " + _FILLER["ru"] + "Тимур Алиев стал эмиром группировки в 2016 году.",
        "Тимур Алиев",
    ),
    "az": (
        "Cəbhət ən-Nüsrə 2012-ci ildə Suriyada yaranıb. Yaxınlıqda İŞİD də döyüşürdü. "
        + _FILLER["az"]
        + "Elnur Qasımov 2016-cı ildə qruplaşmanın əmiri olub.",
        "Elnur Qasımov",
    ),
    "tr": (
        "Katibat İmam el-Buhari 2013 yılında Suriye'de kuruldu. Yakınlarda DEAŞ da "
        "savaşıyordu. " + _FILLER["tr"] + "Ahmet Yılmaz 2016 yılında birliğin emiri oldu.",
        "Ahmet Yılmaz",
    ),
}


@pytest.mark.parametrize("language", sorted(ANAPHORS))
def test_a_common_noun_for_a_group_named_before(language: str) -> None:
    text, person = ANAPHORS[language]
    candidates = group_candidates(text, language)
    near = [c for c in candidates.get(person, []) if "g_anaphor" in c.features]
    assert len(near) == 1
    assert near[0].features.get("d_far", 0.0) == 0.0  # the noun meets him, not the name
    first = analyse(text, language=language).ctx.groups[0]
    assert near[0].extra["group_id"] == first.group_id  # the group the text names first


def test_a_common_noun_stands_for_the_group_named_just_before() -> None:
    text = (
        "Katibat Imam al-Bukhari was formed in 2013. "
        + _FILLER["en"]
        + "Jabhat al-Nusra took the town. Sardor Rakhimov joined the group in 2016."
    )
    ties = {c.value: c.features for c in group_candidates(text, "en").get("Sardor Rakhimov", [])}
    assert "g_anaphor" not in ties.get("Katibat Imam al-Bukhari", {})


@pytest.mark.parametrize(
    ("text", "language", "members"),
    [
        (
            "Qusar sakinləri Fərid Abdullayev, Rövşən Qasımov, Vüsal Həsənov və Taleh "
            "Rəhimov 2014-cü ildə getdilər. Dördü də İŞİD-ə beyət edib.",
            "az",
            ["Fərid Abdullayev", "Rövşən Qasımov", "Vüsal Həsənov", "Taleh Rəhimov"],
        ),
        (
            "Из Хасавюрта уехали Тимур Алиев, Руслан Гаджиев, Иса Магомедов, Ахмед "
            "Дадаев и Шамиль Абдулаев. Все пятеро воевали в рядах «Исламского государства».",
            "ru",
            ["Тимур Алиев", "Руслан Гаджиев", "Иса Магомедов", "Ахмед Дадаев", "Шамиль Абдулаев"],
        ),
    ],
)
def test_a_set_of_four_or_five(text: str, language: str, members: list[str]) -> None:
    found = analyse(text, language=language)
    names = {n.person: n.text for n in reversed(found.ctx.names)}
    ruled = {names[f.person] for f in found.facts if f.prop == "group"}
    candidates = group_candidates(text, language)
    for member in members:
        proposed = any("set_member" in c.features for c in candidates.get(member, []))
        assert member in ruled or proposed, member


def test_the_entries_of_a_list_the_groups_sentence_leads_in() -> None:
    text = (
        "The ministry published the names of four men it says fight for the Islamic State "
        "in Syria. The list includes:\n"
        "- Artur Shogenov, 29, a native of Nalchik;\n"
        "- Azamat Kodzokov, 33, of Baksan;\n"
        "- Ruslan Ulbashev, 27, from Tyrnyauz.\n\n"
        "A spokesman, Oleg Bzhikhatlov, said the list was drawn up in July."
    )
    found = analyse(text, language="en")
    names = {n.person: n.text for n in reversed(found.ctx.names)}
    ruled = {names[f.person] for f in found.facts if f.prop == "group"}
    candidates = group_candidates(text, "en")
    for person in ("Artur Shogenov", "Azamat Kodzokov", "Ruslan Ulbashev"):
        listed = [c for c in candidates.get(person, []) if "list_of_group" in c.features]
        assert person in ruled or listed, person  # tied by the rules, or proposed
    spokesman = candidates.get("Oleg Bzhikhatlov", [])
    assert not any("p_list_item" in c.features for c in spokesman)


def test_a_channel_close_to_the_only_group_named() -> None:
    text = (
        "İŞİD-ə yaxın Telegram kanalı dünən iki azərbaycanlının öldüyünü elan edib. "
        "Kanalın yaydığı məlumata görə, Samir Abbasov və Tofiq Rüstəmov Rəqqədə ölüblər."
    )
    candidates = group_candidates(text, "az")
    for person in ("Samir Abbasov", "Tofiq Rüstəmov"):
        assert candidates[person][0].features["g_close_only"] == 1.0


def test_no_tie_to_a_group_a_channel_is_close_to_beside_another() -> None:
    text = (
        "HTŞ'ye yakın kanallar dün bir haber yayımladı. Habere göre Ahmet Yılmaz 2015 "
        "yılında DEAŞ'a katıldı ve Rakka'da öldü."
    )
    candidates = group_candidates(text, "tr")
    values = {c.value for c in candidates.get("Ahmet Yılmaz", [])}
    assert not any("HTŞ" in v or "Heyet" in v for v in values)
