"""The store: round trips, dedupe, migrations, full-text search, clean errors."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from diplograph.errors import StoreError
from diplograph.store import Store
from diplograph.store.migrations import current_version
from diplograph.store.schema import SCHEMA_VERSION
from records import sample_extraction


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    yield s
    s.close()


def test_round_trip_gives_back_the_same_export(store):
    ex = sample_extraction()
    assert store.write(ex)
    assert store.extraction(ex.document.doc_id).to_dict() == ex.to_dict()


def test_a_document_is_stored_once(store):
    ex = sample_extraction()
    assert store.write(ex) is True
    assert store.write(ex) is False
    assert store.counts()["documents"] == 1
    assert store.counts()["events"] == 1


def test_actors_are_shared_across_documents(store):
    store.write(sample_extraction())
    store.write(sample_extraction(text="China and Belarus agreed again on Tuesday, Xinhua reported it today.",
                                  path="b.txt"))
    assert store.counts()["documents"] == 2
    assert store.counts()["actors"] == 3
    known = {a.id: a for a in store.known_actors()}
    assert known["media:xinhua"].aliases == ["Xinhua"]


def test_known_doc_ids(store):
    ex = sample_extraction()
    store.write(ex)
    assert store.known_doc_ids([ex.document.doc_id, "f" * 64]) == {ex.document.doc_id}


def test_schema_version_is_recorded(store):
    with store.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION


def test_full_text_index_finds_sentences(store):
    store.write(sample_extraction())
    with store.connect() as conn:
        if store.dialect == "sqlite":
            sql = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'belarus'"
        else:
            sql = "SELECT id FROM sentences WHERE to_tsvector('english', text) @@ plainto_tsquery('english', 'belarus')"
        rows = list(conn.execute(text(sql)))
    assert len(rows) == 1


def test_reopening_a_file_store_keeps_its_documents(tmp_path):
    path = str(tmp_path / "x.db")
    with Store(path) as s:
        s.write(sample_extraction())
    with Store(path) as s:
        assert s.counts()["documents"] == 1
        with s.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_missing_folder_is_a_clean_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(str(tmp_path / "no" / "such" / "x.db"))


def test_newer_schema_is_refused(tmp_path):
    path = str(tmp_path / "x.db")
    with Store(path) as s, s.engine.begin() as conn:
        conn.execute(text("UPDATE schema_info SET value = '999' WHERE key = 'version'"))
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_unknown_document_is_a_store_error(store):
    with pytest.raises(StoreError):
        store.extraction("0" * 64)


# --- aggregates -------------------------------------------------------------------------------
def _expected_aggregates(conn) -> dict[str, set[tuple]]:
    """The aggregate tables as GROUP BYs over the record tables, computed here independently."""
    from collections import Counter

    from diplograph.store import schema as S
    from diplograph.store.records import name_key

    events = list(conn.execute(S.events.select()))
    pairs: Counter = Counter()
    months: Counter = Counter()
    samples: dict = {}
    types: Counter = Counter()
    for e in events:
        key = (e.source, e.target or "", e.type, bool(e.negated), bool(e.hypothetical))
        pairs[key] += 1
        samples[key] = min(samples.get(key, e.id), e.id)
        months[(*key, (e.eff_date or "")[:7])] += 1
        if e.negated or e.hypothetical:
            continue  # a profile's events by type are those that happened
        types[(e.source, "source", e.type)] += 1
        if e.target:
            types[(e.target, "target", e.type)] += 1
    docs: dict = {}
    mentions: Counter = Counter()
    for m in conn.execute(S.mentions.select()):
        docs.setdefault(m.actor_id, set()).add(m.doc_id)
        mentions[m.actor_id] += 1
    alias_docs: dict = {}
    for a in conn.execute(S.aliases.select()):
        alias_docs.setdefault((a.actor_id, a.alias), set()).add(a.doc_id)
    return {
        "side_pairs": _expected_side_pairs(conn, events),
        "side_events": _expected_side_events(conn, events),
        "quote_actors": _expected_quote_actors(conn),
        "event_pairs": {(*k, n, samples[k]) for k, n in pairs.items()},
        "event_months": {(*k, n) for k, n in months.items()},
        "actor_event_types": {(*k, n) for k, n in types.items()},
        "actor_counts": {(a, len(d), mentions[a]) for a, d in docs.items()},
        "actor_aliases": {(a, al, name_key(al), len(d)) for (a, al), d in alias_docs.items()},
    }


def _expected_side_pairs(conn, events: list) -> set[tuple]:
    """event_pairs with each party replaced by its state when it is a person or organisation
    with a country."""
    from collections import Counter

    from diplograph.store import schema as S

    placed = {a.id: f"state:{a.country}" for a in conn.execute(S.actors.select())
              if a.kind in ("person", "organization") and a.country}
    pairs: Counter = Counter()
    samples: dict = {}
    for e in events:
        target = placed.get(e.target, e.target) if e.target else ""
        key = (placed.get(e.source, e.source), target, e.type, bool(e.negated), bool(e.hypothetical))
        pairs[key] += 1
        samples[key] = min(samples.get(key, e.id), e.id)
    return {(*k, n, samples[k]) for k, n in pairs.items()}


def _placed(conn) -> dict[str, str]:
    from diplograph.store import schema as S

    return {a.id: f"state:{a.country}" for a in conn.execute(S.actors.select())
            if a.kind in ("person", "organization") and a.country}


def _expected_side_events(conn, events: list) -> set[tuple]:
    """Each event with a target, its parties replaced as in side_pairs."""
    placed = _placed(conn)
    return {(e.id, placed.get(e.source, e.source), placed.get(e.target, e.target), e.eff_date, e.doc_id, e.start,
             e.type, bool(e.negated), bool(e.hypothetical)) for e in events if e.target}


def _expected_quote_actors(conn) -> set[tuple]:
    from diplograph.store import schema as S

    published = {d.doc_id: d.published for d in conn.execute(S.documents.select())}
    mentions = list(conn.execute(S.mentions.select()))
    return {(m.actor_id, q.id, q.doc_id, q.speaker, published[q.doc_id], q.start)
            for q in conn.execute(S.quotes.select()) for m in mentions
            if m.doc_id == q.doc_id and q.start <= m.start and m.end <= q.end and m.actor_id != q.speaker}


def _stored_aggregates(conn) -> dict[str, set[tuple]]:
    from diplograph.store import schema as S

    out = {}
    for table in S.AGGREGATES:
        flags = [c.name in ("negated", "hypothetical") for c in table.c]  # 0/1 on SQLite
        out[table.name] = {tuple(bool(v) if f else v for f, v in zip(flags, r, strict=True))
                           for r in conn.execute(table.select())}
    return out


def _several_documents() -> list:
    from test_analysis_data import DOCS, extraction

    docs = [extraction(n) for n in range(len(DOCS))]
    docs.append(sample_extraction())
    undated = sample_extraction(text="China and Belarus agreed again on Tuesday, Xinhua reported it today.",
                                path="b.txt", published=None)
    undated.events[0].date = None  # no date of its own nor of its document: no month
    docs.append(undated)
    yearless = sample_extraction(text="China and Belarus agreed once more, Xinhua reported.", path="c.txt",
                                 published="2024-05-02")
    yearless.events[0].date = "XXXX-04-30"  # takes the document's year
    yearless.events[0].target = None  # an event without a target
    docs.append(yearless)
    return docs


def test_aggregates_equal_a_group_by_over_the_records(store):
    docs = _several_documents()
    for ex in docs:
        assert store.write(ex)
    assert not store.write(docs[0]) and not store.write(docs[-1])  # stored once, counted once
    with store.connect() as conn:
        expected, stored = _expected_aggregates(conn), _stored_aggregates(conn)
    assert stored == expected
    assert ("state:CHN", "", "AGREE", False, False, "2024-04", 1) in stored["event_months"]
    assert ("state:CHN", "state:BLR", "AGREE", False, False, "", 1) in stored["event_months"]  # no date at all


def test_rebuild_aggregates_gives_the_same_tables(store):
    for ex in _several_documents():
        store.write(ex)
    with store.connect() as conn:
        before = _stored_aggregates(conn)
    store.rebuild_aggregates()
    with store.connect() as conn:
        assert _stored_aggregates(conn) == before


def test_effective_date_is_stored_with_each_event(store):
    from diplograph.store import schema as S

    for ex in _several_documents():
        store.write(ex)
    with store.connect() as conn:
        dates = {r.id: r.eff_date for r in conn.execute(S.events.select())}
    assert "2023-08-16" in dates.values()  # XXXX-08-16 in a document of 2023
    assert "2024-04-30" in dates.values()
    assert "2023-02-28" in dates.values()


def test_concurrent_writers_add_up_on_postgresql(store):
    """Two writers storing documents with the same pairs at once: every count is added once."""
    import threading

    if store.dialect != "postgresql":
        pytest.skip("SQLite serialises writers with its database lock")
    docs = [sample_extraction(text=f"China and Belarus agreed on point {n} on Tuesday, Xinhua reported.",
                              path=f"{n}.txt") for n in range(16)]
    docs += docs[:4]  # the same document from both writers: stored once
    errors: list[BaseException] = []

    def writer(part: list) -> None:
        try:
            for ex in part:
                store.write(ex)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(docs[i::2],)) for i in range(2)]
    threads += [threading.Thread(target=writer, args=(list(reversed(docs)),))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert store.counts()["documents"] == 16
    with store.connect() as conn:
        expected, stored = _expected_aggregates(conn), _stored_aggregates(conn)
    assert stored == expected
    assert ("state:CHN", "state:BLR", "AGREE", False, False, 16) in {r[:6] for r in stored["event_pairs"]}


def test_a_store_from_before_the_aggregates_is_completed_when_opened(tmp_path):
    from diplograph.store import schema as S

    path = str(tmp_path / "old.db")
    with Store(path) as s:
        for ex in _several_documents():
            s.write(ex)
        with s.connect() as conn:
            before = _stored_aggregates(conn)
            dates = {r.id: r.eff_date for r in conn.execute(S.events.select())}
        with s.engine.begin() as conn:  # make it look as version 1 first was
            for table in S.AGGREGATES:
                conn.execute(text(f"DROP TABLE {table.name}"))
            conn.execute(text("DROP INDEX ix_events_source"))
            conn.execute(text("DROP INDEX ix_events_target"))
            conn.execute(text("DROP INDEX IF EXISTS ix_events_source_date"))  # added after version 1
            conn.execute(text("ALTER TABLE events DROP COLUMN eff_date"))
            conn.execute(text("CREATE INDEX ix_events_source ON events (source)"))
            conn.execute(text("UPDATE schema_info SET value = '1' WHERE key = 'version'"))
    with Store(path) as s, s.connect() as conn:
        assert _stored_aggregates(conn) == before
        assert {r.id: r.eff_date for r in conn.execute(S.events.select())} == dates
        cols = [r[2] for r in conn.execute(text("PRAGMA index_info(ix_events_source)"))]
        assert cols == ["source", "target", "eff_date", "doc_id", "start", "id"]


def test_a_version_1_store_is_migrated_to_version_2(store_url, tmp_path):
    """A store of version 1 (no side_pairs, no quote_actors; PostgreSQL: an expression index
    for full text) gets the new aggregates filled from its records and finds the same sentences."""
    from diplograph.analysis import search
    from diplograph.store import schema as S

    if store_url == ":memory:":
        store_url = str(tmp_path / "v1.db")

    with Store(store_url) as s:
        for ex in _several_documents():
            s.write(ex)
        with s.connect() as conn:
            before = _stored_aggregates(conn)
        found = search(s, "agreed").total
        with s.engine.begin() as conn:  # make it look as version 1 was
            conn.execute(text("DROP TABLE side_pairs"))
            conn.execute(text("DROP TABLE quote_actors"))
            conn.execute(text("DROP TABLE side_events"))
            if s.dialect == "postgresql":
                conn.execute(text("ALTER TABLE sentences DROP COLUMN tsv"))
                conn.execute(text("CREATE INDEX ix_sentences_fts ON sentences "
                                  "USING GIN (to_tsvector('english', text))"))
            conn.execute(text("UPDATE schema_info SET value = '1' WHERE key = 'version'"))
    with Store(store_url) as s:
        with s.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION
            assert _stored_aggregates(conn) == before
            assert conn.execute(S.side_pairs.select()).first() is not None
        assert found == 4 and search(s, "agreed").total == found


def test_a_version_2_store_without_side_events_gets_them(store_url, tmp_path):
    if store_url == ":memory:":
        store_url = str(tmp_path / "v2.db")
    with Store(store_url) as s:
        for ex in _several_documents():
            s.write(ex)
        with s.connect() as conn:
            before = _stored_aggregates(conn)
        with s.engine.begin() as conn:
            conn.execute(text("DROP TABLE side_events"))
    with Store(store_url) as s, s.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION
        assert _stored_aggregates(conn) == before


def _with_person(text: str, country: str | None, target: str = "state:BLR"):
    from diplograph.model import Actor, Event

    ex = sample_extraction(text=text, path=f"{len(text)}.txt")
    ex.actors.append(Actor(id="person:a-minister", name="A Minister", kind="person", country=country,
                           aliases=["A Minister"], mentions=[(0, 5)]))
    doc_id = ex.document.doc_id
    ex.events.append(Event(id=f"{doc_id[:12]}:e1", type="SANCTION", source="person:a-minister", target=target,
                           sentence=text, span=(0, len(text))))
    ex.events.append(Event(id=f"{doc_id[:12]}:e2", type="CONSULT", source="state:BLR",
                           target="person:a-minister", sentence=text, span=(0, len(text))))
    return ex


def test_side_pairs_follow_an_actor_that_gets_a_country_later(store):
    """A person first stored without a country counts under itself; when a later document gives
    it one, its rows move to its state, and later events count there from the start."""
    first = _with_person("China and Belarus agreed on Tuesday, the minister said first.", None)
    again = _with_person("China and Belarus agreed on Tuesday, the minister said again.", None,
                         target="person:a-minister")
    placed = _with_person("China and Belarus agreed on Tuesday, the minister of China said.", "CHN")
    later = _with_person("China and Belarus agreed on Tuesday, the minister said later.", None)
    for ex in (first, again):
        assert store.write(ex)
    with store.connect() as conn:
        stored = _stored_aggregates(conn)["side_pairs"]
    assert any(r[0] == "person:a-minister" for r in stored)
    for ex in (placed, later):
        assert store.write(ex)
    with store.connect() as conn:
        expected, stored = _expected_aggregates(conn)["side_pairs"], _stored_aggregates(conn)["side_pairs"]
    assert stored == expected
    assert not any("person:a-minister" in r[:2] for r in stored)
    assert ("state:CHN", "state:BLR", "SANCTION", False, False, 3) in {r[:6] for r in stored}
    assert ("state:CHN", "state:CHN", "SANCTION", False, False, 1) in {r[:6] for r in stored}  # with itself
    with store.connect() as conn:
        expected, stored = _expected_aggregates(conn)["side_events"], _stored_aggregates(conn)["side_events"]
    assert stored == expected
    assert not any("person:a-minister" in r[1:3] for r in stored)


def test_a_reader_never_creates_a_store(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(str(tmp_path / "typo.db"), create=False)
    assert list(tmp_path.iterdir()) == []


def test_every_database_failure_is_a_one_line_store_error(tmp_path):
    path = tmp_path / "x.db"
    with Store(str(path)) as s, s.connect() as conn:
        with pytest.raises(StoreError) as caught:
            conn.execute(text("SELECT * FROM no_such_table"))
        assert str(caught.value) == f"{path}: no such table: no_such_table"
