"""Actor codes: country (ISO alpha-3), CAMEO sector and dated codes for every actor, with evidence.

``code_analysis(analysis)`` is the stage (see ``actors``); ``Codebook`` the word lists it reads
(see ``codebook``); ``text`` reads the words around a mention. The stage runs on every analysis, right
after the spaCy pipeline.
"""

from dossier.codes.actors import article_date, code_analysis, event_date, in_force, mention_codes
from dossier.codes.codebook import SECTORS, Codebook, parse_code

__all__ = [
    "SECTORS",
    "Codebook",
    "article_date",
    "code_analysis",
    "event_date",
    "in_force",
    "mention_codes",
    "parse_code",
]
