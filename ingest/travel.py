"""Who travelled, read from the parse around a travel word (the where stays in visits.py).

The traveller is the travel verb's subject ("A and B arrived"), the possessor or "by"/"of"
object of a visit noun ("Lee's visit", "the visit by Lee"), the people a "visiting" modifies
("her visiting counterparts"), or the subject of the clause a visit noun sits in ("during his
visit, A met B" -> A).  People in other clauses, reporters and hosts are not travellers.
"""

from __future__ import annotations

from ingest.lexicon import GROUP_NOUNS, TRAVEL_NOUNS, TRAVEL_VERBS
from ingest.syntax import Parse, verb_above


def token_at(parse: Parse, char: int) -> int | None:
    for tok in parse.tokens:
        if tok.start <= char < tok.end:
            return tok.i
    return None


def travellers(parse: Parse, i: int) -> list[int] | None:
    """The travellers of the travel word at token i; None when the parse has no opinion."""
    tok = parse.tokens[i]
    lemma = tok.lemma.lower()
    if lemma in ("lead", "head"):
        return None  # "the delegation led by X": visits.py reads the leader
    if tok.dep == "amod" and lemma == "visit":
        head = parse.head(i)
        return parse.persons_of(head) if head is not None else []
    if tok.dep == "pcomp" and tok.lower_text() == "visiting":
        # "talks with visiting Minister X": the parser makes X the object of "visiting".
        guests = [p for o in parse.children(i, "dobj") for p in parse.persons_of(o)]
        if guests:
            return guests
    if lemma == "be" and parse.pobjs(i, "in"):
        # "Two days later he was in Riyadh, where he held talks": the trigger asked for a place and
        # a stay there; who was there is the subject, a resolved pronoun included
        return [p for s in parse.subject(i) for p in parse.persons_of(s)] or None
    if tok.pos == "VERB" or tok.tag.startswith("VB"):
        if lemma not in TRAVEL_VERBS:
            return None
        if parse.children(i, "nsubjpass") and lemma == "visit":
            return []  # "X was visited by Y": Y's persons are read by the meeting rules
        found: list[int] = []
        for s in parse.subject(i):
            found += parse.persons_of(s)
        head = parse.head(i)
        if not found and tok.dep == "relcl" and head is not None and _all_of_whom(parse, i):
            # "welcomed A, B and C, all of whom arrived in Jakarta this morning": A, B and C
            found = parse.persons_of(head)
        if found:
            # "travelled with the president", "arrived with his wife": companions travel too.
            for o in parse.pobjs(i, "with", "alongside"):
                found += parse.persons_of(o)
            found += _together_with_on_the_visit(parse, i)
            found += _companions(parse, [i, *parse.subject(i)])
            found += _delegation_headed(parse, i)
        return found
    if tok.pos in ("NOUN", "PROPN") and lemma in TRAVEL_NOUNS:
        owners = [
            o for o in parse.children(i, "poss") + parse.pobjs(i, "by", "of") if parse.tokens[o].pos != "PRON"
        ]
        found = []
        for owner in owners:
            found += parse.persons_of(owner) or _the_former_or_latter(parse, owner)
        if found or owners:
            return found  # "Sunday's visit" has no traveller here
        if (
            parse.children(i, "det")
            and parse.tokens[parse.children(i, "det")[0]].lower_text() in ("the", "that", "this")
            and not parse.pobjs(i, "to", "of")
            and not parse.children(i, "amod", "compound")
            and tok.dep in ("nsubj", "nsubjpass", "pobj")  # "began the tour in Dakar" is hers
        ):
            # "X said the visit opens a new cycle", "on the margins of the visit": the visit told
            # before; whoever is named near it did not make it.
            return []
        thanked = _thanked_for(parse, i) or _received_on_the_visit(parse, i)
        if thanked:
            return thanked
        if any(parse.tokens[o].lower_text() in ("his", "her", "their") for o in parse.children(i, "poss")):
            return _clause_subject(parse, i)
        if any(parse.tokens[d].lower_text() in ("a", "an") for d in parse.children(i, "det")):
            return _visit_of_the_clause(parse, i)
        if any(parse.tokens[d].lower_text() == "the" for d in parse.children(i, "det")) and parse.pobjs(
            i, "to"
        ):
            # "Within the framework of the official visit to Mongolia, X held talks": the clause's
            # subject, unless its verb is a host's ("received")
            subject = _visit_of_the_clause(parse, i)
            verb = verb_above(parse, i)
            return subject if verb is None or parse.tokens[verb].lemma.lower() not in _HOST_VERBS else None
    return None


def _all_of_whom(parse: Parse, verb: int) -> bool:
    """The relative clause's subject is "all of whom", "both of whom", "each of whom"."""
    return any(
        parse.tokens[s].lower_text() in ("all", "both", "each", "most")
        and any(parse.tokens[w].lower_text() == "whom" for w in parse.pobjs(s, "of"))
        for s in parse.children(verb, "nsubj")
    )


def _together_with_on_the_visit(parse: Parse, verb: int) -> list[int]:
    """ "arrived in Jakarta for a three-day visit, together with A and B": the parser hangs the
    companions on the visit noun."""
    nouns = [
        n
        for p in parse.children(verb, "prep")
        for n in parse.children(p, "pobj")
        if parse.tokens[n].lemma.lower() in TRAVEL_NOUNS
    ]
    return [
        p
        for noun in nouns
        for prep in parse.children(noun, "prep")
        if parse.tokens[prep].lower_text() == "with" and "together" in parse.child_lemmas(prep, "advmod")
        for o in parse.children(prep, "pobj")
        for p in parse.persons_of(o)
    ]


def _subject_people(parse: Parse, verb: int) -> list[int] | None:
    return [p for s in parse.subject(verb) for p in parse.persons_of(s)] or None


# "at the end of a two-day visit", "during a visit", "in the course of a visit": a visit the
# clause's own subject was making
_PART_OF_VISIT = frozenset(
    {
        "end",
        "course",
        "close",
        "conclusion",
        "start",
        "beginning",
        "part",
        "framework",
        "sideline",
        "sidelines",
        "margin",
        "margins",
    }
)


def _visit_of_the_clause(parse: Parse, i: int) -> list[int] | None:
    prep = parse.head(i)
    if prep is None or parse.tokens[i].dep != "pobj":
        return None
    above = parse.head(prep)
    if (
        parse.tokens[prep].lower_text() == "of"
        and above is not None
        and parse.tokens[above].lemma.lower() in _PART_OF_VISIT
    ):
        prep = parse.head(above)
        above = parse.head(prep) if prep is not None else None
    elif parse.tokens[prep].lower_text() != "during":
        return None
    if above is None or parse.tokens[above].pos not in ("VERB", "AUX"):
        return None
    return _subject_people(parse, above)


def _clause_subject(parse: Parse, i: int) -> list[int] | None:
    """ "A held talks with B on the fourth day of his five-day visit to X": "his" is the clause's
    subject, A, however far down the prepositions the visit sits."""
    at: int | None = i
    part_of = False
    for _ in range(6):
        at = parse.head(at) if at is not None else None
        if at is None:
            return None
        lemma = parse.tokens[at].lemma.lower()
        part_of = part_of or lemma in _PART_OF_VISIT or lemma == "day"
        if parse.tokens[at].pos in ("VERB", "AUX"):
            # "The Amir received X during his visit": whose visit a host's verb leaves open.
            if not part_of or lemma in _HOST_VERBS:
                return None
            return _subject_people(parse, at)
    return None


_HOST_VERBS = frozenset({"receive", "host", "welcome", "greet", "meet", "see"})


def _the_former_or_latter(parse: Parse, i: int) -> list[int]:
    """ "A received B, on the occasion of the latter's visit": B, the later of the two named."""
    word = parse.tokens[i].lower_text()
    if word not in ("former", "latter"):
        return []
    named: list[int] = []
    for t in range(i):
        person = parse.person_of.get(t)
        if person is not None and person not in named:
            named.append(person)
    if len(named) < 2:
        return []
    return [named[-1] if word == "latter" else named[-2]]


def _received_on_the_visit(parse: Parse, i: int) -> list[int]:
    """ "A received B ..., on the occasion of his visit to the country": the one received made the
    trip, not the host the pronoun would otherwise take."""
    if not any(parse.tokens[o].lower_text() in ("his", "her", "their") for o in parse.children(i, "poss")):
        return []
    t = i
    # up through "on the occasion of", and the guest's "and his accompanying delegation"
    for _ in range(8):
        head = parse.head(t)
        if head is None:
            return []
        if parse.tokens[head].pos == "VERB":
            if parse.tokens[head].lemma.lower() not in RECEPTION_VERBS:
                return []
            guests = [p for o in parse.children(head, "dobj") for p in parse.persons_of(o)]
            # the parser may hang the guest elsewhere after the verb ("received at the Diwan X")
            return guests or parse.persons(t for t in range(head + 1, i) if parse.tokens[t].pos != "PRON")
        t = head
    return []


# Verbs whose object is the guest a later "on the occasion of his visit" is about.
RECEPTION_VERBS = frozenset({"receive", "welcome", "host", "greet"})


def _thanked_for(parse: Parse, i: int) -> list[int]:
    """ "A thanked B for his visit": the one thanked made the trip, not the one thanking."""
    prep = parse.head(i)
    if prep is None or parse.tokens[prep].lower_text() not in ("for", "on"):
        return []
    verb = parse.head(prep)
    if verb is None or parse.tokens[verb].lemma.lower() not in GRATITUDE_VERBS:
        return []
    return [p for o in parse.children(verb, "dobj") for p in parse.persons_of(o)]


# Verbs whose object is the one a following "for his visit" belongs to.
GRATITUDE_VERBS = frozenset({"thank", "congratulate", "commend", "praise", "welcome", "salute"})


def _companions(parse: Parse, holders: list[int]) -> list[int]:
    """ "arrived on Sunday, accompanied by his wife Y" / "X, accompanied by Y, arrived": Y too."""
    found: list[int] = []
    for holder in holders:
        for c in parse.children(holder, "advcl", "acl"):
            if parse.tokens[c].lemma.lower() == "accompany":
                found += [p for o in parse.pobjs(c, "by") for p in parse.persons_of(o)]
    return found


def _delegation_headed(parse: Parse, verb: int) -> list[int]:
    """ "arrived at the head of a delegation of ministers, including A and B": A and B too. The
    parser tangles long lists, so everyone inside the delegation's phrase counts."""
    found: list[int] = []
    for at in parse.children(verb, "prep"):
        if parse.tokens[at].lower_text() not in ("at", "with"):
            continue
        for head in parse.children(at, "pobj"):
            groups = [head] if _is_group(parse, head) else []
            if parse.tokens[head].lemma.lower() == "head":
                groups = [g for g in parse.pobjs(head, "of") if _is_group(parse, g)]
            for group in groups:
                found += parse.persons(sorted(parse.subtree(group)))
    return found


def _is_group(parse: Parse, i: int) -> bool:
    return parse.tokens[i].lemma.lower() in GROUP_NOUNS
