"""VISITED facts: who travelled where, from the travel verb and the places after it."""

from __future__ import annotations

import re

from ingest.companions import posted_there
from ingest.context import FactContext, SentenceView, unique
from ingest.coref import resolve_office_group, resolve_pronouns
from ingest.fact_dates import (
    WRAP_UP,
    clause_date,
    forward_if_planned,
    ordinal_day,
    sentence_date,
    visit_span,
)
from ingest.factuality import dated_in_past, is_unreal
from ingest.lexicon import GROUP_NOUNS, REMOTE_PRESENCE
from ingest.people import Mention, Person
from ingest.places import Place, names_a_regime
from ingest.schema import Fact, FactStatus
from ingest.sides import side_state
from ingest.syntax import Parse, governing_verb
from ingest.travel import token_at, travellers
from ingest.triggers import VISIT, planned_before

# Being at an event abroad ("attended the summit in Brasilia") is travel unless it was remote.
_PRESENCE = ("attend", "took part", "taking part", "take part", "takes part", "participat", "addressed")
HERE = re.compile(
    # "the federal capital": the capital of the state the story is in
    r"\s*(?:(?:in|at)\s+)?\b(?:here|the\s+(?:federal\s+|national\s+)?capital(?:\s+city)?|this\s+city)\b"
)


# "arrived in Addis Ababa last month to take up her post": an envoy's posting (the guideline: no visit)
_TAKING_UP_POST = re.compile(
    r"[^.;]{0,60}?\bto\s+(?:take\s+up|assume)\s+(?:his|her|their|the)\s+(?:new\s+)?"
    r"(?:post|duties|position|assignment|functions)\b"
)


def visit_facts(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    text = view.sentence.text
    persons = context.people.persons
    facts: list[Fact] = []
    parse = Parse(view.sentence.tokens, view.mentions) if view.sentence.tokens else None
    if parse is not None:
        resolve_pronouns(parse, view, context)  # "On Wednesday she flew to Abidjan"
        resolve_office_group(parse, view, context)  # "The Chilean ministers arrived on Tuesday"
    for trigger in VISIT.finditer(text):
        word = trigger.group(0).lower()
        if word.startswith(_PRESENCE) and REMOTE_PRESENCE.search(text):
            continue  # "took part in the summit in X via video link": no one travelled
        if word.startswith("arriv") and re.match(
            r"\s+(?:back\s+)?home\b|\s+back\s+in\b", text[trigger.end() :]
        ):
            continue  # "arrived home early Wednesday after his state visit": the way back, not a trip
        if word.startswith(("arriv", "came", "moved")) and _TAKING_UP_POST.match(text[trigger.end() :]):
            continue  # "the ambassador, who arrived last month to take up his post": a posting, no visit
        at = token_at(parse, trigger.start()) if parse is not None else None
        parsed = travellers(parse, at) if parse is not None and at is not None else None
        if word.startswith(("led by", "headed by")):
            visitors = [m.person for m in view.mentions if m.start >= trigger.end()][:1]
            search_from = 0
            if visitors and parse is not None and at is not None:
                visitors = unique([*visitors, *_members_listed(parse, at)])
        elif re.match(r"visit\w*\s+(?:of|by)\b", text[trigger.start() : trigger.start() + 12].lower()):
            visitors = [m.person for m in view.mentions if m.start >= trigger.end()][:1]
            search_from = trigger.end()
        else:
            visitors = _subjects_before(view.mentions, text, trigger.start())
            possessive = re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+)?$", text[: trigger.start()])
            if possessive and view.mentions:
                # "A met B following his arrival in X": the possessive is the sentence's subject;
                # "A's visit was postponed, but B went ahead with her trip": A owns another noun,
                # so the parse says whose trip it is.
                first = view.mentions[0]
                owner = token_at(parse, possessive.start()) if parse is not None else None
                resolved = parse.person_of.get(owner, -1) if parse is not None and owner is not None else -1
                owns_other = re.match(r"['’]s\b", text[first.end :]) is not None
                visitors = [resolved if resolved >= 0 and owns_other else first.person]
            inside = "returned" in word or word.startswith("in ") or "been in" in word
            search_from = trigger.start() if inside else trigger.end()
            if parsed is not None:
                visitors = parsed
            if not visitors:
                continue
        if not visitors:
            continue
        if parse is not None and at is not None and word.startswith(("led by", "headed by")):
            # "A delegation led by X is expected to leave": the group's own verb says if it went.
            at = _group_verb(parse, at)
        if parse is not None and at is not None:
            unreal = is_unreal(parse, at, dated_in_past(view, context))
        else:
            unreal = planned_before(text, trigger.start())
        if re.match(r"(?:takes|take|taking)\s", word):
            unreal = True  # "a tour that also takes him to Spain": legs still ahead
        if _INVITED_TO.search(text[max(0, trigger.start() - 120) : trigger.start()]):
            unreal = True  # "accepted an invitation conveyed by X to pay a state visit to Y"
        status: FactStatus = "planned" if unreal else "happened"
        if parse is not None and at is not None:
            clause = at if parse.tokens[at].pos in ("VERB", "AUX") else governing_verb(parse, at)
            when, source = clause_date(parse, view, at, clause if clause is not None else at, fallback)
        else:
            when = sentence_date(view, trigger.start(), fallback)
            source = "its sentence" if any(d.value for d in view.dates) else "the story so far"
        stated = source in ("its clause", "its sentence")
        arrived = re.match(r"arriv|landed|flew|flown|touched|jetted", word) is not None
        if arrived and WRAP_UP.search(text[: trigger.start()]):
            pass  # "left Vientiane, concluding a three-day visit to Laos, and arrived in Phnom Penh": the
            # length is the finished leg's; the arrival is a day of its own
        elif stated or ordinal_day(text) or not _UNDER_WAY.search(text):
            # "is on a two-day visit" with no day of its own: its start is unknown, so no span.
            when = visit_span(
                view,
                when,
                context,
                arrival=arrived or _group_arrived(parse, at, word),
            )
        if stated and ("return" in word or "left" in word or "depart" in word):
            source = "the return"  # the day a trip ended, not its span
        when = forward_if_planned(view, when, status, context.published)
        leader = word.startswith(("led by", "headed by"))
        for visitor in visitors:
            # Each visitor's own destination: a host standing next to them is not travelling home.
            destination = _destination(
                view.places, text, [visitor], persons, 0 if leader else search_from, skip_origin=leader
            )
            where = (
                _where_clause_place(parse, at, view.places) if parse is not None and at is not None else None
            )
            if where is not None and where.country != persons[visitor].country:
                destination = where  # "in Mexico City, where he arrived on Monday"
            if destination is None:
                destination = _visit_adjective(view.places, text, persons[visitor].country)
            if destination is None:
                destination = _left_at_the_end(view.places, text, trigger.start(), persons[visitor].country)
            if destination is None and re.match(r"arriv|landed", word):
                # "In Muscat, Iran's deputy minister arrived on Monday": the fronted place
                destination = _fronted_place(view.places, text, trigger.start(), persons[visitor].country)
            nearby = text[trigger.end() : trigger.end() + 25]
            flew_in = re.match(r"(?:flew|flown|flies|flying)\s+in\b|travel", word) is not None

            # "Burhan, who arrived earlier on Tuesday, was accompanied by": an arrival with no place of
            # its own is where the story is
            # ("... met his Iraqi counterpart": a demonym names no place it could have gone to)
            bare_arrival = word in ("arrived", "arrives") and all(p.is_demonym for p in view.places)
            if destination is None and word in ("arrived", "arrives"):
                # "A arrived in Doha on Friday, while B arrived on Saturday": where the other arrived
                destination = next(
                    (
                        p
                        for f in reversed(facts)
                        if f.trigger == word and f.country != persons[visitor].country
                        for p in view.places
                        if p.end <= trigger.start() and p.is_city and p.text == f.place
                    ),
                    None,
                )
            # "travelled to Naypyitaw", a town the tables do not know: named, so not guessed from
            # the places or trips told before (the dateline's state still serves)
            unknown_named = destination is None and (
                re.match(r"\s+(?:to|into)\s+[A-Z][a-z]", nearby)
                or (re.search(r"\b(?:to|into)$", word) and re.match(r"\s+[A-Z][a-z]", nearby))
            )
            if HERE.match(nearby) or (
                destination is None
                and (
                    HERE.search(nearby)
                    or flew_in
                    or bare_arrival
                    or re.search(r"\b(?:state|official|working|\w+-day)\s+visit", text)
                )
            ):
                # "arrived here", "arrived in the capital": the dateline's city.
                here_named = HERE.search(nearby) is not None
                # "met in Shanghai with X, who arrived here": the city the sentence names first.
                named_city = next(
                    (
                        p
                        for p in view.places
                        if p.is_city and p.start < trigger.start() and p.country != persons[visitor].country
                    ),
                    None,
                )
                destination = (
                    (named_city if here_named else None)
                    or (
                        _story_trip_place(context, persons[visitor].country)
                        if flew_in and not here_named and not unknown_named
                        else None
                    )
                    or _default_destination(context, {persons[visitor].country}, dateline_only=not here_named)
                    # "X is on a three-day visit", after "A received X in Jakarta": where the story is
                    # (unless a trip told earlier in the sentence is the one this visit is)
                    or (
                        _last_foreign_place(context, persons[visitor].country)
                        if not (here_named or facts or unknown_named)
                        else None
                    )
                    or destination
                )
            if destination is None and word == "visiting" and parsed:
                # "talks with the visiting Mongolian minister", filed from New Delhi.
                destination = _default_destination(context, {persons[visitor].country}, dateline_only=True)
            if destination is None and ANAPHOR.match(text, trigger.end()):
                # "his first visit to the key Southeast Asian country": the place the story is in.
                home = persons[visitor].country
                earlier_here = [
                    p
                    for p in view.places
                    if p.start < trigger.start() and not p.is_demonym and p.country != home
                ]
                # "Meloni's second trip to the North African country", after her trip to Tunis was
                # told: that trip's country, not the city the story is filed from
                told = context.trips.get(persons[visitor].name)
                told_place = (
                    Place(
                        start=0, end=0, text=told.place or "", country=told.country, is_city=bool(told.place)
                    )
                    if told is not None and told.status == "happened" and told.country
                    else None
                )
                destination = (
                    told_place
                    or _default_destination(context, {home}, dateline_only=True)
                    or next(reversed(earlier_here), None)
                    or _last_foreign_place(context, persons[visitor].country)
                )
            if destination is None and leader and parse is not None and at is not None:
                # "The US delegation was headed by X", in a story of talks abroad: the delegation
                # came to where the story's trip went (not a host side, which the state says)
                group = [
                    parse.tokens[t] for t in parse.children(_group_verb(parse, at), "nsubj", "nsubjpass")
                ]
                trip = _story_trip_place(context, persons[visitor].country)
                own = {side_state(parse, g.i) for g in group} - {None}
                if (
                    trip is not None
                    and any(g.lemma.lower() in GROUP_NOUNS for g in group)
                    and trip.country not in own
                ):
                    destination = trip
            home_bound = re.match(
                r"(?:left|departed)\s+(?P<from>.+?)\s+for\s+home\b", text[trigger.start() :]
            )
            if home_bound:
                # "left Kampala for home": the place left behind is the one visited.
                start = trigger.start() + home_bound.start("from")
                destination = next(
                    (p for p in view.places if start <= p.start < start + len(home_bound.group("from"))), None
                )
            if destination is None or persons[visitor].country == destination.country:
                continue
            if (
                parsed is None
                and word in ("visit", "trip", "tour")
                and any(f.person == persons[visitor].name and f.status == status for f in facts)
            ):
                continue  # "arrived in X on Thursday for a two-day visit aimed at ties with Y": one trip
            for place in [destination, *_coordinated(view.places, text, destination)]:
                if place.country == persons[visitor].country:
                    continue
                fact = visited(persons[visitor].name, place, when, text, trigger.group(0), source)
                basis = "syntax" if parsed is not None else "inferred"
                facts.append(fact.model_copy(update={"status": status, "basis": basis}))
    if not facts:
        facts += _tour_stop(view, context, fallback)
    # "wary of China's assertiveness": a possessor is no place the story is in ("Kuwait's Foreign
    # Minister" is the host's office, and stays)
    foreign = [p for p in view.places if not p.is_demonym and not re.match(r"['’]s\s+[a-z]", text[p.end :])]
    if foreign:
        context.recent_places = [*foreign, *context.recent_places][:6]
    return facts


# An invitation to travel is no trip: "accepted an invitation ... to pay a state visit to".
_INVITED_TO = re.compile(
    r"\binvitation\b[^.;]{0,80}?\bto\s+(?:(?:pay|make|undertake)\s+)?(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}$"
)


# "The final stop was Suva", "The last leg of the tour took her to Apia": the tour told before.
_TOUR_STOP = re.compile(
    r"\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?:final|last|next|first|second|third)\s+(?:stop|leg)"
    r"(?:\s+of\s+(?:the|her|his|their)\s+(?:[\w-]+\s+)?(?:tour|trip|visit|journey))?\s+"
    r"(?:was|is|took\s+(?:her|him|them)\s+to|brought\s+(?:her|him|them)\s+to)\s+"
)


def _tour_stop(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    text = view.sentence.text
    began = _TOUR_BEGAN.search(text)
    stop = _TOUR_STOP.search(text) or began
    if stop is None:
        return []
    place = next((p for p in view.places if p.start >= stop.end() and not p.is_demonym), None)
    if place is None:
        return []
    persons = context.people.persons
    traveller: Person | None = None
    if context.main_visitor is not None:
        # the tour is the story's: its main visitor's, not the last trip someone else made
        traveller = persons[context.main_visitor]
    elif began is not None and began.group("subject"):
        # "The Cuban foreign minister began the tour on Monday in Namibia": the subject
        before = [persons[m.person] for m in view.mentions if m.end <= began.start() and m.person >= 0]
        traveller = before[-1] if before else None
    elif began is not None:
        # "The tour began Sunday in Tunis, where Sheikh Ahmad was received by ...": the one named
        # there who serves another state
        here = [persons[m.person] for m in view.mentions if m.start > place.end and m.person >= 0]
        traveller = next((p for p in here if p.country and p.country != place.country), None)
    if traveller is None:
        return []
    trip = context.trips.get(traveller.name)
    if began is None and (trip is None or trip.status != "happened"):
        return []
    if place.country == traveller.country:
        return []
    when = sentence_date(view, stop.end(), fallback)
    fact = visited(traveller.name, place, when, text, stop.group(0).strip(), "its sentence")
    return [fact.model_copy(update={"basis": "frame"})]


# "The tour began Sunday in Tunis", "The visit started in Hanoi": the first stop of the story's trip.
_TOUR_BEGAN = re.compile(
    r"(?P<tour>\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|visit|journey)\s+(?:began|started|opened|kicked\s+off)\s+"
    r"(?:on\s+)?(?:[\w,]+\s+){0,3}?(?:in|at)\b)|"
    # "The Cuban foreign minister began the tour on Monday in Namibia": the subject's first stop
    r"(?P<subject>\b(?:began|started|opened)\s+(?:the|his|her|a|their)\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|journey)\s+"
    r"(?:on\s+)?(?:[\w,]+\s+){0,3}?(?:in|at)\b)"
)


# "to the country", "to the key Southeast Asian country", "in the kingdom": a place named before.
ANAPHOR = re.compile(
    r"\s+(?:(?:to|in)\s+)?(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:country|nation|kingdom|republic|island|"
    r"archipelago|emirate|state|capital|city)\b",
    re.IGNORECASE,
)


def _fronted_place(places: list[Place], text: str, before: int, home: str | None) -> Place | None:
    """The place of a sentence-opening "In <place>," before the trigger, if not the traveller's home."""
    opening = re.match(r"\s*(?:In|At)\s+", text)
    if opening is None:
        return None
    first = next((p for p in places if p.start == opening.end() and not p.is_demonym), None)
    if first is None or first.end >= before or not re.match(r"\s*,", text[first.end :]):
        return None
    return first if first.country != home else None


def _where_clause_place(parse: Parse, at: int, places: list[Place]) -> Place | None:
    """The place a 'where' relative clause hangs on ("in Mexico City, where he arrived", "from China,
    where he paid a state visit")."""
    if parse.tokens[at].dep == "dobj" and (verb := parse.head(at)) is not None:
        at = verb  # the visit noun's verb carries the clause
    elif (
        parse.tokens[at].dep == "pobj"
        and (prep := parse.head(at)) is not None
        and (verb := parse.head(prep)) is not None
        and parse.tokens[verb].pos in ("VERB", "AUX")
    ):
        at = verb  # "from Mozambique, where she had been on a state visit"
    tok = parse.tokens[at]
    head = parse.head(at)
    if (
        tok.dep != "relcl"
        or head is None
        or "where" not in {parse.tokens[c].lower_text() for c in parse.kids[at]}
    ):
        return None
    start, end = parse.tokens[head].start, parse.tokens[head].end
    return next((p for p in places if p.start <= start < p.end or start <= p.start < end), None)


def _story_trip_place(context: FactContext, home: str | None) -> Place | None:
    """ "X, who flew in on Saturday for the talks", in a story about a trip to Kabul filed from
    Islamabad: the trip's place, not the dateline's."""
    trip = context.last_trip
    if trip is None or trip.status != "happened" or not trip.country or trip.country == home:
        return None
    if context.dateline is not None and context.dateline.country == trip.country:
        return None
    return Place(
        start=0, end=0, text=trip.place or trip.country, country=trip.country, is_city=bool(trip.place)
    )


def _last_foreign_place(context: FactContext, home: str | None) -> Place | None:
    return next((p for p in context.recent_places if p.country != home), None)


def _coordinated(places: list[Place], text: str, first: Place) -> list[Place]:
    """'state visits to A, B and C': every listed destination, not only the first."""
    found: list[Place] = []
    last = first
    for place in places:
        if place.start <= last.start or place.is_demonym:
            continue
        if not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*as\s+well\s+as)\s*", text[last.end : place.start]):
            break
        found.append(place)
        last = place
    return found


def visited(person: str, place: Place, when: str | None, evidence: str, trigger: str, source: str) -> Fact:
    return Fact(
        type="VISITED",
        person=person,
        country=place.country,
        place=place.text if place.is_city else None,
        date=when,
        evidence=evidence,
        trigger=trigger,
        date_source=source,
    )


def _subjects_before(mentions: list[Mention], text: str, at: int) -> list[int]:
    """The person right before a travel verb, and the ones joined to it by 'and' ('A and B arrived')."""
    before = [m for m in mentions if m.end <= at]
    if not before:
        return []
    chosen = [before[-1]]
    for m in reversed(before[:-1]):
        if re.fullmatch(
            r"\s*(?:,\s*(?:left|right|centre|center)\s*)?(?:,|,?\s*and)\s*(?:(?:his|her|the)\s+)?"
            r"(?:[\w'’-]+[\s,]+){0,4}?,?\s*",
            text[m.end : chosen[-1].start],
        ):
            chosen.append(m)
        else:
            break
    return unique([m.person for m in reversed(chosen)])


_NOT_ABOUT_THE_VISIT = re.compile(
    r"\b(?:was|is|were|are|on|by|during|after|president|minister|premier|leader|king|queen|prince|"
    r"delegation|envoy|ambassador|chancellor|secretary)\b",
    re.IGNORECASE,
)


def _visit_adjective(places: list[Place], text: str, home: str | None) -> Place | None:
    """'the full British bells and whistles state visit': a demonym naming the visit's host."""
    for place in places:
        between = re.match(
            r"\s+(?P<words>(?:[\w-]+\s+){0,5}?)(?:state\s+|official\s+|working\s+)?visit\b", text[place.end :]
        )
        if (
            place.is_demonym
            and place.country != home
            and between is not None
            # "the full British bells and whistles state visit", not "the Turkish president was
            # accompanied on the visit": the demonym must qualify the visit, not a person.
            and not _NOT_ABOUT_THE_VISIT.search(between.group("words"))
        ):
            return place.model_copy(update={"is_city": False})
    return None


def _default_destination(
    context: FactContext, home: set[str | None], dateline_only: bool = False
) -> Place | None:
    """Where 'here' is: the dateline city, else the article's other main country."""
    if context.dateline and context.dateline.country not in home:
        return context.dateline
    if None in home or dateline_only:
        return None
    code = next((c for c in context.main_countries if c not in home), None)
    return Place(start=0, end=0, text="", country=code, is_city=False) if code else None


def _destination(
    places: list[Place], text: str, visitors: list[int], persons: list[Person], start: int, skip_origin: bool
) -> Place | None:
    home = {persons[v].country for v in visitors}
    for place in places:
        if place.start < start or place.country in home or place.is_demonym or names_a_regime(text, place):
            continue
        if re.match(
            r"['’]s\s+(?!(?:Far|North|South|East|West|Central|Black|Caspian)\b)[A-Z]", text[place.end :]
        ):
            continue  # "met Uruguay's Yamandu Orsi": whose, not where ("China's capital" is where)
        if _OFFICE_THEN_NAME.match(text, place.end):
            continue  # "a meeting with U.S. President X": whose office, not where
        before = text[max(0, place.start - 12) : place.start].lower()
        if (
            re.search(r"\b(?:from|left|of)\s+(?:the\s+)?$", before)
            and not re.search(r"\b(?:city|town|port|capital|region|island|province)\s+of\s+$", before)
            and "returned" not in text[start : place.start]
        ):
            continue
        if skip_origin and re.search(r"\bleft\s+$", before):
            continue
        return place
    return None


def _left_at_the_end(places: list[Place], text: str, at: int, home: str | None) -> Place | None:
    """ "left Tonga on Friday at the end of a three-day official visit": the place left is the
    one visited."""
    return next(
        (
            p
            for p in places
            if p.end <= at
            and not p.is_demonym
            and p.country != home
            and re.search(r"\bleft\s+$", text[: p.start])
            and re.search(r"\b(?:at\s+the\s+end\s+of|concluding|wrapping\s+up|after)\b", text[p.end : at])
        ),
        None,
    )


def welcomed_visits(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    """'The premier welcomed President X to Kenya': X came to Kenya."""
    if not view.sentence.tokens:
        return []
    parse = Parse(view.sentence.tokens, view.mentions)
    persons = context.people.persons
    facts: list[Fact] = []
    for tok in parse.tokens:
        if tok.lemma.lower() not in ("welcome", "receive", "host") or any(
            parse.tokens[c].dep == "neg" for c in parse.kids[tok.i]
        ):
            continue
        guests = [p for o in parse.children(tok.i, "dobj") for p in parse.persons_of(o)]
        backs = [c for c in parse.children(tok.i, "advmod") if parse.tokens[c].lower_text() == "back"]
        into = parse.pobjs(tok.i, "to") + [q for b in backs for q in parse.pobjs(b, "to")]
        if tok.lemma.lower() == "host":
            # "Kuratov hosted Mongolian Deputy Prime Minister X in Moscow": a host at home, a guest
            # of another state who came there
            hosts = {persons[p].country for s in parse.subject(tok.i) for p in parse.persons_of(s)}
            guests = [g for g in guests if persons[g].country and not posted_there(persons[g].title or "")]
            into += [
                o for o in parse.pobjs(tok.i, "in") if hosts <= {None, _state_of(_place_at(view, parse, o))}
            ]
        for o in into:
            place = _place_at(view, parse, o)
            if place is not None and _ACCREDITED_TO.search(
                view.sentence.text[max(0, place.start - 60) : place.start]
            ):
                continue  # "received Ambassador of Bangladesh to Kuwait X": the envoy lives there
            for guest in guests:
                if place is None or place.country == persons[guest].country:
                    continue
                when = sentence_date(view, tok.start, fallback)
                source = "its sentence" if view.dates else "the story so far"
                facts.append(visited(persons[guest].name, place, when, view.sentence.text, tok.text, source))
    return facts


def _place_at(view: SentenceView, parse: Parse, token: int) -> Place | None:
    """The place (not a demonym) the token starts."""
    return next((p for p in view.places if p.start == parse.tokens[token].start and not p.is_demonym), None)


def _state_of(place: Place | None) -> str | None:
    return place.country if place is not None else None


_OFFICE_THEN_NAME = re.compile(
    r"\s+(?:(?:Vice|Deputy|Prime|Foreign|Defen[cs]e|Trade|Finance|Interior)\s+)?"
    r"(?:President|Minister|Secretary|Ambassador|Envoy|Chancellor|Premier|Senator|Speaker|Leader)\s+[A-Z]"
)
_ACCREDITED_TO = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|High\s+Commissioner|[Cc]harg[eé])\b[\w\s'’-]{0,40}\bto\s+(?:the\s+)?$"
)
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:on|in)\b")


def _group_arrived(parse: Parse | None, at: int | None, word: str) -> bool:
    """ "The delegation, headed by X, arrived on Monday and returned on Wednesday": the group's own
    verb is an arrival, so the trip runs from that day to its return, as the arrival's does."""
    return (
        parse is not None
        and at is not None
        and word.startswith(("led by", "headed by"))
        and parse.tokens[at].lemma.lower() in ("arrive", "land")
    )


def _group_verb(parse: Parse, led: int) -> int:
    """The verb of the group a "led by" clause describes, or the "led" token itself."""
    noun = parse.head(led)
    if noun is None or parse.tokens[led].dep != "acl":
        return led
    verb = parse.head(noun)
    if verb is None or parse.tokens[noun].dep not in ("nsubj", "nsubjpass"):
        return led
    # "is expected to leave": the travel verb is the complement.
    return next(iter(parse.children(verb, "xcomp")), verb)


def _members_listed(parse: Parse, at: int) -> list[int]:
    """ "A delegation led by X and including Y arrived": Y travelled with X."""
    led = next((t for t in parse.tokens[at : at + 2] if t.lemma.lower() in ("lead", "head")), None)
    if led is None or led.dep != "acl":
        return []
    group = parse.head(led.i)
    if group is None or parse.tokens[group].lemma.lower() not in GROUP_NOUNS:
        return []
    # the group noun's own phrase: its leader and the members it lists (`Parse.group`)
    return parse.persons(parse.group(group))
