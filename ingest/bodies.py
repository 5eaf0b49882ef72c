"""Officials of international bodies serve no state.

The guideline (and every analyst's question "who from Kenya met ...") wants `country` null for
people serving the UN, the EU, the AU or another international body: a UN envoy filed from Nairobi
is not Kenyan, whatever the dateline or the lone state around them suggests. The names below are
general knowledge: the bodies whose officials diplomatic news names by the body's name or acronym.
"""

from __future__ import annotations

import re

_BODY = (
    r"UN|U\.N\.|United\s+Nations|UNHCR|UNICEF|UNESCO|UNDP|WFP|WHO|IAEA|ILO|IMF|World\s+Bank|WTO|"
    r"EU|E\.U\.|European\s+(?:Union|Commission|Council|Parliament)|EEAS|NATO|OSCE|"
    r"AU|African\s+Union(?:\s+Commission)?|ECOWAS|SADC|IGAD|EAC|COMESA|ECCAS|"
    r"ASEAN|APEC|SCO|BRICS|CARICOM|OAS|OIC|GCC|Arab\s+League|League\s+of\s+Arab\s+States|"
    r"Commonwealth|Pacific\s+Islands\s+Forum|ICRC|Red\s+Cross|Interpol"
)
# "UN Secretary-General", "EU High Representative", "AU Commission Chairperson": the body opens
# the office; "Secretary-General of the United Nations", "Special Envoy of the African Union for
# X": the office belongs to it ("of the UN-backed government" is a state's).
_OPENS = re.compile(rf"^(?:the\s+)?(?:{_BODY})(?:'s)?\s+\S", re.IGNORECASE)
_BELONGS = re.compile(rf"\b(?:of|to|at)\s+(?:the\s+)?(?:{_BODY})(?![\w-])(?!\s+(?:summit|meeting))")
# "Ambassador to the African Union", "Permanent Representative to the UN": a state's envoy there.
_STATES_ENVOY = re.compile(r"\b(?:[Aa]mbassador|[Rr]epresentative|[Ee]nvoy|[Mm]ission)\s+to\b")


def serves_a_body(title: str | None) -> bool:
    """The office is an international body's ("UN Special Envoy for Yemen"), not a state's."""
    if not title:
        return False
    if _STATES_ENVOY.search(title):
        return False
    return bool(_OPENS.match(title) or _BELONGS.search(title))
