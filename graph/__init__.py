"""The graph: models, the GraphStore interface, its stores and the ingest logic."""
