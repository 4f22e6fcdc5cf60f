"""`ffdb match`: one pair, or a TSV of pairs; no database needed."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from support import Cli, shared_path


def test_one_pair_prints_score_decision_and_reason(cli: Cli) -> None:
    result = cli("match", "Nicat Ashurov", "Ниджат Ашуров")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("score: 0.9")
    assert lines[1] == "same: true"
    assert "surname: Ashurov=Ашуров" in lines[2]
    place = cli("match", "Qusar", "Quba", "--kind", "place")
    assert "same: false" in place.stdout


def test_pairs_file_gives_one_line_per_row_in_order(cli: Cli, tmp_path: Path) -> None:
    rows = [
        ("org", "Islamic State", "Daesh"),
        ("person", "Rövşən Badalov", "Rasim Badalov"),
        ("place", "Sumqayıt", "Сумгаит"),
    ]
    path = tmp_path / "pairs.tsv"
    path.write_text(
        "kind\ta\tb\tnote\n" + "".join(f"{k}\t{a}\t{b}\t\n" for k, a, b in rows),
        encoding="utf-8",
    )
    lines = cli("match", "--pairs", str(path)).stdout.splitlines()
    assert len(lines) == 3
    fields = [line.split("\t") for line in lines]
    assert [f[:3] for f in fields] == [[a, b, k] for k, a, b in rows]
    assert [f[4] for f in fields] == ["true", "false", "true"]
    assert all(0.0 <= float(f[3]) <= 1.0 and f[5] for f in fields)


def test_pairs_file_without_columns_is_a_clear_error(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("left\tright\nA\tB\n", encoding="utf-8")
    result = cli("match", "--pairs", str(path), expect=2)
    assert "bad.tsv" in result.stderr and "no column" in result.stderr
    missing = cli("match", "--pairs", str(tmp_path / "absent.tsv"), expect=2)
    assert "absent.tsv" in missing.stderr


def _accuracy(cli: Cli, path: Path) -> tuple[dict[str, float], int]:
    with path.open(encoding="utf-8") as handle:
        gold = list(csv.DictReader(handle, delimiter="\t"))
    lines = cli("match", "--pairs", str(path)).stdout.splitlines()
    assert len(lines) == len(gold)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    false_positives = 0
    for row, line in zip(gold, lines, strict=True):
        said = line.split("\t")[4] == "true"
        truth = row["same"] == "true"
        total[row["kind"]] += 1
        right[row["kind"]] += said == truth
        false_positives += said and not truth
    return {kind: right[kind] / total[kind] for kind in total}, false_positives


def test_dev_pairs_through_the_cli(cli: Cli) -> None:
    accuracy, false_positives = _accuracy(cli, shared_path("eval", "names-dev.tsv"))
    assert set(accuracy) == {"person", "place", "org"}
    assert all(value >= 0.95 for value in accuracy.values()), accuracy
    assert false_positives == 0


def test_team_pairs_through_the_cli(cli: Cli) -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "unseen" / "names" / "pairs.tsv"
    accuracy, false_positives = _accuracy(cli, path)
    assert all(value >= 0.95 for value in accuracy.values()), accuracy
    assert false_positives <= 1
