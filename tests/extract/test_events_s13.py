"""Status events in forms the thirteenth session's fresh sets showed the rules missing
(fictional people): a chronicle's historic present in Russian, an Azerbaijani or
Turkish journey granted before "but" ("yollansa da"), a friend listed beside the
subject ("X ve çocukluk arkadaşı Y", "X and his childhood friend Y"), and one among
those brought home ("Getirilenler arasında X", "Среди возвращённых — X")."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _events(text: str, language: str) -> dict[str, dict[str, str | None]]:
    records = extract_document(text, language=language, published="2022-07-15").records()
    return {
        r["name"]: {e["status"]: e["date"] for e in r["events"]}
        for r in records
        if r["type"] == "person"
    }


@pytest.mark.parametrize(
    ("language", "text", "names", "status", "date"),
    [
        (
            "ru",
            "Май 2014 года. Ильдар Сафин и его брат Рустем Сафин через Стамбул переходят в Сирию.",
            ("Ильдар Сафин", "Рустем Сафин"),
            "travelled",
            None,
        ),
        (
            "ru",
            "В 2015 году Ильдар Сафин перешёл в Сирию через Турцию.",
            ("Ильдар Сафин",),
            "travelled",
            "2015",
        ),
        (
            "ru",
            "Суд приговаривает Ильдара Сафина к 12 годам колонии.",
            ("Ильдар Сафин",),
            "sentenced",
            None,
        ),
        (
            "az",
            "Vəkilin sözlərinə görə, Ramin Əhmədov 2017-ci ildə Suriyaya yollansa da, orada "
            "yalnız aşpaz işləyib.",
            ("Ramin Əhmədov",),
            "travelled",
            "2017",
        ),
        (
            "tr",
            "Bağcılar'da yaşayan Ahmet Korkmaz ve çocukluk arkadaşı Tolga Aydemir Gaziantep "
            "üzerinden Suriye'ye geçti.",
            ("Ahmet Korkmaz", "Tolga Aydemir"),
            "travelled",
            None,
        ),
        (
            "en",
            "Ahmet Korkmaz and his childhood friend Tolga Aydemir crossed into Syria in 2014.",
            ("Ahmet Korkmaz", "Tolga Aydemir"),
            "travelled",
            "2014",
        ),
        (
            "ru",
            "Ильдар Сафин и его школьный друг Рустем Хайруллин уехали в Сирию в 2014 году.",
            ("Ильдар Сафин", "Рустем Хайруллин"),
            "travelled",
            "2014",
        ),
        # among those brought home
        (
            "tr",
            "Irak'tan 12 kadın dün Türkiye'ye iade edildi. Getirilenler arasında Kayserili "
            "Hatice Kılıç de bulunuyor.",
            ("Hatice Kılıç",),
            "returned",
            None,
        ),
        (
            "az",
            "Sevinc Quliyeva və qızı keçən ay Suriyadan repatriasiya olunan Azərbaycan "
            "vətəndaşları arasında olublar.",
            ("Sevinc Quliyeva",),
            "returned",
            "2022-06",
        ),
        (
            "ru",
            "Среди возвращённых из Ирака — Зарема Оздоева из Малгобека.",
            ("Зарема Оздоева",),
            "returned",
            None,
        ),
        (
            "en",
            "Aynur Karimova was among those repatriated on Tuesday.",
            ("Aynur Karimova",),
            "returned",
            "2022-07-12",
        ),
    ],
)
def test_the_event_of_each_person(
    language: str, text: str, names: tuple[str, ...], status: str, date: str | None
) -> None:
    found = _events(text, language)
    for name in names:
        assert name in found, sorted(found)
        assert status in found[name], (name, found[name])
        assert found[name][status] == date, (name, found[name])
