"""One relation word in its sentence (``Statement``) and the parties its phrases name: the
possessor ("X's ally"), the partners of a preposition ("ties with Y and Z"), the subject of its
clause ("Lukashenko was glad to meet old friend Xi"), the speaker's side for "our"/"we". Two
actors of one state are one side (``_unit``): a domestic rivalry never becomes an international one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...kb import load_table, per_folder, split_list
from ..common import blank_line_between, state_actor
from ..speech.attribution import actor_kind
from ..syntax import subject_of

# Dependencies that leave a noun phrase for a clause or another phrase of the sentence.
OUTSIDE_PHRASE = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "punct", "advmod"}
# Words that stand for the speaker's side inside reported speech ("our allies", "we and our partners").
SPEAKER_WORDS = {"our", "we", "us", "my", "i", "me", "mine", "ours"}
# Of these, the words for the speaker alone: "my friend President Xi" is the speaker's own friend.
SPEAKER_SELF_WORDS = {"my", "i", "me", "mine"}
# Kinds stated by an act (a war, sanctions): both sides must be named in the phrase itself.
ACT_KINDS = {"conflict", "sanctions"}
# Kinds a person holds in their own right ("my old friend Xi"); the others a state holds.
PERSONAL_KINDS = {"friendship"}


@per_folder
def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``kb/relation_words.tsv``."""
    return frozenset(r["word"] for r in load_table("relation_words") if r["class"] == cls)


@per_folder
def relation_rows() -> tuple[tuple[tuple[str, ...], str, frozenset[str]], ...]:
    return tuple((tuple(r["words"].split()), r["kind"], frozenset(split_list(r["needs"])))
                 for r in load_table("relations"))

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
    """The side a speaker's "our"/"we" stands for: the speaker's state ("our ally Israel", said by
    a US candidate or a US lobby, is an ally of the United States, not of the candidate or the
    lobby), the speaker when it is a state or a body of no state (NATO's "our allies"); none for a
    medium or a person whose country is unknown."""
    if not st.speaker or actor_kind(st.doc, st.speaker) == "media":
        return None
    actors = st.doc._.actors if st.doc._.actors is not None else {}
    a = actors.get(st.speaker)
    if a is not None and a.kind == "person" and not a.country:
        return None
    if a is not None and a.kind != "state" and a.country:
        return state_actor(actors, a.country) or st.speaker
    return st.speaker


def clause_holder_side(st: Statement, holder: str, partners: list[str]) -> str:
    """The side a person holds a state-level tie for when only the clause's subject names the holder:
    "Senator X urged allies like Japan to act", "the prime minister struggled to sell talks with
    arch-rival Spain" relate the person's state to the partner states, not the person (a state's allies
    and rivals are its own; a person in apposition or the copula, "P, a close ally of the US", "P is
    Washington's ally", is named by the phrase and stays). A personal tie (friendship) and a person
    of unknown country keep the person."""
    actors = st.doc._.actors if st.doc._.actors is not None else {}
    a = actors.get(holder)
    if st.kind in PERSONAL_KINDS or a is None or a.kind != "person" or not a.country:
        return holder
    if not partners or any((p := actors.get(b)) is None or p.kind != "state" or p.country == a.country
                           for b in partners):
        return holder
    return state_actor(actors, a.country) or holder


def _speaker_self(st: Statement) -> str | None:
    """The one a speaker's "my"/"I" stands for: a person speaking of "my friend President Xi" or "my
    great friendship with X" holds the tie in person, not the state the person serves ("our" is the
    state's); a state or body that says "my" stands for itself; a medium for no one."""
    if not st.speaker or actor_kind(st.doc, st.speaker) == "media":
        return None
    return st.speaker


def _party_id(st: Statement, tok: Token) -> str | None:
    """The actor a word stands for: its own actor, or the speaker's side for "our"/"we"."""
    if tok._.actor and actor_kind(tok.doc, tok._.actor) != "media":
        return str(tok._.actor)
    if tok.lower_ in SPEAKER_SELF_WORDS and tok.pos_ == "PRON":
        return _speaker_self(st)
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


def _possessor_word(noun: Token) -> Token | None:
    """The possessor of a noun: its "poss" child, or the phrase before a "'s" the parser hangs
    elsewhere ("urged China, North Korea's only major ally")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        before = noun.left_edge.i - 1
        if before >= 0 and noun.doc[before].tag_ == "POS" and noun.doc[before].head.i < noun.i:
            poss = noun.doc[before].head
    return poss


def _possessor(st: Statement, noun: Token) -> str | None:
    """X of "X's ally" and the speaker of "our ally"."""
    poss = _possessor_word(noun)
    return _np_party(st, poss) if poss is not None else None


def unnamed_possessor(st: Statement, noun: Token) -> bool:
    """"turned to the prime minister's principal rival, X", "called on the country's longtime ally
    China", "toward the nation's allies": a noun possessor holds the relation even when it names no
    actor, so no one else of the clause (its subject) does. A pronoun ("its ties with X") often
    refers back to the clause's subject and is left to the rules that read it."""
    poss = _possessor_word(noun)
    return poss is not None and poss.pos_ != "PRON" and _np_party(st, poss) is None


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
    return not blank_line_between(a.doc, lo, hi)


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

