"""Guests listed one per line after a lead that ends in a colon.

"The credentials were presented by:" / "The President received the following envoys:", then one
item per line ("H.E. A, Ambassador of X;"). The cleaner keeps each item as a sentence of its own;
each item's person met the host the story was about.
"""

from __future__ import annotations

import re

from ingest.context import FactContext, SentenceView, unique
from ingest.frame_facts import frame_meeting
from ingest.schema import Fact

_LEAD = re.compile(
    r"\b(?:(?:credentials|letters\s+of\s+credence)\b[^:]*\b(?:presented|handed|submitted)\s+by|"
    # "Those who presented their credentials were:"
    r"(?:[Pp]resent(?:ed|ing)|handed\s+over|submitted)\s+(?:their\s+)?(?:credentials|letters\s+of\s+credence)\s+"
    r"(?:were|are|included?)|"
    r"(?:received|met|welcomed|held\s+talks\s+with)\s+(?:the\s+following|[\w\s,]{0,40}\bincluding)|"
    # "On the sidelines, the minister held bilateral meetings with:", one counterpart per line
    r"\b(?:met|held|had)\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|discussions|consultations)\s+with)\s*:\s*$",
    re.IGNORECASE,
)


# "received letters of credence from four new envoys" / "received the credentials of five ambassadors",
# named in the next sentence: "They are A, B and C."
# "received several foreign ambassadors who presented their credentials", the other way round.
_UNNAMED_ENVOYS = re.compile(
    r"\b(?:credentials|letters\s+of\s+credence)\b.*\b(?:envoys|ambassadors|diplomats|heads\s+of\s+mission)\b|"
    r"\b(?:envoys|ambassadors|diplomats|heads\s+of\s+mission)\s+(?:who|that)\b.*\b(?:credentials|letters\s+of\s+credence)\b|"
    # "hosted the ambassadors of four Central Asian countries", named in the next sentence
    r"\b(?:received|hosted|met|welcomed)\s+(?:the\s+)?(?:envoys|ambassadors|heads\s+of\s+mission)\s+of\s+"
    r"(?:[\w-]+\s+){0,4}?(?:countries|states|nations)\b",
    re.IGNORECASE,
)
_ROLL = re.compile(
    r"^(?:(?:They|These|Those|The\s+(?:new\s+)?(?:envoys|ambassadors|diplomats|heads\s+of\s+mission))"
    # "The envoys, who presented their credentials in turn, are:"
    r"(?:,?\s+(?:who|that)\b[^:.]{0,60}?,?)?\s+(?:are|were|included?)\b|"
    # "The envoys — A, B, C and D — traveled from Seoul"
    r"The\s+(?:envoys|ambassadors|diplomats)\s*[—–]|"
    # "Presenting their credentials in separate ceremonies were A, B and C."
    r"(?:Presenting|Those\s+presenting)\s+(?:their\s+)?(?:credentials|letters\s+of\s+credence)\b"
    r"[^:.]{0,60}?\s(?:were|are)\b)"
)


_PRESENTED = re.compile(
    r"\b(?:presented|handed\s+over|submitted)\s+(?:their|his|her)\s+(?:credentials|letters\s+of\s+credence)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\b|\battended\s+the\s+ceremony\b|"
    # "The audience took place in the presence of the Minister of Foreign Affairs, X"
    r"\btook\s+place\s+in\s+the\s+presence\s+of\b"
)


_WITNESSED = re.compile(r"\b(?:presence|present|attend\w*|took\s+place|joined)\b", re.IGNORECASE)


def open_guest_list(view: SentenceView, context: FactContext) -> None:
    """A lead naming who received the guests to be listed: its own people, else the story's
    subject ("His Highness received five ambassadors. The credentials were presented by:")."""
    text = view.sentence.text
    lead = _LEAD.search(text)
    unnamed = _UNNAMED_ENVOYS.search(text)
    # "received the credentials of two new ambassadors at Government House, Morne Fortune": no
    # envoy named between the credentials and the count (a place the model took for a person
    # after it changes nothing)
    if not lead and not (
        unnamed and not any(unnamed.start() <= m.start < unnamed.end() for m in view.mentions[1:])
    ):
        return
    hosts = [view.mentions[0].person] if view.mentions else list(context.salient[:1])
    if lead and not view.mentions and context.guest_list is not None:
        # "... received letters of credence from six envoys. X was present. Those who presented
        # their credentials were:": the hosts of the ceremony told first
        hosts = context.guest_list[0]
    if hosts:
        context.guest_list = (hosts, view.sentence.index)
        # "received the letters of credence of five new ambassadors:", one per line after the colon
        context.guest_roll = not lead and not text.rstrip().endswith(":")


def listed_guest_facts(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    """MET facts of one listed item; the list ends at the first line that is not an item."""
    if context.guest_list is None:
        return []
    hosts, last = context.guest_list
    text = view.sentence.text.rstrip()
    if context.guest_roll:
        # "They are A, B and C.": every person of the sentence right after the lead.
        roll = view.sentence.index == last + 1 and _ROLL.match(text) is not None
        if roll and text.endswith(":"):
            # "They are:", then one envoy per line: the items follow
            context.guest_list, context.guest_roll = (hosts, view.sentence.index), False
            return []
        if not roll and view.sentence.index == last + 1 and _LEAD.search(text):
            return []  # "Those who presented their credentials were:": the list opens here
        if not roll and view.sentence.index == last + 1 and _PRESENT.search(text):
            # "The minister was present at the ceremony.": on the hosts' side of the guests named next
            present = [m.person for m in view.mentions if m.person >= 0 and m.person not in hosts]
            context.guest_list = ([*hosts, *present], view.sentence.index)
            return []
        presented = _PRESENTED.search(text) if view.sentence.index == last + 1 and not roll else None
        if presented is not None:
            # "A of Venezuela and B of Taiwan presented their credentials in separate ceremonies":
            # the envoys the lead counted, each received by its host
            roll = True
            guests = unique(
                m.person for m in view.mentions if m.person not in hosts and m.start < presented.start()
            )
        else:
            guests = unique(m.person for m in view.mentions if m.person not in hosts) if roll else []
        context.guest_list = None
        return _met(hosts, guests, view, context, fallback)
    item = (
        view.sentence.index == last + 1
        and text.endswith((";", "."))
        and len(text.split()) <= 30
        # "The ceremony took place in the presence of X.": who watched, after the last guest
        and not _WITNESSED.search(text)
    )
    guests = [m.person for m in view.mentions[:1] if m.person not in hosts]
    if not item or not guests:
        context.guest_list = None
        return []
    # Items end in ";"; the last one ends the list with a full stop.
    context.guest_list = (hosts, view.sentence.index) if text.endswith(";") else None
    return _met(hosts, guests, view, context, fallback)


def _met(
    hosts: list[int], guests: list[int], view: SentenceView, context: FactContext, fallback: str | None
) -> list[Fact]:
    if not guests:
        return []
    # Who is present at the ceremony ("The ceremony was attended by X") meets these guests too.
    context.last_sides = (list(hosts), [*context.last_sides[1], *guests])
    return [frame_meeting(context, view, (h, g), "listed", 0, fallback) for h in hosts for g in guests]
