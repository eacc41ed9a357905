"""The third-party evaluation gate: ../shared/eval/external.py scores `diplograph extract -` on
published gold (PLOVER, PETRARCH-2, TempEval-3, PolNeAR); each measure is held at or above the
floor reached so far. Floors only go up; lowering one needs a reason in the commit message.
We use these sets to find weaknesses, never to special-case their sentences."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

# suite -> measure -> floor (the figure reached, rounded down)
FLOORS = {
    "plover": {"type_acc": 0.831, "dyad_f1": 0.762, "triple_f1": 0.731},
    "petrarch": {"triple_f1": 0.571, "root_f1": 0.703},
    "tempeval": {"span_recall": 0.961, "value_acc": 0.862},
    "polnear": {"recall": 0.907, "speaker_acc": 0.857},
}
# suite -> measure -> ceiling (over-generation)
CEILINGS = {"plover": {"events_per_rec": 1.15}}


def summary(suite: str, shared_dir) -> dict[str, float]:
    cmd = f"{sys.executable} -m diplograph.cli extract -"
    done = subprocess.run([sys.executable, str(shared_dir / "eval" / "external.py"), suite, "--cmd", cmd],
                          capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-2000:]
    last = done.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", last)}


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_external_scores_hold_their_floors(suite, shared_dir):
    got = summary(suite, shared_dir)
    below = {k: (got.get(k), floor) for k, floor in FLOORS[suite].items() if got.get(k, 0.0) < floor - 1e-9}
    above = {k: (got.get(k), c) for k, c in CEILINGS.get(suite, {}).items() if got.get(k, 0.0) > c}
    assert not below, f"{suite}: below the floor (got, floor): {below}"
    assert not above, f"{suite}: above the ceiling (got, ceiling): {above}"
