"""Person mentions in sentences: spaCy PERSON entities, repaired where the small model is weak.

The small model cuts hyphenated given names ("Kim Jong-" + "gyu"), tags names
after a title as organisations and misses East Asian names in lists; rules
here repair those, strip honorifics, and drop news agencies, places and
office words that the model took for people.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from ingest.countries import (
    country_from_any,
    country_from_city,
    country_from_demonym,
    country_from_name,
    fold,
)
from ingest.nlp import Entity, Sentence
from ingest.office_names import PORTFOLIO_WORDS, names_after_address, names_after_long_offices
from ingest.titles import HONORIFICS, NAME_PARTICLES, ROYAL, TITLE_AFTER, TITLE_HEADS

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
    "extraordinary",
    "plenipotentiary",
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
_PARTICLES = NAME_PARTICLES
_TITLE_NAME = re.compile(
    rf"\b(?:(?:{'|'.join(re.escape(h) for h in TITLE_HEADS if h[0].isupper())})\s+(?:\([A-Z]{{2,6}}\)\s+)?)+"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|(?:da|de|del|der|den|van|von|bin|al|el|le|la|dos|du|di)\b)){{0,5}})"
)
# "Presidents A of Ghana and B of Kenya": the model drops the first name after a plural title.
_PLURAL_TITLE_NAME = re.compile(
    r"\b(?:Presidents|Prime\s+Ministers|Foreign\s+Ministers|Ministers|Premiers|Chancellors|Ambassadors|"
    r"Senators)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
# "Minister of Foreign Affairs of the DPRK Choe Son Hui": the name is the capitalised run at the end.
_OF_TITLE_NAME = re.compile(
    r"\b(?:Minister|Secretary|Ambassador|Chairman|Chairperson|President|Director|Commissioner|Envoy)\s+of\s+"
    r"(?:[A-Z][\w'’.-]*\s+|of\s+|the\s+|and\s+){1,8}?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4})\b"
    r"(?!\s+[A-Z])"
)
# Korean and Chinese names in three parts ("Choe Son Hui", "Ri Yong Ho") that the small model misses.
EAST_ASIAN_SURNAMES = (
    "Kim|Lee|Ri|Yi|Park|Pak|Choe|Choi|Jang|Chang|Kang|Cho|Jo|Yun|Yoon|Han|Ko|Mun|Moon|Song|Hong|Jong|Jung|Chung|"
    "Kwon|Hwang|An|Ahn|Ryu|Yu|Shin|Sin|Nam|Ju|Chu|Im|Lim|Ho|Zhang|Wang|Li|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|"
    "Sun|Ma|Hu|Guo|He|Gao|Lin|Luo|Zheng|Liang|Xie|Tang|Cao|Feng|Deng|Xi|Qin|Cai|Ding|Wei|Ye|Pan|Du|Dai|Xia"
)
_EAST_ASIAN_NAME = re.compile(
    rf"\b(?:{EAST_ASIAN_SURNAMES})\s+[A-Z][a-z]{{1,6}}\s+[A-Z][a-z]{{1,6}}\b(?!\s+[A-Z])"
)
# "Ferdinand 'Bongbong' Marcos Jr.": a quoted nickname inside a name splits it for the model.
_NICKNAMED = re.compile(
    r"\b[A-Z][\w-]+\s+['‘\"“][A-Z][\w-]+['’\"”]\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,?\s+(?:Jr|Sr)\b\.?)?"
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


NOT_PERSON_LAST = {
    # Geography and events that the small model tags as people.
    "east",
    "west",
    "isla",
    "island",
    "islands",
    "peninsula",
    "election",
    "elections",
    "uses",
    "sea",
    "gulf",
    "strait",
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


# Photographers and reporters credited in the text are not people of the story.
_CREDITED = re.compile(
    r"(?:(?:photo(?:graph)?s?|pictures?|image|(?:additional\s+)?reporting|writing|editing|compiled|"
    r"edited|written)\s+by|photo\s*:|credit\s*:)\s*$",
    re.IGNORECASE,
)


# Between two name spans of one name: a space, or a lineage particle ("Noura bint Mohammed").
_LINEAGE = r"(?:bin|bint|binti|ibn)"
_JOINING_GAP = re.compile(rf" | (?:{_LINEAGE}|ben|bt\.?|b\.) ")


_GIVEN_NAME_BEFORE_LINEAGE = re.compile(rf"\b[A-Z][\w'-]+ {_LINEAGE} $")


def _with_given_name(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Salma bint Khalid Al Mansoori", where the model found only "Khalid Al Mansoori": the given
    name and the lineage particle before it belong to the name."""
    given = _GIVEN_NAME_BEFORE_LINEAGE.search(text[max(0, start - 40) : start])
    return (start - len(given.group(0)), end) if given else (start, end)


def _join_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Maria Leonor" + "Dimaculangan-Reyes": two name spans with only a space (or a lineage
    particle) between are one."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        left = text[joined[-1][0] : joined[-1][1]] if joined else ""
        if (
            joined
            and _JOINING_GAP.fullmatch(text[joined[-1][1] : start])
            and text[start : start + 1].isupper()
            and not re.search(r"\b(?:of|the)\b", left)
            and country_from_any(left) is None
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _credited(sentence: str, start: int) -> bool:
    return bool(_CREDITED.search(sentence[max(0, start - 30) : start]))


def _is_name(text: str) -> bool:
    key = fold(text)
    if "/" in text or "(" in text:  # "Ana Ruiz/Xinhua": a photo credit
        return False
    if _ORG_WORDS.search(text):
        return False
    if key.split() and key.split()[-1] in NOT_PERSON_LAST:
        return False
    if not key or key in NEWS_AGENCIES or any(ch.isdigit() for ch in text):
        return False
    if country_from_any(text) or country_from_demonym(text.split()[0]):
        return False
    if re.fullmatch(r"[\w'’ -]+\s+(?:D\.C\.?|City)", text) and country_from_any(text.rsplit(" ", 1)[0]):
        return False  # "Bogotá D.C", "Kuwait City" in a caption
    if all(fold(w) in PORTFOLIO_WORDS for w in text.split()):
        return False  # "Diaspora Affairs", "Foreign Trade": a portfolio left over from a long office
    # "UN Secretary-General", "EU High Representative": an office with an acronym is no name.
    words = [w for w in text.replace("-", " ").split() if not (w.isupper() and len(w) <= 4)]
    if all(fold(w) in NOT_NAMES or fold(w) in {h.lower() for h in TITLE_HEADS} for w in words):
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
    if any(t[:1].islower() and t.split("-")[0] not in _PARTICLES for t in tokens):  # "Cheong Wa Dae pool"
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
    # "Elchin Rashid oglu Mammadli": a Turkic patronymic the model cuts at the first name.
    patronymic = re.match(
        r"(?:\s+[A-Z][\w'’-]+)?\s+(?:oglu|ogly|qizi|kyzy|uulu)\s+[A-Z][\w'’-]+", sentence[end:]
    )
    if patronymic:
        end += patronymic.end()
    text = sentence[start:end]
    if text.endswith(("'s", "’s")):
        end -= 2
    elif text.endswith(("s'", "s’")):  # "President Hugo Salas' visit"
        end -= 1
    while end > start and sentence[end - 1] in ",.;:-":
        end -= 1
    # The model sometimes runs a name into the next word: "Kwame Asante of Ghana" -> "Kwame Asante of".
    trailing = re.search(r"\s+(?:of|and|the|in|at|on|to|for|with|from)$", sentence[start:end])
    if trailing and trailing.start() > 0:
        end = start + trailing.start()
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
    "presidents",
    "ministers",
    "premiers",
    "kings",
    "judge",
    "justice",
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


_HEAD_WORDS = {h.lower() for h in TITLE_HEADS if " " not in h} - {w.lower() for w in ROYAL}


def _trim_leading(sentence: str, start: int, end: int) -> int:
    """Drop leading office words and country names caught inside a name span: "Chief Cabinet
    Secretary Hirokazu Matsuno" -> "Hirokazu Matsuno" (everything up to the last office word that
    still leaves a two-word name)."""
    words = list(re.finditer(r"[\w'’.-]+", sentence[start:end]))
    last_head = max(
        (n for n, w in enumerate(words[:-2]) if w.group(0).lower() in _HEAD_WORDS),
        default=None,
    )
    if last_head is not None:
        start += words[last_head + 1].start()
    while True:
        match = re.match(r"([\w'’.-]+)\s+", sentence[start:end])
        if not match or len(sentence[start:end].split()) < 2:
            return start
        word = match.group(1)
        if word in ROYAL and len(sentence[start:end].split()) == 2:
            return start  # "King Charles", "Prince William": the royal title is part of the name
        # A city only in capitals, as a dateline writes it ("BEIJING Wang Yi"): "Sofía Ruiz" is a name.
        city = word.isupper() and country_from_city(word)
        if (
            word.lower().rstrip(".") in _TITLE_TOKENS
            or country_from_name(word)
            or country_from_demonym(word)
            or city
        ):
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
        extra += [m.span() for m in _NICKNAMED.finditer(sent.text)]
        extra += [_repair(sent.text, *m.span("name")) for m in _TITLE_NAME.finditer(sent.text)]
        extra += [_repair(sent.text, *m.span("name")) for m in _PLURAL_TITLE_NAME.finditer(sent.text)]
        extra += [m.span("name") for m in _OF_TITLE_NAME.finditer(sent.text) if _after_state(sent.text, m)]
        extra += [m.span() for m in _EAST_ASIAN_NAME.finditer(sent.text)]
        extra += _appositive_names(sent)
        extra += names_after_address(sent.text)
        extra += _names_after_state_offices(sent.text)
        after_offices = [_repair(sent.text, *span) for span in names_after_long_offices(sent.text)]
        for start, end in after_offices:
            # The model reads long offices into the name ("International Cooperation X Y"): this wins.
            spans = [(s, e) for s, e in spans if not (s < end and start < e)] + [(start, end)]
        for start, end in extra:
            if any(start < s and e <= end for s, e in after_offices):
                continue  # it would take a portfolio word back into the name
            # A rule span that contains model spans replaces them; one that only overlaps loses.
            inside = [(s, e) for s, e in spans if start <= s and e <= end]
            if any(s < end and start < e for s, e in spans if (s, e) not in inside):
                continue
            spans = [sp for sp in spans if sp not in inside] + [(start, end)]
        spans = _join_adjacent(sent.text, sorted({_with_given_name(sent.text, *sp) for sp in spans}))
        for start, end in spans:
            start, end, _ = _strip_honorific(sent.text, start, end)
            start = _trim_leading(sent.text, start, end)
            text = sent.text[start:end].strip()
            if _credited(sent.text, start):
                continue
            if _is_name(text) and not _inside(mentions, sent.index, start, end):
                mentions.append(Mention(sentence=sent.index, start=start, end=end, text=text))
    return mentions


# Nouns for a person: a capitalised name in apposition to one is a person's name
# ("his South African counterpart Naledi Pandor", "the minister, Ana Lima,").
PERSON_NOUNS = frozenset(
    {
        "counterpart",
        "minister",
        "president",
        "premier",
        "chancellor",
        "ambassador",
        "envoy",
        "leader",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "chairperson",
        "chief",
        "head",
        "diplomat",
        "official",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "sultan",
        "governor",
        "mayor",
        "senator",
        "speaker",
        "director",
        "commissioner",
        "deputy",
        "adviser",
        "advisor",
        "wife",
        "husband",
    }
)


# "Secretary of Foreign Affairs of the Philippines Tomas L Vidal": the office ends with a state,
# and the capitalised run after it (initials allowed) is the holder's name.
_STATE_OFFICE_NAME = re.compile(
    r"\b(?:Minister|Secretary|Ambassador|Commissioner|Director|President|Chairman|Chairperson)\s+"
    r"(?:of|for)\s+(?:[A-Z][\w'’-]*\s+|of\s+|and\s+){1,6}?(?:of|to)\s+(?:the\s+)?"
    r"(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.?|[A-Z][a-z][\w'’-]*)){1,3})\b"
)


def _names_after_state_offices(text: str) -> list[tuple[int, int]]:
    return [
        m.span("name")
        for m in _STATE_OFFICE_NAME.finditer(text)
        if country_from_any(m.group("state")) and not country_from_any(m.group("name").split()[0])
    ]


def _appositive_names(sent: Sentence) -> list[tuple[int, int]]:
    """Capitalised names the small model misses, found through the parse: a run of proper nouns
    in apposition to (or compounded with) a noun for a person."""
    tokens = sent.tokens
    spans = []
    for tok in tokens:
        if tok.pos != "PROPN" or tok.dep not in ("appos", "compound", "pobj", "dobj", "nsubj", "conj"):
            continue
        head = tokens[tok.head] if 0 <= tok.head < len(tokens) else tok
        name = [t for t in tokens if t.head == tok.i and t.dep == "compound" and t.pos == "PROPN"] + [tok]
        # "the prime minister of Nepal, Ram Thapa,": the parser hangs the name on the state.
        of = tokens[head.head] if head.dep == "pobj" and 0 <= head.head < len(tokens) else None
        titled_of = of is not None and of.lower_text() == "of" and 0 <= of.head < len(tokens)
        if titled_of and of is not None and tokens[of.head].lemma.lower() in PERSON_NOUNS:
            head = tokens[of.head]
        described = any(
            t.head == tok.i and t.dep == "appos" and t.lemma.lower() in PERSON_NOUNS and t.i > tok.i
            for t in tokens
        )  # "Karim Haddad, the president of Lebanon"
        anchored = (
            described
            or (tok.dep == "appos" and head.lemma.lower() in PERSON_NOUNS)
            or any(
                t.head == tok.i and t.dep == "compound" and t.lemma.lower() == "counterpart" for t in tokens
            )
        )
        if not anchored or not 2 <= len(name) <= 4:
            continue
        if not all(t.text[:1].isupper() and t.text[1:].replace("-", "").isalpha() for t in name):
            continue
        if any(t.text.lower() in _COMMON_WORDS or _ORG_WORDS.match(t.text) for t in name):
            continue
        if any(country_from_any(t.text) for t in name):
            continue
        spans.append((name[0].start, name[-1].end))
    return spans


_ORG_WORDS = re.compile(
    r"\b(?:Organi[sz]ation|Ministry|Council|Party|Agency|Committee|Commission|Union|Bank|Fund|"
    r"Forum|Association|Institute|University|Assembly|Parliament|Congress|Court|Office|Group|"
    r"Corporation|Company|Department|Army|Force|Forces|News|Times|Post|Daily|Summit|Treaty|"
    r"Agreement|Program|Programme|Initiative|Partnership|Development|Cooperation|League|Friendship|"
    r"Federation|Foundation|Society|Chamber|Board|Authority|Administration|Secretariat|Institution|"
    r"Qasr|Bab|Masjid|Palacio|Palais|Palazzo|Istana|Casa|Agência|Agencia|Cabinet|Dialogue|Process)\b"
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
    # "the ambassadors of Portugal, A; of Cuba, B; and of Zambia, C": a name after its state.
    state_first = re.search(r"\b(?:of|from)\s+(?:the\s+)?(?P<state>[A-Z][\w'’ .-]+?),\s*$", text[: ent.start])
    after_state = state_first is not None and country_from_any(state_first.group("state")) is not None
    return next_to_person or after_state or (appositive and gap_after.startswith(","))


def _after_state(text: str, match: re.Match[str]) -> bool:
    """'Minister of Foreign Affairs of the DPRK Choe Son Hui': a state's name ends the office."""
    words = text[match.start() : match.start("name")].split()
    tail = [" ".join(words[-n:]) for n in (1, 2, 3) if len(words) >= n]
    return any(country_from_any(t.removeprefix("the ")) for t in tail)


def _inside(mentions: list[Mention], sentence: int, start: int, end: int) -> bool:
    return any(m.sentence == sentence and m.start <= start and end <= m.end for m in mentions)


def _after_title(text: str, start: int) -> bool:
    """A span right after an office word is a name: "President X", "spokesman X", and after a
    long office "Secretary of Foreign Affairs of the Philippines X"."""
    before = text[:start]
    return bool(
        re.search(
            r"\b(?:Minister|President|Premier|Chancellor|Secretary|Ambassador|King|Queen|Prince|[Ss]pokes(?:man|woman|person)|"
            r"[Ee]nvoy|[Aa]mbassador|[Aa]dviser|[Aa]dvisor|[Cc]ounterpart|[Dd]iplomat)\s+$",
            before,
        )
        or re.search(
            r"\b(?:Minister|Secretary|Ambassador|Commissioner|Director)\s+(?:of|for)\s+(?:[A-Z][\w'’-]*\s+|of\s+|the\s+|and\s+){1,8}$",
            before,
        )
    )
