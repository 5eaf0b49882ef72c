"""Bodies named in an article: ministries, parliaments, parties, agencies, international organisations.

Each body gets a kind, the state it belongs to (from "Russia's foreign
ministry", "the North Korean Ministry of Public Health", "of the DPRK"), and
the article's people whose title places them in it ("Public Health
Minister" of North Korea -> North Korea's Ministry of Public Health).
"""

from __future__ import annotations

import re

from ingest.countries import country_from_demonym, country_from_name, fold
from ingest.name_words import NEWS_AGENCIES
from ingest.nlp import Sentence
from ingest.people import PeopleResult, Person
from ingest.schema import OrganizationRecord

KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("news agency", re.compile(r"\b(?:news agency|news service|broadcaster)\b", re.IGNORECASE)),
    ("ministry", re.compile(r"\bministry\b|\bdepartment of\b|\bstate department\b", re.IGNORECASE)),
    (
        "parliament",
        re.compile(r"\b(?:parliament|assembly|congress|senate|duma|diet|house of)\b", re.IGNORECASE),
    ),
    ("party", re.compile(r"\bparty\b", re.IGNORECASE)),
    ("committee", re.compile(r"\b(?:committee|commission|council)\b", re.IGNORECASE)),
    (
        "international organization",
        re.compile(
            r"\b(?:united nations|UN|European Union|EU|NATO|ASEAN|African Union|AU|OECD|WHO|IAEA|SCO|BRICS|"
            r"G7|G20|"
            r"Organi[sz]ation)\b"
        ),
    ),
    ("agency", re.compile(r"\b(?:agency|office|bureau|service)\b", re.IGNORECASE)),
    ("armed forces", re.compile(r"\b(?:army|navy|air force|armed forces)\b", re.IGNORECASE)),
]
# "Russia's foreign ministry", "the North Korean defence ministry"
_NAMED_MINISTRY = re.compile(
    r"\b(?P<owner>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)(?:'s|’s)?\s+(?P<domain>(?:[a-z]+\s+){0,3}?)ministry\b"
)
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w .'-]+?)$")


_JOINT_BODY = re.compile(
    r"\b(?P<name>(?P<states>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?(?:-[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?)\s+"
    r"(?:[a-z-]+\s+){0,4}(?:committee|commission|council)(?:\s+(?:for|on)\s+[a-z-]+(?:\s+[a-z-]+){0,3})?)"
)


# National news agencies and the state they belong to (general knowledge).
AGENCY_STATES = {
    "kcna": "PRK",
    "korean central news agency": "PRK",
    "xinhua": "CHN",
    "tass": "RUS",
    "ria novosti": "RUS",
    "yonhap": "KOR",
    "kyodo": "JPN",
    "bernama": "MYS",
    "anadolu": "TUR",
    "anadolu agency": "TUR",
    "irna": "IRN",
    "pti": "IND",
    "press trust of india": "IND",
    "montsame": "MNG",
    "vna": "VNM",
    "vietnam news agency": "VNM",
    "antara": "IDN",
    "wafa": "PSE",
    "sana": "SYR",
    "spa": "SAU",
    "saudi press agency": "SAU",
    "wam": "ARE",
    "qna": "QAT",
    "kuna": "KWT",
    "mena": "EGY",
    "apa": "AZE",
    "efe": "ESP",
    "ansa": "ITA",
    "dpa": "DEU",
    "afp": "FRA",
    "agence france-presse": "FRA",
}


def _kind(name: str) -> str | None:
    for kind, pattern in KINDS:
        if pattern.search(name):
            return kind
    return None


def _owner(text: str) -> str | None:
    text = re.sub(r"(?:'s|’s)$", "", text.strip())
    return country_from_demonym(text) or country_from_name(text)


def find_organizations(sentences: list[Sentence], people: PeopleResult) -> list[OrganizationRecord]:
    found: dict[str, OrganizationRecord] = {}
    for sent in sentences:
        for ent in sent.entities:
            if ent.label != "ORG":
                continue
            name = re.sub(r"^[Tt]he\s+", "", ent.text).strip()
            kind = "news agency" if fold(name) in NEWS_AGENCIES else _kind(name)
            if kind is None:
                continue
            country = None
            of = _OF_COUNTRY.search(name)
            if of:
                country = _owner(of.group("c"))
            before = re.search(
                r"([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)(?:'s|’s)?\s+$", sent.text[: ent.start]
            )
            if country is None and before:
                country = _owner(before.group(1))
            lead = re.match(
                r"([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)\s+(?:Ministry|Foreign|Defen[cs]e|National)", name
            )
            if country is None and lead:
                country = _owner(lead.group(1))
            trailing = re.match(
                r"\s+of\s+(?:the\s+)?([A-Z][\w.'’ -]{1,50}?)(?=[,.;)]|\s+[a-z]|$)", sent.text[ent.end :]
            )
            if country is None and trailing:
                country = _owner(trailing.group(1))
            if kind == "news agency":
                country = country or AGENCY_STATES.get(fold(name))
            _add(found, name, kind, country)
        for match in _NAMED_MINISTRY.finditer(sent.text):
            country = _owner(match.group("owner"))
            domain = match.group("domain").strip()
            if country and domain:
                _add(
                    found,
                    f"{match.group('owner')} {domain} ministry".replace("’s", "'s"),
                    "ministry",
                    country,
                )
        for match in _JOINT_BODY.finditer(sent.text):
            # "the DPRK-Russia intergovernmental committee for economic cooperation"
            states = [_owner(part) for part in match.group("states").split("-")]
            if all(states):
                _add(found, match.group("name"), "committee", states[0] if len(states) == 1 else None)
    records = list(found.values())
    for person in people.persons:
        for record in records:
            if _works_in(person, record) and person.name not in record.members:
                record.members.append(person.name)
    return records


def _add(found: dict[str, OrganizationRecord], name: str, kind: str, country: str | None) -> None:
    key = fold(name)
    if key not in found:
        found[key] = OrganizationRecord(name=name, kind=kind, country=country)
    elif found[key].country is None and country:
        found[key].country = country


def _works_in(person: Person, org: OrganizationRecord) -> bool:
    """A minister of X works in the ministry of X of the same state."""
    if not person.title or org.kind != "ministry" or not person.country or person.country != org.country:
        return False
    title_words = set(re.findall(r"[a-z]+", person.title.lower())) - {
        "minister",
        "vice",
        "deputy",
        "first",
        "of",
        "the",
        "and",
        "state",
        "senior",
    }
    org_words = set(re.findall(r"[a-z]+", org.name.lower())) - {"ministry", "of", "the", "and", "affairs"}
    return bool(title_words & org_words) and "minister" in person.title.lower()
