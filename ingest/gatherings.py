"""Meetings told as events rather than as one person meeting another.

"The joint meeting of the two governments took place in Iasi, with the delegations led by A and B";
"The summit was held under the chairmanship of C. Participating were D, E and F"; "The meeting was
attended by G, H and I". Everyone at such a gathering met everyone else, save two of one state (a
delegation does not meet itself). A gathering stays open for the next two sentences, which may list
who took part.
"""

from __future__ import annotations

from itertools import combinations

from ingest.context import FactContext, SentenceView, event_city, unique
from ingest.factuality import is_unreal
from ingest.frame_facts import frame_meeting
from ingest.lexicon import MEETING_NOUNS
from ingest.schema import Fact
from ingest.syntax import Parse

# "took place", "was held", "convened", "opened": a meeting noun's own event verbs.
_HAPPEN_VERBS = frozenset({"take", "hold", "convene", "open", "begin", "start"})
# "Participating were", "took part", "attending were", "also present were".
_TAKING_PART = frozenset({"participate", "attend", "part", "present"})
_OPEN_FOR = 2  # sentences a gathering waits for its list of participants


# "X chaired a ministerial meeting with his counterparts": the one who chairs or hosts it is there.
_CHAIRING_VERBS = frozenset({"chair", "co-chair", "host", "convene"})


def _meeting_event(parse: Parse, verb: int) -> bool:
    tok = parse.tokens[verb]
    if tok.lemma.lower() in _CHAIRING_VERBS and tok.pos == "VERB" and parse.children(verb, "nsubjpass"):
        # "The meeting was chaired by X": a gathering X was at, whose list may follow
        chaired = any(
            parse.tokens[s].lemma.lower() in MEETING_NOUNS for s in parse.children(verb, "nsubjpass")
        )
        return chaired and bool([p for a in parse.pobjs(verb, "by") for p in parse.persons_of(a)])
    if tok.lemma.lower() in _CHAIRING_VERBS and tok.pos == "VERB":
        chairs = [p for s in parse.subject(verb) for p in parse.persons_of(s)]
        meetings = [o for o in parse.children(verb, "dobj") if parse.tokens[o].lemma.lower() in MEETING_NOUNS]
        return bool(chairs and meetings)
    if tok.lemma.lower() not in _HAPPEN_VERBS:
        return False
    if tok.lemma.lower() == "take" and not any(
        parse.tokens[o].lemma.lower() == "place" for o in parse.children(verb, "dobj")
    ):
        return False
    subjects = parse.children(verb, "nsubj", "nsubjpass")
    return any(parse.tokens[s].lemma.lower() in MEETING_NOUNS for s in subjects)


def _taking_part(parse: Parse, verb: int) -> bool:
    tok = parse.tokens[verb]
    lemma = tok.lemma.lower()
    if lemma == "attend" and tok.tag == "VBN":
        # "The meeting was attended by A and B" (an active "A attended" is an encounter already)
        return any(parse.tokens[s].lemma.lower() in MEETING_NOUNS for s in parse.children(verb, "nsubjpass"))
    if lemma == "present" and tok.pos == "VERB":
        return False  # "X presented a report": no one listed as taking part
    return lemma in _TAKING_PART


def gathering_facts(
    parse: Parse, view: SentenceView, context: FactContext, fallback: str | None, found: bool
) -> list[Fact]:
    """MET facts of a gathering told in this sentence, or of the participants it lists for one just
    told; none where the sentence's own encounters were found, or a host and guest are known."""
    if found or context.last_sides[1]:
        return []
    for tok in parse.tokens:
        event = _meeting_event(parse, tok.i)
        listing = (
            not event
            and _taking_part(parse, tok.i)
            and (view.sentence.index - context.open_gathering_sentence <= _OPEN_FOR or tok.tag == "VBN")
        )
        if not (event or listing) or is_unreal(parse, tok.i):
            continue
        if event:
            context.open_gathering = unique(parse.persons(parse.subtree(tok.i)))
            context.open_gathering_sentence = view.sentence.index
        else:
            everyone = parse.persons(range(len(parse.tokens)))
            context.open_gathering = unique([*context.open_gathering, *everyone])
            # "... was attended by A, B and C. D also took part.": the list goes on
            context.open_gathering_sentence = view.sentence.index
        return _all_met(context.open_gathering, view, context, tok.start, tok.text, fallback)
    return []


def _all_met(
    people: list[int], view: SentenceView, context: FactContext, at: int, trigger: str, fallback: str | None
) -> list[Fact]:
    persons = context.people.persons
    met = [
        (a, b)
        for a, b in combinations(people, 2)
        if not (persons[a].country and persons[a].country == persons[b].country)
    ]
    if not met:
        return []
    context.last_sides = (list(people), [])
    city = event_city(view, at)
    return [frame_meeting(context, view, pair, trigger, at, fallback, city) for pair in met]
