"""Telegram exports through `ffdb ingest`, read back with `documents` and `show`."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ffdb.model.document import make_document_id
from ffdb.store import open_store, schema
from support import Cli, shared_path

PHOTO = b"\xff\xd8\xff\xe0 not really a jpeg, but bytes to keep"


def message(msg_id: int, text: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": msg_id,
        "type": "message",
        "date": "2024-02-01T10:00:00",
        "date_unixtime": str(1706770800 + msg_id),
        "from": "Emre Yıldız",
        "from_id": "user42",
        "text": text,
        **fields,
    }


def write_export(folder: Path) -> Path:
    """A chat export folder: result.json, one photo on disk, one photo absent."""
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "photo_1@01-02-2024_10-00-01.jpg").write_bytes(PHOTO)
    export = {
        "name": "Haber Merkezi",
        "type": "public_channel",
        "id": 5001,
        "messages": [
            message(1, "Fotoğraf ekte", photo="photos/photo_1@01-02-2024_10-00-01.jpg"),
            message(2, "Bu fotoğraf dışa aktarılmadı", photo="photos/photo_2@gone.jpg"),
            {"id": 3, "type": "service", "action": "pin_message", "message_id": 1},
            message(
                4,
                "Video",
                file="(File not included. Change data exporting settings to download.)",
                media_type="video_file",
                mime_type="video/mp4",
                forwarded_from="Xəbər Kanalı",
            ),
        ],
    }
    path = folder / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def doc_id(path: Path, key: str) -> str:
    return make_document_id(hashlib.sha256(path.read_bytes()).hexdigest(), key)


def test_export_folder_keeps_messages_and_the_photo_beside_it(cli: Cli, tmp_path: Path) -> None:
    result_json = write_export(tmp_path / "export")
    run = cli("ingest", str(tmp_path / "export"))
    assert "1 files ingested (4 documents), 0 already present, 0 failed" in run.stdout

    rows = cli.json_lines("documents")
    assert sorted((r["kind"], r["title"] or "") for r in rows) == [
        ("channel", "Haber Merkezi"),
        ("message", ""),
        ("message", ""),
        ("message", ""),
    ]
    assert {r["path"] for r in rows} == {str(result_json)}

    shown = json.loads(cli("show", doc_id(result_json, "chat:5001/msg:1"), "--json").stdout)
    assert shown["text"] == "Fotoğraf ekte"
    assert shown["author"] == "Emre Yıldız"
    assert shown["published"] == "2024-02-01T07:00:01+00:00"
    assert shown["parent_id"] == doc_id(result_json, "chat:5001")
    [photo] = shown["attachments"]
    assert photo["path"] == "photos/photo_1@01-02-2024_10-00-01.jpg"
    assert photo["missing"] is False
    assert photo["size"] == len(PHOTO)
    assert photo["sha256"] == hashlib.sha256(PHOTO).hexdigest()

    absent = json.loads(cli("show", doc_id(result_json, "chat:5001/msg:2"), "--json").stdout)
    assert [(a["path"], a["missing"]) for a in absent["attachments"]] == [
        ("photos/photo_2@gone.jpg", True)
    ]

    text = cli("show", doc_id(result_json, "chat:5001/msg:4")).stdout
    assert "forwarded_from: Xəbər Kanalı" in text
    assert "(video, missing)" in text


def test_second_ingest_of_the_same_export_is_reported_already_present(
    cli: Cli, tmp_path: Path
) -> None:
    write_export(tmp_path / "export")
    cli("ingest", str(tmp_path / "export"))
    again = cli("ingest", str(tmp_path / "export"))
    assert "0 files ingested (0 documents), 1 already present, 0 failed" in again.stdout
    assert len(cli.json_lines("documents")) == 4


def test_truncated_export_fails_alone_and_leaves_no_rows(cli: Cli, tmp_path: Path) -> None:
    good = write_export(tmp_path / "good")
    bad = tmp_path / "bad" / "result.json"
    bad.parent.mkdir()
    bad.write_bytes(good.read_bytes()[:700])
    run = cli("ingest", str(tmp_path / "good"), str(bad), expect=1)
    assert f"error: {bad}: JSON ends early at byte 700: the export is truncated" in run.stderr
    assert "1 files ingested (4 documents), 0 already present, 1 failed" in run.stdout
    assert {r["path"] for r in cli.json_lines("documents")} == {str(good)}

    store = open_store(cli.db)
    sha = hashlib.sha256(bad.read_bytes()).hexdigest()
    with store.engine.connect() as conn:
        for table in (schema.blobs, schema.documents):
            column = table.c.sha256 if table is schema.blobs else table.c.blob_sha256
            count = conn.execute(select(func.count()).where(column == sha)).scalar_one()
            assert count == 0, table.name
    store.close()


def test_shared_html_export_folder_through_the_cli(cli: Cli) -> None:
    folder = shared_path("fixtures", "telegram", "langchain_telegram_chat_html")
    run = cli("ingest", str(folder))
    assert "(telegram_html, 5 documents)" in run.stderr + run.stdout
    rows = cli.json_lines("documents")
    authors = sorted(r["author"] for r in rows if r["kind"] == "message")
    assert authors == ["Batman & Robin"] + ["Jimmeny Marvelton"] * 3
    found = cli.json_lines("documents", "--search", "nemesis")
    assert [r["published"] for r in found] == ["2023-08-23T21:13:20+00:00"]
