"""Names in an Azerbaijani patronymic's case, and relatives named by the given name after
a pronoun (round 3 of session 6; fictional people)."""

from __future__ import annotations

from support import person_records


def test_patronymic_in_the_dative_ends_the_name() -> None:
    records = person_records(
        "Şəki rayon sakini Əliyev Kamran Nadir oğluna 7 il həbs cəzası təyin edilib. "
        "Əliyev son sözündə peşman olduğunu bildirib.",
        published="2022-03-01",
    )
    assert "Kamran Nadir oğlu Əliyev" in records
    assert records["Kamran Nadir oğlu Əliyev"]["aliases"] == [
        "Kamran Əliyev",
        "Əliyev Kamran Nadir oğlu",
    ]


def test_womans_patronymic_in_the_genitive_ends_the_name() -> None:
    records = person_records(
        "Gəncə şəhər sakini Hüseynova Lalə Rauf qızının terrorçuluğu maliyyələşdirdiyi "
        "müəyyən edilib. Məhkəmə Hüseynova L.R. barəsində həbs qətimkan tədbiri seçib.",
        published="2022-03-01",
    )
    assert "Lalə Rauf qızı Hüseynova" in records
    assert records["Lalə Rauf qızı Hüseynova"]["aliases"] == [
        "Lalə Hüseynova",
        "Hüseynova Lalə Rauf qızı",
    ]
    assert [name for name in records if "Rauf" in name] == ["Lalə Rauf qızı Hüseynova"]


def test_nominative_patronymic_still_read() -> None:
    records = person_records(
        "Bakı sakini Nəbiyev Tural Elşən oğlu saxlanılıb.", published="2022-03-01"
    )
    assert records["Tural Elşən oğlu Nəbiyev"]["aliases"] == [
        "Tural Nəbiyev",
        "Nəbiyev Tural Elşən oğlu",
    ]


def test_his_brother_takes_the_surname() -> None:
    records = person_records(
        "Rauf Səfərov was killed in Raqqa in 2016. His younger brother Elnur, who stayed "
        "in Baku, was detained in 2018.",
        published="2022-03-01",
    )
    assert set(records) == {"Rauf Səfərov", "Elnur Səfərov"}


def test_her_son_takes_the_mans_form_of_her_surname() -> None:
    records = person_records(
        "Zülfiyyə Nağıyeva, 60, lives in Lankaran. Her son Ramin left for Syria in 2014. "
        "Ramin was killed in 2016.",
        published="2022-03-01",
    )
    assert "Ramin Nağıyev" in records
    assert "Ramin" not in records


def test_russian_brother_takes_the_surname() -> None:
    records = person_records(
        "Шамиль Гасанов погиб в Сирии в 2015 году. Его младший брат Ислам был задержан "
        "в Махачкале в 2017 году.",
        published="2022-03-01",
    )
    assert "Ислам Гасанов" in records


def test_her_husband_keeps_his_own_name() -> None:
    records = person_records(
        "Leyla Quliyeva, 30, was repatriated in 2020. Her husband Orxan was killed in 2017.",
        published="2022-03-01",
    )
    assert "Orxan Quliyev" not in records


def test_speakers_own_relative_named_by_given_name() -> None:
    tr = person_records("Annem ve kız kardeşim Zeynep yanımda kalıyor.", published="2022-03-01")
    az = person_records("Həyat yoldaşım Kamal 2019-cu ildə rəhmətə gedib.", published="2022-03-01")
    assert "Zeynep" in tr
    assert "Kamal" in az


def test_patronymic_is_no_kin_word() -> None:
    records = person_records(
        "Sabirabad rayon sakini Həsənov Vüsal Elçin oğlu, Gəncə şəhər sakini Məmmədov "
        "Nurlan Vaqif oğlu Suriyaya keçib.",
        published="2022-03-01",
    )
    assert set(records) == {"Vüsal Elçin oğlu Həsənov", "Nurlan Vaqif oğlu Məmmədov"}


def test_someone_introduced_then_named_in_apposition() -> None:
    en = person_records(
        "She remembers a young Tajik woman, Zarina, who shared her tent.",
        published="2022-03-01",
    )
    tr = person_records(
        "Evde bir Çeçen vardı, Apti. 2016'da Rakka'da öldürüldü.", published="2022-03-01"
    )
    assert "Zarina" in en
    assert tr["Apti"]["events"][0]["status"] == "killed"


def test_apposed_full_name_stays_whole() -> None:
    records = person_records(
        "The man, Kamil Yusifov, was detained in 2019.", published="2022-03-01"
    )
    assert "Kamil Yusifov" in records
    assert "Kamil" not in records


def test_her_sons_case_is_no_patronymic() -> None:
    records = person_records(
        "Kardeşi Oğuz Tekin 2016'da Suriye'de öldü. Annesi Hatice Tekin oğlunun ölümünü doğruladı.",
        published="2022-03-01",
    )
    assert "Hatice Tekin" in records
