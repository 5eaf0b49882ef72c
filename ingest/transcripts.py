"""Press-conference transcripts: each turn opens with its speaker's label ("MINISTER TAZI:",
"Foreign Minister Lind:"), and "I", "me" and "my" in that turn are the speaker.

The label names the speaker by a surname the article has already given in full (in the heading or
the introduction); a label that fits no one, or more than one person, or a questioner's label
("QUESTION:", "MODERATOR:"), gives the turn no speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.countries import fold

if TYPE_CHECKING:  # people.py reads mentions, which skip the labels found here
    from ingest.nlp import Sentence
    from ingest.people import Person

# At most six capitalised words (or one run of capitals with a ", TITLE" after it) and a colon.
SPEAKER_LABEL = re.compile(
    r"^\s*(?P<label>(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*(?:,\s*[A-Z][A-Z .'’-]{2,60})?)\s*:(?:\s+\S|\s*$)"
)
_QUESTIONERS = frozenset({"question", "q", "moderator", "reporter", "journalist", "participant", "audience"})


def speakers_by_paragraph(sentences: list[Sentence], persons: list[Person]) -> dict[int, int]:
    """Paragraph number -> the person speaking in it, for the paragraphs a label opens."""
    speakers: dict[int, int] = {}
    opened: set[int] = set()
    for sentence in sentences:
        if sentence.paragraph in opened:
            continue
        opened.add(sentence.paragraph)
        label = SPEAKER_LABEL.match(sentence.text)
        if label is None:
            continue
        words = {fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", label.group("label"))}
        if words & _QUESTIONERS:
            continue
        fits = {p.id for p in persons if len(p.name.split()) >= 2 and fold(p.name.split()[-1]) in words}
        if len(fits) == 1:
            speakers[sentence.paragraph] = fits.pop()
    return speakers
