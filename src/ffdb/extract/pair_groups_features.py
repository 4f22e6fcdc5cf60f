"""Word classes the group model reads (see `pair_groups.py`): around the person's
mentions (an office, a kin word, a member noun, a speech verb), around the group's (a
member noun, a verb of joining, "against", "kidnapped by"), and between the two; the
sets, narrators and common nouns that stand for persons or a group named before, a
denied tie, and the entries of a list.

The classes are general words of the four languages, not the words of any one text. A
window's words are looked up one by one (a word's classes are kept once found): a
regular expression of every word tried at every position cost five times more.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_narrators import narrator
from ffdb.extract.family import kin_words
from ffdb.extract.group_mentions import GroupMention
from ffdb.extract.scan import lowered
from ffdb.extract.sentences import Sentence

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
        savaşçı* mensub* emir* komutan* cihatçı* terörist* leader leaders founder
        founders лидер* главар* основател* lider* rəhbər* başçı* kurucu* qurucu*""",
    # joining, fighting for, swearing to, training with a group
    "join": """join joined joining joins fought fight fighting fights served serving
        pledged swore sworn allegiance trained ranks вступил* вступа* воевал* сражал*
        примкнул* присяг* рядах ряды составе qoşul* döyüş* vuruş* sıraların* tərkibin*
        beyət* katıldı* katılmış* katılan* katılarak* savaş* saflar* biat* membership
        participation led commanded headed founded участи* командовал* возглавл*
        iştirak* katılım* başçılıq*""",
    # the persons a trial, a search or a list is about: in a text about one group's men,
    # the men
    "accused": """defendant defendants accused suspect suspects convict convicts detainee
        detainees returnee returnees fugitive подсудим* обвиняем* подозреваем* осужденн*
        осуждённ* фигурант* задержанн* təqsirləndiril* şübhəli* məhkum* sanık* şüpheli*
        hükümlü* tutuklu* firari*""",
    # the group acting on the person, or the person against it
    "enemy": """against killed_by captured_by held_by taken_by shot_by attacked_by
        murdered_by beheaded_by seized_by targeted_by detained_by kidnapp* abduct*
        hostage hostages captive captives victim victims execut* fled escaped targeting
        crackdown feud feuding rival rivals rivalry против похи* заложни* плен* казн*
        жертв* бежал* qarşı karşı yönelik
        operasyon* контртеррор* tərəfindən tarafından
        girov* rehin* qaçırıl* kaçırıl* əsir* esir* qaçıb kaçtı""",
    # money for a group's men is no membership ("sent money to IS fighters")
    "support": """money funds funding funded financed financing financier financiers cash
        donations деньг* денеж* финансир* пожертвован* спонсир* pul pulu pulla maliyyə*
        finans* para parası parayı aktardı* aktarıl* ianə* bağış*""",
    "negation": """not never no denied denies deny не ни отрица* deyil* değil* olmayıb
        olmadığ* inkar*""",
}
# The relative's own relation: a parent is rarely a fighter, a brother or a son often is.
_KIN: Final = {
    "mother": "kin_elder", "father": "kin_elder", "aunt": "kin_elder", "uncle": "kin_elder",
    "wife": "kin_woman", "sister": "kin_woman", "daughter": "kin_woman", "niece": "kin_woman",
}  # fmt: skip
_KIN_MAN: Final = "kin_man"
_TOKEN: Final = re.compile(r"[^\W\d_]+")


@cache
def _lexicon() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """(word → classes, stem → classes, "first second" → classes)."""
    words: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    phrases: dict[str, set[str]] = {}
    entries = [(w, name) for name, text in _CLASSES.items() for w in text.split()]
    for form, kin in kin_words().items():
        entries += [
            (form.replace(" ", "_"), "kin"),
            (form.replace(" ", "_"), _KIN.get(kin.relation, _KIN_MAN)),
        ]
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
        found = word_classes(token)
        if found:  # most words have none
            out |= found
        if previous in firsts and (pair := phrases.get(f"{previous} {token}")):
            out |= pair
        previous = token
    return out


# A token with classes: its index, its word's classes, those of the phrase it ends with
# the token before it.
Marked = tuple[int, frozenset[str], set[str] | None]


def marked_classes(tokens: list[str]) -> list[Marked]:
    """The tokens of `tokens` with classes of their own or of the phrase they end: what
    `classes_within` reads, so that the classes of several runs of the same tokens cost
    one look-up a token."""
    phrases, firsts = _lexicon()[2], _first_words()
    out: list[Marked] = []
    previous = ""
    for i, token in enumerate(tokens):
        found = word_classes(token)
        pair = phrases.get(f"{previous} {token}") if previous in firsts else None
        if found or pair:
            out.append((i, found, pair))
        previous = token
    return out


def classes_within(marked: list[Marked], start: int, end: int) -> set[str]:
    """`classes_of(tokens[start:end])` read from `marked_classes(tokens)` (0 <= start):
    the run's first token ends no phrase of the run."""
    out: set[str] = set()
    for i, found, pair in marked:
        if start <= i < end:
            out |= found
            if pair and i > start:
                out |= pair
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


# A set of the persons named before as the subject: "All three joined IS", "Both joined
# JMA", "Все трое вступили", "Оба брата воевали", "Hər üçü İŞİD-ə qoşulub", "Üçü de
# DEAŞ'a katıldı", "ailesi onların IŞİD'e katıldığını öğrendi".
_SET: Final = re.compile(
    r"(?<![\w-])(?:all\s+(?:of\s+them|two|three|four|five)|both|the\s+(?:two|three|four)"
    r"\s+(?:men|brothers|friends|of\s+them)|they|все\s+(?:они|двое|трое|четверо)|"
    r"оба|обе|они|двое|трое|четверо|пятеро|hər\s+(?:ikisi|üçü|dördü|beşi)|"
    r"(?:iki|üç|dörd|dört|beş)(?:si|sü|ü|i)\s+d[aeə]|hamısı|hepsi|onlar\w*)(?![\w-])",
    re.I,
)
_COUNTS: Final = {
    "two": 2, "both": 2, "оба": 2, "обе": 2, "двое": 2, "iki": 2,
    "three": 3, "трое": 3, "üç": 3, "four": 4, "четверо": 4, "dörd": 4, "dört": 4,
    "five": 5, "пятеро": 5, "beş": 5,
}  # fmt: skip


def set_members(ctx: DocContext, sentence: Sentence, pos: int) -> list[int]:
    """The persons a set subject before `pos` in the sentence stands for: the last two,
    three, four named before it in the paragraph, or the last list of persons."""
    found = _SET.search(ctx.low, sentence.start, pos)
    if found is None:
        return []
    words = found.group().split()
    count = next((n for w in words for k, n in _COUNTS.items() if w.startswith(k)), 0)
    if not count and (chain := ctx.listed_before(found.start())):
        return chain
    first = sentence.index
    while first > 0 and first > sentence.index - 3:
        if ctx.sentences[first - 1].paragraph != sentence.paragraph:
            break
        first -= 1
    out: list[int] = []
    for agent in reversed(ctx.agents_in(ctx.sentences[first].start, found.start())):
        if agent[0] >= sentence.start and "speech" in classes_in(ctx.low, agent[1], found.start()):
            continue  # "Spokesman X said all three suspects had joined ISIS": who says it
        if agent[2] not in out:
            out.append(agent[2])
    return out[: count or 2]


# "I", "we", "me", "us" and a first-person past ("idik", "gittim", "qayıtdıq")
_FIRST_PERSON: Final = re.compile(
    r"(?<![\w-])(?:i|we|me|us|my|our|я|мы|меня|нас|мой|наш\w*|mən|biz|ben|bizim)(?![\w-])"
    r"|[^\W\d_]+[dt][ıiuü](?:m|[kq])(?![\w-])",
    re.I,
)


def first_person_of(ctx: DocContext, sentence: Sentence) -> int | None:
    """The narrator of a sentence told in the first person (`event_narrators.narrator`)."""
    found = _FIRST_PERSON.search(ctx.low, sentence.start, sentence.end)
    return None if found is None else narrator(ctx, sentence, found.start())


# A group named by a common noun: "the katiba", "the same unit", "группировка",
# "qruplaşma", "Birliğin emiri", "örgüte katıldı". It stands for a group named before.
_ANAPHOR: Final = re.compile(
    r"(?<![\w-])(?:(?:the|this|that|its|same)\s+(?:katiba|katibat|unit|brigade|battalion|"
    r"jamaat|organi[sz]ation|faction|squad|group)(?!\s+of)(?![\w-])|группировк\w*|катиб\w*|"
    r"джамаат\w*|бригад\w*|батальон\w*|отряд\w*|qruplaşma\w*|təşkilat\w*|dəstə\w*|"
    r"örgüt\w*|tabur\w*|katibe\w*|birli(?:k|ğ)(?:i|e|in|ine|inin|ten)?)(?![\w-])",
)


def group_anaphors(low: str) -> list[tuple[int, int]]:
    """The spans of the common nouns that name a group already named (`_ANAPHOR`)."""
    return [m.span() for m in _ANAPHOR.finditer(low)]


# a denial right before or after the group: "I never joined the Islamic State", "не
# состоял в ИГ", "IŞİD'e katılmadım", "İŞİD-ə qoşulmamışam"
_DENIED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:not|never|no\s+longer|denie[sd]|deny|не|никогда\s+не|ни)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_DENIED_AFTER: Final = re.compile(
    r"[»\"”]?[\w'’-]*\s+(?:[^\W\d_]+\s+)?[^\W\d_]+?m[aeə](?:d[ıi]|y[ıi]b|m[ıi]ş|z)[^\W\d_]*(?![\w-])",
    re.I,
)


def denied(ctx: DocContext, mention: GroupMention, start: int) -> bool:
    """Whether the clause denies the tie: a negation in the few words before the group, or
    (Turkish, Azerbaijani) a negative verb right after it."""
    if _DENIED_BEFORE.search(ctx.text, max(start, mention.start - 40), mention.start):
        return True
    return ctx.language in ("tr", "az") and _DENIED_AFTER.match(ctx.text, mention.end) is not None


# a list entry's mark at the start of its sentence: a dash, a bullet, "1.", "2)"
_ITEM: Final = re.compile(r"[^\S\n]*(?:[-–—•*▪●]|\d{1,2}[.)])\s")


def list_items(ctx: DocContext) -> dict[int, int]:
    """Sentences that open with a dash, a bullet or a number: each → the first entry of
    its list (entries at most three sentences apart)."""
    out: dict[int, int] = {}
    last, first = -9, -9
    for sentence in ctx.sentences:
        if _ITEM.match(ctx.text, sentence.start, sentence.end):
            if sentence.index > last + 3:
                first = sentence.index
            out[sentence.index] = first
            last = sentence.index
    return out


def list_features(
    sentences: set[int], named: set[int], items: dict[int, int], features: dict[str, float]
) -> None:
    """An entry of a list ("- Artur Shogenov, 29, of Nalchik"), and one whose list the
    group's sentence leads in ("seven men it says fight for IS ... The list includes:")."""
    firsts = {items[index] for index in sentences if index in items}
    if not firsts:
        return
    features["p_list_item"] = 1.0
    if any(first - k in named for first in firsts for k in (1, 2, 3)):
        features["list_of_group"] = 1.0
