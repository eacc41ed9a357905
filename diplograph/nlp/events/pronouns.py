"""Whom a pronoun stands for, for the event coder: a small, cautious coreference.

``pronoun_actors`` asks ``PRONOUN_RULES`` in turn: a first person inside a direct quote is its
speaker, a possessive in a cause phrase the party judged, a possessive or subject pronoun bound by
the subject of its own or its governing clause, the subject of a fronted clause's main clause, else
the nearest earlier actor of the pronoun's kind in this or the previous sentence (through the
per-Doc antecedent index, ``antecedent_index``). It is a sub-stage of ``parties``, kept apart for
size: ``parties.np_actors`` reads a pronoun here, and the rules here read the noun phrases they
bind to through it (imported when they run, as ``parties`` imports this module).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...kb.gazetteer import gazetteer
from ..common import gender_words, window_start
from ..fronted import fronted_clause_main_subject
from ..lines import excerpt_credit_at
from ..syntax import (
    ACTIVE_SUBJECT_DEPS,
    LOGICAL_SUBJECT,
    NOMINAL_SUBJECT_DEPS,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    Antecedents,
    is_quoted,
    mention_genders,
    resolve_pronoun,
    subject,
)
from .cause_phrase import judged_parties
from .place_antecedents import named_as_place

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
THING_PRONOUNS = frozenset({"it", "its"})
# The speaker's own person as subject or object (a possessive, "our", names the speaker's side).
SPEAKER_PRONOUNS = frozenset({"i", "we", "me", "us"})


def _np_actors(head: Token, doc_mentions: list | None = None, depth: int = 0) -> list[str]:
    """``parties.np_actors``: the actors the noun phrase a pronoun is bound to names."""
    from .parties import np_actors  # parties imports this module: read when it runs
    return np_actors(head, doc_mentions, depth)


def _envoy_at_a_place(head: Token, mentions: list | None, depth: int) -> list[str] | None:
    """``parties.envoy_at_a_place``: a mention of envoys named only by where they are."""
    from .parties import envoy_at_a_place
    return envoy_at_a_place(head, mentions, depth)


_INDEX = "diplograph.event_antecedents"


def antecedent_index(doc: Doc, mentions: list) -> tuple[list[int], Antecedents] | None:
    """The mentions' token starts and their antecedent index (by token, the later of two
    mentions at one token winning, as a scan back finds it), built once per mention list;
    None when the list is not in text order."""
    cached = doc.user_data.get(_INDEX)
    if cached is not None and cached[0] is mentions and cached[1] == len(mentions) and cached[2] is doc._.actors:
        return cached[3]
    starts = [m.start for m in mentions]
    found = None
    if all(a <= b for a, b in zip(starts, starts[1:], strict=False)):
        index = Antecedents(doc._.actors or {}, by_token=True, latest_on_tie=True,
                            genders=mention_genders(doc, mentions, gender_words()))
        for m in mentions:
            if excerpt_credit_at(doc, doc[m.start].idx) is not None:
                continue  # a roundup's writer credited under an excerpt: no one the next excerpt's "he" refers to
            if _envoy_at_a_place(doc[m.start], mentions, 0) != [] and not named_as_place(doc, m.start, m.end):
                index.add(m.start, m.actor_id)  # "negotiators in Vienna", "a speech in Vienna ... it": no state
        found = (starts, index)
    doc.user_data[_INDEX] = (mentions, len(mentions), doc._.actors, found)
    return found


def pronoun_actors(tok: Token, doc_mentions: list | None) -> list[str]:
    """A small, cautious coreference: the first of ``PRONOUN_RULES`` that answers."""
    if tok._.actor:
        return [tok._.actor]
    if not doc_mentions or tok.lower_ not in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | SPEAKER_PRONOUNS:
        return []
    return next(found for rule in PRONOUN_RULES if (found := rule(tok, doc_mentions)) is not None)


# The tags of a singular and of a plural noun phrase head.
SINGULAR_TAGS = frozenset({"NN", "NNP"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def reproached_object(tok: Token, doc_mentions: list) -> list[str] | None:
    """"Washington punished Havana over its support for X", "Berlin thanked Paris for its help",
    "imposed sanctions on Russia over its annexation": a possessive opening the cause phrase of a
    verb with an object, or of a measure, stands for the party judged, the first that agrees
    (``_binds``), not for the clause's subject (``cause_phrase.judged_parties``)."""
    party = next((t for t in judged_parties(tok) if t.pos_ != "PRON" and _binds(tok, t)), None)
    return (_np_actors(party, doc_mentions) or None) if party is not None else None


def bound_possessive(tok: Token, doc_mentions: list) -> list[str] | None:
    """"Democratic lawmakers expressed their anger", "the lawyer met a Kremlin aide as part of
    his talks", "the United States will not respond by deploying its own missiles": a possessive
    pronoun inside a clause is bound by that clause's subject when the subject agrees with it
    (``_binds``): the subject's actors (none when a person or a body of people is named by no
    actor: "Cohen", "lawmakers"), never an actor named nearer inside the clause. None when it does not agree (the next
    rule reads: "sanctions against Russia for its annexation"; nor in a phrase coordinated with
    another, "X and his son")."""
    if tok.dep_ != "poss" or _beside_a_name(tok.head):
        return None  # "asked Kiev to investigate Biden and his son": his = Biden, named beside it
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(a.dep_ == "dep" for a in tok.ancestors if a.i != verb.i and verb.is_ancestor(a)):
        return None  # "castigate Obama, his team": an unlabelled attachment says nothing of the clause
    subj = subject(verb, LOGICAL_SUBJECT)[0]
    if subj is None or subj.right_edge.i >= tok.i or subj.pos_ == "PRON" or not _binds(tok, subj):
        return None
    ids = _np_actors(subj, doc_mentions)
    if tok.lower_ in PLURAL_PRONOUNS:  # "the leaders of China and Taiwan ..., their first": both
        ids += [c._.actor for t in subj.subtree if t._.actor in ids for c in t.conjuncts
                if c._.actor and c._.actor not in ids]
    return list(dict.fromkeys(ids))


def _beside_a_name(noun: Token) -> bool:
    """"Biden and his son", "castigated Obama, his team": the possessed noun is coordinated with or
    in apposition to a name, which the pronoun most often stands for."""
    named = noun.head
    return noun.dep_ in ("conj", "appos") and (bool(named._.actor) or named.pos_ == "PROPN")


def _binds(pron: Token, subj: Token) -> bool:
    """Whether the subject headed by ``subj`` is what the possessive ``pron`` stands for: for
    "their" a plural naming actors or people ("lawmakers", ``kb/titles.tsv``); for "his"/"her" a
    person by name ("the president" refers back to someone: the next rule reads); for "its" a
    state, organisation or group."""
    actor = (subj.doc._.actors or {}).get(subj._.actor) if subj._.actor else None
    kind = getattr(actor, "kind", None)
    coordinated = any(c.dep_ == "conj" for c in subj.children)
    if pron.lower_ in PLURAL_PRONOUNS:
        people = subj.lower_ in gazetteer().titles
        return (subj.tag_ in PLURAL_TAGS or coordinated) and (people or bool(_np_actors(subj)))
    if subj.tag_ not in SINGULAR_TAGS or coordinated:
        return False
    if pron.lower_ in PERSON_PRONOUNS:
        return kind == "person" or (actor is None and subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON")
    return kind in ("state", "organization", "group")


# How a clause hangs on the clause whose subject its own subject pronoun continues: as its
# complement ("told Rice that he"), an adverbial clause ("before it seized") or a conjunct ("and he").
CONTINUING_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj"})


def governing_subject(tok: Token, doc_mentions: list) -> list[str] | None:
    """"Karzai told Rice that he would not back down", "He left the pact Obama had signed, and he
    demanded new terms", "Hawley was targeted for saying that he backs Trump": the subject pronoun
    of a clause that complements, modifies or is conjoined to another continues that clause's
    subject, not the nearer object or name inside it: the same pronoun stands for what it stands
    for; a name agreeing with it (``_binds``, and of the pronoun's gender where the text gives
    both) names it. None when the governing subject comes later, agrees not, or is another pronoun,
    and inside a quotation (the speaker's words, whose clauses the parse often joins across marks)."""
    clause = tok.head
    if tok.dep_ not in NOMINAL_SUBJECT_DEPS or clause.dep_ not in CONTINUING_CLAUSE_DEPS \
            or clause.head.pos_ not in ("VERB", "AUX") or is_quoted(tok):
        return None
    subj = subject(clause.head, LOGICAL_SUBJECT)[0]
    if subj is None or subj.right_edge.i >= tok.i:
        return None
    if subj.pos_ == "PRON":
        return pronoun_actors(subj, doc_mentions) if subj.lower_ == tok.lower_ else None
    if not _binds(tok, subj) or _other_gender(tok, subj, doc_mentions):
        return None
    return _np_actors(subj, doc_mentions) or None


def fronted_clause_subject(tok: Token, doc_mentions: list) -> list[str] | None:
    """"Even as he warned Washington, Muallem said", "Before she stepped down, Clinton testified":
    the subject pronoun of an adverbial clause fronted before its main clause stands for the main
    clause's subject after it, when that agrees (``_binds``, gender); not inside a quotation
    (``fronted.fronted_clause_main_subject``)."""
    subj = fronted_clause_main_subject(tok)
    if subj is None or is_quoted(tok) or not _binds(tok, subj) or _other_gender(tok, subj, doc_mentions):
        return None
    return _np_actors(subj, doc_mentions) or None


def _other_gender(pron: Token, subj: Token, doc_mentions: list) -> bool:
    """The text gives the subject's person the gender "he"/"she" does not have ("Mrs. May")."""
    indexed = antecedent_index(pron.doc, doc_mentions)
    want = PRONOUN_GENDER.get(pron.lower_)
    known = indexed[1].genders.get(subj._.actor or "") if indexed is not None else None
    return want is not None and known is not None and known != want


def nearest_antecedent(tok: Token, doc_mentions: list) -> list[str]:
    """The nearest earlier mention in this or the previous sentence of an actor of the
    pronoun's kind (a person for "he", a state or group for "it"); for "they", the last subject
    in that window naming two or more actors."""
    low = tok.text.lower()
    doc = tok.doc
    prev_start = window_start(tok, 1)
    indexed = antecedent_index(doc, doc_mentions)
    if low in PLURAL_PRONOUNS:
        ids = plural_subject(tok, doc_mentions)
        if ids:
            return ids
    want = ("person",) if low in PERSON_PRONOUNS else ("state", "organization", "group")
    if indexed is not None:
        found = resolve_pronoun(tok, indexed[1], want, floor=prev_start)
        return [found] if found else []
    actors = doc._.actors or {}
    for m in reversed([m for m in doc_mentions if prev_start <= m.start < tok.i]):
        a = actors.get(m.actor_id)
        if a is not None and a.kind in want:
            return [m.actor_id]
    return []


def mentions_before(tok: Token, doc_mentions: list) -> list:
    """The mentions in ``tok``'s sentence before it and in the sentence before."""
    prev_start = window_start(tok, 1)
    indexed = antecedent_index(tok.doc, doc_mentions)
    if indexed is None:
        return [m for m in doc_mentions if prev_start <= m.start < tok.i]
    starts = indexed[0]
    return doc_mentions[bisect.bisect_left(starts, prev_start):bisect.bisect_left(starts, tok.i)]


def plural_subject(tok: Token, doc_mentions: list) -> list[str]:
    """"When A and B met, they announced": the last subject before ``tok``, in its sentence or the
    one before, naming two or more actors."""
    doc = tok.doc
    for m in reversed(mentions_before(tok, doc_mentions)):
        t = doc[m.start]
        root = t if t.dep_ in ACTIVE_SUBJECT_DEPS else \
            next((a for a in t.ancestors if a.dep_ in ACTIVE_SUBJECT_DEPS), None)
        if root is not None and root.i < tok.i:
            ids = _np_actors(root)
            if len(ids) >= 2:
                return ids
    return []


def quoted_first_person(tok: Token, doc_mentions: list) -> list[str] | None:
    """"“We urge Washington to stop,” the spokesman said", "“I spoke with Trump
    yesterday,” Abe said": "I", "we", "me", "us" inside a direct quote are its speaker (the
    quotes component has attributed it; none when it named no speaker). Outside any quote they are
    the writer's, no actor of the story (``syntax.writers_first_person``). Possessives ("our
    troops") stay unread: they name the speaker's side, not the speaker."""
    if tok.lower_ not in SPEAKER_PRONOUNS:
        return None
    word = tok
    while word.dep_ == "conj" and word.head.i != word.i:  # "Xi and I met": the verb of the first conjunct
        word = word.head
    if not _stated_plainly(word.head):
        return []  # "we can forge", "we were to send", "I had to request": a speaker's plans and musings
    actors = tok.doc._.actors or {}
    for q in tok.doc._.quotes or []:
        if q.direct and q.span[0] <= tok.idx < q.span[1]:
            return [q.speaker] if q.speaker in actors else []
    return []


def _stated_plainly(verb: Token) -> bool:
    """A finite verb in the simple present or past, with no auxiliary, negation or condition and
    not itself a subordinate clause: the performative "we urge", "I condemn", "I applaud" or a
    narrated act "I spoke with", the acts a speaker's own words report as done."""
    if verb.dep_ == "conj" and verb.head.i != verb.i and not _stated_plainly(verb.head):
        return False  # "the deal will be made when Xi and I meet": the first conjunct's mood is the clause's
    return verb.tag_ in ("VBP", "VBD", "VBZ") and verb.dep_ not in ("advcl", "relcl", "csubj") \
        and not any(c.dep_ in ("aux", "auxpass", "neg", "mark") for c in verb.children)


PronounRule = Callable[[Token, list], "list[str] | None"]
# How a pronoun finds the actors it stands for: the first rule with an answer decides.
PRONOUN_RULES: tuple[PronounRule, ...] = (
    quoted_first_person, reproached_object, bound_possessive, governing_subject, fronted_clause_subject,
    nearest_antecedent,
)
