"""Cross-document event clustering: records of the same real-world event share a ``cluster``.

Two records are one event when they have the same PLOVER type (an intended meeting and the
meeting itself count as one), the same parties (a leader counts for the state he leads only
through identical ids: the linker sees ids, not actor records, so ``person:x`` and
``state:BLR`` differ) and compatible dates: "in March" matches a three-day visit that
started on 28 February, with a few days' slack at month edges. An undated record is
linked only when its document's date lies near the other's date.

``infer_year`` uses the same test to give an undated document a year: "Aug. 16" becomes
2023-08-16 when a dated article reports the same visit in 2023.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from typing import Literal

from ..model import Event
from ..nlp.time import date_compatible, day_range, usable

# Days a reported event may run on past its first day when the text does not say ("visited").
SLACK_DAYS = 3
# An undated record matches a dated one when its article appeared this close to the date.
UNDATED_WINDOW_DAYS = 45
_DURATION = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)[- ]day\b", re.I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_SAME_EVENT_TYPES = {frozenset({"CONSULT", "AGREE"})}


def _duration(e: Event) -> int:
    """Days the event's sentence says it lasts ("a three-day visit"), beyond its first."""
    m = _DURATION.search(e.sentence or "")
    if not m:
        return 0
    word = m.group(1).lower()
    return max(0, (int(word) if word.isdigit() else _NUMBERS[word]) - 1)


def _types_match(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in _SAME_EVENT_TYPES


def _parties_match(a: Event, b: Event) -> bool:
    if a.source != b.source:
        return False
    return a.target is None or b.target is None or a.target == b.target


def _dates_match(a: Event, pa: str | None, b: Event, pb: str | None) -> bool:
    slack = SLACK_DAYS + max(_duration(a), _duration(b))
    if usable(a.date) and usable(b.date):
        return date_compatible(a.date, b.date, slack)
    # one side undated: fall back on the document dates, which must be close
    da = a.date if usable(a.date) else pa
    db = b.date if usable(b.date) else pb
    if not (usable(da) and usable(db)):
        return False
    return date_compatible(da, db, UNDATED_WINDOW_DAYS)


def cluster_id(e: Event) -> str:
    return "c:" + hashlib.sha1(e.id.encode("utf-8")).hexdigest()[:16]


# Earlier events of some sources, each with its document's date, in ingest order (the store's).
Fetch = Callable[[list[str]], Iterable[tuple[Event, str | None]]]


class EventLinker:
    """Gives every event a corpus-wide cluster id, remembering what it has seen.

    Two records of one event share their source, so earlier events are kept by source, and
    ``fetch`` (the store) supplies a source's earlier events the first time it comes up:
    linking never scans the whole corpus, and never holds more of it than it touches.

    Within a source, events are found by date: each is filed under the ``BUCKET_DAYS``-day
    buckets its effective date (its own, else its document's) covers, and a new event is
    compared only with those filed within the widest slack a match allows of its own date, so
    a new event costs the same whether its source has a hundred earlier events or a million.
    Dates with an unknown year ("XXXX-03") match any year and are compared with every one."""

    BUCKET_DAYS = 16

    def __init__(self, known: Iterable[tuple[Event, str | None]] = (), *, fetch: Fetch | None = None) -> None:
        self._by_source: dict[str, list[tuple[Event, str | None]]] = {}
        self._ids: set[str] = set()
        self._fetch = fetch
        self._fetched: set[str] = set()
        # per source: bucket -> positions in _by_source[source]; positions of dates in no bucket
        # (unknown year); the longest duration any of its events states (it widens the window)
        self._buckets: dict[str, dict[int, list[int]]] = {}
        self._anywhen: dict[str, list[int]] = {}
        self._longest: dict[str, int] = {}
        # a ``fetch`` that takes ``months`` is asked only for the months a new event needs
        # (store.known_events); each source's months already asked, and which ids came from it
        import inspect

        self._windowed = fetch is not None and "months" in inspect.signature(fetch).parameters
        self._months: dict[str, set[int]] = {}
        self._stored: set[str] = set()
        for e, published in known:
            self._remember(e, published)

    def _remember(self, e: Event, published: str | None) -> None:
        if e.id in self._ids:
            return
        if e.cluster is None:
            e.cluster = cluster_id(e)
        self._ids.add(e.id)
        known = self._by_source.setdefault(e.source, [])
        known.append((e, published))
        if e.source in self._buckets:
            self._file(e.source, len(known) - 1, e, published)

    def _span(self, e: Event, published: str | None) -> tuple[int, int] | None | Literal[True]:
        """The days (ordinals) the effective date of ``e`` covers; None when it has no usable date
        (it can match nothing); True when it cannot be placed (unknown year: it may match any)."""
        value = e.date if usable(e.date) else published
        if not usable(value):
            return None
        covered = day_range(value)
        if covered is None or not covered[2]:
            return True
        return covered[0].toordinal(), covered[1].toordinal()

    def _file(self, source: str, position: int, e: Event, published: str | None) -> None:
        span = self._span(e, published)
        self._longest[source] = max(self._longest.get(source, 0), _duration(e))
        if span is True:
            self._anywhen.setdefault(source, []).append(position)
        elif span:
            buckets = self._buckets.setdefault(source, {})
            for bucket in range(span[0] // self.BUCKET_DAYS, span[1] // self.BUCKET_DAYS + 1):
                buckets.setdefault(bucket, []).append(position)

    def _near(self, e: Event, published: str | None) -> list[tuple[Event, str | None]]:
        """Earlier events of ``e``'s source that could match it by date, oldest first: those
        within the widest slack (an undated side's window, or the longest stated duration)."""
        span = self._span(e, published)
        if self._windowed and span is not None and span is not True and e.source not in self._fetched:
            margin = 31 + max(UNDATED_WINDOW_DAYS, SLACK_DAYS + max(_duration(e), self._longest.get(e.source, 0)))
            self._fetch_months(e.source, span[0] - margin, span[1] + margin)
            known = self._by_source.setdefault(e.source, [])
        else:
            known = self._candidates(e.source)
        if e.source not in self._buckets:  # filed on first need (after the store's events came in)
            self._buckets[e.source], self._anywhen[e.source] = {}, []
            for position, (other, opub) in enumerate(known):
                self._file(e.source, position, other, opub)
        if span is None or span is False:
            return []
        if span is True:
            return known
        slack = max(UNDATED_WINDOW_DAYS, SLACK_DAYS + max(_duration(e), self._longest.get(e.source, 0)))
        buckets = self._buckets[e.source]
        positions = set(self._anywhen[e.source])
        for bucket in range((span[0] - slack) // self.BUCKET_DAYS, (span[1] + slack) // self.BUCKET_DAYS + 1):
            positions.update(buckets.get(bucket, ()))
        return [known[p] for p in sorted(positions)]

    def _candidates(self, source: str) -> list[tuple[Event, str | None]]:
        """Earlier events of ``source``, oldest first (fetched from the store on first need, so
        they come before this run's own: the same order an uninterrupted ingest sees)."""
        if self._fetch is not None and source not in self._fetched:
            self._fetched.add(source)
            mine = self._by_source.pop(source, [])
            for e, published in self._fetch([source]):
                self._stored.add(e.id)
                self._remember(e, published)
            known = self._by_source.setdefault(source, [])
            known += [pair for pair in mine if pair not in known]
            self._buckets.pop(source, None)  # positions changed: filed again on next need
            self._anywhen.pop(source, None)
        return self._by_source.get(source, [])

    def _fetch_months(self, source: str, first_day: int, last_day: int) -> None:
        """Fetch the stored events of ``source`` in the months of those days not fetched yet; they
        go before this run's own events (the order an uninterrupted ingest sees). Two limits of
        asking by month: stored events of two windows are compared in the order fetched (it
        matters only when a new event matches several stored ones of different clusters), and a
        stored date without a year ("XXXX-03") is found in its document's year only."""
        import datetime as dt

        def month(day: int) -> int:
            d = dt.date.fromordinal(max(1, day))
            return d.year * 12 + d.month - 1

        asked = self._months.setdefault(source, set())
        missing = [m for m in range(month(first_day), month(last_day) + 1) if m not in asked]
        if not missing:
            return
        undated = not asked  # events without a usable date: with the first window only
        asked.update(missing)
        lo, hi = min(missing), max(missing)
        window = (f"{lo // 12:04d}-{lo % 12 + 1:02d}", f"{hi // 12:04d}-{hi % 12 + 1:02d}")
        known = self._by_source.setdefault(source, [])
        stored = [pair for pair in known if pair[0].id in self._stored]
        mine = [pair for pair in known if pair[0].id not in self._stored]
        fresh = []
        for e, published in self._fetch([source], months=window, undated=undated):  # type: ignore[call-arg,misc]
            if e.id not in self._ids:
                self._ids.add(e.id)
                self._stored.add(e.id)
                e.cluster = e.cluster or cluster_id(e)
                fresh.append((e, published))
        if fresh:
            self._by_source[source] = stored + fresh + mine
            self._buckets.pop(source, None)  # positions changed: filed again on next need
            self._anywhen.pop(source, None)

    def _find(self, e: Event, published: str | None, exclude_doc: str) -> Event | None:
        for other, opub in self._near(e, published):
            if other.id.split(":")[0] == exclude_doc:
                continue  # within a document, deduplication already decided
            if _types_match(e.type, other.type) and _parties_match(e, other) \
                    and e.negated == other.negated and _dates_match(e, published, other, opub):
                return other
        return None

    def link(self, events: list[Event], published: str | None) -> None:
        """Set ``cluster`` on each event: the cluster of a matching earlier event, else a new one."""
        batch: list[tuple[Event, str | None]] = []
        for e in events:
            twin = self._find(e, published, e.id.split(":")[0])
            e.cluster = twin.cluster if twin is not None and twin.cluster else cluster_id(e)
            batch.append((e, published))
        for e, pub in batch:  # after the loop: events of one document never link to each other
            if not self._windowed:
                self._candidates(e.source)
            self._remember(e, pub)

    def infer_year(self, events: list[Event]) -> tuple[int, str] | None:
        """For an undated document's events (dates like ``XXXX-03``): a year from a linked
        dated event, and the reason in words."""
        for e in events:
            if not e.date or not e.date.startswith("XXXX"):
                continue
            for other, _ in self._candidates(e.source):
                if other.date is None or not usable(other.date) or other.date.startswith("XXXX"):
                    continue
                if not (_types_match(e.type, other.type) and _parties_match(e, other)):
                    continue
                year = int(other.date[:4])
                slack = SLACK_DAYS + max(_duration(e), _duration(other))
                candidate = year
                # a date late in December can match an undated early-January mention
                for y in (year, year + 1, year - 1):
                    if date_compatible(e.date.replace("XXXX", str(y)), other.date, slack):
                        candidate = y
                        break
                else:
                    continue
                rng = day_range(other.date)
                when = rng[0].isoformat() if rng else other.date
                return candidate, (f"the same {e.type.lower()} event ({e.source} -> {e.target or 'none'}, "
                                   f"'{e.trigger or e.type}') is dated {when} in another document")
        return None


