"""Folding two stored persons into one when an article shows they are the same.

Resolution decides at ingest time, with what is known then: "Sergey Lavrov"
named without a country cannot join "Sergei Lavrov" (RUS, Foreign Minister).
When a later article gives that spelling the same country and title, or
lists one name as an alias of the other, the two nodes are merged: the
survivor takes the mentions, and every edge of the other is re-keyed onto
it, corroborating the survivor's compatible edges.  Everything happens in
the current article's batch, so it is as atomic as any ingest.  A merge is
not undone if the article that prompted it later changes: evidence and
mentions keep their article ids, so replacing any article still works.
"""

from __future__ import annotations

from graph.keys import fold, parse_date
from graph.model import SYMMETRIC_TYPES, EdgeQuery, NodeRef, Person
from graph.plan import Plan, Report
from graph.resolve import name_keys, refresh_person


def _same_person(a: Person, b: Person) -> bool:
    exact_a, translit_a = name_keys([a.name, *a.aliases])
    if set(exact_a) & set(b.keys):
        return True
    shared_titles = {fold(t.title) for t in a.titles} & {fold(t.title) for t in b.titles}
    return (
        bool(set(translit_a) & set(b.keys))
        and a.country is not None
        and a.country == b.country
        and bool(shared_titles)
    )


def partners(plan: Plan, person: Person) -> list[Person]:
    """Other stored persons that are, by the resolution rules, this same person."""
    found = []
    for candidate in plan.candidates("Person", person.keys):
        # Work on the plan's copy, so that what the merge changes lands in the batch.
        other = plan.nodes.setdefault(("Person", candidate.id), candidate)
        if (
            isinstance(other, Person)
            and other.id != person.id
            and other.tally
            and _same_person(person, other)
        ):
            found.append(other)
    return found


def merge(plan: Plan, a: Person, b: Person) -> Person:
    """Fold the less-mentioned of two persons into the other; returns the survivor."""
    plan.complete(a)  # every mention of both, not only this article's (a merge costs their history)
    plan.complete(b)
    survivor, victim = sorted((a, b), key=lambda p: (-p.article_count, p.id))
    plan.recount(survivor, [*survivor.mentions, *(m for m in victim.mentions if m not in survivor.mentions)])
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
