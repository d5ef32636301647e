"""Readers: turn inputs (files, directories, stdin) into ``Article`` records."""

from dossier.ingest.files import read_inputs

__all__ = ["read_inputs"]
