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
    Column("outlet", Text),
    Column("published", Text),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("published_basis", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", Text, nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("country", Text),
)

aliases = Table(
    "aliases", metadata,
    Column("actor_id", Text, ForeignKey("actors.id"), nullable=False),
    Column("doc_id", String(64), nullable=False),
    Column("alias", Text, nullable=False),
    UniqueConstraint("actor_id", "doc_id", "alias", name="uq_alias"),
)

mentions = Table(
    "mentions", metadata,
    Column("doc_id", String(64), nullable=False),
    Column("actor_id", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_mentions_actor", "actor_id"),
    Index("ix_mentions_doc", "doc_id"),
)

roles = Table(
    "roles", metadata,
    Column("actor_id", Text, nullable=False),
    Column("doc_id", String(64), nullable=False),
    Column("title", Text, nullable=False),
    Column("of", Text),
    Column("date_from", Text),
    Column("date_to", Text),
    Index("ix_roles_actor", "actor_id"),
)

events = Table(
    "events", metadata,
    Column("id", Text, primary_key=True),
    Column("doc_id", String(64), nullable=False),
    Column("cluster", Text),
    Column("type", Text, nullable=False),
    Column("mode", Text),
    Column("cameo", Text),
    Column("source", Text, nullable=False),
    Column("target", Text),
    Column("date", Text),
    Column("location", Text),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False),
    Column("reported_by", Text),
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
    Column("id", Text, primary_key=True),
    Column("doc_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("via", Text),
    Column("direct", Boolean, nullable=False, default=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_quotes_doc", "doc_id"),
    Index("ix_quotes_speaker", "speaker"),
)

claims = Table(
    "claims", metadata,
    Column("id", Text, primary_key=True),
    Column("doc_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", Text, nullable=False),
    Column("qualifier", Text),
    Column("about", Text),
    Column("speaker", Text),
    Column("via", Text),
    Column("date", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_claims_doc", "doc_id"),
)

relations = Table(
    "relations", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), nullable=False),
    Column("a", Text, nullable=False),
    Column("b", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("since", Text),
    Column("speaker", Text),
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
    Column("value", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_times_doc", "doc_id"),
)

omissions = Table(
    "omissions", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), nullable=False),
    Column("outlet", Text, nullable=False),
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
