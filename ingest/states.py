"""The state an official serves, from the article as a whole rather than the words next to the name.

Runs after each mention's own title and state were read (ingest/roles.py), before the dateline rule:
- a side named in the sentence: "X represented Russia", "Y signed for Ethiopia";
- a later mention by demonym and office: "the Ethiopian PM" is the article's one Prime Minister;
- the counterpart structure: "A and his Indian counterpart B" in a UK-India story: A is British;
- the host: "she will travel to Tonga to meet Prime Minister X" / "In Fiji, she will meet X";
- the home side of a two-state story: news names foreign officials with their state ("Russian
  President Putin") and leaves the home side's bare ("Prime Minister Abe"); when every official
  whose state the story gives is of one of its two states, the bare officials are of the other.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.countries import (
    country_from_any,
    country_from_city,
    country_from_demonym,
    country_from_geonames,
    country_from_name,
    without_regions,
)
from ingest.holy_see import bare_secretary_is_american, holy_see_states
from ingest.mentions import Mention
from ingest.nlp import Sentence
from ingest.people import Person
from ingest.places import find_places
from ingest.state_links import (
    bare_counterparts,
    co_subject_links,
    ministry_states,
    partners,
    posted_to,
    pronoun_companions,
    propagate,
    same_state_links,
)
from ingest.syntax import Parse
from ingest.titles import HONORIFICS, ROYAL

_STATE_WORDS = r"(?P<c>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})"
# "X represented Russia", "Y signed for Ethiopia", "Z, who signed on behalf of the Philippines".
_SIDE_AFTER = re.compile(
    r"^\s*(?:,\s*(?:who\s+)?)?(?:represented|signed\s+(?:it\s+|the\s+\w+\s+)?(?:for|on\s+behalf\s+of))\s+"
    + _STATE_WORDS
)
_OFFICE_SHORT = {"pm": "prime minister", "fm": "foreign minister"}
_OFFICES = (
    r"prime\s+minister|pm|foreign\s+minister|fm|president|vice[\s-]president|premier|chancellor|king|queen|"
    r"emir|sultan|defen[cs]e\s+minister|foreign\s+secretary|secretary\s+of\s+state|ambassador|envoy"
)
# "the Ethiopian PM", "the Iranian foreign minister" not followed by a name.
_DEMONYM_OFFICE = re.compile(
    rf"\b[Tt]he\s+(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+(?P<office>{_OFFICES})\b",
    re.IGNORECASE,
)
# "... and his Indian counterpart B" / "told Indian counterpart B".
_COUNTERPART = re.compile(
    r"\b(?:his|her|their)?\s*(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+counterparts?\b"
)
# "travel to Tonga to meet (with) ..." / "In Fiji, she will meet with ..." / "visited Beijing to meet".
_GO_MEET = re.compile(
    r"\b(?:to|in|In|visit(?:ed|ing|s)?|arrived\s+in)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?:,\s*[^,.;]{0,40}?(?:,\s+where\s+(?:he|she|they))?|\s+to|\s+where\s+(?:he|she|they))\s+"
    r"(?:will\s+|would\s+|to\s+)?"
    r"(?:meet|met|meets|meeting|(?:hold|held|holds|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting)|"
    r"call(?:ed|s)?\s+on|paid\s+(?:an?\s+)?(?:courtesy\s+)?call\s+on)\s+(?:with\s+)?"
    # "Federal Minister for Foreign Affairs X": an office may hold a few small words.
    r"(?:(?:his|her|their)\s+counterpart,?\s+)?(?:[A-Z][\w'’.-]*\s+|(?:for|of|and)\s+){0,7}['‘’]?$"
)


# Offices only one state has (general knowledge, not a list of people).
_OFFICE_STATES = {
    "external affairs minister": "IND",
    "minister of external affairs": "IND",
    "unification minister": "KOR",
    "minister of unification": "KOR",
    "chief cabinet secretary": "JPN",
    "taoiseach": "IRL",
    "tanaiste": "IRL",
    "state councilor": "CHN",
    "state councillor": "CHN",
    "secretary of state": "USA",
}


# The United States' states, for their senators, governors and representatives ("Ohio Senator X"); Georgia
# is left out, a country too.
_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|"
    "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    "Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
    "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|"
    "Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming"
)
_US_OFFICE = re.compile(
    rf"\b(?:{_US_STATES})\b.*\b(?:senator|governor|congress(?:man|woman)|representative|lawmaker|legislator)\b|"
    rf"\b(?:senator|governor|congress(?:man|woman)|representative)\s+(?:of|from)\s+(?:{_US_STATES})\b",
    re.IGNORECASE,
)
# "Senator X (D-Del.)", "Rep. Y (R-Texas)": the party and state US news writes after a lawmaker's name.
_US_PARTY_TAG = re.compile(r"^\s*,?\s*\((?:D|R|I)-[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z.]+)?\)")


def _office_state(title: str | None, american: bool = True) -> str | None:
    if not title:
        return None
    if _US_OFFICE.search(title):
        return "USA"
    words = " ".join(title.lower().replace("á", "a").split())
    # "Secretary of State for Foreign Affairs" is a British minister: only the bare office counts.
    return next(
        (
            code
            for office, code in _OFFICE_STATES.items()
            if re.search(rf"\b{office}\b(?!\s+for\b)", words) and (american or code != "USA")
        ),
        None,
    )


def _code(words: str) -> str | None:
    words = re.sub(r"(?:'s|’s)$", "", words.strip())
    return country_from_demonym(words) or country_from_name(words)


def _office_key(office: str) -> str:
    office = " ".join(office.lower().replace("defense", "defence").split())
    return _OFFICE_SHORT.get(office, office)


def _holds(title: str | None, office: str) -> bool:
    """Whether a title is this office, ranks aside ("Prime Minister" is not "Deputy Prime Minister")."""
    if not title:
        return False
    words = _office_key(title.replace("-", " "))
    return (
        words == office
        or words.endswith(" " + office)
        and not re.search(r"\b(?:deputy|vice|former)\b", words)
    )


def infer_states(
    sentences: list[Sentence],
    mentions: list[Mention],
    people: list[Person],
    visits: set[tuple[int, str]],
    pairs: set[tuple[int, int]] | None = None,
    dateline: str | None = None,
) -> list[tuple[int, int]]:
    """Fill in `country` of people the words next to their names left without one (in place).

    Returns the pairs of people the text says serve one state, for the home side's rule to carry its
    state along them too (ingest/home_side.py).

    `visits` are (person, state visited); `pairs` the people who met, called or signed together;
    `dateline` the state of the city the story is filed from, if it names one.
    """
    holy_see_states(sentences, mentions, people)
    # "Secretary of State" alone is the American office, unless the story is the Holy See's.
    american = bare_secretary_is_american(sentences)
    for person in people:
        person.country = person.country or _office_state(person.title, american) or _body_state(person.title)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.person >= 0:
            by_sentence.setdefault(m.sentence, []).append(m)
    for sent in sentences:
        here = sorted(by_sentence.get(sent.index, []), key=lambda m: m.start)
        text = without_regions(sent.text)
        for m in here:
            person = people[m.person]
            _office_in_words(text, m, person)
            person.country = person.country or _owners_state(text, m, people)
            if person.country is None:
                person.country = (
                    _side_after(text, m) or _side_before(text, m) or _appositive_state(text, m, here)
                )
        _respective_counterparts(sent.text, here, people)
    # What the words next to each name say is stated; what follows is inferred from other people.
    stated = {p.id for p in people if p.country}
    links = [
        link
        for sent in sentences
        for link in same_state_links(
            sent.text, sorted(by_sentence.get(sent.index, []), key=lambda m: m.start), people, _code
        )
    ]
    links += pronoun_companions(sentences, by_sentence, people, _code)
    links += [
        link
        for sent in sentences
        if sent.tokens
        for link in co_subject_links(Parse(sent.tokens, by_sentence.get(sent.index, [])))
    ]
    propagate(links, people)
    main_countries = two_sides(sentences)
    _demonym_offices(sentences, people, by_sentence)
    ministry_states(sentences, people)
    for sent in sentences:
        here = sorted(by_sentence.get(sent.index, []), key=lambda m: m.start)
        _counterparts(sent.text, here, people, main_countries, dateline)
        bare_counterparts(sent.text, here, people, main_countries)
        _hosts(sent.text, here, people)
    propagate(links, people)
    # A story filed from a third state's city is not one of these two sides' home, and its people
    # need not be either side's ("NAIROBI -- the Kenyan envoy met South Sudan's President in Juba,
    # then Ethiopia's ... in Addis Ababa").
    if dateline is None or dateline in main_countries:
        _home_side(people, main_countries, visits, pairs or set(), dateline)
        # After the home side, which counts only the states the text gives.
        partners(people, pairs or set(), main_countries, visits)
    propagate(links, people)
    for person in people:
        person.country_inferred = person.country_inferred or bool(person.country and person.id not in stated)
    return links


def two_sides(sentences: list[Sentence]) -> list[str]:
    """The story's two states, when it has two: named clearly more often than any third.

    The dateline does not count: a summit's host city is no side of the talks held there."""
    counts: Counter[str] = Counter(p.country for s in sentences for p in find_places(s))
    ranked = counts.most_common(3)
    if len(ranked) < 2 or (len(ranked) == 3 and ranked[2][1] * 2 > ranked[1][1]):
        return []
    return [ranked[0][0], ranked[1][0]]


# "the foreign secretary, Jeremy Hunt" / "the mayor of London, Sadiq Khan": an office in lower case.
_LOWER_OFFICE_BEFORE = re.compile(
    r"\b(?:the|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<office>(?:[a-z-]+\s+){0,2}?(?:minister|secretary|president|mayor|"
    r"governor|ambassador|spokes(?:man|woman|person)|chancellor|premier|envoy))"
    r"(?:\s+(?:of|for|to)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?,\s*$"
)


# "Mensah's Foreign Minister Ama Ablakwa": a person's office named by whom it serves
_PERSON_POSSESSOR = re.compile(r"\b(?P<owner>[A-Z][\w'’-]+)(?:'s|’s)\s+(?:[A-Z][\w'’-]*\s+){1,4}$")


def _owners_state(text: str, mention: Mention, people: list[Person]) -> str | None:
    """The state of the person whose office the name holds ("Mensah's Foreign Minister X")."""
    found = _PERSON_POSSESSOR.search(text[: mention.start])
    if found is None or _code(found.group("owner")):
        return None  # "Ghana's Foreign Minister X" is read with the states
    owner = found.group("owner")
    owners = [
        p
        for p in people
        if p.id != mention.person and p.country and any(form.split()[-1] == owner for form in p.forms)
    ]
    return owners[0].country if len({p.country for p in owners}) == 1 else None


def _office_in_words(text: str, mention: Mention, person: Person) -> None:
    found = _LOWER_OFFICE_BEFORE.search(text[: mention.start])
    if not found:
        return
    office = found.group("office")
    place = found.group("place")
    person.title = person.title or (f"{office} of {place}" if place and office.endswith("mayor") else office)
    # The mayor or governor of a city serves its state; "ambassador to X" serves another one.
    if place and person.country is None and not found.group(0).rstrip(", ").endswith(f"to {place}"):
        person.country = country_from_any(place) or country_from_geonames(place)


# Bodies whose name says whose they are (general knowledge: a state's army, party or parliament).
_BODIES = {
    "korean people's army": "PRK",
    "workers' party of korea": "PRK",
    "supreme people's assembly": "PRK",
    "people's liberation army": "CHN",
    "communist party of china": "CHN",
    "national people's congress": "CHN",
    "npc standing committee": "CHN",
    "state great khural": "MNG",
    "itamaraty": "BRA",
    "quai d'orsay": "FRA",
    "sejm": "POL",
    "storting": "NOR",
    "riksdag": "SWE",
    "folketing": "DNK",
    "eduskunta": "FIN",
    "saeima": "LVA",
    "seimas": "LTU",
    "riigikogu": "EST",
    "jatiya sangsad": "BGD",
    "mazhilis": "KAZ",
    "oliy majlis": "UZB",
    "milli majlis": "AZE",
    "jogorku kenesh": "KGZ",
    "knesset": "ISR",
    "bundestag": "DEU",
    "state duma": "RUS",
    "duma": "RUS",
    "pentagon": "USA",
    "state department": "USA",
    "homeland security": "USA",
    "white house": "USA",
    "cia": "USA",
    "kremlin": "RUS",
    "federation council": "RUS",
    "elysee": "FRA",
    "élysée": "FRA",
    "downing street": "GBR",
    "blue house": "KOR",
    "verkhovna rada": "UKR",
    "israel defense forces": "ISR",
    "revolutionary guards": "IRN",
    "islamic revolutionary guard corps": "IRN",
    "lok sabha": "IND",
    "rajya sabha": "IND",
    "ministry of external affairs": "IND",
    "mea": "IND",
}
_OFFICE_WORDS = re.compile(
    r"\b(?:minister|ministry|president|secretary|under-secretary|ambassador|chairman|chair|director|head|"
    r"chief|envoy|spokes(?:man|woman|person)|governor|mayor|leader|member|commander|general|deputy|"
    r"representative|delegate|commissioner|consul|nuncio|attach[eé]|counsell?or|embassy|embassies|"
    r"charg[eé]\s+d['’]affaires|ruler|speaker)s?\b",
    re.IGNORECASE,
)
# A clause, not a noun phrase: "President X, to whom she conveyed a message from the South African
# Head of State," says nothing of X's state.
_VERBISH = re.compile(
    r"\b(?:is|was|were|are|has|have|had|will|would|said|says|met|who|whom|whose|where|when|which|that)\b"
)
# What opens a clause, not an appositive: a verb in the past or present ("held talks with", "received
# this Monday the minister of"); a participle naming an office ("appointed ambassador of X") is none.
_CLAUSE_OPENING = re.compile(
    r"(?:held|holds|met|meets|paid|pays|told|tells|said|says|took|takes|gave|gives|made|makes|sent|sends|"
    r"spoke|speaks|began|begins|brought|sat|went|goes|led|leads|receives|hosts|welcomes|signs|visits|"
    r"[a-z]{2,}ed(?!\s+(?:as|to|the\s+new|[A-Z]|(?:[a-z]+\s+)?(?:ambassador|envoy|minister|consul|"
    r"representative|head|chief|president|secretary)\b)))\s"
)
_OWNER = re.compile(r"(?P<c>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)(?:'s|’s)\s")
_ADJ = re.compile(r"\b(?P<c>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)\b")


def _body_state(title: str | None) -> str | None:
    """'State Department spokesman' -> USA: an office in a body whose name says whose it is."""
    folded = (title or "").lower().replace("’", "'")
    return next(
        # Kenya's ministries have a "State Department for Foreign Affairs": not the American one
        (code for body, code in _BODIES.items() if re.search(rf"\b{re.escape(body)}\b(?!\s+for\b)", folded)),
        None,
    )


def _state_in_phrase(phrase: str) -> str | None:
    """'head of the Greens in Germany's parliament' -> DEU; 'the Omani Foreign Ministry's ...' -> OMN."""
    phrase = re.sub(r"^(?:who|which)\s+(?:serves|served|is|was)\s+(?:as\s+)?", "", phrase)
    # "X, who heads the Russian delegation,": the head of it.
    phrase = re.sub(r"^who\s+(?:heads|headed|leads|led|chairs|chaired)\s+", "head of ", phrase)
    if re.match(r"(?:and|or|but|while|whereas)\b", phrase):
        return None  # "A, and the President of Mexico, B": the next item of a list, not A's office
    if _CLAUSE_OPENING.match(phrase):
        return None  # "A, held talks in Rabat with the Minister of X": the verb's object, not A's office
    if not _OFFICE_WORDS.search(phrase) or _VERBISH.search(phrase) or _VERB_PHRASE.search(phrase):
        return None
    # "ambassador to X": X is the host; not so "adviser to Iran's supreme leader".
    if not re.search(r"\b(?:advis[eo]r|aide|assistant|spokes(?:man|woman|person))\s+to\s+", phrase, re.I):
        phrase = re.split(r"\s+to\s+", phrase)[0]
    folded = phrase.lower().replace("’", "'")
    if state := _body_state(folded):
        return state
    for found in _OWNER.finditer(phrase):
        if owner := country_from_name(found.group("c")) or country_from_city(found.group("c")):
            return owner
    for found in _ADJ.finditer(phrase):
        words = found.group("c")
        # "U.S." is matched without its last stop.
        # "on Sunday Iraqi Minister of Oil": the demonym may be either word of the pair.
        if adjective := country_from_demonym(words) or next(
            (
                c
                for w in words.split()
                for c in (country_from_demonym(w), country_from_demonym(w + "."), country_from_name(w))
                if c
            ),
            None,
        ):
            return adjective
    # "the Ambassador of Georgia": an office of a state named after it.
    for named in _OF_STATE.finditer(phrase):
        # "of the Prime Minister of Cambodia": the state may follow an office's own "of".
        words = named.group("c")
        # "of the National Assembly of the Republic of Korea": the state's name may hold an "of" itself.
        tails = [words[t.end() :] for t in re.finditer(r"\s+of\s+(?:the\s+)?", words)]
        if code := _name_state(words) or next((c for tail in tails if (c := _name_state(tail))), None):
            return code
    return None


_OF_STATE = re.compile(
    r"\bof\s+(?P<c>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})"
)


def _name_state(words: str) -> str | None:
    """The longest run of words from the start that names a state ("Republic of Korea Lee" -> KOR)."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        if code := country_from_name(" ".join(parts[:n]).removeprefix("the ").rstrip(".")):
            return code
    return None


# "U.S." inside: an abbreviation's stops end no phrase.
_APPOSITIVE_AFTER = re.compile(r"^\s*,\s*(?P<p>(?:(?:[A-Z]\.){2,}|[^,;.()]){3,120})(?:[,;.)]|$)")
# Styles between an office in apposition and the name: "the Prime Minister of Cambodia, Samdech X",
# "the Permanent Representative of Viet Nam, Ambassador Y".
_STYLES_BEFORE_NAME = "|".join(
    re.escape(h) for h in sorted({*HONORIFICS, "Ambassador"}, key=len, reverse=True)
)
_APPOSITIVE_BEFORE = re.compile(
    # "New Zealand's ambassador to China, X": a state's name of two words owns the office too.
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+|(?=(?:[A-Z][\w.-]+\s+)?[A-Z][\w.-]+(?:'s|’s)\s))(?P<p>[^,;.()]{3,80}?),\s*"
    rf"(?:(?:{_STYLES_BEFORE_NAME})\.?\s+)*$"
)
# "today received the newly appointed envoy of X": a clause about someone else, no apposition.
_VERB_PHRASE = re.compile(r"\b[a-z]{3,}ed\s+(?:the|a|an|his|her|their|its|with|by|to|on|in|at|from)\b")


# "the ambassadors of Ghana, A, and of the Republic of Korea, B" / "... of Portugal, A; of Cuba, B" /
# "Ambassadors Extraordinary and Plenipotentiary of the Republic of Korea A, of the Czech Republic B":
# an item of a list of offices, the state right before the name.
_OF_STATE_BEFORE = re.compile(
    # "the presidents of Chile, A, and Peru, B": the second item may drop its "of".
    r"(?:(?:^|[,;]\s*|\s)(?:and\s+)?of\s+|,\s*and\s+)"
    r"(?P<c>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})"
    r"\s*,?\s*$"
)
_OFFICES_OF = re.compile(
    r"\b(?:ambassadors?|envoys?|high\s+commissioners?|ministers?|delegations?)\b(?:\s+[A-Z][\w-]*|\s+and){0,3}\s+of\b",
    re.I,
)


# An office whose name lists its portfolios with commas: "Minister of Environment, Water and
# Agriculture", "Minister of Foreign Affairs, Cooperation and Nationals Abroad".
_PORTFOLIO_LIST = re.compile(
    r"\b(?:[Mm]inist(?:er|ry)|[Ss]ecretary|[Dd]epartment|[Cc]ommissioner)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+)*?[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+\s+and\s+[A-Z]"
)


def portfolio_commas_masked(text: str) -> str:
    """The commas inside an office's list of portfolios made spaces (offsets stay), so the office
    reads whole ("the Saudi Minister of Environment, Water and Agriculture, X": X is Saudi)."""
    return _PORTFOLIO_LIST.sub(lambda m: m.group(0).replace(",", " "), text)


# "Myanmar's military leader Senior General X", "Mali's transitional leader, Colonel Y": a state's
# possessive, a few words of office and a military rank right before the name.
_OWNER_RANK_BEFORE = re.compile(
    r"(?P<c>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})['’]s\s+(?:[a-z-]+\s+){0,3}(?:,\s*)?"
    r"(?:(?:Senior|Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?)\s+)?"
    r"(?:General|Gen\.?|Colonel|Col\.?|Captain|Capt\.?|Admiral|Adm\.?|Marshal|Commander)\s+$"
)


# A sentence opened by a participle clause ("Asked about ...", "Speaking to ...") up to the comma before
# the name: the words before the comma end the clause, they are no apposition of the speaker.
_OPENING_CLAUSE = re.compile(
    r"^\s*(?:When\s+|After\s+being\s+)?(?:[Aa]sked|[Ss]peaking|[Cc]ommenting|[Rr]esponding|[Rr]eplying|[Rr]eferring|"
    r"[Aa]nswering|[Aa]ddressing|[Ww]riting|[Tt]alking)\b[^,;]*$"
)


def _appositive_state(text: str, mention: Mention, here: list[Mention]) -> str | None:
    text = portfolio_commas_masked(text)
    after = _APPOSITIVE_AFTER.match(text[mention.end :])
    window = max(0, mention.start - 110)
    before = _APPOSITIVE_BEFORE.search(text[window : mention.start])
    spans = [
        (mention.end + after.start("p"), mention.end + after.end("p")) if after else None,
        (window + before.start("p"), window + before.end("p")) if before else None,
    ]
    for found, span in zip((after, before), spans, strict=True):
        # "attended by Mr A, the Afghan foreign minister B and ...": an office with another's name
        # in it is that person's, not an appositive of A.
        if span and any(o is not mention and span[0] <= o.start < span[1] for o in here):
            continue
        phrase = found.group("p") if found else ""
        if found is before and span and _OPENING_CLAUSE.match(text[: span[1]]):
            continue  # "Asked about a visit by the Indonesian President, Azlan said": the clause ends there
        if found is not None and found is before:
            # "the minister received in Minsk the Ambassador of Mongolia, X": what stands before a
            # name is the verb's object, X's office; the clause before it is about someone else.
            phrase = re.split(f"{_VERBISH.pattern}|{_VERB_PHRASE.pattern}", phrase)[-1]
        if found and (code := _state_in_phrase(phrase)):
            return code
    ranked = _OWNER_RANK_BEFORE.search(text[max(0, mention.start - 90) : mention.start])
    if ranked and (code := country_from_name(ranked.group("c"))):
        return code
    listed = _OF_STATE_BEFORE.search(text[: mention.start])
    if listed and _OFFICES_OF.search(text[: listed.end()]):
        # The whole run before the name names the state ("of the Czech Republic Pavel Novak").
        words = re.sub(r"^the\s+", "", listed.group("c"))
        return country_from_name(words.rstrip(". "))
    return None


_SIDE_PHRASE = re.compile(
    r"^\s*,\s*(?:[^,;.()]{0,80},\s*)?(?:from|on|of)\s+the\s+(?P<adj>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+side\b"
)


# "the heads of the two delegations, A for Uruguay and B for Argentina": the state each one speaks
# for, when the state's name closes the item.
_FOR_STATE = re.compile(
    r"^\s+for\s+(?P<c>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    # the item ends there, or the next one has the same shape ("and B for Argentina"); not "joined
    # Ms A for the Fiji and Tonga legs"
    r"(?=\s*(?:[,;.)]|$)|\s+(?:and|while|whereas)\s+[^.;]{0,60}?\bfor\s+(?:the\s+)?[A-Z])"
)


# "Maria Lopez (Chile) and John Smith (Canada)": a state in brackets right after the name.
_BRACKETED_STATE = re.compile(r"^\s*\((?P<c>[A-Z][\w'’. -]{1,40})\)")


def _side_after(text: str, mention: Mention) -> str | None:
    if _US_PARTY_TAG.match(text[mention.end :]):
        return "USA"
    bracketed = _BRACKETED_STATE.match(text[mention.end :])
    if bracketed and (code := country_from_name(bracketed.group("c"))):
        return code
    side = _SIDE_PHRASE.match(text[mention.end :])
    if side and (code := _code(side.group("adj"))):
        return code
    listed = _FOR_STATE.match(text[mention.end :])
    if listed and (code := country_from_name(listed.group("c"))):
        return code
    found = _SIDE_AFTER.match(text[mention.end :])
    if not found:
        return None
    words = found.group("c").split()
    # "Russia at the talks": the longest run of words that names a state.
    for n in range(len(words), 0, -1):
        code = country_from_name(" ".join(words[:n]).rstrip("."))
        if code:
            return code
    return None


# What may stand between "the Angolan President," and the name it introduces.
_NAME_NEXT = re.compile(r"\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+)?$")


# "signed for Nigeria by Foreign Minister A and for Ghana by B": the side named before "by".
_SIGNED_FOR_BY = re.compile(
    r"\b(?:for|on\s+behalf\s+of)\s+(?P<c>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})"
    r"\s+by\s+(?:(?:the\s+)?[A-Z][\w'’.-]*\s+|of\s+|for\s+|and\s+){0,8}$"
)
_SIGNING_WORDS = re.compile(r"\b(?:sign(?:ed|ing|s)?|initial(?:l)?ed|ink(?:ed|s)?)\b", re.IGNORECASE)


# A release's labels: "Indonesian signatory: Mr. X", "Kenyan side: Y".
_LABELLED_SIDE = re.compile(
    r"(?:^|[.;]\s*|\n)\s*(?:[Tt]he\s+|[Ff]or\s+the\s+|[Ff]rom\s+the\s+)?(?P<adj>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:signatory|signatories|side|delegation)\s*[:–-]\s*(?:[A-Z][\w.]{0,5}\.?\s+){0,3}$"
)


def _side_before(text: str, mention: Mention) -> str | None:
    label = _LABELLED_SIDE.search(text[: mention.start])
    if label and (code := _code(label.group("adj"))):
        return code
    found = _SIGNED_FOR_BY.search(text[: mention.start])
    if found is None or not _SIGNING_WORDS.search(text[: found.start()]):
        return None
    return _name_state(found.group("c"))


# "his Pakistani and Azerbaijani counterparts, A and B": each in the order of the states.
_TWO_COUNTERPARTS = re.compile(
    r"\b(?P<a>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+and\s+(?P<b>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+"
    r"(?:counterparts|ministers|leaders|presidents|envoys|ambassadors)\s*,?\s*$"
)


def _respective_counterparts(text: str, here: list[Mention], people: list[Person]) -> None:
    for first, second in zip(here, here[1:], strict=False):
        found = _TWO_COUNTERPARTS.search(text[: first.start])
        if found is None or not re.fullmatch(r"\s*(?:,\s*)?and\s+", text[first.end : second.start]):
            continue
        codes = [country_from_demonym(found.group("a")), country_from_demonym(found.group("b"))]
        if None in codes or codes[0] == codes[1]:
            continue
        # Over the words next to the first name, which read only the nearer adjective.
        for m, code in zip((first, second), codes, strict=True):
            people[m.person].country = code


def _demonym_offices(
    sentences: list[Sentence], people: list[Person], by_sentence: dict[int, list[Mention]]
) -> None:
    """'the Ethiopian PM' names the state of the article's one Prime Minister.

    Followed by a name in apposition ("the Angolan President, Joao Lourenco, said"), it is that
    person's own title and says nothing of the article's other presidents; not so a clause's subject
    ("after meeting the Ethiopian PM, Buhari said").
    """
    for sent in sentences:
        for found in _DEMONYM_OFFICE.finditer(sent.text):
            code = _code(found.group("adj"))
            if code is None:
                continue
            # "the Kingdom's Ambassador to Somalia X": no holder of "the Somali Ambassador".
            posted = {
                m.person
                for s in sentences
                for m in by_sentence.get(s.index, [])
                if posted_to(people[m.person].title, code) or posted_to(_posted_before(s.text, m.start), code)
            }
            named = [
                m for m in by_sentence.get(sent.index, [])
                if m.start >= found.end() and _NAME_NEXT.match(sent.text[found.end() : m.start])
                and re.match(r"\s*(?:[,;.)]|$)", sent.text[m.end :])
            ]  # fmt: skip
            if named:
                person = people[named[0].person]
                person.country = person.country or code
                continue
            office = _office_key(found.group("office"))
            # "The Paraguayan foreign minister and Fuenzalida had met": one named beside the office
            # in its sentence is not the one it describes.
            beside = {m.person for m in by_sentence.get(sent.index, [])}
            # "Prime Minister A and his Thai counterpart, B": A is no Thai one.
            countered = {
                m.person
                for s in sentences
                for c in _COUNTERPART.finditer(s.text)
                if _code(c.group("adj")) == code
                for m in by_sentence.get(s.index, [])
                if m.end <= c.start()
            }
            holders = [
                p
                for p in people
                if _holds(p.title, office) and p.id not in beside and p.id not in posted | countered
            ]
            # "the Russian president" is the Russian President already named, not a stateless one; a
            # Russian of another office says nothing ("the Ethiopian PM" after an Ethiopian minister).
            if any(p.country == code and _holds(p.title, office) for p in people):
                continue
            if len(holders) == 1 and holders[0].country is None:
                holders[0].country = code


_POSTED_BEFORE = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Cc]onsul(?:[\s-][Gg]eneral)?)\s+(?:to|in)\s+"
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?\s*,?\s*$"
)


def _posted_before(text: str, start: int) -> str | None:
    """The envoy's office written right before a name: "Ambassador to Somalia X"."""
    found = _POSTED_BEFORE.search(text[max(0, start - 80) : start])
    return found.group(0) if found else None


def _counterparts(
    text: str, here: list[Mention], people: list[Person], main: list[str], dateline: str | None = None
) -> None:
    """'A ... his Indian counterpart B' in a story of two states: A serves the other one.

    Filed from a third state's city, the story is that state's ("SEOUL -- Foreign Minister A held
    talks with his Japanese counterpart in Tokyo", in a story that goes on to a trip to Manila)."""
    if len(main) != 2 and dateline is None:
        return
    for found in _COUNTERPART.finditer(text):
        code = _code(found.group("adj"))
        if dateline is not None and dateline not in main:
            other = dateline
        elif len(main) == 2 and code in main:
            other = main[1] if code == main[0] else main[0]
        else:
            continue
        before = [m for m in here if m.end <= found.start()]
        if code is None or code == other or not before:
            continue
        # "with his Afghan and Uzbek counterparts": several states, the person serves none of them
        also = re.search(r"([A-Z][\w'’.-]+)\s*(?:,|\band)\s*$", text[: found.start("adj")])
        if also is not None and _code(also.group(1)) in (other, code):
            continue
        person = people[before[0].person]
        if person.country is None:
            person.country = other


def _hosts(text: str, here: list[Mention], people: list[Person]) -> None:
    """'travel to Tonga to meet with Prime Minister X': X serves the state visited."""
    for n, m in enumerate(here):
        person = people[m.person]
        if person.country is not None:
            continue
        found = _GO_MEET.search(text[: m.start])
        if not found:
            continue
        # "After visiting Fiji, she will travel to Tonga to meet ...": the last place named wins.
        places = re.findall(
            r"\b(?:to|in|In|visit\w*)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})", found.group(0)
        )
        codes = [c for p in [found.group("place"), *places] if (c := country_from_any(p))]
        code = codes[-1] if codes else None
        travellers = {people[o.person].country for o in here[:n]}
        if code and code not in travellers:
            person.country = code


_ONE_HOLDER = (
    "prime minister",
    "foreign minister",
    "president",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sultan",
)
_NOT_HEAD_OF_STATE = re.compile(
    r"\b(?:deputy|vice|former|ex|acting|elect|designate|assembly|senate|parliament|court|bank|council|commission|party|chamber|"
    r"congress|union|committee|club|association|federation|university|company|group|region|province|state\s+of|"
    # An aide of the office is not its holder: "Assistant Foreign Minister", "Director of the Foreign
    # Minister's Office", "Minister of State for Foreign Affairs".
    r"assistant|director|office|advis[eo]r|aide|spokes(?:man|woman|person)|senior|special|envoy|"
    r"minister\s+of\s+state|state\s+minister|under-?secretary|permanent|principal|chief\s+of)\b"
)


def sole_office(title: str | None) -> str | None:
    """The office a state has one holder of at a time ("President", "Foreign Minister"), if this is one."""
    words = " ".join((title or "").lower().replace("-", " ").split())
    if not words or _NOT_HEAD_OF_STATE.search(words):
        return None
    if re.search(
        r"\bminister\s+(?:of|for)\s+foreign\s+affairs\b|\bforeign\s+(?:affairs\s+)?minister\b", words
    ):
        return "foreign minister"
    if re.search(r"\bminister\b", words) and "prime minister" not in words:
        return None
    return next((office for office in _ONE_HOLDER if re.search(rf"\b{office}\b", words)), None)


def office_taken(person: Person, code: str, people: list[Person]) -> bool:
    """Whether another of the article's people already holds this person's office for that state: a
    second "President" in a story filed from Ramallah is not the Palestinian one. A former holder
    ("former President X") takes no office, nor is one taken from them."""
    office = None if person.former else sole_office(person.title)
    return office is not None and any(
        other is not person
        and other.country == code
        and sole_office(other.title) == office
        and not other.former
        for other in people
    )


def named_elsewhere(person: Person, sentences: list[Sentence], mentions: list[Mention], code: str) -> bool:
    """Whether every sentence naming the person names states, none of them this one: "U.S. voters go to
    the polls in a race between Vice President X and ..." in a story filed from Moscow."""
    # The states named before the person's first mention in each sentence set the scene; a place the
    # sentence goes on to ("before leaving for Tokyo") does not.
    first: dict[int, int] = {}
    for m in mentions:
        if m.person == person.id:
            first[m.sentence] = min(first.get(m.sentence, m.start), m.start)
    named = [
        {p.country for p in find_places(s) if p.start < first[s.index]} for s in sentences if s.index in first
    ]
    return bool(named) and all(states and code not in states for states in named)


def _official(person: Person) -> bool:
    first = person.name.split()[0] if person.name else ""
    return bool(person.title) or first in ROYAL


def _home_side(
    people: list[Person],
    main: list[str],
    visits: set[tuple[int, str]],
    pairs: set[tuple[int, int]],
    dateline: str | None = None,
) -> None:
    if len(main) != 2:
        return
    # A third state's people who met someone make it no two-state story ("Modi and Xi in Kazan"); named
    # in passing ("Trump ... Xi") they do not decide which side is home.
    if any(people[a].country and people[a].country not in main for pair in pairs for a in pair):
        return
    # A host read from the scene of a meeting ("in Hanoi, where he was received by X") says which
    # side was visited, not which side the outlet names bare.
    stated = {p.country for p in people if p.country in main and not p.country_inferred}
    if dateline in main and stated == {dateline}:
        # Filed from one side, whose own officials are the only ones named with their state: the
        # dateline says that side is home, the states named say the other is; the dateline's rule
        # (ingest/home_side.py), with its guards, decides instead.
        return
    if len(stated) == 1:
        home = next(c for c in main if c not in stated)
    else:
        # Both sides named: the host is the side the other's officials travelled to; neither named:
        # the side anyone travelled to ("the minister will travel to Bogota"), unless the story is
        # filed from the other side, whose own people it then names bare.
        hosts = {
            code
            for pid, code in visits
            if (people[pid].country and people[pid].country != code)
            or (not stated and code in main and dateline in (None, code))
        }
        if len(hosts) != 1 or not hosts <= set(main):
            return
        home = next(iter(hosts))
    guest = next(c for c in main if c != home)
    for person in people:
        went = {c for p, c in visits if p == person.id}
        if person.country is None and _official(person) and went == {home}:
            # Who travelled to the home side, and only there, is the guest.
            person.country = None if office_taken(person, guest, people) else guest
            continue
        if person.country is None and _official(person) and (person.id, home) not in visits:
            # Who met a home official is the guest ("agreements reached by Putin and Kim").
            met = {people[b].country for a, b in pairs if a == person.id} | {
                people[a].country for a, b in pairs if b == person.id
            }
            side: str | None = guest if home in met and guest not in met else home
            # A head of state or government whom someone met on their visit to the guest state is
            # its host ("she called on President X" during her visit to Mozambique); not so a
            # minister, who may be one of the visitor's own party.
            partners_of = {b for a, b in pairs if a == person.id} | {a for a, b in pairs if b == person.id}
            if (
                sole_office(person.title)
                and any((other, guest) in visits for other in partners_of)
                and (person.id, guest) not in visits
            ):
                side = guest
            if side and office_taken(person, side, people):
                # The home side's President is known already: this one is the guest's.
                side = guest if side == home and not office_taken(person, guest, people) else None
            # "Ambassador to X" serves the state that sent them, not X.
            person.country = None if side and posted_to(person.title, side) else side
