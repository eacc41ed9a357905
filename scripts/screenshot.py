"""A screenshot of the web page on a store, for the README (headless Chromium through Playwright).

    python scripts/screenshot.py --db /tmp/full.db --actor state:RUS --pair state:RUS state:USA   # README's
    python scripts/screenshot.py --db news.db --actor China --pair China "United States" --width 1400

Serves the store on a free loopback port, opens the page (the actor's neighbourhood, the pair's
timeline and the first event's evidence when given), and writes a PNG (palette-quantised with
Pillow when it is installed, to keep it small).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

CHROMIUM = os.environ.get("DIPLOGRAPH_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def serve(db: str) -> tuple[str, object]:
    import uvicorn

    from diplograph.store.core import Store
    from diplograph.store.pgcluster import free_port
    from diplograph.web.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Store(db), rate=0), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def shoot(url: str, out: Path, width: int, height: int, evidence: bool) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(url)
        page.wait_for_selector("body[data-ready=true]", timeout=60_000)
        if evidence and page.locator("#monthly .evidence").count():
            page.locator("#monthly .evidence").first.click()
            page.wait_for_selector("#evidence-text mark.hl", timeout=20_000)
        if page.locator("#timeline").count() and "a=" in url:
            page.wait_for_selector("#timeline .vis-item", timeout=20_000)
        page.wait_for_timeout(2000)  # vis-timeline and the chart settle after their first drawing
        page.screenshot(path=str(out), full_page=False)
        browser.close()


def shrink(path: Path, colours: int) -> str:
    """The PNG reduced to a palette of ``colours``: with pngquant (Debian's ``pngquant``) when it is
    installed, else with Pillow when it is; what did it (or why nothing did)."""
    pngquant = shutil.which("pngquant")
    if pngquant:
        done = subprocess.run([pngquant, "--force", "--skip-if-larger", "--strip", "--output", str(path),
                               str(colours), "--", str(path)], capture_output=True, text=True, check=False)
        if done.returncode in (0, 98, 99):  # 98/99: the result would not have been smaller or good enough
            return "pngquant"
    try:
        from PIL import Image
    except ImportError:
        return "not reduced (install pngquant or Pillow)"
    with Image.open(path) as img:
        small = img.convert("RGB").quantize(colors=colours, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)
    return "Pillow"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the store (SQLite file or database URL)")
    parser.add_argument("--out", default="docs/web-page.png")
    parser.add_argument("--actor", help="the actor to centre on (default: the page's, the most mentioned state)")
    parser.add_argument("--pair", nargs=2, metavar=("A", "B"), help="a pair to open")
    parser.add_argument("--count", type=int, default=30, help="counterparts shown")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1250)
    parser.add_argument("--colours", type=int, default=96, help="palette size of the PNG")
    args = parser.parse_args(argv)
    url, server = serve(args.db)
    state = {"n": args.count}
    if args.actor:
        state["actor"] = args.actor
    if args.pair:
        state["a"], state["b"] = args.pair
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        shoot(f"{url}/?{urlencode(state)}", out, args.width, args.height, evidence=bool(args.pair))
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
    how = shrink(out, args.colours)
    print(f"{out}: {out.stat().st_size // 1024} KiB ({how})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
