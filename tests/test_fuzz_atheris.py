"""A short, bounded coverage-guided fuzzing run (atheris) of the readers, as CI runs it.

``fuzz/run.sh`` fuzzes the text, HTML, JSON Lines and feed readers for
``$DIPLOGRAPH_FUZZ_SECONDS`` seconds (default 60; the child is killed after that plus 120 s).
A crash fails the test and leaves its input in ``fuzz/artifacts/`` for a regression test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECONDS = int(os.environ.get("DIPLOGRAPH_FUZZ_SECONDS", "60"))


@pytest.mark.slow  # a subprocess fuzzing for a minute
def test_readers_survive_coverage_guided_fuzzing() -> None:
    pytest.importorskip("atheris", reason="atheris is not installed (it is in the dev extra)")
    done = subprocess.run(["bash", str(ROOT / "fuzz" / "run.sh"), str(SECONDS)], cwd=ROOT, capture_output=True,
                          text=True, timeout=SECONDS + 120, check=False,
                          env={**os.environ, "PYTHON": sys.executable})
    assert done.returncode == 0 and f"no crash in {SECONDS}s" in done.stdout, done.stdout[-4000:] + done.stderr[-2000:]
    assert "executed_units" in done.stdout
