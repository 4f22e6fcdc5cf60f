"""Quality on held-out data: extraction by language, and name matching by kind.

    .venv/bin/python benchmarks/extract_quality.py            # both
    .venv/bin/python benchmarks/extract_quality.py --only extract
    .venv/bin/python benchmarks/extract_quality.py --only match --json
    .venv/bin/python benchmarks/extract_quality.py --only extract --set extract_b
    .venv/bin/python benchmarks/extract_quality.py --only extract --set extract_21 --set extract_22

Runs the installed `ffdb` (the one beside this Python) as a user would:

- `ffdb extract tests/data/unseen/extract/*.txt --json`, scored file by file against
  `gold.jsonl` with the project's shared scorer (`../shared/eval/score.py`, loaded from
  that path at run time), then summed per language (the file-name prefix) and overall;
- `ffdb match --pairs tests/data/unseen/names/pairs.tsv`, giving accuracy per kind and
  every negative pair called the same.

The data are held out: measure with them, never tune on them. Prints figures; asserts
nothing. Exits 2 with a one-line reason when a command or the scorer is missing.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ROOT / "tests" / "data" / "unseen"
EXTRACT_DIR = UNSEEN / "extract"
PAIRS = UNSEEN / "names" / "pairs.tsv"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FFDB = Path(sys.executable).parent / "ffdb"
FIELDS = ("persons", "events", "hometowns", "groups", "aliases", "pledges")

Rows = list[dict[str, Any]]


class Missing(Exception):
    """A command or file this benchmark needs is not there."""


def load_scorer() -> ModuleType:
    if not SCORER.is_file():
        raise Missing(f"{SCORER}: the shared scorer is absent (../shared beside the checkout)")
    spec = importlib.util.spec_from_file_location("ffdb_shared_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_ffdb(*args: str, cwd: Path) -> tuple[str, float]:
    """stdout of `ffdb ARGS` and its wall time; Missing when the command does not exist."""
    if not FFDB.is_file():
        raise Missing(f"{FFDB}: ffdb is not installed beside {sys.executable}")
    started = time.perf_counter()
    done = subprocess.run([str(FFDB), *args], cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if "No such command" in done.stderr:
        raise Missing(f"`ffdb {args[0]}` does not exist yet")
    if done.returncode not in (0, 1) or not done.stdout.strip():
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise Missing(f"`ffdb {args[0]}` failed (exit {done.returncode}): {reason}")
    return done.stdout, elapsed


def read_jsonl(text: str) -> Rows:
    return [json.loads(line) for line in text.splitlines() if line.strip().startswith("{")]


def by_file(rows: Rows) -> dict[str, Rows]:
    grouped: dict[str, Rows] = defaultdict(list)
    for row in rows:
        grouped[Path(str(row.get("file", ""))).name].append(row)
    return grouped


def score_file(scorer: ModuleType, gold: Rows, pred: Rows) -> dict[str, list[int]]:
    """tp, fp, fn per field for one file (dates: right, of; releases: found, of, extra)."""
    res = scorer.score(gold, pred)
    counts = {k: [res[k]["tp"], res[k]["fp"], res[k]["fn"]] for k in FIELDS if k in res}
    counts.setdefault("pledges", [0, sum(r.get("type") == "pledge" for r in pred), 0])
    counts["dates"] = [res["event_dates"]["right"], res["event_dates"]["of"]]
    rel = res.get("releases")
    extra = sum(r.get("type") == "release" for r in pred)
    counts["releases"] = [rel["found"], rel["of"], rel["extra"]] if rel else [0, 0, extra]
    return counts


def add_counts(total: dict[str, list[int]], part: dict[str, list[int]]) -> None:
    for key, values in part.items():
        slot = total.setdefault(key, [0] * len(values))
        for i, value in enumerate(values):
            slot[i] += value


def f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


def summarise(counts: dict[str, list[int]]) -> dict[str, Any]:
    out: dict[str, Any] = {k: f1(*counts[k]) for k in FIELDS if k in counts}
    tp, fp, fn = counts["persons"]
    out["persons_p"] = round(tp / (tp + fp), 3) if tp + fp else 0.0
    out["persons_r"] = round(tp / (tp + fn), 3) if tp + fn else 0.0
    right, of = counts["dates"]
    out["dates"] = round(right / of, 3) if of else 0.0
    out["releases"] = "{}/{} (+{} extra)".format(*counts["releases"])
    return out


def measure_extraction(*folders: Path) -> dict[str, Any]:
    """Scores over the articles of one folder or several, pooled: the counts of every
    file summed per language and overall, then turned into F1 and accuracies."""
    scorer = load_scorer()
    per_lang: dict[str, dict[str, list[int]]] = defaultdict(dict)
    overall: dict[str, list[int]] = {}
    files = 0
    elapsed = 0.0
    for folder in folders or (EXTRACT_DIR,):
        if not (folder / "gold.jsonl").is_file():
            raise Missing(f"{folder}: no gold.jsonl there")
        gold = by_file(read_jsonl((folder / "gold.jsonl").read_text(encoding="utf-8")))
        names = sorted(p.name for p in folder.glob("*.txt"))
        stdout, seconds = run_ffdb("extract", *names, "--json", cwd=folder)
        elapsed += seconds
        files += len(names)
        pred = by_file(read_jsonl(stdout))
        for name in names:
            counts = score_file(scorer, gold.get(name, []), pred.get(name, []))
            add_counts(per_lang[name.split("_")[0]], counts)
            add_counts(overall, counts)
    report = {lang: summarise(c) for lang, c in sorted(per_lang.items())}
    report["overall"] = summarise(overall)
    shown = ", ".join(
        str(f.relative_to(ROOT) if f.is_relative_to(ROOT) else f) for f in folders or (EXTRACT_DIR,)
    )
    counts = {k: overall[k] for k in ("persons", "events", "hometowns", "groups", "dates")}
    return {
        "folder": shown,
        "files": files,
        "seconds": round(elapsed, 2),
        "scores": report,
        "counts": counts,
    }


def print_extraction(result: dict[str, Any]) -> None:
    print(f"extract: {result['files']} files of {result['folder']} in {result['seconds']} s")
    head = ("", "persons P", "R", "F1", "events", "dates", "hometowns", "groups", "aliases")
    print("{:<9}{:>10}{:>7}{:>7}{:>8}{:>7}{:>11}{:>8}{:>9}".format(*head))
    for lang, s in result["scores"].items():
        cells = (lang, s["persons_p"], s["persons_r"], s["persons"], s["events"], s["dates"])
        rest = (s["hometowns"], s["groups"], s["aliases"])
        print("{:<9}{:>10}{:>7}{:>7}{:>8}{:>7}{:>11}{:>8}{:>9}".format(*cells, *rest))
    total = result["scores"]["overall"]
    print(f"pledges F1 {total['pledges']} | releases {total['releases']}")
    counts = result["counts"]
    print(
        "counts (tp/fp/fn; dates right/of): "
        + ", ".join(f"{k} {'/'.join(map(str, v))}" for k, v in counts.items())
    )


def read_pairs() -> Rows:
    with PAIRS.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def parse_decisions(stdout: str) -> dict[tuple[str, str, str], str]:
    """(kind, a, b) -> 'true' or 'false', from lines of a, b, kind, score, decision, reason."""
    found = {}
    for line in stdout.splitlines():
        cells = line.split("\t")
        if len(cells) >= 5 and cells[4].strip().lower() in ("true", "false"):
            found[(cells[2].strip(), cells[0], cells[1])] = cells[4].strip().lower()
    return found


def measure_matching() -> dict[str, Any]:
    pairs = read_pairs()
    stdout, elapsed = run_ffdb("match", "--pairs", str(PAIRS), cwd=ROOT)
    decided = parse_decisions(stdout)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_pos, false_neg, unanswered = [], [], 0
    for p in pairs:
        got = decided.get((p["kind"], p["a"], p["b"]))
        if got is None:
            unanswered += 1
        tally[p["kind"]][1] += 1
        if got == p["same"]:
            tally[p["kind"]][0] += 1
        elif got == "true":
            false_pos.append(p)
        elif got == "false":
            false_neg.append(p)
    return {
        "pairs": len(pairs),
        "seconds": round(elapsed, 2),
        "accuracy": {k: round(right / of, 3) for k, (right, of) in sorted(tally.items())},
        "false_positives": [f"{p['kind']}: {p['a']} ~ {p['b']}" for p in false_pos],
        "false_negatives": len(false_neg),
        "unanswered": unanswered,
    }


def print_matching(result: dict[str, Any]) -> None:
    print(f"match: {result['pairs']} held-out pairs in {result['seconds']} s")
    for kind, acc in result["accuracy"].items():
        print(f"  {kind:<7} accuracy {acc}")
    print(f"  positives missed: {result['false_negatives']}, unanswered: {result['unanswered']}")
    print(f"  negatives called the same: {len(result['false_positives'])}")
    for line in result["false_positives"]:
        print(f"    {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("extract", "match"), help="Run one of the two.")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    parser.add_argument(
        "--set",
        action="append",
        help="Folder of articles and gold.jsonl under tests/data/unseen (default: extract);"
        " give it several times to pool the sets' counts.",
    )
    args = parser.parse_args(argv)
    folders = [UNSEEN / name for name in args.set or ["extract"]]
    results: dict[str, Any] = {}
    failed = []
    for name, measure, show in (
        ("extract", lambda: measure_extraction(*folders), print_extraction),
        ("match", measure_matching, print_matching),
    ):
        if args.only and args.only != name:
            continue
        try:
            results[name] = measure()
        except Missing as exc:
            failed.append(f"{name}: {exc}")
            continue
        if not args.json:
            show(results[name])
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    for reason in failed:
        print(f"error: {reason}", file=sys.stderr)
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
