"""Which group a role cue names (see `roles`): the group right after "member of", the one
a Turkish or Azerbaijani cue follows ("DEAŞ'ın sözde emiri", "İŞİD-ə könüllü qoşulub"),
the group "the group" / "örgüt" / "этой группировки" stands for, a unit's group named
around it ("HTŞ'nin İdlib'deki ... biriminde"), and the groups one role goes through in
turn ("first Jabhat al-Nusra, later its successor HTS", "stayed when it became Y").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.group_mentions import GroupMention, group_from_words
from ffdb.extract.lexicon import group_words
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold

# Cue words too common to stand for membership unless a group follows them.
_LOOSE_AFTER: Final = re.compile(
    r"part of|belong|worked for|served|fight|figure|official|stayed|remained|serv|spent|went|"
    r"travel|moved|passed|recruit(?:ed|ing|s)?\s+(?!by|into)|(?:is|was|were|are|been|remains)\s|"
    r"defected from|switched from|перешл\w* из|перешел из|перешёл из|left|quit|desert|abandon|"
    r"выбрал|предпоч|chose|opted|picked|handler|был|состо|пособнич|(?:воева|сража)\w*\s+во?\s(?!рядах|составе|ряды)",
    re.I,
)


_PART_OF: Final = re.compile(r"part of", re.I)
_ITS_AFTER: Final = re.compile(r"\s*(?:its|their)\b", re.I)
_RECRUITED: Final = re.compile(r"recruited|trained|проходил", re.I)
_LED_BY: Final = re.compile(r"led by|headed by|commanded by|under|took over|под", re.I)
_WORD: Final = re.compile(r"[^\W\d_]+")
_ITS_CUE: Final = re.compile(r"(?:its|their)\s|(?:один|одним|одного)\s+из\s+(?:её|ее|их)\s", re.I)
_LED_OR_HEADED: Final = re.compile(r"led by|headed by", re.I)
_GROUP_SUBJECT: Final = re.compile(r"^\s*(?:It|They|The group|This group)\b")
_ITS_WORD: Final = re.compile(r"its|their|один|одним|одного", re.I)


def group_for(
    ctx: DocContext, sentence: Sentence, match: re.Match[str], where: str
) -> GroupMention | None:
    if where == "after":
        after = ctx.groups_in(match.end(), min(sentence.end, match.end() + 80))
        if after and _short_gap(ctx.text[match.end() : after[0].start]):
            return after[0]
        rest = ctx.text[match.end() : sentence.end]
        if _PART_OF.match(match.group()) and _anaphor(rest):
            return group_meant(ctx, match.start())  # "also part of the network"
        if _LOOSE_AFTER.match(match.group()):
            return None  # "part of Azer Qaraxanov's group": no group named
        if _anaphor(rest):
            return group_meant(ctx, match.start())
        if _ITS_AFTER.match(rest):
            groups = ctx.groups_in(sentence.start, match.start())
            return groups[-1] if groups else ctx.last_group_before(match.start())
        named = ctx.names_in(match.end(), min(sentence.end, match.end() + 30))
        if named:
            if _RECRUITED.match(match.group()):
                return None  # "recruited by X, an IS recruiter": X's group, not theirs
            if _OWNED.match(ctx.text, named[0].end):
                return None  # "a member of Nazarov's unit": Nazarov's group (`unit_owners`)
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
        or (_JOIN_VERB.match(match.group()) and _joined_across(ctx, before[-1], gap))
        or (
            _LED_BY.match(match.group())
            and len(gap.split()) <= 4  # not "вступил в ИГИЛ и проходил обучение ... под"
        )
    ):
        return before[-1]
    if _anaphor_before(ctx.text[max(sentence.start, match.start() - 40) : match.start()]):
        return _same_unit(ctx, sentence, match.start()) or group_meant(ctx, match.start())
    first = _WORD.match(match.group())
    if first and fold(first.group()) in group_words()["anaphor"]:
        return group_meant(ctx, match.start())  # a cue that opens with "örgüte"
    if _ITS_CUE.match(match.group()) or _LED_OR_HEADED.match(match.group()):
        start_text = ctx.text[sentence.start : match.start()]
        if _GROUP_SUBJECT.match(start_text) or _ITS_WORD.match(match.group()):
            return before[-1] if before else ctx.last_group_before(match.start())
    return None


# "В той же катибе воевал X", "in the same katiba": the group last named whose name has
# that word ("Катибат Имам аль-Бухари"), not merely the last group named.
_SAME: Final = re.compile(r"(?:той|том|тот|the|aynı|eyni)\s+(?:же\s+)?([^\W\d_]{4,})\s*$", re.I)


def _same_unit(ctx: DocContext, sentence: Sentence, pos: int) -> GroupMention | None:
    same = _SAME.search(ctx.text, max(sentence.start, pos - 40), pos)
    if same is None:
        return None
    stem = fold(same.group(1))[:5]
    earlier = ctx.groups_in(ctx.sentences[max(0, sentence.index - 8)].start, pos)
    return next((g for g in reversed(earlier) if stem in fold(g.text)), None)


# Forces that hold or fight the groups' men: "the group", "örgüt" never stands for them.
_CAPTORS: Final = frozenset(["sdf", "ypg"])


def group_meant(ctx: DocContext, pos: int) -> GroupMention | None:
    """The group "the group" stands for: the one named last a few sentences before, else
    the only group the document has named before `pos` (a headline's, a lead's)."""
    group = ctx.last_group_before(pos)
    while group is not None and group.group_id in _CAPTORS:
        # "SDG'ye teslim oldu ... terör örgütüne üyelikten": the group is not the captors
        group = ctx.last_group_before(group.start)
    if group is not None:
        return group
    named = [g for g in ctx.groups_in(0, pos) if g.end <= pos]
    return named[-1] if len({g.name for g in named}) == 1 else None


# Verbs of joining and fighting, which a time or manner may part from their group
# ("DEAŞ'a 2014 yılında katıldı", "İŞİD-ə könüllü qoşulub").
_JOIN_VERB: Final = re.compile(r"katıl|qoşul|döyüş|vuruş|savaş|iştirak", re.I)


# the group as a comitative: "DEAŞ ile çatışmalara katıldı", "İŞİD-lə döyüşüb" (fought
# with it, i.e. against it)
_WITH_GROUP: Final = re.compile(r"(?:\s+(?:ile|ilə)|['’-]?y?l[aeə])(?![\w-])", re.I)


_WITH_END: Final = re.compile(r"['’-]y?l[aeə]$", re.I)


def _joined_across(ctx: DocContext, group: GroupMention, gap: str) -> bool:
    """A joining verb parted from its group by a time or manner, or by the group's own
    fighting; never the group as a comitative ("İŞİD-lə döyüşlərdə": against it)."""
    if _WITH_GROUP.match(gap) or _WITH_END.search(group.text):
        return False
    return _group_activity(group, gap) or _adverbs_only(ctx, gap, group.end)


def _adverbs_only(ctx: DocContext, gap: str, start: int) -> bool:
    if len(gap.split()) > 3 or re.search(r"[,;.:()!?]|qarşı|karşı|против|against", gap):
        return False  # "İŞİD-ə qarşı döyüşüb": fought against it
    return not ctx.agents_in(start, start + len(gap)) and not ctx.places_in(start, start + len(gap))


_BETWEEN: Final = re.compile(r"[\s’'s“”\"«»-]*")
# A case ending glued after a closing quote: "“Cəbhət ən-Nüsrə”nin üzvü".
_QUOTE_SUFFIX: Final = re.compile(r"^[”\"»’']+[a-zəıöüçşğ]{1,5}(?![\w])")
# "so-called" and the like stand between a group and its role word.
_FILLERS: Final = frozenset(
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
        # "örgütün Rakka'daki aynı biriminde": the same unit
        "aynı",
        "eyni",
        "same",
        # "örgütün bir taburunda savaştı": a unit, "Türkiye'deki finans sorumlusu": the
        # field of an office in the group
        "bir",
        "finans",
        "mali",
        "maliye",
        "medya",
        "propaganda",
        "lojistik",
        "istihbarat",
        "askeri",
        "maliyyə",
        "hərbi",
        "kəşfiyyat",
    ]
)


def _short_gap(gap: str) -> bool:
    """At most four words and no punctuation between a role word and its group
    ("участником незаконного вооруженного формирования «Исламское государство»")."""
    gap = _PLEDGED_CELL.sub(" ", _UNIT_OF.sub(" ", _BANNED.sub(" ", gap)))
    if _AGAINST_WORD.search(gap):
        return False  # "воевал в Ракке против ИГИЛ", "fought in Raqqa against IS"
    return len(gap.split()) <= 4 and not re.search(r"[,;.:()!?]", gap)


# a cell sworn to the group is the group's: "входили в ячейку, присягнувшую ИГИЛ"
_PLEDGED_CELL: Final = re.compile(
    r"(?:ячейк\w+|группу|группы|cell|group)\s*,\s*(?:присягнувш\w+|pledged\s+to|loyal\s+to)\s*$",
    re.I,
)


_AGAINST_WORD: Final = re.compile(r"(?<![\w-])(?:против|against|karşı|qarşı)(?![\w-])", re.I)


# A unit of the group counts for no words: "spent two years with the Dagestani sector of
# the Caucasus Emirate", "служил в дагестанском секторе ..." (the group's own unit).
_UNIT_OF: Final = re.compile(
    r"(?<![\w-])(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:sector|wing|branch|unit|battalion|"
    r"brigade|cell|section|division|detachment)\s+of(?:\s+the)?(?![\w-])",
    re.I,
)


# The formula of a banned group counts for no words: "в ряды запрещенной в России
# международной террористической организации «Исламское государство»", "the banned
# terrorist organisation Islamic State".
_BANNED: Final = re.compile(
    r"запрещ[её]нн\w*(?:\s+(?:в|на территории)\s+(?:России|РФ|Российской\s+Федерации))?|"
    r"(?:международн|террористическ|экстремистск)\w*|"
    r"(?<![\w-])(?:banned|proscribed|outlawed|terrorist|terror|terör|silahlı)(?![\w-])",
    re.I,
)


# A genitive group and the area of its role ("IŞİD'in Rakka sorumlusu", "İŞİD-in Rəqqə
# əmiri"): one or two capitalised words between.
_GENITIVE_AREA: Final = re.compile(
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
    gap = _GLOSS.sub(" ", gap)  # "“emni” (istihbarat) biriminde": a word glossed
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", gap)]
    if (
        words
        and not re.search(r"[,;.()]", gap)
        and all(_GENITIVE_OR_PLACED.fullmatch(w) for w in words)
    ):
        return True  # "Türkistan İslam Partisi'nin sahadaki yüzlerinden biri"
    # "so-called" and a place's "-daki" count for no word: "DEAŞ'ın Suriye'deki
    # yapılanmasının sözde emirlerinden"
    counted = [w for w in words if w not in _FILLERS and w not in _LOCATIVE_ADJ]
    if not words or re.search(r"[,;.()]", gap) or any(w in _AGAINST for w in words):
        return False  # "DEAŞ'a karşı savaşan gruplarda yer aldı": fought it
    if len(counted) > 3:
        # "HTŞ'nin İdlib'deki Orta Asyalı savaşçılardan oluşan bir biriminde": a unit of
        # the group, described at length, ends the gap
        return len(counted) <= 8 and words[-1].startswith(_UNIT_STEMS)
    nouns = group_words()["noun"] | group_words()["anaphor"]
    if words[-1].startswith(_UNIT_STEMS):
        return True  # "DEAŞ'ın güvenlik biriminde görev aldı": a unit of the group
    return any(w in nouns or w in _FILLERS or _noun_stem(w, nouns) for w in words)


# a genitive ending or a place made an adjective ("sahadaki", "Suriye'deki")
_GENITIVE_OR_PLACED: Final = re.compile(r"n?[iıuü]n|\w*(?:daki|deki|taki|teki|dakı|dəki)")
_GLOSS: Final = re.compile(r"\s*\([^()\d]{1,30}\)")


_GENITIVE_GAP: Final = re.compile(r"[-'’]?n?[ıiuüə]n\s")


def _group_activity(group: GroupMention, gap: str) -> bool:
    """The group in the genitive and its own fighting before a joining verb, with at
    most a place between: "DEAŞ'ın Halep'teki çatışmalarına katıldı"."""
    if not (_GENITIVE_GAP.match(gap) or _GENITIVE_END.search(group.text)):
        return False
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", gap)]
    if (
        not words
        or len(words) > 4
        or re.search(r"[,;.()]", gap)
        or not words[-1].startswith(_ACTIVITY_STEMS)
    ):
        return False
    return not any(w in _AGAINST for w in words)


# The nouns of a group's unit, with any Azerbaijani/Turkish ending.
_UNIT_STEMS: Final = (
    "birim",
    "bölü",
    "bölmə",
    "qrup",
    "grub",
    "grup",
    "katib",
    "tabur",
    "tugay",
    "dəstə",
    "briqada",
    "batalyon",
    "yapılanma",
    "hücre",
    "özə",
    "polis",  # "İŞİD-in qadın "hisbə" polisində xidmət edib"
)


def _noun_stem(word: str, nouns: frozenset[str]) -> bool:
    """A group noun with an Azerbaijani/Turkish ending ("yapılanmasında", "qrupunda")."""
    return any(word.startswith(n) and len(n) >= 4 for n in nouns)


# "the militant group", "the terrorist organisation": a definite description of the
# group named before, with an adjective the plain anaphors ("the group") lack.
_DESCRIBED_GROUP: Final = re.compile(
    r"\s*the\s+(?:(?:militant|terrorist|jihadist|jihadi|armed|extremist|islamist|radical|"
    r"banned|same)\s+){1,2}(?:group|organi[sz]ation|movement|faction|militia)(?![\w-])",
    re.I,
)


# "этой группировки", "this terrorist organisation", "həmin terror təşkilatının": a
# demonstrative points back to the group named before.
_DEMONSTRATIVE: Final = re.compile(
    r"\s*(?<![\w-])(?:this|that|the same|эт(?:ой|ого|ому|их|ими|а|у)|т(?:ой|ого|ех) же|"
    r"данн(?:ой|ого|ых)|указанн(?:ой|ого|ых)|наш(?:его|ей|ем|им)|həmin|bu|söz konusu|adı geçen|"
    r"aynı|eyni)\s+"
    r"(?:(?:террористическ\w+|экстремистск\w+|terrorist|terror|terör|silahlı|militant)\s+)?"
    r"(?P<noun>[^\W\d_]+)",
    re.I,
)


def _anaphor(rest: str) -> bool:
    # "fought in the same group": the cue took the article, "same" is left
    same = _SAME_LEAD.match(rest)
    rest = rest if same is None else " the " + rest[same.end() :]
    # "participation in the activities of the same terrorist group": the group's
    activities = _ACTIVITIES_OF.match(rest)
    rest = rest if activities is None else rest[activities.end() :]
    words = rest.strip().lower()
    if _DESCRIBED_GROUP.match(rest):
        return True
    pointed = _DEMONSTRATIVE.match(rest)
    if pointed and _anaphor_word(fold(pointed.group("noun"))):
        return True
    # the word ends the phrase or the sentence ("joined the group.", "the group, which"),
    # but "the group's leader" is a leader's
    # (one C-level test first: most phrases open with none of the words)
    return words.startswith(_anaphor_openings()) and any(
        words.startswith(a) and words[len(a) : len(a) + 1] in _ANAPHOR_END
        for a in group_words()["anaphor"]
        if a != "it"
    )


# "the same group": `_anaphor` reads on from "the"; "the activities of the group": from
# the group's words
_SAME_LEAD: Final = re.compile(r"\s*same\s+", re.I)
_ACTIVITIES_OF: Final = re.compile(r"\s*(?:the\s+)?activities\s+of(?=\s)", re.I)


@cache
def _anaphor_openings() -> tuple[str, ...]:
    """The group words `_anaphor` looks for at a phrase's start (not "it")."""
    return tuple(a for a in group_words()["anaphor"] if a != "it")


_ANAPHOR_END: Final = frozenset(["", " ", ",", ".", ";", ":", ")", "!", "»", "”", '"'])


def _anaphor_before(text: str) -> bool:
    """A group word ending right before a cue, possibly with one word between
    ("örgütün sözde emiri", "qruplaşmanın lideri", "örgüte katılan")."""
    raw = _WORD.findall(text)[-5:]
    words = [fold(w) for w in raw]
    anaphors = group_words()["anaphor"]
    if "it" in words:
        return False
    if not any(w in anaphors for w in words):
        # "həmin terror təşkilatının sıralarında": a demonstrative and a declined noun
        pointed = list(_DEMONSTRATIVE.finditer(text))
        return bool(
            pointed
            and _anaphor_word(fold(pointed[-1].group("noun")))
            and not text[pointed[-1].end() :].strip()
        )
    # "örgütün sözde Türkiye emiri": between the group word and the cue only "so-called"
    # and capitalised words (a place: the unit's area); "örgütün Rakka'daki
    # yapılanmasında yer aldı": a place's "-daki" and a unit's noun
    at = max(i for i, w in enumerate(words) if w in anaphors)
    # "örgütün Halep bölgesinde çatışmalara katıldı": the group's own fighting
    acts = _GENITIVE_END.search(raw[at]) is not None and words[-1].startswith(_ACTIVITY_STEMS)
    if len(words) - at > 3 and not any(w in _LOCATIVE_ADJ for w in words[at + 1 :]) and not acts:
        return False
    nouns = group_words()["noun"]
    return all(
        w in _FILLERS
        or w in _OTHER_OF
        or r[:1].isupper()
        or w in _LOCATIVE_ADJ
        or _noun_stem(w, nouns)
        or w.startswith(_UNIT_STEMS)
        or (acts and w.startswith(_AREA_STEMS + _ACTIVITY_STEMS))
        for w, r in zip(words[at + 1 :], raw[at + 1 :], strict=True)
    )


# The fighting and actions of a group in the genitive ("örgütün çatışmalarına katıldı",
# "təşkilatın döyüşlərində iştirak edib"), and the area they took place in.
_ACTIVITY_STEMS: Final = tuple(
    fold(w)
    for w in ["çatışma", "eylem", "döyüş", "savaş", "muharebe", "əməliyyat", "hücum", "saldırı"]
)
_AREA_STEMS: Final = tuple(fold(w) for w in ["bölge", "bölgə", "cephe", "cəbhə"])
_GENITIVE_END: Final = re.compile(r"(?:n[ıiuü]n|[ıiuüə]n)$")


# "qrupun digər üzvü X", "örgütün dördüncü üyesi X": another of the group's members
_OTHER_OF: Final = frozenset(
    fold(w)
    for w in [
        "digər", "diğer", "başqa", "öbür", "keçmiş", "sabiq", "eski", "ikinci", "üçüncü",
        "dördüncü", "beşinci", "altıncı", "yeddinci", "yedinci",
    ]
)  # fmt: skip


_AGAINST: Final = frozenset(fold(w) for w in ["karşı", "qarşı", "против", "against"])
_LOCATIVE_ADJ: Final = frozenset(["daki", "deki", "taki", "teki", "dakı", "dəki"])


_OWNED: Final = re.compile(
    r"['’]s?\s+(?:own\s+)?(?:unit|group|jamaat|battalion|brigade|cell|katiba|men)\b"
)


def _nearest_group(ctx: DocContext, sentence: Sentence, pos: int) -> GroupMention | None:
    groups = ctx.groups_in(sentence.start, sentence.end)
    if groups:
        return min(groups, key=lambda g: abs(g.start - pos))
    return ctx.last_group_before(pos)


def _anaphor_word(word: str) -> bool:
    """A group word of the anaphor list, in any case ("группировки", "təşkilatının")."""
    anaphors = group_words()["anaphor"]
    return word in anaphors or any(
        word.startswith(a) and len(a) >= 4 and " " not in a for a in anaphors
    )


# "fought first with X, then with Y", "önce X'e, sonra Y'ye katıldı", "X və daha sonra Y
# sıralarında", "fought for X and
# later for its successor Y": one role, two groups in turn.
_CHAIN_GAP: Final = re.compile(
    r"[»”\"’']?\s*,?\s*(?:(?:and|and later|and then|later|then|afterwards|а затем|затем|потом|"
    r"позже|позднее|впоследствии|sonra|sonra isə|sonra ise|daha sonra|sonradan|ardından|"
    r"və|ve|и|а|в|во|to)\s+(?:(?:with|for|joined)\s+)?"
    r"|(?:and\s+)?(?:its|their)\s+successors?\s*,?\s*)+"
    r"(?:(?:with|for|in|joined)\s+)?(?:(?:its|their)\s+successors?\s*,?\s*)?"
    # "and later with the brothers of Y": the group's men stand for the group
    r"(?:the\s+(?:brothers|ranks|fighters|soldiers|mujahideen)\s+of\s+)?"
    r"(?:the\s+)?[«“\"]?",
    re.I,
)
# A group renamed between the two: "joined X and stayed with the group when it became Y",
# "в X, позднее переименованную в Y".
_RENAMED: Final = re.compile(
    r"(?:when|after|as|once)\s+(?:it|the\s+group|the\s+organi[sz]ation|the\s+front)\s+"
    r"(?:became|was\s+renamed|renamed\s+itself|rebranded(?:\s+itself)?(?:\s+as)?|turned\s+into|"
    r"was\s+rebranded(?:\s+as)?)|переименован\w*\s+в|ставш\w+|преобразован\w*\s+в",
    re.I,
)
# An acronym glossing the group before it: "Heyət Təhrir əş-Şam (HTŞ)".
_ACRONYM_GLOSS: Final = re.compile(r"\s*\([^()]{1,15}\)")


def _in_turn(ctx: DocContext, first: GroupMention, second: GroupMention) -> bool:
    """Whether `second` follows `first` as the next group of one role, or glosses it."""
    gap = ctx.text[first.end : second.start]
    if re.fullmatch(r"\s*\(\s*", gap) and ctx.text[second.end : second.end + 3].lstrip()[:1] == ")":
        return True  # "X (X's acronym)"
    gloss = _ACRONYM_GLOSS.match(gap)
    gap = gap[gloss.end() :] if gloss else gap
    if _CHAIN_GAP.fullmatch(gap):
        return True
    renamed = _RENAMED.search(gap) if len(gap) < 90 and "." not in gap else None
    return renamed is not None and not ctx.agents_in(first.end, second.start)


def chained_groups(
    ctx: DocContext, sentence: Sentence, group: GroupMention, where: str
) -> list[GroupMention]:
    """The groups a role goes on to in turn after `group` (or came from before it)."""
    out: list[GroupMention] = []
    previous = group
    for after in ctx.groups_in(group.end, sentence.end):
        if not _in_turn(ctx, previous, after):
            break
        out.append(after)
        previous = after
    if where == "before" and sentence.start <= group.start:
        # "Önce Cunud eş-Şam'a, ardından İD'e katıldı": the cue follows the last group
        following = group
        for before in reversed(ctx.groups_in(sentence.start, group.start)):
            if not _in_turn(ctx, before, following):
                break
            out.append(before)
            following = before
    return out
