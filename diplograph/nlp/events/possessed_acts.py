"""A nominal act its possessor is said to do, told without a light verb.

Most act nouns of ``kb/events.tsv`` flagged ``light`` report an act only as a light verb's object
("lodged a protest", "voiced criticism"): bare, "criticism of the plan", "the threat of war", they
name a topic, not something someone did. A possessor that names an actor says who did it, and a
complement that names another says to whom: "Russia's expulsion of U.S. diplomats", "Putin's
backing for the Assad regime", "Iran's rejection of the French offer" report the act of the one
and the other as the verb would ("Russia expelled U.S. diplomats"). Read by
``lexicon.Lexicon.match`` and ``noun_roles.ungoverned_light_noun``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import is_to_infinitive

# The prepositions that open a nominal act's complement naming its recipient or object
# ("backing for", "attack on", "expulsion of", "rebuke to", "break with", "withdrawal from").
COMPLEMENT_PREPS = frozenset({"of", "for", "on", "against", "to", "toward", "towards", "with", "from", "over"})


def possessor_performs(tok: Token, flags: frozenset[str]) -> bool:
    """"Putin's backing for the Assad regime": a noun whose row says it names its addressee (flag
    ``target``: praise, backing, criticism, invitation, expulsion) has a possessor that names an
    actor (not a pronoun, whose antecedent the coder would guess, nor "the country's") and a
    complement one of whose words names an actor. Not a noun of a state of affairs or a process
    ("Israel's occupation of", "the UK's withdrawal from", "Russia's threat to European security"),
    which a report names as background or prospect far more often than as an act it tells, nor one
    only a light verb frames (flag ``framed``: "Mueller's investigation"). A noun flagged ``possinf``
    ("threat") is the possessor's act only when it announces one in a "to" infinitive, "Kim's
    threats to attack South Korea"; "Russia's threat to European security" is a danger posed."""
    if ("target" not in flags or "framed" in flags) and "possinf" not in flags:
        return False
    if tok.pos_ != "NOUN" or not any(c.dep_ == "poss" and c._.actor for c in tok.children):
        return False
    if "possinf" in flags:  # "Kim's threats to attack Seoul": the act it announces, not a danger posed
        return any(announced_act(c) for c in tok.children)
    return any(c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS and any(x._.actor for x in c.subtree)
               for c in tok.children)


def announced_act(tok: Token) -> bool:
    """"Trump's threat to impose tariffs": the act a threat noun announces, a verb it governs
    with "to" (flag ``possinf`` of ``kb/events.tsv``)."""
    return tok.dep_ == "acl" and tok.pos_ == "VERB" and is_to_infinitive(tok)
