"""Groups tied to persons in Turkish and Azerbaijani (fictional texts): a list of
defendants or suspects sharing one charge, whose comma list opens in an earlier clause;
a pair in the genitive before a nominalised verb; participation in a group in the
locative ("X-də iştirak", "X-də fəaliyyət göstərib"); and the guards: the official who
speaks about the list, a fight against the group, a denial, a mother who reports.
"""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _groups(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["groups"] for r in records if r["type"] == "person"}


def _of(groups: dict[str, list[str]], name: str) -> list[str]:
    """The groups of the record whose name holds `name` (its form may be normalised)."""
    return [g for key, gs in groups.items() if name in key for g in gs]


LISTS: list[tuple[str, str, list[str], str]] = [
    (
        "tr",
        "Gaziantep'te yakalanan Levent Karaçam, Bülent Oruçoğlu ve Ferhat Sazak hakkında "
        '"silahlı terör örgütü DEAŞ\'a üye olmak" suçundan dava açıldı.',
        ["Karaçam", "Oruçoğlu", "Sazak"],
        "DEAŞ",
    ),
    (
        "tr",
        "Şüpheliler Hakan Uysal, Orhan Demirel ve Sinan Avcı, Kilis üzerinden HTŞ'ye katıldı.",
        ["Uysal", "Demirel", "Avcı"],
        "HTŞ",
    ),
    (
        "az",
        "Təqsirləndirilən şəxslər Elnur Tağıyev, Pərviz Nəbili və Samir Kərimli 2014-cü "
        "ildə Suriyaya gedərək İŞİD-ə qoşulublar.",
        ["Tağıyev", "Nəbil", "Kərimli"],
        "İŞİD",
    ),
    (
        "az",
        "Ramiz Bağırlı, Şahin Novruzlu və Emil Cəfərzadə terror təşkilatı İŞİD-də "
        "iştirakda ittiham olunurlar.",
        ["Bağırlı", "Novruzlu", "Cəfərzadə"],
        "İŞİD",
    ),
    (
        "tr",
        "Savcılık, Ramazan Kuş ve Adem Gök'ün 2015'te DEAŞ'a katıldığını belirtti.",
        ["Kuş", "Gök"],
        "DEAŞ",
    ),
    (
        "az",
        "İstintaq müəyyən edib ki, Rauf Şirinov və Tərlan Abbasovun İŞİD-ə qoşulduğu "
        "sübuta yetirilib.",
        ["Şirinov", "Abbasov"],
        "İŞİD",
    ),
    (
        "az",
        "Ceyhun Məlikov Suriyada Cəbhət ən-Nüsrədə fəaliyyət göstərib.",
        ["Məlikov"],
        "Nüsrə",
    ),
]


@pytest.mark.parametrize(("language", "text", "names", "group"), LISTS)
def test_each_listed_person_gets_the_group(
    language: str, text: str, names: list[str], group: str
) -> None:
    groups = _groups(text, language)
    for name in names:
        assert any(group.casefold() in g.casefold() for g in _of(groups, name)), (name, groups)


GUARDS: list[tuple[str, str, str]] = [
    ("tr", "Savcı Yılmaz Uçar, Ramazan Kuş ve Adem Gök'ün DEAŞ'a katıldığını açıkladı.", "Uçar"),
    (
        "tr",
        "DEAŞ'a karşı savaşan Hakan Uysal, Orhan Demirel ve Sinan Avcı ödüllendirildi.",
        "Uysal",
    ),
    ("az", "Vaqif Süleymanlı 2015-ci ildə İŞİD-ə qarşı döyüşlərdə iştirak edib.", "Süleymanlı"),
    (
        "az",
        "Ceyhun Məlikov İŞİD-in Rəqqədəki məhkəməsində iştirak edən hakim Əli Nəsirovu tanıyıb.",
        "Məlikov",
    ),
    (
        "tr",
        "Avukat Elif Kaya, müvekkilleri Hakan Uysal ve Orhan Demirel'in DEAŞ'a katılmadığını "
        "söyledi.",
        "Demirel",
    ),
    ("az", "Anası Səbinə Hüseynova bildirib ki, oğlu Vüqar İŞİD-ə qoşulub.", "Hüseynova"),
]


@pytest.mark.parametrize(("language", "text", "name"), GUARDS)
def test_no_group_for_a_speaker_an_opponent_or_a_denial(
    language: str, text: str, name: str
) -> None:
    groups = _groups(text, language)
    assert _of(groups, name) == [], groups


def test_counted_suspects_named_in_the_entries_after() -> None:
    text = (
        "Operasyonda DEAŞ'a üye oldukları belirlenen 3 şüpheli gözaltına alındı.\n\n"
        "Jasur Karimov (29), Anvar Rahmonov (33) ve Oğuz Başaran (41) tutuklandı."
    )
    groups = _groups(text, "tr")
    for name in ("Karimov", "Rahmonov", "Başaran"):
        assert _of(groups, name) == ["DEAŞ"], groups


def test_a_wanted_list_of_names_taken_from_a_group() -> None:
    text = (
        "İçişleri Bakanlığı, aranan teröristler listesine terör örgütü DEAŞ'tan 3 yeni isim "
        "ekledi. Listeye eklenen isimler şöyle:\n\n"
        "Turuncu kategori: 1989 doğumlu, Sivaslı Murat Eryılmaz. Eryılmaz'ın 2015'te "
        "Suriye'ye geçtiği belirtiliyor.\n\n"
        "Gri kategori: Samsun'un Bafra ilçesinden Taylan Gürsoy (1994 doğumlu) ve \"Kara "
        'Ali" lakaplı Erkan Kızıltepe (1991 doğumlu).\n\n'
        "Eski emniyet müdürü Cengiz Aksoy, listenin önemli olduğunu söyledi."
    )
    groups = _groups(text, "tr")
    for name in ("Eryılmaz", "Gürsoy", "Kızıltepe"):
        assert _of(groups, name) == ["DEAŞ"], groups
    assert _of(groups, "Aksoy") == []


@pytest.mark.parametrize(
    ("language", "text", "member", "speaker", "group"),
    [
        (
            "tr",
            "Tarık Bozdemir'in annesi Hatice Bozdemir, oğlunun HTŞ'ye katıldığını 2018'de "
            "öğrendiğini anlattı.",
            "Tarık",
            "Hatice",
            "HTŞ",
        ),
        (
            "az",
            "Elçin Rəsulovun atası Arif Rəsulov bildirib ki, oğlunun İŞİD-ə qoşulduğunu "
            "televiziyadan öyrənib.",
            "Elçin",
            "Arif",
            "İŞİD",
        ),
    ],
)
def test_the_relative_who_reports_names_the_member(
    language: str, text: str, member: str, speaker: str, group: str
) -> None:
    groups = _groups(text, language)
    assert _of(groups, member) == [group], groups
    assert _of(groups, speaker) == [], groups


def test_a_lawyer_is_not_the_owner_of_the_son() -> None:
    groups = _groups(
        "Tarık Bozdemir'in avukatı Hatice Bozdemir, oğlunun HTŞ'ye katıldığını söyledi.", "tr"
    )
    assert _of(groups, "Tarık") == [] and _of(groups, "Hatice") == [], groups


def test_killed_by_the_groups_men_is_no_member() -> None:
    groups = _groups("DEAŞ'lı teröristlerce öldürülen Kemal Sarp toprağa verildi.", "tr")
    assert _of(groups, "Sarp") == [], groups
    groups = _groups("DEAŞ'lı terörist Ahmet Kaya Urfa'da yakalandı.", "tr")
    assert _of(groups, "Kaya") == ["DEAŞ"], groups


def test_the_companion_of_a_subjectless_timeline_entry() -> None:
    text = (
        "Hollanda'da yargılanan Pieter Jansen, Suriye'ye giden ilk Avrupalı mühtedilerden "
        "biri. Dava dosyasından derlediğimiz kronoloji:\n"
        "Nisan 2013 — Utrecht'ten arkadaşı Karim Bouzid ile birlikte Suriye'ye gitti. İkili "
        "önce Ahrar eş-Şam'a katıldı.\n"
    )
    groups = _groups(text, "tr")
    assert _of(groups, "Jansen") == ["Ahrar eş-Şam"], groups
    assert _of(groups, "Bouzid") == ["Ahrar eş-Şam"], groups


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("tr", "Rüstem Karaca, DEAŞ'ın Halep'teki çatışmalarına katıldı.", ["DEAŞ"]),
        (
            "tr",
            "DEAŞ'a yönelik soruşturmada, Rüstem Karaca'nın örgütün Musul'daki "
            "çatışmalarına katıldığı anlaşıldı.",
            ["DEAŞ"],
        ),
        ("az", "Rüstəm Qarayev İŞİD-in Rəqqədəki döyüşlərində iştirak edib.", ["İŞİD"]),
        ("tr", "Rüstem Karaca, DEAŞ ile çatışmalara katıldı.", []),
        ("az", "Rüstəm Qarayev İŞİD-lə döyüşlərdə iştirak edib.", []),
        ("tr", "Rüstem Karaca, DEAŞ'ın saldırılarına karşı savaştı.", []),
    ],
)
def test_the_groups_own_fighting_not_fighting_with_it(
    language: str, text: str, wanted: list[str]
) -> None:
    groups = _groups(text, language)
    assert _of(groups, "Karaca" if language == "tr" else "Qarayev") == wanted, groups
