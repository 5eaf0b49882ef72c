"""Article in, extraction record out: read, clean, NLP, extract, resolve."""
