"""Unaligned armed forces (actors/unaligned.py): the state their act hits is not theirs; hand-built parses."""

from __future__ import annotations

from docs import make_doc, recognize

# "Gunmen lobbed grenades into Norway on Tuesday ."
_WORDS = ["Gunmen", "lobbed", "grenades", "into", "Norway", "on", "Tuesday", "."]
_HEADS = [1, 1, 1, 1, 3, 1, 5, 1]
_DEPS = ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"]
_POS = ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]
_ENTS = ["O", "O", "O", "O", "B-GPE", "O", "B-DATE", "O"]


def _gunmen(words: list[str]) -> set[tuple[str, str | None]]:
    doc = make_doc(words, heads=_HEADS, deps=_DEPS, pos=_POS, ents=_ENTS, sent_starts=[True] + [False] * 7)
    actors, mentions = recognize(doc)
    return {(m.text, actors[m.actor_id].country) for m in mentions}


def test_gunmen_firing_into_a_state_are_not_of_it():
    found = _gunmen(_WORDS)
    assert ("Norway", "NOR") in found
    assert not any(text == "Gunmen" for text, _ in found)


def test_gunmen_at_a_place_keep_its_state():
    # "Gunmen lobbed grenades near Norway": a place they act in, not a party of their act
    found = _gunmen([w if w != "into" else "near" for w in _WORDS])
    assert ("Gunmen", "NOR") in found



def test_gunmen_fought_by_the_state_a_relative_clause_describes_are_not_of_it():
    # "Norway which fought the gunmen protested ." (its commas left out of the hand-built parse)
    words = ["Norway", "which", "fought", "the", "gunmen", "protested", "."]
    doc = make_doc(words, heads=[5, 2, 0, 4, 2, 5, 5], deps=["nsubj", "nsubj", "relcl", "det", "dobj", "ROOT", "punct"],
                   pos=["PROPN", "PRON", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
                   ents=["B-GPE"] + ["O"] * 6, sent_starts=[True] + [False] * 6)
    _, mentions = recognize(doc)
    assert [m.text for m in mentions] == ["Norway"]


def test_gunmen_killed_in_the_states_raid_are_not_of_it():
    # "Norway raided a farm , killing the gunmen ."
    words = ["Norway", "raided", "a", "farm", ",", "killing", "the", "gunmen", "."]
    doc = make_doc(words, heads=[1, 1, 3, 1, 1, 1, 7, 5, 1],
                   deps=["nsubj", "ROOT", "det", "dobj", "punct", "advcl", "det", "dobj", "punct"],
                   pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
                   tags=["NNP", "VBD", "DT", "NN", ",", "VBG", "DT", "NNS", "."],
                   ents=["B-GPE"] + ["O"] * 8, sent_starts=[True] + [False] * 8)
    _, mentions = recognize(doc)
    assert [m.text for m in mentions] == ["Norway"]


def test_a_state_named_twice_is_not_the_gunmen_s_when_one_mention_is_their_target():
    # "Gunmen lobbed grenades into Norway , Norwegian police said ." (the target named first)
    words = ["Gunmen", "lobbed", "grenades", "into", "Norway", ",", "Norwegian", "police", "said", "."]
    doc = make_doc(words, heads=[1, 8, 1, 1, 3, 8, 7, 8, 8, 8],
                   deps=["nsubj", "ccomp", "dobj", "prep", "pobj", "punct", "amod", "nsubj", "ROOT", "punct"],
                   pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT"],
                   ents=["O", "O", "O", "O", "B-GPE", "O", "B-NORP", "O", "O", "O"],
                   sent_starts=[True] + [False] * 9)
    _, mentions = recognize(doc)
    assert "Gunmen" not in [m.text for m in mentions]
