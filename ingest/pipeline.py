"""The extraction pipeline: clean -> NLP -> people -> facts -> record.

`extract_article` is the one function both `diplograph extract` and the
graph ingest call.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ingest.bodies import serves_a_body
from ingest.clean import clean_text, dateline_state
from ingest.context import unique
from ingest.countries import country_from_name
from ingest.dates import find_dates
from ingest.event_places import with_event_places
from ingest.facts import FactContext, build_views, extract_facts, visit_end_date
from ingest.home_side import dateline_states, returned_home_states
from ingest.lone_state import lone_states
from ingest.meeting_verbs import group_meeting_story
from ingest.name_words import without_royal_style
from ingest.nlp import Sentence, load_nlp, sentences
from ingest.organizations import find_organizations
from ingest.outlets import outlet_state, own_release
from ingest.people import PeopleResult, find_mentions, group_people, has_a_full_name, mark_former
from ingest.places import Place, find_places
from ingest.ruling_houses import ruling_house_states
from ingest.schema import Article, ExtractionRecord, Fact, PersonRecord
from ingest.states import infer_states
from ingest.transcripts import speakers_by_paragraph

# News articles run to a few thousand words; past this a "page" is a dump, and reading all of it
# would cost minutes for nothing the graph needs.
MAX_CHARS = 100_000
_ENGLISH = re.compile(
    r"\b(?:the|and|of|to|in|on|with|was|for|that|said|is|are|has|have|his|her|a|an|by|at|from|will|this)\b",
    re.IGNORECASE,
)


def looks_english(text: str) -> bool:
    words = text.split()
    if len(words) < 8:
        return True
    return len(_ENGLISH.findall(text[:5000])) / min(len(words), 800) > 0.06


def extract_article(article: Article, model_name: str = "en_core_web_sm") -> ExtractionRecord:
    """Extract persons, organizations and dated facts from one article."""
    published = article.published
    record = ExtractionRecord(id=article.id, published=published.isoformat() if published else None)
    if published is None:
        record.warnings.append("no publication date: relative dates are left unresolved (null)")
    text = article.text
    if len(text) > MAX_CHARS:
        record.warnings.append(f"article is {len(text)} characters; only the first {MAX_CHARS} were read")
        text = text[:MAX_CHARS]
    body = clean_text(text, article.title)
    if not body.paragraphs:
        record.warnings.append("no article body found (only navigation, headlines or widgets)")
        return record
    if not looks_english(body.text):
        record.warnings.append("the text does not look like English; nothing was extracted")
        return record
    nlp = load_nlp(model_name)
    sents = sentences(nlp, body.paragraphs)
    people = group_people(sents, find_mentions(sents))
    mark_former(sents, people)
    dateline = _dateline_place(body.dateline_place)
    # "Riyadh, March 05, 2024, SPA -- ... received today": a wire's dateline day is its "today",
    # though the page went out the day after
    today = dateline_day(body.dateline_head, published) or published
    outlet = outlet_state(article.source)
    release = own_release(article.source)
    own = outlet if release else None
    first_reading = people.model_dump()
    record.facts = _facts(sents, people, today, dateline, outlet, own)
    links = _article_states(sents, people, record.facts, dateline)
    home = dateline or _dateline_place(body.byline_place)
    # Where each meeting was, from the events around it (not the dateline), so a host met abroad in
    # a sentence that names no place is not taken for one of the home side
    placed = with_event_places(record.facts, None, today, {})
    dateline_states(sents, people, home, placed, outlet, links, release)
    returned_home_states(sents, people, home, outlet, placed, links)
    # a ruling house outweighs the dateline's guess before the sides are read again, not only after
    ruling_house_states(people.persons)
    _no_state_for_bodies(people)
    # A second reading, now that whom each person serves is known: sides, attendees and companions
    # told before the text named a person's state pair up right this time.  When the steps above
    # learnt nothing new about anyone, it would only repeat the first.
    if people.model_dump() != first_reading:
        record.facts = _facts(sents, people, today, dateline, outlet, own)
    # Last, the one state around a person (after the facts: a guess read from them, not for them);
    # the dateline's, not the outlet's (a national outlet's roundup names foreigners bare too).
    lone_states(sents, people, home.country if home else None, record.facts)
    ruling_house_states(people.persons)
    _no_state_for_bodies(people)
    record.facts = _with_signers_states(_without_trips_home(record.facts, people), people)
    record.facts = _with_main_states(record.facts, _main_countries(people, sents))
    record.facts = with_event_places(
        record.facts, dateline, today, {p.name: p.country for p in people.persons if p.country}
    )
    record.persons = _person_records(people)
    record.organizations = find_organizations(sents, people)
    for org in record.organizations:
        for person in record.persons:
            if person.name in org.members and person.organization is None:
                person.organization = org.name
    return record


def _no_state_for_bodies(people: PeopleResult) -> None:
    """A UN or AU official serves no state, whatever the dateline or the people around suggest."""
    for person in people.persons:
        if serves_a_body(person.title):
            person.country, person.country_inferred = None, False


def _facts(
    sents: list[Sentence],
    people: PeopleResult,
    published: date | None,
    dateline: Place | None,
    outlet: str | None = None,
    own: str | None = None,
) -> list[Fact]:
    views = build_views(sents, people, published, dateline.country if dateline else None, own)
    context = FactContext(published=published, people=people, main_countries=_main_countries(people, sents))
    context.visit_end = visit_end_date(views)
    context.group_meeting = group_meeting_story(views)
    context.dateline = dateline
    context.outlet = outlet
    context.speakers = speakers_by_paragraph(sents, people.persons)
    return extract_facts(views, context)


def _without_trips_home(facts: list[Fact], people: PeopleResult) -> list[Fact]:
    """'The minister left for New Delhi on Thursday evening': once the text has said whom each person
    serves, a trip to their own state is the way home, not a visit."""
    stated = {p.name: p.country for p in people.persons if p.country and not p.country_inferred}
    return [f for f in facts if not (f.type == "VISITED" and f.person and stated.get(f.person) == f.country)]


def _with_signers_states(facts: list[Fact], people: PeopleResult) -> list[Fact]:
    """A signing told before the text said whom its signers serve: their states, once known, are
    the parties (when they name more states than the signing had)."""
    served = {p.name: p.country for p in people.persons if p.country}
    updated = []
    for f in facts:
        states = list(dict.fromkeys(served[n] for n in f.parties or [] if n in served))
        # every signer's state known and two of them: they are the parties, whatever the
        # sentence's other states suggested
        all_known = bool(f.parties) and all(n in served for n in f.parties or [])
        if (
            f.type == "SIGNED"
            and len(states) >= 2
            and (
                len(states) > len(f.countries or []) or (all_known and set(states) != set(f.countries or []))
            )
        ):
            f = f.model_copy(update={"countries": states})
        updated.append(f)
    return updated


def _with_main_states(facts: list[Fact], main: list[str]) -> list[Fact]:
    """ "The agreements were signed by ministers of the two countries", told before the text said
    whom the host serves: a signing with no named signer and one state takes the article's other
    main state, now that every person's state is known."""
    return [
        f.model_copy(update={"countries": unique([*(f.countries or []), *main])[:2]})
        if f.type == "SIGNED" and not f.parties and len(f.countries or []) == 1 and len(main) == 2
        else f
        for f in facts
    ]


def dateline_day(head: str | None, published: date | None) -> date | None:
    """The day a dateline states, when it is the publication day or up to three days before it."""
    if not head or published is None:
        return None
    days = [d.value for d in find_dates(head, published) if d.value and len(d.value) == 10]
    if len(days) != 1:
        return None
    day = date.fromisoformat(days[0])
    return day if 0 <= (published - day).days <= 3 else None


def _dateline_place(name: str | None) -> Place | None:
    # "KUWAIT, Jan 14 (KUNA) --": a state of one city datelined by the state's name.
    code = (dateline_state(name) or country_from_name(name)) if name else None
    if name is None or code is None:
        return None
    return Place(start=0, end=0, text=name, country=code, is_city=True)


def _main_countries(people: PeopleResult, sents: list[Sentence]) -> list[str]:
    """The article's two main states: those its people serve, then those it names most."""
    counts = Counter(p.country for p in people.persons if p.country)
    ranked = [code for code, _ in counts.most_common()]
    if len(ranked) < 2:
        named = Counter(place.country for sent in sents for place in find_places(sent) if not place.is_city)
        ranked += [code for code, _ in named.most_common() if code not in ranked]
    return ranked[:2]


def _article_states(
    sents: list[Sentence], people: PeopleResult, facts: list[Fact], dateline: Place | None
) -> list[tuple[int, int]]:
    ids = {p.name: p.id for p in people.persons}
    visits = {
        (ids[f.person], f.country) for f in facts if f.type == "VISITED" and f.person in ids and f.country
    }
    pairs = {
        (ids[a], ids[b])
        for f in facts
        if f.type in ("MET", "CALLED", "SIGNED")
        for a in (f.persons or f.parties or [])
        for b in (f.persons or f.parties or [])
        if a != b and a in ids and b in ids
    }
    return infer_states(
        sents, people.mentions, people.persons, visits, pairs, dateline.country if dateline else None
    )


_QUOTED_NICKNAME = re.compile(r"\s+[\"“‘'][A-Z][\w-]*[\"”’']\s+")


def _person_records(people: PeopleResult) -> list[PersonRecord]:
    records = []
    for person in people.persons:
        if not has_a_full_name(person):
            continue
        aliases = [f for f in person.forms if f != person.name and len(f.split()) > 1]
        regnal = without_royal_style(person.name)
        if regnal != person.name and regnal not in aliases:
            aliases.append(regnal)  # "King Abdullah II" is also written "Abdullah II"
        # 'Chatchai "Big" Rattanakorn' is also written without the nickname
        bare = _QUOTED_NICKNAME.sub(" ", person.name)
        if bare != person.name and bare not in aliases:
            aliases.append(bare)
        records.append(
            PersonRecord(
                name=person.name,
                aliases=aliases,
                title=None if person.title_from_counterpart else person.title,
                country=person.country,
                country_inferred=person.country_inferred and person.country is not None,
            )
        )
    return records
