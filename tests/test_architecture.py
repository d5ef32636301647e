"""The shape of the code that docs/architecture.md promises: no import cycles between dossier's modules, and
every pipeline component declares the ``doc._`` attributes it reads (``requires``) and writes (``assigns``),
in an order where what it reads is written before it runs. Read from the source, no model needed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import networkx as nx

SRC = Path(__file__).resolve().parents[1] / "src"
COMPONENTS = SRC / "dossier" / "nlp" / "components"
GIVEN = {"article"}  # set by the caller of the pipeline (dossier.analysis), not by a component


def _modules() -> dict[str, Path]:
    out = {}
    for path in (SRC / "dossier").rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _import_graph() -> nx.DiGraph:
    """Module -> module it imports, at the top or inside a function (a hidden cycle is still a cycle); a
    package importing its own submodules is not counted."""
    modules = _modules()
    graph = nx.DiGraph()
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dossier"):
                targets = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.startswith("dossier")]
            for target in targets:
                if target in modules and target != name and not target.startswith(name + "."):
                    graph.add_edge(name, target)
    return graph


def test_no_import_cycles_between_modules():
    graph = _import_graph()
    assert graph.number_of_edges() > 300  # the graph was read
    cycles = [c for c in nx.simple_cycles(graph) if "dossier" not in c]
    assert cycles == [], cycles[:5]


def _factories() -> dict[str, tuple[str, set[str], set[str]]]:
    """Factory name -> (module source, requires, assigns) of every dossier component."""
    out = {}
    for path in COMPONENTS.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "factory"):
                continue
            name = node.args[0].value  # type: ignore[attr-defined]
            kw = {k.arg: ast.literal_eval(k.value) for k in node.keywords if k.arg in ("requires", "assigns")}
            out[name] = (source, set(kw.get("requires", [])), set(kw.get("assigns", [])))
    return out


def test_components_declare_the_doc_attributes_they_read_and_write():
    from dossier.nlp.components import PIPELINE_ORDER

    factories = _factories()
    assert set(PIPELINE_ORDER) <= set(factories)
    for name, (source, requires, assigns) in factories.items():
        used = {f"doc._.{a}" for a in re.findall(r"\bdoc\._\.(\w+)", source)} - {f"doc._.{g}" for g in GIVEN}
        assert used <= requires | assigns, (name, sorted(used - requires - assigns))
    written = {a for a in factories["dossier_newsformat"][2] if a.startswith("doc._.")}
    for name in PIPELINE_ORDER:  # what a component reads is written by one that runs before it
        _, requires, assigns = factories[name]
        needed = {r for r in requires if r.startswith("doc._.")}
        assert needed <= written, (name, sorted(needed - written))
        written |= assigns
