"""A subject pronoun of an adverbial clause set before its main clause stands for the main
clause's subject, which follows it: "Even as he warned Washington against strikes, Muallem said
Syria was ready", "Before she stepped down, Clinton testified", "When he met Abe, Trump praised".

News opens a sentence with a subordinate clause of time or concession about the sentence's own
subject, named only after the comma (cataphora). Read by the nearest earlier mention, the pronoun
took whoever the previous sentence named last. Not when the main clause holds an object pronoun of
the same person, "When he landed, Merkel greeted him": then the subject is someone else.
``parties.fronted_clause_subject`` checks that the subject agrees with the pronoun; this module
finds it.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# The object form of each subject pronoun: "him" in the main clause is the fronted "he"'s referent.
_OBJECT_FORM = {"he": "him", "she": "her", "they": "them"}


def main_subject_after(pron: Token) -> Token | None:
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
