"""kb/legislators.tsv: members of the US Congress from the public congress-legislators list get their
country by full name alone, a chamber title only where the row gives one, and no surname alone places
anyone; hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.kb import load_table, split_list
from diplograph.kb.gazetteer import gazetteer, outlet_key
from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str], date: str) -> Doc:
    doc = spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "X")
    doc._.published = date
    return doc


def test_rows_are_american_full_names_that_no_other_table_holds():
    others = {outlet_key(f) for t in ("leaders", "people") for r in load_table(t)
              for f in [r["name"], *split_list(r["aliases"])]}
    seen: set[str] = set()
    for row in load_table("legislators"):
        assert row["of"] == "USA" and row["title"] in {"", "Senator", "Representative"}, row["name"]
        for form in [row["name"], *split_list(row["aliases"])]:
            key = outlet_key(form)
            assert len(key.split()) > 1, f"{form!r}: a surname alone is anyone's"
            assert key not in others and key not in seen, f"{form!r}: a name another row holds"
            seen.add(key)


def test_a_senator_the_text_never_places_is_american():
    actors, _ = recognize(_doc("Kirsten Gillibrand toured the harbour with a trade delegation .",
                               {"0:2": "PERSON"}, "2017-04-02"))
    assert actors["person:kirsten-gillibrand"].country == "USA"


def test_the_official_full_name_is_the_same_person():
    g = gazetteer()
    hit = g.leader("Kirsten E. Gillibrand", "2017-04-02")
    assert hit is not None and hit[0].name == "Kirsten Gillibrand" and hit[0].country == "USA"


def test_a_surname_alone_places_nobody():
    assert gazetteer().leader("Gillibrand", "2017-04-02") is None
    actors, _ = recognize(_doc("Gillibrand walked past the fountain before noon .", {"0:1": "PERSON"},
                               "2017-04-02"))
    assert all(a.country is None for a in actors.values())


def test_a_member_who_has_left_congress_is_american_with_no_title():
    # From legislators-historical: the row gives a country and no chamber, as the member no longer sits.
    actors, _ = recognize(_doc("Jeff Flake spoke to students at a college in Tempe .", {"0:2": "PERSON"},
                               "2018-10-02"))
    assert actors["person:jeff-flake"].country == "USA"
    assert not actors["person:jeff-flake"].roles
