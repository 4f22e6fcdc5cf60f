"""Who an event is about (see `events`): the cue's mode says where its person stands
(`data/events.tsv`). A clause without a name of its own is about the sentence's subject
("Qaraxanov ... was even arrested in 2001"), a relative clause about the name before it
("X, who was killed in 2009"), a pronoun about the person last named ("He ... before
being released"), a plural pronoun about the names listed last ("Both men ..."). Names
listed together share the event ("A, B və C saxlanılıb"), and so do companions ("X,
together with his brother Y, left"). A clause whose own subject is a common noun ("his
brother died", "33 Azerbaijanis died", "Onun qardaşı həbs edilib") is about no named
person; a Russian, Azerbaijani or Turkish sentence that names nobody is about the person
last named, unless its verb is plural or it counts people. A role noun ("задержанный",
"şüpheli", "həmin şəxs") stands for the person the report is about; "both"/"the
suspects" for the last list or the last two named; a relative named before with the same
kin word for "his wife"; "I" in a quotation for its speaker. Speakers and sources ("X
said that ...", "по словам X"), owners ("Məmmədovun qardaşı", "брат Рустама Алиева",
"X's brother") and names before a relative clause of a common noun have no event of the
clause; names each given a term share a sentence ("X 10 yıl, Y 7 yıl"). A Russian
participle after a comma is about the names before it ("A и B, убитых в понедельник");
an Azerbaijani or Turkish participle's noun, about the name the sentence ends on in the
copula ("Saxlanılan ikinci şəxs ... Tofiq Əliyevdir").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final

from ffdb.extract.context import DocContext, without_genitives
from ffdb.extract.event_colon_lists import colon_listed
from ffdb.extract.event_lists import (
    apposed_right,
    companion_before,
    has_companion_words,
    listed_right,
    named_with,
    objects,
    postposed,
    with_coordinated,
)
from ffdb.extract.event_narrators import speaker_after_quote
from ffdb.extract.event_nouns import (
    AMONG_AFTER,
    COUNTED_BEFORE,
    PLURAL_ROLE_SPOTS,
    ROLE_ANAPHOR_SPOTS,
    is_role_noun,
    protagonist,
    role_list,
)
from ffdb.extract.event_own_subject import (
    KIN_SUBJECT,
    MANY,
    counted_after,
    counts_many,
    has_own_subject,
    kin_subject,
)
from ffdb.extract.event_subjects import (
    ALONG_GAP,
    OTHERS_NOUN,
    own_agents,
    own_antecedent,
    timeline_person,
    unknown_name,
)
from ffdb.extract.fact_people import right_within
from ffdb.extract.held_words import holds_any_in, register
from ffdb.extract.lexicon import EventCue
from ffdb.extract.listing import listed_above
from ffdb.extract.scan import lowered
from ffdb.extract.sentences import Sentence
from ffdb.extract.timelines import dated_line_lead, profile_person

_PASSIVE: Final = re.compile(
    r"(?:was|were|been|being|is|are|be|got|get|gets|getting)\s+"
    r"(?:(?:\w+ly|also|later|then|even|subsequently|soon|reportedly|allegedly|eventually|"
    r"finally|not|each|both|all|reportedly|himself|herself|reported|said|believed|confirmed|"
    r"presumed|thought|feared|known|(?:listed|recorded|registered|described)\s+as)\s+){0,2}$",
    re.I,
)
# Words that may open a clause whose passive verb lost its auxiliary ("then killed").
_COMMA_GAP: Final = re.compile(r"\s*,?\s*")
_ELLIPSIS: Final = re.compile(
    r"\b(?:then|later|and|but|subsequently|eventually|finally|soon)\b", re.I
)


# The patterns under their old names, which tests/extract/test_event_fast_paths.py checks
# (see /tmp/events2_wants.diff to point it at `event_own_subject`).
_KIN_SUBJECT: Final = KIN_SUBJECT
_MANY: Final = MANY


# One of a list named by its role: the ablative of the plural ("şüphelilerden",
# "şübhəlilərdən"), "one of the suspects", "один из задержанных".
_ONE_OF_THEM: Final = re.compile(r"l[aeə]rd[aeə]n$", re.I)
_ONE_OF: Final = re.compile(r"(?:one of|один из|одна из|одного из)\s+$", re.I)
# The others of a list ("diğer 3 şüpheli", "the other two suspects", "остальные").
_OTHERS: Final = re.compile(r"(?<![\w-])(?:diğer|digər|other|остальн\w*)\s", re.I)
OTHERS_COUNTED: Final = re.compile(
    r"(?<![\w-])(?:diğer|digər|other|остальные)\s+(?:\d{1,2}|two|three|four|five|iki|üç|"
    r"dört|dörd|beş|двое|трое|четверо|пятеро)(?![\w-])|"
    # the rest, uncounted ("qalanları sərbəst buraxılıb", "the others were freed")
    r"(?<![\w-])(?:qalanlar\w*|digərləri|diğerleri|geri kalanlar\w*|остальны[еих]|"
    r"the rest|the others|the remaining)(?![\w-])",
    re.I,
)
_GERUND_OBJECT: Final = re.compile(r"ing (?:him|her)$", re.I)


def _said_before(ctx: DocContext, start: int, cue: int) -> int | None:
    """The one person a resolved pronoun stands for, when it is the last of the sentence's
    names and pronouns before the possessive cue at `cue`."""
    agents = ctx.agents_in(start, cue)
    if not agents:
        return None
    last = agents[-1]
    at = bisect_left(ctx._pronoun_starts, last[0])
    pronoun = ctx.pronouns[at] if at < len(ctx.pronouns) else None
    resolved = pronoun is not None and pronoun.start == last[0] and len(pronoun.persons) == 1
    return last[2] if resolved else None


def persons_of_cue(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    cue: EventCue,
) -> list[int]:
    cue_start, cue_end = match.span()  # (asked of `match` tens of times)
    mode = cue.mode
    if mode == "post":
        return _postposed_of(ctx, sentence, cue_start)
    before = ctx.text[clause[0] : cue_start]
    if mode in ("ptcp", "subj") and dated_line_lead(ctx, sentence, cue_start):
        # "12 March 2009 - Wounded near Chegem.": a timeline's line about its person
        person = profile_person(ctx, sentence)
        return [person] if person is not None else []
    if mode == "ptcp":
        if _PASSIVE.search(before) or (
            not _ELLIPSIS.sub("", before).strip() and not _named_next(ctx, cue_end)
        ):
            mode = "subj"  # "..., arrested in 2014", "and deported", "then killed"
        else:
            right = right_within(ctx, cue_end, words=2)
            if right is not None:  # "sentenced X and Y to ..."
                return listed_right(ctx, right, cue_end, sentence.end)
            right = apposed_right(ctx, cue_end, sentence.end)
            if right is not None:  # "detained three men: X, Y and Z"
                return listed_right(ctx, right, cue_end, sentence.end)
            left = ctx.agents_in(clause[0], cue_start)
            if left and _COMMA_GAP.fullmatch(ctx.text[left[-1][1] : cue_start]):
                return [left[-1][2]]
            return _relative_object(ctx, sentence, clause, cue_start)
    if mode == "poss":  # "after his release", "после его освобождения": the person last named
        opening = len(ctx.text[sentence.start : cue_start].split()) <= 1
        if _GERUND_OBJECT.search(match.group()):
            # "Sentencing him, Judge X said": him is the one the report is about
            person = protagonist(ctx, cue_start)
            return [person] if person is not None else []
        if ctx.language == "en" and opening:
            ahead = ctx.agents_in(cue_end, sentence.end)  # "Following his arrest, X confessed"
            if ahead and ahead[0][0] - cue_end < 60:
                return [ahead[0][2]]
        said = _said_before(ctx, sentence.start, cue_start)
        if said is not None:  # "He was arrested at Zaventem on his return": his is he
            return [said]
        person = ctx.antecedent_of_gender(cue_start, _POSS_GENDER.get(match.group().split()[0]))
        return [person] if person is not None else []
    if mode == "obj":
        relative = _relative_object(ctx, sentence, clause, cue_start)
        if relative:
            return relative
        found = objects(ctx, cue_end, cue_start)
        role = None if found else PLURAL_ROLE_SPOTS.search(ctx.text, cue_end, cue_end + 40)
        if role and not ctx.text[cue_end : role.start()].strip():
            return role_list(ctx, sentence, role)  # "арестовал обоих задержанных"
        if not found and ctx.language == "ru" and match.group().split()[0].endswith("ли"):
            # "Магомеда Алиева задержали в аэропорту": an object put before a verb
            # that has no subject of its own
            left = ctx.agents_in(clause[0], cue_start)
            if left and (
                not ctx.text[left[-1][1] : cue_start].strip(" ,")
                or ALONG_GAP.fullmatch(ctx.text, left[-1][1], cue_start)
            ):  # "Магомеда вместе с сотнями других мужчин задержали"; "их арестовали":
                # every person the plural pronoun stands for
                return list(dict.fromkeys(a[2] for a in left if a[0] == left[-1][0]))
            # "X задержали в Турции и ... передали российским властям": the object
            # shared with the verb before
            earlier = ctx.agents_in(sentence.start, cue_start)
            if earlier and _AND_BEFORE.search(ctx.text, earlier[-1][1], cue_start):
                return [earlier[-1][2]]
            # "его задержали в Турции, а ... экстрадировали": the pronoun object shared
            shared = _SHARED_PRONOUN.search(ctx.text, sentence.start, cue_start)
            if shared and _AND_BEFORE.match(ctx.text, shared.end(), cue_start):
                person = ctx.antecedent(shared.start())
                return [person] if person is not None else []
        return found
    if mode == "pre":
        right = right_within(ctx, cue_end, words=3)
        if right is None and ctx.language in ("az", "tr"):
            right = _after_participles(ctx, cue_end, sentence.end)
            if right is None:  # "Saxlanılan ikinci şəxs Quba sakini, 34 yaşlı X-dir"
                right = _copular_name(ctx, cue_end, sentence.end)
        if right is not None:
            return listed_right(ctx, right, cue_end, sentence.end)
        if is_role_noun(ctx, match):  # "В отношении задержанного ..."
            person = protagonist(ctx, cue_start)
            return [person] if person is not None else []
        if OTHERS_NOUN.match(ctx.text, cue_end) and not ctx.agents_in(
            cue_end, sentence.end
        ):  # "2022'de öldürülen IŞİD-K yöneticisi 'X'": the noun's, unnamed here (but
            return []  # "həlak olan şəxs isə X-dir" names it after)
        mode = "any"
    left = ctx.agents_in(clause[0], cue_start)
    if left and has_companion_words(ctx.text):  # else no name is a companion
        left = [a for a in left if not postposed(ctx, a[1]) and not companion_before(ctx, a[0])]
    if (
        not left
        and may_hold_any(ctx, OTHERS_WORDS, clause[0], cue_start)
        and OTHERS_COUNTED.search(before)
    ):
        return []  # "diğer 2 şüpheli ise serbest bırakıldı": the others, unnamed
    plural_verb = _plural_verb(match.group())
    if plural_verb or (
        may_hold_any(ctx, _WERE_WORDS, clause[0], cue_start) and _WERE.search(before)
    ):
        listed = listed_above(ctx, cue_start)
        if listed and (not left or left[-1][2] in listed):
            return listed  # "- A, ...;\n- B, ...\nbu ayın 14-də saxlanılıblar"
    if left and ctx.language in ("az", "tr"):
        left = without_genitives(ctx.text, left, cue_start)  # "X ... Y-un çağırışı ilə getdi": X
        # "Fırat Kalkanı güçlerine karşı girdiği çatışmada": a name of forces, no one
        left = [a for a in left if not _FORCES_AFTER.match(ctx.text, a[1])]
    if left and ctx.language in ("az", "tr") and _PLURAL_END.search(match.group()):
        # "R.Həsənov 12 il, A.Əliyev isə 9 il müddətinə azadlıqdan məhrum ediliblər": a
        # plural verb shared by the names before it, each with its own term
        return _gapped(ctx, sentence, left, cue_start)
    if left:
        return with_coordinated(ctx, sentence, left[-1], cue_start)
    if _FIRST_PERSON.search(before):
        speaker = _speaker(ctx, sentence, cue_end)
        return [speaker] if speaker is not None else []
    if (
        ctx.language in ("az", "tr", "ru")
        and may_hold_any(ctx, _FIRST_OBJECT_WORDS, clause[0], cue_start)
        and _FIRST_OBJECT.search(before)
    ):
        return _quoted_speaker(ctx, sentence, cue_end)
    lead = ctx.text[sentence.start : cue_start]
    if not left and mode == "subj":
        listed = colon_listed(ctx, cue_end, sentence.end)
        if listed:  # "Four defendants were sentenced to ten years each: A; B; and C"
            return listed
    # the cheap test of names first: the patterns search the whole lead of the sentence
    if not ctx.names_in(sentence.start, cue_start):
        role = PLURAL_ROLE_SPOTS.search(ctx.text, sentence.start, cue_end)
        if role and not AMONG_AFTER.match(ctx.text, role.end()):
            if _ONE_OF_THEM.search(role.group()) or _ONE_OF.search(
                ctx.text, max(sentence.start, role.start() - 12), role.start()
            ):
                return []  # "Şüphelilerden M.Y. serbest bırakıldı": one, unnamed
            if _OTHERS.search(ctx.text, role.end(), cue_start):
                return []  # "..., diğer 3 şüpheli ise teslim edildi": the others
            return role_list(ctx, sentence, role)
    role_noun = None
    if mode == "any" and not ctx.agents_in(sentence.start, cue_start):
        role_noun = ROLE_ANAPHOR_SPOTS.search_cut(ctx.text, sentence.start, cue_start)
    if role_noun:
        if COUNTED_BEFORE.search(lead[: role_noun.start()]):
            return []  # "üç şüpheli gözaltına alındı": others, counted
        antecedent = protagonist(ctx, sentence.start)
        return [antecedent] if antecedent is not None else []
    if mode == "any" and ctx.language == "ru" and counted_after(ctx, cue_end):
        return []  # "в Россию вернулись более 300 человек": the counted, not the source
    if mode == "any":
        after = ctx.agents_in(cue_end, clause[1])
        if after:
            return listed_right(ctx, after[0][2], cue_end, sentence.end)
        aside = _PIOUS_ASIDE.match(ctx.text, cue_end, sentence.end)
        right = None if aside is None else right_within(ctx, aside.end(), words=2)
        if aside is not None and right is not None:
            # "стали шахидами, иншаАллах, братья A и B": the subject past the aside
            return listed_right(ctx, right, aside.end(), sentence.end)
    if ctx.language not in ("ru", "az", "tr") and has_own_subject(before):
        return named_with(ctx, sentence, clause, before)
    if _WHOSE.match(before):  # "Рустам, чей брат Вугар был убит": the brother's, unnamed
        return []
    subjects = ctx.subjects_before(sentence, cue_start)
    if subjects and ctx.language in ("az", "tr") and has_companion_words(ctx.text):
        subjects = _past_companions(ctx, sentence, cue_start, subjects)
    if subjects and left == [] and len(subjects) == 1 and not own_agents(ctx, sentence):
        subjects = []  # only a companion named: the subject is dropped
    if len(subjects) == 1:  # "Rauf Aliyev, 34, and Samir Guliyev, 29, were taken ..."
        own = [a for a in ctx.agents_in(sentence.start, cue_start) if a[2] == subjects[0]]
        if own:
            return with_coordinated(ctx, sentence, own[-1], cue_start)
    if subjects:
        return subjects
    if ctx.language == "en" and ctx.opens_without_subject(sentence):
        # "X, from Y. Went to Syria in 2014. Returned in 2015.": the entry's person
        entry = ctx.entry_person(sentence)
        if entry is not None:
            return [entry]
    if ctx.language == "en" and not ctx.agents_in(sentence.start, sentence.end):
        person = profile_person(ctx, sentence)  # "October 2005 - Detained ...; released"
        if person is not None:
            return [person]
    if (
        mode == "any"
        and ctx.language in ("ru", "az", "tr")
        and not own_agents(ctx, sentence)
        and not unknown_name(ctx, sentence.start, cue_start)
        and not kin_subject(ctx, clause[0], cue_start)
        and not counts_many(ctx, clause[0], cue_start)
        and not plural_verb
    ):
        # a timeline's line: a line introducing it, else the profile's person
        antecedent = timeline_person(ctx, sentence)
        if antecedent is None:
            antecedent = profile_person(ctx, sentence)
        if antecedent is None:
            antecedent = own_antecedent(ctx, sentence)
        if antecedent is None:  # a list entry's later pro-drop sentences
            antecedent = ctx.entry_person(sentence)
        return [antecedent] if antecedent is not None else []
    kin = KIN_SUBJECT.match(lead) if mode == "any" else None
    if kin is not None and not ctx.agents_in(sentence.start, cue_start):
        named = _named_kin(ctx, lowered(kin.group()), sentence.start)
        return [named] if named is not None else []
    return []


# A pious aside between commas after the verb ("стали шахидами, иншаАллах, братья ...").
_PIOUS_ASIDE: Final = re.compile(
    r"\s*,\s*(?:иншаАллах|инша Аллах|иншаллах|inşallah|inşaallah|inşəallah|"
    r"in ?sha'? ?allah|insha'?allah)\s*,\s*",
    re.I,
)


def _named_next(ctx: DocContext, pos: int) -> bool:
    """A name right after the cue: its object ("Police raided the flat and arrested X")."""
    names = ctx.names_in(pos, pos + 80)
    return bool(names) and not ctx.text[pos : names[0].start].strip()


def _past_companions(
    ctx: DocContext, sentence: Sentence, pos: int, subjects: list[int]
) -> list[int]:
    """The subjects but a companion ("İsmayılzadə Rzayevlə birlikdə eyni dəstədə olub,
    2016-cı ildə yaralanıb": İsmayılzadə; "X, Ayşe'yle birlikte ... yakalandı": X), else
    the name before the companion."""
    agents = ctx.agents_in(sentence.start, pos)
    along = {a[2] for a in agents if postposed(ctx, a[1])}
    if not along.intersection(subjects):
        return subjects
    rest = [s for s in subjects if s not in along]
    if rest:
        return rest
    before = [a[2] for a in agents if a[2] not in along]
    return before[-1:]


# A participle set after the names it describes, past their ages in brackets ("A (27
# лет) и B (24 года), убитых в понедельник").
_POSTPOSED_GAP: Final = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?,\s*")


def _postposed_of(ctx: DocContext, sentence: Sentence, pos: int) -> list[int]:
    agents = ctx.agents_in(sentence.start, pos)
    if not agents or not ctx.names_in(agents[-1][0], agents[-1][1]):
        return []
    if not _POSTPOSED_GAP.fullmatch(ctx.text, agents[-1][1], pos):
        return []
    if not ctx.text[pos : pos + 12].split()[0].lower().endswith(("ых", "их")):
        return [agents[-1][2]]  # "X, убитого в 2015 году": one
    chain = with_coordinated(ctx, sentence, agents[-1], pos)
    if len(chain) > 1:
        return chain
    # "A (27 лет) и его двоюродного брата B (24 года), убитых": past an age and a kin word
    out = [agents[-1][2]]
    for earlier, later in zip(agents[-2::-1], agents[:0:-1], strict=False):
        if not _POSTPOSED_AND.fullmatch(ctx.text, earlier[1], later[0]):
            break
        out.insert(0, earlier[2])
    return list(dict.fromkeys(out))


_POSTPOSED_AND: Final = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*|\s+и\s+)(?:(?:его|её|ее|их)\s+)?(?:[а-яё]+\s+){0,2}"
)


# "I" in a quotation is its speaker ("'I flew to Istanbul in June 2014,' Huseynov said").
# (`(?<![\w-])(?:I|[Яя]|[Mm]ən|[Bb]en)(?![\w-])`, opening with the class of its first
# letters: `re` then skips to them instead of trying the look-behind everywhere)
_FIRST_PERSON: Final = re.compile(
    r"[IЯяMmBb](?<![\w-].)(?:(?<=I)|(?<=[Яя])|(?<=[Mm])ən|(?<=[Bb])en)(?![\w-])"
)


def _speaker(ctx: DocContext, sentence: Sentence, pos: int) -> int | None:
    """The person who speaks a quotation: named right after it closes, else the person
    last named before it (an interview's subject)."""
    after = speaker_after_quote(ctx, sentence, pos)
    if after is not None:
        return after
    opening = ctx.text.rfind("\n", 0, sentence.start)
    quote = max(ctx.text.rfind(q, opening + 1, pos) for q in '"“«–')
    return ctx.antecedent(max(quote, sentence.start), sentences_back=4)


# "me"/"us" as the object before the verb ("polis məni saxladı", "beni gözaltına aldılar",
# "меня задержали"): the narrator's event, never the person named last.
_FIRST_OBJECT: Final = re.compile(r"(?<![\w-])(?:məni|bizi|beni|меня|нас)(?![\w-])", re.I)


def _quoted_speaker(ctx: DocContext, sentence: Sentence, pos: int) -> list[int]:
    """The speaker named right after a quotation closing past `pos`; a memoir's narrator,
    unnamed there, has no record to give the event to."""
    after = speaker_after_quote(ctx, sentence, pos)
    return [after] if after is not None else []


# The gender a possessive cue's pronoun shows ("his release", "her return", "его арест").
_POSS_GENDER = {"his": "m", "His": "m", "her": "f", "Her": "f", "его": "m", "Его": "m"}
_POSS_GENDER |= {"её": "f", "Её": "f", "ее": "f", "Ее": "f"}
# A relative pronoun in the object's case opening the cue's clause, with no name of its
# own before the verb.
_RELATIVE_OBJECT: Final = re.compile(
    r"[\s,(–—-]*(?:которого|которую|которых|whom)\s+(?:[^\W\d_]+\s+){0,3}$", re.I
)
_RELATIVE_GAP: Final = re.compile(r"[^.;:!?()]{0,40}?,?\s*")


def _relative_object(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], pos: int
) -> list[int]:
    """The name a relative pronoun in the object's case follows ("брата Лечи, которого
    убили в 2010 году", "X, whom police detained in May"), its clause's verb at `pos`."""
    if not _RELATIVE_OBJECT.match(ctx.text, clause[0], pos):
        return []
    agents = ctx.agents_in(sentence.start, clause[0])
    if agents and _RELATIVE_GAP.fullmatch(ctx.text, agents[-1][1], clause[0]):
        return [agents[-1][2]]
    return []


_AND_BEFORE: Final = re.compile(r"[^.;:]*?ли(?:\s+[^,.;:]+?)?(?:\s+и|,\s*а)\s+(?:[^,.;:]+\s+)?$")
_SHARED_PRONOUN: Final = re.compile(r"(?<![\w-])(?:его|её|ее)\s+(?=[^\W\d_]+ли(?![\w-]))", re.I)
_WHOSE: Final = re.compile(r"\W*(?:whose|чей|чья|чьё|чье|чьи)\s", re.I)
_PLURAL_END: Final = re.compile(r"l[aeə]r$", re.I)


def _gapped(
    ctx: DocContext, sentence: Sentence, left: list[tuple[int, int, int]], pos: int
) -> list[int]:
    nearest = with_coordinated(ctx, sentence, left[-1], pos)
    if len(nearest) > 1:
        return nearest
    before = [a for a in ctx.agents_in(sentence.start, left[-1][0]) if a[2] not in nearest]
    if not before or not _GAP_COMMA.fullmatch(ctx.text, before[-1][1], left[-1][0]):
        return nearest
    return [before[-1][2], *nearest]


# ", " between two names, past the first's own term ("R.Həsənov 12 il, A.Əliyev isə").
_GAP_COMMA: Final = re.compile(r"[^.;:,]{0,30},\s*(?:[^\W\d_]\.\s?)?")


def _named_kin(ctx: DocContext, kin: str, pos: int) -> int | None:
    """The relative named with the same word earlier ("həyat yoldaşı Leyla Məmmədli ...
    Həyat yoldaşı 2017-ci ildə həlak olub", "брат Хасан ... Брат был ранен")."""
    low, at = ctx.low, pos
    while (at := low.rfind(kin, max(0, pos - 3000), at)) >= 0:
        end = at + len(kin)
        if not low[end : end + 1].isalpha():
            named = right_within(ctx, end, words=1)
            if named is not None:
                return named
    return None


# Participial clauses joined by "ve"/"və" before the name they describe ("2015 yılında
# Suriye'ye giden ve örgütün sözde emiri olarak faaliyet gösteren Yavuz").
_PARTICIPLE_CHAIN: Final = re.compile(
    r"\s+(?:ve|və)\s+(?:[^\s,.;:]+\s+){0,8}?[^\s,.;:]*(?:[aeə]n|[ıiuü]ş)(?=\s)", re.I
)


def _after_participles(ctx: DocContext, pos: int, end: int) -> int | None:
    chain = _PARTICIPLE_CHAIN.match(ctx.text, pos, end)
    if chain is None or ctx.agents_in(pos, chain.end()):
        return None
    return right_within(ctx, chain.end(), words=2)


# A name ending the sentence in the copula ("... Ramil Əliyevdir.", "... Ali Kaya'dır."):
# the predicate identifying the one the participle's noun stands for.
_COPULA_END: Final = re.compile(r"[dt][ıiuü]r$", re.I)


def _copular_name(ctx: DocContext, pos: int, end: int) -> int | None:
    agents = ctx.agents_in(pos, end)
    if not agents or not ctx.names_in(agents[-1][0], agents[-1][1]):
        return None
    start, stop, person = agents[-1]
    said = ctx.text[start:stop] + ctx.text[stop : stop + 5].split(" ")[0].rstrip(".!\n")
    if not _COPULA_END.search(said) or ctx.text[stop:end].strip(" .!\n'’dırtiuü"):
        return None
    return person


_FORCES_AFTER: Final = re.compile(
    r"\s+(?:güçler|kuvvetler|qüvvələr|birlikler|birləşmələr)\w*", re.I
)


_PLURAL_VERB: Final = re.compile(r"(?:l[aeə]r|ли|ны|ись|ты)$", re.I)


@lru_cache(maxsize=4096)
def _plural_verb(said: str) -> bool:
    """Whether a cue's words end in a plural verb; they recur from one cue to the next."""
    return _PLURAL_VERB.search(said) is not None


# The words of `OTHERS_COUNTED` and `_FIRST_OBJECT`: a clause before the cue holding
# none of them, most, needs no search by the regex.
OTHERS_WORDS: Final = (
    "diğer",
    "digər",
    "other",
    "остальн",
    "qalanlar",
    "kalanlar",
    "rest",
    "remaining",
)
_FIRST_OBJECT_WORDS: Final = ("məni", "bizi", "beni", "меня", "нас")


def may_hold_any(ctx: DocContext, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether text[start:end] may hold any of `words` (lower case) in any case, as a
    regex ignoring case would find one: read off the automaton's pass over the folded
    text, false only when sure (a text `folded` cannot fold may always)."""
    low = ctx.folded()
    return low is None or holds_any_in(low, words, start, end)


_WERE_WORDS: Final = ("were",)  # the word of `_WERE`
_WERE: Final = re.compile(r"(?<![\w-])were\s+(?:\w+\s+)?$", re.I)


register(OTHERS_WORDS, _FIRST_OBJECT_WORDS, _WERE_WORDS)  # (its gates' words, at import)
