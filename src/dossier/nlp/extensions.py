"""All ``Doc._`` extensions dossier uses, declared in one place.

| attribute                | set by               | value                         |
|--------------------------|----------------------|-------------------------------|
| ``doc._.article``        | ``dossier.analysis`` | ``Article`` (metadata, date)  |
| ``doc._.entities``       | ``dossier_entities`` | ``list[Entity]``              |
| ``doc._.times``          | ``dossier_times``    | ``list[TimeExpr]``            |
| ``doc._.published_inferred`` | ``dossier_times`` | ``PublishedInferred | None``  |
| ``doc._.attributions``   | ``dossier_attributions`` | ``list[Attribution]``     |
| ``doc._.events``         | ``dossier_events``   | ``list[Event]``               |
| ``doc._.relations``      | ``dossier_relations``| ``list[Relation]``            |
"""

from __future__ import annotations

from spacy.tokens import Doc

_LIST_ATTRS = ("entities", "times", "attributions", "events", "relations")


def register_extensions() -> None:
    """Idempotent: spaCy keeps extensions globally on the Doc class."""
    if not Doc.has_extension("article"):
        Doc.set_extension("article", default=None)
    if not Doc.has_extension("published_inferred"):
        Doc.set_extension("published_inferred", default=None)
    for name in _LIST_ATTRS:
        if not Doc.has_extension(name):
            # getter-free default of None: each component assigns a fresh list
            Doc.set_extension(name, default=None)


register_extensions()
