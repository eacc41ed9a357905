"""The event coder's realis rules for event nouns still to come (``nlp/events/realis.py``): on
hand-built parses of sentences of our own, with the packaged ``kb/irrealis.tsv``."""

from __future__ import annotations

from diplograph.nlp import mood
from diplograph.nlp.events import realis
from diplograph.nlp.events.lexicon import irrealis_words
from docs import parse

WORDS = irrealis_words()


def reason(doc, i: int) -> str | None:
    """The first reason of the event coder's realis check (``syntax`` rules, then the nouns')."""
    return next(iter(mood.irrealis_reasons(doc[i], WORDS, extra=realis.EVENT_NOUN_RULES)), None)


def test_an_event_noun_named_as_still_to_come_is_not_held():
    # "Paris hosted Berlin ahead of the summit."  /  "Paris hosted Berlin after the summit."
    rows = [("Paris", "Paris", "PROPN", "nsubj", 1), ("hosted", "host", "VERB", "ROOT", 1, "VBD"),
            ("Berlin", "Berlin", "PROPN", "dobj", 1), ("ahead", "ahead", "ADV", "advmod", 1),
            ("of", "of", "ADP", "prep", 3), ("the", "the", "DET", "det", 6), ("summit", "summit", "NOUN", "pobj", 4)]
    doc = parse(rows)
    assert reason(doc, 6) == "anticipated:ahead" == realis.anticipated(doc[6], None, WORDS)
    assert reason(doc, 1) is None  # the hosting happened
    assert mood.irrealis(doc[6], WORDS) is None  # the rule is the event coder's, passed as extra
    after = parse([*rows[:3], ("after", "after", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
                   ("summit", "summit", "NOUN", "pobj", 3)])
    assert reason(after, 5) is None
    # "Protests grew in the run-up to the visit." (the tagger splits "run-up" in three)
    rows = [("Protests", "protest", "NOUN", "nsubj", 1), ("grew", "grow", "VERB", "ROOT", 1, "VBD"),
            ("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 6), ("run", "run", "NOUN", "compound", 6),
            ("-", "-", "PUNCT", "punct", 6), ("up", "up", "NOUN", "pobj", 2), ("to", "to", "ADP", "prep", 6),
            ("the", "the", "DET", "det", 9), ("visit", "visit", "NOUN", "pobj", 7)]
    assert reason(parse(rows), 9) == "anticipated:run-up"
    # "to" hung on the verb: the visit is not what the run-up leads to
    assert reason(parse([*rows[:7], ("to", "to", "ADP", "prep", 1), *rows[8:]]), 9) is None


def test_an_event_noun_on_the_calendar_is_not_held():
    # "A summit scheduled for June was announced."  /  "A summit held in June was praised."
    rows = [("A", "a", "DET", "det", 1), ("summit", "summit", "NOUN", "nsubjpass", 7),
            ("scheduled", "schedule", "VERB", "acl", 1, "VBN"), ("for", "for", "ADP", "prep", 2),
            ("June", "June", "PROPN", "pobj", 3), ("was", "be", "AUX", "auxpass", 7),
            ("quickly", "quickly", "ADV", "advmod", 7), ("announced", "announce", "VERB", "ROOT", 7, "VBN")]
    assert reason(parse(rows), 1) == "scheduled:schedule"
    assert reason(parse([rows[0], rows[1], ("held", "hold", "VERB", "acl", 1, "VBN"), *rows[3:]]), 1) is None
    # "The attack planned by the group was foiled": no date, the plan says nothing of the calendar
    rows = [("The", "the", "DET", "det", 1), ("attack", "attack", "NOUN", "nsubjpass", 7),
            ("planned", "plan", "VERB", "acl", 1, "VBN"), ("by", "by", "ADP", "agent", 2),
            ("the", "the", "DET", "det", 5), ("group", "group", "NOUN", "pobj", 3),
            ("was", "be", "AUX", "auxpass", 7), ("foiled", "foil", "VERB", "ROOT", 7, "VBN")]
    assert realis.scheduled(parse(rows)[1], None, WORDS) is None


def test_an_event_noun_dated_in_the_future_is_not_held():
    # "Next week's summit was announced."  /  "Last week's summit was praised."
    rows = [("Next", "next", "ADJ", "amod", 1), ("week", "week", "NOUN", "poss", 3), ("'s", "'s", "PART", "case", 1),
            ("summit", "summit", "NOUN", "nsubjpass", 5), ("was", "be", "AUX", "auxpass", 5),
            ("announced", "announce", "VERB", "ROOT", 5, "VBN")]
    assert reason(parse(rows), 3) == "date:next"
    assert reason(parse([("Last", "last", "ADJ", "amod", 1), *rows[1:]]), 3) is None


def test_upcoming_and_impending_are_irrealis_modifiers():
    # "The upcoming talks were announced."  /  "The recent talks were praised."
    rows = [("The", "the", "DET", "det", 2), ("upcoming", "upcoming", "ADJ", "amod", 2),
            ("talks", "talk", "NOUN", "nsubjpass", 4), ("were", "be", "AUX", "auxpass", 4),
            ("announced", "announce", "VERB", "ROOT", 4, "VBN")]
    assert mood.irrealis(parse(rows)[2], WORDS) == "adjective:upcoming"
    assert mood.irrealis(parse([rows[0], ("recent", "recent", "ADJ", "amod", 2), *rows[2:]])[2], WORDS) is None


def test_the_terms_of_a_deal_bind_and_do_not_report():
    # "Under the deal, Iran will ship its uranium and France will lift sanctions."
    rows = [("Under", "under", "ADP", "prep", 6), ("the", "the", "DET", "det", 2),
            ("deal", "deal", "NOUN", "pobj", 0), (",", ",", "PUNCT", "punct", 6),
            ("Iran", "Iran", "PROPN", "nsubj", 6), ("will", "will", "AUX", "aux", 6),
            ("ship", "ship", "VERB", "ROOT", 6), ("its", "its", "PRON", "poss", 8),
            ("uranium", "uranium", "NOUN", "dobj", 6), ("and", "and", "CCONJ", "cc", 6),
            ("France", "France", "PROPN", "nsubj", 12), ("will", "will", "AUX", "aux", 12),
            ("lift", "lift", "VERB", "conj", 6), ("sanctions", "sanction", "NOUN", "dobj", 12)]
    doc = parse(rows)
    assert realis.deal_terms(doc[6], None, WORDS) == "terms:deal"
    assert realis.deal_terms(doc[12], None, WORDS) == "terms:deal"  # the conjunct is a term too
    assert "terms:deal" in mood.irrealis_reasons(doc[12], WORDS, extra=realis.EVENT_NOUN_RULES)
    # "Under the deal, Iran shipped its uranium.": what was done under it is reported
    shipped = parse([("Under", "under", "ADP", "prep", 5), *rows[1:3], (",", ",", "PUNCT", "punct", 5),
                     ("Iran", "Iran", "PROPN", "nsubj", 5), ("shipped", "ship", "VERB", "ROOT", 5, "VBD"),
                     ("its", "its", "PRON", "poss", 7), ("uranium", "uranium", "NOUN", "dobj", 5)])
    assert realis.deal_terms(shipped[5], None, WORDS) is None
    # "Iran will ship its uranium under the deal.": a measure announced, not the deal's terms
    after = parse([("Iran", "Iran", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
                   ("ship", "ship", "VERB", "ROOT", 2), ("uranium", "uranium", "NOUN", "dobj", 2),
                   ("under", "under", "ADP", "prep", 2), ("the", "the", "DET", "det", 6),
                   ("deal", "deal", "NOUN", "pobj", 4)])
    assert realis.deal_terms(after[2], None, WORDS) is None


def test_an_act_named_as_a_goal_is_not_done():
    # "France acted with the goal of reaching a deal."  (kb/irrealis.tsv: goal is a noun of intention)
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("acted", "act", "VERB", "ROOT", 1, "VBD"),
                 ("with", "with", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
                 ("goal", "goal", "NOUN", "pobj", 2),
                 ("of", "of", "ADP", "prep", 4), ("reaching", "reach", "VERB", "pcomp", 5, "VBG"),
                 ("a", "a", "DET", "det", 8), ("deal", "deal", "NOUN", "dobj", 6)])
    assert mood.irrealis(doc[6], WORDS) == "proposal:goal"
    assert mood.irrealis(doc[1], WORDS) is None


def test_the_clause_an_act_is_made_conditional_on_has_not_happened():
    # "Provided that Ankara signs, Brussels will pay."  /  "The ministry provided that Ankara signs."
    doc = parse([("Provided", "provide", "VERB", "prep", 6, "VBN"), ("that", "that", "SCONJ", "mark", 3),
                 ("Ankara", "Ankara", "PROPN", "nsubj", 3), ("signs", "sign", "VERB", "ccomp", 0, "VBZ"),
                 (",", ",", "PUNCT", "punct", 6), ("Brussels", "Brussels", "PROPN", "nsubj", 6),
                 ("pays", "pay", "VERB", "ROOT", 6, "VBZ")])
    assert realis.stipulated(doc[3], None, WORDS) == "conditional:provided"
    assert reason(doc, 3) == "conditional:provided"
    assert reason(doc, 6) is None  # the main clause is read by its own tense
    law = parse([("The", "the", "DET", "det", 1), ("ministry", "ministry", "NOUN", "nsubj", 2),
                 ("provided", "provide", "VERB", "ROOT", 2, "VBD"), ("that", "that", "SCONJ", "mark", 5),
                 ("Ankara", "Ankara", "PROPN", "nsubj", 5), ("signs", "sign", "VERB", "ccomp", 2, "VBZ")])
    assert realis.stipulated(law[5], None, WORDS) is None


def test_on_condition_that_states_a_condition_not_an_act():
    # "Iran will talk on condition that sanctions end."
    doc = parse([("Iran", "Iran", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2, "MD"),
                 ("talk", "talk", "VERB", "ROOT", 2, "VB"), ("on", "on", "ADP", "prep", 2),
                 ("condition", "condition", "NOUN", "pobj", 3), ("that", "that", "SCONJ", "mark", 7),
                 ("sanctions", "sanction", "NOUN", "nsubj", 7), ("end", "end", "VERB", "acl", 4, "VBP")])
    assert realis.stipulated(doc[7], None, WORDS) == "conditional:condition"
    assert reason(doc, 7) == "conditional:condition"


def test_as_long_as_states_a_condition():
    # "Japan will pay as long as China withdraws."  /  "Japan paid as long ago as May."
    doc = parse([("Japan", "Japan", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2, "MD"),
                 ("pay", "pay", "VERB", "ROOT", 2, "VB"), ("as", "as", "ADV", "advmod", 4),
                 ("long", "long", "ADV", "advmod", 2), ("as", "as", "SCONJ", "mark", 7),
                 ("China", "China", "PROPN", "nsubj", 7), ("withdraws", "withdraw", "VERB", "advcl", 4, "VBZ")])
    assert realis.stipulated(doc[7], None, WORDS) == "conditional:as long as"
    assert reason(doc, 7) == "conditional:as long as"
    since = parse([*doc_rows_of(doc)[:5], ("since", "since", "SCONJ", "mark", 7), *doc_rows_of(doc)[6:]])
    assert realis.stipulated(since[7], None, WORDS) is None


def doc_rows_of(doc) -> list[tuple]:
    """The rows ``parse`` was given, read back from a hand-built Doc."""
    return [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.tag_) for t in doc]


def test_a_clause_of_time_in_the_present_is_still_to_come():
    # "Rome demands the files before Paris signs the deal."  (English writes the future of a clause
    # of time in the present)  /  "... before Paris signed the deal."  /  "... since Paris signs ..."
    rows = [("Rome", "Rome", "PROPN", "nsubj", 1), ("demands", "demand", "VERB", "ROOT", 1, "VBZ"),
            ("the", "the", "DET", "det", 3), ("files", "file", "NOUN", "dobj", 1),
            ("before", "before", "SCONJ", "mark", 6), ("Paris", "Paris", "PROPN", "nsubj", 6),
            ("signs", "sign", "VERB", "advcl", 1, "VBZ"), ("the", "the", "DET", "det", 8),
            ("deal", "deal", "NOUN", "dobj", 6)]
    doc = parse(rows)
    assert realis.pending(doc[6], None, WORDS) == "pending:before"
    assert reason(doc, 6) == "pending:before"
    assert reason(doc, 8) == "pending:before"  # the deal named in the clause: its object
    assert reason(doc, 1) is None  # the demand is made
    past = parse([*rows[:6], ("signed", "sign", "VERB", "advcl", 1, "VBD"), *rows[7:]])
    assert reason(past, 6) is None
    since = parse([*rows[:4], ("since", "since", "SCONJ", "mark", 6), *rows[5:]])
    assert reason(since, 6) is None
    # "Seoul waits until the sanctions are lifted": the tense on the passive auxiliary
    lifted = parse([("Seoul", "Seoul", "PROPN", "nsubj", 1), ("waits", "wait", "VERB", "ROOT", 1, "VBZ"),
                    ("until", "until", "SCONJ", "mark", 6), ("the", "the", "DET", "det", 4),
                    ("sanctions", "sanction", "NOUN", "nsubjpass", 6), ("are", "be", "AUX", "auxpass", 6, "VBP"),
                    ("lifted", "lift", "VERB", "advcl", 1, "VBN")])
    assert reason(lifted, 6) == "pending:until"
    was = parse([*doc_rows_of(lifted)[:5], ("were", "be", "AUX", "auxpass", 6, "VBD"), doc_rows_of(lifted)[6]])
    assert reason(was, 6) is None


def test_a_power_held_is_not_used():
    # "Lisbon has the power to veto the budget."  /  "Lisbon used the power to veto the budget."
    rows = [("Lisbon", "Lisbon", "PROPN", "nsubj", 1), ("has", "have", "VERB", "ROOT", 1, "VBZ"),
            ("the", "the", "DET", "det", 3), ("power", "power", "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 5), ("veto", "veto", "VERB", "acl", 3, "VB"),
            ("the", "the", "DET", "det", 7), ("budget", "budget", "NOUN", "dobj", 5)]
    doc = parse(rows)
    assert realis.capable(doc[3], doc[5], WORDS) == "capability:power"
    assert reason(doc, 5) == "capability:power"
    used = parse([rows[0], ("used", "use", "VERB", "ROOT", 1, "VBD"), *rows[2:]])
    assert reason(used, 5) is None
    # "Lisbon has the plan to veto": no power, read by the intention rules
    plan = parse([*rows[:3], ("budget", "budget", "NOUN", "dobj", 1), *rows[4:]])
    assert realis.capable(plan[3], plan[5], WORDS) is None


def test_a_power_named_in_any_phrase_is_not_used():
    # "a state with the ability to strike Lisbon" / "Oslo invoked its power to veto the budget"
    rows = [("a", "a", "DET", "det", 1), ("state", "state", "NOUN", "ROOT", 1), ("with", "with", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 4), ("ability", "ability", "NOUN", "pobj", 2), ("to", "to", "PART", "aux", 6),
            ("strike", "strike", "VERB", "acl", 4, "VB"), ("Lisbon", "Lisbon", "PROPN", "dobj", 6)]
    doc = parse(rows)
    assert realis.capable(doc[4], doc[6], WORDS) == "capability:ability" == reason(doc, 6)
    invoked = parse([("Oslo", "Oslo", "PROPN", "nsubj", 1), ("invoked", "invoke", "VERB", "ROOT", 1, "VBD"),
                     ("its", "its", "PRON", "poss", 3), ("power", "power", "NOUN", "dobj", 1),
                     ("to", "to", "PART", "aux", 5), ("veto", "veto", "VERB", "acl", 3, "VB"),
                     ("the", "the", "DET", "det", 7), ("budget", "budget", "NOUN", "dobj", 5)])
    assert realis.capable(invoked[3], invoked[5], WORDS) is None and reason(invoked, 5) is None


def test_what_a_party_or_weapon_is_capable_of_is_not_done():
    # "Oslo tested a rocket capable of striking Lisbon." / "Oslo was capable of striking Lisbon."
    rows = [("Oslo", "Oslo", "PROPN", "nsubj", 1), ("tested", "test", "VERB", "ROOT", 1, "VBD"),
            ("a", "a", "DET", "det", 3), ("rocket", "rocket", "NOUN", "dobj", 1),
            ("capable", "capable", "ADJ", "amod", 3), ("of", "of", "ADP", "prep", 4),
            ("striking", "strike", "VERB", "pcomp", 5, "VBG"), ("Lisbon", "Lisbon", "PROPN", "dobj", 6)]
    doc = parse(rows)
    assert realis.capable_of(doc[4], doc[6], WORDS) == "capability:capable" == reason(doc, 6)
    assert reason(doc, 1) is None  # the test was done
    was = parse([rows[0], ("was", "be", "AUX", "ROOT", 1, "VBD"), ("capable", "capable", "ADJ", "acomp", 1),
                 ("of", "of", "ADP", "prep", 2), ("striking", "strike", "VERB", "pcomp", 3, "VBG"),
                 ("Lisbon", "Lisbon", "PROPN", "dobj", 4)])
    assert reason(was, 4) == "capability:capable"  # not implicative, unlike "was able to"
    # "Oslo is tired of striking Lisbon": no adjective of capability
    tired = parse([rows[0], ("is", "be", "AUX", "ROOT", 1, "VBZ"), ("tired", "tired", "ADJ", "acomp", 1),
                   *doc_rows_of(was)[3:]])
    assert realis.capable_of(tired[2], tired[4], WORDS) is None


def test_a_clause_of_time_in_the_present_under_a_future_is_still_to_come():
    # "Lisbon will raise the tariff when Rutte visits Madrid."  /  "... when Rutte visited Madrid."
    rows = [("Lisbon", "Lisbon", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2, "MD"),
            ("raise", "raise", "VERB", "ROOT", 2, "VB"), ("the", "the", "DET", "det", 4),
            ("tariff", "tariff", "NOUN", "dobj", 2), ("when", "when", "SCONJ", "advmod", 7, "WRB"),
            ("Rutte", "Rutte", "PROPN", "nsubj", 7), ("visits", "visit", "VERB", "advcl", 2, "VBZ"),
            ("Madrid", "Madrid", "PROPN", "dobj", 7)]
    doc = parse(rows)
    assert realis.pending_under_future(doc[7], None, WORDS) == "pending:when"
    assert reason(doc, 7) == "pending:when"
    assert reason(parse([*rows[:7], ("visited", "visit", "VERB", "advcl", 2, "VBD"), rows[8]]), 7) is None
    # "Lisbon raises the tariff when Rutte visits Madrid": a present under a present is no forecast
    present = parse([rows[0], ("raises", "raise", "VERB", "ROOT", 1, "VBZ"),
                     *[(w, lem, p, d, h - 1 if h > 1 else h, *rest) for (w, lem, p, d, h, *rest) in rows[3:]]])
    assert reason(present, 6) is None
    # "As Rutte lands in Madrid, he will meet the king": "as" opens it too
    rows = [("As", "as", "SCONJ", "mark", 2), ("Rutte", "Rutte", "PROPN", "nsubj", 2),
            ("lands", "land", "VERB", "advcl", 7, "VBZ"), ("in", "in", "ADP", "prep", 2),
            ("Madrid", "Madrid", "PROPN", "pobj", 3), ("he", "he", "PRON", "nsubj", 7),
            ("will", "will", "AUX", "aux", 7, "MD"), ("meet", "meet", "VERB", "ROOT", 7, "VB"),
            ("kings", "king", "NOUN", "dobj", 7)]
    assert reason(parse(rows), 2) == "pending:as"
    # "As Rutte has visited Madrid, he will meet kings": a perfect looks back
    perfect = parse([("As", "as", "SCONJ", "mark", 3), ("Rutte", "Rutte", "PROPN", "nsubj", 3),
                     ("has", "have", "AUX", "aux", 3, "VBZ"), ("visited", "visit", "VERB", "advcl", 8, "VBN"),
                     *[(w, lem, p, d, h + 1, *rest) for (w, lem, p, d, h, *rest) in rows[3:]]])
    assert reason(perfect, 3) is None
    assert realis.pending_under_future(perfect[3], None, WORDS) is None


def _able(copula: tuple, *aux: tuple):
    # "Oslo <aux> <copula> able to host the talks."
    n = len(aux)
    return parse([("Oslo", "Oslo", "PROPN", "nsubj", 1 + n), *aux, copula,
                  ("able", "able", "ADJ", "acomp", 1 + n, "JJ"), ("to", "to", "PART", "aux", 4 + n, "TO"),
                  ("host", "host", "VERB", "xcomp", 2 + n, "VB"), ("the", "the", "DET", "det", 6 + n, "DT"),
                  ("talks", "talk", "NOUN", "dobj", 4 + n, "NNS")])


def test_a_capacity_told_by_a_predicate_adjective_is_not_an_act():
    # "Oslo will be able to host the talks." / "Oslo is able to host the talks."
    will = _able(("be", "be", "AUX", "ROOT", 2, "VB"), ("will", "will", "AUX", "aux", 2, "MD"))
    assert "capability:able" in reason_list(will, 5)
    assert reason(_able(("is", "be", "AUX", "ROOT", 1, "VBZ")), 4) == "capability:able"
    # "Oslo was able to host the talks.": the past is implicative, the talks were hosted
    assert reason(_able(("was", "be", "AUX", "ROOT", 1, "VBD")), 4) is None


def reason_list(doc, i: int) -> list[str]:
    return mood.irrealis_reasons(doc[i], WORDS, extra=realis.EVENT_NOUN_RULES)


def test_an_event_noun_after_a_preposition_of_condition_is_the_condition():
    # "In the event of a strike by Peru, Chile will close the border."
    rows = [("In", "in", "ADP", "prep", 10), ("the", "the", "DET", "det", 2),
            ("event", "event", "NOUN", "pobj", 0), ("of", "of", "ADP", "prep", 2),
            ("a", "a", "DET", "det", 5), ("strike", "strike", "NOUN", "pobj", 3, "NN"),
            ("by", "by", "ADP", "prep", 5), ("Peru", "Peru", "PROPN", "pobj", 6),
            (",", ",", "PUNCT", "punct", 10), ("Chile", "Chile", "PROPN", "nsubj", 10),
            ("closes", "close", "VERB", "ROOT", 10, "VBZ")]
    doc = parse(rows)
    assert realis.in_case_of(doc[2], doc[5], WORDS) == "conditional:in the event of"
    assert reason(doc, 5) == "conditional:in the event of"
    # "in the case of the strike": an example of a strike that happened, not a condition
    case = parse([rows[0], ("the", "the", "DET", "det", 2), ("case", "case", "NOUN", "pobj", 0), rows[3],
                  ("the", "the", "DET", "det", 5), *rows[5:]])
    assert reason(case, 5) is None
    # "in the case of a strike": an indefinite one is a condition
    indefinite = parse([rows[0], ("the", "the", "DET", "det", 2), ("case", "case", "NOUN", "pobj", 0), *rows[3:]])
    assert reason(indefinite, 5) == "conditional:in the case of"


def test_in_case_opens_a_condition():
    # "Lima keeps troops ready in case Quito attacks."  /  "Quito attacks."
    rows = [("Lima", "Lima", "PROPN", "nsubj", 1), ("keeps", "keep", "VERB", "ROOT", 1, "VBZ"),
            ("troops", "troop", "NOUN", "dobj", 1), ("ready", "ready", "ADJ", "oprd", 1),
            ("in", "in", "ADP", "prep", 7), ("case", "case", "NOUN", "pobj", 4),
            ("Quito", "Quito", "PROPN", "nsubj", 7), ("attacks", "attack", "VERB", "advcl", 1, "VBZ")]
    doc = parse(rows)
    assert realis.in_case(doc[7], None, WORDS) == "conditional:in case"
    assert reason(doc, 7) == "conditional:in case"
    plain = parse([("Quito", "Quito", "PROPN", "nsubj", 1), ("attacks", "attack", "VERB", "ROOT", 1, "VBZ")])
    assert reason(plain, 1) is None


def _held_back(word: tuple, copula_head: int = 2):
    # "Oslo was <word> to host the talks." (the infinitive hung on the adjective, or on the copula)
    return parse([("Oslo", "Oslo", "PROPN", "nsubj", 1), ("was", "be", "AUX", "ROOT", 1, "VBD"), word,
                  ("to", "to", "PART", "aux", 4, "TO"), ("host", "host", "VERB", "xcomp", copula_head, "VB"),
                  ("the", "the", "DET", "det", 6, "DT"), ("talks", "talk", "NOUN", "dobj", 4, "NNS")])


def test_an_act_held_back_from_by_an_adjective_of_reluctance_is_not_done():
    # "Oslo was reluctant to host the talks.": in the past too, the word is not implicative
    assert reason(_held_back(("reluctant", "reluctant", "ADJ", "acomp", 1, "JJ")), 4) == "reluctance:reluctant"
    assert reason(_held_back(("unwilling", "unwilling", "ADJ", "acomp", 1, "JJ")), 4) == "reluctance:unwilling"
    # "Oslo was loathe to host the talks.": the parser hangs the infinitive on the copula (where the
    # "be to" of arrangement reads it first)
    loathe = _held_back(("loathe", "loathe", "ADJ", "acomp", 1, "JJ"), copula_head=1)
    assert "reluctance:loathe" in reason_list(loathe, 4)
    # "Oslo was eager to host the talks." is read by the rules of intent, "Oslo was ready ..." by none
    assert reason(_held_back(("ready", "ready", "ADJ", "acomp", 1, "JJ")), 4) is None
    ready = _held_back(("ready", "ready", "ADJ", "acomp", 1, "JJ"), copula_head=1)
    assert realis.reluctant(ready[1], ready[4], WORDS) is None
    assert realis.reluctant(loathe[1], loathe[4], WORDS) == "reluctance:loathe"
    # "Oslo's reluctance to host the talks angered Rome."
    noun = parse([("Oslo", "Oslo", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                  ("reluctance", "reluctance", "NOUN", "nsubj", 7, "NN"), ("to", "to", "PART", "aux", 4, "TO"),
                  ("host", "host", "VERB", "acl", 2, "VB"), ("the", "the", "DET", "det", 6, "DT"),
                  ("talks", "talk", "NOUN", "dobj", 4, "NNS"), ("angered", "anger", "VERB", "ROOT", 7, "VBD"),
                  ("Rome", "Rome", "PROPN", "dobj", 7)])
    assert reason(noun, 4) == "reluctance:reluctance"
    assert reason(noun, 7) is None  # the anger is real
    # "Oslo reluctantly hosted the talks.": an adverb over the act reports it
    adverb = parse([("Oslo", "Oslo", "PROPN", "nsubj", 2), ("reluctantly", "reluctantly", "ADV", "advmod", 2, "RB"),
                    ("hosted", "host", "VERB", "ROOT", 2, "VBD"), ("the", "the", "DET", "det", 4),
                    ("talks", "talk", "NOUN", "dobj", 2, "NNS")])
    assert reason(adverb, 2) is None
