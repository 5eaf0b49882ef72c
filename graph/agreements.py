"""One agreement, one node: the same treaty reported by several outlets under several descriptions.

"The Treaty on Comprehensive Strategic Partnership", "the comprehensive
strategic partnership treaty" and "the mutual defence pact" signed by the
same two states on the same day are one agreement: an agreement is keyed by
its states, its date and its content words.  Two agreements the same
states signed the same day stay apart when both names say what they are
about and share no word ("visa waiver agreement", "agreement on energy").
A count or a package ("11 cooperation documents", "several agreements") is
not an agreement: it becomes one node per signing (states and day) with the
count as an attribute.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from graph.keys import DateSpan, exact_key, fold, parse_date, slug
from graph.model import Agreement, Mention

# Words that name the kind of instrument, not what it is about.
_KINDS = {
    "treaty": "treaty",
    "pact": "treaty",
    "alliance": "treaty",
    "agreement": "agreement",
    "agreements": "agreement",
    "deal": "agreement",
    "accord": "agreement",
    "accords": "agreement",
    "arrangement": "agreement",
    "memorandum": "memorandum",
    "memoranda": "memorandum",
    "mou": "memorandum",
    "mous": "memorandum",
    "statement": "statement",
    "declaration": "statement",
    "communique": "statement",
    "protocol": "protocol",
    "protocols": "protocol",
    "contract": "contract",
    "contracts": "contract",
    "documents": "documents",
    "document": "documents",
    "instruments": "documents",
    "papers": "documents",
    "plan": "plan",
    "roadmap": "plan",
    "programme": "plan",
    "program": "plan",
}


def _words(text: str) -> list[str]:
    return text.split()


_STOP = frozenset(
    _words(
        "the a an of on and between for in to with by at its their new signed landmark historic major "
        "this that these those which two both sides countries nations bilateral"
    )
)
# Words that describe any treaty of its kind, so they tell no two treaties apart.
_DESCRIPTIVE = frozenset(
    _words(
        "mutual defence defense military security strategic partnership comprehensive cooperation "
        "friendship alliance assistance"
    )
)
_NUMBERS = {
    w: i
    for i, w in enumerate(
        _words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen twenty"
        )
    )
}
_PACKAGE = re.compile(
    r"^(?:(?:a|an)\s+)?(?P<count>\d+|[a-z]+|a\s+(?:number|series|package|raft|set|host)\s+of|several|"
    r"various|multiple|some|dozens?\s+of|a\s+dozen)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:documents|agreements|deals|accords|memoranda|mous|instruments|papers|contracts|protocols)$"
)


_PLURALS = frozenset(
    _words(
        "documents agreements deals accords memoranda memorandums mous instruments papers contracts protocols"
    )
)


def _formal(name: str) -> bool:
    """Most words capitalised: a proper name ("the Abraham Accords"), not a description."""
    words = [w for w in name.split() if w.lower() not in _STOP]
    return bool(words) and sum(w[:1].isupper() for w in words) * 2 > len(words)


def package_count(name: str) -> int | None:
    """-1 for a package of unknown size, its size if counted, None when the name is one agreement."""
    text = fold(name).replace("memorandums", "memoranda")
    found = _PACKAGE.match(text)
    if found is None:
        # "documents", "cooperation documents covering education and health": several, uncounted.
        plural = any(w in _PLURALS for w in text.split())
        return -1 if plural and not _formal(name) else None
    count = found.group("count")
    if count.isdigit():
        return int(count)
    if count in _NUMBERS:
        return _NUMBERS[count]
    return -1 if count not in {"the", "its", "their", "these", "those", "this"} else None


def content_words(name: str) -> frozenset[str]:
    return frozenset(w for w in fold(name).split() if w not in _STOP and w not in _KINDS and len(w) > 2)


def kind_of(name: str) -> str | None:
    kinds = [_KINDS[w] for w in fold(name).split() if w in _KINDS]
    return kinds[-1] if kinds else None


def state_keys(states: list[str]) -> list[str]:
    """'a:' keys for every pair of the states (one key when there is one state)."""
    if len(states) == 1:
        return [f"a:{states[0]}"]
    return [f"a:{a}|{b}" for a, b in combinations(sorted(states), 2)]


def _span_of(node: Agreement) -> DateSpan | None:
    try:
        return parse_date(node.date)
    except ValueError:
        return None


def same_agreement(node: Agreement, name: str, states: list[str], span: DateSpan | None) -> str | None:
    """Why this report is this stored agreement, or None."""
    if (node.kind == "package") != (package_count(name) is not None):
        return None
    theirs = set(node.countries) or {c for g in node.tally for c in g.countries}
    if states and theirs and len(set(states) & theirs) < min(2, len(states), len(theirs)):
        return None
    if exact_key(name) in node.keys:
        return "same name"
    known = _span_of(node)
    same_day = bool(span and known and span.start <= known.end and known.start <= span.end and span.days < 40)
    if node.kind == "package":
        return "documents signed by the same states the same day" if same_day else None
    mine, other = content_words(name), set().union(*(content_words(g.name) for g in node.tally))
    if mine & other and (same_day or len(mine & other) >= 2) and states:
        return "same states, same content words"
    kinds = {kind_of(name), *(kind_of(g.name) for g in node.tally)} - {None}
    if same_day and len(kinds) <= 1 and (mine <= _DESCRIPTIVE or other <= _DESCRIPTIVE):
        return "same states, same day, a description of the same instrument"
    return None


def package_name(states: list[str], span: DateSpan | None, names: dict[str, str]) -> str:
    parties = " and ".join(names.get(s, s) for s in states) or "the parties"
    return f"Documents signed by {parties}" + (f" on {span.text}" if span else "")


def package_id(states: list[str], span: DateSpan | None) -> str:
    return slug(f"documents {' '.join(states)} {span.text if span else 'undated'}")[:80]


def refresh_agreement(node: Agreement, days: dict[str, int]) -> None:
    """Name, aliases, states, date and count from the tally (the mentions, counted)."""
    groups = node.tally
    if not groups:
        return
    counts: Counter[str] = Counter()
    state_counts: Counter[str] = Counter()
    date_counts: Counter[str] = Counter()
    reports = 0
    for g in groups:
        counts[g.name] += g.count
        for c in set(g.countries):
            state_counts[c] += g.count
        reports += g.count if g.countries else 0
        if g.reported_date:
            date_counts[g.reported_date] += g.count
    if node.kind != "package":
        # The formal name (most words capitalised) over a description, then the most reported.
        def rank(n: str) -> tuple[bool, int, int, str]:
            return (_formal(n) and bool(content_words(n)), counts[n], len(n), n)

        node.name = max(counts, key=rank)
    node.aliases = sorted(set(counts) - {node.name})
    # A state is a party when most reports name it: one outlet's stray state is not.
    node.countries = sorted(c for c, n in state_counts.items() if n * 2 > reports)
    # The most precise reported date, then the most reported, then the earliest.
    node.date = min(date_counts, key=lambda d: (days[d], -date_counts[d], d)) if date_counts else None
    keys = {exact_key(n) for n in counts} | set(state_keys(node.countries) if node.countries else [])
    node.keys = sorted(keys)
    if node.kind == "package":
        sizes = [n for name in counts if (n := package_count(name)) and n > 0]
        node.documents = max(sizes) if sizes else None


def report_mention(article_id: str, name: str, states: list[str], span: DateSpan | None) -> Mention:
    return Mention(
        article_id=article_id, name=name, countries=tuple(states), reported_date=span.text if span else None
    )
