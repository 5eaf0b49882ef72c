"""Who sat on each side of the talks just told.

State media list the members of each side after the meeting: "The delegation included A and B",
"The Pakistani side at the talks included C and D". Each listed member met the people of the other
side (the guideline's delegation cross-pairs); a member of the host side made no trip.
"""

from __future__ import annotations

import re

from ingest.context import FactContext, SentenceView, people_on_trips, unique
from ingest.countries import country_from_any, country_from_name
from ingest.factuality import is_unreal
from ingest.frame_facts import frame_meeting
from ingest.lexicon import MEETING_NOUNS
from ingest.people import Person
from ingest.places import Place
from ingest.schema import Fact
from ingest.syntax import Parse

_LIST_VERBS = frozenset({"include", "comprise", "consist"})
# "The Kazakh side was represented by A, B and C": a side's people as the agent of a passive.
_AGENT_VERBS = frozenset({"represent", "lead", "head"})
# Two side lists this many sentences apart are one meeting's two sides.
_ROSTER_REACH = 2
_SIDE_NOUNS = frozenset({"delegation", "side", "team"})
# Verbs whose object, with a side for subject, is one of its own people: "The Pakistani side
# included A", "The Kazakh delegation was A, B and C", "The Omani team featured A".
_MEMBER_VERBS = _LIST_VERBS | frozenset({"be", "feature", "number", "have", "count"})


def side_state(parse: Parse, noun: int) -> str | None:
    """ "the Pakistani side", "the Azerbaijani delegation": the state a side noun names."""
    state = _state_named(parse, noun)
    if state is not None:
        return state
    for c in parse.kids[noun]:
        if parse.tokens[c].dep in ("amod", "compound", "nmod"):
            # "the Sri Lanka delegation": the modifier with its own compounds
            whole = " ".join(parse.tokens[t].text for t in sorted(parse.subtree(c)))
            code = country_from_any(parse.tokens[c].text) or country_from_any(whole)
            if code:
                return code
    return None


def _state_named(parse: Parse, i: int) -> str | None:
    """The state a proper noun names with its compounds ("South Africa"), if it is one."""
    if parse.tokens[i].tag != "NNP" or i in parse.person_of:
        return None
    words = [parse.tokens[c].text for c in parse.children(i, "compound") if c < i]
    return country_from_name(" ".join([*words, parse.tokens[i].text]))


def _clause_verb(parse: Parse, noun: int) -> int | None:
    t = parse.head(noun)
    while t is not None and not parse.tokens[t].tag.startswith("VB"):
        t = parse.head(t)
    return t


def _phrase(parse: Parse, noun: int) -> list[int]:
    """A noun's subtree without the clauses inside it."""
    clauses = {
        u
        for t in parse.subtree(noun)
        if parse.tokens[t].dep in ("advcl", "relcl", "ccomp")
        for u in parse.subtree(t)
    }
    return [t for t in parse.subtree(noun) if t not in clauses]


def assign_side_states(parse: Parse, persons: list[Person]) -> None:
    """ "The Moldovan delegation included A and B, while on the Romanian side C and D took part":
    the people of each side's clause serve its state (where nothing else has said which)."""
    for tok in parse.tokens:
        if tok.lemma.lower() not in _SIDE_NOUNS:
            continue
        state = side_state(parse, tok.i)
        if state is None or _a_place(parse, tok.i):
            continue
        prep = parse.head(tok.i)
        holder = parse.head(prep) if prep is not None and parse.tokens[tok.i].dep == "pobj" else None
        if prep is not None and _opens_next_conjunct(parse, prep):
            # "attended by A and, from the Kazakh side, by B": the side of the one named next;
            # "attended by A and B, and on the Syrian side by C and D": of those named after it
            after = [p for p in parse.persons(range(tok.i + 1, _stretch(parse, tok.i).stop))]
            for p in after[: 1 if parse.tokens[prep - 1].text == "," else None]:
                persons[p].country = persons[p].country or state
            continue
        if holder is not None and parse.tokens[holder].pos in ("NOUN", "PROPN"):
            # "Han, vice minister of trade, from the DPRK side": the side of the person it hangs on.
            held = parse.persons([holder, *parse.children(holder, "appos")])
            if not held and prep is not None and parse.tokens[prep].lower_text() == "on":
                # "Taking part in the talks on the Kazakh side were A and B, while ...": the people
                # of the side's own part of the sentence
                held = parse.persons(_stretch(parse, tok.i))
            for p in held:
                persons[p].country = persons[p].country or state
            continue
        if parse.tokens[tok.i].dep == "dobj" or (
            prep is not None and parse.tokens[prep].text.lower() in ("with", "to", "by")
        ):
            continue  # "X meets the US delegation": the side X met, not X's own
        verb = _clause_verb(parse, tok.i)
        if verb is None:
            continue
        if (
            parse.tokens[tok.i].dep == "nsubjpass"
            and parse.tokens[verb].lemma.lower() not in _AGENT_VERBS | _MEMBER_VERBS
        ):
            # "The Sudanese delegation was received by Prime Minister X": who received, welcomed or
            # saw off a side is the other side.
            continue
        if parse.tokens[tok.i].dep == "nsubj" and parse.tokens[verb].lemma.lower() not in _MEMBER_VERBS:
            # "The Chinese delegation met Prime Minister X", "the Indian side received B": whom a side
            # met, received or thanked is the other side; only a list ("included", "were") is its own.
            continue
        arguments = parse.children(verb, "nsubj", "nsubjpass", "dobj", "attr") + parse.pobjs(verb, "of")
        if parse.children(verb, "nsubjpass"):
            # "On the Ghanaian side, the talks were attended by Minister X": the agent is the side's;
            # "chaired on the Omani side by A and on the Tanzanian side by B": only the agent before
            # the next side is this side's
            later = [
                t.i
                for t in parse.tokens[tok.i + 1 :]
                if t.lemma.lower() in _SIDE_NOUNS and side_state(parse, t.i) not in (None, state)
            ]
            arguments += [
                o
                for a in parse.children(verb, "agent")
                for o in parse.children(a, "pobj")
                if not later or o < later[0]
            ]
        arguments += parse.children(tok.i, "appos")  # "on the Romanian side, the Minister X, ..."
        for a in arguments:
            if a == tok.i or parse.tokens[a].lemma.lower() in _SIDE_NOUNS | MEETING_NOUNS | _SITTINGS:
                continue  # "The session was chaired ...": a meeting's phrase holds no one's side
            for p in parse.persons(_phrase(parse, a)):
                persons[p].country = persons[p].country or state


_SITTINGS = frozenset({"session", "sitting", "commission", "committee", "round", "dialogue"})


def _opens_next_conjunct(parse: Parse, prep: int) -> bool:
    """ "A and, on the Kazakh side, B", "attended by A, and on the Syrian side by B": a side phrase
    right after "and" or "while" (set off by a comma, or by "and" alone)."""
    if prep >= 2 and parse.tokens[prep - 1].text == ",":
        return parse.tokens[prep - 2].lower_text() in ("and", "while", "whereas")
    return prep >= 1 and parse.tokens[prep - 1].lower_text() == "and"


def _a_place(parse: Parse, noun: int) -> bool:
    """ "on the Kyrgyz side of the border": a stretch of land or water, no side of talks."""
    return parse.tokens[noun].lemma.lower() == "side" and any(
        parse.tokens[p].lower_text() == "of" for p in parse.children(noun, "prep")
    )


def _stretch(parse: Parse, i: int) -> range:
    """The tokens around i up to a break between two sides' lists: ";", "while", "whereas"."""
    breaks = [t.i for t in parse.tokens if t.text == ";" or t.lower_text() in ("while", "whereas")]
    start = max([b for b in breaks if b < i], default=-1) + 1
    end = min([b for b in breaks if b > i], default=len(parse.tokens))
    return range(start, end)


def listed_side(parse: Parse, verb: int) -> int | None:
    """The side noun a listing verb has for subject ("The Ghanaian side included ...")."""
    lemma = parse.tokens[verb].lemma.lower()
    if lemma in _LIST_VERBS:
        subjects = parse.children(verb, "nsubj", "nsubjpass")
        head = parse.head(verb)
        if not subjects and parse.tokens[verb].dep == "conj" and head is not None:
            # "The Ghanaian side was led by A and included B and C": the subject of the first verb
            subjects = parse.children(head, "nsubj", "nsubjpass")
        if (
            parse.tokens[verb].dep == "relcl"
            and head is not None
            and parse.tokens[head].dep in ("nsubj", "nsubjpass")
        ):
            # "The delegation, which also includes A and B, arrived on Monday": the noun described
            subjects = [head]
    elif _leads_a_side(parse, verb):
        # "A led the Bangladesh side, while B led her country's delegation": the side led
        subjects = parse.children(verb, "dobj")
    elif lemma in _AGENT_VERBS:
        subjects = parse.children(verb, "nsubjpass")
        # "Morocco was represented by A and B": the state itself stands for its side
        state = next((s for s in subjects if lemma == "represent" and _state_named(parse, s)), None)
        if state is not None:
            return state
    elif lemma == "be":
        # "On the Malaysian side were A and B", "For the Omani side: ..."
        subjects = [o for o in parse.pobjs(verb, "on", "for") if o < verb]
    else:
        return None
    return next((s for s in subjects if parse.tokens[s].lemma.lower() in _SIDE_NOUNS), None)


def _leads_a_side(parse: Parse, verb: int) -> bool:
    """ "A led the Bangladesh side", "B headed her country's delegation": one side of talks told; not
    "A led a delegation to Kabul", a trip."""
    tok = parse.tokens[verb]
    if tok.lemma.lower() not in ("lead", "head") or tok.pos != "VERB" or not parse.children(verb, "nsubj"):
        return False
    sides = [o for o in parse.children(verb, "dobj") if parse.tokens[o].lemma.lower() in _SIDE_NOUNS]
    # "the Bangladesh side", "her country's delegation"; not a bare "the delegation" at a forum
    definite = [o for o in sides if side_state(parse, o) is not None or parse.children(o, "poss")]
    bound = [
        p
        for t in (verb, *sides)
        for p in parse.children(t, "prep")
        if parse.tokens[p].lower_text() in ("to", "for")
    ]
    return bool(definite) and not bound


def _listed_members(parse: Parse, verb: int) -> list[int]:
    lemma = parse.tokens[verb].lemma.lower()
    if _leads_a_side(parse, verb):
        return unique(p for s in parse.children(verb, "nsubj") for p in parse.persons_of(s))
    # "consisted of A and B", "was represented by A" (never "instead of B")
    objects = parse.children(verb, "dobj", "attr") + parse.pobjs(
        verb, *(("of",) if lemma == "consist" else ("by",))
    )
    if lemma == "be":
        objects += parse.children(verb, "nsubj")
    members = unique(p for o in objects for p in parse.persons_of(o))
    if members and (lemma in _LIST_VERBS or lemma == "represent"):
        # "included A, Vice Minister, and Mr. B, Director-General", "was represented by A, co-chair
        # of the commission, B and C": a list the parser breaks at the appositions; whoever is named
        # after the listing verb in its clause is on the list
        members = unique([*members, *parse.persons(parse.after_in_clause(verb))])
    return members


def side_members(parse: Parse, view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    """MET facts of the members a sentence lists for one side of the last meeting."""
    hosts, guests = context.last_sides
    if not hosts or not guests:
        return _roster_members(parse, view, context, fallback)
    persons = context.people.persons
    facts: list[Fact] = []
    for tok in parse.tokens:
        noun = listed_side(parse, tok.i)
        if noun is None or is_unreal(parse, tok.i):
            continue
        members = _listed_members(parse, tok.i)
        state = side_state(parse, noun)
        stated_hosts = {persons[h].country for h in hosts} - {None}
        stated_guests = {persons[g].country for g in guests} - {None}
        # States are mostly inferred after extraction: the trip just told says who is at home.
        home = context.last_trip.country if context.last_trip is not None else None
        host_states = (stated_hosts | {home}) - {None}
        guest_states = stated_guests - {home}
        if _state_named(parse, noun) and state not in stated_hosts | stated_guests | {home}:
            continue  # "North Korea was represented at the forum by X": no side of these talks
        if state is not None and state in stated_hosts ^ stated_guests:
            # the side's state is stated for the people of one side only: that side is it
            own, other = (hosts, guests) if state in stated_hosts else (guests, hosts)
        elif state is not None and (state in host_states or (guest_states and state not in guest_states)):
            own, other = hosts, guests
        elif state is not None and (state in guest_states or (host_states and state not in host_states)):
            own, other = guests, hosts
        elif state is None and parse.tokens[noun].lemma.lower() == "delegation":
            own, other = guests, hosts  # a delegation without a state is the visitors'
        else:
            continue
        members = [m for m in members if m not in other and m not in own]
        # "The delegation, which also includes A, arrived on Monday": the day is the arrival's,
        # the members met the hosts at the meeting told
        listing = view.model_copy(update={"dates": []}) if parse.tokens[tok.i].dep == "relcl" else view
        asides = [
            (parse.tokens[u].start, parse.tokens[u].end)
            for s in parse.children(tok.i, "nsubj", "nsubjpass")
            for r in parse.children(s, "relcl")
            for u in parse.subtree(r)
        ]
        if asides:
            # "The delegation, which arrived on Tuesday, also included A": the arrival's day is not
            # the meeting's
            kept = [d for d in listing.dates if not any(a <= d.start < b for a, b in asides)]
            listing = listing.model_copy(update={"dates": kept})
        facts += [
            frame_meeting(context, listing, (o, m), tok.text, tok.start, fallback)
            for m in members
            for o in other
        ]
        own.extend(members)
    return facts


def _roster_members(
    parse: Parse, view: SentenceView, context: FactContext, fallback: str | None
) -> list[Fact]:
    """Sides listed after a meeting of states told without its people: each state's listed members
    met the members listed for the other state, in the same or the next sentences."""
    listings: list[tuple[str, list[int], str, int]] = []
    for tok in parse.tokens:
        noun = listed_side(parse, tok.i)
        state = side_state(parse, noun) if noun is not None else None
        members = _listed_members(parse, tok.i) if noun is not None else []
        if state is None and noun is not None and _leads_a_side(parse, tok.i):
            # "B led her country's delegation": the side of the state its head serves
            known = unique(context.people.persons[m].country for m in members)
            state = known[0] if len(known) == 1 else None
        if noun is None or state is None or is_unreal(parse, tok.i):
            continue
        listings.append((state, members, tok.text, tok.start))
    listings += _gapped_heads(view, {state for state, *_ in listings})
    headed = _SIDE_HEAD.match(view.sentence.text)
    if headed is not None and not listings:
        # "Around the table for France: A, B and C."
        state = country_from_any(headed.group("state"))
        people = unique(m.person for m in view.mentions if m.start >= headed.end() and m.person >= 0)
        if state is not None:
            listings.append((state, people, headed.group(0).strip(), 0))
    facts: list[Fact] = []
    at = view.sentence.index
    for state, members, trigger, start in listings:
        if not members:
            continue
        rosters = {s: r for s, r in context.side_rosters.items() if at - r[1] <= _ROSTER_REACH}
        others = unique(m for s, (people, _) in rosters.items() if s != state for m in people)
        if not others:
            # "The Mongolian delegation arrived in Astana ... The Kazakh side was represented by
            # A and B": the host side's people met the delegation that came to them.
            others = _visitors_to(context, state)
        own = unique([*rosters.get(state, (_travellers_from(context, state), at))[0], *members])
        members = [m for m in own if m not in others]
        facts += [
            frame_meeting(context, view, (o, m), trigger, start, fallback, _roster_place(view, context))
            for m in members
            for o in others
        ]
        rosters[state] = (own, at)
        context.side_rosters = rosters
        if others:
            context.last_sides = (list(others), list(own))
    return facts


# "The Kyrgyz delegation was headed by A and the Tajik delegation by B": the second clause leaves
# its verb out, so the parse does not see B's side.
_HEADED_SIDE = re.compile(
    r"\b[Tt]he\s+(?P<state>[A-Z][\w-]+)\s+(?:delegation|side)\s+(?:was|is|were|will\s+be)\s+"
    r"(?:led|headed|represented)\s+by\s+"
)
_GAPPED_SIDE = re.compile(
    r",?\s+(?:and|while|whereas)\s+(?:that\s+of\s+|the\s+)(?P<state>[A-Z][\w-]+)(?:\s+(?:delegation|side))?"
    r"\s+by\s+"
)


def _gapped_heads(view: SentenceView, known: set[str]) -> list[tuple[str, list[int], str, int]]:
    """Both heads of "The A delegation was headed by X and the B delegation by Y", one side each."""
    text = view.sentence.text
    first = _HEADED_SIDE.search(text)
    second = _GAPPED_SIDE.search(text, first.end()) if first else None
    if first is None or second is None:
        return []
    sides = []
    for state_word, start, end in (
        (first.group("state"), first.end(), second.start()),
        (second.group("state"), second.end(), len(text)),
    ):
        state = country_from_any(state_word)
        people = unique(m.person for m in view.mentions if start <= m.start < end and m.person >= 0)
        if state is None or not people:
            return []
        if state not in known:
            sides.append((state, people, "headed by", start))
    return sides


# "Around the table for France:", "For the Omani side:", "On the Kenyan side:" before a list of names
_SIDE_HEAD = re.compile(
    r"^\s*(?:(?:Around|At)\s+the\s+table\s+)?(?:for|on)\s+(?:the\s+)?(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"(?:\s+(?:side|delegation))?\s*:\s*"
)


def _travellers_from(context: FactContext, state: str) -> list[int]:
    """The visiting side's people on the trip the story tells: its listed members sat with them."""
    trip = context.last_trip
    if trip is None or trip.country == state:
        return []
    persons = context.people.persons
    return [
        p
        for p in people_on_trips(context, {(trip.country, trip.date)})
        if persons[p].country in (state, None)
    ]


def _roster_place(view: SentenceView, context: FactContext) -> Place | None:
    """The town of the meeting whose sides are listed: named in the roster's sentence, or in the
    sentence that told of the meeting just before the first list."""
    towns = [p for p in view.places if p.is_city and not p.is_demonym]
    if towns:
        return towns[0] if len({p.country for p in towns}) == 1 else None
    first = min((at for _, at in context.side_rosters.values()), default=view.sentence.index)
    if context.last_town is not None and 0 < first - context.last_town[0] <= 1:
        return context.last_town[1]
    return None


def _visitors_to(context: FactContext, state: str) -> list[int]:
    """The people of the trip to `state` the story is telling."""
    trip = context.last_trip
    if trip is None or trip.country != state:
        return []
    return people_on_trips(context, {(trip.country, trip.date)})


def one_group_subject(parse: Parse, verb: int) -> bool:
    """The verb's subject is one group noun ("the delegation", "the Spanish side"), whose members
    are one side of talks, not two."""
    subject = parse.subject(verb)
    return len(subject) == 1 and (
        parse.tokens[subject[0]].lemma.lower() in _SIDE_NOUNS
        and parse.tokens[subject[0]].tag == "NN"
        and not parse.children(subject[0], "conj")
    )
