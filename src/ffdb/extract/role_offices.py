"""Persons who speak for the state, the court or the press (see `roles`): a name right
after a civil office ("Emniyet sözcüsü Murat Kaplan", "mətbuat xidmətinin rəisi Emin
Səlimli", "correspondent Daniel Oyelaran", "прокурор Ольга Быкова", "APARICI (Kamran
Sadıqov)") tells of the group's men; a group named in the sentence is not theirs. The
office of a group ("IS spokesman X", "HTŞ-nin sözçüsü X") is no civil office.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact
from ffdb.extract.people_mention import NameMention

# Civil offices, in any case; a group's own offices (emir, commander, leader) are not here.
_OFFICE: Final = re.compile(
    r"(?<![\w-])(?:"
    r"spokes(?:man|woman|person)|minister|prosecutors?|judge|lawyer|attorney|barrister|"
    r"solicitor|correspondent|reporter|journalist|analyst|anchor|presenter|ombudsman|"
    r"researcher|professor|"
    r"пресс-секретар\w*|министр\w*|замминистра|прокурор\w*|гособвинител\w*|суд(?:ья|ьи|ье)|"
    r"адвокат\w*|корреспондент\w*|журналист\w*|аналитик\w*|эксперт\w*|политолог\w*|"
    r"исследовател\w*|ведущ(?:ий|ая)|следовател\w*|омбудсмен\w*|"
    r"глав[аеуыо]й?\s+(?:села|района|администрации|поселения|города)|"
    r"sözçü\w*|sözcü\w*|rəisi|müavini|naziri|prokuror\w*|hakim\w*|vəkil\w*|jurnalist\w*|"
    r"müxbir\w*|ekspert\w*|analitik\w*|tədqiqatçı\w*|politoloq\w*|aparıcı\w*|sədri|"
    r"müstəntiq\w*|dinşünas\w*|ittihamçı\w*|"
    r"bakan\w*|savcı\w*|avukat\w*|gazeteci\w*|muhabir\w*|uzman\w*|analist\w*|"
    r"araştırmacı\w*|akademisyen\w*|sunucu\w*|sosyolog\w*"
    r")\s*\(?\s*$",
    re.I,
)
# An English office set off by a comma after its determiner: "Their lawyer, Maria X, said".
_OFFICE_APPOSED: Final = re.compile(
    r"(?<![\w-])(?:the|his|her|their|its|a|an)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|"
    r"minister|prosecutor|judge|lawyer|attorney|barrister|solicitor|correspondent|reporter|"
    r"journalist|analyst|researcher|professor),\s*$",
    re.I,
)
# A second name right after the first: the first, in the genitive, the office's client.
_NAME_NEXT: Final = re.compile(r"\s+[A-ZА-ЯЁÇĞİÖŞÜƏ][a-zа-яёçğıöşüə]+\s+[A-ZА-ЯЁÇĞİÖŞÜƏ]")
# The office of a group named right before it ("IS spokesman", "İŞİD-in sözçüsü").
_GROUP_GAP: Final = re.compile(r"[\s'’-]*(?:[^\W\d_]{0,4}\s+)?(?:[^\W\d_]+\s+)?$")


def office_holders(ctx: DocContext) -> set[int]:
    """The persons named right after a civil office somewhere in the text."""
    out: set[int] = set()
    for name in ctx.names:
        if name.person is not None and name.person not in out and _after_office(ctx, name):
            out.add(name.person)
    return out


def holds_office(ctx: DocContext, person: int) -> bool:
    """Whether `person` is named right after a civil office somewhere in the text."""
    return any(n.person == person and _after_office(ctx, n) for n in ctx.names)


def _after_office(ctx: DocContext, name: NameMention) -> bool:
    if name.kind == "kunya":
        return False  # "Nazir müavini Əbu X kimi tanınan Y-ni ...": the kunya is Y's
    if len(name.words) < 2 or _NAME_NEXT.match(ctx.text, name.end):
        return False  # "Savcı Rahimov için", "Адвокат Мусаева Зарема Исмаилова": the client
    sentence = ctx.index.at(name.start)
    lead = max(0, name.start - 40) if sentence is None else max(sentence.start, name.start - 40)
    office = _OFFICE.search(ctx.text, lead, name.start) or _OFFICE_APPOSED.search(
        ctx.text, lead, name.start
    )
    return office is not None and not _group_office(ctx, office.start())


def _group_office(ctx: DocContext, start: int) -> bool:
    """Whether a group is named right before the office word (its own office)."""
    return any(
        g.end <= start and _GROUP_GAP.fullmatch(ctx.text, g.end, start) is not None
        for g in ctx.groups
        if start - 30 <= g.end <= start
    )


def without_office_holders(ctx: DocContext, facts: list[Fact]) -> list[Fact]:
    """`facts` less the groups given to a person who holds a civil office."""
    if not facts:
        return facts
    holders = office_holders(ctx)
    return [f for f in facts if f.person not in holders] if holders else facts
