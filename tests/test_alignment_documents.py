"""The side answer weighs counterparts by independent documents (one article repeating a misread
act cannot make an enemy), never lists a placeholder group or a territory of the side's own state,
and reads a meeting "at" a summit forum as the forum's venue (issue 14 item 6)."""

from __future__ import annotations

import hashlib

from diplograph.analysis import alignment
from diplograph.analysis.common import ActorRef
from diplograph.analysis.counterparts import is_own_territory, is_unattributed, is_venue_act
from diplograph.model import Actor, Document, Event, Extraction
from diplograph.store import Store

STATES = (("ZEM", "Zembla"), ("OST", "Ostland"), ("FRE", "Freedonia"), ("HKG", "Hong Kong"), ("CHN", "China"))


def _write(store: Store, text: str, events: list[tuple[str, str, str]], extra: list[Actor] | None = None) -> None:
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    actors = [Actor(id=f"state:{c}", name=n, kind="state", country=c, aliases=[n], mentions=[(0, 1)])
              for c, n in STATES] + (extra or [])
    records = [Event(id=f"{doc_id[:12]}:e{i}", type=t, source=s, target=o, sentence=text, span=(0, len(text)),
                     date="2024-01-02") for i, (t, s, o) in enumerate(events)]
    store.write(Extraction(document=Document(doc_id=doc_id, path=f"{doc_id[:8]}.txt", text=text,
                                             published="2024-01-02"),
                           actors=actors, events=records, sentences=[(0, len(text))]))


def test_one_document_repeating_an_act_ranks_below_acts_in_several_documents() -> None:
    store = Store(":memory:")
    # one article tells of Ostland's raids on Zembla five times over
    _write(store, "Ostland raided Zembla. The Ostland raid on Zembla, and three more Ostland raids on Zembla.",
           [("ASSAULT", "state:OST", "state:ZEM")] * 5)
    # two articles each report Freedonia criticising Zembla once
    _write(store, "Freedonia criticised Zembla over its dams.", [("ACCUSE", "state:FRE", "state:ZEM")])
    _write(store, "Freedonia again criticised Zembla on trade.", [("ACCUSE", "state:FRE", "state:ZEM")])
    answer = alignment(store, "Zembla").to_dict()
    opposed = [(c["id"], c["score"], c["documents"]) for c in answer["opposed"]]
    # the five raids of one document count as one strong act (-10 / 10), and rank after the two documents
    assert opposed == [("state:FRE", -0.8, 2), ("state:OST", -1.0, 1)]


def test_placeholder_groups_and_the_sides_own_territory_are_no_counterparts() -> None:
    store = Store(":memory:")
    gunmen = Actor(id="group:zem-militants", name="Militants (Zembla)", kind="group", country="ZEM",
                   mentions=[(0, 1)])
    for text in ("Gunmen attacked Zembla's border post.", "Gunmen again attacked Zembla's border post."):
        _write(store, text, [("ASSAULT", "group:zem-militants", "state:ZEM")], [gunmen])
    for text in ("Hong Kong protested to China.", "Hong Kong again protested to China."):
        _write(store, text, [("PROTEST", "state:HKG", "state:CHN")])
    assert alignment(store, "Zembla").to_dict()["opposed"] == []
    assert alignment(store, "China").to_dict()["opposed"] == []
    # Hong Kong is a counterpart of others: only its own state's side leaves it out
    assert [c["id"] for c in alignment(store, "Hong Kong").to_dict()["opposed"]] == ["state:CHN"]


def test_a_meeting_at_a_summit_forum_is_no_partnership() -> None:
    store = Store(":memory:")
    g20 = Actor(id="org:g20", name="G20", kind="organization", aliases=["G20"], mentions=[(0, 1)])
    for text in ("Zembla's leader will talk to Ostland at the G20 summit.", "Zembla met leaders at the G20."):
        _write(store, text, [("CONSULT", "org:g20", "state:ZEM")], [g20])
    assert alignment(store, "Zembla").to_dict()["aligned"] == []


def test_the_rules_words() -> None:
    assert is_unattributed(ActorRef("group:usa-civilians", "Civilians (United States)", "group", "USA"))
    assert is_unattributed(ActorRef("group:lby-unidentified-attackers", "Unidentified attackers (Libya)", "group"))
    # one protester group per state gathers crowds of different years and sides: no counterpart
    assert is_unattributed(ActorRef("group:chn-protesters", "Protesters (China)", "group", "CHN"))
    assert not is_unattributed(ActorRef("group:syr-opposition", "Opposition (Syria)", "group", "SYR"))
    assert not is_unattributed(ActorRef("group:syr-rebels", "Rebels (Syria)", "group", "SYR"))
    assert is_own_territory(ActorRef("state:HKG", "Hong Kong", "state", "HKG"), "CHN")
    assert not is_own_territory(ActorRef("state:HKG", "Hong Kong", "state", "HKG"), "GBR")
    assert not is_own_territory(ActorRef("state:TWN", "Taiwan", "state", "TWN"), "CHN")
    assert is_venue_act(ActorRef("org:g20", "G20", "organization"), "CONSULT")
    assert not is_venue_act(ActorRef("org:g20", "G20", "organization"), "SANCTION")
    assert not is_venue_act(ActorRef("org:un", "United Nations", "organization"), "CONSULT")
