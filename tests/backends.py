"""PostgreSQL for the store tests: a throwaway cluster (``diplograph.store.pgcluster``) or, with
``DIPLOGRAPH_TEST_PG`` set to a URL, an existing server. Without PostgreSQL's server binaries
the PostgreSQL half of the suite is skipped with the reason."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from diplograph.store.pgcluster import throwaway_cluster as _cluster


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Yield a SQLAlchemy URL of a fresh, empty database; remove everything afterwards."""
    with _cluster(existing=os.environ.get("DIPLOGRAPH_TEST_PG")) as url:
        yield url


def reset_database(url: str) -> None:
    """Drop every table, so each test starts from an empty store."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
