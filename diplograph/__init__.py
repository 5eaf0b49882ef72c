"""DiploGraph: a knowledge graph of diplomatic exchanges read from news articles."""

__version__ = "0.1.0"
