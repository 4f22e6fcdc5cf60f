"""`ffdb demo`: the fictional demo corpus goes in whole, and its truth file agrees with it."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ffdb.cli import app
from ffdb.cli.demo import DEMO_CORPUS

TELEGRAM = DEMO_CORPUS / "telegram_channel" / "result.json"
SHEET = DEMO_CORPUS / "analyst_sheet.csv"
FEED = DEMO_CORPUS / "blog_feed.xml"
NOTES = ("README.md", "TRUTH.md", "truth.json")


def corpus_sources() -> list[Path]:
    """The files the corpus is made of: what `ffdb demo` must turn into documents."""
    news = sorted((DEMO_CORPUS / "news").glob("*.txt"))
    pages = sorted((DEMO_CORPUS / "web").glob("*.html"))
    return [*news, *pages, TELEGRAM, FEED, SHEET]


def telegram_messages() -> list[dict[str, Any]]:
    export = json.loads(TELEGRAM.read_text(encoding="utf-8"))
    return [m for m in export["messages"] if m["type"] == "message"]


def sheet_rows() -> list[dict[str, str]]:
    with SHEET.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


class Demo:
    """The outcome of one `ffdb demo` run, read back through the CLI."""

    def __init__(self, folder: Path) -> None:
        self.runner = CliRunner()
        # no $FFDB_DATABASE_URL: the default database, FOLDER/demo.sqlite, is under test
        self.result = self.runner.invoke(
            app, ["demo", "--folder", str(folder)], env={"FFDB_DATABASE_URL": None}
        )
        self.db = folder / "demo.sqlite"

    def cli(self, *args: str) -> str:
        result = self.runner.invoke(app, [*args, "--db", str(self.db)], catch_exceptions=False)
        assert result.exit_code == 0, (result.stdout, result.stderr)
        return result.stdout

    def documents(self) -> list[dict[str, Any]]:
        lines = self.cli("documents", "--json", "--limit", "10000").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    def documents_from(self, path: Path) -> list[dict[str, Any]]:
        return [d for d in self.documents() if Path(d["path"]).resolve() == path.resolve()]

    def show(self, doc_id: str) -> dict[str, Any]:
        shown: dict[str, Any] = json.loads(self.cli("show", doc_id, "--json"))
        return shown


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return Demo(tmp_path_factory.mktemp("demo"))


def test_demo_exits_cleanly_and_prints_the_database(demo: Demo) -> None:
    assert demo.result.exit_code == 0, (demo.result.stdout, demo.result.stderr)
    assert f"database: {demo.db.resolve()}" in demo.result.stdout
    assert demo.db.is_file()


def test_every_corpus_file_becomes_documents(demo: Demo) -> None:
    paths = {Path(d["path"]).resolve() for d in demo.documents()}
    missing = [
        str(p.relative_to(DEMO_CORPUS)) for p in corpus_sources() if p.resolve() not in paths
    ]
    assert missing == []
    expected = len(corpus_sources()) - 3 + len(telegram_messages()) + len(sheet_rows()) + 4
    assert len(demo.documents()) >= expected


def test_notes_about_the_corpus_are_not_ingested(demo: Demo) -> None:
    names = {Path(d["path"]).name for d in demo.documents()}
    assert names.isdisjoint(NOTES)


def test_telegram_export_gives_one_document_per_message(demo: Demo) -> None:
    docs = [d for d in demo.documents_from(TELEGRAM) if d["kind"] == "message"]
    assert len(docs) == len(telegram_messages()) == 15


def test_telegram_photos_are_kept_and_the_missing_one_is_marked(demo: Demo) -> None:
    attachments = [
        a for d in demo.documents_from(TELEGRAM) for a in demo.show(d["id"])["attachments"]
    ]
    present = sorted(a["path"] for a in attachments if not a["missing"])
    assert present == [
        "photos/photo_1@14-09-2015_18-42-07.jpg",
        "photos/photo_2@28-11-2016_09-03-51.jpg",
    ]
    assert sum(a["missing"] for a in attachments) == 1


def test_spreadsheet_gives_one_document_per_row(demo: Demo) -> None:
    assert len(demo.documents_from(SHEET)) == len(sheet_rows()) == 12


def test_feed_gives_one_document_per_post(demo: Demo) -> None:
    docs = demo.documents_from(FEED)
    assert len(docs) == 4
    assert {d["author"] for d in docs} == {"Kamala Rasulova"}


def test_web_pages_keep_their_metadata(demo: Demo) -> None:
    docs = {Path(d["path"]).name: d for d in demo.documents()}
    page = docs["2016-10-22_caucasus-dispatch_sumgait.html"]
    assert (page["author"], page["published"][:10]) == ("Marta Kowalczyk", "2016-10-22")
    text = demo.show(page["id"])["text"]
    assert "Nijat Aliyev" in text
    assert "Most read" not in text  # boilerplate dropped


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("2016-12-05_derbentskiy-listok_cp1251.txt", "Шамиль Магомедов"),
        ("2016-12-29_konyanin-sesi_cp1254.txt", "Kadir Şahin"),
    ],
)
def test_windows_encoded_articles_are_decoded(demo: Demo, name: str, phrase: str) -> None:
    doc = demo.documents_from(DEMO_CORPUS / "news" / name)[0]
    assert phrase in demo.show(doc["id"])["text"]


# The truth file is what later stages are tested against: it must match the corpus.

TRUTH = json.loads((DEMO_CORPUS / "truth.json").read_text(encoding="utf-8"))
REF = re.compile(r"^(?P<path>[^#]+)(?:#(?P<part>.+))?$")


def resolve_reference(ref: str) -> str:
    """The text a truth reference points at: a file, a message, a sheet row or a post."""
    found = REF.match(ref)
    assert found, ref
    path, part = DEMO_CORPUS / found["path"], found["part"]
    assert path.is_file(), ref
    if part is None:
        return path.read_bytes().decode("cp1254" if "cp1254" in path.name else "utf-8", "replace")
    if path == TELEGRAM:
        message = next(m for m in telegram_messages() if str(m["id"]) == part)
        return "".join(e["text"] for e in message["text_entities"])
    if path == SHEET:
        return json.dumps(sheet_rows()[int(part.removeprefix("row")) - 1], ensure_ascii=False)
    assert part.startswith("p="), ref
    feed = FEED.read_text(encoding="utf-8")
    start = feed.index(f"?p={part[2:]}</guid>")
    return feed[start : feed.index("</item>", start)]


def all_references() -> list[str]:
    refs = [s for p in TRUTH["people"] for e in p["events"] for s in e["sources"]]
    refs += [s for m in TRUTH["mentioned"] for s in m["sources"]]
    refs += [r["source"] for r in TRUTH["releases"]] + [p["source"] for p in TRUTH["pledges"]]
    return sorted(set(refs))


@pytest.mark.parametrize("ref", all_references())
def test_truth_references_point_at_real_evidence(ref: str) -> None:
    assert resolve_reference(ref).strip()


def test_truth_counts_add_up() -> None:
    counts = TRUTH["expected_counts"]
    categories = [p["category"] for p in TRUTH["people"]]
    assert len(categories) == counts["people"]
    assert categories.count("killed") == counts["killed"]
    assert categories.count("returned") == counts["returned"]
    assert categories.count("abroad") == counts["abroad"]
    assert sum(counts["hometowns"].values()) == counts["people"]


def test_truth_planted_images_exist_and_differ_in_bytes() -> None:
    recycled = next(p for p in TRUTH["planted"] if p["kind"] == "recycled_report")
    first, later = (DEMO_CORPUS / path for path in recycled["images"])
    assert first.read_bytes()[:3] == later.read_bytes()[:3] == b"\xff\xd8\xff"  # both JPEG
    assert first.read_bytes() != later.read_bytes()


def test_demo_ends_with_the_summary_report_and_the_map(demo: Demo) -> None:
    result = demo.result
    tmp_path = demo.db.parent
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    written = [line.split(": ", 1)[1] for line in lines if line.startswith("report: ")]
    names = {Path(p).name for p in written}
    assert {"summary.html", "hometowns.png", "hometowns.geojson"} <= names
    for path in written:
        assert Path(path).stat().st_size > 0
    page = (tmp_path / "report" / "summary.html").read_text(encoding="utf-8")
    assert page.count("<img") >= 3  # the charts and the map, embedded in the page
    assert "persons:" in result.stdout and "flags:" in result.stdout


def a_database_with_a_real_document(tmp_path: Path) -> Path:
    db = tmp_path / "research.sqlite"
    own = tmp_path / "own.txt"
    own.write_text("A report of our own.\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", "--no-extract", str(own), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    return db


@pytest.mark.parametrize("how", ["--db", "env"])
def test_demo_honours_the_chosen_database_and_never_mixes_into_real_data(
    tmp_path: Path, how: str
) -> None:
    db = a_database_with_a_real_document(tmp_path)
    args = ["demo", "--folder", str(tmp_path / "out")]
    if how == "--db":
        result = CliRunner().invoke(app, [*args, "--db", str(db)])
    else:
        result = CliRunner().invoke(app, args, env={"FFDB_DATABASE_URL": str(db)})
    assert result.exit_code == 2
    assert "not the demo's" in result.stderr and "own.txt" in result.stderr
    assert not (tmp_path / "out" / "demo.sqlite").exists()
    listed = CliRunner().invoke(app, ["documents", "--json", "--db", str(db)])
    assert len(listed.stdout.splitlines()) == 1


def test_the_demos_headline_figures_agree_with_its_truth(demo: Demo) -> None:
    """What a researcher would publish from the demo, against what the corpus really says.
    The killed, by year, come out exact; people, returnees and those still abroad within
    the margin of the people the pipeline still splits or misreads."""
    stats = json.loads(demo.cli("stats", "--json").splitlines()[0])
    truth = TRUTH["expected_counts"]
    status = stats["status"]
    assert status["killed"]["count"] == truth["killed"]
    by_year = {year: node["count"] for year, node in status["killed"]["by_year"].items()}
    assert by_year == truth["killed_by_year"]
    assert abs(status["abroad"]["count"] - truth["abroad"]) <= 1
    assert abs(stats["people"]["count"] - truth["people"]) <= 2
    assert abs(status["returned"]["count"] - truth["returned"]) <= 1
