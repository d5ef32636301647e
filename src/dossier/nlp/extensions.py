"""All ``Doc._`` extensions dossier uses, declared in one place.

| attribute                | set by               | value                         |
|--------------------------|----------------------|-------------------------------|
| ``doc._.article``        | ``dossier.analysis`` | ``Article`` (metadata, date)  |
| ``doc._.news``           | ``dossier_newsformat`` | ``NewsFormat`` (dateline, credits, captions) |
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
    if not Doc.has_extension("news"):
        Doc.set_extension("news", default=None)
    if not Doc.has_extension("published_inferred"):
        Doc.set_extension("published_inferred", default=None)
    for name in _LIST_ATTRS:
        if not Doc.has_extension(name):
            # getter-free default of None: each component assigns a fresh list
            Doc.set_extension(name, default=None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, without rebuilding it: spaCy joins the text of every token on each access. A doc made
    from an article (``dossier.analysis.make_doc``) has the article's text, which is returned as is."""
    article = doc._.article
    if article is not None and len(doc):
        text = article.text
        first, last = doc[0], doc[-1]
        if (
            last.idx + len(last.text_with_ws) == len(text)
            and text.startswith(first.text)
            and text.endswith(last.text_with_ws)
        ):
            return text
    return doc.text


register_extensions()
