"""Whose status event a cue tells, on fresh wordings: a counted subject is not the
speaker or source of the news, in the genitive of a reported clause ("üç kişinin
gözaltına alındığını açıkladı"), after a Russian verb ("вернулись более 300 человек") or
after a participle ("qayıdan 70-dən çox şəxs"); a journey told with its date and no
destination in a text about the war ("уехал в 2015 году", "2013 başında gitmişti"),
unless a destination of another kind is told; on short fictional texts in en/ru/az/tr."""

from __future__ import annotations

from support import events_by_name


def _events(text: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, title="")


def test_a_turkish_speaker_of_a_counted_detention_is_not_detained() -> None:
    text = (
        "Emniyet sözcüsü Murat Kaplan, dün düzenlenen operasyonda üç kişinin gözaltına "
        "alındığını açıkladı.\n"
    )
    assert "detained" not in _events(text).get("Murat Kaplan", {})


def test_an_azerbaijani_speaker_of_counted_returns_is_not_returned() -> None:
    text = (
        "Nazirliyin sözçüsü Günel Mirzəyeva dünən İraqdan daha 17 uşağın vətənə "
        "qaytarıldığını açıqlayıb.\n"
    )
    assert "returned" not in _events(text).get("Günel Mirzəyeva", {})


def test_a_named_genitive_subject_keeps_its_event() -> None:
    text = "Polis, Ahmet Kaya'nın dün gözaltına alındığını açıkladı.\n"
    assert "detained" in _events(text)["Ahmet Kaya"]


def test_a_participle_of_an_unnamed_suspect_is_not_the_speakers() -> None:
    text = (
        "Daire Başkanı Levent Aksoy, Gürcistan'dan iade edilen bir DEAŞ şüphelisinin "
        "tutuklandığını açıkladı.\n"
    )
    found = _events(text).get("Levent Aksoy", {})
    assert "returned" not in found and "arrested" not in found


def test_a_russian_journey_with_a_date_and_no_destination() -> None:
    text = (
        "Из Дагестана в Сирию выехали десятки молодых людей. Гаджимурад Омаров, "
        "известный как Абу Салих, уехал в том же 2013 году.\n"
    )
    assert _events(text)["Гаджимурад Омаров"]["travelled"] == "2013"


def test_an_english_journey_with_a_date_and_no_destination() -> None:
    text = (
        "Five men from the quarter went to Syria. Arben Krasniqi, raised in Mulhouse, "
        "travelled with his wife in 2015.\n"
    )
    assert _events(text)["Arben Krasniqi"]["travelled"] == "2015"


def test_a_journey_for_work_is_no_journey_to_the_war() -> None:
    text = "Он воевал в Сирии. Его сосед Руслан Алиев уехал в 2016 году на заработки.\n"
    assert "travelled" not in _events(text).get("Руслан Алиев", {})


def test_a_journey_with_no_war_in_the_text_is_none() -> None:
    text = "Elvin Quliyev 2015-ci ildə gedib, sonra qayıdıb.\n"
    assert "travelled" not in _events(text).get("Elvin Quliyev", {})


def test_a_turkish_journey_with_a_date_and_no_destination() -> None:
    text = "Mahalleden beş genç Suriye'ye gitti. Yusuf Demir ise 2013 başında yola çıkmıştı.\n"
    assert _events(text)["Yusuf Demir"]["travelled"] == "2013"


def test_an_azerbaijani_journey_with_a_date_and_no_destination() -> None:
    text = "Qəsəbədən çox gənc Suriyaya gedib. Elvin Quliyev də 2015-ci ildə gedib.\n"
    assert _events(text)["Elvin Quliyev"]["travelled"] == "2015"


def test_a_dated_move_to_a_named_destination_is_kept() -> None:
    text = "Kamran Əliyev 2014-cü ildə Suriyaya gedib. Əliyev 2017-ci ildə İŞİD-ə keçib.\n"
    assert _events(text)["Kamran Əliyev"]["travelled"] == "2014"


def test_a_russian_source_of_a_count_after_the_verb_has_no_event() -> None:
    text = (
        "В ответе, подписанном начальником управления Валерием Лыковым, говорится, что "
        "с 2015 года в Россию вернулись более 300 человек.\n"
    )
    assert "returned" not in _events(text).get("Валерий Лыков", {})


def test_a_russian_verb_before_a_name_keeps_its_event() -> None:
    text = "В 2016 году в Россию вернулся Руслан Алиев.\n"
    assert _events(text)["Руслан Алиев"]["returned"] == "2016"


def test_an_azerbaijani_participle_of_a_counted_noun_is_no_ones() -> None:
    text = (
        "Elçin Hüseynli jurnalistlərə danışıb. Məlumata görə, son beş ildə Suriyadan "
        "qayıdan 70-dən çox şəxs barəsində cinayət işi başlanıb.\n"
    )
    assert "returned" not in _events(text).get("Elçin Hüseynli", {})
