"""Group ties of round 2 of session 6: the leader of a group's cell, a membership charge
in quotes, "terror təşkilatına" / "terör örgütüne" as the group named before, "the
group." ending a sentence, a subject-less sentence inside a list entry, a correction
taking a reported membership back, and new spellings of known groups."""

from __future__ import annotations

from support import person_records


def _groups(text: str) -> dict[str, list[str]]:
    return {name: r["groups"] for name, r in person_records(text).items()}


def test_the_leader_of_a_groups_cell_is_its_member_not_his_lawyer() -> None:
    text = (
        "В Майкопе пресечена деятельность ячейки «Исламского государства»\n\n"
        "Главарь ячейки Хакуашев Руслан Адамович, 1994 года рождения, задержан. "
        "Задержан и его сообщник Аслан Тлехас, 1996 года рождения.\n\n"
        "Адвокат Марина Сергеева заявила, что обжалует арест."
    )
    groups = _groups(text)
    assert groups["Руслан Адамович Хакуашев"] == ["Исламское государство"]
    assert groups["Аслан Тлехас"] == []  # an accomplice: not said to be in the group
    assert groups["Марина Сергеева"] == []


def test_a_cell_gives_no_group_when_the_report_names_two_groups() -> None:
    text = (
        "Police broke up a cell in Antwerp on Monday, officials said. The cell was run by "
        "Yassin Amrani, 30, prosecutors said. Islamic State and al-Shabaab both praised "
        "the plot online."
    )
    assert _groups(text)["Yassin Amrani"] == []


def test_a_quoted_membership_charge() -> None:
    text = (
        "Adana'da HTŞ davası\n\n"
        'Mahkeme, Ceyhanlı Murat Demir\'e "silahlı terör örgütüne üye olmak" suçundan '
        "8 yıl hapis cezası verdi."
    )
    assert _groups(text)["Murat Demir"] == ["HTŞ"]


def test_terror_organisation_in_the_izafet_stands_for_the_group_named_before() -> None:
    az = (
        "Cəbhət ən-Nüsrə üzvləri məhkum edilib. Araşdırmalarla müəyyən edilib ki, Anar "
        "Qocayev 2013-cü ildə Suriyaya gedərək terror təşkilatına qoşulub."
    )
    assert _groups(az)["Anar Qocayev"] == ["Cəbhət ən-Nüsrə"]
    tr = "IŞİD soruşturması sürüyor. Vanlı Erkan Polat 2015'te terör örgütüne katıldı."
    assert _groups(tr)["Erkan Polat"] == ["IŞİD"]


def test_the_group_at_the_end_of_a_sentence_is_the_group_named_before() -> None:
    text = (
        "Police detain two over Jabhat al-Nusra links\n\n"
        "Police said the cell was led by Idris Bakayev, 31. Also detained was Lom-Ali "
        "Saidov, a man from Shali. Investigators said both men had sworn allegiance to "
        "the group."
    )
    groups = _groups(text)
    assert groups["Idris Bakayev"] == ["Jabhat al-Nusra"]
    assert groups["Lom-Ali Saidov"] == ["Jabhat al-Nusra"]


def test_a_sentence_with_no_subject_inside_a_list_entry_is_about_its_person() -> None:
    text = (
        "Prisoners of the valley\n\n"
        "Remember them in your prayers.\n\n"
        "1. Farrukh Aliyev (Abu Bakr al-Tajiki), 31, from Khujand. Went to Sham in 2014 "
        "and fought with Jaysh al-Muhajirin wal-Ansar. The court gave him 12 years.\n\n"
        "2. Komil Rasulov, from Kulob. He came back two years ago. Police arrested him.\n"
    )
    groups = _groups(text)
    assert groups["Farrukh Aliyev"] == ["Jaysh al-Muhajirin wal-Ansar"]
    assert groups["Komil Rasulov"] == []


def test_a_correction_takes_a_reported_membership_back() -> None:
    text = (
        "Correction\n\n"
        "An earlier report named Aslan Umarov, 33, of Argun, as a commander of Jabhat "
        "al-Nusra. The article also said that his cousin, Ruslan Umarov, had joined the "
        "group. This was wrong. Ruslan Umarov lives in Moscow."
    )
    groups = _groups(text)
    assert groups["Aslan Umarov"] == ["Jabhat al-Nusra"]
    assert groups["Ruslan Umarov"] == []


def test_new_spellings_of_known_groups() -> None:
    assert _groups("Konyalı Ali Kaya, Devlet-i İslamiye'ye 2014'te katıldı.")["Ali Kaya"]
    ktj = "Katibat Tevhid ve Cihad'ın komutanlarından Oybek Karimov, 2021'de öldü."
    assert _groups(ktj)["Oybek Karimov"] == ["Katibat Tevhid ve Cihad"]
    hts = "Reyhanlılı Can Öztürk 2016'da Hayat Tahrir el-Şam'a katıldı."
    assert _groups(hts)["Can Öztürk"] == ["Hayat Tahrir el-Şam"]


def test_one_spelling_holding_another_is_written_once() -> None:
    text = "Брат Ахмад воевал в рядах ад-Дауля. Ахмад Исаев позже вступил в Дауля."
    assert _groups(text)["Ахмад Исаев"] == ["Дауля"]


def test_one_of_a_groups_members_or_ideologues() -> None:
    tr = "Bursalı Kadir Yavuz, DEAŞ'ın önde gelen ideologlarından biriydi."
    assert _groups(tr)["Kadir Yavuz"] == ["DEAŞ"]
    az = "Şəkili Ramil Nəsirov İŞİD-in döyüşçülərindən biri idi."
    assert _groups(az)["Ramil Nəsirov"] == ["İŞİD"]
    killed = "Bursalı Kadir Yavuz, DEAŞ militanlarından biri tarafından öldürüldü."
    assert _groups(killed)["Kadir Yavuz"] == []
    village = "Bursalı Kadir Yavuz, köyün önde gelen isimlerinden biriydi."
    assert _groups(village)["Kadir Yavuz"] == []
