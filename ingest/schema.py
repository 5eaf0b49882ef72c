"""The data that flows between ingest stages and into the graph.

`Article` and `ExtractionRecord` follow ../shared/eval/GUIDELINE.md: the
record printed by `diplograph extract` is exactly
`record.model_dump(mode="json", exclude_none=False)` of an ExtractionRecord.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

FactType = Literal["MET", "VISITED", "SIGNED", "CALLED"]
FactStatus = Literal["happened", "planned"]
# How a fact's participants were found: the trigger's own syntactic arguments, a pronoun or
# description resolved to a person, an event frame carried from an earlier sentence, or inference.
FactBasis = Literal["syntax", "coreference", "frame", "inferred"]


class Article(BaseModel):
    """One news article as read from a file, a JSON record or an HTTP body."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=300)
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    text: str = ""
    # Where the publication date came from: record, cli, html-meta, dateline, or None.
    published_from: str | None = None

    @property
    def content_hash(self) -> str:
        payload = "\x1f".join([self.title or "", str(self.published or ""), self.text])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class PersonRecord(BaseModel):
    name: str
    aliases: list[str] = Field(default_factory=list)
    title: str | None = None
    country: str | None = None
    # The state was inferred from the rest of the article (a counterpart, a companion, the home side,
    # the dateline), not written next to the name: a weaker vote when articles disagree.
    country_inferred: bool = False
    organization: str | None = None


class OrganizationRecord(BaseModel):
    name: str
    kind: str | None = None
    country: str | None = None
    members: list[str] = Field(default_factory=list)


class Fact(BaseModel):
    """One dated fact. Which fields are used depends on `type` (see GUIDELINE)."""

    type: FactType
    persons: list[str] | None = None  # MET, CALLED: exactly two names
    person: str | None = None  # VISITED
    parties: list[str] | None = None  # SIGNED: named signers
    countries: list[str] | None = None  # SIGNED: ISO3 of the states party to it
    agreement: str | None = None  # SIGNED
    date: str | None = None  # ISO day, month, year or start/end span
    place: str | None = None
    country: str | None = None  # ISO3 of where it happened / the destination
    evidence: str
    status: FactStatus = "happened"
    basis: FactBasis = "syntax"
    # For `diplograph extract --explain`: the words that triggered the fact and where its date
    # came from ("its clause", "its sentence", "the story so far", "the visitor's trip").
    trigger: str | None = None
    date_source: str | None = None
    # Where `place` came from when the fact's own sentence names none (see ingest.event_places).
    place_source: str | None = None

    @field_validator("country")
    @classmethod
    def _upper_iso3(cls, value: str | None) -> str | None:
        return value.upper() if value else value


class ExtractionRecord(BaseModel):
    id: str
    published: str | None = None
    persons: list[PersonRecord] = Field(default_factory=list)
    organizations: list[OrganizationRecord] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    # Human-readable notes about what could not be done (no date, not English...).
    warnings: list[str] = Field(default_factory=list)
