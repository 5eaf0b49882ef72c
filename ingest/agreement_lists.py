"""Agreements coordinated after a signing verb, read from the words rather than the parse.

The parser often hangs the second or third agreement of "signed an agreement on X, a protocol on Y
and a memorandum on Z" inside the first one's topic, so one name swallows the others. Each item
of such a list opens with a determiner and an agreement noun after a seam (a comma, "and", "as
well as", "including", "which include"), which is what this reader looks for.
"""

from __future__ import annotations

import re

# The head of one item: a determiner, up to four modifiers, and a document noun.
_ITEM_HEAD = re.compile(
    r"(?:an?|the)\s+(?:(?!(?:and|or|an?|the|of|on|to|for|with)\s)[\w'’-]+\s+){0,4}?(?:agreements?|treaty|memorand(?:um|ums|a)|MoUs?|MOUs?|"
    r"protocols?|contracts?|accords?|conventions?|declarations?|programmes?|programs?|plans?|addend(?:um|a)|"
    r"letters?\s+of\s+intent|minutes|charter|roadmap|deals?)\b",
    re.IGNORECASE,
)
# What may stand between two items.
_SEAM = re.compile(
    r"(?:\s*[,;]\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*,?\s*including\s+|"
    r"\s*,?\s*(?:which|that)\s+includes?d?\s+|\s*:\s*)$",
    re.IGNORECASE,
)
# Where a list stops: a clause about the last item or about the signing.
_LIST_END = re.compile(
    r"\s*(?:,\s*(?:which|who|while|whereby|under\s+which|as|after|before|during)\b|;\s*(?:the|it|this)\b|"
    r"\.\s|\.$|\s+(?:in\s+the\s+presence|on\s+the\s+sidelines|at\s+the\s+end)\b|"
    r",\s*(?:according\s+to|(?:[\w'’-]+\s+){0,3}(?:said|says|reported|announced|added|noted|told)\b))",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"\s(?:will|would|was|were|is|are|has|have|had|must|should|can)\s", re.IGNORECASE)
# An item that is only a count or a class ("six agreements"): the list's lead, not an item.
_COUNT_ONLY = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:agreements|documents|memorand(?:ums|a)|MoUs|instruments|deals|protocols)$",
    re.IGNORECASE,
)


def coordinated_agreements(text: str, start: int) -> list[str]:
    """The agreements listed from `start` (right after the signing verb) when the words name two
    or more, each from its determiner to the next seam; [] when they name fewer."""
    tail = text[start:]
    end = _LIST_END.search(tail)
    # The first sentence-ending clause after the first item closes the list.
    heads = [
        m
        for m in _ITEM_HEAD.finditer(tail)
        if end is None or m.start() < end.start() or _inside(tail, m, end)
    ]
    items: list[tuple[int, int]] = []
    for n, head in enumerate(heads):
        if n == 0:
            if tail[: head.start()].strip(" ,:") and not re.fullmatch(
                r"\s*(?:\w+\s+){0,6}?(?:\w+\s*,?\s*(?:including|which\s+includes?d?|:)\s*)?",
                tail[: head.start()],
            ):
                return []
        elif not _SEAM.search(tail[items[-1][0] : head.start()]):
            continue  # "an agreement on the use of a port": a noun inside the item, not a new item
        if items:
            items[-1] = (items[-1][0], head.start())
        items.append((head.start(), len(tail)))
    if not items:
        return []
    last_start, _ = items[-1]
    stop = _LIST_END.search(tail, last_start + 1)
    items[-1] = (last_start, stop.start() if stop else len(tail))
    names: list[str] = []
    for a, b in items:
        name = _clean(tail[a:b])
        if _CLAUSE.search(name):
            break  # "..., and the treaty will enter into force": a new clause, not an item
        if name and not _COUNT_ONLY.match(name):
            names.append(name)
    return names if len(names) >= 2 else []


# "MoUs on fisheries, on seafarers' certificates and on education": one document per topic.
_PLURAL_ON_TOPICS = re.compile(
    r"^(?P<head>(?:[\w'’-]+\s+){0,2}?(?P<noun>MoUs|MOUs|memorand(?:a|ums)|agreements|protocols|treaties|accords))"
    r"(?P<of>\s+of\s+understanding)?\s+on\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_LEADING_ON = re.compile(r"^on\s+")
# Nouns that gather documents into one lot ("a package of agreements", "a set of deals"): the
# items are the agreements, never the lot.
LOT_NOUNS = frozenset({"package", "set", "series", "raft", "batch", "slate", "bundle", "number", "host"})
LOT_OF = rf"(?:{'|'.join(sorted(LOT_NOUNS))})\s+of\s+"
A_LOT_OF = re.compile(rf"^{LOT_OF}", re.IGNORECASE)
SINGULAR = {"mous": "MoU", "memoranda": "memorandum", "memorandums": "memorandum", "treaties": "treaty"}


def split_plural_topics(name: str) -> list[str]:
    """ "MoUs on A, on B and on C" -> "MoU on A", "MoU on B", "MoU on C"; other names unchanged."""
    match = _PLURAL_ON_TOPICS.match(name)
    if match is None:
        return [name]
    topics = re.split(
        r",\s*(?:and\s+)?(?=on\s)|\s+and\s+(?=on\s)|,?\s+as\s+well\s+as\s+(?=on\s)", match.group("rest")
    )
    if len(topics) < 2:
        topics = _three_or_more_fields(match.group("rest"))
    if len(topics) < 2:
        return [name]
    noun = match.group("noun")
    single = SINGULAR.get(noun.lower(), noun[:-1])
    head = match.group("head")[: match.start("noun")] + single + (match.group("of") or "")
    head = A_LOT_OF.sub("", head)
    return [f"{head} on {_LEADING_ON.sub('', t.strip())}" for t in topics]


# "agreements on education, energy and culture": three short fields or more, one document each.
# Two ("agreements on trade and investment") may well be one document, so they stay whole.
_FIELD = r"(?:[\w'’-]+\s+){0,3}[\w'’-]+"
_FIELD_LIST = re.compile(rf"^{_FIELD}(?:\s*,\s*{_FIELD}){{1,}}\s*,?\s+and\s+{_FIELD}$")


def _three_or_more_fields(rest: str) -> list[str]:
    if not _FIELD_LIST.match(rest) or re.search(r"\b(?:between|with|of)\b", rest):
        return []
    # Commas part the fields, and only the last "and" ("search and rescue" is one field).
    *first, last = [t.strip() for t in rest.split(",")]
    tail = re.sub(r"^and\s+", "", last)
    tail_parts = [tail] if tail != last else tail.rsplit(" and ", 1)
    return [t for t in [*first, *tail_parts] if t]


def _inside(tail: str, head: re.Match[str], end: re.Match[str]) -> bool:
    """A list item after ", which include": the clause that opens the list does not end it."""
    return bool(re.match(r",\s*which\s+includ", tail[end.start() :], re.IGNORECASE))


_TRAILING_SEAM = re.compile(
    r"[\s,;:]*(?:\b(?:and|as\s+well\s+as|including|(?:which|that)\s+includes?d?))?[\s,;:]*$", re.IGNORECASE
)


def _clean(item: str) -> str:
    item = _TRAILING_SEAM.sub("", item.strip())
    item = re.sub(r"^(?:an?|the)\s+", "", item, flags=re.IGNORECASE)
    return item.strip(' ,;:."“”')
