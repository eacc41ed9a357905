"""What a candidate is, from the words around it (places, platforms, possessives, American
designations, reordered names); hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.nlp.actors.bylines import name_comma_outlet, names_above_outlet
from diplograph.nlp.actors.evidence import place_spans, reordered_name
from diplograph.nlp.actors.headings import heading_spans
from diplograph.nlp.lines import excerpt_credit_at, excerpt_credit_spans
from docs import make_doc, recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "X")


def _kinds(doc: Doc) -> dict[str, tuple[str, str | None]]:
    actors, _ = recognize(doc)
    return {a.name: (a.kind, a.country) for a in actors.values()}


def test_a_name_ending_in_a_place_word_is_no_actor():
    doc = _doc("Crowds filled Liberty Square and blocked Vostok International Airport .",
               {"2:4": "FAC", "6:9": "PERSON"})
    found = _kinds(doc)
    assert "Liberty Square" not in found and "Vostok International Airport" not in found


def test_a_state_inside_a_land_place_stays_a_location_but_a_sea_names_no_state():
    doc = _doc("Ships sailed from Tehran Airport into the South China Sea .", {"8:11": "LOC"})
    _, mentions = recognize(doc)
    assert [m.actor_id for m in mentions] == ["state:IRN"]
    assert doc.user_data["diplograph.locations"]


def test_a_place_word_inside_a_longer_name_is_not_a_place():
    assert place_spans(_doc("The Black Sea Fleet sailed .")) == []
    assert place_spans(_doc("They crossed the Strait of Hormuz today .")) == [(3, 6, True)]


def test_a_settlement_noun_before_of_introduces_places():
    doc = _doc("Troops took the villages of Kavra and Dumat al - Harir , and the town of Olvi .")
    assert place_spans(doc) == [(5, 6, False), (7, 11, False), (16, 17, False)]
    assert place_spans(_doc("The city council of Olvi met .")) == []


def test_a_village_the_ner_took_for_a_person_is_no_actor():
    doc = _doc("Troops retook the villages of Kavra and Dumat al - Harir .", {"5:6": "PERSON", "7:11": "PERSON"})
    assert "Kavra" not in _kinds(doc) and "Dumat al-Harir" not in _kinds(doc)


def test_a_platform_is_never_an_actor():
    doc = _doc("The minister wrote on Twitter that Facebook removed it .", {"4:5": "PERSON", "6:7": "ORG"})
    assert _kinds(doc) == {}


def test_a_state_possessive_places_an_organisation():
    doc = _doc("Peru 's Green Harvest Council rejected the plan .", {"2:5": "ORG"})
    assert _kinds(doc)["Green Harvest Council"] == ("organization", "PER")


def test_a_national_word_inside_a_name_that_opens_with_a_state():
    doc = _doc("A spokeswoman for U.S. Army Pacific said so .", {"3:6": "ORG"})
    assert _kinds(doc)["U.S. Army Pacific"] == ("organization", "USA")


def test_american_party_designations_place_a_person():
    doc = _doc("Sen. Mara Quill of Ohio spoke . Lee Varnum , R-Idaho , agreed . "
               "Dana Orr , a Nevada Democrat , did not .",
               {"1:3": "PERSON", "7:9": "PERSON", "14:16": "PERSON"})
    found = _kinds(doc)
    assert found["Mara Quill"] == ("person", "USA")
    assert found["Lee Varnum"] == ("person", "USA")
    assert found["Dana Orr"] == ("person", "USA")


def test_a_person_of_a_place_without_a_legislator_title_is_not_placed_by_it():
    doc = _doc("Mara Quill of Ohio spoke .", {"0:2": "PERSON"})
    assert _kinds(doc)["Mara Quill"] == ("person", None)


def test_a_surname_first_name_joins_the_person_in_order():
    assert reordered_name("Quill Mara", ["Mara Quill", "Lee Varnum"]) == "Mara Quill"
    assert reordered_name("Mara Quill", ["Mara Quill"]) is None
    doc = _doc("Mara Quill spoke . Quill Mara agreed .", {"0:2": "PERSON", "4:6": "PERSON"})
    assert list(_kinds(doc)) == ["Mara Quill"]


def test_a_kb_body_named_with_another_state_is_that_states_body():
    doc = _doc("Chile 's Marine Corps and the Peruvian Marine Corps met the Marine Corps .")
    actors, _ = recognize(doc)
    assert actors["org:chl-marine-corps"].country == "CHL"
    assert actors["org:per-marine-corps"].country == "PER"
    assert actors["org:usa-marine-corps"].country == "USA"


def test_a_facility_an_honorific_alone_and_a_glued_country_list_are_no_actors():
    doc = _doc("Flights from Novo-on-Tay resumed . Cmdr told Mara Quill Chile Peru .",
               {"2:3": "FAC", "5:6": "PERSON", "7:10": "PERSON"})
    found = _kinds(doc)
    assert "Novo-on-Tay" not in found and "Cmdr" not in found and "Mara Quill Chile" not in found
    assert found["Chile"] == ("state", "CHL")


def test_a_hyphenated_given_name_the_ner_cut_is_kept_whole():
    doc = spaced_doc("Chair Lee Jae - won spoke .", {"1:3": "PERSON"},
                     lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "X")
    doc = _glue(doc, [2, 3])
    actors, _ = recognize(doc)
    assert [a.name for a in actors.values()] == ["Lee Jae-won"]


def _glue(doc: Doc, no_space_after: list[int]) -> Doc:
    from docs import make_doc

    spaces = [t.i not in no_space_after and bool(t.whitespace_) for t in doc]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
    return make_doc([t.text for t in doc], pos=[t.pos_ for t in doc], ents=ents, spaces=spaces,
                    sent_starts=[t.is_sent_start for t in doc])


def test_a_person_named_like_a_state_and_a_hyphenated_modifier_stay_as_they_are():
    doc = _doc("Lisa Chile spoke .", {"0:2": "PERSON"})
    assert _kinds(doc)["Lisa Chile"] == ("person", None)
    doc = _glue(_doc("The Peruvian - born Quill spoke .", {"1:2": "PERSON", "4:5": "PERSON"}), [1, 2])
    assert "Peruvian-born" not in _kinds(doc)


def test_a_senator_in_a_document_mostly_about_the_united_states_is_american():
    doc = _doc("Sen. Mara Quill spoke . The U.S. and the U.S. Navy disagree with Chile .", {"1:3": "PERSON"})
    assert _kinds(doc)["Mara Quill"] == ("person", "USA")
    doc = _doc("Sen. Mara Quill spoke . Chile and Chile 's navy disagree with the U.S. .", {"1:3": "PERSON"})
    assert _kinds(doc)["Mara Quill"] == ("person", None)


def test_an_organisation_inside_a_title_and_an_entity_shorter_than_a_kb_name():
    doc = _doc("Lee Varnum , the director of National Intelligence , spoke at the Group of 20 summit .",
               {"0:2": "PERSON", "6:8": "ORG", "12:14": "ORG"})
    found = _kinds(doc)
    assert "National Intelligence" not in found and "Group of" not in found and "G20" in found


def test_two_names_a_page_glued_together_keep_the_first():
    doc = _doc("Sen. Mara Quill Mara Jane Quill spoke .", {"1:6": "PERSON"})
    assert [a.name for a in recognize(doc)[0].values()] == ["Mara Quill"]


def test_a_demonym_on_an_ordinary_noun_does_not_place_a_titled_person():
    doc = _doc("Planning Minister Lee Varnum bought Peruvian goods .", {"2:4": "PERSON"})
    assert _kinds(doc)["Lee Varnum"] == ("person", None)


def test_a_domestic_office_holder_serves_the_state_the_document_names_most():
    text = "Peru 's Lima and Peru met . Transport Minister Lee Varnum spoke . Peruvian officials agreed with Chile ."
    found = _kinds(_doc(text, {"9:11": "PERSON"}))
    assert found["Lee Varnum"] == ("person", "PER")
    text = "Peru and Chile met . Transport Minister Lee Varnum spoke . Chile agreed ."
    assert _kinds(_doc(text, {"7:9": "PERSON"}))["Lee Varnum"] == ("person", None)


def test_an_officer_of_an_organisation_takes_no_state_from_the_document():
    text = "Peru and Peru and Peru met . Lee Varnum , president of the Andean Fisheries Council , spoke ."
    assert _kinds(_doc(text, {"7:9": "PERSON", "13:16": "ORG"}))["Lee Varnum"] == ("person", None)


def test_a_sentence_initial_common_word_is_no_person():
    doc = spaced_doc("Stung , Varnum left .", {"0:1": "PERSON", "2:3": "PERSON"},
                     lambda w: "VERB" if w == "Stung" else "PUNCT" if not w[0].isalnum() else "PROPN")
    assert list(_kinds(doc)) == ["Varnum"]


def test_an_organisation_named_with_two_demonyms_is_of_neither():
    doc = _doc("The Peruvian Chilean Friendship Council met .", {"1:5": "ORG"})
    assert _kinds(doc)["Peruvian Chilean Friendship Council"] == ("organization", None)


def test_an_organisation_entity_with_a_persons_title_in_apposition_is_a_person():
    doc = _doc("Mara Quill , former Peruvian ambassador to Chile , spoke .", {"0:2": "ORG"})
    assert _kinds(doc)["Mara Quill"] == ("person", "PER")
    doc = _doc("Peru 's foreign minister , Lee Varnum , spoke .", {"5:7": "ORG"})
    assert _kinds(doc)["Lee Varnum"] == ("person", "PER")


def test_an_organisation_entity_sharing_a_persons_surname_is_that_person():
    doc = _doc("Mara Quill spoke . Later Anna Quill agreed .", {"0:2": "PERSON", "5:7": "ORG"})
    assert _kinds(doc)["Anna Quill"][0] == "person"
    doc = _doc("Mara Quill joined Green Harvest Council .", {"0:2": "PERSON", "3:6": "ORG"})
    assert _kinds(doc)["Green Harvest Council"][0] == "organization"


def test_an_expert_on_a_state_and_a_list_of_titled_names_take_no_state():
    doc = _doc("Mara Quill , a Peru expert at Oxford , spoke .", {"0:2": "PERSON"})
    assert _kinds(doc)["Mara Quill"] == ("person", None)
    doc = _doc("Mara Quill , Peruvian President Lee Varnum and others met .", {"0:2": "PERSON", "5:7": "PERSON"})
    found = _kinds(doc)
    assert found["Mara Quill"] == ("person", None) and found["Lee Varnum"] == ("person", "PER")


def test_a_body_opening_with_an_american_state_is_american():
    doc = _doc("The Ohio Department of Roads agreed .", {"1:5": "ORG"})
    assert _kinds(doc)["Ohio Department of Roads"] == ("organization", "USA")


def test_a_name_ending_in_an_outlet_word_is_an_outlet():
    doc = _doc("Lee Varnum told the Quillburg Evening Herald on Monday .", {"0:2": "PERSON", "4:7": "ORG"})
    assert _kinds(doc)["Quillburg Evening Herald"] == ("media", None)


def test_an_office_of_the_united_states_with_the_state_it_represents():
    doc = _doc("They met the House speaker , Lee Varnum of Idaho , today .", {"6:8": "PERSON"})
    assert _kinds(doc)["Lee Varnum"] == ("person", "USA")


def test_an_organisation_opening_with_an_american_state_and_a_ticker():
    doc = _doc("Oil rose on the Idaho Grain Exchange and TMUBX10Y fell .", {"4:7": "ORG", "8:9": "ORG"})
    found = _kinds(doc)
    assert found["Idaho Grain Exchange"] == ("organization", "USA") and "TMUBX10Y" not in found


def test_an_organisation_entity_the_kb_knows_as_a_persons_name_is_that_person():
    doc = _doc("A crisis ( Jean-Claude Juncker 's word ) followed .", {"3:5": "ORG"})
    actors, _ = recognize(doc)
    assert actors["person:jean-claude-juncker"].kind == "person"


def test_a_dateline_glued_to_a_name_by_a_dash_is_cut():
    doc = _doc("LIMA , Peru—Minister Lee Varnum spoke .", {"2:5": "PERSON"})
    assert "Lee Varnum" in _kinds(doc)


def test_a_known_leaders_surname_does_not_join_a_relative():
    doc = _doc("Tiffany Trump spoke . Trump agreed .", {"0:2": "PERSON", "4:5": "PERSON"})
    doc._.published = "2018-05-01"
    assert sorted(_kinds(doc)) == ["Donald Trump", "Tiffany Trump"]
    doc = _doc("Tiffany Trump spoke . Trump agreed .", {"0:2": "PERSON", "4:5": "PERSON"})
    doc._.published = "2012-05-01"  # no Trump in office: the short form joins the one Trump named
    assert sorted(_kinds(doc)) == ["Tiffany Trump"]


def test_a_known_leaders_surname_joins_the_leader_named_by_another_known_form():
    # "Charles Grassley" is a form the KB knows for Chuck Grassley: "Grassley" is he, with his title.
    doc = _doc("Chairman Charles Grassley spoke . Grassley agreed .", {"1:3": "PERSON", "5:6": "PERSON"})
    doc._.published = "2017-05-05"
    actors, mentions = recognize(doc)
    grassley = actors["person:chuck-grassley"]
    assert [a.name for a in actors.values() if a.kind == "person"] == ["Chuck Grassley"]
    assert {r.title for r in grassley.roles} == {"Chairman", "Senator"}  # one person, every title of his


def test_a_governor_by_honorific_serves_the_state_the_document_names_most():
    doc = _doc("Peru and Peru 's Lima met . Gov. Lee Varnum spoke .", {"7:9": "PERSON"})
    actors, _ = recognize(doc)
    lee = next(a for a in actors.values() if a.kind == "person")
    assert lee.country == "PER" and [r.title for r in lee.roles] == ["Governor"]


def test_supporters_of_a_state_are_not_its_people():
    doc = _doc("Many are strong supporters of Peru and oppose it .")
    actors, _ = recognize(doc)
    assert all(a.kind == "state" for a in actors.values())


def test_a_sentence_initial_common_word_is_no_person_unless_capitalised_elsewhere():
    from diplograph.kb.gazetteer import gazetteer
    from diplograph.nlp.actors.evidence import not_an_actor_entity
    from docs import make_doc

    # "Observers warned ." / "Trump swiped . Aides said Trump lied ." (the tagger reads both as common words)
    observers = make_doc(["Observers", "warned", "."], pos=["NOUN", "VERB", "PUNCT"],
                         sent_starts=[True, False, False])
    assert not_an_actor_entity(observers, gazetteer(), 0, 1, "PERSON", frozenset())
    trump = make_doc(["Trump", "swiped", ".", "Aides", "said", "Trump", "lied", "."],
                     pos=["VERB", "VERB", "PUNCT", "NOUN", "VERB", "PROPN", "VERB", "PUNCT"],
                     sent_starts=[True, False, False, True, False, False, False, False])
    assert not not_an_actor_entity(trump, gazetteer(), 0, 1, "PERSON", frozenset())


def test_a_news_agency_is_an_outlet_and_the_kb_outlet_inside_its_name_wins():
    actors, _ = recognize(_doc("The Russian Interfax News Agency said so .", {"1:5": "ORG"}))
    assert "media:interfax" in actors and not any(a.startswith("org:") for a in actors)
    actors, _ = recognize(_doc("The Lakeland News Agency said so .", {"1:4": "ORG"}))
    assert actors["media:lakeland-news-agency"].kind == "media"
    actors, _ = recognize(_doc("The Lakeland Insurance Agency said so .", {"1:4": "ORG"}))
    assert actors["org:lakeland-insurance-agency"].kind == "organization"


def _person_country(text: str, ents: dict[str, str], name: str) -> str | None:
    actors, _ = recognize(_doc(text, ents))
    return actors[name].country


def test_a_demonym_or_seat_in_apposition_places_a_person():
    assert _person_country("Li Wen , a Chinese lawyer , spoke .", {"0:2": "PERSON", "5:6": "NORP"},
                           "person:li-wen") == "CHN"
    assert _person_country("Tom Hale , a White House lawyer , spoke .", {"0:2": "PERSON", "5:7": "ORG"},
                           "person:tom-hale") == "USA"


def test_a_state_named_before_an_expert_noun_does_not_place_a_person():
    assert _person_country("Tom Hale , a China expert , spoke .", {"0:2": "PERSON", "5:6": "GPE"},
                           "person:tom-hale") is None
    assert _person_country("Tom Hale , a U.S. expert , spoke .", {"0:2": "PERSON", "5:6": "GPE"},
                           "person:tom-hale") is None


def test_a_name_the_kb_knows_before_a_title_in_apposition_stays_an_organisation():
    actors, _ = recognize(_doc("He praised the United Nations , the official said .", {"3:5": "ORG"}))
    assert not any(a.startswith("person:") for a in actors)


def test_an_american_state_before_a_legislators_honorific_places_the_person():
    assert _person_country("Ohio Democratic Rep. Jane Roe voted .", {"3:5": "PERSON"}, "person:jane-roe") == "USA"
    assert _person_country("Ohio Sen. Jane Roe voted .", {"2:4": "PERSON"}, "person:jane-roe") == "USA"
    assert _person_country("Rep. Jane Roe voted .", {"1:3": "PERSON"}, "person:jane-roe") is None


def test_dotted_acronyms_of_american_agencies_are_the_agencies():
    actors, _ = recognize(_doc("The C.I.A. and the F.B.I. met ."))
    assert {"org:usa-cia", "org:usa-fbi"} <= set(actors)


def test_an_agreement_a_law_or_a_process_is_no_actor():
    doc = _doc("Peru left NAFTA and Brexit slowed the Andean Trade Agreement .",
               {"2:3": "ORG", "4:5": "PERSON", "7:10": "ORG"})
    assert sorted(_kinds(doc)) == ["Peru"]


def test_a_city_opening_an_agreements_name_names_no_state():
    assert "Peru" not in _kinds(_doc("Chile quit the Lima climate accord ."))
    assert "Peru" in _kinds(_doc("Chile met Lima officials on the climate ."))


def test_a_city_followed_by_another_states_name_is_that_states_namesake():
    actors, mentions = recognize(_doc("Bombs hit Tripoli , Lebanon on Friday ."))
    assert "state:LBY" not in actors
    assert [(m.text, m.actor_id) for m in mentions] == [("Tripoli", "state:LBN"), ("Lebanon", "state:LBN")]


def _pos_of_apposition(w: str) -> str:
    return {"in": "ADP", "leader": "NOUN"}.get(w) or ("PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper()
                                                     else "ADJ")


def test_a_known_office_holder_keeps_the_kbs_state_over_a_role_phrase():
    doc = spaced_doc("Chuck Hagel , a former infantry squad leader in Vietnam , spoke .", {"0:2": "PERSON"},
                     _pos_of_apposition)
    doc._.published = "2014-01-10"
    assert _kinds(doc)["Chuck Hagel"] == ("person", "USA")


def test_an_organisations_officer_takes_no_state_from_the_sentence():
    doc = _doc("NATO Secretary - General Jens Stoltenberg said the alliance stands with Turkey .", {"4:6": "PERSON"})
    doc._.published = "2015-10-06"
    assert _kinds(doc)["Jens Stoltenberg"] == ("person", None)


def test_a_photo_credit_or_a_slashed_source_line_is_no_actor():
    doc = _doc("Protesters marched . Jane Roe/Getty Getty Images Desk News / Jane Roe", {"3:5": "ORG", "5:7": "ORG",
                                                                                      "7:12": "ORG"})
    assert sorted(_kinds(doc)) == []


def _pos_of_headline(w: str) -> str:
    return {"His": "PRON", "A": "DET"}.get(w) or ("PUNCT" if not w[0].isalnum() else "PROPN")


def test_a_title_case_headline_is_no_organisation():
    doc = spaced_doc("Read : Rebel Chief Faces A Revolt Inside His Party .", {"2:10": "ORG"}, _pos_of_headline)
    assert _kinds(doc) == {}
    doc = spaced_doc("Read : Andean Forum For Trade And Development .", {"2:8": "ORG"}, _pos_of_headline)
    assert "Andean Forum For Trade And Development" in _kinds(doc)


def test_a_person_named_like_an_institution_is_an_organisation():
    doc = _doc("Marta Lund Institute and Lee Varnum spoke .", {"0:3": "PERSON", "4:6": "PERSON"})
    assert _kinds(doc) == {"Marta Lund Institute": ("organization", None), "Lee Varnum": ("person", None)}


def test_a_person_named_like_an_armed_group_or_a_watchdog_is_an_organisation():
    # the head word of an organisation's name, not a surname: "... Brigades", "... Watch", "... Police"
    doc = _doc("Tarvo Brigades shelled the hill and Open Budget Watch wrote to Kent Police .",
               {"0:2": "PERSON", "6:9": "PERSON", "11:13": "PERSON"})
    assert _kinds(doc) == {"Tarvo Brigades": ("organization", None), "Open Budget Watch": ("organization", None),
                           "Kent Police": ("organization", None)}


def test_an_institution_named_after_its_place_is_of_that_state():
    text = "The University of Oklahoma and the American College of Lima met ."
    found = _kinds(_doc(text, {"1:4": "ORG", "6:10": "ORG"}))
    assert found["University of Oklahoma"] == ("organization", "USA")
    assert found["American College of Lima"] == ("organization", "PER")


def test_a_magazine_is_an_outlet():
    doc = _doc("Charlie Hebdo printed the cartoon .", {"0:2": "PERSON"})
    assert _kinds(doc) == {"Charlie Hebdo": ("media", "FRA")}


def test_an_organisation_named_after_a_war_is_an_organisation():
    doc = _doc("The Institute for the Study of War said so .", {"1:7": "ORG"})
    assert _kinds(doc) == {"Institute for the Study of War": ("organization", None)}


def test_where_someone_is_based_is_no_affiliation():
    doc = _doc("Lima - based analyst Lee Varnum said so .", {"4:6": "PERSON"})
    actors, _ = recognize(doc)
    # the title is held at no body of Peru; the country is where the person is based (person_country)
    assert [(r.title, r.of) for r in actors["person:lee-varnum"].roles] == [("Analyst", None)]


def test_a_name_particle_keeps_a_persons_name_whole():
    found = _kinds(_doc("General Abdul Fatah el - Sisi spoke .", {"1:6": "PERSON"}))
    assert "Fatah" not in found and [k for k, _ in found.values()] == ["person"]


def test_a_particle_after_a_name_continues_it_and_a_kb_body_is_no_person():
    found = _kinds(_doc("King Salman bin Abdulaziz Al Saud met Jabat al - Nusra fighters .",
                        {"1:2": "PERSON", "2:6": "PERSON", "7:11": "PERSON"}))
    assert found == {"King Salman": ("person", "SAU"), "al-Nusra Front": ("organization", "SYR")}


def test_a_title_of_several_words_and_a_kb_body_inside_a_title_are_not_the_name():
    found = _kinds(_doc("Crown Prince Lee Varnum and Homeland Security Secretary Ann Roe spoke .",
                        {"0:4": "PERSON", "8:10": "PERSON"}))
    assert sorted(found) == ["Ann Roe", "Lee Varnum"]


def test_federal_agencies_and_national_bodies_of_the_kb_are_placed():
    found = _kinds(_doc("The CDC , the Census Bureau and the Politburo Standing Committee met Qassam Brigades men ."))
    assert found["Centers for Disease Control and Prevention"] == ("organization", "USA")
    assert found["Census Bureau"] == ("organization", "USA")
    assert found["Politburo Standing Committee"] == ("organization", "CHN")
    assert found["Izz ad-Din al-Qassam Brigades"] == ("organization", "PSE")


def test_contributors_in_a_credit_line_are_no_actors():
    doc = _doc("Lee Varnum spoke . Jay Roe and Ann Lee contributed to this report .",
               {"0:2": "PERSON", "4:6": "PERSON", "7:9": "PERSON"})
    assert sorted(_kinds(doc)) == ["Lee Varnum"]
    doc = _doc("Lee Varnum spoke . Jay Roe said aid contributed to this rise .", {"0:2": "PERSON", "4:6": "PERSON"})
    assert sorted(_kinds(doc)) == ["Jay Roe", "Lee Varnum"]


def _lines_doc(lines: list[str], ents: dict[str, str]) -> Doc:
    """A Doc of space-separated lines joined by newline tokens (a credit line is a line of its own)."""
    words: list[str] = []
    for k, line in enumerate(lines):
        words += line.split() + ([] if k == len(lines) - 1 else ["\n"])
    spaces = [w != "\n" and i + 1 < len(words) and words[i + 1] not in (".", ",", ":", "\n")
              for i, w in enumerate(words)]
    tags = ["O"] * len(words)
    for rng, label in ents.items():
        i, j = map(int, rng.split(":"))
        tags[i:j] = [f"B-{label}"] + [f"I-{label}"] * (j - i - 1)
    return make_doc(words, ents=tags, spaces=spaces, pos=["PROPN" if w[0].isupper() else "X" for w in words],
                    sent_starts=[i == 0 or words[i - 1] in (".", "\n") for i in range(len(words))])


def test_a_contributing_line_and_a_bare_contributed_line_credit_staff():
    doc = _lines_doc(["Lee Varnum spoke .", "Contributing : Jay Wagner , Ann Lee"],
                     {"0:2": "PERSON", "7:9": "PERSON", "10:12": "PERSON"})
    assert doc.text.endswith("\nContributing: Jay Wagner, Ann Lee")
    assert sorted(_kinds(doc)) == ["Lee Varnum"]  # nor the Wagner Group, whose short name is in the credit
    doc = _lines_doc(["Lee Varnum spoke .", "Jay M. Roe in Lima and Ann Lee contributed ."],
                     {"0:2": "PERSON", "5:8": "PERSON", "11:13": "PERSON"})
    assert sorted(n for n, (kind, _) in _kinds(doc).items() if kind == "person") == ["Lee Varnum"]
    # "contributed." inside a paragraph, and "Contributing to" opening one, are the story's own words
    doc = _lines_doc(["Lee Varnum said the drought contributed . Jay Roe agreed .",
                      "Contributing to the rise , Ann Lee sold ."],
                     {"0:2": "PERSON", "7:9": "PERSON", "17:19": "PERSON"})
    assert sorted(_kinds(doc)) == ["Ann Lee", "Jay Roe", "Lee Varnum"]


def test_the_names_above_an_outlet_line_are_a_byline():
    doc = _lines_doc(["Ann Lee and Jay Roe", "", "Associated Press", "", "Lee Varnum spoke ."],
                     {"0:2": "PERSON", "3:5": "PERSON", "11:13": "PERSON"})
    assert doc.text.startswith("Ann Lee and Jay Roe\n\nAssociated Press\n")
    assert _persons(doc) == ["Lee Varnum"]
    # names in a sentence above an outlet's name are the story's
    doc = _lines_doc(["Ann Lee and Jay Roe spoke .", "", "Associated Press"], {"0:2": "PERSON", "3:5": "PERSON"})
    assert _persons(doc) == ["Ann Lee", "Jay Roe"]


def _persons(doc: Doc) -> list[str]:
    return sorted(n for n, (kind, _) in _kinds(doc).items() if kind == "person")


def test_names_above_outlet_finds_the_byline_line_only():
    g = gazetteer()
    text = "2020-01-02\n\nAnn Lee\n\nUSA TODAY\n\nJay Roe\n\nUSA TODAY reported on Jay Roe.\n"
    assert [text[s:e] for s, e in names_above_outlet(text, g)] == ["Ann Lee"]


def test_a_name_comma_outlet_line_is_a_byline_but_not_under_a_quotation():
    g = gazetteer()
    text = ("Who pays?\n\nBy Ann Lee, BBC business editor\n\nThe bill grew.\n\n"
            "“The bill will grow.”\n\nJay Roe, BBC News\n\nLee Varnum, BBC reporters said, left.\n")
    assert [text[s:e] for s, e in name_comma_outlet(text, g)] == ["By Ann Lee, BBC business editor"]


def test_a_name_found_only_in_a_heading_line_is_no_actor():
    lines = ["Ruling Party Braces For Vote Ledger Hall Storm", "", "Lee Varnum spoke ."]
    doc = _lines_doc(lines, {"5:8": "PERSON", "10:12": "PERSON"})
    assert _persons(doc) == ["Lee Varnum"]
    # the same words in a sentence of the story are a name
    doc = _lines_doc(["Lee Varnum spoke of Ledger Hall Storm ."], {"0:2": "PERSON", "4:7": "PERSON"})
    assert _persons(doc) == ["Ledger Hall Storm", "Lee Varnum"]


def test_the_writer_signing_an_excerpt_credit_is_a_person_not_a_heading():
    lines = ["“ The talks failed . ”", "", "Ann Lee , Daily Ledger", "", "“ The vote held . ”", "",
             "Editorial Board , Daily Ledger", "", "“ It ended . ”", "", "Jay Roe , Daily Ledger"]
    doc = _lines_doc(lines, {"8:10": "PERSON", "23:25": "ORG", "37:39": "ORG"})
    assert doc.text.startswith("“ The talks failed. ”\n\nAnn Lee, Daily Ledger\n")
    kinds = _kinds(doc)
    # the writers speak their excerpts (one the NER read as an organisation); "Editorial Board" names no one
    assert (kinds["Ann Lee"], kinds["Jay Roe"]) == (("person", None), ("person", None))
    assert "Editorial Board" not in kinds
    # the same line under a sentence is a heading, and so is a line of two writers
    doc = _lines_doc(["The talks failed .", "", "Ann Lee , Daily Ledger"], {"5:7": "PERSON"})
    assert _persons(doc) == []
    doc = _lines_doc(["“ The talks failed . ”", "", "Ann Lee and Jay Roe , Daily Ledger"],
                     {"8:10": "PERSON", "11:13": "PERSON"})
    assert _persons(doc) == []


def _owned_name_doc(verb: str, dep: str) -> Doc:
    """"NPR 's Jay Roe <verb> that the talks failed ." with "Jay Roe" read as an organisation."""
    words = ["NPR", "'s", "Jay", "Roe", verb, "that", "the", "talks", "failed", "."]
    heads = [3, 0, 3, 4 if dep == "nsubj" else 4, 4, 8, 7, 8, 4, 4]
    deps = ["poss", "case", "compound", dep, "ROOT", "mark", "det", "nsubj", "ccomp", "punct"]
    ents = ["B-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"]
    pos = ["PROPN", "PART", "PROPN", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    return make_doc(words, heads=heads, deps=deps, pos=pos, ents=ents, tags=["NNP", "POS", "NNP", "NNP", "VBZ",
                    "IN", "DT", "NNS", "VBD", "."], spaces=[False] + [True] * 8 + [False])


def test_a_name_an_outlet_owns_as_its_subject_is_its_reporter():
    assert _kinds(_owned_name_doc("reports", "nsubj"))["Jay Roe"][0] == "person"
    # the outlet's programme or a name the text speaks to stays as the NER read it ("told NPR's X")
    assert _kinds(_owned_name_doc("told", "dobj"))["Jay Roe"][0] == "organization"


def test_excerpt_credit_spans_are_the_credit_lines_under_a_quotation():
    text = "“The talks failed.”\n\n— Ann Lee, The Daily Ledger\n\nRoe, Poe in Leadership Pact\n\nAnn Lee, Ledger\n"
    assert [text[s:e] for s, e in excerpt_credit_spans(text)] == ["Ann Lee, The Daily Ledger"]


def test_excerpt_credit_at_finds_the_credit_line_holding_a_character():
    text = "“The talks failed.”\n\n— Ann Lee, The Daily Ledger\n\nAnn Lee spoke.\n"
    doc = make_doc(list(text), spaces=[False] * len(text))  # one token per character: the text itself
    start = text.index("Ann")
    assert excerpt_credit_at(doc, start) == (start, text.index("\n\nAnn Lee spoke"))
    assert excerpt_credit_at(doc, text.index("Daily")) == (start, text.index("\n\nAnn Lee spoke"))
    assert excerpt_credit_at(doc, text.index("Ann Lee spoke")) is None
    assert excerpt_credit_at(doc, 0) is None


def test_heading_spans_are_title_case_or_capital_lines_without_a_closing_mark():
    text = "Ruling Party Braces For Vote\nNAVY DOWNS A DRONE\nThe Party Braces For Vote.\nRuling party braces\n"
    assert [text[s:e] for s, e in heading_spans(text)] == ["Ruling Party Braces For Vote", "NAVY DOWNS A DRONE"]


def test_a_write_to_line_gives_the_staff_addresses():
    doc = _lines_doc(["Lee Varnum spoke .", "Write to Ann Lee at ann.lee@example.com"],
                     {"0:2": "PERSON", "7:9": "PERSON"})
    assert _persons(doc) == ["Lee Varnum"]
    doc = _lines_doc(["Lee Varnum spoke .", "Write to Ann Lee , he urged ."], {"0:2": "PERSON", "7:9": "PERSON"})
    assert _persons(doc) == ["Ann Lee", "Lee Varnum"]


def test_a_time_zone_is_no_actor():
    doc = _doc("Polls closed at 20:00 GMT and Jay Roe spoke at 9 a.m. ET .",
               {"4:5": "ORG", "6:8": "PERSON", "12:13": "PERSON"})
    assert sorted(_kinds(doc)) == ["Jay Roe"]


def test_a_gerund_opening_the_sentence_is_no_first_name():
    words = ["\n\n", "Quoting", "Ann", "Lee", "'s", "memoir", ",", "Jay", "Roe", "spoke", ".",
             "Harding", "Voss", "agreed", "."]
    tags = ["_SP", "VBG", "NNP", "NNP", "POS", "NN", ",", "NNP", "NNP", "VBD", ".", "NNP", "NNP", "VBD", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O",
            "B-PERSON", "I-PERSON", "O", "O"]
    doc = make_doc(words, tags=tags, ents=ents, pos=["PROPN" if w[0].isupper() else "X" for w in words],
                   sent_starts=[i in (0, 11) for i in range(len(words))])
    assert sorted(_kinds(doc)) == ["Ann Lee", "Harding Voss", "Jay Roe"]


def test_a_military_rank_before_a_name_is_no_actor():
    doc = _doc("Navy Capt . Jo Rand met Marine Lt Ed Cole .", {"0:2": "ORG", "3:5": "PERSON", "6:8": "PERSON",
                                                               "8:10": "PERSON"})
    assert sorted(_kinds(doc)) == ["Ed Cole", "Jo Rand"]
    doc = _doc("Rebels freed Sgt . Jo Rand .", {"2:3": "PERSON", "4:6": "PERSON"})
    assert sorted(_kinds(doc)) == ["Jo Rand"]
    # a service's name before another word, and a service word that is a plural title's, stay names
    doc = _doc("The Navy Relief Society and Peru 's National Guard Police met .", {"1:4": "ORG", "7:10": "ORG"})
    assert sorted(_kinds(doc)) == ["National Guard Police", "Navy Relief Society", "Peru"]


def test_a_blogger_named_with_a_demonym_is_of_that_state():
    doc = spaced_doc("Peruvian blogger Lee Varnum wrote .", {"2:4": "PERSON"},
                     lambda w: "ADJ" if w == "Peruvian" else "NOUN" if w == "blogger" else "PROPN")
    assert _kinds(doc)["Lee Varnum"] == ("person", "PER")


def test_the_leader_of_an_armed_group_takes_no_state_from_the_document():
    text = "Peru and Peru and Peru met . Its longtime leader Abu Bakr al - Baghdadi was killed ."
    doc = _doc(text, {"10:15": "PERSON"})
    doc._.published = "2019-10-28"
    assert _kinds(doc)["Abu Bakr al-Baghdadi"] == ("person", None)


def _staffer_country(text: str, ents: dict[str, str], published: str = "2018-06-01") -> str | None:
    doc = _doc(text, ents)
    doc._.published = published
    actors, _ = recognize(doc)
    return actors["person:tom-hale"].country


def test_a_leaders_adviser_serves_the_leaders_state():
    assert _staffer_country("Trump adviser Tom Hale called Moscow .", {"0:1": "PERSON", "2:4": "PERSON"}) == "USA"
    assert _staffer_country("Putin 's longtime spokesman Tom Hale spoke .", {"0:1": "PERSON", "4:6": "PERSON"}) == "RUS"


def test_a_staff_noun_without_a_known_leader_places_no_one():
    assert _staffer_country("Quill adviser Tom Hale spoke .", {"0:1": "PERSON", "2:4": "PERSON"}) is None
    assert _staffer_country("The adviser Tom Hale spoke .", {"2:4": "PERSON"}) is None


def test_a_camp_noun_the_ner_took_for_a_person_is_no_actor():
    doc = _doc("The party 's most prominent Brexiteer , Tom Hale , spoke .", {"5:6": "PERSON", "7:9": "PERSON"})
    found = _kinds(doc)
    assert "Brexiteer" not in found and found["Tom Hale"][0] == "person"


def _tagged_doc(text: str, ents: dict[str, str], nouns: set[str]) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper()
                      else "NOUN" if w in nouns else "VERB")


def test_a_demonym_opening_the_descriptor_before_a_name_places_a_person():
    doc = _tagged_doc("Tovarian rights lawyer Ana Belt spoke . Chilean voter Raul Paz agreed .",
                      {"0:1": "NORP", "3:5": "PERSON", "7:8": "NORP", "9:11": "PERSON"}, {"rights", "lawyer", "voter"})
    actors, _ = recognize(doc)
    assert actors["person:ana-belt"].country is None  # no state's adjective: nothing to read
    assert actors["person:raul-paz"].country == "CHL"


def test_a_verb_or_a_prefix_before_the_descriptor_does_not_place_a_person():
    doc = _tagged_doc("Chilean police detained Raul Paz . The pro - Chilean activist Ana Belt spoke .",
                      {"0:1": "NORP", "3:5": "PERSON", "9:10": "NORP", "11:13": "PERSON"}, {"police", "activist"})
    actors, _ = recognize(doc)
    assert actors["person:raul-paz"].country is None
    assert actors["person:ana-belt"].country is None


def test_a_ruling_party_is_an_organisation_of_its_state_not_the_state():
    actors, _ = recognize(_doc("The Chinese Communist Party warned Lee Varnum . The CCP met .",
                               {"1:4": "ORG", "5:7": "PERSON", "9:10": "ORG"}))
    assert (actors["org:chn-ccp"].kind, actors["org:chn-ccp"].country) == ("organization", "CHN")
    assert "state:CHN" not in actors


def test_national_agencies_the_kb_lists_are_organisations_of_their_state():
    # kb/organizations.tsv: U.S. and British public bodies, whatever label the NER gives them.
    doc = _doc("Agents of the Border Patrol met nurses of the NHS , a USASOC colonel and members of Antifa .",
               {"3:5": "PERSON", "9:10": "ORG", "12:13": "ORG", "17:18": "PERSON"})
    found = _kinds(doc)
    assert found["U.S. Border Patrol"] == ("organization", "USA")
    assert found["National Health Service"] == ("organization", "GBR")
    assert found["U.S. Army Special Operations Command"] == ("organization", "USA")
    assert found["Antifa"] == ("organization", "USA")



def test_commands_fleets_and_offices_the_kb_lists_are_american():
    # kb/organizations.tsv: a numbered fleet, a Treasury office, a special operations unit; a
    # longer command name the KB also lists keeps its own actor ("Air Force Space Command").
    doc = _doc("Sailors of the 5th Fleet met OFAC lawyers , Delta Force soldiers and Air Force Space Command staff .",
               {"3:5": "ORG", "6:7": "ORG", "9:11": "ORG", "13:17": "ORG"})
    found = _kinds(doc)
    assert found["Fifth Fleet"] == ("organization", "USA")
    assert found["Office of Foreign Assets Control"] == ("organization", "USA")
    assert found["Delta Force"] == ("organization", "USA")
    assert found["Air Force Space Command"] == ("organization", "USA")
    assert "U.S. Space Command" not in found

def test_a_bare_supreme_court_is_not_the_united_states_court():
    # Many states have a Supreme Court: only "U.S. Supreme Court" and its spellings name the American one.
    doc = _doc("Lawyers in Delhi appealed to the Supreme Court and cited the U.S. Supreme Court .",
               {"6:8": "ORG", "11:14": "ORG"})
    _, mentions = recognize(doc)
    assert [(m.text, m.actor_id) for m in mentions if "Court" in m.text] == [
        ("Supreme Court", "org:supreme-court"), ("U.S. Supreme Court", "org:usa-supreme-court")]


def test_an_inverted_said_opening_a_quote_is_the_verb_not_a_first_name():
    doc = _doc("Said Okonkwo : “ The bridge will open in spring . ”", {"0:2": "PERSON"})
    assert set(_kinds(doc)) == {"Okonkwo"}
    doc = _doc("Said Lindqvist , a planner at the port : “ It is late . ”", {"0:2": "PERSON"})
    assert set(_kinds(doc)) == {"Lindqvist"}


def test_said_as_a_first_name_stays_in_the_name():
    doc = _doc("Said Benali , the eldest son , ran the farm . He told us : “ It was hard . ”", {"0:2": "PERSON"})
    assert "Said Benali" in _kinds(doc)


def test_the_name_after_a_title_the_ner_cut_in_two_is_a_person():
    # "Secretary of | Defense Tomas Rehn": the entity's first word ends the title before the name
    doc = _doc("Secretary of Defense Tomas Rehn met Minister of Economy Ilse Varga .",
               {"2:5": "ORG", "8:11": "ORG"})
    found = _kinds(doc)
    assert found["Tomas Rehn"][0] == "person" and found["Ilse Varga"][0] == "person"
    assert "Defense Tomas Rehn" not in found and "Economy Ilse Varga" not in found


def test_a_leaders_aircraft_is_no_actor():
    doc = _doc("Hours after Air Force One touched down in Peru , Marine Two left .",
               {"2:5": "ORG", "10:12": "PERSON"})
    assert sorted(_kinds(doc)) == ["Peru"]



def test_a_bare_surname_of_a_named_person_is_not_an_outlet_without_its_article():
    from diplograph.nlp.actors.outlet_surnames import surname_not_outlet
    doc = _doc("Dana Hill , an envoy , flew home . Hill said talks failed .", {"0:2": "PERSON"})
    assert surname_not_outlet(doc, gazetteer(), 9, 10)
    named = _doc("Dana Hill flew home . The Hill said talks failed .", {"0:2": "PERSON"})
    assert not surname_not_outlet(named, gazetteer(), 6, 7)  # the outlet named with its article
    alone = _doc("Envoys flew home . Hill said talks failed .", {})
    assert not surname_not_outlet(alone, gazetteer(), 4, 5)  # no person of that surname


def test_a_bare_state_name_repeating_a_named_persons_surname_is_that_person():
    # "Ruth Holland ... Holland said": the pollster's surname, not the Netherlands (alias "Holland")
    doc = _doc("Pollster Ruth Holland spoke first . Later Holland said turnout fell .", {"1:3": "PERSON"})
    found = _kinds(doc)
    assert found["Ruth Holland"][0] == "person" and "Netherlands" not in found
    _, mentions = recognize(doc)
    assert [m.actor_id.split(":")[0] for m in mentions if m.text == "Holland"] == ["person"]


def test_a_state_the_document_names_another_way_keeps_its_bare_name():
    # the demonym names the state too: the bare word may be either, and stays the state
    doc = _doc("Pollster Ruth Holland met Dutch voters . Later Holland said turnout fell .", {"1:3": "PERSON"})
    assert "Netherlands" in _kinds(doc)
    # the bare word before the full name is the state
    early = _doc("Voters in Holland spoke . Pollster Ruth Holland said turnout fell .", {"6:8": "PERSON"})
    assert "Netherlands" in _kinds(early)
