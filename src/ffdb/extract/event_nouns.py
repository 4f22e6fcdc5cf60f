"""Subjects named by a role rather than a name (see `event_people`): a participle or noun
of the case standing for the person the report is about ("задержанный", "şüpheli",
"həmin şəxs"), and the persons of a list named again by their role or count ("both
suspects", "hər iki şəxs", "задержанные", "the three men", "Üç şüpheli"), and those a
sentence after a counted lede tells one by one ("One of them is A", "Diğeri ise B").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_counted import GROUP_NUMBERS, group_told
from ffdb.extract.event_lists import coordinated_chain
from ffdb.extract.event_spots import Spots, WordPlaces, opening_words
from ffdb.extract.fact_people import right_within
from ffdb.extract.listing import listed_above
from ffdb.extract.role_offices import holds_office
from ffdb.extract.scan import Needles, word_start_regex
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold

# A participle or a noun of the case standing for the person last named as the clause's
# subject ("задержанный прибыл в Сирию", "Gözaltına alınan şüpheli ... tutuklandı").
_ROLE_ANAPHOR_BODY: Final = (
    r"(?:задержанн|подозреваем|обвиняем|подсудим|осужденн|осуждённ)"
    r"(?:ый|ая|ого|ому|ым|ой)|фигурант(?:а|у|ом)?|şüpheli(?:nin|ye|yi)?|zanlı(?:nın|ya|yı)?|"
    r"sanık(?:ın|a|ı)?|terörist|şübhəli(?:nin|yə|ni)?|təqsirləndirilən|müttəhim|"
    r"həmin şəxs\w*|adıçəkilən|sözügedən|söz konusu (?:şahıs|kişi|şüpheli)\w*|adı geçen|"
    r"указанн(?:ый|ого|ому|ым)|данн(?:ый|ого) (?:гражданин|мужчина|боевик)\w*"
)
ROLE_ANAPHOR: Final = word_start_regex(_ROLE_ANAPHOR_BODY)
ROLE_ANAPHOR_SPOTS: Final = Spots(ROLE_ANAPHOR, _ROLE_ANAPHOR_BODY)


COUNTED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:\d{1,3}|iki|üç|dörd|dört|beş|altı|yeddi|yedi|səkkiz|sekiz|doqquz|dokuz|on|"
    r"bir neçə|birkaç|bir kaç|çok sayıda|çoxlu|двое|трое|четверо|пятеро|два|три|четыре|пять|"
    r"несколько|two|three|four|five|several)\s+(?:[^\W\d_]+\s+)?$",
    re.I,
)


def is_role_noun(ctx: DocContext, match: re.Match[str]) -> bool:
    """A participle standing alone for a person ("задержанный прибыл", "В отношении
    задержанного"), no name after it."""
    return bool(ROLE_ANAPHOR.match(ctx.text, match.start())) and (
        right_within(ctx, match.end(), words=3) is None
    )


def protagonist(ctx: DocContext, pos: int) -> int | None:
    """The person a report is about, for a role noun standing for them ("задержанный",
    "şüpheli"): the one named most often before `pos`, the first named on a tie."""
    counts: dict[int, int] = {}
    for name in ctx.names_in(0, pos):
        if name.person is not None:
            counts[name.person] = counts.get(name.person, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return next(p for p, n in counts.items() if n == best)


# The persons of a list named again by their role ("Hər iki şəxs barəsində ... həbs
# qətimkan tədbiri seçilib", "şüpheliler ... tutuklandı", "задержанные арестованы", "the
# suspects were remanded"): every person of the last list, even a paragraph back.
_PLURAL_ROLE_BODY: Final = (
    r"hər iki (?:şəxs|şübhəli|qardaş|nəfər)|hər ikisi\w*|her ikisi\w*|"
    r"hər (?:üç|dörd|beş) (?:şəxs|şübhəli|nəfər)|her (?:üç|dört|beş) (?:şüpheli|kişi|zanlı)|"
    # a count before a singular noun, as Turkish and Azerbaijani write it ("Üç şüpheli
    # adli kontrol şartıyla serbest bırakıldı")
    r"(?:iki|üç|dört|dörd|beş) "
    r"(?:şüpheli|zanlı|sanık|şübhəli|təqsirləndirilən)(?: (?:de|da|də))?(?![\w'’-])|"
    r"ikisi de|şübhəlilər\w*|saxlanılanlar\w*|обоих|обоим|обеих|"
    r"təqsirləndirilənlər\w*|her iki (?:şüpheli|isim|kişi|kardeş|zanlı|sanık)|"
    r"(?:şüpheli|zanlı|sanık|gözaltına alınan|yakalanan)l[ae]r\w*|"
    # those a status was told of, named by it ("İade edilenler ... gözaltına alındı",
    # "Qaytarılanlar ... saxlanılıb", "Экстрадированные арестованы", "the returnees")
    r"(?:iade edilen|getirilen|geri getirilen|geri gönderilen|sınır dışı edilen|"
    r"tutuklanan|teslim edilen)ler\w*|"
    r"(?:qaytarılan|gətirilən|ekstradisiya edilən|deportasiya edilən|deportasiya olunan|"
    r"həbs edilən|həbs olunan|tutulan)lar\w*|"
    r"возвращ[её]нные|экстрадированные|депортированные|арестованные|"
    r"the (?:returnees|deportees|repatriated (?:men|women))|"
    r"оба (?:задержанных|подозреваемых|фигуранта|брата|боевика|обвиняемых)|задержанные|"
    r"подозреваемые|фигуранты|обвиняемые|подсудимые|"
    r"(?:both|the two|the three|all three|all four) (?:suspects|defendants|brothers|women|men|"
    r"fighters|returnees|militants)|"
    r"the (?:suspects|defendants|detainees|accused|pair|brothers|couple)|qardaşlar\w*|"
    r"kardeşler\w*|братья|супруги|все (?:двое|трое|четверо|пятеро|шестеро)|все они|"
    r"all (?:three|four|five|six)(?: of them)?|(?:all|both) of them|hər (?:üçü|dördü|beşi)|"
    # each of those listed ("Qadınların hər biri ... məhkum edilib", "each of them")
    r"hər biri|her biri|each of them|каждый из них|каждая из них|"
    r"(?:üçü|dördü|beşi) de|her (?:üçü|dördü|beşi)|hamısı|hepsi|"
    # "those persons" named by a demonstrative ("həmin şəxslər", "указанные лица")
    r"(?:həmin|bu|adıçəkilən|sözügedən) şəxslər\w*|(?:bu|söz konusu|adı geçen) "
    r"(?:kişiler|şahıslar|şüpheliler)\w*|(?:указанные|эти|данные) (?:лица|граждане|мужчины)|"
    r"these (?:men|individuals|suspects|people)"
)
PLURAL_ROLE: Final = word_start_regex(_PLURAL_ROLE_BODY)
# (asked of the stretch before or after every cue: tried only where its words are)
PLURAL_ROLE_SPOTS: Final = Spots(PLURAL_ROLE, _PLURAL_ROLE_BODY)


# "Gözaltına alınanlar arasında, ... X de bulunuyor": among them, no subject; the names
# come after.
AMONG_AFTER: Final = re.compile(
    r"\s+(?:arasında|arasından|içinde|arasındakı|arasında olan)\b", re.I
)


_TWO: Final = re.compile(
    r"(?:hər iki|her iki|ikisi|оба|обо|обе|both|the two|the pair|the brothers|the couple|"
    r"qardaşlar|kardeşler|братья|супруги)",
    re.I,
)


def role_list(ctx: DocContext, sentence: Sentence, role: re.Match[str]) -> list[int]:
    """The persons of the last list of two or more names in the five sentences before;
    for "both" without such a list, the last two persons named. A bare count ("Üç
    şüpheli") stands for a list of just that many."""
    said = role.group().lower()
    counted = [GROUP_NUMBERS[w] for w in said.split() if w in GROUP_NUMBERS]
    if counted and group_told(ctx, role.start(), counted[0]):
        return []  # "repatriated three men ... all three men were arrested": that group
    if counted and counted[0] >= 3:
        # "All five" resolved as a description (`context_descriptions`) to just as many
        # (a pair's "both" is the last list's, not the last two named)
        told = list(dict.fromkeys(a[2] for a in ctx.agents_in(role.start(), role.end())))
        if len(told) == counted[0]:
            return told
    # the judge, lawyer or prosecutor named beside them is none of "the three men"
    found = [p for p in _role_list(ctx, sentence, role) if not holds_office(ctx, p)]
    bare = _BARE_COUNT.match(role.group())
    # folded: "İki".lower() is "i̇ki", with a combining dot
    if bare is not None and len(found) != _BARE_COUNTS.get(fold(bare.group(1)), len(found)):
        return []
    return found


_BARE_COUNT: Final = re.compile(r"(iki|üç|dört|dörd|beş) ", re.I)
_BARE_COUNTS: Final = {
    fold(w): n for w, n in (("iki", 2), ("üç", 3), ("dört", 4), ("dörd", 4), ("beş", 5))
}


def _role_list(ctx: DocContext, sentence: Sentence, role: re.Match[str]) -> list[int]:
    lo = max(-1, sentence.index - 6)
    for k in range(sentence.index - 1, lo, -1):
        earlier = ctx.sentences[k]
        listed = listed_above(ctx, earlier.end - 1)
        if listed:  # "- A;\n- B;\n- C\nsaxlanılıblar. ... Həmin şəxslər ..."
            return listed
        names = ctx.names_in(earlier.start, earlier.end)
        for i in range(len(names) - 1, 0, -1):
            chain = list(dict.fromkeys(coordinated_chain(ctx.text, names[: i + 1])))
            if len(chain) >= 2:
                return chain[::-1]
    two = _TWO.match(role.group()) is not None
    counted_before = [] if two else _counted_before(ctx, sentence, role.group())
    if counted_before:  # "3 sanık hakkında karar ... A ... B ... C ... sanıklar"
        return counted_before
    # no list: "both" is the last two persons named; "the suspects", everyone named in
    # the two sentences before
    last: list[int] = []
    for k in range(sentence.index - 1, lo if two else max(-1, sentence.index - 3), -1):
        for name in reversed(ctx.names_in(ctx.sentences[k].start, ctx.sentences[k].end)):
            if name.person is not None and name.person not in last:
                last.append(name.person)
            if two and len(last) == 2:
                return last[::-1]
    if two:
        return []
    counted = _COUNT_WORD.search(role.group())
    want = _FOLDED_COUNTS.get(fold(counted.group()), 0) if counted else 0
    # "hər üç şəxs" with fewer named in the two sentences before: further back, that many
    for k in range(sentence.index - 3, lo, -1) if len(last) < want else ():
        for name in reversed(ctx.names_in(ctx.sentences[k].start, ctx.sentences[k].end)):
            if name.person is not None and name.person not in last and len(last) < want:
                last.append(name.person)
    return last[::-1] if len(last) >= 2 else []


# The plural endings of the role nouns, off to find the noun counted earlier.
_PLURAL_ENDING: Final = re.compile(r"(?:l[ae]r|ые|ие|s)$")
_ROLE_COUNTS: Final = (
    r"\d{1,2}|two|three|four|five|six|iki|üç|dörd|dört|beş|altı|двое|трое|четверо|пятеро|"
    r"шестеро|двух|трех|трёх|четырех|четырёх|пяти|шести"
)
_WORD_COUNTS: Final = {
    **dict.fromkeys(("two", "iki", "двое", "двух"), 2),
    **dict.fromkeys(("three", "üç", "трое", "трех", "трёх"), 3),
    **dict.fromkeys(("four", "dörd", "dört", "четверо", "четырех", "четырёх"), 4),
    **dict.fromkeys(("five", "beş", "пятеро", "пяти"), 5),
    **dict.fromkeys(("six", "altı", "шестеро", "шести"), 6),
}


@lru_cache(maxsize=64)
def _role_count_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?P<count>{_ROLE_COUNTS})\s+(?:[^\W\d_][\w-]*\s+){{0,2}}?"
        rf"{re.escape(stem)}\w*",
        re.I,
    )


def _counted_before(ctx: DocContext, sentence: Sentence, role: str) -> list[int]:
    """The persons named after the role noun's count earlier in the report, when as many
    as counted ("suçlanan 3 sanık hakkındaki kararını açıkladı. ... A ... B ... C ...
    sanıklar gözaltına alınmıştı", "five suspects ... A, B ... the suspects")."""
    word = role.split()[-1].lower()
    stem = _PLURAL_ENDING.sub("", word)
    if len(stem) < 4 or stem == word:
        return []
    lo = ctx.sentences[max(0, sentence.index - 12)].start
    counts = list(_role_count_pattern(stem).finditer(ctx.text, lo, sentence.start))
    if not counts:
        return []
    found = counts[-1]  # the last count before
    count = found.group("count").lower()
    total = int(count) if count.isdigit() else _WORD_COUNTS.get(count, 0)
    if not 2 <= total <= 6:
        return []
    names = ctx.names_in(found.end(), sentence.start)
    out = list(dict.fromkeys(n.person for n in names if n.person is not None))
    return out if len(out) == total else []


_COUNTS: Final = {
    "üç": 3,
    "dörd": 4,
    "dört": 4,
    "beş": 5,
    "three": 3,
    "four": 4,
    "five": 5,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    "üçü": 3,
    "dördü": 4,
    "beşi": 5,
}
_COUNT_WORD: Final = re.compile(r"(?<![\w-])(?:" + "|".join(_COUNTS) + r")(?![\w-])", re.I)
# looked up folded: under re.I "BEŞİ" matches, and its lower() ends in a combining dot
_FOLDED_COUNTS: Final = {fold(word): n for word, n in _COUNTS.items()}


# A counted subject or object of a lede's cue, named only later ("Two suspected
# militants were killed ... The committee named the dead men as A, 27, and B, 31",
# "handed over a 34-year-old man ..., along with a second suspect ... The man, named as
# A ... The second man, B", "двое боевиков ликвидированы ... Их личности установлены:
# A и B", "iki terrorçu məhv edilib ... Onların şəxsiyyəti müəyyən edilib: A və B").
_COUNT_WORDS: Final = {
    **dict.fromkeys(("a", "an", "one"), 1),
    **dict.fromkeys(("two", "два", "две", "двое", "iki"), 2),
    **dict.fromkeys(("three", "три", "трое", "üç"), 3),
    **dict.fromkeys(("four", "четыре", "четверо", "dörd", "dört"), 4),
    **dict.fromkeys(("five", "пять", "пятеро", "beş"), 5),
}
_COUNTED_NOUNS: Final = (
    r"(?:suspected\s+)?(?:men|man|women|woman|militants?|fighters?|suspects?|gunmen|"
    r"jihadists?|insurgents?|people|persons?|citizens?|nationals?|accomplices|associates)|"
    r"боевик\w*|сообщник\w*|соучастник\w*|мужчин\w*|подозреваем\w*|человек\w*|жител\w*|уроженц\w*|граждан\w*|"
    r"nəfər|şəxs\w*|yaraqlı\w*|terrorçu\w*|döyüşçü\w*|şübhəli\w*|vətəndaş\w*|"
    r"şüpheli\w*|kişi\w*|terörist\w*|militan\w*|zanlı\w*"
)
_COUNTED_NOUN: Final = re.compile(
    r"(?<![\w-])(?P<count>\d{1,2}|a|an|one|two|three|four|five|два|две|двое|три|трое|четыре|"
    r"четверо|пять|пятеро|iki|üç|dörd|dört|beş)\s+(?:[^\W_][\w-]*\s+){0,3}?"
    rf"(?:{_COUNTED_NOUNS})(?![\w-])",
    re.I,
)
# Where a noun of `_COUNTED_NOUN` opens a word (after a space, as the regex has it): a
# clause with none needs no search (most: the count words are "a", "one", digits).
_NOUN_PLACES: Final = WordPlaces(opening_words(_COUNTED_NOUNS))
# "..., along with a second suspected militant": one more
_ONE_MORE: Final = re.compile(
    r"(?<![\w-])(?:along with|together with|and|вместе с|а также|ilə birlikdə|ile birlikte)\s+"
    r"(?:a|an|one)?\s*(?:second|another|other|вторым|ещё одним|ikinci|başqa bir|bir başka)\s",
    re.I,
)
# Where a later sentence names them: the names follow.
_NAMING: Final = re.compile(
    r"(?<![\w-])(?:(?:named|identified)\s+(?:(?:the|them|him|her|both|two|three|dead|slain|"
    r"killed|detained|arrested|men|man|suspects?|militants?|victims?|women|woman|pair|"
    r"deceased|as)\s+){0,4}?as|личност[ьи]\s+(?:[^\s.]+\s+){0,3}?установлен[аы]?\s*(?::|—|–|,)?"
    r"(?:\s*это)?|им[иа]?\s+оказал(?:ись|ся|ась)|опознан[аы]?\s+как|"
    r"şəxsiyyət(?:i|ləri)\s+müəyyən(?:ləşdirilib|\s+edilib|\s+olunub)\s*[:—–-]?|"
    r"kimlik(?:i|leri)\s+(?:[^\s.]+\s+){0,2}?(?:belirlendi|tespit edildi)\s*[:—–-]?|"
    r"(?:the|The)\s+(?:second|third|other|first)\s+(?:man|woman|suspect|militant|fighter),)",
    re.I,
)
# The names of a list set off by appositions ("A, 29, a native of X, and B", "A, 29,
# B"): the gap closes with "and" or a comma. (The count checks the list.)
_LOOSE_GAP: Final = re.compile(
    r"[^.;:]{0,90}?(?:,\s*|\s+)(?:and|и|və|ve|ile)\s+|\s*,(?:[^.;:]{0,60},)?\s*", re.I
)


def _lede_count(
    ctx: DocContext, clause: tuple[int, int], match: re.Match[str], sentence_end: int
) -> int:
    """How many people the cue's clause counts, before the cue or right after it ("Two
    militants were killed", "handed over a 34-year-old man, along with a second"): 0
    when none."""
    found = None
    if _NOUN_PLACES.any_in(ctx.text, clause[0], match.start()):
        found = _COUNTED_NOUN.search(ctx.text, clause[0], match.start())
    after, stop = match.end() + 1, min(clause[1], match.end() + 60)
    if found is None and _NOUN_PLACES.any_in(ctx.text, after, stop):
        found = _COUNTED_NOUN.match(ctx.text, after, stop)
    if found is None:
        return 0
    count = found.group("count").lower()
    total = int(count) if count.isdigit() else _COUNT_WORDS.get(count, 0)
    if total == 1 and _ONE_MORE.search(ctx.text, found.end(), sentence_end):
        total = 2
    return total


_NAMING_NEEDLES: Final = Needles(_NAMING)


def named_later(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], match: re.Match[str]
) -> list[int]:
    """The persons a cue about counted, unnamed people is about: those the next
    sentences name as them, when they are as many as counted."""
    if ctx.agents_in(sentence.start, sentence.end):
        return []
    total = _lede_count(ctx, clause, match, sentence.end)
    if not 0 < total <= 5:
        return []
    out: list[int] = []
    members: list[int] = []  # those a sentence opens by telling one of them
    last = min(len(ctx.sentences), sentence.index + 5)
    low = ctx.folded()
    for later in ctx.sentences[sentence.index + 1 : last]:
        member = _member_of(ctx, later)
        if member is not None and member not in members:
            members.append(member)
        if not _NAMING_NEEDLES.may_match(low, later.start, later.end):
            continue
        for naming in _NAMING.finditer(ctx.text, later.start, later.end):
            out += named_after(ctx, naming.end(), later.end)
        if len(out) >= total:
            break
    out = list(dict.fromkeys(out))
    if len(out) == total:
        return out
    # "arrested three men ... One of them is A ... A second man, B, ...": each told one
    # of them is, however many of them go unnamed
    return members if len(members) <= total and total > 1 else []


# A sentence opening by telling one of the persons counted before ("One of them is A", "A
# second man, B,", "Şüphelilerden biri, ... A", "Diğeri ise ... B", "Один из них — A",
# "Onlardan biri ... A, digəri B"): the person it names first is one of them.
_MEMBER_OPENS: Final = re.compile(
    # English and Russian: the name right after a copula, a comma or a dash
    r"\W*(?:(?:one of them|one of the (?:men|women|suspects|fighters|militants)|"
    r"(?:a|the) (?:second|third|other) (?:man|woman|suspect|fighter|militant)|"
    r"another (?:man|woman|suspect|fighter|militant)|the other one|"
    r"(?:один|одна|одним|одной) из (?:них|задержанных|подозреваемых)|"
    r"втор(?:ой|ая|ым)|треть(?:им|ей)|третий|третья|друг(?:ой|ая|им)|"
    r"ещ[её] (?:один|одна|одним|одной))(?:\s+(?:is|was|был[аи]?|оказал(?:ся|ась)|"
    r"является|стал[аи]?)\s+|\s*[,—–-]\s*)|"
    # Azerbaijani and Turkish: the name anywhere after, up to the copula at the end
    r"(?:(?:[^\W\d_]+(?:lardan|lerden|lərdən)|onlardan|bunlardan) biri|diğeri|digəri|"
    r"ikincisi|üçüncüsü)(?![\w-]))",
    re.I,
)
# Words of saying between the opening and the name: the name is the speaker's.
_SAYING: Final = re.compile(
    r"(?<![\w-])(?:said|says|told|according to|сказал\w*|заявил\w*|сообщил\w*|по словам|"
    r"bildirib|deyib|söyledi|dedi|açıkladı|göre)(?![\w-])",
    re.I,
)
_MEMBER_WORDS: Final = Needles(_MEMBER_OPENS)


def members_named(ctx: DocContext, sentence: Sentence, total: int) -> list[int]:
    """The persons the next few sentences after `sentence` open by telling one of those
    counted in it ("One of them is A"), when no more than `total` (over 1)."""
    members: list[int] = []
    for later in ctx.sentences[sentence.index + 1 : sentence.index + 5]:
        member = _member_of(ctx, later)
        if member is not None and member not in members:
            members.append(member)
    return members if len(members) <= total and total > 1 else []


def _member_of(ctx: DocContext, sentence: Sentence) -> int | None:
    """The person a sentence opening by telling one of those counted names first."""
    reach = min(sentence.end, sentence.start + 40)
    if not _MEMBER_WORDS.may_match(ctx.folded(), sentence.start, reach):
        return None
    opens = _MEMBER_OPENS.match(ctx.text, sentence.start)
    if opens is None:
        return None
    named = ctx.agents_in(opens.end(), min(sentence.end, opens.end() + 160))
    if not named or _SAYING.search(ctx.text, opens.end(), named[0][0]):
        return None
    return named[0][2]


_DASH_OPEN: Final = re.compile(r"\s*[:—–-]\s")


def listed_after_dash(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], match: re.Match[str]
) -> list[int]:
    """The persons of the list a dash or colon opens after the cue's counted clause, when
    as many as counted, past the appositions that hold places ("задержаны двое его
    сообщников — житель Баксана A, 1995 года рождения, и уроженец Чечни B")."""
    if not _DASH_OPEN.match(ctx.text, clause[1]) or ctx.agents_in(sentence.start, clause[1]):
        return []
    total = _lede_count(ctx, clause, match, sentence.end)
    if not 2 <= total <= 5:
        return []
    out = list(dict.fromkeys(n.person for n in ctx.names_in(clause[1], sentence.end)))
    return [p for p in out if p is not None] if len(out) == total else []


def named_after(ctx: DocContext, pos: int, end: int) -> list[int]:
    """The name right after a naming word and those listed with it, past appositions
    ("A, 27, a native of X, and B, 31")."""
    agents = ctx.agents_in(pos, end)
    if not agents or len(ctx.text[pos : agents[0][0]].split()) > 1:
        return []
    out = [agents[0][2]]
    for before, agent in pairwise(agents):
        if not _LOOSE_GAP.fullmatch(ctx.text, before[1], agent[0]):
            break
        out.append(agent[2])
    return out
