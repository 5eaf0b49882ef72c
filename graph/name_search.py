"""Person search by name: the scoring rules, and an index that finds the names worth scoring.

A name matches a query (both folded: `graph.keys.fold`) when
- the query without spaces is part of the name without spaces: 100 if it is all of it, else 90;
- or every word of the query is a word of the name up to one or two typos: `typo_score`;
- or rapidfuzz's WRatio of the two is at least 80;
an entry (a node's name and aliases) scores its best name.

Scoring every name costs ~20 ms per 10k names even in rapidfuzz's C, so
`NameSearch` keeps, per name, what can rule it out cheaply and scores only
the names that pass: the compact names joined in one string (substrings are
found by `str.find`), each word's names (typos are found by comparing the
query's words with the distinct words), and each name's letter counts (a
numpy matrix).  The letter counts bound how much of two strings can match in
order (the longest common subsequence is at most the letters they share), and
every part of WRatio is a similarity of subsequences, so a name sharing too
few letters with the query cannot reach 80 (see `_may_reach_wratio`).  The
filter only skips names that cannot match: the answers are those of scoring
every name.  The index is updated per entry (`put`, `remove`), as the
embedded store writes nodes.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from graph.keys import fold
from graph.model import NameEntry, Node

if TYPE_CHECKING:
    import numpy as np

# numpy is imported where the index first needs it, not with this module: the API imports the
# module at start-up (`typo_score`), and numpy's import is ~0.25 s of the ~2 s before `/health`.

MIN_SCORE = 80.0
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 "
_COLUMN = {ch: i for i, ch in enumerate(_ALPHABET)}
_EPS = 1e-9


def entry_of(node: Node) -> NameEntry:
    return NameEntry(
        id=node.id, name=node.name, aliases=tuple(getattr(node, "aliases", ())),
        country=getattr(node, "country", None),
    )  # fmt: skip


def typos_allowed(word: str, alone: bool) -> int:
    # Short words get fewer: one typo in a lone three-letter word ("kin") matches too much.
    if len(word) < 3 or (alone and len(word) == 3):
        return 0
    return 1 if len(word) < 6 else 2


def typo_score(query: str, name: str) -> float:
    """85 when every word of the query is a word of the name up to one or two typos ("lavrof"), else 0.

    WRatio alone misses a typo in one word of a longer name ("lavrof" vs "sergei lavrov");
    this counts edits (a swap of two letters is one) per word, more for longer words.
    """
    words, parts = query.split(), name.split()
    if not words or not parts:
        return 0.0
    edits = 0
    for word in words:
        best = min(DamerauLevenshtein.distance(word, part) for part in parts)
        if best > typos_allowed(word, alone=len(words) == 1):
            return 0.0
        edits += best
    return 85.0 - 2 * edits


def score(wanted: str, names: list[str]) -> float | None:
    """The entry's score for the folded query, or None when it does not match (names folded)."""
    compact = wanted.replace(" ", "")
    if any(compact and compact in n.replace(" ", "") for n in names):
        return 100.0 if any(n.replace(" ", "") == compact for n in names) else 90.0
    best = max(max(fuzz.WRatio(wanted, n), typo_score(wanted, n)) for n in names)
    return best if best >= MIN_SCORE else None


@functools.cache
def _table() -> np.ndarray:
    """Byte -> column; folded names hold only [0-9a-z ], anything else shares the last column
    (still a bound)."""
    import numpy as np

    table = np.full(256, len(_ALPHABET) - 1, dtype=np.intp)
    for ch, col in _COLUMN.items():
        table[ord(ch)] = col
    return table


def _counts(text: str) -> np.ndarray:
    import numpy as np

    data = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    return np.bincount(_table()[data], minlength=len(_ALPHABET)).astype(np.int32)


def brute_force(entries: Iterable[NameEntry], query: str) -> list[tuple[NameEntry, float]]:
    """`NameSearch.search` without an index: every entry scored (for a store that keeps no index)."""
    wanted = fold(query)
    if not wanted:
        return []
    hits = []
    for entry in entries:
        found = score(wanted, [fold(n) for n in [entry.name, *entry.aliases]])
        if found is not None:
            hits.append((entry, found))
    hits.sort(key=lambda hit: (-hit[1], hit[0].id))
    return hits


class NameSearch:
    """Names of one label, searchable by `search`; entries come and go with `put` and `remove`."""

    def __init__(self, entries: Iterable[NameEntry] = ()) -> None:
        import numpy as np

        self._entries: dict[str, NameEntry] = {}
        self._folded: dict[str, list[str]] = {}
        self._rows: dict[str, list[int]] = {}  # entry id -> its rows (one per distinct folded name)
        self._row_entry: list[str | None] = []  # row -> entry id (None: removed)
        self._row_name: list[str] = []
        self._live_rows = 0
        self._words: dict[str, set[str]] = defaultdict(set)  # word -> ids of entries with a name using it
        self._vocabulary: dict[int, list[str]] | None = None  # distinct words by length
        self._capacity = 0
        self._counts = np.zeros((0, len(_ALPHABET)), dtype=np.int32)
        self._lengths = np.zeros(0, dtype=np.int32)
        self._plain = np.zeros(0, dtype=bool)  # no word twice in the name (else always scored)
        self._live = np.zeros(0, dtype=bool)
        self._joined: tuple[str, list[int], list[int]] | None = None  # compact names, starts, rows
        for entry in entries:
            self.put(entry)

    def __len__(self) -> int:
        return len(self._entries)

    def put(self, entry: NameEntry) -> None:
        self.remove(entry.id)
        names = list(dict.fromkeys(fold(n) for n in [entry.name, *entry.aliases]))
        self._entries[entry.id] = entry
        self._folded[entry.id] = names
        rows = []
        for name in names:
            row = len(self._row_entry)
            self._grow(row + 1)
            self._row_entry.append(entry.id)
            self._row_name.append(name)
            words = name.split()
            self._counts[row] = _counts(name)
            self._lengths[row] = len(name)
            self._plain[row] = len(set(words)) == len(words)
            self._live[row] = True
            for word in words:
                if word not in self._words:
                    self._vocabulary = None
                self._words[word].add(entry.id)
            rows.append(row)
        self._live_rows += len(rows)
        self._rows[entry.id] = rows
        self._joined = None

    def remove(self, entry_id: str) -> None:
        if self._entries.pop(entry_id, None) is None:
            return
        for name in self._folded.pop(entry_id):
            for word in name.split():
                ids = self._words.get(word)
                if ids is not None:
                    ids.discard(entry_id)
                    if not ids:
                        del self._words[word]
                        self._vocabulary = None
        for row in self._rows.pop(entry_id):
            self._row_entry[row] = None
            self._live[row] = False
            self._live_rows -= 1
        self._joined = None
        if len(self._row_entry) > 1024 and len(self._row_entry) > 2 * self._live_rows:
            self._compact()  # amortised: after as many updates as there are names

    def _grow(self, rows: int) -> None:
        import numpy as np

        if rows <= self._capacity:
            return
        capacity = max(1024, 2 * self._capacity, rows)
        for name in ("_counts", "_lengths", "_plain", "_live"):
            old = getattr(self, name)
            new = np.zeros((capacity, *old.shape[1:]), dtype=old.dtype)
            new[: len(old)] = old
            setattr(self, name, new)
        self._capacity = capacity

    def _compact(self) -> None:
        entries = list(self._entries.values())
        self.__init__(entries)  # type: ignore[misc]  # rebuild without the removed rows

    def with_word(self, word: str) -> list[NameEntry]:
        """Entries one of whose (folded) names has the word `word`, ordered by id."""
        return sorted((self._entries[i] for i in self._words.get(word, ())), key=lambda e: e.id)

    # ----- search -------------------------------------------------------------------------------
    def search(self, query: str) -> list[tuple[NameEntry, float]]:
        """Matching entries with their scores, best first (then by id): what `score` gives each entry."""
        import numpy as np

        wanted = fold(query)
        if not wanted:
            return []
        found = self._substring_scores(wanted.replace(" ", ""))
        fuzzy: dict[str, float] = {}
        # An entry's score is its best name's max(WRatio, typo_score); parts under 80 cannot decide it.
        rows = self._wratio_rows(wanted)
        names = [self._row_name[row] for row in rows]
        ratios = process.cdist([wanted], names, scorer=fuzz.WRatio, score_cutoff=MIN_SCORE, dtype=np.float64)
        for i in np.flatnonzero(ratios[0] >= MIN_SCORE).tolist():
            entry_id = self._row_entry[rows[i]]
            if entry_id is not None and entry_id not in found:
                fuzzy[entry_id] = max(fuzzy.get(entry_id, 0.0), float(ratios[0, i]))
        for entry_id, typo in self._typo_scores(wanted).items():
            if entry_id not in found:
                fuzzy[entry_id] = max(fuzzy.get(entry_id, 0.0), typo)
        found.update(fuzzy)
        hits = [(self._entries[entry_id], value) for entry_id, value in found.items()]
        hits.sort(key=lambda hit: (-hit[1], hit[0].id))
        return hits

    def _substring_scores(self, compact: str) -> dict[str, float]:
        """Entries with a name holding the compact query: 100 if it is the whole name, else 90."""
        if self._joined is None:
            rows = [r for r, e in enumerate(self._row_entry) if e is not None]
            parts = [self._row_name[r].replace(" ", "") for r in rows]
            starts, at = [], 0
            for part in parts:
                starts.append(at)
                at += len(part) + 1
            self._joined = ("\x00".join(parts) + "\x00", starts, rows)
        text, starts, rows = self._joined
        found: dict[str, float] = {}
        at = text.find(compact)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            entry_id = self._row_entry[rows[i]]
            if entry_id is not None:
                whole = at == starts[i] and text[at + len(compact)] == "\x00"
                if whole or entry_id not in found:
                    found[entry_id] = 100.0 if whole else 90.0
            at = text.find(compact, at + 1)
        return found

    def _typo_scores(self, wanted: str) -> dict[str, float]:
        """`typo_score` of the entries that reach 80, from the distinct words close to each query word."""
        words = wanted.split()
        close: list[dict[str, int]] = []  # per query word: the words within its allowed typos, and how far
        for word in words:
            near = self._close_words(word, typos_allowed(word, alone=len(words) == 1))
            if not near:
                return {}
            close.append(near)
        ids: set[str] | None = None
        for near in close:  # an entry needs a close word for every query word
            having = set().union(*(self._words[w] for w in near))
            ids = having if ids is None else ids & having
        scores: dict[str, float] = {}
        for entry_id in ids or ():
            best = 0.0
            for name in self._folded[entry_id]:
                parts = name.split()
                edits = 0
                for near in close:
                    fewest = min((near[p] for p in parts if p in near), default=None)
                    if fewest is None:
                        break
                    edits += fewest
                else:
                    best = max(best, 85.0 - 2 * edits)
            if best >= MIN_SCORE:
                scores[entry_id] = best
        return scores

    def _close_words(self, word: str, allowed: int) -> dict[str, int]:
        import numpy as np

        if allowed == 0:
            return {word: 0} if word in self._words else {}
        if self._vocabulary is None:
            self._vocabulary = {}
            for known in self._words:
                self._vocabulary.setdefault(len(known), []).append(known)
        # k edits change the length by at most k: only words of a length within k are compared.
        near: dict[str, int] = {}
        for size in range(max(1, len(word) - allowed), len(word) + allowed + 1):
            words = self._vocabulary.get(size)
            if not words:
                continue
            distances = process.cdist(
                [word], words, scorer=DamerauLevenshtein.distance, score_cutoff=allowed, dtype=np.int32
            )[0]
            near.update((words[i], int(distances[i])) for i in np.flatnonzero(distances <= allowed).tolist())
        return near

    def _wratio_rows(self, wanted: str) -> list[int]:
        """Rows (names) whose WRatio with the query may reach 80: a superset (see the module's note)."""
        import numpy as np

        n = len(self._row_entry)
        words = wanted.split()
        query = _counts(wanted)
        lengths = self._lengths[:n]
        mask = self._may_reach(query, len(wanted), lengths, n) | ~self._plain[:n]
        distinct = list(dict.fromkeys(words))
        if len(distinct) != len(words):
            # A word twice in the query: token_set and partial_token ratios see it once.
            once = " ".join(distinct)
            query_once = _counts(once)
            columns = np.flatnonzero(query_once)
            shared = np.minimum(self._counts[:n, columns], query_once[columns]).sum(axis=1)
            mask |= shared >= 0.8 * np.minimum(lengths, len(once)) - _EPS
        rows = set(np.flatnonzero(mask & self._live[:n]).tolist())
        for word in distinct:  # a shared word: token_set and partial_token ratios can be 100
            for entry_id in self._words.get(word, ()):
                rows.update(self._rows[entry_id])
        return sorted(rows)

    def _may_reach(self, query: np.ndarray, size: int, lengths: np.ndarray, n: int) -> np.ndarray:
        """Rows whose shared letters with the query allow a WRatio of 80 (module note; lengths > 0).

        LCS <= shared letters.  Lengths within 1.5x: WRatio is ratio or 0.95 x token ratio, both
        2 LCS / (sum of lengths) of strings with the same letters, so shared >= 0.4 x sum.  Lengths
        1.5x-8x (8 included): also 0.9 x partial ratio (best window), which needs LCS >= 0.8 x the
        shorter.  Over 8x: partial ratios count 0.6, so nothing reaches 80.
        """
        import numpy as np

        columns = np.flatnonzero(query)
        shared = np.minimum(self._counts[:n, columns], query[columns]).sum(axis=1)
        shorter = np.minimum(lengths, size)
        longer = np.maximum(lengths, size)
        similar = (longer < 1.5 * shorter) & (shared >= 0.4 * (lengths + size) - _EPS)
        partial = (longer >= 1.5 * shorter) & (longer <= 8 * shorter) & (shared >= 0.8 * shorter - _EPS)
        result: np.ndarray = similar | partial
        return result
