#!/usr/bin/env bash
# Bounded coverage-guided fuzzing of the readers (atheris). Usage:
#   fuzz/run.sh [SECONDS]        (default $FUZZ_SECONDS or 60)
# Exit 0: no crash in the time given. Exit 1: a crash; the input is saved as
# fuzz/artifacts/crash-* (turn it into a regression test in tests/test_fuzz.py).
# Exit 0 with a message when atheris is not installed (pip install atheris).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
SECONDS_TO_RUN=${1:-${FUZZ_SECONDS:-60}}
if ! "$PY" -c "import atheris" 2>/dev/null; then
  echo "fuzz: atheris is not installed for $PY (pip install atheris); fuzzing skipped"
  exit 0
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$PY" fuzz/seeds.py "$WORK/corpus"
mkdir -p fuzz/artifacts
echo "fuzz: readers for ${SECONDS_TO_RUN}s (rss limit 2048 MB, 30 s per input)"
set +e
"$PY" fuzz/fuzz_readers.py -max_total_time="$SECONDS_TO_RUN" -rss_limit_mb=2048 -timeout=30 \
  -max_len=65536 -print_final_stats=1 -artifact_prefix=fuzz/artifacts/ "$WORK/corpus" 2>&1 | tail -25
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "fuzz: CRASH (exit $status); inputs in fuzz/artifacts/"
  exit 1
fi
rmdir fuzz/artifacts 2>/dev/null || true
echo "fuzz: no crash in ${SECONDS_TO_RUN}s"
