"""`ffdb extract PATH... --json`: records of many files, each naming its file as given,
no database, bad files reported on stderr while the others go on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from ffdb.cli import app
from support import shared_path

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"


def _run(*args: str) -> tuple[int, list[dict[str, Any]], str]:
    result = CliRunner().invoke(app, ["extract", *args], catch_exceptions=False)
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, records, result.stderr


def test_files_and_folders_keep_their_paths(tmp_path: Path, monkeypatch: Any) -> None:
    folder = tmp_path / "news"
    (folder / "az").mkdir(parents=True)
    shutil.copy(DATA / "az_qusar.txt", folder / "az" / "az_qusar.txt")
    single = tmp_path / "en_court.txt"
    shutil.copy(DATA / "en_court.txt", single)
    monkeypatch.chdir(tmp_path)
    code, records, _ = _run("./en_court.txt", "news", "--json")
    assert code == 0
    files = {r["file"] for r in records}
    assert files == {"./en_court.txt", "news/az/az_qusar.txt"}
    names = {r["name"] for r in records if r["type"] == "person"}
    assert {"Ramil Qasimov", "Ramil Qurbanov"} <= names
    assert not list(tmp_path.glob("*.sqlite"))


def test_a_bad_file_is_reported_and_the_rest_extracted(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, records, stderr = _run(str(empty), str(DATA / "ru_qusar.txt"), "--json")
    assert code == 1
    assert f"{empty}: empty file" in stderr
    assert any(r.get("name") == "Заур Ильясов" for r in records)


def test_a_document_extraction_fails_on_is_reported_and_the_rest_extracted(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import ffdb.pipeline as pipeline

    real = pipeline.extract_from

    def failing(doc: Any, model: str | None = None) -> Any:
        if "Adıyaman" in doc.text:
            raise KeyError("i̇ki")  # a fault of ours on one document
        return real(doc, model)

    monkeypatch.setattr(pipeline, "extract_from", failing)
    code, records, stderr = _run(
        str(DATA / "tr_adiyaman.txt"), str(DATA / "ru_qusar.txt"), "--json"
    )
    assert code == 1
    assert "tr_adiyaman.txt: extraction failed (KeyError" in stderr
    assert any(r.get("name") == "Заур Ильясов" for r in records)


def test_without_json_one_line_a_record() -> None:
    result = CliRunner().invoke(app, ["extract", str(DATA / "tr_adiyaman.txt")])
    assert result.exit_code == 0
    assert "person\tMehmet Yılmaz" in result.stdout


def test_the_shared_compilation_meets_the_issue_targets(tmp_path: Path) -> None:
    corpus = shared_path("corpus", "jihadology-compilation.txt")
    gold = shared_path("eval", "dev-gold.jsonl")
    scorer = shared_path("eval", "score.py")
    code, records, _ = _run(str(corpus), "--json")
    assert code == 0
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", scorer)
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    result = score.score(score.load(str(gold)), score.load(str(pred)))
    assert result["persons"]["f1"] >= 0.9
    assert result["events"]["f1"] >= 0.8
    assert result["event_dates"]["acc"] >= 0.85
    assert result["hometowns"]["f1"] >= 0.85
    assert result["groups"]["f1"] >= 0.75
    assert result["pledges"]["f1"] >= 0.95
    assert result["releases"]["found"] == 2
