"""Who said it and who passed it on: speaker and credit (``via``) resolution for reported speech.

The quotes component fills a per-document ``Attribution`` table (``attribution_table.py``: quote
spans and sentences -> speaker, via) in ``doc.user_data``; ``attribution_of`` reads it back so the events, claims and
relations coders credit the same speaker as the quotes. Cue verbs and generic outlet nouns are
data (``kb/speech_verbs.tsv``, ``kb/media_nouns.tsv``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ...kb import load_table, per_folder
from ..common import INDEFINITE_DETERMINERS, actor_of, sentence_of
from ..common import speech_verbs as speech_verbs  # re-exported: credit.py and quotes.py import it from here
from ..extensions import Mention
from ..syntax import (
    SPEAKER_SUBJECT,
    agents,
    is_to_infinitive,
    own_subject,
    own_subjects,
    resolve_pronoun,
    subject_of,
)
from .appositions import apposed_person
from .attribution_table import Attribution, speech_kind
from .bodies import body_speaker, described_body, is_body_noun
from .group_nouns import same_noun_reference
from .others import names_other_party, other_party_speaker
from .spokespeople import spokesperson_body
from .titled import described_office_holder, state_title_holder
from .unnamed import unnamed_source_speaker

USER_DATA_KEY = "diplograph.attribution"
# Pronouns that can stand for a speaker, and the actor kinds each can stand for.
PRONOUN_KINDS = {
    "he": ("person",), "she": ("person",), "i": ("person",),
    "they": ("person", "group", "organization", "state", "media"), "we": ("person", "group", "organization", "state"),
    "it": ("state", "organization", "media"),
}
# People who study an actor without speaking for it ("China observers", "Russia experts").
STUDENTS_OF = {"observer", "analyst", "expert", "watcher", "scholar", "specialist", "critic", "hand"}


@per_folder
def media_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in load_table("media_nouns"))


def actor_kind(doc: Doc, actor_id: str | None) -> str | None:
    a = (doc._.actors or {}).get(actor_id) if actor_id else None
    return a.kind if a else None


def table(doc: Doc) -> Attribution:
    """The document's attribution table (created empty on first use)."""
    att = doc.user_data.get(USER_DATA_KEY)
    if att is None:
        att = Attribution()
        doc.user_data[USER_DATA_KEY] = att
    return att


# ---------------------------------------------------------------- actors of phrases
def phrase_actor(tok: Token, prefer_person: bool = True) -> str | None:
    """The actor a noun phrase headed by ``tok`` names: the head's own mention, then its name
    parts, then the first person (or any) actor in its subtree ("Su, a senior analyst at X")."""
    if tok.lemma_.lower() in STUDENTS_OF and tok.pos_ == "NOUN":
        return None
    if names_other_party(tok):  # "Trump allies said": the allies, not Trump (``others``)
        return other_party_speaker(tok)
    if actor_of(tok) and not new_referent(tok):
        if prefer_person and actor_kind(tok.doc, actor_of(tok)) != "person":
            # "Chile's ambassador to Peru, Marta Reyes, said": the title phrase is a mention of
            # the state, the person it is in apposition with (wherever the parser hung the
            # appositive: often on "Peru") is the speaker
            named = [t for t in tok.subtree if t.dep_ == "appos" and actor_of(t)
                     and actor_kind(t.doc, actor_of(t)) == "person"]
            if named:
                return actor_of(named[0])
        return actor_of(tok)
    if prefer_person and (holder := apposed_person(tok)) is not None:  # "A State Dept. spokeswoman, Jen Psaki,"
        return holder
    near = [c for c in tok.children if c.dep_ in ("compound", "flat", "appos", "poss", "nmod")]
    for c in near:
        if actor_of(c) and c.dep_ != "poss":
            return actor_of(c)
    sub = [t for t in tok.subtree if actor_of(t) and not in_relative_clause(t, tok)]
    if prefer_person:
        for t in sub:
            if actor_kind(t.doc, actor_of(t)) == "person":
                return actor_of(t)
    return actor_of(sub[0]) if sub else None


def new_referent(tok: Token) -> bool:
    """"a State Department official", "one senior GOP aide": a common noun with an indefinite
    determiner introduces someone new, so a person the actors component linked it to ("Jo Lee, a top
    aide ... one senior GOP aide said") is not who it names; its modifiers are read instead."""
    return tok.pos_ == "NOUN" and actor_kind(tok.doc, tok._.actor) == "person" and any(
        c.dep_ in ("det", "nummod") and c.lower_ in UNNAMED_SOURCE_DETERMINERS for c in tok.children)


def in_relative_clause(t: Token, phrase: Token) -> bool:
    """“…,” wrote the paper, which backed Lopez: a name in a relative clause on the phrase says
    something of it and is not what the phrase names."""
    cur = t
    while cur.i != phrase.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl":
            return True
        cur = cur.head
    return False


def quoted_object(verb: Token) -> Token | None:
    """For "X quoted Y as saying": walk from the cue to a credit verb and return its object Y."""
    cur = verb
    for _ in range(3):
        if cur.lemma_.lower() in ("quote", "cite") and cur.i != verb.i:
            return next((c for c in cur.children if c.dep_ in ("dobj", "obj")), None)
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def pronoun_speaker(doc: Doc, pron: Token, att: Attribution) -> str | None:
    """The last fitting speaker before a speaker pronoun (``he said``), or a later fitting actor
    that was the subject of a clause outside quotes."""
    kinds = PRONOUN_KINDS.get(pron.lower_)
    if not kinds:
        return None
    return resolve_pronoun(pron, att.antecedents(doc)[0], kinds)


def record_pronoun(doc: Doc, pron: Token, actor_id: str, att: Attribution) -> None:
    """Record the pronoun as a mention of the speaker it stands for (evidence of who spoke)."""
    actor = (doc._.actors or {}).get(actor_id)
    if actor is None:
        return
    actor.add_mention(pron.idx, pron.idx + len(pron.text))
    if actor_of(pron) is None:
        pron._.actor = actor_id
        if not att.has_mention_at(doc, pron.i):
            att.add_mention(doc, Mention(pron.i, pron.i + 1, pron.idx, pron.idx + len(pron.text), actor_id, pron.text))


def reporting_subject(doc: Doc, pron: Token, verb: Token, att: Attribution) -> str | None:
    """"The deputy press secretary said he believes that ...", "Lopez said she thinks ...": the
    pronoun subject of a clause that a speech verb reports is that verb's named subject (the
    reporter speaks of himself), not the last speaker met before."""
    kinds = PRONOUN_KINDS.get(pron.lower_, ())
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "conj", "xcomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.i > pron.i or "\n" in doc[cur.i:pron.i].text:
            return None  # a parse run on across a paragraph or after the clause: not its reporter
        if not speech_kind(cur):
            continue
        subj = subject_of(cur, SPEAKER_SUBJECT)
        if subj is None or subj.pos_ == "PRON" or subj.lower_ in PRONOUN_KINDS:
            return None
        found = phrase_actor(subj)
        kind = actor_kind(doc, found)
        # a person's unnamed title ("the press secretary") stands for the body it serves
        described = subj.pos_ == "NOUN" and "person" in kinds
        if found and (kind in kinds or described):
            return found
        return None
    return None


def nearest_speaker(doc: Doc, pron: Token, verb: Token, att: Attribution) -> str | None:
    """``he said``: the last fitting speaker (or subject) before the pronoun."""
    return pronoun_speaker(doc, pron, att)


PronounRule = Callable[[Doc, Token, Token, Attribution], "str | None"]
# How a pronoun subject of a speech verb is resolved, in order of preference.
PRONOUN_SPEAKER_RULES: tuple[PronounRule, ...] = (reporting_subject, nearest_speaker)


# Nouns that, in "the union said", stand for an organisation (or an outlet) named before.
GROUP_NOUNS = {"company", "firm", "union", "group", "campaign", "party", "committee", "government", "ministry",
               "department", "administration", "organization", "organisation", "team", "bank", "council",
               "commission", "embassy", "office", "agency", "court", "board", "association", "league", "regime"}


def is_definite_description(subj: Token) -> bool:
    """"the mayor", "the Republican lawmaker", "the union": a definite common-noun phrase that
    names no actor itself and so refers back to one."""
    return subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children) \
        and not any(t.pos_ == "PROPN" or actor_of(t) for t in subj.subtree if t.i != subj.i)


@per_folder
def document_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in load_table("document_nouns"))


_ISSUER_PREPS = frozenset({"from", "by", "of"})
_ISSUE_LOOKBACK = 400  # tokens: how far back "the statement" may find the statement it refers to


def _issuer_of(doc: Doc, noun: Token, att: Attribution) -> str | None:
    """Who issued the document one mention names: "X's statement", "a statement from X", "a
    Foreign Ministry statement", "X issued a statement", "X said in a statement"."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "nmod") and (owner := phrase_actor(c)):
            # "a White House statement ... It also said": the seat's body issued it (``bodies``)
            return body_speaker(doc, c, owner, att.stands_for) or owner
        if c.dep_ == "prep" and c.lower_ in _ISSUER_PREPS:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and phrase_actor(obj):
                return phrase_actor(obj)
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":  # "X said in a statement"
        verb = noun.head.head
    elif noun.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    subj = own_subject(verb) or next((a for a in agents(verb)), None)
    if subj is None:
        return None
    if subj.pos_ == "PRON" or subj.lower_ in PRONOUN_KINDS:
        return actor_of(subj) or (pronoun_speaker(doc, subj, att) if subj.lower_ in PRONOUN_KINDS else None)
    found = phrase_actor(subj)
    # "the White House issued a statement": the seat's body issued it, as "the White House said" (``bodies``)
    return body_speaker(doc, subj, found, att.stands_for) or found


def named_issuer(doc: Doc, noun: Token, att: Attribution) -> str | None:
    """Who the phrase of one document noun says issued it: "X's statement", "a statement from X"."""
    return _issuer_of(doc, noun, att)


def document_issuer(doc: Doc, subj: Token, att: Attribution, past_unnamed: bool = False) -> str | None:
    """"“…,” the statement said": a document noun speaks for whoever issued the nearest earlier
    document of that name (outside quotes); none named, no speaker -- never the last person met.
    ``past_unnamed``: look on back past mentions that name no issuer ("Mueller's report ... the report
    details ... . “…,” according to the report")."""
    noun = subj.lemma_.lower()
    for t in reversed(doc[max(0, subj.i - _ISSUE_LOOKBACK):subj.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() == noun and not att.in_quote(t.idx):
            found = _issuer_of(doc, t, att)
            if found or not past_unnamed:
                return found
    return None


# Determiners of a description that introduces a source without naming it: the indefinite ones of
# ``common`` ("a senior official", "another official": an + other, a second unnamed source) and the
# numeral "one" ("one diplomat"). Read by sources.py too.
UNNAMED_SOURCE_DETERMINERS = INDEFINITE_DETERMINERS | {"one"}


def _introduced_as_source(noun: Token) -> bool:
    """"an official said", "told a source", "quoted an official as saying", "according to an official"."""
    if noun.dep_ in ("nsubj", "dobj") and speech_kind(noun.head):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"


_CHAIN_HOPS = 6  # definite repeats followed back to the phrase that introduced the source


def _plural_between(intro: Token, subj: Token) -> bool:
    """"A senior official said … a call with administration officials … the official said": a plural
    of a singular description's noun met between is some of the source's colleagues, not the source."""
    return intro.tag_ in ("NNS", "NNPS") and subj.tag_ == "NN"


def earlier_unnamed_reference(doc: Doc, subj: Token, att: Attribution) -> Token | None:
    """"A senior official insisted … According to the official, … “…,” the senior official said":
    the nearest earlier noun of the description's lemma, read past the definite repeats of it
    that name nobody ("the official", "the senior official") and past its plurals ("officials") to
    the phrase that introduced it."""
    intro = att.earlier_noun(doc, subj)
    for _ in range(_CHAIN_HOPS):
        if intro is not None and _plural_between(intro, subj):
            intro = att.earlier_noun(doc, intro)
            continue
        if intro is None or intro.dep_ in ("appos", "attr") or not is_definite_description(intro) \
                or intro.tag_ != subj.tag_ or any(c.dep_ == "appos" for c in intro.children):
            return intro
        intro = att.earlier_noun(doc, intro)
    return intro


def introduced_unnamed(doc: Doc, subj: Token, att: Attribution) -> bool:
    """"A senior administration official said … The official noted that …": the description's noun
    last stood in an indefinite phrase that named nobody, so "the official" is that unnamed source,
    not the person named nearest. An indefinite noun in apposition to a name or predicated of one
    ("Ana Silva, a deputy minister"; "Silva is an official") introduces that person instead."""
    if subj.lemma_.lower() in document_nouns() | media_nouns() | GROUP_NOUNS:
        return False  # "a statement … the statement said" speaks for its issuer
    if any(_names_someone(t) for t in subj.subtree if t.i != subj.i):
        return False  # "the spokesman, Ana Silva, said": named here
    intro = earlier_unnamed_reference(doc, subj, att)
    if intro is None or intro.dep_ in ("appos", "attr") or actor_of(intro.head) or intro.head.pos_ == "PROPN":
        return False
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in UNNAMED_SOURCE_DETERMINERS for c in intro.children):
        return False
    if not _introduced_as_source(intro):
        return False  # "stage a sit-in … the sit-in will continue": no source of words
    return not any(_names_someone(t) for t in intro.subtree if t.i != intro.i)


# Entity labels of a name that says whom an unnamed source serves, not who speaks: "a U.S. official".
_AFFILIATION_LABELS = frozenset({"GPE", "NORP", "ORG"})


def _names_someone(tok: Token) -> bool:
    """Whether a word of a source's phrase names the source: a person ("an aide, Ana Silva") or an
    unknown name; the state or body an unnamed source serves ("A U.S. official", "an official of
    the foreign ministry", "a Hamas spokesman") leaves it unnamed."""
    if actor_of(tok):
        return actor_kind(tok.doc, actor_of(tok)) == "person"
    return tok.pos_ == "PROPN" and tok.ent_type_ not in _AFFILIATION_LABELS


# A definite description ("the official said") that refers back to an unnamed source: no speaker.
UNNAMED_DESCRIPTION_RULES: tuple[Callable[[Doc, Token, Attribution], bool], ...] = (introduced_unnamed,)


def _resolve_description(doc: Doc, subj: Token, att: Attribution) -> str | None:
    """Resolve a definite description like a pronoun, by the kind its head noun names, and record
    the phrase as a mention of that actor."""
    noun = subj.lemma_.lower()
    if subj.tag_ in ("NNS", "NNPS") and noun not in media_nouns() | GROUP_NOUNS | document_nouns():
        return None  # "the officials said", "the lawmakers say": several people, not the one met last
    kinds: tuple[str, ...] = ("person",)
    if noun in media_nouns():
        kinds = ("media",)
    elif noun in GROUP_NOUNS:
        # "the government", "the regime" (a state's body, kb/speaking_bodies.tsv) is no outlet
        kinds = ("organization", "state", "group") if is_body_noun(noun) else \
            ("organization", "media", "state", "group")
    if noun in document_nouns():
        found = document_issuer(doc, subj, att)
    elif kinds == ("person",) and any(rule(doc, subj, att) for rule in UNNAMED_DESCRIPTION_RULES):
        return None
    else:
        office, found = described_office_holder(subj, att.antecedents(doc)[1]) if kinds == ("person",) \
            else (False, None)
        if not office:
            found = _group_reference(doc, subj, att, kinds)
    if found is None:
        return None
    left = subj.left_edge
    actor = (doc._.actors or {}).get(found)
    if actor is not None:
        actor.add_mention(left.idx, subj.idx + len(subj.text))
    return found


def _group_reference(doc: Doc, subj: Token, att: Attribution, kinds: tuple[str, ...]) -> str | None:
    """"the ministry said": the phrase the group noun repeats (``group_nouns``), a body noun or none
    found read like a pronoun by the kinds it may stand for."""
    noun = subj.lemma_.lower()
    found = same_noun_reference(doc, subj, att, kinds) if noun in GROUP_NOUNS and not is_body_noun(noun) else None
    return found or resolve_pronoun(subj, att.antecedents(doc)[1], kinds)


@per_folder
def issuing_verbs() -> frozenset[str]:
    return frozenset(r["lemma"] for r in load_table("speech_issuing"))


_OWNER_DEPS = frozenset({"poss", "compound", "nmod", "appos"})


def _owner_of(noun: Token) -> str | None:
    """The actor a noun's own phrase names as its owner: "Erdogan's comments", "a Reuters report",
    "a statement from the ministry" (not an actor further down its subtree)."""
    if actor_of(noun):
        return actor_of(noun)
    for c in noun.children:
        if c.dep_ in _OWNER_DEPS and c.i < noun.i and phrase_actor(c):
            return phrase_actor(c)
        if c.dep_ == "prep" and c.lower_ in _ISSUER_PREPS:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and phrase_actor(obj):
                return phrase_actor(obj)
    return None


@per_folder
def addressed_verbs() -> frozenset[str]:
    return frozenset(r["lemma"] for r in load_table("speech_addressees"))


def told_by(verb: Token) -> str | None:
    """"Rahami was told she would need a visa", "the allies were assured that ...": the passive
    subject of a verb of telling (``kb/speech_addressees.tsv``) is the one told; the speaker is the
    "by" phrase ("was told by the embassy") or nobody named."""
    agent = next(iter(agents(verb)), None)
    return phrase_actor(agent) if agent is not None else None


def _participle(verb: Token) -> bool:
    """"a statement saying", "reports suggesting": a present participle. Not an infinitive ("Comey's
    refusal to say": speech not given) nor an inverted cue the parser hung on the quote's last noun
    ("“… the world’s factory,” said Mr. Su")."""
    return verb.tag_ == "VBG" and not is_to_infinitive(verb)


def modified_noun_speaker(doc: Doc, verb: Token, att: Attribution) -> str | None:
    """"The White House issued a statement saying Obama had been briefed", "a Reuters report
    saying ...", "Xi, declaring that ...": a participle of speech modifying a noun speaks for that
    noun -- the actor its phrase names, or who issued the document ("issued", "released":
    ``kb/speech_issuing.tsv``) -- never for an actor the clause reports on ("reports suggesting
    Russia hacked the firm", "evidence showing Moscow supplied the missiles": no named speaker)."""
    noun = verb.head
    owner = _owner_of(noun)
    if owner or noun.pos_ != "NOUN" or noun.lemma_.lower() not in document_nouns():
        return owner
    gov = noun.head
    said_in = noun.dep_ == "pobj" and gov.lower_ == "in" and speech_kind(gov.head) is not None
    if said_in or (noun.dep_ in ("dobj", "obj", "nsubjpass") and gov.lemma_.lower() in issuing_verbs()):
        return _issuer_of(doc, noun, att)
    return None


_CLAUSE_MODIFIERS = frozenset({"acl", "relcl"})


def _issuing_agent(clause: Token) -> Token | None:
    """"a statement released by the White House": the "by" agent of a verb of issuing
    (``kb/speech_issuing.tsv``) in a document noun's clause."""
    return next(iter(agents(clause)), None) if clause.lemma_.lower() in issuing_verbs() else None


def _own_phrase_actor(subj: Token, skipped: set[int]) -> str | None:
    """The actor the noun's phrase names outside the words ``skipped``: a person first."""
    own = [t for t in subj.subtree if actor_of(t) and t.i not in skipped and t.i != subj.i]
    person = next((t for t in own if actor_kind(subj.doc, actor_of(t)) == "person"), None)
    return (person or own[0])._.actor if own else None


def described_document_speaker(doc: Doc, subj: Token, att: Attribution) -> tuple[bool, str | None]:
    """"A notice sent to embassy staff said", "a memo leaked to Le Monde said", "the warrant unsealed
    in the U.S. District Court alleges": a clause on a document noun names whom it went to or where
    it was filed, not who issued it. The issuer is the "by" agent of a verb of issuing ("a statement
    released by the White House said"), else an actor of the noun's own phrase ("a Pentagon memo
    sent to ..."), else, for "the"/"this", the issuer of that document named before
    (``document_issuer``), else nobody. (False, None) when the subject is no document noun
    (``kb/document_nouns.tsv``) with such a clause, or its own words are a mention."""
    if subj.pos_ != "NOUN" or actor_of(subj) or subj.lemma_.lower() not in document_nouns():
        return False, None
    clauses = [c for c in subj.children if c.dep_ in _CLAUSE_MODIFIERS and c.i > subj.i]
    if not clauses:
        return False, None
    for clause in clauses:
        agent = _issuing_agent(clause)
        if agent is not None and (issuer := phrase_actor(agent)):
            return True, body_speaker(doc, agent, issuer, att.stands_for) or issuer
    own = _own_phrase_actor(subj, {t.i for c in clauses for t in c.subtree})
    if own is None and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children):
        return True, document_issuer(doc, subj, att)
    return True, own


def outside_quote_subject(verb: Token, subj: Token | None, att: Attribution) -> Token | None:
    """“…that he would say so,” the vice president said: the parse may hang a subject of the quoted
    words on the cue after them as well as the cue's own; the quoted words are what the speaker says,
    never who says it, so the cue's subject outside the quote speaks (none found: the one given)."""
    if subj is None or not att.in_quote(subj.idx) or att.in_quote(verb.idx):
        return subj
    return next((s for s in own_subjects(verb) if not att.in_quote(s.idx)), subj)


def speaker_of_cue(doc: Doc, verb: Token, att: Attribution) -> str | None:
    """The actor who speaks through ``verb``: its subject (a pronoun resolved to the last speaker),
    the Y of "X quoted Y as saying", or a name right after an inverted "said Mr. Su"."""
    obj = quoted_object(verb)
    if obj is not None and (found := phrase_actor(obj)):
        return unnamed_source_speaker(doc, obj, found, att.stands_for) or found
    subj = outside_quote_subject(verb, subject_of(verb, SPEAKER_SUBJECT), att)
    if subj is not None and subj.dep_ == "nsubjpass" and verb.lemma_.lower() in addressed_verbs():
        return told_by(verb)
    if subj is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and _participle(verb):
        return modified_noun_speaker(doc, verb, att)
    if subj is not None:
        if subj.pos_ == "PRON" or subj.lower_ in PRONOUN_KINDS:
            if actor_of(subj):
                return actor_of(subj)
            aid = next((hit for rule in PRONOUN_SPEAKER_RULES if (hit := rule(doc, subj, verb, att))), None)
            if aid:
                record_pronoun(doc, subj, aid, att)
            return aid
        described, found = described_document_speaker(doc, subj, att)
        if not described:
            found = phrase_actor(subj)
        if found is None and is_definite_description(subj):
            found = _resolve_description(doc, subj, att)
        return body_speaker(doc, subj, found, att.stands_for) or described_body(doc, subj, found, att.stands_for) \
            or spokesperson_body(doc, subj, found, att.stands_for) \
            or unnamed_source_speaker(doc, subj, found, att.stands_for) \
            or state_title_holder(doc, subj, found) or found
    # parser gave no subject: an actor named within a few words after the verb ("said Mr. Su"),
    # not the subject of the clause it reports ("a report suggesting Russia hacked the firm")
    # (a clause the parse ran on into the next paragraph is none: "said Mr. Su.\nThe trip came"; nor
    # one after a verb whose reported words come before it: "The plan stands, say X, who ...")
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
                and "\n" not in doc[verb.i:c.i + 1].text]
    if any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        reported = []
    for t in doc[verb.i + 1: min(len(doc), verb.i + 5)]:
        if any(c.left_edge.i <= t.i <= c.right_edge.i for c in reported):
            break
        if actor_of(t) and actor_kind(doc, actor_of(t)) != "media":
            return actor_of(t)
        if t.is_punct and t.text not in ".'’":
            break
    return None


# ---------------------------------------------------------------- reading it back
def in_quotation(tok: Token) -> bool:
    """Whether the token lies inside quotation marks (a speaker's own words), as the quotes
    component found them; False before it ran."""
    att = tok.doc.user_data.get(USER_DATA_KEY)
    return att is not None and att.in_quote(tok.idx)


def attribution_of(doc: Doc, sent_or_token: Span | Token) -> tuple[str | None, str | None]:
    """(speaker id, via id) of the reported speech that a token (or a sentence) lies in:
    the enclosing quote's attribution, else the sentence's cue verb, else (None, None)."""
    att = doc.user_data.get(USER_DATA_KEY)
    if att is None:
        return None, None
    if isinstance(sent_or_token, Token):
        char = sent_or_token.idx
        inside = [q for q in att.quotes if q[0] <= char < q[1]]
        if inside:
            q = min(inside, key=lambda q: q[1] - q[0])
            return _for_state(att, q[2]), q[3]
        sent = sentence_of(sent_or_token)
    else:
        sent = sent_or_token
    if sent.start_char in att.sentences:
        spk, via = att.sentences[sent.start_char]
        return _for_state(att, spk), via
    # a sentence made only of one quote: that quote's attribution
    for s, e, spk, via in att.quotes:
        if s >= sent.start_char and e <= sent.end_char:
            return _for_state(att, spk), via
    return None, None


def _for_state(att: Attribution, speaker: str | None) -> str | None:
    """The other coders read a body that spoke from its seat as its state (``bodies.py``)."""
    return att.stands_for.get(speaker, speaker) if speaker else speaker
