"""The one schema, for SQLite and PostgreSQL alike (SQLAlchemy Core).

Each table holding records keeps the id of the document it came from, so a document's
records can be read back (export) or removed together. Offsets are character offsets into
``documents.text``. ``SCHEMA_VERSION`` is bumped with a new entry in ``migrations.MIGRATIONS``.

The aggregate tables at the end (``AGGREGATES``) are counts over the record tables, kept by
``Store.write`` in the document's own transaction, so the answers read a few hundred rows
where a busy actor has tens of thousands of events. They hold nothing the record tables do
not: ``Store.rebuild_aggregates`` recomputes them from scratch.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
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
    func,
)

SCHEMA_VERSION = 2

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
    # an actor's latest documents: walk this index backwards, stop after a page
    Index("ix_documents_published", "published", "seq"),
)

actors = Table(
    "actors", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("country", Text),
    Index("ix_actors_country", "country"),  # a state's side: its persons and organisations
)
# case-insensitive lookup of a user's name for an actor (analysis.common.resolve_actor)
Index("ix_actors_name_lower", func.lower(actors.c.name))

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
    # covering: an actor's documents and their mention counts come from the index alone
    Index("ix_mentions_actor", "actor_id", "doc_id", "start", "end"),
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
    # ``date`` made sortable (dyads.effective_date): a year-less date takes the document's year,
    # none its document's date. Stored so a dyad's timeline is sorted and paged without a join.
    Column("eff_date", Text),
    # a pair's events in timeline order, either direction (also serve source-only and
    # target-only lookups); covering, so a dyad's page is chosen from the indexes alone
    Index("ix_events_source", "source", "target", "eff_date", "doc_id", "start", "id"),
    Index("ix_events_target", "target", "source", "eff_date", "doc_id", "start", "id"),
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
    Index("ix_quotes_speaker", "speaker", "doc_id"),
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
# Full text: FTS5 table ``sentences_fts`` on SQLite; on PostgreSQL a stored ``tsv`` column
# (generated from ``text``) with a GIN index. Both are created in ``migrations`` (SQLAlchemy's
# MetaData describes neither), so ``sentences`` rows are written without them.

# --- aggregates (see the module doc) ---------------------------------------------------------
# A missing target or month is '' rather than NULL: NULLs never conflict in a unique key, so
# an upsert could not add to the row.

# Events per (source, target, type, negation, hypothesis, effective month): a dyad's monthly score.
event_months = Table(
    "event_months", metadata,
    Column("source", Text, primary_key=True),
    Column("target", Text, primary_key=True),
    Column("type", Text, primary_key=True),
    Column("negated", Boolean, primary_key=True),
    Column("hypothetical", Boolean, primary_key=True),
    Column("month", Text, primary_key=True),  # YYYY-MM of eff_date, or its first 7 characters
    Column("n", BigInteger, nullable=False),
    Index("ix_event_months_target", "target", "source", "type", "negated", "hypothetical", "month", "n"),
    sqlite_with_rowid=False,  # rows clustered by their key: a side's rows are read without lookups
)

# The same without the month: alignment scores and the network. ``sample`` is the smallest
# event id of the group, shown as evidence.
def _pair_table(name: str) -> Table:
    """Event counts per (source, target, type, negation, hypothesis), read from either side."""
    return Table(
        name, metadata,
        Column("source", Text, primary_key=True),
        Column("target", Text, primary_key=True),
        Column("type", Text, primary_key=True),
        Column("negated", Boolean, primary_key=True),
        Column("hypothetical", Boolean, primary_key=True),
        Column("n", BigInteger, nullable=False),
        Column("sample", Text, nullable=False),
        Index(f"ix_{name}_target", "target", "source", "type", "negated", "hypothetical", "n", "sample"),
        sqlite_with_rowid=False,
    )


event_pairs = _pair_table("event_pairs")

# Events per actor, role (source or target) and type: the profile's counts, the network's degree.
actor_event_types = Table(
    "actor_event_types", metadata,
    Column("actor_id", Text, primary_key=True),
    Column("role", String(8), primary_key=True),  # source | target
    Column("type", Text, primary_key=True),
    Column("n", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

# Documents and mentions per actor: the profile's document total, the busiest of several
# actors one name stands for.
actor_counts = Table(
    "actor_counts", metadata,
    Column("actor_id", Text, primary_key=True),
    Column("documents", BigInteger, nullable=False),
    Column("mentions", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

# Each distinct alias of an actor once (``aliases`` has it once per document), with ``key``
# the normalised form a user's name is looked up by (records.name_key) and ``documents`` the
# number of documents it was seen in.
actor_aliases = Table(
    "actor_aliases", metadata,
    Column("actor_id", Text, primary_key=True),
    Column("alias", Text, primary_key=True),
    Column("key", Text, nullable=False),
    Column("documents", BigInteger, nullable=False),
    Index("ix_actor_aliases_key", "key"),
    sqlite_with_rowid=False,
)

# ``event_pairs`` between sides: each party replaced by its principal (a state for its persons
# and organisations, ``records.principal_id``), so a state's alignment reads its side's few
# thousand rows instead of its members' tens of thousands. A person's principal changes when a
# later document gives it a country: ``Store.write`` then moves its rows (``records.move_principal``).
side_pairs = _pair_table("side_pairs")

# Each quotation and every actor named inside it (a mention within its span) but its speaker,
# with the document's date: an actor's "quotes about" page read in date order from an index
# instead of joining all its mentions with the quotations.
quote_actors = Table(
    "quote_actors", metadata,
    Column("actor_id", Text, primary_key=True),
    Column("quote_id", Text, primary_key=True),
    Column("doc_id", String(64), nullable=False),
    Column("speaker", Text),
    Column("published", Text),
    Column("start", Integer, nullable=False),
    Index("ix_quote_actors_page", "actor_id", "published", "start", "quote_id"),
    Index("ix_quote_actors_doc", "doc_id"),
    sqlite_with_rowid=False,
)

# The events between sides, one row per event with a target, each party replaced by its principal
# as in ``side_pairs`` (rows moved with them): the timeline of two states is a range of one index
# in date order, and its monthly scores a count over that range, where ``events`` would be probed
# for every pair of the sides' members (China's side and Russia's: 260 x 260 pairs each way).
side_events = Table(
    "side_events", metadata,
    Column("id", Text, primary_key=True),  # events.id
    Column("source", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("eff_date", Text),
    Column("doc_id", String(64), nullable=False),
    Column("start", Integer, nullable=False),
    Column("type", Text, nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Index("ix_side_events_pair", "source", "target", "eff_date", "doc_id", "start", "id",
          "type", "negated", "hypothetical"),
    sqlite_with_rowid=False,
)

# Added to v2 before its release (``migrations._complete_v2`` creates them in a v2 store without
# them): the orders alignment's bounded scans choose their rows by (``analysis.alignment``), given
# by an index so a busy side's first rows are read without sorting all of its thousands.
# A side's events by date (its hostile events, the most recent first):
ix_side_events_recent = Index("ix_side_events_recent", side_events.c.source, side_events.c.eff_date,
                              side_events.c.id, side_events.c.type, side_events.c.negated,
                              side_events.c.doc_id, side_events.c.start)
# the quotations of a speaker by date, with the actors they name (quotations by a side):
ix_quote_actors_speaker = Index("ix_quote_actors_speaker", quote_actors.c.speaker, quote_actors.c.published,
                                quote_actors.c.start, quote_actors.c.quote_id, quote_actors.c.actor_id)
# a record's document date from the index alone (relations of a side, the most recent first):
ix_documents_doc_date = Index("ix_documents_doc_date", documents.c.doc_id, documents.c.published)
# a source's events by effective date (cross-document event linking looks up a date window):
ix_events_source_date = Index("ix_events_source_date", events.c.source, events.c.eff_date)
LATE_V2_INDEXES = (ix_side_events_recent, ix_quote_actors_speaker, ix_documents_doc_date, ix_events_source_date)

AGGREGATES = (event_months, event_pairs, actor_event_types, actor_counts, actor_aliases, side_pairs, quote_actors,
              side_events)

# Tables whose rows belong to one document (deleted with it, exported with it).
PER_DOCUMENT = (aliases, mentions, roles, events, quotes, claims, relations, times, omissions, sentences)
