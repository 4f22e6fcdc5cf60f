"""`ffdb stats`, `report`, `export`, grades and flags on the planted corpus, through the CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from assess_corpus import CorpusBuilder, build_corpus
from sqlalchemy import select

from ffdb.store import open_store, schema


@pytest.fixture
def built(cli: Any, tmp_path: Path) -> CorpusBuilder:
    store = open_store(cli.db)
    corpus = build_corpus(store, tmp_path)
    store.close()
    return corpus


def _counts(node: dict[str, Any]) -> dict[str, int]:
    return {k: v["count"] for k, v in node.items()}


def test_stats_json_equals_the_numbers_counted_by_hand(cli: Any, built: CorpusBuilder) -> None:
    [stats] = cli.json_lines("stats")
    status = stats["status"]
    assert stats["people"]["count"] == 9
    assert {
        c: status[c]["count"] for c in ("killed", "returned", "abroad", "not_travelled", "unknown")
    } == {"killed": 2, "returned": 3, "abroad": 2, "not_travelled": 1, "unknown": 1}
    assert _counts(status["killed"]["by_year"]) == {"2014": 2}
    assert status["killed"]["persons"] == ["P1", "P2"]
    returned = status["returned"]
    assert (
        returned["arrested"]["count"],
        returned["sentenced"]["count"],
        returned["detained"]["count"],
        returned["in_custody"]["count"],
    ) == (2, 1, 0, 2)
    assert returned["arrested"]["persons"] == ["P3", "P6"]
    assert _counts(stats["hometowns"]["places"]) == {
        "Sumqayıt": 3,
        "Gəncə": 2,
        "Qusar": 2,
        "Bakı": 1,
        "Şabran": 1,
    }
    assert stats["hometowns"]["top"][:3] == ["Sumqayıt", "Gəncə", "Qusar"]
    groups = stats["groups"]
    assert _counts(groups) == {"Islamic State": 2, "Jaysh al-Muhajirin wal-Ansar": 1}
    assert [lead["person"] for lead in groups["Islamic State"]["leaders"]] == ["P8"]
    assert (stats["family"]["count"], stats["family"]["persons"]) == (1, ["P7"])
    assert stats["flags"]["count"] == 7
    # every number names its claims, and they are the claims behind it
    assert built.claims["P1.killed.d4"] in status["killed"]["by_year"]["2014"]["claims"]
    assert built.claims["P3.sentenced.d10"] in returned["sentenced"]["claims"]


def test_stats_as_of_a_date(cli: Any, built: CorpusBuilder) -> None:
    [stats] = cli.json_lines("stats", "--as-of", "2015-12-31")
    assert stats["status"]["killed"]["persons"] == ["P1", "P2", "P6"]
    assert stats["status"]["returned"]["count"] == 0
    assert stats["people"]["count"] == 8  # Tural Bagirov is first reported in 2016
    assert cli("stats", "--as-of", "soon", expect=2).stderr.startswith("error: --as-of")


def test_explain_lists_persons_and_claims(cli: Any, built: CorpusBuilder) -> None:
    result = cli("stats", "--explain", "hometowns.places.sumqayit")
    assert "Arif Nasirli (P1)" in result.stdout and "Leyla Nasirli (P7)" in result.stdout
    assert "corpus/d3.txt" in result.stdout
    [data] = cli.json_lines("stats", "--explain", "status.killed.by_year.2014")
    assert data["persons"] == ["P1", "P2"]
    assert {c["document"] for c in data["claims"]} >= {"corpus/d1.txt", "corpus/d5.txt"}
    assert cli("stats", "--explain", "status.nothing", expect=2).stderr.startswith("error:")


def test_tracker_in_the_shape_of_a_tracker_post(
    cli: Any, built: CorpusBuilder, tmp_path: Path
) -> None:
    markdown = cli("report", "tracker", "Dagestani").stdout
    body = markdown.split("---")[0]
    assert (
        body.index("**December 2, 2016:**")
        < body.index("Wilayat Dagestan")
        < body.index("**December 5, 2016:**")
        < body.index("Sector Pankisi")
    )
    assert body.count("Sector Pankisi") == 1  # two documents, one pledge
    cli("report", "tracker", "caucasus pledge", "--output", str(tmp_path / "t"))
    page = (tmp_path / "t" / "tracker.html").read_text(encoding="utf-8")
    assert "<h3>December 5, 2016:</h3>" in page and "Wilayat Nokhchicho" in page
    assert "Abu Salih" in cli("report", "tracker", "nobody", expect=1).stderr


def test_summary_page_is_self_contained(cli: Any, built: CorpusBuilder, tmp_path: Path) -> None:
    result = cli("report", "summary", "--output", str(tmp_path / "r"))
    page = (tmp_path / "r" / "summary.html").read_text(encoding="utf-8")
    assert (
        "We have identified 9 people: 2 killed (2 of them in 2014), 3 returned (2 of them "
        "arrested or detained, 1 sentenced), 2 still abroad"
    ) in page
    assert page.count("data:image/png;base64,") == 5
    assert 'src="http' not in page and "<script" not in page
    for name in ("hometowns.png", "hometowns.svg", "status_by_year.png", "groups.svg"):
        assert (tmp_path / "r" / name).stat().st_size > 1000, name
        assert str(tmp_path / "r" / name) in result.stdout
    redacted = cli("report", "summary", "--redacted", "--output", str(tmp_path / "x"))
    assert redacted.exit_code == 0
    assert "Arif" not in (tmp_path / "x" / "summary.html").read_text(encoding="utf-8")


def test_exports(cli: Any, built: CorpusBuilder, tmp_path: Path) -> None:
    cli("export", "--format", "csv", "--output", str(tmp_path / "p.csv"))
    rows = list(csv.DictReader((tmp_path / "p.csv").read_text(encoding="utf-8").splitlines()))
    assert {r["name"]: r["status"] for r in rows}["Farid Guliyev"] == "returned"
    cli("export", "--format", "jsonl", "--output", str(tmp_path / "p.jsonl"))
    people = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text().splitlines()]
    p1 = next(p for p in people if p["id"] == "P1")
    assert p1["status"] == "killed" and any(c["document"] == "corpus/d4.txt" for c in p1["claims"])
    cli("export", "--format", "geojson", "--output", str(tmp_path / "p.geojson"))
    collection = json.loads((tmp_path / "p.geojson").read_text())
    _assert_valid_geojson(collection)
    assert len(collection["features"]) == 9


def test_redacted_exports_have_no_names(cli: Any, built: CorpusBuilder, tmp_path: Path) -> None:
    names = ("Arif", "Nasirli", "Sadiqov", "Guliyev", "P1")
    for fmt in ("csv", "jsonl", "geojson"):
        path = tmp_path / f"r.{fmt}"
        cli("export", "--format", fmt, "--output", str(path), "--redacted")
        text = path.read_text(encoding="utf-8")
        assert not any(n in text for n in names), fmt
        assert "Sumqay" in text
    collection = json.loads((tmp_path / "r.geojson").read_text())
    _assert_valid_geojson(collection)
    counts = {
        f["properties"]["name"]: (f["properties"]["count"], f["properties"]["killed"])
        for f in collection["features"]
    }
    assert counts["Sumqayıt"] == (3, 1)
    result = cli(
        "export", "--format", "ftm", "--output", str(tmp_path / "r.ftm"), "--redacted", expect=2
    )
    assert "name people" in result.stderr


def _assert_valid_geojson(collection: dict[str, Any]) -> None:
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point"
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_ftm_export_loads_with_followthemoney(
    cli: Any, built: CorpusBuilder, tmp_path: Path
) -> None:
    model = pytest.importorskip("followthemoney").model
    path = tmp_path / "e.ftm.json"
    cli("export", "--format", "ftm", "--output", str(path))
    proxies = []
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.to_dict() == data  # nothing the model had to clean or drop
        proxies.append(proxy)
    by_schema: dict[str, int] = {}
    for proxy in proxies:
        by_schema[proxy.schema.name] = by_schema.get(proxy.schema.name, 0) + 1
    assert {k: by_schema.get(k, 0) for k in ("Person", "Organization", "Membership", "Family")} == {
        "Person": 9,
        "Organization": 2,
        "Membership": 4,
        "Family": 1,
    }
    assert by_schema["Event"] == 25 and by_schema["Document"] > 10
    ids = {p.id for p in proxies}
    for proxy in proxies:
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in ids, (proxy.schema.name, prop.name)
    arif = next(p for p in proxies if "Arif Nasirli" in p.get("name"))
    assert arif.get("deathDate") == ["2014-09-13"] and arif.get("proof")


def test_grades_are_audited_and_win(cli: Any, built: CorpusBuilder) -> None:
    assert "C, fairly reliable (was F)" in cli("source", "grade", "Ganja Gazette", "c").stdout
    assert cli("source", "grade", "Ganja Gazette", "Q", expect=2).stderr.startswith("error:")
    listed = {r["name"]: r for r in cli.json_lines("source", "list")}
    assert listed["Ganja Gazette"]["reliability"] == "C" and listed["Kura News"]["documents"] == 3
    claim = built.claims["P6.killed.d13"]
    cli("claim", "credibility", claim, "1", "--user", "analyst")
    cli("assess")
    store = open_store(cli.db)
    with store.engine.connect() as conn:
        audit = conn.execute(select(schema.audit.c.action, schema.audit.c.user)).fetchall()
        grade = conn.execute(
            select(schema.claims.c.credibility).where(schema.claims.c.id == claim)
        ).scalar()
    store.close()
    assert ("claim.credibility", "analyst") in [tuple(r) for r in audit]
    assert grade == 1  # the analyst's grade survives reassessment
    [stats] = cli.json_lines("stats")
    assert "P6" in stats["status"]["killed"]["persons"]
    assert cli("claim", "credibility", "nope", "2", expect=2).stderr.startswith("error: no claim")


def test_flags_are_stored_and_reviews_survive(cli: Any, built: CorpusBuilder) -> None:
    assert "run `ffdb assess` first" in cli("flags").stdout
    assert "7 flags" in cli("assess").stdout
    flags = cli.json_lines("flags")
    assert sorted(f["kind"] for f in flags)[:2] == ["alive_after_death", "copied_text"]
    photo = next(f for f in flags if f["kind"] == "reused_photo")
    cli("flag", "review", photo["id"], "confirmed")
    cli("assess")
    again = {f["id"]: f["review"] for f in cli.json_lines("flags")}
    assert again[photo["id"]] == "confirmed"


def test_export_to_a_folder_is_a_one_line_error(
    cli: Any, built: CorpusBuilder, tmp_path: Path
) -> None:
    result = cli("export", "--format", "csv", "--output", str(tmp_path), expect=2)
    assert result.stderr.startswith("error: ") and "is a folder" in result.stderr


def test_an_export_failing_half_way_leaves_the_last_one_whole(
    cli: Any, built: CorpusBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ffdb.analysis import exports

    path = tmp_path / "people.jsonl"
    cli("export", "--format", "jsonl", "--output", str(path))
    before = path.read_text(encoding="utf-8")

    def full_disk(*args: Any) -> Any:
        yield {"id": "P1"}
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "export_jsonl", full_disk)
    result = cli("export", "--format", "jsonl", "--output", str(path), expect=2)
    assert "No space left on device" in result.stderr
    assert path.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir() if "people" in p.name) == ["people.jsonl"]


def test_assess_refuses_an_as_of_that_is_no_date(cli: Any, built: CorpusBuilder) -> None:
    result = cli("assess", "--as-of", "last year", expect=2)
    assert "--as-of must be an ISO date" in result.stderr
    assert cli.json_lines("flags") == []  # nothing was assessed, nothing stored
