"""What tells two people who share a name apart, and which rewritings of a name keep the person.

Resolution compares names through keys that forgive spelling (graph/keys.py).
This module holds the checks that stop a key from joining two people:

- parts written to tell namesakes apart must agree where both names write
  them: middle initials ("George H. W. Bush" / "George W. Bush") and Russian
  patronymics ("Dmitry Arkadyevich X" / "Dmitry Gennadyevich X", two sons
  of two fathers);
- a name in another word order is the same name only as a rotation, the
  family name moved from the end to the front ("KISHIDA Fumio" = "Fumio
  Kishida"); any other order of the same words names someone else, and a
  lineage ("Tamim bin Hamad" / "Hamad bin Tamim", son and father) is never
  reordered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from graph.keys import initials, is_full_name, name_tokens, patronymics, variant_token

# "Mohammed bin Salman bin Abdulaziz": what follows "bin" is the father's name, not a shorter form.
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "ould", "binti"})


def written_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Both sides write middle initials, or patronymics, and they differ."""
    a, b = list(a), list(b)
    for part in (initials, patronymics):
        pa = frozenset().union(*(part(n) for n in a))
        pb = frozenset().union(*(part(n) for n in b))
        if pa and pb and pa != pb:
            return True
    return False


def _rotations(parts: list[str]) -> list[list[str]]:
    if len(parts) < 2 or any(p in PATRONYMIC_PARTICLES for p in parts):
        return [parts]
    return [parts, parts[-1:] + parts[:-1], parts[1:] + parts[:1]]


def same_words_in_order(a: Iterable[str], b: Iterable[str], spell: Callable[[str], str] = str) -> bool:
    """Two full names, each token spelled by `spell`, that are the same sequence or one's rotation."""
    mine = [[spell(t) for t in name_tokens(n)] for n in a if is_full_name(n)]
    theirs = [[spell(t) for t in name_tokens(n)] for n in b if is_full_name(n)]
    return any(r == other for one in mine for r in _rotations(one) for other in theirs)


def same_spelling_in_order(a: Iterable[str], b: Iterable[str]) -> bool:
    """As same_words_in_order, with the usual romanisation variants of each token folded together."""
    return same_words_in_order(a, b, variant_token)
