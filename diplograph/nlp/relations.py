"""Relations: statements of how two actors stand to each other ("Russia's No. 1 ally", "an
all-weather comprehensive strategic partnership", "ties are strained"), typed by ``kb/relations.tsv``.

A relation needs two parties that the sentence itself relates through the parse, never two
actors that merely share it. The pair rules (``PAIR_RULES``) are tried in order:

- an act names its doer and its target ("Russia's invasion of Ukraine");
- the phrase names both sides ("the Sino-Russian partnership", "ties between X and Y");
- a title names the holder and the partner ("U.S. ally Japan", "meet old friend Xi");
- examples of the speaker's frame: "rivals such as A and B", "our allies, A and B", "allies
  like A" relate the holder (the possessor, the clause's subject, or the speaker for "our")
  to each of A and B, never A to B;
- a holder and a partner: "X, a close ally of Y", "X is Y's ally", "described X as Y's ally",
  "X has close ties with Y", "Spain is our closest ally" (the speaker's side);
- a coordinated subject: "Spain and Portugal enjoy fraternal relations".

A relation word that modifies another noun ("enemy fire", "allied forces"), names a position
("managing partner at a firm", "friends at the radio") or is being reduced ("ease tension")
states no relation. Two parties of one state are one side: a domestic rivalry never becomes
an international one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..kb import activate, load_table, override_folder, per_folder, split_list
from ..model import Relation
from .common import doc_text, sentence_of
from .speech.attribution import actor_kind, attribution_of
from .syntax import (
    NOMINAL_SUBJECT_DEPS,
    IrrealisWords,
    governor,
    is_negated,
    own_subject,
    subject_of,
    under_modal,
)

LABEL_DEPS = ("amod", "compound", "nummod", "quantmod", "advmod", "npadvmod", "nmod", "punct", "cc", "conj")
# How far back the event whose parties "bilateral ties" refers to may be (a few sentences).
RECENT_CHARS = 600
# Dependencies that leave a noun phrase for a clause or another phrase of the sentence.
OUTSIDE_PHRASE = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "punct", "advmod"}
# Words that stand for the speaker's side inside reported speech ("our allies", "we and our partners").
SPEAKER_WORDS = {"our", "we", "us", "my", "i", "me", "mine", "ours"}
# Prepositions that introduce examples of a relation noun ("allies such as A", "rivals like B").
EXAMPLE_PREPS = {"like", "including"}
# Kinds stated by an act (a war, sanctions): both sides must be named in the phrase itself.
ACT_KINDS = {"conflict", "sanctions"}
# Prepositions of a gerund that speaks of an act rather than doing it ("about imposing sanctions").
TALK_PREPS = {"about", "of", "on", "over"}
# Kinds of hostility: only these take their other side from "against" ("rivalry against X").
NEGATIVE_KINDS = {"rivalry", "conflict", "sanctions"}
# Participles that make an actor the backer or leader of a group, not a side of its ties
# ("the U.S.-led NATO alliance", "an alliance of US-backed Kurdish groups").
BACKING_WORDS = {"led", "backed", "supported", "sponsored", "funded", "armed", "trained"}
# Kinds that differ more in wording than in fact; one statement per pair covers them.
KIND_FAMILY = {"alliance": "alignment", "partnership": "alignment"}
# A war dated this many years before the document is history, not the present relation: in the
# corpus the dated wars 6-56 years back had all ended (Lebanon 2006, Georgia 2008, Iraq 2003), those
# 2-3 years back had not (Ukraine 2014).
WAR_IS_HISTORY = 5
# Durations that date a relation's start back from the document ("a friend of 30 years").
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
SINCE_YEAR = re.compile(r"\bsince (?:at least )?(?:the (?:early |late |mid-)?)?((?:19|20)\d\d)\b", re.I)
FOR_YEARS = re.compile(r"\b(?:for|of) (?:more than |nearly |almost |over |about |some )?(\d{1,2}|"
                       + "|".join(NUMBER_WORDS) + r") (years|decades)\b", re.I)


@per_folder
def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``kb/relation_words.tsv``."""
    return frozenset(r["word"] for r in load_table("relation_words") if r["class"] == cls)


@per_folder
def _figurative() -> dict[str, frozenset[str]]:
    """Trigger lemma -> the modifiers that make it figurative (``kb/figurative.tsv``: "a trade war")."""
    out: dict[str, set[str]] = {}
    for r in load_table("figurative"):
        out.setdefault(r["trigger"].lower(), set()).add(r["modifier"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def stated_kind(kind: str, head: Token) -> str:
    """"a trade war with China", "a war of words", "a new cold war": a war in a figurative sense
    (``kb/figurative.tsv``, the events layer's table) states a rivalry between its sides, not an
    armed conflict."""
    words = _figurative().get(head.lemma_.lower())
    if kind != "conflict" or not words:
        return kind
    for c in head.children:
        if c.dep_ in ("compound", "amod") and c.lemma_.lower() in words:
            return "rivalry"
        if c.dep_ == "prep" and any(f"{c.lower_} {x.lemma_.lower()}" in words for x in c.children if x.dep_ == "pobj"):
            return "rivalry"
    return kind


@per_folder
def relation_rows() -> tuple[tuple[tuple[str, ...], str, frozenset[str]], ...]:
    return tuple((tuple(r["words"].split()), r["kind"], frozenset(split_list(r["needs"])))
                 for r in load_table("relations"))


class RelationMatcher:
    """The table's phrases, each word matched by its lemma or its lowercase form. Two phrase
    matchers do this at a fraction of the cost of token patterns."""

    def __init__(self, vocab: Vocab) -> None:
        self.by_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.by_lower = PhraseMatcher(vocab, attr="LOWER")
        for n, (words, _kind, _needs) in enumerate(relation_rows()):
            self.by_lemma.add(f"rel{n}", [Doc(vocab, words=list(words), lemmas=list(words))])
            self.by_lower.add(f"rel{n}", [Doc(vocab, words=list(words))])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return sorted(set(self.by_lemma(doc)) | set(self.by_lower(doc)))


def build_matcher(vocab: Vocab) -> RelationMatcher:
    return RelationMatcher(vocab)


@dataclass
class Statement:
    """One relation word in its sentence: what the pair rules read."""

    doc: Doc
    span: Span
    kind: str
    anchor: Token  # the relation noun ("ties" of "ties are strained")
    speaker: str | None  # who says it (reported speech), for "our"/"we"


Pair = tuple[str, str]


def _unit(doc: Doc, aid: str) -> str:
    """Actors of one state count as one side ("Lukashenko" and "Belarus")."""
    a = (doc._.actors or {}).get(aid)
    return (a.country if a and a.country else aid) or aid


def _speaker_side(st: Statement) -> str | None:
    """The side a speaker's "our"/"we" stands for: the speaker, unless a medium or a person whose
    country is unknown ("our key allies", said by a general of no stated country, are his state's
    allies, not his own)."""
    if not st.speaker or actor_kind(st.doc, st.speaker) == "media":
        return None
    a = (st.doc._.actors or {}).get(st.speaker)
    if a is not None and a.kind == "person" and not a.country:
        return None
    return st.speaker


def _party_id(st: Statement, tok: Token) -> str | None:
    """The actor a word stands for: its own actor, or the speaker's side for "our"/"we"."""
    if tok._.actor and actor_kind(tok.doc, tok._.actor) != "media":
        return str(tok._.actor)
    if tok.lower_ in SPEAKER_WORDS and tok.pos_ == "PRON":
        return _speaker_side(st)
    return None


def _np_party(st: Statement, tok: Token) -> str | None:
    """The party a noun phrase names: its head, its name parts, then its own words (not those
    of a clause or a prepositional phrase inside it)."""
    for t in (tok, *[c for c in tok.children if c.dep_ in ("compound", "flat", "appos", "poss")]):
        aid = _party_id(st, t)
        if aid:
            return aid
    for t in _phrase_words(tok):
        if t._.actor and actor_kind(t.doc, t._.actor) != "media":
            return str(t._.actor)
    return None


def _phrase_words(tok: Token) -> list[Token]:
    """The words of a noun phrase up to its clauses and its phrases other than "of" ("the
    dictatorship of Maduro"; not "Democrats who oppose Sanders" nor "goal here in Warsaw")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ not in OUTSIDE_PHRASE and not (c.dep_ == "prep" and c.lower_ != "of")]
    return sorted(out, key=lambda t: t.i)


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("China and Russia")."""
    return [tok, *[t for t in tok.subtree if t.dep_ == "conj" and t.head.i != tok.head.i]]


def _parties_of(st: Statement, tok: Token) -> list[str]:
    """The parties of a (coordinated) noun phrase, in order."""
    out = []
    for t in _conjuncts(tok):
        aid = _party_id(st, t) or next((str(c._.actor) for c in t.children if c.dep_ in ("compound", "flat")
                                        and c._.actor and actor_kind(t.doc, c._.actor) != "media"), None)
        if aid and aid not in out:
            out.append(aid)
    return out


def _possessor(st: Statement, noun: Token) -> str | None:
    """X of "X's ally" and the speaker of "our ally" (also when the parser hangs "X's" elsewhere:
    "urged China, North Korea's only major ally")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        before = noun.left_edge.i - 1
        if before >= 0 and noun.doc[before].tag_ == "POS" and noun.doc[before].head.i < noun.i:
            poss = noun.doc[before].head
    return _np_party(st, poss) if poss is not None else None


def _prep_partners(st: Statement, noun: Token, preps: tuple[str, ...]) -> list[str]:
    """Y of "ally of Y", "ties with Y and Z", "partner to Y"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    found = _parties_of(st, p)
                    if found:
                        return found
    return []


def _one_paragraph(a: Token, b: Token) -> bool:
    """No blank line between two words: a headline glued to the first sentence by the parser
    ("Moscow and Beijing call for calm / The heightened tensions ...") relates nothing across it."""
    lo, hi = sorted((a.idx, b.idx))
    return "\n\n" not in doc_text(a.doc)[lo:hi]


def _clause_holder(st: Statement, tok: Token, max_up: int = 6) -> str | None:
    """The subject of the clause a phrase sits in ("Lukashenko was glad to meet old friend Xi",
    "we are focused on our alliance with Korea"), by the syntax layer's subject finder; none
    through a verb that lowers what it governs ("ease tension with Syria")."""
    cur = tok
    for _ in range(max_up):
        if cur.pos_ in ("VERB", "AUX"):
            if cur.lemma_.lower() in _words("mitigating_verb"):
                return None
            subj = subject_of(cur)
            if subj is not None and (subj.dep_ == "csubj" or not _one_paragraph(subj, tok)):
                return None  # "Opposing the Iraq War, she became an ally of X": a clause holds no tie
            if subj is not None and tok in subj.subtree:  # "allies of A and B need to act": no holder
                return None
            if subj is not None:
                return _np_party(st, subj)
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


# ---------------------------------------------------------------- pair rules
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
    # "U.S. ally Japan", "Russian ally Assad"; but "Dutch rival NXP", "Chinese rival Huawei": an
    # adjective on an organisation's title is the organisation's nationality, not its holder
    adjective_holds = actor_kind(st.doc, named) != "organization"
    holder = _possessor(st, noun.head) or next(
        (str(t._.actor) for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod", "poss")
         and (adjective_holds or c.pos_ != "ADJ")
         for t in c.subtree if t._.actor and actor_kind(t.doc, t._.actor) != "media"), None)
    if holder is None and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.lefts):
        return []  # "Washington barred Huawei rival ZTE" with "Huawei" no actor: Huawei's, not Washington's
    if holder is None:
        holder = _clause_holder(st, noun.head.head) if noun.head.head.i != noun.head.i else None
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
        holder = None if noun in subj.subtree else _np_party(st, subj)
    elif holder is None and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in noun.lefts):
        return []  # "Trump allies, including X" with "Trump" no actor: a named holder, not the speaker
    elif holder is None:
        holder = _speaker_side(st)
    return [(holder, b) for b in examples] if holder else []


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
        holder = _clause_holder(st, noun, max_up=3)
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
PAIR_RULES: tuple[PairRule, ...] = (act_pair, allied_pair, named_pair, title_pair, example_pairs, holder_partner_pairs,
                                    called_pair, coordinated_pair, reciprocal_pair)


# ---------------------------------------------------------------- statements that state nothing
def modifies_a_thing(st: Statement) -> bool:
    """"enemy fire", "allied forces", "partner organisations": the word describes another noun."""
    head = st.span[-1]
    return head.dep_ in ("compound", "amod") and not head.head._.actor and head.head.lemma_.lower() not in {
        w for words, _k, _n in relation_rows() for w in words}


def names_a_position(st: Statement) -> bool:
    """"managing partner at a firm", "our friends at the radio", "a partner with a law firm", "a
    founding partner of Teneo": a post or a circle, not a tie."""
    if st.anchor.lemma_.lower() == "partner" and any(c.lower_ in _words("post") for c in st.anchor.lefts):
        return True
    for c in st.anchor.children:
        if c.dep_ == "prep" and c.lower_ == "at":
            return True
        if c.dep_ == "prep" and c.lower_ in ("with", "in") and st.anchor.lemma_.lower() == "partner":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            aid = _np_party(st, pobj) if pobj is not None else None
            if aid is None or actor_kind(st.doc, aid) == "organization":
                return True
    return False


def names_an_agreement(st: Statement) -> bool:
    """"the Trans-Pacific Partnership", "the Eastern Partnership": a capitalised name of a treaty or
    a programme, not a tie between the actors near it."""
    head = st.span[-1]
    return (head.pos_ == "PROPN" and head.text[:1].isupper() and head.i > sentence_of(head).start
            and any(c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() for c in head.lefts))


def names_an_organisation(st: Statement) -> bool:
    """"the first 'Friends of Syria' conference", "the Alliance for Securing Democracy", "Coalition of
    Syrian ...": a capitalised relation word in mid-sentence followed by of/for and a capitalised
    name is the name of a group or a forum, not a tie between the actors near it."""
    head = st.span[-1]
    doc = head.doc
    if not head.text[:1].isupper() or head.i == sentence_of(head).start or head.i + 2 >= len(doc):
        return False
    nxt = doc[head.i + 2] if doc[head.i + 2].lower_ != "the" or head.i + 3 >= len(doc) else doc[head.i + 3]
    return doc[head.i + 1].lower_ in ("of", "for") and nxt.text[:1].isupper()


def is_intended(st: Statement) -> bool:
    """"sought to forge new defense partnerships with Australia", "hopes to establish ties": a tie
    still to be founded is a plan, not a relation."""
    gov = governor(st.anchor)
    return (gov is not None and gov.lemma_.lower() in _words("founding_verb") and gov.dep_ == "xcomp"
            and gov.head.lemma_.lower() in _words("intent_verb"))


def is_infinitive(st: Statement) -> bool:
    """"would welcome an opportunity to partner with the U.S.", "hopes to ally with": a tie verb in the
    infinitive of a noun or of a verb of intent is an opportunity or a wish, not a tie that holds
    ("were forced to ally with Israel" states one)."""
    verb = st.span[-1]
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    return verb.head.pos_ == "NOUN" or verb.head.lemma_.lower() in _words("intent_verb")


def is_hedged(st: Statement) -> bool:
    """"is unlikely to be a close friend", "if not allies of Putin", "are no longer enemies", "if North
    Korea intends to start a war", "would launch a war": a hedge, a condition or a modal over the
    relation word's clause (a few heads up)."""
    hedges, modals = _words("hedge"), IrrealisWords(modals=_words("modal"))
    left = st.span.doc[max(0, st.span[0].left_edge.i - 2):st.span.start]  # "if not allies", "no longer enemies"
    if any(t.lower_ in hedges and not _numbered(t) for t in left):
        return True
    # an act under a modal ("would be willing to launch a war", "could impose sanctions") is a
    # possibility; a tie stays one ("the partnership would make ties worse")
    act = st.kind in ACT_KINDS
    cur = st.anchor
    for _ in range(4):
        if cur.lemma_.lower() in hedges or any(
                c.lower_ in hedges and c.dep_ in ("mark", "acomp", "neg", "advmod") for c in cur.children):
            return True
        if act and under_modal(cur, None, modals) is not None:  # the one modal check (syntax)
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _numbered(tok: Token) -> bool:
    """"No. 1 ally": "No" as the abbreviation of number, not a negation."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.text.startswith("No") and (tok.lower_ == "no." or nxt is not None and (nxt.text == "." or nxt.like_num))


def is_past(st: Statement) -> bool:
    """"former allies", "his former business partner", "a one-time rival", "the Taliban, once
    the IMU's ally": a tie that has ended is no relation now."""
    past = _words("past")
    anchor = st.anchor
    before = anchor.doc[anchor.left_edge.i:anchor.i]
    words = {t.lower_ for t in before} | {c.lower_ for c in anchor.children if c.dep_ == "advmod"}
    hyphened = {f"{a.lower_}-{b.lower_}" for a, b in zip(before, before[2:], strict=False) if a.nbor(1).text == "-"}
    return bool((words | hyphened) & past)


def is_lowered(st: Statement) -> bool:
    """"reduce tension", "ease tensions with X": the object of a verb that lowers it; also "work
    together to de-escalate tensions" where the parser splits the verb into modifiers of the noun."""
    if st.kind != "rivalry":
        return False
    gov = governor(st.anchor)
    if gov is not None and gov.lemma_.lower() in _words("mitigating_verb"):
        return True
    before = st.doc[max(sentence_of(st.anchor).start, st.anchor.i - 4):st.anchor.i]
    return any(t.lower_ == "de" and t.i + 2 < st.anchor.i and t.nbor(1).text == "-"
               and f"de-{t.nbor(2).lemma_.lower()}" in _words("mitigating_verb") for t in before)


def is_unrealised(st: Statement) -> bool:
    """"called for sanctions on Iran", "threatened war with", "the risk of a war with Iran", "avert a
    war with", "urged the EU to impose sanctions on": an act demanded, threatened, feared or averted
    is not one done (the events layer records the demand or the threat itself)."""
    if st.kind not in ACT_KINDS:
        return False
    unrealising = _words("unrealising")
    if st.anchor.dep_ == "pobj" and st.anchor.head.dep_ == "agent":
        return False  # "Europe, threatened by Russia's aggression": the act's own doing
    gov = governor(st.anchor)
    if gov is not None and gov.lemma_.lower() in _words("starting_verb"):
        if gov.dep_ == "pcomp" and gov.tag_ == "VBG" and gov.head.lower_ in TALK_PREPS:
            return True  # "a consensus about imposing sanctions", "talk of launching a war": the idea of it
        if gov.dep_ in ("xcomp", "ccomp"):
            gov = gov.head  # "threatened to impose sanctions", "urged X to launch a war" ("to toughen" them: in force)
    return gov is not None and (gov.lemma_.lower() in unrealising or gov.lower_ in unrealising)


def _year_before(tok: Token, year: str, by: int = 1) -> bool:
    """A year at least ``by`` years before the document's ``year``."""
    return (tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("19", "20") and tok.text.isdigit()
            and year.isdigit() and int(tok.text) <= int(year) - by)


def is_dated_past(st: Statement) -> bool:
    """"the 2003 invasion of Iraq" (in 2015), "the 2006 war in Lebanon", "the invasion of Iraq in 2003",
    "a U.S. ally until 1979": a war
    dated ``WAR_IS_HISTORY`` years or more before the document, or any tie that lasted until an
    earlier year. ("Russia's 2014 invasion of Ukraine", written in 2017, is a conflict still.)"""
    year = (st.doc._.published or "")[:4]
    anchor = st.anchor
    modifiers = st.doc[anchor.left_edge.i:anchor.i]
    if st.kind == "conflict" and any(_year_before(t, year, WAR_IS_HISTORY) for t in modifiers):
        return True
    # "the US-led invasion of Iraq in 2003", "went to war with Iraq in 2003": dated by a phrase of the
    # act, of its object or of the verb it is the object of
    dated = [anchor, *[p for c in anchor.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]]
    if (gov := governor(anchor)) is not None:
        dated.append(gov)
    if st.kind == "conflict" and any(c.dep_ == "prep" and c.lower_ in ("in", "during")
                                     and any(_year_before(p, year, WAR_IS_HISTORY) for p in c.children
                                             if p.dep_ == "pobj") for h in dated for c in h.children):
        return True
    holders = [anchor, *([anchor.head] if anchor.dep_ in ("attr", "appos") else [])]
    return any(c.dep_ == "prep" and c.lower_ == "until" and any(_year_before(t, year) for t in c.subtree)
               for h in holders for c in h.children)


NO_RELATION: tuple[Callable[[Statement], bool], ...] = (modifies_a_thing, names_a_position, names_an_agreement,
                                                         names_an_organisation,
                                                         is_intended, is_infinitive, is_hedged, is_past, is_lowered,
                                                         is_unrealised, is_dated_past)


# ---------------------------------------------------------------- labels, dates
def _needed_noun(head: Token, needs: frozenset[str]) -> Token | None:
    """The relation noun a word like "strained" needs, within a few words of it ("ties are
    strained", "strained ties"); a window rather than the parse, which often misattaches it."""
    sent = sentence_of(head)
    window = sent.doc[max(sent.start, head.i - 4):min(sent.end, head.i + 4)]
    near = sorted((t for t in window if t.i != head.i and (t.lemma_.lower() in needs or t.lower_ in needs)),
                  key=lambda t: abs(t.i - head.i))
    return near[0] if near else None


def _label(span: Span) -> str:
    """The relation words with their modifiers ("all-weather comprehensive strategic partnership")."""
    head = span[-1]
    left = span.start
    for c in head.lefts:
        # never across a line break (a dateline the parser hangs on the noun)
        if (c.dep_ in LABEL_DEPS and not any(t._.actor for t in c.subtree)
                and "\n" not in span.doc[c.left_edge.i:span.start].text):
            left = min(left, c.left_edge.i)
    while left < span.start and span.doc[left].is_punct:
        left += 1
    return span.doc[left:span.end].text.strip("“”\"‘’ ,")


def _anchor(head: Token) -> Token:
    """The relation noun an adjective describes ("strained ties", "ties are strained")."""
    if head.pos_ in ("NOUN", "PROPN") and (head.dep_ != "amod" or head.head._.actor):
        return head  # "Dutch rival NXP Semiconductors", parsed as an adjective: a title, as a compound is
    if head.dep_ == "amod":
        return head.head
    for verb in (head, head.head):  # "relations are strained" / "relationship is strained"
        subj = own_subject(verb, NOMINAL_SUBJECT_DEPS)
        if subj is not None:
            return subj
    return head


def _since(doc: Doc, sent: Span) -> str | None:
    """When the relation began, as the sentence says: "since 2013", "a friend of 30 years" (counted
    back from the document's year), or the date of a founding act ("signed in 2022")."""
    text = sent.text
    if m := SINCE_YEAR.search(text):
        return m.group(1)
    year = (doc._.published or "")[:4]
    if (m := FOR_YEARS.search(text)) and year.isdigit():
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]
        return str(int(year) - n * (10 if m.group(2).lower() == "decades" else 1))
    times = [t for t in (doc._.times or []) if sent.start_char <= t.span[0] < sent.end_char and t.value]
    if not times:
        return None
    for t in times:
        if doc_text(doc)[max(sent.start_char, t.span[0] - 6):t.span[0]].lower().strip().endswith("since"):
            return str(t.value)
    verbs = {t.lemma_.lower() for t in sent if t.pos_ == "VERB"}
    return str(times[0].value) if verbs & _words("founding_verb") else None


def _pairs(st: Statement) -> list[Pair]:
    for rule in PAIR_RULES:
        found = rule(st)
        if found is not None:
            named = {str(t._.actor) for t in st.span if t._.actor}  # "Union State" names the tie, not a side
            return [(a, b) for a, b in found if a != b and _unit(st.doc, a) != _unit(st.doc, b)
                    and not {a, b} & named]
    return []


def find_relations(doc: Doc, matcher: RelationMatcher | None = None) -> list[Relation]:
    """One relation per (pair of sides, kind) in a document, from its first statement."""
    matcher = matcher or build_matcher(doc.vocab)
    rows = relation_rows()
    spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in matcher(doc)])
    out: list[Relation] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for span in spans:
        _words, kind, needs = rows[int(doc.vocab.strings[span.label][3:])]
        head = span[-1]
        noun = _needed_noun(head, needs) if needs else None
        # "ties are not strained": a neg on the word or on its head (no "never"/"no" words here)
        if (needs and noun is None) or is_negated(head, words=frozenset(), through_head=True):
            continue
        speaker, _ = attribution_of(doc, head)
        st = Statement(doc, span, kind, noun if noun is not None else _anchor(head), speaker)
        if any(rule(st) for rule in NO_RELATION):
            continue
        pairs = _pairs(st)
        if (stated := stated_kind(kind, head)) != kind:
            # a figurative war: an act's sides ("Trump's trade war on China"), else a rivalry's
            # ("Spain and Portugal are locked in a trade war")
            kind = stated
            pairs = pairs or _pairs(Statement(doc, span, kind, st.anchor, speaker))
        for a, b in pairs:
            key = (frozenset({_unit(doc, a), _unit(doc, b)}), KIND_FAMILY.get(kind, kind))
            if key in seen:
                continue
            seen.add(key)
            out.append(Relation(a=a, b=b, kind=kind, label=_label(span), span=(span.start_char, span.end_char),
                                since=_since(doc, sentence_of(span)), speaker=speaker))
    return out


@Language.factory("diplograph_relations", default_config={"kb_dir": None}, assigns=["doc._.relations"],
                  requires=["doc._.actors"])
def make_relations(nlp: Language, name: str, kb_dir: str | None) -> RelationsComponent:
    return RelationsComponent(nlp.vocab, kb_dir)


class RelationsComponent:
    """``doc._.relations``; the phrase matcher over ``kb/relations.tsv`` (the packaged table and
    that of ``kb_dir``; None: ``$DIPLOGRAPH_KB_DIR``) is built once and lives here."""

    def __init__(self, vocab: Vocab, kb_dir: str | None = None) -> None:
        self.kb_dir = override_folder(kb_dir)
        with activate(self.kb_dir):
            self.matcher = build_matcher(vocab)

    def __call__(self, doc: Doc) -> Doc:
        with activate(self.kb_dir):
            doc._.relations = find_relations(doc, self.matcher)
        return doc
