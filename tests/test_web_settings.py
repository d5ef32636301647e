"""``dossier serve`` and ``create_app`` take their settings from ``dossier.toml`` and ``DOSSIER_*`` like every
other command: the model that analyses pasted and uploaded articles, and the largest article. No model is
loaded here: the configured model is one that is not installed, and the app's refusal names it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dossier.testing.stores import write_small_store
from dossier.web import create_app

TEXT = "Senator Paul Brandt met Governor Elena Marsh in Riverton on Tuesday to discuss the state budget."


@pytest.fixture
def configured(tmp_path, monkeypatch):
    """A working directory whose dossier.toml names a model that is not installed, and a store."""
    monkeypatch.chdir(tmp_path)
    for name in ("DOSSIER_MODEL", "DOSSIER_MAX_CHARS"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "dossier.toml").write_text('model = "no_such_model_from_toml"\nmax_chars = 5000\n', encoding="utf-8")
    return write_small_store(tmp_path / "c.db")


def test_web_app_reads_model_and_max_chars_from_dossier_toml(configured, monkeypatch):
    state = create_app(configured).state.web
    assert (state.model, state.max_chars) == ("no_such_model_from_toml", 5000)
    monkeypatch.setenv("DOSSIER_MODEL", "model_from_env")
    assert create_app(configured).state.web.model == "model_from_env"
    assert create_app(configured, model="given", max_chars=10).state.web.max_chars == 10  # arguments win
    assert create_app(configured, model="given").state.web.model == "given"


@pytest.mark.parametrize("store", [False, True], ids=["analyze", "analyze-and-store"])
def test_web_analysis_loads_the_configured_model(configured, store):
    with TestClient(create_app(configured, token="t"), base_url="http://127.0.0.1") as client:
        r = client.post(
            "/api/analyze",
            data={"text": TEXT, "store": str(store).lower()},
            headers={"authorization": "Bearer t"},
        )
    assert r.status_code >= 400, r.text
    assert "no_such_model_from_toml" in r.json()["error"]["message"]
