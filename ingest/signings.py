"""SIGNED facts: which agreements were signed, by whom, for which states."""

from __future__ import annotations

import re

from ingest.agreement_lists import A_LOT_OF, coordinated_agreements, split_plural_topics
from ingest.agreements import agreement_objects, counted_topics, semicolon_topics
from ingest.context import FactContext, SentenceView, event_city, unique
from ingest.fact_dates import sentence_date
from ingest.factuality import dated_in_past, is_unreal
from ingest.schema import Fact, FactStatus
from ingest.syntax import Parse, verb_above
from ingest.travel import token_at
from ingest.triggers import AGREEMENT_HEAD, EXCHANGED_DOCUMENTS, SIGN, planned_before

# "signed by A and B, in the presence of C": C watched, A and B signed.
_WITNESSES = re.compile(r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by|before)\b")


def witnesses_from(text: str, start: int) -> int:
    """Where the witnesses of a signing start being named after `start` (the text's end if never)."""
    found = _WITNESSES.search(text, start)
    return found.start() if found else len(text)


def signing_facts(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    text = view.sentence.text
    items = _items_sentence(view, context, fallback)
    if items:
        return items
    trigger = SIGN.search(text) or EXCHANGED_DOCUMENTS.search(text)
    if trigger is None:
        return []
    facts = _signing_at(view, context, fallback, trigger)
    known = {(f.agreement or "").lower() for f in facts}
    for later in _second_signings(view, trigger):
        facts += [
            f for f in _signing_at(view, context, fallback, later) if (f.agreement or "").lower() not in known
        ]
    return [
        f.model_copy(update={"agreement": name})
        for f in facts
        for name in (semicolon_topics(f.agreement) if f.agreement else [f.agreement])
    ]


def item_name(text: str) -> str:
    """ "a programme of consultations for 2025, which the ministers signed on Monday;" -> the name."""
    name = re.split(r",\s+(?:which|that|signed|to\s+be)\b", text.rstrip(";.").strip())[0]
    return re.sub(r"^(?:an?|the)\s+", "", name, flags=re.IGNORECASE)


_ITEMS_SENTENCE = re.compile(
    r"^(?:They|These|Those)\s+(?:are|were|include|included|includes)\s*:\s*(?P<body>.+)$"
)


def _items_sentence(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    """ "They are: an MoU on A; an agreement on B; and a memorandum on C, signed by X and Y.": after a
    signing told without its documents, each item is one; signers only for the item that names them."""
    text = view.sentence.text
    found = _ITEMS_SENTENCE.match(text)
    if found is None or len(context.main_countries) < 2:
        return []
    if context.last_signing is not None and not SIGN.search(text):
        return []  # a list with no signing of its own after a counted signing: signing_frames reads it
    persons = context.people.persons
    facts: list[Fact] = []
    offset = found.start("body")
    for part in re.split(r";\s*(?:and\s+)?", found.group("body")):
        start = text.find(part, offset)
        offset = start + len(part)
        name = item_name(part)
        if not (AGREEMENT_HEAD.search(name) or LISTED_DOCUMENT.search(name)):
            return []
        by = re.search(r",\s+signed\s+by\b", part)
        parties = (
            unique(
                [m.person for m in view.mentions if start + by.end() <= m.start < offset and m.person >= 0]
            )
            if by
            else []
        )
        facts.append(
            Fact(
                type="SIGNED",
                parties=[persons[p].name for p in parties],
                countries=list(context.main_countries[:2]),
                agreement=name,
                date=sentence_date(view, 0, fallback),
                evidence=text,
                status="happened",
                trigger="signed",
                basis="frame",
                date_source="its sentence" if view.dates else "the story so far",
            )
        )
    return facts if len(facts) >= 2 else []


def _none_signed(parse: Parse, at: int) -> bool:
    """ "no new agreements were signed", "signed no documents": a signing denied by its object."""
    return any(
        parse.tokens[d].lower_text() in ("no", "neither")
        for o in parse.children(at, "nsubjpass", "dobj")
        for d in parse.children(o, "det")
    )


def _second_signings(view: SentenceView, first: re.Match[str]) -> list[re.Match[str]]:
    """ "A and B signed a declaration on X, while the transport ministers signed an agreement on Y":
    a later signing verb with its own subject, heading a clause of its own."""
    if not view.sentence.tokens:
        return []
    parse = Parse(view.sentence.tokens, view.mentions)
    found = []
    for match in SIGN.finditer(view.sentence.text, first.end()):
        at = token_at(parse, match.start())
        if at is None or not parse.tokens[at].tag.startswith("VBD") or not parse.children(at, "nsubj"):
            continue
        if parse.tokens[at].dep in ("conj", "advcl", "ccomp") and parse.children(at, "dobj"):
            found.append(match)
    return found


def _signing_at(
    view: SentenceView, context: FactContext, fallback: str | None, trigger: re.Match[str]
) -> list[Fact]:
    text = view.sentence.text
    if not AGREEMENT_HEAD.search(text):
        return _unnamed_list_lead(view, context, trigger.start(), fallback)
    if re.search(r"\banniversary\s+of\s+(?:the\s+)?sign", text[: trigger.end()], re.IGNORECASE):
        return []  # "the 22nd anniversary of the signing of X" recalls a signing, it reports none
    if re.search(r"\bwithout\s+(?:the\s+|a\s+|any\s+)?$", text[: trigger.start()], re.IGNORECASE):
        return []  # "the talks ended without the signing of a treaty"
    if _SIGNED_SO_FAR.search(text[max(0, trigger.start() - 20) : trigger.end() + 40]):
        return []  # "the two countries have signed more than 30 documents": a tally, not a signing
    persons = context.people.persons
    signed_by = re.match(r"signed\s+(?:[\w,]+\s+){0,4}?by\b", text[trigger.start() : trigger.start() + 60])
    nominal = bool(
        re.match(r"(?:signing|exchange)\s+of", text[trigger.start() : trigger.start() + 14], re.IGNORECASE)
    )
    if signed_by or nominal:
        end = witnesses_from(text, trigger.end())
        parties = unique([m.person for m in view.mentions if trigger.end() < m.start < end])
    elif re.search(r"\b(?:was|were|been|be)\s+$", text[: trigger.start()]):
        parties = []  # "the treaty was signed in Pyongyang during X's visit": signers not named
    else:
        parties = unique([m.person for m in view.mentions if m.end <= trigger.start()])
    # The signers' states; short of two, the states the sentence names, then the article's main ones.
    countries = unique(persons[p].country for p in parties)
    if len(countries) < 2:
        countries = unique([*countries, *(p.country for p in view.places if not p.is_city)])
    if len(countries) < 2 and not parties:
        # "The two leaders witnessed the signing of ...": the states of the people at the signing
        witnesses = unique(persons[m.person].country for m in view.mentions if m.person >= 0)
        if len([w for w in witnesses if w]) == 2:
            countries = unique([*countries, *(w for w in witnesses if w)])
    if len(countries) < 2:
        countries = unique([*countries, *context.main_countries])[: max(2, len(countries))]
    names = _agreement_names(text, trigger.end())
    parse = Parse(view.sentence.tokens, view.mentions) if view.sentence.tokens else None
    at = token_at(parse, trigger.start()) if parse is not None else None
    if (
        parse is not None
        and at is not None
        and not trigger.group(0).lower().startswith(("put", "affix", "append"))
    ):
        parsed_names = agreement_objects(parse, at)
        if parsed_names is not None:
            names = parsed_names
            states = _subject_states(parse, at, view)
            if len(states) >= 2:
                countries = states
    coordinated = coordinated_agreements(text, trigger.end())
    if len(coordinated) > len(names):
        names = coordinated  # the parser let one name swallow the others
    listed = _colon_list(text, trigger.end())
    if listed and (not names or (len(listed) >= 2 and all(_counted(n) for n in names))):
        # "signed four new instruments: an agreement on A, an agreement on B and a contract for C".
        names = listed
    elif listed and all(A_LOT_OF.match(n) for n in names):
        names = listed  # "a package of documents was signed, including X": the lot is its items
    elif listed and all(_counted(n) for n in names):
        names = names + listed  # "signed five agreements, including an MoU on X": the count and X
    elif parse is not None and names and all(_counted(n) or BARE_AGREEMENT.match(n) for n in names):
        # "signed four agreements covering trade, energy, health and education": one per topic.
        earlier = context.last_signing
        before = (
            earlier.evidence
            if earlier is not None
            and _DOCUMENTS_SIGNED_BY.match(text)
            and view.sentence.index - context.last_signing_sentence <= 2
            else None
        )
        names = counted_topics(parse, text[trigger.start() :], before) or names
    names = [split for name in names for split in split_plural_topics(name)]
    set_off = _topics_set_off(text)
    if len(set_off) > len(names) or (set_off and all(BARE_AGREEMENT.match(n) for n in names)):
        names = set_off
    if not names and _LIST_LEAD_END.search(text):
        # "a number of documents were exchanged, among them:" with the items on lines of their own
        names = ["the following agreements"]
    if not names or not (parties or countries):
        return []
    if parse is not None and at is not None:
        unreal = is_unreal(parse, at, dated_in_past(view, context)) or _none_signed(parse, at)
        signers = _signers(parse, at)
        # "were signed by the Minister for ..., Dr A, and the Ivorian Minister ..., Mrs B": when the
        # parse loses the names in the offices, the ones read after "signed by" stand
        if signers is not None and (signers or not signed_by):
            parties = signers
    else:
        unreal = planned_before(text, trigger.start())
    if nominal and re.search(
        r"\b(?:targeted|slated|scheduled|planned|expected|due|set)\s+(?:for|to|in)\b",
        text[trigger.end() : trigger.end() + 80],
    ):
        unreal = True  # "with the signing of a treaty targeted for later this year"
    status: FactStatus = "planned" if unreal else "happened"
    when = sentence_date(_own_dates(view, parse, at), trigger.start(), fallback)
    stated = any(d.value for d in view.dates)
    if not stated and context.last_trip is not None and DURING_TRIP.search(text):
        # "During the visit, the two sides signed ...": the visit's date or span.
        when = context.last_trip.date
    elif not stated and _AFTER_THE_TALKS.match(text) and context.last_meeting_date is not None:
        # "Following the negotiations, the heads of state signed X": on the talks' day, not on the
        # arrival day told in between
        when = context.last_meeting_date
    elif not stated and _BACK_REFERENCE.match(text) and context.last_signing is not None:
        # "The agreements signed by the two co-chairs are the following:": the signing told before.
        when = context.last_signing.date
    place = event_city(view, trigger.start())
    return [
        Fact(
            type="SIGNED",
            parties=[persons[p].name for p in parties],
            countries=countries,
            agreement=name,
            date=when,
            place=place.text if place else None,
            evidence=text,
            status=status,
            trigger=trigger.group(0),
            date_source="its sentence" if stated else "the story so far",
        )
        for name in names
    ]


_AFTER_THE_TALKS = re.compile(
    r"(?:Following|After|At\s+the\s+end\s+of|On\s+the\s+sidelines\s+of)\s+(?:the|their|these)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meeting|discussions|summit)\b"
)
_COUNTED = re.compile(
    r"^(?:the\s+)?(?:following|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"a\s+number\s+of|a\s+series\s+of|new)\b|^(?:\w+\s+){0,3}(?:documents|instruments|agreements|accords|deals)$|"
    r"^(?:the\s+)?(?:\w+\s+){0,2}(?:documents|instruments|agreements|accords|deals|memoranda|memorandums|MoUs)\s+"
    r"(?:including|namely)\b",
    re.IGNORECASE,
)


_SIGNED_SO_FAR = re.compile(
    r"\b(?:have|has)\s+(?:so\s+far\s+|already\s+|jointly\s+)?signed\s+(?:more\s+than|over|nearly|almost|some|about|"
    r"around|dozens\s+of|hundreds\s+of)\b",
    re.IGNORECASE,
)


# "The documents, signed by A and B, cover ...": the documents of the signing told just before.
_DOCUMENTS_SIGNED_BY = re.compile(
    r"^(?:The|These|Those|All)\s+(?:\w+\s+)?(?:documents|agreements|memoranda|memorandums|MoUs|instruments|accords),\s+"
    r"signed\s+by\b"
)


_LIST_LEAD_END = re.compile(
    r"\b(?:including|among\s+them|among\s+which|namely|as\s+follows|the\s+following|which\s+include)\s*:\s*$",
    re.IGNORECASE,
)


def _counted(name: str) -> bool:
    return bool(_COUNTED.search(name.strip()))


def _colon_list(text: str, after: int) -> list[str]:
    """The items of a list that follows a colon after the signing verb, each an agreement."""
    lead = re.compile(r":|,?\s+(?:including|namely|among\s+them)\b:?").search(text, after)
    if lead is None or lead.start() - after > 80:
        return []
    # "..., government sources said": the list ends where the attribution begins.
    body = re.split(r",\s+(?:[\w-]+\s+){0,3}(?:said|says|reported|announced)\b", text[lead.end() :])[0]
    body = body.strip().rstrip(".")
    kind = re.search(
        r"\b(agreement|memorand(?:um|a)|protocol|treat(?:y|ies)|accord|document)s?\b",
        text[after : lead.start()],
    )
    if kind and re.match(r"one\s+on\s", body):
        # "signed twelve agreements, among them one on X and another on Y"
        topics = re.split(r",?\s+and\s+another\s+(?=on\s)|,\s*another\s+(?=on\s)", body[4:])
        stem = kind.group(1).lower().replace("treaties", "treaty").replace("memoranda", "memorandum")
        return [f"{stem} {t.strip()}" for t in topics] if len(topics) >= 2 else []
    if kind and re.match(r"on\s", body):
        # "signed three agreements: on visas, on consultations, and on youth": one per topic.
        topics = re.split(r",\s*(?:and\s+)?(?=on\s)|\s+and\s+(?=on\s)", body)
        stem = kind.group(1).lower().replace("treaties", "treaty").replace("memoranda", "memorandum")
        return [f"{stem} {t.strip()}" for t in topics] if len(topics) >= 2 else []
    parts = re.split(r"\s*;\s*(?:and\s+)?|,\s*(?:and\s+)?(?=(?:an?|the)\s)|\s+and\s+(?=(?:an?|the)\s)", body)
    items = [re.sub(r"^(?:an?|the)\s+", "", p.strip()) for p in parts if p.strip()]
    # "A package of documents was signed, including an agreement on X": one named item is enough
    # after a word that says it is one of the signed documents.
    least = 1 if lead.group(0) != ":" else 2
    return (
        items
        if len(items) >= least and all(AGREEMENT_HEAD.search(i) or LISTED_DOCUMENT.search(i) for i in items)
        else []
    )


# In a list of signed documents, these are documents too: "an exchange of notes on ...".
_BACK_REFERENCE = re.compile(
    r"(?:The|These|Those)\s+(?:[\w-]+\s+)?(?:agreements|documents|instruments|memorand)"
)
# "At the end of the meeting, the Foreign Ministers signed:" with the documents listed after it.
_SIGNED_COLON = re.compile(r"\bsigned(?:\s+the\s+following)?\s*:\s*$")
# "the following acts were signed by the two foreign ministers:"
_FOLLOWING_WERE_SIGNED = re.compile(
    r"\bthe\s+following\s+(?:[\w-]+\s+){0,2}(?:were|have\s+been)\s+signed\b[^:]{0,80}:\s*$", re.IGNORECASE
)


def _unnamed_list_lead(
    view: SentenceView, context: FactContext, start: int, fallback: str | None
) -> list[Fact]:
    """A lead that names no agreement but ends in "signed:": a placeholder the listed items replace."""
    text = view.sentence.text
    passive = _FOLLOWING_WERE_SIGNED.search(text)
    if not (_SIGNED_COLON.search(text[start:]) or passive) or len(context.main_countries) < 2:
        return []
    persons = context.people.persons
    end = witnesses_from(text, start)
    parties = unique(
        [m.person for m in view.mentions if (start < m.start < end if passive else m.end <= start)]
    )
    return [
        Fact(
            type="SIGNED",
            parties=[persons[p].name for p in parties],
            countries=list(context.main_countries[:2]),
            agreement="the following agreements",
            date=sentence_date(view, start, fallback),
            evidence=text,
            status="happened",
            trigger="signed",
            date_source="the story so far",
        )
    ]


LISTED_DOCUMENT = re.compile(
    r"\b(?:exchange\s+of\s+(?:notes|letters)|letters?\s+of\s+(?:intent|exchange)|minutes|programmes?|programs?|plan|roadmap|"
    r"framework|arrangement)\b",
    re.IGNORECASE,
)


DURING_TRIP = re.compile(
    r"\b(?:during|in the course of|on the sidelines of)\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|trip|tour|stay)\b|\bon the occasion\b",
    re.IGNORECASE,
)


def _subject_states(parse: Parse, i: int, view: SentenceView) -> list[str]:
    """'Jordan and Rwanda signed ...': the states named as the signing's subject."""
    subject_tokens: set[int] = set()
    for s in parse.subject(i) + parse.pobjs(i, "by"):
        subject_tokens |= set(parse.group(s))
    starts = {parse.tokens[t].start for t in subject_tokens}
    return unique(p.country for p in view.places if p.start in starts and not p.is_city)


def _signers(parse: Parse, i: int) -> list[int] | None:
    """The people who signed: the subject of 'signed', or its 'by' agent; None when the parse
    says nothing ('the signing of X' is read by the word-order rule)."""
    tok = parse.tokens[i]
    if not (tok.pos == "VERB" or tok.tag.startswith("VB")) or tok.dep in ("amod", "compound"):
        return None
    agents = [p for o in parse.pobjs(i, "by") for p in parse.persons_of(o)]
    if agents:
        # A long "by A and B" list the parser breaks: people after "by" still in this clause.
        by = min(b for b in parse.children(i, "agent", "prep") if parse.tokens[b].lower_text() == "by")
        agents += [
            p
            for t in range(by + 1, len(parse.tokens))
            if verb_above(parse, t) == i
            for p in parse.people_at.get(t, [])
        ]
        # "..., in the presence of the two leaders": those watched, they did not sign
        watching = [
            p
            for t in parse.tokens
            if t.lemma.lower() == "presence"
            for p in parse.persons(parse.subtree(t.i))
        ]
        return unique(a for a in agents if a not in watching) or unique(agents)
    if parse.children(i, "nsubjpass"):
        return agents
    found: list[int] = []
    for subject in parse.subject(i):
        found += parse.persons_of(subject)
    if found:
        # "Minister A and visiting Minister B put their signatures on ...": the parser may hang the
        # first of two coordinated signers on the verb as a bare noun phrase.
        found += [p for n in parse.children(i, "npadvmod") for p in parse.persons_of(n)]
    # "X inked a memorandum with his counterpart Y": the other signer.
    # "signed an agreement on cooperation in tourism with Y": the parser may hang "with" on the
    # object's last noun.
    holders = [i] + [t for o in parse.children(i, "dobj") for t in parse.subtree(o)]
    found += [p for h in holders for o in parse.pobjs(h, "with") for p in parse.persons_of(o)]
    return unique(found)


_AGREEMENT_PHRASE = re.compile(
    r"(?P<name>(?<![\w'’-])(?:(?!(?:which|that|who|was|were|is|are|to|has|have|had)\s)[\"“]?(?:[\w'’-]+|\d+)\s+){0,6}?"
    r"(?i:agreements?|treaty|treaties|memorand(?:ums|um|a)(?:\s+of\s+understanding)?|MoUs?|protocols?|contracts?|"
    r"accords?|pacts?|declarations?|joint\s+statements?|communiqu[eé]s?|charter|conventions?|partnership|documents|"
    r"instruments|deals?|arrangements?|final\s+acts?|minutes|terms\s+of\s+reference)(?:\s+(?i:agreement|treaty|accord|pact|declaration|charter|convention))?[\"”]?(?:\s*\([A-Z]{2,6}\))?"
    r"(?:\s+(?:on|of|for|to|in\s+the\s+field\s+of)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December|the\s+sidelines|"
    r"behalf)\b)"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,7}?"
    r"(?=\s*[,.;]|\s+(?:in|at|with|during|and|between|which|that|on|as|was|were|by)\b|\s*$))?)"
)
_LEAD_WORDS = re.compile(
    r"^(?:(?:a|an|the|their|its|his|her|two|both|several|new|also|have|has|had|were|was|"
    r"on|of|off|up|into|today|yesterday|landmark|historic)\s+)+",
    re.IGNORECASE,
)


_GAP = re.compile(r"^[\s,]*(?:(?:and|as\s+well\s+as|plus|including)\s+)?(?:[\w'’-]+\s+){0,3}?$")
BARE_AGREEMENT = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:agreements?|treaty|treaties|accords?|pacts?|deals?|documents?|memorand(?:um|ums|a)|"
    r"MoUs?|MOUs?|protocols?|instruments?|text)$"
    # "the following six memoranda of understanding", "following MoUs/Agreements", "texts of all
    # documents": a list's lead, not an agreement of its own
    r"|^(?:the\s+)?following\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)?\s*"
    r"(?:memoranda\s+of\s+understanding|MoUs|MOUs|agreements|documents|instruments|memoranda)"
    r"(?:\s*/\s*[A-Za-z]+)?$"
    r"|^texts?\s+of\s+(?:all\s+|the\s+)?(?:the\s+)?(?:documents|agreements)$",
    re.IGNORECASE,
)


def _agreement_names(text: str, after: int) -> list[str]:
    """Agreements named right after the signing verb ('signed X and Y'), else the last one before it."""
    names: list[str] = []
    window = text[after:]
    cursor = 0
    for match in _AGREEMENT_PHRASE.finditer(window):
        gap = window[cursor : match.start()]
        # "signed a law which makes the treaty ...": the treaty is not what was signed here.
        if not _GAP.match(gap) or re.search(r"\b(?:which|that|who|whose|law|bill|decree)\b", gap):
            break
        cursor = match.end()
        name = _LEAD_WORDS.sub("", match.group("name").strip())
        name = re.sub(r"^(?:and|or|signed|inked|concluded)\s+", "", name).strip('"“” ')
        if name and name.lower() not in {n.lower() for n in names}:
            names.append(name)
    if not names:
        before = text[:after]
        found = list(_AGREEMENT_PHRASE.finditer(before))
        if found:
            names.append(_LEAD_WORDS.sub("", found[-1].group("name").strip()))
    return [_from_last_determiner(n) for n in names[:6]]


_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+", re.IGNORECASE)


def _from_last_determiner(name: str) -> str:
    """'They discussed the implementation of the Treaty on X' -> 'Treaty on X'."""
    head = AGREEMENT_HEAD.search(name)
    if head is None:
        return name
    cuts = [m.end() for m in _DETERMINER.finditer(name, 0, head.start())]
    return name[cuts[-1] :] if cuts else name


# "The agreements, on A, on B and on C, were signed by ...": the topics set off by commas.
_TOPICS_SET_OFF = re.compile(
    r"\b(?P<kind>agreements|memoranda|memorandums|MoUs|accords|protocols),\s+(?P<topics>on\s+[^;:]+?),\s+"
    r"(?:were|have\s+been|had\s+been)\s+signed\b",
    re.IGNORECASE,
)
_SINGULAR = {"memoranda": "memorandum", "memorandums": "memorandum", "mous": "MoU"}


def _topics_set_off(text: str) -> list[str]:
    found = _TOPICS_SET_OFF.search(text)
    if found is None:
        return []
    kind = found.group("kind").lower()
    noun = _SINGULAR.get(kind, kind.rstrip("s"))
    topics = re.split(r",\s+(?:and\s+)?on\s+|\s+and\s+on\s+", found.group("topics")[3:])
    return [f"{noun} on {t.strip()}" for t in topics if t.strip()] if len(topics) >= 2 else []


def _own_dates(view: SentenceView, parse: Parse | None, at: int | None) -> SentenceView:
    """ "established relations in 1964 and signed an agreement in 2012": a date inside the signing
    verb's own phrase is its date; the other conjunct's is not."""
    if parse is None or at is None:
        return view
    # "A, who arrived on Wednesday, signed ... on Thursday": the aside dates the arrival
    asides = {
        u
        for t in parse.subtree(at)
        if parse.tokens[t].dep == "relcl" and at not in parse.subtree(t)
        for u in parse.subtree(t)
    }
    # "signed X and reviewed the accord signed in 2022": the next verb's phrase dates its own event
    asides |= {
        u
        for c in parse.children(at, "conj")
        if parse.tokens[c].tag.startswith("VB")
        for u in parse.subtree(c)
    }
    spans = [(parse.tokens[t].start, parse.tokens[t].end) for t in parse.subtree(at) if t not in asides]
    own = [d for d in view.dates if any(s <= d.start < e for s, e in spans)]
    aside_spans = [(parse.tokens[t].start, parse.tokens[t].end) for t in asides]
    # every date of the sentence dates an aside: the signing's is the story's, not theirs
    only_asides = bool(view.dates) and all(any(s <= d.start < e for s, e in aside_spans) for d in view.dates)
    return view.model_copy(update={"dates": own}) if own or only_asides else view


def drop_bare_signings(facts: list[Fact]) -> list[Fact]:
    """'The accord was signed ...' repeats a named agreement when the article names one."""
    signed = [f for f in facts if f.type == "SIGNED"]
    named = [f for f in signed if not BARE_AGREEMENT.match(f.agreement or "")]
    if not named and signed:
        named = signed[:1]  # "signed the agreements ... The signing of the agreements": one signing
    for bare in (f for f in facts if f.type == "SIGNED" and f not in named):
        # The bare mention may be the one that names the signers or the day: keep what it adds.
        twin = next(
            (
                n
                for n in named
                if n.status == bare.status and set(n.countries or []) & set(bare.countries or [])
            ),
            None,
        )
        if twin is not None:
            twin.parties = twin.parties or bare.parties
            stated = bare.date_source in ("its clause", "its sentence")
            carried = twin.date_source not in ("its clause", "its sentence")
            if bare.date and (twin.date is None or bare.evidence in twin.evidence or (stated and carried)):
                # "have signed an agreement ... The agreement was signed yesterday": the stated day.
                twin.date, twin.date_source = bare.date, bare.date_source
    return [f for f in facts if f.type != "SIGNED" or f in named]


def agreement_head(name: str | None) -> str:
    """'the Comprehensive Strategic Partnership Treaty' and 'the treaty' are one agreement."""
    found = list(AGREEMENT_HEAD.finditer(name or ""))
    head = (found[-1].group(0) if found else (name or "")).lower()
    return re.sub(r"(?:s|es)$", "", head) if not head.endswith("ss") else head
