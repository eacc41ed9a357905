"""Build the web page's front-end assets: ``npm ci`` in ``frontend/``, then copy the libraries'
built files into ``static/vendor/`` (build output, not in git).

    python -m diplograph.web.build_assets          # install (if needed) and copy
    python -m diplograph.web.build_assets --check  # exit 1 if the assets are missing

Needs Node.js with npm (the npm registry, once); the page then works offline.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRONTEND = HERE / "frontend"
VENDOR = HERE / "static" / "vendor"
# node_modules path -> name in static/vendor
FILES = {
    "cytoscape/dist/cytoscape.min.js": "cytoscape.min.js",
    # the fCoSE layout and the two libraries it is built on (loaded in this order)
    "layout-base/layout-base.js": "layout-base.js",
    "cose-base/cose-base.js": "cose-base.js",
    "cytoscape-fcose/cytoscape-fcose.js": "cytoscape-fcose.js",
    "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js": "vis-timeline-graph2d.min.js",
    "vis-timeline/styles/vis-timeline-graph2d.min.css": "vis-timeline-graph2d.min.css",
    "cytoscape/LICENSE": "LICENSE.cytoscape",
    "layout-base/LICENSE": "LICENSE.layout-base",
    "cose-base/LICENSE": "LICENSE.cose-base",
    "cytoscape-fcose/LICENSE": "LICENSE.cytoscape-fcose",
    "vis-timeline/LICENSE.MIT.txt": "LICENSE.vis-timeline",
}


class BuildError(RuntimeError):
    pass


def npm_install(frontend: Path = FRONTEND) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise BuildError("npm is not installed: install Node.js 18+ with npm (e.g. apt-get install -y npm)")
    cmd = [npm, "ci" if (frontend / "package-lock.json").exists() else "install", "--no-audit", "--no-fund"]
    done = subprocess.run(cmd, cwd=frontend, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BuildError(f"{' '.join(cmd[1:])} failed in {frontend}:\n{done.stderr[-2000:]}")


def copy_assets(frontend: Path = FRONTEND, vendor: Path = VENDOR) -> list[Path]:
    modules = frontend / "node_modules"
    vendor.mkdir(parents=True, exist_ok=True)
    copied = []
    for src, name in FILES.items():
        path = modules / src
        if not path.exists():
            if name.startswith("LICENSE"):
                continue
            raise BuildError(f"{path} is missing: did npm install finish?")
        shutil.copyfile(path, vendor / name)
        copied.append(vendor / name)
    return copied


def built(vendor: Path = VENDOR) -> bool:
    return all((vendor / name).is_file() for name in FILES.values() if not name.startswith("LICENSE"))


def build(force_install: bool = False) -> list[Path]:
    if force_install or not all((FRONTEND / "node_modules" / src).exists() for src in FILES
                                if "LICENSE" not in src):
        npm_install()
    return copy_assets()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the assets are built")
    parser.add_argument("--reinstall", action="store_true", help="run npm ci even if node_modules exists")
    args = parser.parse_args(argv)
    if args.check:
        ok = built()
        print("assets built" if ok else f"assets missing in {VENDOR}: run python -m diplograph.web.build_assets")
        return 0 if ok else 1
    try:
        for path in build(args.reinstall):
            print(f"copied {path.relative_to(HERE)}")
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
