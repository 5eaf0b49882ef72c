"""Repairs of the small parser's known misreadings of news sentences, made once per sentence
before any rule reads the parse (`Parse.__init__` calls `repair_parse`).

Each repair re-hangs a few tokens where a sentence's shape says the parser went wrong: a subject
lost in a fronted phrase, a name hung on a venue, a holder's name hung on the verb after a long
office, the verb after a relative clause or a long apposition taken for part of it, the object
of "with" taken for the subject of a trailing "the ministry said" or of a purpose clause ("with
A to brief him").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.lexicon import REPORTING_VERBS
from ingest.name_words import PERSON_NOUNS
from ingest.titles import TITLE_HEADS

if TYPE_CHECKING:
    from ingest.syntax import Parse

# Office words the parser may leave holding no name ("the Taoiseach, A"); their holders follow.
_OFFICE_WORDS = frozenset(h.lower() for h in TITLE_HEADS if " " not in h)


def repair_parse(parse: Parse) -> None:
    lift_fronted_subject(parse)
    rehang_people_after_venues(parse)
    rehang_holders_after_offices(parse)
    verb_after_a_relative_clause(parse)
    verb_after_an_apposition(parse)
    with_before_a_purpose(parse)
    object_before_a_reporting_clause(parse)
    visiting_as_an_adjective(parse)


def lift_fronted_subject(parse: Parse) -> None:
    """ "At the invitation of A, <A's offices>, B, <B's offices>, is paying a visit ...": the
    parser, lost in the appositions, hangs B as a conjunct inside the fronted phrase and leaves
    the verb without a subject. B, the last person named there before ", is paying", is it."""
    root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
    if root is None or not parse.tokens[root].tag.startswith("VB"):
        return
    if parse.children(root, "nsubj", "nsubjpass", "expl", "csubj"):
        return
    fronted = [p for p in parse.children(root, "prep") if p < root and parse.tokens[p].i == 0]
    before = [a for a in parse.children(root, "aux", "auxpass") if a < root] or [root]
    if not fronted or before[0] == 0:
        return
    inside = parse.subtree(fronted[0])
    last = before[0] - 1
    if parse.tokens[last].text == ",":
        candidates = [
            t
            for t in sorted(inside)
            if parse.tokens[t].dep == "conj"
            and parse.tokens[t].tag == "NNP"
            and t in parse.person_of
            and parse.head(t) is not None
            and parse.person_of.get(parse.head(t) or 0) != parse.person_of[t]
        ]
    elif last in inside and last in parse.person_of and parse.tokens[last].dep == "appos":
        # "In Muscat, Iran's deputy minister X arrived on Monday": X, read as the place's
        # apposition, is the one who arrived
        candidates = [last]
    else:
        return
    if not candidates:
        return
    lifted = candidates[-1]
    parse.tokens = [
        t.model_copy(update={"head": root, "dep": "nsubj"}) if t.i == lifted else t for t in parse.tokens
    ]
    parse.index_children()


def visiting_as_an_adjective(parse: Parse) -> None:
    """ "Visiting Chinese Vice Premier A on Tuesday called on B": the parser reads "Visiting" as
    a clausal subject with A its object; A is the subject of the main verb."""
    root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
    first = parse.tokens[0] if parse.tokens else None
    if (
        root is None
        or first is None
        or first.lower_text() != "visiting"
        or first.dep not in ("csubj", "advcl")
    ):
        return
    if parse.children(root, "nsubj", "nsubjpass"):
        return
    person = next((o for o in parse.children(0, "dobj") if o in parse.person_of), None)
    if person is None:
        return
    parse.tokens = [
        t.model_copy(update={"head": root, "dep": "nsubj"}) if t.i == person else t for t in parse.tokens
    ]
    parse.index_children()


def rehang_people_after_venues(parse: Parse) -> None:
    """ "called on President A at the palace and Prime Minister B at his office": the parser joins
    B to the palace; B is a second object of the verb, a conjunct of A."""
    moved = {}
    for tok in parse.tokens:
        venue = tok.head
        if tok.dep != "conj" or tok.i not in parse.person_of or venue == tok.i or venue in parse.person_of:
            continue
        at = parse.tokens[venue].head
        if parse.tokens[venue].dep != "pobj" or parse.tokens[at].lower_text() not in ("at", "in"):
            continue
        verb = parse.tokens[at].head
        objects = [
            o
            for o in [*parse.children(verb, "dobj"), *parse.pobjs(verb)]
            if o < venue and o in parse.person_of and parse.tokens[o].dep in ("dobj", "pobj")
        ]
        if parse.tokens[verb].pos == "VERB" and objects:
            moved[tok.i] = objects[-1]
    if not moved:
        return
    parse.tokens = [t.model_copy(update={"head": moved[t.i]}) if t.i in moved else t for t in parse.tokens]
    parse.index_children()


def rehang_holders_after_offices(parse: Parse) -> None:
    """ "held talks with the Tanaiste and Minister for Foreign Affairs, A, at ...": after a long
    office the parser hangs the name on the verb as an adverb; it is the office's apposition."""
    moved = {}
    for tok in parse.tokens:
        verb = tok.head
        if tok.dep not in ("npadvmod", "advmod", "dep") or tok.i not in parse.person_of or verb == tok.i:
            continue
        person = parse.person_of[tok.i]
        first = min(t for t, p in parse.person_of.items() if p == person)
        comma = first - 1
        if comma < 2 or parse.tokens[comma].text != "," or comma - 1 in parse.person_of:
            continue
        chain: list[int] = []
        at: int | None = comma - 1
        while at is not None and at != verb and at not in chain and len(chain) < 12:
            chain.append(at)
            at = parse.head(at)
        if any(t in parse.person_of for t in chain):
            continue
        # the highest office word on the way up: "Tanaiste" of "the Tanaiste and Minister for ..."
        office = next((t for t in reversed(chain) if _office_word(parse, t)), None) if at == verb else None
        if office is None:
            # "with Mauritanian Minister of Foreign Affairs, Cooperation and Mauritanians Abroad,
            # A": the office phrase's words, read back from the comma to its head word
            office = _office_before(parse, comma)
        if office is not None:
            moved[tok.i] = office
    if not moved:
        return
    parse.tokens = [
        t.model_copy(update={"head": moved[t.i], "dep": "appos"}) if t.i in moved else t for t in parse.tokens
    ]
    parse.index_children()


def _office_word(parse: Parse, t: int) -> bool:
    return parse.tokens[t].lemma.lower() in PERSON_NOUNS | _OFFICE_WORDS


def _office_before(parse: Parse, comma: int) -> int | None:
    """The head word of the office phrase that ends right before a comma, an object of its clause."""
    for t in range(comma - 1, max(comma - 15, -1), -1):
        tok = parse.tokens[t]
        if t in parse.person_of or not (
            tok.text[:1].isupper() or tok.text in (",", "of", "for", "and", "the")
        ):
            return None
        if _office_word(parse, t) and tok.dep in ("pobj", "dobj"):
            return t
    return None


def verb_after_a_relative_clause(parse: Parse) -> None:
    """ "X, who arrived here on Monday on a visit, called on Y today": the parser, lost in the
    relative clause, makes the name the root and the verb a modifier of the visit; the verb
    after the clause's closing comma is the sentence's, and the name its subject."""
    root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
    if root is None or root not in parse.person_of or parse.tokens[root].pos != "PROPN":
        return
    clauses = [c for c in parse.children(root, "relcl") if c > root]
    if not clauses:
        return
    inside = parse.subtree(clauses[0])
    verb = next(
        (
            t
            for t in sorted(inside)
            if t > clauses[0]
            and parse.tokens[t].tag in ("VBD", "VBZ", "VBP", "VBN")
            and parse.tokens[t].dep in ("acl", "conj", "advcl")
            and parse.tokens[t - 1].text == ","
            and not parse.children(t, "nsubj", "nsubjpass")
        ),
        None,
    )
    if verb is None:
        return
    updates = {verb: {"head": verb, "dep": "ROOT"}, root: {"head": verb, "dep": "nsubj"}}
    parse.tokens = [t.model_copy(update=updates[t.i]) if t.i in updates else t for t in parse.tokens]
    parse.index_children()


def verb_after_an_apposition(parse: Parse) -> None:
    """ "X, President of the Senate, received here yesterday Y, Vice Chairman of ...": the parser,
    lost in the appositions, makes X the root, the verb a modifier of X and Y another apposition
    of X. The verb after the comma is the sentence's, X its subject and Y, the first person named
    after it, its object."""
    root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
    if root is None or root not in parse.person_of or parse.tokens[root].pos != "PROPN":
        return
    verb = next(
        (
            c
            for c in parse.children(root, "acl")
            if c > root
            # the small model tags the verb as a participle here
            and parse.tokens[c].tag in ("VBD", "VBN")
            and parse.tokens[c - 1].text == ","
            and not parse.children(c, "nsubj", "nsubjpass", "dobj", "agent", "auxpass")
        ),
        None,
    )
    if verb is None:
        return
    named = next((a for a in parse.children(root, "appos") if a > verb and a in parse.person_of), None)
    if named is None or parse.person_of[named] == parse.person_of[root]:
        return
    updates = {
        verb: {"head": verb, "dep": "ROOT"},
        root: {"head": verb, "dep": "nsubj"},
        named: {"head": verb, "dep": "dobj"},
    }
    parse.tokens = [t.model_copy(update=updates[t.i]) if t.i in updates else t for t in parse.tokens]
    parse.index_children()


def with_before_a_purpose(parse: Parse) -> None:
    """ "spoke by phone on Monday with Minister A to brief him": the parser reads "with A to brief"
    as a clause of its own, A its subject; A is the object of "with", on the verb before."""
    updates: dict[int, dict[str, object]] = {}
    for purpose in parse.tokens:
        if purpose.dep != "advcl" or "to" not in parse.child_lemmas(purpose.i, "aux"):
            continue
        marks = [m for m in parse.children(purpose.i, "mark") if parse.tokens[m].lower_text() == "with"]
        named = [s for s in parse.children(purpose.i, "nsubj") if s in parse.person_of]
        if not marks or not named or not marks[0] < named[0] < purpose.i:
            continue
        updates[marks[0]] = {"head": purpose.head, "dep": "prep"}
        updates[named[0]] = {"head": marks[0], "dep": "pobj"}
    if not updates:
        return
    parse.tokens = [t.model_copy(update=updates[t.i]) if t.i in updates else t for t in parse.tokens]
    parse.index_children()


def object_before_a_reporting_clause(parse: Parse) -> None:
    """ "held talks with Secretary A, the council's press service reported": the parser takes
    the reporting clause for the object of "with" and A for its subject; A is the object."""
    moved: dict[int, dict[str, object]] = {}
    for tok in parse.tokens:
        prep = tok.head
        if tok.dep not in ("pcomp", "pobj") or tok.lemma.lower() not in REPORTING_VERBS or prep == tok.i:
            continue
        if parse.tokens[prep].lower_text() not in ("with", "by", "on", "between"):
            continue
        named = [s for s in parse.children(tok.i, "nsubj") if s in parse.person_of]
        subjects = [s for s in parse.children(tok.i, "nsubj") if s not in named]
        if not named or not subjects or named[0] > subjects[0]:
            continue
        if not any(parse.tokens[c].text == "," for c in range(named[0], subjects[0])):
            continue
        root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
        if root is None:
            continue
        moved[named[0]] = {"head": prep, "dep": "pobj"}
        moved[tok.i] = {"head": root, "dep": "parataxis"}
    if not moved:
        return
    parse.tokens = [t.model_copy(update=moved[t.i]) if t.i in moved else t for t in parse.tokens]
    parse.index_children()
