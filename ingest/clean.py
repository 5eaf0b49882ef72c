"""Keep an article's body; drop page furniture.

Scraped pages carry navigation, lists of other stories' headlines, share
and comment widgets, subscription prompts and copyright lines.  Headlines
of other stories must never become facts, so the rule is positive: keep a
line only when it reads like prose (ends like a sentence, or is a photo
caption with its credit), and drop everything under a "Related ..." /
"More in ..." marker until prose resumes.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from ingest.countries import country_from_city, country_from_geonames
from ingest.name_words import TITLE_TOKENS

WIDGET = re.compile(
    r"^\s*(?:print|share|e-?mail|comment|comments|log ?in|sign ?in|sign ?up|subscribe|advertisement|"
    r"tags?\b|read more|click here|follow us|download|copyright|©|all rights reserved|cookie|"
    r"published:|updated:|posted:|home\s*>|top\b|back to top|next article|previous article|"
    r"photo\s*:|source\s*:|editor\s*:|reporter\s*:|by\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?\s*$)",
    re.IGNORECASE,
)
# Bylines and credits of the article's own reporters: "Reporting by X; Editing by Y".
CREDIT_LINE = re.compile(
    r"contributed\s+to\s+this\s+report|^\(?\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b|"
    r"^\(?\s*with\s+inputs\s+from\b",
    re.IGNORECASE,
)
LIST_MARKER = re.compile(
    r"^\s*(?:related(?:\s+\w+){0,2}|more\s+(?:in|from|on|stories|news)\b.*|most\s+(?:read|popular|viewed)\b.*|"
    r"latest(?:\s+news)?|read\s+(?:also|more|next)\b.*|see\s+also|you\s+may\s+also\s+like.*|trending.*|"
    r"recommended.*|top\s+stories|other\s+news|also\s+read.*|popular\s+news.*|headlines?)\s*:?\s*$",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"\s*(?:\[[^\]]{2,40}\]|\((?:photo|xinhua|kcna|yonhap|afp|reuters|ap|tass|ria)[^)]*\)|"
    r"/(?:[A-Z]{2,}|Xinhua|Yonhap)/|(?<=[.!?])\s*[A-Z]{2,}(?:\s+[A-Z]{2,})?/[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}|"
    r"(?:pic|photo|photograph|picture|image|credit)s?\s*[:|]\s*[\w .&/|-]{1,40})\s*$",
    re.IGNORECASE,
)
# "1. Agreement on visas;", "- MoU on fisheries", "(a) Protocol on customs": items of a list.
LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?(?:[a-z]|i{2,3}|iv|vi{0,3}|ix|xi{0,2})[.)]|[-•*–·])\s+")
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
# "SEOUL - Text" / "WASHINGTON — Text" / "Hanoi (VNA) - Text": a city and a dash.
# Also "BEIJING, Hebei – Text" and "SHANGHAI: Text".
DASH_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'-]{2,30}?|[A-Z][A-Za-z .'-]{2,30}?(?=\s*\([A-Z]{2,10}\)))"
    r"(?:,\s*[A-Z][A-Za-z .'-]{2,30}?)?(?:\s*\([^)]{2,30}\))?\s*(?:[-–—]+|(?<=[A-Z]):)\s+(?=[A-Z\u201c\"])"
)
# "Nairobi — Text" / "Addis Ababa February 6/2022 /ENA/ Text": a place in title case, kept only when it
# is a known city (a capitalised word and a dash open ordinary sentences too).
TITLE_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2})\s*"
    r"(?:[-–—]+\s+|[A-Z][a-z]+\.?\s+\d{1,2}(?:/\d{4}|,\s*\d{4})?\s*/[A-Z][A-Za-z]{1,15}/\.?\s*)(?=[A-Z\u201c\"])"
)
# The other datelines agencies write, kept only when the place is a known city: "Addis Ababa,
# July 25/2024 (ENA) -", "Iasi, 5 June /Agerpres/ -", "Astana (dpa) -", "Tehran, IRNA -",
# "San Jose, Sep 12 (EFE).-", "ROME, 29 JAN -", "NAIROBI, Kenya, Feb 25 -", "Brasilia - ", "Dubai: ".
_MONTH = r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?"
_WORD = r"[A-Z][^\W\d_]*(?:['’.-][^\W\d_]+)*"
LOOSE_DATELINE = re.compile(
    rf"^\s*(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})"
    r"(?:,\s*[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?(?=,))?"
    rf"(?P<date>,?\s*(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})"
    r"(?:\s*/\s*\d{4}|,?\s+\d{4})?)?"
    r"(?P<agency>\s*\([^)]{2,40}\)|\s*/[^/]{2,20}/|,\s*[A-Z]{2,12}\b(?![’'-]))?"
    r"\s*(?P<sep>\.-|--|[-–—:.,])?\s+(?=[A-Z\u201c\"])"
)
DATELINE = re.compile(
    r"^\s*[A-Z](?:[^\W\d_]|[ .'/-]){2,40},\s*(?P<date>(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?)(?:,?\s*\d{4})?\.?|\d{1,2}[./]\d{1,2}[./]\d{4})?\s*"
    r"(?P<agency>\([^)]{2,40}\)|/[^/]{2,20}/\.?|,\s*[A-Z]{2,8}(?=\s*(?:--|—|–|-)\s))?\s*[.,:]?\s*(?:--|—|–|-)?\s*(?=[A-Z\u201c\"])"
)


# "Reuters | Jerusalem | Updated: 23-11-2020": the agency and city an aggregator prints over a story.
BYLINE_PLACE = re.compile(
    r"^[\w .&()'-]{2,40}\|\s*(?P<place>[A-Z][\w .'-]{2,30}?)\s*\|\s*(?:Updated|Published)\b"
)


class CleanText(BaseModel):
    """The body as paragraphs, in order, each one a prose paragraph or caption."""

    paragraphs: list[str]
    dropped_lines: int = 0
    dateline_place: str | None = None  # "ISLAMABAD, Nov 20 (Xinhua) --": where "here" is
    dateline_head: str | None = None  # the whole dateline, its day included: when "today" is
    # "Reuters | Jerusalem | Updated: ...": where an aggregator says the story was filed. Weaker than a
    # dateline: it says whose officials are at home, not where "here" is for a trip.
    byline_place: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


# A list of outcomes names each item's signers on lines of their own.
SIGNATORY = re.compile(r"(?:Signator(?:y|ies)|Signed\s+by)\b[^:]{0,40}:", re.IGNORECASE)


_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
SECTION_DATE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}})"
    r"(?:\s*[,–—-]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\.?$"
)


def _is_prose(line: str) -> bool:
    words = line.split()
    if len(words) < 5:
        return False
    stripped = CREDIT.sub("", line)
    if SENTENCE_END.search(stripped) or (len(words) >= 25 and "." in line[:-1]):
        return True
    # A standfirst or caption without its full stop: long, and in sentence case, not a headline.
    capitalised = sum(w[:1].isupper() for w in words[1:]) / max(1, len(words) - 1)
    return len(words) >= 14 and capitalised < 0.35 and "," in line


def _marker_kind(marker: str) -> str:
    """ "1." and "2)" are numbers, "(a)" and "(iv)" letters, "-" and "•" bullets."""
    body = marker.strip(" ().")
    return "number" if body.isdigit() else "letter" if body.isalpha() else "bullet"


def _lead_in(line: str) -> bool:
    """'The two sides signed the following agreements:' introduces a list."""
    line = re.sub(
        r"^\s*\d{1,2}\.\s+", "", line
    )  # "5. Following the talks, ... signed:": a numbered paragraph
    if _ROLL_CALL.match(line):
        return True  # "They are:" before one line per ambassador
    return line.rstrip().endswith(":") and len(line.split()) >= 3 and line[:1].isupper()


_ROLL_CALL = re.compile(r"^(?:They|These|Those)\s+(?:are|were|include|included)\s*:\s*$")


_LAST_END = re.compile(r".*[.!?][\"'\u201d\u2019)]*(?=\s+[A-Z\u201c\"])", re.DOTALL)


def _whole_sentences(line: str) -> str | None:
    """A paragraph cut off mid-sentence (a scrape's truncated end): its whole sentences."""
    head = _LAST_END.match(line)
    if head is None or len(head.group(0).split()) < 5:
        return None
    return head.group(0)


def dateline_state(city: str) -> str | None:
    """The state of a dateline's city: a dateline is a place, so GeoNames' towns of some size count
    too ("PETALING JAYA:")."""
    return country_from_city(city) or country_from_geonames(city.title())


def strip_dateline(paragraph: str) -> tuple[str, str | None]:
    """'PYONGYANG, April 13 (KCNA) -- Text' -> ('Text', 'Pyongyang'); the date is read separately.
    Day-first datelines too ('ABU DHABI, 16th April, 2025 (WAM) --')."""
    if _DAY_HEAD.match(paragraph):
        return paragraph, None  # "TUESDAY — The President received ...": a roundup's day, kept
    match = DATELINE.match(paragraph)
    if match and match.end() < len(paragraph) and (match.group("date") or match.group("agency")):
        place = paragraph[: match.start("date") if match.group("date") else match.start("agency")]
        rest = paragraph[match.end() :]
        # "Phnom Penh, September 10, 2024 AKP -- ...": the agency's name and dash after the date
        agency = re.match(r"[A-Z]{2,8}\s*(?:--|[-–—])\s+(?=[A-Z])", rest)
        return rest[agency.end() :] if agency else rest, place.strip(" ,").title()
    dash = DASH_DATELINE.match(paragraph)
    if dash and dash.group(0).rstrip().endswith(":") and not country_from_city(dash.group("place").strip()):
        dash = None  # "MINISTER VALLEJO: Thank you": a transcript's speaker label, kept with the turn
    if dash and dash.end() < len(paragraph):
        return paragraph[dash.end() :], dash.group("place").strip().title()
    bare = re.match(
        r"^\s*(?P<place>[A-Z][A-Za-z .'-]{2,30}?)\s*/(?P<agency>[A-Z][A-Za-z]{1,15})/\.?\s*", paragraph
    )
    if bare:
        return paragraph[bare.end() :], bare.group("place").strip().title()
    # "DAR ES SALAAM. PRESIDENT X returned ...": a capital in capitals closed by a full stop
    stop = re.match(r"^\s*(?P<place>[A-Z][A-Z '-]{2,30}[A-Z])\.\s+(?=[A-Z])", paragraph)
    if stop and dateline_state(stop.group("place").title()):
        return paragraph[stop.end() :], stop.group("place").title()
    titled = TITLE_DATELINE.match(paragraph)
    if titled and titled.end() < len(paragraph) and country_from_city(titled.group("place")):
        return paragraph[titled.end() :], titled.group("place")
    loose = LOOSE_DATELINE.match(paragraph)
    if (
        loose
        and loose.end() < len(paragraph)
        and (
            loose.group("date")
            or loose.group("agency")
            or (loose.group("sep") or ",") in ("-", "–", "—", ":", ".-", "--")
        )
        and dateline_state(loose.group("place"))
    ):
        return paragraph[loose.end() :], loose.group("place").title()
    # "13 August 2025 – President X ...": a release's date line, not the event's date
    dated = _DATE_DASH.match(paragraph)
    if dated and dated.end() < len(paragraph):
        return paragraph[dated.end() :], None
    return paragraph, None


_DAY_HEAD = re.compile(
    r"^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*(?:[-–—:]|$)", re.IGNORECASE
)
_DATE_DASH = re.compile(
    r"^\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}\s*(?:--|—|–)\s*(?=[A-Z\u201c\"])"
)


_DROP_CAPITALS = re.compile(r"^([A-Z]{3,})(?=\s+[A-Z][a-z])")


def _without_drop_capitals(line: str) -> str:
    """ "PRESIDENT Tapiwa Moyo yesterday received ...": a paper sets a story's first word in capitals;
    an office word so set is written as an office, so the name after it is read as one."""
    first = _DROP_CAPITALS.match(line)
    if first is None or first.group(1).lower() not in TITLE_TOKENS | {"the"}:
        return line
    return first.group(1).capitalize() + line[first.end() :]


def clean_text(text: str, title: str | None = None) -> CleanText:
    """Split into lines, keep prose and captions, drop widgets and headline lists."""
    kept: list[str] = []
    seen: set[str] = set()
    dropped = 0
    dateline: str | None = None
    dateline_head: str | None = None
    byline_place: str | None = None
    in_list = False
    in_items = False
    item_kind: str | None = None
    title_key = (title or "").strip().lower()
    raws = re.split(r"\r?\n", text.replace("\u00a0", " "))
    sections = sum(bool(SECTION_DATE.match(re.sub(r"\s+", " ", raw).strip())) for raw in raws) >= 2
    for raw in raws:
        line = re.sub(r"\s+", " ", raw).strip()
        # Scraped text loses the space between sentences: "with the US.Chinese State Councilor".
        # Not after a name's initial: "Ts.Munkh-Orgil" is one Mongolian name.
        line = re.sub(r"(?:(?<=[a-zA-Z]{3}[.!?])|(?<=\b[A-Z]{2}[.!?]))(?=[A-Z][a-z]{2}|\()", " ", line)
        if not line:
            continue
        byline = BYLINE_PLACE.match(line)
        if byline and byline_place is None and country_from_city(byline.group("place")):
            byline_place = byline.group("place")  # "Reuters | Jerusalem | Updated: ...": an aggregator's
        if CREDIT_LINE.search(line):
            dropped += 1
            continue
        if LIST_MARKER.match(line):
            in_list = True
            dropped += 1
            continue
        if WIDGET.match(line) and not _is_prose(line) or line.lower() == title_key:
            dropped += 1
            continue
        marker = LIST_ITEM.match(line)
        # "(iii) ...;" then "5. On 4 June, ...": a marker of another kind is the next numbered paragraph.
        other_kind = (
            marker is not None and item_kind is not None and _marker_kind(marker.group(0)) != item_kind
        )
        if (
            in_items
            and not other_kind
            and (marker or (len(line.split()) <= 15 and line.endswith((";", ","))))
        ):
            # An item of the list a paragraph introduced: keep it as a sentence of its own.
            item = LIST_ITEM.sub("", line).rstrip(" ;,.")
            if item:
                item_kind = item_kind or (_marker_kind(marker.group(0)) if marker else None)
                kept.append(item + ";")
                continue
        if in_items and SIGNATORY.match(line):
            # "Signatory (India): Shri A, Secretary": who signed the item just listed
            kept.append(line.rstrip(" ;,.") + ";")
            continue
        in_items = False
        if _lead_in(line) and not WIDGET.match(line) and not in_list:
            kept.append(line)
            in_items, item_kind = True, None
            continue
        if (
            dateline is None
            and len(kept) <= 2
            and len(line.split()) <= 3
            and (line.isupper() or line.istitle())
            and country_from_city(line.title())
        ):
            dateline = line.title()  # "COLOMBO" on a line of its own above the story, under the byline
            dropped += 1
            continue
        if sections and SECTION_DATE.match(line):
            # "October 22, 2024, Kazan" over each entry of a readout page or diary: the day of the
            # entry below it, kept as a sentence of its own for the story's current date (one date
            # line alone is the page's stamp, not an entry's)
            kept.append(line.rstrip(" .") + ".")
            continue
        if not _is_prose(line):
            whole = _whole_sentences(line)
            if whole is None:
                dropped += 1
                continue
            line = whole
        if in_list and len(line.split()) < 14:
            dropped += 1
            continue
        in_list = False
        whole = re.sub(r"^\s*date\s+\d{4}-\d\d-\d\d\s*", "", line)
        line, place = strip_dateline(whole)
        line = _without_drop_capitals(line)
        if dateline is None and place is not None:
            dateline_head = whole[: len(whole) - len(line)]
        dateline = dateline or place
        key = line.lower()
        if key in seen:  # captions are often repeated
            dropped += 1
            continue
        seen.add(key)
        kept.append(line)
    return CleanText(
        paragraphs=kept,
        dropped_lines=dropped,
        dateline_place=dateline,
        dateline_head=dateline_head,
        byline_place=byline_place,
    )
