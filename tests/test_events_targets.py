"""Recipients beyond the object, domestic acts behind a frame, and one act of force per clause,
on hand-built parses (no model). The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor, Role
from diplograph.nlp.events import find_events
from docs import parse

ACTORS = {
    "state:FRA": Actor("state:FRA", "France", "state", "FRA"),
    "state:DEU": Actor("state:DEU", "Germany", "state", "DEU"),
    "state:HUN": Actor("state:HUN", "Hungary", "state", "HUN"),
    "state:SRB": Actor("state:SRB", "Serbia", "state", "SRB"),
    "group:hun-opposition": Actor("group:hun-opposition", "Hungarian opposition", "group", "HUN"),
    "person:anna-berg": Actor("person:anna-berg", "Anna Berg", "person", "DEU"),
    "person:jan-holm": Actor("person:jan-holm", "Jan Holm", "person", "DEU", roles=[Role("Foreign Minister", "DEU")]),
    "person:ute-lind": Actor("person:ute-lind", "Ute Lind", "person", "DEU", roles=[Role("Lawmaker", "DEU")]),
}


def parsed(rows: list[tuple], actors: dict[int, str] | None = None):
    """rows: (word, lemma, pos, dep, head[, tag]) per token."""
    return parse(rows, actors, ACTORS)


def coded(doc) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.source, e.target) for e in find_events(doc)]


def test_paid_compensation_to_is_a_return_of_property():
    doc = parsed([("Germany", "Germany", "PROPN", "nsubj", 1), ("paid", "pay", "VERB", "ROOT", 1),
                  ("compensation", "compensation", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 1),
                  ("Hungarian", "hungarian", "ADJ", "amod", 5), ("farmers", "farmer", "NOUN", "pobj", 3),
                  (".", ".", "PUNCT", "punct", 1)], {0: "state:DEU", 4: "state:HUN"})
    assert coded(doc) == [("RETREAT", "state:DEU", "state:HUN")]


def test_purpose_clause_names_the_recipient_not_the_bridge():
    # "Serbia opened the Danube bridge to allow the delivery of fuel to Hungary."
    doc = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("opened", "open", "VERB", "ROOT", 1),
                  ("the", "the", "DET", "det", 4), ("Danube", "Danube", "PROPN", "compound", 4),
                  ("bridge", "bridge", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 6),
                  ("allow", "allow", "VERB", "advcl", 1), ("the", "the", "DET", "det", 8),
                  ("delivery", "delivery", "NOUN", "dobj", 6), ("of", "of", "ADP", "prep", 8),
                  ("fuel", "fuel", "NOUN", "pobj", 9), ("to", "to", "ADP", "prep", 8),
                  ("Hungary", "Hungary", "PROPN", "pobj", 11), (".", ".", "PUNCT", "punct", 1)],
                 {0: "state:SRB", 3: "state:SRB", 12: "state:HUN"})
    assert coded(doc) == [("RETREAT", "state:SRB", "state:HUN")]


def test_recipient_on_the_noun_the_preposition_governs():
    # "Anna Berg reneged on her promise to France."
    doc = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("reneged", "renege", "VERB", "ROOT", 1),
                  ("on", "on", "ADP", "prep", 1), ("her", "her", "PRON", "poss", 4),
                  ("promise", "promise", "NOUN", "pobj", 2), ("to", "to", "ADP", "prep", 4),
                  ("France", "France", "PROPN", "pobj", 5), (".", ".", "PUNCT", "punct", 1)],
                 {0: "person:anna-berg", 3: "person:anna-berg", 6: "state:FRA"})
    assert coded(doc) == [("REJECT", "person:anna-berg", "state:FRA")]


def test_threat_of_a_domestic_act_is_domestic():
    # "Hungary threatened to ban opposition candidates."
    doc = parsed([("Hungary", "Hungary", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1),
                  ("to", "to", "PART", "aux", 3), ("ban", "ban", "VERB", "xcomp", 1),
                  ("opposition", "opposition", "NOUN", "compound", 5), ("candidates", "candidate", "NOUN", "dobj", 3),
                  (".", ".", "PUNCT", "punct", 1)], {0: "state:HUN", 4: "group:hun-opposition"})
    assert coded(doc) == [("THREATEN", "state:HUN", "state:HUN")]  # PLOVER: a domestic act is X->X


def test_demand_on_a_clause_is_addressed_to_its_subject():
    # "France demanded that Serbia match Germany's offer."
    doc = parsed([("France", "France", "PROPN", "nsubj", 1), ("demanded", "demand", "VERB", "ROOT", 1),
                  ("that", "that", "SCONJ", "mark", 4), ("Serbia", "Serbia", "PROPN", "nsubj", 4),
                  ("match", "match", "VERB", "ccomp", 1), ("Germany", "Germany", "PROPN", "poss", 7),
                  ("'s", "'s", "PART", "case", 5), ("aid", "aid", "NOUN", "dobj", 4),
                  (".", ".", "PUNCT", "punct", 1)], {0: "state:FRA", 3: "state:SRB", 5: "state:DEU"})
    assert ("REQUEST", "state:FRA", "state:SRB") in coded(doc)
    assert ("REQUEST", "state:FRA", "state:DEU") not in coded(doc)


def test_demand_for_an_event_noun_goes_to_its_party():
    # "France demanded the withdrawal of Serbian troops."
    doc = parsed([("France", "France", "PROPN", "nsubj", 1), ("demanded", "demand", "VERB", "ROOT", 1),
                  ("the", "the", "DET", "det", 3), ("withdrawal", "withdrawal", "NOUN", "dobj", 1),
                  ("of", "of", "ADP", "prep", 3), ("Serbian", "serbian", "ADJ", "amod", 6),
                  ("troops", "troop", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)],
                 {0: "state:FRA", 5: "state:SRB"})
    assert coded(doc) == [("REQUEST", "state:FRA", "state:SRB")]


def test_attack_and_its_outcome_are_one_event():
    # "Serbia shelled Hungarian positions, killing ten."
    doc = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1, "VBD"),
                  ("Hungarian", "hungarian", "ADJ", "amod", 3), ("positions", "position", "NOUN", "dobj", 1),
                  (",", ",", "PUNCT", "punct", 1), ("killing", "kill", "VERB", "advcl", 1, "VBG"),
                  ("ten", "ten", "NUM", "dobj", 5), (".", ".", "PUNCT", "punct", 1)],
                 {0: "state:SRB", 2: "state:HUN"})
    assert coded(doc) == [("ASSAULT", "state:SRB", "state:HUN")]


def test_attributive_participle_is_no_event():
    # "the occupying army" describes; it does not report an occupation
    doc = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
                  ("them", "they", "PRON", "nsubj", 5), ("an", "an", "DET", "det", 5),
                  ("occupying", "occupy", "VERB", "amod", 5), ("army", "army", "NOUN", "oprd", 1)],
                 {0: "state:SRB"})
    assert coded(doc) == []


def test_threat_is_addressed_to_whose_act_is_the_condition():
    # "Serbia threatened to hold a strike unless Germany withdraws."
    doc = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1),
                  ("to", "to", "PART", "aux", 3), ("hold", "hold", "VERB", "xcomp", 1),
                  ("a", "a", "DET", "det", 5), ("blockade", "blockade", "NOUN", "dobj", 3),
                  ("unless", "unless", "SCONJ", "mark", 8), ("Germany", "Germany", "PROPN", "nsubj", 8),
                  ("withdraws", "withdraw", "VERB", "advcl", 3), (".", ".", "PUNCT", "punct", 1)],
                 {0: "state:SRB", 7: "state:DEU"})
    assert ("THREATEN", "state:SRB", "state:DEU") in coded(doc)


def test_threat_recipient_on_the_governed_object():
    # "France threatened to impose tariffs against Hungarian wine."
    doc = parsed([("France", "France", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1),
                  ("to", "to", "PART", "aux", 3), ("impose", "impose", "VERB", "xcomp", 1),
                  ("duties", "duty", "NOUN", "dobj", 3), ("against", "against", "ADP", "prep", 4),
                  ("Hungarian", "hungarian", "ADJ", "amod", 7), ("wine", "wine", "NOUN", "pobj", 5),
                  (".", ".", "PUNCT", "punct", 1)], {0: "state:FRA", 6: "state:HUN"})
    assert coded(doc) == [("THREATEN", "state:FRA", "state:HUN")]


def test_preparing_an_attack_is_a_show_of_force():
    # "Serbia prepared to shell Hungarian positions."
    doc = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("prepared", "prepare", "VERB", "ROOT", 1),
                  ("to", "to", "PART", "aux", 3), ("shell", "shell", "VERB", "xcomp", 1),
                  ("Hungarian", "hungarian", "ADJ", "amod", 5), ("positions", "position", "NOUN", "dobj", 3),
                  (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB", 4: "state:HUN"})
    assert coded(doc) == [("MOBILIZE", "state:SRB", "state:HUN")]


def test_refuge_sought_in_a_country_is_asked_of_it():
    # "Serbian families sought refuge in Hungary."
    doc = parsed([("Serbian", "serbian", "ADJ", "amod", 1), ("families", "family", "NOUN", "nsubj", 2),
                  ("sought", "seek", "VERB", "ROOT", 2), ("refuge", "refuge", "NOUN", "dobj", 2),
                  ("in", "in", "ADP", "prep", 2), ("Hungary", "Hungary", "PROPN", "pobj", 4),
                  (".", ".", "PUNCT", "punct", 2)], {0: "state:SRB", 5: "state:HUN"})
    assert coded(doc) == [("REQUEST", "state:SRB", "state:HUN")]


def test_mobilised_for_a_war_against_a_country():
    # "France mobilized reservists for a war against Serbia."
    doc = parsed([("France", "France", "PROPN", "nsubj", 1), ("mobilized", "mobilize", "VERB", "ROOT", 1),
                  ("reservists", "reservist", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
                  ("a", "a", "DET", "det", 5), ("war", "war", "NOUN", "pobj", 3),
                  ("against", "against", "ADP", "prep", 5), ("Serbia", "Serbia", "PROPN", "pobj", 6),
                  (".", ".", "PUNCT", "punct", 1)], {0: "state:FRA", 7: "state:SRB"})
    assert ("MOBILIZE", "state:FRA", "state:SRB") in coded(doc)


def test_demand_a_protest_is_held_for_is_the_protest():
    # "Hungarian farmers blocked roads to demand subsidies."
    doc = parsed([("Hungarian", "hungarian", "ADJ", "amod", 1), ("farmers", "farmer", "NOUN", "nsubj", 2),
                  ("blocked", "block", "VERB", "ROOT", 2), ("roads", "road", "NOUN", "dobj", 2),
                  ("to", "to", "PART", "aux", 5), ("demand", "demand", "VERB", "advcl", 2),
                  ("subsidies", "subsidy", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 2)],
                 {0: "state:HUN"})
    assert [t for t, _, _ in coded(doc)] == ["PROTEST"]


def test_attack_or_threat_with_no_recipient_found_is_not_coded():
    # "France attacked on Tuesday." / "Germany warned of a long winter.": who was hit or threatened
    # is not found, so no record (in the strict audits 5 of 69 such records were right).
    attack = parsed([("France", "France", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
                     ("on", "on", "ADP", "prep", 1), ("Tuesday", "Tuesday", "PROPN", "pobj", 2),
                     (".", ".", "PUNCT", "punct", 1)], {0: "state:FRA"})
    warning = parsed([("Germany", "Germany", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1),
                      ("sanctions", "sanction", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                     {0: "state:DEU"})
    hit = parsed([("France", "France", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
                  ("Serbia", "Serbia", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                 {0: "state:FRA", 2: "state:SRB"})
    assert [e for e in coded(attack) if e[0] == "ASSAULT"] == []
    assert [e for e in coded(warning) if e[0] == "THREATEN"] == []
    assert ("ASSAULT", "state:FRA", "state:SRB") in coded(hit)


def test_a_word_that_names_its_addressee_needs_one():
    # "France urged restraint ." / "France asked questions .": urge and ask address someone; with
    # no addressee found the record is a misread, not a request (3 of 53 audited were right).
    # "France demanded elections ." names no one it is demanded of either: demands, refusals and
    # agreements are directed acts (lexicon.NEEDS_TARGET), so it is no record.
    urged = parsed([("France", "France", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
                    ("restraint", "restraint", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                   {0: "state:FRA"})
    demanded = parsed([("France", "France", "PROPN", "nsubj", 1), ("demanded", "demand", "VERB", "ROOT", 1),
                       ("elections", "election", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                      {0: "state:FRA"})
    addressed = parsed([("France", "France", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
                        ("Serbia", "Serbia", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                        ("negotiate", "negotiate", "VERB", "xcomp", 1), (".", ".", "PUNCT", "punct", 1)],
                       {0: "state:FRA", 2: "state:SRB"})
    assert [e for e in coded(urged) if e[0] == "REQUEST"] == []
    assert [e for e in coded(demanded) if e[0] == "REQUEST"] == []
    assert ("REQUEST", "state:FRA", "state:SRB") in coded(addressed)


def test_a_meeting_attended_with_no_partner_found_is_not_coded():
    # "Anna Berg attended the summit .": whom she met is not found (in the strict audits 0 of 8
    # such multilateral CONSULTs were right); "Anna Berg attended talks with Serbia ." names him.
    alone = parsed([("Anna", "Anna", "PROPN", "compound", 1), ("Berg", "Berg", "PROPN", "nsubj", 2),
                    ("attended", "attend", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
                    ("summit", "summit", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2)],
                   {0: "person:anna-berg", 1: "person:anna-berg"})
    met = parsed([("Anna", "Anna", "PROPN", "compound", 1), ("Berg", "Berg", "PROPN", "nsubj", 2),
                  ("attended", "attend", "VERB", "ROOT", 2), ("talks", "talk", "NOUN", "dobj", 2),
                  ("with", "with", "ADP", "prep", 3), ("Serbia", "Serbia", "PROPN", "pobj", 4),
                  (".", ".", "PUNCT", "punct", 2)], {0: "person:anna-berg", 1: "person:anna-berg", 5: "state:SRB"})
    assert [e for e in coded(alone) if e[0] == "CONSULT"] == []
    assert ("CONSULT", "person:anna-berg", "state:SRB") in coded(met)


def test_a_deal_or_a_pledge_with_no_counterpart_found_is_not_coded():
    # "Serbia struck a deal ." / "Serbia pledged reforms .": a deal has two sides and a pledge is
    # made to someone; with no counterpart found the record is a misread (campaign pledges, deals
    # still sought): 2 of 27 audited were right. "Serbia struck a deal with Hungary ." is coded.
    def struck(with_hungary: bool):
        rows = [("Serbia", "Serbia", "PROPN", "nsubj", 1), ("struck", "strike", "VERB", "ROOT", 1),
                ("a", "a", "DET", "det", 3), ("deal", "deal", "NOUN", "dobj", 1)]
        if with_hungary:
            rows += [("with", "with", "ADP", "prep", 3), ("Hungary", "Hungary", "PROPN", "pobj", 4)]
        return parsed(rows + [(".", ".", "PUNCT", "punct", 1)], {0: "state:SRB", 5: "state:HUN"} if with_hungary
                      else {0: "state:SRB"})
    pledged = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("pledged", "pledge", "VERB", "ROOT", 1),
                      ("reforms", "reform", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                     {0: "state:SRB"})
    assert [e for e in coded(struck(False)) if e[0] == "AGREE"] == []
    assert [e for e in coded(pledged) if e[0] == "AGREE"] == []
    assert ("AGREE", "state:SRB", "state:HUN") in coded(struck(True))


def test_a_bare_yield_names_no_recipient_a_lifted_measure_is_at_home():
    # "Serbia backed down ." yields to someone the clause does not name: no record (never Serbia
    # conceding to itself); "Serbia lifted the curfew ." is a concession at home.
    yielded = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("relented", "relent", "VERB", "ROOT", 1),
                      (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    lifted = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("lifted", "lift", "VERB", "ROOT", 1),
                     ("the", "the", "DET", "det", 3), ("curfew", "curfew", "NOUN", "dobj", 1),
                     (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    assert [e for e in coded(yielded) if e[0] == "CONCEDE"] == []
    assert ("CONCEDE", "state:SRB", "state:SRB") in coded(lifted)


def test_a_cyber_attack_or_an_annexation_has_no_home_recipient():
    # "Hungarian opposition hacked the servers ." / "Serbia annexed the province .": never done to
    # the actor's own state; "Serbia lifted the curfew ." stays a concession at home.
    hacked = parsed([("Hungarian", "hungarian", "ADJ", "amod", 1), ("opposition", "opposition", "NOUN", "nsubj", 2),
                     ("hacked", "hack", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
                     ("servers", "server", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2)],
                    {1: "group:hun-opposition"})
    annexed = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("annexed", "annex", "VERB", "ROOT", 1),
                      ("the", "the", "DET", "det", 3), ("province", "province", "NOUN", "dobj", 1),
                      (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    assert [e for e in coded(hacked) if e[2] == "state:HUN"] == []
    # and with no one else named as hit, no record at all (a COERCE needs its recipient)
    assert [e for e in coded(hacked) if e[0] == "COERCE"] == []
    assert [e for e in coded(annexed) if e[2] == "state:SRB"] == []


def test_a_street_demonstration_at_home_is_its_peoples_not_the_states():
    # "Serbians protested ." : the demonstrators are a group of Serbia, not the state protesting
    # against itself; "Serbia protested to France ." keeps the state (a named recipient).
    street = parsed([("Serbians", "Serbians", "PROPN", "nsubj", 1), ("protested", "protest", "VERB", "ROOT", 1),
                     (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    to_france = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("protested", "protest", "VERB", "ROOT", 1),
                        ("to", "to", "ADP", "prep", 1), ("France", "France", "PROPN", "pobj", 2),
                        (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB", 3: "state:FRA"})
    assert [e for e in coded(street) if e[0] == "PROTEST"] == [("PROTEST", "group:srb-protesters", "state:SRB")]
    assert [e for e in coded(to_france) if e[0] == "PROTEST"] == [("PROTEST", "state:SRB", "state:FRA")]


def test_the_sources_own_side_is_never_the_target_of_a_deployment():
    # "Berg sent German troops to Hungary ." : a deployment to Hungary, not against Germany (Berg's state)
    doc = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
                  ("German", "german", "ADJ", "amod", 3), ("troops", "troop", "NOUN", "dobj", 1),
                  ("to", "to", "ADP", "prep", 1), ("Hungary", "Hungary", "PROPN", "pobj", 4),
                  (".", ".", "PUNCT", "punct", 1)], {0: "person:anna-berg", 2: "state:DEU", 5: "state:HUN"})
    assert [e for e in coded(doc) if e[0] == "MOBILIZE"] == [("MOBILIZE", "person:anna-berg", "state:HUN")]


def test_an_own_side_target_leaves_no_target_and_no_home_recipient():
    # "Berg dispatched German troops ." : no other side named, and never Germany
    doc = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
                  ("German", "german", "ADJ", "amod", 3), ("troops", "troop", "NOUN", "dobj", 1),
                  (".", ".", "PUNCT", "punct", 1)], {0: "person:anna-berg", 2: "state:DEU"})
    assert [e for e in coded(doc) if e[0] == "MOBILIZE"] == [("MOBILIZE", "person:anna-berg", None)]


def test_easing_sanctions_is_no_concession_at_home():
    # "Serbia eased sanctions ." yields to whom they hit (unnamed), never to Serbia; "Serbia eased
    # the curfew ." stays a concession at home
    sanctions = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("eased", "ease", "VERB", "ROOT", 1),
                        ("sanctions", "sanction", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                       {0: "state:SRB"})
    curfew = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("eased", "ease", "VERB", "ROOT", 1),
                     ("the", "the", "DET", "det", 3), ("curfew", "curfew", "NOUN", "dobj", 1),
                     (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    # (with the party they hit unnamed, no record: a CONCEDE needs its recipient)
    assert [e for e in coded(sanctions) if e[0] == "CONCEDE"] == []
    assert ("CONCEDE", "state:SRB", "state:SRB") in coded(curfew)


def test_place_only_mentions_of_an_attack_whose_target_is_named_go():
    # "Gunmen attacked the French embassy in Belgrade . The Belgrade attack ...": the attackers of
    # Serbia hit France's embassy; "the Belgrade attack" is that attack, not one on Serbia
    from diplograph.nlp.events.drafts import Draft
    from diplograph.nlp.events.location import mentions_of_a_named_attack

    actors = {**ACTORS, "group:srb-unidentified-attackers": Actor(
        "group:srb-unidentified-attackers", "Unidentified attackers (Serbia)", "group", "SRB")}
    doc = parsed([("attack", "attack", "NOUN", "ROOT", 0)])
    gunmen = "group:srb-unidentified-attackers"

    def draft(target: str, **kw) -> Draft:
        return Draft(type="ASSAULT", mode=None, cameo="190", sources=[gunmen], targets=[target], anchor=doc[0],
                     words="attack", flags=frozenset({"unclaimed"}), **kw)

    named, place = draft("state:FRA"), draft("state:SRB")
    assert mentions_of_a_named_attack([named, place], actors) == [named]
    # no target named elsewhere (or only a hypothetical one): the place's state stays
    assert mentions_of_a_named_attack([place], actors) == [place]
    maybe = draft("state:FRA", hypothetical=True)
    assert mentions_of_a_named_attack([maybe, place], actors) == [maybe, place]


def test_what_is_taken_or_left_is_taken_from_the_party_after_from():
    # "Serbia's annexation of the province from Hungary": Serbia takes it from Hungary (never
    # Hungary annexing); "the withdrawal of Serbian troops from Hungary": Serbia leaves Hungary
    from diplograph.nlp.events.lexicon import lexicon
    from diplograph.nlp.events.noun_roles import noun_roles, own_parties

    annexed = parsed([("Serbia", "Serbia", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                      ("annexation", "annexation", "NOUN", "ROOT", 2), ("of", "of", "ADP", "prep", 2),
                      ("the", "the", "DET", "det", 5), ("province", "province", "NOUN", "pobj", 3),
                      ("from", "from", "ADP", "prep", 2), ("Hungary", "Hungary", "PROPN", "pobj", 6)],
                     {0: "state:SRB", 7: "state:HUN"})
    lex = lexicon()
    assert noun_roles(annexed[2], lex.match(annexed[2]), lex, []) == (["state:SRB"], ["state:HUN"])
    withdrawn = parsed([("the", "the", "DET", "det", 1), ("withdrawal", "withdrawal", "NOUN", "ROOT", 1),
                        ("of", "of", "ADP", "prep", 1), ("Serbian", "serbian", "ADJ", "amod", 4),
                        ("troops", "troop", "NOUN", "pobj", 2), ("from", "from", "ADP", "prep", 1),
                        ("Hungary", "Hungary", "PROPN", "pobj", 5)], {3: "state:SRB", 6: "state:HUN"})
    withdrawal = lex.triggers[("withdrawal", "N")][0]  # an event after a light verb ("announced the withdrawal")
    sources, _, targets = own_parties(withdrawn[1], withdrawal, [], lex)
    assert (sources, targets) == (["state:SRB"], ["state:HUN"])


def test_what_is_discussed_is_a_topic_not_a_partner():
    # "France and Germany discussed the conflicts in Serbia and Hungary.": France and Germany
    # consult; the places of the topic are no participants (kb/events.tsv: discuss is "thing")
    doc = parsed([("France", "France", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
                  ("Germany", "Germany", "PROPN", "conj", 0), ("discussed", "discuss", "VERB", "ROOT", 3),
                  ("the", "the", "DET", "det", 5), ("conflicts", "conflict", "NOUN", "dobj", 3),
                  ("in", "in", "ADP", "prep", 5), ("Serbia", "Serbia", "PROPN", "pobj", 6),
                  ("and", "and", "CCONJ", "cc", 7), ("Hungary", "Hungary", "PROPN", "conj", 7),
                  (".", ".", "PUNCT", "punct", 3)],
                 {0: "state:FRA", 2: "state:DEU", 7: "state:SRB", 9: "state:HUN"})
    assert not any(t in ("state:SRB", "state:HUN") for _type, _s, t in coded(doc)), coded(doc)
    assert ("CONSULT", "state:FRA", "state:DEU") in coded(doc)


def test_a_seizure_or_a_concession_is_never_done_to_the_sources_own_state():
    # "Berg seized three boats ." / "Serbia made concessions .": done to the boats' owners, to an
    # unnamed adversary, never to Germany or Serbia; "Serbia banned the rallies ." is a measure on
    # its own people, its recipient the state at home.
    seized = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("seized", "seize", "VERB", "ROOT", 1),
                     ("three", "three", "NUM", "nummod", 3), ("boats", "boat", "NOUN", "dobj", 1),
                     (".", ".", "PUNCT", "punct", 1)], {0: "person:anna-berg"})
    conceded = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("made", "make", "VERB", "ROOT", 1),
                       ("concessions", "concession", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                      {0: "state:SRB"})
    banned = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("banned", "ban", "VERB", "ROOT", 1),
                     ("the", "the", "DET", "det", 3), ("rallies", "rally", "NOUN", "dobj", 1),
                     (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    assert [e for e in coded(seized) if e[0] == "COERCE"] == []
    assert [e for e in coded(conceded) if e[0] == "CONCEDE"] == []
    assert ("COERCE", "state:SRB", "state:SRB") in coded(banned)


def test_an_arrest_of_private_persons_is_not_done_to_the_arresting_state():
    # "Serbia detained four men ." / "Two suspects were held by Serbia .": law enforcement against
    # persons the text does not name, no act against Serbia; "Serbia detained the critics ." is
    # repression at home, its recipient the state.
    men = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("detained", "detain", "VERB", "ROOT", 1),
                  ("four", "four", "NUM", "nummod", 3), ("men", "man", "NOUN", "dobj", 1),
                  (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    held = parsed([("Two", "two", "NUM", "nummod", 1), ("suspects", "suspect", "NOUN", "nsubjpass", 3),
                   ("were", "be", "AUX", "auxpass", 3), ("jailed", "jail", "VERB", "ROOT", 3),
                   ("by", "by", "ADP", "agent", 3), ("Serbia", "Serbia", "PROPN", "pobj", 4),
                   (".", ".", "PUNCT", "punct", 3)], {5: "state:SRB"})
    critics = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("detained", "detain", "VERB", "ROOT", 1),
                      ("the", "the", "DET", "det", 3), ("critics", "critic", "NOUN", "dobj", 1),
                      (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    assert [e for e in coded(men) if e[0] == "COERCE"] == []
    assert [e for e in coded(held) if e[0] == "COERCE"] == []
    assert ("COERCE", "state:SRB", "state:SRB") in coded(critics)


def test_an_arrest_counted_by_a_number_alone_is_not_done_to_the_arresting_state():
    # "Serbia detained 4,000 ." / "Serbia made 90 arrests .": a tally of persons held names no actor,
    # no act against Serbia; "Serbia detained the critics ." stays repression at home (test above).
    tally = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("detained", "detain", "VERB", "ROOT", 1),
                    ("4,000", "4,000", "NUM", "dobj", 1), (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    made = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("made", "make", "VERB", "ROOT", 1),
                   ("90", "90", "NUM", "nummod", 3), ("arrests", "arrest", "NOUN", "dobj", 1),
                   (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    assert [e for e in coded(tally) if e[0] == "COERCE"] == []
    assert [e for e in coded(made) if e[0] == "COERCE"] == []
    from diplograph.nlp.events.arrests import counted_arrest
    assert counted_arrest(made[3]) and counted_arrest(tally[1])
    # "Serbia chased the marchers , detaining 30 .": the number counts the marchers named before it
    # (ellipsis), no tally of its own; the default reading stays
    elided = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("chased", "chase", "VERB", "ROOT", 1),
                     ("the", "the", "DET", "det", 3), ("marchers", "marcher", "NOUN", "dobj", 1, "NNS"),
                     (",", ",", "PUNCT", "punct", 1), ("detaining", "detain", "VERB", "advcl", 1),
                     ("30", "30", "NUM", "dobj", 5), (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    assert not counted_arrest(elided[5])
    assert ("COERCE", "state:SRB", "state:SRB") in coded(elided)


def test_the_sources_own_forces_are_not_the_recipient_of_their_withdrawal():
    # "Berg withdrew German soldiers from Serbia ." / "Berg refused to send German soldiers .": the
    # soldiers are Germany's, Berg's own side; the withdrawal is from Serbia, the refusal names no one.
    withdrew = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("withdrew", "withdraw", "VERB", "ROOT", 1),
                       ("German", "german", "ADJ", "amod", 3), ("soldiers", "soldier", "NOUN", "dobj", 1),
                       ("from", "from", "ADP", "prep", 1), ("Serbia", "Serbia", "PROPN", "pobj", 4),
                       (".", ".", "PUNCT", "punct", 1)], {0: "person:anna-berg", 2: "state:DEU", 5: "state:SRB"})
    refused = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
                      ("to", "to", "PART", "aux", 3), ("send", "send", "VERB", "xcomp", 1),
                      ("German", "german", "ADJ", "amod", 5), ("soldiers", "soldier", "NOUN", "dobj", 3),
                      (".", ".", "PUNCT", "punct", 1)], {0: "person:anna-berg", 4: "state:DEU"})
    assert [e for e in coded(withdrew) if e[0] == "RETREAT"] == [("RETREAT", "person:anna-berg", "state:SRB")]
    assert ("REJECT", "person:anna-berg", "state:DEU") not in coded(refused)


def test_an_evaluation_of_a_killing_is_not_addressed_to_the_victims_state():
    # "Berg condemned the murder of the Serbian reporter ." names the victim's state, not whom the
    # condemnation is addressed to (no author named: no record); "Berg condemned Hungary's murder of
    # the reporter ." is addressed to its author.
    victim = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("condemned", "condemn", "VERB", "ROOT", 1),
                     ("the", "the", "DET", "det", 3), ("murder", "murder", "NOUN", "dobj", 1),
                     ("of", "of", "ADP", "prep", 3), ("the", "the", "DET", "det", 7),
                     ("Serbian", "serbian", "ADJ", "amod", 7), ("reporter", "reporter", "NOUN", "pobj", 4),
                     (".", ".", "PUNCT", "punct", 1)], {0: "person:anna-berg", 6: "state:SRB"})
    author = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("condemned", "condemn", "VERB", "ROOT", 1),
                     ("Hungary", "Hungary", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                     ("murder", "murder", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 4),
                     ("the", "the", "DET", "det", 7), ("reporter", "reporter", "NOUN", "pobj", 5),
                     (".", ".", "PUNCT", "punct", 1)], {0: "person:anna-berg", 2: "state:HUN"})
    assert [e for e in coded(victim) if e[0] == "ACCUSE"] == []
    assert ("ACCUSE", "person:anna-berg", "state:HUN") in coded(author)


def test_defending_the_sources_own_states_conduct_supports_no_one():
    # "Berg defended the German policy ." is Germany's own side justifying its act (no record);
    # "Berg defended Serbia's policy ." supports Serbia.
    own = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("defended", "defend", "VERB", "ROOT", 1),
                  ("the", "the", "DET", "det", 4), ("German", "german", "ADJ", "amod", 4),
                  ("policy", "policy", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                 {0: "person:anna-berg", 3: "state:DEU"})
    other = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("defended", "defend", "VERB", "ROOT", 1),
                    ("Serbia", "Serbia", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                    ("policy", "policy", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                   {0: "person:anna-berg", 2: "state:SRB"})
    assert [e for e in coded(own) if e[0] == "SUPPORT"] == []
    assert ("SUPPORT", "person:anna-berg", "state:SRB") in coded(other)


def test_a_visit_at_home_names_no_partner():
    # "Berg toured Germany ." is a trip at home, no consultation with anyone (no record); "Berg
    # visited Serbia ." is a visit to Serbia.
    home = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("visited", "visit", "VERB", "ROOT", 1),
                   ("Germany", "Germany", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                  {0: "person:anna-berg", 2: "state:DEU"})
    abroad = parsed([("Berg", "Berg", "PROPN", "nsubj", 1), ("visited", "visit", "VERB", "ROOT", 1),
                     ("Serbia", "Serbia", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                    {0: "person:anna-berg", 2: "state:SRB"})
    assert [e for e in coded(home) if e[0] == "CONSULT"] == []
    assert ("CONSULT", "person:anna-berg", "state:SRB") in coded(abroad)


def _worked_with_germany(person: str):
    # "<person> worked with Germany on the pipeline ." (material work: "on the plan" is diplomatic,
    # PLOVER SUPPORT, kb/diplomatic_aims.tsv)
    return parsed([("Holm", "Holm", "PROPN", "nsubj", 1), ("worked", "work", "VERB", "ROOT", 1),
                   ("with", "with", "ADP", "prep", 1), ("Germany", "Germany", "PROPN", "pobj", 2),
                   ("on", "on", "ADP", "prep", 1), ("the", "the", "DET", "det", 6),
                   ("pipeline", "pipeline", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)],
                  {0: person, 3: "state:DEU"})


def test_an_executive_office_holders_own_state_is_not_the_recipient_of_their_act():
    # The German foreign minister working with Germany works with no other party (no record); a
    # lawmaker holds no executive office and may work with the government: the reading stays.
    assert [e for e in coded(_worked_with_germany("person:jan-holm")) if e[0] == "COOPERATE"] == []
    assert ("COOPERATE", "person:ute-lind", "state:DEU") in coded(_worked_with_germany("person:ute-lind"))


def test_an_office_holders_state_named_by_another_branch_stays_the_recipient():
    # "Holm worked with German lawmakers ." : the state named by its legislators is that branch.
    doc = parse([("Holm", "Holm", "PROPN", "nsubj", 1), ("worked", "work", "VERB", "ROOT", 1),
                 ("with", "with", "ADP", "prep", 1), ("German", "german", "ADJ", "amod", 4),
                 ("lawmakers", "lawmaker", "NOUN", "pobj", 2), (".", ".", "PUNCT", "punct", 1)],
                {0: "person:jan-holm", 3: "state:DEU", 4: "state:DEU"}, ACTORS, mentions=True)
    assert ("COOPERATE", "person:jan-holm", "state:DEU") in coded(doc)


def test_an_office_holders_own_people_stay_the_recipient():
    # "Holm worked with the German people ." : a ruler's dealing with the state's people is coded with the state.
    doc = parse([("Holm", "Holm", "PROPN", "nsubj", 1), ("worked", "work", "VERB", "ROOT", 1),
                 ("with", "with", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
                 ("German", "german", "ADJ", "amod", 5), ("people", "people", "NOUN", "pobj", 2),
                 (".", ".", "PUNCT", "punct", 1)], {0: "person:jan-holm", 4: "state:DEU"}, ACTORS, mentions=True)
    assert ("COOPERATE", "person:jan-holm", "state:DEU") in coded(doc)


def test_an_office_holders_threat_at_home_keeps_the_state():
    # "Holm threatened Germany ." : a threat a ruler may aim at home (PLOVER codes it with the state).
    doc = parsed([("Holm", "Holm", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1),
                  ("Germany", "Germany", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                 {0: "person:jan-holm", 2: "state:DEU"})
    assert ("THREATEN", "person:jan-holm", "state:DEU") in coded(doc)


def _left_the_deal(words: list[tuple]):
    # "Hungary signed the Serbia deal . Berg withdrew from the <words> deal ."
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("signed", "sign", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 4), ("Serbia", "Serbia", "PROPN", "compound", 4),
            ("deal", "deal", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
            ("Berg", "Berg", "PROPN", "nsubj", 7), ("withdrew", "withdraw", "VERB", "ROOT", 7),
            ("from", "from", "ADP", "prep", 7), ("the", "the", "DET", "det", 10 + len(words))]
    rows += [(w, w, "ADJ", "amod", 10 + len(words)) for w in words]
    rows += [("deal", "deal", "NOUN", "pobj", 8), (".", ".", "PUNCT", "punct", 7)]
    starts = [i in (0, 6) for i in range(len(rows))]
    return parse(rows, {0: "state:HUN", 3: "state:SRB", 6: "person:anna-berg"}, ACTORS, sent_starts=starts)


def test_leaving_the_deal_named_before_is_done_to_its_state():
    # "the deal" refers back to "the Serbia deal": leaving it is done to Serbia; "the trade deal" names
    # another agreement (its modifier is not among the earlier one's), so no party.
    assert ("REJECT", "person:anna-berg", "state:SRB") in coded(_left_the_deal([]))
    assert ("REJECT", "person:anna-berg", "state:SRB") not in coded(_left_the_deal(["trade"]))


def test_a_refusal_or_an_agreement_with_no_other_party_found_is_not_coded():
    # "Serbia refused the plan ." / "Serbia agreed to the terms .": who proposed the plan or
    # offered the terms is not found, and such records were right about one time in eight in the
    # strict audits; "Serbia rejected France 's plan ." names the other side.
    refused = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
                      ("the", "the", "DET", "det", 3), ("plan", "plan", "NOUN", "dobj", 1),
                      (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    agreed = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
                     ("to", "to", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
                     ("terms", "term", "NOUN", "pobj", 2), (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    named = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("rejected", "reject", "VERB", "ROOT", 1),
                    ("France", "France", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                    ("plan", "plan", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
                   {0: "state:SRB", 2: "state:FRA"})
    assert [e for e in coded(refused) if e[0] == "REJECT"] == []
    assert [e for e in coded(agreed) if e[0] == "AGREE"] == []
    # "Serbia called for elections .": a call for something names what is wanted, not of whom
    called = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
                     ("for", "for", "ADP", "prep", 1), ("elections", "election", "NOUN", "pobj", 2),
                     (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    assert ("REQUEST", "state:SRB", None) in coded(called)
    assert ("REJECT", "state:SRB", "state:FRA") in coded(named)


def test_a_pledge_of_an_act_at_home_is_not_made_to_the_own_state():
    # "France vowed to arrest those responsible ." / "Serbia refused to back down .": a threat or a refusal
    # is made to whom it coerces or refuses, whom the clause does not name: never France or Serbia itself
    # (no record); "Hungary threatened to ban opposition candidates ." names its own people and stays at home.
    vowed = parsed([("France", "France", "PROPN", "nsubj", 1), ("vowed", "vow", "VERB", "ROOT", 1),
                    ("to", "to", "PART", "aux", 3), ("arrest", "arrest", "VERB", "xcomp", 1),
                    ("those", "those", "PRON", "dobj", 3), ("responsible", "responsible", "ADJ", "amod", 4),
                    (".", ".", "PUNCT", "punct", 1)], {0: "state:FRA"})
    refused = parsed([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
                      ("to", "to", "PART", "aux", 3), ("back", "back", "VERB", "xcomp", 1),
                      ("down", "down", "ADP", "prt", 3), (".", ".", "PUNCT", "punct", 1)], {0: "state:SRB"})
    assert [e for e in coded(vowed) if e[2] == "state:FRA"] == []
    assert [e for e in coded(refused) if e[2] == "state:SRB"] == []


def test_a_seized_territory_names_no_unidentified_attacker():
    # "the province's annexation" / "the bombing in the province": the place of a bombing stands for
    # its unnamed attackers; the place of an annexation is what was taken, so no agent comes from it
    from diplograph.nlp.events.component import _placed_attack
    from diplograph.nlp.events.lexicon import lexicon

    lex = lexicon()
    annexation = parse([("the", "the", "DET", "det", 1), ("annexation", "annexation", "NOUN", "ROOT", 1)])
    bombing = parse([("the", "the", "DET", "det", 1), ("bombing", "bombing", "NOUN", "ROOT", 1)])
    assert lex.match(annexation[1]).type == "ASSAULT"
    assert not _placed_attack(lex.match(annexation[1]))
    assert _placed_attack(lex.match(bombing[1]))


def _blamed_german_banks(person: str):
    # "<person> blamed German banks for the crisis ."
    return parse([("Holm", "Holm", "PROPN", "nsubj", 1), ("blamed", "blame", "VERB", "ROOT", 1),
                  ("German", "german", "ADJ", "amod", 3), ("banks", "bank", "NOUN", "dobj", 1),
                  ("for", "for", "ADP", "prep", 1), ("the", "the", "DET", "det", 6),
                  ("crisis", "crisis", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)],
                 {0: person, 2: "state:DEU"}, ACTORS, mentions=True)


def test_an_office_holders_own_state_named_only_as_a_modifier_is_not_whom_he_blames():
    # The foreign minister's own state's adjective says whose the banks are; he does not blame Germany.
    # A lawmaker holds no executive office: the reading stays.
    assert ("ACCUSE", "person:jan-holm", "state:DEU") not in coded(_blamed_german_banks("person:jan-holm"))
    assert ("ACCUSE", "person:ute-lind", "state:DEU") in coded(_blamed_german_banks("person:ute-lind"))


def test_an_office_holders_criticism_of_his_state_by_name_keeps_it():
    # "Holm criticized Germany for the crisis ." : the state named as the object is addressed.
    doc = parse([("Holm", "Holm", "PROPN", "nsubj", 1), ("criticized", "criticize", "VERB", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
                 ("the", "the", "DET", "det", 5), ("crisis", "crisis", "NOUN", "pobj", 3),
                 (".", ".", "PUNCT", "punct", 1)], {0: "person:jan-holm", 2: "state:DEU"}, ACTORS, mentions=True)
    assert ("ACCUSE", "person:jan-holm", "state:DEU") in coded(doc)


def test_a_deportation_is_not_done_to_the_deporting_state():
    # "Germany deported the migrants ." : the deported are sent to another country (CAMEO 174), never
    # the deporting state's own people; with none of theirs named there is no recipient and no record.
    doc = parsed([("Germany", "Germany", "PROPN", "nsubj", 1), ("deported", "deport", "VERB", "ROOT", 1),
                  ("the", "the", "DET", "det", 3), ("migrants", "migrant", "NOUN", "dobj", 1),
                  (".", ".", "PUNCT", "punct", 1)], {0: "state:DEU"})
    assert [e for e in coded(doc) if e[0] == "COERCE"] == []
