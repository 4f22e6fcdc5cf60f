"""Extraction speed on one core, in words per second, over about 1 MB of mixed text.

    .venv/bin/python benchmarks/extract.py              # ~1 MB, every stage below
    .venv/bin/python benchmarks/extract.py --mb 4 --stage dates
    .venv/bin/python benchmarks/extract.py --stage extract_document --profile  # + cProfile

The text is generated from fictional sentences in English, Russian, Azerbaijani and
Turkish (people, places and dates drawn at random), cut into documents of a few
paragraphs like news articles. Each stage runs once over every document after a
warm-up on the first fifty (model loads and caches are not timed). Add a stage to
`STAGES` to time it.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import time
from collections.abc import Callable

from ffdb.extract import extract_document
from ffdb.extract.campaigns import find_pledges
from ffdb.extract.dates import find_dates
from ffdb.extract.language import detect_language, detect_languages
from ffdb.extract.releases import find_releases

GIVEN = ["Elnur", "Ramil", "Tural", "Kamran", "Vusal", "Orxan", "Rauf", "Samir", "Fuad"]
FAMILY = ["Qasimov", "Hüseynli", "Babazadə", "Nəsirov", "Kərimli", "Tağıyev", "Əliyev"]
PLACES = ["Sumqayıt", "Qusar", "Xaçmaz", "Zaqatala", "Quba", "Şabran", "Lənkəran"]
MONTHS = {
    "en": ["January", "March", "May", "July", "September", "November"],
    "ru": ["января", "марта", "мая", "июля", "сентября", "ноября"],
    "az": ["yanvar", "mart", "may", "iyul", "sentyabr", "noyabr"],
    "tr": ["Ocak", "Mart", "Mayıs", "Temmuz", "Eylül", "Kasım"],
}
SENTENCES = {
    "en": [
        "{name}, {age} years old and from {place}, travelled to Syria in {year}.",
        "He was killed on {day} {month} {year2} near Raqqa, his relatives told reporters.",
        "Police in {place} arrested three men in early {year2} on charges of recruitment.",
        "The court sentenced him to seven years in prison; he had fought there since {year}.",
        "According to the ministry, nine million people live in the country and about "
        "300 of its citizens have joined armed groups abroad.",
    ],
    "ru": [
        "{name}, уроженец {place}, в {year} году выехал в Сирию.",
        "Он погиб {day} {month} {year2} года под Алеппо, сообщили родственники.",
        "В конце {year2} года полиция задержала его брата по обвинению в вербовке.",
        "Суд приговорил его к семи годам лишения свободы, ему было {age} лет.",
    ],
    "az": [
        "{place} sakini {name} {year}-ci ildə Suriyaya gedib.",
        "O, {day} {month} {year2}-ci il tarixində Hələb yaxınlığında həlak olub.",
        "{year2}-ci ilin sonunda polis onun qardaşını saxlayıb, o {age} yaşında idi.",
        "Məhkəmə onu yeddi il müddətinə azadlıqdan məhrum edib.",
    ],
    "tr": [
        "{place} doğumlu {name}, {year} yılında Suriye'ye gitti.",
        "{day} {month} {year2} tarihinde Halep yakınlarında öldürüldü.",
        "{year2} yılının sonlarında kardeşi gözaltına alındı; {age} yaşındaydı.",
        "Mahkeme ona yedi yıl hapis cezası verdi.",
    ],
}


def make_documents(size: int, seed: int = 7) -> list[str]:
    """Fictional news-like documents totalling about `size` characters."""
    rng = random.Random(seed)
    docs: list[str] = []
    total = 0
    while total < size:
        lang = rng.choice(list(SENTENCES))
        paragraphs = []
        for _ in range(rng.randint(2, 6)):
            year = rng.randint(2005, 2018)
            fields = {
                "name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                "place": rng.choice(PLACES),
                "age": rng.randint(18, 50),
                "year": year,
                "year2": year + rng.randint(0, 3),
                "day": rng.randint(1, 28),
                "month": rng.choice(MONTHS[lang]),
            }
            sentences = rng.sample(SENTENCES[lang], k=min(3, len(SENTENCES[lang])))
            paragraphs.append(" ".join(s.format(**fields) for s in sentences))
        doc = "\n".join(paragraphs)
        docs.append(doc)
        total += len(doc)
    return docs


STAGES: dict[str, Callable[[str], object]] = {
    # the whole rules pipeline: language, sentences, names, groups, places, dates,
    # aliases, facts, events, releases, pledges, claims
    "extract_document": lambda text: extract_document(text),
    "dates": lambda text: find_dates(text),
    "language (document)": lambda text: detect_language(text),
    "language (paragraphs)": lambda text: detect_languages(text),
    "pledges": lambda text: find_pledges(text),
    "releases": lambda text: find_releases(text, None),
}


def time_stage(run: Callable[[str], object], docs: list[str], profile: bool = False) -> float:
    for doc in docs[:50]:  # warm-up: lazy model loads and caches, whatever the language
        run(doc)
    profiler = cProfile.Profile() if profile else None
    start = time.process_time()
    if profiler is not None:
        profiler.enable()
    for doc in docs:
        run(doc)
    if profiler is not None:
        profiler.disable()
    seconds = time.process_time() - start
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of text")
    parser.add_argument("--stage", choices=sorted(STAGES), action="append")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="print cProfile's top functions per stage (the times then include its overhead)",
    )
    args = parser.parse_args()
    docs = make_documents(int(args.mb * 1_000_000))
    words = sum(len(d.split()) for d in docs)
    chars = sum(len(d) for d in docs)
    print(f"{len(docs):,} documents, {chars:,} characters, {words:,} words")
    for name in args.stage or list(STAGES):
        seconds = time_stage(STAGES[name], docs, args.profile)
        print(f"{name:24} {seconds:7.3f} s  {words / seconds:12,.0f} words/s")


if __name__ == "__main__":
    main()
