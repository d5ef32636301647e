"""dossier's extractors, each a spaCy component registered under a ``dossier_*`` factory name.

Importing this package registers them. ``PIPELINE_ORDER`` is the order they run in.
"""

from dossier.nlp.components import (
    attribution,  # noqa: F401
    entities,  # noqa: F401
    events,  # noqa: F401
    newsformat,  # noqa: F401
    paragraphs,  # noqa: F401
    relations,  # noqa: F401
    timex,  # noqa: F401
)

PIPELINE_ORDER: tuple[str, ...] = (
    "dossier_entities",
    "dossier_times",
    "dossier_attributions",
    "dossier_events",
    "dossier_relations",
)
