"""The event coder's own realis rules: event nouns named as still to come.

``mood.irrealis`` reads the mood of a clause (modals, futures, conditions, intentions,
beliefs) and the modifiers that say an event noun has not happened ("potential airstrikes").
A meeting or attack named by a noun is also still to come when the sentence places it ahead
of another event, puts it on the calendar or dates it in the future: "talks ahead of next
week's summit", "a summit scheduled for June 3-5", "the upcoming talks" (an adjective,
``kb/irrealis.tsv`` class adjective). Such a summit has not been held; coded as a meeting, it is
flagged hypothetical; so is what the terms of a deal bind a party to do ("under the deal, Iran
will ship out its uranium"). The rules follow
``mood.IRREALIS_RULES`` (``EVENT_NOUN_RULES``, passed as ``extra``) and read their words from
``kb/irrealis.tsv`` (classes anticipation, arrangement, future-time, terms);
``realis_classes`` also gives the frames their words (habitual, poll-share, counterfactive,
concur). Three rules read a clause rather than a noun: the clause an act is made conditional on
("provided that", "on condition that", "as long as": class condition), a clause of time in the
present ("before Congress votes": class pending; "when Merkel meets Macron" under a future or
modal clause: class pending-future) and the complement of a power ("has the
authority to suspend sanctions", "with the ability to strike", not one exercised, "used its power to veto": class
exercise; or an adjective of it, "will be able to veto", "a missile capable of striking Guam": class
capability; or a verb of permission whose subject is a law or agreement, "the deal allows Iran to keep
centrifuges": classes provision and provision-text), and the act a word of reluctance holds back from
("was reluctant to send troops":
class reluctance). An event noun that is the occasion of an act still to come shares its mood ("will
meet Xi at the G20 summit": ``occasion``); the act an accusation charges is the accuser's claim
("accused Iran of arming the rebels": class allegation).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import load_table, per_folder
from ..mood import IrrealisWords, RealisRule, irrealis_reasons
from ..syntax import is_to_infinitive
from ..tense import auxiliaries, is_plain_present


@per_folder
def realis_classes(*classes: str) -> frozenset[str]:
    """The words of the given classes of ``kb/irrealis.tsv``."""
    return frozenset(r["word"].lower() for r in load_table("irrealis") if r["class"] in classes)


def _own_event_word(t: Token, via: Token | None) -> bool:
    """The event word itself (or, through ``via``, its conjunct), not a clause head climbed to."""
    return via is None or via.dep_ == "conj"


def _as_written(t: Token) -> str:
    """"run-up" as written: the tagger splits it into "run" (compound), "-" and "up"."""
    glued = t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].head.i == t.i
    return f"{t.doc[t.i - 2].lower_}-{t.lower_}" if glued else t.lower_


def anticipated(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"met ahead of next week's summit", "in advance of the talks", "on the eve of his visit",
    "in the run-up to the vote", "is preparing for the summit": an event named as the one still to
    come is not (yet) held ("after the summit" was)."""
    if not _own_event_word(t, via) or t.dep_ not in ("pobj", "pcomp") or t.head.dep_ != "prep":
        return None
    if t.head.lower_ not in ("of", "to", "for"):
        return None
    ahead, anticipations = t.head.head, realis_classes("anticipation")
    word = _as_written(ahead)
    if word in anticipations:
        return f"anticipated:{word}"
    # "is preparing for the summit", "preparations for the visit" (by lemma); "was not prepared for
    # the attack" looks back at one that came
    lemma = ahead.lemma_.lower()
    if lemma in anticipations and ahead.tag_ not in ("VBD", "VBN", "JJ"):
        return f"anticipated:{lemma}"
    return None


def scheduled(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"a summit scheduled for June 3-5", "talks set for next week", "a visit planned for March":
    an event noun put on the calendar by a participle with its date ("the attack planned by ISIS"
    names no date and may have been carried out)."""
    if t.pos_ not in ("NOUN", "PROPN") or not _own_event_word(t, via):
        return None
    arrangements = realis_classes("arrangement")
    for c in t.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in arrangements and any(
                x.dep_ == "prep" and x.lower_ == "for" or x.dep_ == "xcomp" for x in c.children):
            return f"scheduled:{c.lemma_.lower()}"
    return None


def future_dated(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"next week's summit", "tomorrow's talks", "the summit next month": an event noun dated in
    the future ("last week's summit" was held)."""
    if t.pos_ not in ("NOUN", "PROPN") or not _own_event_word(t, via):
        return None
    future = realis_classes("future-time")
    for c in t.children:
        if c.dep_ not in ("poss", "npadvmod", "tmod"):
            continue
        word = c.lower_ if c.lower_ in future else next(
            (a.lower_ for a in c.children if a.dep_ == "amod" and a.lower_ in future), None)
        if word is not None:
            return f"date:{word}"
    return None


def deal_terms(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"Under the agreement, Russia would keep the militias away", "under the deal, Iran will ship
    out its uranium": the terms of a deal or plan say what a party is bound or proposed to do, not
    what it did (kb/irrealis.tsv class terms); "under the deal, Iran shipped out" reports it. The
    phrase is fronted, before the clause's subject ("China will limit exports under the terms of the
    sanctions" is a measure announced), and on a first conjunct covers the next ("..., and the
    U.S. will lift sanctions")."""
    if not any(c.dep_ == "aux" and c.lower_ in words.modals | words.future for c in t.children):
        return None
    terms = realis_classes("terms")
    heads = (t, t.head) if t.dep_ == "conj" else (t,)
    for prep in (c for h in heads for c in h.children):
        subj = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if prep.dep_ == "prep" and prep.lower_ == "under" and subj is not None and prep.i < subj.i:
            deal = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if deal is not None and deal.lemma_.lower() in terms:
                return f"terms:{deal.lemma_.lower()}"
    return None


def stipulated(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"provided that Ankara signs the accord", "providing that Mexico also announces a deal",
    "will talk on condition that sanctions are lifted", "as long as China withdraws": the clause a
    deal or an act is made conditional on has not happened ("the ministry provided the figures" has
    no such clause)."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("ccomp", "acl", "advcl"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children) and t.head.pos_ == "NOUN":
        return None  # "the condition that", not "the condition the talks were in"
    head, conditions = t.head, realis_classes("condition")
    if _as_long_as(t) and "as long as" in conditions:
        return "conditional:as long as"
    if head.lower_ not in conditions or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None  # "the law provided that" states a provision, not a condition of this clause
    return f"conditional:{head.lower_}"


def _as_long_as(t: Token) -> bool:
    """"as long as China withdraws": the clause's mark "as" after "as long" (their head)."""
    head = t.head
    return head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) and any(
        c.dep_ == "advmod" and c.lower_ == "as" for c in head.children)


# determiners that leave an event noun unspecific: "in the case of a strike" is a condition, "in the
# case of the 2003 invasion" an example of one that happened
_INDEFINITE = frozenset({"a", "an", "any"})


def in_case_of(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"In the event of a missile launch, the navy faces a dilemma", "in case of an attack", "options
    to de-escalate in the case of an incident such as a nuclear test": an event noun named after a
    preposition of condition (kb/irrealis.tsv class condition) is the condition, not a thing done;
    "in the case of" only with an indefinite noun ("in the case of the Benghazi attack" names one
    that happened). Read at the noun "event" or "case" the climb reaches from the event noun."""
    if via is None or via.dep_ != "pobj" or via.head.lower_ != "of" or via.head.head.i != t.i:
        return None
    if t.dep_ != "pobj" or t.head.lower_ != "in" or t.lemma_.lower() not in ("event", "case"):
        return None
    det = next((c.lower_ for c in t.children if c.dep_ == "det"), None)
    phrase = f"in {det + ' ' if det else ''}{t.lower_} of"
    if phrase not in realis_classes("condition"):
        return None
    if phrase == "in the case of" and not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in via.children):
        return None
    return f"conditional:{phrase}"


def in_case(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"just in case the senators call for a vote", "in case Iran retaliates": a clause in the
    present opened by "in case" (kb/irrealis.tsv class condition) is a condition still to come, as
    "if" opens one; the parser hangs "in" on the clause's verb and "case" under it."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ != "advcl" or not is_plain_present(t):
        return None
    opens = any(c.dep_ == "prep" and c.lower_ == "in" and c.i < t.i and any(
        o.dep_ == "pobj" and o.lower_ == "case" and not list(o.children) for o in c.children) for c in t.children)
    return "conditional:in case" if opens and "in case" in realis_classes("condition") else None


def pending(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"demand the details before Congress gives him approval", "will keep sanctions until Assad
    agrees", "once Iran meets its obligations": a clause of time in the present tense is still to
    come (English writes its future in the present); "before Congress voted" and "until the
    talks collapsed" report it, and so does "since".  A clause in the past perfect or with a modal
    of its own is read by the other rules."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ != "advcl":
        return None
    mark = next((c.lower_ for c in t.children if c.dep_ == "mark"), None)
    if mark is None or mark not in realis_classes("pending"):
        return None
    # the tense is on the verb ("agrees") or on its auxiliary ("is implemented", "has complied")
    if not is_plain_present(t):
        return None
    return f"pending:{mark}"


def pending_under_future(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"will settle the dispute when Merkel meets Macron", "As Obama lands in Israel, he will face
    protests": a clause of time opened by "when" or "as" (kb/irrealis.tsv class pending-future) in
    the present, hung on a future or modal clause, is still to come: English writes the future of
    such a clause in the present (Quirk et al. 4.26). "when Merkel met Macron" reports the meeting,
    a present under a present ("as Obama lands, crowds gather") is news as it happens, and a
    perfect looks back ("will praise him, as he has negotiated for a year")."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ != "advcl":
        return None
    opener = next((c for c in t.children if c.dep_ in ("mark", "advmod") and c.i < t.i
                   and c.lower_ in realis_classes("pending-future")), None)
    if opener is None:
        return None
    if not is_plain_present(t):
        return None
    if any(v.dep_ == "aux" and v.lemma_.lower() == "have" for v in auxiliaries(t)):
        return None  # "as he has spent a year negotiating": a perfect looks back (and "as" gives a cause)
    if not any(c.dep_ == "aux" and c.lower_ in words.modals | words.future for c in t.head.children):
        return None
    return f"pending:{opener.lower_}"


def capable(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"Obama has the authority to suspend most sanctions", "the president has the power to
    pardon", "Israel has the right to defend itself", "a state with the ability to strike Guam",
    "developed the capability to hit the mainland": what a power or right allows is not done
    (kb/irrealis.tsv class capability); "used its power to veto" reports the veto (a verb of
    exercising a power, class exercise), and "gave him the authority to strike" is read as a
    proposal by the other rules."""
    if via is None or via.dep_ != "acl" or not is_to_infinitive(via):
        return None
    if t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in realis_classes("exercise"):
        return None
    lemma = t.lemma_.lower()
    return f"capability:{lemma}" if lemma in realis_classes("capability") else None


def provided(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"The deal allows Iran to keep its centrifuges", "the law permits the president to waive the
    sanctions", "the Insurrection Act, which allows a president to deploy troops": what a law or
    agreement (kb/irrealis.tsv class provision-text) allows (class provision) is a right granted, in
    any tense, not an act of the party permitted; a person's "allowed inspectors to visit" is that
    person's act (``events/permissions``)."""
    if via is None or via.dep_ not in ("xcomp", "ccomp") or not is_to_infinitive(via):
        return None
    if t.pos_ != "VERB" or t.lemma_.lower() not in realis_classes("provision"):
        return None
    texts = realis_classes("provision-text")
    return (f"provision:{t.lemma_.lower()}"
            if any(c.dep_ == "nsubj" and _granting_text(c, t).lemma_.lower() in texts for c in t.children)
            else None)


def _granting_text(subj: Token, verb: Token) -> Token:
    """The noun a subject names: a relative pronoun stands for the noun its clause modifies ("the
    Insurrection Act, which allows ...", "a law that allows ...")."""
    return verb.head if subj.tag_ == "WDT" and verb.dep_ == "relcl" else subj


def capable_of(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"a missile capable of striking Guam", "the militia is capable of attacking the capital", "is
    incapable of destroying the state": what an adjective of capability (kb/irrealis.tsv class
    capability) says a party or a weapon can do, through "of" and a gerund, is a capacity, not an
    act; unlike "was able to" (``able``), "was capable of" is not implicative, so no tense reports it."""
    if via is None or via.dep_ not in ("pcomp", "pobj") or via.head.lower_ != "of" or t.pos_ != "ADJ":
        return None
    lemma = t.lemma_.lower()
    return f"capability:{lemma}" if lemma in realis_classes("capability") else None


def able(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"Germany will be able to take in refugees", "the two would be able to veto any candidate", "the
    UK is free to strike a trade deal": what a predicate adjective of capability (kb/irrealis.tsv class
    capability) allows is a capacity, not an act (nor, under "will", an intention). The past is
    implicative, "were able to kill him" reports the killing (Karttunen 1971), and so is a perfect,
    "has been able to meet him"."""
    if via is None or via.dep_ != "xcomp" or t.pos_ != "ADJ" or t.dep_ != "acomp" or not is_to_infinitive(via):
        return None
    copula = t.head
    if copula.lemma_.lower() != "be" or copula.tag_ in ("VBD", "VBN"):
        return None
    if any(a.dep_ == "aux" and (a.tag_ == "VBD" or a.lemma_.lower() == "have") for a in copula.children):
        return None  # "had been able to", "has been able to": done
    lemma = t.lemma_.lower()
    return f"capability:{lemma}" if lemma in realis_classes("capability") else None


def reluctant(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"Berlin is reluctant to send troops", "the White House was loath to impose sanctions", "Tokyo
    remains hesitant to sign the pact", "Ankara's reluctance to intervene": the to-infinitive of an
    adjective or noun of reluctance (kb/irrealis.tsv class reluctance; Quirk et al. 16.75, the converse
    of "eager") is an act held back from, not done, nor refused (no one is said to decline it), in any
    tense: the word is not implicative (Karttunen 1971), and "reluctantly signed" has no infinitive.
    Read at the word, or at its copula where the parser hangs the infinitive there ("was loathe to
    impose": the misspelling is tagged an adjective but attached as a verb would be)."""
    if via is None or via.dep_ not in ("xcomp", "acl") or not is_to_infinitive(via):
        return None
    reluctance = realis_classes("reluctance")
    word = t if t.lemma_.lower() in reluctance or t.lower_ in reluctance else None
    if word is None and t.lemma_.lower() == "be" and via.dep_ == "xcomp":
        word = next((c for c in t.children if c.dep_ == "acomp" and c.lower_ in reluctance), None)
    return f"reluctance:{word.lower_}" if word is not None else None


# The prepositions of the charge of an accusation: "accused of", "charged with".
_CHARGE_PREPS = frozenset({"of", "with"})


def _charged_by(prep: Token) -> str | None:
    """The accusation verb whose charge ``prep`` introduces, or None."""
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in _CHARGE_PREPS or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    return lemma if lemma in realis_classes("allegation") else None


def alleged(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"Riyadh accused Tehran of arming the rebels", "was charged with hacking", "accused Iran of the
    attack": the act an accusation charges is the accuser's claim, not a thing the text reports
    (the accusation is the event). Read at the verb through its gerund ("of arming") and at an event
    noun itself ("of the attack": the climb stops at a verb that does not perform its noun).
    "charged that Iran armed" is reported speech, read as "said that" is."""
    if via is not None and via.dep_ in ("pcomp", "pobj") and via.head.head.i == t.i:
        lemma = _charged_by(via.head)
    elif via is None and t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN"):
        lemma = _charged_by(t.head)
    else:
        return None
    return f"alleged:{lemma}" if lemma is not None else None


# Prepositions whose event noun is the occasion of its verb: the two share a time.
_OCCASION_PREPS = frozenset({"during", "at"})


def occasion(t: Token, via: Token | None, words: IrrealisWords) -> str | None:
    """"is set to meet NATO leaders during the summit", "will sign the deal at the summit", "could
    meet Xi at the G20": an event noun named as the occasion of an act still to come is itself still
    to come (the verb's own reason, read without the event coder's light verbs: "will not tolerate
    the rally" presumes its object, "will speak at the rally" does not report it held). A conjecture
    of the writer's, never the party's stated intent: no AGREE is made of it. A visit of someone's
    own (a pronoun's), "would travel to the DMZ during his visit to Seoul", "was not expected to meet
    Americans during his visit", is a trip the sentence takes as under way, whatever is still to come
    in it; "will talk at the G-20 finance ministers' meeting" is not."""
    if t.pos_ not in ("NOUN", "PROPN") or via is not None or t.dep_ != "pobj":
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
        return None  # "his visit", not "a world leaders' summit"
    prep = t.head
    if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    reason = next(iter(irrealis_reasons(prep.head, words)), None)
    return f"occasion:{reason}" if reason is not None else None


# Read after mood.IRREALIS_RULES at each clause head (the first that applies names the reason).
EVENT_NOUN_RULES: tuple[RealisRule, ...] = (
    anticipated, scheduled, future_dated, deal_terms, stipulated, in_case_of, in_case, pending, pending_under_future,
    capable, provided, capable_of, able, reluctant, occasion, alleged,
)
