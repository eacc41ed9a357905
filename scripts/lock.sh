#!/usr/bin/env bash
# Regenerate requirements/lock.txt: install diplograph with its extras (web, postgres, parquet,
# dask, dev) into a throwaway venv from the package registries and record the exact versions.
# Run after changing dependencies in pyproject.toml; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PYTHON" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --upgrade pip
"$tmp/venv/bin/python" -m pip install -q "$PWD[web,postgres,parquet,dask,dev]"
{
  echo "# Locked versions of every dependency of diplograph and its extras web, postgres, parquet, dask, dev"
  echo "# (torch and the semantic extra stay out). Used as pip constraints by the Makefile and audited by"
  echo "# scripts/audit.sh. Regenerate with scripts/lock.sh after changing pyproject.toml."
  "$tmp/venv/bin/python" -m pip freeze --all | grep -v -i -E '^(diplograph|pip|setuptools|wheel)(==| @)'
} > requirements/lock.txt
echo "lock: $(grep -c '==' requirements/lock.txt) packages written to requirements/lock.txt"
