"""What fact rules know beyond one sentence: who "he", "the minister" and "the two leaders" are,
the article's dateline, its main visitor and the dates of their trips.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from pydantic import BaseModel, Field

from ingest.countries import country_from_any
from ingest.couples import couple_mentions
from ingest.dates import DateMention, as_day, find_dates
from ingest.delegations import delegation_leaders, delegation_references
from ingest.nlp import Sentence
from ingest.office_references import office_mentions
from ingest.people import Mention, PeopleResult, Person
from ingest.places import Place, find_places, names_a_regime, settle_ambiguous_towns
from ingest.schema import Fact
from ingest.style_references import style_mentions

# "He ..." / "Last week, she ...": a subject pronoun opening the sentence or its first clause.
PRONOUN = re.compile(
    r"^(?:(?:[A-Z][\w'’-]*\s+){1,3}[\w'’-]+,\s+|(?:There|Then|Later|Here|Afterwards|Subsequently|Earlier)\s+|"
    # "In the capital on Wednesday he held talks ...": a fronted phrase with no comma
    r"(?:In|On|At|During|After|Before)\s+(?:[\w'’-]+\s+){1,6}?(?=(?:he|she)\s+[a-z]+\b))?"
    r"(?P<pronoun>[Hh]e|[Ss]he)\b"
)
TITLE_REFERENCE = re.compile(
    # "EAM" alone is how Indian releases name the External Affairs Minister, like "the EAM".
    # "the visiting foreign secretary": a portfolio in lower case before the office
    r"(?:\b[Tt]he\s+(?P<visiting>visiting\s+)?(?P<adj>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?"
    r"(?:(?:foreign|defen[cs]e|trade|finance|interior|home|deputy|vice)\s+(?=\w+\b(?!\s+[A-Z])))?"
    # "the high guest", "the distinguished visitor": words of esteem before the guest
    r"(?:(?:high|distinguished|honou?red|esteemed|august|royal)\s+(?=(?:guest|visitor|dignitary)\b))?"
    r"|(?<![\w/.-])(?=EAM\b))(?P<head>(?:[Pp]rime\s+)?[Mm]inister|[Pp]resident|PM|FM|EAM|"
    r"[Pp]remier|[Ll]eader|[Aa]mbassador|[Dd]iplomat|[Ee]nvoy|[Cc]hancellor|[Ss]ecretary-[Gg]eneral|[Ss]ecretary|[Kk]ing|[Qq]ueen|"
    # "the Speaker", "the Governor", "the Mayor": the one such office the story named
    r"[Ss]peaker|[Gg]overnor|[Mm]ayor|"
    r"[Cc]rown\s+[Pp]rince|[Ee]mperor|[Ff]oreign\s+[Mm]inister|top\s+diplomat|[Ss]tatesman|[Hh]ead\s+of\s+[Ss]tate|"
    r"[Hh]ead\s+of\s+[Gg]overnment|"
    r"[Vv]isitor|[Gg]uest|[Dd]ignitary|[Ee]mir|[Aa]mir|[Ss]ultan|[Mm]onarch|"
    # the EU's foreign-policy chief: "the High Representative", "the HR/VP"
    r"[Hh]igh\s+[Rr]epresentative|HR/VP)\b(?!\s+[A-Z])(?!['’]s\s+[A-Z])"
)
RETURN_CUE = re.compile(
    r"\b(?:returned|wrapped\s+up|concluded|ended|left\s+(?:[\w-]+\s+){0,3}?for\s+home|flew\s+home|"
    r"departed)\b",
    re.IGNORECASE,
)


class SentenceView(BaseModel):
    sentence: Sentence
    mentions: list[Mention]
    places: list[Place]
    dates: list[DateMention]


class FactContext(BaseModel):
    """What the fact rules know about the article as a whole."""

    published: date | None
    people: PeopleResult
    main_countries: list[str]
    visit_end: str | None = None
    dateline: Place | None = None  # where "here" is
    outlet: str | None = None  # the state of the outlet that filed the story, when its name says
    main_visitor: int | None = None  # the first person reported travelling: "the delegation", "the guests"
    trip_dates: dict[str, str] = Field(default_factory=dict)  # visitor -> trip date, for meetings during it
    # Who "he"/"she" and "they" are: the last sentence's first person, the last meeting's people.
    salient: list[int] = Field(default_factory=list)
    salient_group: list[int] = Field(default_factory=list)
    # The sides of the last meeting (hosts, guests): "In attendance were ..." joins it.
    last_sides: tuple[list[int], list[int]] = ([], [])
    # Sides listed with no meeting of named people before them ("Kenya and Oman held the second
    # session of their commission. The Kenyan side included A and B. The Omani delegation
    # comprised C."): each state's members, and the sentence that listed them.
    side_rosters: dict[str, tuple[list[int], int]] = Field(default_factory=dict)
    # The one town the last sentence that named a town named, and that sentence's index: "The
    # commission met in Rabat on Monday. The Nigerian delegation comprised ..." met in Rabat.
    last_town: tuple[int, Place] | None = None
    last_meeting_date: str | None = None  # its day: attendees named after a trip sentence met then
    # The story is of a meeting of more than two states ("The leaders of A, B, C and D met for a
    # summit"): guests hosted together there met each other.
    group_meeting: bool = False
    # A meeting told as an event ("the summit took place ..."): who is known to be at it so far.
    open_gathering: list[int] = Field(default_factory=list)
    open_gathering_sentence: int = -10
    # Hosts of a guest list after a colon ("The credentials were presented by:") and its last line.
    guest_list: tuple[list[int], int] | None = None
    guest_roll: bool = False  # the guests are named all at once: "They are A, B and C."
    # The signing just reported: "These include an MoU on X and a protocol on Y" lists it.
    last_signing: Fact | None = None
    last_signing_sentence: int = -1
    # Whether a sentence so far stated the story's current day (rather than it being the
    # publication day by default).
    day_stated: bool = False
    # The sentence being read opens its paragraph: a list item on a line of its own ends with a
    # full stop and the list still goes on ("The documents signed include:" then one per line).
    opens_paragraph: bool = False
    # Who received the message just reported: "The message was handed over by X" names its bearer.
    last_recipients: list[int] = Field(default_factory=list)
    # The latest trip reported: companions named later ("she was accompanied by X") share it.
    last_trip: Fact | None = None
    last_trip_sentence: int = -1  # where it was told: companions right after it made the trip
    # "She travelled to Chile and Peru": every leg of that trip, which her companions made too.
    last_trip_legs: list[Fact] = Field(default_factory=list)
    travellers: set[str] = Field(default_factory=set)  # everyone reported making a trip so far
    trips: dict[str, Fact] = Field(default_factory=dict)  # each traveller's latest trip
    # Paragraph -> the speaker whose transcript turn it is ("MINISTER TAZI: I welcome ...").
    speakers: dict[int, int] = Field(default_factory=dict)
    # Places named in the last sentences, newest first: what "the country" refers back to.
    recent_places: list[Place] = Field(default_factory=list)


def build_views(
    sentences: list[Sentence],
    people: PeopleResult,
    published: date | None,
    home: str | None = None,
    own: str | None = None,
) -> list[SentenceView]:
    """Each sentence with its people (title references and pronouns resolved), places and dates;
    `home` is the dateline's state, where "the visitor" is not from; `own` the state whose
    government's own release this is ("the Minister" in a ministry's release is its minister)."""
    views: list[SentenceView] = []
    narrative: date | None = None
    last_subject: int | None = None
    # "The Honourable Minister", said again and again in one release, is the one it named first.
    said_before: dict[str, int] = {}
    leaders = delegation_leaders(sentences, people) + delegation_references(sentences, people)
    for sent in sentences:
        dates = find_dates(sent.text, published, narrative)
        mentions = list(people.in_sentence(sent.index)) + [m for m in leaders if m.sentence == sent.index]
        mentions.sort(key=lambda m: m.start)
        pronoun = PRONOUN.match(sent.text)
        if (
            pronoun
            and last_subject is not None
            and not any(m.start < pronoun.start("pronoun") for m in mentions)
        ):
            mentions.insert(
                0,
                Mention(
                    sentence=sent.index,
                    start=pronoun.start("pronoun"),
                    end=pronoun.end(),
                    text=pronoun.group("pronoun"),
                    person=last_subject,
                ),
            )
        for ref in TITLE_REFERENCE.finditer(sent.text):
            if _named_right_after(sent.text, ref.end(), mentions):
                continue  # "the Vice Minister of X, Juan Ruiz,": the office introduces the name
            target = _resolve_title_reference(ref, people, mentions, sent.index, home, own)
            said = ref.group(0).lower()
            styled = re.search(r"\bhon", said) is not None  # "The Honourable Minister": one person
            if (
                (target is None or styled)
                and said in said_before
                and said_before[said] not in {m.person for m in mentions}
            ):
                target = said_before[said]
            if target is not None:
                said_before.setdefault(said, target)
            if target is not None and not any(m.start <= ref.start() < m.end for m in mentions):
                mentions.append(
                    Mention(
                        sentence=sent.index,
                        start=ref.start(),
                        end=ref.end(),
                        text=ref.group(0),
                        person=target,
                    )
                )
        mentions.extend(style_mentions(sent, sentences, people, mentions))
        mentions.extend(couple_mentions(sent, people, mentions))
        mentions.extend(office_mentions(sent, people, mentions, home))
        pair = TWO_REFERENCE.search(sent.text) or _pair_after_fronted_talks(sent.text)
        if pair and not any(m.start <= pair.start() < m.end for m in mentions):
            # "The two leaders held talks": the people of the last sentences the story is about.
            count = _COUNT.get(pair.group("count") or "two", 2)
            recent = _recent_people(views, [m for m in mentions if m.start < pair.start()])
            recent = _holding_the_office(pair.group(0), recent, views, people, count)
            recent = _travellers_to(sent, pair.end(), recent, people, count)
            if len(recent) >= count:
                mentions.extend(
                    Mention(
                        sentence=sent.index, start=pair.start(), end=pair.end(), text=pair.group(0), person=p
                    )
                    for p in recent[:count]
                )
        mentions.sort(key=lambda m: m.start)
        if mentions:
            last_subject = mentions[0].person
        days = [day for d in dates if (day := as_day(d.value))]
        if days:
            # "cancelled a planned visit on Thursday and instead called X on Thursday afternoon": the
            # day that happened, not the one the plan was for, is what "a day earlier" counts from
            told = [day for day in days if published is None or day <= published]
            narrative = (told or days)[0]
        # "Foreign Minister Carlos Lima", "Rodríguez said": a town inside or as a person's name is no place
        places = [
            p
            for p in find_places(sent)
            if not any(m.start <= p.start and p.end <= m.end and m.person >= 0 for m in mentions)
        ]
        views.append(SentenceView(sentence=sent, mentions=mentions, places=places, dates=dates))
    settle_ambiguous_towns((v.places for v in views), (p.country for p in people.persons if p.country))
    return views


TWO_REFERENCE = re.compile(
    # "the two Deputy Prime Ministers": press releases capitalise the offices
    r"\b(?:(?:[Tt]he\s+(?P<count>two|three|four)|[Bb]oth)\s+(?:(?:Deputy|Vice|Prime|Foreign|Defence|Defense|First)\s+"
    r"(?:Prime\s+)?(?:Ministers|Presidents|Premiers)|(?:[a-z-]+\s+){0,2}?(?:men|women|leaders|presidents|ministers|premiers|"
    r"heads\s+of\s+state|[Hh]eads\s+of\s+(?:[Gg]overnment|[Ss]tate)|sides|diplomats|officials|counterparts|"
    r"dignitaries|envoys|chiefs|statesmen|parties|heads|chancellors|monarchs|kings)"
    # "the three Cabinet Secretaries": Kenya's ministers, an office of several words
    r"|(?:[A-Za-z-]+\s+){0,2}?[Ss]ecretaries)|[Tt]he\s+(?:two\s+)?sides|"
    r"[Tt]he\s+leaders\s+of\s+the\s+two\s+(?:countries|nations|states)|"
    # "where the two signed a declaration": "the two" with no noun, right before its verb.
    r"[Tt]he\s+(?:two|pair)(?=\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|held|met|spoke|had|took|sat|saw|gave|made)\b))\b"
)
_COUNT = {"two": 2, "three": 3, "four": 4}
# "In talks with X, the ministers signed ...": the plural subject after a fronted meeting with one
# person is that person and the one the story is about.
_FRONTED_TALKS = re.compile(
    r"(?:At|In|During|Over)\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+)?(?:talks|meeting|consultations|"
    r"discussions?|conversation)\s+with\s+[^,]{3,90},\s+"
)
_PLURAL_SUBJECT = re.compile(
    r"(?P<count>)(?:the\s+(?:ministers|leaders|officials|delegations|diplomats|envoys|presidents)|they)\b"
)


def _pair_after_fronted_talks(text: str) -> re.Match[str] | None:
    fronted = _FRONTED_TALKS.match(text)
    return _PLURAL_SUBJECT.match(text, fronted.end()) if fronted else None


_HEADS = (
    "president",
    "prime minister",
    "premier",
    "king",
    "queen",
    "emir",
    "amir",
    "sultan",
    "emperor",
    "crown prince",
    "chancellor",
    "leader",
)


def _offices_named(reference: str) -> tuple[str, ...] | None:
    """The offices "the two presidents", "the two leaders", "both ministers" name, if any."""
    words = reference.lower()
    if "heads of government" in words:
        return ("prime minister", "premier", "head of government", "chancellor")
    if "president" in words:
        return ("president",)
    if "premier" in words:
        return ("prime minister", "premier")
    if any(w in words for w in ("leader", "heads of state", "monarch", "king")):
        return _HEADS
    if "foreign minister" in words:
        # "the two Foreign Ministers" are not the trade minister who also sat in
        return ("foreign minister", "foreign affairs", "external affairs")
    if "minister" in words:
        return ("minister",)
    if "secretaries" in words:
        return ("secretary",)
    return None


def _holding_the_office(
    reference: str, recent: list[int], views: list[SentenceView], people: PeopleResult, count: int
) -> list[int]:
    """ "He was greeted by Prime Minister C. The two presidents held talks": the two presidents,
    not the last two people named; searched among everyone named so far when the last sentences
    do not hold them."""
    offices = _offices_named(reference)
    if offices is None:
        return recent

    # "the two Deputy Prime Ministers" are deputies; "the two ministers" are not
    junior = re.search(r"\b(?:deputy|vice)\b", reference.lower()) is not None

    def holds(p: int) -> bool:
        title = (people.persons[p].title or "").lower()
        if junior:
            # a Deputy Prime Minister is no Vice Minister
            prime = ("prime" in reference.lower()) == ("prime" in title)
            return (
                prime
                and any(re.search(rf"\b{o}\b", title) for o in offices)
                and title.startswith(("vice", "deputy"))
            )
        # "Presidential Advisor" holds no presidency
        return any(re.search(rf"\b{o}\b", title) for o in offices) and not title.startswith(
            ("vice", "deputy", "former")
        )

    fitting = [p for p in recent if holds(p)]
    if len(fitting) >= count:
        return fitting
    counts: dict[int, int] = {}
    for view in views:
        for m in view.mentions:
            counts[m.person] = counts.get(m.person, 0) + 1
    # "his Uzbek counterpart B": someone of no stated office may hold it; someone of another may not.
    if len(recent) == count and all(holds(p) or people.persons[p].title == "Leader" for p in recent):
        return recent  # "X held talks with President Y. ... the Russian leader ... the two presidents"
    chosen = sorted(
        (p for p in counts if holds(p) or not people.persons[p].title),
        # those holding the office first: "the two foreign ministers" are not a sister named twice
        key=lambda p: (not holds(p), -counts[p], p not in recent),
    )[:count]
    return chosen if len(chosen) >= count and any(holds(p) for p in chosen) else recent


# "The two ministers arrived in Doha": a verb of arrival right after the reference
_ARRIVAL_AFTER = re.compile(r"^\s+(?:had\s+)?(?:arrived|landed|flew|travelled|traveled)\s+(?:in|to|into)\b")


def _travellers_to(
    sent: Sentence, end: int, recent: list[int], people: PeopleResult, count: int
) -> list[int]:
    """Those who "arrived in Doha" are people of other states than the one they arrived in: when
    enough of the last sentences' people are named with another state, the rest (the hosts, whose
    state is not told yet or is the destination's) are left out."""
    if not _ARRIVAL_AFTER.match(sent.text[end:]):
        return recent
    states = {p.country for p in find_places(sent) if p.start >= end and p.country}
    away = [p for p in recent if (c := people.persons[p].country) is not None and c not in states]
    return away if len(away) >= count and len(states) == 1 else recent


_SIDE_ROSTER = re.compile(
    r"\b(?:from|on)\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+side\b|"
    r"\b[Tt]he\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:side|delegation)\s+(?:included|comprised|consisted)\b"
)


def _recent_people(views: list[SentenceView], current: list[Mention]) -> list[int]:
    """The people named just before the reference in its sentence ("the summit between A and B,
    the two leaders ..."), else the people of the last two sentences the story is about."""
    here = unique(m.person for m in current)
    if len(here) >= 2:
        return here[-2:]
    seen: list[int] = []
    # "The Kenyan side included A and B": one side's members, never "the two sides" of the talks
    told = [v for v in views if not _SIDE_ROSTER.search(v.sentence.text)]
    for view in reversed(told[-2:]):
        for mention in sorted(view.mentions, key=lambda m: -m.start):
            if mention.person not in seen and mention.person not in here:
                seen.append(mention.person)
    # The two the story is about: most mentioned so far, ties to the most recent.
    counts = {p: sum(m.person == p for v in views for m in v.mentions) for p in seen}
    if here:
        # "At the meeting with X, the sides discussed ...": X and the one the story is about, the
        # first it named (or, failing that, the one of the last sentences named first)
        lead = next((m.person for v in views for m in v.mentions if m.person >= 0), None)
        if lead is not None and lead not in here:
            return [*here, lead]
        first = {
            p: min(v.sentence.index for v in views if any(m.person == p for m in v.mentions)) for p in seen
        }
        return here + sorted(seen, key=lambda p: (first[p], -counts[p]))
    return sorted(seen, key=lambda p: -counts[p])


def _named_right_after(text: str, end: int, mentions: list[Mention]) -> bool:
    """The office phrase is followed by ', Name': it announces that name, it refers back to no one."""
    tail = re.match(
        # the office's own "of"/"for" phrase ("of Foreign Affairs of Peru"), not a clause running on
        # to a later name ("of the Republic then received the Ambassador of Japan, Mr. X")
        r"(?:\s+(?:of|for)(?:\s+(?:the|of|for|and|[A-Z][\w'’.-]*)){1,12}?)?,\s*"
        r"(?:(?:Mr|Ms|Mrs|Dr|H\.E\.|Hon'ble|Shri|Smt)\.?\s+)*",
        text[end:],
    )
    return tail is not None and any(m.start == end + tail.end() for m in mentions)


_NAMED_OFFICES = frozenset(
    {
        "president",
        "minister",
        "prime",
        "premier",
        "chancellor",
        "king",
        "queen",
        "ambassador",
        "envoy",
        "emir",
    }
)


def _office_fits(head: str, title: str) -> bool:
    """'premier' fits a prime minister, 'minister' a foreign minister, 'president' a president."""
    title = title.lower()
    return head in title or (head in ("premier", "prime") and ("prime" in title or "premier" in title))


# States whose chancellor heads the government; elsewhere "the Chilean chancellor" is the foreign
# minister (the canciller of Spanish- and Portuguese-speaking states, and of several others).
_CHANCELLOR_GOVERNMENTS = frozenset({"DEU", "AUT"})


def _chancellor_of_foreign_affairs(head: str, title: str, code: str) -> bool:
    return head == "chancellor" and code not in _CHANCELLOR_GOVERNMENTS and "foreign" in title.lower()


_OFFICE_MODIFIERS = frozenset(
    {"foreign", "prime", "deputy", "vice", "defence", "defense", "finance", "trade", "interior", "first"}
    # "the State Minister" (South Asia's junior minister)
    | {"state"}
    # "The Honourable Minister": a style, not a state
    | {"honourable", "honorable", "hon", "hon."}
)


_OF_STATE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Sultanate|Emirate)\s+of\s+(?:the\s+)?)?"
    r"(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_JUNIOR_OFFICE = re.compile(r"\b(?:of\s+State|Deputy|Vice|Assistant|Junior|Under)\b", re.IGNORECASE)
_DEPUTY = re.compile(r"\b(?:deputy|vice)\b", re.IGNORECASE)
_HEAD_OF_STATE = re.compile(r"\b(?:president|head of state|king|queen|emir|amir|sultan|monarch)\b")


def _resolve_title_reference(
    ref: re.Match[str],
    people: PeopleResult,
    mentions: list[Mention],
    sentence: int,
    home: str | None = None,
    own: str | None = None,
) -> int | None:
    """'the Uzbek President' -> the one person seen so far with that office (and state)."""
    head = ref.group("head").lower().split()[-1]
    seen = {m.person for m in people.mentions if m.sentence <= sentence}
    # named before, not counting who this sentence names (the other side of its event)
    earlier = seen - {m.person for m in mentions}
    if head == "eam":
        # India's External Affairs Minister: the one such office named so far.
        eams = [
            p.id for p in people.persons if p.id in seen and "external affairs" in (p.title or "").lower()
        ]
        return eams[0] if len(eams) == 1 else None
    if head in ("representative", "hr/vp"):
        eu_chiefs = [
            person.id
            for person in people.persons
            if person.id in earlier and "high representative" in (person.title or "").lower()
        ]
        return eu_chiefs[0] if len(eu_chiefs) == 1 else None
    if head in ("diplomat", "fm"):
        head = "minister"
    if head == "pm" or ref.group("head").lower().startswith("head of government"):
        head = "prime"  # "the head of government": the prime minister named
    if head in ("statesman", "state", "monarch"):
        # "the statesman", "the head of state": the one head of state named so far (not counting
        # the one named in this sentence, who is the other side)
        heads = [
            p.id
            for p in people.persons
            if p.id in earlier
            and _HEAD_OF_STATE.search((p.title or "").lower())
            and not re.match(r"(?:vice|deputy|former)\b", (p.title or "").lower())
        ]
        adj_state = (
            country_from_any((ref.group("adj") or "").strip().split(" ")[0]) if ref.group("adj") else None
        )
        if len(heads) == 1 and (
            not (ref.group("adj") or "").strip()
            # "the Angolan statesman": the one head named so far, of that state or of none yet told
            or (adj_state and people.persons[heads[0]].country in (None, adj_state))
        ):
            return heads[0]
        head = "president"
    adj = (ref.group("adj") or "").strip()
    if head in ("visitor", "guest", "dignitary"):
        # "the Thai guest": the one Thai named so far, else the story's visitor.
        code = country_from_any(adj.split()[0]) if adj else None
        of_state = [p.id for p in people.persons if p.id in earlier and code and p.country == code]
        return of_state[0] if len(of_state) == 1 else _visitor(people, mentions, sentence, home)
    # "the State Minister" is a minister of state, never the minister
    state_office = "state" in adj.lower().split()
    if adj and all(w.lower() in _OFFICE_MODIFIERS for w in adj.split()):
        adj = ""  # "the Foreign Minister": part of the office, not a state
    # "The Colombian Foreign Minister": the state is the first word, the office the rest.
    code = (country_from_any(adj) or country_from_any(adj.split()[0])) if adj else None
    if adj and code is None:
        return None
    state_after = _OF_STATE_AFTER.match(ref.string, ref.end())
    if code is None and state_after is not None and (state := country_from_any(state_after.group("state"))):
        # "The President of Tajikistan arrived": the state follows the office; only someone named
        # with that office and state before is meant.
        holders = [
            p for p in people.persons if p.id in earlier and p.title and head in p.title.lower().split()
        ]
        named = [p.id for p in holders if p.country == state]
        unknown = [p.id for p in holders if p.country is None]
        if len(named) == 1:
            return named[0]
        # a state the text has not yet tied to anyone: the one such office holder of no known state
        return unknown[0] if not named and len(unknown) == 1 else None
    prime = "prime" in ref.group(0).lower() or "pm" in ref.group(0).lower().split()
    # "the Deputy Prime Minister" is not the Prime Minister, nor "the Prime Minister" a deputy
    junior = _DEPUTY.search(ref.group(0)) is not None
    candidates = [
        p
        for p in people.persons
        if p.id in seen
        and p.title
        and head in _office_heads(p.title)
        and _deputy_in(p.title, head) == junior
        and (not state_office or "state" in p.title.lower())
        and (code is None or p.country == code)
        # "the minister" is not the prime minister when a minister is also named
        and (prime or head != "minister" or not p.title.lower().startswith("prime"))
        # and "the prime minister" is not the foreign minister
        and (not prime or p.title.lower().startswith(("prime", "premier")))
    ]
    if code is not None and not candidates:
        # "the Russian leader" is the Russian named before; "the Brazilian president" is not the
        # Brazilian foreign minister named before: a named office must not contradict the person's.
        candidates = [
            p
            for p in people.persons
            if p.id in seen
            and p.country == code
            and (
                head not in _NAMED_OFFICES
                or not p.title
                or _office_fits(head, p.title)
                or _chancellor_of_foreign_affairs(head, p.title, code)
            )
        ]
    in_sentence = {m.person for m in mentions}
    candidates = [p for p in candidates if p.id not in in_sentence]
    if not candidates and code is None and own is not None and " " in ref.group(0).strip():
        # A ministry's release: "the Foreign Secretary met ..." long before "Foreign Secretary A
        # said:": the one person the story names with exactly that office, anywhere after.
        said = re.sub(r"^the\s+", "", ref.group(0).strip(), flags=re.IGNORECASE).lower()
        ahead = {m.person for m in people.mentions if m.sentence > sentence} - seen
        later = [p for p in people.persons if p.id in ahead and (p.title or "").lower() == said]
        if len(later) == 1:
            return later[0].id
    if not candidates and code is not None:
        # "The Vietnamese president was welcomed by X. President Y is on a state visit": a
        # reference that points ahead to the one such person named in the next sentences.
        ahead = {m.person for m in people.mentions if sentence < m.sentence <= sentence + 2} - seen
        later = [
            p
            for p in people.persons
            if p.id in ahead and p.country == code and p.title and head in p.title.lower().split()
        ]
        if len(later) == 1:
            return later[0].id
    if not candidates and code is not None:
        # "The US president" when the story's protagonist has no stated office or state: it is them,
        # and now we know both.
        protagonist = _protagonist(people, seen - in_sentence)
        if protagonist is not None and protagonist.country is None and protagonist.title is None:
            protagonist.country = code
            protagonist.title = ref.group("head").strip().capitalize()
            return protagonist.id
        # "the Vietnamese Government leader" for the protagonist whose state the text has not yet
        # given, when the office the reference names fits theirs.
        if (
            protagonist is not None
            and protagonist.country is None
            and (head not in _NAMED_OFFICES or _office_fits(head, protagonist.title or ""))
        ):
            return protagonist.id
    if len(candidates) > 1 and own is not None and not adj and not ref.group("visiting"):
        # A ministry's own release: "the Minister" is its own minister, however often the host
        # was named ("the visiting Prime Minister" is the guest).
        ours = [p for p in candidates if p.country == own]
        if len(ours) == 1:
            return ours[0].id
    if len(candidates) > 1:
        # "The Foreign Minister", with a foreign minister and a "Minister for Foreign Affairs and
        # External Trade" named: the one whose office the reference repeats word for word
        said = re.sub(r"^the\s+", "", ref.group(0).strip(), flags=re.IGNORECASE).lower()
        exact = [p for p in candidates if (p.title or "").lower() == said]
        # not against a "Federal Foreign Minister": an office holding the words is as good a fit
        holding = [p for p in candidates if said in (p.title or "").lower()]
        if len(exact) == 1 and len(holding) == 1 and " " in said:
            return exact[0].id
    if len(candidates) > 1:
        # Several presidents: the article's protagonist, if one is clearly mentioned most.
        counts = sorted(
            ((sum(m.person == p.id for m in people.mentions), p.id) for p in candidates), reverse=True
        )
        if counts[0][0] > counts[1][0]:
            return counts[0][1]
        tied = [p for p in candidates if sum(m.person == p.id for m in people.mentions) == counts[0][0]]
        full = [p for p in tied if not _JUNIOR_OFFICE.search(p.title or "")]
        if len(full) == 1 and len(tied) == 2 and (not adj or not junior):
            return full[0].id  # "the Minister", with a minister and a minister of state: the minister
        # A tie: the one the previous sentence opened with, its subject ("President A flew to B, where
        # he met his host President C. The President was accompanied by ...").
        previous = sorted((m for m in people.mentions if m.sentence == sentence - 1), key=lambda m: m.start)
        ids = {p.id for p in candidates}
        opener = next((m.person for m in previous), None)
        return opener if opener in ids else None
    return candidates[0].id if candidates else None


def _deputy_in(title: str, head: str) -> bool:
    """Whether the office the head word names is a deputy's: "Deputy Prime Minister and Minister of
    Foreign Affairs" holds a minister's office that is no deputy's."""
    parts = [p for p in re.split(r"\s+and\s+", title) if head in p.lower().split()] or [title]
    return all(_DEPUTY.search(p) is not None for p in parts)


def _office_heads(title: str) -> set[str]:
    """The words an office is referred back by: its first and last word, and the last word before
    its "for"/"of"/"to" phrase ("UN Special Envoy for Yemen" -> "the envoy")."""
    words = title.lower().split()
    core = re.split(r"\s+(?:for|of|to)\s+", title.lower())[0].split()
    # "Head of the Office of the President" is no president: a last word after "of" is not the office
    last = words[-1:] if core == words else []
    return set(words[:1] + last + core[-1:])


def _visitor(people: PeopleResult, mentions: list[Mention], sentence: int, home: str | None) -> int | None:
    """'the visitor', 'the guest': the person named so far who is not of the dateline's or the
    article's main host state -- approximated by the most-mentioned person not in this sentence.
    When that person is of no stated state or of the dateline's, and someone of another state was
    named, the visitor is the most-mentioned (then the first-named) of those foreigners: the host
    is often the one named most."""
    in_sentence = {m.person for m in mentions}
    before = [m for m in people.mentions if m.sentence < sentence and m.person not in in_sentence]
    seen = {m.person for m in before}
    found = _protagonist(people, seen)
    if home is None or (found is not None and found.country not in (None, home)):
        return found.id if found is not None else None
    foreign = [m.person for m in before if people.persons[m.person].country not in (None, home)]
    if not foreign:
        return found.id if found is not None else None
    counts = {p: sum(m.person == p for m in people.mentions) for p in foreign}
    most = max(counts.values())
    return next(p for p in foreign if counts[p] == most)


def _protagonist(people: PeopleResult, among: set[int]) -> Person | None:
    """The person mentioned most (at least twice), if one clearly is."""
    counts = sorted(((sum(m.person == p for m in people.mentions), p) for p in among), reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return people.persons[counts[0][1]]


def _in_compound(text: str, place: Place) -> bool:
    """ "the Singapore-Cambodia Bilateral Consultations": a state's city in a compound names the two
    sides, not where the event was."""
    return bool(
        re.match(r"[-–][A-Z]", text[place.end : place.end + 2])
        or re.search(r"[A-Za-z][-–]$", text[: place.start])
    )


def event_city(view: SentenceView, at: int) -> Place | None:
    """Where an event took place: a city 'in'/'at' after the trigger, else any city after it, else before."""
    text = view.sentence.text
    # "Foreign Minister Tao Lin of Singapore", "envoys from Seoul": whom a person serves, or where
    # they came from, is not where the event was
    cities = [
        p
        for p in view.places
        if p.is_city
        and not re.search(r"\b(?:of|from)\s+(?:the\s+)?$", text[max(0, p.start - 10) : p.start])
        and not names_a_regime(text, p)
        and not _in_compound(text, p)
    ]
    # "..., before travelling to Nuku'alofa, where she called on the King": the event is in the
    # city its "where" clause hangs on
    # ("Brazzaville, Republic of Congo, where he met ...": the city's state may stand between)
    # ("arrived from Brussels, where he had attended the summit": where he came from is where its
    # "where" clause was)
    hosts = [
        p
        for p in view.places
        if p.is_city
        and not names_a_regime(text, p)
        and p.end <= at
        and re.match(r"\s*,\s*(?:[A-Z][^,;.]{0,40},\s*)?where\b", text[p.end :])
    ]
    if hosts and not re.search(r"[;]", text[hosts[-1].end : at]):
        return hosts[-1]
    after = [p for p in cities if p.start >= at]
    marked = [
        p for p in after if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, p.start - 12) : p.start])
    ]
    # "held talks with X, before travelling to Y": a later trip's destination is not this event's place
    onward = [
        p for p in after if re.search(r"\b(?:to|for|towards?)\s+$", text[max(0, p.start - 10) : p.start])
    ]
    fronted = [p for p in cities if p.end <= at and re.match(r"\s*(?:In|At)\s+(?:the\s+)?$", text[: p.start])]
    if not marked and fronted and len(onward) == len(after):
        return fronted[0]  # "In Suva, Wong held talks with ..."
    choices = marked or after or cities
    return choices[0] if choices else None


T = TypeVar("T")


def unique(items: Iterable[T | None]) -> list[T]:
    """Items in first-seen order, without repeats or Nones."""
    seen: list[T] = []
    for item in items:
        if item is not None and item not in seen:
            seen.append(item)
    return seen


def visit_end_date(views: list[SentenceView]) -> str | None:
    """The day a visit ended, from a 'returned home Monday' style sentence."""
    for view in views:
        cue = RETURN_CUE.search(view.sentence.text)
        if cue:
            days = [d.value for d in view.dates if as_day(d.value) and d.start > cue.start() - 40]
            if days:
                return days[0]
    return None


def people_on_trips(context: FactContext, trips: set[tuple[str | None, str | None]]) -> list[int]:
    """The people whose latest trip that happened is one of `trips` (destination, date)."""
    return [
        p.id
        for p in context.people.persons
        if (trip := context.trips.get(p.name)) is not None
        and trip.status == "happened"
        and (trip.country, trip.date) in trips
    ]
