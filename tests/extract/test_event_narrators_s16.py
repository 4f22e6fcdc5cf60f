"""Transcripts with speakers' labels ("NƏBİYEV:", "ВЕДУЩИЙ (Олег Семенов):", "HOST:"): the
lines after a label are its speaker's, a host's line takes no first-person event, and a
label in surname form names the guest (fictional people)."""

from __future__ import annotations

from support import events_by_name

_AZ = (
    '"KÜR TV" — "SÖHBƏT" VERİLİŞİNİN MƏTNİ\n'
    "Efir tarixi: 5 may 2024\n\n"
    "APARICI (Ramin Qasımzadə): Bu axşam qonağımız Suriyadan qayıdan Elnur Şirinovdur. "
    "Elnur bəy 35 yaşındadır, Sumqayıtdandır. Xoş gəlmisiniz.\n\n"
    "ŞİRİNOV: Sağ olun.\n\n"
    "APARICI: Bəs siz necə qayıtdınız?\n\n"
    "ŞİRİNOV: 2016-cı ildə Türkiyəyə keçdim, orada məni saxladılar. 2021-ci ildə "
    "azadlığa çıxdım.\n\n"
    "APARICI: Təşəkkür edirik.\n"
)

_RU = (
    "ТЕЛЕКАНАЛ «СЕВЕР», ПРОГРАММА «РАЗГОВОР». РАСШИФРОВКА\n"
    "Эфир 3 марта 2024 года\n\n"
    "ВЕДУЩИЙ (Павел Орлов): Сегодня у нас в гостях Руслан Тхамоков, он вернулся из Сирии "
    "и согласился рассказать о себе. Руслан, как вы вернулись?\n\n"
    "ТХАМОКОВ: В 2017 году меня задержали в аэропорту Стамбула. Потом я был осуждён.\n\n"
    "ВЕДУЩИЙ: Спасибо.\n"
)

_EN = (
    "NORTH RADIO: EVENING DESK - TRANSCRIPT\n"
    "Broadcast: 4 June 2024\n\n"
    "PRESENTER (Alan Brooks): Tonight my guest is Samir Bouzid, who went to Syria and came "
    "back to Leeds three years ago. Samir, what happened at the border?\n\n"
    "BOUZID: In May 2016 I was arrested at the border by the Turkish police.\n\n"
    "PRESENTER: Thank you.\n"
)

_TR = (
    '"KANAL DENİZ" — "KONUK" PROGRAMI DÖKÜMÜ\n'
    "Yayın tarihi: 2 Nisan 2024\n\n"
    "SUNUCU (Ayşe Kaya): Bu akşam konuğumuz Suriye'den dönen Kerem Aydın. Kerem Bey, "
    "Konyalı ve 33 yaşında. Hoş geldiniz.\n\n"
    "AYDIN: Hoş bulduk.\n\n"
    "SUNUCU: Nasıl döndünüz?\n\n"
    "AYDIN: 2017'de sınırda beni gözaltına aldılar.\n\n"
    "SUNUCU: Teşekkür ederiz.\n"
)


def test_a_surname_label_names_the_guest_not_the_host_az() -> None:
    events = events_by_name(_AZ, language="az")
    assert events["Elnur Şirinov"].get("detained") == "2016"
    assert events["Elnur Şirinov"].get("released") == "2021"
    assert not events.get("Ramin Qasımzadə")


def test_a_surname_label_names_the_guest_not_the_host_ru() -> None:
    events = events_by_name(_RU, language="ru")
    assert events["Руслан Тхамоков"].get("detained") == "2017"
    assert not events.get("Павел Орлов")


def test_a_surname_label_names_the_guest_not_the_host_en() -> None:
    events = events_by_name(_EN, language="en")
    assert events["Samir Bouzid"].get("arrested", events["Samir Bouzid"].get("detained"))
    assert not events.get("Alan Brooks")


def test_a_surname_label_names_the_guest_not_the_host_tr() -> None:
    events = events_by_name(_TR, language="tr")
    assert events["Kerem Aydın"].get("detained") == "2017"
    assert not events.get("Ayşe Kaya")
