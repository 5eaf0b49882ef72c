"""The home side of a story: bare officials serve the state it is filed from.

Runs last (ingest/pipeline.py), on officials whom neither the words next to their names nor the
article's structure (ingest/states.py) gave a state. News names foreign officials with their state
and its own bare: "Prime Minister X" in a piece from Addis Ababa is Ethiopian. Without a dateline, a
national outlet's state (ingest/outlets.py) plays its part. Who travelled there, met only its people
as a guest, or was met only abroad is not of it.
"""

from __future__ import annotations

import re

from ingest.name_words import ENVOY_TITLE
from ingest.nlp import Sentence
from ingest.people import PeopleResult, Person
from ingest.places import Place, find_places
from ingest.schema import Fact
from ingest.state_links import delegation_leaders, delegation_lists, propagate, represented_by
from ingest.states import named_elsewhere, office_taken, posted_to, sole_office, two_sides


def dateline_states(
    sents: list[Sentence],
    people: PeopleResult,
    dateline: Place | None,
    facts: list[Fact],
    outlet: str | None,
    links: list[tuple[int, int]] | None = None,
    release: bool = False,
) -> None:
    """An official with a title and no stated state, in a story filed from a capital, who is not
    reported travelling there nor meeting its people: the host state's ("Prime Minister X" in a
    piece from Addis Ababa). Without a dateline, a national outlet's state plays its part
    (ingest/outlets.py)."""
    # A delegation's members listed in a sentence of their own are its leader's people, not the home side.
    delegation_leaders(sents, people.mentions, people.persons)
    delegation_lists(sents, people.mentions, people.persons)
    represented_by(sents, people.mentions, people.persons)
    named = {p.country for p in people.persons} | {place.country for s in sents for place in find_places(s)}
    if outlet not in named and not release:
        # A national outlet reporting only on others ("RNZ" on a PNG-Australia treaty); a government's
        # own release speaks for its state, named or not.
        outlet = None
    here = dateline.country if dateline else outlet
    if here is None:
        return
    spokespeople = _named_after_spokesperson(sents, people)
    for person in people.persons:
        if person.country is None and (
            re.search(r"spokes(?:man|woman|person)", person.title or "", re.I) or person.id in spokespeople
        ):
            # A bare spokesperson ("Ministry spokesperson X", "Presidential spokesman Y") speaks for the
            # home side, whatever states their words are about; a national outlet's own, first.
            person.country, person.country_inferred = outlet or here, True
    travellers = {f.person for f in facts if f.type == "VISITED" and f.country == here}
    sents_by = {s.index: s.text for s in sents}
    # Who met one of the host state's people is the other side ("Putin met Kim", filed from Pyongyang).
    home = {p.name for p in people.persons if p.country == here}
    state_of = {p.name: p.country for p in people.persons}
    title_of = {p.name: p.title for p in people.persons}
    met: dict[str, list[Fact]] = {}
    planned: dict[str, list[Fact]] = {}
    for f in facts:
        if f.type in ("MET", "CALLED"):
            for name in f.persons or []:
                (met if f.status == "happened" else planned).setdefault(name, []).append(f)
    # ...but not who also met people of a third state: the host of several guests ("the President
    # received the credentials of the ambassadors of A, B and C") or an aide at the host's talks.
    guests = {
        name
        for name, fs in met.items()
        if name not in home
        and any(home & set(f.persons or []) for f in fs)
        and not any(state_of.get(o) not in (None, here) for f in fs for o in f.persons or [] if o != name)
    }
    # Who was met only in another state's city is no official of the state filing the story ("the
    # envoy met the First Vice President in Juba", filed from Nairobi).
    visitors = {f.person for f in facts if f.type == "VISITED"}
    trips: dict[str, set[str]] = {}
    for f in facts:
        if f.type == "VISITED" and f.person and f.country:
            trips.setdefault(f.person, set()).add(f.country)

    def abroad_trips(name: str) -> set[str]:
        """Where a home official (or one of no state) travelled, other than home: a "visit" to the
        filing state is their way back."""
        return trips.get(name, set()) - {here} if state_of.get(name) in (None, here) else set()

    def where(f: Fact, name: str) -> str | None:
        """Where a meeting was: its own place, else, for one still to come, the one trip of the partner
        who travels (a meeting told without its place may have been anywhere the partner went)."""
        if f.country:
            return f.country
        if f.status == "happened":
            if dateline is not None or not sole_office(title_of.get(name)):
                # Filed from a city, a meeting told without its place was there; an aide at the talks
                # may be the traveller's own.
                return None
            # A head of state or government, or a foreign minister, met with no place told: where
            # the partner, a home official, went abroad, if one state.
            went = {c for o in f.persons or [] if o != name for c in abroad_trips(o)}
        else:
            went = {c for o in f.persons or [] if o != name for c in trips.get(o, set())}
        return next(iter(went)) if len(went) == 1 else None

    # A meeting planned abroad counts as well ("on Friday she will meet X" on a trip to Tokyo).
    abroad: dict[str, set[str | None]] = {
        name: {where(f, name) for f in met.get(name, []) + planned.get(name, [])}
        for name in met.keys() | planned.keys()
        if name not in visitors
    }
    abroad = {
        name: places
        for name, places in abroad.items()
        # an envoy met in a foreign capital is most often the visitor's own resident one ("High
        # Commissioner X was also present at the talks" in Dhaka, in an Indian paper)
        if None not in places and here not in places and not ENVOY_TITLE.search(title_of.get(name) or "")
    }
    # ...but who met abroad only that state's own people is its visitor, not its host ("Foreign
    # Minister X signed the pact with Philippine Defense Secretary Y in Manila", from a Tokyo outlet).
    abroad = {
        name: places
        for name, places in abroad.items()
        if not all(
            {state_of.get(o) for o in f.persons or [] if o != name} == {where(f, name)}
            for f in met.get(name, []) + planned.get(name, [])
        )
    }
    # In a national outlet's story with no dateline, a head of state or government (or foreign
    # minister) met, with no place told, only by home officials who travelled abroad is no official
    # of the outlet's state either: "she met President X
    # at State House" on a minister's tour of Kenya and Uganda, told by her own country's paper; which
    # of the states visited is theirs the text may not say.
    away = {
        name
        for name in met.keys() | planned.keys()
        if name not in visitors
        and dateline is None
        and sole_office(title_of.get(name))
        and all(
            f.country != here and any(abroad_trips(o) for o in f.persons or [] if o != name)
            for f in met.get(name, []) + planned.get(name, [])
        )
    }
    # Someone only mentioned, in sentences about other states, is no host ("U.S. voters choose between
    # Vice President X and ..." in a story from Moscow).
    # Who also travelled abroad, in a national outlet's story filed from its own state, came home
    # (or is misread as the visitor of the talks they hosted): "Foreign Minister X held talks with
    # U.S. Deputy Secretary Y on the second day of her visit to Seoul ... X visited Washington in
    # November", by a Seoul outlet.
    home_returners = {
        name
        for name in travellers
        if name and outlet == here and dateline is not None and trips.get(name, set()) - {here}
    }
    actors = {
        n for f in facts for n in [*(f.persons or []), *(f.parties or []), *([f.person] if f.person else [])]
    }
    for person in people.persons:
        if (
            person.country is None
            and person.title
            and person.name not in (travellers - home_returners) | guests | abroad.keys() | away
            and not office_taken(person, here, people.persons)
            and not posted_to(person.title, here)
            and not (person.name not in actors and named_elsewhere(person, sents, people.mentions, here))
        ):
            person.country = here
            person.country_inferred = True
    for person in people.persons:
        places = abroad.get(person.name, set())
        encounters = met.get(person.name, []) + planned.get(person.name, [])
        if person.country is None and person.title and len(places) == 1:
            # Met only in one other state, each time by someone who travelled there: its host ("Kwon
            # will meet X on Friday", on Kwon's trip to Tokyo, the meeting's place told or not); not a
            # companion, who meets the hosts.
            code = next(iter(places))
            if (
                code
                and all(
                    where(f, person.name) == code
                    and any(code in trips.get(o, set()) for o in f.persons or [] if o != person.name)
                    for f in encounters
                )
                and not office_taken(person, code, people.persons)
            ):
                person.country = code
                person.country_inferred = True
    for person in people.persons:
        partners = {o for f in met.get(person.name, []) for o in f.persons or [] if o != person.name}
        if (
            here in two_sides(sents)
            and person.country is None
            and not person.title
            and person.name not in visitors
            and any(o in travellers and state_of.get(o) not in (None, here) for o in partners)
            and all(state_of.get(o) == here or o in travellers for o in partners)
            and not any(_PARTY.search(sents_by[m.sentence]) for m in people.mentions if m.person == person.id)
        ):
            # One named with no office who met the visitors to the state the story is filed from (and
            # else only its own people), and went nowhere: their host ("X met the delegation at the
            # Assembly Hall"), in a story of the two states (not a gathering of many).
            person.country, person.country_inferred = here, True
    main = two_sides(sents)
    if here in main:
        # The guest of a story of two states, filed from the host's: a bare official who travelled
        # there serves the other ("President X arrived in Addis Ababa yesterday for a two-day visit",
        # in an Ethiopia-Djibouti story from Addis Ababa).
        guest = next(c for c in main if c != here)
        for person in people.persons:
            if (
                person.country is None
                and person.title
                and person.name in travellers
                and not (outlet and dateline and outlet != dateline.country)
                and guest in _states_near(person.id, sents, people)
                and not office_taken(person, guest, people.persons)
            ):
                person.country, person.country_inferred = guest, True
    if outlet and dateline and outlet != dateline.country:
        # A national outlet's story filed abroad: its bare officials who travelled there are its own
        # ("JAKARTA (Yonhap) -- President X, on a state visit to Indonesia, ...").
        for person in people.persons:
            if (
                person.country is None
                and person.title
                and person.name in travellers
                and not office_taken(person, outlet, people.persons)
            ):
                person.country = outlet
                person.country_inferred = True
    # The home state travels along the same-state links of the text too ("President X's special envoy,
    # Y", "accompanied by Y"): Y has no office of their own to go by.
    propagate_inferred(links or [], people.persons)


def returned_home_states(
    sents: list[Sentence],
    people: PeopleResult,
    dateline: Place | None,
    outlet: str | None,
    facts: list[Fact],
    links: list[tuple[int, int]] | None = None,
) -> None:
    """ "Prime Minister X returned home on Tuesday from Port Vila": who came home from abroad serves
    the home state, a national outlet's (named in the story or not), else the dateline's; their
    companions follow along the same-state links. Not a guest going home from a visit to it ("the
    delegation returned home, wrapping up its visit to the DPRK", in KCNA)."""
    home = outlet or (dateline.country if dateline else None)
    if home is None:
        return
    went: dict[str | None, set[str | None]] = {}
    for f in facts:
        if f.type == "VISITED" and f.status == "happened":
            went.setdefault(f.person, set()).add(f.country)
    text_of = {s.index: s.text for s in sents}
    for m in people.mentions:
        person = people.persons[m.person] if m.person >= 0 else None
        if (
            person is not None
            and person.country is None
            and _RETURNED_HOME.match(text_of[m.sentence][m.end :])
            and home not in went.get(person.name, set())
            and not office_taken(person, home, people.persons)
        ):
            person.country, person.country_inferred = home, True
    propagate_inferred(links or [], people.persons)


_RETURNED_HOME = re.compile(
    r"^\s*(?:,[^,.;]{0,100},\s*)?(?:has\s+|had\s+|have\s+)?(?:returned|arrived\s+back|flew\s+back|came\s+back)"
    r"\s+(?:home|to\s+the\s+country)\b"
)


_PARTY = re.compile(r"\b(?:accompan(?!ied\s+by\b)\w*|entourage)\b", re.IGNORECASE)


def propagate_inferred(links: list[tuple[int, int]], persons: list[Person]) -> None:
    """`propagate`, marking what it fills in as inferred."""
    before = {p.id for p in persons if p.country}
    propagate(links, persons)
    for person in persons:
        if person.country and person.id not in before:
            person.country_inferred = True


# "according to the ministry's spokesperson, X", "Presidential spokesman, Y,": the office before the name.
_SPOKESPERSON_BEFORE = re.compile(
    r"\bspokes(?:man|woman|person)\s*,\s*$",
    re.IGNORECASE,
)


def _named_after_spokesperson(sents: list[Sentence], people: PeopleResult) -> set[int]:
    """People an article introduces as "the ministry's spokesperson, X" (no state, no one's aide)."""
    text = {s.index: s.text for s in sents}
    return {
        m.person
        for m in people.mentions
        if m.person >= 0 and _SPOKESPERSON_BEFORE.search(text.get(m.sentence, "")[: m.start])
    }


def _states_near(pid: int, sents: list[Sentence], people: PeopleResult) -> set[str]:
    """The states named in the sentences that name a person (a city for its state)."""
    indexes = {m.sentence for m in people.mentions if m.person == pid}
    return {place.country for s in sents if s.index in indexes for place in find_places(s)}
