"""Titles and states: what a person is called next to their name, and whom they serve.

"North Korean Foreign Minister Choe Son-hui" -> ("Foreign Minister", PRK);
"Yun Jong-ho, external economic relations minister," -> title;
"Russian Ambassador to North Korea X" -> RUS (the "to" state is the host);
"the Russian delegation, led by X" -> RUS.
"""

from __future__ import annotations

import re

from ingest.countries import (
    country_from_any,
    country_from_city,
    country_from_demonym,
    country_from_name,
    without_regions,
)
from ingest.mentions import Mention
from ingest.name_words import TITLE_TOKENS
from ingest.office_names import PORTFOLIO_WORDS
from ingest.titles import OPENS_WITH_MUHAMMAD, TITLE_AFTER, TITLE_HEADS, VERBISH, clean_title


def _split_country(title: str) -> tuple[str | None, str]:
    """'North Korean Foreign Minister' -> ('PRK', 'Foreign Minister'); "Russia's ..." too."""
    words = title.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        head = " ".join(words[:n])
        possessive = re.sub(r"(?:'s|’s|(?<=s)['’])$", "", head)  # "Russia's", "Barbados'"
        code = country_from_demonym(head) or (_owner_state(possessive) if possessive != head else None)
        code = code or country_from_name(head)
        if code:
            return code, " ".join(words[n:])
    return None, title


def _of_country(title: str) -> tuple[str | None, str]:
    # "Minister of Foreign Affairs of the Democratic People's Republic of Korea": try each "of".
    for match in re.finditer(r"\s+of\s+(?:the\s+)?(?=(?P<c>[A-Z][\w'’. -]+)$)", title):
        code = country_from_name(match.group("c").replace("’", "'").rstrip(". "))
        if code:
            return code, title[: match.start()]
    # "Ambassador of Sao Tome and Principe in Rabat", "... to Algeria": the post follows the state
    posted = re.search(r"\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w'’. -]+$", title)
    if posted is not None and " of " in title[: posted.start()]:
        code, office = _of_country(title[: posted.start()])
        if code:
            return code, office + title[posted.start() :]
    return None, title


_TITLE_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|of|for|to|the|and|at)$")
_HEAD_WORDS = {w.lower() for h in TITLE_HEADS for w in h.split()[-1:]} | {"minister", "leader", "lady"}


def _is_head(word: str) -> bool:
    """An office's head word, also before it is taken up ("President-elect", "Prime Minister-designate")."""
    word = re.sub(r"-(?:elect|designate)$", "", word.lower())
    # "Vice-Minister", "Deputy-Director": the head is the hyphenated office's last part.
    return word in _HEAD_WORDS or ("-" in word and word.rsplit("-", 1)[1] in _HEAD_WORDS)


_DELEGATION = re.compile(
    # "The South Sudanese delegation": the state's adjective, not "The South" (Korea's short form)
    r"(?P<adj>(?!The\s)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)(?:'s|’s)?\s+(?:[\w-]+\s+){0,4}?(?:delegation|mission|side)\b"
    r"[^.;]{0,60}?\b(?:led|headed)\s+by\s+[^,;]{0,60}$"
)


def title_before(before: str) -> str | None:
    """The office written right before a name: scan back from the name over capitalised words."""
    spouse = _SPOUSE_BEFORE.search(before)
    if spouse is not None:
        return "First " + spouse.group("who").capitalize()  # "first lady X", not "Lady" as a style
    title = _title_right_before(before)
    if title is None or title == "Ambassador":
        # "the Minister of Foreign Affairs of Ethiopia, H.E. X", "The Honourable Minister of Foreign
        # Affairs, Ambassador X": the office stands before the comma, a style or rank after it.
        office = _OFFICE_THEN_COMMA.search(before)
        while office is not None and _holds_a_name(office.group("office")):
            # "Minister A and the Director General for Africa, Ambassador B": the office after A
            office = _OFFICE_THEN_COMMA.search(before, office.start() + 1)
        # "At the invitation of A, Minister of Foreign Affairs of Laos, H.E. B, ...": an office
        # right after another name and a comma is that name's apposition, not B's office.
        if office is not None and not _AFTER_A_NAME.search(before[: office.start()]):
            # read back from the office's end: "Mauritanian Minister of ...", "Foreign Secretary"
            return _title_right_before(before[: office.end("office")] + " ") or title
    return title


_SPOUSE_BEFORE = re.compile(r"\b[Ff]irst\s+(?P<who>[Ll]ady|[Gg]entleman)\s+$")


def _holds_a_name(office: str) -> bool:
    """ "Ambassador Karin Lund of Sweden, Ambassador X": two capitalised words right after an office's
    head that are neither office words nor a state are the name of the one listed before."""
    words = office.split()
    for head, first, second in zip(words, words[1:], words[2:], strict=False):
        if _is_head(head) and _name_word(first) and _name_word(second):
            return True
    return False


def _ends_in_a_name(office: str) -> bool:
    """ "Minister of Energy A B": an office and its holder's name, the two last words."""
    words = office.split()
    return (
        len(words) >= 4
        and any(_is_head(w) for w in words[:-2])
        # "of Sao Tome and Principe": a name after "of" is a place's, not a holder's
        and words[-3].lower() not in ("of", "for", "to", "the", "and", "in")
        and all(
            _name_word(w) and re.sub(r"[-'’]", "", w).isalpha() and w.lower() not in PORTFOLIO_WORDS
            for w in words[-2:]
        )
    )


def _name_word(w: str) -> bool:
    return (
        w[:1].isupper()
        and w.lower() not in TITLE_TOKENS
        and w.lower() not in _HEAD_WORDS
        and not country_from_name(w)
        and not country_from_demonym(w)
    )


# The office's first words may precede its head ("Foreign Minister of Laos"): look past them.
_AFTER_A_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*,\s*(?:(?:[A-Z][\w'’-]*|of|the|and|for)\s+)*$")
# An office phrase, a comma, and any styles before the name.
_OFFICE_THEN_COMMA = re.compile(
    r"(?P<office>\b(?:(?:Prime|Vice|Deputy|First|State)[ -])?"
    r"(?:Minister|Secretary|President|Ambassador|Chairperson|Chairman|Commissioner|Director)"
    # "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, X": one office may hold a comma
    r"(?:,?\s+(?:of|for|and|the|to|[A-Z][\w'’-]*)){0,14}),\s+"
    # "Md." (Mohammad) opens Bangladeshi names the model reads without it
    r"(?:(?:H\.\s?E\.|HE|(?:His|Her)\s+Excellency|Rt\.?|Hon['’]ble|Hon\.?|Ambassador|Amb\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Md\.?|Mohd\.?)\s+)*$"
)


# "B.Enkhmaa": a Mongolian name with its initial glued on, never a word of an office.
_GLUED_INITIAL = re.compile(r"^[A-Z][a-z]?\.[A-Z][a-z]")


def _title_right_before(before: str) -> str | None:
    # "External Affairs Minister (EAM) S Kumar": the abbreviation repeats the office; "Director
    # General (South Asia) X": the parenthesis qualifies it.
    before = re.sub(r"\s*\([A-Z][^()]{1,40}\)\s*$", " ", before)
    # "Minister of State ... Dr. X", "Foreign Secretary Amb. Y": a form of address is not the office.
    before = _ADDRESS_BEFORE_NAME.sub(" ", before)
    # "Russia's then Prime Minister X": the state owns the office across a word of time.
    before = re.sub(r"(?<=['’]s)\s+(?:then|former|current|outgoing|incoming)\s+(?=[A-Z])", " ", before)
    # A caption in capitals: "... CHOE SON HUI AND RUSSIAN FOREIGN MINISTER X" joins like lower case.
    words = [w.lower() if w in {"AND", "OF", "FOR", "TO", "THE"} else w for w in before.rstrip().split(" ")]
    if not words or not words[-1] or words[-1].endswith(","):
        return None
    taken: list[str] = []
    comma_inside = False
    for at, word in enumerate(reversed(words)):
        bare = word.rstrip(",")
        if bare != word and taken:
            # "Minister of Foreign Affairs, Cooperation and Nationals Abroad X": one comma inside a list
            # of an office's subjects, when no head came yet and the words go on to "Minister of" (not
            # "Minister of Foreign Affairs of Bangladesh, Md. X": a state ends the office).
            if (
                comma_inside
                or "and" not in taken
                or any(map(_is_head, taken))
                or country_from_name(bare)
                or not _office_goes_on(words[: len(words) - at])
            ):
                break
            comma_inside = True
        # "head of the Presidential Administration of Ukraine": a lower-case head before "of".
        # Not "a spokesman for President X": there the office next to the name is complete.
        head = _is_head(bare) and (not taken or taken[-1] in {"of", "for"}) and not any(map(_is_head, taken))
        if not (_TITLE_WORD.match(bare) or head) or _GLUED_INITIAL.match(bare):
            break  # "Minister B.Enkhmaa and Minister of Food G.Tsogtgerel": a name ends the office
        if taken and _place_before_demonym(bare, taken[-1]):
            break  # "received in Damascus Jordanian Foreign Minister X": the office opens at "Jordanian"
        taken.append(word if bare != word else bare)  # the comma inside an office stays
    if not any(_is_head(w) for w in taken):
        return None
    while taken and taken[-1] in {"of", "for", "to", "the", "and", "at"}:
        taken.pop()
    if "at" in taken:
        # "at" belongs in an office only before its body ("Minister of State at the Ministry of ...").
        body = " ".join(reversed(taken[: taken.index("at")]))
        if not re.match(r"(?:the\s+)?(?:Ministry|Department|Office)\b", body):
            taken = taken[: taken.index("at")]
    if "to" in taken:
        # "a message from João Lourenço to President X": the office is what follows "to" when a name,
        # not an office ("Ambassador to"), comes before it.
        to = taken.index("to")
        near, far = taken[:to], taken[to + 1 :]
        # "Ambassador of Ecuador to the State of Qatar": "State" is a country's style here, no office.
        offices = [w for w in near if _is_head(w) and w != "State"]
        if far and not _is_head(far[0]) and offices:
            taken = near
    if "and" in taken and _and_inside_office(taken):
        # "Minister of Marine Affairs and Fisheries": one office whose name holds "and"; an "and"
        # further back joins another office and its holder ("Trade Minister A and Djibouti's
        # Minister of Foreign Affairs and International Cooperation B"): the office ends there.
        taken = _before_next_holder(taken)
    elif "and" in taken and (
        # "... and Moroccan Expatriates": words of one office's subject, no second office, follow
        not taken[: taken.index("and")] or any(_is_head(w) for w in taken[: taken.index("and")])
    ):
        # "... Choe Son-hui and Vice Foreign Minister": keep what follows "and"; "Moldova's Acting
        # Prime Minister and Foreign Minister": both offices are Moldova's.
        near, far = taken[: taken.index("and")], taken[taken.index("and") + 1 :]
        far_words = list(reversed(far))
        # "on Tuesday Iraqi Deputy Prime Minister and ...": the office starts at the state's word
        first_state = next(
            (i for i, w in enumerate(far_words) if country_from_demonym(w) or country_from_name(w)), 0
        )
        far_title = " ".join(far_words[first_state:])
        code, rest = _split_country(far_title)
        near_code, _ = _split_country(" ".join(reversed(near)))
        heads = [w for w in near if w.lower() in _HEAD_WORDS]
        if heads and code and not near_code and rest != far_title and far[0].lower() in _HEAD_WORDS:
            near = [*near, *reversed(far_title[: len(far_title) - len(rest)].split())]
        elif (
            heads
            and code
            and not near_code
            and first_state == 0
            and country_from_demonym(far_words[0])
            and len(near) - len(heads) <= 2
            and _portfolio(rest)
        ):
            # "Vietnamese Industry and Trade Minister X": one office of two portfolios, the state's.
            near = [*near, "and", *reversed(far_title.split())]
        taken = near
    for at, word in enumerate(taken):
        # "Commerce Secretary A B and Secretary of the Ministry of ...": another holder's name ends it
        if word == "and" and _ends_in_a_name(" ".join(reversed(taken[at + 1 :]))):
            taken = taken[:at]
            break
    title = clean_title(" ".join(reversed(taken)))
    return title or None


_COMPASS = frozenset(
    {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}
)


def _place_before_demonym(word: str, demonym: str) -> bool:
    """Whether a capitalised word before a state's adjective is outside the office: a place or any
    word that is neither an office's word nor part of the state's name ("South Korean")."""
    if not word[:1].isupper() or not country_from_demonym(demonym) or word in _COMPASS:
        return False
    if word.lower() in TITLE_TOKENS or country_from_demonym(word) or country_from_name(word):
        return False
    return not country_from_demonym(f"{word} {demonym}")


def _before_next_holder(taken: list[str]) -> list[str]:
    """The words of the office up to a second "and" whose far side holds an office and a name.

    `taken` is the run of words before the name, nearest first; its first "and" is inside the office.
    An office owned by a state ("Djibouti's Minister") or opened by a demonym closes at that word."""
    first = taken.index("and")
    for at in range(first + 1, len(taken)):
        if taken[at] != "and":
            continue
        near = taken[:at]
        far = " ".join(reversed(taken[at + 1 :]))
        if any(_is_head(w) for w in near[first + 1 :]) and (_holds_a_name(far) or _ends_in_a_name(far)):
            return near
    return taken


def _office_goes_on(words: list[str]) -> bool:
    """Whether the words before a comma (in reading order, the comma's word last) end an office's
    subject: a head, "of" or "for", and at most four capitalised words."""
    run: list[str] = []
    for word in reversed(words):
        if len(run) > 6 or not _TITLE_WORD.match(word.rstrip(",")) or (run and word.endswith(",")):
            break
        run.append(word.rstrip(","))
    # nearest first: "Affairs", "Foreign", "of", "Minister"
    return any(
        w in {"of", "for"} and 0 < n <= 4 and n + 1 < len(run) and _is_head(run[n + 1])
        for n, w in enumerate(run)
    )


def _portfolio(words: str) -> bool:
    """Whether a few capitalised words name a ministry's subject ("Industry", "Economy, Trade"), not
    an office or a person: no head word, no more than three words."""
    parts = words.replace(",", " ").split()
    return 0 < len(parts) <= 3 and not any(_is_head(w) for w in parts) and all(w[:1].isupper() for w in parts)


_ADDRESS_BEFORE_NAME = re.compile(r"(?<=\s)(?:Dr|Prof|Amb|H\.?E|Mr|Ms|Mrs|Engr?)\.?\s*$")


def _and_inside_office(taken: list[str]) -> bool:
    """Whether the "and" right before a name joins two words of one office's subject ("Minister for
    Economic Affairs and Climate Action X"), not two people or offices ("Minister A and Deputy B").

    `taken` is the run of words before the name, nearest first."""
    at = taken.index("and")
    near, far = taken[:at], taken[at + 1 :]
    slash = next((i for i, w in enumerate(near) if "/" in w), None)
    if slash is not None:
        # "High Representative for Foreign Affairs and Security Policy/Vice-President of the
        # Commission": a second office after the slash; the subject of the first ends at it.
        near = [near[slash].split("/")[0], *near[slash + 1 :]]
    if not near or len(near) > 3 or any(_is_head(w) for w in near):
        return False
    link = next((i for i, w in enumerate(far) if w in {"of", "for"}), None)
    if link is None or link == 0 or link > 3 or not any(_is_head(w) for w in far[link + 1 :]):
        return False
    subject = [*near, *far[:link]]
    bare = [re.sub(r"(?:'s|’s)$", "", w) for w in subject]
    return not any(country_from_demonym(w) or country_from_name(w) for w in bare)


def _inner_state(title: str) -> str | None:
    """A state named inside an office ("Chairman of the Russian Duma's ... Committee"), not after "to"."""
    words = re.split(r"\s+", without_regions(title).strip())
    for i, word in enumerate(words):
        # "Special Representative for Afghanistan": the state an envoy deals with is not theirs
        if word in {"to", "in", "on", "at", "for"}:
            break
        for n in (3, 2, 1):
            chunk = " ".join(words[i : i + n])
            chunk = re.sub(r"(?:'s|’s)$", "", chunk)
            if not chunk[:1].isupper():
                continue
            code = country_from_demonym(chunk) or country_from_name(chunk)
            if code:
                return code
    return None


# After a name: ", Nicaraguan FM," / ", Russia's top diplomat," / ", the Japanese ambassador,".
_STATE_AFTER = re.compile(
    r"^\s*,\s*(?:the\s+|a\s+)?(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)(?:'s|’s)?\s+"
    r"(?P<title>(?:[\w-]+\s+){0,3}?(?:FM|top\s+diplomat|counterpart|[A-Za-z-]+))\s*(?:,|\.|;|\)|$)"
)
# After a name: "of the Ministry of Foreign Affairs of the DPRK" / "from Russia's foreign ministry".
_BODY_AFTER = re.compile(
    r"^\s*,?\s*(?:of|from)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’.-]*|of|the|and|for)(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|for)){0,10})"
)
# A long appositive naming the state: ", Minister of Foreign Affairs, International Trade and Worship of X,".
_PREDICATE = re.compile(
    r",\s*(?!and\b|of\b|for\b|the\b|in\s+charge\b)[a-z]|"
    r"\b(?:received|receives|hosted|hosts|welcomed|welcomes|met|meets|today|yesterday|on\s+[A-Z][a-z]+day)\b"
)
_APPOSITIVE_START = re.compile(r"^\s*,\s*(?:the\s+)?[A-Z]")
_OF_NAME = re.compile(r"\bof\s+(?:the\s+)?(?P<c>[A-Z][\w'’. -]{1,60}?)(?=\s*(?:,|\.|;|$))")
# Before a name: "Russia's foreign minister, " / "his Japanese counterpart, " / "Nigerian president, ".
_STATE_BEFORE = re.compile(
    r"(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)(?:'s|’s)?\s+(?P<title>(?:[a-z-]+\s+){0,3}[a-z-]+)\s*,?\s*$"
)


def _owner_state(owner: str) -> str | None:
    """The state of a possessive's owner: "Russia's", and a capital for its state ("Beijing's envoy")."""
    return country_from_name(owner) or country_from_city(owner)


def _state_of(adj: str) -> str | None:
    bare = re.sub(r"(?:'s|’s|(?<=s)['’])$", "", adj)  # "Russia's", "Honduras'"
    return country_from_demonym(bare) or (_owner_state(bare) if bare != adj else country_from_name(bare))


_STATE_BODY = re.compile(
    r",\s+(?:the\s+)?(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:[A-Z][\w'’-]+\s+){0,2}?"
    r"(?:Bank|Ministry|Council|Commission|Authority|Agency|Institute|Corporation|Chamber|Board|Fund)\b"
)
_NEXT_ITEM = re.compile(
    r",\s+and\s+(?:the\s+|his\s+|her\s+|(?:Mr|Ms|Mrs|Dr|Shri|Smt|Prof|H\.\s?E)\.?\s+)", re.IGNORECASE
)


def _state_around(text: str, mention: Mention, before: str) -> str | None:
    """The state written next to the name but outside a capitalised title."""
    after = text[mention.end :]
    found = _STATE_AFTER.match(after)
    if found and (
        OFFICE_WORD.search(found.group("title")) or re.search(r"FM|diplomat|counterpart", after[:80])
    ):
        code = _state_of(found.group("adj"))
        if code:
            return code
    if _APPOSITIVE_START.match(after) and OFFICE_WORD.search(after[:80]):
        # ", Minister of Foreign Affairs, International Trade and Worship of Argentina,": the state's "of".
        segment = re.split(r"\.\s|;|\(", after[:220])[0]
        # The appositive ends where the clause goes on: "A, Minister of Foreign Affairs, received ... B,
        # Prime Minister of Somalia": Somalia is B's.
        predicate = _PREDICATE.search(segment)
        segment = segment[: predicate.start()] if predicate else segment
        # "A, Foreign Secretary, and Shri B, Foreign Secretary of Nepal": the next item is B's
        segment = _NEXT_ITEM.split(segment)[0]
        for part in _OF_NAME.finditer(segment):
            if VERBISH.search(segment[: part.start()]):
                break
            code = country_from_name(part.group("c"))
            if code:
                return code
        # "A, Deputy Governor, Nepal Rastra Bank": a body whose name opens with its state's
        body = _STATE_BODY.search(segment)
        if (
            body
            and not VERBISH.search(segment[: body.start()])
            and (code := country_from_name(body.group("c")) or country_from_name(body.group("c").split()[0]))
        ):
            return code
    found = _BODY_AFTER.match(after)
    # "the ambassadors of Italy, A, of Japan, B": A's own state is before the name; ", of Japan" is B's.
    # Not so "A of Brazil, B of Nigeria", where each state follows its name without a comma.
    if (
        found
        and after.lstrip().startswith(",")
        and re.search(r"\bof\s+(?:the\s+)?[A-Z][^,;.]{0,60},\s*$", before)
    ):
        found = None
    if found:
        words = found.group("body").split()
        for n in range(len(words), 0, -1):
            # "A of Ghana and B of Kenya": the state right after the name, not the last one.
            head = " ".join(words[:n]).removeprefix("the ")
            if (n == len(words) or words[n] == "and") and country_from_name(head):
                return country_from_name(head)
        for n in range(len(words)):
            tail = " ".join(words[n:]).removeprefix("the ")
            # "of Jordan." at the end of the sentence: the full stop is not part of the name.
            code = country_from_name(tail) or country_from_name(tail.rstrip("."))
            if code:
                return code
    found = _STATE_BEFORE.search(before[-80:])
    if found and (OFFICE_WORD.search(found.group("title")) or "counterpart" in found.group("title")):
        return _state_of(found.group("adj"))
    return None


# "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs
# of the DPRK, received ...": a long appositive of several offices.
LONG_APPOSITIVE = re.compile(r"^\s*,\s*(?P<title>[^,;()]{3,160}?)\s*,")
VERB_PHRASE = re.compile(r"\b[a-z]+ed\s+(?:on|in|at|to|by|with|from|into|onto|the|a|an|his|her)\b")
OFFICE_WORD = re.compile(
    r"\b(?:minister|president|secretary|ambassador|chairman|chairperson|chair|director|commissioner|envoy|"
    r"premier|chancellor|spokes(?:man|woman|person)|governor|mayor|leader|head|chief|member|king|queen|prince)\b",
    re.IGNORECASE,
)


# "the head of Angolan diplomacy, X", "Russia's chief diplomat X": a state's foreign minister.
_HEAD_OF_DIPLOMACY = re.compile(
    r"(?:\bhead\s+of\s+(?P<adj>[A-Z][\w'’-]+)\s+diplomacy|"
    r"(?P<owner>[A-Z][\w'’-]+)(?:'s|’s)\s+(?:chief|top)\s+diplomat)\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$"
)


_STYLE_BEFORE_NAME = re.compile(
    r"(?<=\s)(?:(?:Sayyid|Sayyida|Sheikh|Sheikha|Datuk|Dato['’]?|Datin|Tan\s+Sri|Tun|Seri|Shri|Smt\.?|Hon\.?|H\.\s?E\.)\s+)+$"
)


def read_role(text: str, mention: Mention) -> tuple[str | None, str | None]:
    """The title and state written around one mention of a person, where the sentence gives them."""
    before = text[: mention.start]
    # "Minister of X, Md. A B": Muhammad's abbreviation opens the name; the office reads past it
    # as it reads past a style after the office's comma.
    if (muhammad := OPENS_WITH_MUHAMMAD.match(mention.text)) and before.rstrip().endswith(","):
        before += muhammad.group(0)
    # "his Omani counterpart Sayyid X": a style of rank the name keeps outside its span stands
    # between the counterpart and the name; read past it.  Only there: an office before a style
    # has its own readings ("..., Hon. X", "secretary-general Datuk Seri X").
    if re.search(r"\b[Cc]ounterparts?,?\s+$", styled := _STYLE_BEFORE_NAME.sub("", before)):
        before = styled
    diplomacy = _HEAD_OF_DIPLOMACY.search(before)
    if diplomacy and (code := country_from_any(diplomacy.group("adj") or diplomacy.group("owner"))):
        return "Foreign Minister", code
    title = title_before(before)
    announced = _OPENING_OFFICE.match(before)
    if announced is None or not OFFICE_WORD.search(announced.group("office")):
        announced = _ANNOUNCED_OFFICE.search(before) or _demonym_office(before)
    possessed = _POSSESSED_OFFICE.search(before) if not announced else None
    if possessed and title and possessed.group("rank"):
        # "Nigeria's Minister of Foreign Affairs, Ambassador X", "Somalia's Chief of Defence Forces,
        # Major General Y": a rank or style after the comma leaves the office, and its state, X's.
        office = clean_title(possessed.group("office")) or ""
        if not (_RANK_ONLY.fullmatch(title) or office.endswith(title)):
            possessed = None
    elif title:
        possessed = None
    if possessed and OFFICE_WORD.search(possessed.group("office")):
        # "Ghana's Minister of Foreign Affairs, Kofi Asante, and ...": the state owns the office.
        title = clean_title(possessed.group("office"))
        country_of_office = country_from_any(possessed.group("state"))
        if title and country_of_office:
            return title, country_of_office
    if not title and announced:
        # "The President of the Republic, Manuel Sousa, received ...": the office announces the name.
        office = announced.group("office")
        title = clean_title(office) if OFFICE_WORD.search(office) else None
    after = TITLE_AFTER.match(text[mention.end :]) or LONG_APPOSITIVE.match(text[mention.end :])
    if after and re.match(r"\s*,?\s*and\b", text[mention.end :]):
        after = None  # "A, and Morocco's Minister of Water, B": the office after "and" is B's
    if after and _OFFICE_THEN_NAME.search(text[mention.end : mention.end + after.end() + 3]):
        after = None  # "Mr A, the Afghan foreign minister B": the office stands before B's name
    office_word = OFFICE_WORD.search(after.group("title")) if after else None
    if (
        after
        and (
            VERBISH.search(after.group("title"))
            or office_word is None
            # ", undertook a visit ... at the invitation of the Minister,": an office far into the
            # clause is someone else's
            or len(after.group("title")[: office_word.start()].split()) > 5
            or VERB_PHRASE.search(after.group("title"))
        )
    ):
        after = None
    if not title and after:
        title = clean_title(after.group("title"))
    country: str | None = None
    if title:
        country, title = _split_country(title)
        # "Ambassador of Ecuador to the State of Qatar": the state is the one before "to", the host after.
        own = re.split(r"\s+to\s+(?=(?:the\s+)?[A-Z])", title)[0]
        of_code, stripped = _of_country(own)
        title = stripped + title[len(own) :]
        country = country or of_code or _inner_state(title)
        if re.search(r"\b(?:to|in)\s+(?:the\s+)?[A-Z]", title) and not re.search(
            r"^(?:Ambassador|Envoy|High\s+Commissioner|Permanent\s+Representative)", title
        ):
            title = re.sub(r"\s+(?:to|in)\s+.*$", "", title)
        title = title.strip(" ,") or None
    if country is None:
        # "her Mozambican counterpart, Mr X": a form of address stands between the office and the name.
        before = re.sub(r"(?:\b(?:Mr|Ms|Mrs|Dr)\.?|\bMadam)\s+$", "", before)
        country = _state_around(text, mention, before)
    if country is None:
        # "his Brazilian counterpart, Lula" / "Russia's Lavrov" / "the Russian delegation, led by X"
        near = re.search(
            r"(?<!\bto\s)(?<!\bin\s)(?<!\bfrom\s)(?<!\bat\s)(?<!\bfor\s)(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)(?:'s|’s)?\s+(?:[a-z]+\s+){0,2}(?:,\s*)?$",
            before[-60:],
        )
        if (
            near
            and re.search(r"\b(?:to|in)\s+the\s+$", before[-60:][: near.start()])
            and not re.search(r"[a-z]", before[-60:][near.end("adj") :])
        ):
            # "Ambassador to the U.S. X" is no American; "a letter to the Nigerian leader, X" is Nigerian.
            near = None
        delegation = _DELEGATION.search(before[-160:])
        for found in (near, delegation):
            if found and country is None:
                country = _state_of(found.group("adj"))
        country = country or state_of_delegation(before) or delegation_member(before)
    if country is None:
        # "Deputy Foreign Minister A, an Armenian, was also present"
        national = re.match(r"\s*,\s*an?\s+(?P<adj>[A-Z][\w-]+)\s*[,.;]", text[mention.end :])
        country = country_from_demonym(national.group("adj")) if national else None
    if title and len(title) > 120:
        title = None
    return title, country


# A sentence opening on an office set off by a comma, with no article: "President of the Republic of
# Congo, X, ...", "Recently re-elected President of Chile, X", "Presidential spokesman, X, said".
_OPENING_OFFICE = re.compile(
    r"^\s*(?:[A-Z][a-z]+ly\s+[a-z-]+\s+)?"
    r"(?P<office>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and|to|in)){0,8}(?:\s+spokes(?:man|woman|person))?)"
    r"\s*,\s*(?:(?:Ms|Mr|Mrs|Dr|Prof)\.?\s+)*$"
)
_ANNOUNCED_OFFICE = re.compile(
    r"(?:^|[-–—:;,]\s*|\.\s+|\b(?:was|were|is|are|also|with|by|and|met|meet|meets|received|receives|on|to|from|of)\s+)"
    r"[Tt]he\s+(?P<office>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and|to|in)){0,8})\s*,\s*"
    r"(?:(?:Ms|Mr|Mrs|Dr|Prof|H\.E\.|Hon'ble|Shri|Smt)\.?\s+)*$"
)
# "held talks with Guatemalan Minister of Foreign Affairs, X": a state's adjective opens the office
# as "the" does above; the office ends on its head or on its portfolio ("... of Foreign Affairs").
_DEMONYM_ANNOUNCED = re.compile(
    r"(?:[-–—:;,]\s*|\b(?:with|by|and|met|meet|meets|received|receives|to|from)\s+)"
    r"(?P<office>(?P<adj>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,2}?(?:Minister|Secretary|President|Ambassador|Envoy|Commissioner|Director)"
    r"(?:\s+(?:of|for)(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and)){1,6})?)\s*,\s*"
    r"(?:(?:Ms|Mr|Mrs|Dr|Prof|H\.E\.)\.?\s+)*$"
)


def _demonym_office(before: str) -> re.Match[str] | None:
    found = _DEMONYM_ANNOUNCED.search(before)
    if found is None:
        return None
    adj = found.group("adj")
    # the adjective must be a state's ("Guatemalan", "South Korean"), not a body's ("Foreign")
    return found if country_from_demonym(adj) or country_from_demonym(adj.split()[0]) else None


# "the Afghan interim foreign minister Mawlawi ...": an office followed by a name is that name's.
_OFFICE_THEN_NAME = re.compile(
    r"\b(?i:minister|president|secretary|ambassador|envoy|chairman|chairwoman|governor|premier|"
    r"spokes(?:man|woman|person)|counterpart)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?!(?:of|for|and|to|in)\b)[A-Z][a-z]"
)
_MILITARY_RANK = (
    r"(?:(?:Major|Lieutenant|Brigadier|Vice|Rear|Air(?:\s+Chief|\s+Vice)?)\s+)?(?:General|Admiral|Marshal)|"
    r"Colonel|Commodore"
)
_POSSESSED_OFFICE = re.compile(
    r"(?:^|\s)(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:'s|’s)\s+"
    r"(?P<office>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and)){0,8})\s*,\s*"
    rf"(?P<rank>(?:(?:(?:Ms|Mr|Mrs|Dr|Prof|Amb|Hon)\.?|Ambassador|(?:His|Her)\s+Excellency|H\.\s?E\.|"
    rf"{_MILITARY_RANK})\s+){{0,3}})$"
)
# A rank or style that is all a title before a name can be: "Major General", "Ambassador".
_RANK_ONLY = re.compile(rf"{_MILITARY_RANK}|Ambassador")
_DELEGATION_OF = re.compile(
    r"\bdelegation\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w'’ -]{2,100}?)(?:\s*\([A-Z]{2,6}\))?\s*,?\s+"
    r"(?:led|headed)\s+by\s+[^,;]{0,60}$"
)
_RESPECTIVELY = re.compile(r"\brespectively\b")
_HOSTING = re.compile(r"\b(?:received|hosted|welcomed|greeted|saw\s+off|seeing\s+off)\b")


def state_of_delegation(before: str) -> str | None:
    """'The delegation of the People's Republic of China (PRC) headed by X' -> CHN."""
    match = _DELEGATION_OF.search(before[-200:])
    if match is None:
        return None
    # "delegation of the Public Health Ministry of the DPRK led by X": the last state named in it.
    words = match.group("country").strip().split()
    for n in range(len(words)):
        code = country_from_name(" ".join(words[n:]).removeprefix("the "))
        if code:
            return code
    # "a delegation of the Lao People's Revolutionary Party led by X": a body named by its state's adjective.
    return country_from_demonym(words[0]) if words else None


# "The Mongolian delegation included Members of Parliament A and B", "members of the Korean
# delegation, including Assembly members A and B", "Ghana's delegation comprised A, B and C".
_DELEGATION_LIST = re.compile(
    r"(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)(?:'s|’s)?\s+delegation\s*,?\s+(?:which\s+)?(?:also\s+)?"
    r"(?:includ(?:ed|es|ing)|comprised|comprising|compris(?:es|ing)|consist(?:ed|s|ing)\s+of|"
    r"(?:was|is)\s+made\s+up\s+of)\b(?P<list>(?:[^.;:()]|\.(?=\w)){0,150})$"
)


def delegation_member(before: str) -> str | None:
    """A person listed as a member of a state's delegation is of that state, while the list names no
    other state."""
    found = _DELEGATION_LIST.search(before[-260:])
    adj = re.sub(r"^(?:The|This|That|A|An|Its|Their)\s+", "", found.group("adj")) if found else ""
    if found is None or (code := _state_of(adj)) is None:
        return None
    listed = found.group("list")
    # "... and the Hungarian ambassador, X": a list that turns to another state's people is not theirs.
    others = {
        c
        for w in re.finditer(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?", listed)
        if (
            c := _state_of(w.group(0))
            or next((_state_of(x) for x in w.group(0).split() if _state_of(x)), None)
        )
    }
    if others - {code} or re.search(r"\b(?:while|whereas|but|met|received|who|which)\b", listed):
        return None
    return code


def respective_states(
    text: str, mentions: list[Mention], place_codes: list[tuple[int, str]]
) -> dict[int, str]:
    """'ministers of Malaysia, Somalia and Tajikistan, A, B and C, respectively': pair them in order.

    Without "respectively" too, when the names follow the list of states at once ("former foreign
    ministers of Germany and Austria, A and B").
    """
    if not mentions or len(place_codes) < 2:
        return {}
    if not _RESPECTIVELY.search(text):
        return _listed_states(text, mentions, place_codes)
    last_state = place_codes[-1][0]
    people = [m for m in mentions if m.start > last_state]
    if len(place_codes) != len(people):
        return {}
    return {m.person: code for m, (_, code) in zip(people, place_codes, strict=True)}


_OFFICES_OF = re.compile(
    r"\b(?:ministers|presidents|leaders|counterparts|ambassadors|envoys|heads|premiers|chiefs|"
    r"secretaries|officials)\s+(?:of|from)\s+(?:the\s+)?$"
)


# "his Latvian, Estonian and Polish counterparts, A, B and C": the adjectives, then the plural office.
_PLURAL_OFFICE_AFTER = re.compile(
    r"[\w'’-]*\s+(?:[\w-]+\s+){0,2}?(?:counterparts|ministers|leaders|presidents|premiers|envoys|"
    r"ambassadors|colleagues)\s*,\s*"
)


def _listed_states(text: str, mentions: list[Mention], place_codes: list[tuple[int, str]]) -> dict[int, str]:
    for i, (start, _) in enumerate(place_codes):
        # The list of states ("A, B and C") that follows the office words, or that the plural
        # office follows ("Latvian, Estonian and Polish counterparts").
        run = _state_run(text, place_codes[i:])
        adjectives = len(run) >= 2 and _PLURAL_OFFICE_AFTER.match(text, run[-1][0]) is not None
        if not _OFFICES_OF.search(text[:start]) and not adjectives:
            continue
        # The names must come right after it, one per state, as one list too.
        people = sorted((m for m in mentions if m.start > run[-1][0]), key=lambda m: m.start)[: len(run)]
        if len(run) < 2 or len(people) != len(run):
            return {}
        between = text[run[-1][0] : people[0].start]
        if not (re.fullmatch(r"[\w'’. -]*?,\s*", between) or _PLURAL_OFFICE_AFTER.fullmatch(between)):
            return {}
        gaps = [text[a.end : b.start] for a, b in zip(people, people[1:], strict=False)]
        if not all(re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", gap) for gap in gaps):
            return {}
        return {m.person: code for m, (_, code) in zip(people, run, strict=True)}
    return {}


def _state_run(text: str, places: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The states listed one after another from the first place: "A, B and C"."""
    run = [places[0]]
    for nxt in places[1:]:
        if not re.fullmatch(r"[\w'’. -]*?(?:,\s*|\s+and\s+|,\s*and\s+)", text[run[-1][0] : nxt[0]]):
            break
        run.append(nxt)
    return run


def host_state(text: str, host: Mention, guest_state: str | None, city_codes: list[str]) -> str | None:
    """'X received the visiting minister in Pyongyang': a host of unknown state is of the host city's."""
    verb = _HOSTING.search(text, host.end)
    if verb is None or verb.start() - host.end > 40 or not city_codes:
        return None
    if re.search(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+\s+)?$", text[host.end : verb.start()]):
        return None  # "In Bogota, X will be received by ...": the one received is the guest
    code = city_codes[0]
    return code if code != guest_state else None
