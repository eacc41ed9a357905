"""Speech acts carried by an attribution rather than by a trigger verb.

"Germany called the plan a betrayal", "Netanyahu spoke out against Iran" and "Britain said France
should withdraw" report an accusation, a criticism and a demand although no verb of
``kb/events.tsv`` names one: the act is in what is said. Each rule reads one construction and
types it from the evaluative or deontic word of the complement (``kb/speech_acts.tsv``, from the
PLOVER/CAMEO categories ACCUSE 111, SUPPORT 051, REQUEST 100). The speaker is the source; the
evaluated actor, or the author of the evaluated act ("the French plan"), the target.

``drop_assertions`` removes the other half of the confusion: "insisted that Russia was not
involved" and "agreed that it was likely" assert a fact; they are no demand and no agreement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder
from ..common import speech_verbs
from ..mood import irrealis
from ..syntax import is_negated, is_passive, is_to_infinitive, subject
from .denials import denied_claims, earlier_accuser, earlier_assertion, earlier_claim_maker
from .drafts import Draft
from .frames import WARNING_VERBS
from .lexicon import NAMING_VERBS, Lexicon
from .opinions import is_opinion
from .parties import np_actors, own_side
from .roles import evaluated_parties


@dataclass(frozen=True)
class Evaluation:
    type: str
    cameo: str


@dataclass(frozen=True)
class SpeechLexicon:
    """``kb/speech_acts.tsv`` by part of speech: nouns and adjectives that evaluate, modals that
    oblige, prepositions after "speak out"."""

    words: dict[tuple[str, str], Evaluation]
    # the word classes the rules test membership in, built once with the lexicon (not per call)
    _modals: frozenset[str] = field(init=False)
    _semi_modals: frozenset[str] = field(init=False)
    _threat_nouns: frozenset[str] = field(init=False)
    _restraints: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_modals", frozenset(w for w, p in self.words if p == "M"))
        object.__setattr__(self, "_semi_modals", frozenset(w for w, p in self.words if p == "S"))
        object.__setattr__(self, "_threat_nouns", frozenset(w for w, p in self.words if p == "W"))
        object.__setattr__(self, "_restraints", frozenset(w for w, p in self.words if p == "R"))

    def get(self, lemma: str, pos: str) -> Evaluation | None:
        return self.words.get((lemma.lower(), pos))

    def modals(self) -> frozenset[str]:
        return self._modals

    def semi_modals(self) -> frozenset[str]:
        return self._semi_modals

    def threat_nouns(self) -> frozenset[str]:
        return self._threat_nouns

    def restraints(self) -> frozenset[str]:
        return self._restraints


@per_folder
def speech_lexicon() -> SpeechLexicon:
    return SpeechLexicon({(r["word"], r["pos"]): Evaluation(r["type"], r["cameo"])
                          for r in load_table("speech_acts")})


# Verbs whose that-clause, when indicative, is an assertion and not their event sense.
ASSERTION_SENSES = {"insist": "REQUEST", "agree": "AGREE"}
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# Pronouns that can stand for the warner in its that-clause ("the US warned that it will ...").
_WARNER_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they"})
_NEUTER_PRONOUNS = frozenset({"it", "this", "that", "which", "these", "those"})


def _evaluation_of(word: Token, sl: SpeechLexicon) -> Evaluation | None:
    """The evaluation a complement carries: its head ("a betrayal"), else a modifier of it
    ("a terrorist act", "a disastrous dictatorship")."""
    pos = "J" if word.pos_ == "ADJ" else "N"
    found = sl.get(word.lemma_, pos) or sl.get(word.text, pos)
    if found:
        return found
    for c in word.children:
        if c.dep_ in ("amod", "compound") and c.tag_ != "JJS" and not is_negated(c):
            # "the greatest folly": a superlative grades the head, it does not praise the object
            found = sl.get(c.lemma_, "J" if c.pos_ == "ADJ" else "N") or sl.get(c.lemma_, "J")
            if found:
                return found
    return None


def _speaker(verb: Token, lex: Lexicon, mentions: list) -> list[str]:
    subj, passive = subject(verb, lex.subjects)
    if subj is None or passive:
        return []
    return np_actors(subj, mentions)


def _draft(kind: Evaluation, sources: list[str], targets: list[str], anchor: Token, words: str) -> Draft | None:
    targets = [t for t in targets if t not in sources]
    if not sources or not targets:
        return None  # an evaluation of nobody named is an opinion, not an event between actors
    return Draft(type=kind.type, mode=None, cameo=kind.cameo, sources=sources, targets=targets,
                 anchor=anchor, words=words, base=kind.type)


def postposed_adjectives(obj: Token) -> list[Token]:
    """"called Putin's remarks "entirely baseless"", "called the minister's charges absurd": an
    adjective the parser hung on the naming verb's object although it follows it. English puts an
    attributive adjective before its noun, so one after the object is the name the verb gives it
    (its object predicate), not a description of the object."""
    return [a for a in obj.children if a.dep_ == "amod" and a.i > obj.i]


# ---------------------------------------------------------------- the rules
def naming_evaluation(tok: Token, lex: Lexicon, sl: SpeechLexicon, mentions: list) -> Draft | None:
    """"X called the deal a betrayal", "described Y as reckless": the naming verb's object is the
    target, the evaluative complement (oprd, or "as" + noun/adjective) gives the type."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in NAMING_VERBS or is_negated(tok):
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or objs[0].lower_ in _NEUTER_PRONOUNS:
        return None  # "called it a crime": "it" is an act whose author the pronoun does not name
    comps = [c for c in tok.children if c.dep_ in ("oprd", "acomp", "xcomp")]
    comps += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
              for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]
    comps += postposed_adjectives(objs[0])
    kind = next((k for c in comps if (k := _evaluation_of(c, sl))), None)
    if kind is None:
        return None
    return _draft(kind, _speaker(tok, lex, mentions), evaluated_parties(objs[0], lex, mentions), tok,
                  f"{tok.lemma_.lower()} {kind.type.lower()}")


def speaking_out(tok: Token, lex: Lexicon, sl: SpeechLexicon, mentions: list) -> Draft | None:
    """"Netanyahu spoke out against Iran": a public criticism of the object of "against"."""
    if tok.lemma_.lower() != "speak" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return None
    if is_negated(tok):
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        kind = sl.get(prep.lower_, "P")
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        if kind and objs:
            return _draft(kind, _speaker(tok, lex, mentions), evaluated_parties(objs[0], lex, mentions), tok,
                          f"speak out {prep.lower_}")
    return None


def reported_obligation(tok: Token, lex: Lexicon, sl: SpeechLexicon, mentions: list) -> Draft | None:
    """"Britain said France should withdraw", "said Japan should not forget": what a speaker says
    another party must or should do is a demand on it (CAMEO 10), whatever the inner verb; "should
    have done" is a reproach of the past, left to the reproach triggers."""
    if tok.dep_ != "ccomp" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in lex.speech:
        return None
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    modal = next((a for a in auxes if a in sl.modals()), None)
    kind = sl.get(modal, "M") if modal is not None else semi_modal_obligation(tok, sl)
    if kind is None or perfect_modal(tok) or is_negated(tok.head):
        return None
    addressee, passive = subject(tok, lex.subjects)
    if addressee is None or passive or (addressee.pos_ == "PRON" and addressee.lower_ in _FIRST_PERSON):
        return None  # "we should": the speaker's own course; "X should not be hurt": no demand on X
    if not (addressee._.actor or addressee.pos_ == "PRON") or addressee.ent_type_ == "NORP":
        return None  # "every American should", "Hungarian farmers should": a described group
    if modal is not None and any(c.lower_ == modal and c.i < addressee.i for c in tok.children):
        return None  # "should Washington attack": an inverted condition, not a demand
    sources, targets = _speaker(tok.head, lex, mentions), np_actors(addressee, mentions)
    if is_opinion(tok, addressee, sources, targets):
        return None  # an assessment, a joint or own course, the state of a thing (events/opinions.py)
    return _draft(kind, sources, targets, tok.head, f"{tok.head.lemma_.lower()} {modal or tok.lemma_.lower() + ' to'}")


# the contracted "have" of a perfect ("should've", "should’ve"): after a modal never the main verb
_CONTRACTED_HAVE = frozenset({"'ve", "’ve"})


def perfect_modal(verb: Token) -> bool:
    """"said Hungary should have left", "“She should’ve stayed,” he said": a modal perfect reproaches
    the past, no demand. The contracted "’ve" the tagger may read as a noun, a subject or even the
    clause's verb, so it is found as the word right after the clause's modal, whatever its parse;
    a spelled-out "have" is the perfect only as an auxiliary ("should have a say" demands)."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "have" for c in verb.children):
        return True
    doc = verb.doc
    return any(c.tag_ == "MD" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in _CONTRACTED_HAVE for c in verb.children)


def semi_modal_obligation(verb: Token, sl: SpeechLexicon) -> Evaluation | None:
    """"said Russia needs to decide": the semi-modal "need to" (``kb/speech_acts.tsv`` pos S)
    obliges its subject as "must" does, through a "to" infinitive; "does not need to act"
    releases it, no demand; "needs money" names no act, and "needs to be removed" asks nothing of
    its subject, the patient of a passive."""
    kind = sl.get(verb.lemma_, "S") if verb.pos_ in ("VERB", "AUX") else None
    if kind is None or is_negated(verb):
        return None
    acts = any(c.dep_ == "xcomp" and is_to_infinitive(c) and not is_passive(c) for c in verb.children)
    return kind if acts else None


SpeechActRule = Callable[[Token, Lexicon, SpeechLexicon, list], Draft | None]
SPEECH_ACT_RULES: tuple[SpeechActRule, ...] = (naming_evaluation, speaking_out, reported_obligation)


def _may_act(tok: Token) -> bool:
    """Whether any rule of ``SPEECH_ACT_RULES`` can read ``tok``: each first asks for a naming verb
    (``NAMING_VERBS``), a denial verb (``denial_words``), a reported clause (ccomp) or the lemma
    "speak" ("spoke out"), and returns None on any other word. Asked once per token, it spares the
    seven rule calls on most words (keep it in step with the rules' first tests)."""
    if tok.dep_ == "ccomp":
        return True
    lemma = tok.lemma_.lower()
    return lemma == "speak" or tok.pos_ == "VERB" and (lemma in NAMING_VERBS or lemma in denial_words()[0])


def speech_acts(doc: Doc, lex: Lexicon) -> list[Draft]:
    """Every speech act the rules read in the document (at most one per token)."""
    sl = speech_lexicon()
    mentions = doc._.mentions or []
    out: list[Draft] = []
    for tok in doc:
        if not _may_act(tok):
            continue
        d = next((d for rule in SPEECH_ACT_RULES if (d := rule(tok, lex, sl, mentions))), None)
        if d is not None:
            out.append(d)
    return out


# ---------------------------------------------------------------- assertions
def is_assertion(d: Draft) -> bool:
    """"insisted that Russia was not involved", "agreed that it was likely": the verb's event
    sense needs an object or a demanded (subjunctive or modal) clause; an indicative
    that-clause makes it a statement of fact."""
    verb = d.anchor
    if ASSERTION_SENSES.get(verb.lemma_.lower()) != d.type:
        return False
    if any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "with"))
           for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    clause = clauses[0]
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    modals = [c.lower_ for c in auxes if c.tag_ == "MD"]
    if modals:
        return modals[0] not in speech_lexicon().modals()  # "insisted that Iran must stop": a demand
    # "insisted that he leave", "that they be released": a subjunctive (no finite verb) is a demand
    return any(t.tag_ in _FINITE_TAGS for t in (clause, *auxes))


def is_risk_warning(d: Draft) -> bool:
    """"the IMF warned that the dispute could hurt confidence", "warned of a growing crisis": a
    warning of what may happen is a statement, not PLOVER's THREATEN, which is the warner's own
    act held over the target: "warned that it will impose more tariffs", "warned that any attack
    will be met with force", "warned of serious consequences" (``kb/speech_acts.tsv`` pos W)."""
    verb = d.anchor
    if d.type != "THREATEN" or verb.pos_ != "VERB" or verb.lemma_.lower() not in WARNING_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        return not any(_warners_own_act(clause, d) for clause in clauses)
    if _warned_against_no_one(verb):
        return True
    of = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
          for p in c.children if p.dep_ == "pobj"]
    return bool(of) and not any(p.lemma_.lower() in speech_lexicon().threat_nouns() for p in of)


def _warned_against_no_one(verb: Token) -> bool:
    """"warned against foreign intervention", "warning against interfering with the vote": a
    warning against a course of action, addressed to no party, is an opinion held over no one
    (126 files have "warn ... against"); "warned Hezbollah against participating" has its party."""
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)
    return against and not any(c.dep_ in ("dobj", "dative", "obj") for c in verb.children)


def _warners_own_act(clause: Token, d: Draft) -> bool:
    """The warned clause is the warner's act: its subject is the warner (or a pronoun that can
    be) or the warner's response ("retaliation is waiting"), or it is an agentless passive ("will
    be met with fire and fury"); no subject: unknown, kept."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in _WARNER_PRONOUNS or subj.lemma_.lower() in speech_lexicon().threat_nouns():
        return True  # "warned that harsh retaliation is waiting": the threat itself
    if subj.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in clause.children):
        return True
    # "Lavrov warned that Moscow would respond": the warner's own state or body acts for it
    actors = clause.doc._.actors or {}
    return bool(subj._.actor) and any(subj._.actor == s or own_side(actors, s, subj._.actor) for s in d.sources)


def is_admonition(d: Draft) -> bool:
    """"warned Turkey to show restraint", "warning the administration to change course": a
    warning to a party to restrain itself (``kb/speech_acts.tsv`` pos R) is a demand (PLOVER
    REQUEST, CAMEO 10), not a threat; "warned Iran not to board the ship" and "warned them to
    better watch themselves" keep their teeth (THREATEN)."""
    verb = d.anchor
    if d.type != "THREATEN" or verb.pos_ != "VERB" or verb.lemma_.lower() not in WARNING_VERBS:
        return False
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    asked = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and not is_negated(c)]
    restraints = speech_lexicon().restraints()
    return any(w.lemma_.lower() in restraints for c in asked for w in c.subtree)


def recode_admonitions(drafts: list[Draft]) -> list[Draft]:
    for d in drafts:
        if is_admonition(d):
            d.type, d.cameo, d.mode = "REQUEST", "100", None
    return drafts


def drop_assertions(drafts: list[Draft]) -> list[Draft]:
    return recode_admonitions([d for d in drafts if not is_assertion(d) and not is_risk_warning(d)])


# ---------------------------------------------------------------- denials (acc-speech7)
@per_folder
def denial_words() -> tuple[frozenset[str], frozenset[str]]:
    """``kb/speech_acts.tsv`` pos D (verbs whose object is an act denied) and pos A (the act nouns
    such a denial takes: "wrongdoing", "collusion")."""
    rows = load_table("speech_acts")
    return (frozenset(r["word"] for r in rows if r["pos"] == "D"),
            frozenset(r["word"] for r in rows if r["pos"] == "A"))


# the dependencies a gerund complement takes under "deny" ("denied meddling", "denied having met")
_GERUND_DEPS = frozenset({"xcomp", "dobj", "ccomp", "pcomp"})


def _denied_act(verb: Token, act_nouns: frozenset[str]) -> Token | None:
    """The act a denial verb takes as its object: a gerund without a subject of its own ("denied
    his aides meeting": someone else's act) or an act noun ("denied any wrongdoing"); none when
    the verb also has a recipient ("denied Iran a role": a refusal, not a denial of an act)."""
    if any(c.dep_ in ("dative", "iobj") for c in verb.children) or sum(c.dep_ == "dobj" for c in verb.children) > 1:
        return None
    for c in verb.children:
        if c.dep_ not in _GERUND_DEPS:
            continue
        if c.tag_ == "VBG" and not any(g.dep_ in ("nsubj", "nsubjpass", "poss") for g in c.children):
            return c
        if c.dep_ == "dobj" and c.lemma_.lower() in act_nouns and not _dangling_preposition(c):
            return c
    return None


def _dangling_preposition(noun: Token) -> bool:
    """"had denied the existence of and insulted my country": the noun's preposition has its
    object only through a coordinated verb, so what is denied is not said here."""
    return any(p.dep_ == "prep" and not any(o.dep_ in ("pobj", "pcomp") for o in p.children)
               for p in noun.children)


def _denial_not_reported(tok: Token, lex: Lexicon) -> bool:
    """"did not deny meeting", "would deny it", and the same said of a verb the denial is
    conjoined to: "did not confirm or deny that it had a role", "neither confirmed nor denied",
    "whether it was denying that ... or simply denying that ..."."""
    verbs = (tok, tok.head) if tok.dep_ == "conj" else (tok,)
    return any(is_negated(v, correlative=True) or irrealis(v, lex.irrealis) for v in verbs)


def denied_act(tok: Token, lex: Lexicon, sl: SpeechLexicon, mentions: list) -> Draft | None:
    """"Moscow denied meddling in the vote", "Syria denied using chemical weapons", "has denied
    any wrongdoing": denying an act one is accused of rejects the accusation (PLOVER REJECT,
    CAMEO 120, as "denied the allegations" is). The accuser is not in the phrase and the act's
    own parties ("interference in the US election") are not it: the target is the accuser an
    accusing verb named in this sentence or the four before (``_answered``), else none (PLOVER
    REJECT may have none); a denied gerund's event itself stays negated
    (``frames.counterfactive``). "did not deny meeting", "would deny it": no denial reported."""
    if tok.pos_ != "VERB":
        return None  # before the table lookup: this runs on every token
    verbs, act_nouns = denial_words()
    if tok.lemma_.lower() not in verbs:
        return None
    act = _denied_act(tok, act_nouns)
    if act is None or _denial_not_reported(tok, lex):
        return None
    sources = _speaker(tok, lex, mentions)
    if not sources:
        return None
    return Draft(type="REJECT", mode=None, cameo="120", sources=sources, targets=_answered(tok, sources, lex),
                 anchor=tok, words=f"{tok.lemma_.lower()} {act.lemma_.lower()}", base="REJECT")


def _answered(denial: Token, sources: list[str], lex: Lexicon) -> list[str]:
    """"The US accused Russia of meddling in the vote. Moscow denied any interference": a denied
    act answers the accusation that named it, so the accuser, named by an accusing verb whose
    accused is the denier in the denial's sentence or the four before (``denials.earlier_accuser``),
    is the REJECT's target, else the maker of an earlier claim noun about the denier
    (``denials.earlier_claim_maker``) or the speaker who said it of the denier
    (``denials.earlier_assertion``); with none named the record keeps no target."""
    actors = denial.doc._.actors or {}
    return next((found for rule in (earlier_accuser, earlier_claim_maker, earlier_assertion)
                 if (found := rule(denial, sources[0], actors, lex))), [])


# Pronouns a denier may use of itself in the clause it denies, by whether the denier is a person.
# ("Erdogan denied they had taken the city": a person's "they" is someone else)
_SELF_PRONOUNS = {True: frozenset({"he", "she", "i", "we"}), False: frozenset({"it", "we", "they"})}


def _denier_in_clause(subj: Token, sources: list[str]) -> bool:
    """The subject of the denied clause is the denier: the same actor ("Russia denied that Russia
    ..."), the state of a denying person ("Putin denied that Russia was behind it"), or a
    pronoun that can stand for it ("Syria denied that it used", "Trump denied that he asked")."""
    actors = subj.doc._.actors or {}
    if subj._.actor:
        if subj._.actor in sources:
            return True
        named = actors.get(subj._.actor)
        countries = {actors[s].country for s in sources if s in actors} - {None}
        return named is not None and named.kind == "state" and named.country in countries
    if subj.pos_ != "PRON":
        return False
    person = all(actors[s].kind == "person" for s in sources if s in actors)
    return subj.lower_ in _SELF_PRONOUNS[person]


def denied_own_act(tok: Token, lex: Lexicon, sl: SpeechLexicon, mentions: list) -> Draft | None:
    """"Syria denied that it used chemical weapons", "Trump denied that he asked Comey to drop
    the case", "Moscow has long denied it sought to influence the election": a denial that the
    denier did something is a REJECT of the accusation, as "denied using" is (``denied_act``);
    a denied clause about someone else ("denied that the talks had failed"), a passive one
    ("denied they had been victimized") or "did not deny that": no record."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in denial_words()[0] or _denial_not_reported(tok, lex):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    sources = _speaker(tok, lex, mentions)
    if subj is None or not sources or not _denier_in_clause(subj, sources):
        return None
    return Draft(type="REJECT", mode=None, cameo="120", sources=sources, targets=_answered(tok, sources, lex),
                 anchor=tok, words=f"{tok.lemma_.lower()} that", base="REJECT")


# ---------------------------------------------------------------- namings the parser split (acc-speech7)
def _party_before_complement(verb: Token, comp: Token, mentions: list) -> list[str]:
    """"called Trump "mentally deranged"": the parser makes the named party a first oprd (or
    dobj) of the verb before the evaluative one."""
    return [a for s in verb.children if s.dep_ in ("oprd", "dobj") and s.i < comp.i and s.pos_ == "PROPN"
            and s._.actor for a in np_actors(s, mentions)]


def _party_inside_complement(verb: Token, comp: Token, mentions: list) -> list[str]:
    """"called Trump a moron", "called CNN fake news": the named party is parsed as a modifier
    (nmod, compound) at the left edge of the evaluative phrase, before its determiner."""
    return [a for c in comp.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c._.actor
            and c.left_edge.i == comp.left_edge.i for a in np_actors(c, mentions)]


_MISPARSED_PARTY_RULES = (_party_before_complement, _party_inside_complement)


def _named_complements(verb: Token) -> list[Token]:
    """The naming verb's complements, their conjuncts ("a dotard and a traitor") and an
    apposition glued to the object ("called Trump a moron" parsed as "Trump, a moron"); an
    apposition set off by a comma is an aside, not the name given."""
    comps = [c for c in verb.children if c.dep_ in ("oprd", "dobj")]
    glued = [a for c in comps if c.dep_ == "dobj" for a in c.children
             if a.dep_ == "appos" and not any(t.is_punct for t in c.doc[c.i + 1:a.left_edge.i])]
    return [*comps, *glued, *(j for c in comps for j in c.children if j.dep_ == "conj")]


def _split_evaluation(comp: Token, sl: SpeechLexicon) -> Evaluation | None:
    """``_evaluation_of``, and a participle read as the adjective it is ("mentally deranged")."""
    found = _evaluation_of(comp, sl)
    if found is None and comp.tag_ in ("VBN", "VBG"):
        found = sl.get(comp.lower_, "J")
    return found


def split_naming(tok: Token, lex: Lexicon, sl: SpeechLexicon, mentions: list) -> Draft | None:
    """"Kim called Trump "mentally deranged"", "Tillerson called Trump a moron", "called CNN fake
    news", "called Trump a "dotard" and a traitor": the naming ``naming_evaluation`` reads, when
    the parser did not give the verb the named party as its object and the evaluation as its
    oprd (a participle, an apposition, a conjunct, the party parsed inside the evaluation). The
    party must be a named actor (PROPN): the verb's object, else where the misparse left it."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in NAMING_VERBS or is_negated(tok):
        return None
    if irrealis(tok, lex.irrealis):
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c._.actor]
    for comp in _named_complements(tok):
        kind = _split_evaluation(comp, sl)
        if kind is None or comp._.actor:
            continue
        if objs and comp.i != objs[0].i:
            targets = np_actors(objs[0], mentions)
        else:
            targets = next((t for rule in _MISPARSED_PARTY_RULES if (t := rule(tok, comp, mentions))), [])
        if targets:
            return _draft(kind, _speaker(tok, lex, mentions), targets, tok, f"{tok.lemma_.lower()} {kind.type.lower()}")
    return None


# ---------------------------------------------------------------- evaluations said of a thing (acc-evaluations25)
def said_evaluation(tok: Token, lex: Lexicon, sl: SpeechLexicon, mentions: list) -> Draft | None:
    """"Ottawa said the strikes by Iran were unacceptable", "said Russia's annexation was a
    violation of international law": a copular clause a speech verb reports, whose predicate is an
    evaluative word of ``kb/speech_acts.tsv``, evaluates its subject as "called X unacceptable"
    does; the target is the evaluated actor or the author of the evaluated act (``evaluated_parties``).
    "would be a mistake", "could be illegal" judge a thing not done (no act); "it was a mistake"
    names no party; a negated verb or clause ("did not say", "was not illegal") makes no act."""
    if tok.dep_ != "ccomp" or tok.lemma_ != "be" or tok.head.pos_ != "VERB":
        return None
    verb = tok.head
    if speech_verbs().get(verb.lemma_.lower()) != "say" or verb.lemma_.lower() in denied_claims("denying"):
        return None  # "think that X is a criminal": a belief, no act; "denied that X was illegal" rejects it
    if is_negated(verb) or is_negated(tok):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
        return None  # "asked whether the strikes were illegal": a question, no act
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in tok.children) or irrealis(verb, lex.irrealis):
        return None  # "said a strike would be illegal": a judgement of what has not happened
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _NEUTER_PRONOUNS or subj.lower_ in _FIRST_PERSON:
        return None
    located = any(c.dep_ == "prep" and c.lower_ == "in" for c in subj.children)
    if located and not subj._.actor and lex.match(subj) is None:
        return None  # "the situation in Syria is unacceptable": a state of a place, no actor's act
    comps = [c for c in tok.children if c.dep_ in ("attr", "acomp") and c.i > subj.i]
    kind = next((k for c in comps if (k := _evaluation_of(c, sl))), None)
    if kind is None:
        return None
    return _draft(kind, _speaker(verb, lex, mentions), evaluated_parties(subj, lex, mentions), verb,
                  f"{verb.lemma_.lower()} {kind.type.lower()}")


# The rules written below the driver join the ordered tuple after the earlier ones: a denied act
# ("denied meddling", "denied any wrongdoing"), a denied clause of the denier's own act ("denied
# that it used"), then the namings the parser split ("called Trump a moron" as an apposition), then an
# evaluation said in a copular clause ("said Indian tariffs were unacceptable").
SPEECH_ACT_RULES = (*SPEECH_ACT_RULES, denied_act, denied_own_act, split_naming, said_evaluation)
