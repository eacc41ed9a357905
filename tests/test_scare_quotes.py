"""Scare quotes (speech/scare_quotes.py): a short quoted phrase in a sentence that binds it to no
speaker is the writer's, no quote record; bound by a speech verb, a verb of judging in words, a
noun of speech, "as", or told of a person's state, it stays a quotation.

Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.test_quotes import quote_of, quoted_doc


@pytest.mark.model
@pytest.mark.parametrize("text,words", [
    ("Maria Lopez folded her attack on the budget into the old “green ledger” of Madrid.", "green ledger"),
    ("Her “offence” was to carry medicine across the border to Portugal.", "offence"),
    ("Madrid marks the “harbour days” each spring with a parade.", "harbour days"),
    # an "as" elsewhere in the sentence frames nothing: the quote is not in its phrase
    ("A “harbour tax” on the ships of Madrid was raised as part of the new budget.", "harbour tax"),
    ("The ferries of Madrid got a “green ledger” for fuel, as well as new engines.", "green ledger"),
])
def test_an_unbound_short_phrase_is_no_quote_record(spacy_model, text: str, words: str) -> None:
    doc = quoted_doc(spacy_model, text)
    assert [q.text for q in doc._.quotes if q.direct and words in q.text] == []


@pytest.mark.model
@pytest.mark.parametrize("text,words,speaker", [
    # a speech verb, a verb of judging in words (kb/quote_frame_verbs.tsv), "as", a person's state
    ("Maria Lopez said the budget left “plenty of slack” for Madrid.", "plenty of slack", "person:maria-lopez"),
    ("Maria Lopez denounced the “reckless spending” of Madrid on Monday.", "reckless spending",
     "person:maria-lopez"),
    ("Maria Lopez rated the danger of a default as “very small” on Monday.", "very small", None),
    ("Maria Lopez likened the budget to “a leaking boat” on Monday.", "a leaking boat", None),
    # "as" opening a clause with its own subject: the speaker's way of putting it
    ("As Maria Lopez put it, the budget of Madrid is a “leaking boat” now.", "leaking boat", None),
    # a verbal act of kb/events.tsv governing the quote's clause
    ("Maria Lopez lamented the “lost decade” of Madrid on Monday.", "lost decade", None),
    ("Maria Lopez exhorted the ministers to mend “the broken ledger” of Madrid.", "the broken ledger", None),
    # two or more capitalised words: a name or a title, left to the label and title rules
    ("Madrid screened “Quiet Harbour Nights” in the square on Monday.", "Quiet Harbour Nights", None),
    ("Maria Lopez met the minister. So she was “furious” when the budget failed.", "furious",
     "person:maria-lopez"),
])
def test_a_bound_short_phrase_stays_a_quote(spacy_model, text: str, words: str, speaker: str | None) -> None:
    doc = quoted_doc(spacy_model, text)
    quote = quote_of(doc, words)  # still a quote record (its speaker, where the parse gives one)
    assert quote.direct and (speaker is None or quote.speaker == speaker)
