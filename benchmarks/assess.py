"""Assessment speed on a synthetic corpus: 5,000 documents of 250 words, 10,000 claims and
100 copied articles. Prints the time and the flags found; asserts nothing.

    .venv/bin/python benchmarks/assess.py [DOCUMENTS]
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter

from ffdb.assess import DocumentInfo, Fact, assess

STATUSES = ("killed", "travelled", "returned", "arrested")
TOWNS = ("Qusar", "Sumqayit", "Ganja")


def synthetic_corpus(count: int, copies: int = 100) -> tuple[list[Fact], list[DocumentInfo]]:
    rng = random.Random(1)
    words = [f"w{i}" for i in range(5000)]
    docs: list[DocumentInfo] = []
    facts: list[Fact] = []
    for i in range(count):
        published = f"20{14 + i % 6}-0{1 + i % 9}-1{i % 9}"
        text = " ".join(rng.choice(words) for _ in range(250))
        docs.append(DocumentInfo(f"d{i}", published=published, source_id=i % 40, text=text))
        person = f"p{rng.randrange(count // 3)}"
        facts.append(
            Fact(
                id=f"c{i}",
                person=person,
                prop="status",
                value=rng.choice(STATUSES),
                date=f"20{13 + i % 6}",
                document_id=f"d{i}",
                doc_date=published,
            )
        )
        facts.append(
            Fact(
                id=f"h{i}",
                person=person,
                prop="hometown",
                value=rng.choice(TOWNS),
                document_id=f"d{i}",
                doc_date=published,
            )
        )
    for j in range(copies):
        docs.append(
            DocumentInfo(f"copy{j}", published="2019-01-01", source_id=99, text=docs[j].text[:-30])
        )
    return facts, docs


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    facts, docs = synthetic_corpus(count)
    start = time.perf_counter()
    result = assess(facts, docs)
    elapsed = time.perf_counter() - start
    kinds = Counter(f.kind for f in result.flags)
    print(f"{len(facts)} claims, {len(docs)} documents: assessed in {elapsed:.1f} s")
    print("flags: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))


if __name__ == "__main__":
    main()
