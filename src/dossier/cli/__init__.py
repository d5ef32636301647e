"""The ``dossier`` command line: a thin layer over the Python API. Only this package exits."""

from __future__ import annotations

import typer

from dossier.cli import analyze as _analyze
from dossier.cli import evaluate as _evaluate
from dossier.cli import export as _export
from dossier.cli import info as _info
from dossier.cli import ingest as _ingest
from dossier.cli import questions as _questions
from dossier.cli import serve as _serve

app = typer.Typer(
    name="dossier",
    help="Read news and map who did what to whom, when, and who says so, with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_analyze.register(app)
_export.register(app)
_info.register(app)
_ingest.register(app)
_questions.register(app)
_serve.register(app)
app.add_typer(_evaluate.eval_app, name="eval")


def main() -> None:
    app()
