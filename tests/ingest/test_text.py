"""Plain text and Markdown: encodings, titles, and what `ffdb ingest` keeps of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ffdb.ingest.registry import choose_reader
from ffdb.ingest.text import READER
from ffdb.ingest.textcodec import decode_text
from ffdb.store import open_store, schema
from support import Cli

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def documents_of(db: str, path: Path) -> list[dict[str, Any]]:
    store = open_store(db)
    with store.engine.connect() as conn:
        query = select(schema.documents).where(schema.documents.c.path == str(path))
        rows = [dict(r._mapping) for r in conn.execute(query.order_by(schema.documents.c.key))]
    store.close()
    return rows


@pytest.mark.parametrize(
    ("name", "encoding", "snippet"),
    [
        ("ru_cp1251.txt", "cp1251", "Жители Сумгаита сообщили о гибели земляка"),
        ("az_cyrillic_cp1251.txt", "cp1251", "Сумгајыт сакини Сирија мухарибесинде хелак олуб"),
        ("tr_cp1254.txt", "cp1254", "Şırnak'ta gözaltına alınan şüpheli tutuklandı"),
        ("en_utf16.txt", "utf-16", "Azerbaijani fighters in Syria: a note"),
    ],
)
def test_legacy_and_utf16_files_are_decoded_right(name: str, encoding: str, snippet: str) -> None:
    text, found = decode_text((DATA / name).read_bytes(), name)
    assert found == encoding
    assert text.startswith(snippet)


def test_turkish_cp1254_is_not_taken_for_western_cp1252() -> None:
    # charset-normalizer alone answers cp1252 here, turning ş ı ğ into þ ý ð.
    text, encoding = decode_text((DATA / "tr_cp1254.txt").read_bytes(), "tr")
    assert encoding == "cp1254"
    assert "Yıldırımoğlu" in text and "þ" not in text


def test_russian_in_koi8_r_and_arabic_in_cp1256_are_recognised() -> None:
    russian = "Полиция задержала мужчину, вернувшегося из Сирии после двух лет.\n" * 3
    arabic = "أعلنت الشرطة القبض على رجل عائد من سوريا بعد سنتين من القتال.\n" * 3
    assert decode_text(russian.encode("koi8_r"), "ru") == (russian, "koi8_r")
    assert decode_text(arabic.encode("cp1256"), "ar") == (arabic, "cp1256")


def test_cli_keeps_the_encoding_and_the_first_line_as_title(cli: Cli) -> None:
    path = DATA / "ru_cp1251.txt"
    result = cli("ingest", str(path))
    assert "(text, 1 documents)" in result.stderr
    [doc] = documents_of(cli.db, path)
    assert doc["title"] == "Жители Сумгаита сообщили о гибели земляка"
    assert doc["meta"]["encoding"] == "cp1251"
    assert "Тимур Велиханов" in doc["text"]
    assert doc["kind"] == "article"
    assert doc["key"] == ""


def test_markdown_title_drops_the_heading_marks(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Returnees in Qusar\n\nTwo men came back in 2015.\n", encoding="utf-8")
    [doc] = READER.read(path)
    assert doc.title == "Returnees in Qusar"
    assert doc.media_type == "text/markdown"


def test_a_release_headline_makes_a_single_file_a_release(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "New statement from The Example Front: “On the Events in the Valley”\n\nText.\n",
        encoding="utf-8",
    )
    [doc] = READER.read(path)
    assert doc.kind == "release"


def test_text_reader_is_last_and_takes_prose(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("Just a line of prose, with a comma.\n\nAnd another, here.\n", encoding="utf-8")
    assert choose_reader(path) is READER


def test_a_date_leading_the_file_name_is_the_publication_date(tmp_path: Path) -> None:
    from ffdb.ingest.text import READER

    dated = tmp_path / "2016-12-05_outlet_story.txt"
    dated.write_text("A fictional story.", encoding="utf-8")
    not_a_date = tmp_path / "2016-13-45_story.txt"
    not_a_date.write_text("Another.", encoding="utf-8")
    plain = tmp_path / "20161205story.txt"
    plain.write_text("A third.", encoding="utf-8")
    assert [d.published for d in READER.read(dated)] == ["2016-12-05"]
    assert [d.published for d in READER.read(not_a_date)] == [None]
    assert [d.published for d in READER.read(plain)] == [None]
