"""Status events, seventh session, second round (fictional people and sentences): "me"
as the object before the verb in a memoir ("polis məni saxladı", "polis beni gözaltına
aldı") is the narrator's event, not the person named last; a wanted list's new entries
under "Listeye eklenen isimler şöyle:", past headings of its parts ("Kırmızı kategori:")."""

from __future__ import annotations

from support import events_by_name


def _events(text: str, language: str | None = None) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, language=language)


_MEMOIR_AZ = (
    "Tarix: 3 mart 2022\n\n"
    "Dostum Tural Həsənli 2016-cı ildə Mosulda həlak oldu. "
    "2017-ci ilin mayında Türkiyəyə keçdim, amma bir ay sonra İzmirdə polis məni saxladı.\n"
)

_MEMOIR_TR = (
    "Tarih: 3 Mart 2022\n\n"
    "Arkadaşım Kerem Yıldırım 2016 yılında Musul'da öldürüldü. "
    "2017 yılının mayında sınırı geçtim, bir ay sonra İzmir'de polis beni gözaltına aldı.\n"
)


def test_a_narrators_detention_is_not_the_friends_az() -> None:
    events = _events(_MEMOIR_AZ, language="az")
    assert "detained" not in events["Tural Həsənli"]
    assert "killed" in events["Tural Həsənli"]


def test_a_narrators_detention_is_not_the_friends_tr() -> None:
    events = _events(_MEMOIR_TR, language="tr")
    assert "detained" not in events["Kerem Yıldırım"]
    assert "killed" in events["Kerem Yıldırım"]


_WANTED_LIST_TR = (
    "Ankara, 5 Eylül 2021\n\n"
    "Bakanlık, listeye iki yeni isim ekledi.\n\n"
    "Listeye eklenen isimler şöyle:\n\n"
    "Turuncu kategori:\n"
    "- Oğuzhan Tekinalp (1991 doğumlu, Sivaslı).\n\n"
    "Gri kategori:\n"
    "- Levent Karasu (1987 doğumlu, Aydınlı).\n"
)


def test_a_wanted_lists_entries_under_its_headings_tr() -> None:
    events = _events(_WANTED_LIST_TR, language="tr")
    assert "wanted" in events["Oğuzhan Tekinalp"]
    assert "wanted" in events["Levent Karasu"]
