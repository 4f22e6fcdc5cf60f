"""Who a group role is about when the text names its people as a set (see `roles`):
"all three passed through X", "all four adults joined X", "both men", "всех троих
обвиняли в участии в X", "оба стали боевиками", "hər dördü X-ə qoşulub", "hamısı X-ə
qoşulub", "her ikisi de
X'e geçti", "İkili önce X'e katıldı"; a pair "Ömərov da, Əhmədov da"; a family plural
"Karakaya kardeşler", "the Karakaya brothers"; companions ("A ile birlikte", "together
with A"), who share the role of the person they went with; the entries of a list below a
lead that states the group of them all ("Все они воевали в рядах X." then "1) A ...").

A count says how many: the persons are the last list of that many names (a pair that
went together counts as a list), else the last that many persons named before.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_lists import POSTPOSED
from ffdb.extract.group_mentions import GroupMention
from ffdb.extract.lexicon import roles
from ffdb.extract.listing import coordinated_chain
from ffdb.extract.number_words import COUNT_WORDS
from ffdb.extract.people_mention import NameMention
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold

# (keyed by `fold`, as the words found are looked up: "üçü" → "ucu")
_NUMBERS: Final = {
    fold(k): v
    for k, v in {
        **COUNT_WORDS,
        **dict.fromkeys(["both", "pair", "duo", "2", "оба", "обе", "обоих", "обеих", "ikili"], 2),
        **dict.fromkeys(["ikisinin"], 2),
        **{"3": 3, "üçünün": 3, "4": 4, "dördünün": 4, "5": 5, "beşinin": 5, "6": 6},
    }.items()
}
_EN_N: Final = r"(?:two|three|four|five|six|\d)"
_NOUN: Final = (
    r"(?:men|women|adults|suspects|defendants|accused|detainees|brothers|sisters|cousins|"
    r"friends|returnees|fighters|militants|citizens|nationals|residents)"
)
_RU_N: Final = r"(?:двое|трое|четверо|пятеро|шестеро|двоих|троих|четверых|пятерых|шестерых)"
_TK_N: Final = r"(?:iki|üç|dörd|dört|beş|altı)"
# A set of persons standing as a subject; `n` holds the count word when there is one.
_SET: Final = re.compile(
    rf"(?<![\w-])(?:"
    rf"all\s+(?:of\s+the\s+)?(?P<n1>{_EN_N})(?:\s+{_NOUN})?|all\s+of\s+them|they\s+all|"
    rf"(?P<n2>both)(?:\s+(?:of\s+them|{_NOUN}))?|the\s+(?P<n3>{_EN_N})(?:\s+{_NOUN})?|"
    rf"each\s+of\s+(?:them|the\s+(?P<n4>{_EN_N})(?:\s+{_NOUN})?)|"
    rf"(?:все|всех|всем|всеми)\s+(?P<n5>{_RU_N})|все\s+они|(?P<n6>оба|обе|обоих|обеих)|"
    rf"каждый\s+из\s+(?:них|(?P<n7>{_RU_N}))|"
    rf"hər\s+(?P<n8>ikisi(?:nin)?|üçü(?:nün)?|dördü(?:nün)?|beşi(?:nin)?|altısı)(?:\s+də)?|"
    rf"hər\s+(?P<n9>iki)\s+(?:şəxs|nəfər|qardaş|şübhəli)\w*|"
    rf"(?P<n10>{_TK_N})\s+nəfərin\s+hər\s+biri|(?:onların\s+)?hamısı|"
    rf"(?:[^\W\d_]+l[aeə]r[ıi]n\s+)?(?:hər|her)\s+biri|(?<![А-ЯЁа-яё]\s)братья|"
    rf"(?:her\s+)?(?P<n11>ikisi(?:nin)?|üçü(?:nün)?|dördü(?:nün)?|beşi(?:nin)?)\s+de|her\s+(?P<n12>iki)\s+"
    rf"(?:şüpheli|kişi|kardeş|zanlı|sanık|isim)\w*|(?P<n13>[İi]kili)|hepsi|tümü"
    rf")(?![\w-])",
    re.I,
)
_FAMILY: Final = re.compile(
    r"(?:the\s+(?P<en>[A-Z][\w’'-]+)\s+brothers|(?P<tk>[A-ZÇĞİÖŞÜƏ][\w’'-]+)\s+"
    r"(?:kardeşler|qardaşları|qardaşlar)\w*|братья\s+(?P<ru>[А-ЯЁ][а-яё]+))(?![\w-])"
)
_PAIR_DA: Final = re.compile(r"\s+d[aeə]\s*,\s*")
_DA_AFTER: Final = re.compile(r"\s+d[aeə](?![\w-])")
# a name before "ilə birlikdə", "ile birlikte" ("Samirlə birlikdə") went along
_COMPANION_AFTER: Final = POSTPOSED
_COMPANION_BEFORE: Final = re.compile(
    r"(?:together with|along with|вместе с|вместе со|совместно с)\s+(?:(?:his|her|their|"
    r"со? своим|своим|своей|friend|brother|cousin|husband|wife|другом|братом|мужем|женой|"
    r"супругом|супругой|сыном|отцом|сестрой|знакомым)\s+){0,2}$",
    re.I,
)


def set_members(ctx: DocContext, sentence: Sentence, pos: int) -> list[int] | None:
    """The persons a set subject before `pos` stands for: None when there is no set
    subject, [] when it stands for nobody named ("X said all three suspects joined IS":
    not X)."""
    start = max(sentence.start, pos - 200)
    pair = _pair_da(ctx, start, pos) or _bracketed_list(ctx, sentence.start, pos)
    if pair:
        return pair
    found = _last_match(_SET, ctx.text, start, pos)
    family = _family(ctx, start, pos)
    if found is None or ctx.agents_in(found.end(), pos):
        return family or None  # "both men said X joined IS": X is the subject
    word = next((v for k, v in found.groupdict().items() if v and k.startswith("n")), None)
    count = _NUMBERS.get(fold(word)) if word else None
    if word and count is None:
        return None
    members = family or _last_list(ctx, sentence, found.start(), count)
    if not members and count is None:
        members = _entries_before(ctx, sentence)
    if members:
        return members
    said = _SAID.search(ctx.text, max(sentence.start, found.start() - 40), found.start())
    return [] if said else None


# A reported clause: its set subject is not the speaker.
_SAID: Final = re.compile(
    r"(?<![\w-])(?:said|says|told|stated|alleged|claimed|believe[sd]?|according to|"
    r"заявил[аи]?|сообщил[аи]?|считает|по данным|dedi|söyledi|belirtti|bildirib|deyib)"
    r"(?:\s+(?:that|что|ki))?[\s,]*$",
    re.I,
)


def companions_of(ctx: DocContext, sentence: Sentence, pos: int) -> list[int]:
    """Persons named as going along in the clause before `pos`: "A ve B ile birlikte
    örgüte katıldı", "together with A, joined X", "вместе с A вступил"."""
    out: list[int] = []
    agents = ctx.agents_in(sentence.start, pos)
    for k, (start, end, person) in enumerate(agents):
        if _COMPANION_AFTER.match(ctx.text, end, pos):
            out += _described_chain(ctx, agents[: k + 1])
        elif _COMPANION_BEFORE.search(ctx.text, max(sentence.start, start - 40), start):
            out.append(person)
    return list(dict.fromkeys(out))


def _last_match(regex: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    matches = list(regex.finditer(text, start, end))
    return matches[-1] if matches else None


_BRACKETS: Final = re.compile(r"\([^()]*\)")
_LIST_GAP: Final = re.compile(r"\s*(?:,|,?\s*(?:and|и|və|ve))\s*", re.I)


def _bracketed_list(ctx: DocContext, start: int, pos: int) -> list[int]:
    """A list subject whose names carry brackets ("Abbasov N. (1987, Şamaxı), Orucov S.
    (1984, Zaqatala) və Rzayeva L. (1993, Gəncə) ... İŞİD-ə qoşulublar")."""
    agents = ctx.agents_in(start, pos)
    if len(agents) < 2 or "(" not in ctx.text[agents[0][1] : agents[-1][0]]:
        return []
    out, closed = [agents[-1][2]], False
    for before, after in zip(agents[-2::-1], agents[:0:-1], strict=False):
        gap = _BRACKETS.sub("", ctx.text[before[1] : after[0]])
        # read from its end, the list is closed by "and" before its commas count
        closed = closed or bool(re.search(r"(?<![\w-])(?:and|и|və|ve)(?![\w-])", gap))
        if not closed or not _LIST_GAP.fullmatch(gap):
            break
        out.insert(0, before[2])
    return list(dict.fromkeys(out)) if len(out) >= 2 and closed else []


def gapped_pairs(
    ctx: DocContext, sentence: Sentence, person: int, group: GroupMention
) -> list[tuple[int, GroupMention]]:
    """The pairs a shared verb leaves behind: "Ömərov Cəbhətün-Nüsrəyə, Əhmədov isə
    İŞİD-ə keçib" gives Ömərov the first group too."""
    agents = [a for a in ctx.agents_in(sentence.start, group.start) if a[2] == person]
    if not agents:
        return []
    comma = _GAP_COMMA.search(ctx.text, sentence.start, agents[-1][0])
    before = ctx.groups_in(sentence.start, agents[-1][0])
    if comma is None or not before or before[-1].end != comma.start():
        return []
    other = ctx.agents_in(sentence.start, before[-1].start)
    if not other or ctx.text[other[-1][1] : before[-1].start].strip():
        return []
    return [(other[-1][2], before[-1])]


_GAP_COMMA: Final = re.compile(r"\s*,\s*$")


# "Zenicalı Boşnak Edin Hadžić ve Dortmund doğumlu Alman mühtedi Dennis Kröger ile
# birlikte": a few words may describe each name of a companions' list.
_DESCRIBED_AND: Final = re.compile(
    r"\s*(?:,\s*)?(?:,|and|и|və|ve)\s+(?:[^\s,.;:()]+\s+){0,4}", re.I
)


def _described_chain(ctx: DocContext, agents: list[tuple[int, int, int]]) -> list[int]:
    out = coordinated_chain(ctx.text, agents)
    k = len(agents) - len(out)
    while k > 0 and _DESCRIBED_AND.fullmatch(ctx.text, agents[k - 1][1], agents[k][0]):
        out.append(agents[k - 1][2])
        k -= 1
    return out


def _pair_da(ctx: DocContext, start: int, pos: int) -> list[int]:
    """ "Ömərov da, Əhmədov da ...", "Yusuf de, Furkan da ...": both."""
    agents = ctx.agents_in(start, pos)
    if len(agents) < 2 or not _DA_AFTER.match(ctx.text, agents[-1][1], pos):
        return []
    out = [agents[-1][2]]
    for before, after in zip(agents[-2::-1], agents[:0:-1], strict=False):
        if not _PAIR_DA.fullmatch(ctx.text, before[1], after[0]):
            break
        out.insert(0, before[2])
    return out if len(out) >= 2 else []


def _family(ctx: DocContext, start: int, pos: int) -> list[int]:
    """ "Karakaya kardeşler", "the Karakaya brothers": every person of that surname."""
    found = _last_match(_FAMILY, ctx.text, start, pos)
    if found is None:
        return []
    surname = fold(next(v for v in found.groupdict().values() if v)).rstrip("'’")
    stem = surname[:-1] if surname.endswith(("ы", "и")) else surname
    out = [
        n.person
        for n in ctx.names_in(0, found.start())
        if n.person is not None and any(fold(w).startswith(stem) for w in n.text.split()[1:])
    ]
    persons = list(dict.fromkeys(out))
    return persons if len(persons) >= 2 else []


def _last_list(ctx: DocContext, sentence: Sentence, pos: int, count: int | None) -> list[int]:
    """The last list of `count` names (any length when None) in the eight sentences
    before, a pair that went together included; else the last `count` persons named."""
    first = max(0, sentence.index - 8)
    for k in range(sentence.index, first - 1, -1):
        earlier = ctx.sentences[k]
        end = min(earlier.end, pos)
        for group in _lists_in(ctx, earlier, end):
            if (count is None and len(group) >= 2) or len(group) == count:
                return group
    if sentence.index > 0:  # "named the dead as A, 27, of X, and B, 31, of Y. Both had ..."
        earlier = ctx.sentences[sentence.index - 1]
        agents = [a for a in ctx.agents_in(earlier.start, earlier.end) if not _official(ctx, a)]
        named = list(dict.fromkeys(a[2] for a in agents))
        # no count ("братья", "hər biri"): all the persons the sentence before named
        fits = len(named) >= 2 if count is None else len(named) == count >= 2
        if fits and not ctx.agents_in(sentence.start, pos):
            return named
    if count is None:
        return []
    # one person a sentence, the first it names: an entry or a paragraph each ("1. A,
    # 38, from X;", "B, a Kumyk nicknamed "C", ..."), not the aliases and kin it names
    last: list[int] = []
    for k in range(sentence.index - 1, first - 1, -1):
        earlier = ctx.sentences[k]
        named = [a[2] for a in ctx.agents_in(earlier.start, earlier.end) if not _official(ctx, a)]
        if named and named[0] not in last:
            last.append(named[0])
        if len(last) >= count:
            return last[::-1]
    return []


_ENTRY_MARK: Final = re.compile(r"\s*(?:[-–—•*]|\d{1,2}[.)])\s")


def _entries_before(ctx: DocContext, sentence: Sentence) -> list[int]:
    """The persons opening the entries of the list right before `sentence` ("- A, 1990-cı
    il təvəllüdlü; - B, ..." then "Qadınların hər biri ..."): a set with no count."""
    out: list[int] = []
    for k in range(sentence.index - 1, max(-1, sentence.index - 13), -1):
        earlier = ctx.sentences[k]
        if not _ENTRY_MARK.match(ctx.text, earlier.start):
            if out:
                break
            continue
        agents = ctx.agents_in(earlier.start, earlier.end)
        if agents and agents[0][2] not in out:
            out.append(agents[0][2])
    return out[::-1] if len(out) >= 2 else []


def _official(ctx: DocContext, agent: tuple[int, int, int]) -> bool:
    """A name after an office ("SDF spokesman X", "prosecutor X"): who speaks of them;
    not "brother X", the honorific of a martyr notice's fighters."""
    words = ctx.text[max(0, agent[0] - 30) : agent[0]].split()
    word = fold(words[-1].strip(",")) if words else ""
    return word in roles() and word not in _HONORIFICS


_HONORIFICS: Final = frozenset(
    fold(w) for w in ["brother", "sister", "брат", "сестра", "qardaş", "qardaşımız", "kardeş"]
)


def _lists_in(ctx: DocContext, sentence: Sentence, end: int) -> list[list[int]]:
    """The lists of names in a sentence, last first: names coordinated, and a person
    with the companion who went along."""
    names = ctx.names_in(sentence.start, end)
    out: list[list[int]] = []
    for i in range(len(names) - 1, 0, -1):
        chain = list(dict.fromkeys(coordinated_chain(ctx.text, names[: i + 1])))
        if len(chain) >= 2:
            out.append(chain[::-1])
            break
    agents = ctx.agents_in(sentence.start, end)
    for k in range(len(agents)):
        start = agents[k][0]
        if _COMPANION_BEFORE.search(ctx.text, max(sentence.start, start - 40), start):
            # "(A ...). Вместе с мужем B выехала в Сирию": A, the entry's person, went too
            main = agents[k - 1][2] if k else ctx.entry_person(sentence)
            pair = list(dict.fromkeys([main, agents[k][2]])) if main is not None else []
            if len(pair) == 2:
                out.append(pair)
    for k, (_, a_end, person) in enumerate(agents):
        if not _COMPANION_AFTER.match(ctx.text, a_end, end):
            continue
        # "A, arkadaşı B ile birlikte gitti", or the sentence without its subject: "Mart
        # 2013 — arkadaşı B ile birlikte gitti" (the person the text is about)
        main = agents[0][2] if k > 0 else _most_named(ctx, sentence.start, but=person)
        if main is not None and main != person:
            out.append([main, person])
    return out


def went_along(ctx: DocContext, sentence: Sentence, person: int) -> int | None:
    """For a person last named in an earlier sentence as a companion ("Eşi Dinara ile
    birlikte Suriye'ye geçti. Önce X'e katıldı."), the person the text is about: the
    one named most often before; None when `person` was no companion."""
    names = [n for n in ctx.names_in(max(0, sentence.start - 400), sentence.start)]
    last = next((n for n in reversed(names) if n.person == person), None)
    if last is None or not _COMPANION_AFTER.match(ctx.text, last.end, last.end + 40):
        return None
    return _most_named(ctx, sentence.start, but=person)


def beside_companion(ctx: DocContext, sentence: Sentence, person: int, pos: int) -> int | None:
    """The one who went with `person`, when `person` is named in the sentence as a
    companion ("Könül 2015-ci ildə əri Samirlə birlikdə İŞİD-ə qoşulub": Könül too):
    the sentence's own name before that is no companion, else the list entry or the
    person named last before (a dropped subject)."""
    if person not in companions_of(ctx, sentence, pos):
        return None
    own = [a[2] for a in ctx.agents_in(sentence.start, pos) if a[2] != person]
    if own:
        return own[-1]
    entry = ctx.entry_person(sentence)
    return entry if entry is not None else ctx.antecedent(sentence.start, sentences_back=2)


def _most_named(ctx: DocContext, pos: int, but: int | None = None) -> int | None:
    """The person named most often before `pos`; on a tie the one named first later (a
    byline's writer is named before the story's man)."""
    counts: dict[int, int] = {}
    for name in ctx.names_in(0, pos):
        if (
            name.person is not None
            and name.person != but
            and not _official(ctx, (name.start, name.end, name.person))
        ):
            counts[name.person] = counts.get(name.person, 0) + 1
    order = {p: i for i, p in enumerate(counts)}
    return max(counts, key=lambda p: (counts[p], order[p])) if counts else None


# A group with a locative and a copula, or "with": "Dedi, İŞİD-dədir", "O, DEAŞ'tadır",
# "IŞİD'le birlikteyim": the subject is in the group.
_LOCATED: Final = re.compile(r"[-'’]?[dt][aeə](?:d[ıiuü]r|y[ıi]m|yd[ıi]|yd[ıi]m|d[ıi]r)$", re.I)
_WITH_GROUP: Final = re.compile(
    r"[-'’]?(?:l[ae]|ilə|ile)\s+(?:birlikte|birlikdə|beraber)(?:y[ıi]m|d[ıi]r|yd[ıi])", re.I
)


def located_members(ctx: DocContext) -> list[tuple[int, GroupMention, Sentence]]:
    """(person, group, sentence) for a person said to be in or with a group by a case
    ending and a copula; the person is the clause's subject or the one last named."""
    out = []
    for group in ctx.groups:
        with_group = _WITH_GROUP.match(
            ctx.text, group.end - 3 if group.text.endswith(("le", "la")) else group.end
        )
        if not (_LOCATED.search(group.text) or with_group):
            continue
        sentence = ctx.index.at(group.start)
        if sentence is None:
            continue
        left = ctx.agents_in(sentence.start, group.start)
        person = left[-1][2] if left else ctx.antecedent(sentence.start, sentences_back=3)
        if person is None:  # an interview's answer: about the man it is about
            person = _most_named(ctx, sentence.start)
        if person is not None:
            out.append((person, group, sentence))
    return out


# offices of the persons who speak about a list, not in it: "Başsavcı A, B ve C'nin
# DEAŞ'a katıldığını açıkladı" (A tells of B and C)
_SPEAKER_BEFORE: Final = re.compile(
    r"(?:hakim|savcı|başsavcı|avukat|sözcü|müdür|başkan|bakan|vali|gazeteci|uzman|prokuror|"
    r"vəkil|sözçü|rəis|sədr|nazir|jurnalist|ekspert|judge|prosecutor|lawyer|spokes\w*)"
    r"\w*\s+$",
    re.I,
)


def whole_list(
    ctx: DocContext, sentence: Sentence, persons: list[int], cue: int, single: bool = False
) -> list[int]:
    """`persons`, a list found in the clause before `cue`, with the names its comma
    list began with in an earlier clause: "Sanıklar A, B ve C, X'e üye olmak suçundan"
    (the clause of the cue opens after "A,"); with `single`, one person may open the
    list ("A ve B'nin X'e katıldığı")."""
    if len(persons) < (1 if single else 2):
        return persons  # one name after a comma may be a source ("According to A, B")
    agents = [a for a in ctx.agents_in(sentence.start, cue) if ctx.names_in(a[0], a[1])]
    last = max((i for i, a in enumerate(agents) if a[2] in persons), default=-1)
    if last < 1:
        return persons
    chain = coordinated_chain(ctx.text, agents[: last + 1])
    if not set(persons) <= set(chain) or len(chain) <= len(persons):
        return persons
    starts = {a[2]: a[0] for a in agents[: last + 1]}
    out = []
    for person in chain:  # from the last name back to the first
        if person not in persons and _SPEAKER_BEFORE.search(
            ctx.text, max(sentence.start, starts[person] - 30), starts[person]
        ):
            break
        out.append(person)
    return list(dict.fromkeys([*reversed(out), *persons]))


# A line opening a list entry: a number, a keycap or a bullet (emoji included: "🔹",
# "▪️"), then the entry's name.
_LIST_MARK: Final = re.compile(
    r"[ \t]*(?:\d{1,2}[.)]|\d\ufe0f?\u20e3|[^\w\s«»\"“”„'(\[]{1,3})[ \t]*"
)
_LEAD_REACH: Final = 400  # characters between a lead and the list's first entry
_DASH: Final = re.compile(r"\s*[—–-]\s*")
_TITLE_WORD: Final = re.compile(r"(?:[^\W\d_]{2,12}\s+)?")  # "2) Брат Увайс — ..."


def _entry_head(ctx: DocContext, start: int, end: int) -> NameMention | None:
    """The name opening an entry at `start`, a title word allowed before it."""
    names = ctx.names_in(start, min(end, start + 60))
    if names and _TITLE_WORD.fullmatch(ctx.text, start, names[0].start):
        return names[0]
    return None


def entry_owner(ctx: DocContext, sentence: Sentence) -> int | None:
    """The person opening the list entry a sentence with no subject goes on about
    ("2) Ali Veli, 30, from Osh. Went to Sham in 2014 and fought with X.")."""
    line = ctx.text.rfind("\n", 0, sentence.start) + 1
    mark = _LIST_MARK.match(ctx.text, line)
    if mark is None or mark.end() == line or ctx.text.find("\n", line, sentence.start) >= 0:
        return None
    head = _entry_head(ctx, mark.end(), sentence.start)
    return head.person if head is not None else None


def listed_below(ctx: DocContext, sentence: Sentence) -> list[int]:
    """The persons opening the entries of the list right below a lead that names nobody
    ("Все они воевали в рядах X." then "1) A — B ...", "Hamısı X-də döyüşürdü." then
    "🔹 A ..."): the list ends at the first line that is no entry."""
    if ctx.names_in(sentence.start, sentence.end):
        return []
    owner = entry_owner(ctx, sentence)
    if owner is not None:
        return [owner]  # a sentence inside an entry: about the entry's person
    if len({g.name for g in ctx.groups_in(sentence.start, sentence.end)}) > 1:
        return []  # "among them members of IS and HTS": which one each is, the entries say
    out: list[int] = []
    pos = sentence.end
    for line in ctx.text[sentence.end : sentence.end + 4000].splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.strip() or start < sentence.end + 1:
            continue
        mark = _LIST_MARK.match(ctx.text, start)
        head = _entry_head(ctx, mark.end(), pos) if mark else None
        if head is None:
            if out or start - sentence.end > _LEAD_REACH:
                break
            continue
        after = ctx.names_in(head.end, min(pos, head.end + 60))[:1]
        glossed = [n for n in after if _DASH.fullmatch(ctx.text, head.end, n.start)]
        for name in [head, *glossed]:  # "Абу Хасан аш-Шишани — Ислам Батаев": one man
            if name.person is not None and name.person not in out:
                out.append(name.person)
    return out


# A plural verb with no subject named ("Sonra məlum oldu ki, İŞİD-ə qoşulublar", "где
# вступили в ИГ"): the last list of persons, or the pair that went together.
_PLURAL_VERB: Final = re.compile(r"(?:l[aə]r|ли|лись)(?:\s+(?:в|к)(?:\s+ряды)?)?$", re.I)


def plural_subject(ctx: DocContext, sentence: Sentence, match: re.Match[str]) -> list[int]:
    """The persons a plural cue verb with no subject of its own is about, or the persons
    the sentence lists before it, each with an apposition of its own ("A, 1990-cı il
    təvəllüdlü, B, Gəncə şəhər sakini, və C ... qoşulublar")."""
    if not _PLURAL_VERB.search(match.group()):
        return []
    agents = ctx.agents_in(sentence.start, match.start())
    if not agents:
        return _last_list(ctx, sentence, match.start(), None)
    named = [
        a[2]
        for a in agents
        if ctx.names_in(a[0], a[1]) and not _official(ctx, a) and not _is_kin(ctx, a)
    ]
    return list(dict.fromkeys(named))


def _is_kin(ctx: DocContext, agent: tuple[int, int, int]) -> bool:
    words = ctx.text[max(0, agent[0] - 30) : agent[0]].split()
    return bool(words) and fold(words[-1].strip(",")) in _KIN_BEFORE


_KIN_BEFORE: Final = frozenset(
    fold(w)
    for w in [
        "oğlu", "oğlunun", "qızı", "əri", "arvadı", "qardaşı", "atası", "anası", "kocası",
        "eşi", "kardeşi", "babası", "annesi", "brother", "wife", "husband", "son", "father",
        "mother", "брат", "жена", "муж", "сын", "отец", "мать",
    ]
)  # fmt: skip


# "A, как и B, был в рядах X", "A, like B, fought for X": both.
_LIKE: Final = re.compile(r"\s*,\s*(?:как\s+и|так\s+же\s+как\s+и|like|just\s+like|tıpkı)\s+", re.I)
_LIKE_CLOSE: Final = re.compile(r"\s*(?:gibi\s*)?,")


def likewise(ctx: DocContext, sentence: Sentence, pos: int) -> list[int]:
    """The subject and the person it is likened to, before a role cue at `pos`."""
    agents = ctx.agents_in(sentence.start, pos)
    for first, second in itertools.pairwise(agents):
        if _LIKE.fullmatch(ctx.text, first[1], second[0]) and _LIKE_CLOSE.match(
            ctx.text, second[1]
        ):
            return list(dict.fromkeys([first[2], second[2]]))
    return []
