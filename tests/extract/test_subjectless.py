"""Subjectless sentences of a list entry or profile go to the entry's person, and a
group named by a definite description ("the militant group", "örgüte") is the group the
text named before; on short fictional texts in en/ru/az/tr."""

from __future__ import annotations

from typing import Any

from ffdb.extract import extract_document


def _people(text: str) -> dict[str, dict[str, Any]]:
    extraction = extract_document(text, title="")
    return {
        r["name"]: {
            "events": {e["status"]: e["date"] for e in r["events"]},
            "groups": r.get("groups") or [],
        }
        for r in extraction.records()
        if r["type"] == "person"
    }


EN_LIST = (
    "Who came back: a short list\n\nValley Courier | Bihać, 3 March 2019\n\n"
    "Damir Kovač, from Zenica. Went to Syria in early 2014 and fought with Jabhat "
    "al-Nusra. Was arrested in December 2015 at the airport. Sentenced in September "
    "2016 to three years in prison.\n\n"
    "Nermin Halilović, from Travnik. Police searched his flat in 2015. Killed in 2016.\n"
)


def test_english_subjectless_sentences_go_to_the_entry_person() -> None:
    damir = _people(EN_LIST)["Damir Kovač"]
    assert damir["events"] == {"travelled": "2014", "arrested": "2015-12", "sentenced": "2016-09"}
    assert damir["groups"] == ["Jabhat al-Nusra"]


def test_a_sentence_with_its_own_subject_ends_the_entry() -> None:
    # "Police searched ..." has a subject of its own: "Killed in 2016" after it is not
    # known to be the entry's
    nermin = _people(EN_LIST)["Nermin Halilović"]
    assert "killed" not in nermin["events"]


def test_a_subjectless_sentence_after_a_mentioned_name_is_not_its() -> None:
    text = (
        "Court notes, 5 May 2018\n\nThe hearing was told that prosecutors had spoken "
        "to Emir Bašić. Travelled to Turkey in 2014 with friends.\n"
    )
    assert "travelled" not in _people(text).get("Emir Bašić", {"events": {}})["events"]


def test_an_entry_opening_with_a_possessor_is_not_the_possessors() -> None:
    text = (
        "Wanted list, 3 March 2019\n\nSanel Kurtić, from Doboj. Travelled to Syria in "
        "2015.\n\nSanel Kurtić's cousin, Alen Kurtić, from Doboj. Killed in Raqqa in "
        "2017.\n"
    )
    assert "killed" not in _people(text)["Sanel Kurtić"]["events"]


def test_russian_entry_keeps_its_person_past_two_sentences() -> None:
    text = (
        "Список возвращенцев\n\nДушанбе, 5 февраля 2018 года\n\n"
        "1. Рахимов Фаррух из Куляба. Выехал в Сирию в 2014 году. Воевал в составе ИГИЛ. "
        "Вернулся в марте 2016 года. Осуждён в августе 2016 года на 10 лет.\n"
    )
    person = _people(text)["Фаррух Рахимов"]
    assert person["events"].get("travelled") == "2014"
    assert person["events"].get("sentenced") == "2016-08"
    assert person["groups"] == ["ИГИЛ"]


def test_azerbaijani_entry_keeps_its_person_past_two_sentences() -> None:
    text = (
        "Qayıdanlar\n\nBakı, 4 aprel 2019\n\n"
        "Həsənov Rüstəm, Qusar rayon sakini. 2013-cü ildə Suriyaya gedib. İŞİD "
        "sıralarında döyüşüb. 2015-ci ildə yaralanıb. 2018-ci ilin dekabrında həbs "
        "olunub.\n"
    )
    person = _people(text)["Rüstəm Həsənov"]
    assert person["events"].get("travelled") == "2013"
    assert person["events"].get("arrested") == "2018-12"


def test_turkish_entry_keeps_its_person_past_two_sentences() -> None:
    text = (
        "Dönenler listesi\n\nKonya, 12 Mayıs 2018\n\n"
        "Murat Kaplan, Akşehirli. 2014'te Suriye'ye gitti. DEAŞ saflarında savaştı. "
        "2016'da Türkiye'ye döndü. Mart 2017'de hapis cezasına çarptırıldı.\n"
    )
    person = _people(text)["Murat Kaplan"]
    assert person["events"].get("travelled") == "2014"
    assert person["events"].get("sentenced") == "2017-03"


def test_the_militant_group_is_the_group_named_before() -> None:
    text = (
        "Bristol man jailed over Islamic State membership\n\nBristol, 9 June 2020\n\n"
        "A former courier who spent a year with Islamic State in Syria was jailed "
        "yesterday.\n\nOwen Marsh, 27, travelled to Syria in 2015 and joined the militant "
        "group, the court heard.\n"
    )
    assert _people(text)["Owen Marsh"]["groups"] == ["Islamic State"]


def test_a_group_merely_mentioned_is_nobodys() -> None:
    text = (
        "Analysis, 9 June 2020\n\nIslamic State lost its last town in 2019. Owen Marsh, "
        "a lawyer, said the militant group had changed.\n"
    )
    assert _people(text).get("Owen Marsh", {"groups": []})["groups"] == []


def test_turkish_orgut_is_the_group_named_before() -> None:
    text = (
        "DEAŞ operasyonu\n\nKayseri, 2 Ekim 2019\n\nEmniyet, DEAŞ'a yönelik operasyon "
        "düzenledi.\n\nSanık Hakan Demirci, 2015 yılında Suriye'ye geçerek örgüte katıldı.\n"
    )
    assert _people(text)["Hakan Demirci"]["groups"] == ["DEAŞ"]


def test_the_group_far_after_the_only_group_named_is_that_group() -> None:
    # a long story names its one group in the headline only
    story = " ".join(["The trial lasted four weeks and heard many witnesses."] * 10)
    text = (
        "Cardiff man guilty of Jabhat al-Nusra membership\n\nCardiff, 2 July 2021\n\n"
        f"{story}\n\nGareth Hughes, 30, travelled to Syria in 2013 and joined the "
        "jihadist group, the jury heard.\n"
    )
    assert _people(text)["Gareth Hughes"]["groups"] == ["Jabhat al-Nusra"]
