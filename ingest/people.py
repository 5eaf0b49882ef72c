"""Group an article's person mentions into people, with their title and state.

"Choe", "Choe Son Hui" and "Choe Son-hui" are one person when the article
names only one Choe; two different "Kim"s are kept apart, and a bare
"Kim" goes to the nearest earlier full mention.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field, PrivateAttr
from rapidfuzz import fuzz

from ingest.countries import fold
from ingest.mentions import FACILITY_AFTER, Mention, find_mentions
from ingest.name_words import without_form_of_address
from ingest.nlp import Sentence
from ingest.places import ambiguous_town, find_places
from ingest.roles import host_state, read_role, respective_states
from ingest.scenes import scene_hosts
from ingest.titles import ROYAL

__all__ = ["Mention", "PeopleResult", "Person", "find_mentions", "group_people"]


class Person(BaseModel):
    id: int
    name: str
    forms: list[str] = Field(default_factory=list)
    title: str | None = None
    country: str | None = None
    first_sentence: int = 0
    # Set once the state comes from the article's structure rather than the words about the person.
    country_inferred: bool = False
    # Named as having held the office ("former Prime Minister X", "then-President Y"): no holder now.
    former: bool = False
    # The title is the office of the one this person is the counterpart of: good enough to read
    # "the two presidents" in the article, not to tell the graph what office the person holds.
    title_from_counterpart: bool = False


def has_a_full_name(person: Person) -> bool:
    """A name of two words or more, or a title: a person the record keeps. A lone word the model
    took for a name ("Santo | Domingo") is nobody's."""
    return len(person.name.split()) > 1 or bool(person.title)


class PeopleResult(BaseModel):
    persons: list[Person]
    mentions: list[Mention]

    _index: dict[int, list[Mention]] | None = PrivateAttr(default=None)

    def in_sentence(self, index: int) -> list[Mention]:
        if self._index is None:  # built once: articles can have thousands of sentences
            self._index = {}
            for mention in self.mentions:
                self._index.setdefault(mention.sentence, []).append(mention)
        return [m for m in self._index.get(index, []) if m.person >= 0]


def _spelling_variant(a: list[str], b: list[str]) -> bool:
    """'Elke Buedenbender' and 'Elke Budenbender' in one article: same given name, near-same surname."""
    if len(a) != len(b) or a[:-1] != b[:-1] or len(a[-1]) < 5:
        return False
    return fuzz.ratio(a[-1], b[-1]) >= 85


def _same_person(short: list[str], long: list[str]) -> bool:
    """Every token of the shorter form appears, in order, in the longer one."""
    it = iter(long)
    return all(any(tok == other for other in it) for tok in short)


_STYLES = frozenset(fold(w) for w in ROYAL)
_INITIALS = re.compile(r"(?P<initials>(?:[A-Z][a-z]?\.\s*){1,3})(?P<name>[A-Z][\w'’-]+)")


def group_people(sentences: list[Sentence], mentions: list[Mention]) -> PeopleResult:
    persons: list[Person] = []
    token_lists: list[list[str]] = []

    def tokens_of(text: str) -> list[str]:
        # "D.Bat", "Ts.Gantumur": the initial and the name are two words ("Bat" said alone is him)
        text = re.sub(r"\.(?=[A-Z])", ". ", text)
        return [fold(t) for t in re.split(r"[\s]+", text.replace("-", " ")) if t]

    def given_name_after_style(toks: list[str], long: list[str]) -> bool:
        """ "Prince Turki" is "Turki bin Abdulaziz Al Saud": a royal style and the given name that
        opens the full name (but "King Salman" is not "Mohammed bin Salman")."""
        return len(toks) == 2 and toks[0] in _STYLES and len(long) > 2 and long[0] == toks[1]

    def initials_then_name(text: str, long: list[str]) -> bool:
        """ "Z.Kerekes" / "Z. Kerekes" is "Zoltán Kerekes": initials of the given names, then the name
        the full form ends with (Mongolian news writes every name so)."""
        found = _INITIALS.fullmatch(text)
        if found is None or len(long) < 2 or fold(found.group("name")) != long[-1]:
            return False
        initials = re.findall(r"[A-Z][a-z]?", found.group("initials"))
        return len(initials) <= len(long) - 1 and all(
            word.startswith(i.lower()) for i, word in zip(initials, long, strict=False)
        )

    ordered = sorted(mentions, key=lambda m: (-len(m.text.split()), m.sentence, m.start))
    for mention in ordered:
        toks = tokens_of(mention.text)
        matches = [
            p
            for p, tl in zip(persons, token_lists, strict=True)
            if _same_person(toks, tl)
            or (len(toks) > 1 and _same_person(tl, toks))
            or given_name_after_style(toks, tl)
            or initials_then_name(mention.text, tl)
        ]
        if not matches and len(toks) > 1:
            matches = [p for p, tl in zip(persons, token_lists, strict=True) if _spelling_variant(toks, tl)]
        if len(matches) > 1:
            # Two "Kim"s: a bare "Kim" is the article's protagonist, the one named first;
            # a longer ambiguous form stays unresolved.
            earlier = [p for p in matches if p.first_sentence <= mention.sentence]
            matches = (
                sorted(earlier, key=lambda p: p.first_sentence)[:1] if len(toks) == 1 and earlier else []
            )
        if matches:
            person = matches[0]
            mention.person = person.id
            if mention.text not in person.forms:
                person.forms.append(mention.text)
            person.first_sentence = min(person.first_sentence, mention.sentence)
            continue
        person = Person(
            id=len(persons), name=mention.text, forms=[mention.text], first_sentence=mention.sentence
        )
        persons.append(person)
        token_lists.append(toks)
        mention.person = person.id
    mentions.sort(key=lambda m: (m.sentence, m.start))
    by_index = {s.index: s for s in sentences}
    for mention in mentions:
        title, country = read_role(by_index[mention.sentence].text, mention)
        person = persons[mention.person]
        # "Minister X" in a caption, "External Affairs Minister X" in the text: the fuller office.
        if title and person.title and title.lower().endswith(" " + person.title.lower()):
            person.title = title
        person.title = person.title or title
        person.country = person.country or country
    named = {id(m) for m in mentions}
    _recover_surnames(sentences, mentions, persons)
    for mention in mentions:
        person = persons[mention.person]
        # A family name the NER missed has words of its own ("his Djiboutian counterpart Warsame"); a
        # given name found inside someone else's name has not.
        if id(mention) not in named and mention.text == person.name.split()[-1]:
            title, country = read_role(by_index[mention.sentence].text, mention)
            person.title, person.country = person.title or title, person.country or country
    for person in persons:
        # "His Majesty King X": the mention keeps the form of address (the parse hangs on it), the
        # name does not.
        person.name = without_form_of_address(person.name)
    _counterparts_offices(by_index, mentions, persons)
    result = PeopleResult(persons=persons, mentions=mentions)
    _infer_states(sentences, result)
    return result


_COUNTERPART_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[A-Z][\w'’-]+\s+)?counterpart,?\s+$")


def _counterparts_offices(
    by_index: dict[int, Sentence], mentions: list[Mention], persons: list[Person]
) -> None:
    """ "President A and his Azerbaijani counterpart B": B holds the office A holds."""
    for mention in mentions:
        person = persons[mention.person]
        text = by_index[mention.sentence].text
        if person.title or not _COUNTERPART_BEFORE.search(text[: mention.start]):
            continue
        owners = [
            persons[m.person]
            for m in mentions
            if m.sentence == mention.sentence and m.end <= mention.start and m.person != mention.person
        ]
        if owners and owners[-1].title and not SPOUSE_TITLE.search(owners[-1].title):
            person.title = owners[-1].title
            person.title_from_counterpart = True


SPOUSE = re.compile(r"\b(?:his|her)\s+(?:wife|husband|spouse)\s*,?\s*$")
SPOUSE_TITLE = re.compile(r"\b(?:first\s+lady|first\s+gentleman|wife|husband|spouse)\b", re.I)


def _infer_states(sentences: list[Sentence], people: PeopleResult) -> None:
    """States the sentence implies rather than states: 'respectively' lists and hosts in their capital."""
    persons = people.persons
    scene: str | None = None  # the state the last sentences' scene is set in
    for sent in sentences:
        here = people.in_sentence(sent.index)
        # "Paulo Vasconcelos Lima" holds a capital's name; a place inside a person's name is no place.
        places = [p for p in find_places(sent) if not any(m.start <= p.start < m.end for m in here)]
        if not here:
            scene = scene_hosts(sent.text, [], places, {}, scene)[1]
            continue
        states = [(p.start, p.country) for p in places if not p.is_city]
        for person_id, code in respective_states(sent.text, here, states).items():
            # the list pairs states and names one by one: it outweighs the guess from the word
            # next to a name ("... and Polish counterparts, A" is not A's state)
            persons[person_id].country = code
        # A town several states share is settled against the whole story later (places.py).
        cities = [(p.start, p.country) for p in places if p.is_city and not ambiguous_town(p)]
        for n, mention in enumerate(here):
            # "Mr Steinmeier and his wife, Elke Budenbender": a spouse shares the partner's state.
            if n and SPOUSE.search(sent.text[: mention.start]) and persons[here[n - 1].person].country:
                persons[mention.person].country = (
                    persons[mention.person].country or persons[here[n - 1].person].country
                )
        # "in Roseau, the capital of Dominica, where he was received by Prime Minister X": the host of
        # a meeting the sentence places in a state is of that state.
        known = {m.person: persons[m.person].country for m in here}
        hosts, scene = scene_hosts(sent.text, here, places, known, scene)
        for person_id, code in hosts.items():
            if persons[person_id].country is None:
                # Read from the scene, not from words about the person: no side of the story's own.
                persons[person_id].country, persons[person_id].country_inferred = code, True
        for mention in here:
            person = persons[mention.person]
            if person.country is not None or _POSTED_HERE.search(
                sent.text[max(0, mention.start - 90) : mention.start]
            ):
                continue  # "Russia's ambassador to Pyongyang, X": posted in the host's city, not its own
            guests = [
                persons[m.person].country for m in here if m.start > mention.end and persons[m.person].country
            ]
            person.country = host_state(
                sent.text, mention, guests[0] if guests else None, [c for _, c in cities]
            ) or _passive_host(sent.text, mention, here, persons, cities)


_POSTED_HERE = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Cc]harg[eé]\s+d['’]affaires|[Cc]onsul)"
    r"[^,.;]{0,50}?\bto\s+[^,.;]{1,40},?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$"
)


# "Before his departure from Manila, A was seen off by B and C": who receives or sees off a guest
# in a city is of that city's state.
_PASSIVE_HOSTING = re.compile(
    r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?(?:welcomed|greeted|received|seen\s+off)\b"
    r"[^.;]{0,80}?\bby\s+(?P<by>[^.;]{0,80})$"
)
_CLAUSE = re.compile(r"\b(?:who|which|whom|said|says|was|were|is|are|has|had|will)\b|,\s+(?:and\s+)?[a-z]")
# Where the clause of a name ends: "..., and was welcomed on arrival in Y by Z" is another scene.
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|where|before|after)\b|;|\.\s")


def _passive_host(
    text: str, mention: Mention, here: list[Mention], persons: list[Person], cities: list[tuple[int, str]]
) -> str | None:
    found = _PASSIVE_HOSTING.search(text[: mention.start])
    if found is None or _CLAUSE.search(found.group("by")):
        return None
    # The city of this scene: named between the verb and the name ("seen off in X by B"), else before
    # the verb or after the name within its clause ("received by B in X"); a sentence that goes on
    # to another scene ("and was welcomed on arrival in Y by C") does not lend it Y.
    end = _NEXT_CLAUSE.search(text, mention.end)
    stop = end.start() if end else len(text)
    scene = [c for at, c in cities if found.start() <= at < mention.start] or [
        c for at, c in cities if at < found.start() or mention.end <= at < stop
    ]
    if len(set(scene)) != 1:
        return None
    guests = {persons[m.person].country for m in here if m.end <= found.start()}
    return None if scene[0] in guests else scene[0]


# Words of Malay styles that sit inside a name after "Tengku" or "Tunku" (and "Seri", "Sri" of them)
_INNER_STYLES = frozenset({"Datuk", "Dato", "Seri", "Sri", "Tengku", "Tunku"})


def _style_of_another_name(text: str, match: re.Match[str], owner: Person) -> bool:
    """ "Prime Minister Datuk Seri A B", with "Tengku Datuk Seri C D" named: "Datuk" here styles
    A B, not C D, whose name holds the same style."""
    if match.group(1) not in _INNER_STYLES:
        return False
    run = re.match(r"(?:\s+[A-Z][\w'’-]*)+", text[match.end() :])
    words = run.group(0).split() if run else []
    following = next((w for w in words if w not in _INNER_STYLES), None)
    return following is not None and following not in owner.name.split()


def _recover_surnames(sentences: list[Sentence], mentions: list[Mention], persons: list[Person]) -> None:
    """Bare surnames the NER missed ("Choe said ..."): a token of exactly one person's name."""
    owners: dict[str, set[int]] = {}
    for person in persons:
        if len(person.name.split()) < 2:
            continue
        # "Dubois-Tremblay" whole as well as "Dubois" and "Tremblay".
        words = person.name.split()
        for tok in person.name.replace("-", " ").split() + [w for w in words[1:] if "-" in w]:
            # "Tengku Datuk Seri A B": a style inside a name is nobody's surname
            if len(tok) > 2 and tok[0].isupper():
                owners.setdefault(tok, set()).add(person.id)
        if len(words[0]) == 2 and words[0].istitle():
            # "Li Zhaoming" ... "Li said": a two-letter family name written first.
            owners.setdefault(words[0], set()).add(person.id)
    # A surname shared by several people ("Trump", "Kim") goes to the one named first, as in
    # group_people; a surname of one person only goes to them.
    unique = {tok: min(ids, key=lambda i: (persons[i].first_sentence, i)) for tok, ids in owners.items()}
    for person in persons:
        for form in person.forms:
            if len(form.split()) == 1 and "-" in form:  # "L.Oyun-Erdene"
                unique[form] = person.id
    if not unique:
        return
    names = "|".join(re.escape(t) for t in sorted(unique, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])({names})\b(?![-\w])")
    for sent in sentences:
        # "Peru's ambassador in La Paz": a word of a place's name is no one's surname.
        places = [(p.start, p.end) for p in find_places(sent)] if pattern.search(sent.text) else []
        for match in pattern.finditer(sent.text):
            if (
                _covered(mentions, sent.index, match.start(), match.end())
                or any(
                    start <= match.start()
                    and match.end() <= end
                    # "Rodríguez left Windhoek": a family name a town shares, not after "in"/"to",
                    # is the person
                    and ((start, end) != match.span() or _PLACE_PREPOSITION.search(sent.text[:start]))
                    for start, end in places
                )
                or FACILITY_AFTER.match(sent.text[match.end() :])
                or _opens_a_named_person(mentions, sent, match.end())
                or _style_of_another_name(sent.text, match, persons[unique[match.group(1)]])
            ):
                continue
            mentions.append(
                Mention(
                    sentence=sent.index,
                    start=match.start(),
                    end=match.end(),
                    text=match.group(1),
                    person=unique[match.group(1)],
                )
            )
    # "the Moon-Khurelsukh summit": two known surnames written into one word.
    pair = re.compile(rf"(?<![\w-])({names})-({names})(?![-\w])")
    for sent in sentences:
        for match in pair.finditer(sent.text):
            first, second = unique[match.group(1)], unique[match.group(2)]
            if first == second or _covered(mentions, sent.index, match.start(), match.end()):
                continue
            for group, owner in ((1, first), (2, second)):
                mentions.append(
                    Mention(
                        sentence=sent.index,
                        start=match.start(group),
                        end=match.end(group),
                        text=match.group(group),
                        person=owner,
                    )
                )
    mentions.sort(key=lambda m: (m.sentence, m.start))


def _opens_a_named_person(mentions: list[Mention], sent: Sentence, end: int) -> bool:
    """ "Sheikh Faleh bin Nasser": a word of one person's name ("Abdiqadir Sheikh Nur") right before
    another person's name is that name's style, not the first person again."""
    gap = re.match(r"\s+", sent.text[end:])
    after = end + (gap.end() if gap else 0)
    return gap is not None and any(m.sentence == sent.index and m.start == after for m in mentions)


_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|at|near|into|via|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _covered(mentions: list[Mention], sentence: int, start: int, end: int) -> bool:
    return any(m.sentence == sentence and m.start < end and start < m.end for m in mentions)


# "former Prime Minister X", "the then President Y", "ex-minister Z", "the late President W": the office
# is one the person held; the words between are the office's.
_FORMER_BEFORE = re.compile(
    r"(?:\b(?:[Ff]ormer|[Ee]x|[Ll]ate)[\s-]+|(?:\b(?:the|by|under|of|with|between|and)\s+|['’]s\s+)"
    r"then[\s-]+|\bthen-)(?:[A-Z][\w'’.-]*\s+|(?:of|for|and|the)\s+|[a-z-]+\s+){0,5}$"
)


def mark_former(sentences: list[Sentence], people: PeopleResult) -> None:
    """Flag people every mention of whom with an office before it names an office they once held."""
    text = {s.index: s.text for s in sentences}
    seen: dict[int, list[bool]] = {}
    for m in people.mentions:
        if m.person < 0:
            continue
        before = text.get(m.sentence, "")[max(0, m.start - 80) : m.start]
        if re.search(r"[A-Z][\w'’.-]*\s+$", before):  # an office or a style right before the name
            seen.setdefault(m.person, []).append(bool(_FORMER_BEFORE.search(before)))
    for pid, flags in seen.items():
        people.persons[pid].former = all(flags)
