"""Groups of session 6c: a "who" clause about the name before it, and a counted set of
members picked out by the next sentence's "among those detained"."""

from __future__ import annotations

from support import person_records


def _groups(text: str) -> dict[str, list[str]]:
    return {name: r["groups"] for name, r in person_records(text).items()}


def test_who_clause_gives_the_group_to_the_name_it_follows() -> None:
    text = (
        "Ali Veli is the younger brother of Kazbek Tumov, who was killed in Syria in 2015 "
        "while fighting for Jabhat al-Nusra."
    )
    groups = _groups(text)
    assert groups["Kazbek Tumov"] == ["Jabhat al-Nusra"]
    assert groups["Ali Veli"] == []


def test_who_clause_with_an_age_between() -> None:
    groups = _groups("Ali Veli met Kazbek Tumov, 29, who fought for Jabhat al-Nusra in Idlib.")
    assert groups == {"Ali Veli": [], "Kazbek Tumov": ["Jabhat al-Nusra"]}


def test_russian_kotoryi_clause() -> None:
    groups = _groups("Али Велиев, брат Казбека Тумова, который воевал в рядах ИГИЛ, задержан.")
    assert groups["Казбек Тумов"] == ["ИГИЛ"]
    assert groups["Али Велиев"] == []


def test_closed_who_clause_leaves_the_claim_to_the_main_clause() -> None:
    groups = _groups("Ali Veli, who lives in Paris, said Kazbek Tumov had joined Jabhat al-Nusra.")
    assert groups == {"Ali Veli": [], "Kazbek Tumov": ["Jabhat al-Nusra"]}


def test_among_those_detained_english() -> None:
    text = (
        "Police detained five suspected members of Jabhat al-Nusra on Monday. Among those "
        "detained were Kemal Duran, 33, and his brother Yusuf Duran."
    )
    assert _groups(text) == {
        "Kemal Duran": ["Jabhat al-Nusra"],
        "Yusuf Duran": ["Jabhat al-Nusra"],
    }


def test_among_those_detained_turkish_russian_azerbaijani() -> None:
    tr = (
        "Bursa'da operasyon düzenlendi. Operasyonda terör örgütü DEAŞ'a üye oldukları "
        "değerlendirilen 4 kişi gözaltına alındı. Gözaltına alınanlar arasında Kemal Duran "
        "(33) ile kardeşi Yusuf Demir de bulunuyor."
    )
    assert _groups(tr) == {"Kemal Duran": ["DEAŞ"], "Yusuf Demir": ["DEAŞ"]}
    ru = (
        "В Махачкале задержаны трое членов ИГИЛ. "
        "Среди задержанных — Магомед Алиев и Руслан Гаджиев."
    )
    assert _groups(ru) == {"Магомед Алиев": ["ИГИЛ"], "Руслан Гаджиев": ["ИГИЛ"]}
    az = (
        "Bakıda İŞİD-in üç üzvü saxlanılıb. "
        "Saxlanılanlar arasında Orxan Əliyev və Fuad Məmmədov var."
    )
    assert _groups(az) == {"Orxan Əliyev": ["İŞİD"], "Fuad Məmmədov": ["İŞİD"]}


def test_among_list_longer_than_the_count_is_not_the_set() -> None:
    text = (
        "Police detained two suspected members of Jabhat al-Nusra on Monday. Among those "
        "detained were Kemal Duran, Yusuf Duran and Ali Veli."
    )
    assert all(g == [] for g in _groups(text).values())


def test_among_takes_no_lawyer_named_after_the_member() -> None:
    text = (
        "Police detained five suspected members of Jabhat al-Nusra on Monday. Among those "
        "detained was Kemal Duran, whose lawyer Ali Veli said he was innocent."
    )
    assert _groups(text) == {"Kemal Duran": ["Jabhat al-Nusra"], "Ali Veli": []}


def test_russian_count_with_an_adjective_before_members() -> None:
    text = (
        "В Махачкале задержаны трое предполагаемых членов ИГИЛ. "
        "Среди задержанных — Магомед Алиев и Руслан Гаджиев."
    )
    assert _groups(text) == {"Магомед Алиев": ["ИГИЛ"], "Руслан Гаджиев": ["ИГИЛ"]}
    # financing fighters is still no membership
    assert _groups("Магомед Алиев финансировал боевиков ИГИЛ.") == {"Магомед Алиев": []}
