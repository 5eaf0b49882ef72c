"""Trigger lexicons, matched on spaCy lemmas, in one place with the reason for each group.

A lemma here only makes a token a *candidate* trigger; `ingest/events.py` then reads its
arguments from the dependency parse and decides (person object or place object, reporting verb
or participant, planned or happened).
"""

from __future__ import annotations

import re

# Verbs whose subject and the people "with" them met in person, either way round:
# "A met B", "A and B met", "A conferred with B", "A talked with B".
RECIPROCAL_MEET_VERBS = frozenset(
    {"meet", "confer", "talk", "negotiate", "consult", "dine", "lunch", "breakfast", "converse", "parley"}
)
# "discuss" is a meeting only with a "with <person>" ("discussed the port with the mayor");
# "discussed the crisis" alone says nothing of whom.
WITH_ONLY_MEET_VERBS = frozenset(
    {
        "discuss",
        "sit",
        "shake",
        "chat",
        "speak",
        "cooperate",
        "exchange",
        "interact",
        "engage",
        "review",
        "huddle",
    }
)
# ... but "A and B discussed the border in Cairo" (or "at their talks") puts both in one room.
PLACED_TOGETHER_VERBS = frozenset({"discuss", "review", "exchange"})  # "exchanged views in Madrid"
# Things only people in one room exchange or do together: "A and B shook hands", "exchanged
# greetings", "posed for photos".
TOGETHER_OBJECTS = frozenset(
    {"hand", "hands", "greeting", "greetings", "gift", "gifts", "toast", "toasts", "pleasantry"}
)
# Chairing one session together puts the co-chairs in one room: "the talks were co-chaired by A and B".
TOGETHER_VERBS = frozenset({"pose", "co-chair", "cochair"})
# Verbs with a host (subject) and a guest (object): "A received B", "B was received by A".
DIRECTED_MEET_VERBS = frozenset(
    {
        "receive",
        "host",
        "welcome",
        "greet",
        "accredit",
        "embrace",
        "hug",
        "escort",
        "thank",
        "brief",
        "accept",
        "summon",  # "summoned the Japanese ambassador to the ministry": a protest made in person
    }
)
# Those who witness a signing together are at one ceremony: "witnessed by A and B".
COPRESENCE_VERBS = frozenset({"witness"})
# Handing over a message or letter in person: the messenger meets the recipient.
DELIVER_VERBS = frozenset({"deliver", "hand", "convey", "pass", "present", "submit"})
MESSAGE_NOUNS = frozenset({"message", "letter", "invitation", "credential", "credentials", "note"})
# "visit" and "call on" take a person (a meeting) or a place (travel): decided by the object.
VISIT_OR_MEET_VERBS = frozenset({"visit"})
# "see off" (particle) and "call on" (preposition) are meetings only with their particle.
PARTICLE_MEET_VERBS = {
    "see": "off",
    "send": "off",
    "call": "on",
}  # "was sent off by" (South/Southeast Asian usage)

# Nouns that name a meeting; their participants are the possessor, "with"/"between" objects and
# the subject of the light verb or clause they sit in ("held talks with", "at a summit with").
MEETING_NOUNS = frozenset(
    {
        "meeting",
        "talk",
        "talks",
        "summit",
        "discussion",
        "consultation",
        "negotiation",
        "audience",
        "dinner",
        "luncheon",
        "lunch",
        "breakfast",
        "banquet",
        "tete-a-tete",
        "tete",  # the tokenizer splits "tete-a-tete" and keeps the last "tete" as the noun
        "tête",  # "tête-à-tête", split the same way
        "interaction",  # "had a productive interaction with X" (South Asian press)
        "bilateral",  # "had a bilateral with X" (the noun; "bilateral talks" is read at "talks")
        "aside",  # "had a pull-aside with X": split at the hyphen, "aside" is the noun
        "encounter",
        "dialogue",
        "exchange",
        "conference",  # only as a joint press/news conference: see JOINT_CONFERENCE
        "reception",
        "courtesy",
        "ceremony",  # "attended the welcome ceremony": everyone at it
        "welcome",  # "was given a red-carpet welcome by X"
        "farewell",
        "send-off",
    }
)
# A conference is a meeting of its participants only when it is a joint appearance.
JOINT_CONFERENCE = frozenset({"joint", "press", "news"})
# Verbs that carry an event noun without adding meaning: "held talks", "had a meeting".
LIGHT_VERBS = frozenset(
    {
        "hold",
        "have",
        "play",  # "played host to X"
        "conduct",
        "host",
        "attend",
        "chair",
        "co-chair",
        "pay",
        "engage",
        "join",
        "give",
        "grant",  # "granted an audience to the envoy"
        "bid",  # "was bid farewell by the deputy minister"
        "bade",
        "throw",
        "receive",
        "make",
        "take",
        "start",
        "begin",
        "continue",
        "wrap",
        "end",
        "conclude",
    }
)

# Being somewhere only by screen: "took part via video link", "joined virtually". No one travelled
# there, and no one sat in the room.
REMOTE_PRESENCE = re.compile(r"\b(?:virtual(?:ly)?|video|online|remotely|teleconference)\b", re.IGNORECASE)

# Phone and video: the same participants as a meeting, but a CALLED fact.
CALL_NOUNS = frozenset({"call", "conversation", "talk", "talks", "conference", "meeting", "summit", "chat"})
CALL_MODIFIERS = frozenset(
    {"phone", "telephone", "video", "virtual", "online", "telephonic", "videoconference"}
)
CALL_VERBS = frozenset({"phone", "telephone", "call", "dial"})
# "spoke by phone", "talked over the phone", "met via video link".
CALL_MEDIA = frozenset(
    {"phone", "telephone", "video", "videoconference", "videolink", "link", "virtual", "online"}
)

# Travel verbs: the subject travelled; the destination is the place they went to.
TRAVEL_VERBS = frozenset(
    {
        "arrive",
        "travel",
        "fly",
        "tour",
        "land",
        "head",
        "leave",
        "depart",
        "return",
        "come",
        "go",
        "stop",
        "reach",
        "journey",
        "visit",
        "cross",  # "crossed into Bolivia", "crossed the river to Colonia"
        "spend",  # "spent two days in Suva" (the word-order trigger asks for days in a place)
        "jet",  # "jetted into Accra on Sunday" (East and West African press)
    }
)
TRAVEL_NOUNS = frozenset(
    {"visit", "trip", "tour", "arrival", "stay", "journey", "stopover", "voyage", "mission"}
)

SIGN_VERBS = frozenset({"sign", "ink", "conclude", "seal", "renew", "extend"})
AGREEMENT_NOUNS = frozenset(
    {
        "agreement",
        "treaty",
        "memorandum",
        "memorandums",
        "memoranda",
        "mou",
        "mous",
        "protocol",
        "contract",
        "accord",
        "pact",
        "declaration",
        "statement",
        "communique",
        "communiqué",
        "charter",
        "convention",
        "document",
        "deal",
        "plan",
        "program",
        "programme",
        "roadmap",
        "instrument",
        "arrangement",
        "letter",
        "understanding",
        "minutes",  # "signed the minutes of the consultation"
        "addendum",  # "signed an addendum to the border agreement"
        "addenda",
        "term",  # "signed the terms of reference for cooperation on ..."
    }
)

# Governors that make their complement unreal: "plans to visit", "expected to meet".
NONFACT_GOVERNORS = frozenset(
    {
        "plan",
        "expect",
        "hope",
        "intend",
        "aim",
        "want",
        "wish",
        "seek",
        "agree",
        "prepare",
        "schedule",
        "set",
        "due",
        "invite",
        "propose",
        "decide",
        "ready",
        "willing",
        "try",
        "attempt",
        "urge",
        "offer",
        "promise",
        "pledge",
        "consider",
        "postpone",
        "cancel",
        "delay",
        "refuse",
        "deny",
        "fail",
        "like",
        "need",
        "able",
        "likely",
        "poise",
        "slate",
        "eager",
        "keen",
        "look",
        "call",
        "suggest",
        "ask",
        "request",
        "demand",
        "expectation",
        "possibility",
        "prospect",
        "interest",
        "condition",
        "necessity",
        "significance",
        "importance",
        "preparation",
        "invitation",
        "proposal",
        "readiness",
        "intention",
    }
)
MODALS = frozenset(
    {"will", "would", "shall", "could", "may", "might", "should", "can", "must", "'ll", "wo", "ca"}
)
# Adjectives on an event noun that make it not (yet) real: "the planned summit".
NONFACT_MODIFIERS = frozenset(
    {
        "planned",
        "expected",
        "upcoming",
        "future",
        "possible",
        "proposed",
        "potential",
        "scheduled",
        "forthcoming",
        "next",
        "prospective",
        "likely",
        "anticipated",
        "further",
        "eventual",
        "imminent",
    }
)
# Prepositions before an event noun that put it in the future: "ahead of the talks".
NONFACT_PREPOSITIONS = frozenset({"ahead", "before", "pending", "towards", "toward"})
REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "note",
        "add",
        "state",
        "report",
        "announce",
        "quote",
        "write",
        "claim",
        "confirm",
        "stress",
    }
)
# Words that put people at a meeting reported just before: they meet its other side.
# "The ceremony took place in the presence of X": someone present at the meeting just told.
ATTENDANCE_CUES = frozenset(
    # "X was flanked by A and B": A and B sat beside X at the talks
    {
        "present",
        "presence",
        "attendance",
        "attend",
        "accompany",
        "join",
        "participate",
        "participation",
        "part",
        "flank",
        # "The Armenian side was represented at the talks by A and B"
        "represent",
    }
)
# Speaking to someone at an event puts both there: "X told Y during their talks".
SPEECH_VERBS = frozenset({"tell", "say", "assure", "brief", "inform"})
# Group nouns that stand for the people who lead them: "the delegation led by X".
GROUP_NOUNS = frozenset({"delegation", "team", "mission", "entourage", "party", "group", "side"})
# Plural nouns for people that name them after "from"/"of": "his counterparts from A and B, X and Y".
PEOPLE_NOUNS = frozenset(
    {"counterpart", "official", "minister", "leader", "president", "representative", "envoy", "head", "chief"}
)
LEAD_VERBS = frozenset({"lead", "head", "include", "comprise", "accompany"})
PRONOUNS_SINGULAR = frozenset({"he", "she", "him", "her", "his", "hers"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their"})
