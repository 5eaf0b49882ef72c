"""The state an outlet reports from, when it is one state's agency, broadcaster or paper.

State media and national papers name their own officials bare ("President X", "Foreign Minister Y")
and foreign ones with their state ("Indonesian President Z"). So where nothing next to a name says
whom an official serves, the outlet's state is the best guess for its home side — the role the
dateline plays for a story filed from a capital. World services (Reuters, AP, AFP, the BBC...) have
no home side and are left out, as are sources whose wire is named in brackets after the site that
reprinted it ("Devdiscourse (Reuters)": Reuters wrote it).

General knowledge, not a list of people: the news agencies and national outlets of the world.
"""

from __future__ import annotations

import re

from ingest.countries import country_from_city, country_from_demonym, country_from_name

# Word-bounded, case-insensitive names of outlets -> ISO3 of the state they report from.
_OUTLETS: dict[str, str | None] = {
    # World services: no home side.
    "reuters": None, "associated press": None, "ap": None, "afp": None, "agence france-presse": None,
    "al jazeera": None, "bbc": None, "cnn": None, "bloomberg": None, "rfi": None, "deutsche welle": None,
    "dw": None, "financial times": None, "euractiv": None, "allafrica": None, "balkan insight": None,
    "asia news network": None, "sky news": None, "mercopress": None,
    # Asia and the Pacific.
    "xinhua": "CHN", "china daily": "CHN", "people's daily": "CHN", "global times": "CHN", "cgtn": "CHN",
    "china.org.cn": "CHN", "kcna": "PRK", "yonhap": "KOR", "korea herald": "KOR", "korea times": "KOR",
    "joongang": "KOR", "kyodo": "JPN", "japan times": "JPN", "nhk": "JPN", "kantei": "JPN",
    "montsame": "MNG", "pti": "IND", "press trust of india": "IND", "ians": "IND", "ani": "IND",
    "the hindu": "IND", "news18": "IND", "press information bureau": "IND", "app": "PAK",
    "associated press of pakistan": "PAK", "dawn": "PAK", "business recorder": "PAK", "bss": "BGD",
    "daily star": "BGD", "kathmandu post": "NPL", "himalayan post": "NPL", "bernama": "MYS",
    "malay mail": "MYS", "daily express sabah": "MYS", "antara": "IDN", "jakarta post": "IDN",
    "vna": "VNM", "vietnam news agency": "VNM", "vietnamplus": "VNM", "kpl": "LAO", "pna": "PHL",
    "philippine news agency": "PHL", "manila bulletin": "PHL", "straits times": "SGP",
    "borneo bulletin": "BRN", "fbc": "FJI", "fiji times": "FJI", "matangi tonga": "TON", "rnz": "NZL",
    "nbc png": "PNG",
    # Europe and Central Asia.
    "tass": "RUS", "ria novosti": "RUS", "sputnik": "RUS", "interfax": "RUS", "belta": "BLR",
    "ukrinform": "UKR", "kazinform": "KAZ", "akipress": "KGZ", "uza": "UZB", "khovar": "TJK",
    "turkmenistan today": "TKM", "trend": "AZE", "azertac": "AZE", "news.az": "AZE", "armenpress": "ARM",
    "anadolu": "TUR", "hurriyet": "TUR", "hürriyet": "TUR", "a news": "TUR", "efe": "ESP",
    "europa press": "ESP", "ansa": "ITA", "dpa": "DEU", "mti": "HUN", "pap": "POL", "agerpres": "ROU",
    "sta": "SVN", "leta": "LVA", "lrt": "LTU", "bta": "BGR", "ctk": "CZE", "tanjug": "SRB",
    "hina": "HRV", "gov.uk": "GBR", "itv": "GBR", "pa": "GBR", "the guardian": "GBR",
    # The Middle East and Africa.
    "irna": "IRN", "mehr": "IRN", "press tv": "IRN", "kuna": "KWT", "qna": "QAT",
    "qatar news agency": "QAT", "wam": "ARE", "emirates news agency": "ARE", "gulf news": "ARE",
    "spa": "SAU", "saudi press agency": "SAU", "arab news": "SAU", "bna": "BHR",
    "bahrain news agency": "BHR", "ona": "OMN", "petra": "JOR", "mena": "EGY",
    "middle east news agency": "EGY", "ahram": "EGY", "sana": "SYR", "map": "MAR", "aps": "DZA",
    "tap": "TUN", "ena": "ETH", "ethiopian news agency": "ETH", "ethiopian herald": "ETH",
    "kbc": "KEN", "kenya broadcasting": "KEN", "daily nation": "KEN", "capital fm": "KEN",
    "the citizen": "TZA", "angop": "AGO", "angola press": "AGO", "nan": "NGA",
    "news agency of nigeria": "NGA", "premium times": "NGA", "ghana news agency": "GHA", "sabc": "ZAF",
    "dirco": "ZAF", "zambia daily mail": "ZMB", "haaretz": "ISR", "ynetnews": "ISR",
    # The Americas.
    "prensa latina": "CUB", "acn": "CUB", "agência brasil": "BRA", "agencia brasil": "BRA",
    "télam": "ARG", "telam": "ARG", "andina": "PER", "notimex": "MEX", "jamaica information service": "JAM",
    "new york times": "USA", "los angeles times": "USA", "cbs news": "USA", "gleaner": "JAM",
    "jamaica observer": "JAM", "white house": "USA",
    # More national papers and agencies.
    "times of india": "IND", "hindustan times": "IND", "indian express": "IND", "news international": "PAK",
    "express tribune": "PAK", "bangladesh sangbad sangstha": "BGD", "viet nam news agency": "VNM",
    "philippine daily inquirer": "PHL", "inquirer": "PHL", "gulf times": "QAT", "the peninsula": "QAT",
    "khaleej times": "ARE", "vanguard": "NGA", "punch": "NGA", "thisday": "NGA",
    "agence de presse sénégalaise": "SEN", "vatican news": "VAT", "l'osservatore romano": "VAT",
    # National papers, broadcasters and agencies whose names say nothing of their state.
    "bangkok post": "THA", "khmer times": "KHM", "phnom penh post": "KHM", "new straits times": "MYS",
    "taipei times": "TWN", "south china morning post": "HKG", "dhaka tribune": "BGD", "tehran times": "IRN",
    "tasnim": "IRN", "times of israel": "ISR", "jerusalem post": "ISR", "daily sabah": "TUR", "trt": "TUR",
    "kyiv independent": "UKR", "kyiv post": "UKR", "stabroek news": "GUY", "samoa observer": "WSM",
    "solomon star": "SLB", "post-courier": "PNG", "fiji sun": "FJI", "new vision": "UGA",
    "daily monitor": "UGA", "addis standard": "ETH", "daily graphic": "GHA", "graphic online": "GHA",
    "lusaka times": "ZMB", "nyasa times": "MWI", "jordan times": "JOR", "kuwait times": "KWT",
    "times of oman": "OMN", "saudi gazette": "SAU", "ada derana": "LKA", "kuensel": "BTN",
    "astana times": "KAZ", "azernews": "AZE", "kathimerini": "GRC", "cyprus mail": "CYP",
    "times of malta": "MLT", "irish times": "IRL", "yomiuri": "JPN", "asahi shimbun": "JPN",
    "mainichi": "JPN", "jiji": "JPN", "chosun ilbo": "KOR", "hankyoreh": "KOR", "rodong sinmun": "PRK",
    "tolo news": "AFG", "tolonews": "AFG", "pajhwok": "AFG", "vnexpress": "VNM", "nhan dan": "VNM",
    "rappler": "PHL", "granma": "CUB", "folha": "BRA", "clarín": "ARG", "clarin": "ARG",
    "globe and mail": "CAN", "sydney morning herald": "AUS", "new zealand herald": "NZL", "nz herald": "NZL",
    "mexico news daily": "MEX", "wafa": "PSE", "lusa": "PRT", "tasr": "SVK", "belga": "BEL",
}  # fmt: skip
_PATTERN = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(k) for k in sorted(_OUTLETS, key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE,
)
# "Ministry of Foreign Affairs, Singapore", "Royal Hashemite Court (Jordan)", "Swiss Federal Department
# of Foreign Affairs": a government's own release.
_GOVERNMENT = re.compile(
    r"\b(?:ministry|department|government|gobierno|court|office|presidency|cabinet|embassy|president(?:'s|ial)?|"
    r"administration|canciller[ií]a|minist[eé]rio|secretar[ií]a|"
    # "Turkmen State News Agency", "Public Television of Armenia": a state's own agency or broadcaster.
    r"news\s+agency|press\s+agency|television|radio|broadcasting)\b",
    re.IGNORECASE,
)
# "The Gleaner (Jamaica)", "Daily News (Sri Lanka)": the state the paper is from, in brackets.
_STATE_IN_BRACKETS = re.compile(r"^\s*(?P<c>[A-Z][\w'’ .-]{2,40}?)\s*$")


def _named(text: str) -> tuple[bool, str | None]:
    """(whether an outlet is named, its state) for one part of a source line."""
    found = _PATTERN.search(text)
    if found:
        # "The Guardian Nigeria": a state named after the outlet's name is the edition's.
        edition = country_from_name(text[found.end() :].strip(" -–|,:"))
        return True, edition or _OUTLETS[found.group(1).lower()]
    if _GOVERNMENT.search(text):
        for words in re.findall(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", text):
            for word in [words, *words.split()]:
                if code := country_from_name(word) or country_from_demonym(word):
                    return True, code
    return _paper_of_a_place(text)


# A language or a sea is no state: "English edition", "Indian Ocean Review", "Arabic service".
_NOT_A_STATE = re.compile(
    r"\b(?:English|French|Spanish|Portuguese|Arabic|Russian|German|Chinese)\b|\b(?:[A-Z][\w-]*\s+)?(?:Ocean|Sea)\b"
)


def _paper_of_a_place(text: str) -> tuple[bool, str | None]:
    """'The Nairobi Ledger', 'Seoul Daily Courier', 'The Irish Chronicle': a paper named after one
    state, its capital or another of its cities is that state's local press, which names its own
    officials bare as national outlets do. One named after two states ("Lima and Quito Review") is
    neither's."""
    found: set[str] = set()
    for words in re.findall(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", _NOT_A_STATE.sub(" ", text)):
        parts = words.split()
        # The longest run of words first: "New York" before "York", "Sri Lanka" before "Lanka".
        runs = (
            " ".join(parts[i : i + n]) for n in range(len(parts), 0, -1) for i in range(len(parts) - n + 1)
        )
        code = next((c for run in runs if (c := _place_state(run))), None)
        if code:
            found.add(code)
    return (True, found.pop()) if len(found) == 1 else (False, None)


def _place_state(words: str) -> str | None:
    return country_from_name(words) or country_from_demonym(words) or country_from_city(words)


# A government's own release: "Ministry of Foreign Affairs, Singapore", "The President's Office, Republic
# of Maldives", "Embassy of India, Hanoi" (not a state's news agency, which reports on others too).
_OWN_RELEASE = re.compile(
    r"\b(?:ministry|department|government|gobierno|presidency|president(?:'s|’s|ial)|embassy|"
    r"canciller[ií]a|minist[eé]rio|secretar[ií]a|cabinet|government\s+office)\b|\bgov\.",
    re.IGNORECASE,
)


def own_release(source: str | None) -> bool:
    """Whether the source is a government's own release, which speaks for its state whether or not
    its text names it ("The President departed for Colombo this morning...")."""
    return bool(source and outlet_state(source) and _OWN_RELEASE.search(re.sub(r"\([^)]*\)", " ", source)))


def outlet_state(source: str | None) -> str | None:
    """'Yonhap News Agency' -> KOR; 'Devdiscourse (Reuters)' -> None; 'The Korea Herald (Yonhap)' -> KOR."""
    if not source:
        return None
    outer_named, outer_code = _named(re.sub(r"\([^)]*\)", " ", source))
    # The wire in brackets wrote the story a site reprinted: it decides; not an outlet's own initials
    # ("Agence de Presse Senegalaise (APS)").
    for inner in re.findall(r"\(([^)]*)\)", source):
        if outer_code and re.fullmatch(r"\s*[A-Z]{2,6}\s*", inner):
            continue
        named, code = _named(inner)
        if named:
            return code
        bare = _STATE_IN_BRACKETS.match(inner)
        if bare and (code := country_from_name(bare.group("c"))):
            return code
    return outer_code if outer_named else None
