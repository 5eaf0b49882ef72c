"""Open the store the settings ask for."""

from __future__ import annotations

from diplograph.errors import StoreError
from diplograph.settings import Settings
from graph.store import GraphStore


def open_store(settings: Settings) -> GraphStore:
    """Open `settings.store`: 'embedded' (default) or 'neo4j'.

    The Neo4j store is imported only when asked for, so the embedded store
    works without the driver module's import cost (or before it exists).
    """
    if settings.store == "embedded":
        from graph.embedded import EmbeddedStore

        return EmbeddedStore(settings.data_dir)
    if settings.store == "neo4j":
        try:
            from graph.neo4j_store import Neo4jStore  # type: ignore[import-not-found,unused-ignore]
        except ImportError as exc:
            raise StoreError(f"the Neo4j store cannot be loaded: {exc}") from exc

        store: GraphStore = Neo4jStore(
            uri=settings.neo4j_uri,
            user=settings.neo4j_user,
            password=settings.neo4j_password.get_secret_value(),
            database=settings.neo4j_database,
        )
        return store
    raise StoreError(f"unknown store {settings.store!r}; use 'embedded' or 'neo4j'")
