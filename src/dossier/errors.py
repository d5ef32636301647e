"""Exceptions raised by dossier. Library code raises them; only ``dossier.cli`` turns them into exit codes.

DossierError                 base class; ``code`` is stable, ``str()`` says what to do next
├── ModelNotFound            no spaCy model can be loaded
├── InputError               an input cannot be read at all (missing path, unknown format)
├── DropDocument             one article is rejected (empty, binary, too large, not English, ...)
├── DataError                evaluation data is missing or malformed
├── StoreError               the database cannot be used (not dossier's, newer schema, read-only, full)
│   └── StoreVanished        the store's file was deleted or replaced while a server used it
├── FetchError               a URL or feed cannot be fetched
├── ExportError              an export cannot be written (bad output path, filter or format)
├── EngineError              the analysis engine cannot run (a Dask cluster unreachable or lost)
├── InvalidArgument          a bad option or argument value (not a date, an unknown type, a limit below 1,
│                            a lookup string too long, a name that means several entities)
├── OutputError              an output file or folder cannot be written (a file where a folder should be,
│                            a read-only folder)
├── EntityNotFound           a question names no entity (or country) of the corpus
└── ArticleNotFound          a question names no stored article

``Problem`` is the value a batch reports for an input it could not read or analyse (from a reader, from
the analysis after a ``DropDocument``, from an ingest), and for an input read with a caveat.
"""

from __future__ import annotations

from dataclasses import dataclass


class DossierError(Exception):
    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ModelNotFound(DossierError):
    code = "E001"


class InputError(DossierError):
    code = "E002"


@dataclass(frozen=True)
class Problem:
    """One input that could not be read or analysed (``error``), or was read with a caveat: the one type a
    reader, the analysis, an ingest and the Python API report it with. A batch reports it and goes on."""

    origin: str  # the input: a path, a URL, "file.jsonl line 3", an article id; "" when the reason names it
    reason: str
    error: bool = True

    @property
    def message(self) -> str:
        return f"{self.origin}: {self.reason}" if self.origin else self.reason

    def __str__(self) -> str:
        return self.message


class DropDocument(DossierError):
    """An article that cannot be analysed; the rest of the batch goes on."""

    code = "E003"

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def problem(self) -> Problem:
        return Problem(self.origin, self.reason)


class DataError(DossierError):
    code = "E004"


class StoreError(DossierError):
    """The database cannot be used: not a dossier database, a newer schema, read-only, disk full."""

    code = "E005"


class FetchError(DossierError):
    """A URL or feed could not be fetched or is not what it should be."""

    code = "E006"


class ExportError(DossierError):
    """An export cannot be written: an unknown format, a bad filter, an output path of the wrong kind."""

    code = "E008"


class EngineError(DossierError):
    """The analysis engine cannot run or lost work: a Dask scheduler unreachable, workers without dossier,
    a batch that failed on every retry. Articles stored before are kept; a re-run resumes."""

    code = "E009"


class StoreVanished(StoreError):
    """The store's file was deleted or replaced under a running server: nothing more is read or written."""

    code = "E020"


class InvalidArgument(DossierError):
    """A value the caller gave cannot be used: a date that is not a date, an unknown type or certainty,
    a limit below 1, a lookup string longer than the cap, a name that means several entities."""

    code = "E021"


class OutputError(DossierError):
    """An output cannot be written: a file where a folder is wanted, a read-only folder, a full disk."""

    code = "E022"


class EntityNotFound(DossierError):
    """A question names no entity of the corpus (or no country); the message says how to find its name."""

    code = "E007"


class ArticleNotFound(DossierError):
    """A question names an article id the store does not hold."""

    code = "E010"
