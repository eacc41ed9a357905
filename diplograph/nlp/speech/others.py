"""Who speaks for "Trump allies", "Kremlin critics", "Obama supporters": not the actor named before
the noun.

A relational noun of people (``kb/other_party_nouns.tsv``: ally, supporter, critic, opponent,
rival, nominee, a kinsman) names someone other than the actor that modifies it, by definition:
"Trump allies said the inquiry was a hoax" is said by the allies, whom the text does not name,
never by Trump. The event coder reads the same nouns the same way (``events.parties.
modifier_parties``); here they keep the attribution from flattening the group into its modifier.
A name in apposition still names the speaker ("a Trump ally, Roger Stone, said").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..common import other_party_nouns


def names_other_party(tok: Token) -> bool:
    """"allies" in "Trump allies", "critics" in "Kremlin critics": a common noun of a relation to the
    actor before it (its modifiers name the other party, not the referent)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in other_party_nouns()


def other_party_speaker(tok: Token) -> str | None:
    """The actor a phrase headed by such a noun names: only a name in apposition ("a Trump ally,
    Roger Stone"); its modifiers ("Trump", "Kremlin") are the other party."""
    return next((c._.actor for c in tok.children if c.dep_ == "appos" and c._.actor), None)
