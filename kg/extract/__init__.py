"""Extractors: pure functions from a parsed spaCy Doc to model records."""
