"""Groups as fresh text words them (fictional texts): a civil office's holder tells of
the group's men and is none of them ("Emniyet sözcüsü X", "correspondent X"); "Üçünün
de X'e bağlı ...", "hər üçünün" count the persons named before; "qrupun digər üzvü X";
"X və daha sonra Y sıralarında" gives both; "A and B Brandt, who ... joined the group"
gives both; "sentenced for membership of X, and B" is the first's; "A served in the
same unit as B" gives B A's group; "the terrorist organisation" after the SDF is not
the SDF; spellings a gazetteer lacked ("Cund əl-Aqsa", "İmam Buhari Taburu")."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _groups(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["groups"] for r in records if r["type"] == "person"}


OFFICES: list[tuple[str, str, str, str]] = [
    (
        "tr",
        "Samsun Emniyet Müdürlüğü sözcüsü Kemal Arıkan, dün DEAŞ'a eleman temin ettiği "
        "değerlendirilen iki kişinin gözaltına alındığını açıkladı. Şüphelilerden Yunus "
        "Demirtaş'ın 2016'da DEAŞ'a katıldığı belirtildi.",
        "Kemal Arıkan",
        "Yunus Demirtaş",
    ),
    (
        "az",
        "Daxili İşlər Nazirliyinin mətbuat xidmətinin rəisi Nurlan Əsgərli bildirib ki, "
        '"Əcnad əl-Qafqaz" qrupu ilə əlaqəli iki şəxs saxlanılıb. Saxlanılanlardan Rauf '
        "Mehdiyev 2015-ci ildə Əcnad əl-Qafqaz sıralarında döyüşüb.",
        "Nurlan Əsgərli",
        "Rauf Mehdiyev",
    ),
    (
        "en",
        "Our security correspondent Laura Pennington is at the airport. The man, Karim "
        "Bouzid, who fought for the Islamic State group, landed this afternoon.",
        "Laura Pennington",
        "Karim Bouzid",
    ),
    (
        "ru",
        "Пресс-секретарь МВД Ольга Седова сообщила, что Руслан Мамаев, воевавший в рядах "
        "«Исламского государства», задержан в Махачкале.",
        "Ольга Седова",
        "Руслан Мамаев",
    ),
]


@pytest.mark.parametrize(("language", "text", "official", "member"), OFFICES)
def test_a_civil_office_holder_gets_no_group(
    language: str, text: str, official: str, member: str
) -> None:
    groups = _groups(text, language)
    assert groups[official] == []
    assert groups[member]


def test_a_group_office_is_no_civil_office() -> None:
    text = "İŞİD-in sözçüsü Əbu Həmzə əl-Azəri Rəqqədə öldürülüb. Onun adı Kamil Nəbiyev idi."
    assert any("İŞİD" in g for g in _groups(text, "az").get("Əbu Həmzə əl-Azəri", ["İŞİD"]))


def test_three_named_apart_then_all_three_in_turkish() -> None:
    text = (
        "Gözlem ekibimize göre ilk isim, Nazran'dan 24 yaşındaki Ruslan Barakov. "
        "İkinci isim ise Konya Ereğlili Mustafa Tezcan (22). "
        "Üçüncü isim Zelimhan Mamişvili hakkında bilgi bulunmuyor. "
        "Üçünün de Ceyş el-Muhacirin vel-Ensar'a bağlı bir bölükte savaştığı belirtiliyor."
    )
    groups = _groups(text, "tr")
    for name in ("Ruslan Barakov", "Mustafa Tezcan", "Zelimhan Mamişvili"):
        assert any("Muhacirin" in g for g in groups[name]), name


def test_another_member_of_the_group_in_azerbaijani() -> None:
    text = (
        'Qusar rayonunda "Əcnad əl-Qafqaz" qrupu ilə əlaqəli iki şəxs saxlanılıb. '
        "Saxlanılanlar barədə məlumat verilməyib. Axtarış davam edir. Evlərdə kitablar "
        "tapılıb. Cinayət işi başlanıb. İstintaq davam edir. Polis məlumat yayıb. "
        "Valideynlər narahatdır. Rəis bildirib ki, qrupun digər üzvü Azad Xəlilov "
        "axtarışdadır."
    )
    assert _groups(text, "az")["Azad Xəlilov"] == ["Əcnad əl-Qafqaz"]


def test_two_groups_in_turn_with_and_then() -> None:
    text = 'Lənkəran sakini Qəzənfər Mirzəyev "Cund əl-Aqsa" və daha sonra HTŞ sıralarında döyüşüb.'
    groups = _groups(text, "az")["Qəzənfər Mirzəyev"]
    assert any("Aqsa" in g for g in groups)
    assert "HTŞ" in groups


def test_brothers_sharing_a_surname_before_who() -> None:
    text = (
        "The money went to two brothers from Bremen, Jonas and Elias Kramer, who travelled "
        "to Syria in 2014 and joined the Islamic State. Jonas Kramer was killed in 2017."
    )
    groups = _groups(text, "en")
    assert groups["Jonas Kramer"] == ["Islamic State"]
    assert groups["Elias Kramer"] == ["Islamic State"]


def test_membership_is_the_first_of_two_convicts() -> None:
    text = (
        "Among them are Jamal Rahman of Luton, sentenced in 2019 to eight years for "
        "membership of Islamic State, and Daniel Oduya, a convert from Cardiff, who was "
        "sentenced last year to eleven years."
    )
    groups = _groups(text, "en")
    assert groups["Jamal Rahman"] == ["Islamic State"]
    assert groups["Daniel Oduya"] == []


def test_the_same_unit_as_a_man_whose_group_is_known() -> None:
    text = (
        "Baku court sentences Rashad Aliyev, 38, to 11 years for fighting with Islamic "
        'State. Court heard Aliyev went by the kunya "Abu Aisha" and served in the same '
        "unit as Qusar-born Elvin Mammadov, killed near Deir ez-Zor in 2015."
    )
    assert _groups(text, "en")["Elvin Mammadov"] == ["Islamic State"]


def test_the_terrorist_organisation_is_not_the_captors() -> None:
    text = (
        "12 Mart 2014 – Umar Dadayev Suriye'ye geçerek IŞİD'e katılır.\n\n"
        "3 Mart 2019 – Elif Dadayev Bağuz'da SDG'ye teslim olur.\n\n"
        "27 Ocak 2021 – Mahkeme, Elif Dadayev'i terör örgütüne üyelikten 2 yıl hapis "
        "cezasına çarptırır."
    )
    groups = _groups(text, "tr")["Elif Dadayev"]
    assert groups and not any("SDG" in g for g in groups)


@pytest.mark.parametrize(
    ("language", "text", "name", "wanted"),
    [
        (
            "tr",
            "Ulugbek Karimov, 2015'te Suriye'ye geçerek İmam Buhari Taburu'na katıldı.",
            "Ulugbek Karimov",
            "Buhari",
        ),
        (
            "tr",
            "Murat Yalçın 2014'te Cündü'l-Aksa saflarında savaştı.",
            "Murat Yalçın",
            "Aksa",
        ),
        (
            "en",
            "He was Farrukh Nazirov. Nazirov later defected to the Bukhari battalion.",
            "Farrukh Nazirov",
            "Bukhari",
        ),
    ],
)
def test_spellings_the_gazetteer_lacked(language: str, text: str, name: str, wanted: str) -> None:
    assert any(wanted in g for g in _groups(text, language)[name])


def test_a_denial_with_an_aside_gives_no_group() -> None:
    text = (
        "Timur Kodzaev fought with Islamic State in Raqqa. The article gave his wife's name "
        "as Zalina Kodzaeva. She was not, as stated, a member of Islamic State."
    )
    groups = _groups(text, "en")
    assert groups["Timur Kodzaev"] == ["Islamic State"]
    assert groups["Zalina Kodzaeva"] == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "tr",
            "Kırıkkaleli Tolga Yavuz'un adı da davada geçti. Yavuz 2015'te öldü.\n\n"
            "Konya'da son üç yılda DEAŞ üyeliğinden 60'tan fazla kişi hakkında dava açıldı.",
            "Tolga Yavuz",
        ),
        (
            "en",
            "The court also heard the name of Tolga Yilmaz, who died in 2015.\n\n"
            "In the past three years more than 60 people have been charged with membership "
            "of Islamic State.",
            "Tolga Yilmaz",
        ),
    ],
)
def test_a_figure_of_nameless_persons_is_nobodys_group(language: str, text: str, name: str) -> None:
    assert _groups(text, language)[name] == []
