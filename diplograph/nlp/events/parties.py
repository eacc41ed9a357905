"""Which actors a noun phrase names: its head's own mention, else its modifiers ("Hungarian
officials", "Taiwan's minister", "the regime in Beijing"), conjuncts ("Hungarian and Romanian
officials" names two), the noun a relative pronoun stands for, and a pronoun's antecedent in
this or the previous sentence (``pronouns.pronoun_actors``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...kb import WordClass, load_table, per_folder
from ...kb.gazetteer import gazetteer
from ..common import actor_of, other_party_nouns
from ..extensions import LOCATIONS
from ..speech.titled import DescriptionNoun, description_nouns
from ..syntax import (
    LOGICAL_SUBJECT,
    NOMINAL_SUBJECT_DEPS,
    Antecedents,
    governor,
    own_subjects,
    subject,
)
from .apposed import apposed_name
from .captives import possessor_is_captive
from .lexicon import lemma_candidates, lexicon
from .pronouns import antecedent_index, mentions_before, plural_subject, pronoun_actors
from .relative_attacks import attack_antecedent

# Prepositions that place a thing near a city or region: only a location names a state there.
NEAR_PREPS = frozenset({"near", "outside", "around", "inside", "across", "along"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# Participles whose hyphenated modifier is the party behind the noun ("US-led", "Saudi-commanded");
# not "-backed"/"-linked", which name a sponsor, not the party.
LED_BY = frozenset({"lead", "led", "command", "commanded", "run"})
# Types of verbs that ask something of an addressee ("urged X to", "called on X to").
ASKING_TYPES = frozenset({"REQUEST"})


def np_actors(head: Token, doc_mentions: list | None = None, depth: int = 0) -> list[str]:
    """Actor ids a noun phrase names: by the first of ``NP_READINGS`` that applies to its head;
    conjuncts add more ("Hungarian and Romanian officials" names two)."""
    ids = next(found for reading in NP_READINGS if (found := reading(head, doc_mentions, depth)) is not None)
    if depth < 4:
        ids = ids + [a for c in head.children if c.dep_ == "conj" for a in np_actors(c, doc_mentions, depth + 1)]
    return list(dict.fromkeys(ids))


def own_mention(head: Token, mentions: list | None, depth: int) -> list[str] | None:
    """The head names an actor itself (and "US and British forces" a coordinated modifier too)."""
    own = actor_of(head)
    return [own, *_coordinated_modifiers(head)] if own else None


def envoy_at_a_place(head: Token, mentions: list | None, depth: int) -> list[str] | None:
    """"Negotiators in Vienna announced", "diplomats in Moscow said": a mention that names its
    state only by where the envoys are names no party ([]); "U.S. negotiators in Vienna" keeps
    its modifier (None: the next reading decides)."""
    if not actor_of(head) or not is_envoy(head):
        return None
    return [] if _named_only_by_its_place(head) else None


def people_at_a_place(head: Token, mentions: list | None, depth: int) -> list[str] | None:
    """"Kurdish forces in Syria", "Yazidi militias in Iraq": a mention that names its state only
    by where a people that is no actor we know is (``of_a_stateless_people``) names no party
    ([]): the state there is a third party. A group of the place's population ("Kurdish
    fighters in Syria" read as "Militants (Syria)") stays."""
    actor = (head.doc._.actors or {}).get(actor_of(head)) if actor_of(head) else None
    if actor is None or actor.kind != "state" or not of_a_stateless_people(head):
        return None
    return [] if _named_only_by_its_place(head) else None


def _named_only_by_its_place(head: Token) -> bool:
    """The head's actor is named by its "in X" phrase and by no modifier of its own."""
    own = actor_of(head)
    placed = any(c.dep_ == "prep" and c.lower_ == "in" and any(actor_of(x) == own for x in c.subtree)
                 for c in head.children)
    named = any(c.dep_ in ("amod", "compound", "poss", "nmod") and actor_of(c) == own for c in head.children)
    return placed and not named


def relative_pronoun(head: Token, mentions: list | None, depth: int) -> list[str] | None:
    """"which", "who": the noun the relative clause hangs on; also when a preposition of the
    clause governs the pronoun, "the Iran nuclear deal, from which Trump withdrew", "Putin, with
    whom he reached an agreement" (the pronoun is the preposition's object, the preposition the
    clause verb's); or the attack a clause of violence hung on its target is about
    (``relative_attacks``)."""
    if head.text.lower() not in RELATIVE_PRONOUNS or depth >= 3:
        return None
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        clause = head.head.head
        return np_actors(clause.head, mentions, depth + 1) if clause.dep_ == "relcl" else None
    return np_actors(attack_antecedent(head), mentions, depth + 1) if head.head.dep_ == "relcl" else None


def pronoun(head: Token, mentions: list | None, depth: int) -> list[str] | None:
    """"he", "they": the antecedent (``pronoun_actors``)."""
    return pronoun_actors(head, mentions) if head.pos_ == "PRON" else None


def description(head: Token, mentions: list | None, depth: int) -> list[str] | None:
    """A common noun: what the first of ``DESCRIPTION_RULES`` that finds anything says."""
    return next((ids for rule in DESCRIPTION_RULES if (ids := rule(head, mentions, depth))), [])


def apposition_name(head: Token, mentions: list | None, depth: int) -> list[str]:
    """"Hamas, a group that has attacked Israel": an appositive common noun names the name it
    describes (``apposed.py``)."""
    return apposed_name(head, mentions, depth, np_actors)


def title_holder(head: Token, mentions: list | None, depth: int) -> list[str]:
    """"Qatar's emir, Sheikh Hamad, ...": the named holder of the title, when the text says whose
    it is (else the title's own modifiers say more); "Trump's ambassador, David Friedman,
    supports", "Cohen's lawyer, Stephen Ryan, discussed": a title a person's possessive opens is
    held by the person named after it, whose country the text need not say (the possessor is
    someone else, never the holder)."""
    known = head.doc._.actors or {}
    named = [c._.actor for c in head.children if c.dep_ == "appos" and c._.actor and c._.actor in known]
    placed = [a for a in named if known[a].country]
    if placed or not _owned_by_a_person(head, known):
        return placed
    return [a for a in named if known[a].kind == "person"]


def _owned_by_a_person(head: Token, known: dict) -> bool:
    """The title noun's possessor names a person ("Trump's ambassador")."""
    return any(c.dep_ == "poss" and actor_of(c) in known and known[actor_of(c)].kind == "person" for c in head.children)


def modifier_parties(head: Token, mentions: list | None, depth: int) -> list[str]:
    """"Hungarian officials", "Taiwan's minister", "the US-led war" (not the venue of "the
    Helsinki summit": ``is_venue``; not the other party of "Trump allies": ``other_party_nouns``)."""
    if head.lemma_.lower() in other_party_nouns():
        return []  # "Trump allies urged", "Obama's nominee denied": someone else acts
    return [a for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod")
            and not is_venue(c, head) and not possessor_is_captive(c, head) for a in _modifier_actors(c, mentions)]


def is_venue(mod: Token, head: Token) -> bool:
    """"The Helsinki summit", "the Geneva talks", "the Vienna agreement": a city or capital
    compounded before a meeting or an agreement noun is where it was held, not who took part
    (a state's own name, "the US-China talks", still names the parties)."""
    if mod.dep_ != "compound" or head.pos_ != "NOUN":
        return False
    # any sense of the noun ("agreement" is an event only after a light verb, a venue's thing always)
    rows = lexicon().triggers
    if not any("recip" in t.flags for w in lemma_candidates(head) for t in rows.get((w, "N"), ())):
        return False
    where = head.doc.user_data.get(LOCATIONS) or {}
    return any(t.i in where for t in mod.subtree)


def located_parties(head: Token, mentions: list | None, depth: int) -> list[str]:
    """"the regime in Beijing", "officials of X"; near a place only a location names a state
    ("positions near Kirkuk"); an event noun's place is where it happened (``is_event_noun``).
    The "of" phrase of a relational noun names the other party ("the parents of X", "critics of
    the deal"), never the one described (``other_party_nouns``), unless the noun takes its side
    ("supporters of X": ``side_nouns``)."""
    out: list[str] = []
    preps: tuple[str, ...] = ("of", "from") if is_event_noun(head) or is_envoy(head) or of_a_stateless_people(head) \
        else ("of", "in", "from")
    if head.lemma_.lower() in other_party_nouns() - side_nouns():
        preps = tuple(p for p in preps if p != "of")
    for c in head.children:
        if c.dep_ == "prep" and c.text.lower() in preps and depth < 2:
            out += [a for p in c.children if p.dep_ == "pobj" for a in np_actors(p, mentions, depth + 1)]
        elif c.dep_ == "prep" and c.text.lower() in NEAR_PREPS and "in" in preps:
            where = head.doc.user_data.get(LOCATIONS) or {}
            out += [p._.actor for p in c.children if p.dep_ == "pobj" and p.i in where and p._.actor]
    return out


# Peoples without a state of their own (kb/stateless_peoples.tsv): "Kurdish", "Yazidi".
STATELESS_PEOPLES = WordClass("stateless_peoples", "people")


def of_a_stateless_people(head: Token) -> bool:
    """"Kurdish forces in Syria", "Yazidi groups in Iraq": a noun whose adjective names a people
    without a state of its own (``STATELESS_PEOPLES``) and no actor we know is of that people, and
    the place after "in" is only where they are, never whose they are: the state there is a third
    party (Turkey fighting Kurdish forces in Syria does not fight Syria)."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in STATELESS_PEOPLES and not actor_of(c)
               for c in head.children)


# Event types done to the place they are done in ("a demonstration in Baku" is against the state
# there); aid goes to the people of the place it is delivered in ("relief supplies in Tacloban",
# "assistance in Gaza", "aid deliveries in Baghdad").
DONE_TO_THE_PLACE = frozenset({"PROTEST", "CONCEDE", "COERCE", "RETREAT", "MOBILIZE", "AID"})


def is_event_noun(head: Token) -> bool:
    """"a meeting in Kyrgyzstan", "the attack in Tel Aviv", "a summit in Helsinki between A and
    B" (a summit, an event of its own only after a light verb, when it names its parties): an
    event noun's "in X" is where it happened, not who took part (X acts only when the text says
    so: "troops in X" is no event); but a protest or a crackdown in X is done to X
    (``DONE_TO_THE_PLACE``)."""
    if head.pos_ != "NOUN":
        return False
    trig = lexicon().match(head)
    if trig is not None:
        return trig.type not in DONE_TO_THE_PLACE
    rows = [t for w in lemma_candidates(head) for t in lexicon().triggers.get((w, "N"), ())]
    # only when the noun names its parties: "Obama will attend a summit in Switzerland" codes the
    # host as the other party (as the PETRARCH gold does)
    parties_named = any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in head.children)
    return bool(rows) and rows[0].type not in DONE_TO_THE_PLACE and "light" in rows[0].flags and parties_named


def is_envoy(head: Token) -> bool:
    """"Negotiators in Vienna", "diplomats in Moscow", "reporters in Brussels": people who travel
    are where they are, not of the state there (``kb/envoy_nouns.tsv``)."""
    return head.lemma_.lower() in envoy_nouns()


@per_folder
def side_nouns() -> frozenset[str]:
    """``kb/side_nouns.tsv``: "ally", "supporter": their "of" phrase names the side they act for."""
    return frozenset(r["noun"] for r in load_table("side_nouns"))


@per_folder
def envoy_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in load_table("envoy_nouns"))


@per_folder
def pair_nouns() -> dict[str, str]:
    """``kb/pair_nouns.tsv``: noun -> the kind of actor "the two NOUNs" stands for."""
    return {r["noun"]: r["kind"] for r in load_table("pair_nouns")}


def _counted_as_two(head: Token) -> bool:
    """"the two leaders": a definite noun phrase counted two (not "two leaders", any two);
    "both sides", "both countries" count the same pair (``both_of_a_pair``)."""
    return (any(c.dep_ == "nummod" and c.lower_ == "two" for c in head.children) and
            any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)) or both_of_a_pair(head)


def both_of_a_pair(head: Token) -> bool:
    """"Called on both sides to show restraint", "urged both countries to talk", "appealed to both
    nations": "both" before a noun of parties, as the addressee of a request (the object or the
    phrase of address of a verb of asking), is definite and counts two, as "the two" does. Only
    there: a subject, "both leaders exchanged views", or a party bound by a pledge, "committed both
    countries to talks", is as often a pair named paragraphs before. Not a phrase that names its own
    whole, "both sides of the aisle": a part of a thing, no pair named."""
    if not any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in head.children) or \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    verb = governor(head) if head.dep_ != "conj" else None
    trig = lexicon().match(verb) if verb is not None else None
    return trig is not None and trig.type in ASKING_TYPES


def the_two_parties(head: Token, mentions: list | None, depth: int) -> list[str]:
    """"Putin met Xi in Beijing. The two leaders signed a gas deal", "Ankara and Moscow talked;
    the two countries agreed": a definite "the two" of a noun of parties (``kb/pair_nouns.tsv``)
    refers back to the pair just named: the last subject naming two actors in its sentence or the
    one before (as "they" does), else the last two actors of the noun's kind named there (by name,
    not by a pronoun, and not the one who addresses the pair: ``_addresser_actors``). Not when more
    than two of that kind are named there: which two is then not said. "Both sides" addressed by a
    request counts the same pair (``both_of_a_pair``)."""
    kind = pair_nouns().get(head.lemma_.lower())
    if kind is None or not mentions or not _counted_as_two(head):
        return []
    addresser = _addresser_actors(head, mentions, depth)
    pair = plural_subject(head, mentions)
    if len(pair) == 2:
        return [] if addresser & set(pair) else pair  # "A and B urged both sides": some other pair
    actors = head.doc._.actors or {}
    named = list(dict.fromkeys(m.actor_id for m in mentions_before(head, mentions)
                               if m.actor_id in actors and kind in ("any", actors[m.actor_id].kind)
                               and m.actor_id not in addresser and head.doc[m.start].pos_ != "PRON"))
    return named if len(named) == 2 else []


def _addresser_actors(head: Token, mentions: list, depth: int) -> set[str]:
    """"Ban Ki-moon urged both sides", "the State Department, calling on the two sides": the
    subject of the verb the pair is an argument of is no member of the pair it addresses (one
    does not urge oneself), so the actors it names are not counted among those just named."""
    verb = governor(head) if head.dep_ != "conj" else None  # "spoke with X and the two men": no argument of its own
    if verb is None or verb.pos_ not in ("VERB", "AUX") or depth > 2:
        return set()
    subj, passive = subject(verb, LOGICAL_SUBJECT)
    return set() if subj is None or passive else set(np_actors(subj, mentions, depth + 1))


# Left dependents that may stand in a description's phrase ("the prime minister", "the crown prince").
_PHRASE_DEPS = frozenset({"compound", "amod", "nmod"})
# Right dependents that make a description name its own referent ("the president of the company",
# "the president who signed it", "the president, Anna Berg"): it refers back to no one.
_OWN_REFERENT_DEPS = frozenset({"relcl", "acl", "appos"})


def described_noun(head: Token) -> DescriptionNoun | None:
    """The row for a definite singular description ("the president", "the president's"), or None:
    not for a generic "a president" or "presidents", nor one with words of its own ("the former
    president", "the president of France", "the president who ...") or a predicate ("X is the
    president")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or actor_of(head) or head.dep_ in ("attr", "appos"):
        return None
    left = [c for c in head.children if c.i < head.i]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in left) or \
            any(c.dep_ not in _PHRASE_DEPS | {"det"} for c in left):
        return None
    if any(c.dep_ in _OWN_REFERENT_DEPS or (c.dep_ == "prep" and c.lower_ == "of" and not _reproached_act(c))
           for c in head.children):
        return None
    phrase = " ".join([c.lower_ for c in left if c.dep_ != "det"] + [head.lower_])
    return description_nouns().get(phrase)


def _reproached_act(of: Token) -> bool:
    """"accused the president of bypassing Congress": the parser hangs the verb's "of" complement
    on its object, but an "of" phrase whose object is a gerund says what the holder is accused of,
    not whose president: "the president of France" has a noun there, "the president of misleading"
    never names an office."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in of.children)


def _holds_office(actor: object, titles: tuple[str, ...], published: str | None) -> bool:
    """The person holds one of ``titles`` (on the document's date, when the role is dated)."""
    day = (published or "")[:10]
    return any(r.title in titles and not (day and ((r.from_ and r.from_ > day) or (r.to and r.to < day)))
               for r in getattr(actor, "roles", ()))


def _commanding_subjects(head: Token) -> set[str]:
    """Actors the subject of the description's own clause names by name, and of the clauses that
    clause is the complement of: "Berg said the president would sign" does not mean Berg by "the
    president" (a named subject would have been "she")."""
    out: set[str] = set()
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        out |= {a for s in own_subjects(verb, NOMINAL_SUBJECT_DEPS) if s.i != head.i
                for n in (s, *s.conjuncts) if n.pos_ == "PROPN" and (a := actor_of(n))}
        verb = verb.head if verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i else None
    return out


def definite_description(head: Token, mentions: list | None, depth: int) -> list[str]:
    """"Senator Roe accused the president of weakness", "he consulted with the president",
    "praised the president's plan": a definite description of an office (``kb/definite_descriptions.tsv``)
    refers back, through the pronoun resolver's index, to a person named before it who holds
    that office (``most_named_holder``), never to the subject that names someone in its clause."""
    noun = described_noun(head)
    indexed = antecedent_index(head.doc, mentions) if noun is not None and mentions else None
    if noun is None or indexed is None:
        return []
    actors = head.doc._.actors or {}
    excluded = _commanding_subjects(head)
    published = head.doc._.published

    def fits(aid: str) -> bool:
        if noun.kind == "organization":  # "the company": a company of kb/companies.tsv, which holds no office
            return aid not in excluded and aid in gazetteer().companies
        return aid not in excluded and _holds_office(actors.get(aid), noun.titles, published)

    # "the company" is the company named last: a report about one firm names others in passing, but
    # the one it turns to is the one it has just named ("met Boeing's chief ... asked the company")
    return most_named_holder(head, indexed[1].only(fits), noun.kind, latest=noun.kind == "organization")


def most_named_holder(head: Token, holders: Antecedents, kind: str, latest: bool = False) -> list[str]:
    """"The president" in a report that named Obama four times and Assad once is Obama: an office
    named bare refers to the holder the report is about, the one it named most so far, not to a
    foreign holder met last (a tie goes to the latest named); with ``latest``, the latest named."""
    named = holders.between(0, holders.position(head), (kind,))
    if latest:
        return [named[-1][1]] if named else []
    counts: dict[str, int] = {}
    for _, aid in named:
        counts[aid] = counts.get(aid, 0) + 1
    return [max(reversed(named), key=lambda p: counts[p[1]])[1]] if named else []


NPReading = Callable[[Token, "list | None", int], "list[str] | None"]
# How a noun phrase's head names actors: the first reading that applies decides.
NP_READINGS: tuple[NPReading, ...] = (
    envoy_at_a_place, people_at_a_place, own_mention, relative_pronoun, pronoun, description,
)
# What a common noun's dependents name: the first rule that finds an actor decides.
DESCRIPTION_RULES: tuple[Callable[[Token, list | None, int], list[str]], ...] = (
    title_holder, modifier_parties, located_parties, the_two_parties, definite_description, apposition_name,
)


def _coordinated_modifiers(head: Token) -> list[str]:
    """"US and British forces": the modifier coordinated with the head's own names a party too."""
    own = head._.actor
    return [c._.actor for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c._.actor
            and c._.actor != own and any(x._.actor == own for x in c.conjuncts)]


def _modifier_actors(tok: Token, doc_mentions: list | None) -> list[str]:
    if tok._.actor:
        ids = [tok._.actor]
    elif tok.pos_ == "PRON":
        ids = pronoun_actors(tok, doc_mentions)
    else:
        # "the US-led war": the leader of a led thing is its party
        deps = ("compound", "poss", "amod") + (("npadvmod",) if tok.lemma_.lower() in LED_BY else ())
        ids = [c._.actor for c in tok.children if c.dep_ in deps and c._.actor] or \
            (definite_description(tok, doc_mentions, 0) if tok.dep_ == "poss" else [])
    for c in tok.children:
        if c.dep_ == "conj":
            ids += [a for a in _modifier_actors(c, doc_mentions) if a not in ids]
    return ids


# Acts the text reports one side doing to another: their source's own side is never their target
# ("Italy arrested smugglers" is not done to Italy; "Trump sent American troops to Saudi Arabia" is
# not a deployment against the United States).
OWN_SIDE_TYPES = frozenset({"CONCEDE", "COERCE", "MOBILIZE"})
# ... nor is the source's own state the recipient at home, when the text names none, of a seizure or
# demolition of property (CAMEO codebook 171x), a blockade or siege (191) or a concession (080): they
# are done to the owners, places or adversary they hit ("Iran seized oil tankers", "the FBI seized a
# jacket", "the coalition imposed a blockade", "China made concessions" are not done to Iran, the
# United States, Saudi Arabia or China). A measure on its own people keeps it ("Moscow banned
# gatherings", "lifted the curfew"), and so does an arrest, which PLOVER codes with the state of the
# arrested ("Egyptian police arrested 12 demonstrators": Egypt), unless it names them as private persons
# or suspects ("detained two men": ``arrests.arrests_private_persons``). A deportation or expulsion of
# individuals (174: to another country) sends away foreigners, never the deporting state's own people
# ("Mexico deported 22,000", "the country has expelled thousands": not done to Mexico).
DONE_TO_OTHERS_CAMEO = frozenset({"171", "1711", "1712", "191", "080", "174"})


def done_at_home(type_: str, cameo: str | None) -> bool:
    """Whether the source's own state may be the recipient of an act when the text names none."""
    return type_ not in OWN_SIDE_TYPES or cameo not in DONE_TO_OTHERS_CAMEO


def own_side(actors: dict, source: str, target: str, groups: bool = False) -> bool:
    """The target is the source itself, or the state a non-group source belongs to (its leader,
    government, army or agency acts for it; a group of its population, "Rebels (Syria)", does
    not, so "rebels attacked Syria" stays; ``groups``: it does, for a denial or a reply, where
    "Russian hackers" answer for Russia). Two persons of one state are two sides."""
    if source == target:
        return True
    s, t = actors.get(source), actors.get(target)
    return s is not None and t is not None and t.kind == "state" and (groups or s.kind != "group") \
        and bool(s.country) and s.country == t.country


def one_side(actors: dict, a: str, b: str) -> bool:
    """The same actor, or a state and one of its own, either way round, groups included ("Russia"
    and "Russian hackers", "Putin"); two persons of one state are two sides ("Trump accused
    Schiff": Schiff's denial answers Trump)."""
    return own_side(actors, a, b, groups=True) or own_side(actors, b, a, groups=True)
