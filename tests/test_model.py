"""The export shape follows ../shared/spec/export-format.md."""

from __future__ import annotations

from records import sample_extraction

DOC_FIELDS = {"doc_id", "path", "title", "outlet", "published", "published_inferred", "text", "actors", "events",
              "quotes", "claims", "relations", "times"}


def test_export_has_every_contract_field():
    d = sample_extraction().to_dict()
    assert set(d) >= DOC_FIELDS
    assert {"id", "name", "kind", "country", "roles", "aliases", "mentions"} <= set(d["actors"][0])
    assert {"id", "cluster", "type", "mode", "cameo", "source", "target", "date", "location", "negated",
            "hypothetical", "reported_by", "sentence", "span"} <= set(d["events"][0])
    assert {"id", "text", "speaker", "via", "direct", "span"} <= set(d["quotes"][0])
    assert {"id", "text", "value", "unit", "about", "speaker", "via", "date", "span"} <= set(d["claims"][0])
    assert {"a", "b", "kind", "label", "since", "speaker", "span"} <= set(d["relations"][0])
    assert {"text", "value", "span"} <= set(d["times"][0])
    assert set(d["actors"][2]["roles"][0]) == {"title", "of", "from", "to"}


def test_referenced_ids_and_rename():
    ex = sample_extraction()
    assert ex.referenced_ids() == {"state:CHN", "state:BLR", "media:xinhua"}
    ex.rename_actor("state:CHN", "state:PRC")
    assert ex.events[0].source == "state:PRC"
    assert ex.quotes[0].speaker == "state:PRC"
    assert ex.relations[0].a == "state:PRC"


def test_events_hold_what_happened_and_flagged_records_are_kept_apart():
    from dataclasses import replace

    ex = sample_extraction()
    done = ex.events[0]
    ex.events += [replace(done, id="x:e2", hypothetical=True),  # "could agree"
                  replace(done, id="x:e3", negated=True)]  # "did not agree"
    d = ex.to_dict()
    assert [e["id"] for e in d["events"]] == [done.id]
    assert [(e["id"], e["negated"], e["hypothetical"]) for e in d["unrealized"]] == [
        ("x:e2", False, True), ("x:e3", True, False)]
    assert len(ex.events) == 3 and [e.id for e in ex.unrealized_events] == ["x:e2", "x:e3"]
