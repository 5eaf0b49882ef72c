"""A person's state from another's: the one they met, the counterpart they were paired with, the
ministry the article names elsewhere with its state.

Runs inside ingest/states.py after the words next to each name were read, on people still without
a state:
- "A met his counterpart B" in a story of two states: B serves the side A does not;
- A met, called or signed with people of one of the story's two states only: A serves the other;
- "Foreign Ministry spokesperson X" where the article also writes "the Chinese Foreign Ministry"
  (or "China's foreign ministry", "the Ministry of Foreign Affairs of China"): X is Chinese.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.companion_subject import companion_leader
from ingest.countries import country_from_demonym, country_from_name
from ingest.mentions import Mention
from ingest.nlp import Sentence
from ingest.people import Person
from ingest.places import find_places
from ingest.syntax import Parse

_BARE_COUNTERPART = re.compile(r"\b(?:his|her|their|its)\s+counterparts?\s*,?\s*$")
# "with" between the two names: "A held talks with his counterpart B" / "A and his counterpart B".
_TALKS = re.compile(r"\b(?:with|and|met|meets|meeting|called|received|hosted|told|to)\b")


def other_side(code: str | None, main: list[str]) -> str | None:
    if code is None or len(main) != 2 or code not in main:
        return None
    return main[1] if code == main[0] else main[0]


def bare_counterparts(text: str, here: list[Mention], people: list[Person], main: list[str]) -> None:
    """'A met his counterpart B' in a story of two states: the two serve different sides."""
    if len(main) != 2:
        return
    for n, m in enumerate(here):
        found = _BARE_COUNTERPART.search(text[: m.start])
        if not found or n == 0:
            continue
        earlier = [o for o in here[:n] if people[o.person] is not people[m.person]]
        if not earlier or not _TALKS.search(text[earlier[0].end : found.start()]):
            continue
        first, second = people[earlier[0].person], people[m.person]
        if second.country is None:
            second.country = other_side(first.country, main)
        elif first.country is None:
            first.country = other_side(second.country, main)


def posted_to(title: str | None, code: str) -> bool:
    """Whether an office is held in that state, not for it: "Ambassador to Somalia" is no Somali."""
    found = re.search(
        r"\b(?:to|in)\s+(?:the\s+)?(?P<c>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})", title or ""
    )
    if found is None:
        return False
    words = re.sub(r"(?:'s|’s)$", "", found.group("c").strip())
    return (country_from_demonym(words) or country_from_name(words)) == code


def partners(
    people: list[Person],
    pairs: set[tuple[int, int]],
    main: list[str],
    visits: set[tuple[int, str]] | None = None,
) -> None:
    """Who met, called or signed only with one side's people, in a story of two states, is the other side.

    Not who travelled to that other side: the two states named may be two stops of a third state's
    traveller ("visited Germany and Poland"). A state decided here is not used to decide another's, so
    the order of people does not matter.
    """
    if len(main) != 2:
        return
    decided: dict[int, str] = {}
    for person in people:
        if person.country is not None:
            continue
        met = {people[b].country for a, b in pairs if a == person.id} | {
            people[a].country for a, b in pairs if b == person.id
        }
        met.discard(None)
        code = other_side(next(iter(met)), main) if len(met) == 1 else None
        # "Ambassador to X" serves the state that sent them, not X.
        if code and (person.id, code) not in (visits or set()) and not posted_to(person.title, code):
            decided[person.id] = code
    for pid, code in decided.items():
        people[pid].country = code


_MINISTRY_TOPIC = (
    r"foreign(?:\s+affairs)?|external\s+affairs|defen[cs]e|national\s+defen[cs]e|trade|commerce|finance|"
    r"interior|home\s+affairs|justice|economy|energy|health|unification"
)
_STATE = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
# "Foreign Ministry", "Ministry of Foreign Affairs", "Defence Ministry", "Foreign Office" in a title.
_BODY_IN_TITLE = re.compile(
    rf"\b(?:(?P<a>{_MINISTRY_TOPIC})\s+(?:ministry|office)|ministry\s+of\s+(?P<b>{_MINISTRY_TOPIC}))\b",
    re.IGNORECASE,
)


def _topic(words: str) -> str:
    words = " ".join(words.lower().replace("defense", "defence").split())
    return {"foreign affairs": "foreign", "national defence": "defence", "home affairs": "interior"}.get(
        words, words
    )


def _body_pattern(topic: str) -> re.Pattern[str]:
    word = {"foreign": r"foreign(?:\s+affairs)?", "defence": r"(?:national\s+)?defen[cs]e"}.get(
        topic, re.escape(topic).replace(r"\ ", r"\s+")
    )
    return re.compile(
        rf"(?P<pre>{_STATE})(?:'s|’s)?\s+(?:{word})\s+(?:ministry|office)\b|"
        rf"(?P<pre2>{_STATE})(?:'s|’s)?\s+ministry\s+of\s+(?:{word})\b|"
        rf"\bministry\s+of\s+(?:{word})\s+of\s+(?:the\s+)?(?P<post>{_STATE})",
        re.IGNORECASE,
    )


def _named_state(words: str) -> str | None:
    """'the Chinese' / "China's" / 'the Democratic People's Republic of Korea' -> ISO3; the last words
    that name a state ("Beijing's Chinese" aside, a run of capitalised words ends with the state)."""
    parts = re.sub(r"(?:'s|’s)$", "", words.strip()).split()
    for n in range(len(parts)):
        tail = " ".join(parts[n:])
        if code := country_from_demonym(tail) or country_from_name(tail):
            return code
    return None


def ministry_states(sentences: list[Sentence], people: list[Person]) -> None:
    """'Foreign Ministry spokesperson X' serves the state whose foreign ministry the article names."""
    for person in people:
        if person.country is not None or not person.title:
            continue
        found = _BODY_IN_TITLE.search(person.title)
        if found is None:
            continue
        pattern = _body_pattern(_topic(found.group("a") or found.group("b")))
        codes = set()
        for sent in sentences:
            for match in pattern.finditer(sent.text):
                words = match.group("pre") or match.group("pre2") or match.group("post") or ""
                if code := _named_state(words):
                    codes.add(code)
        if len(codes) == 1:
            person.country = codes.pop()


# Who travels with someone serves the same state: "A was accompanied by B and C", "A, accompanied by B,".
_ACCOMPANIED = re.compile(
    r"\b(?:accompanied\s+(?:(?:on|at|in|during|throughout)\s+(?:the\s+|this\s+|his\s+|her\s+)?[\w-]+\s+)?by|(?:his|her|their)\s+delegation\s*,?\s*(?:including|comprising|which\s+included)|"
    r"delegation\s+(?:(?:led|headed)\s+by\s+[^,;.]{0,60}?\s+)?(?:including|comprising))\b",
    re.IGNORECASE,
)
# The companions named first: "A and B, who accompanied C on the trip, sat in": A and B are C's people.
_WHO_ACCOMPANIED = re.compile(
    r",\s*who\s+(?:had\s+|has\s+|have\s+|is\s+|are\s+|was\s+|were\s+)?"
    r"(?:accompanied|accompanies|accompany|accompanying)\s+(?:[A-Z][\w'’.-]*\s+){0,4}$"
)
# What may stand between two companions of one list: "B, C and D", "B and businessman C".
_LIST_GAP = re.compile(r"[^.;:()]{0,60}")
_MEETING_WORDS = re.compile(r"\b(?:met|meet|meets|received|hosted|welcomed|with|talks)\b")
# A messenger carries their own leader's word: "A conveyed the greetings of President B to ...".
_MESSAGE_OF = re.compile(
    r"\b(?:conveyed|conveying|conveys|delivered|delivering|delivers|passed\s+on|handed\s+over|brought|carried)\s+"
    r"(?:(?:the|a|warm|warmest|cordial|best|personal|special|written|verbal)\s+){0,3}"
    r"(?:greetings|message|letter|regards|wishes|invitation)\s+(?:of|from)\s+(?:[A-Z][\w'’.-]*\s+){0,4}$"
)
# The same with the sender's leader as its owner: "A conveyed President B's greetings to ...".
_CONVEYED_NAME = re.compile(
    r"\b(?:conveyed|conveying|conveys|delivered|delivering|delivers|passed\s+on|handed\s+over|brought|carried)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$"
)
_OWNERS_MESSAGE = re.compile(
    r"^['’]s?\s+(?:(?:warm|warmest|cordial|best|personal|special|written|verbal|sincere|fraternal)\s+){0,3}"
    r"(?:greetings|message|letter|regards|wish|wishes|invitation)\b"
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|met|meet|meeting|to|on|received|hosted|welcomed|by)\s+(?:[A-Z][\w'’.-]*\s+|of\s+|for\s+){0,6}$"
)
_SUBJECT_OFFICE = re.compile(
    r"(?:^|[.;,]\s+)\s*[Tt]he\s+(?:(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:minister|president|premier|envoy|ambassador|leader|secretary|delegation)|"
    # "the head of Kyrgyz diplomacy conveyed ...".
    r"head\s+of\s+(?P<of>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+(?:diplomacy|government|state|delegation))"
    r"\s+(?:[a-z]+\s+){0,2}$"
)
# "A's spokesman B", "A's top aide, B": an aide of a named person.
_AIDE = (
    r"(?:spokes(?:man|woman|person)|aide|adviser|advisor|press\s+secretary|chief\s+of\s+staff|envoy|deputy|"
    r"assistant|predecessor|successor)"
)
_OWNER_BEFORE = re.compile(
    rf"(?P<owner>[A-Z][\w'’-]+)(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?{_AIDE},?\s*$", re.IGNORECASE
)
_AIDE_FOR = re.compile(rf"\b(?i:{_AIDE})\s+(?:to|for|of)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{0,5}}$")
_HIS_AIDE = re.compile(rf"\b(?:his|her)\s+(?:[\w-]+\s+){{0,2}}?{_AIDE}\s*,?\s*$", re.IGNORECASE)
# "B, A's spokesman," / "B, spokesman for A," / "B, an aide to A,".
_OWNER_AFTER = re.compile(
    rf"^\s*,\s*(?:(?:the|a|an)\s+)?(?:(?P<owner>[A-Z][\w'’-]+)(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?{_AIDE}|"
    rf"(?:[\w-]+\s+){{0,3}}?{_AIDE}\s+(?:to|for|of)\s+(?:(?:President|Prime\s+Minister|Premier|Chancellor)\s+)?"
    rf"(?:[A-Z][\w'’-]+\s+)*?(?P<owner2>[A-Z][\w'’-]+))\s*[,.;]",
)
_HEAD_OF_GOVERNMENT = re.compile(
    r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Sultan)\b"
)
# "Cardinal A and Minister B signed the agreement", "Minister A and Minister B held talks": an act of
# the two with each other makes them two sides, unless they do it "with" a third ("... met with X").
_TOGETHER_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+){0,2}(?:(?:signed|sign|initialled|exchanged|inked)\b|(?:held|hold|holds)\s+(?:[a-z]+\s+){0,2}"
    r"(?:talks|consultations|discussions)\b|(?:met|meet)(?=\s*(?:[.;,]|$|on\b|in\b|at\b|for\b)))(?![^.;]*\bwith\b)"
)
# "The agreements were signed by Minister A and Minister B".
# "The agreements were signed by Minister A and Minister B"; "signed by then-Presidents A and B": one
# office in the plural names its holders in two states.
_TOGETHER_BEFORE = re.compile(
    r"\b(?:signed|initialled|inked)\s+by\s+[^,;]{0,80}$|"
    r"\b(?:[Tt]hen[\s-]+)?(?:Presidents|Prime\s+Ministers|Premiers|Foreign\s+Ministers|Chancellors|leaders)\s+$"
)
# "A and Foreign Minister B", "the President of X, A, and Minister of Foreign Affairs B", "X's Minister
# of Foreign Affairs, A, and the Minister of Industry, Trade and Investment, B".
_TITLE_RUN = re.compile(
    r"^\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?"
    r"(?P<title>[A-Z][\w'’-]*(?:,?\s+(?:[A-Z][\w'’-]*|of|for|and|the)){0,9}),?\s+$"
)


# "A, Minister of State, and (His Excellency) B": the office is A's own, B the next item of a list.
_OWN_OFFICE_THEN_LIST = re.compile(
    r",\s+and(?:\s+(?:His|Her|Their|Excellency|Excellencies|Highness|Mr|Mrs|Ms|Dr|Sheikh|Sayyid))*$"
)


_LEADER_OFFICE = re.compile(
    r"(?:^|[.;]\s+)\s*[Tt]he\s+(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?i:minister|president|premier|envoy|ambassador|leader|secretary|king|queen|prince|"
    r"head\s+of\s+(?:state|government))\b[^.;:]{0,60}$"
)


def _named_leader(before: str, people: list[Person], me: Person) -> Person | None:
    """The one person whose family name starts the clause before "accompanied by"."""
    found = [
        p
        for p in people
        if p is not me
        and len(p.name.split()) > 1
        and re.match(rf"\s*{re.escape(p.name.split()[-1])}\b", before, re.IGNORECASE)
    ]
    return found[0] if len(found) == 1 else None


def _states_in(parts: list[str], code_of: Callable[[str], str | None]) -> set[str]:
    """The states runs of one to three words name ("New Zealand's", "Ghana's")."""
    return {
        code
        for i in range(len(parts))
        for j in range(i + 1, min(i + 4, len(parts) + 1))
        if (code := code_of(" ".join(parts[i:j])))
    }


def _names_a_state(words: str, code_of: Callable[[str], str | None]) -> bool:
    """Whether a run of title words names a state, in one word or several."""
    return bool(_states_in(words.split(), code_of))


def _state_named(words: str, code_of: Callable[[str], str | None]) -> str | None:
    """The one state a run of title words names ("Ghana's", "the Australian Defence Force")."""
    codes = _states_in(re.findall(r"[\w'’.-]+", words), code_of)
    return codes.pop() if len(codes) == 1 else None


def _owner_of(word: str, people: list[Person], me: Person) -> Person | None:
    owners = [p for p in people if p is not me and any(f.split()[-1] == word for f in p.forms)]
    return owners[0] if len(owners) == 1 else None


def _one_list(gap: str) -> bool:
    """What stands between two people may join one list: "B, C and D", not "B met C"."""
    return _LIST_GAP.fullmatch(gap) is not None and not _MEETING_WORDS.search(gap)


_DEALS_WITH = re.compile(r"\b(?:to|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _went_with(
    text: str, earlier: list[Mention], m: Mention, people: list[Person], code_of: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """ "A and B, who accompanied C on the trip": A and B are C's people; the list stops at a
    meeting word or a state named inside it ("A and New Zealand's B, who accompanied C")."""
    went_with = _WHO_ACCOMPANIED.search(text[: m.start])
    if went_with is None:
        return []
    party = [o for o in earlier if o.end <= went_with.start() and people[o.person] is not people[m.person]]
    if not party or text[party[-1].end : went_with.start()].strip():
        return []
    links = [(party[-1].person, m.person)]
    for prev, nxt in zip(reversed(party[:-1]), reversed(party[1:]), strict=True):
        gap = text[prev.end : nxt.start]
        if not _one_list(gap) or not re.search(r",|\band\b", gap) or _names_a_state(gap, code_of):
            break
        links.append((prev.person, m.person))
    return links


def same_state_links(
    text: str, here: list[Mention], people: list[Person], code_of: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Pairs of people the sentence says serve one state (companions, aides, one side's list).

    People of a side named outright ("From the Chinese side, A and B") get its state from the parse
    (ingest/sides.py, `assign_side_states`), which also reads "The Moldovan delegation included ...".
    """
    links: list[tuple[int, int]] = []
    for n, m in enumerate(here):
        me = people[m.person]
        before = text[: m.start]
        # Companions: the last person named before the last "accompanied by" leads them.
        found = next(reversed(list(_ACCOMPANIED.finditer(before))), None)
        # "Lavrov, accompanied by Ushakov, flew in late Monday; Waltz and Witkoff arrived separately":
        # a new clause after a semicolon is no longer the list of companions.
        if found is not None and not re.search(r"[;:]", before[found.end() :]):
            # The leader is named before the list, or inside "a delegation headed by A and comprising".
            leaders = [o for o in here[:n] if o.end <= found.end() and people[o.person] is not me]
            between = before[found.end() :]
            first = not any(found.end() <= o.start < m.start for o in here[:n])
            # "accompanied by Special Representative for Afghanistan X": whom an envoy deals with
            own_words = _DEALS_WITH.sub("", between)
            named = _state_named(own_words, code_of) if first and not _MEETING_WORDS.search(between) else None
            if named:
                # "toured the castle, accompanied by Ghana's Minister of Tourism, B": a companion whose
                # state the text spells out serves that one, which may be the hosts' escorting a visitor.
                me.country = me.country or named
            elif leaders and not _MEETING_WORDS.search(between):
                links.append((companion_leader(text, leaders).person, m.person))
            elif not leaders and not _MEETING_WORDS.search(between):
                # The leader by office ("The Portuguese minister is accompanied by B"), or by a family
                # name the name finder missed ("Al-Rashid arrived on Monday, accompanied by B").
                office = _LEADER_OFFICE.search(before[: found.start()])
                boss = _named_leader(before[: found.start()], people, me)
                if office and (
                    code := code_of(office.group("adj")) or code_of(office.group("adj").split()[0])
                ):
                    me.country = me.country or code
                elif boss is not None:
                    links.append((boss.id, me.id))
            # Companions of one list serve one state, named leader or not ("The President was
            # accompanied by the Foreign Minister, A, and B").
            listed = [o for o in here[:n] if o.start >= found.end() and people[o.person] is not me]
            if listed and _one_list(text[listed[-1].end : m.start]):
                links.append((listed[-1].person, m.person))
        links += _went_with(text, here[:n], m, people, code_of)
        message = _MESSAGE_OF.search(before) or (
            _CONVEYED_NAME.search(before) if _OWNERS_MESSAGE.match(text[m.end :]) else None
        )
        if message:
            # The sender is the subject right before the verb ("Saidov conveyed"), not "to whom he delivered".
            senders = [o for o in here[:n] if o.end <= message.start() and people[o.person] is not me]
            subject = _SUBJECT_OFFICE.search(before[: message.start()])
            # "held talks with B and handed over a letter from C": B, the object, sent nothing.
            if (
                senders
                and re.fullmatch(r"[^,;]{0,60}", before[senders[-1].end : message.start()])
                and not _OBJECT_BEFORE.search(before[: senders[-1].start])
            ):
                links.append((senders[-1].person, m.person))
            elif subject and (code := code_of(subject.group("adj") or subject.group("of"))):
                # "The Iranian foreign minister conveyed the greetings of President B".
                me.country = me.country or code
            elif (
                n
                and re.search(r"\b(?:he|she)\s+(?:also\s+)?$", before[: message.start()])
                and re.fullmatch(
                    r"\s*(?:(?:Ms|Mr|Mrs|Dr)\.?\s+|[A-Z][\w'’.-]*\s+){0,6}", text[: here[0].start]
                )
                and people[here[0].person] is not me
            ):
                # "Ms A paid a courtesy call on President C, where she delivered a letter from President
                # B": "she" is the sentence's subject, A, not C.
                links.append((here[0].person, m.person))
        # Aides.
        owner = _OWNER_BEFORE.search(before[-80:])
        after = _OWNER_AFTER.match(text[m.end :])
        word = owner.group("owner") if owner else after and (after.group("owner") or after.group("owner2"))
        if word and (boss := _owner_of(word, people, me)):
            links.append((boss.id, me.id))
        elif (
            n
            and re.fullmatch(r"\s*,\s*", text[here[n - 1].end : m.start])
            and _AIDE_FOR.search(text[max(0, here[n - 1].start - 80) : here[n - 1].start])
        ):
            # "A spokesman for Hungarian Prime Minister A, B, said": B is A's aide.
            links.append((here[n - 1].person, me.id))
        elif _HIS_AIDE.search(before[-60:]):
            # "A did not comment, but his spokesman B said": the one person named before is the owner.
            owners = {o.person for o in here[:n] if people[o.person] is not me}
            if len(owners) == 1:
                links.append((owners.pop(), me.id))
        # "Russian President A and Foreign Minister B": a minister listed after a leader, no state of his own.
        if n:
            prev = here[n - 1]
            run = _TITLE_RUN.match(text[prev.end : m.start])
            if (
                run
                and "Minister" in run.group("title")
                # "A, Minister of State, and B, Ambassador of X": A's own office, then the next of a list.
                and not _OWN_OFFICE_THEN_LIST.search(run.group("title"))
                and not _HEAD_OF_GOVERNMENT.search(run.group("title"))
                and not _names_a_state(run.group("title"), code_of)
                and not re.search(r"\bbetween\b|\bwith\b", text[max(0, prev.start - 60) : prev.start])
                and not _TOGETHER_AFTER.match(text[m.end :])
                and not _TOGETHER_BEFORE.search(text[: prev.start])
            ):
                links.append((prev.person, m.person))
    return links


# Verbs of talks whose "with" object is the other side: "A, B and C sat down with D and E".
_TALKS_WITH = frozenset({"meet", "sit", "hold", "talk", "confer", "negotiate"})
_COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})


def co_subject_links(parse: Parse) -> list[tuple[int, int]]:
    """People who sat down together "with" someone are one side: "Secretary of State A, adviser B
    and envoy C sat down with Russian Foreign Minister D" (B and C serve A's state)."""
    links: list[tuple[int, int]] = []
    for tok in parse.tokens:
        if tok.pos != "VERB" or tok.lemma.lower() not in _TALKS_WITH:
            continue
        if not [p for o in parse.pobjs(tok.i, "with") for p in parse.persons_of(o)]:
            continue
        subjects = parse.children(tok.i, "nsubj")
        if any(parse.tokens[s].pos == "PRON" for s in subjects):
            continue  # "HE the Prime Minister ... met": an honorific the parser took for a pronoun
        words = {parse.tokens[t].lower_text() for s in subjects for t in parse.subtree(s)}
        if words & _COUNTERPART_WORDS:
            continue  # "A and his Malaysian counterpart B held talks with C": two sides, not one
        side = [p for s in subjects for p in parse.persons_of(s) if p in parse.named]
        links += list(zip(side, side[1:], strict=False))
    return links


def propagate(links: list[tuple[int, int]], people: list[Person]) -> None:
    """Copy a known state along same-state links to people without one (both ways, to a fixpoint)."""
    changed = True
    while changed:
        changed = False
        for a, b in links:
            first, second = people[a], people[b]
            if first.country and not second.country:
                second.country, changed = first.country, True
            elif second.country and not first.country:
                first.country, changed = second.country, True


# "The delegation included A and B", "The members of the delegation comprised A": a list of one
# delegation's people, told in a sentence of its own.
_DELEGATION_LIST = re.compile(
    r"\b[Tt]he\s+(?:members\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?delegation\b(?:[^.;]{0,120}?\band)?"
    r"(?:\s*,?\s+(?:which|that))?\s+(?:also\s+)?"
    r"(?:included|includes|comprised|comprises|consisted\s+of|consists\s+of|was\s+made\s+up\s+of)\b"
)
# Who leads it, told elsewhere: "a delegation (of Ghana) led by the Foreign Minister, A",
# "A, who led a six-member delegation", "A headed the delegation".
_LED_BY = re.compile(
    r"\bdelegation\s+(?:of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+)?"
    r"(?:(?:is|was|will\s+be)\s+)?(?:led|headed)\s+by\s+(?P<by>[^.;]{0,90})$|"
    r"^\s*It\s+(?:is|was|will\s+be)\s+(?:led|headed)\s+by\s+(?P<it>[^.;]{0,90})$"
)
_LEADS = re.compile(
    r"^\s*(?:,\s*who\s+)?(?:led|leads|headed|heads|was\s+leading|is\s+leading)\s+(?:a|an|the|his|her)\s+"
    r"(?:[\w-]+\s+){0,3}?delegation\b"
)
_DELEGATION_STATE = re.compile(
    r"\b(?:(?P<adj>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:[a-z-]+\s+){0,2}?delegation|delegation\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}))"
)


def delegation_lists(sentences: list[Sentence], mentions: list[Mention], people: list[Person]) -> None:
    """'The delegation included A and B': A and B serve the state of the one delegation the article tells
    of, its leader's ("a delegation led by the Foreign Minister, X") or the one it names ("the Afghan
    delegation"). Two delegations, or leaders of two states: nothing is decided."""
    text = {s.index: s.text for s in sentences}
    lists = {i: found.end() for i, t in text.items() if (found := _DELEGATION_LIST.search(t))}
    # "The Bangladesh delegation included A; the Indian side included B": the list ends where the
    # other side's begins.
    ends = {
        i: (stop.start() if (stop := _LIST_BREAK.search(text[i], at)) else len(text[i]))
        for i, at in lists.items()
    }
    if not lists:
        return
    leaders: set[int] = set()
    named: set[str] = set()
    for m in mentions:
        if m.person < 0:
            continue
        t = text.get(m.sentence, "")
        led = _LED_BY.search(t[: m.start])
        # The first name after "led by" leads; not the names after it ("... by A and includes B").
        if led and any(o.sentence == m.sentence and led.start() <= o.start < m.start for o in mentions):
            led = None
        if led or _LEADS.match(t[m.end :]):
            leaders.add(m.person)
    for t in text.values():
        for found in _DELEGATION_STATE.finditer(t):
            if code := _named_state(found.group("adj") or found.group("of") or ""):
                named.add(code)
    states = {c for p in leaders if (c := people[p].country)} | named
    code = states.pop() if len(states) == 1 else None
    # "The Lao parliamentary delegation, which comprises A, B and C": a list that names its own
    # delegation's state needs no other clue, however many delegations the story tells of.
    own = {
        i: found_state
        for i, at in lists.items()
        if (lead := _DELEGATION_STATE.search(text[i][:at]))
        and (found_state := _named_state(lead.group("adj") or lead.group("of") or ""))
    }
    for m in mentions:
        if m.person < 0 or m.person in leaders or m.sentence not in lists or m.start < lists[m.sentence]:
            continue
        state = own.get(m.sentence, code)
        if state is None:
            continue
        if m.start >= ends[m.sentence]:
            continue
        person = people[m.person]
        # The list says outright whose people they are: it overrides a state only inferred from whom
        # they met or where the story was filed, never one the words next to the name give.
        _override_inferred(person, state, inferred=True)


_LIST_BREAK = re.compile(r";|\b(?:while|whereas)\b")


def _override_inferred(person: Person, code: str, inferred: bool) -> None:
    """Give `person` the state `code` unless the words next to their name already gave one."""
    if person.country is None or person.country_inferred:
        person.country, person.country_inferred = code, inferred


# "A delegation of the Ministry of Foreign Affairs of Laos arrived here. It is led by X": the leader,
# told in the next sentence, serves the state the delegation is of.
_IT_IS_LED = re.compile(
    r"^\s*(?:It|The\s+delegation)\s+(?:is|was|will\s+be)\s+(?:led|headed)\s+by\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,5}$"
)
_DELEGATION_NOUN = re.compile(
    r"\bdelegation\b(?P<rest>[^,;]*?)(?=\b(?:arrived|left|departed|visited|is|was|will|"
    r"has|had|came|returned|led|headed)\b|[,;]|$)"
)


# "a delegation from China, headed by Assistant Foreign Minister X": the leader in the same sentence.
_LED_HERE = re.compile(
    r"\bdelegation\b[^.;]{0,80}?\b(?:led|headed)\s+by\s+(?:the\s+)?"
    # "led by the Principal Secretary of the State Department for Foreign Affairs, X": a long office
    r"(?:(?:[A-Za-z-]+\s+){0,5}|(?:(?:[A-Z][\w'’-]*|of|the|for|and)\s+){0,10}(?:[A-Z][\w'’-]*,\s+))$"
)
# "Among the delegation accompanying the Mauritanian President are A and B".
_ACCOMPANYING = re.compile(
    r"\bdelegation\s+accompanying\s+(?P<who>[^,;.]{0,60}?)\s*,?\s+(?:are|were|is|was|included|includes|"
    r"including|comprised|comprises)\b"
)


# "Chairman X and a high-ranking delegation of the Vietnamese legislature left ...", "X, leading a
# delegation from Laos, ...": the delegation X came with is of X's own state.
_AND_HIS_DELEGATION = re.compile(
    r"\s*(?:and|,\s*(?:leading|heading|at\s+the\s+head\s+of))\s+(?:a|an|the|his|her)\s+"
    r"(?:[\w-]+\s+){0,3}?delegation\s+(?:of|from)\s+"
)


def _one_state(sentence: Sentence, lo: int, hi: int) -> str | None:
    """The one state (a country or demonym, not a city) named between lo and hi, else None."""
    codes = {
        p.country
        for p in find_places(sentence)
        if not p.is_city and lo <= p.start < hi and not _DESTINATION.search(sentence.text[lo : p.start])
    }
    return codes.pop() if len(codes) == 1 else None


# "a delegation to Japan", "the delegation visiting Kenya": where it goes, not whose it is.
_DESTINATION = re.compile(
    r"\b(?:to|in|into|at|for|visiting|with|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE
)


_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?=[^.;,]{0,50}$)")


def _noun_phrase_start(text: str, at: int) -> int:
    """Where the noun phrase of the word at `at` opens: after its article ("a Chinese government
    delegation"), so that "Kenya's President received a delegation" does not lend the delegation Kenya."""
    ends = [found.end() for found in _DETERMINER.finditer(text[:at])]
    return ends[-1] if ends else at


def delegation_leaders(sentences: list[Sentence], mentions: list[Mention], people: list[Person]) -> None:
    """A delegation's leader, or its people, serve the one state named in the words of the delegation:
    "A delegation of <state's body> arrived ... It is led by X" (the sentence before), "a delegation from
    China, headed by X" (the same sentence), "the delegation accompanying the Mauritanian President are
    A and B". Over a state only inferred, never over one the words next to the name give."""
    before = {sent.index: prev for prev, sent in zip(sentences, sentences[1:], strict=False)}
    by_index = {s.index: s for s in sentences}
    for m in mentions:
        sent = by_index.get(m.sentence)
        if m.person < 0 or sent is None:
            continue
        head = sent.text[: m.start]
        prev = before.get(m.sentence)
        code = None
        if prev is not None and _IT_IS_LED.match(head) and (noun := _DELEGATION_NOUN.search(prev.text)):
            code = _one_state(prev, _noun_phrase_start(prev.text, noun.start()), noun.end())
        elif here := _LED_HERE.search(head):
            code = _one_state(sent, _noun_phrase_start(sent.text, here.start()), here.end())
        elif (along := _ACCOMPANYING.search(head)) and re.fullmatch(r"[^.;]*", head[along.end() :]):
            code = _one_state(sent, along.start("who"), along.end("who"))
        elif own := _AND_HIS_DELEGATION.match(sent.text, m.end):
            code = _one_state(sent, own.end(), min(len(sent.text), own.end() + 60))
        if code:
            _override_inferred(people[m.person], code, inferred=True)


# "Angola was represented by Minister A and Minister B", "the Kenyan government was represented by A":
# the list after it, up to the end of its clause, serves that state.
_REPRESENTED_BY = re.compile(
    r"(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:\s+(?:government|side|delegation))?"
    # "Hungary, which has observer status in the organisation, was represented by A".
    r"(?:,\s+(?:which|who)\s+[^,;.]{0,80},)?\s+"
    r"(?:was|were|is|are|will\s+be|had\s+been|has\s+been)\s+(?:also\s+)?represented\s+by\s+"
)
_CLAUSE_END = re.compile(
    r";|\.\s|\.$|,\s+(?:while|whereas|and\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:was|were|by))\b"
)


def represented_by(sentences: list[Sentence], mentions: list[Mention], people: list[Person]) -> None:
    """'Angola was represented by A and B': A and B serve Angola (over a state only inferred)."""
    text_of = {s.index: s.text for s in sentences}
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for index, text in text_of.items():
        for found in _REPRESENTED_BY.finditer(text):
            code = _named_state(found.group("state"))
            if code is None:
                continue
            end = _CLAUSE_END.search(text, found.end())
            spans.setdefault(index, []).append((found.end(), end.start() if end else len(text), code))
    for m in mentions:
        for lo, hi, code in spans.get(m.sentence, []):
            if m.person >= 0 and lo <= m.start < hi:
                # The words say it of this list: a stated state, not an inferred one.
                _override_inferred(people[m.person], code, inferred=False)


# "He is accompanied by A and B" / "She was accompanied on the trip by A": companions of the one the
# sentence before was about.
_PRONOUN_ACCOMPANIED = re.compile(
    r"^\s*(?:He|She)\s+(?:(?:is|was|will\s+be|has\s+been|had\s+been)\s+)?(?:also\s+)?accompanied\s+"
    r"(?:(?:on|at|in|during|throughout)\s+(?:the\s+|this\s+|his\s+|her\s+)?[\w-]+\s+)?by\b"
)
# "The President of Tajikistan arrived ..." / "The Tajik President arrived ...": the subject by office.
_OFFICE_SUBJECT = re.compile(
    r"^\s*[Tt]he\s+(?:(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:President|Prime\s+Minister|Premier|Minister|King|Emir|Sultan|Chancellor|Vice\s+President)"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?\s+(?:[a-z]+\s+)?"
    r"(?:arrived|left|travelled|traveled|flew|landed|is|was|began|begins|paid|pays|visited|will)\b"
)


_COMPANION_GAP = re.compile(
    r"(?:\s*,?\s*(?:and\s+)?)?\s*(?:(?:[A-Z][\w'’.-]*|of|for|the|and|on)\s+){0,12}(?:[A-Z][\w'’.-]*\s*)?"
)


def pronoun_companions(
    sentences: list[Sentence],
    by_sentence: dict[int, list[Mention]],
    people: list[Person],
    code_of: Callable[[str], str | None],
) -> list[tuple[int, int]]:
    """ "Gao arrived in Nairobi on Monday. He was accompanied on the trip by Minister Wang": the
    companions serve the state of the one the sentence before opened on (a person, or an office of a
    named state: "The President of Tajikistan arrived ... He is accompanied by A")."""
    links: list[tuple[int, int]] = []
    for prev, sent in zip(sentences, sentences[1:], strict=False):
        found = _PRONOUN_ACCOMPANIED.match(sent.text)
        if found is None:
            continue
        # The list right after "by": "A and Chairman of the Committee B", not "who joined her at the
        # talks with C".
        companions: list[Mention] = []
        for m in sorted(by_sentence.get(sent.index, []), key=lambda m: m.start):
            gap = sent.text[companions[-1].end if companions else found.end() : m.start]
            if m.start >= found.end() and _COMPANION_GAP.fullmatch(gap):
                companions.append(m)
            elif companions:
                break
        if not companions:
            continue
        opening = sorted(by_sentence.get(prev.index, []), key=lambda m: m.start)
        subject = _OFFICE_SUBJECT.match(prev.text)
        if opening and re.fullmatch(r"\s*(?:[A-Z][\w'’.-]*\s+){0,6}", prev.text[: opening[0].start]):
            # The sentence before opens on a name (its title before it).
            links += [(opening[0].person, m.person) for m in companions]
        elif subject and (code := code_of(subject.group("of") or subject.group("adj") or "")):
            for m in companions:
                person = people[m.person]
                person.country = person.country or code
    return links
