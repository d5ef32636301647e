"""Scorers for dossier's extractors. Library code: returns report dataclasses, raises DataError."""
