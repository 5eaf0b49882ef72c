"""What was signed, read from the parse: the object of 'signed', as the text names it.

"signed an agreement on visas and a protocol on trade" gives two agreements; "two memorandums on
training as well as urban planning" gives two; "signed a joint letter" gives none (a letter is
not an agreement), and neither does a date standing between the verb and its object.
"""

from __future__ import annotations

import re

from ingest.agreement_lists import LOT_NOUNS, SINGULAR
from ingest.dates import number_value
from ingest.lexicon import AGREEMENT_NOUNS
from ingest.syntax import Parse

# Parts of an object phrase that are not its name: clauses about it, its determiner, and (for the
# head itself) the other agreements conjoined to it.
_NOT_NAME_AT_HEAD = frozenset({"relcl", "advcl", "det", "cc", "conj", "poss", "predet"})
_NOT_NAME = frozenset({"relcl", "advcl"})
_MAX_WORDS = 14


def _is_agreement(parse: Parse, i: int) -> bool:
    tok = parse.tokens[i]
    if tok.lemma.lower() in AGREEMENT_NOUNS or tok.text.lower() in AGREEMENT_NOUNS:
        return True
    if tok.lemma.lower() == "exchange" and any(
        parse.tokens[o].lower_text() in ("notes", "letters") for o in parse.pobjs(i, "of")
    ):
        return True  # "signed an exchange of notes on grant aid"
    if tok.lemma.lower() in LOT_NOUNS and any(_is_agreement(parse, o) for o in parse.pobjs(i, "of")):
        return True  # "signed a package of documents": the documents, counted as one lot
    if tok.lemma.lower() == "act" and any(
        parse.tokens[a].lower_text() == "final" for a in parse.children(i, "amod")
    ):
        return True  # "signed the final act of the joint commission"
    # "Memorandum of Understanding", "the Pukpuk Treaty": a name whose parts include the noun.
    return any(parse.tokens[c].text.lower() in AGREEMENT_NOUNS for c in parse.children(i, "compound"))


def _name_tokens(parse: Parse, i: int) -> list[int]:
    keep = {i}
    stack = [i]
    while stack:
        t = stack.pop()
        excluded = _NOT_NAME_AT_HEAD if t == i and parse.tokens[i].pos != "ADP" else _NOT_NAME
        for c in parse.kids[t]:
            tok = parse.tokens[c]
            if tok.dep in excluded or c in keep:
                continue
            if tok.dep in ("conj", "cc") and (_is_agreement(parse, c) or _agreement_follows(parse, c)):
                continue  # "an MoU on fisheries and an agreement on visas": the next agreement
            if tok.dep == "appos" and _is_agreement(parse, c) and parse.children(c, "det"):
                continue  # "an MoU on fisheries, an agreement on visas": a list, not a gloss
            if tok.dep == "nummod" and t == i and parse.tokens[t].tag in ("NNS", "NNPS"):
                continue  # "five agreements": a count; "the 123 agreement": a name
            if tok.dep == "acl" and tok.tag != "VBG" and not parse.children(c, "aux"):
                continue  # "the treaty signed in 2015" is about the treaty, not its name
            if (
                tok.dep == "prep"
                and tok.text.lower() in ("including", "among")
                and any(_is_agreement(parse, o) for o in parse.children(c, "pobj"))
            ):
                continue  # "five agreements, including an MoU on X": the items, read as a list
            if tok.dep == "prep" and tok.text.lower() == "with" and parse.persons(parse.subtree(c)):
                continue  # "an MoU on energy with her counterpart X": a co-signer, not the name
            if tok.dep == "prep" and (
                _is_setting(parse, c)
                or (t == i and tok.text.lower() in ("in", "at", "during"))
                or _circumstance(parse, c)
            ):
                continue  # "in Moscow", "in the border town of X", "on Monday": where and when, not what
            keep.add(c)
            stack.append(c)
    ordered = sorted(keep)
    # A name is one contiguous stretch around its head; "an agreement on Friday to build a
    # pipeline" reads across the day it was signed.
    settings = {t for c in parse.children(i, "prep") if _is_setting(parse, c) for t in parse.subtree(c)}
    start = ordered.index(i)
    lo = hi = start
    while lo > 0 and ordered[lo - 1] == ordered[lo] - 1:
        lo -= 1
    while hi + 1 < len(ordered) and (
        ordered[hi + 1] == ordered[hi] + 1
        or (settings and set(range(ordered[hi] + 1, ordered[hi + 1])) <= settings)
    ):
        hi += 1
    return [t for t in ordered[lo : hi + 1] if t not in settings][:_MAX_WORDS]


# "during a visit by X", "after months of negotiations": when and why it was signed, at any depth.
_CIRCUMSTANCE_OBJECTS = frozenset(
    {
        "visit",
        "trip",
        "talks",
        "negotiation",
        "month",
        "week",
        "year",
        "day",
        "meeting",
        "summit",
        "consultation",
    }
)


def _circumstance(parse: Parse, prep: int) -> bool:
    word = parse.tokens[prep].text.lower()
    if word in ("during", "amid", "following"):
        return True
    return word == "after" and any(
        parse.tokens[o].lemma.lower() in _CIRCUMSTANCE_OBJECTS for o in parse.children(prep, "pobj")
    )


_TOPIC_PREPS = frozenset({"on", "for", "between", "concerning", "regarding", "about", "of", "to"})


def _is_setting(parse: Parse, prep: int) -> bool:
    objects = parse.children(prep, "pobj")
    return parse.tokens[prep].text.lower() in ("in", "at", "during", "on") and any(
        parse.tokens[o].pos == "PROPN" or parse.tokens[o].tag == "CD" for o in objects
    )


def _trailing_topic(parse: Parse, verb: int, name: list[int]) -> list[int]:
    """'signed a joint statement on deepening ties': the parser often hangs the topic on the
    verb; a topic phrase right after the object still belongs to its name."""
    after = name[-1] + 1
    for prep in parse.children(verb, "prep"):
        if prep == after and parse.tokens[prep].text.lower() in _TOPIC_PREPS and not _is_setting(parse, prep):
            return _name_tokens(parse, prep)
    if len(name) <= 2 and parse.tokens[name[-1]].tag == "NN":
        # "inked a deal (on Friday) to expand LNG supplies": a bare noun's purpose hangs on the verb
        # ("signed documents to boost ties" is a package the next sentences list)
        settings = {
            t for p in parse.children(verb, "prep") if _is_setting(parse, p) for t in parse.subtree(p)
        }
        for clause in parse.children(verb, "advcl", "xcomp"):
            tokens = sorted(parse.subtree(clause))
            to = [a for a in parse.children(clause, "aux") if parse.tokens[a].lower_text() == "to"]
            gap = set(range(after, tokens[0]))
            if to and tokens[0] == to[0] and gap <= settings and len(tokens) <= 12:
                return tokens
    return []


def _agreement_follows(parse: Parse, cc: int) -> bool:
    """A coordinator whose conjunct is another agreement."""
    head = parse.head(cc)
    return head is not None and any(_is_agreement(parse, c) for c in parse.children(head, "conj"))


def _text(parse: Parse, tokens: list[int]) -> str:
    words = []
    for n, t in enumerate(tokens):
        tok = parse.tokens[t]
        glue = n > 0 and parse.tokens[tokens[n - 1]].end == tok.start
        words.append(("" if glue else " ") + tok.text)
    text = re.sub(r"^\W+|[\s,;:\"“”‘’']+$", "", "".join(words).strip())
    # "a youth mobility arrangement": the parser may hang the article on a modifier
    return re.sub(r"^(?:a|an)\s+", "", text)


def _split_topics(parse: Parse, i: int, name: str, trailing: list[int] | None = None) -> list[str]:
    """'two memorandums on X as well as Y' -> one name per topic (`trailing`: a topic phrase the
    parser hung on the verb)."""
    count = [parse.tokens[c].text.lower() for c in parse.children(i, "nummod")]
    # "arrangements on forestry and on water management": a plural whose topics each have an "on"
    on_each = parse.tokens[i].tag in ("NNS", "NNPS") and any(
        parse.tokens[c].lower_text() == "on"
        for prep in parse.children(i, "prep")
        if parse.tokens[prep].lower_text() == "on"
        for c in parse.children(prep, "conj")
    )
    if not on_each and (not count or count[0] in ("one", "1")):
        return [name]
    head = parse.tokens[i].lemma
    # "memorandums of understanding on X as well as Y": the topics hang on the name's last word.
    holders = [(i, head)] + [
        (o, f"{head} of {parse.tokens[o].text}")
        for prep in parse.children(i, "prep")
        if parse.tokens[prep].lower_text() == "of"
        for o in parse.children(prep, "pobj")
        if parse.tokens[o].lemma.lower() == "understanding"
    ]
    for n, (holder, stem) in enumerate(holders):
        last = n == len(holders) - 1
        for prep in parse.children(holder, "prep") + (trailing or [] if last else []):
            objects = parse.children(prep, "pobj")
            if not objects or parse.tokens[prep].lower_text() == "of" and holder == i and len(holders) > 1:
                continue
            word = parse.tokens[prep].text
            # "on training as well as population and urban development": "as well as" is the
            # seam between topics; the "and" after it is inside the second.
            whole = _text(parse, sorted(parse.subtree(objects[0])))
            parts = re.split(r",?\s+as\s+well\s+as\s+", whole)
            if len(parts) >= 2:
                return [f"{stem} {word} {part}" for part in parts]
            topics = [objects[0]]
            while parse.children(topics[-1], "conj"):
                topics.append(parse.children(topics[-1], "conj")[0])
            # "on A and on B": the second topic hangs on a second "on"
            topics += [
                o
                for c in parse.children(prep, "conj")
                if parse.tokens[c].lower_text() == word.lower()
                for o in parse.children(c, "pobj")
            ]
            if len(topics) < 2:
                continue
            return [f"{stem} {word} {_text(parse, _topic_tokens(parse, t))}" for t in topics]
    return [name]


def _topic_tokens(parse: Parse, t: int) -> list[int]:
    keep = [t] + [c for c in parse.subtree(t) if parse.tokens[c].dep not in ("conj", "cc") and c != t]
    return sorted(k for k in keep if not any(k in parse.subtree(c) for c in parse.children(t, "conj", "cc")))


def agreement_objects(parse: Parse, i: int) -> list[str] | None:
    """The agreements signed by the verb at token i; None when the parse says nothing useful
    (a noun 'signing', no object) and the word-order reader should try."""
    tok = parse.tokens[i]
    if not (tok.pos == "VERB" or tok.tag.startswith("VB")):
        return None
    objects = parse.children(i, "dobj") or parse.children(i, "nsubjpass")
    if not objects:
        return None
    heads: list[int] = []
    for o in objects:
        heads += [
            o,
            *[c for c in parse.subtree(o) if parse.tokens[c].dep == "conj" and _in_chain(parse, o, c)],
        ]
    names: list[str] = []
    for h in heads:
        if not _is_agreement(parse, h):
            continue
        spread = _topics_on_the_verb(parse, i, h)
        if spread:
            names += [t for t in spread if t.lower() not in {n.lower() for n in names}]
            continue
        tokens = _name_tokens(parse, h)
        topic = _trailing_topic(parse, i, tokens)
        name = _text(parse, tokens + topic)
        for item in (
            part for whole in _split_topics(parse, h, name, topic[:1]) for part in semicolon_topics(whole)
        ):
            if item and item.lower() not in {n.lower() for n in names}:
                names.append(item)
    if not names and any(parse.tokens[o].pos == "PRON" for o in objects):
        return None  # "signed it": the agreement is named elsewhere
    if not names and any(o + 1 < len(parse.tokens) and _is_agreement(parse, o + 1) for o in objects):
        return None  # "signed the minerals memorandum", parsed as an object "minerals": read by word order
    return names


_DAY_WORDS = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|\d+)$",
    re.IGNORECASE,
)


def _topics_on_the_verb(parse: Parse, verb: int, head: int) -> list[str]:
    """ "signed three agreements during the visit, on A, on B and on C": a counted object whose
    topics the parser hung on the verb, after a phrase of time or place; one name per topic."""
    count = [parse.tokens[c].text.lower() for c in parse.children(head, "nummod")]
    if not count or count[0] in ("one", "1") or parse.children(head, "prep"):
        return []  # topics on the noun itself are `_split_topics`' to read
    topics: list[tuple[str, int]] = []
    for prep in parse.children(verb, "prep"):
        if prep < head or parse.tokens[prep].lower_text() not in ("on",):
            continue
        chain = [prep]
        while nxt := [
            c for c in parse.children(chain[-1], "conj") if parse.tokens[c].lower_text() in ("on",)
        ]:
            chain.append(nxt[0])
        for link in chain:
            objects = parse.children(link, "pobj")
            if objects and not _DAY_WORDS.match(parse.tokens[objects[0]].text):
                topics.append((parse.tokens[link].lower_text(), objects[0]))
    # only where a phrase of time or place parts the object from its topics ("during the visit,"):
    # right after the object, or after a colon, the readers of lists and topics see them
    if len(topics) < 2:
        return []
    between = range(head + 1, parse.head(topics[0][1]) or head)
    if not any(parse.tokens[t].dep == "prep" and parse.tokens[t].lower_text() != "on" for t in between):
        return []
    stem = parse.tokens[head].lemma
    return [f"{stem} {word} {_text(parse, _topic_tokens(parse, o))}" for word, o in topics]


# "two memoranda of understanding, one on A and the other on B": the count's documents, one by one
_ONE_AND_THE_OTHER = re.compile(
    r"^(?:(?:two|three|four|\d)\s+)?(?P<stem>[^:]+?),\s+one\s+(?=on\s)(?P<rest>.+)$", re.IGNORECASE
)


def semicolon_topics(name: str) -> list[str]:
    """ "memorandum on A; on B; and on C", "a memorandum on A, another on B and an agreement on C",
    "two memoranda, one on A and the other on B": one document per topic."""
    listed = name
    counted = _ONE_AND_THE_OTHER.match(name)
    if counted:
        words = counted.group("stem").split()
        words[0] = SINGULAR.get(words[0].lower(), re.sub(r"s$", "", words[0]))
        listed = " ".join(words) + " " + counted.group("rest")
    parts = re.split(
        r"\s*;\s*(?:and\s+)?(?=on\s)"
        r"|,?\s+(?:and\s+)?(?:another|the\s+other|a\s+(?:second|third|fourth|fifth)|one\s+more)\s+(?=on\s)",
        listed.rstrip("; "),
    )
    if len(parts) < 2 or " on " not in f" {parts[0]}":
        return [name]
    stem = re.split(r"\s+on\s+", parts[0], maxsplit=1)[0]
    return [parts[0]] + [f"{stem} {p}" for p in parts[1:]]


def _in_chain(parse: Parse, head: int, c: int) -> bool:
    """c is a conjunct of head itself ("an agreement and a protocol"), not of a word inside it."""
    t = c
    while parse.tokens[t].dep == "conj":
        h = parse.head(t)
        if h is None:
            return False
        if h == head:
            return True
        t = h
    return False


def _a_source(parse: Parse, i: int) -> bool:
    """ "named in a statement by the ministry": where the list comes from, not an item of it."""
    head = parse.head(i)
    return (
        parse.tokens[i].dep == "pobj"
        and head is not None
        and parse.tokens[head].lower_text() in ("in", "by", "according", "under")
        and parse.tokens[i].lemma.lower() in ("statement", "communique", "communiqué", "declaration")
    )


# Where a listed item hangs: the parser reads the first item after a colon as "oprd" or "npadvmod".
_LISTED_DEPS = frozenset({"dobj", "attr", "conj", "pobj", "nsubj", "appos", "oprd", "npadvmod"})


def listed_names(parse: Parse) -> list[str]:
    """Every agreement named in a listing sentence ("These include an MoU on X, an agreement on
    Y and a customs protocol")."""
    names: list[str] = []
    inside: set[int] = set()
    for tok in parse.tokens:
        if tok.dep in _LISTED_DEPS and _is_agreement(parse, tok.i):
            if tok.pos not in ("NOUN", "PROPN") or tok.i in inside or _a_source(parse, tok.i):
                continue
            tokens = _name_tokens(parse, tok.i)
            inside.update(tokens)
            name = _text(parse, tokens)
            for item in _split_topics(parse, tok.i, name):
                if item and item.lower() not in {n.lower() for n in names}:
                    names.append(item)
    return names


# Verbs that list what agreements are about, with the preposition that introduces the topics.
_COVER_VERBS = {
    "cover": "",
    "concern": "",
    "span": "",
    "involve": "",
    "deal": "with",
    "relate": "to",
    "focus": "on",
}


def covered_topics(parse: Parse, stem: str) -> list[str]:
    """ "The agreements cover the digital economy, cybersecurity and tourism": "<stem> on <topic>"
    for each object of "cover"/"concern"."""
    verb = next((t.i for t in parse.tokens if t.lemma.lower() in _COVER_VERBS and t.pos == "VERB"), None)
    if verb is None:
        return []
    topics: list[int] = []
    for first in parse.children(verb, "dobj") + parse.pobjs(
        verb, _COVER_VERBS[parse.tokens[verb].lemma.lower()]
    ):
        topics.append(first)
        while parse.children(topics[-1], "conj"):
            topics.append(parse.children(topics[-1], "conj")[0])
    names = [f"{stem} on {_text(parse, _topic_tokens(parse, t))}" for t in topics]
    return names if len(names) >= 2 else []


_COUNTED_KIND = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+)?"
    r"(agreement|memorand(?:um|a)|protocol|document|deal|accord|MoU|instrument)s?\b",
    re.IGNORECASE,
)


def counted_topics(parse: Parse, counted_text: str, counted_before: str | None = None) -> list[str]:
    """ "signed five agreements" + "The agreements cover the digital economy, cybersecurity and
    tourism": one agreement per topic, when the topics are as many as the count.  The count may be
    the one of the signing told just before (`counted_before`): "Four MoUs were exchanged. The
    documents, signed by A and B, cover X, Y, Z and W." """
    counted = _COUNTED_KIND.search(counted_text)
    rest = counted_text[counted.end() :] if counted else counted_text
    if counted is None and counted_before is not None:
        counted = _COUNTED_KIND.search(counted_before)
    if counted is None:
        return []
    kind = counted.group(2).lower().replace("memoranda", "memorandum").replace("mou", "memorandum")
    stem = kind if kind in ("agreement", "memorandum", "protocol") else "agreement"
    number = counted.group(1).lower()
    count = number_value(number)
    candidates = [covered_topics(parse, stem), *_covered_by_commas(parse, stem)]
    candidates.append(_field_topics(rest, stem))
    return next((topics for topics in candidates if len(topics) == count), [])


def _covered_by_commas(parse: Parse, stem: str) -> list[list[str]]:
    """The topics after "cover" split at commas, then also at "and": the parser's conjunct chain
    breaks at "the avoidance of double taxation, and tourism"; the count decides which reading."""
    verb = next((t for t in parse.tokens if t.lemma.lower() in _COVER_VERBS and t.pos == "VERB"), None)
    if verb is None:
        return []
    words = _text(parse, list(range(verb.i + 1, len(parse.tokens))))
    body = re.split(r"[.;]|,\s+(?:which|as|while|when)\b", words)[0].strip()
    commas = [t.strip() for t in re.split(r",\s*(?:and\s+)?", body) if t.strip()]
    both = [t.strip() for t in re.split(r",\s*(?:and\s+)?|\s+and\s+", body) if t.strip()]
    return [[f"{stem} on {_ARTICLE.sub('', t)}" for t in split] for split in (commas, both)]


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


# "three memoranda in the fields of railways, higher education and tourism"
_FIELDS_OF = re.compile(
    r"^[^.;:]{0,40}?\bin\s+the\s+(?:fields?|areas?|spheres?|domains?|sectors?)\s+of\s+(?P<list>[^.;:]+)",
    re.IGNORECASE,
)


def _field_topics(text: str, stem: str) -> list[str]:
    fields = _FIELDS_OF.match(text)
    if fields is None:
        return []
    body = re.split(
        r",\s+(?:which|as|during|after|while|when)\b|\s+(?:on|during|after)\s+(?:Monday|Tuesday|Wednesday|"
        r"Thursday|Friday|Saturday|Sunday)\b",
        fields.group("list"),
    )[0]
    items = [t.strip() for t in re.split(r",\s*(?:and\s+)?|\s+and\s+", body) if t.strip()]
    return [f"{stem} on {item}" for item in items] if len(items) >= 2 else []
