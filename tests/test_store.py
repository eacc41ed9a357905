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
