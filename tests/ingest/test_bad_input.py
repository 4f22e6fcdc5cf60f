"""Bad input through `ffdb ingest`: one line per failed file, the rest ingested, exit 1.

Every failed file must leave no row behind (blobs, documents, attachments), since the
pipeline writes a file in one transaction and readers raise `ReadError` on bad bytes.
"""

from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

import pytest
from sqlalchemy import select

from ffdb.store import open_store, schema
from support import Cli

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
# Declares UTF-8, is written in cp1251.
LYING_XML = (
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Лента</title>'
    "<item><title>Новости Сумгаита</title></item></channel></rss>\n"
)
GOOD_TEXT = "Two men from Qusar returned in 2016, the police said.\n"


def stored_paths(db: str) -> dict[str, set[str]]:
    """The paths each table holds rows for (attachments through their document)."""
    store = open_store(db)
    with store.engine.connect() as conn:
        blobs = {r[0] for r in conn.execute(select(schema.blobs.c.path))}
        docs = {r[0] for r in conn.execute(select(schema.documents.c.path))}
        join = schema.attachments.join(
            schema.documents, schema.attachments.c.document_id == schema.documents.c.id
        )
        atts = {r[0] for r in conn.execute(select(schema.documents.c.path).select_from(join))}
    store.close()
    return {"blobs": blobs, "documents": docs, "attachments": atts}


def write_bad_files(folder: Path) -> dict[Path, str]:
    """Each bad file and the start of the reason its error line must give."""
    rng = random.Random(7)
    cases: dict[Path, tuple[bytes, str]] = {
        folder / "broken.json": (
            b'{"name": "Fictional Front", "items": [1, 2,',
            "invalid JSON at line 1, column 44 (Expecting value)",
        ),
        folder / "cut.xml": (
            (DATA / "wxr_media.xml").read_bytes()[:2014],
            "truncated XML: the file ends at line 38 before its elements close",
        ),
        folder / "junk.bin": (
            bytes(rng.randrange(256) for _ in range(4096)),
            "binary data in no format ffdb reads",
        ),
        folder / "empty.txt": (b"", "empty file"),
        folder / "blank.txt": (b"\n  \n\t\n", "no text in the file"),
        folder / "mojibake.txt": (
            bytes(rng.randrange(0x80, 0x100) for _ in range(4096)),
            "not text in UTF-8 or any known legacy encoding",
        ),
        folder / "lying.xml": (
            LYING_XML.encode("cp1251"),
            "XML bytes do not match its declared encoding at line 2",
        ),
        folder / "broken.xlsx": (
            b"PK\x03\x04" + b"\x14\x00" * 10 + b"xl/workbook.xml" + b"\x00garbage" * 50,
            "not a readable XLSX workbook",
        ),
    }
    for path, (data, _) in cases.items():
        path.write_bytes(data)
    return {path: reason for path, (_, reason) in cases.items()}


def test_each_bad_file_fails_alone_with_a_one_line_reason(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"  # beside the test database, not around it
    folder.mkdir()
    good = folder / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    atom = folder / "feed.xml"
    atom.write_bytes((DATA / "atom_feed.xml").read_bytes())
    bad = write_bad_files(folder)
    result = cli("ingest", str(folder), expect=1)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(bad)
    for path, reason in bad.items():
        [line] = [e for e in errors if e.startswith(f"error: {path}: ")]
        assert line.startswith(f"error: {path}: {reason}"), line
    assert "2 files ingested (4 documents), 0 already present, 8 failed" in result.stdout
    stored = stored_paths(cli.db)
    assert stored["blobs"] == stored["documents"] == {str(good), str(atom)}
    assert stored["attachments"] == {str(atom)}  # the feed's enclosure
    kept = {p.name for p in Path(cli.db + ".blobs").rglob("*") if p.is_file()}
    assert kept == {hashlib.sha256(p.read_bytes()).hexdigest() for p in (good, atom)}


def test_an_unreadable_file_is_reported_and_skipped(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, locked = tmp_path / "good.txt", tmp_path / "locked.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    locked.write_text("A secret nobody may read.\n", encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:
        # root reads any file whatever its mode, so chmod alone proves nothing here:
        # make opening this one path fail the way it fails for other users.
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]  # passthrough

        monkeypatch.setattr(Path, "open", refuse)
    try:
        result = cli("ingest", str(good), str(locked), expect=1)
    finally:
        locked.chmod(0o644)
    assert f"error: {locked}: permission denied" in result.stderr.lower()
    assert "1 files ingested (1 documents), 0 already present, 1 failed" in result.stdout
    assert stored_paths(cli.db)["blobs"] == {str(good)}


def test_a_missing_path_is_reported(cli: Cli, tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    dangling = tmp_path / "link.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    result = cli("ingest", str(gone), str(dangling), expect=1)
    assert f"error: {gone}: no such file" in result.stderr
    assert f"error: {dangling}: no such file" in result.stderr


def test_a_five_megabyte_text_is_ingested_whole(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    paragraph = (
        "Residents of Sumqayit told the fictional reporter that the men had left in 2014, "
        "and that nobody had heard from them since, although rumours came back every year.\n\n"
    )
    parts = []
    for i in range(34_000):
        parts.append(f"Section {i}\n\n" if i % 10 == 0 else paragraph)
    path.write_text("".join(parts), encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    result = cli("ingest", str(path))
    assert "(text, 1 documents)" in result.stderr
    store = open_store(cli.db)
    with store.engine.connect() as conn:
        [text] = conn.execute(select(schema.documents.c.text)).scalars().all()
    store.close()
    assert len(text) == path.stat().st_size


def test_a_fault_in_extraction_fails_its_file_alone_and_names_the_document(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ffdb.pipeline

    good, poison = tmp_path / "good.txt", tmp_path / "poison.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    poison.write_text("Elvin Qasımov was arrested in Baku. POISON\n", encoding="utf-8")
    real = ffdb.pipeline.extract_document

    def fragile(text: str, **kwargs: object) -> object:
        if "POISON" in text:
            raise IndexError("list index out of range")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ffdb.pipeline, "extract_document", fragile)
    result = cli("ingest", str(poison), str(good), expect=1)
    assert (
        f"error: {poison}: extraction failed on its text (IndexError: list index out of range)"
        in result.stderr
    )
    assert "1 files ingested" in result.stdout
    assert stored_paths(cli.db)["documents"] == {str(good)}
