"""The pair rules (``PAIR_RULES``): a relation needs two parties that the sentence itself relates
through the parse, never two actors that merely share it. The rules are tried in order:

- an act names its doer and its target ("Russia's invasion of Ukraine");
- the phrase names both sides ("the Sino-Russian partnership", "ties between X and Y");
- a title names the holder and the partner ("U.S. ally Japan", "meet old friend Xi");
- examples of the speaker's frame: "rivals such as A and B", "our allies, A and B", "allies
  like A" relate the holder (the possessor, the clause's subject, or the speaker for "our")
  to each of A and B, never A to B;
- a holder and a partner: "X, a close ally of Y", "X is Y's ally", "described X as Y's ally",
  "X has close ties with Y", "Spain is our closest ally" (the speaker's side);
- a coordinated subject: "Spain and Portugal enjoy fraternal relations".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..common import sentence_of
from ..speech.attribution import actor_kind, in_quotation
from ..syntax import NOMINAL_SUBJECT_DEPS, governor, own_subject, subject_of
from .statement import (
    ACT_KINDS,
    Pair,
    Statement,
    _clause_holder,
    _np_party,
    _one_paragraph,
    _parties_of,
    _party_id,
    _possessor,
    _prep_partners,
    _speaker_side,
    _unit,
    _words,
    clause_holder_side,
    unnamed_possessor,
)

# How far back the event whose parties "bilateral ties" refers to may be (a few sentences).
RECENT_CHARS = 600
# Prepositions that introduce examples of a relation noun ("allies such as A", "rivals like B").
EXAMPLE_PREPS = {"like", "including"}
# Kinds of hostility: only these take their other side from "against" ("rivalry against X").
NEGATIVE_KINDS = {"rivalry", "conflict", "sanctions"}
# Participles that make an actor the backer or leader of a group, not a side of its ties
# ("the U.S.-led NATO alliance", "an alliance of US-backed Kurdish groups").
BACKING_WORDS = {"led", "backed", "supported", "sponsored", "funded", "armed", "trained"}


def act_pair(st: Statement) -> list[Pair] | None:
    """"Russia's invasion of Ukraine", "sanctions from the West on Belarus", "Moscow launched its
    invasion of Ukraine": the actor and the target of an act (the only rule for act kinds)."""
    if st.kind not in ACT_KINDS:
        return None
    head = st.anchor
    actor = target = None
    for c in head.children:
        if c.dep_ == "poss" and _np_party(st, c):
            actor = _np_party(st, c)
        # "U.S. sanctions on Iran" (not "anti-Russia sanctions")
        elif (c.dep_ in ("compound", "amod", "nmod") and c.i < head.i and actor is None
              and not any(t.lower_.startswith("anti") for t in c.subtree)):
            actor = next((str(t._.actor) for t in c.subtree if t._.actor and actor_kind(t.doc, t._.actor) != "media"),
                         None)
    # the act's own phrases, then those of a participle on it ("sanctions placed on Iran by the US")
    phrases = [*head.children, *[x for c in head.children if c.dep_ == "acl" for x in c.children]]
    for c in phrases:
        if c.dep_ in ("prep", "agent"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            aid = _np_party(st, pobj) if pobj is not None else None
            if aid and c.lower_ in ("from", "by"):
                actor = aid
            elif (aid and c.lower_ in ("of", "on", "against", "in", "with") and target is None
                  and (c.lower_ != "in" or (pobj is not None and pobj._.actor and head.lemma_.lower() != "war"))):
                # "aggression in Ukraine", not "in America's own time"; "America's wars in Iraq and
                # Afghanistan", "the civil war in Syria": where a war is fought, not against whom
                target = aid
    gov = governor(head)
    if actor is None and gov is not None and gov.lemma_.lower() in _words("imposing_verb"):
        subj = subject_of(gov)  # "the U.S. has been stepping up sanctions on", "embarking on a war with"
        actor = _np_party(st, subj) if subj is not None and subj.dep_ != "nsubjpass" else None
    return [(actor, target)] if actor and target and actor != target else []


def _backer(tok: Token) -> bool:
    """"U.S." of "U.S.-led" / "US-backed": the actor that leads or backs what the phrase names."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in BACKING_WORDS


def named_pair(st: Statement) -> list[Pair] | None:
    """Both sides named in the phrase: "the Sino-Russia partnership", "ties between X and Y"."""
    if any(c.dep_ == "poss" for c in st.anchor.children):
        return None  # "its Iranian and Lebanese partners": the possessor holds them
    if st.anchor.lemma_.lower() in _words("role_noun"):
        return None  # "Chinese and Israeli rivals", "European NATO allies": who they are, not two sides
    group = st.anchor.lemma_.lower() in _words("group_noun")
    members = [c for c in st.anchor.children if group and c.dep_ == "prep" and c.lower_ == "of"]
    parts = members or [c for c in st.anchor.children if (c.i < st.anchor.i and c.dep_ in (
        "compound", "amod", "nmod", "npadvmod")) or (c.dep_ == "prep" and c.lower_ == "between")]
    # "an alliance of X and Y" names its members; "a US-backed alliance of Syrian fighters" one side;
    # "the NATO alliance" is the alliance itself, "U.S.-led" its leader: neither is a side of it
    ids = [str(t._.actor) for c in parts for t in c.subtree if t._.actor and actor_kind(t.doc, t._.actor) != "media"
           and not _backer(t) and not (group and c.dep_ == "compound" and t.head.i == st.anchor.i
                                       and actor_kind(t.doc, t._.actor) == "organization")]
    distinct = list(dict.fromkeys(ids))
    if len(distinct) >= 2:
        return [(distinct[0], distinct[1])]
    return [] if members else None


def title_pair(st: Statement) -> list[Pair] | None:
    """A relation word as the title of a name: "U.S. ally Japan", "Russia's ally Belarus" (the
    modifier holds it), "meet old friend Xi" (the clause's subject holds it)."""
    noun = st.anchor
    if noun.dep_ not in ("compound", "amod") or not noun.head._.actor:
        return None
    named = str(noun.head._.actor)
    if unnamed_possessor(st, noun.head):
        return []  # "the prime minister's rival Gantz": the unnamed possessor's, not the clause's subject's
    # "U.S. ally Japan", "Russian ally Assad"; but "Dutch rival NXP", "Chinese rival Huawei": an
    # adjective on an organisation's title is the organisation's nationality, not its holder
    adjective_holds = actor_kind(st.doc, named) != "organization"
    holder = _possessor(st, noun.head) or next(
        (str(t._.actor) for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod", "poss")
         and (adjective_holds or c.pos_ != "ADJ")
         for t in c.subtree if t._.actor and actor_kind(t.doc, t._.actor) != "media"), None)
    if holder is None and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.lefts):
        return []  # "Washington barred Huawei rival ZTE" with "Huawei" no actor: Huawei's, not Washington's
    if holder is None and noun.head.head.i != noun.head.i:
        clause = _clause_holder(st, noun.head.head)
        holder = clause_holder_side(st, clause, [named]) if clause else None
    return [(holder, named)] if holder else []


def _examples(st: Statement, noun: Token) -> list[str]:
    """A and B of "allies such as A and B", "allies like A", "allies including A", "our allies, A and B"."""
    for c in noun.children:
        such_as = c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such"
        if c.dep_ == "prep" and (c.lower_ in EXAMPLE_PREPS or such_as):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return _parties_of(st, pobj)
        if c.dep_ == "appos" and c.i > noun.i:
            return _parties_of(st, c)
    return []


def example_pairs(st: Statement) -> list[Pair] | None:
    """The speaker's frame: "confront rivals such as A and B" relates the holder (the possessor,
    "allies of X", the clause's subject, else the speaker) to A and to B, never A to B."""
    noun = st.anchor
    examples = _examples(st, noun)
    if not examples:
        return None
    if noun.lemma_.lower() in _words("group_noun"):
        return []  # "the 23-nation alliance including Europe and the US": its members
    if any(c.dep_ == "poss" and c.pos_ == "PRON" and not _party_id(st, c) for c in noun.children):
        return []  # "his partner, Carrie": whose partner the pronoun does not say here
    if unnamed_possessor(st, noun):
        return []  # "chided the North's closest ally, China": the North's, not the chider's
    holder = _possessor(st, noun) or next(iter(_prep_partners(st, noun, ("of",))), None)
    if holder is None:
        # "U.S. allies such as", "American allies like"; "European allies" are allies in Europe
        # "NATO allies such as Turkey", "six TPP partners - Canada, Mexico": members of a group, not its allies
        holder = next((str(t._.actor) for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod")
                       for t in c.subtree if t._.actor and actor_kind(t.doc, t._.actor) in ("state", "person")
                       and (c.dep_ != "amod" or actor_kind(t.doc, t._.actor) == "state")), None)
        if holder is None and any(t._.actor for c in noun.lefts if c.dep_ in ("compound", "nmod") for t in c.subtree):
            return []
    gov = governor(noun)
    subj = subject_of(gov) if holder is None and gov is not None and gov.pos_ in ("VERB", "AUX") else None
    if subj is not None:  # "they will hit adversaries like the US": theirs, whoever they are
        clause = None if noun in subj.subtree else _np_party(st, subj)
        holder = clause_holder_side(st, clause, examples) if clause else None
    elif holder is None and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in noun.lefts):
        return []  # "Trump allies, including X" with "Trump" no actor: a named holder, not the speaker
    elif holder is None and (in_quotation(noun) or _reported_by_speaker(st)):
        holder = _speaker_side(st)  # "“We stand by allies like Spain,” Berg said": the speaker's own words
    # (in the reporter's words, "European allies such as Germany and France criticised X" says
    # nobody's: a speaker of another clause of the sentence is not the holder)
    return [(holder, b) for b in examples] if holder else []


def _reported_by_speaker(st: Statement) -> bool:
    """"the administration says it is encouraged by allies like France": the relation word lies in
    a clause that reports the speaker's words (a clausal complement: the speaker's subject is often
    an untagged "the administration"), not in a clause beside the report."""
    cur = st.anchor
    if cur.dep_ in NOMINAL_SUBJECT_DEPS:
        return False  # "(X said) foreign adversaries such as A and B try to ...": whose, the report does not say
    while st.speaker and cur.head.i != cur.i:
        if cur.dep_ == "ccomp" and cur.head.pos_ == "VERB":
            return True
        cur = cur.head
    return False


def _apposition_start(noun: Token) -> Token | None:
    """The first word of the apposition a relation noun heads ("..., Iran's two biggest rivals",
    "..., by far the most important ally of X"), else None."""
    if noun.dep_ == "appos":
        return noun.left_edge
    by = noun.head
    if noun.dep_ == "pobj" and by.lower_ == "by" and any(c.lower_ == "far" for c in by.children):
        return by  # "by far the closest ally of X": the parser hangs it on the verb
    return None


def _described_phrase(st: Statement, last: Token) -> list[str]:
    """The parties of the noun phrase that ends with ``last``: "Israel and Saudi Arabia" (each
    conjunct), "the President of the United States" (a post of a state holds its ties)."""
    head = last
    while head.dep_ == "conj":
        head = head.head
    parties = _parties_of(st, head)
    if parties:
        return parties
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
        head = head.head.head  # "President" of "the President of the United States"
    if head.lower_ in _words("state_post"):
        return _prep_partners(st, head, ("of",))[:1]
    return _parties_of(st, head)


def apposed_pairs(st: Statement) -> list[Pair] | None:
    """"Trump is relying on Israel and Saudi Arabia, Iran's two biggest rivals", "nasty to the
    President of the United States, by far the most important ally of the United Kingdom": an
    apposition describes the noun phrase just before its comma, wherever the parser hangs it (on
    the clause's subject, on the verb)."""
    noun = st.anchor
    start = _apposition_start(noun)
    if start is None or start.i < 2 or start.nbor(-1).text != ",":
        return None
    last = start.nbor(-2)
    if noun.dep_ == "appos" and last in noun.head.subtree and not any(c.dep_ == "conj" for c in noun.head.children):
        return None  # hung on the phrase it describes (not coordinated): the holder rule reads it
    possessor = _possessor(st, noun)
    partners = [possessor] if possessor else _prep_partners(st, noun, ("of", "to", "with"))
    if not partners:  # "Canada and Mexico, U.S. partners in NAFTA": a state's title
        partners = [str(t._.actor) for c in noun.lefts if c.dep_ in ("compound", "nmod")
                    for t in c.subtree if t._.actor and actor_kind(t.doc, t._.actor) == "state"][:1]
    holders = _described_phrase(st, last)
    if not partners or not holders:
        return []
    return [(h, b) for h in holders for b in partners]


def holder_partner_pairs(st: Statement) -> list[Pair] | None:
    """X of "X, an ally of Y", "X is (regarded as) Y's ally", "described X as Y's ally", "X has
    close ties with Y and Z", "Spain is our closest ally"."""
    noun = st.anchor
    preps = ("with", "to", "for") if noun.lemma_.lower() in _words("group_noun") else ("of", "with", "to", "for")
    by_prep = _prep_partners(st, noun, preps)
    possessor = _possessor(st, noun)
    # "allies against ISIS": a common enemy, not a partner; "rivalry against" names the other side
    tie_partners = _prep_partners(st, noun, ("with", "to", "against") if st.kind in NEGATIVE_KINDS else ("with", "to"))
    if possessor and not tie_partners and noun.dep_ == "dobj":  # "modernize our alliance with Korea" (PP on the verb)
        tie_partners = _prep_partners(st, noun.head, ("with",))
    if possessor and tie_partners:  # "our alliance with Korea and Japan", "Russia's ties with China"
        return [(possessor, b) for b in tie_partners]
    if possessor is None and unnamed_possessor(st, noun):
        return []  # "toward the nation's allies, specifically X": the nation's, not the subject's
    partners = [possessor] if possessor else by_prep
    if not partners:  # "became the U.S. top trade partner" (a state's; "NATO allies" are its members)
        partners = [str(t._.actor) for c in noun.lefts if c.dep_ in ("compound", "nmod")
                    for t in c.subtree if t._.actor and actor_kind(t.doc, t._.actor) == "state"][:1]
    if not partners:
        return None
    holder = _holder(st, noun)
    # "X has close ties with Y": the clause's subject holds ties with a named partner; "X's allies"
    # or "our allies" deep in a clause name one side only ("at the expense of the US's allies")
    if holder is None and partners == by_prep and st.kind != "rivalry":
        clause = _clause_holder(st, noun, max_up=3)
        holder = clause_holder_side(st, clause, partners) if clause else None
    return [(holder, b) for b in partners] if holder else []


def _holder(st: Statement, noun: Token) -> str | None:
    cur = noun
    if cur.dep_ == "appos":
        return _np_party(st, cur.head)
    if cur.dep_ == "pobj" and cur.head.lower_ == "as":
        cur = cur.head
    verb = cur.head
    if cur.dep_ in ("attr", "acomp", "prep", "oprd", "dobj", "xcomp") and verb.pos_ in ("VERB", "AUX"):
        if verb.lemma_.lower() in _words("mitigating_verb"):
            return None
        if cur.dep_ == "dobj" and verb.lemma_.lower() not in _words("holding_verb"):
            return None  # "X has close ties with Y"; but "US strikes cheered Assad's enemies" are not the US's
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != cur.i), None)
        if obj is not None and _np_party(st, obj):
            return _np_party(st, obj)
        subj = own_subject(verb, NOMINAL_SUBJECT_DEPS)
        if subj is None and verb.dep_ == "xcomp":  # "X replaced Y to become Z's partner": X
            subj = own_subject(verb.head, NOMINAL_SUBJECT_DEPS)
        if subj is not None and _np_party(st, subj):
            return _np_party(st, subj)
    return None


def called_pair(st: Statement) -> list[Pair] | None:
    """"Berg called Lopez an enemy", "Spain considers Portugal a friend": the one who calls and the
    one called (a relation word with its own possessor or "of" is a holder-partner statement)."""
    noun = st.anchor
    obj: Token | None
    if noun.dep_ == "appos" and noun.head.dep_ in ("dobj", "oprd"):  # "called Xi an enemy" (parsed as apposition)
        verb, obj = noun.head.head, noun.head
        if any(t.is_punct and t.lower_ == "," for t in noun.doc[noun.head.i:noun.left_edge.i]):
            return None  # "urged China, an ally of ...": a description of the object, not what it is called
    elif noun.dep_ in ("oprd", "xcomp", "ccomp", "dobj"):
        verb = noun.head
        obj = next((c for c in (*verb.children, *noun.children) if c.dep_ in ("dobj", "nsubj") and c.i != noun.i
                    and verb.i < c.i < noun.i), None)  # "calls Xi an enemy", "considers Spain a friend"
    else:
        return None
    called = _np_party(st, obj) if obj is not None and verb.pos_ == "VERB" else None
    subj = own_subject(verb, ("nsubj",))
    caller = _np_party(st, subj) if subj is not None else None
    return [(caller, called)] if caller and called else None


def coordinated_pair(st: Statement) -> list[Pair] | None:
    """"Spain and Portugal enjoy fraternal relations", "Norway and Spain are rivals": the
    coordinated subject of the clause the relation word is the object or predicate of."""
    noun = st.anchor
    verb = noun.head if noun.dep_ in ("dobj", "attr", "oprd") else (
        noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _words("mitigating_verb"):
        return None
    if any(c.dep_ == "poss" and c.lower_ != "their" or c.dep_ == "prep" and c.lower_ in ("of", "to", "with")
           for c in noun.children):
        return None  # "A and B are among our allies", "allies of C": a third party's
    subj = own_subject(verb, NOMINAL_SUBJECT_DEPS)
    parties = _parties_of(st, subj) if subj is not None and _one_paragraph(subj, noun) else []
    return [(parties[0], parties[1])] if len(parties) >= 2 else None


def allied_pair(st: Statement) -> list[Pair] | None:
    """"the regime that is allied with Iran", "Syria, allied with Iran", "X allied itself with Y": the
    verb's subject (a relative clause's noun, by the syntax layer) and the party it is allied with."""
    verb = st.span[-1]
    if verb.pos_ not in ("VERB", "ADJ") or st.kind != "alliance":
        return None
    partners = _prep_partners(st, verb, ("with", "to"))
    if not partners:
        return None
    subj = subject_of(verb) if verb.pos_ == "VERB" else own_subject(verb.head, NOMINAL_SUBJECT_DEPS)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = verb.head
    holder = _np_party(st, subj) if subj is not None else None
    return [(holder, b) for b in partners] if holder else []


def _predicated_noun(noun: Token) -> Token | None:
    """The noun a relation word is said of: "described the ties as a partnership", "ties, which he
    described as a partnership", "upgrade their relationship to a partnership"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("as", "to", "into"):
        return None
    verb = noun.head.head
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head
    return obj


def reciprocal_pair(st: Statement) -> list[Pair] | None:
    """"their relationship", "bilateral ties", "mutual trust": the two sides the sentence
    coordinates ("Lukashenko and Xi met ... their relationship"), else the two parties of the
    event reported just before or in the sentence (the meeting whose ties are praised)."""
    nouns = [n for n in (st.anchor, _predicated_noun(st.anchor)) if n is not None]
    if st.anchor.lemma_.lower() in _words("role_noun"):
        return None
    reciprocal = _words("reciprocal")
    if not any(c.lower_ in reciprocal for n in nouns for c in n.children if c.dep_ in ("amod", "poss", "nummod")):
        return None
    sent = sentence_of(st.anchor)
    for t in sent:
        parties = _parties_of(st, t) if t.dep_ in NOMINAL_SUBJECT_DEPS else []
        if len(parties) >= 2:
            return [(parties[0], parties[1])]
    holder = _clause_holder(st, st.anchor)
    floor = sentence_of(st.doc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
    if holder is not None:  # the holder's counterpart in a recent event ("met X ... praised bilateral ties")
        floor = max(0, sent.start_char - RECENT_CHARS)
    near = [e for e in (st.doc._.events or []) if floor <= e.span[0] < sent.end_char and e.source and e.target
            and _unit(st.doc, e.source) != _unit(st.doc, e.target)]
    for e in sorted(near, key=lambda e: -e.span[0]):
        if holder is None:
            return [(e.source, e.target)]
        units = (_unit(st.doc, e.source), _unit(st.doc, e.target))
        if _unit(st.doc, holder) in units:
            return [(holder, e.target if units[0] == _unit(st.doc, holder) else e.source)]
    return []


PairRule = Callable[[Statement], "list[Pair] | None"]
# The first rule that applies decides (an empty list: it applies and finds no pair).
PAIR_RULES: tuple[PairRule, ...] = (act_pair, allied_pair, named_pair, title_pair, example_pairs, apposed_pairs,
                                    holder_partner_pairs,
                                    called_pair, coordinated_pair, reciprocal_pair)
