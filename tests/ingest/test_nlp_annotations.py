"""The parse the fact rules read: the attribute rules applied without the general Matcher give the
model's own POS, morphology and lemmas, and sentence boundaries hold around initials and dates."""

from __future__ import annotations

from typing import cast

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from ingest.attribute_rules import FastAttributeRuler
from ingest.nlp import sentences

TEXTS = [
    "The visiting minister didn't say whether he'd return, but it's expected that they're gonna sign.",
    "There are three agreements; I told you it was signed by them and gave it to her yesterday.",
    "Y'all know we've been waiting: the envoys ain't here, and let's not pretend nothing's changed.",
    "Foreign Minister Ana Lopes held talks with her Kenyan counterpart in Nairobi on Tuesday.",
    "Do you have the text?  He did, and it has been sent to the ministry.",
]


def _annotations(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_attribute_rules_without_the_matcher_give_the_models_own_annotations(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer")
    fast = FastAttributeRuler(cast(AttributeRuler, ruler))
    upstream = ["tok2vec", "tagger", "parser"]
    for text in TEXTS:
        base = nlp.make_doc(text)
        for name in upstream:
            base = nlp.get_pipe(name)(base)
        expected = lemmatizer(ruler(base.copy()))
        got = lemmatizer(fast(base.copy()))
        assert _annotations(got) == _annotations(expected), text


def test_an_initial_glued_to_a_name_ends_no_sentence(nlp: Language) -> None:
    sents = sentences(nlp, ["Prime Minister Ts.Ganbold received the envoy. The talks lasted an hour."])
    assert [s.text for s in sents] == [
        "Prime Minister Ts.Ganbold received the envoy.",
        "The talks lasted an hour.",
    ]


def test_a_day_number_before_a_full_stop_ends_the_sentence(nlp: Language) -> None:
    sents = sentences(nlp, ["The ministers met in Lima on March 5. Foreign Minister Ruiz left the next day."])
    assert len(sents) == 2
    assert sents[1].text.startswith("Foreign Minister Ruiz")
