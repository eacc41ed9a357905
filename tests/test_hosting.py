"""A meeting at one party's own seat of power is hosted by it (``nlp/events/hosting.py``). The
sentences are our own; hand-built parses need no statistical model."""

from __future__ import annotations

from diplograph.kb import using
from diplograph.model import Actor
from diplograph.nlp.events import hosting
from diplograph.nlp.events.lexicon import Trigger
from docs import parse

ROSS, TANAKA = "person:ross", "person:tanaka"
KNOWN = {ROSS: Actor(ROSS, "Ada Ross", "person", "USA"), TANAKA: Actor(TANAKA, "Ken Tanaka", "person", "JPN")}
MEET = Trigger("meet", "V", "CONSULT", "", "040", (), frozenset(), frozenset({"recip"}))
VISIT = Trigger("visit", "V", "CONSULT", "visit", "042", (), frozenset(), frozenset({"target"}))


def _met_with(venue: list[tuple[str, str, str, str, int]]) -> list[tuple[str, str, str, str, int]]:
    """Rows of "Ross met with Tanaka <venue> ." with the venue phrase hung on "met"."""
    return [("Ross", "Ross", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
            ("with", "with", "ADP", "prep", 1), ("Tanaka", "Tanaka", "PROPN", "pobj", 2), *venue,
            (".", ".", "PUNCT", "punct", 1)]


_AT_THE_WHITE_HOUSE = [("at", "at", "ADP", "prep", 1), ("the", "the", "DET", "det", 7),
                       ("White", "White", "PROPN", "compound", 7), ("House", "House", "PROPN", "pobj", 4)]
_IN_TOKYO = [("in", "in", "ADP", "prep", 1), ("Tokyo", "Tokyo", "PROPN", "pobj", 4)]
_IN_SINGAPORE = [("in", "in", "ADP", "prep", 1), ("Singapore", "Singapore", "PROPN", "pobj", 4)]


def test_the_partner_met_at_the_subjects_own_seat_is_the_visitor():
    with using(None):
        # "Ross met with Tanaka at the White House": Ross hosts, Tanaka is the guest (source)
        doc = parse(_met_with(_AT_THE_WHITE_HOUSE), {0: ROSS, 3: TANAKA}, KNOWN, mentions=True)
        assert hosting.met_at_own_seat(doc[1], MEET, ([ROSS], [TANAKA]), KNOWN) == ([TANAKA], [ROSS])
        assert hosting.hosted_roles(doc[1], MEET, ([ROSS], [TANAKA]), KNOWN) == ([TANAKA], [ROSS])
        # a trip word's subject is the one who travels: it stays
        assert hosting.met_at_own_seat(doc[1], VISIT, ([ROSS], [TANAKA]), KNOWN) is None
        # "Ross met with Tanaka in Tokyo": the venue is the partner's, the roles stay
        doc = parse(_met_with(_IN_TOKYO), {0: ROSS, 3: TANAKA}, KNOWN, mentions=True)
        assert hosting.hosted_roles(doc[1], MEET, ([ROSS], [TANAKA]), KNOWN) == ([ROSS], [TANAKA])
        # "Ross met with Tanaka in Singapore": a third state's venue hosts neither
        doc = parse(_met_with(_IN_SINGAPORE), {0: ROSS, 3: TANAKA}, KNOWN, mentions=True)
        assert hosting.met_at_own_seat(doc[1], MEET, ([ROSS], [TANAKA]), KNOWN) is None


def test_the_venue_hung_on_the_partner_still_names_the_host():
    # "Tanaka met with Ross in Tokyo", the parser hanging "in Tokyo" on Ross
    rows = [("Tanaka", "Tanaka", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
            ("with", "with", "ADP", "prep", 1), ("Ross", "Ross", "PROPN", "pobj", 2),
            ("in", "in", "ADP", "prep", 3), ("Tokyo", "Tokyo", "PROPN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)]
    with using(None):
        doc = parse(rows, {0: TANAKA, 3: ROSS}, KNOWN, mentions=True)
        assert hosting.met_at_own_seat(doc[1], MEET, ([TANAKA], [ROSS]), KNOWN) == ([ROSS], [TANAKA])


def test_every_hosting_rule_has_a_test():
    assert {r.__name__ for r in hosting.HOSTING_RULES} == {"met_at_own_seat"}
