"""The tokenizer tweak the pipeline makes (no statistical model needed)."""

from __future__ import annotations

import spacy

from diplograph.nlp.pipeline import split_glued_commas


def test_a_comma_glued_between_a_number_and_a_word_is_split() -> None:
    nlp = spacy.blank("en")
    assert "2020,Minsk" in [t.text for t in nlp("protests in 2020,Minsk said")]
    split_glued_commas(nlp)
    words = [t.text for t in nlp("protests in 2020,Minsk said 1,000 troops and 3,5 were a,b")]
    assert words[2:5] == ["2020", ",", "Minsk"]
    assert "1,000" in words and "3,5" in words  # numbers keep their separators
    assert words[-3:] == ["a", ",", "b"]  # spaCy's own rule, kept
