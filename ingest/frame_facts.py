"""A MET fact that an event frame, not the sentence's own syntax, puts two people at."""

from __future__ import annotations

from ingest.context import FactContext, SentenceView
from ingest.fact_dates import sentence_date
from ingest.places import Place
from ingest.schema import Fact


def frame_meeting(
    context: FactContext,
    view: SentenceView,
    pair: tuple[int, int],
    trigger: str,
    at: int,
    fallback: str | None,
    place: Place | None = None,
) -> Fact:
    """Two people the meeting just told brings together ("In attendance were ...", "The delegation
    included ...", "They are A, B and C"), dated from the sentence or the story so far."""
    persons = context.people.persons
    return Fact(
        type="MET",
        persons=[persons[pair[0]].name, persons[pair[1]].name],
        # "During the meeting, ..." after a sentence about the arrival: the meeting's day
        date=sentence_date(view, at, context.last_meeting_date or fallback),
        place=place.text if place else None,
        country=place.country if place else None,
        evidence=view.sentence.text,
        basis="frame",  # type: ignore[arg-type]
        trigger=trigger,
        date_source="its sentence" if view.dates else "the story so far",
    )
