"""Find the people an article names, with their title and the state they serve.

Mentions come from spaCy's PERSON entities, repaired where the small model
is weak (hyphenated given names cut in two, names after a title tagged as
organisations) and cleaned of honorifics.  Mentions are then grouped into
persons: "Choe", "Choe Son Hui" and "Choe Son-hui" are one person when the
article names only one Choe.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from ingest.countries import country_from_any, country_from_demonym, country_from_name, fold
from ingest.nlp import Entity, Sentence
from ingest.titles import HONORIFICS, ROYAL, TITLE_AFTER, TITLE_HEADS, VERBISH, clean_title

NEWS_AGENCIES = {
    "yonhap",
    "kcna",
    "tass",
    "xinhua",
    "afp",
    "reuters",
    "ap",
    "ria",
    "ria novosti",
    "kyodo",
    "bernama",
    "anadolu",
    "pti",
    "ians",
    "dpa",
    "ani",
    "efe",
    "ansa",
    "irna",
    "sputnik",
    "interfax",
    "wafa",
    "montsame",
    "vna",
    "antara",
    "pna",
    "apa",
    "mena",
    "spa",
    "wam",
    "qna",
    "kuna",
    "sana",
    "bna",
    "isna",
    "fars",
}
NOT_NAMES = {
    "minister",
    "president",
    "foreign",
    "ministry",
    "state",
    "government",
    "north",
    "south",
    "east",
    "west",
    "the",
    "parliament",
    "embassy",
    "assembly",
    "council",
    "committee",
    "party",
    "news",
    "agency",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "god",
    "covid",
    "colonel",
    "general",
    "lieutenant",
    "major",
    "admiral",
    "marshal",
    "captain",
    "vice",
    "deputy",
    "first",
    "secretary",
    "chairman",
    "ambassador",
    "prime",
    "defense",
    "defence",
    "senior",
    "acting",
    "army",
}
_NAME_TOKEN = r"[A-Z][\w'’.-]*"
_PARTICLES = {
    "da",
    "de",
    "del",
    "della",
    "dos",
    "das",
    "do",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "bint",
    "al",
    "el",
    "le",
    "la",
    "ibn",
    "y",
    "di",
    "du",
    "ter",
    "ten",
    "al-",
    "zu",
}
_TITLE_NAME = re.compile(
    rf"\b(?:{'|'.join(re.escape(h) for h in TITLE_HEADS if h[0].isupper())})\s+"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|(?:da|de|del|van|von|bin|al|el|le|la)\b)){{0,3}})"
)
_HONORIFIC = re.compile(
    rf"^(?:{'|'.join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))})\.?\s+"
)
_ROYAL_BEFORE = re.compile(rf"\b(?P<royal>{'|'.join(ROYAL)})\s+$")


class Mention(BaseModel):
    sentence: int
    start: int
    end: int
    text: str
    person: int = -1


class Person(BaseModel):
    id: int
    name: str
    forms: list[str] = Field(default_factory=list)
    title: str | None = None
    country: str | None = None
    first_sentence: int = 0

    @property
    def tokens(self) -> set[str]:
        return {fold(t) for form in self.forms for t in re.split(r"[\s]+", form) if len(t) > 1}


class PeopleResult(BaseModel):
    persons: list[Person]
    mentions: list[Mention]

    def in_sentence(self, index: int) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == index and m.person >= 0]


NOT_PERSON_LAST = {
    "castle",
    "palace",
    "house",
    "hall",
    "station",
    "square",
    "street",
    "airport",
    "hotel",
    "center",
    "centre",
    "riverside",
    "park",
    "bridge",
    "university",
    "school",
    "museum",
    "stadium",
    "tower",
    "building",
    "road",
    "avenue",
    "forum",
    "summit",
    "jacks",
    "majesty",
    "highness",
    "excellency",
    "ministry",
    "committee",
    "council",
    "agency",
    "bureau",
    "party",
    "assembly",
    "news",
    "times",
    "post",
    "daily",
    "herald",
    "group",
    "bank",
}


def _is_name(text: str) -> bool:
    key = fold(text)
    if key.split() and key.split()[-1] in NOT_PERSON_LAST:
        return False
    if not key or key in NEWS_AGENCIES or any(ch.isdigit() for ch in text):
        return False
    if country_from_any(text) or country_from_demonym(text.split()[0]):
        return False
    words = key.replace("-", " ").split()
    if all(w in NOT_NAMES or w in {h.lower() for h in TITLE_HEADS} for w in words):
        return False
    if text.isupper() and len(text) <= 5:  # acronyms: KCNA, WPK
        return False
    if key.rstrip(".") in {"dr", "mr", "mrs", "ms", "sir", "madam"}:
        return False
    tokens = text.split()
    if len(tokens) == 1 and (text.isupper() or key in _TITLE_TOKENS or key in {"affairs", "relations"}):
        return False
    if sum(
        t.lower() in _TITLE_TOKENS or t.lower() in {"and", "affairs", "commissioners"} for t in tokens
    ) * 2 > len(tokens):
        return False
    if any(t[:1].islower() and t not in _PARTICLES for t in tokens):  # "Cheong Wa Dae pool"
        return False
    if re.fullmatch(r"[A-Z][\w']+-[A-Z][\w']+", text) and "-" in text:  # "the Moon-Xi meeting"
        return False
    return text[0].isupper()


def _repair(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Glue the rest of a hyphenated name ("Kim Jong-" + "gyu") and drop a possessive."""
    tail = re.match(r"-?[A-Za-z]+(?:-[A-Za-z]+)?", sentence[end:]) if sentence[end - 1 : end] == "-" else None
    if tail is None:
        tail = re.match(r"-[A-Za-z]+", sentence[end:])
    if tail:
        end += tail.end()
    text = sentence[start:end]
    if text.endswith(("'s", "’s")):
        end -= 2
    while end > start and sentence[end - 1] in ",.;:-":
        end -= 1
    return start, end


def _strip_honorific(sentence: str, start: int, end: int) -> tuple[int, int, str | None]:
    text = sentence[start:end]
    match = _HONORIFIC.match(text)
    if match and len(text.split()) > 1:
        return start + match.end(), end, None
    royal = _ROYAL_BEFORE.search(sentence[:start])
    if royal and len(text.split()) == 1:
        return royal.start(), end, royal.group("royal")
    return start, end, None


# East Asian names with a hyphenated given name ("Choe Son-hui", "Im Chon-il") that the small
# model often tags as ORG/PRODUCT or misses; also hyphenated Western given names ("Frank-Walter X").
_HYPHEN_NAME = re.compile(r"\b[A-Z][a-z]{1,6}\s+[A-Z][a-z]+-[a-z]+\b(?!-)")
_TITLE_TOKENS = {w.lower() for h in TITLE_HEADS for w in h.split()} | {
    "foreign",
    "vice",
    "deputy",
    "first",
    "senior",
    "acting",
    "former",
    "prime",
    "state",
    "defence",
    "defense",
    "affairs",
    "external",
    "economic",
    "relations",
    "general",
    "colonel",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sir",
}


def _trim_leading(sentence: str, start: int, end: int) -> int:
    """Drop leading office words and country names caught inside a name span."""
    while True:
        match = re.match(r"([\w'’.-]+)\s+", sentence[start:end])
        if not match or len(sentence[start:end].split()) < 2:
            return start
        word = match.group(1)
        if word.lower().rstrip(".") in _TITLE_TOKENS or country_from_any(word) or country_from_demonym(word):
            start += match.end()
            continue
        return start


def _extend_left(sentence: str, start: int) -> int:
    """'Choe' + model's 'Ryong Hae': a short capitalised syllable right before a name."""
    match = re.search(r"\b([A-Z][a-z]{1,4})\s+$", sentence[:start])
    if (
        match
        and match.group(1).lower() not in _TITLE_TOKENS | NOT_NAMES
        and not country_from_any(match.group(1))
        and match.group(1)
        not in {
            "The",
            "On",
            "In",
            "At",
            "And",
            "But",
            "For",
            "With",
            "By",
            "From",
            "As",
            "After",
            "When",
            "Then",
            "Also",
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "Sir",
        }
    ):
        return match.start(1)
    return start


def find_mentions(sentences: list[Sentence]) -> list[Mention]:
    mentions: list[Mention] = []
    for sent in sentences:
        spans: list[tuple[int, int]] = []
        for ent in sent.entities:
            if ent.label == "PERSON" or (
                ent.label in ("ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART", "FAC")
                and _after_title(sent.text, ent.start)
            ):
                start, end = _repair(sent.text, ent.start, ent.end)
                if (
                    ent.label == "PERSON"
                    and len(ent.text.split()) == 2
                    and all(len(w) <= 5 for w in ent.text.split())
                ):
                    start = _extend_left(sent.text, start)
                spans.append((start, end))
        persons_here = [e for e in sent.entities if e.label == "PERSON"]
        for ent in sent.entities:
            if ent.label in ("ORG", "PRODUCT", "WORK_OF_ART") and _listed_with_people(
                sent.text, ent, persons_here
            ):
                spans.append((ent.start, ent.end))
        extra = [m.span() for m in _HYPHEN_NAME.finditer(sent.text)]
        extra += [_repair(sent.text, *m.span("name")) for m in _TITLE_NAME.finditer(sent.text)]
        for start, end in extra:
            # A rule span that contains model spans replaces them; one that only overlaps loses.
            inside = [(s, e) for s, e in spans if start <= s and e <= end]
            if any(s < end and start < e for s, e in spans if (s, e) not in inside):
                continue
            spans = [sp for sp in spans if sp not in inside] + [(start, end)]
        for start, end in sorted(set(spans)):
            start, end, _ = _strip_honorific(sent.text, start, end)
            start = _trim_leading(sent.text, start, end)
            text = sent.text[start:end].strip()
            if _is_name(text) and not _inside(mentions, sent.index, start, end):
                mentions.append(Mention(sentence=sent.index, start=start, end=end, text=text))
    return mentions


_ORG_WORDS = re.compile(
    r"\b(?:Organi[sz]ation|Ministry|Council|Party|Agency|Committee|Commission|Union|Bank|Fund|"
    r"Forum|Association|Institute|University|Assembly|Parliament|Congress|Court|Office|Group|"
    r"Corporation|Company|Department|Army|Force|Forces|News|Times|Post|Daily|Summit|Treaty|"
    r"Agreement|Program|Programme|Initiative|Partnership|Development|Cooperation)\b"
)


_COMMON_WORDS = {
    "social",
    "security",
    "reform",
    "economic",
    "economy",
    "national",
    "international",
    "affairs",
    "trade",
    "health",
    "public",
    "policy",
    "strategic",
    "energy",
    "finance",
    "justice",
    "interior",
    "culture",
    "disease",
    "control",
    "science",
    "technology",
    "education",
    "labour",
    "labor",
    "industry",
    "transport",
    "tourism",
    "peace",
    "war",
    "world",
    "global",
    "regional",
    "central",
    "federal",
    "republic",
    "democratic",
    "people",
    "state",
    "olympics",
    "games",
    "cup",
    "day",
    "week",
    "year",
    "new",
    "old",
    "great",
    "grand",
    "royal",
    "prime",
    "human",
}


def _listed_with_people(text: str, ent: Entity, persons_here: list[Entity]) -> bool:
    """An ORG-tagged name listed with people ("A and B") or followed by an office ("X, Secretary-General")."""
    words = ent.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if _ORG_WORDS.search(ent.text) or any(country_from_any(w) for w in words) or ent.text.startswith("The "):
        return False
    if any(w.lower() in _COMMON_WORDS for w in words):
        return False
    gap_before = text[max(0, ent.start - 6) : ent.start]
    gap_after = text[ent.end : ent.end + 6]
    next_to_person = any(
        (p.end <= ent.start and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[p.end : ent.start]))
        or (p.start >= ent.end and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[ent.end : p.start]))
        for p in persons_here
    )
    appositive = bool(TITLE_AFTER.match(text[ent.end :])) and not gap_before.endswith("the ")
    return next_to_person or (appositive and gap_after.startswith(","))


def _inside(mentions: list[Mention], sentence: int, start: int, end: int) -> bool:
    return any(m.sentence == sentence and m.start <= start and end <= m.end for m in mentions)


def _after_title(text: str, start: int) -> bool:
    return bool(
        re.search(
            r"\b(?:Minister|President|Premier|Chancellor|Secretary|Ambassador|King|Queen|Prince)\s+$",
            text[:start],
        )
    )


def _same_person(short: list[str], long: list[str]) -> bool:
    """Every token of the shorter form appears, in order, in the longer one."""
    it = iter(long)
    return all(any(tok == other for other in it) for tok in short)


def group_people(sentences: list[Sentence], mentions: list[Mention]) -> PeopleResult:
    persons: list[Person] = []
    token_lists: list[list[str]] = []

    def tokens_of(text: str) -> list[str]:
        return [fold(t) for t in re.split(r"[\s]+", text.replace("-", " ")) if t]

    ordered = sorted(mentions, key=lambda m: (-len(m.text.split()), m.sentence, m.start))
    for mention in ordered:
        toks = tokens_of(mention.text)
        matches = [
            p
            for p, tl in zip(persons, token_lists, strict=True)
            if _same_person(toks, tl) or (len(toks) > 1 and _same_person(tl, toks))
        ]
        if len(matches) > 1:
            # Two "Kim"s: the nearest earlier full mention wins; otherwise leave it unresolved.
            earlier = [p for p in matches if p.first_sentence <= mention.sentence]
            matches = (
                sorted(earlier, key=lambda p: _last_seen(mentions, p.id, mention.sentence))[-1:]
                if len(toks) == 1 and earlier
                else []
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
        _read_role(persons[mention.person], by_index[mention.sentence].text, mention)
    _recover_surnames(sentences, mentions, persons)
    return PeopleResult(persons=persons, mentions=mentions)


def _last_seen(mentions: list[Mention], person: int, before: int) -> int:
    return max((m.sentence for m in mentions if m.person == person and m.sentence <= before), default=-1)


def _recover_surnames(sentences: list[Sentence], mentions: list[Mention], persons: list[Person]) -> None:
    """Bare surnames the NER missed ("Choe said ..."): a token of exactly one person's name."""
    owners: dict[str, set[int]] = {}
    for person in persons:
        if len(person.name.split()) < 2:
            continue
        for tok in person.name.replace("-", " ").split():
            if len(tok) > 2 and tok[0].isupper():
                owners.setdefault(tok, set()).add(person.id)
    unique = {tok: next(iter(ids)) for tok, ids in owners.items() if len(ids) == 1}
    for person in persons:
        for form in person.forms:
            if len(form.split()) == 1 and "-" in form:  # "L.Oyun-Erdene"
                unique[form] = person.id
    if not unique:
        return
    alternatives = sorted(unique, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in alternatives) + r")\b(?![-\w])")
    for sent in sentences:
        for match in pattern.finditer(sent.text):
            if _covered(mentions, sent.index, match.start(), match.end()):
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
    mentions.sort(key=lambda m: (m.sentence, m.start))


def _covered(mentions: list[Mention], sentence: int, start: int, end: int) -> bool:
    return any(m.sentence == sentence and m.start < end and start < m.end for m in mentions)


def _split_country(title: str) -> tuple[str | None, str]:
    """'North Korean Foreign Minister' -> ('PRK', 'Foreign Minister'); "Russia's ..." too."""
    words = title.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        head = " ".join(words[:n])
        possessive = re.sub(r"(?:'s|’s)$", "", head)
        code = country_from_demonym(head) or (country_from_name(possessive) if possessive != head else None)
        code = code or country_from_name(head)
        if code:
            return code, " ".join(words[n:])
    return None, title


def _of_country(title: str) -> tuple[str | None, str]:
    match = re.search(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w'. -]+)$", title)
    if match:
        code = country_from_name(match.group("c"))
        if code:
            return code, title[: match.start()]
    return None, title


_TITLE_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|of|for|to|the|and)$")
_HEAD_WORDS = {w.lower() for h in TITLE_HEADS for w in h.split()[-1:]} | {"minister", "leader", "lady"}
_DELEGATION = re.compile(
    r"(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)(?:'s|’s)?\s+(?:[\w-]+\s+){0,4}?(?:delegation|mission|side)\b"
    r"[^.;]{0,60}?\b(?:led|headed)\s+by\s+[^,;]{0,60}$"
)


def title_before(before: str) -> str | None:
    """The office written right before a name: scan back from the name over capitalised words."""
    words = before.rstrip().split(" ")
    if not words or not words[-1] or words[-1].endswith(","):
        return None
    taken: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(",")
        if bare != word and taken:
            break
        if not (_TITLE_WORD.match(bare) or (not taken and bare.lower() in _HEAD_WORDS)):
            break
        taken.append(bare)
    if not any(w.lower() in _HEAD_WORDS for w in taken):
        return None
    while taken and taken[-1] in {"of", "for", "to", "the", "and"}:
        taken.pop()
    if "and" in taken:  # "... Choe Son-hui and Vice Foreign Minister" : keep what follows "and"
        taken = taken[: taken.index("and")]
    title = " ".join(reversed(taken))
    return title or None


def _read_role(person: Person, text: str, mention: Mention) -> None:
    before = text[: mention.start]
    title = title_before(before)
    after = TITLE_AFTER.match(text[mention.end :])
    if after and VERBISH.search(after.group("title")):
        after = None
    if not title and after:
        title = clean_title(after.group("title"))
    country: str | None = None
    if title:
        country, title = _split_country(title)
        of_code, title = _of_country(title)
        country = country or of_code
        if re.search(r"\b(?:to|in)\s+(?:the\s+)?[A-Z]", title) and not re.search(
            r"^(?:Ambassador|Envoy)", title
        ):
            title = re.sub(r"\s+(?:to|in)\s+.*$", "", title)
        title = title.strip(" ,") or None
    if country is None:
        # "his Brazilian counterpart, Lula" / "Russia's Lavrov" / "the Russian delegation, led by X"
        near = re.search(
            r"(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)(?:'s|’s)?\s+(?:[a-z]+\s+){0,2}(?:,\s*)?$",
            before[-60:],
        )
        delegation = _DELEGATION.search(before[-160:])
        for found in (near, delegation):
            if found and country is None:
                adj = re.sub(r"(?:'s|’s)$", "", found.group("adj"))
                country = country_from_demonym(adj) or country_from_name(adj)
    if title and len(title) > 120:
        title = None
    if title and not person.title:
        person.title = title
    if country and not person.country:
        person.country = country
