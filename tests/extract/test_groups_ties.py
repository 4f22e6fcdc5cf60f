"""Ties to a group that courts and profiles state without "member": a recorded pledge of
allegiance, training at a group's camp, money or support provided to it, a unit of the
group ("DEAŞ'ın güvenlik biriminde görev aldı", a glossed unit name), work done in the
group's name ("X adına eleman gönderdi"); and what stays no tie."""

from __future__ import annotations

from support import person_records


def _groups(text: str) -> dict[str, list[str]]:
    return {name: r["groups"] for name, r in person_records(text).items()}


def test_a_pledge_training_and_support_tie_a_person_to_the_group() -> None:
    text = (
        "Yusuf Hirsi recorded a video pledge of allegiance to ISIS in 2019. "
        "In 2020 Abdi Nuur received weapons training at an al-Shabaab camp near Jilib. "
        "Hamza Osman, Faisal Aden and Idris Omar agreed to provide money and personnel to "
        "al-Shabaab."
    )
    groups = _groups(text)
    assert groups["Yusuf Hirsi"] == ["ISIS"]
    assert groups["Abdi Nuur"] == ["al-Shabaab"]
    for name in ("Hamza Osman", "Faisal Aden", "Idris Omar"):
        assert groups[name] == ["al-Shabaab"], name


def test_money_given_to_a_person_is_no_tie_to_his_group() -> None:
    text = "Police said Karim Sadiqov gave money to his brother, who fought for ISIS."
    assert _groups(text)["Karim Sadiqov"] == []


def test_a_unit_of_the_group_and_a_glossed_unit_name() -> None:
    text = (
        "İddianameye göre Kemal Ateş 2014'te Suriye'ye geçti ve Rakka'da DEAŞ'ın güvenlik "
        "biriminde görev aldı. Terör örgütü DEAŞ'ın Suriye'deki \"emni\" (istihbarat) "
        "biriminde görev yaptığı belirlenen Oğuzhan Tekin hakkında dava açıldı."
    )
    groups = _groups(text)
    assert groups["Kemal Ateş"] == ["DEAŞ"]
    assert groups["Oğuzhan Tekin"] == ["DEAŞ"]


def test_work_done_in_a_groups_name() -> None:
    text = (
        "Savcılığa göre Memet Ablimit'in Türkistan İslam Partisi adına Suriye'ye eleman "
        "gönderdiği iddia edildi. Elşad Rəhimov İŞİD adına pul toplayıb."
    )
    groups = _groups(text)
    assert groups["Memet Ablimit"] == ["Türkistan İslam Partisi"]
    assert groups["Elşad Rəhimov"] == ["İŞİD"]


def test_membership_named_as_a_noun_and_an_acquittal_of_it() -> None:
    text = (
        "Elçin Məmmədli 2018-ci ildə İŞİD-ə üzvlüyə görə 15 il azadlıqdan məhrum edilib. "
        "Ruslan Guliyev was convicted of membership of ISIS. "
        "Kamal Aliyev was acquitted of membership of ISIS. "
        "Салман Ибрагимов осуждён за членство в ИГИЛ."
    )
    groups = _groups(text)
    assert groups["Elçin Məmmədli"] == ["İŞİD"]
    assert groups["Ruslan Guliyev"] == ["ISIS"]
    assert groups["Kamal Aliyev"] == []
    assert groups["Салман Ибрагимов"] == ["ИГИЛ"]


def test_a_spelling_of_junud_al_sham_in_azerbaijani() -> None:
    text = 'Nurlan Səfərov 2015-ci ildə "Cund əş-Şam" qrupunda döyüşüb.'
    assert _groups(text)["Nurlan Səfərov"] == ["Cund əş-Şam"]


def test_a_companion_by_a_suffixed_name_and_the_one_who_went_with_him() -> None:
    text = (
        "3. Səbinə Həsənova, 1991-ci il təvəllüdlü, Ağsu rayonu. 2014-cü ildə əri Ramazla "
        "birlikdə İŞİD-ə qoşulmaq üçün Suriyaya gedib."
    )
    groups = _groups(text)
    assert groups["Səbinə Həsənova"] == ["İŞİD"]
    assert groups["Ramaz"] == ["İŞİD"]


def test_a_lede_mans_group_goes_to_the_man_named_next() -> None:
    text = (
        "Funeral prayer in Luton\n\n"
        "The family of a Luton man killed while fighting for Islamic State in Syria held a "
        "funeral prayer for him on Friday.\n\n"
        "Adeel Rashid Khan, 23, was killed in an air strike near Mayadin, his family said."
    )
    assert _groups(text)["Adeel Rashid Khan"] == ["Islamic State"]
    speaker = (
        "The family of a Luton man killed while fighting for Islamic State held a prayer. "
        "Imam Tariq Mahmood said the community grieved."
    )
    assert _groups(speaker).get("Tariq Mahmood", []) == []


def test_recruiting_for_the_group_and_members_counted_before_a_list() -> None:
    text = (
        "DEAŞ soruşturması. Savcılığa göre Okan Yavuz'un Konya'da örgüte eleman temin "
        'ettiği belirlendi. Emniyet Müdürü Kerem Tunç, "örgüte eleman kazandırmaya '
        'çalışan hiçbir yapıya göz yummayacağız" dedi.'
    )
    groups = _groups(text)
    assert groups["Okan Yavuz"] == ["DEAŞ"]
    assert groups["Kerem Tunç"] == []
    notice = (
        "Posted: 2 March 2019\n\n"
        "We announce that several brothers of Ajnad al-Kavkaz have reached what they went "
        "out for.\n\n"
        "1. Abu Hamza al-Shishani (Islam Gaziev), 29, from Shali.\n\n"
        "2. Abu Umar al-Ingushi — brother Timur Tsechoev from Karabulak.\n"
    )
    groups = _groups(notice)
    assert groups["Islam Gaziev"] == ["Ajnad al-Kavkaz"]
    assert groups["Timur Tsechoev"] == ["Ajnad al-Kavkaz"]
