"""A participle clause fronted before its main clause: "Saying the pact was “dead”, Lee left
the talks", "Calling the offer “a trick,” the minister walked out". The participle has no subject
of its own; it is predicated of the main clause's subject, which follows the comma that closes
the participle's clause.

The parser often hangs such an opening participle somewhere else: as the clausal subject of a
verb inside its own clause, or as a complement of the previous paragraph's verb when the parse ran
on across the break. Its dependency then hands no subject down (``syntax.from_governing_verb``
reads only a conjunct, a complement or an adverbial clause), and the speech cue took the first
name after it ("Calling Lam's decision ...": Lam) or none. This reads the construction on the
words: the participle opens its sentence or paragraph, and the main clause's subject is the first
nominal subject after the participle's clause and a comma, before its own verb.

A finite adverbial clause fronted the same way, "Even as he warned Washington against strikes,
Muallem said Syria was ready", "Before she stepped down, Clinton testified", is about the subject
named after the comma too (cataphora): its subject pronoun stands for it
(``fronted_clause_main_subject``, read by ``events.pronouns.fronted_clause_subject``, which checks
that the two agree). Read by the nearest earlier mention, the pronoun took whoever the previous
sentence named last. Not when the main clause holds an object pronoun of the same person, "When he
landed, Merkel greeted him": then the subject is someone else.
"""

from __future__ import annotations

from spacy.tokens import Token

from .common import sentence_of

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "—", "-"})


def _opens_its_sentence(verb: Token) -> bool:
    """The participle is the first word of its sentence or of its paragraph (a parse may run one
    paragraph into the next)."""
    doc = verb.doc
    start = sentence_of(verb).start
    for t in reversed(doc[start:verb.i]):
        if "\n" in t.text:
            return True
        if not (t.is_space or t.text in _OPENERS):
            return False
    return True


def _main_verb(verb: Token) -> bool:
    """The root of the sentence, a verb conjoined with it ("Wu, ..., also worried") or the verb
    of speech the parser hangs beside the quotation it introduces as the root ("Lee said, “We
    ...”"): the main clause, not a clause it reports ("... means that Lee is looking")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ in ("conj", "parataxis") and verb.head.dep_ == "ROOT")


def _subject_of_main_clause(verb: Token) -> bool:
    """"Threatening “fire” on Kim, as Lee did, not only alarms Seoul but ...": a gerund the parse
    hangs on the sentence's root, which has no subject of its own, is its subject (a clausal
    subject, or an adverbial clause the parser took it for), no adjunct; not when that root stands
    inside a quotation opened after the gerund ("Arguing that ..., he said, “There is ...”": the
    parse hung the gerund on the quoted words)."""
    root = verb.head
    if verb.dep_ not in ("csubj", "advcl") or root.dep_ != "ROOT" or root.i < verb.i \
            or any(c.dep_ in _SUBJECT_DEPS for c in root.children):
        return False
    between = verb.doc[verb.i:root.i]
    opened = sum(t.text == "“" for t in between) - sum(t.text == "”" for t in between)
    return opened <= 0 and sum(t.text == '"' for t in between) % 2 == 0


def fronted_participle_subject(verb: Token) -> Token | None:
    """"Saying the pact was “dead”, Lee left the talks": the subject of the main clause that a
    sentence-opening participle without a subject of its own is set off before; None otherwise
    (not a gerund that is itself the subject, "Calling Lee a “traitor”, however, means that Kim
    is ...": no main clause's subject follows it, and not a subject in another paragraph)."""
    if verb.tag_ != "VBG" or not _opens_its_sentence(verb) or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    if _subject_of_main_clause(verb):
        return None
    end = sentence_of(verb).end
    comma = quoted = False
    for t in doc[verb.right_edge.i + 1:end]:
        if "\n" in t.text:
            return None
        comma = comma or t.text == ","
        if t.text in ('"', "“", "”"):  # a subject inside the words quoted after it is the speaker's own
            quoted = t.text == "“" or (t.text == '"' and not quoted)
            continue
        if not quoted and t.dep_ in _SUBJECT_DEPS and t.head.i > t.i and _main_verb(t.head):
            # a passive main clause's subject is its patient, not the participle's doer
            return t if comma and t.dep_ == "nsubj" else None
    return None


# The object form of each subject pronoun: "him" in the main clause is the fronted "he"'s referent.
_OBJECT_FORM = {"he": "him", "she": "her", "they": "them"}


def fronted_clause_main_subject(pron: Token) -> Token | None:
    """The subject of the main clause a fronted adverbial clause whose subject is ``pron`` hangs
    on, when the clause opens with a subordinator ("when", "as", "before", "although") and the
    subject follows it; None otherwise."""
    clause = pron.head
    if pron.dep_ not in _SUBJECT_DEPS or pron.lower_ not in _OBJECT_FORM or clause.dep_ != "advcl":
        return None
    main = clause.head
    if main.pos_ not in ("VERB", "AUX") or main.i < clause.i:
        return None
    if not any(_subordinates(c, pron) for c in clause.children):
        return None
    subj = next((c for c in main.children if c.dep_ in _SUBJECT_DEPS and c.i > clause.right_edge.i), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    if any(t.lower_ == _OBJECT_FORM[pron.lower_] and t.i not in inside for t in main.subtree):
        return None  # "When he landed, Merkel greeted him"
    return subj


def _subordinates(word: Token, pron: Token) -> bool:
    """A subordinator opening the clause before its subject: "as", "before", "although" (a mark),
    or "when", which the parser also takes for an adverb."""
    return word.i < pron.i and (word.dep_ == "mark" or (word.dep_ == "advmod" and word.lower_ == "when"))
