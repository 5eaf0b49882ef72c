"""Who a pronoun is, read from the parse and the story so far.

"he"/"she" as a subject is the sentence's last earlier subject, else its first person, else the
last sentence's main subject; in a clause fronted before the main one it points ahead ("When she
arrived, Rice said"). An object pronoun is never its own clause's subject. "they"/"their" are the
sentence's own plural subject, else the people of the last meeting or plural subject.
"""

from __future__ import annotations

from ingest.context import FactContext, SentenceView, people_on_trips, unique
from ingest.countries import country_from_any, country_from_demonym
from ingest.dates import number_value
from ingest.lexicon import PRONOUNS_PLURAL, PRONOUNS_SINGULAR, REPORTING_VERBS
from ingest.syntax import Parse


def resolve_pronouns(parse: Parse, view: SentenceView, context: FactContext) -> None:
    """he/she/his/her -> the sentence's own earlier subject, else the last sentence's subject;
    they/their -> the last encounter's people."""
    for tok in parse.tokens:
        if tok.i in parse.person_of or tok.pos != "PRON":
            continue
        word = tok.text.lower()
        if tok.text in ("I", "me", "my", "My"):
            # '"I had a good meeting with X," Y wrote': the one quoted is the one speaking.
            speaker = _speaker(parse, tok.i)
            if speaker is None:
                # "MINISTER TAZI: ... Yesterday I met X": the turn's speaker
                speaker = context.speakers.get(view.sentence.paragraph)
            if speaker is not None:
                parse.person_of[tok.i] = speaker
                parse.people_at[tok.i] = [speaker]
                parse.coreferent.add(speaker)
        elif word in PRONOUNS_SINGULAR:
            target = _antecedent(parse, tok.i, context)
            if target is not None:
                parse.person_of[tok.i] = target
                parse.people_at[tok.i] = [target]
                if target not in parse.named:
                    parse.coreferent.add(target)
        elif word in PRONOUNS_PLURAL:
            # "In their meeting, A and B discussed ...": the sentence's own plural subject first.
            root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
            subject = parse.subject(root) if root is not None else []
            own = [p for s in subject for p in parse.persons(parse.group(s)) if s != tok.i]
            if len(own) == 1 and root is not None:
                own += _companions_of(parse, root, subject)
            if len(own) >= 2 and (tok.dep not in ("nsubj", "nsubjpass") or _in_subordinate(parse, tok.i)):
                parse.person_of[tok.i] = own[0]
                parse.people_at[tok.i] = own
            elif context.salient_group:
                # Plural pronouns stand for a group: mark the token; people_at expands it.
                parse.person_of[tok.i] = -1
                parse.people_at[tok.i] = [-1]


def _in_subordinate(parse: Parse, i: int) -> bool:
    """ "A and B visited X, where they met Y": a subject pronoun in a clause under the main one
    is the main clause's plural subject (in the main clause itself "they" is someone else)."""
    verb = parse.head(i)
    return verb is not None and parse.tokens[verb].dep in ("relcl", "advcl")


def _companions_of(parse: Parse, root: int, subject: list[int]) -> list[int]:
    """ "A, accompanied by B, visited X, where they met Y": B is in "they" too."""
    found: list[int] = []
    for s in [*subject, root]:
        for acl in parse.children(s, "acl", "advcl"):
            if parse.tokens[acl].lemma.lower() == "accompany":
                found += [p for o in parse.pobjs(acl, "by") for p in parse.persons_of(o)]
    return unique(found)


# Plural nouns a story uses for the visiting party once it has been named: "The mediators were
# received by ...", "the visitors", "the delegates".
_PARTY_NOUNS = frozenset({"mediator", "visitor", "delegate", "envoy", "guest"})


def resolve_family_names(parse: Parse, context: FactContext) -> None:
    """ "The Ashworths hosted the Marchals for lunch": a family name in the plural is everyone the
    story has named with it (a couple)."""
    persons = context.people.persons
    for tok in parse.tokens:
        if tok.i in parse.person_of or tok.tag not in ("NNP", "NNPS") or not tok.text.endswith("s"):
            continue
        family = tok.text[:-1]
        named = [p.id for p in persons if p.name.split()[-1] == family]
        if len(named) >= 2:
            parse.person_of[tok.i] = named[0]
            parse.people_at[tok.i] = named


def resolve_visiting_party(parse: Parse, context: FactContext) -> None:
    """ "A delegation led by A, which included B, arrived ... The mediators were received by C":
    the plural noun is the people on the latest trip."""
    trip = context.last_trip
    if trip is None:
        return
    party = people_on_trips(context, {(trip.country, trip.date)})
    if len(party) < 2:
        return
    for tok in parse.tokens:
        if (
            tok.lemma.lower() not in _PARTY_NOUNS
            or tok.tag != "NNS"
            or tok.i in parse.person_of
            or tok.dep not in ("nsubj", "nsubjpass", "dobj", "pobj")
            or parse.children(tok.i, "amod", "compound", "nummod", "prep", "poss")
        ):
            continue
        if not any(parse.tokens[d].lower_text() == "the" for d in parse.children(tok.i, "det")):
            continue
        parse.person_of[tok.i] = party[0]
        parse.people_at[tok.i] = party


def resolve_delegation(parse: Parse, context: FactContext) -> None:
    """ "The Timorese delegation paid a courtesy call on X", after "A arrived, accompanied by B":
    a delegation no sentence named a leader for is the travellers of its state (the visitor's
    state when the text gives none) on their latest trips."""
    persons = context.people.persons
    visitor = persons[context.main_visitor] if context.main_visitor is not None else None
    for tok in parse.tokens:
        if (
            tok.lemma.lower() != "delegation"
            or tok.i in parse.person_of
            or tok.dep not in ("nsubj", "nsubjpass")
        ):
            continue
        if not any(
            parse.tokens[d].lower_text() in ("the", "his", "her", "its")
            for d in parse.children(tok.i, "det", "poss")
        ):
            continue
        listing = [
            c
            for c in parse.children(tok.i, "relcl")
            if parse.tokens[c].lemma.lower() in ("include", "comprise")
        ]
        if listing and context.last_trip is not None and context.last_trip.status == "happened":
            # "The delegation, which includes X, was greeted by Y": the party on the trip just told,
            # with the member this clause names
            party = people_on_trips(context, {(context.last_trip.country, context.last_trip.date)})
            members = unique([*party, *(p for c in listing for p in parse.persons(sorted(parse.subtree(c))))])
            if members:
                parse.person_of[tok.i] = members[0]
                parse.people_at[tok.i] = members
            continue
        if listing and context.last_sides[1]:
            # "X met with a delegation headed by Y. The delegation, which also includes Z, arrived
            # on Monday": no trip told yet; the delegation is the guests of that meeting
            members = unique(
                [
                    *context.last_sides[1],
                    *(p for c in listing for p in parse.persons(sorted(parse.subtree(c)))),
                ]
            )
            parse.person_of[tok.i] = members[0]
            parse.people_at[tok.i] = members
            continue
        if parse.children(tok.i, "acl", "relcl", "prep", "appos"):
            continue  # "the delegation led by X", "the delegation of X": named where it stands
        states = {
            country_from_demonym(parse.tokens[a].text) for a in parse.children(tok.i, "amod", "compound")
        }
        states.discard(None)
        if not states and visitor is not None and visitor.country:
            states = {visitor.country}
        trip = context.trips.get(visitor.name) if visitor is not None else None
        if not states and trip is not None and trip.status == "happened":
            # "the delegation was received by X" when no one's state is known yet: the party on the
            # story's main trip
            party = people_on_trips(context, {(trip.country, trip.date)})
            if party:
                parse.person_of[tok.i] = party[0]
                parse.people_at[tok.i] = party
            continue
        trips = {name: trip for name, trip in context.trips.items() if trip.status == "happened"}
        members = [p.id for p in persons if p.country in states and p.name in trips]
        # their companions, whose state the text may not give: the same trip
        same_trip = {(trips[persons[m].name].country, trips[persons[m].name].date) for m in members}
        members += [p for p in people_on_trips(context, same_trip) if persons[p].country is None]
        if members:
            parse.person_of[tok.i] = members[0]
            parse.people_at[tok.i] = members


# Plural offices a story uses for people it has named: "the three Uzbek ministers", "the visiting
# ministers". Each maps to the word a fitting title holds ("officials" fits any title).
_OFFICE_PLURALS = {
    "minister": "minister",
    "official": "",
    "ambassador": "ambassador",
    "envoy": "envoy",
    "senator": "senator",
    "lawmaker": "",
}


def resolve_office_group(parse: Parse, view: SentenceView, context: FactContext) -> None:
    """ "The talks were attended by the three Uzbek ministers": the people of that state (or, for
    "the visiting ministers", on the latest trip) named before whose titles fit the noun. The
    principals of the meeting just told are left out when others fit ("the ministers" who came
    along), and a stated number must match what is left."""
    persons = context.people.persons
    for tok in parse.tokens:
        office = _OFFICE_PLURALS.get(tok.lemma.lower())
        if office is None or tok.tag != "NNS" or tok.i in parse.person_of:
            continue
        if not any(parse.tokens[d].lower_text() == "the" for d in parse.children(tok.i, "det")):
            continue
        naming = [
            c
            for c in parse.children(tok.i, "prep", "appos", "acl", "relcl")
            # "the visiting ministers at the palace": where they were, not who they are
            if not (parse.tokens[c].dep == "prep" and parse.tokens[c].lower_text() in ("at", "in", "on"))
        ]
        if naming:
            continue  # "the ministers of X", "the ministers A and B": named where they stand
        mods = [parse.tokens[m] for m in parse.children(tok.i, "amod", "compound", "nummod")]
        states = {country_from_demonym(m.text) for m in mods} - {None}
        visiting = any(m.lower_text() in ("visiting", "accompanying") for m in mods)
        named_before = unique(m.person for m in context.people.mentions if m.sentence < view.sentence.index)
        if not states and not visiting:
            # "X received the credentials of A, B and C. X welcomed the ambassadors": the side of
            # the meeting just told whose titles fit, when that is two people or more
            fitting = [
                [p for p in side if office and office in (persons[p].title or "").lower()]
                for side in context.last_sides
            ]
            group = next((side for side in fitting if len(side) >= 2), None)
            if group is None and not mods:
                # "Minister A is in Kyiv, together with Minister B ... the ministers met X": the
                # holders named so far, when there are two or more and none serves another state
                holders = [p for p in named_before if office and office in (persons[p].title or "").lower()]
                served = {persons[p].country for p in holders} - {None}
                if len(holders) >= 2 and len(served) <= 1:
                    group = holders
            if group is not None and not mods:
                parse.person_of[tok.i] = group[0]
                parse.people_at[tok.i] = group
            continue
        count = next((number_value(m.lower_text()) for m in mods if m.dep == "nummod"), 0)
        members = [
            p
            for p in named_before
            if (not states or persons[p].country in states)
            and (not visiting or persons[p].name in context.travellers)
            and office in (persons[p].title or "").lower()
        ]
        home = context.dateline.country if context.dateline is not None else None
        if not members and visiting and not states and home:
            # "hosted a dinner for the visiting ministers" after a meeting of several states' ones
            members = [
                p
                for p in context.open_gathering
                if persons[p].country not in (None, home) and office in (persons[p].title or office).lower()
            ]
        principals = set(context.last_sides[0]) | set(context.last_sides[1])
        if len(members) > 1 and any(p not in principals for p in members):
            members = [p for p in members if p not in principals]
        if not members or (count and len(members) != count):
            continue
        parse.person_of[tok.i] = members[0]
        parse.people_at[tok.i] = members


# "the foreign ministers of Spain, France and Italy met ...": offices whose holders a story names
# before or just after, one per state; the word each title must hold ("leaders" fits any title).
_STATE_OFFICE_PLURALS = {**_OFFICE_PLURALS, "president": "president", "leader": "", "premier": "premier"}


def resolve_offices_of_states(parse: Parse, view: SentenceView, context: FactContext) -> None:
    """ "The foreign ministers of Spain, France and Italy met in Lisbon ... Spain's A, France's B and
    Italy's C discussed migration": the holders of the office, one for each state listed, named in
    the story up to two sentences on. Nothing when a state has none, or more than one, to offer."""
    persons = context.people.persons
    here = view.sentence.index
    for tok in parse.tokens:
        office = _STATE_OFFICE_PLURALS.get(tok.lemma.lower())
        if office is None or tok.tag != "NNS" or tok.i in parse.person_of:
            continue
        listed = parse.pobjs(tok.i, "of")
        listed += [c for o in listed for c in parse.subtree(o) if parse.tokens[c].dep == "conj"]
        states = [country_from_any(parse.tokens[o].text) for o in listed]
        if len(states) < 2 or None in states or len(set(states)) != len(states):
            continue
        named = unique(
            m.person
            for m in context.people.mentions
            if m.sentence <= here + 2 and m.person >= 0 and m.person not in parse.person_of.values()
        )
        holders = []
        for state in states:
            # "Spain's Jose Ruiz" said after the group has no title of his own: his state places him
            fitting = [
                p
                for p in named
                if persons[p].country == state and office in (persons[p].title or office).lower()
            ]
            if len(fitting) != 1:
                break
            holders.append(fitting[0])
        else:
            parse.person_of[tok.i] = holders[0]
            parse.people_at[tok.i] = holders


def _antecedent(parse: Parse, i: int, context: FactContext) -> int | None:
    """A subject pronoun ("he met") is the sentence's last earlier subject, else its first person,
    else the last sentence's; an object pronoun ("met with her") is never its own clause's subject
    but the nearest other person named before it."""
    tok = parse.tokens[i]
    earlier = [t for t in parse.tokens[:i] if t.i in parse.person_of and parse.person_of[t.i] >= 0]
    fallback = context.salient[0] if context.salient else None
    if tok.dep in ("nsubj", "nsubjpass", "poss"):
        subjects = [parse.person_of[t.i] for t in earlier if t.dep in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[-1]
        if earlier:
            return parse.person_of[earlier[0].i]
        # "When she emerged from the talks, Rice said ...": a pronoun in a clause before the main
        # one points ahead to the main clause's subject.
        main = main_subject_person(parse)
        return main if main is not None and _in_fronted_clause(parse, i) else fallback
    verb = parse.head(i)
    while verb is not None and parse.tokens[verb].pos not in ("VERB", "AUX"):
        verb = parse.head(verb)
    own_subject = set()
    if verb is not None:
        own_subject = {p for s in parse.subject(verb) for p in parse.persons(parse.group(s))}
    others = [parse.person_of[t.i] for t in earlier if parse.person_of[t.i] not in own_subject]
    if others:
        return others[-1]
    return fallback if fallback not in own_subject else None


def _speaker(parse: Parse, i: int) -> int | None:
    """The named subject of the reporting verb whose quoted clause holds token i."""
    t: int | None = i
    quoted = False
    seen: set[int] = set()
    while t is not None and t not in seen:
        seen.add(t)
        tok = parse.tokens[t]
        if quoted and tok.lemma.lower() in REPORTING_VERBS | {"write", "post", "tweet"}:
            speakers = [p for s in parse.subject(t) for p in parse.persons(parse.group(s))]
            return speakers[0] if speakers else None
        quoted = quoted or tok.dep in ("ccomp", "parataxis")
        t = parse.head(t)
    return None


def main_subject_person(parse: Parse) -> int | None:
    root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
    if root is None:
        return None
    for s in parse.subject(root):
        found = parse.persons(parse.group(s))
        if found:
            return found[0]
    return None


def _in_fronted_clause(parse: Parse, i: int) -> bool:
    """Token i sits in an adverbial clause that comes before its main clause's verb."""
    t: int | None = i
    while t is not None:
        head = parse.head(t)
        if head is None:
            return False
        if parse.tokens[t].dep == "advcl":
            return t < head
        t = head
    return False


def people_at(parse: Parse, i: int, context: FactContext) -> list[int]:
    found: list[int] = []
    for t in parse.group(i):
        for person in parse.people_at.get(t, []):
            found += context.salient_group if person == -1 else [person]
    return unique(found)
