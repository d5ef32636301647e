"""Settings: each declared once with its default and help text; read from ``DOSSIER_*`` variables
and an optional ``dossier.toml`` in the working directory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

from dossier.errors import InvalidArgument


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DOSSIER_", toml_file="dossier.toml", extra="ignore")

    model: str | None = Field(
        None, description="spaCy pipeline to load (package name or path); default: best installed."
    )
    max_chars: int = Field(
        200_000,
        gt=0,
        description="Articles longer than this many characters are refused (spaCy parses a whole article in memory).",
    )
    batch_size: int = Field(
        16, gt=0, description="Articles per batch; nlp.pipe parses them in runs of at most 20,000 characters."
    )
    data_dir: Path = Field(Path.home() / ".local" / "share" / "dossier", description="Where dossier keeps its data.")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))


def load_settings(**overrides: Any) -> Settings:
    """The settings, with the given overrides; ``InvalidArgument`` names a bad value (``max_chars=-5``)."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(x) for x in first.get("loc", ())) or "setting"
        option = f"--{name.replace('_', '-')} / DOSSIER_{name.upper()}"
        raise InvalidArgument(f"{option} {first.get('input')!r}: {first.get('msg', 'invalid').lower()}") from None
