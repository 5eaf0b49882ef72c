"""Person mentions in sentences: spaCy PERSON entities, repaired where the small model is weak.

The small model cuts hyphenated given names ("Kim Jong-" + "gyu"), tags names
after a title as organisations and misses East Asian names in lists; rules
here repair those, strip honorifics, and drop news agencies, places and
office words that the model took for people.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from ingest.countries import country_from_any, country_from_city, country_from_name, fold, is_demonym
from ingest.name_spans import (
    credited,
    extend_left,
    extend_to_first_name,
    extend_to_given_name,
    given_name_before_sheikh,
    join_adjacent,
    opens_with_style,
    repair_span,
    strip_honorific,
    trim_leading,
    with_given_name,
)
from ingest.name_words import (
    COMMON_WORDS,
    NOT_NAMES,
    NOT_PERSON_LAST,
    ORG_WORDS,
    PERSON_NOUNS,
    TITLE_TOKENS,
    is_name,
)
from ingest.nlp import Entity, Sentence, Token
from ingest.office_names import PORTFOLIO_WORDS, names_after_address, names_after_long_offices
from ingest.titles import HONORIFICS, NAME_PARTICLES, ROYAL, TITLE_AFTER, TITLE_HEADS
from ingest.transcripts import SPEAKER_LABEL

# A capital, accented ones included ("Ó Dálaigh", "Élise", "Şahin"), then the rest of the word.
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_NAME_TOKEN = rf"[{_UPPER}][\w'’.-]*"
_PARTICLES = NAME_PARTICLES
_TITLE_NAME = re.compile(
    rf"\b(?:(?:{'|'.join(re.escape(h) for h in TITLE_HEADS if h[0].isupper())})\s+(?:\([A-Z]{{2,6}}\)\s+)?)+"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|(?:da|de|del|der|den|van|von|bin|al|el|le|la|dos|du|di)\b)){{0,5}})"
)
# "first lady Mehriban Aliyeva", "his wife X": the model often reads the spouse's name as a
# nationality, or takes its first word only.
_SPOUSE_NAME = re.compile(
    rf"\b(?:[Ff]irst\s+(?:[Ll]ady|[Gg]entleman)|(?:his|her)\s+(?:wife|husband|spouse))\s+"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})"
)
# "Presidents A of Ghana and B of Kenya": the model drops the first name after a plural title.
_PLURAL_TITLE_NAME = re.compile(
    r"\b(?:Presidents|Prime\s+Ministers|Foreign\s+Ministers|Ministers|Premiers|Chancellors|Ambassadors|"
    r"Senators)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
# "Minister of Foreign Affairs of the DPRK Choe Son Hui": the name is the capitalised run at the end.
_OF_TITLE_NAME = re.compile(
    r"\b(?:Minister|Secretary|Ambassador|Chairman|Chairperson|President|Director|Commissioner|Envoy|Speaker)\s+"
    rf"of\s+(?:[A-Z][\w'’.-]*\s+|of\s+|the\s+|and\s+){{1,8}}?(?P<name>[{_UPPER}][\w'’-]*(?:\s+[{_UPPER}][\w'’-]*){{1,4}})\b"
    rf"(?!\s+[{_UPPER}])"
)
_PLURAL_OFFICES = frozenset(
    w[:-1] + "ies" if w.endswith("y") else w + "s" for w in (h.lower() for h in TITLE_HEADS) if " " not in w
)
# "Joint Secretary (Indian Ocean Region) A B C": the model rarely sees a name after the parenthesis
# that qualifies an office.
_QUALIFIED_OFFICE_NAME = re.compile(
    r"\b(?:Secretary|General|Director|Minister|Ambassador|Adviser|Advisor|Officer|Head|Chief|Commissioner)"
    r"\s*\([^()]{2,40}\)\s+(?P<name>[A-Z][a-z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]+){1,3})\b"
)
# "the President of the Chamber of Deputies, Vera Novak, ...": a name set off after an office of a
# body, which the small model reads as part of the body or not at all.
_OF_OFFICE_COMMA_NAME = re.compile(
    r"\b(?:Minister|Secretary|Ambassador|Chairman|Chairwoman|Chairperson|President|Director|Commissioner|"
    r"Envoy|Speaker|Governor|Mayor|Head|Chief|Leader)\s+of\s+(?:(?:[A-Z][\w'’.-]*|of|the|and|for)\s+){0,6}"
    r"[A-Z][\w'’.-]*,\s+"
    r"(?:(?:Captain|Colonel|General|Major|Lieutenant|Brigadier|Admiral|Sheikh|Hon'ble|Honourable|Dr|Mr|Ms|Mrs)"
    r"\.?\s+)*(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3})"
    r"(?=\s*(?:[,.;]|\s(?:and|at|on|in)\b|$))"
)
# "President Kh.Battulga", "Minister of Foreign Affairs B.Munkhbat": a Mongolian name with the
# father's initial glued on ("Ts.Bat-Erdene": a short first part with a hyphen). The model cuts it
# at the dot.
_GLUED_INITIAL_NAME = re.compile(
    r"(?<![\w.])(?P<name>(?!(?:St|Mt|Dr|Mr|Ms|Jr|Sr|Co|No|Ft|Lt)\.)[A-Z][a-z]?\.(?:[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?|[A-Z][a-z]+-[A-Z][a-z]+))\b(?!\.[A-Za-z])"
)


def _with_given_name_before(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """ "Mr. Kanybek Ts.Osmonaliev": a given name the model read before the glued initial is the
    name's too; "President Kh.Battulga" keeps its title out."""
    for s, e in spans:
        # the model's span runs into the glued name ("Kanybek Ts"), or ends on the word before it
        words = text[s:start].split()
        touching = s < start and (e > start or not text[e:start].strip())
        given = words[0] if touching and len(words) == 1 else ""
        if (
            re.fullmatch(r"[A-Z][a-z]{2,}", given)
            and fold(given) not in TITLE_TOKENS
            and not (country_from_any(given) or is_demonym(given))
        ):
            return s, end
    return start, end


_TITLE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(re.escape(h) for h in TITLE_HEADS if h[0].isupper())})\b"
    r"(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){0,8}\s+$"
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


class Mention(BaseModel):
    sentence: int
    start: int
    end: int
    text: str
    person: int = -1


# East Asian names with a hyphenated given name ("Choe Son-hui", "Im Chon-il") that the small
# model often tags as ORG/PRODUCT or misses; also hyphenated Western given names ("Frank-Walter X").
_HYPHEN_NAME = re.compile(r"\b[A-Z][a-z]{1,6}\s+[A-Z][a-z]+-[a-z]+\b(?!-)")


def find_mentions(sentences: list[Sentence]) -> list[Mention]:
    mentions: list[Mention] = []
    for sent in sentences:
        spans: list[tuple[int, int]] = []
        for ent in sent.entities:
            if ent.label == "PERSON" or (
                ent.label in ("ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART", "FAC")
                and _after_title(sent.text, ent.start)
                # "Minister of Amiri Diwan Affairs": the rest of the office, not a name
                and ent.text.split()[-1].lower() not in PORTFOLIO_WORDS
                # "Secretary of Iran's Supreme National Security Council X": the body, not a name
                and not (ent.label != "PERSON" and ORG_WORDS.fullmatch(ent.text.split()[-1]))
                # "... and Korean Trade Minister X": a demonym opens the next office
                and not (ent.label == "NORP" and is_demonym(ent.text))
            ):
                start, end = repair_span(sent.text, ent.start, ent.end)
                if (
                    ent.label == "PERSON"
                    and len(ent.text.split()) == 2
                    and all(len(w) <= 5 for w in ent.text.split())
                    # "Chief of Army Staff Gen Syed": before a rank, the word is the office's
                    and not opens_with_style(ent.text)
                ):
                    start = extend_left(sent.text, start)
                if ent.label == "PERSON":
                    start = extend_to_given_name(sent.text, start)
                    start = extend_to_first_name(sent.text, start, end)
                    start = _given_name_after_state(sent, start)
                    # "Gen Syed", "Chairperson Amina": the model's span opened with a rank or an
                    # office, so the rest of the name follows it up to any lower-case word
                    led = opens_with_style(ent.text) or fold(ent.text.split()[0]) in TITLE_TOKENS
                    end = _rest_of_the_name(sent, end, after_rank=led)
                spans.append((start, end))
        persons_here = [e for e in sent.entities if e.label == "PERSON"]
        for ent in sent.entities:
            if (
                ent.label in ("ORG", "PRODUCT", "WORK_OF_ART")
                and _listed_with_people(sent.text, ent, persons_here)
            ) or (ent.label in ("ORG", "GPE") and _subject_meeting_a_person(sent, ent, persons_here)):
                spans.append((ent.start, ent.end))
        extra = [m.span() for m in _HYPHEN_NAME.finditer(sent.text)]
        extra += [m.span() for m in _NICKNAMED.finditer(sent.text)]
        extra += [
            repair_span(sent.text, *m.span("name"))
            for m in _TITLE_NAME.finditer(sent.text)
            # "His Excellency Yusuf Sheikh Adan Farah": "Sheikh" inside a Somali name is no style
            if given_name_before_sheikh(sent.text, m.start() + len(m.group(0).split()[0])) is None
        ]
        extra += [repair_span(sent.text, *m.span("name")) for m in _PLURAL_TITLE_NAME.finditer(sent.text)]
        extra += [repair_span(sent.text, *m.span("name")) for m in _SPOUSE_NAME.finditer(sent.text)]
        extra += [
            span for m in _OF_TITLE_NAME.finditer(sent.text) if (span := _name_after_state(sent.text, m))
        ]
        extra += [m.span() for m in _EAST_ASIAN_NAME.finditer(sent.text)]
        extra += [m.span("name") for m in _OF_OFFICE_COMMA_NAME.finditer(sent.text)]
        extra += [m.span("name") for m in _QUALIFIED_OFFICE_NAME.finditer(sent.text)]
        extra += [repair_span(sent.text, *span) for span in _appositive_names(sent)]
        extra += _names_of_states_listed(sent)
        extra += names_after_address(sent.text)
        extra += _names_after_state_offices(sent.text)
        extra += _names_of_a_state(sent.text)
        extra += _names_after_demonym_offices(sent.text)
        extra += _surnames_said_again(sent, mentions)
        extra += _paternal_surnames(sent, mentions)
        extra += _names_of_both(sent.text)
        extra += [
            m.span("name")
            for m in _ITEM_NAME.finditer(sent.text)
            # "In Phnom Penh, Minister X called on ...": a fronted place, not a listed item
            if m.group("name").split()[0].lower() not in _PREPOSITIONS
            and not any(
                # a town's name may be a family name ("de Castro Lima"); a state's is not
                fold(w) in TITLE_TOKENS | NOT_NAMES | COMMON_WORDS | _MONTHS_AND_DAYS
                or country_from_name(w)
                or is_demonym(w)
                for w in m.group("name").split()
                if w[:1].isupper()
            )
        ]
        after_offices = [repair_span(sent.text, *span) for span in names_after_long_offices(sent.text)]
        # Without a title before it, an initial glued to a capitalised word is still no English
        # spelling, but a longer name the model read around it ("Kanybek Ts.Osmonaliev") stays.
        after_offices += [
            _with_given_name_before(sent.text, *m.span("name"), spans)
            for m in _GLUED_INITIAL_NAME.finditer(sent.text)
            if _TITLE_BEFORE.search(sent.text[max(0, m.start() - 120) : m.start()])
            or not any(s < m.start() and m.end() <= e for s, e in spans)
        ]
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
        spans = join_adjacent(sent.text, _union(sorted({with_given_name(sent.text, *sp) for sp in spans})))
        label = SPEAKER_LABEL.match(sent.text)
        for start, end in spans:
            if label is not None and label.group("label").isupper() and end <= label.end("label"):
                continue  # "MINISTER VALLEJO DE CASTRO:": a turn's label, the speaker is named elsewhere
            # "Chief of General Staff Gen. X": an office word, then a rank, before the name
            for _ in range(3):
                before = start
                start, end, _ = strip_honorific(sent.text, start, end)
                start = trim_leading(sent.text, start, end)
                if start == before:
                    break
            start, end = _without_venue_word(sent.text, start, end)
            # "Tim Gallagher MP", "Margaret Lindsay AC": letters after a name are honours, not the name
            post = _POST_NOMINALS.search(sent.text[start:end])
            if post is not None and post.start() > 0:
                end = start + post.start()
            text = sent.text[start:end].strip()
            if text.endswith(".") and len(text.split()[-1]) > 2:
                end, text = end - 1, text[:-1]  # "Ms. Sita Gurung." at the end of a sentence
            if credited(sent.text, start):
                continue
            if " " not in text and _VENUE_BEFORE.search(sent.text[:start]):
                continue  # "at the Akorda", "in the Kremlin": one word after "at the" is a place
            if re.search(r"\bthe\s+$", sent.text[:start]) and _PLACE_NOUN_AFTER.match(sent.text[end:]):
                continue  # "onto the Tiananmen rostrum", "the Kumsusan palace": a place's name
            if _PLACE_BEFORE.search(sent.text[:start]) and not re.match(r"['’]s\b", sent.text[end:]):
                continue  # "talks in Bukit Kayu Hitam", "flew to Chiapas from Quetzaltenango": places
            if FACILITY_AFTER.match(sent.text[end:]):
                continue  # "Jomo Kenyatta International Airport": a place named after a person
            saint = (
                _SAINT_IN_NAME.match(sent.text[end:]) if re.search(r"\sSt$", sent.text[start:end]) else None
            )
            if saint:
                end += saint.end()  # "Dwight St. Clair Greaves": the model stops at the abbreviation
                text = sent.text[start:end]
            if country_from_name(re.sub(r"^St\.?\s", "Saint ", text)):
                continue  # "St. Lucia", "St Kitts and Nevis": a state
            following = re.match(r"\s+([A-Z][\w'’-]+)", sent.text[end:])
            if following and country_from_name(f"{sent.text[start:end]} {following.group(1)}"):
                continue  # "Cook Islands Prime Minister X": the first word of a state's name
            if re.search(r"['’]s\s+$", sent.text[:start]) and _OWNED_PLACE_AFTER.match(sent.text[end:]):
                continue  # "at Ruto's Karen office": the suburb of someone's office, not a person
            if fold(text) in _PLURAL_OFFICES:
                continue  # "the two Foreign Secretaries": an office in the plural names no one
            if (
                text.endswith("s")
                and " " not in text
                and any(m.text.split()[-1] == text[:-1] for m in mentions)
            ):
                continue  # "hosted the Moreaus": a family named before, in the plural (coref.py)
            if is_name(text) and not _inside(mentions, sent.index, start, end):
                mentions.append(Mention(sentence=sent.index, start=start, end=end, text=text))
    return mentions


# Post-nominal letters of Commonwealth honours and offices, at the end of a name.
_POST_NOMINALS = re.compile(
    r"(?:,?\s+(?:MP|MPP|MLA|MLC|MHA|MNA|AC|AO|AM|OAM|QC|KC|SC|OBE|MBE|CBE|KBE|DBE|CMG|KCMG|GCMG|GCVO|KCVO|"
    r"CVO|LVO|PC|CH|JP|ONZ|ONZM|CNZM|GNZM|KStJ))+\.?\s*$"
)
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|via|outside|inside)|\b(?:travel\w*|fl[eoy]\w*|drove|driven|arriv\w*|return\w*|"
    r"head\w*|came|went|moved)\s+(?:\w+\s+){0,3}?(?:to|from|into))\s+$",
    re.IGNORECASE,
)
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:rostrum|square|gate|palace|hall|airport|station|building|residence|memorial|mausoleum|"
    r"stadium|hotel|street|avenue|bridge|dam|port|plant|mosque|cathedral|temple|shrine|monument|"
    # "the Ambalat waters", "the Ambalat maritime area": a sea area's name
    r"waters|maritime|sea|block|basin|corridor)\b"
)
FACILITY_AFTER = re.compile(
    r"\s+(?:International\s+)?(?:[Aa]irport|Airbase|Air\s+Base|Stadium|University|Hospital|Mausoleum|Memorial|"
    r"Avenue|Boulevard|Street|Bridge|Square|Convention\s+Cent(?:er|re)|Conference\s+Cent(?:er|re)|Dam)\b"
)
_OWNED_PLACE_AFTER = re.compile(r"\s+(?:office|residence|home|farm|ranch|estate|compound)\b")
_VENUE_BEFORE = re.compile(r"\b(?:at|in|from|inside|outside|to)\s+the\s+$", re.IGNORECASE)


# "Secretary of Foreign Affairs of the Philippines Tomas L Vidal": the office ends with a state,
# and the capitalised run after it (initials allowed) is the holder's name.
_STATE_OFFICE_NAME = re.compile(
    r"\b(?:Minister|Secretary|Ambassador|Commissioner|Director|President|Chairman|Chairperson)\s+"
    r"(?:of|for)\s+(?:[A-Z][\w'’-]*\s+|of\s+|and\s+){1,6}?(?:of|to)\s+(?:the\s+)?"
    r"(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.?|[A-Z][a-z][\w'’-]*)){1,3})\b"
)


# "Brazil's Marina da Silva Bittencourt and Uruguay's Ricardo Olivera Pereyra arrived": a name
# owned by a state, before a verb, "and" or a comma.
_STATE_OWNED_NAME = re.compile(
    # "Honduras' X": a state ending in s takes the apostrophe alone
    r"\b(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:['’]s|(?<=s)['’])\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_A-Z][\w'’-]*(?:\s+(?:(?:da|de|del|dos|das|do|van|von|der|den|bin|ibn|al|el)\s+)*"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_A-Z][\w'’-]*){1,4})"
    r"(?=\s*[,;]|\s+(?:and|arrived|said|met|held|signed|told|was|is|has|had|will|would|who|also)\b)"
)


def _names_of_a_state(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _STATE_OWNED_NAME.finditer(text):
        words = [w for w in m.group("name").split() if w[0].isupper()]
        if country_from_name(m.group("state")) is None or not is_name(m.group("name")):
            continue
        if any(
            fold(w) in TITLE_TOKENS | NOT_NAMES | PORTFOLIO_WORDS | COMMON_WORDS
            or country_from_any(w)
            or country_from_city(w)
            for w in words
        ):
            continue
        spans.append(m.span("name"))
    return spans


def _names_after_state_offices(text: str) -> list[tuple[int, int]]:
    return (
        [
            m.span("name")
            for m in _STATE_OFFICE_NAME.finditer(text)
            if country_from_any(m.group("state")) and not country_from_any(m.group("name").split()[0])
        ]
        + [
            m.span("name")
            for m in _ENVOY_TO_NAME.finditer(text)
            # the post is a state ("Korea" is one to an envoy, though two states bear the name)
            if not country_from_any(m.group("name").split()[0]) and is_name(m.group("name"))
        ]
        + [
            m.span("name")
            for m in _BODY_OFFICE_NAME.finditer(text)
            if not country_from_any(m.group("name").split()[0]) and is_name(m.group("name"))
        ]
    )


# "the Moroccan Head of Government, Driss El Fassi-Fihri,": a demonym and an office, then the
# holder's name set off by commas.
_DEMONYM_OFFICE_NAME = re.compile(
    r"\b[Tt]he\s+(?P<demonym>[A-Z][\w'’-]+)\s+(?P<office>(?:[A-Z][\w'’-]*\s+|of\s+|for\s+|and\s+){0,5}?"
    r"[A-Z][\w'’-]*),\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+(?:(?:da|de|del|dos|van|von|der|bin|ibn|al|el)\s+)*[A-Z][a-z][\w'’-]*){1,4})"
    r"(?=\s*,)"
)


def _names_after_demonym_offices(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _DEMONYM_OFFICE_NAME.finditer(text):
        office = {fold(w) for w in m.group("office").split()}
        words = m.group("name").split()
        if not is_demonym(m.group("demonym")) or not office & TITLE_TOKENS or not is_name(m.group("name")):
            continue
        if any(
            fold(w) in TITLE_TOKENS | NOT_NAMES | PORTFOLIO_WORDS | COMMON_WORDS or country_from_any(w)
            for w in words
        ):
            continue
        spans.append(m.span("name"))
    return spans


def _surnames_said_again(sent: Sentence, mentions: list[Mention]) -> list[tuple[int, int]]:
    """ "... co-chaired by Ruiz-Giménez": a span the model took for an organisation that repeats
    the last words of a person named in an earlier sentence is that person again."""
    candidates = [e for e in sent.entities if e.label in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC")]
    if not candidates:
        return []
    named = {
        " ".join(m.text.split()[i:])
        for m in mentions
        if m.sentence < sent.index and len(m.text.split()) >= 2
        for i in range(1, len(m.text.split()))
    }
    return [
        (ent.start, ent.end)
        for ent in candidates
        if ent.text in named
        and not country_from_any(ent.text)
        and fold(ent.text) not in TITLE_TOKENS | NOT_NAMES | COMMON_WORDS
    ]


def _without_venue_word(text: str, start: int, end: int) -> tuple[int, int]:
    """ "received at the Ministry's General Diwan Ayesha Farooq Malik": the model runs the venue's
    last word into the guest's name."""
    first = re.match(r"[\w'’-]+\s+", text[start:end])
    if first and fold(first.group(0).strip()) in NOT_PERSON_LAST and len(text[start:end].split()) >= 3:
        return start + first.end(), end
    return start, end


_MONTHS_AND_DAYS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


def _rest_of_the_name(sent: Sentence, end: int, after_rank: bool = False) -> int:
    """ "Seiuli" + " Ana Pouono.": the model stops a long Pacific or Spanish name at its first word;
    capitalised name words right after it, up to a comma or the end of the sentence, are the rest.
    After a rank ("Gen Syed" + " Asim Munir at the ...") a lower-case word ends the name too."""
    ahead = r"(?=\s*[,.;:]|\s*$|\s+[a-z])" if after_rank else r"(?=\s*[,.;:]|\s*$)"
    rest = re.match(r"((?:\s[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-Za-z]+)?){1,3})" + ahead, sent.text[end:])
    if rest is None or any(e.start <= end + 1 < e.end for e in sent.entities):
        return end
    words = rest.group(1).split()
    if any(
        fold(w) in TITLE_TOKENS | NOT_NAMES | COMMON_WORDS | _MONTHS_AND_DAYS
        or country_from_any(w)
        or not is_name(w)
        for w in words
    ):
        return end
    return end + rest.end(1)


def _given_name_after_state(sent: Sentence, start: int) -> int:
    """ "Ambassador of the Federative Republic of Brazil Paulo Roberto Lima Costa": the model ends
    the state at "Brazil" and starts the name a word late."""
    before = re.search(r"(?<=\s)([A-ZÀ-ÖØ-Þ][^\W\d_]+)\s+$", sent.text[:start])
    if before is None:
        return start
    word = before.group(1)
    if fold(word) in TITLE_TOKENS | NOT_NAMES | COMMON_WORDS or country_from_any(word) or not is_name(word):
        return start
    if any(e.start <= before.start(1) < e.end for e in sent.entities):
        return start  # "the Republic of Korea Park Min-soo": the state's own last word
    after_state = any(
        e.label == "GPE" and re.fullmatch(r"\s+", sent.text[e.end : before.start(1)] or "x")
        for e in sent.entities
    )
    return before.start(1) if after_state else start


# "The foreign ministers of both countries, A B C and D E F, also signed": the names the office
# announces, which the model breaks into organisations and places.
_OFFICES_OF_BOTH = re.compile(
    r"\b(?i:ministers|presidents|leaders|heads\s+of\s+state|ambassadors|envoys|speakers|premiers)\s+"
    r"of\s+(?:the\s+two|both)\s+(?:countries|nations|sides|states|parliaments),\s+"
    rf"(?P<a>{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|de|da|del|dos|bin|van)){{1,5}})\s+and\s+"
    rf"(?P<b>{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|de|da|del|dos|bin|van)){{1,5}})(?=\s*[,.;])"
)


_SAINT_IN_NAME = re.compile(r"\.\s?[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}(?=\s*[,.;:)]|\s+[a-z]|\s*$)")
_PREPOSITIONS = frozenset({"in", "at", "on", "from", "during", "after", "before", "for", "with", "to", "by"})
# A listed item: "Pieter-Jan van den Berg, Ambassador of the Kingdom of the Netherlands;" - the
# name runs from the line's start to the comma before the office.
_ITEM_NAME = re.compile(
    rf"^(?:H\.E\.\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?(?P<name>{_NAME_TOKEN}"
    rf"(?:\s+(?:{_NAME_TOKEN}|de|da|do|dos|das|del|van|von|den|der|ten|bin|binti|ibn|ould|al|el|la|le)){{1,6}}),\s+"
    r"(?:the\s+)?(?:Ambassador|High\s+Commissioner|Minister|Envoy|Consul|Charg[eé]|Secretary|Deputy|Vice|"
    r"President|Governor|Chairman|Chairperson|Director|Head)\b"
)


def _names_of_both(text: str) -> list[tuple[int, int]]:
    return [m.span(g) for m in _OFFICES_OF_BOTH.finditer(text) for g in ("a", "b")]


def _paternal_surnames(sent: Sentence, mentions: list[Mention]) -> list[tuple[int, int]]:
    """ "signed an agreement with Ixcot", after "María Fernanda Ixcot Paredes": Spanish and
    Portuguese names carry two family names and the first of them is said alone."""
    paternal = {
        words[-2]
        for m in mentions
        if m.sentence < sent.index
        and len(words := m.text.split()) >= 3
        and len(words[-2]) > 2
        and words[-2][:1].isupper()
        and words[-2].lower() not in NAME_PARTICLES
        # styles inside a long Malay or Gulf name ("Tengku Datuk Seri A B") are no family name
        and not any(words[-2] in style.split() for style in (*HONORIFICS, *ROYAL))
        and words[-2] not in ("Seri", "Sri", "Tengku", "Tan", "Puan", "Abang", "Al", "El")
    }
    # a family name alone the model took for an organisation is still the name
    taken = [
        (e.start, e.end)
        for e in sent.entities
        if not (e.label in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC", "NORP") and e.text in paternal)
    ]
    spans = []
    for word in re.finditer(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]+(?![\w'’-])", sent.text):
        if word.group(0) not in paternal or word.start() == 0:
            continue
        if any(s <= word.start() < e for s, e in taken):
            continue
        # alone: not the first or last word of a longer capitalised name
        before, after = sent.text[: word.start()], sent.text[word.end() :]
        if re.search(r"[A-Z][\w'’-]*\s+$", before) or re.match(r"\s+[A-Z]", after):
            continue
        if fold(word.group(0)) in TITLE_TOKENS | NOT_NAMES | COMMON_WORDS or country_from_any(word.group(0)):
            continue
        spans.append(word.span())
    return spans


# "Ambassador to Korea Mizushima Koichi": an envoy's post, then the name (family name first or not)
_ENVOY_TO_NAME = re.compile(
    r"\b(?:Ambassador|High\s+Commissioner|Envoy)\s+to\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})(?=\s*[,.;]|\s+(?:and|who|said|was|is)\b)"
)


# "Secretary-General of the League of Arab States Ahmed Aboul Gheit": an international body's
# office, the body's name ending in the noun such names end in, then the holder's name.
_BODY_OFFICE_NAME = re.compile(
    r"\b(?:Secretary[- ]General|Director[- ]General|Executive\s+Secretary|President|Chair(?:man|person)|"
    r"Commissioner|Special\s+Envoy)\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+|of\s+|for\s+|and\s+){0,6}?"
    r"(?:States|Nations|Union|Commission|Organi[sz]ation|Community|League|Council|Bank|Forum|Fund|"
    r"Secretariat|Assembly|Cooperation|Conference|Movement)\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+(?:(?:al|el|bin|ibn|da|de|van|von)\s+)?[A-Z][a-z][\w'’-]*){1,3})"
    r"(?=\s*[,.;]|\s+(?:who|and|said|met|held|arrived|was|is)\b)"
)


_GUEST_VERBS = frozenset({"greet", "meet", "receive", "welcome", "host", "embrace"})


# "the Taoiseach, A": one-word offices whose holder's name the small model may tag as an organisation
_OFFICE_HEADS = frozenset(h.lower() for h in TITLE_HEADS if " " not in h and len(h) > 3)


def _compound_name(tokens: list[Token], tok: Token) -> list[Token]:
    """The proper nouns compounded into a name's last word, nested ones too ("Sean Mac Giolla
    Phadraig": "Sean" hangs on "Mac", "Mac" on "Phadraig")."""
    name = [tok]
    for t in reversed(tokens[: tok.i]):
        if t.dep != "compound" or not (t.pos == "PROPN" or t.text in NAME_PARTICLES):
            break
        if not any(t.head == n.i for n in name):
            break
        name.insert(0, t)
    return name


def _appositive_names(sent: Sentence) -> list[tuple[int, int]]:
    """Capitalised names the small model misses, found through the parse: a run of proper nouns
    in apposition to (or compounded with) a noun for a person."""
    tokens = sent.tokens
    spans = []
    for tok in tokens:
        if tok.pos != "PROPN" or tok.dep not in ("appos", "compound", "pobj", "dobj", "nsubj", "conj"):
            continue
        head = tokens[tok.head] if 0 <= tok.head < len(tokens) else tok
        name = _compound_name(tokens, tok)
        # "the prime minister of Nepal, Ram Thapa,": the parser hangs the name on the state.
        # "the President of the Chamber of Deputies, Vera Novak,": up a chain of "of" phrases.
        holder = head
        for _ in range(3):
            of = tokens[holder.head] if holder.dep == "pobj" and 0 <= holder.head < len(tokens) else None
            if of is None or of.lower_text() != "of" or not 0 <= of.head < len(tokens):
                break
            holder = tokens[of.head]
            if holder.lemma.lower() in PERSON_NOUNS:
                head = holder
                break
        described = any(
            t.head == tok.i and t.dep == "appos" and t.lemma.lower() in PERSON_NOUNS and t.i > tok.i
            for t in tokens
        )  # "Karim Haddad, the president of Lebanon"
        anchored = (
            described
            or (tok.dep == "appos" and head.lemma.lower() in PERSON_NOUNS | _OFFICE_HEADS)
            # "Milei greeted Luiz Inacio Lula da Silva": the one greeted or received is a person
            or (tok.dep == "dobj" and head.lemma.lower() in _GUEST_VERBS and len(name) >= 3)
            or any(
                t.head == tok.i and t.dep == "compound" and t.lemma.lower() == "counterpart" for t in tokens
            )
        )
        if not anchored or not 2 <= len(name) <= 5 or name[0].text in NAME_PARTICLES:
            continue
        words = [t for t in name if t.text not in NAME_PARTICLES]
        if not all(t.text[:1].isupper() and t.text[1:].replace("-", "").isalpha() for t in words):
            continue
        if any(t.text.lower() in COMMON_WORDS or ORG_WORDS.match(t.text) for t in name):
            continue
        if any(fold(t.text) in TITLE_TOKENS or t.text.isupper() for t in words):
            continue  # "received the EU Special Representative": an office, not a name
        if any(country_from_any(t.text) for t in name):
            continue
        spans.append((name[0].start, name[-1].end))
    return spans


# "his counterparts A of Mauritania, B of Gambia and C of Guinea-Bissau": name, "of", state.
_NAME_OF_STATE = re.compile(
    r"(?:^|,\s*|;\s*|\s(?:and|counterparts?|leaders|presidents|ministers|ambassadors)\s+)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4})\s+of\s+(?:the\s+)?"
    r"(?P<state>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
)


def _names_of_states_listed(sent: Sentence) -> list[tuple[int, int]]:
    """Names in a list of "<name> of <state>" items where the model found one of them a person:
    the others, which it left untagged, are people too."""
    found = [
        m
        for m in _NAME_OF_STATE.finditer(sent.text)
        if country_from_any(m.group("state")) is not None or country_from_any(m.group("state").split()[0])
    ]
    if len(found) < 2:
        return []
    people = [e for e in sent.entities if e.label == "PERSON"]
    if not any(e.start >= m.start("name") and e.end <= m.end("name") for m in found for e in people):
        return []
    spans = []
    for m in found:
        words = m.group("name").split()
        if any(
            w.lower() in COMMON_WORDS
            or w.lower() in PERSON_NOUNS
            or country_from_any(w)
            or ORG_WORDS.match(w)
            for w in words
        ) or _title_word(words):
            continue
        spans.append(m.span("name"))
    return spans


_TITLE_HEAD_WORDS = frozenset(h.lower() for h in TITLE_HEADS)


def _title_word(words: list[str]) -> bool:
    return any(w.lower() in _TITLE_HEAD_WORDS for w in words)


def _name_like(ent: Entity, most_words: int = 3) -> bool:
    """Two or three capitalised words, none of a state, an organisation or common English."""
    words = ent.text.split()
    if not 2 <= len(words) <= most_words or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if ORG_WORDS.search(ent.text) or any(country_from_any(w) for w in words) or ent.text.startswith("The "):
        return False
    return not any(w.lower() in COMMON_WORDS for w in words) and not country_from_any(ent.text)


_MEETING_HEADS = frozenset({"hold", "meet", "have", "receive", "welcome", "host", "talk", "sign"})


def _subject_meeting_a_person(sent: Sentence, ent: Entity, persons_here: list[Entity]) -> bool:
    """ "Anatoly Vorontsov held talks with President X": the model may tag a Russian name at the
    start of a readout as a place or an organisation; the subject of a meeting with a person named
    after it is a person."""
    if not sent.tokens or not _name_like(ent) or not any(p.start >= ent.end for p in persons_here):
        return False
    inside = [t for t in sent.tokens if ent.start <= t.start < ent.end]
    heads = [t for t in inside if not ent.start <= sent.tokens[t.head].start < ent.end]
    if len(heads) != 1 or heads[0].dep != "nsubj" or any(t.pos != "PROPN" for t in inside):
        return False
    return sent.tokens[heads[0].head].lemma.lower() in _MEETING_HEADS


def _listed_with_people(text: str, ent: Entity, persons_here: list[Entity]) -> bool:
    """An ORG-tagged name listed with people ("A and B") or followed by an office ("X, Secretary-General")."""
    announced = _ANNOUNCING_OFFICE.search(text[: ent.start]) is not None and text[ent.end :].startswith(",")
    if not _name_like(ent, 5 if announced else 3):
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
    return next_to_person or after_state or announced or (appositive and gap_after.startswith(","))


# "The Minister of Foreign Affairs, International Trade and Worship, Ana Ruiz Paz, travelled ...":
# an office set off by commas announces the name after it.
_ANNOUNCING_OFFICE = re.compile(
    r"(?:^|[.;:]\s+)(?:The|the)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Minister|Secretary|Ambassador|President|"
    r"Director|Commissioner|Chairman|Chairperson|Governor|Envoy|Speaker)\b[^.;:()]{0,80},\s*$"
)


def _name_after_state(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The name's span after an office "of" a state; "Speaker of the Parliament of Montenegro
    Vukašin Đurišić": the state's name, caught at the name's start, moves into the office."""
    if _after_state(text, match):
        return match.span("name")
    first = re.match(r"[\w'’-]+\s+", match.group("name"))
    if first and country_from_name(first.group(0).strip()) and len(match.group("name").split()) >= 3:
        return match.start("name") + first.end(), match.end("name")
    return None


def _after_state(text: str, match: re.Match[str]) -> bool:
    """'Minister of Foreign Affairs of the DPRK Choe Son Hui': a state's name ends the office."""
    words = text[match.start() : match.start("name")].split()
    tail = [" ".join(words[-n:]) for n in (1, 2, 3) if len(words) >= n]
    # a state's name, not a demonym: "... and Korean Trade Minister X" opens the next office
    return any(country_from_name(t.removeprefix("the ")) or country_from_city(t) for t in tail)


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
        # "first lady X", "his wife X": a spouse's name the model often takes for a nationality
        or re.search(r"\b(?:[Ff]irst\s+(?:[Ll]ady|[Gg]entleman)|wife|husband|spouse)\s+$", before)
        # "his Azerbaijani counterpart, X": the one office word a name follows after a comma
        or re.search(r"\b[Cc]ounterpart,\s+$", before)
        # "Hon. X", "Mr X": a style is followed by a name
        or re.search(r"(?:^|[\s,(])(?:Hon|Rt\.?\s+Hon|Mr|Mrs|Ms|Dr|H\.\s?E)\.?\s+$", before)
        # "their foreign ministers, A and B": two offices, then the two names
        or re.search(
            r"\b(?i:ministers|presidents|leaders|counterparts|envoys|ambassadors|deputies),\s+"
            r"(?:[A-Z][\w'’-]*\s+){0,4}?(?:and\s+)?$",
            before,
        )
    )


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Ahmed Salem" + "Salem Ould Bouh" (one found by the model, one extended left): one name."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
