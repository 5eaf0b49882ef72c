"""Reading a parsed sentence: children, clause boundaries, the people an argument stands for.

Everything works on `Sentence.tokens` (a dependency parse) and the sentence's person mentions;
nothing here knows about fact types.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ingest.lexicon import GROUP_NOUNS, LEAD_VERBS, PEOPLE_NOUNS
from ingest.mentions import Mention
from ingest.name_words import PERSON_NOUNS
from ingest.nlp import Token
from ingest.parse_repairs import repair_parse

if TYPE_CHECKING:
    from ingest.people import Person

# Dependencies that stay inside one noun phrase: the name, its title, its apposition, its
# conjuncts ("A, B and C").
_NP_INTERNAL = frozenset(
    {"compound", "appos", "conj", "cc", "flat", "amod", "nmod", "det", "punct", "nummod"}
)
# Clauses that belong to another predicate: people inside them are not this event's.
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "parataxis", "csubj", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_REFERRING = frozenset({"the", "he", "she", "both", "his", "her", "they"})
RELATIVE_WORDS = frozenset({"who", "that", "which", "whom", "whose"})


class Parse:
    """A sentence's tokens with their children, and the person each token names."""

    def __init__(self, tokens: list[Token], mentions: Iterable[Mention]) -> None:
        self.tokens = tokens
        self.past = False  # set by callers: the sentence tells of days before publication
        self.kids: list[list[int]] = []
        self.index_children()
        # People named here only by a pronoun or a description ("the minister", "the two leaders").
        self.coreferent: set[int] = set()
        self.person_of: dict[int, int] = {}
        # "the two leaders" is one token span for two people.
        self.people_at: dict[int, list[int]] = {}
        named: set[int] = set()
        for mention in mentions:
            if mention.text[:1].islower() or mention.text.split()[0].lower() in _REFERRING:
                self.coreferent.add(mention.person)
            else:
                named.add(mention.person)
            for tok in tokens:
                if tok.start < mention.end and tok.end > mention.start:
                    self.person_of.setdefault(tok.i, mention.person)
                    if mention.person not in self.people_at.setdefault(tok.i, []):
                        self.people_at[tok.i].append(mention.person)
        self.coreferent -= named
        self.named = named
        repair_parse(self)

    def index_children(self) -> None:
        self.kids = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i and 0 <= tok.head < len(self.tokens):
                self.kids[tok.head].append(tok.i)

    def head(self, i: int) -> int | None:
        h = self.tokens[i].head
        return None if h == i else h

    def children(self, i: int, *deps: str) -> list[int]:
        return [c for c in self.kids[i] if not deps or self.tokens[c].dep in deps]

    def child_lemmas(self, i: int, *deps: str) -> set[str]:
        return {self.tokens[c].lemma.lower() for c in self.children(i, *deps)}

    def pobjs(self, i: int, *preps: str) -> list[int]:
        """Objects of the prepositions `preps` under token i ("talks with X" -> X)."""
        found = []
        for p in self.children(i, "prep", "agent", "dative"):
            if not preps or self.tokens[p].lower_text() in preps:
                found += self.children(p, "pobj", "pcomp")
        return found

    def subtree(self, i: int) -> set[int]:
        seen = {i}
        stack = [i]
        while stack:
            for c in self.kids[stack.pop()]:
                if c not in seen:
                    seen.add(c)
                    stack.append(c)
        return seen

    def clause_tokens(self, root: int) -> set[int]:
        """The tokens of root's own clause, without clauses embedded in it."""
        seen = {root}
        stack = [root]
        while stack:
            for c in self.kids[stack.pop()]:
                if c not in seen and self.tokens[c].dep not in CLAUSE_DEPS:
                    seen.add(c)
                    stack.append(c)
        return seen

    def after_in_clause(self, verb: int) -> list[int]:
        """The tokens after the verb in its own clause (embedded clauses left out), in order: where
        a name the parser hung on the wrong word still belongs to the verb."""
        return sorted(t for t in self.clause_tokens(verb) if t > verb)

    def stray_pobjs(self, verb: int, word: str) -> list[int]:
        """Objects of a `word` phrase anywhere after the verb in its clause: "greeted at the station
        by X", where the parser hangs "by X" on the station rather than on the verb."""
        return [
            o
            for t in self.after_in_clause(verb)
            if self.tokens[t].lower_text() == word and self.tokens[t].dep in ("prep", "agent")
            for o in self.children(t, "pobj")
        ]

    def group(self, i: int) -> list[int]:
        """The tokens a noun phrase argument stands for: its conjuncts and appositions, and the
        leader of a group noun ("the delegation led by X", "a team including X")."""
        seen: list[int] = []
        stack = [i]
        verb = self.tokens[i].head
        if self.tokens[i].lemma.lower() in GROUP_NOUNS and self.tokens[i].dep == "dobj" and verb != i:
            # "received a delegation from Timor-Leste led by X": the parser hangs "from" on the
            # verb and "led by" on the state
            stack += [
                x
                for p in self.children(verb, "prep")
                if self.tokens[p].lower_text() == "from"
                for o in self.children(p, "pobj")
                for a in self.children(o, "acl")
                if self.tokens[a].lemma.lower() in LEAD_VERBS
                for x in self.pobjs(a, "by")
            ]
        while stack:
            t = stack.pop()
            if t in seen:
                continue
            seen.append(t)
            for c in self.kids[t]:
                dep = self.tokens[c].dep
                if dep in _NP_INTERNAL:
                    stack.append(c)
                elif dep == "poss" and c in self.person_of and t in self.person_of and self.children(c, "cc"):
                    # "President A and Jordan's King B": the parser reads A as B's possessor
                    stack.append(c)
                elif dep == "acl" and self.tokens[c].lemma.lower() in LEAD_VERBS:
                    stack += self.pobjs(c, "by") + self.children(c, "dobj")
                    # "a delegation led by X and including Y": the parser hangs "including" on "led".
                    stack += [
                        o
                        for p in self.children(c, "prep")
                        if self.tokens[p].lower_text() == "including"
                        for o in self.children(p, "pobj")
                    ]
                elif dep == "prep" and self.tokens[t].lemma.lower() in GROUP_NOUNS:
                    if self.tokens[c].lower_text() in ("of", "including", "under"):
                        stack += self.children(c, "pobj")
                elif (
                    dep == "prep"
                    and self.tokens[t].lemma.lower() in PEOPLE_NOUNS
                    and self.tokens[t].tag == "NNS"
                ):
                    # "his counterparts from A, B and C, X, Y and Z": the names hang off the list.
                    if self.tokens[c].lower_text() in ("from", "of", "including"):
                        stack += self.children(c, "pobj")
                elif dep == "prep" and self.tokens[c].lower_text() == "including":
                    stack += self.children(c, "pobj")
                elif (
                    dep == "prep"
                    and self.tokens[c].lower_text() == "of"
                    and self.tokens[t].tag.startswith("NNP")
                    and t not in self.person_of
                ):
                    # "Minister of Defense X" parsed as a title with an "of" phrase holding the name.
                    stack += self.children(c, "pobj")
                elif dep == "prep" and self.tokens[c].lower_text() in ("of", "from") and t in self.person_of:
                    # "A of Ghana and B of Kenya": the parser hangs B on Ghana, not on A.
                    stack += [
                        j
                        for o in self.children(c, "pobj")
                        for j in self.children(o, "conj")
                        if j in self.person_of
                    ]
                elif dep == "prep" and self.tokens[c].lower_text() == "of" and _titled(self.tokens[t]):
                    # "the prime minister of Nepal, Ram Sharma,": the name is parsed onto the state.
                    stack += [
                        a
                        for o in self.children(c, "pobj")
                        for a in self.children(o, "appos")
                        if a in self.person_of
                    ]
        named = (
            self._name_after_comma(i, seen)
            or self._holder_inside_office(i, seen)
            or self._name_right_after(i, seen)
        )
        # "the Speaker of the House, A, and the governor of the bank, B": the parser hangs the rest
        # of the list on the name found after the comma, so its conjuncts are this group's too.
        rest = [t for n in named if self.head(n) not in named for t in self.group(n) if t not in named]
        return seen + self._stray_leader(i) + named + [t for t in rest if t not in seen]

    def _stray_leader(self, i: int) -> list[int]:
        """ "received a delegation from Azerbaijan led by X": the parser hangs "led by X" on the verb
        once a "from" phrase stands between; it still names the group's leader."""
        head = self.head(i)
        if self.tokens[i].lemma.lower() not in GROUP_NOUNS or head is None:
            return []
        return [
            g
            for c in self.children(head, "advcl")
            if c > i and self.tokens[c].lemma.lower() in LEAD_VERBS and self.tokens[c].tag == "VBN"
            for o in self.pobjs(c, "by")
            for g in self.group(o)
        ]

    def _holder_inside_office(self, i: int, seen: list[int]) -> list[int]:
        """ "Minister of State for Foreign Affairs Prince X Y received ...": the parser hangs the
        holder's name inside the office's "of"/"for" phrase."""
        if not _titled(self.tokens[i]) or any(t in self.person_of for t in seen):
            return []
        found: list[int] = []
        stack = [i]
        while stack:
            t = stack.pop()
            for c in self.kids[t]:
                tok = self.tokens[c]
                # "High Representative for Foreign Affairs and Security Policy/Vice-President of the
                # Commission X": a second office in apposition leads on to the name too.
                if (
                    (tok.dep == "prep" and tok.lower_text() in ("of", "for"))
                    or tok.dep in ("pobj", "compound", "appos")
                    # "Deputy Prime Minister and Minister for Foreign Affairs X": one holder's offices
                    or (tok.dep == "conj" and _titled(tok))
                ):
                    if c in self.person_of:
                        found.append(c)
                    stack.append(c)
        return sorted(found)

    def _name_right_after(self, i: int, seen: list[int]) -> list[int]:
        """ "met General Secretary To Lam": a name the parser reads as a preposition and its
        object still follows its office word directly."""
        # "President To Lam and President Y held talks": Y is the office's conjunct, not its holder
        own = [t for t in seen if not self._in_conjunct(i, t) and self.tokens[t].dep not in ("cc", "punct")]
        if not _titled(self.tokens[i]) or any(t in self.person_of for t in own):
            return []
        # "by Federal Minister for Communications X": past the office's own "for"/"of" phrase
        after = self._office_end(i, own, ("of", "for")) + 1
        if after not in self.person_of or self.tokens[after].dep not in (
            "prep",
            "pobj",
            "compound",
            "npadvmod",
            "appos",
        ):
            return []
        name = self._name_from(after)
        # "... To Lam and Prime Minister B": the list goes on from the misread name
        return name + [t for n in name for t in self.group(n) if t not in name]

    def _name_after_comma(self, i: int, seen: list[int]) -> list[int]:
        """ "with her Mozambican counterpart, Mr X Y,": the parser hangs the name elsewhere; an
        office noun that names no one is followed by its holder's name after a comma."""
        if self.tokens[i].lemma.lower() not in _TITLE_NOUNS | {"counterpart", "host", "guest"} or any(
            t in self.person_of for t in seen
        ):
            return []
        # "the Special Representative for Central Asia, X": the office's own "for"/"of" phrase
        # comes before the comma.
        after = self._office_end(i, seen, ("of", "for", "to")) + 1
        # "the President of India, Smt. X": the parser may read the style into the office
        while (
            after - 1 > i
            and after < len(self.tokens)
            and self.tokens[after].text != ","
            and self.tokens[after - 1].text in _STYLES | {","}
        ):
            after -= 1
        if after + 1 >= len(self.tokens) or self.tokens[after].text != ",":
            return []
        start = after + 1
        # "his host, President X Y,": styles and a capitalised office may stand before the name
        while (
            start < len(self.tokens)
            and start not in self.person_of
            and start - after <= 4
            and (self.tokens[start].text in _STYLES or self.tokens[start].tag == "NNP")
        ):
            start += 1
        if start not in self.person_of:
            return []
        return self._name_from(start)

    def _in_conjunct(self, i: int, t: int) -> bool:
        """Token t hangs under a conjunct of token i ("A and President B"), not under i itself."""
        seen: set[int] = set()
        while t != i and t not in seen:
            seen.add(t)
            if self.tokens[t].dep == "conj":
                return True
            head = self.head(t)
            if head is None:
                return False
            t = head
        return False

    def _office_end(self, i: int, seen: list[int], preps: tuple[str, ...]) -> int:
        """The last token of an office phrase: its group and its own `preps` phrases."""
        own = [
            t
            for c in self.children(i, "prep")
            if self.tokens[c].lower_text() in preps
            for t in self.subtree(c)
        ]
        return max([*seen, *own])

    def _name_from(self, start: int) -> list[int]:
        """The run of tokens of the person named at `start`."""
        person = self.person_of[start]
        name = [start]
        while name[-1] + 1 < len(self.tokens) and self.person_of.get(name[-1] + 1) == person:
            name.append(name[-1] + 1)
        return name

    def _named_after_own_office(self, noun: int) -> bool:
        """ "A, X's Minister of Y, and B's Minister of Z, C, who arrived on Sunday": a name set off
        by a comma after its own office; the clause is about C alone."""
        if self.tokens[noun].dep != "conj" or noun not in self.person_of:
            return False
        first = noun
        while first - 1 >= 0 and self.person_of.get(first - 1) == self.person_of[noun]:
            first -= 1
        # "..., and Chinese Foreign Minister C, who flew in": C's own office stands right before.
        return first > 0 and (self.tokens[first - 1].text == "," or _titled(self.tokens[first - 1]))

    def _first_conjunct(self, noun: int) -> int:
        """'A and B, who met on Sunday': the relative clause hangs on B but is about A and B."""
        while self.tokens[noun].dep in ("conj", "appos"):
            # "A, Minister for X, who is visiting Y": the clause hangs on the office, it is about A.
            head = self.head(noun)
            if head is None:
                break
            noun = head
        return noun

    def persons(self, tokens: Iterable[int]) -> list[int]:
        found: list[int] = []
        for t in tokens:
            for person in self.people_at.get(t, []):
                if person not in found:
                    found.append(person)
        return found

    def persons_of(self, i: int) -> list[int]:
        return self.persons(self.group(i))

    def subject(self, verb: int) -> list[int]:
        """The subject tokens of a verb, through conjoined, controlled and relative clauses."""
        seen: set[int] = set()
        v: int | None = verb
        while v is not None and v not in seen:
            seen.add(v)
            subjects = self.children(v, "nsubj", "nsubjpass")
            if not subjects and v == verb:
                # "Lyonchhen held talks with X": a style the model does not know parses as an adverb;
                # a person's name opening the clause right before its verb is the subject.
                subjects = [
                    c
                    for c in self.children(v, "advmod", "npadvmod")
                    if c == v - 1 and self.tokens[c].pos == "PROPN" and c in self.person_of
                ]
            if subjects:
                if self.tokens[subjects[0]].lower_text() in RELATIVE_WORDS:
                    noun = self.head(v)
                    if noun is not None and self._named_after_own_office(noun):
                        return [noun]
                    return [self._first_conjunct(noun)] if noun is not None else []
                return subjects
            dep = self.tokens[v].dep
            if dep in ("relcl", "acl"):
                noun = self.head(v)
                return [noun] if noun is not None else []
            if dep not in ("conj", "xcomp", "advcl", "pcomp", "pobj", "prep", "dobj", "csubj", "npadvmod"):
                return []
            head = self.head(v)
            if dep == "xcomp" and head is not None:
                # "A invited B to visit Seoul", "urged B to attend": the object does what the clause says.
                objects = [o for o in self.children(head, "dobj") if o < v]
                if objects:
                    return objects
            v = head
        return []


# An office noun: "the governor of the central bank, X" names its holder after a comma.
_TITLE_NOUNS = PEOPLE_NOUNS | PERSON_NOUNS
_STYLES = frozenset(
    {
        "Mr",
        "Mr.",
        "Ms",
        "Ms.",
        "Mrs",
        "Mrs.",
        "Dr",
        "Dr.",
        "H.E.",
        "HE",
        "Smt",
        "Smt.",
        "Shri",
        "Sri",
        "Prof",
        "Prof.",
    }
    | {"."}  # "Smt. X": the tokenizer may leave the style's full stop on its own
)


def _titled(tok: Token) -> bool:
    return tok.lemma.lower() in _TITLE_NOUNS


def verb_above(parse: Parse, t: int) -> int | None:
    """The first verb above token t."""
    seen = set()
    head = parse.head(t)
    while head is not None and head not in seen:
        seen.add(head)
        if parse.tokens[head].pos in ("VERB", "AUX"):
            return head
        head = parse.head(head)
    return None


def governing_verb(parse: Parse, n: int) -> int | None:
    """The verb whose clause holds the noun: 'At a news conference with X, Y said' -> said."""
    t = n
    seen = set()
    while t not in seen:
        seen.add(t)
        head = parse.head(t)
        if head is None or parse.tokens[t].dep in ("relcl", "ccomp", "parataxis", "nsubj", "nsubjpass"):
            return None
        tok = parse.tokens[head]
        if tok.pos in ("VERB", "AUX") and parse.subject(head):
            return head
        t = head
    return None


def subject_persons(parse: Parse, verb: int, persons: list[Person] | None = None) -> list[int]:
    """The people a companion verb's subject names; "A and B, who is travelling with ...": only B,
    the one the singular relative clause hangs on."""
    subjects = parse.children(verb, "nsubj")
    if not subjects or parse.tokens[subjects[0]].lower_text() not in RELATIVE_WORDS:
        return [p for s in subjects for p in parse.persons_of(s)]
    single = singular_subject(parse, verb)
    if single is not None:
        return [single]
    found = [p for s in parse.subject(verb) for p in parse.persons_of(s)]
    # "A and B, who accompanied Lee on the trip,": a plural relative clause hung on B is about both
    noun = parse.head(verb) if parse.tokens[verb].dep == "relcl" else None
    if (
        persons is not None
        and noun is not None
        and parse.tokens[noun].dep == "conj"
        and (head := parse.head(noun)) is not None
    ):
        # ... when both serve one stated state ("signed by Fiji's A and New Zealand's B, who
        # accompanied Whitaker": B only)
        states = {persons[p].country for p in found} - {None}
        found += [p for p in parse.persons_of(head) if p not in found and persons[p].country in states]
    return found


def singular_subject(parse: Parse, verb: int) -> int | None:
    """ "A and B, who is accompanying X": the one person a singular relative clause is about, the
    person named right before the relative word, whichever noun the parser hung the clause on."""
    subjects = parse.children(verb, "nsubj")
    if not subjects or parse.tokens[subjects[0]].lower_text() not in RELATIVE_WORDS:
        return None
    singular = parse.tokens[verb].tag == "VBZ" or any(
        parse.tokens[a].lower_text() in ("is", "was", "has") for a in parse.children(verb, "aux")
    )
    if not singular:
        return None
    named = [t for t in range(subjects[0] - 1, max(subjects[0] - 4, -1), -1) if t in parse.person_of]
    return parse.person_of[named[0]] if named else None
