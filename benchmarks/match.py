"""Name-matching speed on one core, and accuracy on the development pairs.

    .venv/bin/python benchmarks/match.py                 # 120,000 generated pairs
    .venv/bin/python benchmarks/match.py --pairs 300000 --seed 7

The pairs are generated from fictional Azerbaijani given names and surnames written the
ways sources write them: Azerbaijani Latin, ASCII without its letters, official
romanisation, Russian-style romanisation, Cyrillic, Turkish; in either order, sometimes
with a patronymic, an initial, or a kunya. Half are one person written two ways, half
look-alikes (another given name, a near surname). Speed is pairs per second over every
pair once, with the per-name caches cold at the start (the gazetteers are loaded first,
they are not name analysis). Accuracy, precision and recall are printed for
`../shared/eval/names-dev.tsv` when it is present.
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from pathlib import Path

from ffdb.names.groups import lookup_group
from ffdb.names.match import compare_names
from ffdb.names.places import lookup_place

GIVEN = [
    "Elşən", "Elnur", "Nicat", "Rüfət", "Rövşən", "Rüstəm", "İlqar", "Cabir", "Ceyhun",
    "Vüsal", "Orxan", "Tural", "Kamran", "Samir", "Fuad", "Ramil", "Zaur", "Anar", "Elçin",
    "Həsən", "Hüseyn", "Əli", "Vüqar", "Şahin", "Xəyal", "Cavid", "Rəşad", "Taleh", "Emin",
    "Fərid", "Qismət", "Nurlan", "Məhəmməd", "Yusif", "Ülvi", "Aqil", "Toğrul", "Kənan",
]  # fmt: skip
SURNAMES = [
    "Məmmədov", "Əliyev", "Hüseynov", "Həsənov", "Qurbanov", "Aşurov", "Abdullayev",
    "Şıxəliyev", "Mustafayev", "Kərimov", "Kəngərli", "Badalov", "Əsgərov", "Məhərrəmov",
    "Bayramov", "Babayev", "İsmayılov", "Quliyev", "Cəfərov", "Nəsibov", "Qasımov",
    "Rəhimov", "Süleymanov", "Vəliyev", "Bağırov", "Orucov", "Xəlilov", "Sadıqov",
    "Əhmədli", "Hacıyev", "Zeynalov", "Musayev", "Novruzov", "Tağıyev", "Eminov",
]  # fmt: skip
KUNYAS = ["Yahya", "Omar", "Muhammad", "Bakr", "Hamza", "Ubaydah", "Yusuf", "Zakariya"]
NISBAS = ["Azeri", "Shishani", "Dagestani", "Libi", "Turki", "Kabardi", "Iraqi"]

_OFFICIAL = str.maketrans(
    {"ə": "a", "Ə": "A", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "gh", "ı": "i",
     "İ": "I", "ö": "o", "ü": "u", "Ü": "U", "Ö": "O", "x": "kh", "X": "Kh", "c": "j",
     "C": "J", "q": "g", "Q": "G"}
)  # fmt: skip
_RUSSIAN = str.maketrans(
    {"ə": "e", "Ə": "E", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "g", "ı": "y",
     "İ": "I", "ö": "o", "ü": "u", "Ü": "U", "Ö": "O", "x": "kh", "X": "Kh", "c": "dzh",
     "C": "Dzh", "q": "g", "Q": "G", "h": "g", "H": "G"}
)  # fmt: skip
_ASCII = str.maketrans(
    {"ə": "e", "Ə": "E", "ş": "s", "Ş": "S", "ç": "c", "Ç": "C", "ğ": "g", "ı": "i",
     "İ": "I", "ö": "o", "ü": "u", "Ü": "U", "Ö": "O"}
)  # fmt: skip
_CYRILLIC = {
    "a": "а", "b": "б", "c": "дж", "ç": "ч", "d": "д", "e": "е", "ə": "а", "f": "ф",
    "g": "г", "ğ": "г", "h": "г", "x": "х", "ı": "ы", "i": "и", "j": "ж", "k": "к",
    "q": "г", "l": "л", "m": "м", "n": "н", "o": "о", "ö": "ё", "p": "п", "r": "р",
    "s": "с", "ş": "ш", "t": "т", "u": "у", "ü": "ю", "v": "в", "y": "й", "z": "з",
}  # fmt: skip


def to_cyrillic(name: str) -> str:
    out = []
    for word in name.split():
        low = word.replace("İ", "i").lower()
        # Russian writes a first ü as у, and ü after a consonant as ю (Ульви, Гюнай)
        low = "у" + low[1:] if low.startswith("ü") else low
        letters = "".join(_CYRILLIC.get(c, c) for c in low)
        out.append(letters[:1].upper() + letters[1:])
    return " ".join(out)


def write_as(name: str, style: int) -> str:
    """One of the ways sources write an Azerbaijani name."""
    if style == 0:
        return name
    if style == 1:
        return name.translate(_OFFICIAL)
    if style == 2:
        return name.translate(_RUSSIAN)
    if style == 3:
        return name.translate(_ASCII)
    return to_cyrillic(name)


def person_pair(rng: random.Random, same: bool) -> tuple[str, str]:
    given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
    if rng.random() < 0.15:
        kunya, nisba = rng.choice(KUNYAS), rng.choice(NISBAS)
        other = nisba if same else rng.choice([n for n in NISBAS if n != nisba])
        return f"Abu {kunya} al-{nisba}", f"{rng.choice(['Abu', 'Ebu'])} {kunya} al-{other}"
    left = f"{given} {surname}"
    if same:
        right = f"{surname} {given}" if rng.random() < 0.3 else left
        if rng.random() < 0.1:
            right = f"{given} {rng.choice(GIVEN)} oğlu {surname}"
    else:
        swap_given = rng.random() < 0.5
        other_given = rng.choice([g for g in GIVEN if g != given])
        other_surname = rng.choice([s for s in SURNAMES if s != surname])
        right = f"{other_given} {surname}" if swap_given else f"{given} {other_surname}"
    return write_as(left, rng.randrange(5)), write_as(right, rng.randrange(5))


def generate(count: int, seed: int) -> list[tuple[str, str, bool]]:
    rng = random.Random(seed)
    pairs = []
    for _ in range(count):
        same = rng.random() < 0.5
        a, b = person_pair(rng, same)
        pairs.append((a, b, same))
    return pairs


def report_speed(pairs: list[tuple[str, str, bool]]) -> None:
    lookup_place("Baku")  # load the gazetteers: not name analysis
    lookup_group("Daesh")
    start = time.perf_counter()
    right = 0
    for a, b, same in pairs:
        right += compare_names(a, b, "person").same == same
    elapsed = time.perf_counter() - start
    distinct = len({p[0] for p in pairs} | {p[1] for p in pairs})
    print(f"generated pairs: {len(pairs):,} ({distinct:,} distinct names)")
    print(f"speed: {len(pairs) / elapsed:,.0f} pairs/s on one core ({elapsed:.2f} s)")
    print(f"generated-pairs accuracy: {right / len(pairs):.4f}")


def report_dev(path: Path) -> None:
    if not path.exists():
        print(f"{path}: absent, no accuracy figures")
        return
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    kinds = sorted({r["kind"] for r in rows})
    for kind in [*kinds, "all"]:
        chosen = [r for r in rows if kind in ("all", r["kind"])]
        got = [compare_names(r["a"], r["b"], r["kind"]).same for r in chosen]
        gold = [r["same"].strip().lower() == "true" for r in chosen]
        tp = sum(g and t for g, t in zip(got, gold, strict=True))
        fp = sum(g and not t for g, t in zip(got, gold, strict=True))
        fn = sum(t and not g for g, t in zip(got, gold, strict=True))
        accuracy = sum(g == t for g, t in zip(got, gold, strict=True)) / len(chosen)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(
            f"{path.name} {kind:6} n={len(chosen):3} accuracy={accuracy:.3f} "
            f"precision={precision:.3f} recall={recall:.3f} negatives called same={fp}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=120_000)
    parser.add_argument("--seed", type=int, default=1)
    default_dev = Path(__file__).resolve().parents[1].parent / "shared/eval/names-dev.tsv"
    parser.add_argument("--dev", type=Path, default=default_dev)
    args = parser.parse_args()
    report_speed(generate(args.pairs, args.seed))
    report_dev(args.dev)


if __name__ == "__main__":
    main()
