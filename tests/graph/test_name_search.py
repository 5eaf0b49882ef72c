"""The name-search index answers what scoring every name answers, before and after entries change."""

from __future__ import annotations

import random

from graph.model import NameEntry
from graph.name_search import NameSearch, brute_force

_SYLLABLES = [
    "ka", "lo", "mi", "ser", "gei", "an", "to", "ni", "vla", "dim", "xi", "wang", "choe", "son",
    "hui", "ra", "de", "ya", "ko", "zu", "pe", "tri", "ol", "ga", "be", "ru", "sha", "jin",
]  # fmt: skip


def _name(rng: random.Random) -> str:
    words = [
        "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()
        for _ in range(rng.randint(1, 3))
    ]
    return " ".join(words)


def _entries(rng: random.Random, count: int) -> list[NameEntry]:
    entries = []
    for i in range(count):
        name = _name(rng)
        aliases = tuple(rng.sample([name.upper(), name.replace(" ", "-"), _name(rng), f"{name} {name}"], 2))
        entries.append(NameEntry(id=f"p{i:04d}", name=name, aliases=aliases, country=None))
    return entries


def _typo(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 3)):
        at = rng.randrange(len(chars)) if chars else 0
        roll = rng.random()
        if roll < 0.3 and chars:
            chars[at] = rng.choice("abcdefghijklmnopqrstuvwxyz ")
        elif roll < 0.5 and chars:
            del chars[at]
        elif roll < 0.8:
            chars.insert(at, rng.choice("abcdefghijklmnopqrstuvwxyz"))
        elif at + 1 < len(chars):
            chars[at], chars[at + 1] = chars[at + 1], chars[at]
    return "".join(chars)


def _queries(rng: random.Random, entries: list[NameEntry]) -> list[str]:
    queries = ["", "-", "a", "xi", "Qwerty", "ka ka", "lo lo lo", "Sergei Lavrof"]
    for _ in range(100):
        entry = rng.choice(entries)
        name = rng.choice([entry.name, *entry.aliases])
        words = name.split()
        queries.append(
            rng.choice([
                _typo(rng, name), _typo(rng, rng.choice(words)), " ".join(reversed(words)),
                name[: rng.randint(1, len(name))], f"{rng.choice(words)} {rng.choice(words)}",
                "".join(rng.choice("abcdefghijklmnop rst") for _ in range(rng.randint(1, 14))),
                _typo(rng, name.replace(" ", "")),
            ])
        )  # fmt: skip
    return queries


def _answers(hits: list[tuple[NameEntry, float]]) -> list[tuple[str, float]]:
    return [(entry.id, round(score, 6)) for entry, score in hits]


def test_the_index_finds_what_scoring_every_name_finds() -> None:
    rng = random.Random(20261130)
    entries = _entries(rng, 800)
    index = NameSearch(entries)
    for query in _queries(rng, entries):
        assert _answers(index.search(query)) == _answers(brute_force(entries, query)), query


def test_the_index_follows_entries_put_and_removed() -> None:
    rng = random.Random(7)
    entries = {e.id: e for e in _entries(rng, 1100)}
    index = NameSearch(entries.values())
    for entry_id in [k for i, k in enumerate(entries) if i % 3]:  # enough to make the index compact itself
        index.remove(entry_id)
        del entries[entry_id]
    for entry_id in list(entries)[::5]:  # renamed: the old names must no longer match
        entries[entry_id] = NameEntry(id=entry_id, name=_name(rng), aliases=(), country="FRA")
        index.put(entries[entry_id])
    assert len(index) == len(entries)
    for query in _queries(rng, list(entries.values()))[:50]:
        assert _answers(index.search(query)) == _answers(brute_force(entries.values(), query)), query


def test_names_by_word_follow_updates() -> None:
    from graph.keys import fold

    rng = random.Random(3)
    entries = {e.id: e for e in _entries(rng, 300)}
    index = NameSearch(entries.values())
    for entry_id in list(entries)[::3]:
        entries[entry_id] = NameEntry(id=entry_id, name=_name(rng), aliases=(), country=None)
        index.put(entries[entry_id])
    for word in {w for e in entries.values() for w in fold(e.name).split()}:
        having = [e.id for e in sorted(entries.values(), key=lambda e: e.id)
                  if any(word in fold(n).split() for n in [e.name, *e.aliases])]  # fmt: skip
        assert [e.id for e in index.with_word(word)] == having
