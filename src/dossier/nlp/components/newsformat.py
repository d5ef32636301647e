"""The ``dossier_newsformat`` component: datelines, credits, bylines and captions, found before the parse.

Assigned attributes:

| attribute              | value                                                                          |
|------------------------|--------------------------------------------------------------------------------|
| ``doc._.news``         | ``NewsFormat``: the format spans, the article's dateline, agency, authors, notes |
| ``token.is_sent_start``| True on the first word after a dateline or an opening agency credit             |

It runs before the parser, after ``dossier_paragraphs``: a dateline ending its own sentence is parsed
apart from the lead, so the lead's subject is the actor ("WASHINGTON (AP) — President Donald Trump met
...": Trump, not Washington). Later components leave what falls inside a format span out of mentions,
events and attributions (``outside_news_format``). See ``docs/news-format.md``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.nlp.extensions import doc_text, register_extensions
from dossier.nlp.newsformat import find_news_format

# spans after which the lead starts a sentence of its own
OPENING_KINDS = ("dateline", "agency")


class NewsFormatReader:
    def __init__(self, name: str = "dossier_newsformat", lexicon: EntityLexicon | None = None) -> None:
        register_extensions()
        self.name = name
        self.lexicon = lexicon or EntityLexicon.load()

    def known_place(self, words: str) -> bool:
        key = words.lower().strip()
        lex = self.lexicon
        return key in lex.places or key in lex.capitals or lex.country_of_name(words) is not None

    def __call__(self, doc: Doc) -> Doc:
        news = find_news_format(doc_text(doc), self.known_place)
        doc._.news = news
        openings = [s for s in news.spans if s.kind in OPENING_KINDS]
        for span in openings:
            if not any(o.start <= span.start and span.end <= o.end and o != span for o in openings):
                _own_sentence(doc, span.start, span.end)  # an agency inside a dateline is not one
        return doc


def _own_sentence(doc: Doc, start: int, end: int) -> None:
    """The tokens of ``start..end`` are one sentence, and the first token after it opens the next (only
    before the parser runs, which keeps sentence starts already set)."""
    for tok in doc:
        if tok.idx <= start or tok.i == 0:
            continue
        if tok.idx >= end:
            if not tok.is_space:
                tok.is_sent_start = True
            return
        tok.is_sent_start = False


@Language.factory("dossier_newsformat", assigns=["doc._.news", "token.is_sent_start"], default_config={})
def make_news_format(nlp: Language, name: str) -> NewsFormatReader:
    return NewsFormatReader(name)
