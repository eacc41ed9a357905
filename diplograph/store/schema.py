"""The one schema, for SQLite and PostgreSQL alike (SQLAlchemy Core).

Each table holding records keeps the id of the document it came from, so a document's
records can be read back (export) or removed together. Offsets are character offsets into
``documents.text``. ``SCHEMA_VERSION`` is bumped with a new entry in ``migrations.MIGRATIONS``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

SCHEMA_VERSION = 1

metadata = MetaData()

schema_info = Table(
    "schema_info", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # ingest order
    Column("doc_id", String(64), nullable=False, unique=True),  # sha256 of text: dedupe key
    Column("path", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("published", String(10)),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("published_basis", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(3)),
)

aliases = Table(
    "aliases", metadata,
    Column("actor_id", String(200), ForeignKey("actors.id"), nullable=False),
    Column("doc_id", String(64), nullable=False),
    Column("alias", Text, nullable=False),
    UniqueConstraint("actor_id", "doc_id", "alias", name="uq_alias"),
)

mentions = Table(
    "mentions", metadata,
    Column("doc_id", String(64), nullable=False),
    Column("actor_id", String(200), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_mentions_actor", "actor_id"),
    Index("ix_mentions_doc", "doc_id"),
)

roles = Table(
    "roles", metadata,
    Column("actor_id", String(200), nullable=False),
    Column("doc_id", String(64), nullable=False),
    Column("title", Text, nullable=False),
    Column("of", String(200)),
    Column("date_from", String(10)),
    Column("date_to", String(10)),
    Index("ix_roles_actor", "actor_id"),
)

events = Table(
    "events", metadata,
    Column("id", String(100), primary_key=True),
    Column("doc_id", String(64), nullable=False),
    Column("cluster", String(100)),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("cameo", String(8)),
    Column("source", String(200), nullable=False),
    Column("target", String(200)),
    Column("date", String(16)),
    Column("location", Text),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False),
    Column("reported_by", String(200)),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("trigger", Text),
    Index("ix_events_source", "source"),
    Index("ix_events_target", "target"),
    Index("ix_events_doc", "doc_id"),
    Index("ix_events_cluster", "cluster"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", String(100), primary_key=True),
    Column("doc_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", String(200)),
    Column("via", String(200)),
    Column("direct", Boolean, nullable=False, default=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_quotes_doc", "doc_id"),
    Index("ix_quotes_speaker", "speaker"),
)

claims = Table(
    "claims", metadata,
    Column("id", String(100), primary_key=True),
    Column("doc_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", Text, nullable=False),
    Column("qualifier", String(32)),
    Column("about", Text),
    Column("speaker", String(200)),
    Column("via", String(200)),
    Column("date", String(16)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_claims_doc", "doc_id"),
)

relations = Table(
    "relations", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), nullable=False),
    Column("a", String(200), nullable=False),
    Column("b", String(200), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("label", Text, nullable=False),
    Column("since", String(16)),
    Column("speaker", String(200)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_relations_a", "a"),
    Index("ix_relations_b", "b"),
    Index("ix_relations_doc", "doc_id"),
)

times = Table(
    "times", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(32)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_times_doc", "doc_id"),
)

omissions = Table(
    "omissions", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), nullable=False),
    Column("outlet", String(200), nullable=False),
    Column("what", Text, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_omissions_doc", "doc_id"),
)

sentences = Table(
    "sentences", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_sentences_doc", "doc_id"),
)

# Tables whose rows belong to one document (deleted with it, exported with it).
PER_DOCUMENT = (aliases, mentions, roles, events, quotes, claims, relations, times, omissions, sentences)
