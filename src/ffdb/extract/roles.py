"""Groups and units attached to persons, with a role (member, leader, founder): "fought
for X", "in the ranks of X", "X-in tərkibində", "X saflarında", "X'e katıldı", "в рядах
X", "боевик X", "İŞİD-çi X", "X's emir, Y", "three members of X: A, B and C". The cues are
in `data/cues.tsv`; the group is the gazetteer's or one the text names ("member of
Taifetul Mansura"). No role from a denial ("never a member"), from the group's men acting
on the person ("kidnapped by IS fighters"), or when a relative stands between ("her
husband, an IS fighter").
"""

from __future__ import annotations

import re
from functools import cache

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact, coordinated_after, persons_near, right_within
from ffdb.extract.group_mentions import GroupMention, group_from_words
from ffdb.extract.lexicon import alternation, cues, group_words
from ffdb.extract.role_checks import (
    about_a_relative,
    denied_or_passive,
    named_parent,
    one_name_per_group,
)
from ffdb.extract.scan import CueScanner
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold

GROUP_EXTRACTOR = "group_role_rules.v1"


@cache
def _role_regex() -> CueScanner:
    pairs = [
        (f"{c.kind}_{c.where}_{i}", c.pattern)
        for i, c in enumerate(cues())
        if c.kind in ("member", "leader", "founder")
    ]
    return alternation(pairs)


_ROLE_NOUN_IN = re.compile(
    r"(?:leader|head|chief|emir|amir|commander)s?\s+(?:of|in|within|with)$", re.I
)
_ADJECTIVAL = re.compile(r"(?:\bthe|\ba|\ban|newly|recently|later|once)\s+$", re.I)
_LEFT_PERSON = re.compile(r"took over|rəhbərlik|başçılıq|yarad|qur|kurdu|kurmuş|təşkil", re.I)


def find_roles(ctx: DocContext) -> list[Fact]:
    out = []
    for match in _role_regex().finditer(ctx.text, ctx.low):
        role, where, _ = (match.lastgroup or "x_x_0").split("_")
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        if (
            role == "founder"
            and not match.group().lower().startswith(("founder", "co-founder"))
            and _ADJECTIVAL.search(ctx.text[max(0, match.start() - 20) : match.start()])
        ):
            continue  # "the newly created Islamic State": a participle, nobody founding
        group = _group_for(ctx, sentence, match, where)
        if group is None and where == "after" and _ROLE_NOUN_IN.match(match.group()):
            where = "before"  # "the Islamic State's emir in Raqqa": the group came first
            group = _group_for(ctx, sentence, match, where)
        if group is None or _pledge_to_a_person(ctx, match, group):
            continue
        if denied_or_passive(ctx, match, group, where):
            continue
        group = named_parent(ctx, group)
        persons = _persons_for(ctx, sentence, match, role, where, group)
        chained = _chained(ctx, sentence, group) if persons and role == "member" else []
        for person in persons:
            for each in (group, *chained):
                out.append(
                    _role_fact(person, role, match.group().strip(), each, sentence, match.span())
                )
    return one_name_per_group(out + _suffixed_members(ctx))


# "fought first with X, then with Y", "önce X'e, sonra Y'ye katıldı": one role, two
# groups in turn.
_CHAIN_GAP = re.compile(
    r"[»”\"’']?\s*,?\s*(?:(?:and|and later|and then|later|then|afterwards|а затем|затем|потом|"
    r"позже|sonra|sonra isə|sonra ise|daha sonra|ardından)\s+|(?:and\s+)?(?:its|their)\s+"
    r"successors?\s*,\s*)+(?:(?:with|for|in|joined)\s+)?"
    r"(?:the\s+)?[«“\"]?",
    re.I,
)


def _chained(ctx: DocContext, sentence: Sentence, group: GroupMention) -> list[GroupMention]:
    out: list[GroupMention] = []
    previous = group
    for after in ctx.groups_in(group.end, sentence.end):
        if not _CHAIN_GAP.fullmatch(ctx.text, previous.end, after.start):
            break
        out.append(after)
        previous = after
    return out


def _role_fact(
    person: int,
    role: str,
    word: str,
    group: GroupMention,
    sentence: Sentence,
    cue: tuple[int, int],
) -> Fact:
    extra = {"role": role, "role_word": word, "as_written": group.text}
    extra["written"] = group.written or group.name
    if group.group_id:
        extra["group_id"] = group.group_id
    return Fact(
        person,
        "group",
        group.name,
        sentence.start,
        sentence.end,
        cue[0],
        cue[1],
        extractor=GROUP_EXTRACTOR,
        confidence=0.75,
        extra=extra,
    )


_MEMBER_SUFFIX = re.compile(r"[-'’](?:ç[ıiuü]|c[ıiuü]|l[ıiuü]|affiliated|linked|aligned)$")


def _suffixed_members(ctx: DocContext) -> list[Fact]:
    """Azerbaijani and Turkish make a member of a group with a suffix: "İŞİD-çi Elvin
    Məmmədov", "DEAŞ'lı terörist Ahmet Kaya"."""
    out = []
    for group in ctx.groups:
        if not _MEMBER_SUFFIX.search(group.text):
            continue
        sentence = ctx.index.at(group.start)
        person = right_within(ctx, group.end, words=3)
        if person is None and group.text.endswith(("affiliated", "linked", "aligned")):
            left = ctx.agents_in(
                group.start - 60, group.start
            )  # "X was an IS-affiliated recruiter"
            person = left[-1][2] if left and sentence and left[-1][0] >= sentence.start else None
        if sentence is not None and person is not None:
            word = group.text[-3:]
            out.append(
                _role_fact(person, "member", word, group, sentence, (group.start, group.end))
            )
    return out


_PLEDGE_CUE = re.compile(r"allegiance|bay|присяг|beyət|biat", re.I)


def _pledge_to_a_person(ctx: DocContext, match: re.Match[str], group: GroupMention) -> bool:
    """A pledge to a group's leader ("gave baya to the Islamic State of Iraq’s leader Abu
    ‘Umar") says nothing of membership of the group."""
    after = ctx.text[group.end : group.end + 3]
    return bool(_PLEDGE_CUE.search(match.group())) and bool(
        re.match(r"['’]s?\s", after) or re.search(r"['’]s$", group.text)
    )


# Cue words too common to stand for membership unless a group follows them.
_LOOSE_AFTER = re.compile(r"part of|belong|worked for|served|fight|figure|official", re.I)


def _group_for(
    ctx: DocContext, sentence: Sentence, match: re.Match[str], where: str
) -> GroupMention | None:
    if where == "after":
        after = ctx.groups_in(match.end(), min(sentence.end, match.end() + 80))
        if after and _short_gap(ctx.text[match.end() : after[0].start]):
            return after[0]
        if _LOOSE_AFTER.match(match.group()):
            return None  # "part of Azer Misirxanov's group": no group named
        rest = ctx.text[match.end() : sentence.end]
        if _anaphor(rest):
            return _group_meant(ctx, match.start())
        if re.match(r"\s*(?:its|their)\b", rest, re.I):
            groups = ctx.groups_in(sentence.start, match.start())
            return groups[-1] if groups else ctx.last_group_before(match.start())
        if ctx.names_in(match.end(), min(sentence.end, match.end() + 30)):
            if re.match(r"recruited|trained|проходил", match.group(), re.I):
                return None  # "recruited by X, an IS recruiter": X's group, not theirs
            return _nearest_group(ctx, sentence, match.start())
        made = group_from_words(ctx.text, match.end(), min(sentence.end, match.end() + 80))
        if (
            made is not None
            and not ctx.names_in(made.start, made.end)
            and not ctx.places_in(made.start, made.end)
        ):
            return made
        return None
    before = ctx.groups_in(sentence.start, match.start())
    gap = ctx.text[before[-1].end : match.start()] if before else ""
    if before and (
        _only_group_words(gap)
        or (_JOIN_VERB.match(match.group()) and _adverbs_only(ctx, gap, before[-1].end))
        or (
            re.match(r"led by|headed by|commanded by|under|took over|под", match.group(), re.I)
            and len(gap.split()) <= 4  # not "вступил в ИГИЛ и проходил обучение ... под"
        )
    ):
        return before[-1]
    if _anaphor_before(ctx.text[max(sentence.start, match.start() - 40) : match.start()]):
        return _group_meant(ctx, match.start())
    if re.match(r"(?:its|their)\s", match.group(), re.I) or re.match(
        r"led by|headed by", match.group(), re.I
    ):
        start_text = ctx.text[sentence.start : match.start()]
        if re.match(r"^\s*(?:It|They|The group|This group)\b", start_text) or re.match(
            r"its|their", match.group(), re.I
        ):
            return before[-1] if before else ctx.last_group_before(match.start())
    return None


def _group_meant(ctx: DocContext, pos: int) -> GroupMention | None:
    """The group "the group" stands for: the one named last a few sentences before, else
    the only group the document has named before `pos` (a headline's, a lead's)."""
    group = ctx.last_group_before(pos)
    if group is not None:
        return group
    named = [g for g in ctx.groups_in(0, pos) if g.end <= pos]
    return named[0] if len({g.name for g in named}) == 1 else None


# Verbs of joining and fighting, which a time or manner may part from their group
# ("DEAŞ'a 2014 yılında katıldı", "İŞİD-ə könüllü qoşulub").
_JOIN_VERB = re.compile(r"katıl|qoşul|döyüş|vuruş|savaş", re.I)


def _adverbs_only(ctx: DocContext, gap: str, start: int) -> bool:
    if len(gap.split()) > 3 or re.search(r"[,;.:()!?]|qarşı|karşı|против|against", gap):
        return False  # "İŞİD-ə qarşı döyüşüb": fought against it
    return not ctx.agents_in(start, start + len(gap)) and not ctx.places_in(start, start + len(gap))


_BETWEEN = re.compile(r"[\s’'s“”\"«»-]*")
# A case ending glued after a closing quote: "“Cəbhət ən-Nüsrə”nin üzvü".
_QUOTE_SUFFIX = re.compile(r"^[”\"»’']+[a-zəıöüçşğ]{1,5}(?![\w])")
# "so-called" and the like stand between a group and its role word.
_FILLERS = frozenset(
    fold(w)
    for w in [
        "sözde",
        "sözdə",
        "deyilən",
        "adlı",
        "so-called",
        "self-styled",
        "self-proclaimed",
        "так",
        "называемого",
        "называемой",
        "самопровозглашенного",
        # rank words: "DEAŞ'ın üst düzey yöneticilerinden", "İŞİD-in yüksək rütbəli"
        "üst",
        "düzey",
        "düzeyli",
        "kıdemli",
        "önde",
        "gelen",
        "yüksək",
        "yüksek",
        "rütbəli",
        "rütbeli",
        "səviyyəli",
        "senior",
        "top",
        "high-ranking",
        # counts: "İŞİD-in üç üzvü", "DEAŞ'ın iki militanı"
        "iki",
        "üç",
        "dörd",
        "dört",
        "beş",
        "altı",
        "yeddi",
        "yedi",
        "səkkiz",
        "sekiz",
        "neçə",
        "birkaç",
        "fəal",
        "aktiv",
        "aktif",
        "active",
        "könüllü",
        "gönüllü",
    ]
)


def _short_gap(gap: str) -> bool:
    """At most four words and no punctuation between a role word and its group
    ("участником незаконного вооруженного формирования «Исламское государство»")."""
    gap = _BANNED.sub(" ", gap)
    return len(gap.split()) <= 4 and not re.search(r"[,;.:()!?]", gap)


# The formula of a banned group counts for no words: "в ряды запрещенной в России
# международной террористической организации «Исламское государство»", "the banned
# terrorist organisation Islamic State".
_BANNED = re.compile(
    r"запрещ[её]нн\w*(?:\s+(?:в|на территории)\s+(?:России|РФ|Российской\s+Федерации))?|"
    r"(?:международн|террористическ|экстремистск)\w*|"
    r"(?<![\w-])(?:banned|proscribed|outlawed|terrorist|terror|terör|silahlı)(?![\w-])",
    re.I,
)


# A genitive group and the area of its role ("IŞİD'in Rakka sorumlusu", "İŞİD-in Rəqqə
# əmiri"): one or two capitalised words between.
_GENITIVE_AREA = re.compile(
    r"(?:[-'’]?n?[ıiuüə]n)?\s+(?:[A-ZÇĞİÖŞÜƏ][^\W\d_]+\s+){1,2}(?:sözde\s+|sözdə\s+)?"
)


def _only_group_words(gap: str) -> bool:
    """Nothing but quotes and at most three words between a group and its cue, one of
    them a group word or "so-called" ("“Cəbhət ən-Nüsrə” qruplaşmasının üzvü", "DEAŞ'ın
    Suriye'deki yapılanmasında yer aldı", "örgütün sözde emiri")."""
    # "“İslam Dövləti” (İŞİD) terror təşkilatının sıralarında": the acronym's bracket
    gap = _QUOTE_SUFFIX.sub("", gap.removeprefix(")"))
    if _BETWEEN.fullmatch(gap) or _GENITIVE_AREA.fullmatch(gap):
        return True
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", gap)]
    # "so-called" and a place's "-daki" count for no word: "DEAŞ'ın Suriye'deki
    # yapılanmasının sözde emirlerinden"
    counted = [w for w in words if w not in _FILLERS and w not in _LOCATIVE_ADJ]
    if not words or len(counted) > 3 or re.search(r"[,;.()]", gap):
        return False
    if any(w in _AGAINST for w in words):
        return False  # "DEAŞ'a karşı savaşan gruplarda yer aldı": fought it
    nouns = group_words()["noun"] | group_words()["anaphor"]
    return any(w in nouns or w in _FILLERS or _noun_stem(w, nouns) for w in words)


def _noun_stem(word: str, nouns: frozenset[str]) -> bool:
    """A group noun with an Azerbaijani/Turkish ending ("yapılanmasında", "qrupunda")."""
    return any(word.startswith(n) and len(n) >= 4 for n in nouns)


# "the militant group", "the terrorist organisation": a definite description of the
# group named before, with an adjective the plain anaphors ("the group") lack.
_DESCRIBED_GROUP = re.compile(
    r"\s*the\s+(?:(?:militant|terrorist|jihadist|jihadi|armed|extremist|islamist|radical|"
    r"banned|same)\s+){1,2}(?:group|organi[sz]ation|movement|faction|militia)(?![\w-])",
    re.I,
)


def _anaphor(rest: str) -> bool:
    words = rest.strip().lower()
    if _DESCRIBED_GROUP.match(rest):
        return True
    return any(
        words.startswith(a + " ") or words == a or words.startswith(a + ",")
        for a in group_words()["anaphor"]
        if a != "it"
    )


def _anaphor_before(text: str) -> bool:
    """A group word ending right before a cue, possibly with one word between
    ("örgütün sözde emiri", "qruplaşmanın lideri", "örgüte katılan")."""
    raw = re.findall(r"[^\W\d_]+", text)[-4:]
    words = [fold(w) for w in raw]
    anaphors = group_words()["anaphor"]
    if "it" in words or not any(w in anaphors for w in words):
        return False
    # "örgütün sözde Türkiye emiri": between the group word and the cue only "so-called"
    # and capitalised words (a place: the unit's area); "örgütün Rakka'daki
    # yapılanmasında yer aldı": a place's "-daki" and a unit's noun
    at = max(i for i, w in enumerate(words) if w in anaphors)
    if len(words) - at > 3 and not any(w in _LOCATIVE_ADJ for w in words[at + 1 :]):
        return False
    nouns = group_words()["noun"]
    return all(
        w in _FILLERS or r[:1].isupper() or w in _LOCATIVE_ADJ or _noun_stem(w, nouns)
        for w, r in zip(words[at + 1 :], raw[at + 1 :], strict=True)
    )


_AGAINST = frozenset(fold(w) for w in ["karşı", "qarşı", "против", "against"])
_LOCATIVE_ADJ = frozenset(["daki", "deki", "taki", "teki", "dakı", "dəki"])


def _nearest_group(ctx: DocContext, sentence: Sentence, pos: int) -> GroupMention | None:
    groups = ctx.groups_in(sentence.start, sentence.end)
    if groups:
        return min(groups, key=lambda g: abs(g.start - pos))
    return ctx.last_group_before(pos)


def _persons_for(
    ctx: DocContext,
    sentence: Sentence,
    match: re.Match[str],
    role: str,
    where: str,
    group: GroupMention,
) -> list[int]:
    text = ctx.text
    listed = _listed_after_colon(ctx, sentence, max(match.end(), group.end))
    if listed:
        return listed  # "Задержаны трое членов ИГИЛ: A, B и C"
    if role == "member" and where == "after" and re.search(r"members", match.group(), re.I):
        tail = ctx.agents_in(group.end, sentence.end) if group.end > match.end() else []
        anaphor_end = (
            match.end()
            + len(text[match.end() : sentence.end])
            - len(text[match.end() : sentence.end].lstrip())
        )
        start = group.end if group.end > match.end() else anaphor_end
        listed = _listed_after(ctx, start, sentence.end) if tail or group.end <= match.end() else []
        if listed:
            return listed
    if where == "before" and not _LEFT_PERSON.match(match.group()):
        # "led by his fellow Dagestani Abu Hanifa": a few words may describe the leader
        reach = 4 if re.match(r"led by|headed by|commanded by", match.group(), re.I) else 2
        person = right_within(ctx, match.end(), words=reach)
        if person is None:
            person = _apposed_right(ctx, match.end(), sentence.end)
        if person is None:
            person = _after_participles(ctx, match.end(), sentence.end)
        if person is not None:  # "DEAŞ mensubu Mehmet Arslan ile Ahmet Demir"
            return [person, *coordinated_after(ctx, person, match.end(), sentence.end)]
        if re.match(r"led by|headed by|its|their|'s|’s", match.group(), re.I):
            return []
    # a role word right before its group has its person on the left ("He fought in an
    # IS unit led by Abu Hanifa"); "A member of X explained that the Y jamaat" does not
    adjacent = where == "after" and 0 <= group.start - match.end() < 40
    adjacent = adjacent and not ctx.agents_in(match.end(), group.start)
    if adjacent and _TITLE.fullmatch(match.group()):
        # a title and its group before a name: "Боевик ИГИЛ Эльнур Алиев", "one more
        # fighter of the Caucasus Emirate, Ibragim Kurbanov"
        person = right_within(ctx, group.end, words=1)
        if person is None:
            person = _apposed_right(ctx, group.end, sentence.end)
        if person is not None:  # "Among the fighters of X were A and B"
            return [person, *coordinated_after(ctx, person, group.end, sentence.end)]
    prefer = "left-only" if adjacent else "left"
    persons = persons_near(ctx, sentence, match.start(), match.end(), prefer, reach=150)
    if persons and about_a_relative(ctx, sentence, match.start()):
        return []
    inside = {n.person for n in ctx.names_in(group.start, group.end)}
    return [p for p in persons if p not in inside]


# Role words that are titles: with their group they may stand before the name.
_TITLE = re.compile(
    r"(?:members?|fighters?|militants?|commanders?|leaders?|emirs?|amirs?|член\w*|"
    r"участник\w*|боевик\w*|лидер\w*|главар\w*|амир\w*|эмир\w*|руководител\w*)"
    r"(?:\s+of|\s+for)?",
    re.I,
)
_APPOSED = re.compile(r"[»”\"’']?(?:\s+(?:for|in|of|в|по)\s+[^\W\d_][\w'’ -]{1,30}?)?\s*,\s*$")


def _apposed_right(ctx: DocContext, pos: int, end: int) -> int | None:
    """The name set off by a comma after a role word: "the Islamic State's emir for
    Azerbaijan, Samir Quliyev, was killed"."""
    agents = ctx.agents_in(pos, min(end, pos + 60))
    if agents and _APPOSED.fullmatch(ctx.text[pos : agents[0][0]]):
        return agents[0][2]
    return None


# "DEAŞ'ın ... emirlerinden olduğu belirlenen, örgüt içinde "Ebu X" kod adını kullanan
# Adana doğumlu Ahmet Kaya": Turkish participles stand before the name they describe.
_FOUND_TO_BE = re.compile(
    r"\s+(?:olduğu\s+)?(?:belirlenen|tespit edilen|öğrenilen|anlaşılan|iddia edilen|"
    r"bilinen)\s*,?"
)
_PARTICIPLE_END = re.compile(r"(?:[ae]n|l[ıiuü]|doğumlu|\))$")


def _after_participles(ctx: DocContext, pos: int, end: int) -> int | None:
    found = _FOUND_TO_BE.match(ctx.text, pos, end)
    if found is None:
        return None
    for start, _, person in ctx.agents_in(found.end(), min(end, found.end() + 150)):
        words = ctx.text[found.end() : start].split()
        if len(words) > 12 or any(w[-1:] in ".;:!?" for w in words):
            return None
        if not words or _PARTICIPLE_END.search(words[-1]):
            return person  # not an alias in quotes: "... "Ebu Zeyd" kod adını kullanan"
    return None


_TO_COLON = re.compile(r"[^:;,.()—–]{0,40}?(?::|\s[—–-])\s")


def _listed_after_colon(ctx: DocContext, sentence: Sentence, pos: int) -> list[int]:
    """The names a colon or a dash opens a few words after a role and its group ("three
    ISIS members: A, B and C", "İŞİD-in üç üzvü saxlanılıb: A, B və C")."""
    colon = _TO_COLON.match(ctx.text, pos, sentence.end)
    if colon is None or ctx.agents_in(pos, colon.end()):
        return []
    listed = _listed_after(ctx, colon.end() - 2, sentence.end)
    return listed if len(listed) >= 2 else []


def _listed_after(ctx: DocContext, pos: int, end: int) -> list[int]:
    """The names listed right after ", " ("members of the group, X and Y")."""
    rest = ctx.text[pos:end]
    lead = re.match(
        r"\s*(?:the group|the organisation|the organization|the jamaat|the cell)?\s*[,:—–-]\s*",
        rest,
    )
    if lead is None:
        return []
    out, cursor, closed = [], pos + lead.end(), False
    for start, stop, person in ctx.agents_in(cursor, end):
        gap = ctx.text[cursor:start]
        if closed or not re.fullmatch(r"\s*(?:,|,?\s*and|и|və|ve)?\s*", gap):
            break
        closed = bool(re.search(r"\b(?:and|и|və|ve)\b", gap))
        out.append(person)
        cursor = stop
    return out
