"""A throwaway PostgreSQL cluster: initdb + pg_ctl in a temporary folder, listening only on
127.0.0.1 at a free port, removed when the ``with`` block ends. The store's test suite and the
query benchmark run on one, so the PostgreSQL backend is tested without a server to set up.

    from diplograph.store.pgcluster import throwaway_cluster
    with throwaway_cluster(settings={"shared_buffers": "512MB"}) as url:
        ...

``url`` (an environment variable's value, e.g. ``DIPLOGRAPH_TEST_PG``) uses an existing server.
"""

from __future__ import annotations

import functools
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path


def pg_bin(name: str) -> str | None:
    """A PostgreSQL server binary on PATH, else the newest under /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return versions[-1] if versions else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI machines and sandboxes often are root.
    if os.geteuid() == 0 and shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@contextmanager
def throwaway_cluster(settings: Mapping[str, str] | None = None, *, existing: str | None = None) -> Iterator[str]:
    """Yield a SQLAlchemy URL of a fresh, empty database; stop the server and remove its files after.

    ``settings`` are extra server options (``-c name=value``); ``fsync`` is always off, which
    only speeds up bulk loading (a throwaway cluster has nothing to lose) and not reads."""
    if existing:
        yield existing
        return
    initdb, pg_ctl = pg_bin("initdb"), pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="diplograph-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    port = free_port()
    run = functools.partial(subprocess.run, check=True, capture_output=True, timeout=120)
    run(_as_postgres([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-instructions"]))
    options = {"listen_addresses": "127.0.0.1", "port": str(port), "unix_socket_directories": str(sock),
               "fsync": "off", **(settings or {})}
    opts = " ".join(f"-c {k}={v}" for k, v in options.items())
    run(_as_postgres([pg_ctl, "-D", str(data), "-o", opts, "-w", "-l", str(root / "log"), "start"]))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
