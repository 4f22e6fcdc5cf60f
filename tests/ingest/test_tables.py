"""Spreadsheets and JSON data: one `record` document a row, the row kept in meta."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select

from ffdb.ingest import jsondata, tables
from ffdb.ingest.registry import choose_reader
from ffdb.ingest.text import READER as TEXT_READER
from ffdb.store import open_store, schema
from support import Cli, shared_path


def stored(db: str, path: Path, key: str) -> dict[str, Any]:
    store = open_store(db)
    with store.engine.connect() as conn:
        row = conn.execute(
            select(schema.documents).where(
                schema.documents.c.path == str(path), schema.documents.c.key == key
            )
        ).one()
    store.close()
    return dict(row._mapping)


def count_documents(db: str, path: Path) -> int:
    store = open_store(db)
    with store.engine.connect() as conn:
        query = select(func.count()).where(schema.documents.c.path == str(path))
        count = int(conn.execute(query).scalar_one())
    store.close()
    return count


def test_ucdp_csv_gives_a_record_per_event_with_its_fields(cli: Cli) -> None:
    path = shared_path("fixtures", "data", "uncertainUCDP_ucdpged_sample.converted.csv")
    assert choose_reader(path) is tables.CSV_READER
    result = cli("ingest", str(path))
    assert "(csv, 1000 documents)" in result.stderr
    assert count_documents(cli.db, path) == 1000
    first = stored(cli.db, path, "row:1")
    record = first["meta"]["record"]
    assert first["kind"] == "record"
    assert record["relid"] == "SYR-2013-1-11973-99"
    assert record["side_b"] == "Syrian insurgents"
    assert record["adm_1"] == "Idlib governorate"
    assert record["date_start"] == "2013-01-03"
    assert record["gwnob"] == ""  # empty cells are kept in the record...
    assert "gwnob" not in first["text"]  # ...but not written into the text
    assert "where_coordinates: Rami village" in first["text"].splitlines()
    assert first["title"] == "Syria: Government"  # conflict_name, the first *name* column
    last = stored(cli.db, path, "row:1000")
    assert last["meta"]["record"]["relid"] == "SYR-2013-1-11973-12887"


def test_geonames_files_are_headerless_tsv(cli: Cli) -> None:
    admin1 = shared_path("fixtures", "data", "geonames_admin1CodesASCII.txt")
    admin2 = shared_path("fixtures", "data", "geonames_admin2Codes.txt")
    assert choose_reader(admin1) is tables.TSV_READER
    result = cli("ingest", str(admin1), str(admin2))
    assert "(tsv, 3880 documents)" in result.stderr
    assert "(tsv, 44832 documents)" in result.stderr
    first = stored(cli.db, admin1, "row:1")
    assert first["meta"]["record"] == {
        "col1": "AD.06",
        "col2": "Sant Julià de Loria",
        "col3": "Sant Julia de Loria",
        "col4": "3039162",
    }
    assert (
        first["text"]
        == "col1: AD.06\ncol2: Sant Julià de Loria\ncol3: Sant Julia de Loria\ncol4: 3039162"
    )
    yardimli = stored(cli.db, admin1, "row:163")["meta"]["record"]
    assert yardimli["col2"] == "Yardımlı"
    last = stored(cli.db, admin2, "row:44832")["meta"]["record"]
    assert last == {
        "col1": "ZW.01.11204515",
        "col2": "Mossurize District",
        "col3": "Mossurize District",
        "col4": "11204515",
    }


def test_semicolon_csv_in_cp1251_with_a_header(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    content = "Имя;Город;Статус\nАли Мамедов;Сумгаит;погиб\nРуслан Алиев;Гусар;вернулся\n"
    path.write_bytes(content.encode("cp1251"))
    assert choose_reader(path) is tables.CSV_READER
    first, second = tables.CSV_READER.read(path)
    assert first.meta["record"] == {"Имя": "Али Мамедов", "Город": "Сумгаит", "Статус": "погиб"}
    assert (second.key, second.title) == ("row:2", "Руслан Алиев")  # "Имя" is a name column
    assert second.meta["line"] == 3


def test_a_ragged_head_is_not_taken_for_a_table(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("name,town\nA B,Qax\nC D,Xudat,note\nE F\n", encoding="utf-8")
    # Widths 2, 2, 3, 1: the name says CSV, but content decides, and this is no table.
    assert choose_reader(path) is TEXT_READER


def test_a_csv_export_with_a_few_short_or_long_rows_is_still_a_table(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        "\ufeffname,town,status\nA B,Qax,killed\nC D,Xudat\n\nE F,Quba,abroad,note\n"
        "G H,Oğuz,returned\n".encode()
    )
    assert choose_reader(path) is tables.CSV_READER
    docs = list(tables.CSV_READER.read(path))
    assert [d.title for d in docs] == ["A B", "C D", "E F", "G H"]
    assert docs[1].meta["record"] == {"name": "C D", "town": "Xudat", "status": None}


def test_ragged_rows_further_on_keep_their_cells(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    rows = [f"Person {i},Town {i}" for i in range(40)]
    path.write_text("name,town\n" + "\n".join(rows) + "\nLast One,Qax,extra note\nShort\n")
    docs = list(tables.CSV_READER.read(path))
    assert len(docs) == 42
    assert docs[-2].meta["record"] == {"name": "Last One", "town": "Qax", "_extra": ["extra note"]}
    assert docs[-1].meta["record"] == {"name": "Short", "town": None}


def test_prose_with_commas_is_not_taken_for_csv(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "He left, they said, in 2014.\nShe stayed, and waited.\nNobody, it seems, knew.\n",
        encoding="utf-8",
    )
    assert choose_reader(path) is TEXT_READER


def test_xlsx_rows_with_dates_and_numbers_and_two_sheets(tmp_path: Path) -> None:
    path = tmp_path / "fighters.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "People"
    sheet.append(["full_name", "hometown", "status", "date", "age"])
    sheet.append(["Elnur Quliyev", "Sumqayit", "killed", date(2014, 9, 13), 24])
    sheet.append([None, None, None, None, None])
    sheet.append(["Rauf Abbasov", "Qusar", "returned", None, 31])
    other = workbook.create_sheet("Sources")
    other.append(["id", "outlet"])
    other.append([1, "APA"])
    workbook.save(path)
    assert choose_reader(path) is tables.XLSX_READER
    docs = list(tables.XLSX_READER.read(path))
    assert [d.key for d in docs] == [
        "sheet:People/row:1",
        "sheet:People/row:2",
        "sheet:Sources/row:1",
    ]
    elnur, rauf, apa = docs
    assert elnur.meta["record"] == {
        "full_name": "Elnur Quliyev",
        "hometown": "Sumqayit",
        "status": "killed",
        "date": "2014-09-13T00:00:00",
        "age": 24,
    }
    assert elnur.title == "Elnur Quliyev"
    assert elnur.meta["sheet_row"] == 2
    assert rauf.meta["sheet_row"] == 4  # the empty row is skipped, its number kept
    assert "date" not in rauf.text and "age: 31" in rauf.text
    assert apa.meta["record"] == {"id": 1, "outlet": "APA"}


def test_a_single_sheet_workbook_uses_plain_row_keys(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "one.xlsx"
    workbook = Workbook()
    workbook.active.append(["name", "town"])
    workbook.active.append(["Nicat Ashurov", "Sumqayit"])
    workbook.save(path)
    result = cli("ingest", str(path))
    assert "(xlsx, 1 documents)" in result.stderr
    doc = stored(cli.db, path, "row:1")
    assert doc["meta"]["record"] == {"name": "Nicat Ashurov", "town": "Sumqayit"}


def test_json_array_of_objects_gives_records(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    people = [
        {"name": "Tural Rzayev", "aliases": ["Abu Talha"], "born": 1990, "killed": None},
        {"name": "Orxan Babayev", "aliases": [], "born": 1988.5},
    ]
    path.write_text(json.dumps(people), encoding="utf-8")
    assert choose_reader(path) is jsondata.READER
    tural, orxan = jsondata.READER.read(path)
    assert tural.key == "row:1" and tural.kind == "record" and tural.title == "Tural Rzayev"
    assert tural.meta["record"] == people[0]
    assert tural.text == 'name: Tural Rzayev\naliases: ["Abu Talha"]\nborn: 1990'
    assert orxan.meta["record"]["born"] == 1988.5


def test_other_json_is_one_document_of_its_strings(cli: Cli) -> None:
    path = shared_path("fixtures", "html", "trafilatura_evaldata_entries.json")
    assert choose_reader(path) is jsondata.READER
    result = cli("ingest", str(path))
    assert "(json, 1 documents)" in result.stderr
    doc = stored(cli.db, path, "")
    assert doc["kind"] == "data"
    lines = doc["text"].splitlines()
    assert (
        "wikimediafoundation.org.turkey.html.evaldata_entry.author: Wikimedia Foundation" in lines
    )
    assert "world.kbs.co.kr-Temperatures.html.evaldata_entry.categories[0]: Domestic" in lines


def test_bracketed_prose_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("[1] Introduction\n\nThe report covers 2013 to 2017.\n", encoding="utf-8")
    assert choose_reader(path) is TEXT_READER


def test_a_header_with_an_unnamed_index_column(tmp_path: Path) -> None:
    path = tmp_path / "pandas.csv"
    path.write_text(",name,town\n0,Anar Rzayev,Zaqatala\n1,Samir Hasanov,Qax\n", encoding="utf-8")
    first, _ = tables.CSV_READER.read(path)
    assert first.meta["record"] == {"col1": "0", "name": "Anar Rzayev", "town": "Zaqatala"}
