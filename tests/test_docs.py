"""The docs stay true to the code: every command, setting and public name is documented."""

from __future__ import annotations

from pathlib import Path

import dossier
from dossier.cli import app
from dossier.config import Settings

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _commands(typer_app, prefix=""):
    import typer.main

    group = typer.main.get_command(typer_app)
    out = []

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, f"{path} {name}".strip())
        else:
            out.append(path)

    walk(group, prefix)
    return out


def test_docs_every_cli_command_is_documented():
    cli_md = (DOCS / "cli.md").read_text()
    for command in _commands(app):
        assert f"`dossier {command}" in cli_md, f"dossier {command} is missing from docs/cli.md"


def test_docs_every_command_docstring_has_an_example():
    import typer.main

    def walk(cmd):
        subs = getattr(cmd, "commands", None)
        if subs:
            for sub in subs.values():
                yield from walk(sub)
        else:
            yield cmd

    for cmd in walk(typer.main.get_command(app)):
        assert "Example:" in (cmd.help or ""), f"{cmd.name} has no Example: block"


def test_docs_every_setting_is_documented():
    settings_md = (DOCS / "settings.md").read_text()
    for name in Settings.model_fields:
        assert f"`{name}`" in settings_md and f"DOSSIER_{name.upper()}" in settings_md, name


def test_public_api_is_listed_in_all():
    for name in dossier.__all__:
        assert hasattr(dossier, name), name
    public = {n for n in vars(dossier) if not n.startswith("_") and n not in {"annotations"}}
    modules = {n for n in public if type(getattr(dossier, n)).__name__ == "module"}
    assert public - modules - set(dossier.__all__) == set()
