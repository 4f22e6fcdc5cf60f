"""Folders: what a recursive ingest reads, and images kept as evidence."""

import base64
from pathlib import Path

from ffdb.ingest import iter_files

# A 1x1 PNG, written by the test.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def test_saved_page_assets_are_skipped_but_other_folders_are_read(tmp_path: Path) -> None:
    (tmp_path / "article.html").write_text("<html><body><p>text</p></body></html>")
    (tmp_path / "article_files").mkdir()
    (tmp_path / "article_files" / "style.css").write_text("p { color: red }")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("a note")
    (tmp_path / ".hidden.txt").write_text("hidden")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert found == ["article.html", "notes/a.txt"]


def test_an_image_is_ingested_as_evidence_with_its_bytes(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    result = cli("ingest", str(photo))
    assert "1 files ingested (1 documents)" in result.stdout
    (doc,) = cli.json_lines("documents")
    assert doc["kind"] == "image" and doc["title"] == "photo.png"
    shown = cli.json_lines("show", doc["id"])[0]
    assert shown["media_type"] == "image/png"
    assert shown["attachments"][0]["size"] == len(PNG)
    assert shown["attachments"][0]["missing"] is False


def test_attachments_outside_the_export_folder_are_never_read(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    import json

    secret = tmp_path / "secret.txt"
    secret.write_text("not evidence")
    export = tmp_path / "export"
    export.mkdir()
    messages = [
        {
            "id": 1,
            "type": "message",
            "date": "2020-01-01T10:00:00",
            "date_unixtime": "1577872800",
            "from": "x",
            "from_id": "channel1",
            "text": "one",
            "photo": str(secret),
        },
        {
            "id": 2,
            "type": "message",
            "date": "2020-01-01T10:00:00",
            "date_unixtime": "1577872800",
            "from": "x",
            "from_id": "channel1",
            "text": "two",
            "photo": "../secret.txt",
        },
    ]
    chat = {"name": "Chan", "type": "public_channel", "id": 1, "messages": messages}
    (export / "result.json").write_text(json.dumps(chat))
    cli("ingest", str(export))
    docs = [d for d in cli.json_lines("documents") if d["kind"] == "message"]
    assert len(docs) == 2
    for doc in docs:
        (att,) = cli.json_lines("show", doc["id"])[0]["attachments"]
        assert att["missing"] is True and att["sha256"] is None


def test_a_saved_page_keeps_its_local_photos_and_records_remote_ones_as_missing(
    tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "shot.png").write_bytes(PNG)
    (tmp_path / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>Report</title></head><body><article>"
        "<h1>Report</h1><p>" + "A fictional report about a fictional man. " * 20 + "</p>"
        '<img src="page_files/shot.png"><img src="https://example.org/remote.jpg">'
        "</article></body></html>"
    )
    cli("ingest", str(tmp_path))
    (doc,) = cli.json_lines("documents")
    local, remote = cli.json_lines("show", doc["id"])[0]["attachments"]
    assert local["path"] == "page_files/shot.png" and local["size"] == len(PNG)
    assert remote["missing"] is True and remote["sha256"] is None
