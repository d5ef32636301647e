"""One module per kind of record; each renders its part of the text and HTML reports.

A section module provides ``render_text(analysis, console)``, ``render_html(analysis) -> str`` and
``highlights(analysis) -> list[Highlight]``. ``SECTIONS`` is the order they appear in.
"""

from dossier.report.sections import claims, entities, events, times

SECTIONS = (entities, times, claims, events)
