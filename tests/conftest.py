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
