"""The blind gold in ``eval/gold/`` stays usable and within what we may keep of copyrighted
articles: evidence of at most 25 words, every participant key defined, PLOVER types only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "eval" / "gold"
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def batches() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def test_there_is_gold() -> None:
    assert batches(), "eval/gold holds no batch"


@pytest.mark.parametrize("path", batches(), ids=lambda p: p.name)
def test_a_gold_batch_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    actors = gold["actors"]
    assert all(a["kind"] in {"state", "person", "organization", "group", "media"} for a in actors.values())
    for name, doc in gold["documents"].items():
        assert name.endswith(".txt")
        # every list ../shared/eval/score_seeds.py reads, so a batch scores rather than crashes
        assert {"events", "quotes", "times", "claims", "relations"} <= set(doc), name
        assert set(doc["actors_core"]) <= set(actors), name
        for event in doc["events"]:
            where = f"{name} {event['id']}"
            assert len(event["evidence"].split()) <= 25, where
            assert {event["type"], *event.get("alt_types", [])} <= PLOVER, where
            assert event["source"] and set(event["source"]) <= set(actors), where
            assert set(event["target"] or []) <= set(actors), where
