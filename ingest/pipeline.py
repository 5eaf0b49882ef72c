"""The extraction pipeline: clean -> NLP -> people -> facts -> record.

`extract_article` is the one function both `diplograph extract` and the
graph ingest call.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.clean import clean_text
from ingest.countries import country_from_city
from ingest.facts import FactContext, build_views, extract_facts, visit_end_date
from ingest.nlp import Sentence, load_nlp, sentences
from ingest.organizations import find_organizations
from ingest.outlets import outlet_state
from ingest.people import PeopleResult, find_mentions, group_people
from ingest.places import Place, find_places
from ingest.schema import Article, ExtractionRecord, Fact, PersonRecord
from ingest.states import infer_states, named_elsewhere, office_taken

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
    views = build_views(sents, people, published)
    context = FactContext(published=published, people=people, main_countries=_main_countries(people, sents))
    context.visit_end = visit_end_date(views)
    context.dateline = _dateline_place(body.dateline_place)
    record.facts = extract_facts(views, context)
    _article_states(sents, people, record.facts, context.dateline)
    _dateline_states(sents, people, context.dateline, record.facts, outlet_state(article.source))
    record.persons = _person_records(people)
    record.organizations = find_organizations(sents, people)
    for org in record.organizations:
        for person in record.persons:
            if person.name in org.members and person.organization is None:
                person.organization = org.name
    return record


def _dateline_place(name: str | None) -> Place | None:
    code = country_from_city(name) if name else None
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
) -> None:
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
    infer_states(
        sents, people.mentions, people.persons, visits, pairs, dateline.country if dateline else None
    )


def _dateline_states(
    sents: list[Sentence], people: PeopleResult, dateline: Place | None, facts: list[Fact], outlet: str | None
) -> None:
    """An official with a title and no stated state, in a story filed from a capital, who is not
    reported travelling there nor meeting its people: the host state's ("Prime Minister X" in a
    piece from Addis Ababa). Without a dateline, a national outlet's state plays its part
    (ingest/outlets.py)."""
    here = dateline.country if dateline else outlet
    if here is None:
        return
    travellers = {f.person for f in facts if f.type == "VISITED" and f.country == here}
    # Who met one of the host state's people is the other side ("Putin met Kim", filed from Pyongyang).
    home = {p.name for p in people.persons if p.country == here}
    state_of = {p.name: p.country for p in people.persons}
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

    def where(f: Fact, name: str) -> str | None:
        """Where a meeting was: its own place, else the one trip of the partner who travelled."""
        if f.country:
            return f.country
        went = {c for o in f.persons or [] if o != name for c in trips.get(o, set())}
        return next(iter(went)) if len(went) == 1 else None

    # A meeting planned abroad counts as well ("on Friday she will meet X" on a trip to Tokyo).
    abroad: dict[str, set[str | None]] = {
        name: {where(f, name) for f in met.get(name, []) + planned.get(name, [])}
        for name in met.keys() | planned.keys()
        if name not in visitors
    }
    abroad = {name: places for name, places in abroad.items() if None not in places and here not in places}
    # Someone only mentioned, in sentences about other states, is no host ("U.S. voters choose between
    # Vice President X and ..." in a story from Moscow).
    actors = {
        n for f in facts for n in [*(f.persons or []), *(f.parties or []), *([f.person] if f.person else [])]
    }
    for person in people.persons:
        if (
            person.country is None
            and person.title
            and person.name not in travellers | guests | abroad.keys()
            and not office_taken(person, here, people.persons)
            and not (person.name not in actors and named_elsewhere(person, sents, people.mentions, here))
        ):
            person.country = here
            person.country_inferred = True
    for person in people.persons:
        places = abroad.get(person.name, set())
        if person.country is None and person.title and len(places) == 1:
            # Met only in one other state, by someone who travelled there: its host ("Kwon will meet
            # X on Friday", on Kwon's trip to Tokyo).
            code = next(iter(places))
            if code and not office_taken(person, code, people.persons):
                person.country = code
                person.country_inferred = True
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


def _person_records(people: PeopleResult) -> list[PersonRecord]:
    records = []
    for person in people.persons:
        if len(person.name.split()) < 2 and not person.title:
            continue
        aliases = [f for f in person.forms if f != person.name and len(f.split()) > 1]
        records.append(
            PersonRecord(
                name=person.name,
                aliases=aliases,
                title=person.title,
                country=person.country,
                country_inferred=person.country_inferred and person.country is not None,
            )
        )
    return records
