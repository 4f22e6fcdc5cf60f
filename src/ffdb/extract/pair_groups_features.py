"""Word classes the group model reads (see `pair_groups.py`): around the person's
mentions (an office, a kin word, a member noun, a speech verb), around the group's (a
member noun, a verb of joining, "against", "kidnapped by"), and between the two.

The classes are general words of the four languages, not the words of any one text. A
window's words are looked up one by one (a word's classes are kept once found): a
regular expression of every word tried at every position cost five times more.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from ffdb.extract.family import kin_words
from ffdb.extract.scan import lowered

# Words of each class as `scan.lowered` writes them; a trailing "*" makes a stem, "_"
# joins the two words of a phrase.
_CLASSES: Final = {
    # offices whose holders the stories quote and the gold never ties to a group
    "office": """judge justice magistrate prosecutor prosecutors attorney lawyer barrister
        solicitor counsel spokesman spokeswoman spokesperson minister ambassador officer
        officers detective investigator inspector commissioner governor mayor expert
        experts analyst analysts researcher researchers scholar professor journalist
        reporter correspondent director official судья судьи судье судьей судьёй
        прокурор* гособвинител* адвокат* защитник* следовател* министр* представител*
        секретар* сотрудник* эксперт* аналитик* политолог* журналист* корреспондент*
        исследовател* профессор* начальник* руководител* полковник* hakim* prokuror*
        vəkil* müstəntiq* nazir* ekspert* analitik* jurnalist* tədqiqatçı* sədr* rəis*
        əməkdaş* polkovnik* savcı* avukat* bakan* sözcü* uzman* analist* gazeteci*
        araştırmacı* başkan* müdür* komiser* kaymakam* akademisyen*""",
    # saying: who says something of others is rarely one of them
    "speech": """said says told stated added explained recalled according_to заявил*
        сказал* рассказал* сообщил* отметил* пояснил* по_словам bildirib bildirdi deyib
        dedi söyləyib söyledi qeyd_edib açıkladı belirtti ifade_etti anlattı danışıb""",
    # nouns of a group's men: "fighter of X", "X üzvü", "боевик X"
    "member": """member members fighter fighters militant militants jihadist jihadists
        jihadi jihadis emir emirs amir amirs commander commanders recruiter recruiters
        mujahid* terrorist terrorists volunteer volunteers член* участник* боевик* эмир*
        амир* командир* вербовщик* моджахед* муджахид* террорист* игиловц* üzv*
        döyüşçü* yaraqlı* silahlı* əmir* komandir* terrorçu* muzdlu* üye* militan*
        savaşçı* mensub* emir* komutan* cihatçı* terörist*""",
    # joining, fighting for, swearing to, training with a group
    "join": """join joined joining joins fought fight fighting fights served serving
        pledged swore sworn allegiance trained ranks вступил* вступа* воевал* сражал*
        примкнул* присяг* рядах ряды составе qoşul* döyüş* vuruş* sıraların* tərkibin*
        beyət* katıldı* katılmış* katılan* katılarak* savaş* saflar* biat*""",
    # the group acting on the person, or the person against it
    "enemy": """against killed_by captured_by held_by taken_by shot_by attacked_by
        murdered_by beheaded_by seized_by targeted_by detained_by kidnapp* abduct*
        hostage hostages captive captives victim victims execut* fled escaped против
        похи* заложни* плен* казн* жертв* бежал* qarşı karşı tərəfindən tarafından
        girov* rehin* qaçırıl* kaçırıl* əsir* esir* qaçıb kaçtı""",
    "negation": """not never no denied denies deny не ни отрица* deyil* değil* olmayıb
        olmadığ* inkar*""",
}
_TOKEN: Final = re.compile(r"[^\W\d_]+")


@cache
def _lexicon() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """(word → classes, stem → classes, "first second" → classes)."""
    words: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    phrases: dict[str, set[str]] = {}
    entries = [(w, name) for name, text in _CLASSES.items() for w in text.split()]
    entries += [(k.replace(" ", "_"), "kin") for k in kin_words()]
    for entry, name in entries:
        entry = lowered(entry)
        if "_" in entry:
            parts = entry.split("_")
            phrases.setdefault(" ".join(parts[-2:]), set()).add(name)
        elif entry.endswith("*"):
            stems.setdefault(entry[:-1], set()).add(name)
        else:
            words.setdefault(entry, set()).add(name)
    return words, stems, phrases


# The group's men as the agent of a passive: "DEAŞ'lı teröristlerce öldürülen X",
# "убит боевиками ИГИЛ": not a member noun of the person's, the group acting on them.
_AGENTIVE: Final = re.compile(r"(?:l[ae]r(?:[ıi]n)?[cç][ae]|[аия]ми)$")


@lru_cache(maxsize=65536)
def word_classes(word: str) -> frozenset[str]:
    words, stems, _ = _lexicon()
    found = set(words.get(word, ()))
    for size in _stem_sizes():
        found |= stems.get(word[:size], set())
    if "member" in found and _AGENTIVE.search(word):
        return frozenset({"enemy"})
    return frozenset(found)


@cache
def _stem_sizes() -> tuple[int, ...]:
    return tuple(sorted({len(stem) for stem in _lexicon()[1]}))


def classes_in(low: str, start: int, end: int) -> set[str]:
    """The classes of the words of `low[start:end]`."""
    return classes_of(_TOKEN.findall(low, start, end)) if start < end else set()


def words_in(low: str, start: int, end: int) -> list[str]:
    return _TOKEN.findall(low, start, end) if start < end else []


def classes_of(tokens: list[str]) -> set[str]:
    """The classes of the words `tokens` and of the phrases two of them make."""
    phrases, firsts = _lexicon()[2], _first_words()
    out: set[str] = set()
    previous = ""
    for token in tokens:
        out |= word_classes(token)
        if previous in firsts and (pair := phrases.get(f"{previous} {token}")):
            out |= pair
        previous = token
    return out


@cache
def _first_words() -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in _lexicon()[2])


def distance_features(sentences: int, same_clause: bool) -> dict[str, float]:
    """The nearest person mention to a group mention, bucketed."""
    if sentences == 0:
        return {"d_clause": 1.0} if same_clause else {"d_sentence": 1.0}
    if sentences == 1:
        return {"d_adjacent": 1.0}
    if sentences <= 3:
        return {"d_near": 1.0}
    return {"d_far": 1.0}
