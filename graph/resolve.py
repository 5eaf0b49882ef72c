"""Who is who: people within one article, and across articles.

Rules (issues 3 and 8), each recorded on the mention as `why`:
- full names that fold to the same letters, or the same words in another
  order ("KISHIDA Fumio" = "Fumio Kishida"), are one person, forms of
  address, initials and patronymics aside, even when articles disagree on
  the state (extraction assigns states noisily; the majority wins); two
  names with different middle initials ("George H. W. Bush", "George W.
  Bush") are not;
- spelling variants of a romanisation (Andrei/Andrey, Zelensky/Zelenskyy,
  Choe/Choi) are one person unless their states differ;
- a bare one-word name refers, within its article, to the one full name it
  starts or ends; otherwise, across articles, to the one full-name person
  whose family name it is and who is compatible: not another state, and
  the same office seen within a few years, or the same state when the
  article names no office.  No compatible person, or several: it stays a
  person of its own, scoped to its article;
- an actor dictionary's entries (`actors import`) are distinct people; an
  analyst's split or merge (`people split/merge`) is kept as `claims` and
  `apart` on a mention that no article's re-ingest removes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from graph.keys import (
    bare_token,
    exact_key,
    fold,
    initials_form,
    is_full_name,
    name_parts,
    name_tokens,
    order_key,
    person_slug,
    royal_name,
    short_hash,
    shorter_name,
    surname_keys,
    tokens,
    translit_key,
    variant_token,
)
from graph.model import Mention, Person, TitleSeen
from graph.names import not_a_person, same_office, sole_office
from graph.namesakes import PATRONYMIC_PARTICLES, same_spelling_in_order, same_words_in_order, written_apart
from ingest.schema import ExtractionRecord

# Article ids of the mentions that are not from articles, and the note on a dictionary's mention.
DICTIONARY = "actor-dictionary"
CORRECTIONS = "analyst-corrections"
ACTOR_NOTE = "actor dictionary"
# States whose names are written family name first ("Kim Jong Un", "Xi Jinping", "Pham Minh Chinh").
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM"})
# How far apart two reports of one office may be and still be one tenure (years).
OFFICE_YEARS = 4


@dataclass
class PersonEntry:
    """One person as one article names them, before resolution."""

    name: str
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    country_inferred: bool = False

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


def name_keys(names: list[str]) -> tuple[list[str], list[str]]:
    """(exact and word-order keys, spelling-variant keys) of the full names."""
    full = [n for n in names if is_full_name(n)]
    exact = {exact_key(n) for n in full} | {k for n in full if (k := order_key(n))}
    variant = {k for n in full if (k := translit_key(n)) is not None}
    return sorted(exact), sorted(variant)


def short_form_keys(names: list[str]) -> list[str]:
    """Keys by which a shorter form of a full name and the name find each other (see `short_form_of`):
    'i:' first initial and family name ('K. Tokayev', 'Kassym-Jomart Tokayev' -> i:k:tokaev),
    'm:' first given name and family name ('Maria Lopez', 'Maria Elena Lopez Garcia' -> m:maria:lopez,
    and for four words or more the second last, an Iberian first family name: m:maria:garcia too)."""
    found = set()
    for name in names:
        if not is_full_name(name):
            continue
        parts = name_tokens(name)
        found.add(f"i:{parts[0][0]}:{variant_token(parts[-1])}")
        if initials_form(name) is None:
            first = variant_token(parts[0])
            found.add(f"m:{first}:{variant_token(parts[-1])}")
            if len(parts) >= 4:
                found.add(f"m:{first}:{variant_token(parts[-2])}")
    return sorted(found)


def _longer_keys(names: list[str]) -> list[str]:
    """Keys a name with one more given name in front carries, to be found by the shorter name."""
    return sorted({"d:" + "".join(short) for n in names if is_full_name(n) and (short := shorter_name(n))})


def royal_keys(names: list[str]) -> list[str]:
    """'King Charles' and 'Prince Charles' -> 'r:charles': the name under a royal title."""
    return sorted({"r:" + found[0] for n in names if (found := royal_name(n))})


def lookup_keys(names: list[str]) -> list[str]:
    """Keys of the stored persons these names may be: by name for full names, by surname for bare ones."""
    royal = royal_keys(names)
    if royal:
        return royal + _lookup_keys(names)
    return _lookup_keys(names)


def _lookup_keys(names: list[str]) -> list[str]:
    exact, variant = name_keys(names)
    if exact:
        full = [n for n in names if is_full_name(n)]
        shorter = {"n:" + "".join(short) for n in full if (short := shorter_name(n))} | set(
            _lineage_keys(full)
        )
        longer = {"d:" + "".join(name_tokens(n)) for n in full}
        return exact + variant + sorted(shorter | longer | set(short_form_keys(full)))
    token = next((t for n in names if (t := bare_token(n))), None)
    return [f"s:{variant_token(token)}", f"b:{variant_token(token)}"] if token else []


def collect_people(
    record: ExtractionRecord,
) -> tuple[list[PersonEntry], dict[str, PersonEntry], dict[str, str]]:
    """The article's people, a map from every folded name they go by, and the names that are not people.

    Names used only in facts become entries too; a one-word name that ends or
    starts exactly one multi-word name of the article refers back to it.
    """
    entries: list[PersonEntry] = []
    by_name: dict[str, PersonEntry] = {}
    rejected: dict[str, str] = {}
    for rec in record.persons:
        if reason := not_a_person(rec.name):
            rejected[fold(rec.name)] = reason
            continue
        rec = rec.model_copy(update={"aliases": [a for a in rec.aliases if not _parent_of(rec.name, a)]})
        known = next((by_name[fold(n)] for n in [rec.name, *rec.aliases] if fold(n) in by_name), None)
        if known is None:
            known = PersonEntry(
                rec.name, list(rec.aliases), rec.title, rec.country, rec.organization, rec.country_inferred
            )
            entries.append(known)
        else:
            known.aliases.extend(a for a in [rec.name, *rec.aliases] if a not in known.names)
            known.title = known.title or rec.title
            if known.country is None and rec.country:
                known.country, known.country_inferred = rec.country, rec.country_inferred
            known.organization = known.organization or rec.organization
        for n in known.names:
            by_name.setdefault(fold(n), known)
    for fact in record.facts:
        for n in [*(fact.persons or []), *(fact.parties or []), *([fact.person] if fact.person else [])]:
            if not fold(n) or fold(n) in by_name or fold(n) in rejected:
                continue
            if reason := not_a_person(n):
                rejected[fold(n)] = reason
                continue
            entry = PersonEntry(n)
            entries.append(entry)
            by_name[fold(n)] = entry
    # Bare surnames refer back to the one full name they belong to, if exactly one.
    for entry in list(entries):
        token = bare_token(entry.name)
        if token is None or entry.aliases:
            continue
        owners = [
            e
            for e in entries
            if e is not entry and is_full_name(e.name) and variant_token(token) in _ends(e.name)
        ]
        if len(owners) == 1:
            owner = owners[0]
            owner.title = owner.title or entry.title
            if owner.country is None and entry.country:
                owner.country, owner.country_inferred = entry.country, entry.country_inferred
            by_name[fold(entry.name)] = owner
            entries.remove(entry)
    _host_states(record, by_name)
    return entries, by_name, rejected


def _host_states(record: ExtractionRecord, by_name: dict[str, PersonEntry]) -> None:
    """An official of no stated state who met a visitor to a country, in that country, is its host.

    "Blinken, on a visit to China, held talks with Foreign Minister Qin Gang in Beijing": Qin Gang
    serves China.  Only for people with an office who did not travel themselves, and only when
    every such meeting points to the same state.
    """
    visits = {(id(by_name[fold(f.person)]), f.country) for f in record.facts
              if f.type == "VISITED" and f.person and fold(f.person) in by_name}  # fmt: skip
    travellers = {who for who, _ in visits}
    hosts: dict[int, set[str]] = {}
    entries = {id(e): e for e in by_name.values()}
    for fact in record.facts:
        if fact.type not in ("MET", "CALLED") or not fact.country or fact.status != "happened":
            continue
        pair = [id(by_name[fold(n)]) for n in fact.persons or [] if fold(n) in by_name]
        for me, other in (pair, pair[::-1]) if len(pair) == 2 else ():
            if (other, fact.country) in visits and me not in travellers:
                hosts.setdefault(me, set()).add(fact.country)
    for key, states in hosts.items():
        entry = entries[key]
        if entry.title and not entry.country and len(states) == 1:
            entry.country, entry.country_inferred = next(iter(states)), True


def _ends(name: str) -> tuple[str, str]:
    parts = name_tokens(name)
    return variant_token(parts[0]), variant_token(parts[-1])


@dataclass
class Profile:
    """What resolution compares: a stored person, or one article's entry."""

    id: str | None
    names: list[str]
    country: str | None
    titles: list[tuple[str, dt.date | None]]
    anchored: bool = False  # an actor dictionary's entry
    apart: frozenset[str] = frozenset()
    # Offices with dates from the actor dictionary: (office, start, end).
    periods: list[tuple[str, dt.date | None, dt.date | None]] = field(default_factory=list)
    # The state is only inferred (a counterpart, a companion, the home side, the one state in play):
    # it may confirm a match but never blocks one.
    soft: bool = False

    @property
    def full(self) -> bool:
        return any(is_full_name(n) for n in self.names)


def entry_profile(entry: PersonEntry, published: dt.date | None) -> Profile:
    titles = [(entry.title, published)] if entry.title else []
    return Profile(None, entry.names, entry.country, titles, soft=entry.country_inferred)


def person_profile(person: Person) -> Profile:
    anchors = [g for g in person.tally if g.periods or g.why == ACTOR_NOTE]
    titles = [(t.title, t.date) for t in person.titles if t.article_id != DICTIONARY]
    titles += [(t.title, t.last_date) for t in person.titles if t.last_date and t.article_id != DICTIONARY]
    return Profile(
        id=person.id,
        names=[person.name, *person.aliases],
        country=person.country,
        titles=titles,
        anchored=bool(anchors),
        apart=frozenset(a for g in person.tally for a in g.apart),
        periods=[p for g in anchors for p in periods_of(g.periods)],
        soft=not anchors and not _stated(person),
    )


def _clash(a: Profile, b: Profile) -> bool:
    """Two states that rule a match out: both given, different, and neither only inferred."""
    return bool(a.country and b.country and a.country != b.country and not a.soft and not b.soft)


def _kept_apart(a: Profile, b: Profile) -> bool:
    return bool((a.id and a.id in b.apart) or (b.id and b.id in a.apart) or (a.anchored and b.anchored))


def same_person(a: Profile, b: Profile) -> str | None:
    """Why two full-name profiles are one person, or None."""
    if not (a.full and b.full) or _kept_apart(a, b) or written_apart(a.names, b.names):
        return None
    if _regnal_apart(a.names, b.names):
        return None
    exact_a, variant_a = name_keys(a.names)
    exact_b, variant_b = name_keys(b.names)
    shared = set(exact_a) & set(exact_b)
    if any(k.startswith("n:") for k in shared):
        return "same name"
    # Keys sort the words; only a rotation is the same name ("Hamad bin Tamim" is Tamim bin Hamad's son).
    if shared and same_words_in_order(a.names, b.names):
        return "same name in another word order"
    if set(variant_a) & set(variant_b) and not _clash(a, b) and same_spelling_in_order(a.names, b.names):
        state = f", same state {a.country}" if a.country and a.country == b.country else ""
        return "spelling variant of the same name" + state
    if not _clash(a, b) and (_one_more(a, b) or _one_more(b, a)):
        return "the same name with one more given name"
    if not _clash(a, b) and (
        set(_lineage_keys(a.names)) & set(exact_b) or set(_lineage_keys(b.names)) & set(exact_a)
    ):
        return "the same name with the lineage written out"
    if a.country and a.country == b.country and _same_royal(a.names, b.names):
        return f"the same name under another royal title (titles change over a life), same state {a.country}"
    return None


def _regnal_apart(a: list[str], b: list[str]) -> bool:
    """Both give a regnal number, never the same ('King Idris II' / 'King Idris III')."""
    mine = {num for n in a if (r := royal_name(n)) and (num := r[1])}
    theirs = {num for n in b if (r := royal_name(n)) and (num := r[1])}
    return bool(mine and theirs and not mine & theirs)


def _same_royal(a: list[str], b: list[str]) -> bool:
    """'Prince Charles' and 'King Charles III': one given name; regnal numbers, where both give one, agree."""
    mine = [r for n in a if (r := royal_name(n))]
    theirs = [r for n in b if (r := royal_name(n))]
    if not mine or not theirs:
        return False
    numerals = {num for _, num in mine + theirs if num}
    return len(numerals) <= 1 and {g for g, _ in mine} & {g for g, _ in theirs} != set()


# A shorter or less specific form of a name ("J. Smith", "Maria Lopez", "King Abdullah", a one-word
# name) joins a fuller one only when it fits no other compatible person: every such reason ends so.
ONLY_FIT = "the one person it fits"


def only_if_unique(why: str | None) -> bool:
    """A reason that holds only when no other compatible person fits the shorter form."""
    return bool(why and why.endswith(ONLY_FIT))


def short_form_of(short: Profile, full: Profile) -> str | None:
    """Why `short` may name, less fully, the person `full` is (a reason ending in ONLY_FIT), or None.

    The caller checks that `full` is the only compatible person `short` fits.  Never across two
    stated states, different middle initials or patronymics, or two different offices that one
    person alone holds, held at the same time (a President and a Foreign Minister are two people).
    """
    if not (short.full and full.full) or _kept_apart(short, full) or _clash(short, full):
        return None
    if written_apart(short.names, full.names) or _other_sole_office(short, full):
        return None
    # Every full name the shorter person goes by fits: a person already known as "Kassym-Jomart
    # Tokayev" and "K. Tokayev" is no shorter form of a "Karim Tokayev".
    # A name that only adds words in front of a fitting one ("Hashemite King Abdullah" beside "King
    # Abdullah", a word of the sentence read into the name) does not count against it.
    theirs = set(name_keys(full.names)[0]) | set(name_keys(full.names)[1])
    fits = {n: _short_fit(n, short, full) for n in short.names if is_full_name(n)}
    ends = [tokens(n) for n, why in fits.items() if why]
    for name, why in fits.items():
        if why or set(name_keys([name])[0]) & theirs or set(name_keys([name])[1]) & theirs:
            continue
        parts = tokens(name)
        if not any(len(end) < len(parts) and parts[-len(end) :] == end for end in ends):
            return None
    return next((why for why in fits.values() if why), None)


def _short_fit(name: str, short: Profile, full: Profile) -> str | None:
    if _initials_of([name], full.names):
        return f"initials of {full.names[0]}, {ONLY_FIT}"
    if not (_family_first(short) or _family_first(full)) and _without_middle([name], full.names):
        return f"{full.names[0]} without the middle names, {ONLY_FIT}"
    if bool(short.country) != bool(full.country) and _royal_short([name], full.names):
        return f"the same name under a royal title, one state given, {ONLY_FIT}"
    return None


def _initials_of(short: list[str], full: list[str]) -> bool:
    """'K. Tokayev' / 'Kassym-Jomart Tokayev', 'U.Khurelsukh' / 'Ukhnaagiin Khurelsukh': the initials
    are the first letters of the first given names, the rest the last words of the full name."""
    for name in short:
        form = initials_form(name)
        if form is None:
            continue
        letters, rest = form
        ends = [variant_token(t) for t in rest]
        for other in full:
            if not is_full_name(other) or initials_form(other) is not None:
                continue
            parts = name_tokens(other)
            if len(parts) < len(letters) + len(rest):
                continue
            if [variant_token(t) for t in parts[-len(rest) :]] != ends:
                continue
            if all(parts[i][0] == letter for i, letter in enumerate(letters)):
                return True
    return False


def _without_middle(short: list[str], full: list[str]) -> bool:
    """'Bola Tinubu' / 'Bola Ahmed Tinubu', 'Maria Lopez' / 'Maria Elena Lopez Garcia': the first
    given name and the family name (the last word, or for four words or more the second last, the
    first of two Iberian family names).  Not for lineages ("bin"): 'Mohammed Salman' is not
    'Mohammed bin Salman'."""
    for name in short:
        if not is_full_name(name) or initials_form(name) is not None or _has_particle(name):
            continue
        mine = [variant_token(t) for t in name_tokens(name)]
        if len(mine) != 2:
            continue
        for other in full:
            if not is_full_name(other) or initials_form(other) is not None or _has_particle(other):
                continue
            theirs = [variant_token(t) for t in name_tokens(other)]
            if len(theirs) < 3 or theirs[0] != mine[0]:
                continue
            if mine[1] == theirs[-1] or (len(theirs) >= 4 and mine[1] == theirs[-2]):
                return True
    return False


def _has_particle(name: str) -> bool:
    return any(p in PATRONYMIC_PARTICLES for p in name_parts(name))


def _family_first(profile: Profile) -> bool:
    """Names written family name first (a state that does, or a family name in capitals): their first
    and last words are not a given name and a family name."""
    if profile.country in FAMILY_FIRST:
        return True
    return any((w := n.split()) and len(w[0]) > 1 and w[0].isupper() for n in profile.names)


def _royal_short(short: list[str], full: list[str]) -> bool:
    """'King Abdullah' / 'Abdullah II bin Al-Hussein': one given name, and the shorter gives no other
    regnal number."""
    if not _same_royal(short, full):
        return False
    mine = {num for n in short if (r := royal_name(n)) and (num := r[1])}
    theirs = {num for n in full if (r := royal_name(n)) and (num := r[1])}
    return mine <= theirs


# Two dates of titles this close are the same time (the date of a title is its article's).
_SAME_TIME_DAYS = 31


def _other_sole_office(a: Profile, b: Profile) -> bool:
    """Each holds, at the same time, another office that has one holder (President / Foreign Minister)."""
    for ta, da in a.titles:
        office = sole_office(ta)
        if office is None:
            continue
        for tb, db in b.titles:
            other = sole_office(tb)
            same_time = da is None or db is None or abs((da - db).days) <= _SAME_TIME_DAYS
            if other and other != office and same_time:
                return True
    return False


def same_sole_office(a: Profile, b: Profile) -> str | None:
    """Two one-word names ('Haryanto') of one stated state holding the same office that has one holder,
    within OFFICE_YEARS: one person, when no other fits (the caller checks)."""
    if a.full or b.full or _kept_apart(a, b) or a.soft or b.soft or not a.country or a.country != b.country:
        return None
    mine = {variant_token(t) for n in a.names if (t := bare_token(n))}
    if not mine or not mine & {variant_token(t) for n in b.names if (t := bare_token(n))}:
        return None
    for ta, da in a.titles:
        office = sole_office(ta)
        if office and any(sole_office(tb) == office and _near(da, db) for tb, db in b.titles):
            return f"the same one-word name, state {a.country} and office ({office}), {ONLY_FIT}"
    return None


def _lineage_keys(names: list[str]) -> list[str]:
    """'Mohammed bin Salman bin Abdulaziz Al Saud' -> 'n:mohammedbinsalman': up to its second "bin"."""
    found = set()
    for name in names:
        parts = tokens(name)
        for j, p in enumerate(parts):
            if p in PATRONYMIC_PARTICLES and j >= 3 and any(q in PATRONYMIC_PARTICLES for q in parts[1:j]):
                found.add("n:" + "".join(parts[:j]))
    return sorted(found)


def _one_more(long: Profile, short: Profile) -> bool:
    shorts = {tuple(name_tokens(n)) for n in short.names if is_full_name(n)}
    return any(
        tuple(s) in shorts
        for n in long.names
        if is_full_name(n) and (s := shorter_name(n)) and s[0] not in PATRONYMIC_PARTICLES
    )


def _parent_of(name: str, alias: str) -> bool:
    """An alias that is the father's name inside a patronymic ("... bin Salman bin Abdulaziz")."""
    parts, other = tokens(name), tokens(alias)
    return any(
        p in PATRONYMIC_PARTICLES and parts[i + 1 :][: len(other)] == other and len(other) >= 2
        for i, p in enumerate(parts)
    )


def _family_names(full: Profile) -> set[str]:
    found = set()
    for name in full.names:
        if not is_full_name(name):
            # A short name this person is already known by ("Lula").
            token = bare_token(name)
            found |= {variant_token(token)} if token else set()
            continue
        parts = name_tokens(name)
        found.add(variant_token(parts[-1]))
        written = name.split()
        if full.country in FAMILY_FIRST or (written and len(written[0]) > 1 and written[0].isupper()):
            found.add(variant_token(parts[0]))
    return found


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs(a.year - b.year) <= OFFICE_YEARS


def surname_of(bare: Profile, full: Profile) -> str | None:
    """Why a bare name is this full-name person (not yet checking that no one else fits), or None."""
    token = next((t for n in bare.names if (t := bare_token(n))), None)
    if token is None or not full.full or _kept_apart(bare, full):
        return None
    if variant_token(token) not in _family_names(full):
        return None
    if _clash(bare, full):
        return None
    offices = full.titles + [(t, s) for t, s, _ in full.periods]
    same_job = any(same_office(bt, ft) and _near(bd, fd) for bt, bd in bare.titles for ft, fd in offices)
    if bare.titles and offices and not same_job:
        return None  # an office this person was not seen holding
    if same_job:
        return f"family name of {full.names[0]}, same office within {OFFICE_YEARS} years"
    if bare.country and bare.country == full.country:
        return f"family name of {full.names[0]}, same state {full.country}"
    return None


def _fits_period(entry: Profile, person: Profile) -> bool:
    """The entry's office and date fall in one of the dictionary's periods for this person."""
    for title, seen in entry.titles:
        for office, start, end in person.periods:
            if (
                seen
                and same_office(title, office)
                and (start is None or start <= seen)
                and (end is None or seen <= end)
            ):
                return True
    return False


def _stated(person: Person) -> set[str]:
    return {g.country for g in person.tally if g.country and not g.country_inferred}


def _apart(mine: set[str], theirs: set[str], my_titles: list[str], their_titles: list[str]) -> bool:
    """Each side's articles state a state, never the same one, and no office of one is an office of
    the other (a Kim who is a DPRK director-general is not a Kim who is a Korean minister)."""
    if not mine or not theirs or mine & theirs or not my_titles or not their_titles:
        return False
    return not any(same_office(a, b) for a in my_titles for b in their_titles)


def namesakes(a: Person, b: Person) -> bool:
    """Two stored persons of one name who are two people (see `_apart`)."""
    return _apart(_stated(a), _stated(b), [t.title for t in a.titles], [t.title for t in b.titles])


def _namesakes(entry: PersonEntry, person: Person) -> bool:
    mine = {entry.country} if entry.country and not entry.country_inferred else set()
    titles = [entry.title] if entry.title else []
    return _apart(mine, _stated(person), titles, [t.title for t in person.titles])


def match_person(
    entry: PersonEntry, candidates: list[Person], published: dt.date | None, article_id: str
) -> tuple[Person, str] | None:
    """The stored person this entry is, and why; None for a new person."""
    mine = entry_profile(entry, published)
    # A person this article's previous version named has lost its mentions here, not its names.
    live = candidates
    claimed = [c for c in live if any(article_id in g.claims for g in c.tally)]
    if claimed:
        return claimed[0], "an analyst's correction"
    found: list[tuple[tuple[object, ...], Person, str]] = []
    for c in live:
        theirs = person_profile(c)
        if mine.full:
            why = same_person(mine, theirs) or short_form_of(mine, theirs)
        else:
            why = surname_of(mine, theirs) or same_sole_office(mine, theirs)
        if why is None or _namesakes(entry, c):
            continue
        rank = (
            not _fits_period(mine, theirs),
            only_if_unique(why),
            "variant" in why,
            c.country != entry.country,
            -c.article_count,
            c.id,
        )
        found.append((rank, c, why))
    if not found:
        return None
    found.sort(key=lambda item: item[0])
    if found[0][2].startswith("the same name with one more") and len({f[1].id for f in found}) > 1:
        return None  # "bin Salman": which of the brothers?
    if only_if_unique(found[0][2]) and len({f[1].id for f in found}) > 1:
        return None  # "J. Smith": John or James?
    if not mine.full and len(found) > 1:
        # A bare name goes to the one compatible person; the dictionary may tell namesakes apart.
        fitting = [f for f in found if not f[0][0]]
        if len(fitting) != 1:
            return None
        found = fitting
    return found[0][1], found[0][2]


def new_person_id(entry: PersonEntry, article_id: str, taken: Callable[[str], bool]) -> str:
    """A deterministic id for a person not seen before.

    One-word names are scoped to their article, so two articles' "Kim" stay apart.
    """
    base = person_slug(entry.name)
    if not is_full_name(entry.name):
        return f"{base}--{short_hash(article_id, length=8)}"
    if not taken(base):
        return base
    suffix = (entry.country or "").lower() or short_hash(article_id, length=8)
    candidate = f"{base}-{suffix}"
    counter = 2
    while taken(candidate):
        candidate = f"{base}-{suffix}-{counter}"
        counter += 1
    return candidate


def _display_rank(name: str, count: int, anchored: set[str]) -> tuple[bool, bool, bool, int, bool, bool, str]:
    # The dictionary's name, then a full name, one not of initials ("K. Tokayev"); then the most
    # frequent spelling, one not in capitals, the hyphenated romanisation ("Choe Son-hui"); then
    # alphabetical, for determinism.
    return (
        name in anchored,
        is_full_name(name),
        initials_form(name) is None,
        count,
        not name.isupper(),
        "-" in name,
        name,
    )


_NO_DATE = dt.date.min


def refresh_person(person: Person) -> None:
    """Recompute name, aliases, state, titles, keys and resolution notes from the tally."""
    groups = person.tally
    if not groups:
        return
    anchors = [g for g in groups if g.periods or g.why == ACTOR_NOTE]
    counts: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    guessed: Counter[str] = Counter()
    for g in groups:
        counts[g.name] += g.count
        if g.country:
            (guessed if g.country_inferred else countries)[g.country] += g.count
    # A state an article inferred votes only where no article states one.
    countries = countries or guessed
    anchored = {g.name for g in anchors}
    person.name = max(counts, key=lambda n: _display_rank(n, counts[n], anchored))
    spellings = {g.name for g in groups} | {a for g in groups for a in g.aliases}
    person.aliases = sorted(spellings - {person.name})
    fixed = next((g.country for g in anchors if g.country), None)
    person.country = fixed or (min(countries, key=lambda c: (-countries[c], c)) if countries else None)
    # A title is held for the state the person serves: one article's misread state does not make
    # a Russian minister a North Korean one.
    titles: dict[str, TitleSeen] = {}
    seen_list = [
        TitleSeen(title=g.title, country=person.country, date=g.first, article_id=g.first_article,
                  last_date=g.last, articles=g.count)
        for g in groups if g.title and not g.periods
    ] + [
        TitleSeen(title=office, country=person.country, date=start, article_id=DICTIONARY, last_date=end)
        for g in anchors for office, start, end in periods_of(g.periods)
    ]  # fmt: skip
    for seen in seen_list:
        known = titles.get(seen.title)
        if known is not None:
            first = min(known, seen, key=_first_seen)
            last = max((d for d in (known.last_date, seen.last_date) if d), default=None)
            seen = first.model_copy(update={"last_date": last, "articles": known.articles + seen.articles})
        titles[seen.title] = seen
    person.titles = sorted(titles.values(), key=lambda t: (*_first_seen(t), t.title))
    person.organizations = sorted({g.organization for g in groups if g.organization})
    exact, variant = name_keys(sorted(spellings))
    full = [n for n in spellings if is_full_name(n)]
    # Short names it is known by ("Lula", a bare node's own) find it again by "b:" keys.
    person.keys = sorted({f"b:{variant_token(t)}" for n in spellings if (t := bare_token(n))})
    if full:
        person.keys += (
            exact + variant + _longer_keys(full) + sorted({k for n in full for k in surname_keys(n)})
        )
        person.keys += [k for k in short_form_keys(full) if k not in person.keys]
        person.keys += [k for k in _lineage_keys(full) if k not in person.keys]
    person.keys += [k for k in royal_keys(sorted(spellings)) if k not in person.keys]
    # The notes worth reading: every mention says why it joined, "same name" goes without saying.
    person.resolution = sorted(
        {
            f"{g.name} [{g.first_article}{f' and {g.count - 1} more' if g.count > 1 else ''}]: {g.why}"
            for g in groups
            if g.why and g.why != "same name"
        }
    )


def _first_seen(seen: TitleSeen) -> tuple[bool, dt.date, str]:
    return (seen.date is None, seen.date or _NO_DATE, seen.article_id)


def periods_of(periods: tuple[str, ...]) -> list[tuple[str, dt.date | None, dt.date | None]]:
    """'Foreign Minister|2004-03-09|' -> ('Foreign Minister', 2004-03-09, None)."""
    found = []
    for text in periods:
        office, _, rest = text.partition("|")
        start, _, end = rest.partition("|")
        found.append(
            (
                office,
                dt.date.fromisoformat(start) if start else None,
                dt.date.fromisoformat(end) if end else None,
            )
        )
    return found


def period_text(office: str, start: dt.date | None, end: dt.date | None) -> str:
    return f"{office}|{start.isoformat() if start else ''}|{end.isoformat() if end else ''}"


def mention_of(entry: PersonEntry, article_id: str, published: object, why: str | None = None) -> Mention:
    return Mention.model_validate(
        {
            "article_id": article_id,
            "name": entry.name,
            "aliases": tuple(entry.aliases),
            "title": entry.title,
            "country": entry.country,
            "country_inferred": entry.country_inferred and entry.country is not None,
            "organization": entry.organization,
            "date": published,
            "why": why,
        }
    )


def partner_keys(person: Person) -> list[str]:
    """Keys of stored persons that may be this one: its full names, and bare names of its family name."""
    names = [person.name, *person.aliases]
    if not any(is_full_name(n) for n in names):
        return []  # a bare name joins full names as they come, never another bare name
    return lookup_keys(names) + [f"b:{k[2:]}" for k in person.keys if k.startswith("s:")]
