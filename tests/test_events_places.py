"""Places as locations and targets, and unclaimed attacks, on the full pipeline. Sentences are ours."""

from __future__ import annotations

import pytest

from diplograph.kb.gazetteer import gazetteer


def _triples(pipeline, text: str) -> set[tuple[str, str, str | None]]:
    doc = pipeline.nlp(text)
    return {(e.type, e.source, e.target) for e in doc._.events}


def test_places_name_their_state():
    g = gazetteer()
    for form, code in [("Jericho", "PSE"), ("Samarra", "IRQ"), ("Darfur", "SDN"), ("Aleppo", "SYR")]:
        hit = g.lookup(form)
        assert hit is not None and hit[0].id == f"state:{code}" and hit[1] == "place", form


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a place inside the target's phrase names the target's state
    ("Turkish jets bombed positions near Kirkuk on Friday.", ("ASSAULT", "state:TUR", "state:IRQ")),
    # an attack no one is named for: unidentified attackers of the state where it happened (its
    # country is the source the PLOVER gold codes; the state itself did not make it)
    ("A bomb near the town of Tikrit killed three Polish engineers.",
     ("ASSAULT", "group:irq-unidentified-attackers", "state:POL")),
    ("A mortar attack in Homs killed two aid workers.",
     ("ASSAULT", "group:syr-unidentified-attackers", "group:syr-workers")),
])
def test_place_events(pipeline, text, expected):
    assert expected in _triples(pipeline, text)


@pytest.mark.model
def test_a_place_is_never_the_agent(pipeline):
    assert not any(s == "state:IRQ" for _, s, _ in _triples(pipeline, "Basra hosted talks between Kuwait and Oman."))


@pytest.mark.model
def test_a_stance_prefix_does_not_name_the_state(pipeline):
    doc = pipeline.nlp("An anti-Syria newspaper editor criticised Lebanon.")
    assert "state:SYR" not in doc._.actors


@pytest.mark.model
def test_coordinated_groups_each_act(pipeline):
    triples = _triples(pipeline, "Spanish and Italian farmers protested against the new quotas.")
    assert ("PROTEST", "group:esp-farmers", "state:ESP") in triples
    assert ("PROTEST", "group:ita-farmers", "state:ITA") in triples


@pytest.mark.model
def test_coordinated_states_before_a_collective_are_both_parties(pipeline):
    triples = _triples(pipeline, "Chinese and Russian troops attacked Indian positions.")
    assert {s for _, s, _ in triples} >= {"state:CHN", "state:RUS"}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Arab League envoy undertook a mediation mission between Syria and Lebanon.",
     ("CONSULT", "org:arab-league", "state:LBN")),
    ("President Macron gave a warm welcome on Thursday to South African leader Cyril Ramaphosa.",
     ("CONSULT", "person:emmanuel-macron", "person:cyril-ramaphosa")),
    ("Turkey opened its border crossing with Syria to allow aid deliveries.", ("RETREAT", "state:TUR", "state:SYR")),
])
def test_mediation_welcome_and_opened_crossings(pipeline, text, expected):
    assert expected in _triples(pipeline, text)


@pytest.mark.model
def test_a_title_before_the_name_gives_the_role(pipeline):
    doc = pipeline.nlp("Kenya's foreign minister, Raphael Tuju, met the envoy.")
    assert doc._.actors["person:raphael-tuju"].country == "KEN"


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Norway opposed military intervention in Iran on Monday.", "state:IRN"),
    ("Norway welcomed the commencement of airstrikes in Syria on Monday.", "state:SYR"),
    ("The Norwegian parliament refused to give the prime minister authority to conduct airstrikes in Kosovo.",
     "state:XKX"),
])
def test_the_place_of_a_judged_act_is_no_recipient(pipeline, text, place):
    # a refusal or opposition of an act names where the act is done, not to whom the stance is addressed
    assert not any(t == place for _, _, t in _triples(pipeline, text))


@pytest.mark.model
def test_a_threat_of_an_act_in_a_place_is_made_to_the_place(pipeline):
    assert ("THREATEN", "state:FRA", "state:SYR") in _triples(pipeline, "France threatened military action in Syria.")
