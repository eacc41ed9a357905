#!/usr/bin/env bash
# pip-audit of the project's locked dependencies: requirements/lock.txt, the exact versions
# `make` installs (scripts/lock.sh regenerates it), checked against a vulnerability database.
#
# pip-audit needs a vulnerability service: the OSV API (api.osv.dev) or PyPI's JSON API
# (pypi.org/pypi/NAME/VERSION/json, which lists known vulnerabilities). Where neither can be
# reached (a CI that may only talk to package indexes, which serve the simple index but not
# the JSON API), the audit cannot run: this script says so plainly and exits 0, so that CI
# does not fail for want of a network it was never given. Exit 1 only for a real finding.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3

if ! "$PY" -m pip_audit --version >/dev/null 2>&1; then
  echo "audit: SKIPPED - pip-audit is not installed for $PY (pip install pip-audit; it is in the dev extra)"
  exit 0
fi

service=""
if "$PY" - <<'PYEOF' 2>/dev/null; then service=osv; fi
import json, urllib.request
req = urllib.request.Request("https://api.osv.dev/v1/query", method="POST",
                             data=json.dumps({"package": {"name": "jinja2", "ecosystem": "PyPI"}, "version": "2.4.1"}).encode())
with urllib.request.urlopen(req, timeout=10) as r:
    assert json.load(r).get("vulns")
PYEOF
if [ -z "$service" ] && "$PY" - <<'PYEOF' 2>/dev/null; then service=pypi; fi
import json, urllib.request
with urllib.request.urlopen("https://pypi.org/pypi/jinja2/2.4.1/json", timeout=10) as r:
    assert "vulnerabilities" in json.load(r)
PYEOF

locked=requirements/lock.txt
if [ -z "$service" ]; then
  # Still prove the lock is something pip-audit can read, so the real audit works where it can run.
  if ! "$PY" -m pip_audit --requirement "$locked" --no-deps --disable-pip --dry-run --progress-spinner off \
      >/dev/null 2>&1; then
    echo "audit: pip-audit cannot read $locked"
    exit 1
  fi
  echo "audit: SKIPPED - no vulnerability service is reachable from here (neither api.osv.dev nor"
  echo "audit: PyPI's per-version JSON API answered), so the $(grep -c '==' "$locked") locked packages were NOT"
  echo "audit: audited. Run scripts/audit.sh on a machine with internet access to audit $locked."
  exit 0
fi

echo "audit: $(grep -c '==' "$locked") locked packages against the $service service"
"$PY" -m pip_audit --requirement "$locked" --no-deps --disable-pip --vulnerability-service "$service" --progress-spinner off
status=$?
if [ $status -ne 0 ]; then
  echo "audit: known vulnerabilities above (or pip-audit failed: exit $status)"
  exit 1
fi
echo "audit: no known vulnerabilities"
