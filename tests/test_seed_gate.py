"""The evaluation gate: extract the two seed articles, score them with ../shared's scorer,
and hold every measure at or above the floor reached so far. Floors only go up; lowering
one needs a reason in the commit message."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import diplograph

# measure -> the lowest value accepted (raise these as the extraction improves)
FLOORS = {
    "actors_recall": 1.0,
    "outlet_accuracy": 1.0,
    "events_f1": 1.0,
    "event_date_accuracy": 1.0,
    "quotes_f1": 0.87,
    "quote_speaker_accuracy": 1.0,
    "quote_via_accuracy": 1.0,
    "time_accuracy": 1.0,
    "claims_f1": 1.0,
    "claim_speaker_accuracy": 1.0,
    "relations_f1": 0.95,
    "cross_doc_actor_identity": 1.0,
    "within_doc_alias_merge": 1.0,
    "cross_doc_event_link": 1.0,
    "overall": 0.977,
}
# measure -> the highest value accepted
CEILINGS = {"dangling_references": 0, "events_duplicates": 0}


@pytest.mark.model
@pytest.mark.shared
def test_seed_scores_hold_their_floors(pipeline, shared_dir, tmp_path):
    export = tmp_path / "seeds.jsonl"
    with export.open("w", encoding="utf-8") as fh:
        for ex in diplograph.extract([shared_dir / "seeds"]):
            fh.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
    scored = subprocess.run([sys.executable, str(shared_dir / "eval" / "score_seeds.py"), str(export), "--json"],
                            capture_output=True, text=True, check=True, timeout=120)
    scores = json.loads(scored.stdout)
    below = {k: (round(scores[k], 3), floor) for k, floor in FLOORS.items() if scores[k] < floor - 1e-9}
    above = {k: (scores[k], ceiling) for k, ceiling in CEILINGS.items() if scores[k] > ceiling}
    assert not below, f"below the floor (got, floor): {below}"
    assert not above, f"above the ceiling (got, ceiling): {above}"
