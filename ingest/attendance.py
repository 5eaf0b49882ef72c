"""The people an earlier meeting's frame brings in: "In attendance were A and B", "Also present
was C", "X was accompanied by Y", "The Armenian side was represented by A and B".

`ingest/events.py` reads a sentence's own encounters; when a sentence adds people to the meeting
just told instead, `attendees` pairs each of them with the side they did not sit on (by the
state they serve, the side the text names for them, or whom they came with).
"""

from __future__ import annotations

import re

from ingest.context import FactContext, SentenceView, unique
from ingest.coref import people_at
from ingest.countries import country_from_any
from ingest.factuality import is_unreal
from ingest.frame_facts import frame_meeting
from ingest.lexicon import ATTENDANCE_CUES, GROUP_NOUNS, MEETING_NOUNS, REMOTE_PRESENCE, REPORTING_VERBS
from ingest.people import SPOUSE_TITLE, has_a_full_name
from ingest.schema import Fact
from ingest.syntax import Parse, singular_subject

# The visitor's own people in a list of those present: "members of the accompanying delegation".
_VISITING_PARTY = re.compile(
    # "members of the Korean delegation" at a reception abroad: the visitor's party
    r"\b(?:members?\s+of\s+(?:the\s+|his\s+|her\s+)?(?:accompanying\s+|visiting\s+)?(?:[A-Z][a-z]+\s+)?delegation|"
    r"(?:the\s+)?accompanying\s+delegation|(?:the\s+)?delegation\s+accompanying)\b"
)


def _first_token(parse: Parse, person: int) -> int:
    return min((t for t, p in parse.person_of.items() if p == person), default=len(parse.tokens))


_ON_THE_SIDE = re.compile(
    r"\b(?:on|from|for)\s+the\s+(?P<adj>[A-Z][\w-]+)\s+side\s+(?:by|were|was)\b"
    # "The Armenian side was represented at the expanded talks by A and B"
    r"|\b[Tt]he\s+(?P<represented>[A-Z][\w-]+)\s+side\s+was\s+represented\b[^.;]{0,60}?\bby\b"
)


def _named_sides(view: SentenceView) -> dict[int, str]:
    """ "attended on the Tanzanian side by A and on the Mozambican side by B and C": the state
    each person was named for."""
    text = view.sentence.text
    marks = [
        (m.end(), country_from_any(m.group("adj") or m.group("represented")))
        for m in _ON_THE_SIDE.finditer(text)
    ]
    sides: dict[int, str] = {}
    for mention in view.mentions:
        at, state = next(((at, code) for at, code in reversed(marks) if at <= mention.start), (0, None))
        if re.search(r";|,\s+while\b|\bside\b", text[at : mention.start]):
            continue  # "..., while X took part from the Kazakh side": another clause, another side
        if state is not None and mention.person >= 0:
            sides.setdefault(mention.person, state)
    return sides


def _without_spouses(side: list[int], context: FactContext) -> list[int]:
    """ "A and first lady B welcomed the couple ... Talks were held with the participation of C":
    the spouses greeted; the talks that people join are the leaders'."""
    persons = context.people.persons
    leaders = [p for p in side if not SPOUSE_TITLE.search(persons[p].title or "")]
    return leaders or side


def _presence_at_the_meeting(parse: Parse, noun: int) -> bool:
    """ "The ceremony took place in the presence of X", "The talks were held in the presence of X"."""
    verb = parse.head(parse.head(noun) or noun)
    return verb is not None and parse.tokens[verb].lemma.lower() in ("take", "hold", "proceed", "unfold")


# Scenes other than the talks where a companion is "accompanied" along.
_ELSEWHERE = re.compile(
    r"\b(?:forum|opening|exhibition|expo|fair|inauguration|tour\s+of|toured|plant|factory|site|museum|"
    r"memorial|mausoleum|monument|university|school|hospital|port|market|wreath)\b",
    re.IGNORECASE,
)


_ON_ONES_PART = re.compile(r"\b(?:on|for)\s+(?:his|her|their|its|our|my)\s+part$", re.IGNORECASE)
# "was accompanied at the audience by X": X sat in.
_AT_THE_MEETING = re.compile(
    r"\baccompanied\s+(?:\w+\s+)?(?:at|in|during|to)\s+(?:the|this)\s+(?:\w+\s+)?"
    r"(?:audience|meeting|talks|session|discussions|ceremony|call)\b"
)
_JOINED_THE_VISITOR = re.compile(r"\b(?:joined|travell?ing\s+with|travell?ed\s+with)\s+(?:her|him|them)\b")


def _each_side_accompanied(
    parse: Parse, view: SentenceView, context: FactContext, fallback: str | None
) -> list[Fact] | None:
    """ "During the meeting, A was accompanied by X, while B was accompanied by Y": each side's
    companions meet the other side, and each other. None when the sentence is not of that shape."""
    hosts, guests = context.last_sides
    teams: list[tuple[list[int], list[int], int]] = []
    for tok in parse.tokens:
        if tok.lemma.lower() != "accompany" or is_unreal(parse, tok.i):
            continue
        principals = {p for s in parse.subject(tok.i) for p in parse.persons_of(s)}
        side = hosts if principals & set(hosts) else guests if principals & set(guests) else None
        by = parse.pobjs(tok.i, "by") or parse.stray_pobjs(tok.i, "by")
        companions = [p for o in by for p in parse.persons_of(o) if p not in hosts and p not in guests]
        if side is not None and companions:
            teams.append((side, companions, tok.start))
    if len(teams) != 2 or teams[0][0] is teams[1][0]:
        return None
    (side_a, with_a, at), (side_b, with_b, _) = teams
    pairs = [(c, p) for c in with_a for p in [*side_b, *with_b]] + [(c, p) for c in with_b for p in side_a]
    grown = unique([*hosts, *(with_a if side_a is hosts else with_b)])
    context.last_sides = (grown, unique([*guests, *(with_b if side_a is hosts else with_a)]))
    return [frame_meeting(context, view, pair, "accompanied", at, fallback) for pair in pairs]


def _escorted_in_asides(parse: Parse, context: FactContext) -> dict[int, int]:
    """ "X, who accompanied him to Moscow, ...": X -> the one X accompanied (a principal)."""
    found: dict[int, int] = {}
    for cue in parse.tokens:
        head = parse.head(cue.i)
        if cue.lemma.lower() != "accompany" or cue.dep != "relcl" or head is None:
            continue
        # "A and B, who is accompanying him": a singular clause is about B alone
        single = singular_subject(parse, cue.i)
        companions = [single] if single is not None else parse.persons_of(head)
        escorted = [p for o in parse.children(cue.i, "dobj") for p in people_at(parse, o, context)]
        if not escorted and any(parse.tokens[o].pos == "PRON" for o in parse.children(cue.i, "dobj")):
            escorted = [context.main_visitor] if context.main_visitor is not None else []
        # only the visitor the story follows: "accompanied the President" may be either president
        for c in companions:
            if escorted and escorted[0] != c and escorted[0] == context.main_visitor:
                found[c] = escorted[0]
    visitor = context.main_visitor
    for part in parse.tokens:
        # "B, who is part of the Secretary's delegation, joined the meeting": the visitor's side
        clause = parse.head(part.i)
        if (
            visitor is None
            or part.lemma.lower() != "part"
            or part.dep != "attr"
            or clause is None
            or parse.tokens[clause].dep != "relcl"
            or not any(parse.tokens[o].lemma.lower() in GROUP_NOUNS for o in parse.pobjs(part.i, "of"))
        ):
            continue
        single = singular_subject(parse, clause)
        member = [single] if single is not None else parse.persons_of(parse.head(clause) or clause)
        found.update({m: visitor for m in member if m != visitor})
    return found


# "X joined the President in receiving the envoys": at the reception on the President's side
_RECEIVING = frozenset({"receive", "welcome", "greet", "host"})


def _joined_in_the_talks(parse: Parse, verb: int, context: FactContext) -> int:
    """ "A and B joined the President in the talks": the principal A and B sat beside (-1: none)."""
    if parse.tokens[verb].lemma.lower() != "join" or not any(
        parse.tokens[o].lemma.lower() in MEETING_NOUNS | _RECEIVING
        for prep in ("in", "for", "at")
        for o in parse.pobjs(verb, prep)
        + [c for p in parse.children(verb, "prep") for c in parse.children(p, "pcomp")]
    ):
        return -1
    principals = set(context.last_sides[0]) | set(context.last_sides[1])
    joined = [
        p for o in parse.children(verb, "dobj") for p in people_at(parse, o, context) if p in principals
    ]
    return joined[0] if len(joined) == 1 else -1


# Events of their own: "Egypt hosted a summit in July, which was attended by leaders including X".
_GATHERING_NOUNS = frozenset({"summit", "conference", "forum", "meeting", "ceremony", "session", "gathering"})


def _another_gathering(parse: Parse, cue: int) -> bool:
    """The attendance told in a relative clause of an indefinite gathering ("a summit ..., which was
    attended by") is of that event, not of the talks the story is on."""
    if parse.tokens[cue].dep != "relcl":
        return False
    noun = parse.head(cue)
    candidates = [noun] if noun is not None else []
    # "hosted a summit ... in Cairo in July, which was attended by": the clause hangs on "July"
    verb = noun
    while verb is not None and parse.tokens[verb].pos not in ("VERB", "AUX"):
        verb = parse.head(verb)
    if verb is not None:
        candidates += parse.children(verb, "dobj", "nsubjpass")
    return any(
        parse.tokens[n].lemma.lower() in _GATHERING_NOUNS
        and any(parse.tokens[d].lower_text() in ("a", "an") for d in parse.children(n, "det"))
        for n in candidates
    )


def _delegations_at_the_talks(parse: Parse, i: int) -> bool:
    """ "expanded talks with their delegations, which included A as well as B": the members listed
    sat at the talks."""
    tok = parse.tokens[i]
    if tok.lemma.lower() not in ("include", "comprise") or tok.dep != "relcl":
        return False
    noun = parse.head(i)
    if noun is None or parse.tokens[noun].lemma.lower() != "delegation":
        return False
    with_ = parse.head(noun)
    talks = parse.head(with_) if with_ is not None and parse.tokens[with_].lower_text() == "with" else None
    return talks is not None and parse.tokens[talks].lemma.lower() in MEETING_NOUNS


def _both_just_named(
    parse: Parse, cue: int, view: SentenceView, context: FactContext, seated: set[int]
) -> list[int]:
    """ "She was accompanied by A and by B. Both attended the talks.": "both", with no noun of its
    own, are the two people the sentence before named besides those at the table."""
    if not any(
        parse.tokens[s].lower_text() == "both" and not parse.children(s, "prep", "nummod")
        for s in parse.subject(cue)
    ):
        return []
    persons = context.people.persons
    before = unique(
        m.person
        for m in context.people.in_sentence(view.sentence.index - 1)
        if m.person >= 0 and m.person not in seated and has_a_full_name(persons[m.person])
    )
    return before if len(before) == 2 else []


def attendees(
    parse: Parse, view: SentenceView, context: FactContext, fallback: str | None, found: bool
) -> list[Fact]:
    """'In attendance were A and B' / 'Also present was C' / 'X was accompanied by Y': people at
    the meeting just reported meet its other side. A companion on a trip ("accompanied on the
    visit by Y", right after the arrival) made the trip (`visits.py`) and meets the hosts only
    where the text puts them at a meeting."""
    if not context.last_sides[1]:
        return []
    each = _each_side_accompanied(parse, view, context, fallback)
    if each is not None:
        return each
    cues = [
        t
        for t in parse.tokens
        if (
            t.lemma.lower() in ATTENDANCE_CUES
            and (
                all(parse.tokens[o].lemma.lower() in MEETING_NOUNS for o in parse.children(t.i, "dobj"))
                # "The meeting was attended by A, B and chief C": the parser may make C an object
                or bool(parse.children(t.i, "agent"))
            )
        )
        # "Attending the talks from the Kenyan side were A and B": the parser may make A an object
        or (t.i == 0 and t.tag == "VBG" and t.lemma.lower() in ("attend", "participate"))
        # "A and B were also at the meeting"
        or (
            t.lemma.lower() == "be"
            and any(parse.tokens[o].lemma.lower() in MEETING_NOUNS for o in parse.pobjs(t.i, "at"))
        )
        # "X sat in on the opening session"
        or (t.lemma.lower() == "sit" and "in" in parse.child_lemmas(t.i, "prt", "prep", "advmod"))
        or _joined_in_the_talks(parse, t.i, context) >= 0
        or _delegations_at_the_talks(parse, t.i)
    ]
    # "The Armenian side was represented by A": a side at the talks; "Myanmar was represented at
    # the forum by A" is a state at a gathering, no one at the talks just told
    cues = [
        t
        for t in cues
        if t.lemma.lower() != "represent"
        or any(
            parse.tokens[s].lemma.lower() in ("side", "delegation") for s in parse.children(t.i, "nsubjpass")
        )
    ]
    # "in the presence of X" at a signing makes X a witness (signings.py), not one at the talks
    cues = [t for t in cues if t.lemma.lower() != "presence" or _presence_at_the_meeting(parse, t.i)]
    # "Mr X, on his part, recalled ...": an idiom, not taking part
    text = view.sentence.text
    cues = [
        t
        for t in cues
        if not (t.lemma.lower() == "part" and _ON_ONES_PART.search(text[max(0, t.start - 20) : t.end]))
    ]
    if found:
        # "The two leaders met alone, before being joined by their ministers A and B": the ones who
        # joined the meeting this sentence told meet its sides too.
        # "... followed by talks with their delegations, which included A and B": those listed too.
        cues = [
            t
            for t in cues
            if (t.lemma.lower() == "join" and parse.children(t.i, "agent"))
            or _delegations_at_the_talks(parse, t.i)
            # "Following a one-on-one between the two presidents, talks were held with the
            # participation of A and B": those taking part join the two told first
            or (
                t.lemma.lower() == "participation"
                and not set(parse.persons(sorted(parse.subtree(t.i))))
                & set(context.last_sides[0] + context.last_sides[1])
            )
        ]
    # "X, who accompanied him to Moscow, sat in on the talks": the aside says whose side X is on;
    # the sitting in is the cue
    escorted = _escorted_in_asides(parse, context)
    for t in cues:
        joined = _joined_in_the_talks(parse, t.i, context)
        if joined >= 0:
            escorted.update({p: joined for p in parse.persons(parse.subject(t.i)) if p != joined})
    cues = [t for t in cues if not (t.lemma.lower() == "accompany" and t.dep == "relcl")] or cues
    cue = cues[0] if cues else None
    # a companion or someone at the principal's side meets the side the principal met
    accompanying = cue is not None and cue.lemma.lower() in ("accompany", "flank")
    # "accompanied on the visit by X, who also took part in the meeting": X was at the meeting too.
    at_meeting = any(t.lemma.lower() != "accompany" for t in cues) or _AT_THE_MEETING.search(
        view.sentence.text
    )
    if (
        cue is None
        or is_unreal(parse, cue.i)
        or (accompanying and not at_meeting and _on_a_trip(view, context))
        or _another_gathering(parse, cue.i)
    ):
        return []
    if (
        cue.lemma.lower() == "join"
        and parse.children(cue.i, "agent")
        and _TRIP_LEGS.search(view.sentence.text)
        and not any(t.lemma.lower() in MEETING_NOUNS for t in parse.tokens)
    ):
        return []  # "For the Samoa and Fiji legs she was joined by X": a companion, not a meeting
    if REMOTE_PRESENCE.search(view.sentence.text):
        return []  # "joined part of the meeting by video link from Brussels": not in the room
    if accompanying and _ELSEWHERE.search(view.sentence.text):
        return []  # "accompanied by X" at a forum or on a tour: with the principal, not at the talks
    hosts, guests = (_without_spouses(side, context) for side in context.last_sides)
    swapped = context.main_visitor in hosts and context.main_visitor not in guests
    if swapped:
        # "X called on the Prime Minister": the subject is the visitor; the guests are X's side.
        hosts, guests = guests, hosts
    principals = set(hosts) | set(guests)
    attending = [p for s in parse.subject(cue.i) for p in people_at(parse, s, context)]
    # "the two Ministers", "both leaders", "they": the pair of the meeting just told
    the_pair = any(
        parse.tokens[s].text.lower() in ("they", "both") or "two" in parse.child_lemmas(s, "nummod")
        for s in parse.subject(cue.i)
    )
    if (
        ((attending and set(attending) <= principals) or (not attending and the_pair))
        and cue.lemma.lower() in ("attend", "participate", "part")
        and re.search(r"\b(?:hosted|given|organi[sz]ed|offered)\s+by\b", view.sentence.text)
    ):
        # "Before the meeting, the two ministers attended the summit hosted by X": the principals
        # went to another event; X is its host, not someone at theirs
        return []
    # "After that they went up ... where X joined": "they" are the principals, not attendees.
    named = [t.i for t in parse.tokens if t.pos != "PRON"]
    # "..., presidential spokesman X said in a statement": who reports the attendance is not at it
    reporters = {
        p
        for t in parse.tokens
        if t.lemma.lower() in REPORTING_VERBS and t.i != cue.i
        for p in parse.persons(parse.children(t.i, "nsubj"))
    } - set(parse.persons(parse.subject(cue.i)))  # "X, who took part in both meetings, said"
    # "..., according to a statement by the President's adviser X": a source, not at the meeting
    reporters |= {
        p for t in parse.tokens if t.lower_text() == "according" for p in parse.persons(parse.subtree(t.i))
    }
    # the spouses who greeted are at no talks, and are no attendees of them either
    seated = principals | set(context.last_sides[0]) | set(context.last_sides[1])
    people = [p for p in parse.persons(named) if p not in seated and p >= 0 and p not in reporters]
    if not people:
        people = _both_just_named(parse, cue.i, view, context, seated)
    if not people:
        return []
    persons = context.people.persons
    if len(people) == 2 and not accompanying and hosts and guests and _OF_THE_TWO.search(view.sentence.text):
        pairs = _one_of_each_side(people, hosts, guests, parse, context)
        return [frame_meeting(context, view, pair, cue.text, cue.start, fallback) for pair in pairs]
    named = parse.persons(parse.subject(cue.i))
    principal_side = guests if any(p in guests for p in named) else hosts
    if not named and context.main_visitor in guests:
        principal_side = guests  # "The visiting premier was accompanied at the audience by X"
    # A companion meets the side their principal met; someone "present" meets the guests, and
    # one who "joined her" on the trip meets the hosts.
    others = (hosts if principal_side is guests else guests) if accompanying else guests
    # "The meeting with President Li was also attended by A and B": they sat across from Li.
    met_with = [
        p
        for t in parse.tokens
        if t.lemma.lower() in MEETING_NOUNS
        for o in parse.pobjs(t.i, "with")
        for p in people_at(parse, o, context)
        if p in principals
    ]
    if not accompanying and met_with:
        others = hosts if met_with[0] in hosts else guests
    if not accompanying and _JOINED_THE_VISITOR.search(view.sentence.text) and swapped:
        others = hosts
    trip = context.last_trip
    trip_state = trip.country if trip is not None and trip.status == "happened" else None
    met: list[tuple[int, int]] = []
    joined_hosts: list[int] = []
    joined_guests: list[int] = []
    party = _VISITING_PARTY.search(view.sentence.text)
    companions_from = (
        next((t.i for t in parse.tokens if t.start >= party.start()), None)
        if party is not None and not accompanying
        else None
    )
    sided = _named_sides(view)
    for attendee in people:
        country = sided.get(attendee) or persons[attendee].country
        other = others
        visitor_side = guests if context.main_visitor in guests else hosts
        if (
            not accompanying
            and persons[attendee].name in context.travellers
            and context.main_visitor in principals
        ):
            # a companion of the visitor "joined the talks" or "was also present": they met the hosts
            other = [p for p in principals if p not in visitor_side]
        host_states = {persons[p].country for p in hosts if persons[p].country}
        guest_states = {persons[p].country for p in guests if persons[p].country}
        territory = {trip_state, context.dateline.country if context.dateline else None} - {None}
        home = context.dateline.country if context.dateline else None
        if context.outlet and context.outlet != home:
            home = None  # a visitor's own agency filing from the host's capital
        home_side = hosts if home in host_states else guests
        if any(persons[p].name in context.travellers for p in home_side):
            home = None  # the dateline's state is the travellers': the story is filed from home
        # Whose people a story lists: the home side's or, when a national outlet files from
        # abroad ("(WAM) --" from Samarkand), the outlet's own delegation.
        # Filed with no dateline, a national outlet's story of a trip its own side made abroad lists
        # that side too ("High Commissioner X was also present", in an Indian paper's Dhaka story).
        filed_from = context.dateline.country if context.dateline is not None else trip_state
        abroad = context.outlet and filed_from is not None and context.outlet != filed_from
        listing = context.outlet if abroad else home
        if (
            country is None
            and not accompanying
            and host_states
            and guest_states
            and listing in host_states ^ guest_states
        ):
            # "The ceremony was attended by Minister of Foreign Affairs X" in the host's capital, or
            # "The meetings were attended by A, Minister of State; B, ..." in a visitor's own
            # agency's story: an official of no stated state sits with the side the story lists
            # (when both sides' states are known)
            country = listing
        own_trip = (
            abroad
            and context.dateline is None
            and context.main_visitor in principals
            and persons[context.main_visitor].country in (None, context.outlet)
        )
        if country is None and not accompanying and own_trip:
            # A national outlet's story, filed with no dateline, of its own side's trip abroad:
            # "High Commissioner X was also present at the talks" sat with the visitor, across from
            # the hosts
            other = [p for p in principals if p not in visitor_side]
        elif (
            country in territory
            and not persons[attendee].country_inferred  # "Saudi Foreign Minister X", not a dateline's guess
            and host_states
            and guest_states
            and country not in host_states | guest_states
        ):
            other = [*hosts, *guests]  # the state hosting two others' talks sat in: with both sides
        elif country in host_states - guest_states:
            other = guests  # an attendee of the hosts' state sat on their side
        elif country in guest_states - host_states:
            other = hosts
        elif country and guest_states and not host_states and country not in guest_states:
            other = guests  # the hosts' state untold, the attendee's not the guests': a host's aide
        elif country and trip_state:
            # "The Argentine Ambassador to Chile also took part" in Santiago: the visitor's side.
            other = (
                [p for p in principals if p not in visitor_side] if country != trip_state else visitor_side
            )
        if attendee in escorted:
            principal = escorted[attendee]
            other = guests if principal in hosts else hosts if principal in guests else other
        if companions_from is not None and _first_token(parse, attendee) > companions_from:
            # "... as well as members of the delegation accompanying the President, including X":
            # X came with the visitor and sat across from the hosts and the hosts' attendees
            host_side = [p for p in principals if p not in visitor_side]
            other = unique([*host_side, *(p for p in people if _first_token(parse, p) < companions_from)])
        met += [(partner, attendee) for partner in other if partner != attendee]
        # The attendee sits on the side they did not meet: the next people named at the meeting
        # ("On the Ghanaian side, B was accompanied by C") meet them too.
        if other and set(other) <= set(hosts):
            joined_guests.append(attendee)
        elif other and set(other) <= set(guests):
            joined_hosts.append(attendee)
    grown = (unique([*hosts, *joined_hosts]), unique([*guests, *joined_guests]))
    context.last_sides = (grown[1], grown[0]) if swapped else grown
    # "also attended by A and B" (one of each side): the two delegations met each other too.
    for n, a in enumerate(people):
        for b in people[n + 1 :]:
            sides = persons[a].country, persons[b].country
            opposite = (a in joined_hosts and b in joined_guests) or (
                a in joined_guests and b in joined_hosts
            )
            opposite = opposite and not (all(sides) and sides[0] == sides[1])
            if not accompanying and ((all(sides) and sides[0] != sides[1]) or opposite):
                met.append((a, b))
    return [frame_meeting(context, view, pair, cue.text, cue.start, fallback) for pair in met]


# "attended by the foreign ministers of the two countries, A and B": one of each side.
_OF_THE_TWO = re.compile(
    r"\bof\s+(?:the\s+|both\s+)?(?:two|both)\s+(?:countries|sides|states|nations)\b|"
    # "joined by their foreign ministers, A and B": the two leaders' own, one each
    r"\btheir\s+(?:respective\s+)?(?:[a-z]+\s+){0,2}(?:ministers|secretaries|chiefs|advis[eo]rs|deputies)\s*,"
)
# "B, who is part of the official delegation": B came with the visitor.
_WITH_THE_VISITOR = re.compile(r"\b(?:part|member)\s+of\s+the\s+(?:official\s+|visiting\s+)?delegation\b")


def _one_of_each_side(
    people: list[int], hosts: list[int], guests: list[int], parse: Parse, context: FactContext
) -> list[tuple[int, int]]:
    """Two attendees "of the two countries": each sat with one side and met the other side's
    principals and each other. Which side: a state the text gives, a trip or a "part of the
    delegation" clause puts one with the visitor; else they are named in the principals' order."""
    persons = context.people.persons
    visitor_side = guests if context.main_visitor in guests else hosts
    host_side = hosts if visitor_side is guests else guests

    visitor_states = {persons[v].country for v in visitor_side} - {None}
    host_states = {persons[h].country for h in host_side} - {None}

    def with_visitor(p: int) -> bool | None:
        state = persons[p].country
        if state in visitor_states - host_states:
            return True
        if state in host_states - visitor_states:
            return False
        clause = " ".join(parse.tokens[t].text for t in _clause_after(parse, p))
        if persons[p].name in context.travellers or _WITH_THE_VISITOR.search(clause):
            return True
        return None

    a, b = people
    a_visits, b_visits = with_visitor(a), with_visitor(b)
    if a_visits is None and b_visits is not None:
        a_visits = not b_visits
    if a_visits is None:
        a_visits = visitor_side is hosts  # named in the principals' order: hosts first
    a_side, b_side = (visitor_side, host_side) if a_visits else (host_side, visitor_side)
    # each now sits on their side: people named next at these talks meet them as such
    seated = ((a, a_side), (b, b_side))
    context.last_sides = (
        unique([*hosts, *(p for p, side in seated if side is hosts)]),
        unique([*guests, *(p for p, side in seated if side is guests)]),
    )
    return [(x, a) for x in b_side] + [(y, b) for y in a_side] + [(a, b)]


def _clause_after(parse: Parse, person: int) -> list[int]:
    """The tokens of a relative clause on the person's name ("B, who is part of the delegation")."""
    names = [t for t, p in parse.person_of.items() if p == person]
    return [u for t in names for c in parse.children(t, "relcl") for u in sorted(parse.subtree(c))]


_TRIP_LEGS = re.compile(r"\b(?:legs?|trip|tour|journey|flight|visit)\b", re.IGNORECASE)


def _on_a_trip(view: SentenceView, context: FactContext) -> bool:
    """ "accompanied on the visit by", or right after the trip was told: a companion of the trip."""
    on_trip = re.search(
        r"\bon\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|journey)\b", view.sentence.text
    )
    # "He is accompanied by X": the present tense tells who travels with him, not who sat in.
    travelling = re.search(
        r"\b(?:is|are)\s+(?:being\s+)?accompanied\b", view.sentence.text
    ) is not None and not (
        re.search(
            r"\b(?:took\s+part|attend\w*|present|join\w*|participat\w*|meeting|talks)\b", view.sentence.text
        )
    )
    recent = 0 <= view.sentence.index - context.last_trip_sentence <= 3
    # "Moreno arrived in Tumbes accompanied by A", "Boko, who was on a one-day working visit, was
    # accompanied by B": the sentence tells the trip itself
    arriving = re.search(
        r"\b(?:arrived|arrives|landed|on\s+an?\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour))\b", view.sentence.text
    )
    return (
        on_trip is not None
        or arriving is not None
        or context.last_trip_sentence == view.sentence.index - 1
        or (travelling and recent)
    )
