"""Repairs of a name span's edges: the model cuts hyphenated and patronymic names, keeps office
words, honorifics and possessives inside a span, and splits names at lineage particles.
"""

from __future__ import annotations

import re

from ingest.countries import (
    country_from_any,
    country_from_city,
    country_from_demonym,
    country_from_name,
    fold,
)
from ingest.dates import MONTHS, WEEKDAYS
from ingest.name_words import NOT_NAMES, ORG_WORDS, TITLE_TOKENS
from ingest.office_names import PORTFOLIO_WORDS
from ingest.titles import GIVEN_NAME_ABBREVIATIONS, HONORIFICS, ROYAL, TITLE_HEADS

# "Amb." and "Amb" alike: the model often cuts the abbreviation's dot off the span
_STYLES = "|".join(re.escape(h) for h in sorted({h.rstrip(".") for h in HONORIFICS}, key=len, reverse=True))
_HONORIFIC = re.compile(rf"^(?:{_STYLES})\.?\s+")


def opens_with_style(text: str) -> bool:
    """ "Gen Syed", "Dr Ali", "Mawlawi Abdul": a span whose first word is a style or rank."""
    return _HONORIFIC.match(text) is not None


_ONLY_HONORIFICS = re.compile(rf"^(?:(?:{_STYLES})\.?(?:\s+|$))+$")
_ROYAL_BEFORE = re.compile(rf"\b(?P<royal>{'|'.join(ROYAL)})\s+$")
# "Sultan bin Nasser": before a lineage particle the word is the given name, not a style.
_ROYAL_LEAD = re.compile(
    rf"^(?:(?:{'|'.join(sorted(ROYAL, key=len, reverse=True))})\s+(?!(?:bin|ibn|bint|ben)\b))+"
)

# Photographers and reporters credited in the text are not people of the story.
_CREDITED = re.compile(
    r"(?:(?:photo(?:graph)?s?|pictures?|image|(?:additional\s+)?reporting|writing|editing|compiled|"
    r"edited|written)\s+by|photo\s*:|credit\s*:)\s*$",
    re.IGNORECASE,
)


# Between two name spans of one name: a space, or a lineage particle ("Noura bint Mohammed").
_LINEAGE = r"(?:bin|bint|binti|ibn)"
# Portuguese and Spanish particles inside a name: "Marcos Vinícius dos Santos", "Paixão do Rosário"
_IBERIAN_PARTICLES = r"(?:da|das|de|do|dos|del|de la|de los)"
_JOINING_GAP = re.compile(
    # "Marcos Vinícius" + " dos " + "Santos Bezerra"; "Ould" (son of) in Maghreb and Sahel names
    rf" | (?:{_LINEAGE}|ben|bt\.?|b\.|{_IBERIAN_PARTICLES}|ould|ag) "
)


_MORE_LINEAGE = re.compile(
    rf"(?:\s+{_LINEAGE}\s+[A-Z][\w'’-]+)+(?:\s+(?:Al|Al-|al-|El|Bin|Bani)[\s-]?[A-Z][\w'’-]+)?"
)
_GIVEN_NAME_BEFORE_LINEAGE = re.compile(rf"\b[A-Z][\w'-]+ {_LINEAGE} $")


# Capitalised words that open a title or a group, not a name, after "led by".
_NOT_GIVEN = frozenset(
    {"president", "minister", "the", "ambassador", "deputy", "vice", "prime", "foreign", "mr", "ms", "dr"}
)


def given_name_before_sheikh(text: str, end: int) -> int | None:
    """Where the given name starts in "Yusuf Sheikh " + "Adan Farah" (text up to `end`): in a Somali
    name "Sheikh" follows the given name, where a style would follow a title, a state or "the Amir of
    Kuwait"."""
    window = max(0, end - 40)
    found = re.search(r"\b([A-Z][a-z]+) (?:Sheikh|Shaikh) ?$", text[window:end])
    if found is None:
        return None
    word = found.group(1)
    if (
        word.lower() in _NOT_GIVEN | TITLE_TOKENS | NOT_NAMES
        or word in {"His", "Her", "Excellency", "Highness"}
        or country_from_any(word) is not None
    ):
        return None
    return window + found.start()


_AFTER_QUALIFIED_OFFICE = re.compile(
    r"\b(?:Secretary|General|Director|Minister|Ambassador|Adviser|Advisor|Officer|Head|Chief|Commissioner)"
    r"\s*\([^()]{2,40}\)\s+([A-Z][a-z]+) $"
)


def with_given_name(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Salma bint Khalid Al Mansoori", where the model found only "Khalid Al Mansoori": the given
    name and the lineage particle before it belong to the name."""
    given = _GIVEN_NAME_BEFORE_LINEAGE.search(text[max(0, start - 40) : start])
    if given:
        return start - len(given.group(0)), end
    # "led by Davlatsho Kurbonzoda" where the model found only the family name: after "led by" or
    # "headed by", the capitalised word before a one-word name is its given name.
    if " " not in text[start:end].strip():
        led = re.search(r"\b(?:led|headed|chaired)\s+by\s+([A-Z][\w'-]+) $", text[max(0, start - 40) : start])
        if led and led.group(1).lower() not in _NOT_GIVEN:
            return start - len(led.group(1)) - 1, end
    # "Director General (South Asia) Farhana Ahmed Chowdhury" where the model found only "Ahmed
    # Chowdhury": after an office's parenthesis, the capitalised word before the span is the name's
    qualified = _AFTER_QUALIFIED_OFFICE.search(text[max(0, start - 80) : start])
    if qualified and qualified.group(1).lower() not in _NOT_GIVEN:
        return start - len(qualified.group(1)) - 1, end
    hyphened = re.search(r"\b[A-Z][a-z]+-$", text[max(0, start - 20) : start])
    if hyphened:
        return start - len(hyphened.group(0)), end  # "Anna-" + "Lena Voss"
    if (somali := given_name_before_sheikh(text, start)) is not None:
        return somali, end
    # "bin Abdulaziz Al Saud" found alone: the given name stands right before the particle.
    if re.match(rf"{_LINEAGE} ", text[start:end]):
        before = re.search(r"\b[A-Z][\w'-]+ $", text[max(0, start - 30) : start])
        if before:
            return start - len(before.group(0)), end
    return start, end


def join_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Maria Leonor" + "Dimaculangan-Reyes": two name spans with only a space (or a lineage
    particle) between are one."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        left = text[joined[-1][0] : joined[-1][1]] if joined else ""
        if (
            joined
            and (
                _JOINING_GAP.fullmatch(text[joined[-1][1] : start])
                or _name_word_gap(text[joined[-1][1] : start])
            )
            and text[start : start + 1].isupper()
            and not re.search(r"\b(?:of|the)\b", left)
            and country_from_any(left) is None
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _name_word_gap(gap: str) -> bool:
    """ "Maria Jose de Sousa" + "Pinto" + "Coelho Rebelo": one more given or family name the model
    left out between two parts of one long name."""
    found = re.fullmatch(r" ([A-Z][a-zà-ÿ'’-]{2,}) ", gap)
    if found is None:
        return False
    word = found.group(1)
    return fold(word) not in TITLE_TOKENS | NOT_NAMES and country_from_any(word) is None


def credited(sentence: str, start: int) -> bool:
    return bool(_CREDITED.search(sentence[max(0, start - 30) : start]))


_IBERIAN_FAMILY_NAME = re.compile(rf"\s{_IBERIAN_PARTICLES}\s[A-ZÀ-ÖØ-Þ][^\W\d_]+(?=[\s,.;:]|$)")


def repair_span(sentence: str, start: int, end: int) -> tuple[int, int]:
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
    end += _last_word_before_state(sentence, end)
    # "Mawlawi Abdul" + " Hadi Nasiri": "Abdul" and "Abu" open a compound name and never end one.
    compound = (
        re.match(r"(?:\s+[A-Z][\w'’-]+){1,2}", sentence[end:])
        if re.search(r"\b(?:Abdul|Abdel|Abdal|Abd|Abu|Abou)$", sentence[start:end])
        else None
    )
    if compound:
        end += compound.end()
    # "Mohammed bin Abdulrahman" + " bin Jassim Al Thani": the model stops at the first lineage link.
    lineage = _MORE_LINEAGE.match(sentence, end)
    if lineage:
        end = lineage.end()
    elif re.search(rf"\s{_LINEAGE}\s[A-Z][\w'’-]+$", sentence[start:end]):
        # "Mohammed bin Abdulrahman" + " Al Thani": the family name after the last lineage link
        house = re.match(r"\s+(?:Al|El|al)[\s-][A-Z][\w'’-]+", sentence[end:])
        if house:
            end += house.end()
    family = (
        re.match(r"[ -][A-Z][\w'’-]+", sentence[end:])
        if re.search(r"\b(?:Al|El|Abu)$", sentence[start:end])
        else None
    )
    if family:
        end += family.end()  # "... bin Jassim Al" + " Thani"
    # "Luísa Fernanda Paixão" + " do Rosário": an Iberian particle and the family name after it
    particle = _IBERIAN_FAMILY_NAME.match(sentence, end)
    if particle and country_from_any(particle.group(0).split()[-1]) is None:
        end = particle.end()
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


# "Ahmed Ould Cheikh Salem of Mauritania": the model leaves the last word of a long name out.
_WORD_BEFORE_OF = re.compile(
    r"\s([A-Z][\w'’-]+)\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*)"
)


def _last_word_before_state(sentence: str, end: int) -> int:
    """Length of a capitalised word left between a name and "of <state>"."""
    match = _WORD_BEFORE_OF.match(sentence, end)
    if match is None or sentence[end - 1 : end] in ",;:":
        return 0
    word = match.group(1)
    if word.lower() in TITLE_TOKENS or word.lower() in NOT_NAMES or country_from_any(word) is not None:
        return 0
    return match.end(1) - end if country_from_name(match.group("state")) is not None else 0


def strip_honorific(sentence: str, start: int, end: int) -> tuple[int, int, str | None]:
    text = sentence[start:end]
    if _ONLY_HONORIFICS.match(text):
        return end, end, None  # "Datin Seri" read as a name: styles, no name
    match = _HONORIFIC.match(text)
    if match and len(text.split()) > 1:
        # "His Eminence Cardinal X", "H.E. Dr. Y": styles come in chains.
        return strip_honorific(sentence, start + match.end(), end)
    royal = _ROYAL_BEFORE.search(sentence[:start])
    if royal and len(text.split()) == 1:
        return royal.start(), end, royal.group("royal")
    lead = _ROYAL_LEAD.match(text)
    if lead and len(text[lead.end() :].split()) >= 3:
        # "Amir Sheikh Nasser bin Khalifa Al Thani": a style before a full name is not part of it
        # ("Prince William", a style and one name, is how he is named)
        return start + lead.end(), end, None
    return start, end, None


_HEAD_WORDS = {h.lower() for h in TITLE_HEADS if " " not in h} - {w.lower() for w in ROYAL}


def _word_before(sentence: str, start: int) -> str:
    found = re.search(r"([\w'’-]+)\s+$", sentence[:start])
    return fold(found.group(1)) if found else ""


_SENTENCE_ADVERBS = frozenset(
    {"There", "Here", "Then", "Later", "Meanwhile", "Earlier", "Afterwards", "Also"}
    # "With Yoon, the President discussed ...": a preposition capitalised at a sentence's start
    # ("To" stays: a Vietnamese family name, "To Lam")
    | {"With", "For", "From", "By", "After", "Before", "Like", "Unlike", "Besides", "Including"}
)

# "Presidential Envoy to the Far Eastern Federal District Yury Trutnev": the area an office covers
_AREA_WORDS = frozenset(
    {"district", "region", "province", "oblast", "krai", "territory", "governorate", "prefecture", "county"}
)
# "Director of the Israeli Mossad David Barnea": after "the" (and a state's adjective) the first
# word of a long span names the body, not the person.
_BODY_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][\w'’-]+\s+)?$")


# Bodies whose officers are named "Chairman Senate X", "Speaker Parliament Y": never a name's word.
_BODY_WORDS = frozenset(
    {"senate", "parliament", "assembly", "congress", "cabinet", "council", "committee", "majlis"}
)


def _amir_as_style(sentence: str, start: int) -> bool:
    """'the Amir', 'His Highness Amir', 'Qatar's Amir', 'Kuwaiti Amir' are the ruler's style; after an
    office, a comma or a clerical style ('acting foreign minister, Amir Khan Muttaqi') it is a given
    name."""
    before = sentence[:start].rstrip()
    word = _word_before(sentence, start)
    return (
        word in {"the", "highness", "hh", "h.h"}
        or before.endswith(("'s", "’s", "s'"))
        or (word != "" and country_from_demonym(word.title()) is not None)
    )


def _demonym_or_nothing(before: str) -> bool:
    """ "the " or "the Israeli ": what may stand before a body's name run into a person's ("of the
    Philippines Teodoro L Locsin" ends an office with a state, and the name follows whole)."""
    words = before.split()
    return len(words) == 1 or country_from_demonym(words[1]) is not None


def trim_leading(sentence: str, start: int, end: int) -> int:
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
        if word in _SENTENCE_ADVERBS:
            start += match.end()  # "There Helen Ward was hosted by ...": the model took the adverb in
            continue
        if word in ROYAL and len(sentence[start:end].split()) == 2:
            return start  # "King Charles", "Prince William": the royal title is part of the name
        if re.match(r"(?:bin|ibn|bint|ben)\b", sentence[start + match.end() : end]):
            return start  # "Sultan bin Nasser": a given name before a lineage particle
        if word == "Amir" and not _amir_as_style(sentence, start):
            return start  # "Foreign Minister Amir Khan Durrani": after an office, a given name
        # A city only in capitals, as a dateline writes it ("BEIJING Wang Yi"): "Sofía Ruiz" is a name.
        city = word.isupper() and country_from_city(word)
        if (
            word.lower().rstrip(".") in TITLE_TOKENS
            or country_from_name(word)
            or country_from_demonym(word)
            or city
            # "Minister of Infrastructure and Equipment Hassan Ibrahim Daher": a portfolio word the
            # model ran into a name of three or more words.
            or (fold(word) in PORTFOLIO_WORDS and len(sentence[start:end].split()) >= 4)
            # "Chairman Senate Syed Ali Shah": the body an office heads, run into the name
            or (fold(word) in _BODY_WORDS and len(sentence[start:end].split()) >= 3)
            or (fold(word) in _AREA_WORDS and len(sentence[start:end].split()) >= 3)
            or (
                len(sentence[start:end].split()) >= 3
                and all(w[:1].isupper() for w in sentence[start:end].split())
                and word not in ROYAL
                and (body := _BODY_BEFORE.search(sentence[:start])) is not None
                and _demonym_or_nothing(body.group(0))
            )
            # "Deputy Foreign Minister for Economic Diplomacy Hamid Rezaeinejad": a portfolio goes on
            # after "for"/"of" or another portfolio word.
            or (
                fold(word) in PORTFOLIO_WORDS
                and len(sentence[start:end].split()) >= 3
                and _word_before(sentence, start) in PORTFOLIO_WORDS
            )
        ):
            start += match.end()
            continue
        return start


def extend_left(sentence: str, start: int) -> int:
    """'Choe' + model's 'Ryong Hae': a short capitalised syllable right before a name."""
    match = re.search(r"\b([A-Z][a-z]{1,4})\s+$", sentence[:start])
    if (
        match
        and match.group(1).lower() not in TITLE_TOKENS | NOT_NAMES
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


# "Rustam Sharipovich Nazarov": an East Slavic or Central Asian patronymic never opens a name.
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|yevich|ovna|evna|yevna|ovych|ivna)$")


# A first name: letters only, or two parts joined by a hyphen ("Jean-Paul"), not "Bolivia's".
_GIVEN_BEFORE = re.compile(
    r"(?:[,;:(]\s*|\b(?:with|by|and|including|counterpart|between|met|received|welcomed|greeted)\s+|"
    r"\b(?P<style>[A-Z][\w.'’-]*)\s+)"
    r"(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$"
)
_TWO_GIVEN_AFTER_STYLE = re.compile(
    r"\b(?P<style>[A-Z][a-z]{1,2}\.?)\s+(?P<given>[A-Z][a-z]+\s+[A-Z][a-z]+)\s+$"
)
_FUNCTION_WORDS = frozenset(
    [
        "When",
        "While",
        "After",
        "Before",
        "As",
        "Since",
        "Once",
        "If",
        "Though",
        "Although",
        "Meanwhile",
        "Later",
        "Then",
        "Also",
        "But",
        "And",
        "With",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
    ]
)
# The words of a date, in full: "on Monday Ahmed ...", "in March Ali ..." are no given names.
_WEEKDAYS_MONTHS = frozenset(WEEKDAYS) | {
    max((name for name, number in MONTHS.items() if number == month), key=len) for month in range(1, 13)
}


def extend_to_first_name(sentence: str, start: int, end: int) -> int:
    """ "with Muse Bihi Abdi-Farah", "Shri Manoj Kumar Tripathi", where the model found only the
    last two names: a capitalised word right before a name of two or more words, after a verb of meeting,
    word, punctuation or a style, is its first name."""
    if len(sentence[start:end].split()) < 2:
        return start
    # "Mr Luiz Henrique Sobreira Lopes" found as "Sobreira Lopes": two given names after a style
    two = _TWO_GIVEN_AFTER_STYLE.search(sentence[max(0, start - 60) : start])
    if two and two.group("style").rstrip(".") in {*HONORIFICS, "Mr", "Ms", "Mrs", "Dr"}:
        words = two.group("given").split()
        if not any(
            fold(w) in TITLE_TOKENS | NOT_NAMES | PORTFOLIO_WORDS or country_from_any(w) for w in words
        ):
            return max(0, start - 60) + two.start("given")
    match = _GIVEN_BEFORE.search(sentence[max(0, start - 60) : start])
    if match is None:
        return start
    word, style = match.group("given"), match.group("style")
    if style and fold(style).rstrip(".") not in TITLE_TOKENS | PORTFOLIO_WORDS and style not in HONORIFICS:
        # "Cabinet Secretary Kamau": the word before belongs to an office, not a name; after the
        # end of a portfolio ("Special Assistant on Investment Kamran"), a name starts
        return start
    if (
        fold(word) in TITLE_TOKENS | NOT_NAMES | PORTFOLIO_WORDS | _WEEKDAYS_MONTHS
        or word in HONORIFICS
        or word in _FUNCTION_WORDS
        # "Vice-Minister", "Governor-General", "Representatives": offices, hyphened or plural
        or any(
            part.lower() in TITLE_TOKENS or part.lower().rstrip("s") in TITLE_TOKENS
            for part in word.split("-")
        )
        # "Reintegration", "Development": the end of a portfolio, not a name
        or re.search(r"(?:tion|sion|ment|ity|ism|ness|ship)$", word) is not None
        # "Reform Commission", "Security Council": the end of a body's name
        or ORG_WORDS.fullmatch(word) is not None
        or any(country_from_any(part) or country_from_demonym(part) for part in word.split("-"))
        or country_from_city(word)
    ):
        return start
    return max(0, start - 60) + match.start("given")


# "Ma. Theresa", "Md. Nazrul": an abbreviated given name, and perhaps one more given name, before
# the span the model found
_ABBREVIATED_GIVEN_NAME = re.compile(rf"\b(?:{'|'.join(GIVEN_NAME_ABBREVIATIONS)})\.\s+(?:[A-Z][a-z]+\s+)?$")


def extend_to_given_name(sentence: str, start: int) -> int:
    """A name the model starts at the patronymic: take the given name written before it. "Ma."
    (Filipino for Maria) before a given name is part of the name too."""
    maria = _ABBREVIATED_GIVEN_NAME.search(sentence[:start])
    if maria:
        return maria.start()  # "Md. Nazrul" + "Islam Bhuiyan": Muhammad, and a given name the model left
    # "Mohamed Ould Cheikh" + "Sidi Mohamed": a Maghreb or Sahel name linked by "Ould" (son of)
    ould = re.search(r"\b[A-Z][\w'’-]+\s+(?:Ould|Ag|Wuld)\s+[A-Z][\w'’-]+\s+$", sentence[:start])
    if ould and not any(w.lower() in TITLE_TOKENS for w in ould.group(0).split()):
        return ould.start()
    first = re.match(r"[\w'’-]+", sentence[start:])
    before = re.search(r"\b([A-Z][a-z][\w'’-]*)\s+$", sentence[:start])
    if first is None or before is None or not _PATRONYMIC.match(first.group(0)):
        return start
    word = before.group(1)
    if word.lower() in TITLE_TOKENS | NOT_NAMES or country_from_any(word):
        return start
    return before.start(1)
