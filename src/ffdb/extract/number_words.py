"""How many a count word says, in the four languages: cardinals ("three", "üç", "три"),
Russian collectives and their oblique cases ("трое", "троих", "трём"), and the
Azerbaijani and Turkish "N of them" ("üçü", "dördü"). Keys are lower-case; each rule
matches its own words with its own regex and looks the number up here."""

from __future__ import annotations

from typing import Final

COUNT_WORDS: Final[dict[str, int]] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "iki": 2, "üç": 3, "dörd": 4, "dört": 4, "beş": 5, "altı": 6, "yeddi": 7, "yedi": 7,
    "səkkiz": 8, "sekiz": 8,
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8,
    "двоих": 2, "трём": 3, "троим": 3, "трёх": 3, "троих": 3, "четырём": 4, "четырёх": 4,
    "четверым": 4, "четверых": 4, "пятерым": 5, "пятерых": 5, "шестерым": 6, "шестерых": 6,
    "ikisi": 2, "üçü": 3, "dördü": 4, "beşi": 5, "altısı": 6, "yeddisi": 7, "yedisi": 7,
}  # fmt: skip
