"""Counts written with the Turkish capital İ ("İki şüpheli", "BEŞİ DE"): `str.lower` gives
"i̇ki" with a combining dot, which no count table holds. Such a document must still be
read, its counted persons found."""

from __future__ import annotations

from ffdb.extract.document import extract_document


def _events(text: str) -> dict[str, set[str]]:
    found = extract_document(text, language="tr", published="2021-04-10")
    return {p.name: {e.status for e in p.events} for p in found.persons}


def test_a_capital_i_count_before_a_noun_reads() -> None:
    text = (
        "Kayseri'de Ahmet Kaya ve Mehmet Demir adlı kişiler hakkında soruşturma başlatıldı. "
        "İki şüpheli dün gözaltına alındı."
    )
    events = _events(text)
    assert {"Ahmet Kaya", "Mehmet Demir"} <= set(events)


def test_an_all_caps_count_reads() -> None:
    text = (
        "Ali Yılmaz, Veli Şahin, Can Öztürk, Cem Aydın ve Efe Kurt tutuklandı. "
        "BEŞİ DE DEAŞ üyeliğinden yargılanacak."
    )
    events = _events(text)
    assert "arrested" in events["Ali Yılmaz"]
