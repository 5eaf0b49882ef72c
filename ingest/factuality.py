"""Did the event happen?  Read from the trigger's own clause in the dependency parse.

Unreal: a modal ("will meet"), a negation ("did not meet"), a condition ("if they meet"), an
infinitive of purpose or plan ("arrived to meet", "plans to visit"), a governor of intention
("expected to sign", "interest in signing", "the necessity of meeting"), an adjective of the
future on an event noun ("the planned summit"), or "ahead of the talks".  Cues of other clauses
(a surname "May", a "not" about something else) do not count.
"""

from __future__ import annotations

from ingest.context import FactContext, SentenceView
from ingest.dates import interval
from ingest.lexicon import MODALS, NONFACT_GOVERNORS, NONFACT_MODIFIERS, NONFACT_PREPOSITIONS
from ingest.nlp import Token
from ingest.syntax import Parse

# Prepositions that place an event rather than aim at it.
_SETTINGS = frozenset({"at", "during", "in", "on", "after", "following", "amid", "with", "through", "over"})
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "dobj", "nsubjpass", "nsubj", "acomp", "purpose"})
_CONDITIONS = frozenset({"if", "unless", "whether", "once"})
_HEARSAY_NOUNS = frozenset({"report", "claim", "rumour", "rumor", "allegation", "speculation", "suggestion"})
# Dependencies through which an event inherits its governor's reality.
_INHERIT = frozenset(
    {"xcomp", "ccomp", "pobj", "prep", "dobj", "pcomp", "acomp", "conj", "nsubjpass", "nsubj", "attr", "amod"}
)


def _own_cues(parse: Parse, t: int, is_trigger: bool, via: str, purpose_ok: bool) -> bool:
    tok = parse.tokens[t]
    for c in parse.children(t):
        child = parse.tokens[c]
        word = child.text.lower()
        if child.dep in ("aux", "auxpass") and (word in MODALS or child.lemma.lower() in MODALS):
            return True
        if (
            child.dep == "aux"
            and child.tag == "TO"
            and tok.tag == "VB"
            and not _told_past(parse, t, purpose_ok)
        ):
            return True  # "to meet": a purpose or a plan, not a report
        if (
            child.dep == "aux"
            and child.tag == "TO"
            and tok.tag == "VBN"
            and any(parse.tokens[a].dep == "auxpass" for a in parse.children(t))
        ):
            return True  # "which is to be signed", "an accord to be signed": not yet
        if child.dep == "neg":
            return True
        if child.dep == "mark" and word in _CONDITIONS:
            return True
        if child.dep in ("amod", "compound") and word in NONFACT_MODIFIERS:
            return True
    # A verb governs through its complement ("plans to visit"), a noun through its
    # preposition ("interest in signing"); an adjunct ("agreed ... during the summit") does not.
    if not is_trigger and _governs_nonfact(tok) and (tok.pos in ("NOUN", "ADJ") or via in _COMPLEMENTS):
        return True
    if not is_trigger and tok.lemma.lower() == "discuss" and via == "nsubjpass":
        return True  # "a visit by X to Y is being discussed": talked of, not made
    if tok.dep == "pobj":
        prep = parse.head(t)
        if prep is not None and parse.tokens[prep].text.lower() in NONFACT_PREPOSITIONS:
            return True
        above = parse.head(prep) if prep is not None else None
        if above is not None and parse.tokens[above].text.lower() in ("ahead", "prior"):
            return True  # "ahead of the talks", "prior to the visit"
    return False


def _governs_nonfact(tok: Token) -> bool:
    # The small model's lemmatizer slips on some forms ("hoped" -> "hop"): the word itself, less
    # its inflection, counts too.
    word = tok.text.lower()
    return bool({tok.lemma.lower(), word, word[:-1], word[:-2]} & NONFACT_GOVERNORS)


def _told_past(parse: Parse, t: int, purpose_ok: bool) -> bool:
    """'paid a visit to X to hold talks' in a story of earlier days: the talks followed."""
    head = parse.head(t)
    return (
        purpose_ok
        and head is not None
        and parse.tokens[head].tag in ("VBD", "VBN")
        and parse.tokens[t].dep in ("advcl", "xcomp")
        # "is expected to travel", "was scheduled to visit": a plan, whenever the story is told
        and not _governs_nonfact(parse.tokens[head])
    )


def is_unreal(parse: Parse, trigger: int, purpose_ok: bool = False) -> bool:
    """True when the trigger's clause marks the event planned, hoped for, denied or hypothetical.

    `purpose_ok`: the story is told in the past ("On May 2 he flew to X to meet Y"), so a purpose
    infinitive reports what happened next rather than a plan."""
    t: int | None = trigger
    seen: set[int] = set()
    via = ""
    while t is not None and t not in seen:
        seen.add(t)
        if _own_cues(parse, t, t == trigger, via, purpose_ok):
            return True
        tok = parse.tokens[t]
        head = parse.head(t)
        if head is None:
            return False
        # "denied a report that she had met X": the clause of a hearsay noun shares its fate
        hearsay = tok.dep in ("acl", "ccomp") and parse.tokens[head].lemma.lower() in _HEARSAY_NOUNS
        if tok.dep not in _INHERIT and not hearsay:
            return False
        if tok.dep == "conj" and (parse.children(t, "aux", "nsubj") or tok.tag in ("VBD", "VBZ")):
            return False  # "met X and will meet Y": each conjunct has its own tense
        if tok.dep in ("nsubj", "nsubjpass") and tok.pos not in ("NOUN", "PROPN"):
            return False
        if tok.dep == "prep" and tok.text.lower() in _SETTINGS:
            # "agreed to resume visits at a summit": the setting is real on its own, unless a
            # noun of intention holds it ("interest in signing").
            governor = parse.tokens[head]
            return governor.pos == "NOUN" and governor.lemma.lower() in NONFACT_GOVERNORS
        if tok.dep == "prep" and parse.tokens[head].pos in ("VERB", "AUX"):
            via = "purpose"  # "prepared for talks": the talks are what the verb aims at
            t = head
            continue
        via = tok.dep if tok.dep != "prep" else via
        if tok.dep in ("pobj", "pcomp"):
            via = "prep"
        t = head
    return False


def dated_in_past(view: SentenceView, context: FactContext) -> bool:
    """The sentence tells of earlier days, not of today: a purpose clause ("flew to X to meet Y")
    then tells what followed, not a plan."""
    if context.published is None:
        return not view.dates
    for d in view.dates:
        bounds = interval(d.value) if d.value else None
        if bounds and (context.published - bounds[1]).days < 1:
            return False
    return True
