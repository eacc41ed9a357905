"""Shared fixtures. The spaCy model loads at most once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def spacy_model():
    """The packaged statistical model alone (no diplograph components)."""
    from diplograph.nlp.pipeline import load_base_model

    return load_base_model()


@pytest.fixture(scope="session")
def pipeline():
    """The full diplograph pipeline, built once."""
    from diplograph.nlp.pipeline import shared_pipeline

    return shared_pipeline()


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL server for this test session (skipped where none can be started)."""
    from backends import throwaway_cluster

    try:
        cluster = throwaway_cluster()
        url = cluster.__enter__()
    except Exception as exc:  # no server binaries, or it would not start: say why
        pytest.skip(f"PostgreSQL is not available: {exc}")
    yield url
    cluster.__exit__(None, None, None)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def store_url(request):
    """Each store test runs on an in-memory SQLite store and on an empty PostgreSQL database."""
    if request.param == "sqlite":
        return ":memory:"
    from backends import reset_database

    url = request.getfixturevalue("postgres_url")
    reset_database(url)
    return url
