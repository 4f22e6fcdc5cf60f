"""Checks on a group role before it is given to a person (see `roles`): a denial
("never a member"), the group's men acting on the person ("kidnapped by IS fighters"),
a relative or another subject standing between ("her husband, an IS fighter",
"şüphelilerin ... eğitim aldığını"), a nameless unit of a named group ("the Azerbaijani
jamaat within Jaysh al-Muhajirin wal-Ansar"), and one name per group and person.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact
from ffdb.extract.group_mentions import GroupMention
from ffdb.extract.lexicon import group_words, nationalities
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold
from ffdb.names.groups import is_acronym


def one_name_per_group(facts: list[Fact]) -> list[Fact]:
    """A person's group written once: «Исламское государство» and later its acronym
    ИГИЛ are one group (but Jabhat al-Nusra and Hayat Tahrir al-Sham, one id in the
    gazetteer, stay two names: a source may mean both stages)."""
    forms: dict[tuple[int, str, bool], list[str]] = {}
    keyed = []
    for fact in facts:
        group_id = fact.extra.get("group_id")
        if group_id:
            key = (fact.person, group_id, later_name(fact.extra["written"]))
            forms.setdefault(key, []).append(fact.extra["written"])
            keyed.append((fact, key))
    for fact, key in keyed:
        written, now = forms[key][0], fact.extra["written"]
        if is_acronym(written) or is_acronym(now):
            fact.extra["written"] = written
        else:  # "the Islamic State", "Islamic State group": the shortest, "Islamic State"
            fact.extra["written"] = min((w for w in forms[key] if _one_within(w, now)), key=len)
    return facts


def _one_within(first: str, second: str) -> bool:
    """Whether one spelling holds the other ("ад-Дауля", "Дауля"; "the Islamic State")."""
    a, b = fold(first), fold(second)
    return a in b or b in a


# A renamed group keeps one id in the gazetteer (Jabhat al-Nusra, then Jabhat Fatah
# al-Sham, then Hayat Tahrir al-Sham), but "first Jabhat al-Nusra, later HTS" names two
# stages of it, which analysts record apart: the words and acronyms of the later names.
_LATER_NAME: Final = re.compile(r"tahrir|tehrir|тахрир|\bfat[ea]?h\b|фатх|^(?:hts|хтш|jfs)$")


def later_name(written: str) -> bool:
    """Whether a group's written name is a later name of a renamed group."""
    return _LATER_NAME.search(fold(written)) is not None


_PARENT_GAP: Final = re.compile(r"\s+(?:within|in|of|inside|в составе|в рядах)\s+(?:the\s+)?")


def named_parent(ctx: DocContext, group: GroupMention) -> GroupMention:
    """The group a nameless unit belongs to: "the Azerbaijani jamaat within Jaysh
    al-Muhajirin wal-Ansar" is Jaysh al-Muhajirin wal-Ansar's."""
    if group.group_id is not None:
        return group
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", group.text)]
    nouns = group_words()["noun"]
    if not all(w in nouns or w in nationalities() for w in words):
        return group
    after = ctx.groups_in(group.end, group.end + 40)
    if after and after[0].group_id and _PARENT_GAP.fullmatch(ctx.text, group.end, after[0].start):
        return after[0]
    return group


# A group that only qualifies another ("the al-Qaeda-linked Hayat Tahrir al-Sham", "El
# Kaide bağlantılı HTŞ", "Əl-Qaidə ilə əlaqəli HTŞ", "связанной с «Аль-Каидой»
# группировки ХТШ"): the person's group is the other one.
_LINKED_AFTER: Final = re.compile(
    r"[»”\"’']?(?:-|\s+)(?:linked|affiliated|aligned|backed|allied|inspired|"
    r"bağlantılı|yanlısı|destekli|ilə əlaqəli|ile bağlantılı|ilə bağlı)(?![\w-])\s*",
    re.I,
)
_LINKED_END: Final = re.compile(r"-(?:linked|affiliated|aligned|allied|backed|inspired)$", re.I)
_LINKED_BEFORE: Final = re.compile(r"(?:связанн\w*|аффилированн\w*|близк\w*)\s+с\s+[«\"“]?$", re.I)


def qualified_group(ctx: DocContext, group: GroupMention) -> GroupMention:
    """The group `group` qualifies, when it is only a qualifier; else `group`."""
    linked = _LINKED_AFTER.match(ctx.text, group.end) or _LINKED_END.search(group.text)
    qualifier = linked is not None or bool(
        _LINKED_BEFORE.search(ctx.text, max(0, group.start - 24), group.start)
    )
    if not qualifier:
        return group
    after = ctx.groups_in(group.end, group.end + 60)
    return after[0] if after else group


def is_qualifier(ctx: DocContext, group: GroupMention) -> bool:
    return qualified_group(ctx, group) is not group


# "never been a member of ISIS", "was not, as stated, a member", "не был членом", "DEAŞ
# üyesi olmadığını", "üzvü deyil": a denial; "kidnapped by ISIS fighters", "похищен
# боевиками ИГИЛ": the group's men acted on the person, who is none of them.
_NEGATION_BEFORE: Final = re.compile(
    r"(?:(?<![\w-])(?:not|never|no longer|denied|denies|deny|acquitted|cleared|не|ни|"
    r"отрица\w*|оправдан\w*)(?:\s*,[^,.;]{1,20},)?\s+"
    r"(?:\w+\s+){0,2})$",
    re.I,
)
# "İŞİD üzvü ilə evlənib": married a member, is none
_WITH_AFTER: Final = re.compile(r"\s+(?:ilə|ile)\s+(?:evlən|evlen|nikah|birlikdə|birlikte)", re.I)
_NEGATION_AFTER: Final = re.compile(
    r"\s*(?:olmadığ\w*|olmamış\w*|değil\w*|deyil\w*|olmayıb|olmayan)", re.I
)
# an acquittal of the membership right after its cue ("... üyeliğine dair yeterli delil
# bulunmadığı gerekçesiyle beraat", "üzvlüyə görə ittiham sübut olunmadığından bəraət")
_ACQUITTED_AFTER: Final = re.compile(
    r"[^.;,]{0,70}?(?:beraat|bəraət|delil\s+bulunma|sübut\s+(?:olunma|edilmə)|не\s+доказан|"
    r",\s*(?:был[аи]?\s+)?оправдан)",  # "обвинявшийся в участии в ..., оправдан"
    re.I,
)
# a role only alleged, and the sentence acquits or calls it unproven: "örgütte yer aldığı
# iddia edilen X hakkında, ... delil bulunmadığı gerekçesiyle beraat kararı verilen", "X ile
# bağlantılı olduğu iddia edilmiş, ancak bu iddia mahkemede ispatlanamamıştı"
_ALLEGED_ACQUITTED: Final = re.compile(
    r"\s*(?:ol(?:duğu|an)\s+)?(?:iddia\s+edil\w*|ileri\s+sürül\w*|allegedly|alleged)[^.;]{0,200}?"
    r"(?:beraat|bəraət|delil\s+bulunma|acquitted|оправдан|ispatlanama|kanıtlanama)",
    re.I,
)
_BY_BEFORE: Final = re.compile(r"(?<![\w-])by\s+(?:the\s+|an?\s+)?$", re.I)
# "sent money to IS fighters", "финансировал боевиков ИГИЛ": the group's men are the
# object of someone's help, not the person's fellows
_TO_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:to|for|against|from|on|at)\s+(?:the\s+|an?\s+)?$", re.I
)
_OBJECT_PLURAL: Final = re.compile(r"(?:боевик|член|участник)(?:ам|ов)$", re.I)
_SENT_TO: Final = re.compile(r"перечисл|перев|отправлял|собирал", re.I)
_ONE_OF: Final = re.compile(
    r"(?<![\w-])(?:из|среди|в числе|\d+|двое|трое|четверо|пятеро|шестеро|несколько|"
    r"нескольких|двух|тр[её]х|четыр[её]х|пяти|десятки|сотни|группа|группу|группы)\s+"
    # an adjective may stand between: "трое предполагаемых членов"
    r"(?:[а-яё]+(?:ых|их)\s+)?$",
    re.I,
)
_PASSIVE_AGENT: Final = re.compile(r"(?:боевиками|членами|участниками)$", re.I)


def denied_or_passive(
    ctx: DocContext, match: re.Match[str], group: GroupMention, where: str
) -> bool:
    text = ctx.text
    if _NEGATION_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
        return True
    if where == "before" and (
        _NEGATION_AFTER.match(text, match.end()) or _WITH_AFTER.match(text, match.end())
    ):
        return True
    if _ACQUITTED_AFTER.match(text, match.end()) or _ALLEGED_ACQUITTED.match(text, match.end()):
        return True  # "örgüt üyeliğine dair delil bulunmadığı gerekçesiyle beraat"
    before_group = text[max(0, group.start - 12) : group.start]
    if where == "before" and _BY_BEFORE.search(before_group):
        return True
    if where == "before" and re.search(r"s$", match.group()) and _TO_BEFORE.search(before_group):
        return True  # "sent money to IS fighters"
    if (
        _OBJECT_PLURAL.search(match.group())
        and not _ONE_OF.search(text[max(0, match.start() - 30) : match.start()])
        and not _SENT_TO.match(match.group())  # money sent to its members (role_cues.tsv)
    ):
        return True  # "финансировал боевиков ИГИЛ", not "один из боевиков ИГИЛ"
    # "оба стали боевиками этой группировки": the instrumental of a predicate, no agent
    return _PASSIVE_AGENT.search(match.group()) is not None and not _BECAME.search(
        text, max(0, match.start() - 20), match.start()
    )


_BECAME: Final = re.compile(
    r"(?<![\w-])(?:стал[аи]?|был[аи]?|являл(?:ся|ась|ись)|являются|является|оказал(?:ся|ась|ись))"
    r"\s+$",
    re.I,
)


# A relative named between the person and the role: "travelled with her husband, who
# was an IS fighter", "к мужу, боевику ИГИЛ", "əri İŞİD üzvü", "kocası DEAŞ üyesi".
_RELATIVE: Final = re.compile(
    r"(?:(?:(?<![\w-])(?:her|his|their|whose)|['’]s)\s+(?:(?:elder|older|younger|twin)\s+)?"
    r"(?:husband|wife|brother|sister|son|daughter|father|mother|cousin|uncle)s?|"
    r"(?<![\w-])(?:муж\w*|жен[аеуы]|брат(?!ья)\w*|сын\w*|отц\w*|отец|"
    r"əri|arvadı|qardaşı|oğlu|atası|kocası|eşi|kardeşi|ağabeyi|babası|"
    # the genitive subject of a reported clause: "oğlunun İŞİD-ə qoşulduğunu deyib"
    r"oğlunun|qızının|qardaşının|ərinin|arvadının|kardeşinin|kocasının|eşinin|"
    r"ağabeyinin|kızının))(?![\w-])",
    re.I,
)


# A plural genitive between the person and the role is the role's own subject: "Cemal
# Aksoy, şüphelilerin DEAŞ'ın kamplarında eğitim aldığını söyledi".
_PLURAL_SUBJECT: Final = re.compile(r"(?<![\w-])[a-zçğıöşüə]+l[aeə]r[ıi]n(?![\w-])")


# "Prosecutor X said the men had joined IS": the speaker is none of them
_SAID_OF_OTHERS: Final = re.compile(
    r"(?<![\w-])(?:said|says|told|stated|added|claimed|reported|alleged)\s+(?:that\s+)?"
    r"(?:the|these|those|two|three|four|several|many|some|they|other)(?![\w-])",
    re.I,
)


# Someone else the role's verb is about, named by a common noun after the person.
_SOMEONE_ELSE: Final = re.compile(
    r"(?<![\w-])(?:an?|another|some|other)\s+(?:[\w-]+\s+){0,2}?(?:man|men|woman|women|"
    r"person|people|fighters?|friends?|relatives?|recruiters?|militants?|acquaintances?)"
    r"(?![\w-])",
    re.I,
)


def is_kin_word(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the agent at [start, end) is a kin word read as a pronoun ("oğlunun")."""
    return _RELATIVE.fullmatch(ctx.text, start, end) is not None


def about_a_relative(ctx: DocContext, sentence: Sentence, cue: int) -> bool:
    left = ctx.agents_in(sentence.start, cue)
    # "oğlunun" read as a pronoun for the father named before is his son; a martyr post's
    # "Брат" opening its sentence is the martyr himself
    martyr = left and left[-1][0] == sentence.start and ctx.text.startswith("Брат ", sentence.start)
    if left and is_kin_word(ctx, left[-1][0], left[-1][1]) and not martyr:
        return True
    start = left[-1][1] if left else sentence.start
    if _PLURAL_SUBJECT.search(ctx.text, start, cue) or _SAID_OF_OTHERS.search(ctx.text, start, cue):
        return True
    other = _SOMEONE_ELSE.search(ctx.text, start, cue)
    if other is not None and ctx.text[start : other.start()].strip(" ,"):
        return True  # "sent money to a man fighting for IS" (not "X, a man from Luton, ...")
    # "followed his brother to Syria and later moved over to IS": the relative is the
    # object of the verb before, the cue a second verb of the subject
    joined = _SECOND_VERB.search(ctx.text, start, cue)
    return any(
        (
            not _GONE_WITH.search(ctx.text, max(0, m.start() - 25), m.start())
            or _DESCRIBED_AFTER.match(ctx.text, m.end()) is not None
        )
        and not (joined and m.end() < joined.start() and not ctx.text.startswith(",", m.end()))
        for m in _RELATIVE.finditer(ctx.text, start, cue)
    )


_SECOND_VERB: Final = re.compile(
    r"\s(?:and|but)\s+(?:(?:later|then|afterwards|subsequently|eventually|soon)\s+)?$", re.I
)


# "Left for Syria with his wife in 2014 and joined IS": a relative who went along is no
# subject of the role (but "with her husband, who was an IS fighter" is about him).
_GONE_WITH: Final = re.compile(
    r"(?<![\w-])(?:with|вместе с|с)\s+(?:his|her|their|своим|своей)?\s*"
    # "вместе с двоюродным братом", "with his younger brother"
    r"(?:(?:elder|older|younger|twin|двоюродн\w+|младш\w+|старш\w+|родн\w+)\s+)?$",
    re.I,
)

# The relative described after the comma ("with her husband, who was an IS fighter",
# "с мужем, боевиком ИГ"), not a comma that closes the clause ("вместе с двоюродным
# братом, сначала был в джамаате X")
_DESCRIBED_AFTER: Final = re.compile(
    r",(?!\s*(?:first|then|later|and|but|сначала|затем|потом|а\s|и\s|но\s|где|"
    r"sonra|önce|əvvəl|ilk)(?![\w-]))",
    re.I,
)


# A correction's next sentence takes back what the one before reported ("the article said
# that X had joined the group. This was wrong.", "Bu bilgi doğru değildir.").
_TAKEN_BACK: Final = re.compile(
    r"\s*(?:(?:this|that|it)\s+(?:was|is)\s+(?:wrong|incorrect|not\s+(?:true|correct|so))|"
    r"(?:это|эта\s+информация|эти\s+сведения)\s+(?:не\s+(?:так|соответству\w+)|неверн\w*)|"
    r"(?:bu|bu\s+bilgi|bu\s+iddia)\s+(?:doğru\s+değil\w*|yanlış\w*|gerçeği\s+yansıtma\w*)|"
    r"(?:bu|bu\s+məlumat)\s+(?:doğru\s+deyil|yanlış\w*|həqiqətə\s+uyğun\s+deyil))(?![\w-])",
    re.I,
)


def taken_back(ctx: DocContext, sentence: Sentence, cue: int) -> bool:
    """Whether the sentence after `sentence` says its claim was wrong, and the role at `cue`
    is that claim, not a relative clause's aside ("X, who led a unit of Y, had been
    killed. That is not correct.": the death is taken back)."""
    k = sentence.index + 1
    if k >= len(ctx.sentences) or _RELATIVE_CLAUSE.search(ctx.text, sentence.start, cue):
        return False
    return _TAKEN_BACK.match(ctx.text, ctx.sentences[k].start) is not None


_RELATIVE_CLAUSE: Final = re.compile(
    r"(?<![\w-])(?:who|which|whom|whose|котор\w+|kim)(?![\w-])", re.I
)


# A relative clause opened after a name and running up to the role without a comma is
# about that name: "A is the brother of B, who was killed in 2015 while fighting for X"
# (B fought), "брат В, который воевал в рядах X". A comma closes the clause ("B, who
# lives in Paris, said A had joined X").
_WHO_AFTER_NAME: Final = re.compile(
    r"\s*,\s*(?:\d{1,2}\s*,\s*|\d{4}\s+(?:года\s+рождения|г\.\s*р\.)\s*,\s*)?"
    r"(?:who|котор(?:ый|ая|ые))\s+(?=(?:[^,;:()]|,\s*(?:по\s+(?:имеющимся\s+|оперативным\s+)?"
    r"данным|по\s+информации|по\s+версии|according\s+to)[^,;:()]*,)*$)",
    re.I,
)


def relative_clause_head(ctx: DocContext, sentence: Sentence, cue: int) -> int | None:
    """The person a "who" clause holding the role at `cue` is about, when a name (not a
    kin word) opens it and no other name stands between."""
    low = ctx.text[sentence.start : cue].lower()
    if "who" not in low and "котор" not in low:
        return None  # cheap gate: most sentences hold no relative pronoun
    agents = ctx.agents_in(sentence.start, cue)
    if not agents or _WHO_AFTER_NAME.match(ctx.text, agents[-1][1], cue) is None:
        return None
    start, end, person = agents[-1]
    if is_kin_word(ctx, start, end) or not ctx.names_in(start, end):
        return None
    return person
