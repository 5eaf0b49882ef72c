"""Hand-made extraction records about real, public meetings (our own sentences)."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from graph.build import ArticleMeta, IngestOutcome, ingest_record
from graph.store import GraphStore
from ingest.schema import ExtractionRecord


def person(name: str, title: str | None = None, country: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"name": name, "title": title, "country": country, **extra}


def met(a: str, b: str, when: str | None, sentence: str, **extra: Any) -> dict[str, Any]:
    return {"type": "MET", "persons": [a, b], "date": when, "evidence": sentence, **extra}


def visited(who: str, iso3: str, when: str | None, sentence: str, **extra: Any) -> dict[str, Any]:
    return {"type": "VISITED", "person": who, "country": iso3, "date": when, "evidence": sentence, **extra}


def record(
    article_id: str, published: str, persons: list[dict[str, Any]], facts: list[dict[str, Any]]
) -> dict:
    return {"id": article_id, "published": published, "persons": persons, "facts": facts}


def ingest(store: GraphStore, data: dict[str, Any], title: str | None = None) -> IngestOutcome:
    rec = ExtractionRecord.model_validate(data)
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
    published = date.fromisoformat(data["published"]) if data.get("published") else None
    meta = ArticleMeta(id=rec.id, title=title, published=published, content_hash=digest)
    return ingest_record(store, rec, meta)


CHOE = person("Choe Son-hui", "Foreign Minister", "PRK")
LAVROV = person("Sergei Lavrov", "Foreign Minister", "RUS")

MOSCOW_TASS = record(
    "tass-2024-11-01",
    "2024-11-01",
    [CHOE, LAVROV],
    [
        met("Sergei Lavrov", "Choe Son-hui", "2024-11-01",
            "Russian Foreign Minister Sergei Lavrov held talks with Choe Son-hui in Moscow on Friday.",
            place="Moscow", country="RUS"),
        visited("Choe Son-hui", "RUS", "2024-10-31/2024-11-02",
                "Choe Son-hui is on a visit to Russia from October 31 to November 2."),
    ],
)  # fmt: skip

MOSCOW_YONHAP = record(
    "yonhap-2024-11-02",
    "2024-11-02",
    [person("Choe Son Hui", "Foreign Minister", "PRK"), person("Sergey Lavrov", "Foreign Minister", "RUS")],
    [
        met("Choe Son Hui", "Sergey Lavrov", "2024-11-01",
            "North Korea's top diplomat Choe Son Hui met Sergey Lavrov in Moscow on Friday, KCNA said.",
            place="Moscow", country="RUS"),
    ],
)  # fmt: skip

MOSCOW_KCNA = record(
    "kcna-2024-11-03",
    "2024-11-03",
    [
        person("CHOE SON-HUI", "Foreign Minister", "PRK"),
        person("Sergei Lavrov", None, "RUS"),
        person("Lavrov"),
    ],
    [
        met("CHOE SON-HUI", "Lavrov", "2024-11",
            "Foreign Minister CHOE SON-HUI had talks with Lavrov in Moscow early this month."),
    ],
)  # fmt: skip

WONSAN = record(
    "reuters-2025-07-12",
    "2025-07-12",
    [CHOE, LAVROV],
    [
        met("Sergei Lavrov", "Choe Son-hui", "2025-07-12",
            "Lavrov and Choe Son-hui held talks in the coastal city of Wonsan on Saturday.",
            place="Wonsan", country="PRK"),
        visited("Sergei Lavrov", "PRK", "2025-07-11/2025-07-13",
                "Lavrov arrived in North Korea on Friday for a three-day visit."),
    ],
)  # fmt: skip

PUTIN = person("Vladimir Putin", "President", "RUS")
KIM = person("Kim Jong-un", "leader", "PRK")

PYONGYANG_SUMMIT = record(
    "ap-2024-06-19",
    "2024-06-19",
    [PUTIN, KIM],
    [
        met("Vladimir Putin", "Kim Jong-un", "2024-06-19",
            "Kim Jong-un greeted Vladimir Putin at Pyongyang airport early on Wednesday.",
            place="Pyongyang", country="PRK"),
        visited("Vladimir Putin", "PRK", "2024-06-18/2024-06-19",
                "Putin arrived in North Korea late on Tuesday for a two-day state visit."),
        {"type": "SIGNED", "parties": ["Vladimir Putin", "Kim Jong-un"], "countries": ["PRK", "RUS"],
         "agreement": "Treaty on Comprehensive Strategic Partnership", "date": "2024-06-19",
         "place": "Pyongyang", "country": "PRK",
         "evidence": "The two leaders signed the Treaty on Comprehensive Strategic Partnership."},
    ],
)  # fmt: skip

VOSTOCHNY = record(
    "bbc-2023-09-13",
    "2023-09-13",
    [KIM, PUTIN],
    [
        met("Kim Jong-un", "Vladimir Putin", "2023-09-13",
            "Putin welcomed Kim Jong-un at the Vostochny Cosmodrome on Wednesday.",
            place="Vostochny Cosmodrome", country="RUS"),
        visited("Kim Jong-un", "RUS", "2023-09-12/2023-09-17",
                "Kim Jong-un crossed into Russia by armoured train on Tuesday."),
    ],
)  # fmt: skip

WANG_CALL = record(
    "xinhua-2025-03-03",
    "2025-03-03",
    [person("Wang Yi", "Foreign Minister", "CHN"), LAVROV],
    [
        {"type": "CALLED", "persons": ["Wang Yi", "Sergei Lavrov"], "date": "2025-03-03",
         "evidence": "Wang Yi spoke with Sergei Lavrov by phone on Monday."},
        visited("Wang Yi", "RUS", "2025-03-31/2025-04-01",
                "Wang Yi arrived in Moscow on March 31 for talks."),
    ],
)  # fmt: skip

ALL_RECORDS = [MOSCOW_TASS, MOSCOW_YONHAP, MOSCOW_KCNA, WONSAN, PYONGYANG_SUMMIT, VOSTOCHNY, WANG_CALL]
