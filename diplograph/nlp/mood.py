"""The one realis check every extractor shares: does a clause report a thing that happened?

Modals, futures, conditions, intentions, obligations, beliefs, yes/no questions, a noun "no"
denies ("made no commitment to free them"), a negative subject ("no president has visited") and a
for-clause a present copula predicates ("the next step is for Seoul to meet Pyongyang") above a
word, and the modal predicate of a gerund subject ("bombing the port would be a mistake"), read by
climbing its clause heads (``irrealis_reasons``). Pure syntax over the dependency parse, like
``syntax``: the words of each class come from ``kb/irrealis.tsv`` through the caller
(``IrrealisWords``). Whether an irrealis act is still an event ("threatened to strike") is the caller's to say.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from .syntax import DIRECT_OBJECT_DEPS, SUBJECT_DEPS, is_to_infinitive


@dataclass(frozen=True)
class IrrealisWords:
    """The words of the realis check by class, as ``kb/irrealis.tsv`` (which the caller reads)
    documents them; doubts are conjecture only when negated or under a modal."""

    modals: frozenset[str] = frozenset()
    future: frozenset[str] = frozenset()
    conditionals: frozenset[str] = frozenset()
    futurates: frozenset[str] = frozenset()
    intents: frozenset[str] = frozenset()
    obligations: frozenset[str] = frozenset()
    beliefs: frozenset[str] = frozenset()
    doubts: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    allegations: frozenset[str] = frozenset()  # nouns of a charge (and the verbs, read elsewhere)
    directives: frozenset[str] = frozenset()  # verbs of command ("ordered the navy to escort the tankers")
    forecasts: frozenset[str] = frozenset()  # adjectives of certainty ("is sure to veto the bill")
    mandates: frozenset[str] = frozenset()  # words of demand over a subjunctive ("demanded that Seoul pay")
    deliberations: frozenset[str] = frozenset()  # a verb and its preposition over a gerund ("look into")
    negators: frozenset[str] = frozenset()  # negative subjects ("no president has visited", "nobody came")
    attempts: frozenset[str] = frozenset()  # verbs and nouns of trying ("tried to storm the embassy")
    near_misses: frozenset[str] = frozenset()  # words of an act nearly done ("came close to signing")
    bills: frozenset[str] = frozenset()  # legislative texts ("legislation to impose") and the verbs
    enactments: frozenset[str] = frozenset()  # that make them law ("signed legislation to impose sanctions")


REALIS_MAX_UP = 5  # how far up the realis check climbs from a trigger (clause heads)
# Through an open complement ("going to attack") or a gerund ("talked about partnering") a clause
# shares the mood of its head.
_SHARED_MODALITY_DEPS = frozenset({"xcomp", "pcomp"})
_NOMINAL_DEPS = frozenset({"dobj", "obj", "pobj", "attr", "nsubjpass", "oprd"})


def bare_infinitive(t: Token) -> bool:
    """"would let Congress block the deal", "could make Iran pay", "will help the rebels retake the
    city": the bare infinitive after its own subject (the object of "let", "make", "help", which
    the parser hangs as a complement clause) has no tense of its own, so it shares the mood of
    the verb it complements, as an open complement does ("let Congress block it" reports the
    block). A complement with an auxiliary, a mark or no subject before it ("said they would",
    "said that", a quoted imperative "“Stop,” he would say") is no such infinitive."""
    if t.dep_ != "ccomp" or t.tag_ != "VB" or t.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in t.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.children)


def _realis_parent(t: Token) -> Token | None:
    """The clause head whose modality ``t`` shares, or None where ``t`` has its own: a finite
    complement, relative or adverbial clause keeps its own tense ("said it attacked"), so the
    climb stops there (its governor is still read by the rules, through ``via``)."""
    if t.head.i == t.i:
        return None
    if t.dep_ in _SHARED_MODALITY_DEPS or t.dep_ in _NOMINAL_DEPS or t.dep_ == "ccomp":
        through_prep = t.dep_ in ("pobj", "pcomp") and t.head.dep_ in ("prep", "agent")
        return t.head.head if through_prep else t.head
    # "to use aid to support", "plans to station", "the prospect of X becoming PM and threatening";
    # "the chance that Trump will lift": the noun is read, then the climb stops
    if (t.dep_ in ("advcl", "acl", "relcl") and is_to_infinitive(t) or t.dep_ == "acl" and t.tag_ == "VBG"
            or _noun_clause(t)):
        return t.head
    if predicate_adjective(t):
        return t.head  # "would be happy to meet": the adjective shares its copula's modal
    if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in t.children):
        return t.head  # "could give up on talks and strike the camps": the conjunct shares the modal
    if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN"):
        return t.head  # "potential strikes and raids"
    return None


def predicate_adjective(t: Token) -> bool:
    """"Japan would be happy to meet China", "if Iran is ready to talk", "Ankara will be keen to
    sign": a predicate adjective has no tense or modal of its own; its copula carries them, so the
    act of its to-infinitive shares the mood of the copula (the adjective's own sense, "eager",
    "sure", is read at the adjective first). Without this the climb stopped at the adjective and
    "would be happy to meet" read as a meeting held."""
    return t.dep_ == "acomp" and t.pos_ == "ADJ" and t.head.lemma_.lower() == "be"


def _noun_clause(t: Token) -> bool:
    """A finite clause complementing a noun ("the chance that Trump will lift sanctions")."""
    return t.dep_ == "acl" and t.head.pos_ == "NOUN" and any(
        c.dep_ == "mark" and c.lower_ == "that" or c.dep_ in SUBJECT_DEPS for c in t.children)


def _extraposed_noun(t: Token) -> Token:
    """"It is my hope that he will sit down": the parser may hang the clause on the copula, whose
    predicate noun is the word it complements (else ``t`` itself)."""
    if t.lemma_.lower() != "be":
        return t
    return next((c for c in t.children if c.dep_ == "attr" and c.pos_ == "NOUN"), t)


def _marker(t: Token, dep: str, words: frozenset[str], reason: str) -> str | None:
    m = next((c.lower_ for c in t.children if c.dep_ == dep and c.lower_ in words), None)
    return f"{reason}:{m}" if m else None


def under_modal(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"could strike", "would have attended", "might meet": a modal auxiliary; "she'd ask", "they’d
    send": the contracted "'d" the tagger reads as a modal is "would" ("he'd met" is "had", a past)."""
    if "would" in words.modals and any(c.dep_ == "aux" and c.tag_ == "MD" and c.norm_ == "'d" for c in t.children):
        return "modal:would"
    return _marker(t, "aux", words.modals, "modal")


def under_future(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"will visit", "'ll sign": a future auxiliary."""
    return _marker(t, "aux", words.future, "future")


def under_condition(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"if Iran attacks", "unless the troops withdraw", "whether they meet": a conditional mark."""
    return _marker(t, "mark", words.conditionals, "conditional")


def periphrastic_future(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"is going to attack", "is set to sign": a verb of a periphrastic future over its open
    complement ("went to Moscow" and "set the agenda" have none)."""
    if via is None or via.dep_ != "xcomp" or t.lemma_.lower() not in words.futurates:
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be" for c in t.children):
        return None
    return f"future:{t.lemma_.lower()}"


# "is to blame": an idiom of fault, not an arrangement (Quirk et al. 3.50)
_BE_TO_IDIOMS = frozenset({"blame"})


def arranged(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"Trump was to meet Xi on Monday", "they are to visit Kabul": "be" over a to-infinitive is the
    semi-auxiliary of arrangement (Quirk et al., A Comprehensive Grammar, 4.54), an act put on the
    calendar, not reported done. Only under a named or pronoun subject: a noun the clause specifies,
    "his first move was to call Putin", "my job is to hold talks", reports or defines the act."""
    if via is None or via.dep_ != "xcomp" or t.lemma_.lower() != "be" or not is_to_infinitive(via):
        return None
    if via.lemma_.lower() in _BE_TO_IDIOMS:
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "PROPN" or subj.tag_ == "PRP"):
        return None
    return "future:be-to"


def intended(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"wants to meet", "has called for the U.S. to use aid to support", "plans to station",
    "proposed sanctions on Iran": the complement of a verb or noun of intention has not been done
    (the wanting, calling or proposing is what happened). "intent:" is the subject's own act
    (an open complement), "proposal:" an act proposed for another ("wants Congress to support")
    or a thing proposed."""
    if via is None or t.lemma_.lower() not in words.intents:
        return None
    if eager_for(t, via):
        return f"intent:{t.lemma_.lower()}"  # "keen on opening a dialogue": the subject's own wish
    if via.dep_ == "xcomp" and not any(c.dep_ in DIRECT_OBJECT_DEPS for c in t.children) or (
            via.dep_ == "acl" and t.dep_ in DIRECT_OBJECT_DEPS):  # "wants to meet", "unveiled plans to"
        return f"intent:{t.lemma_.lower()}"  # the subject's own intended act
    # "called for X to support", "a plan to station", "proposed sanctions", "plans for an attack":
    # an act proposed for someone else, or a thing proposed
    if via.dep_ in ("acl", "dobj", "obj") or (via.dep_ in ("advcl", "ccomp") and is_to_infinitive(via)) or (
            via.dep_ in ("pobj", "pcomp") and via.head.lower_ in ("for", "of")):
        return f"proposal:{t.lemma_.lower()}"
    return None


# the prepositions an adjective of eagerness takes before the act wished ("keen on", "intent on", "eager for")
_EAGER_PREPOSITIONS = frozenset({"on", "for"})


def eager_for(t: Token, via: Token) -> bool:
    """"Tillerson was keen on opening a dialogue with Pyongyang", "Obama remains intent on closing
    the prison", "Seoul is eager for talks": an adjective of eagerness (``kb/irrealis.tsv`` class
    intent) over "on" or "for" and the act it wishes, as over its to-infinitive ("keen to open"),
    names a wish, not an act done (Quirk et al. 16.69, adjective complementation by a prepositional
    phrase). The climb reaches the adjective from the preposition's complement."""
    return (t.pos_ == "ADJ" and via.dep_ in ("pobj", "pcomp") and via.head.lower_ in _EAGER_PREPOSITIONS
            and via.head.head.i == t.i)


def legislated(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"unveiled legislation to impose sanctions": what a bill (``kb/irrealis.tsv`` class bill) is "to" do is
    proposed, not done, unless a verb of enactment takes it ("signed legislation to impose sanctions")."""
    if via is None or t.pos_ != "NOUN" or t.lemma_.lower() not in words.bills or via.head.i != t.i:
        return None
    if via.dep_ not in ("acl", "relcl") or not is_to_infinitive(via):
        return None
    enacted = t.dep_ in DIRECT_OBJECT_DEPS and t.head.lemma_.lower() in words.enactments
    return None if enacted else f"proposal:{t.lemma_.lower()}"


def attempted(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"the militants tried to storm the embassy", "was trying to finalize a deal", "an attempt to
    kill the envoy": the to-infinitive of a verb or noun of trying
    (``kb/irrealis.tsv`` class attempt) is an act undertaken, not reported done: "try" is no
    implicative verb (Karttunen 1971), and TimeML's SLINK modal predicates hold its complement
    unasserted. Its own reason, no intention ("attempt:", never an AGREE). "tried and convicted",
    "sought and received" have no infinitive, and "failed to" is the coder's negation."""
    if via is None or t.lemma_.lower() not in words.attempts or not is_to_infinitive(via) or via.head.i != t.i:
        return None
    if t.pos_ in ("VERB", "AUX") and via.dep_ in ("xcomp", "advcl", "ccomp") or (
            t.pos_ == "NOUN" and via.dep_ in ("acl", "relcl")):
        return f"attempt:{t.lemma_.lower()}"
    return None


def nearly_done(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"Syria appeared close to allowing inspectors in", "Seoul came close to severing ties",
    "Beijing was on the verge of sanctioning Tokyo", "on the brink of a deal": the act an adjective
    of nearness takes through "to" and a gerund, or a noun of the brink through "of", was near, not
    done (``kb/irrealis.tsv`` class near-miss). Only a gerund after "close to": "militias close to
    Iran attacked" and "troops close to the fighting" name a tie or a place."""
    if via is None or via.dep_ not in ("pcomp", "pobj") or via.head.head.i != t.i:
        return None
    word = t.lower_ if t.lower_ in words.near_misses else t.lemma_.lower()
    if word not in words.near_misses or (via.head.lower_, t.pos_) not in (("to", "ADJ"), ("to", "ADV"), ("of", "NOUN")):
        return None
    return f"near:{word}" if via.tag_ == "VBG" or t.pos_ == "NOUN" else None


def directed(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"ordered the navy to escort the tankers", "directed the ministry to review the contracts",
    "the troops were ordered to leave", "authorized the army to buy drones": the infinitive of a
    verb of command or permission is the act ordered or allowed, not reported done; the order is
    what happened (its own REQUEST). Not an intention of the agent's own ("directive:", no AGREE)."""
    if via is None or t.pos_ != "VERB" or t.lemma_.lower() not in words.directives:
        return None
    if via.dep_ not in ("xcomp", "ccomp", "advcl") or not is_to_infinitive(via):
        return None
    return f"directive:{t.lemma_.lower()}"


def obliged(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"Assad will need to allow monitors", "Russia has to work with the UN": what an actor must
    still do is not done ("had to withdraw" in the past is: the obligation was met)."""
    if via is None or via.dep_ != "xcomp" or t.lemma_.lower() not in words.obligations or not is_to_infinitive(via):
        return None
    if t.tag_ in ("VBD", "VBN") and not under_modal(t, None, words) and not under_future(t, None, words):
        return None
    return f"obligation:{t.lemma_.lower()}"


def believed(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"fear that Iran will attack", "is expected to sign", "is poised to strike", "doesn't see
    Congress cracking down", "would not imagine them meeting": the complement of a verb of
    expectation is conjecture; that of a verb of perception or belief when the verb is negated or
    under a modal. "poised" is read as written (the tagger's lemma is "poise"). The clause or "of"
    phrase of a noun of a charge ("denied accusations that it sent troops", "allegations of
    meddling") is the accuser's claim, as the act an accusation verb charges is (realis.alleged)."""
    if via is None or via.dep_ not in ("ccomp", "xcomp", "dobj", "obj", "acl", "pcomp", "pobj"):
        return None  # "the chance that Trump will lift", "the prospect of NATO attacking": a noun's complement
    if any(c.dep_ == "prt" for c in t.children):
        return None  # a phrasal verb is another word: "weighed in with a statement accusing X" comments
    lemma = t.lemma_.lower()
    expects = lemma if lemma in words.beliefs else t.lower_
    if expects in words.beliefs:
        return f"belief:{expects}"
    if t.pos_ == "NOUN" and lemma in words.allegations:
        return f"alleged:{lemma}"  # "accusations that it sent troops": the accuser's claim
    if lemma in words.doubts and (_denied(t) or under_modal(t, None, words)):
        return f"doubt:{lemma}"
    return None


def deliberated(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"the government is looking into banning the app", "the administration looked at arming the
    militia", "Washington was looking at discussing a resolution with Beijing": a verb of
    deliberation weighs the gerund its preposition takes, as "is considering banning" does; the act
    is not done. Read at the gerund (a noun object it performs shares its mood through the climb).
    Only a gerund: "investigators are looking into the attack" examines an act that happened. The
    verb and its preposition are ``kb/irrealis.tsv`` class deliberation."""
    if t.tag_ != "VBG":
        return None
    prep = _gerund_preposition(t)
    if prep is None:
        return None
    phrase = f"{prep.head.lemma_.lower()} {prep.lower_}"
    return f"belief:{phrase}" if phrase in words.deliberations else None


def _gerund_preposition(t: Token) -> Token | None:
    """The preposition a gerund complements: its head ("looking into banning"), or one the parser
    left without an object just before it, past adverbs, hanging the gerund on the verb ("looked at
    directly arming": at -> looked, arming -> looked)."""
    if t.dep_ == "pcomp" and t.head.dep_ == "prep":
        return t.head
    if t.dep_ != "advcl":
        return None
    k = t.i - 1
    while k >= 0 and t.doc[k].dep_ == "advmod" and t.doc[k].head.i == t.i:
        k -= 1
    prep = t.doc[k] if k >= 0 else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != t.head.i or any(True for _ in prep.children):
        return None
    return prep


def forecast(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"the governor is sure to veto the bill", "Ankara would be certain to retaliate", "the
    talks are bound to stall", "the rebels were about to shell the town": a predicate adjective of certainty or of the
    near future over its to-infinitive is the writer's forecast of the act, not a report of it.
    Only over the infinitive: "is sure that Iran attacked" is a belief of a finite clause, and
    "make sure the troops leave" an act of ensuring (a verb's complement, no adjective's)."""
    if via is None or t.pos_ != "ADJ" or t.lower_ not in words.forecasts:
        return None
    if via.dep_ != "xcomp" or via.head.i != t.i or not is_to_infinitive(via):
        return None
    return f"forecast:{t.lower_}"


def mandated(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"demanded that Seoul withdraw the envoy", "recommended that the board reject the bid", "the
    request that Oslo be consulted": the mandative subjunctive (Quirk et al. 3.58), a base form
    with its own subject and no auxiliary but a base "be", after a word of demand or proposal,
    names the act demanded, not one done. "insisted that Seoul withdrew" and "suggests that Oslo
    is helping" report acts: an inflected verb is no subjunctive."""
    if via is None or via.dep_ not in ("ccomp", "acl") or t.lemma_.lower() not in words.mandates:
        return None
    subj = next((c for c in via.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < via.i), None)
    # the tagger reads "that Seoul withdraw" as a plain present (VBP): after a singular noun it is
    # no indicative ("that they withdraw" may be one)
    if subj is None or not (via.tag_ == "VB" or via.tag_ == "VBP" and subj.tag_ in ("NN", "NNP")):
        return None
    if any(c.dep_ in ("aux", "auxpass") and not (c.lemma_.lower() == "be" and c.tag_ == "VB") for c in via.children):
        return None
    return f"mandate:{t.lemma_.lower()}"


def _denied(t: Token) -> bool:
    """"doesn't see", "no evidence", "did not find any evidence", "there is no reason to think": the
    word, the noun as the object of a negated verb, or the infinitive of a noun "no" denies, is denied."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children):
        return True
    if _infinitive_of_denied_noun(t):
        return True
    return t.pos_ == "NOUN" and t.dep_ in ("dobj", "obj") and any(c.dep_ == "neg" for c in t.head.children)


def _denied_by_no(noun: Token) -> bool:
    """"no commitment", "no effort": a noun whose determiner is "no"."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _infinitive_of_denied_noun(t: Token) -> bool:
    """"(no reason) to think", "(no commitment) to free": a to-infinitive complementing a noun that
    "no" denies (the parser hangs it as a clausal modifier or a relative clause)."""
    return t.dep_ in ("acl", "relcl") and is_to_infinitive(t) and _denied_by_no(t.head)


def denied_noun(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"has made no commitment to free the prisoners", "they made no effort to coordinate with the
    agency": what the to-infinitive of a noun denied by "no" names is not done (nor refused: no one is
    reported declining it). "made a commitment to free them" is read by the other rules, and "no
    plans to", a frame noun, by the event coder's frames."""
    if via is None or not _infinitive_of_denied_noun(via) or via.head.i != t.i:
        return None
    return f"denied:{t.lemma_.lower()}"


# words on a copula's noun that count occasions, which the for-clause then reports: "this is the
# first time for a Chinese leader to visit" (the tagger marks "first" an ordinal)
_OCCASION_ORDINALS = frozenset({"first", "last", "second", "third"})


def for_clause_predicate(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"The next step is for Seoul to meet Pyongyang", "it is important for Japan to sign the pact",
    "the status is for the two sides to negotiate": a to-infinitive
    clause with its own subject after "for" (Quirk et al. 15.15, the for-infinitive clause),
    predicated by a copula in the present or extraposed after it, names an act as a goal, a need or
    a kind, not one done ("is for X to" is a proposal; a copula under "would" is read by
    ``under_modal``). Not a past ("it was unusual for Seoul to sign": the writer may report it) nor
    an occasion counted ("this is the first time for a Chinese leader to visit Taiwan")."""
    if via is None or t.lemma_.lower() != "be" or not is_to_infinitive(via) or via.head.i != t.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in via.children):
        return None
    if t.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return None
    if any(c.lower_ in _OCCASION_ORDINALS or c.ent_type_ == "ORDINAL"
           for a in t.children if a.dep_ in ("attr", "nsubj") for c in a.children):
        return None
    return "weighed:for"


# what makes "no" a comparison, not a negation of its noun: "no fewer than 20 states signed"
_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def _negative_subject(subj: Token, words: IrrealisWords) -> str | None:
    """The negative word of a subject: the pronoun ("nobody", "none of the envoys") or its
    determiner ("no president", "no one"; the parser may hang it on a modifier, "no other
    president"), not "no" before a comparative ("no fewer than 20 states")."""
    if subj.lower_ in words.negators and subj.pos_ in ("PRON", "NOUN"):
        return subj.lower_
    det = subj.left_edge
    if det.dep_ != "det" or det.lower_ not in words.negators:
        return None
    if det.head.i != subj.i and not (det.head.head.i == subj.i and det.head.dep_ in ("amod", "compound")):
        return None
    if det.i + 1 < len(det.doc) and det.doc[det.i + 1].tag_ in _COMPARATIVE_TAGS:
        return None
    return det.lower_


def _same_clause(subj: Token, verb: Token) -> bool:
    """A subject the parse reaches across a semicolon, a colon, a quote mark or a paragraph break
    ("no inspections of the sites…\n\n“Democrats are blaming Trump") is another clause's word."""
    lo, hi = sorted((subj.i, verb.i))
    return not any(w.is_quote or w.is_space or w.text in (";", ":") for w in subj.doc[lo:hi])


def denied_subject(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"No US president has ever visited the island", "nobody from the embassy attended", "none of the
    envoys met him", "no agreements have been made": a clause whose subject is a negative determiner's
    noun or a negative pronoun (``kb/irrealis.tsv`` class negator) denies its act, as "not" does; the
    act is not done (nor refused: no one is said to decline it). Read at a clause head, so an act the
    clause performs ("no state has launched strikes") and an open complement ("nobody agreed to
    meet") share the denial. "No fewer than 20 states signed" compares, and "the envoy met no one"
    denies only the object."""
    if t.pos_ not in ("VERB", "AUX"):
        return None
    word = next((w for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and _same_clause(c, t)
                 and (w := _negative_subject(c, words)) is not None), None)
    return f"denied:{word}" if word else None


def _wrapping(t: Token) -> bool:
    """A token around a clause's words that says nothing of its mood: the paragraph break the
    tokenizer hangs on the clause ("?\n\n"), a quote mark or a bracket ("“Did Russia agree?”")."""
    return t.is_space or t.is_quote or t.is_bracket


def _first_word(t: Token) -> Token:
    """The first word of ``t``'s clause, past the quote marks, brackets and spaces around it."""
    first = t.left_edge
    while first.i < t.i and (_wrapping(first) or first.is_punct):
        first = t.doc[first.i + 1]
    return first


def _closing_mark(t: Token) -> Token | None:
    """The mark that ends ``t``'s clause, before the spaces and closing quote marks after it
    (they may hang on the clause or follow it), or None."""
    doc, k = t.doc, t.right_edge.i
    while k > t.i and _wrapping(doc[k]):
        k -= 1
    if doc[k].is_punct:
        return doc[k]
    nxt = k + 1  # the mark the parser hung elsewhere: "[the Islamic State]?”"
    while nxt < len(doc) and _wrapping(doc[nxt]):
        nxt += 1
    return doc[nxt] if nxt < len(doc) and doc[nxt].is_punct else None


def yes_no_question(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"Will China retaliate?", "Did Russia agree?", "“Has Iran complied?”": a clause-initial
    auxiliary over a clause that ends in a question mark asks whether it happened ("Why did Russia
    attack?" presumes it). The quote marks and the paragraph break around the clause are not its
    words: an article's questions are mostly paragraph-final or quoted. A question the parser hangs
    as a complement ("“Did they agree?”" read into the next paragraph's clause) asks as well."""
    if t.dep_ not in ("ROOT", "ccomp"):
        return None
    first, mark = _first_word(t), _closing_mark(t)
    inverted = first.dep_ in ("aux", "auxpass") and first.head.i == t.i and first.i < t.i
    return "question" if inverted and mark is not None and mark.text == "?" else None


# The tags of a wh-word: "what", "which", "who", "whose", "how", "why", "when", "where".
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def interrogative(clause: Token) -> bool:
    """"(asked) whether Russia had sent troops", "(asked) what he would do", "“How can we talk to
    them?” (asked a fighter)": a clause that asks, opened by a wh-word or by "if"/"whether", or
    closed by a question mark past its quote marks. An indirect question, read by the callers
    whose verbs can ask a question or ask for an act; "if" opens a question only in such a
    complement (elsewhere it is a condition)."""
    first = _first_word(clause)
    if first.tag_ in _WH_TAGS or first.lower_ in ("if", "whether") and first.head.i == clause.i:
        return True
    mark = _closing_mark(clause)
    return mark is not None and mark.text == "?"


def irrealis_modifier(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"potential U.S. airstrikes", "the proposed sanctions": an event noun (or its conjunct) whose
    modifier says it has not happened ("potential violations of sanctions": the sanctions are)."""
    if t.pos_ not in ("NOUN", "PROPN") or (via is not None and via.dep_ != "conj"):
        return None
    for c in t.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i:
            word = c.lower_
            if word == "be" and c.i >= 2 and c.doc[c.i - 1].text == "-":  # "would-be" split in three
                word = f"{c.doc[c.i - 2].lower_}-be"
            if word in words.adjectives:
                return f"adjective:{word}"
    return None


def modal_gerund_subject(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"Relaxing all sanctions would mean giving up leverage", "carrying out airstrikes in Syria
    would be a continuation of the war": a gerund subject of a modal or future predicate is an act
    weighed, not done ("sanctioning Russia was the right move" reports it). Its own reason, not
    the predicate's "modal:would" or "future:will": the act has no agent who states an intention."""
    if t.dep_ != "csubj" or t.tag_ != "VBG":
        return None
    aux = next((c.lower_ for c in t.head.children if c.dep_ == "aux" and c.lower_ in words.modals | words.future), None)
    return f"weighed:{aux}" if aux else None


RealisRule = Callable[[Token, "Token | None", IrrealisWords], "str | None"]
# Read at each clause head from the word up (the first that applies names the reason).
IRREALIS_RULES: tuple[RealisRule, ...] = (
    under_modal, under_future, under_condition, periphrastic_future, arranged, denied_noun, intended, legislated,
    attempted, nearly_done, directed, obliged, believed, deliberated, forecast, yes_no_question, irrealis_modifier,
    modal_gerund_subject, denied_subject, for_clause_predicate,
)


# Read at the head of a purpose clause ("travelled to Geneva to meet Lavrov"): a purpose is coded as
# the act it serves is, so what makes that act still to come or conditional makes its purpose so
# ("will travel to Geneva to meet Lavrov", "would go to the UN to call for a conference", "if Russia
# does not act to pull its troops back"); only these, a proposal ("called for the U.S. to use
# aid to support") and an order the parser hangs as a purpose ("directed the ministry to review the contracts"),
# not the senses read through a complement (a purpose is none); the parser hangs a for-clause
# after a copula ("the next step is for Seoul to meet Pyongyang") as one, so it is read here too.
PURPOSE_RULES: tuple[RealisRule, ...] = (intended, directed, under_modal, under_future, under_condition,
                                         for_clause_predicate)


def irrealis(tok: Token, words: IrrealisWords, max_up: int = REALIS_MAX_UP,
             performs: Callable[[Token], bool] | None = None) -> str | None:
    """Why the clause of ``tok`` does not report a thing that happened or is happening
    ("modal:could", "future:will", "belief:fear", ...), or None: the first of ``irrealis_reasons``."""
    return next(iter(irrealis_reasons(tok, words, max_up, performs)), None)


def irrealis_reasons(tok: Token, words: IrrealisWords, max_up: int = REALIS_MAX_UP,
                     performs: Callable[[Token], bool] | None = None, extra: tuple[RealisRule, ...] = ()) -> list[str]:
    """Every reason the climb from ``tok`` finds, nearest first ("the chance that Trump will lift
    sanctions": a future and a conjecture; "will want to negotiate": a future and an intention).

    It climbs the clause heads that share the token's mood (open and purpose complements,
    objects, conjuncts without an auxiliary of their own); a finite complement keeps its own
    ("said it attacked": real), only the sense of the word it complements is read ("fear that",
    "the chance that"). An event noun shares the mood of its verb only where that verb
    ``performs`` it (the caller's light verbs: "could launch strikes", but "will not tolerate
    rallies" presumes them); ``extra`` rules of the caller's own follow ``IRREALIS_RULES``. Whether an
    irrealis act is still an event ("threatened to strike") is the caller's to say."""
    out: list[str] = []
    t: Token | None = tok
    via: Token | None = None
    below: Token | None = None  # the word climbed from before ``via``
    for _ in range(max_up + 1):
        if t is None:
            break
        if via is not None and (via.dep_ == "ccomp" and not is_to_infinitive(via) and not bare_infinitive(via)
                                or _noun_clause(via)):
            # a finite complement has its own mood ("said it attacked"): of the word it complements
            # only its sense counts ("fear that"); a bare infinitive has none ("would let X block")
            reason = (believed(t, via, words) or believed(_extraposed_noun(t), via, words)
                      or mandated(t, via, words))
            out += [reason] if reason is not None else []
            break
        carried = below is not None and below.dep_ in ("acl", "relcl") and is_to_infinitive(below)  # "the way to"
        # a predicate noun shares its copula's mood ("it would be his first visit"), as an object
        # of a light verb does
        predicate = via is not None and via.dep_ == "attr" and t.lemma_.lower() == "be"
        presumed = (performs is not None and via is not None and via.pos_ in ("NOUN", "PROPN") and not carried
                    and not predicate and t.pos_ in ("VERB", "AUX") and not performs(t))
        # a purpose is coded as its act is ("will meet to discuss"), unless proposed ("called for")
        purpose = via is not None and via.dep_ == "advcl"
        rules = PURPOSE_RULES if purpose else (intended, believed) if presumed else (*IRREALIS_RULES, *extra)
        out += [r for rule in rules if (r := rule(t, via, words)) is not None]
        if presumed:
            break
        below, via, t = via, t, _realis_parent(t)
    return out
