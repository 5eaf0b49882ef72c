"""The last resort for a person's state: the one state the article puts around them.

Runs after every other rule (ingest/states.py, ingest/home_side.py). Someone the text still gives no
state (an official, or anyone else the article names: a negotiator, an activist, a lawmaker), when
the sentences naming them name one state only, and the story's dateline is in that state or there
is none, serves that state ("Former negotiator X told the paper Iran would not ..."; "Chief
negotiator Y said another round was due", filed from Bangkok).

What does not count: a city (where something happens, not whom anyone serves; the dateline aside);
the states of those the person met, called or signed with (a meeting has two sides); a state they
travelled to. A state in another person's title ("... met the Vietnamese Trade Minister Z") or going
on to a body or an office ("the Chinese delegation", "a letter from Kenya's president") is no one
state around them when the story has a dateline, but it still counts against the others; without a
dateline, the one state named is theirs whatever it goes on to. The outlet's state does not count: a
national outlet's roundup names foreigners bare too.

The state is recorded as inferred: it votes across articles only where no article states one, and
never keeps two spellings of one person apart (graph/resolve.py).
"""

from __future__ import annotations

import re

from ingest.mentions import Mention
from ingest.nlp import Sentence
from ingest.people import PeopleResult, Person
from ingest.places import Place, find_places
from ingest.schema import Fact
from ingest.state_links import other_side
from ingest.states import office_taken, portfolio_commas_masked, posted_to, sole_office, two_sides

# A place inside another person's title, up to their name: "Vietnamese Industry and Trade Minister ".
_TITLE_RUN = re.compile(
    r"(?:['’]s)?(?:\s+(?:[A-Z][\w'’.-]*|of|and|for|the|on|to|acting|interim|caretaker|then|outgoing|new))*\s+"
)


def _attached(place: Place, text: str, starts: list[int]) -> bool:
    """Whether the place opens the title run before one of these mentions."""
    return any(start >= place.end and _TITLE_RUN.fullmatch(text[place.end : start]) for start in starts)


# People or bodies a demonym or a state's possessive may go on to: "the Chinese delegation", "a letter
# from Kenya's head of state", "the Indian side".
_THEIRS = re.compile(
    r"^(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:delegations?|sides?|counterparts?|president|head|government|"
    r"ministers?|ministry|envoys?|ambassadors?|leaders?|officials?|authorities|team|army|forces|embassy|"
    r"king|queen|premier|chancellor|secretary|spokes(?:man|woman|person)|diplomats?|troops|military|"
    r"navy|police|guests?|hosts?|visitors?|people)\b",
    re.IGNORECASE,
)


# Of those, the other party of a meeting or a message: "met the Chinese delegation", "handed a letter
# from the Kenyan head of state" say whom the person is not.
_OTHER_PARTY = re.compile(
    r"^(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:delegations?|sides?|head\s+of\s+state|guests?|hosts?|visitors?)\b",
    re.IGNORECASE,
)


# ...and whoever the person met or acted with: "after meeting the Chinese president, X said", "X and the
# Ethiopian Prime Minister signed".
_MET_BEFORE = re.compile(
    r"\b(?:met|meet|meets|meeting|received|receives|receiving|hosted|hosts|hosting|welcomed|greeted|"
    r"with|called\s+on|calls\s+on|visited|visiting|and|between)\s+(?:the\s+|his\s+|her\s+|their\s+)?$",
    re.IGNORECASE,
)


def _theirs(place: Place, text: str) -> bool:
    """'Kenya's president', 'the Chinese delegation': the state of whoever the words go on to."""
    return bool(_THEIRS.match(text[place.end : place.end + 60]))


_AIDE = r"(?:spokes(?:man|woman|person)|aide|adviser|advisor|press\s+secretary|chief\s+of\s+staff|secretary)"
# "presidential spokesman X", "Chief of Staff to the President, X", "the Prime Minister's press secretary,
# X": an aide of the office, whose holder the article names elsewhere.
_LEADER_AIDE = re.compile(
    rf"(?:\b(?P<adj>presidential|prime\s+ministerial)\s+(?:[\w-]+\s+){{0,2}}?{_AIDE}"
    rf"|\b{_AIDE}\s+(?:[\w-]+\s+){{0,2}}?(?:to|of)\s+the\s+(?P<of>president|prime\s+minister)"
    rf"(?:\s+(?:on|for)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?"
    rf"|\bthe\s+(?P<pos>president|prime\s+minister)['’]s\s+(?:[\w-]+\s+){{0,2}}?{_AIDE})"
    r"\s*,?\s*$",
    re.IGNORECASE,
)


def _leader_aides(sents: list[Sentence], people: PeopleResult, home: str | None) -> None:
    """An aide of "the President" (or "the Prime Minister") with no state of their own serves the state
    of the article's holder of that office: the one, or the dateline's among several."""
    by_index = {s.index: s for s in sents}
    for person in people.persons:
        if person.country is not None:
            continue
        office = None
        for m in people.mentions:
            sent = by_index.get(m.sentence)
            if m.person != person.id or sent is None:
                continue
            for text in (person.title or "", sent.text[max(0, m.start - 90) : m.start]):
                found = _LEADER_AIDE.search(text.strip() if text is person.title else text)
                if found:
                    word = (found.group("adj") or found.group("of") or found.group("pos")).lower()
                    office = "president" if word.startswith("president") else "prime minister"
                    break
            if office:
                break
        if office is None:
            continue
        states = {
            other.country
            for other in people.persons
            if other is not person and other.country and sole_office(other.title) == office
        }
        # Several: the dateline's, else the one a holder of no stated state serves (news names its own
        # President bare: "President A met Ghanaian President B").
        bare = {
            other.country
            for other in people.persons
            if other is not person and other.country_inferred and sole_office(other.title) == office
        }
        code = (
            next(iter(states))
            if len(states) == 1
            else home
            if home in states
            else next(iter(bare))
            if len(bare) == 1
            else None
        )
        if code:
            person.country, person.country_inferred = code, True


# "The India-Sri Lanka Accord was signed by then Prime Minister A and then President B": the signers
# in the order of the two states the sentence named before them.
_SIGNED_BY = re.compile(r"\b(?:signed|initial(?:l)?ed|inked)\b[^.;]{0,80}?\bby\s+", re.IGNORECASE)
_PAIR_GAP = re.compile(r"\s*,?\s*and\s+(?:(?:the\s+)?then[\s-]+)?(?:[A-Z][\w'’.-]*\s+){0,5}$")


def _respective_signers(sents: list[Sentence], people: PeopleResult) -> None:
    """Two signers named as a pair after the two states of their agreement, in the same order."""
    persons = {p.id: p for p in people.persons}
    for sent in sents:
        here = sorted(people.in_sentence(sent.index), key=lambda m: m.start)
        for first, second in zip(here, here[1:], strict=False):
            signed = _SIGNED_BY.search(sent.text[: first.start])
            if (
                signed is None
                or first.person == second.person
                or not _PAIR_GAP.fullmatch(sent.text[first.end : second.start])
                or any(o.start < first.start and o.start >= signed.end() for o in here)
            ):
                continue
            states = list(
                dict.fromkeys(
                    p.country for p in find_places(sent) if not p.is_city and p.end <= signed.start()
                )
            )
            if len(states) != 2:
                continue
            a, b = persons[first.person], persons[second.person]
            if a.country is None and b.country is None:
                a.country, b.country = states
                a.country_inferred = b.country_inferred = True
            elif a.country in states and b.country is None:
                b.country, b.country_inferred = next(c for c in states if c != a.country), True
            elif b.country in states and a.country is None:
                a.country, a.country_inferred = next(c for c in states if c != b.country), True


# "talks with host President X", "Host Prime Minister Y opened the summit".
_HOST_BEFORE = re.compile(r"\b[Hh]ost\s+(?:[A-Z][\w'’.-]*\s+){1,4}$")


def _hosts_of_the_scene(sents: list[Sentence], people: PeopleResult, home: str | None) -> None:
    """ "Host President X" serves the state of the city the scene is set in: the last city named in
    their sentence or the one before it, else the dateline's. Over a state only inferred."""
    by_index = {s.index: s for s in sents}
    for person in people.persons:
        if person.country and not person.country_inferred:
            continue
        first = next(
            (
                m.sentence
                for m in people.mentions
                if m.person == person.id
                and (sent := by_index.get(m.sentence)) is not None
                and _HOST_BEFORE.search(sent.text[max(0, m.start - 60) : m.start])
            ),
            None,
        )
        if first is None:
            continue
        cities = [
            p.country
            for index in (first - 1, first)
            if (sent := by_index.get(index)) is not None
            for p in find_places(sent)
            if p.is_city
        ]
        code = cities[-1] if cities else home
        if code:
            person.country, person.country_inferred = code, True


def lone_states(sents: list[Sentence], people: PeopleResult, home: str | None, facts: list[Fact]) -> None:
    """Give each person without a state the one state around them, if one (in place, inferred)."""
    _inviters_and_senders(sents, people, facts)
    _hosts_of_the_scene(sents, people, home)
    _leader_aides(sents, people, home)
    _respective_signers(sents, people)
    by_index = {s.index: s for s in sents}
    state_of = {p.name: p.country for p in people.persons}
    for person in people.persons:
        if person.country is not None:
            continue
        went = {f.country for f in facts if f.type == "VISITED" and f.person == person.name and f.country}
        partners = {
            o
            for f in facts
            if f.type in ("MET", "CALLED", "SIGNED") and person.name in (f.persons or f.parties or [])
            for o in (f.persons or f.parties or [])
            if o != person.name
        }
        sides = {state_of.get(o) for o in partners}
        partner_ids = {p.id for p in people.persons if p.name in partners}
        # Every state named counts against the others; only one named for itself (not in another
        # person's title, nor going on to a body or an office: "the Chinese delegation") or the
        # dateline's can be theirs.
        own: set[str] = {home} if home else set()
        named: set[str] = set(own)
        party: set[str] = set()
        for index in {m.sentence for m in people.mentions if m.person == person.id}:
            sent = by_index.get(index)
            if sent is None:
                continue
            others = [m.start for m in people.in_sentence(index) if m.person != person.id]
            met = [m.start for m in people.in_sentence(index) if m.person in partner_ids]
            mine = [m.start for m in people.in_sentence(index) if m.person == person.id]
            text = portfolio_commas_masked(sent.text)  # "Japan's Minister of Economy, Trade and Industry X"
            for p in find_places(sent):
                if p.is_city:
                    continue  # where something happens, not whom anyone serves
                named.add(p.country)
                # The state in the title of someone they met ("called Japan's Minister X") is X's.
                if (
                    _attached(p, text, met)
                    or _OTHER_PARTY.match(text[p.end : p.end + 60])
                    or (
                        _theirs(p, text)
                        and not _attached(p, text, others)
                        and _MET_BEFORE.search(text[max(0, p.start - 30) : p.start])
                    )
                ):
                    party.add(p.country)
                # "Afghanistan's acting Foreign Minister X": the title run that leads to their own name.
                if _attached(p, text, mine) or not (_theirs(p, text) or _attached(p, text, others)):
                    own.add(p.country)
        states = named - went - sides
        # Filed from a city, the one state must be named for the person themselves (the dateline's
        # state counts too). Without a dateline, the one state left in their sentences is theirs even
        # when it goes on to a body or another's office ("with a letter from Zambia's president",
        # "the commander of Uganda's defence forces"): no other state is named around them; but not
        # when it goes on to the other party of a meeting or a message ("met the Chinese delegation").
        if len(states) != 1 or not states <= (own if home else own | (named - party)):
            continue
        code = next(iter(states))
        if office_taken(person, code, people.persons) or posted_to(person.title, code):
            continue
        person.country, person.country_inferred = code, True
    _last_partners(sents, people, facts)
    _hosts_of_visitors(sents, people, facts)


_PARTY = re.compile(r"\b(?:accompan(?!ied\s+by\b)\w*|entourage)\b", re.I)


def _sentence_of(sents: list[Sentence], evidence: str) -> int | None:
    return next((s.index for s in sents if s.text and (s.text in evidence or evidence in s.text)), None)


def _hosts_of_visitors(sents: list[Sentence], people: PeopleResult, facts: list[Fact]) -> None:
    """A head of state or government the text gives no state, who received a visitor of another
    state on a trip and went nowhere themselves, is the host: "X made a visit to Accra, where he was
    hosted by President Y"; "Z flew to Luanda ... Z was received at the palace by President W". The
    trip is the visitor's last one told up to the meeting."""
    state_of = {p.name: p.country for p in people.persons}
    by_index = {s.index: s for s in sents}
    visits = [
        (i, f.person, f.country)
        for f in facts
        if f.type == "VISITED" and f.status == "happened" and f.person and f.country
        for i in [_sentence_of(sents, f.evidence)]
        if i is not None
    ]
    went = {f.person for f in facts if f.type == "VISITED"}
    for person in people.persons:
        if person.country is not None or person.name in went or sole_office(person.title) is None:
            continue
        # One of the travelling party: "Foreign Minister X, who accompanied Y on the trip" (but who
        # is "accompanied by" others leads a party: a host may too).
        if any(
            _PARTY.search(by_index[m.sentence].text)
            for m in people.mentions
            if m.person == person.id and m.sentence in by_index
        ):
            continue
        hosts: set[str] = set()
        for f in facts:
            if f.type != "MET" or f.status != "happened" or person.name not in (f.persons or []):
                continue
            at = _sentence_of(sents, f.evidence)
            for guest in f.persons or []:
                home = state_of.get(guest)
                if guest == person.name or home is None or at is None:
                    continue
                trips = sorted((i, code) for i, who, code in visits if who == guest and i <= at)
                # Where the meeting itself was ("met Prime Minister Y in Jerusalem"), else the last
                # stop of the guest's trip told up to it (not the guest's home, where they flew back).
                there = f.country if f.country not in (None, home) else (trips[-1][1] if trips else None)
                if there and there != home:
                    hosts.add(there)
        if len(hosts) != 1:
            continue
        code = next(iter(hosts))
        if office_taken(person, code, people.persons) or posted_to(person.title, code):
            continue
        person.country, person.country_inferred = code, True


def _last_partners(sents: list[Sentence], people: PeopleResult, facts: list[Fact]) -> None:
    """Who met, called or signed only with one side of a story of two states is the other side, now
    that every other rule has given the states it could (ingest/state_links.py `partners` ran before
    them). Not who travelled to that other side: two stops of a third state's traveller."""
    main = two_sides(sents)
    if len(main) != 2:
        return
    state_of = {p.name: p.country for p in people.persons}
    decided: dict[int, str] = {}
    for person in people.persons:
        if person.country is not None:
            continue
        met = {
            state_of.get(o)
            for f in facts
            if f.type in ("MET", "CALLED", "SIGNED") and person.name in (f.persons or f.parties or [])
            for o in (f.persons or f.parties or [])
            if o != person.name
        } - {None}
        code = other_side(next(iter(met)), main) if len(met) == 1 else None
        went = {f.country for f in facts if f.type == "VISITED" and f.person == person.name}
        if (
            code
            and code not in went
            and not office_taken(person, code, people.persons)
            and not posted_to(person.title, code)
        ):
            decided[person.id] = code
    for person in people.persons:
        if person.id in decided:
            person.country, person.country_inferred = decided[person.id], True


# The words of a title between the cue and the name: "at the invitation of Prime Minister ".
_TITLE_WORDS = r"(?:(?:his|her|their|the)\s+)?(?:[A-Z][\w'’.-]*\s+|(?:of|the|and|for)\s+){1,8}$"
_INVITED_BY = re.compile(r"\bat\s+the\s+(?:kind\s+)?invitation\s+of\s+" + _TITLE_WORDS)
_SENT_BY = re.compile(r"\b(?:message|letter|greetings|invitation)\s+(?:of|from)\s+" + _TITLE_WORDS)
_SENDS = re.compile(
    r"\b(?:conveyed|conveying|delivered|delivering|handed|handing|bearing|carrying|carried)\b"
)
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}$")


def _inviters_and_senders(sents: list[Sentence], people: PeopleResult, facts: list[Fact]) -> None:
    """A head of state or government the text gives no state, named as the one who invited a
    traveller ("X departed for Sri Lanka on an official visit at the invitation of President Y"): the
    host of the one state the sentence's trips go to; named as the one whose message or greetings
    someone conveyed ("the Senegalese ambassador conveyed the greetings of President Z"): the
    messenger's state, the first the sentence gives before the message (not its recipient's)."""
    persons = people.persons
    for sent in sents:
        here = sorted(people.in_sentence(sent.index), key=lambda m: m.start)
        for m in here:
            person = persons[m.person]
            if (person.country is not None and not person.country_inferred) or sole_office(
                person.title
            ) is None:
                continue
            before = sent.text[: m.start]
            code: str | None = None
            if _INVITED_BY.search(before):
                went = {
                    f.country
                    for f in facts
                    if f.type == "VISITED"
                    and f.country
                    and f.person != person.name
                    and f.evidence in sent.text
                }
                code = next(iter(went)) if len(went) == 1 and person.country is None else None
            else:
                cue = _SENT_BY.search(before)
                if cue and _SENDS.search(before[: cue.start()]):
                    code = _messenger_state(sent, before[: cue.start()], here, persons, person)
            if code and not office_taken(person, code, persons) and not posted_to(person.title, code):
                person.country, person.country_inferred = code, True


def _messenger_state(
    sent: Sentence, before: str, here: list[Mention], persons: list[Person], me: Person
) -> str | None:
    """The state of the one who conveyed the message: the person a relative clause before the verb
    opens on ("..., Deputy Prime Minister Y, who conveyed the greetings of ..."), else the first
    person or state named before the message who is not its recipient."""
    verbs = list(_SENDS.finditer(before))
    if re.search(r"\bto\s+whom\b", before):
        return None  # "..., to whom he delivered a message from ...": the one named is its recipient
    who = list(re.finditer(r"\bwho\b", before[: verbs[-1].start()])) if verbs else []
    if who:
        opened = [m for m in here if m.end <= who[-1].start() and persons[m.person] is not me]
        messenger = persons[max(opened, key=lambda m: m.start).person].country if opened else None
        if messenger:
            return messenger
    found: list[tuple[int, str]] = [
        (m.start, code)
        for m in here
        if m.end <= len(before) and persons[m.person] is not me and not _TO_BEFORE.search(before[: m.start])
        for code in [persons[m.person].country]
        if code
    ]
    found += [
        (p.start, p.country)
        for p in find_places(sent)
        if not p.is_city and p.end <= len(before) and not _TO_BEFORE.search(before[: p.start])
    ]
    return min(found)[1] if found else None
