"""Status events told in the first person (fictional people and interviews): an
interview's answers are the person its introduction names, never the byline's writer
nor a person the answer names ("Mən də həmin döyüşdə yaralandım", "sərhəddə məni
saxladılar", "Sınırda gözaltına alındım", "в аэропорту меня арестовали", "I was
deported to Dushanbe"); an answer giving only a date dates the question's cue ("— Suriyaya
necə getdiniz? — 2013-cü ilin sentyabrında."); a quotation's "I" in a news story is its
speaker's or nobody's; a name before "ilə birlikdə" is a companion, not the subject."""

from __future__ import annotations

from support import events_by_name


def _events(text: str, language: str | None = None) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, language=language)


_AZ = (
    '"Orada heç nə yox idi" — Suriyadan qayıdan gəncəli danışır\n'
    "Müəllif: Nigar Səfərli\n"
    "Dərc olunub: 3 mart 2022\n\n"
    "Tofiq Rzaquliyev 31 yaşındadır. Gəncədə doğulub, indi qardaşının dükanında işləyir "
    "və bizimlə keçmişi barədə danışmağa razılaşdı.\n\n"
    "— Suriyaya necə getdiniz?\n\n"
    "— 2014-cü ilin aprelində. Namiq adlı bir tanışım vardı, o da Gəncədən idi.\n\n"
    "— Namiqin taleyi necə oldu?\n\n"
    "— Namiq 2015-ci ilin iyulunda Rəqqədə öldü. Mən də həmin döyüşdə ayağımdan "
    "yaralandım.\n\n"
    "— Necə qayıtdınız?\n\n"
    "— 2016-cı ilin mayında gəldim, sərhəddə məni saxladılar.\n\n"
    "— Azadlığa nə vaxt çıxdınız?\n\n"
    "— 2020-ci ilin martında əfv sərəncamı ilə buraxıldım.\n"
)


def test_an_interviews_answers_are_its_subjects_az() -> None:
    events = _events(_AZ, language="az")
    tofiq = events["Tofiq Rzaquliyev"]
    assert tofiq.get("travelled") == "2014-04"
    assert tofiq.get("injured") == "2015-07"
    assert tofiq.get("detained") == "2016-05"
    assert tofiq.get("released") == "2020-03"
    assert "injured" not in events.get("Namiq", {})
    assert events.get("Namiq", {}).get("killed") == "2015-07"
    assert not events.get("Nigar Səfərli")


_TR = (
    '"Her gün pişmanım"\n'
    "Röportaj: Selin Aydın\n"
    "Yayımlanma: 12 Ekim 2021\n\n"
    "Zeynep Karaca (adı değiştirilmiştir) 27 yaşında, Konya doğumlu. Suriye'den iki "
    "çocuğuyla döndü ve bize yaşadıklarını anlattı.\n\n"
    "Suriye'ye nasıl gittiniz?\n\n"
    "2016'nın mayısında Gaziantep'e gittim, oradan sınırı geçtik.\n\n"
    "Türkiye'ye dönüş nasıl oldu?\n\n"
    "Mart 2021'de sınırda gözaltına alındım ve iki gün sonra serbest bırakıldım.\n"
)


def test_an_interviews_answers_are_its_subjects_tr() -> None:
    events = _events(_TR, language="tr")
    zeynep = events["Zeynep Karaca"]
    assert zeynep.get("travelled") == "2016-05"
    assert zeynep.get("detained") == "2021-03"
    assert "released" in zeynep
    assert not events.get("Selin Aydın")


_RU = (
    "«Я не знала, куда еду»\n"
    "Автор: Ольга Миронова\n"
    "Опубликовано: 5 мая 2021\n\n"
    "Гульнара Сафиуллина (имя изменено) — одна из женщин, вернувшихся из Сирии. Ей 30 "
    "лет, она родом из Казани, и она согласилась поговорить с нами.\n\n"
    "— Как вы оказались в Сирии?\n\n"
    "— В октябре 2015-го я полетела в Стамбул с дочерью.\n\n"
    "— Как вы вернулись?\n\n"
    "— В январе 2020-го нас вывезли в Москву. В аэропорту меня арестовали.\n"
)


def test_an_interviews_answers_are_its_subjects_ru() -> None:
    events = _events(_RU, language="ru")
    gulnara = events["Гульнара Сафиуллина"]
    assert gulnara.get("travelled") == "2015-10"
    assert gulnara.get("arrested") == "2020-01"
    assert not events.get("Ольга Миронова")


_EN = (
    '"I came back with nothing": a returnee talks\n'
    "By Laura Fenwick\n"
    "Published: 9 July 2021\n\n"
    "Jamshid Karimov, 30, is one of the men who came home from Syria and agreed to talk "
    "to us about the years he spent there.\n\n"
    "How did you get there?\n\n"
    "In April 2015 we crossed the border near Kilis. In 2016 I was wounded near Raqqa.\n\n"
    "How did you get out?\n\n"
    "I reached Turkey in the summer of 2018. In October the police detained me in Urfa, "
    "and in February 2019 I was deported to Tashkent.\n"
)


def test_an_interviews_answers_are_its_subjects_en() -> None:
    events = _events(_EN, language="en")
    jamshid = events["Jamshid Karimov"]
    assert jamshid.get("travelled") == "2015-04"
    assert jamshid.get("injured") == "2016"
    assert jamshid.get("detained") == "2018-10"
    assert jamshid.get("returned") == "2019-02"
    assert not events.get("Laura Fenwick")


_NEWS_AZ = (
    "Bakı, 4 aprel 2019.\n\n"
    "Polis Qubada iki nəfəri saxlayıb. Saxlanılanlardan biri olan Elvin Mirzəyev "
    "istintaqa ifadə verib. Onun qonşusu Rauf Abbasov jurnalistlərə deyib: «Mən 2015-ci "
    "ildə Türkiyədə yaralandım, amma heç vaxt Suriyaya getmədim».\n"
)


def test_a_quoted_first_person_is_its_speakers_az() -> None:
    events = _events(_NEWS_AZ, language="az")
    assert events.get("Rauf Abbasov", {}).get("injured") == "2015"
    assert "injured" not in events.get("Elvin Mirzəyev", {})


_NEWS_TR = (
    "İstanbul, 2 Haziran 2020\n\n"
    "Emniyet, Kadir Öztürk hakkında soruşturma başlattı. Komşuları konuştu: "
    '"Ben 2014\'te gözaltına alındım, sonra serbest bırakıldım" diyen biri de vardı.\n'
)


def test_an_unnamed_speakers_first_person_is_nobodys_tr() -> None:
    events = _events(_NEWS_TR, language="tr")
    kadir = events.get("Kadir Öztürk", {})
    assert "detained" not in kadir and "released" not in kadir


_COMPANION_AZ = (
    "Məhkəmə Səbuhi Qasımlının işinə baxıb. Əvvəllər həbs olunan Kənan Quliyev də "
    "onunla bir dəstədə olub. Qasımlı Quliyevlə birlikdə eyni dəstədə olub, 2016-cı "
    "ildə yaralanıb.\n"
)


def test_a_name_before_birlikde_is_no_subject_az() -> None:
    events = _events(_COMPANION_AZ, language="az")
    assert next(v for k, v in events.items() if k.startswith("Səbuhi")).get("injured") == "2016"
    assert "injured" not in events.get("Kənan Quliyev", {})


_NEWS_EN = (
    "LONDON, 3 March 2019\n\n"
    "Police are investigating Omar Haddad, 28, of Leeds. Neighbours spoke to reporters.\n"
    '"I was arrested in 2016 and released the same week," said a man who asked not to '
    "be named.\n"
)


def test_an_unnamed_speakers_first_person_is_nobodys_en() -> None:
    events = _events(_NEWS_EN, language="en")
    omar = events.get("Omar Haddad", {})
    assert "arrested" not in omar and "released" not in omar
