"""kb/uk_mps.tsv: members of the UK Commons of 2015-2019 from EveryPolitician's lists get their country by full
name alone, no title, and no member whose surname is common elsewhere; hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.kb import load_table, split_list
from diplograph.kb.gazetteer import gazetteer, outlet_key
from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str], date: str) -> Doc:
    doc = spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "X")
    doc._.published = date
    return doc


def test_rows_are_british_full_names_that_no_other_table_holds():
    others = {outlet_key(f) for t in ("leaders", "people", "legislators") for r in load_table(t)
              for f in [r["name"], *split_list(r["aliases"])]}
    seen: set[str] = set()
    for row in load_table("uk_mps"):
        assert row["of"] == "GBR" and row["title"] == "" and not row["from"], row["name"]
        for form in [row["name"], *split_list(row["aliases"])]:
            key = outlet_key(form)
            assert len(key.split()) > 1, f"{form!r}: a surname alone is anyone's"
            assert key not in others and key not in seen, f"{form!r}: a name another row holds"
            seen.add(key)


def test_a_member_the_text_never_places_is_british():
    actors, _ = recognize(_doc("Steve Brine opened a library in the town on Friday .", {"0:2": "PERSON"},
                               "2019-03-29"))
    assert actors["person:steve-brine"].country == "GBR"
    assert not actors["person:steve-brine"].roles


def test_the_lists_other_form_is_the_same_person():
    hit = gazetteer().leader("Matthew Hancock", "2018-05-02")
    assert hit is not None and hit[0].name == "Matt Hancock" and hit[0].country == "GBR"


def test_a_common_surname_is_left_out():
    # "Chris Evans" sat in the Commons, but the name is as much an American actor's.
    assert gazetteer().leader("Chris Evans", "2018-05-02") is None
    assert gazetteer().leader("Brine", "2019-03-29") is None
