"""The ``dossier_paragraphs`` component: a line break always ends a sentence.

News text puts headings, datelines and captions on lines of their own; without this the parser glues a
heading to the first sentence of the next paragraph ("Position of distrust\\n\\nGeneral McMaster said").
It runs before the parser, which keeps sentence starts that are already set.

Assigned attributes: ``token.is_sent_start`` (True after a line break, else left to the parser).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_paragraphs(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.component("dossier_paragraphs", assigns=["token.is_sent_start"])
def paragraphs_component(doc: Doc) -> Doc:
    return mark_paragraphs(doc)
