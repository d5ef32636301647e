"""Readers: turn inputs (files, directories, stdin) into ``Article`` records."""

from dossier.ingest.files import ReadFailure, read_inputs

__all__ = ["ReadFailure", "read_inputs"]
