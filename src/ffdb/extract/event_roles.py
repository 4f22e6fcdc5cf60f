"""Whose event a cue is not (see `event_people`): speakers and sources of the news ("Police
chief X said two militants were killed", "По словам прокурора X, боевики уничтожены")
unless a pronoun after the verb of saying stands for them ("X said he was arrested");
owners of the subject ("Məmmədovun qardaşı saxlanılıb", "брат Рустама Алиева задержан",
"X's brother was arrested"); a name before a relative clause of a common noun ("X
recruited fighters who later died"); things seized ("silah ele geçirildi"). And whose it
is beyond the name rules: names given after a counted subject ("трое боевиков, в том
числе X"), a given name alone the name rules left ("Арсен погиб"), names each given a
term in one sentence ("X 10 yıl, Y 7 yıl hapis cezasına çarptırıldı", "sentenced A, 27,
to six years and B to seven"), the head of a relative clause whose second verb the cue is
("Y, who was extradited and sentenced"), a lede's one person named next (`event_ledes`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_ledes import lede_named_next
from ffdb.extract.event_lists import listed_right
from ffdb.extract.event_nouns import listed_after_dash, named_later
from ffdb.extract.event_people import persons_of_cue
from ffdb.extract.event_spots import Spots
from ffdb.extract.fact_people import right_within
from ffdb.extract.lexicon import EventCue
from ffdb.extract.scan import Needles, WordsGate, lowered, word_start_regex
from ffdb.extract.sentences import Sentence

_WORD: Final = re.compile(r"[^\W_]+")


def cue_persons(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    cue: EventCue,
) -> list[int]:
    """Who the cue is about; never a speaker or a source of the news ("Police chief X
    said two militants were killed", "По словам прокурора X, боевики уничтожены") unless
    a pronoun after the verb of saying stands for them ("X said he was arrested"), and
    never a name before a relative clause of a common noun ("X recruited fighters who
    later died")."""
    cue_start, cue_end = match.span()  # (asked of `match` tens of times)
    if cue.mode in ("subj", "ptcp", "any"):
        shared = _shared_relative(ctx, sentence, clause, cue_start)
        if shared:  # "Y, who was extradited in 2019 and sentenced": Y's, both
            return shared
    if _relative_of_noun(ctx, sentence, clause, cue_start):
        # but "A convert who is believed to be in Syria was sentenced ...": the relative
        # clause's own verb before, the cue the main clause's, about the lede's one person
        if _MAIN_AFTER_RELATIVE.match(ctx.text, clause[0], cue_start):
            return lede_named_next(ctx, sentence, cue_start, match.group())
        return []
    nominal, death_noun, seized = _said_marks(match.group())
    if (
        ctx.language in ("az", "tr")
        and nominal
        and _GENITIVE_NOUN.search(ctx.text, max(clause[0], cue_start - 40), cue_start)
    ):
        return []  # "şüphelilerin gözaltına alındığını söyledi": the suspects
    if (
        ctx.language in ("az", "tr")
        and nominal
        and _COUNTED_GENITIVE.search(ctx.text, max(clause[0], cue_start - 60), cue_start)
    ):
        return []  # "üç kişinin gözaltına alındığını açıkladı": the three, not the speaker
    if (
        ctx.language in ("az", "tr")
        and (nominal or death_noun)
        and _GENITIVE_KIN.search(ctx.text, max(clause[0], cue_start - 40), cue_start)
    ):
        return []  # "müvekkilinin iade edilmesi", "oğlunun ölüm haberini": the other's
    things = max(sentence.start, cue_start - 40)
    if (
        seized
        and _THING_NEEDLES.may_match(ctx.folded(), things, cue_start)
        and _THING_BEFORE.search(ctx.text, things, cue_start)
    ):
        return []  # "silah ele geçirildi", "silah-sursat ələ keçirilib": things seized
    if ctx.language in ("az", "tr") and nominal:
        known = _KNOWN_THAT.match(ctx.text, cue_end, min(sentence.end, cue_end + 40))
        right = None if known is None else right_within(ctx, known.end(), words=3)
        if known is not None and right is not None:
            # "mayısta öldürüldüğü tespit edilen X": X's, not the name before
            return listed_right(ctx, right, known.end(), sentence.end)
    if (
        cue.mode in ("any", "subj")
        and ctx.language in ("az", "tr", "ru")
        and not ctx.agents_in(clause[0], cue_start)
    ):
        given = _given_in_clause(ctx, clause[0], cue_start)
        if given is not None:  # "Raminin keçən ay Bağuzda öldüyü": Ramin's, not the
            return [given]  # person named last
    found = persons_of_cue(ctx, sentence, clause, match, cue)
    if cue.mode == "post":  # "брата Ахмеда, убитого": the name the participle follows
        return found
    if cue.mode == "poss":  # "сообщили о его гибели": his, whoever speaks
        if cue.status == "killed" and found:
            # "His father, X, said the family had been told of his death": the one who
            # speaks of a death is not the dead
            before = ctx.agents_in(sentence.start, cue_start)
            # but "Родственники X сообщили о его гибели": X owns the ones who speak
            voices = _voices(ctx, sentence, cue_start, before) - _possessors(
                ctx, sentence, cue_start, before
            )
            return [p for p in found if p not in voices]
        return found
    if found:
        before = ctx.agents_in(sentence.start, cue_start)
        voices = _voices(ctx, sentence, cue_start, before) | _possessors(
            ctx, sentence, cue_start, before
        )
        # "X is the brother of Y, who was killed in 2015": Y owns the brother, but the
        # relative clause right after Y's name is Y's own
        voices -= _relative_head(ctx, sentence, clause, cue_start)
        if voices:  # "Y's cousin, who told her: Y was killed": Y named again, said of
            voices -= _named_after_saying(ctx, sentence.start, cue_start)
        kept = [p for p in found if p not in voices] if voices else found
        if found and not kept and ctx.language == "en":
            # "Judge X said Y, who took the name Z, travelled to Syria": the one said of
            kept = _said_of(ctx, sentence, cue_start, voices)
        found = kept
    if not found and cue.mode in ("any", "subj", "ptcp"):
        named = listed_after_dash(ctx, sentence, clause, match)
        if named:
            return named
        named = _named_among(ctx, cue_end, sentence.end)
        if named:
            return named
        given = _given_name(ctx, clause[0], cue_start)
        if given is not None:
            return [given]
        # "Two militants were killed ... The committee named the dead men as A and B"
        named = named_later(ctx, sentence, clause, match)
        if named:
            return named
        # "A Belgian convert ... was sentenced on Monday. Kevin De Smet, 26, ..."
        return lede_named_next(ctx, sentence, cue_start, match.group())
    if cue.status == "sentenced" and found:
        termed = each_with_a_term(ctx, sentence)
        if len(termed) > 1 and set(found) & set(termed):
            return list(dict.fromkeys(found + termed))
    return found


@lru_cache(maxsize=4096)
def _said_marks(said: str) -> tuple[bool, bool, bool]:
    """(nominalised, a noun of death, a verb of seizing) of a cue's words, which recur
    from one cue to the next."""
    return (
        _NOMINAL.search(said) is not None,
        _DEATH_NOUN.match(said) is not None,
        _SEIZED.search(said) is not None,
    )


# A name with its own term ("Ahmet Kaya'ya 10 yıl, Mehmet Demir'e 7 yıl", "Рустама
# Алиева к 10 годам, а Вугара Мамедова — к 8", "X to 10 years and Y to eight").
_TERM_AFTER: Final = re.compile(
    # past an age set off by commas ("Osmani, 27, to six years"), and where from ("X, 44,
    # of Gornja Maoča, to six years")
    r"(?:['’]?[^\W\d_]{0,4})?(?:\s*,\s*\d{1,2}\s*(?=,))?"
    r"(?:\s*,\s*(?:of|from)\s+(?-i:[A-ZÀ-ÝĀ-Ž])[\w'’-]+(?:[ -](?-i:[A-ZÀ-ÝĀ-Ž])[\w'’-]+)?(?=,))?"
    r"\s*[,—–-]?\s*(?:(?:isə|ise|а)\s+)?(?:"
    r"(?:\d+|[^\W\d_]+)\s+(?:yıl|il|years?|лет|года|годам|годами)\b|"
    r"(?:to|к|—)\s+(?:к\s+)?(?:\d+|[^\W\d_]+)(?:\s+(?:years?|лет|года|годам|годами))?)",
    re.I,
)
# A bare term right after the name, its unit gapped ("X six years and Y four", "Ruslanı 12,
# Kamranı isə 10 il"); no comma between, as an age has ("X, 31, was killed").
_BARE_TERM: Final = re.compile(
    r"(?:['’]?[^\W\d_]{0,4})?\s+(?:(?:isə|ise|а)\s+)?"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty)(?=\s*[,;.]|\s+(?:and|və|ve|и|а)\s)",
    re.I,
)


def each_with_a_term(ctx: DocContext, sentence: Sentence) -> list[int]:
    """The persons of `sentence` each named with a term of their own ("X to six years and
    Y to one year", "Ahmet Kaya'ya 10 yıl, Mehmet Demir'e 7 yıl")."""
    out = []
    for _start, end, person in ctx.agents_in(sentence.start, sentence.end):
        found = _TERM_AFTER.match(ctx.text, end, min(sentence.end, end + 30)) or _BARE_TERM.match(
            ctx.text, end, min(sentence.end, end + 30)
        )
        if found and _TERM_WORD.search(found.group()) and person not in out:
            out.append(person)
    return out


_TERM_WORD: Final = re.compile(
    r"\d|yıl|\bil\b|year|лет|год|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty",
    re.I,
)


# Names given after a counted subject ("нейтрализованы трое боевиков, в том числе X",
# "погибли двое уроженцев Дагестана — X и Y", "three men were detained, including X").
_AMONG: Final = re.compile(
    r"[^.;!?]{0,80}?(?:,\s*(?:в том числе|среди них|в их числе|including|among them|"
    r"o cümlədən|onların arasında|aralarında)|\s[—–]|:)\s+",
    re.I,
)


def _named_among(ctx: DocContext, pos: int, end: int) -> list[int]:
    near = ctx.text[pos : min(end, pos + 82)]  # where the regex's comma, dash or colon stands
    if not (":" in near or "—" in near or "–" in near or ("," in near and _may_list(ctx.text))):
        return []
    found = _AMONG.match(ctx.text, pos, end)
    if found is None or ctx.agents_in(pos, found.start() + len(found.group().rstrip())):
        return []
    gap = found.group().rstrip()
    if gap.endswith(("—", "–", ":")) and gap[:-1].strip() and not _COUNT.search(gap):
        return []  # "were killed — X said": a dash or colon lists names after a count only
    if _SAYS_SPOTS.search(ctx.text, found.end(), end):
        return []  # "two militants were killed — X, the police chief, said"
    right = right_within(ctx, found.end(), words=3)
    return [] if right is None else listed_right(ctx, right, found.end(), end)


_may_list = WordsGate(
    tuple(
        lowered(w)
        for w in (
            *("в том числе", "среди них", "в их числе", "including", "among them"),
            *("o cümlədən", "onların arasında", "aralarında"),
        )
    )
)
_COUNT: Final = re.compile(
    r"\d|(?<![\w-])(?:two|three|four|five|several|iki|üç|dörd|dört|beş|двое|трое|четверо|"
    r"пятеро|два|три|четыре|пять|несколько)(?![\w-])",
    re.I,
)
# (`(?<![\w-])` checked after the capital: `re` then skips to capitals)
_LAST_CAPITAL: Final = re.compile(
    r"([A-ZÇĞİÖŞÜƏА-ЯЁ](?<![\w-].)[a-zçğıöşüəа-яё]{2,})(?:\s+\S+)?\s+$"
)


def _given_name(ctx: DocContext, start: int, pos: int) -> int | None:
    """A given name alone just before the cue that the name rules did not take ("По
    словам его отца ..., Арсен погиб"): the one person of the text whose name opens
    with it."""
    word = _LAST_CAPITAL.search(ctx.text, max(start, pos - 60), pos)
    if word is None:
        return None
    if ctx.names_in(max(0, word.start(1) - 40), word.end(1) + 40) and any(
        n.start <= word.start(1) < n.end for n in ctx.names_in(max(0, word.start(1) - 40), pos)
    ):
        return None  # part of a name the rules took
    said = word.group(1).lower()
    persons = {
        person
        for given, person in _given_names(ctx, surnames=True).get(said[:3], ())
        # the name itself, or with a case ending ("Арсен", "Arsenin")
        if said.startswith(given[:-1]) and len(said) - len(given) <= 3
    }
    return persons.pop() if len(persons) == 1 else None


_CAPITAL_WORD: Final = re.compile(
    r"[A-ZÇĞİÖŞÜƏА-ЯЁ](?<![\w-].)[a-zçğıöşüəа-яё]{2,}['’]?[a-zçğıöşüə]*"
)
# A kin word after a name in the genitive: the relative's clause ("Raminin atası").
_KIN_AFTER: Final = re.compile(
    r"\s+(?:atası|anası|qardaşı|bacısı|oğlu|qızı|həyat yoldaşı|babası|annesi|kardeşi|"
    r"ağabeyi|eşi|отец|мать|брат|сестра|жена|муж|сын)(?![\w-])",
    re.I,
)


def _given_in_clause(ctx: DocContext, start: int, pos: int) -> int | None:
    """The one person whose given name alone (maybe with a case ending) stands in the
    clause before the cue, where the name rules took no name ("Raminin keçən ay Bağuzda
    öldüyü iddia edilir", "Арсена задержали в Турции")."""
    persons = set()
    for word in _CAPITAL_WORD.finditer(ctx.text, max(start, pos - 80), pos):
        said = word.group().lower().replace("’", "'")
        # (the names first: most capitalised words open none, and need no kin test)
        found = _given_names(ctx).get(said[:3])
        if not found or _KIN_AFTER.match(ctx.text, word.end()):
            continue
        for given, person in found:
            stem = said.split("'")[0]
            if stem.startswith(given[:-1]) and len(stem) - len(given) <= 3:
                persons.add(person)
    return persons.pop() if len(persons) == 1 else None


_NameWords = dict[str, list[tuple[str, int]]]
_given_memo: list[tuple[str, _NameWords, _NameWords]] = []


def _given_names(ctx: DocContext, surnames: bool = False) -> _NameWords:
    """The first words of the names of two words or more, by their first three letters;
    with `surnames`, also the last words and the names of one word ("Hodzic was killed":
    a surname alone opening a sentence, which the name rules may leave)."""
    if not (_given_memo and _given_memo[0][0] is ctx.text):
        given: _NameWords = {}
        more: _NameWords = {}
        for n in ctx.names:
            tokens = ctx.text[n.start : n.end].split()
            if n.person is None or not tokens:
                continue
            if len(tokens) > 1 and len(tokens[0]) >= 3:
                given.setdefault(tokens[0][:3].lower(), []).append((tokens[0].lower(), n.person))
            for word in {tokens[0], tokens[-1]}:
                if len(word) >= 4 and word[:1].isupper():
                    more.setdefault(word[:3].lower(), []).append((word.lower(), n.person))
        _given_memo[:] = [(ctx.text, given, more)]
    return _given_memo[0][2] if surnames else _given_memo[0][1]


_THING_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:silah|silahlar|silah-sursat|sursat|mühimmat|patlayıcı|bomba|narkotik|"
    r"sənəd|sənədlər|doküman|dokümanlar|materyal|materiallar|telefon|cihaz|para|pul|"
    r"оружие|боеприпасы|взрывчатка|документы|weapons?|ammunition|explosives|documents)"
    r"(?:\s+[^\s,.;:]+){0,2}\s+$",
    re.I,
)
_THING_NEEDLES: Final = Needles(_THING_BEFORE)
_SEIZED: Final = re.compile(r"geçir|keçir|захвач|captured|seized", re.I)
# A name that only owns the subject ("Elvin Məmmədovun qardaşı saxlanılıb", "Ahmet
# Kaya'nın evinde", "Брат Рустама Алиева задержан", "X's brother was arrested", "the
# wife of X"): what happened is not theirs.
_OWNED_AFTER: Final = re.compile(
    r"(?:['’]?n?[ıiuüə]n)?\s+(?P<noun>qardaşı|bacısı|həyat yoldaşı|arvadı|oğlu|qızı|atası|anası|"
    r"ailəsi|ailə üzvləri|uşaqları|ev(?:i|ində|indən)|mənzil(?:i|ində)|vəkili|dəstəsi\w*|"
    r"kardeşi|ağabeyi|eşi|kızı|babası|annesi|ailesi|çocukları|ev(?:i|inde|inden)|avukatı|"
    r"grubu\w*|yakınları|"
    # one followed, not the one who went ("ərinin ardınca getdi", "kocasının peşinden")
    r"ardınca|arxasınca|dalınca|ardından|peşinden|izinden)(?![\w-])",
    re.I,
)
_OWNED_EN: Final = re.compile(
    r"['’]s?\s+(?!arrest|detention|capture|death|killing|release|return|"
    r"extradition|deportation|conviction|sentencing|martyrdom)[a-z]"
)
_GENITIVE_END: Final = re.compile(r"(?:[ıiuüə]n|n[ıiuü]n)$|['’]n?[ıiuü]n$", re.I)
_OWNER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?<!его )(?<!её )(?<!ее )(?<!их )(?<!свой )(?<!своя )"
    r"(?:брат|брата|жена|жены|сын|сына|отец|мать|сестра|родственник\w*|"
    r"семья|семьи|дом|доме|квартир\w*|адвокат\w*|тело|дети|(?:wife|brother|son|father|"
    r"mother|sister|family|home|house|lawyer|body|relatives|children) of)\s+$",
    re.I,
)


def _oblique(ctx: DocContext, start: int, end: int) -> bool:
    """A Russian name in the genitive ("брат Рустама Алиева", not the martyr post's "Брат
    Магомед Сулейманов"): its first word ends in -а, -я, -ы or -и."""
    if ctx.language != "ru":
        return True
    first = ctx.text[start:end].split()[0]
    return first[-1:].lower() in ("а", "я", "ы", "и")


def _possessors(
    ctx: DocContext, sentence: Sentence, pos: int, agents: list[tuple[int, int, int]]
) -> set[int]:
    """Persons named before `pos` in the sentence (`agents`: the names and pronouns
    from its start to `pos`) only as the owners of something."""
    owned: set[int] = set()
    other: set[int] = set()
    for start, end, person in agents:
        if not ctx.names_in(start, end):
            other.add(person)  # a pronoun
            continue
        lead = ctx.text[max(sentence.start, start - 25) : start]
        owned_after = _OWNED_AFTER.match(ctx.text, end)
        # Azerbaijani and Turkish owners stand in the genitive ("Məmmədovun qardaşı");
        # "Tofiq Zeynalov qardaşı Rəşad" is a name and its apposition
        if owned_after and ctx.language in ("az", "tr"):
            owner = ctx.text[start : owned_after.start("noun")].split()
            genitive = owner[-1] if owner else ""
            owned_after = owned_after if _GENITIVE_END.search(genitive) else None
        if (
            owned_after
            or (ctx.language == "en" and _OWNED_EN.match(ctx.text, end))
            or (_OWNER_BEFORE.search(lead) and _oblique(ctx, start, end))
        ):
            owned.add(person)
        else:
            other.add(person)
    owned -= other
    if owned and _HE.search(ctx.text, sentence.start, pos):
        return set()  # "X-in ailəsi onun öldürüldüyünü bildirib": "his" is the owner
    return owned


_HE: Final = word_start_regex(r"onun|o|он|она|he|she")


# Verbs of saying and sources between a name and the cue: the name speaks of the event.
_SAYS_WORDS: Final = (
    r"said|says|told|stated|noted|added|announced|reported|claimed|confirmed|explained|"
    r"wrote|denied|заявил[аи]?|сообщил[аи]?|рассказал[аи]?|отметил[аи]?|добавил[аи]?|"
    r"уточнил[аи]?|подчеркнул[аи]?|пояснил[аи]?|bildirib|deyib|qeyd edib|açıqlayıb|"
    r"vurğulayıb|bildirdi|söyledi|açıkladı|belirtti|dedi|ifade etti|kaydetti"
)
# The present of features and interviews ("X deyir ki, ...", "X говорит, что").
_SAYS_NOW_WORDS: Final = (
    r"deyir|bildirir|söyləyir|qeyd edir|danışır|diyor|söylüyor|anlatıyor|belirtiyor|"
    r"говорит|рассказывает|утверждает"
)
_SAYS_NOW: Final = word_start_regex(_SAYS_NOW_WORDS)
# `(?<![\w-])(?<!is )(?<!was )...(?:words)(?![\w-])`, opening with the class of the
# words' first letters (`word_start_regex`); the passive's auxiliary is looked for
# behind the first letter, one character further back.
_SAYS: Final = re.compile(
    word_start_regex(_SAYS_WORDS).pattern.replace(
        r"(?<![\w-].)",
        r"(?<![\w-].)(?i:(?<!is .)(?<!was .)(?<!were .)(?<!been .)(?<!be .))",
        1,
    )
)
# (both asked after every name before a cue)
_SAYS_SPOTS: Final = Spots(_SAYS, _SAYS_WORDS)
_SAYS_NOW_SPOTS: Final = Spots(_SAYS_NOW, _SAYS_NOW_WORDS)
# ... and the judge who presides ("presided over by Judge X", "под председательством
# судьи X", "Hakim X-in sədrliyi ilə", "Hakim X başkanlığındaki heyet"): no party to it.
_SOURCE_LEAD: Final = re.compile(
    r"(?:according to|по словам|по данным|по информации|со слов)\s+(?:[^\s,.;:]+\s+){0,3}$|"
    r"(?:presided (?:over )?by|chaired by|под председательством)\s+(?:[^\s,.;:]+\s+){0,2}$",
    re.I,
)
_SOURCE_TAIL: Final = re.compile(
    r"(?:['’][^\W\d_]{1,4})?(?:[ıiuüə]n|n[ıiuü]n)?\s+(?:sözlərinə|məlumatına|ifadesine|"
    r"açıklamasına|sözlerine|bildirdiyinə|dediğine|anlattığına|söylediğine|belirttiğine|"
    r"aktardığına|iddiasına|ifadəsinə|dediyinə|söylədiyinə|danışdığına|qeyd etdiyinə)\s+"
    r"(?:görə|göre)|"
    r"(?:['’][^\W\d_]{1,4})?(?:[ıiuüə]n|n[ıiuü]n)?\s+(?:sədrliyi|başkanlığı|sədrliyində)"
    r"|\s+(?:sədrliyi|başkanlığında)\w*",
    re.I,
)


def _voices(
    ctx: DocContext, sentence: Sentence, pos: int, agents: list[tuple[int, int, int]]
) -> set[int]:
    """Persons in the sentence who speak of the event or are its source (`agents`: the
    names and pronouns from its start to `pos`)."""
    out: set[int] = set()
    for start, end, person in agents:
        lead = ctx.text[max(sentence.start, start - 40) : start]
        source = _SOURCE_LEAD.search(lead) or _SOURCE_TAIL.match(ctx.text, end)
        says = None if source else _SAYS_SPOTS.search(ctx.text, end, pos)
        if says is None and not source:
            says = _SAYS_NOW_SPOTS.search(ctx.text, end, pos)
        if not (source or says):
            continue
        # "X said he was arrested", "X-in sözlərinə görə, o ...": a pronoun after the
        # verb or the source stands for the speaker
        after = says.end() if says else end
        if not any(
            a[2] == person and a[0] >= after and not ctx.names_in(a[0], a[1]) for a in agents
        ):
            out.add(person)
    return out


def _named_after_saying(ctx: DocContext, start: int, pos: int) -> set[int]:
    """The persons named (not by a pronoun) in the clause after its last verb of saying,
    before `pos`."""
    said = _SAYS_SPOTS.last(ctx.text, start, pos)
    if said is None:
        return set()
    last = said.end()
    return {a[2] for a in ctx.agents_in(last, pos) if ctx.names_in(a[0], a[1])}


_THAT: Final = re.compile(r"\s*(?:that\s+)?")


def _said_of(ctx: DocContext, sentence: Sentence, pos: int, voices: set[int]) -> list[int]:
    """The name right after the last verb of saying before `pos` ("said (that) Y"), when
    it is no speaker's: the subject of the clause said."""
    said = _SAYS_SPOTS.last(ctx.text, sentence.start, pos)
    if said is None:
        return []
    last = said.end()
    that = _THAT.match(ctx.text, last, pos)
    at = last if that is None else that.end()
    named = ctx.agents_in(at, pos)
    if not named or named[0][0] != at or named[0][2] in voices:
        return []
    return [named[0][2]]


def _relative_head(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], pos: int
) -> set[int]:
    """The person named right before the relative clause the cue is in ("Y, who was")."""
    if not _RELATIVE_OPEN.match(ctx.text, clause[0], pos):
        return set()
    agents = ctx.agents_in(sentence.start, clause[0])
    if agents and not ctx.text[agents[-1][1] : clause[0]].strip(" ,"):
        return {agents[-1][2]}
    # past an apposition of the name ("X, a native of Namangan, who police said was
    # killed", "X, 34, who", "X, уроженец Оша, который")
    if agents and _APPOSED_GAP.fullmatch(ctx.text, agents[-1][1], clause[0]):
        return {agents[-1][2]}
    return set()


def _shared_relative(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], pos: int
) -> list[int]:
    """The head of the relative clause right before the cue's clause, joined to it by
    "and" ("X met Y, who was extradited in 2019 and sentenced to 16 years", "с Y, который
    был экстрадирован и осуждён"): the second verb shares the relative's subject."""
    lo = max(sentence.start, clause[0] - 8)
    low = ctx.folded()
    stretch = None if low is None else low[lo : clause[0]]
    if stretch is not None and not any([word in stretch for word in _AND_WORDS]):
        return []  # (none of its words in the folded stretch, cut once)
    clauses = ctx.clauses(sentence)
    k = next((i for i, c in enumerate(clauses) if c[0] == clause[0]), 0)
    if k < 1 or not _AND_GAP.fullmatch(ctx.text, clauses[k - 1][1], clause[0]):
        return []
    if ctx.agents_in(clause[0], pos):
        return []
    return list(_relative_head(ctx, sentence, clauses[k - 1], clauses[k - 1][1]))


_AND_WORDS: Final = ("and", "и", "və", "ve")
# no comma before: "Y, who lived in Baku, and was arrested" goes back to the main clause
_AND_GAP: Final = re.compile(r"\s+(?:and|и|və|ve)(?: (?:later|then|затем|позже|потом))?\s*", re.I)
_MAIN_AFTER_RELATIVE: Final = re.compile(
    r"[ ,]*who\s+(?:[^\W\d_]+\s+){0,2}?(?:is|was|has|had|lives|lived)\s[^.;:!?]{1,80}?\s"
    r"(?:was|has been|had been)\s+(?:[^\W\d_]+ly\s+)?$",
    re.I,
)
_APPOSED_GAP: Final = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s*,\s*(?:(?:a|an|the|уроженц\w*|уроженк\w*|жител\w*|"
    r"выходц\w*|\d{1,2})(?![\w-])[^,;.:()\n]{0,60}?,)?[ ,]*",
    re.I,
)


def _relative_of_noun(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], pos: int
) -> bool:
    if not _RELATIVE_OPEN.match(ctx.text, clause[0], pos):
        return False
    agents = ctx.agents_in(sentence.start, clause[0])
    gap = ctx.text[agents[-1][1] if agents else sentence.start : clause[0]]
    # "X, a former officer who was killed": an apposition of the name, set off by a comma
    apposed = agents and gap.lstrip().startswith((",", "(", "–", "—"))
    return bool(_WORD.search(gap)) and not apposed


# A plural common noun in the genitive right before a nominalised verb is its subject
# ("şüphelilerin gözaltına alındığını", "terrorçuların öldürüldüyünü").
_GENITIVE_NOUN: Final = re.compile(
    r"(?<![\w'’-])[a-zçğıöşüə]+l[aeə]r[iıi]n\s+(?!birində|birinde|arasında|tərəfindən|"
    r"tarafından)(?:[^\s,.;:]+\s+){0,3}$"
)
# A counted common noun in the genitive right before a nominalised verb is its subject
# ("üç kişinin gözaltına alındığını", "17 uşağın vətənə qaytarıldığını", "bir DEAŞ
# şüphelisinin tutuklandığını"): a number, perhaps a word or two of the noun, the noun,
# and at most two words before the cue, none of them a possessed noun ("kararıyla").
_COUNTED_GENITIVE: Final = re.compile(
    r"(?<![\w'’-])(?:\d+(?:-[^\W\d_]+)?(?:\s+(?:çox|fazla|artıq))?|bir|iki|üç|dörd|dört|beş|"
    r"altı|yeddi|yedi|səkkiz|sekiz|doqquz|dokuz|on|daha|bir neçə|birkaç)\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,2}?[a-zçğıöşüə]+(?:n[ıiuü]n|(?<=[^aeıioöuüə])[ıiuü]n)\s+"
    r"(?:[a-zçğıöşüə]+(?:[yn]?[aeə]|[dt][aeə]|[dt][aeə]n)\s+){0,2}$"
)
# A kin or a role in the genitive, the subject of a nominalised cue after it: the event
# is theirs, not the speaker's ("avukatı, müvekkilinin iade edilmesi halinde ...",
# "annesi, oğlunun öldüğünü öğrendi", "qardaşının həbs olunduğunu deyib").
_GENITIVE_KIN: Final = re.compile(
    r"(?<![\w'’-])(?:müvekkil(?:im|imiz|i|leri)nin|oğl(?:um|u|ları)nun|kız(?:ım|ı|ları)nın|"
    r"eş(?:im|i)nin|kardeş(?:im|i|leri)nin|ağabey(?:im|i)nin|babas(?:ı)nın|annes(?:i)nin|"
    r"kocas(?:ı)nın|şüphelinin|sanığın|zanlının|hükümlünün|tutuklunun|"
    r"qardaş(?:ım|ı)nın|bacıs(?:ı)nın|atas(?:ı)nın|anas(?:ı)nın|ər(?:im|i)nin|"
    r"həyat yoldaş(?:ım|ı)nın|müvəkkil(?:im|i)nin|şübhəlinin)\s+(?:[^\s,.;:]+\s+){0,3}$",
    re.I,
)
# A nominalised cue before a participle of knowing or saying and the name it describes
# ("Suriye'de öldürüldüğü tespit edilen X", "Suriyada həlak olduğu məlum olan X").
_KNOWN_THAT: Final = re.compile(
    r"\s+(?:(?:kesin|kesin olarak|resmen|sonradan|daha sonra|rəsmi olaraq)\s+)?"
    r"(?:tespit edilen|belirlenen|bilinen|iddia edilen|anlaşılan|öğrenilen|açıklanan|"
    r"bildirilen|düşünülen|sanılan|değerlendirilen|müəyyən edilən|müəyyənləşdirilən|"
    r"bildirilən|məlum olan|iddia edilən|ehtimal edilən|güman edilən|deyilən)\s+",
    re.I,
)
_DEATH_NOUN: Final = re.compile(r"ölüm|ölümü|ölümünü", re.I)
_NOMINAL: Final = re.compile(r"[dt][ıiuü][ğy][ıiuü]|m[aeə]s[ıi]", re.I)
# (tried in place on the clause up to the cue: its leading spaces and commas skipped)
_RELATIVE_OPEN: Final = re.compile(r"[ ,]*(?:who|которые|который|которая)\s", re.I)
