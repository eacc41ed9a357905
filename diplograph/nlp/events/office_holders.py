"""A person who holds an executive office of a state acts for that state, so the state is never the
recipient of what the person does to another party. "Carter said he was working with the White
House on a plan" (the Defense Secretary's own government), "President Castro welcomed the renewal
of dialogue and committed his government to work with the United States" (no support of Cuba),
"Merkel's policy was to help Germany lead the world" (no aid to Germany), "Trump met with Farage at
the U.S. ambassador's residence" (a meeting whose partner is Farage): the office holder's own state
that a rule finds is dropped, so a later rule may name the other party, or there is none.

Only an office of the government, its diplomacy, armed forces or security services
(``kb/titles.tsv`` sector) makes the person the state's own side: a legislator, party leader or
judge may well address or oppose the state. A ruler's own people stay a recipient, as PLOVER codes
them with their state: a mention of the state that modifies a noun of another branch or of the
population, "defied U.S. lawmakers", "reneged on his commitment to the Zambian people"
(``kb/actor_words.tsv`` class population, and the popular sector of ``kb/titles.tsv``), keeps it;
so does an attack, a coercion or a threat, which a ruler may aim at home ("threatened to impose a
curfew in Algiers", a PLOVER example), and a criticism or a request, which an office holder may
address to a predecessor or another branch ("slammed the Obama administration's efforts"), but not
when the state's bare name only modifies what is criticised or asked for, "blamed U.S. companies",
"criticized America's NATO partners", "called for a review of Britain's strategy"
(``named_only_as_a_modifier``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import WordClass
from ...kb.gazetteer import gazetteer
from ..common import sentence_of

POPULATION = WordClass("actor_words", "population")
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# Sectors of kb/titles.tsv whose holders act for the state they serve.
EXECUTIVE_SECTORS = frozenset({"government", "diplomacy", "military", "security"})
# Acts a ruler may aim at the state's own people or territory, which PLOVER codes with that state, and
# the criticism or requests an office holder addresses to another part of the state's government
# ("Bolton slammed the Obama administration's efforts", "asking lawmakers to deliver a bill").
_AT_HOME_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REQUEST"})
# ... of which a criticism or a request addresses the state only when it names it: its bare name
# modifying another noun names whose that noun is, not the addressee.
_ADDRESSED_TYPES = frozenset({"ACCUSE", "REQUEST"})
# Parts of speech of a state's bare name or adjective ("U.S.", "America's", "British"), not of a
# government noun that names it by its leader or body ("the Obama administration's efforts").
_NAME_POS = frozenset({"PROPN", "ADJ"})


def serves_state(actor: object, state: str) -> bool:
    """Whether the person ``actor`` holds, by the text or the KB, an executive office of ``state``
    (an ISO3 code): a role whose title is of ``EXECUTIVE_SECTORS``."""
    titles = gazetteer().titles
    for role in getattr(actor, "roles", None) or []:
        title = titles.get(role.title.lower())
        if role.of == state and title is not None and title.sector in EXECUTIVE_SECTORS:
            return True
    return False


def named_by_another_branch(tok: Token, state: str, mentions: list) -> bool:
    """"pressure from U.S. lawmakers", "his commitment to the Zambian people": a mention of ``state``
    in the sentence of ``tok`` that ends in, or modifies, a title outside ``EXECUTIVE_SECTORS``
    (legislature, party, judiciary, the population) or a noun of the population (``POPULATION``)
    names that branch or the people of the state, which an office holder may well address."""
    sent = sentence_of(tok)
    titles = gazetteer().titles
    for m in mentions:
        if m.actor_id == state and sent.start <= m.start < sent.end:
            last = tok.doc[m.end - 1]
            if last.dep_ in _MODIFIER_DEPS and last.head.i >= m.end:
                last = last.head  # "the Zambian people", "German lawmakers": the noun the mention modifies
            title = titles.get(last.lower_)
            if title is not None and title.sector not in EXECUTIVE_SECTORS or last.lemma_.lower() in POPULATION:
                return True
    return False


def office_holders_states(tok: Token, type_: str, sources: list[str], found: list[str], mentions: list) -> set[str]:
    """The states among ``found`` that a person source of the act at ``tok`` serves in an
    executive office (``serves_state``): that person's own side, never the recipient of an act of
    ``type_`` (but those done at home, ``_AT_HOME_TYPES``), unless the sentence names the state by
    another branch or its people (``named_by_another_branch``)."""
    if type_ in _AT_HOME_TYPES and type_ not in _ADDRESSED_TYPES:
        return set()
    actors = tok.doc._.actors or {}
    people = [actors[s] for s in sources if s in actors and actors[s].kind == "person"]
    return {t for t in found if t in actors and actors[t].kind == "state"
            and any(serves_state(p, actors[t].country) for p in people)
            and not named_by_another_branch(tok, t, mentions)
            and (type_ not in _ADDRESSED_TYPES or named_only_as_a_modifier(tok, t, mentions))}


def named_only_as_a_modifier(tok: Token, state: str, mentions: list) -> bool:
    """"Trump blamed U.S. companies", "May called for a review of Britain's strategy": every mention of
    ``state`` in the sentence of ``tok`` is its bare name or adjective (``_NAME_POS``) modifying a later
    noun, so it says whose the companies or the strategy are; an office holder's criticism or request
    names the own state as its addressee only by naming it, "criticized the United States", or by a
    government noun, "the Obama administration's efforts"."""
    sent = sentence_of(tok)
    found = [tok.doc[m.end - 1] for m in mentions if m.actor_id == state and sent.start <= m.start < sent.end]
    return bool(found) and all(last.dep_ in _MODIFIER_DEPS and last.head.i > last.i and last.pos_ in _NAME_POS
                               for last in found)
