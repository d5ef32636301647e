"""The ``dossier_entities`` component: actors and every mention that refers to them.

Assigned attributes: ``doc._.entities`` (``list[Entity]``, ordered by first mention; ids ``e1``, ``e2``, ...).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dossier.models import Entity
from dossier.nlp.entities.build import build_entities
from dossier.nlp.entities.coref import Sieve
from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.nlp.entities.mentions import detect_mentions
from dossier.nlp.entities.teams import mark_teams
from dossier.nlp.extensions import register_extensions
from dossier.nlp.newsformat import mention_allowed


def extract_entities(doc: Doc, lexicon: EntityLexicon) -> list[Entity]:
    lexicon = lexicon.for_text(doc.text)  # "Yanomami Indians" are no mention of India
    candidates = detect_mentions(doc, lexicon)
    news = doc._.news
    if news is not None and news.spans:
        # credits, bylines and captions name no actor; a dateline's place is the city it names, not its country
        candidates = [c for c in candidates if mention_allowed(news, c.start, c.end)]
        for c in candidates:
            if news.covering(c.start, c.end) is not None:
                c.type = "GPE"
                c.extra.pop("capital_as_actor", None)
    mark_teams(doc, candidates, lexicon)  # "the Tar Heels", "North Carolina's game"
    sieve = Sieve(doc, candidates, lexicon)
    sieve.run()
    return build_entities(doc, sieve, lexicon)


class EntityExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.lexicon = EntityLexicon.load()

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = extract_entities(doc, self.lexicon)
        return doc


@Language.factory(
    "dossier_entities", assigns=["doc._.entities"], requires=["doc._.news", "doc.ents", "token.dep", "token.pos"]
)
def make_entity_extractor(nlp: Language, name: str) -> EntityExtractor:
    return EntityExtractor(nlp, name)
