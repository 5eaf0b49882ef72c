"""A delegation whose head is named only in a later sentence.

"A Peruvian delegation arrived in Brasilia on Monday. It is led by Foreign Minister Rosa Vidal."
The first sentence reports the trip of a group noun; the second names who leads it.  The group
noun then stands for its leader, as "the delegation led by X" would, so the travel and meeting
rules read the first sentence as X's.
"""

from __future__ import annotations

import re

from ingest.mentions import Mention
from ingest.nlp import Sentence
from ingest.people import PeopleResult

_GROUP = r"(?:delegation|mission)"
# "It is led by X", "The delegation was headed by X", "The Peruvian delegation is led by X", also
# reported: "In a statement, Kamau said the delegation was led by X".
_LED_BY = re.compile(
    r"^(?:[^.;:]{0,160}?\b(?:said|says|stated|noted|added|explained|announced|wrote)\s+(?:that\s+)?)?"
    rf"(?:(?:The|This|That|Its|Their|His|Her)\s+(?:[\w-]+\s+){{0,3}}?{_GROUP}|It|They)\s+"
    r"(?:was|is|were|are|has\s+been|had\s+been)\s+(?:led|headed)\s+by\b",
    re.IGNORECASE,
)
# "Foreign Minister X led the delegation", "X is heading the delegation".
_LEADS = re.compile(
    rf"\b(?:led|leads|heads|headed|is\s+leading|is\s+heading)\s+the\s+(?:[\w-]+\s+){{0,2}}?{_GROUP}\b"
)
_GROUP_WORD = re.compile(rf"\b{_GROUP}\b", re.IGNORECASE)
_ALREADY_LED = re.compile(r"\b(?:led|headed)\s+by\b|\bleader\b|\bhead\b", re.IGNORECASE)


def delegation_leaders(sentences: list[Sentence], people: PeopleResult) -> list[Mention]:
    """Mentions that make an earlier, leaderless "delegation" stand for the leader named later."""
    found: list[Mention] = []
    for k, sent in enumerate(sentences):
        leader = _leader(sent, people)
        if leader is None:
            continue
        # "It was led by X and included Y": the members it lists made the trip with X.
        listed = _MEMBERS.search(sent.text) if _LED_BY.match(sent.text) else None
        members = [
            m.person
            for m in people.in_sentence(sent.index)
            if listed is not None and m.start >= listed.end() and m.person != leader
        ]
        for earlier in reversed(sentences[max(0, k - 2) : k]):
            word = _GROUP_WORD.search(earlier.text)
            if word is None or _ALREADY_LED.search(earlier.text):
                continue
            found += [
                Mention(
                    sentence=earlier.index,
                    start=word.start(),
                    end=word.end(),
                    text=word.group(0),
                    person=person,
                )
                for person in dict.fromkeys([leader, *members])
            ]
            break
    return found


# "A delegation led by X arrived ..." names the leader the next "the delegation" stands for.
_LED_GROUP = re.compile(rf"\b{_GROUP}\b[^.;:]{{0,120}}?\b(?:led|headed)\s+by\b", re.IGNORECASE)
_MEMBERS = re.compile(r"\b(?:compris\w*|includ\w*|with\s+members)\b", re.IGNORECASE)
_THE_GROUP = re.compile(rf"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){{0,2}}?{_GROUP}\b")


def delegation_references(sentences: list[Sentence], people: PeopleResult) -> list[Mention]:
    """Mentions that make a later "the delegation" stand for its members named earlier: the head
    of "a delegation headed by X", and the members it was "comprising" or "including"."""
    found: list[Mention] = []
    members: list[int] = []
    led_at = -10
    for sent in sentences:
        mentions = people.in_sentence(sent.index)
        led = _LED_GROUP.search(sent.text)
        if led is not None:
            after = [m for m in mentions if m.start >= led.end()]
            if after:
                listed = _MEMBERS.search(sent.text, after[0].end)
                members = [after[0].person] + [
                    m.person for m in after[1:] if listed is not None and m.start >= listed.end()
                ]
                led_at = sent.index
            continue
        it = _IT_THE_GROUP.match(sent.text)
        if it is not None and members and sent.index == led_at + 1:
            # "A delegation led by X left for Y. It was seen off by Z.": "It" is the delegation.
            found += [
                Mention(sentence=sent.index, start=it.start(1), end=it.end(1), text="It", person=p)
                for p in members
            ]
            listing = _MEMBERS.search(sent.text, it.end(1))
            if listing is not None:
                # "It also included A and B": members of the delegation from now on
                members = list(
                    dict.fromkeys([*members, *(m.person for m in mentions if m.start >= listing.end())])
                )
                led_at = sent.index
            continue
        listing = _MEMBERS.search(sent.text)
        group = _THE_GROUP.match(sent.text)
        if members and listing and group and re.match(r"\s*,\s*which\b", sent.text[group.end() :]):
            # "The delegation, which also includes A, arrived on Monday": its head arrived too
            word = _GROUP_WORD.search(sent.text, group.start())
            if word is not None:
                found += [
                    Mention(
                        sentence=sent.index, start=word.start(), end=word.end(), text=word.group(0), person=p
                    )
                    for p in members
                ]
        if not members or _ALREADY_LED.search(sent.text):
            continue
        if listing is not None and group is not None:
            # "The delegation included the Governor of X, Y.": Y is one of the delegation from now on.
            members = list(
                dict.fromkeys([*members, *(m.person for m in mentions if m.start >= listing.end())])
            )
            continue
        for ref in _THE_GROUP.finditer(sent.text):
            word = _GROUP_WORD.search(sent.text, ref.start())
            if word is None or any(m.start < word.end() and word.start() < m.end for m in mentions):
                continue
            found += [
                Mention(sentence=sent.index, start=word.start(), end=word.end(), text=word.group(0), person=p)
                for p in members
            ]
    return found


_IT_THE_GROUP = re.compile(r"\s*(It)\s+(?:was|is|has|had|also|then|later|left|arrived|met|held|visited)\b")


_PAST_THE_HEAD = re.compile(r"\b(?:and|compris\w*|includ\w*)\b|,")


def _leader(sent: Sentence, people: PeopleResult) -> int | None:
    mentions = people.in_sentence(sent.index)
    led = _LED_BY.match(sent.text)
    if led is not None:
        after = [m for m in mentions if m.start >= led.end()]
        # "was led by the State Minister and comprised X": the head is not named; X is a member
        if not after or _PAST_THE_HEAD.search(sent.text[led.end() : after[0].start]):
            return None
        return after[0].person
    leads = _LEADS.search(sent.text)
    if leads is not None:
        before = [m for m in mentions if m.end <= leads.start()]
        return before[-1].person if before else None
    return None
