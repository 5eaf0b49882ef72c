"""Offices and honorifics: what a person is called before or after their name."""

from __future__ import annotations

import re

from ingest.countries import is_demonym


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


# Head words of offices; a title is a run of capitalised words ending in one of these.
TITLE_HEADS = _words(
    "Minister, President, Vice-President, Vice President, Premier, Chancellor, Secretary, "
    "Secretary-General, Secretary General, Ambassador, Envoy, Chairman, Chairwoman, Chairperson, "
    "Chair, Leader, leader, King, Queen, Prince, Princess, Emperor, Empress, Crown Prince, Sultan, "
    "Emir, Amir, Sheikh, Shaikh, Pope, Governor, Mayor, Senator, Director, Director-General, Commissioner, "
    "Spokesman, Spokeswoman, Spokesperson, Councilor, Councillor, Speaker, General, Admiral, Marshal, "
    "Commander, Chief, Representative, Congressman, Congresswoman, Lawmaker, Deputy, Consul, "
    "Consul-General, Attorney General, Chief Executive, Head, Prime Minister, Foreign Minister, MP, "
    "Defence Minister, Defense Minister, Secretary of State, First Lady, first lady, Vice Chairman, "
    "Foreign Secretary, Home Secretary, Counselor, PM, FM, EAM, CS, Adviser, Advisor, Member, "
    "High Commissioner, Charge d'Affaires, Head of Government, Head of State, Taoiseach, Tánaiste, "
    "Whip, Chief Whip, Chief Executive Officer, Officer, Undersecretary, Under-Secretary, "
    "Undersecretary-General, Under-Secretary-General"
)
# Abbreviated given names that open a name: "Md." and "Mohd." (Muhammad, in South Asia and Malaysia),
# "Ma." (Maria, in the Philippines).
MUHAMMAD_ABBREVIATIONS = ("Md", "Mohd")
GIVEN_NAME_ABBREVIATIONS = ("Ma", *MUHAMMAD_ABBREVIATIONS)
_MUHAMMAD = "|".join(MUHAMMAD_ABBREVIATIONS)
# A name written from Muhammad's abbreviation: "Md. Nazrul Islam"
OPENS_WITH_MUHAMMAD = re.compile(rf"(?:{_MUHAMMAD})\.?\s+")

# Lower-case words inside personal names: Arabic, Iberian, Italian, Dutch/German and Turkic
# patronymic particles ("bin", "da", "van den", "oglu").
NAME_PARTICLES = frozenset(
    [
        "oglu",
        "ogly",
        "qizi",
        "kyzy",
        "uulu",
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
        "binti",
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
    ]  # noqa: SIM905 - a word list reads better as prose
)
# Styles that go with a given name ("Sheikh Hamdan" is how the Gulf press names Hamdan bin Saeed).
ROYAL = _words(
    "King, Queen, Prince, Princess, Emperor, Empress, Crown Prince, Pope, Sultan, Emir, Amir, "
    "Sheikh, Sheikha, Shaikh, Shaikha"
)
HONORIFICS = _words(
    "Mr, Mrs, Ms, Dr, Sir, Dame, Lord, Lady, H.E., HE, Madam, Mr., Mrs., Ms., Dr., His Excellency, "
    "Her Excellency, Comrade, Marshal, Senator, Shri, Smt., Smt, Datuk Seri, Dato' Sri, Datuk, Dato', "
    # Cambodia's styles: "Samdech" for the most senior, "Lok Chumteav" for a woman of rank
    "Tan Sri, Tun, Ustaz, Samdech, Lok Chumteav, Oknha, Sayyid, "
    # French and Spanish styles: Madame, Mademoiselle, Señora, Señor, Doña
    "Mme, Mme., Mlle, Mlle., Sra., Sr., Dña., "
    "Amb., Hon, Hon., Honourable, Honorable, Prof, Prof., Professor, "
    "Ratu, Dayang, Hajah, His Eminence, His Holiness, His Beatitude, Eminence, Cardinal, Archbishop, Bishop, "
    "Monsignor, Msgr., Mgr, Father, Fr., Reverend, Rev., H.H., HH, His Highness, Her Highness, "
    "Comandante, Engineer, Eng., Gen, Gen., Lt Gen, Lt. Gen., Maj Gen, Maj. Gen., Brig Gen, Brig. Gen., "
    "Col., Adm., Capt., Rashtrapati, Datu, Captain, Colonel, Lieutenant Colonel, Brigadier, Admiral, "
    "Yang Berhormat, Yang Mulia, Dato, Dato Seri, Dato' Seri, Datin, Datin Paduka, Pehin, "
    # Malay styles: one who made the pilgrimage, Brunei's royal and noble styles ("Pengiran Muda
    # A"), a wife's styles; "Tengku" stays, as Malaysians write it as part of the name
    "Datuk Amar, Datuk Patinggi, Datuk Sri, Dato Sri, Haji, Hajjah, Pengiran Muda, Pengiran Anak, "
    "Pengiran, Awang, Datin Seri, Datin Sri, Puan Sri, Toh Puan, "
    # clerical styles of South and Central Asia
    "Mawlawi, Maulvi, Maulana, Mullah, "
    # Bhutan's styles for a minister, the prime minister and a senior official
    "Lyonpo, Lyonchhen, Dasho, "
    # "Rt. Hon'ble": South Asian spellings of "the Right Honourable"
    "Hon'ble, Hon’ble, Rt. Hon'ble, Rt. Hon’ble, Rt. Hon., Rt Hon"
)

_HEAD_ALT = "|".join(sorted((re.escape(h) for h in TITLE_HEADS), key=len, reverse=True))
# "Yun Jong-ho, external economic relations minister," / ", the foreign minister of Russia,"
TITLE_AFTER = re.compile(
    rf"^\s*,\s*(?:the\s+|a\s+|an\s+)?(?P<title>(?:[\w'’-]+\s+){{0,6}}?(?:{_HEAD_ALT}|minister|president|"
    rf"ambassador|secretary|chairman|chairperson|director|commissioner|spokesperson|spokesman|spokeswoman|envoy|"
    rf"councilor|counselor|governor|mayor|senator|chief|head|member|leader)"
    rf"(?:\s+(?:of|to|for|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+|(?=[,.;)])|$)|of\s+|and\s+|the\s+|to\s+(?=(?:the\s+)?[A-Z])){{1,10}}?)?)\s*(?:,|\.|;|\)|$)",
)
VERBISH = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|said|says|met|held|who|which|that)\b")


# Honorifics that are not offices themselves ("Senator" is both, and stays in a title).
_PURE_HONORIFICS = sorted(set(HONORIFICS) - set(TITLE_HEADS), key=len, reverse=True)
_TRAILING_HONORIFIC = re.compile(rf"(?:\s+(?:{'|'.join(re.escape(h) for h in _PURE_HONORIFICS)}))+$")


def clean_title(title: str) -> str:
    """'the Prime Minister Datuk Seri' -> 'Prime Minister': no article, no honorific."""
    title = re.sub(r"\s+", " ", title).strip(" ,")
    title = re.sub(r"^(?:the|a|an|his|her|its|their)\s+", "", title, flags=re.IGNORECASE)
    # "Visiting Chinese Vice Premier": on a trip, not an office
    title = re.sub(r"^visiting\s+", "", title, flags=re.IGNORECASE)
    title = re.sub(r"^(?:H\.\s?E\.|HE)\s+", "", title)  # "HE Minister of State": a style, no office
    title = re.sub(r"^(?:The\s+)?(?:Honou?rable|Hon\.?)\s+(?=\S)", "", title)  # "Honourable Minister"
    # "on Wednesday Jordanian Minister ...": a day that ran into the office.
    title = re.sub(
        r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)\s+", "", title
    )
    title = _TRAILING_HONORIFIC.sub("", title)
    if re.fullmatch(r"[\w .-]+['’]s?", title):
        return ""  # "Thailand's Somchai B.": a possessor, no office
    # "Foreign Minister Sheikh", "Assistant Foreign Minister for Arab Affairs Ambassador": a rank or
    # style written between the office and the name is not the office.
    # "Japanese Ambassador" is the office itself: only a rank after another office goes.
    stripped = re.sub(r"(?<=\S)\s+(?:Sheikh|Shaikh|Ambassador|Dr\.?)$", "", title)
    return stripped if stripped == title or not is_demonym(stripped) else title
