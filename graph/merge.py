"""Folding two stored persons into one when an article shows they are the same.

Resolution decides at ingest time, with what is known then: a bare
"Biden" read before any article names "Joe Biden" stays a person of its
own.  When a later article shows two stored persons are one (a full name
whose family name the bare one is, a spelling that bridges two others),
the two nodes are merged, the reason noted on the moved mentions: the
survivor takes the mentions, and every edge of the other is re-keyed onto
it, corroborating the survivor's compatible edges.  Everything happens in
the current article's batch, so it is as atomic as any ingest.  A merge is
not undone if the article that prompted it later changes: evidence and
mentions keep their article ids, so replacing any article still works.
"""

from __future__ import annotations

from graph.keys import initials_form, parse_date
from graph.model import SYMMETRIC_TYPES, EdgeQuery, NodeRef, Person
from graph.plan import Plan, Report
from graph.resolve import (
    lookup_keys,
    namesakes,
    partner_keys,
    person_profile,
    refresh_person,
    same_person,
    short_form_of,
    surname_of,
)


def _unique_owner(plan: Plan, bare: Person, full: Person) -> bool:
    """`full` is the only full-name person a bare name can be (else it stays on its own)."""
    mine = person_profile(bare)
    for other in plan.candidates("Person", [k.replace("b:", "s:", 1) for k in bare.keys]):
        if (
            isinstance(other, Person)
            and other.id != full.id
            and other.tally
            and surname_of(mine, person_profile(other))
        ):
            return False
    return True


def _only_fit(plan: Plan, short: Person, full: Person) -> bool:
    """`full` is the only stored person the shorter form `short` may be ("J. Smith": John, not James)."""
    mine = person_profile(short)
    for other in plan.candidates("Person", lookup_keys([short.name, *short.aliases])):
        if (
            isinstance(other, Person)
            and other.id not in (short.id, full.id)
            and other.tally
            and short_form_of(mine, person_profile(other))
            and not namesakes(short, other)
        ):
            return False
    return True


def partners(plan: Plan, person: Person) -> list[tuple[Person, str]]:
    """Other stored persons that are, by the resolution rules, this same person, and why."""
    found = []
    mine = person_profile(person)
    for other in plan.candidates("Person", partner_keys(person)):
        if not isinstance(other, Person) or other.id == person.id or not other.tally:
            continue
        theirs = person_profile(other)
        if mine.full and theirs.full:
            why = same_person(mine, theirs)
            if why is None and (why := short_form_of(mine, theirs)):
                why = why if _only_fit(plan, person, other) else None
            if why is None and (why := short_form_of(theirs, mine)):
                why = why if _only_fit(plan, other, person) else None
        elif mine.full:
            why = surname_of(theirs, mine)
            why = why if why and _unique_owner(plan, other, person) else None
        else:
            why = None
        if why and not namesakes(person, other):
            # Work on the plan's copy, so that what the merge changes lands in the batch.
            adopted = plan.adopt(other)
            assert isinstance(adopted, Person)
            found.append((adopted, why))
    return found


def merge(plan: Plan, a: Person, b: Person, why: str) -> Person:
    """Fold one of two persons into the other, noting why on the moved mentions; returns the survivor.

    The survivor: an actor dictionary's entry, else a full name over a bare one, else the more
    reported one.
    """
    plan.complete(a)  # every mention of both, not only this article's (a merge costs their history)
    plan.complete(b)
    survivor, victim = sorted(
        (a, b),
        key=lambda p: (
            not person_profile(p).anchored,
            not person_profile(p).full,
            initials_form(p.name) is not None,  # "Kassym-Jomart Tokayev" over "K. Tokayev"
            -p.article_count,
            p.id,
        ),
    )
    moved = [m.model_copy(update={"why": f"merged with {survivor.name}: {why}"}) for m in victim.mentions]
    plan.recount(survivor, [*survivor.mentions, *(m for m in moved if m not in survivor.mentions)])
    plan.recount(victim, [])
    victim.keys = []
    refresh_person(survivor)
    for edge in plan.store.find_edges(
        EdgeQuery(node=NodeRef(label="Person", id=victim.id), limit=None)
    ).items:
        if edge.id not in plan.edges:
            plan.keep_edge(edge)
    incident = [
        e
        for e in list(plan.edges.values())
        if e.tally is not None
        and e.tally.evidence
        and victim.id in ((e.src if e.src_label == "Person" else None), e.dst)
    ]
    for edge in incident:
        reports = plan.take_evidence(edge)  # the old edge is deleted with the batch
        src = survivor.id if edge.src_label == "Person" and edge.src == victim.id else edge.src
        dst = survivor.id if edge.dst_label == "Person" and edge.dst == victim.id else edge.dst
        if src == dst and edge.type in SYMMETRIC_TYPES:
            continue  # "X met X": the two spellings were reported meeting each other
        for evidence in reports:
            report = Report(
                edge.type, (edge.src_label, src), (edge.dst_label, dst), parse_date(evidence.date), evidence
            )
            plan.add(report)
    return survivor
