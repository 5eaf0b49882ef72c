"""Settings read once from `DIPLOGRAPH_*` (and `NEO4J_*`) environment variables."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    # XDG-style user data folder; `./data` when no home is known (containers).
    home = Path.home()
    base = os.environ.get("XDG_DATA_HOME") or (home / ".local" / "share" if home != Path("/") else None)
    return Path(base) / "diplograph" if base else Path("data")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DIPLOGRAPH_", extra="ignore")

    store: Literal["embedded", "neo4j"] = "embedded"
    data_dir: Path = Field(default_factory=_default_data_dir)
    api_key: SecretStr | None = None
    # With a key set: may reads go without it?  (Writes never do.)
    public_reads: bool = False
    # Browser origins allowed to call the API cross-site (JSON list); none by default.
    cors_origins: list[str] = Field(default_factory=list)
    # Writes (ingest, delete) per minute per client address; 0 turns the limit off.
    write_rate_per_minute: int = 300
    spacy_model: str = "en_core_web_sm"
    max_body_bytes: int = 10 * 1024 * 1024
    max_article_chars: int = 2_000_000
    # Extraction processes for the API's background ingest jobs; 0: the number of cores.
    ingest_workers: int = Field(0, ge=0)
    # `diplograph extract --shards`: the Dask scheduler (tcp://host:8786); unset, a local cluster per run.
    dask_scheduler: str | None = None

    neo4j_uri: str = Field(
        "bolt://127.0.0.1:7687", validation_alias=AliasChoices("NEO4J_URI", "DIPLOGRAPH_NEO4J_URI")
    )
    neo4j_user: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_USER", "DIPLOGRAPH_NEO4J_USER"))
    neo4j_password: SecretStr = Field(
        SecretStr("neo4j"), validation_alias=AliasChoices("NEO4J_PASSWORD", "DIPLOGRAPH_NEO4J_PASSWORD")
    )
    neo4j_database: str = Field(
        "neo4j", validation_alias=AliasChoices("NEO4J_DATABASE", "DIPLOGRAPH_NEO4J_DATABASE")
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  # fields come from the environment
