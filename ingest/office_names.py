"""Holders' names after long office titles, which the small model tags badly.

"Minister of Foreign Affairs and International Cooperation Vincent Mugabo" reads to the
model as one organisation; "Minister of Foreign Affairs, Regional Integration and Togolese
Abroad Robert Dussey" hides the name at the end of a run of capitalised words. Portfolios are
built from a small closed vocabulary (affairs, cooperation, trade, the regions of the world,
states), so the holder's name is the first run of capitalised words after the office that
falls outside it.
"""

from __future__ import annotations

import re

from ingest.countries import country_from_demonym, country_from_name
from ingest.titles import MUHAMMAD_ABBREVIATIONS, NAME_PARTICLES

# The words portfolios are made of. General knowledge of how governments name their offices.
PORTFOLIO_WORDS = frozenset(
    """
    foreign affairs external international cooperation co-operation relations regional integration
    trade industry commerce investment investments economy economic economics finance financial
    planning budget treasury development defence defense security interior home justice law health
    education higher science technology innovation research digital energy energies mines mining petroleum
    renewable renewables oil gas power electricity agriculture fisheries livestock food environment climate
    tourism culture arts heritage information communications communication media transport transportation
    infrastructure works public labour labor employment social welfare services water resources
    natural land lands housing urban rural local government youth sports sport women gender family
    children diaspora abroad nationals overseas emigrants commonwealth state states national
    veterans immigration migration customs revenue cabinet office presidency affairs' multilateral
    bilateral policy strategic protocol europe european asia asian africa african america americas
    american latin caribbean pacific middle east eastern western near far gulf arab north south
    central nordic union relations' integration' and of the for to on & minister deputy vice
    assistant under general secretary special permanent parliamentary republic kingdom democratic
    people's islamic federal federation emirates islands sultanate principality socialist
    protection irrigation initiatives ecology ecological environmental emergency emergencies
    situations reconstruction religious endowments minerals mineral marine maritime aviation civil
    statistics telecommunications posts railways roads ports shipping industrialization reform
    reforms cooperatives enterprises entrepreneurship consumer human rights legal constitutional
    unity reunification reconciliation peace humanitarian disaster management extraordinary
    diplomacy issues affairs
    equipment logistics supplies
    plenipotentiary expatriates expatriate communities community competition logistics action
    transition sustainable green
    in
    representatives deputies councillors senators delegates
    military production operations armed forces staff intelligence procurement industries
    connectivity commerce investment promotion export exports planning
    """.split()  # noqa: SIM905 - a word list reads better as prose
)
_OFFICE = re.compile(
    r"\b(?:Minister|Secretary(?:[\s-]+General)?|Commissioner|Director|Ambassador|Chairman|Chairperson|Chairwoman|Envoy|"
    r"Representative|Administrator|President|Speaker)\s+(?:Extraordinary\s+and\s+Plenipotentiary\s+)?"
    r"(?:of|for|to)\s+"
)
# "al-Rawabdeh", "el-Sisi": an article joined to the surname.
_HYPHENED = r"(?:al|el|ad|as|ash|at|az|ar|an)-[A-Z][\w'’.-]*"
_WORDS = "|".join(sorted((re.escape(p) for p in NAME_PARTICLES if p.isalpha()), key=len, reverse=True))
_TOKEN = re.compile(
    rf"\s*(?P<tok>,|&|\([^()]{{1,40}}\)|[A-Z][\w'’.-]*|{_HYPHENED}|(?:and|of|the|for|to|on|{_WORDS})\b|in(?=\s+(?:Europe|Asia|Africa|the\s+Americas|the\s+Pacific)\b))"
)
# Honorifics before a holder's name: "Minister of State Dr. Khalifa ...".
_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|H\.E|HE|Sheikh|Shaikh|Eng|Gen)\.?$")
_ORG_WORD = re.compile(
    r"(?:Organi[sz]ation|Nations|Ministry|Council|House|Chamber|Agency|Committee|Commission|Bank|Fund|Forum|Association|"
    r"Institute|University|Assembly|Parliament|Congress|Court|Department|Bureau|Service|Authority|"
    r"Administration|Secretariat|Board|Corporation|Company|Party|Senate|Duma|Rada|Khural|Knesset|Majlis|"
    r"Sejm|Seimas|Saeima|Storting|Bundestag|Riksdag|Diet|Sabha|Jirga)s?"
)


def _portfolio(token: str) -> bool:
    return (
        token == ","
        or token.startswith("(")  # "Speaker of the Islamic Consultative Assembly (Majlis) X"
        or token.lower() in PORTFOLIO_WORDS
        or country_from_name(token) is not None
        or country_from_demonym(token) is not None
    )


def _state_width(words: list[str], at: int) -> int:
    """How many words at `at` name a state ("North Korea", "United Arab Emirates"), or 0."""
    # Names of states, not cities: "Ambassador of Mexico Sofía Ruiz" has a given name like a capital.
    return next((n for n in (3, 2, 1) if country_from_name(" ".join(words[at : at + n]))), 0)


def names_after_long_offices(text: str) -> list[tuple[int, int]]:
    """Character spans of holders' names that follow a long office title in `text`."""
    spans = []
    for office in _OFFICE.finditer(text):
        tokens: list[re.Match[str]] = []
        pos = office.end()
        while (match := _TOKEN.match(text, pos)) is not None:
            tokens.append(match)
            pos = match.end()
        words = [t["tok"] for t in tokens]
        at, name = 0, []
        while at < len(words):
            width = _state_width(words, at)
            if width or _portfolio(words[at]):
                at += width or 1
                continue
            name = _name_run(words, at)
            after = at + len(name)
            # "Director of the Central Intelligence Agency X": that run named a body, not a person.
            if after < len(words) and _ORG_WORD.fullmatch(words[after]):
                at, name = after + 1, []
                continue
            break
        capitalised = [w for w in name if w[0].isupper() and not _HONORIFIC.match(w)]
        if at and 2 <= len(capitalised) <= 4:
            first, last = tokens[at], tokens[at + len(name) - 1]
            end = last.end("tok")
            if last["tok"].endswith(".") and len(last["tok"]) > 2:  # the full stop, not an initial
                end -= 1
            spans.append((first.start("tok"), end))
    return spans


def _name_run(words: list[str], at: int) -> list[str]:
    run: list[str] = []
    for word in words[at:]:
        if not run and _HONORIFIC.match(word):
            run.append(word)  # kept so spans line up; the mention strips honorifics
            continue
        hyphened = re.fullmatch(_HYPHENED, word) is not None
        if (_portfolio(word) and word.lower() not in NAME_PARTICLES) or (
            word[0].islower() and word not in NAME_PARTICLES and not hyphened
        ):
            break
        if _ORG_WORD.fullmatch(word):
            break
        run.append(word)
        # a full stop ends the sentence, and the name; "Md." and "Mohd." (Muhammad) open one
        if word.endswith(".") and len(word) > 2 and word[:-1] not in MUHAMMAD_ABBREVIATIONS:
            break
    while run and run[-1] in NAME_PARTICLES:
        run.pop()
    return run


# Forms of address that only ever stand before a person's name.
_ADDRESS = re.compile(
    # "Mr Cheikh Tidiane Fall": British and French styles write these without the stop
    r"(?:^|(?<=[\s(]))(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Amb\.|Madam|Mme\.?|(?:His|Her)\s+Excellency|"
    # "the Majority Chief Whip, Hon. Ama Owusu", "Engr. Yusuf Sule", "Prof. Amina Bello"
    # "Rt. Hon'ble X": the South Asian spelling of the style
    r"(?:Rt\.?\s+)?(?:Hon\.|Hon['’]ble|Honou?rable)|Prof\.|Engr\.)\s+"
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def names_after_address(text: str) -> list[tuple[int, int]]:
    """ "H.E. Lukas Brenner, Ambassador of Austria": after a form of address, the run of
    capitalised words (with name particles) up to the first word that is not one is a name."""
    spans: list[tuple[int, int]] = []
    for address in _ADDRESS.finditer(text):
        pos, end, words = address.end(), address.end(), 0
        while (word := _NAME_WORD.match(text, pos)) is not None:
            token = word.group(0)
            if not (token[0].isupper() or token.lower() in NAME_PARTICLES) or token in (
                "Ambassador",
                "Minister",
            ):
                break
            if token[0].isupper():
                words += 1
                end = word.end()
            pos = word.end()
            if not text.startswith(" ", pos):
                break
            pos += 1
        if 2 <= words <= 6:
            spans.append((address.end(), end))
    return spans
