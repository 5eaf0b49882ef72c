"""A style standing alone for a person: "His Highness received the credentials of ...".

Gulf, Malaysian and Bruneian releases name a ruler once in full ("President His Highness Sheikh
X") and then only by the style. The style refers back to the person it was last written before;
with none so far, to the one head of state or crown prince named.
"""

from __future__ import annotations

import re

from ingest.nlp import Sentence
from ingest.people import Mention, PeopleResult

# The style alone: not "His Highness Sheikh X" (a name follows) and not "His Highness the UAE
# President" (the office follows, which the title references resolve). Wires abbreviate it too
# ("H.H. met with President X"), and Bhutan's press names its prime minister by style alone
# ("Lyonchhen held talks with ...").
STYLE_ALONE = re.compile(
    r"(?:\b(?P<style>(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty)|Lyonchhen)\b"
    r"|(?<![\w.])(?P<short>H\.\s?(?:R\.\s?)?[HM]\.))"
    r"(?!\s+(?:the\s+)?[A-Z])(?!['’]s\s+[A-Z])"
)
_STYLE_BEFORE = re.compile(
    r"(?:\b(?:(?:His|Her)\s+(?:Royal\s+)?)?(?P<rank>Highness|Majesty|Lyonchhen)\b"
    r"|(?<![\w.])H\.\s?(?:R\.\s?)?(?P<short>[HM])\.)"
    r"[\w\s.-]{0,40}$"
)
_SHORT_RANK = {"H": "Highness", "M": "Majesty"}


def _rank(style: str | None, short: str | None) -> str:
    """ "Highness", "Majesty" or "Lyonchhen", written out ("His Royal Highness") or abbreviated
    ("H.R.H.", or its last letter as `_STYLE_BEFORE` captures it)."""
    if style:
        return style.split()[-1]
    return _SHORT_RANK[(short or "H").rstrip(".")[-1]]


_RULERS = re.compile(r"\b(?:president|king|queen|emir|amir|sultan|crown\s+prince|sheikh|ruler|emperor)\b")


def style_mentions(
    sentence: Sentence, sentences: list[Sentence], people: PeopleResult, mentions: list[Mention]
) -> list[Mention]:
    """Mentions for each style standing alone in `sentence`, resolved to whom it last styled."""
    found = []
    for ref in STYLE_ALONE.finditer(sentence.text):
        if any(m.start <= ref.start() < m.end for m in mentions):
            continue
        rank = _rank(ref.group("style"), ref.group("short"))
        target = _last_styled(rank, sentence.index, sentences, people)
        if target is None:  # person 0 is the story's first person, not "no one"
            target = _one_ruler(sentence.index, people)
        if target is not None and target not in {m.person for m in mentions}:
            found.append(
                Mention(
                    sentence=sentence.index,
                    start=ref.start(),
                    end=ref.end(),
                    text=ref.group(0),
                    person=target,
                )
            )
    return found


def _last_styled(rank: str, before: int, sentences: list[Sentence], people: PeopleResult) -> int | None:
    """The person named right after the latest "His <rank>" written before this sentence."""
    texts = {s.index: s.text for s in sentences}
    styled = [
        m
        for m in people.mentions
        if m.sentence < before
        and (style := _STYLE_BEFORE.search(texts.get(m.sentence, "")[max(0, m.start - 60) : m.start]))
        and _rank(style.group("rank"), style.group("short")) == rank
    ]
    styled.sort(key=lambda m: (m.sentence, m.start))
    return styled[-1].person if styled else None


def _one_ruler(before: int, people: PeopleResult) -> int | None:
    seen = {m.person for m in people.mentions if m.sentence < before}
    rulers = [
        p.id
        for p in people.persons
        if p.id in seen
        and _RULERS.search((p.title or "").lower())
        and not re.match(r"(?:vice|deputy|former)\b", (p.title or "").lower())
    ]
    return rulers[0] if len(rulers) == 1 else None
