"""Words an author wrote in an outlet: "Writing in The Wall Street Journal, X said that …", "In an
op-ed for The Washington Post, X said “…”", "X wrote in the New York Times that …".

The outlet is the object of "in" or "for" on a verb of writing or publishing, or on a noun of a
piece of writing (``kb/written_pieces.tsv``); the words came to us through it, so it is the
quote's ``via``. Before this rule the outlet stood in none of the phrases ``credit.CREDIT_RULES``
read ("told", "according to", "said on") and the quote had no via.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import load_table, per_folder

# Verbs whose "in"/"for" phrase names where the words were printed: "wrote in", "published in".
_WRITING_VERBS = frozenset({"write", "publish", "pen"})
# The prepositions that attach a piece or an act of writing to its outlet.
_PLACE_PREPS = frozenset({"in", "for"})


@per_folder
def written_pieces() -> frozenset[str]:
    """Nouns of a published piece of writing (``kb/written_pieces.tsv``)."""
    return frozenset(r["noun"] for r in load_table("written_pieces"))


def _noun_word(tok: Token) -> str:
    """The noun's word, hyphenated compounds whole: the tokenizer splits "op-ed" into "op", "-", "ed"."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return tok.lemma_.lower()


def is_written_piece(tok: Token) -> bool:
    """A noun of a published piece of writing: "op-ed", "column" (``kb/written_pieces.tsv``)."""
    return tok.pos_ in ("NOUN", "PROPN") and _noun_word(tok) in written_pieces()


def _writes(tok: Token) -> bool:
    return (tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _WRITING_VERBS) or is_written_piece(tok)


def _in_relative_clause(tok: Token) -> bool:
    """Whether the first clause above ``tok`` is a relative clause: "said X, who writes a column for
    the Times" describes the speaker, and the words quoted were said, not printed there. A
    participle on the piece ("an op-ed written for") is climbed past."""
    while tok.head.i != tok.i:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "acl":
            return tok.dep_ == "relcl"
        tok = tok.head
    return False


def written_in(head: Token, possessor: bool) -> str | None:
    """"writing in The Wall Street Journal", "an op-ed for the Post", "an op-ed written for the
    Times": the outlet printed the author's words." A participle of writing after the piece
    ("an op-ed written for", "a column published in") answers as the verb."""
    gov = head.head
    if head.dep_ != "pobj" or gov.lower_ not in _PLACE_PREPS or gov.head.i == gov.i:
        return None
    above = gov.head
    return "credit" if _writes(above) and not _in_relative_clause(above) else None
