"""Cross-document event clusters and the year an undated document takes from a linked event."""

from __future__ import annotations

from diplograph.link.events import EventLinker
from diplograph.model import Event


def ev(doc: str, n: int, type_: str, source: str, target: str | None, date: str | None,
       sentence: str = "") -> Event:
    return Event(id=f"{doc}:e{n}", type=type_, source=source, target=target, sentence=sentence,
                 span=(0, 1), date=date, trigger="visit")


def test_same_visit_in_two_articles_shares_a_cluster():
    dated = ev("aaa", 1, "CONSULT", "person:berg", "state:FRA", "2023-02-28", "Berg began a three-day visit.")
    later = ev("bbb", 1, "CONSULT", "person:berg", "state:FRA", "2023-03")  # "visited Paris in March"
    other = ev("bbb", 2, "CONSULT", "person:berg", "state:DEU", "2023-03")
    linker = EventLinker()
    linker.link([dated], "2023-02-28")
    linker.link([later, other], "2023-08-20")
    assert later.cluster == dated.cluster
    assert other.cluster not in (None, dated.cluster)


def test_dates_far_apart_are_different_events():
    a = ev("aaa", 1, "CONSULT", "person:berg", "state:FRA", "2019-05-02")
    b = ev("bbb", 1, "CONSULT", "person:berg", "state:FRA", "2023-05")
    linker = EventLinker([(a, "2019-05-03")])
    linker.link([b], "2023-06-01")
    assert a.cluster != b.cluster


def test_cluster_ids_are_deterministic():
    one, two = EventLinker(), EventLinker()
    a1 = ev("aaa", 1, "ACCUSE", "state:FRA", "state:DEU", None)
    a2 = ev("aaa", 1, "ACCUSE", "state:FRA", "state:DEU", None)
    one.link([a1], None)
    two.link([a2], None)
    assert a1.cluster == a2.cluster and a1.cluster.startswith("c:")


def test_infer_year_from_a_linked_dated_event():
    dated = ev("aaa", 1, "CONSULT", "person:berg", "state:FRA", "2023-02-28", "a three-day visit")
    linker = EventLinker([(dated, "2023-02-28")])
    undated = [ev("bbb", 1, "CONSULT", "person:berg", "state:FRA", "XXXX-03")]
    year, basis = linker.infer_year(undated)
    assert year == 2023 and "2023-02-28" in basis


def test_infer_year_needs_a_compatible_month():
    dated = ev("aaa", 1, "CONSULT", "person:berg", "state:FRA", "2023-02-10")
    linker = EventLinker([(dated, "2023-02-10")])
    assert linker.infer_year([ev("bbb", 1, "CONSULT", "person:berg", "state:FRA", "XXXX-07")]) is None


def test_a_day_missing_from_the_stand_in_year_does_not_crash_linking():
    from diplograph.nlp.time import date_compatible

    # 29 February without a year, compared with a non-leap year; ISO week 53 of a 52-week year
    assert date_compatible("XXXX-02-29", "2023-03-01")
    assert date_compatible("XXXX-W53", "2021-01-01")


def test_earlier_events_are_fetched_per_source_and_come_first():
    from diplograph.model import Event

    def ev(doc: str, source: str, date: str) -> Event:
        return Event(id=f"{doc}:e1", type="CONSULT", source=source, target="state:BLR", sentence="s",
                     span=(0, 1), date=date)

    stored = [(ev("old", "state:CHN", "2023-08-16"), "2023-08-17")]
    asked: list[list[str]] = []

    def fetch(sources: list[str]):
        asked.append(sources)
        return [pair for pair in stored if pair[0].source in sources]

    linker = EventLinker(fetch=fetch)
    new = ev("new", "state:CHN", "2023-08-16")
    other = ev("new2", "state:RUS", "2023-08-16")
    linker.link([new], "2023-08-18")
    linker.link([other], "2023-08-18")
    assert new.cluster == stored[0][0].cluster
    assert other.cluster != new.cluster
    assert asked == [["state:CHN"], ["state:RUS"]]  # each source once, nothing else loaded
