"""Status events in Turkish and Azerbaijani reports (fictional people and sentences):
who follows whom to Syria, a subject dropped after an agent ("... tarafından") or a
facility's name, a deportation told as "sent to a country", the same event of one more
person ("eşi de aynı uçakla ..."), and what is no event: a patient brought for treatment,
a plane going somewhere, an extradition only feared, a kin's death told by the mother."""

from __future__ import annotations

from support import events_by_name


def _events(text: str, language: str | None = None) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, language=language)


_FOLLOWED = (
    "SAMSUN (Karadeniz Haber) – 15 Ekim 2022\n"
    "\n"
    "Ordulu Cengiz Aydemir, 2014 baharında Irak'a geçti. İki yıl sonra arkadaşı "
    "Harun Baysal da onu takip etti.\n"
    "\n"
    "Baysal, Telafer düştüğünde Irak ordusu tarafından yakalanarak gözaltına alındı. "
    "Haziran 2019'da Türkiye'ye teslim edildi ve Samsun Havalimanı'nda tutuklandı.\n"
)


def test_a_follower_travels_counted_from_the_first_journey() -> None:
    events = _events(_FOLLOWED)
    assert events["Cengiz Aydemir"] == {"travelled": "2014"}
    assert events["Harun Baysal"]["travelled"] == "2016"


def test_an_agent_or_an_airport_is_no_subject_of_its_own() -> None:
    events = _events(_FOLLOWED)
    assert "detained" in events["Harun Baysal"]  # "Irak ordusu tarafından yakalanarak"
    assert events["Harun Baysal"]["arrested"] == "2019-06"  # "Samsun Havalimanı'nda"


_SENT = (
    "ARTVİN (Doğu Postası) – 2 Aralık 2021\n"
    "\n"
    "Gürcistan uyruklu Giorgi Beridze (44), Kasım 2021'de Tiflis'e giden uçakla "
    "Gürcistan'a gönderildi. Beridze'nin eşi Nino da aynı uçakla Gürcistan'a "
    "gönderildi.\n"
    "\n"
    "Polis, Selçuk Avcı'yı ise Ankara'ya götürdü; Avcı Sincan Cezaevi'ne gönderildi.\n"
)


def test_sent_to_a_country_is_a_return_and_also_dates_the_wife() -> None:
    events = _events(_SENT)
    assert events["Giorgi Beridze"] == {"returned": "2021-11"}  # no journey by the plane
    assert events["Nino"] == {"returned": "2021-11"}


def test_sent_to_a_prison_is_no_return() -> None:
    assert _events(_SENT)["Selçuk Avcı"] == {}


_NOT_EVENTS = (
    "MERSİN (Akdeniz Bülteni) – 20 Mayıs 2020\n"
    "\n"
    "Sanık Tayfun Erdal geçen yıl Rakka'da yaralanarak tedavi için Türkiye'ye "
    "getirildi. Avukatı Gizem Oral, müvekkilinin Irak'a iade edilmesi halinde idam "
    "edilebileceğini söyledi.\n"
    "\n"
    "Tutuklu bulunan Tayfun Erdal'ın yargılanmasına devam edildi. Annesi Hacer "
    "Erdal, diğer oğlunun ölüm haberini gazeteden öğrendiğini anlattı.\n"
)


def test_treatment_a_feared_extradition_and_a_kins_death_are_no_events() -> None:
    events = _events(_NOT_EVENTS)
    assert events["Tayfun Erdal"] == {"injured": "2019", "arrested": None}
    assert events["Gizem Oral"] == {}
    assert events["Hacer Erdal"] == {}


def test_a_death_found_out_belongs_to_the_name_the_participle_describes() -> None:
    text = (
        "KAYSERİ (İç Anadolu Haber) – 8 Haziran 2020\n\n"
        "Nurettin Yalçın ile Mart 2018'de Halep'te öldürüldüğü tespit edilen Sadık Güner "
        "aynı köydendi.\n"
    )
    events = _events(text)
    assert events["Sadık Güner"] == {"killed": "2018-03"}
    assert events["Nurettin Yalçın"] == {}


def test_among_those_detained_is_no_plural_subject() -> None:
    text = (
        "SİNOP (Kuzey Ajansı) – 11 Mart 2019\n\n"
        "Sinop'ta dün 3 kişi gözaltına alındı. Gözaltına alınanlar arasında, 2015 yılında "
        "Suriye'ye geçerek örgüte katıldığı belirlenen Sinoplu Ferhat Koçer (27) de bulunuyor.\n"
    )
    assert _events(text)["Ferhat Koçer"]["travelled"] == "2015"


def test_a_list_closed_by_suspects_given_by_initials() -> None:
    text = (
        "DENİZLİ (Ege Haber) – 4 Şubat 2022\n\n"
        "Operasyonda Türkmenistan uyruklu Rustam Annayev (33), Bişkek doğumlu Kırgızistan "
        'vatandaşı ve "Ebu Talha" kod adıyla bilinen Nurbek Usenov (28), Azerbaycan uyruklu '
        "R.M. (41) ile F.Ş. (25) gözaltına alındı.\n"
    )
    events = _events(text)
    assert "detained" in events["Rustam Annayev"]
    assert "detained" in events["Nurbek Usenov"]


def test_azerbaijani_following_treatment_and_sending() -> None:
    text = (
        "Bakı, 3 fevral 2021 (Xəbər Agentliyi)\n\n"
        "Sumqayıt sakini Elnur Quliyev 2013-cü ildə Suriyaya gedib. Bir il sonra qardaşı "
        "Rauf Nəsirov da onun ardınca gedib.\n\n"
        "Nəsirov 2018-ci ildə yaralanaraq müalicə üçün Türkiyəyə gətirilib. Quliyev isə "
        "2020-ci ilin mayında Rusiyaya göndərilib.\n"
    )
    events = _events(text, "az")
    assert events["Elnur Quliyev"] == {"travelled": "2013", "returned": "2020-05"}
    assert events["Rauf Nəsirov"] == {"travelled": "2014", "injured": "2018"}


def test_the_fall_of_a_town_takes_the_date_it_was_told_with() -> None:
    text = (
        "DÜZCE (Batı Karadeniz Haber) – 12 Ocak 2021\n\n"
        "Rizeli Kenan Torun, Ekim 2017'de Rakka'daki son çatışmalarda öldü.\n\n"
        'Örgüt içinde "Ebu Enes" olarak bilinen Volkan Sarp, Rakka düştüğünde Suriye '
        "Demokratik Güçleri (SDG) tarafından yakalanarak gözaltına alındı.\n"
    )
    events = _events(text)
    assert events["Kenan Torun"] == {"killed": "2017-10"}
    assert events["Volkan Sarp"] == {"detained": "2017-10"}


def test_a_timeline_line_of_last_tuesday_is_no_journey() -> None:
    text = (
        "Adım adım: Bekzat Omarov kimdir?\n\n"
        "Ova Haber, 9 Mart 2022\n\n"
        "Bekzat Omarov'un hayatı kısaca şöyle:\n\n"
        "2015 — Türkiye üzerinden Suriye'ye geçti.\n\n"
        "Geçen salı — Kazakistan'a iade edildi.\n"
    )
    events = _events(text)
    assert events["Bekzat Omarov"]["travelled"] == "2015"
    assert set(events["Bekzat Omarov"]) == {"travelled", "returned"}


def test_hijri_month_opening_adverb_and_a_kins_converb_keep_the_entry_person() -> None:
    text = (
        "Karadeniz Postası, Trabzon, 5 Temmuz 2018\n\n"
        "Gökhan Ilgaz, Trabzonlu. Şevval 1436'da (Temmuz 2015) Deyrizor'da öldü.\n\n"
        "Nazlı Ilgın, Orduluydu. Eşiyle birlikte 2014'te Suriye'ye gitti; eşi öldükten "
        "sonra Mart 2017'de Türkiye'ye döndü.\n\n"
        "Erkan Sarıgül, Giresunlu. Geçen yıl Irak'ta Irak güçleri tarafından yakalandı.\n"
    )
    events = _events(text)
    assert events["Gökhan Ilgaz"] == {"killed": "2015-07"}
    assert events["Nazlı Ilgın"] == {"travelled": "2014", "returned": "2017-03"}
    assert set(events["Erkan Sarıgül"]) == {"detained"}
