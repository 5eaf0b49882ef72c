"""`diplograph extract --explain`: each fact with the words and the reasoning behind it."""

from __future__ import annotations

from ingest.schema import ExtractionRecord, Fact

_BASIS = {
    "syntax": "the trigger's own arguments in the parse",
    "coreference": "a pronoun or description resolved to a person named earlier",
    "frame": "an event reported in an earlier sentence (attendees, companions)",
    "inferred": "word order around the trigger (no parse for this sentence)",
}


def _who(fact: Fact) -> str:
    if fact.type in ("MET", "CALLED"):
        return " -- ".join(fact.persons or [])
    if fact.type == "VISITED":
        return f"{fact.person} -> {fact.place or ''} {fact.country or '?'}".replace("  ", " ")
    signers = ", ".join(fact.parties or []) or "signers not named"
    return f"{fact.agreement!r} by {signers} ({', '.join(fact.countries or [])})"


def explain_record(record: ExtractionRecord) -> str:
    lines = [f"# {record.id} (published {record.published or 'unknown'})"]
    lines += [f"  warning: {w}" for w in record.warnings]
    if not record.facts:
        lines.append("  no facts")
    for n, fact in enumerate(record.facts, 1):
        status = "" if fact.status == "happened" else f" [{fact.status}: not counted as a fact]"
        lines.append(f"  {n}. {fact.type} {_who(fact)}  date={fact.date or 'null'}{status}")
        lines.append(f"     sentence: {fact.evidence}")
        lines.append(f"     trigger:  {fact.trigger or '?'}")
        lines.append(f"     people:   {_BASIS.get(fact.basis, fact.basis)}")
        lines.append(f"     date:     {fact.date_source or 'the sentence or the story'}")
        if fact.place or fact.country:
            where = ", ".join(x for x in (fact.place, fact.country) if x)
            lines.append(f"     place:    {where} from {fact.place_source or 'its sentence'}")
    return "\n".join(lines)
