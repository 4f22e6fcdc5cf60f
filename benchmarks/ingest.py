"""Ingest speed and memory on a synthetic Telegram Desktop JSON export.

    .venv/bin/python benchmarks/ingest.py                 # N = 10,000 and 100,000
    .venv/bin/python benchmarks/ingest.py --n 1000000     # N/10 and N
    .venv/bin/python benchmarks/ingest.py --n 50000 --single
    .venv/bin/python benchmarks/ingest.py --extract       # with extraction, as `ffdb ingest` runs

Without `--extract` it measures what `ffdb ingest --no-extract` does: reading, keeping the
originals, writing documents and the full-text index. With it, every message's mentions
and claims are extracted and written in the same transaction too.

Each size runs in a fresh process, so the peak resident memory printed (ru_maxrss) is
that run's own: if memory is flat, it barely moves between N/10 and N. The export is
written to a temporary folder, then ingested into a fresh SQLite store with its
full-text index through `ffdb.pipeline.ingest_paths`, as `ffdb ingest` does. All text
is generated from fictional word lists.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any, TextIO

from ffdb.pipeline import ingest_paths
from ffdb.store import open_store


def _words(text: str) -> list[str]:
    return text.split()


WORDS = {
    "az": _words(
        "döyüşçü Sumqayıt şəhərindən Suriyaya getmişdi ailəsi xəbər verdi ki o həlak olub "
        "qardaşı Qusar rayonunda yaşayır məhkəmə hökm çıxardı polis saxladı geri qayıtdı "
        "dəstə üzvü kimi tanınırdı ötən il məlumata görə yaralanıb"
    ),
    "ru": _words(
        "боевик уроженец Шабрана выехал в Сирию в 2014 году по данным источников был убит "
        "его брат задержан полицией суд вынес приговор вернулся на родину член группировки "
        "известный под прозвищем сообщили родственники"
    ),
    "tr": _words(
        "savaşçı Sumgayıt doğumlu Suriye'ye gitti ailesi öldüğünü açıkladı kardeşi gözaltına "
        "alındı mahkeme karar verdi geri döndü örgüt üyesi olarak biliniyordu geçen yıl "
        "kaynaklara göre yaralandı"
    ),
    "en": _words(
        "fighter from the town travelled to Syria in 2014 his family said he was killed "
        "brother arrested by police court sentenced returned home member of the group known "
        "by the alias according to sources reported injured last year"
    ),
    "ar": _words("المقاتل من مدينة سافر إلى سوريا عام قتل في المعارك اعتقل شقيقه عاد إلى بلده"),
}
NAMES = ["Rauf Qasımov", "Тимур Алиев", "Emre Yıldız", "Daniel Roe", "Abu Zaid"]
CHANNELS = ["Xəbər Kanalı", "Новости Кавказа", "Haber Merkezi"]


def make_message(rng: random.Random, msg_id: int, start: int) -> dict[str, Any]:
    lang = rng.choice(list(WORDS))
    words = [rng.choice(WORDS[lang]) for _ in range(rng.randint(30, 60))]
    moment = start + msg_id * 37
    msg: dict[str, Any] = {
        "id": msg_id,
        "type": "message",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(moment)),
        "date_unixtime": str(moment),
        "from": rng.choice(NAMES),
        "from_id": f"user{1000 + rng.randrange(5)}",
    }
    roll = rng.random()
    if roll < 0.10:
        msg["photo"] = f"photos/photo_{msg_id}@01-01-2020_00-00-00.jpg"
        msg["width"], msg["height"] = 1280, 720
    elif roll < 0.13:
        msg["file"] = "(File not included. Change data exporting settings to download.)"
        msg["media_type"], msg["mime_type"] = "video_file", "video/mp4"
    if rng.random() < 0.08:
        msg["forwarded_from"] = rng.choice(CHANNELS)
    if rng.random() < 0.05:
        msg["reply_to_message_id"] = max(1, msg_id - rng.randint(1, 50))
    if rng.random() < 0.10:
        cut = len(words) // 2
        msg["text"] = [
            " ".join(words[:cut]) + " ",
            {"type": "bold", "text": " ".join(words[cut : cut + 3])},
            " " + " ".join(words[cut + 3 :]),
            {"type": "text_link", "text": "link", "href": f"https://example.org/{msg_id}"},
        ]
    else:
        msg["text"] = " ".join(words)
    if rng.random() < 0.05:
        msg["reactions"] = [{"type": "emoji", "count": rng.randint(1, 40), "emoji": "👍"}]
    return msg


def write_export(folder: Path, n: int, seed: int = 7) -> Path:
    """A single-chat `result.json` of `n` messages, written one message at a time."""
    rng = random.Random(seed)
    path = folder / "result.json"
    with path.open("w", encoding="utf-8") as out:
        out.write('{\n "name": "Synthetic channel",\n "type": "public_channel",\n')
        out.write(' "id": 1234567890,\n "messages": [')
        _write_messages(out, rng, n)
        out.write("\n ]\n}\n")
    return path


def _write_messages(out: TextIO, rng: random.Random, n: int) -> None:
    start = 1_400_000_000
    for msg_id in range(1, n + 1):
        out.write("\n  " if msg_id == 1 else ",\n  ")
        line = json.dumps(make_message(rng, msg_id, start), ensure_ascii=False)
        if msg_id % 101 == 0:  # the invalid `\x0B` escape some exporter versions write
            line = line.replace('"text": "', '"text": "\\x0B', 1)
        out.write(line)
        if msg_id % 97 == 0:  # a service message now and then, to be skipped
            service = {"id": -msg_id, "type": "service", "action": "pin_message"}
            out.write(",\n  " + json.dumps(service))


def run_single(n: int, trace: bool, extract: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="ffdb-bench-") as tmp:
        folder = Path(tmp) / "export"
        folder.mkdir()
        began = time.perf_counter()
        export = write_export(folder, n)
        generated = time.perf_counter() - began
        store = open_store(str(Path(tmp) / "bench.sqlite"))
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if trace:
            tracemalloc.start()
        began = time.perf_counter()
        results = ingest_paths(store, [folder], extract=extract)
        elapsed = time.perf_counter() - began
        traced_peak = tracemalloc.get_traced_memory()[1] if trace else None
        store.close()
        failed = [r for r in results if r.status != "ingested"]
        if failed:
            raise SystemExit(f"ingest failed: {failed}")
        documents = sum(r.documents for r in results)
        return {
            "n": n,
            "export_mib": round(export.stat().st_size / 2**20, 1),
            "generate_s": round(generated, 2),
            "ingest_s": round(elapsed, 2),
            "documents": documents,
            "messages_per_s": round((documents - 1) / elapsed),
            "rss_before_mib": round(rss_before / 1024, 1),
            "rss_peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "traced_peak_mib": round(traced_peak / 2**20, 1) if traced_peak else None,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="messages in the largest run")
    parser.add_argument("--single", action="store_true", help="run only N, in this process")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace Python allocations (slower)"
    )
    parser.add_argument(
        "--extract", action="store_true", help="extract mentions and claims too (slower)"
    )
    args = parser.parse_args()
    if args.single:
        print(json.dumps(run_single(args.n, args.tracemalloc, args.extract)))
        return
    rows = []
    for n in (max(1, args.n // 10), args.n):
        command = [sys.executable, __file__, "--n", str(n), "--single"]
        if args.tracemalloc:
            command.append("--tracemalloc")
        if args.extract:
            command.append("--extract")
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(
        f"{'messages':>10} {'MiB':>6} {'ingest s':>9} {'msg/s':>8} {'RSS before':>11} "
        f"{'RSS peak':>9} {'traced':>7}"
    )
    for r in rows:
        traced = "-" if r["traced_peak_mib"] is None else f"{r['traced_peak_mib']}"
        print(
            f"{r['n']:>10,} {r['export_mib']:>6} {r['ingest_s']:>9} {r['messages_per_s']:>8,} "
            f"{r['rss_before_mib']:>11} {r['rss_peak_mib']:>9} {traced:>7}"
        )
    print(
        "RSS in MiB (ru_maxrss, whole process); 'RSS before' is after imports and opening "
        "the store, so peak minus before is what ingest added."
    )


if __name__ == "__main__":
    main()
