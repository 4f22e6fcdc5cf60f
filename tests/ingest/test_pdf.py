"""PDF: text per page and the file's metadata, from PDFs the test writes byte by byte."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ffdb.ingest.pdf import READER
from ffdb.ingest.registry import choose_reader
from ffdb.store import open_store, schema
from support import Cli


def make_pdf(pages: list[list[str]], info: dict[str, str] | None = None) -> bytes:
    """A minimal valid PDF: one Helvetica text line per string, pages in order."""
    first_page = 5
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
        + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< "
        + b" ".join(
            b"/%s (%s)" % (k.encode(), v.encode("latin-1")) for k, v in (info or {}).items()
        )
        + b" >>",
    ]
    for i, lines in enumerate(pages):
        shown = b" T* ".join(b"(" + _escape(line) + b") Tj" for line in lines)
        content = b"BT /F1 12 Tf 14 TL 72 720 Td " + shown + b" ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (first_page + 2 * i + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\n" % (len(objects) + 1)
    return out + b"startxref\n%d\n%%%%EOF\n" % xref


def _escape(line: str) -> bytes:
    return (
        line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    )


INFO = {
    "Title": "Verdict in the case of Tural Rzayev",
    "Author": "Example Court Press Office",
    "CreationDate": "D:20140913120000+03'00'",
}
PAGES = [
    ["Baku Grave Crimes Court", "Tural Rzayev (a fictional defendant) was sentenced."],
    ["He had travelled to Syria in 2013 (by his own account)."],
]


def test_text_of_each_page_and_the_metadata_come_out(tmp_path: Path) -> None:
    path = tmp_path / "verdict.pdf"
    path.write_bytes(make_pdf(PAGES, INFO))
    assert choose_reader(path) is READER
    [doc] = READER.read(path)
    assert doc.title == "Verdict in the case of Tural Rzayev"
    assert doc.author == "Example Court Press Office"
    assert doc.published == "2014-09-13T09:00:00+00:00"
    assert doc.meta["pages"] == 2
    page_one, page_two = doc.text.split("\n\n")
    assert (
        page_one == "Baku Grave Crimes Court\nTural Rzayev (a fictional defendant) was sentenced."
    )
    assert page_two == "He had travelled to Syria in 2013 (by his own account)."
    assert doc.meta["page_starts"] == [0, len(page_one) + 2]


def test_without_metadata_the_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(make_pdf([["Statement of the Example Front", "Second line."]]))
    [doc] = READER.read(path)
    assert doc.title == "Statement of the Example Front"
    assert doc.author is None and doc.published is None


def test_cli_ingests_a_pdf_and_a_pdf_without_text_fails_with_a_reason(
    cli: Cli, tmp_path: Path
) -> None:
    good, scan = tmp_path / "verdict.pdf", tmp_path / "scan.pdf"
    good.write_bytes(make_pdf(PAGES, INFO))
    scan.write_bytes(make_pdf([[]]))
    result = cli("ingest", str(good), str(scan), expect=1)
    assert "(pdf, 1 documents)" in result.stderr
    assert f"error: {scan}: no text layer in the PDF (a scan needs OCR first)" in result.stderr
    store = open_store(cli.db)
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.documents.c.path, schema.documents.c.media_type)).all()
    store.close()
    assert [tuple(r) for r in rows] == [(str(good), "application/pdf")]
