"""``dossier eval ...``: the project's scorers, one sub-command per extractor (one module each)."""

from __future__ import annotations

import typer

from dossier.cli import eval_actors, eval_attribution, eval_coref, eval_events, eval_resolution, eval_timex

eval_app = typer.Typer(help="Score extraction against annotated data.", no_args_is_help=True)
eval_actors.register(eval_app)
eval_attribution.register(eval_app)
eval_coref.register(eval_app)
eval_events.register(eval_app)
eval_resolution.register(eval_app)
eval_timex.register(eval_app)
