"""A person's derived status, from dated and graded events, with the reasons.

Categories: killed; returned (with what followed: arrested, detained, sentenced,
released); abroad (travelled, with no later return or death); not_travelled (arrested
or tried at home with no sign of having left); unknown (no status event).

Rules, in order:
1. Only claims known by `as_of` count (their document published and their event dated
   by then); rejected claims and claims graded 5 (improbable) do not count.
2. A death is final, unless an event only the living have is dated after it and is
   better graded than every death claim.
3. Otherwise the events are read in time order (undated events at their document's
   date; an undated departure before everything): a departure (travelled) or a sign of
   being abroad (injured, wanted) makes the person abroad; a return, or an arrest,
   detention or sentence after being abroad, makes them returned; an arrest with no sign
   of having left makes them not_travelled until a departure says otherwise.
4. Membership of a group that fights only in Syria and Iraq (THEATRE_GROUPS) is a sign
   of having left, undated and before everything: such a member arrested at home has
   returned, and one with no status event is abroad.
5. A detention followed by an arrest or a sentence was an arrest: the detail names it
   once, as "arrested", so that "detained" counts only the people held and let go.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ffdb.assess.dates import is_after, parse_span, year_of
from ffdb.assess.facts import Fact
from ffdb.names.groups import get_group, lookup_group

RULES = "status_rules.v1"
CATEGORIES = ("killed", "returned", "abroad", "not_travelled", "unknown")
CUSTODY = ("arrested", "detained", "sentenced")
AFTER_RETURN = (*CUSTODY, "released")
ABROAD_SIGNS = ("injured", "wanted")
# Gazetteer ids of groups active only in the Syrian and Iraqi theatre: a member of one
# has been there. Groups also active at home (Caucasus Emirate, its Wilayat Kavkaz unit,
# Hizb ut-Tahrir, the PKK) or whose members are mostly locals elsewhere are left out.
THEATRE_GROUPS = frozenset(
    {
        "islamic-state",
        "jabhat-al-nusra",
        "jaysh-al-muhajirin-wal-ansar",
        "ajnad-al-kavkaz",
        "junud-al-sham",
        "jund-al-aqsa",
        "katibat-al-tawhid-wal-jihad",
        "ahrar-al-sham",
        "ansar-al-sham",
    }
)
_LIFECYCLE = {
    "travelled": 0,
    "wanted": 1,
    "injured": 1,
    "returned": 2,
    "detained": 3,
    "arrested": 3,
    "sentenced": 4,
    "released": 5,
}


@dataclass(slots=True)
class DerivedStatus:
    person: str
    status: str  # one of CATEGORIES
    date: str | None = None  # of the deciding event: the death, the return
    detail: list[str] = field(default_factory=list)  # after a return, in order
    reasons: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)  # the claims behind the status

    @property
    def year(self) -> int | None:
        return year_of(self.date)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "date": self.date,
            "detail": self.detail,
            "reasons": self.reasons,
            "claims": self.claims,
        }


def usable_events(facts: Sequence[Fact], as_of: str | None = None) -> list[Fact]:
    """The status claims that count as of `as_of` (see rule 1)."""
    return [
        f
        for f in facts
        if f.prop == "status"
        and f.review != "rejected"
        and f.credibility != 5
        and not is_after(f.doc_date, as_of)
        and not is_after(f.date, as_of)
    ]


def derive_status(person: str, facts: Sequence[Fact], as_of: str | None = None) -> DerivedStatus:
    events = usable_events(facts, as_of)
    joined = theatre_memberships(facts, as_of)
    if not events and not joined:
        return DerivedStatus(person, "unknown", reasons=["no status event reported"])
    deaths = [f for f in events if f.value == "killed"]
    if deaths:
        death = _chosen_death(deaths)
        survivors = _better_graded_later_events(death, deaths, events)
        if not survivors:
            return _killed(person, death, deaths)
        events = [f for f in events if f.value != "killed"]
        status = _walk(person, events, joined)
        status.reasons.insert(
            0,
            f"reported alive after a reported death, by better graded "
            f"claims ({', '.join(sorted({s.value for s in survivors}))})",
        )
        return status
    return _walk(person, events, joined)


def theatre_memberships(facts: Sequence[Fact], as_of: str | None = None) -> list[Fact]:
    """The person's usable claims of membership of a THEATRE_GROUPS group (rule 4)."""
    out = []
    for fact in facts:
        if (
            fact.prop != "group"
            or fact.review == "rejected"
            or fact.credibility == 5
            or is_after(fact.doc_date, as_of)
        ):
            continue
        group_id = fact.extra.get("group_id")
        group = get_group(str(group_id)) if group_id else lookup_group(fact.value)
        if group is not None and group.id in THEATRE_GROUPS:
            out.append(fact)
    return out


def _chosen_death(deaths: Sequence[Fact]) -> Fact:
    """The best graded death claim; then a written date, the most precise; then the earliest
    report, so that a later recycled report never moves a death."""
    return min(
        deaths,
        key=lambda f: (f.credibility, f.date is None, -len(f.date or ""), f.doc_date or "9999"),
    )


def _killed(person: str, death: Fact, deaths: Sequence[Fact]) -> DerivedStatus:
    date: str | None = death.date
    how = f"dated {death.date}"
    if not death.date:
        first = min((f.doc_date for f in deaths if f.doc_date), default=None)
        date, how = first, f"undated; first reported {first}" if first else "undated"
    where = f" in {death.place}" if death.place else ""
    return DerivedStatus(
        person,
        "killed",
        date=date,
        reasons=[
            f"killed{where}, {how}; {len(deaths)} death claim(s), best credibility "
            f"{death.credibility}"
        ],
        claims=sorted(f.id for f in deaths),
    )


def _better_graded_later_events(
    death: Fact, deaths: Sequence[Fact], events: Sequence[Fact]
) -> list[Fact]:
    best = min(f.credibility for f in deaths)
    span = parse_span(death.date, death.date_qualifier) if death.date else None
    if span is None:
        return []
    return [
        f
        for f in events
        if f.value not in ("killed", "wanted")
        and f.date
        and f.credibility < best
        and (later := parse_span(f.date, f.date_qualifier)) is not None
        and later.start > span.end
    ]


def _order(fact: Fact) -> tuple[str, int, str]:
    if fact.date:
        when = parse_span(fact.date, fact.date_qualifier) or parse_span(fact.doc_date)
    elif fact.value == "travelled":
        when = None  # an undated departure came before whatever the document tells next
    else:
        when = parse_span(fact.doc_date)
    day = when.start.isoformat() if when else "0000"
    return day, _LIFECYCLE.get(fact.value, 9), fact.id


def _walk(person: str, events: Sequence[Fact], joined: Sequence[Fact] = ()) -> DerivedStatus:
    state, date = "unknown", None
    detail: list[str] = []
    behind: list[str] = []
    reasons: list[str] = []
    if joined:  # rule 4: an undated departure, before everything
        state, behind = "abroad", sorted({f.id for f in joined})
        names = ", ".join(sorted({f.value for f in joined}))
        reasons = [f"member of {names}, a group that fights in Syria and Iraq"]
    for fact in sorted(events, key=_order):
        value, when = fact.value, fact.date or fact.doc_date
        if value == "travelled":
            state, date, detail, behind = "abroad", when, [], [fact.id]
            reasons = [f"travelled {fact.date or '(undated)'}"]
        elif value in ABROAD_SIGNS and state in ("unknown", "abroad"):
            if state == "unknown":
                state, date, reasons = "abroad", when, []
            behind.append(fact.id)
            reasons.append(f"{value} {fact.date or 'by ' + str(fact.doc_date)}")
        elif value == "returned" or (value in AFTER_RETURN and state == "abroad"):
            if state != "returned":  # a second report of the same return changes nothing
                state, date, detail = "returned", when, []
            behind.append(fact.id)
            reasons.append(f"{value} {fact.date or 'by ' + str(fact.doc_date)}")
            if value != "returned":
                detail.append(value)
        elif value in AFTER_RETURN:
            if state == "unknown":
                state, date = "not_travelled", when
                reasons.append("no sign of having left")
            if value not in detail:
                detail.append(value)
            behind.append(fact.id)
            reasons.append(f"{value} {fact.date or 'by ' + str(fact.doc_date)}")
    # Two reports of one event give one reason.
    reasons = list(dict.fromkeys(reasons))
    if "detained" in detail and ("arrested" in detail or "sentenced" in detail):
        detail = list(dict.fromkeys("arrested" if d == "detained" else d for d in detail))
    return DerivedStatus(
        person, state, date=date, detail=detail, reasons=reasons, claims=sorted(set(behind))
    )
