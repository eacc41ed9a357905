"""The third-party evaluation gate: ../shared/eval/external.py scores `diplograph extract -` on
published gold (PLOVER, PETRARCH-2, TempEval-3, PolNeAR); each measure is held at or above the
floor reached so far. Floors only go up; lowering one needs a reason in the commit message.
We use these sets to find weaknesses, never to special-case their sentences."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

# suite -> measure -> floor (the figure reached, rounded down)
FLOORS = {
    "plover": {"type_acc": 0.777, "dyad_f1": 0.774, "triple_f1": 0.733},
    "petrarch": {"triple_f1": 0.560, "root_f1": 0.667, "news_triple_f1": 0.594},
    "tempeval": {"span_recall": 0.961, "value_acc": 0.862},
    "polnear": {"recall": 0.907, "speaker_acc": 0.910},
}
# suite -> measure -> ceiling (over-generation)
CEILINGS = {"plover": {"events_per_rec": 1.16}}
# What each suite reads, by path under ../shared, and its sha256: floors mean something only on the
# data they were reached on. Re-pin only with a reason in the commit message (and look at the floors).
SCORER = {"eval/external.py": "4ed9fb536be1d1c6b7f0838193cb0c8a9486f98527985cfdd9f34f147cc73850"}
PINNED = {
    "petrarch": {"eval/data/petrarch/dev.jsonl": "91c915724b5eccdfe87bfeec49f19bd3f398428ef634006728ec913373fdea21"},
    "plover": {"eval/data/plover/dev.jsonl": "ee3a27abb7b3cbe6b3f20a2ff476d968f525085659b6cdf1e12c8c8c365daf17"},
    "polnear": {"eval/data/polnear/dev.jsonl": "84a7e3b45c0bff400d08cbb66f145f029eb89159ff70d36431bb73406f3e765f"},
    "tempeval": {"eval/data/tempeval/dev.jsonl": "1d25ef52d6fa6b43f498b5e3d8a19647bc91d03d43c01e977829c45ae9dd1e60"},
}


def changed_data(suite: str, shared_dir: Path) -> list[str]:
    """Each file ``suite`` reads that is missing or whose sha256 differs from the pinned one."""
    out = []
    for name, want in {**SCORER, **PINNED[suite]}.items():
        path = shared_dir / name
        got = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "missing"
        if got != want:
            out.append(f"{name}: sha256 {got}, pinned {want}")
    return out


@pytest.mark.shared
@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_the_gate_reads_the_data_it_was_pinned_on(suite, shared_dir) -> None:
    changed = changed_data(suite, shared_dir)
    assert changed == [], f"{suite}: the gate's data changed (re-pin with a reason): " + "; ".join(changed)


def summary(suite: str, shared_dir) -> dict[str, float]:
    cmd = f"{sys.executable} -m diplograph.cli extract -"
    done = subprocess.run([sys.executable, str(shared_dir / "eval" / "external.py"), suite, "--cmd", cmd],
                          capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-2000:]
    last = done.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", last)}


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow  # a gate, through subprocesses
@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_external_scores_hold_their_floors(suite, shared_dir):
    changed = changed_data(suite, shared_dir)
    assert changed == [], f"{suite}: the gate's data changed (re-pin with a reason): " + "; ".join(changed)
    got = summary(suite, shared_dir)
    below = {k: (got.get(k), floor) for k, floor in FLOORS[suite].items() if got.get(k, 0.0) < floor - 1e-9}
    above = {k: (got.get(k), c) for k, c in CEILINGS.get(suite, {}).items() if got.get(k, 0.0) > c}
    assert not below, f"{suite}: below the floor (got, floor): {below}"
    assert not above, f"{suite}: above the ceiling (got, ceiling): {above}"
