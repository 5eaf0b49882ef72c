"""The model's attribute rules (tag map and exceptions), applied without the general Matcher.

spaCy's `attribute_ruler` runs its ~180 patterns through a `Matcher` that walks every pattern
over every token; on the parsed sentences that costs as much as the parser.  Nearly all of those
patterns look at one token's lower-case form, tag, dependency and whitespace, so their verdict
depends on those four values alone: it is worked out once per distinct combination and cached.
The few patterns that span two tokens still go through a `Matcher` of their own.  The result is
the ruler's own: the same patterns, matched the same way, applied in the same order (a later
pattern wins), so the tokens' POS, morphology and lemmas do not change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # type: ignore[import-not-found]

# One token's view as the patterns see it: lower-case form, tag, dependency, whitespace or not.
_View = tuple[str, str, str, bool]
_Test = Callable[[_View], bool]
_FIELDS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_MAX_VERDICTS = 200_000


def _value_test(field: int, spec: Any) -> _Test:
    if isinstance(spec, dict):
        (operator, operand), *rest = spec.items()
        if rest:
            raise ValueError(f"unsupported attribute pattern {spec!r}")
        if operator == "IN":
            allowed = frozenset(operand)
            return lambda view: view[field] in allowed
        if operator == "NOT_IN":
            banned = frozenset(operand)
            return lambda view: view[field] not in banned
        if operator == "REGEX":
            pattern = re.compile(operand)
            return lambda view: bool(pattern.search(str(view[field])))
        raise ValueError(f"unsupported attribute pattern {spec!r}")
    return lambda view: view[field] == spec


def _token_test(token_pattern: dict[str, Any]) -> _Test | None:
    """One pattern token as a test of a token's view; None when it reads another attribute."""
    tests = []
    for name, spec in token_pattern.items():
        if name not in _FIELDS:
            return None
        tests.append(_value_test(_FIELDS[name], spec))
    return lambda view: all(test(view) for test in tests)


class FastAttributeRuler:
    """Applies an `AttributeRuler`'s patterns with one cached verdict per distinct token view."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self._single: list[tuple[int, _Test]] = []
        self._attrs: list[dict[int, Any]] = list(ruler.attrs)
        self._indices: list[int] = list(ruler.indices)
        self._spans = Matcher(ruler.vocab)
        self._vocab = ruler.vocab
        for rule, entry in enumerate(ruler.patterns):
            patterns = cast(list[list[dict[str, Any]]], entry["patterns"])
            for pattern in patterns:
                test = _token_test(pattern[0]) if len(pattern) == 1 else None
                if test is not None:
                    self._single.append((rule, test))
                else:
                    self._spans.add(str(rule), [pattern])
        self._verdicts: dict[tuple[int, int, int, int], tuple[int, ...]] = {}

    def _rules_for(self, key: tuple[int, int, int, int]) -> tuple[int, ...]:
        rules = self._verdicts.get(key)
        if rules is None:
            strings = self._vocab.strings
            lower, tag, dep, space = key
            view = (strings[lower], strings[tag] if tag else "", strings[dep] if dep else "", bool(space))
            rules = tuple(dict.fromkeys(rule for rule, test in self._single if test(view)))
            if len(self._verdicts) >= _MAX_VERDICTS:  # a long-running service meets new words forever
                self._verdicts.clear()
            self._verdicts[key] = rules
        return rules

    def __call__(self, doc: Doc) -> Doc:
        # Which rule touches which token, in the ruler's order: by rule, then by position.
        matches: list[tuple[int, int, int]] = []
        views = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        for i, key in enumerate(views):
            matches.extend((rule, i, i + 1) for rule in self._rules_for(tuple(key)))
        for match_id, start, end in self._spans(doc, allow_missing=True):
            matches.append((int(self._vocab.strings[match_id]), start, end))
        matches.sort()
        for rule, start, end in matches:
            set_token_attrs(doc[start:end][self._indices[rule]], self._attrs[rule])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
