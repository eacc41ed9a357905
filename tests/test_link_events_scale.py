"""Event linking by date window: the same clusters as comparing every pair, and a cost per new
event that does not grow with the number of earlier events of its source."""

from __future__ import annotations

import random

import pytest

from diplograph.link import events as link_events
from diplograph.link.events import EventLinker
from diplograph.model import Event

TYPES = ("CONSULT", "AGREE", "ACCUSE", "THREATEN")
DATES = ("2021-03-04", "2021-03", "2021", "2021-W10", "2021-SU", "XXXX-03-05", "XXXX-03", None,
         "2021-02-27", "2021-04-20", "2020-12-30", "2021-01-02", "2022-03-04")
SENTENCES = ("", "a three-day visit", "a 40-day truce", "talks")


def history(n: int, seed: int) -> list[tuple[list[Event], str | None]]:
    """``n`` small documents of a few sources with dates of every kind, as (events, document date)."""
    rng = random.Random(seed)
    docs = []
    for d in range(n):
        published = rng.choice(("2021-03-05", "2021-02-01", "2021-06-30", "2020-12-31", None, "2022-03-01"))
        events = [Event(id=f"d{d}:e{k}", type=rng.choice(TYPES), source=rng.choice(("state:FRA", "state:DEU")),
                        target=rng.choice(("state:CHN", "state:RUS", None)), sentence=rng.choice(SENTENCES),
                        span=(k, k + 1), date=rng.choice(DATES), negated=rng.random() < 0.1)
                  for k in range(rng.randint(1, 3))]
        docs.append((events, published))
    return docs


def brute_force(docs: list[tuple[list[Event], str | None]]) -> list[str | None]:
    """The clusters of comparing every new event with every earlier one of its source, in order."""
    seen: list[tuple[Event, str | None]] = []
    clusters = []
    for events, published in docs:
        for e in events:
            twin = next((o for o, opub in seen if o.source == e.source and o.id.split(":")[0] != e.id.split(":")[0]
                         and link_events._types_match(e.type, o.type) and link_events._parties_match(e, o)
                         and e.negated == o.negated and link_events._dates_match(e, published, o, opub)), None)
            e.cluster = twin.cluster if twin is not None else link_events.cluster_id(e)
            clusters.append(e.cluster)
        seen += [(e, published) for e in events]
    return clusters


@pytest.mark.parametrize("seed", range(5))
def test_the_date_window_gives_the_clusters_of_comparing_every_pair(seed: int) -> None:
    expected = brute_force(history(300, seed))
    linker = EventLinker()
    got = []
    for events, published in history(300, seed):
        linker.link(events, published)
        got += [e.cluster for e in events]
    assert got == expected


def test_a_new_event_is_compared_only_with_events_near_its_date(monkeypatch: pytest.MonkeyPatch) -> None:
    old = [(Event(id=f"old{n}:e1", type="CONSULT", source="state:USA", target="state:CHN", sentence="",
                  span=(0, 1), date=f"{1990 + n % 30}-{1 + n % 12:02d}-{1 + n % 28:02d}"), None)
           for n in range(20_000)]
    linker = EventLinker(old)
    calls = 0
    real = link_events._dates_match

    def counting(*args):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real(*args)

    monkeypatch.setattr(link_events, "_dates_match", counting)
    new = Event(id="new:e1", type="CONSULT", source="state:USA", target="state:CHN", sentence="",
                span=(0, 1), date="2021-06-15")
    linker.link([new], "2021-06-16")
    assert calls < 400, calls  # about 1/30 of a year's events of the 30 years near the date, not 20,000


def test_the_source_and_date_index_is_added_to_an_existing_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect, text

    from diplograph.store.core import Store

    path = str(tmp_path / "old.db")
    with Store(path) as store, store.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_events_source_date"))
    with Store(path) as store, store.engine.connect() as conn:
        names = {ix["name"]: ix["column_names"] for ix in inspect(conn).get_indexes("events")}
    assert names["ix_events_source_date"] == ["source", "eff_date"]


def test_a_store_is_asked_only_for_the_months_near_a_new_event(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from diplograph.store.core import Store
    from records import sample_extraction

    dates = [f"{y}-{m:02d}-10" for y in (2021, 2022, 2023) for m in range(1, 13)]
    with Store(str(tmp_path / "s.db")) as store:
        for n, day in enumerate(dates):
            ex = sample_extraction(text=f"China and Belarus agreed on Tuesday, number {n}.", published=day)
            ex.events[0].date = day
            ex.events[0].cluster = f"c:stored-{n}"
            store.write(ex)
        store.write(sample_extraction(text="China and Belarus agreed, undated.", published=None))
        assert len(store.known_events(["state:CHN"])) == len(dates) + 1
        asked: list[tuple[str, str] | None] = []
        got: list[int] = []

        def fetch(sources: list[str], months: tuple[str, str] | None = None, undated: bool = True):  # type: ignore[no-untyped-def]
            asked.append(months)
            rows = store.known_events(sources, months=months, undated=undated)
            got.append(len(rows))
            return rows

        linker = EventLinker(fetch=fetch)
        new = Event(id="new:e0", type="AGREE", source="state:CHN", target="state:BLR", sentence="s",
                    span=(0, 1), date="2022-06-11")
        linker.link([new], "2022-06-12")
        assert new.cluster == "c:stored-17"  # June 2022, fetched from the store
        assert asked and all(m is not None for m in asked)
        assert sum(got) <= 8, got  # the months around June 2022 (and the undated one), not 37 events
        later = Event(id="new2:e0", type="AGREE", source="state:CHN", target="state:BLR", sentence="s",
                      span=(0, 1), date="2021-01-09")
        linker.link([later], "2021-01-10")
        assert later.cluster == "c:stored-0"  # another window, fetched when needed
