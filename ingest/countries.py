"""Country names, short forms, demonyms and capitals -> ISO 3166-1 alpha-3.

pycountry carries the official and common names; the short forms,
demonyms and capitals (used as metonyms: "Pyongyang said...") are ours.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

# Everyday names that differ from pycountry's name / common_name / official_name.
SHORT_FORMS: dict[str, str] = {
    "north korea": "PRK", "dprk": "PRK", "the north": "PRK", "democratic people's republic of korea": "PRK",
    "south korea": "KOR", "republic of korea": "KOR", "rok": "KOR", "the south": "KOR", "korea": "KOR",
    "russia": "RUS", "russian federation": "RUS", "china": "CHN", "prc": "CHN", "mainland china": "CHN",
    "people's republic of china": "CHN", "taiwan": "TWN", "iran": "IRN", "syria": "SYR", "laos": "LAO",
    "vietnam": "VNM", "viet nam": "VNM", "us": "USA", "u.s.": "USA", "usa": "USA", "u.s.a.": "USA",
    "united states": "USA", "america": "USA", "the states": "USA", "uk": "GBR", "u.k.": "GBR",
    "britain": "GBR", "great britain": "GBR", "united kingdom": "GBR", "england": "GBR", "scotland": "GBR",
    "wales": "GBR", "uae": "ARE", "emirates": "ARE", "the netherlands": "NLD", "holland": "NLD",
    "czech republic": "CZE", "czechia": "CZE", "turkey": "TUR", "turkiye": "TUR", "türkiye": "TUR",
    "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA", "moldova": "MDA", "palestine": "PSE",
    "vatican": "VAT", "holy see": "VAT", "ivory coast": "CIV", "cote d'ivoire": "CIV", "cape verde": "CPV",
    "east timor": "TLS", "timor-leste": "TLS", "burma": "MMR", "myanmar": "MMR", "brunei": "BRN",
    "macedonia": "MKD", "north macedonia": "MKD", "kosovo": "XKX", "swaziland": "SWZ", "eswatini": "SWZ",
    "congo": "COG", "dr congo": "COD", "drc": "COD", "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD", "micronesia": "FSM", "saudi": "SAU", "ksa": "SAU",
    "gaza": "PSE", "west bank": "PSE", "hong kong": "HKG", "macau": "MAC", "macao": "MAC",
}

DEMONYMS: dict[str, str] = {
    "afghan": "AFG", "albanian": "ALB", "algerian": "DZA", "american": "USA", "andorran": "AND",
    "angolan": "AGO", "argentine": "ARG", "argentinian": "ARG", "armenian": "ARM", "australian": "AUS",
    "austrian": "AUT", "azerbaijani": "AZE", "azeri": "AZE", "bahraini": "BHR", "bangladeshi": "BGD",
    "belarusian": "BLR", "belgian": "BEL", "beninese": "BEN", "bhutanese": "BTN", "bolivian": "BOL",
    "bosnian": "BIH", "botswanan": "BWA", "brazilian": "BRA", "british": "GBR", "bruneian": "BRN",
    "bulgarian": "BGR", "burkinabe": "BFA", "burmese": "MMR", "burundian": "BDI", "cambodian": "KHM",
    "cameroonian": "CMR", "canadian": "CAN", "chadian": "TCD", "chilean": "CHL", "chinese": "CHN",
    "colombian": "COL", "congolese": "COD", "costa rican": "CRI", "croatian": "HRV", "cuban": "CUB",
    "cypriot": "CYP", "czech": "CZE", "danish": "DNK", "djiboutian": "DJI", "dominican": "DOM",
    "dutch": "NLD", "ecuadorian": "ECU", "egyptian": "EGY", "emirati": "ARE", "eritrean": "ERI",
    "estonian": "EST", "ethiopian": "ETH", "fijian": "FJI", "filipino": "PHL", "philippine": "PHL",
    "finnish": "FIN", "french": "FRA", "gabonese": "GAB", "gambian": "GMB", "georgian": "GEO",
    "german": "DEU", "ghanaian": "GHA", "greek": "GRC", "guatemalan": "GTM", "guinean": "GIN",
    "haitian": "HTI", "honduran": "HND", "hungarian": "HUN", "icelandic": "ISL", "indian": "IND",
    "indonesian": "IDN", "iranian": "IRN", "iraqi": "IRQ", "irish": "IRL", "israeli": "ISR",
    "italian": "ITA", "ivorian": "CIV", "jamaican": "JAM", "japanese": "JPN", "jordanian": "JOR",
    "kazakh": "KAZ", "kazakhstani": "KAZ", "kenyan": "KEN", "korean": None, "north korean": "PRK",
    "south korean": "KOR", "kuwaiti": "KWT", "kyrgyz": "KGZ", "lao": "LAO", "laotian": "LAO",
    "latvian": "LVA", "lebanese": "LBN", "liberian": "LBR", "libyan": "LBY", "lithuanian": "LTU",
    "luxembourgish": "LUX", "malagasy": "MDG", "malawian": "MWI", "malaysian": "MYS", "maldivian": "MDV",
    "malian": "MLI", "maltese": "MLT", "mauritanian": "MRT", "mauritian": "MUS", "mexican": "MEX",
    "moldovan": "MDA", "mongolian": "MNG", "montenegrin": "MNE", "moroccan": "MAR", "mozambican": "MOZ",
    "namibian": "NAM", "nepalese": "NPL", "nepali": "NPL", "new zealand": "NZL", "nicaraguan": "NIC",
    "nigerien": "NER", "nigerian": "NGA", "norwegian": "NOR", "omani": "OMN", "pakistani": "PAK",
    "palestinian": "PSE", "panamanian": "PAN", "paraguayan": "PRY", "peruvian": "PER", "polish": "POL",
    "portuguese": "PRT", "qatari": "QAT", "romanian": "ROU", "russian": "RUS", "rwandan": "RWA",
    "samoan": "WSM", "saudi": "SAU", "saudi arabian": "SAU", "senegalese": "SEN", "serbian": "SRB",
    "singaporean": "SGP", "slovak": "SVK", "slovenian": "SVN", "somali": "SOM", "south african": "ZAF",
    "spanish": "ESP", "sri lankan": "LKA", "sudanese": "SDN", "south sudanese": "SSD", "swedish": "SWE",
    "swiss": "CHE", "syrian": "SYR", "taiwanese": "TWN", "tajik": "TJK", "tanzanian": "TZA", "thai": "THA",
    "togolese": "TGO", "tongan": "TON", "tunisian": "TUN", "turkish": "TUR", "turkmen": "TKM",
    "ugandan": "UGA", "ukrainian": "UKR", "uruguayan": "URY", "uzbek": "UZB", "venezuelan": "VEN",
    "vietnamese": "VNM", "yemeni": "YEM", "zambian": "ZMB", "zimbabwean": "ZWE", "vanuatuan": "VUT",
    "ni-vanuatu": "VUT", "tuvaluan": "TUV", "solomon islands": "SLB", "papua new guinean": "PNG",
    "kiribati": "KIR", "nauruan": "NRU", "palauan": "PLW", "marshallese": "MHL", "cook islands": "COK",
    "belizean": "BLZ", "salvadoran": "SLV", "trinidadian": "TTO", "barbadian": "BRB", "bahamian": "BHS",
    "guyanese": "GUY", "surinamese": "SUR", "sierra leonean": "SLE", "malian": "MLI",
    "equatorial guinean": "GNQ", "comorian": "COM", "seychellois": "SYC", "cabo verdean": "CPV",
    "soviet": "RUS", "kremlin": "RUS", "hellenic": "GRC", "bosniak": "BIH", "macedonian": "MKD",
    "kosovar": "XKX", "scottish": "GBR", "welsh": "GBR", "english": "GBR", "emirian": "ARE",
    "sino": "CHN", "us": "USA", "u.s.": "USA", "uk": "GBR",
}

# Capitals and the seats of government that news uses as metonyms, and a few
# very large cities diplomats travel to. General knowledge, not article text.
CITIES: dict[str, str] = {
    "kabul": "AFG", "tirana": "ALB", "algiers": "DZA", "luanda": "AGO", "buenos aires": "ARG",
    "yerevan": "ARM", "canberra": "AUS", "sydney": "AUS", "melbourne": "AUS", "vienna": "AUT",
    "baku": "AZE", "manama": "BHR", "dhaka": "BGD", "minsk": "BLR", "brussels": "BEL", "thimphu": "BTN",
    "la paz": "BOL", "sarajevo": "BIH", "gaborone": "BWA", "brasilia": "BRA", "brasília": "BRA",
    "rio de janeiro": "BRA", "sao paulo": "BRA", "são paulo": "BRA", "sofia": "BGR", "phnom penh": "KHM",
    "yaounde": "CMR", "yaoundé": "CMR", "ottawa": "CAN", "santiago": "CHL", "beijing": "CHN",
    "shanghai": "CHN", "bogota": "COL", "bogotá": "COL", "kinshasa": "COD", "brazzaville": "COG",
    "zagreb": "HRV", "havana": "CUB", "nicosia": "CYP", "prague": "CZE", "copenhagen": "DNK",
    "cairo": "EGY", "asmara": "ERI", "tallinn": "EST", "addis ababa": "ETH", "suva": "FJI",
    "helsinki": "FIN", "paris": "FRA", "libreville": "GAB", "tbilisi": "GEO", "berlin": "DEU",
    "accra": "GHA", "athens": "GRC", "budapest": "HUN", "reykjavik": "ISL", "new delhi": "IND",
    "delhi": "IND", "mumbai": "IND", "jakarta": "IDN", "bali": "IDN", "tehran": "IRN", "baghdad": "IRQ",
    "dublin": "IRL", "jerusalem": "ISR", "tel aviv": "ISR", "rome": "ITA", "tokyo": "JPN", "osaka": "JPN",
    "hiroshima": "JPN", "amman": "JOR", "astana": "KAZ", "almaty": "KAZ", "nairobi": "KEN",
    "pyongyang": "PRK", "seoul": "KOR", "busan": "KOR", "kuwait city": "KWT", "bishkek": "KGZ",
    "vientiane": "LAO", "riga": "LVA", "beirut": "LBN", "tripoli": "LBY", "vilnius": "LTU",
    "kuala lumpur": "MYS", "putrajaya": "MYS", "male": "MDV", "valletta": "MLT", "mexico city": "MEX",
    "chisinau": "MDA", "ulaanbaatar": "MNG", "ulan bator": "MNG", "podgorica": "MNE", "rabat": "MAR",
    "maputo": "MOZ", "naypyidaw": "MMR", "yangon": "MMR", "windhoek": "NAM", "kathmandu": "NPL",
    "the hague": "NLD", "amsterdam": "NLD", "wellington": "NZL", "auckland": "NZL", "abuja": "NGA",
    "oslo": "NOR", "muscat": "OMN", "islamabad": "PAK", "rawalpindi": "PAK", "lahore": "PAK",
    "karachi": "PAK", "ramallah": "PSE", "panama city": "PAN", "lima": "PER", "manila": "PHL",
    "warsaw": "POL", "lisbon": "PRT", "doha": "QAT", "bucharest": "ROU", "moscow": "RUS",
    "st petersburg": "RUS", "st. petersburg": "RUS", "saint petersburg": "RUS", "vladivostok": "RUS",
    "sochi": "RUS", "kazan": "RUS", "kigali": "RWA", "riyadh": "SAU", "jeddah": "SAU", "dakar": "SEN",
    "belgrade": "SRB", "singapore": "SGP", "bratislava": "SVK", "ljubljana": "SVN", "mogadishu": "SOM",
    "pretoria": "ZAF", "cape town": "ZAF", "johannesburg": "ZAF", "madrid": "ESP", "colombo": "LKA",
    "khartoum": "SDN", "stockholm": "SWE", "bern": "CHE", "geneva": "CHE", "davos": "CHE",
    "damascus": "SYR", "taipei": "TWN", "dushanbe": "TJK", "dodoma": "TZA", "dar es salaam": "TZA",
    "bangkok": "THA", "tunis": "TUN", "ankara": "TUR", "istanbul": "TUR", "antalya": "TUR",
    "ashgabat": "TKM", "kampala": "UGA", "kyiv": "UKR", "kiev": "UKR", "abu dhabi": "ARE", "dubai": "ARE",
    "london": "GBR", "washington": "USA", "washington, d.c.": "USA", "new york": "USA",
    "montevideo": "URY", "tashkent": "UZB", "samarkand": "UZB", "caracas": "VEN", "hanoi": "VNM",
    "ho chi minh city": "VNM", "sanaa": "YEM", "lusaka": "ZMB", "harare": "ZWE", "port vila": "VUT",
    "funafuti": "TUV", "nuku'alofa": "TON", "apia": "WSM", "honiara": "SLB", "port moresby": "PNG",
    "quito": "ECU", "asuncion": "PRY", "asunción": "PRY", "managua": "NIC", "tegucigalpa": "HND",
    "guatemala city": "GTM", "san salvador": "SLV", "san jose": "CRI", "santo domingo": "DOM",
    "port-au-prince": "HTI", "kingston": "JAM", "nouakchott": "MRT", "bamako": "MLI", "niamey": "NER",
    "ouagadougou": "BFA", "conakry": "GIN", "freetown": "SLE", "monrovia": "LBR", "abidjan": "CIV",
    "lome": "TGO", "lomé": "TGO", "porto-novo": "BEN", "cotonou": "BEN", "ndjamena": "TCD",
    "n'djamena": "TCD", "bangui": "CAF", "juba": "SSD", "djibouti": "DJI", "lilongwe": "MWI",
    "antananarivo": "MDG", "port louis": "MUS", "victoria": "SYC", "moroni": "COM", "maseru": "LSO",
    "mbabane": "SWZ", "bandar seri begawan": "BRN", "dili": "TLS", "vatican city": "VAT",
    "luxembourg": "LUX", "monaco": "MCO", "skopje": "MKD", "pristina": "XKX", "hong kong": "HKG",
}

_EXTRA_NAMES = {"XKX": "Kosovo"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").lower().strip()
    return re.sub(r"\s+", " ", text)


@lru_cache(maxsize=1)
def _name_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[fold(value)] = country.alpha_3
                # "Korea, Republic of" style names are useless in running text.
                if "," in value:
                    del table[fold(value)]
    table.update({fold(k): v for k, v in SHORT_FORMS.items()})
    return table


def country_from_name(text: str) -> str | None:
    """ISO3 for a country name or short form ("DPRK", "the US"), else None."""
    key = fold(text)
    key = re.sub(r"^the ", "", key) if key not in ("the north", "the south", "the states") else key
    return _name_table().get(key)


def country_from_demonym(text: str) -> str | None:
    return DEMONYMS.get(fold(text))


def country_from_city(text: str) -> str | None:
    return CITIES.get(fold(text))


def country_from_any(text: str) -> str | None:
    """A country name, demonym, or capital/major city -> ISO3."""
    return country_from_name(text) or country_from_demonym(text) or country_from_city(text)


def country_name(iso3: str) -> str:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return _EXTRA_NAMES.get(iso3, iso3)
    return str(getattr(country, "common_name", None) or country.name)


@lru_cache(maxsize=1)
def mention_pattern() -> re.Pattern[str]:
    """One regex matching any country name, short form, demonym or city in running text."""
    words = set(_name_table()) | {k for k, v in DEMONYMS.items() if v} | set(CITIES)
    # Short ambiguous forms only in their written case (handled by the caller's case check).
    words -= {"us", "the north", "the south", "korea", "male", "victoria", "kingston", "santiago", "georgia",
              "jordan", "chad", "guinea", "english", "sino", "kremlin", "saudi", "the states", "america"}
    words |= {"U.S.", "US", "UK", "U.K.", "North", "America", "Saudi"}
    alternatives = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)
