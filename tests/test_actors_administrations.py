"""An unplaced "administration" is the government of the head the document names as heading one, never the
state its sentence names (``actors/administrations.py``); our own words, read by the model."""

from __future__ import annotations

from diplograph.model import Document


def _extract(pipeline, text: str):
    return next(pipeline.extract([Document(doc_id="t", path="t", text=text)]))


def test_administration_officials_are_of_the_named_administrations_state(pipeline):
    ex = _extract(pipeline, "The Obama administration weighed a loan to Chile. Peru asked for help. "
                            "“We will not pay,” a senior administration official said of Peru.")
    quote = next(q for q in ex.quotes if "pay" in q.text)
    assert quote.speaker == "group:usa-senior-administration-official"


def test_the_white_house_places_an_administration_no_leader_names(pipeline):
    ex = _extract(pipeline, "The White House weighed a loan to Chile. "
                            "Administration officials said Peru had failed to pay its debts.")
    groups = {a.id: a.country for a in ex.actors if "officials" in a.id}
    assert "PER" not in groups.values()
