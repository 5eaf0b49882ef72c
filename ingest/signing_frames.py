"""A signing told over several sentences: agreements listed after it ("The documents include ...",
"The deals cover A, B and C") and signers named after it ("X signed for Chile, and Y for Peru")."""

from __future__ import annotations

import re

from ingest.agreement_lists import LOT_OF, split_plural_topics
from ingest.agreements import counted_topics, listed_names
from ingest.clean import SIGNATORY
from ingest.context import FactContext, SentenceView, unique
from ingest.countries import country_from_any
from ingest.schema import Fact
from ingest.signings import BARE_AGREEMENT, LISTED_DOCUMENT, item_name, witnesses_from
from ingest.syntax import Parse
from ingest.triggers import AGREEMENT_HEAD, SIGN

# "These include ...", "The other documents are ...", "Others included ...", "Among them were ...".
_LIST_LEAD = re.compile(
    r"^(?:These|They|Those|Others|The\s+(?:other\s+)?(?:\w+\s+)?(?:agreements|documents|deals|memorand\w*|MoUs|"
    r"accords|instruments|protocols|contracts)|Among\s+them|Among\s+the\s+\w+)\b[^.]{0,60}?\b"
    r"(?:include|included|includes|are|were|cover|covered|covering|concern|concerned|deal\s+with|dealt\s+with|"
    r"relate\s+to|related\s+to|focus\s+on|focused\s+on|span|spanned|involve|involved)\b",
    re.IGNORECASE,
)


# "Three of the four were named in a statement: an MoU on X, an agreement on Y and ...".
_NAMED_AFTER_COLON = re.compile(
    r":\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|treaty|memorand\w*|MoUs?|MOUs?|protocols?|"
    r"accords?|conventions?|contracts?|programmes?|programs?|plan)\b",
)


def _item_of(signing: Fact, text: str) -> bool:
    """An item of "signed the following agreements:" (the cleaner keeps items as sentences): each
    ends with ";", the last one with a full stop."""
    lead = signing.evidence.rstrip()
    return (lead.endswith(":") and text.endswith((";", "."))) or (lead.endswith(";") and text.endswith("."))


def _a_statement(view: SentenceView) -> bool:
    """ "Mr X welcomed the relations, recalling that 1,000 agreements bind them", "The agreement
    will allow ...": a finite verb makes a statement, not an item of a list."""
    text = view.sentence.text
    head = AGREEMENT_HEAD.search(text) or LISTED_DOCUMENT.search(text)
    before = text[: head.start()] if head else text
    finite = r"\b(?:said|says|is|are|was|were|has|have|had|will|would|can|could|shall|must|may)\b"
    return re.search(r"\b\w+ed\b", before) is not None or re.search(finite, text) is not None


def listed_agreements(view: SentenceView, signing: Fact) -> list[Fact]:
    """After 'X and Y signed four documents', a sentence listing them gives one SIGNED each."""
    text = view.sentence.text
    if (
        _item_of(signing, text)
        and (AGREEMENT_HEAD.search(text) or LISTED_DOCUMENT.search(text))
        and not _a_statement(view)
    ):
        # An item of "signed the following agreements:" (the cleaner keeps items as sentences).
        return [
            signing.model_copy(
                update={
                    "agreement": item_name(text),
                    "evidence": text,
                    "basis": "frame",
                }
            )
        ]
    if not view.sentence.tokens or not (_LIST_LEAD.match(text) or _NAMED_AFTER_COLON.search(text)):
        return []
    parse = Parse(view.sentence.tokens, view.mentions)
    listed = listed_names(parse)
    names = [n for n in listed if not BARE_AGREEMENT.match(n)] + _topics_the_parser_dropped(text, listed)
    names = names or counted_topics(parse, signing.evidence)
    names = [split for name in names for split in split_plural_topics(name)]
    return [
        signing.model_copy(update={"agreement": name, "evidence": text, "basis": "frame"})
        for name in names
        if name.lower() != (signing.agreement or "").lower()
    ]


_GENERIC = re.compile(
    r"^(?:the\s+)?(?:following|\d+|\w+teen|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|some|various|a\s+number\s+of)\b.*s$",
    re.IGNORECASE,
)


def _topics_the_parser_dropped(text: str, listed: list[str]) -> list[str]:
    """ "These include MoUs on A, on B and on C, and a framework agreement": the parser hangs the
    topics on the verb and leaves a bare "MoUs"; the words after it are its topics."""
    found = []
    for name in listed:
        if not BARE_AGREEMENT.match(name):
            continue
        after = re.search(rf"\b{re.escape(name)}\s+(on\s.+?)(?:,?\s+and\s+(?:an?|the)\s|[.;]|$)", text)
        if after:
            found.append(f"{name} {after.group(1)}")
    return found


def _generic(name: str | None) -> bool:
    """'following agreements', '10 cooperation documents': a count of agreements, not one."""
    return bool(_GENERIC.match(name or "") or _PLURAL_KIND.match(name or ""))


# "legal instruments", "cooperation documents", "a package of documents": a kind in the plural
# with no content of its own.
_PLURAL_KIND = re.compile(
    r"^(?:the\s+)?(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|"
    rf"several\s+)?(?:{LOT_OF})?"
    r"(?:[\w-]+\s+){0,2}(?:agreements|documents|instruments|deals|memorandums|mous)$",
    re.IGNORECASE,
)


_LEAD_IN = re.compile(
    r"(?:They|These|The\s+(?:[\w-]+\s+)?(?:agreements|documents|instruments|deals)(?:\s+signed)?)\s+"
    r"(?:are|were|include|included|are\s+as\s+follows)\s*:",
    re.IGNORECASE,
)


def continue_signing(view: SentenceView, context: FactContext, facts: list[Fact]) -> list[Fact]:
    """A sentence after a signing with none of its own: it may list the agreements or name who
    signed them. Updates `facts` (the count a list replaces, the signers it lacked) and the frame."""
    lead = context.last_signing
    if lead is None:
        return []
    if SIGNATORY.match(view.sentence.text):
        _add_signatory(view, context, facts)
        return []
    signers = later_signers(view, lead, context)
    if signers:
        named = [context.people.persons[p] for p in signers]
        update: dict[str, object] = {"parties": [p.name for p in named]}
        states = unique([p.country for p in named if p.country])
        if len(states) >= 2:
            update["countries"] = states
        start = facts.index(lead) if lead in facts else len(facts)
        for i in range(start, len(facts)):
            if facts[i].type == "SIGNED" and not facts[i].parties and facts[i].countries == lead.countries:
                facts[i] = facts[i].model_copy(update=update)
        context.last_signing = lead = lead.model_copy(update=update)
        context.last_signing_sentence = view.sentence.index
        return []
    if _LEAD_IN.fullmatch(view.sentence.text.strip()):
        # "They are:" on its own after the signing: the items that follow are its list.
        context.last_signing = lead.model_copy(update={"evidence": view.sentence.text.strip()})
        context.last_signing_sentence = view.sentence.index
        return []
    signed = listed_agreements(view, lead)
    # "They signed seven agreements." may be listed a sentence or two later ("The documents
    # include ..."); a named agreement is not waiting for a list.
    waiting = (
        bool(_PLURAL_KIND.match(lead.agreement or ""))
        and view.sentence.index - context.last_signing_sentence < 3
    )
    if not signed and not waiting:
        context.last_signing = None
    elif signed and lead in facts and _generic(lead.agreement):
        facts.remove(lead)  # "signed the following agreements:" is the list, not one more
    if (
        signed
        and _item_of(lead, view.sentence.text.rstrip())
        and not _a_statement(view)
        and _last_item(view.sentence.text.rstrip(), context)
    ):
        context.last_signing = None
    return signed


def _last_item(text: str, context: FactContext) -> bool:
    """The last item of a list ends with a full stop, unless each item is a paragraph of its own:
    then the list ends at the first line that is no item."""
    return text.endswith(".") and not context.opens_paragraph


def drop_counted_lead(context: FactContext, facts: list[Fact], items: list[Fact]) -> None:
    """ "signed four instruments." then "They are: A; B; C; and D, signed by X and Y.": the items
    replace the count told before them."""
    lead = context.last_signing
    if items and all(f.basis == "frame" for f in items) and lead in facts and _generic(lead.agreement):
        facts.remove(lead)


def signed_list_item(view: SentenceView, context: FactContext, facts: list[Fact], signed: list[Fact]) -> bool:
    """ "including: - the Treaty on X, signed by the two Presidents; - an agreement on Y; ...": an
    item that tells its own signing is still an item, and the list goes on after it. Drops the
    list's placeholder from `facts`; True when `signed` were items of the open list."""
    lead = context.last_signing
    text = view.sentence.text.rstrip()
    if lead is None or not signed or not _generic(lead.agreement) or not _item_of(lead, text):
        return False
    if lead in facts:
        facts.remove(lead)
    if _last_item(text, context):
        context.last_signing = None
    return True


# After a signing: "X signed for Chile, and Y for Peru", "They were signed by X and Y".
_SIGNED_FOR = re.compile(
    r"\s+(?:(?:also|then|later)\s+)?signed\b|\s+(?:(?:who\s+)?signed\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z]"
)


_THE_DOCUMENTS_AGAIN = re.compile(
    r"\b(?:the|these|those|both|all\s+(?:the\s+)?)\s*(?:[\w-]+\s+)?(?:agreements|documents|memoranda|memorandums|"
    r"MoUs|accords|deals|instruments|protocols)\b",
    re.IGNORECASE,
)


def _add_signatory(view: SentenceView, context: FactContext, facts: list[Fact]) -> None:
    """ "Signatory (India): Dr. A, Secretary": A signed the item just listed, for the state in
    brackets."""
    item = next((i for i in range(len(facts) - 1, -1, -1) if facts[i].type == "SIGNED"), None)
    first = next((m for m in view.mentions if m.person >= 0), None)
    if item is None or first is None or facts[item].basis != "frame":
        return
    person = context.people.persons[first.person]
    label = re.match(r"[^(:]*\(([^)]+)\)", view.sentence.text)
    state = country_from_any(label.group(1).strip()) if label else None
    if state and person.country is None:
        person.country = state
    update = {
        "parties": unique([*(facts[item].parties or []), person.name]),
        "countries": unique([*(facts[item].countries or []), *([state] if state else [])]),
    }
    facts[item] = facts[item].model_copy(update=update)


def later_signers(view: SentenceView, signing: Fact, context: FactContext) -> list[int]:
    """The signers of a signing just told without them, named in a sentence of their own that
    names no agreement."""
    text = view.sentence.text
    trigger = SIGN.search(text)
    # "The agreements were signed by X and Y": the documents just told, named again without content.
    named = AGREEMENT_HEAD.search(_THE_DOCUMENTS_AGAIN.sub("", text))
    if trigger is None or signing.parties or named or len(view.mentions) < 2:
        return []
    if re.match(r"signed\s+by\b", text[trigger.start() :]):
        found = [
            m.person for m in view.mentions if trigger.end() < m.start < witnesses_from(text, trigger.end())
        ]
    else:
        found = [m.person for m in view.mentions if _SIGNED_FOR.match(text[m.end :])]
    return unique(found) if len(unique(found)) >= 2 else []
