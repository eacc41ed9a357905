"""Recognition rules of ``diplograph_actors`` on hand-built Docs (no statistical model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from diplograph.nlp.actors import outlet_actor, text_outlet
from docs import make_doc, parse, recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None, propn: tuple[str, ...] = ()) -> Doc:
    """Words split on spaces (no sentence boundaries); the words in ``propn`` are proper nouns."""
    return spaced_doc(text, ents, lambda w: "PROPN" if w in propn else ("PUNCT" if not w[0].isalnum() else "X"),
                      sentences=False)


def _by_name(actors):
    return {a.name: a for a in actors.values()}


def test_demonym_title_name_gives_person_with_role_of_state():
    doc = _doc("Chinese Foreign Minister Wu Tianbo said on Friday .", {"0:1": "NORP", "3:5": "PERSON"})
    actors, mentions = recognize(doc)
    wu = actors["person:wu-tianbo"]
    assert wu.country == "CHN"
    assert [(r.title, r.of) for r in wu.roles] == [("Foreign Minister", "CHN")]
    assert "state:CHN" in actors
    assert [m.actor_id for m in mentions] == ["state:CHN", "person:wu-tianbo"]


def test_capitals_and_seats_stand_for_their_state():
    doc = _doc("Beijing and the Kremlin criticised Washington .", {"0:1": "GPE", "3:4": "ORG", "5:6": "GPE"})
    actors, _ = recognize(doc)
    assert set(actors) == {"state:CHN", "state:RUS", "state:USA"}
    assert "Kremlin" in actors["state:RUS"].aliases


def test_news_agency_tagged_as_person_is_media():
    doc = _doc("In an interview with Xinhua , he spoke .", {"4:5": "PERSON"})
    actors, _ = recognize(doc)
    assert actors["media:xinhua"].kind == "media"
    assert actors["media:xinhua"].country == "CHN"


def test_misspelled_outlet_in_reporting_sentence():
    doc = _doc("Interfx reported the remarks .", {"0:1": "PERSON"})
    actors, _ = recognize(doc)
    assert "media:interfax" in actors


def test_honorific_short_form_joins_full_name():
    doc = _doc("Defense Minister Wu Tianbo arrived . Gen. Wu said the ties are strong .",
               {"2:4": "PERSON", "6:7": "PERSON"})
    actors, mentions = recognize(doc)
    persons = [a for a in actors.values() if a.kind == "person"]
    assert len(persons) == 1
    assert persons[0].id == "person:wu-tianbo"
    assert "Gen. Wu" in persons[0].aliases
    assert {m.text for m in mentions if m.actor_id == "person:wu-tianbo"} == {"Wu Tianbo", "Gen. Wu"}


def test_misspelled_repeat_of_a_surname_joins():
    doc = _doc("Ivan Karpenkov , director of the Minsk Policy Institute , said so . Karpenkow said .",
               {"0:2": "PERSON", "6:9": "ORG"}, propn=("Ivan", "Karpenkov", "Karpenkow"))
    actors, _ = recognize(doc)
    ivan = actors["person:ivan-karpenkov"]
    assert "Karpenkow" in ivan.aliases
    assert ivan.country == "BLR"  # the institute is in Minsk
    assert ivan.roles[0].title == "Director"
    assert ivan.roles[0].of == "org:minsk-policy-institute"


def test_unnamed_role_phrase_resolves_to_named_holder():
    doc = _doc("China 's defense minister arrived . Defense Minister Wu Tianbo met Russian officials .",
               {"0:1": "GPE", "8:10": "PERSON", "11:12": "NORP"})
    actors, mentions = recognize(doc)
    wu = actors["person:wu-tianbo"]
    assert wu.country == "CHN"
    assert mentions[0].actor_id == "person:wu-tianbo"
    assert mentions[0].text == "China 's defense minister"
    assert mentions[-1].actor_id == "state:RUS"  # "Russian officials"


def test_collective_role_phrases_stand_for_state_or_group():
    doc = _doc("Western leaders and officials in Kiev objected .", {"5:6": "GPE"})
    actors, mentions = recognize(doc)
    assert [(m.actor_id, m.text) for m in mentions] == [("group:west", "Western leaders"),
                                                        ("state:UKR", "officials in Kiev")]


def test_apposition_with_possessive_state_and_institute():
    doc = _doc("Chen Mingde , a senior analyst at Taiwan 's Institute for Strategic Studies , said .",
               {"0:2": "PERSON", "7:8": "GPE", "9:13": "ORG"})
    actors, _ = recognize(doc)
    chen = actors["person:chen-mingde"]
    assert chen.country == "TWN"
    assert (chen.roles[0].title, chen.roles[0].of) == ("Analyst", "org:institute-for-strategic-studies")
    assert actors["org:institute-for-strategic-studies"].country == "TWN"


def test_the_west_only_with_article():
    doc = _doc("Sanctions from the West hit the West Bank .", {"3:4": "LOC", "6:8": "GPE"})
    actors, mentions = recognize(doc)
    assert [m.text for m in mentions if m.actor_id == "group:west"] == ["West"]


def test_western_opening_a_places_name_is_no_mention_of_the_west():
    # "Western" heads a region the NER reads as a place; "Western diplomats" stays the West
    doc = _doc("Western diplomats watched drills in the Western Pacific and across Western Europe .",
               {"5:8": "LOC", "10:12": "LOC"})
    _, mentions = recognize(doc)
    assert [m.text for m in mentions if m.actor_id == "group:west"] == ["Western diplomats"]


def test_a_states_name_ending_a_regions_name_is_no_mention_of_the_state():
    doc = _doc("Buses from Central America and South American leaders reached Ohio .", {"2:4": "LOC", "5:6": "NORP"})
    _, mentions = recognize(doc)
    assert not [m for m in mentions if m.actor_id == "state:USA"]
    doc = _doc("Governor Tom Hale of New Mexico met America 's envoy .", {"1:3": "PERSON", "4:6": "GPE", "7:8": "GPE"})
    _, mentions = recognize(doc)
    assert [m.actor_id for m in mentions if m.actor_id.startswith("state:")] == ["state:USA"]  # not Mexico


def test_combining_forms_inside_one_token():
    doc = _doc("the Sino-Russia partnership", {})
    _, mentions = recognize(doc)
    assert [(m.actor_id, m.text) for m in mentions] == [("state:CHN", "Sino"), ("state:RUS", "Russia")]


def test_ministry_of_a_state_is_an_organisation():
    doc = _doc("China 's defense ministry said nothing .", {"0:1": "GPE"})
    actors, _ = recognize(doc)
    assert actors["org:chn-defense-ministry"].country == "CHN"


def test_known_leader_gets_kb_name_country_and_role():
    doc = _doc("Aleksandr Lukashenko spoke .", {"0:2": "PERSON"})
    doc._.published = "2023-08-17"
    actors, _ = recognize(doc)
    a = actors["person:alexander-lukashenko"]
    assert a.country == "BLR" and a.roles[0].title == "President"
    assert "Aleksandr Lukashenko" in a.aliases


def test_outlet_actor_and_copyright_line():
    assert outlet_actor("Deutsche Welle Chinese website").id == "media:dw"
    assert outlet_actor("The Epoch Times").kind == "media"
    assert outlet_actor("Nowhere Daily") is None
    doc = _doc("© 2023 Reuters . All rights reserved .", {})
    actors: dict = {}
    assert text_outlet(doc, actors) == "media:reuters"


@pytest.mark.model
def test_component_attaches_tokens(spacy_model):
    import diplograph.nlp.actors  # noqa: F401

    nlp = spacy_model  # shared by the session: the component is removed again below
    added = "diplograph_actors" not in nlp.pipe_names
    if added:
        nlp.add_pipe("diplograph_actors")
    try:
        doc = nlp("Belarusian President Alexander Lukashenko visited Beijing, Xinhua reported.")
    finally:
        if added:
            nlp.remove_pipe("diplograph_actors")
    ids = {t.text: t._.actor for t in doc}
    assert ids["Lukashenko"] == "person:alexander-lukashenko"
    assert ids["Beijing"] == "state:CHN"
    assert ids["Xinhua"] == "media:xinhua"
    assert all(m.actor_id in doc._.actors for m in doc._.mentions)


@pytest.mark.parametrize("text,state", [
    ("The court of the District of Columbia ruled .", False),
    ("Students at Columbia University marched .", False),
    ("Rain fell on British Columbia today .", False),
    ("Troops from Columbia crossed the river .", True),  # the state, misspelled
])
def test_a_misspelled_state_inside_a_longer_name_is_no_state(text: str, state: bool):
    doc = _doc(text, propn=("Columbia",))
    actors, _ = recognize(doc)
    assert ("state:COL" in actors) == state


def test_a_surname_in_s_tagged_as_a_plural_noun_is_still_the_person():
    # '" I was a Democrat , " Hoskins said .': the tagger reads "Hoskins" as a plural noun
    text = "Linda Hoskins , a teacher , voted . \" I was a Democrat , \" Hoskins said ."
    doc = spaced_doc(text, {"0:2": "PERSON"}, lambda w: "PROPN" if w in ("Linda", "Democrat") else (
        "NOUN" if w in ("Hoskins", "teacher") else ("PUNCT" if not w[0].isalnum() else "X")), sentences=False)
    doc[1].pos_ = "PROPN"  # the first "Hoskins", inside the tagged name
    actors, mentions = recognize(doc)
    assert [m.text for m in mentions if m.actor_id == "person:linda-hoskins"] == ["Linda Hoskins", "Hoskins"]


def test_a_surname_with_a_capital_inside_is_a_name():
    # "McCabe", "DuVernay": not title-case by str.istitle, still a name; a glued "TheWSJ" is none
    doc = _doc("Andrew McCabe met Ava DuVernay .", {"0:2": "PERSON", "3:5": "PERSON"},
               propn=("Andrew", "McCabe", "Ava", "DuVernay"))
    actors, _ = recognize(doc)
    assert {a.name for a in actors.values() if a.kind == "person"} == {"Andrew McCabe", "Ava DuVernay"}
    doc = _doc("Analysts told TheWSJ so .", {"2:3": "PERSON"}, propn=("TheWSJ",))
    actors, _ = recognize(doc)
    assert not [a for a in actors.values() if a.kind == "person"]


def _modal_surname_doc(second: tuple[str, str, str, str]) -> Doc:
    # 'Helen May met the envoys . " We will not give in , " May told parliament .'; ``second`` is how
    # the second sentence's opening capitalised word is read: (word, lemma, head's word, head's tag)
    word, lemma, verb, verb_tag = second
    rows = [("Helen", "Helen", "PROPN", "compound", 1, "NNP"), ("May", "May", "PROPN", "nsubj", 2, "NNP"),
            ("met", "meet", "VERB", "ROOT", 2, "VBD"), ("the", "the", "DET", "det", 4, "DT"),
            ("envoys", "envoy", "NOUN", "dobj", 2, "NNS"), (".", ".", "PUNCT", "punct", 2, "."),
            ('"', '"', "PUNCT", "punct", 14, "``"), ("We", "we", "PRON", "nsubj", 10, "PRP"),
            ("will", "will", "AUX", "aux", 10, "MD"), ("not", "not", "PART", "neg", 10, "RB"),
            ("give", "give", "VERB", "ccomp", 14, "VB"), ("in", "in", "ADP", "prt", 10, "RP"),
            (",", ",", "PUNCT", "punct", 14, ","), ('"', '"', "PUNCT", "punct", 14, "''"),
            (word, lemma, "AUX", "aux", 15, "MD"), (verb, verb, "VERB", "ROOT", 15, verb_tag),
            ("parliament", "parliament", "NOUN", "dobj", 15, "NN"), (".", ".", "PUNCT", "punct", 15, ".")]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * (len(rows) - 2)
    return parse(rows, sent_starts=[i in (0, 6) for i in range(len(rows))], ents=ents)


def test_a_surname_the_tagger_read_as_a_modal_before_a_past_tense_verb_is_the_person():
    # '" ... , " May told parliament': a modal never governs a past tense, so "May" is Helen May, and
    # the parse is corrected so that later stages see the subject of "told"
    doc = _modal_surname_doc(("May", "may", "told", "VBD"))
    _, mentions = recognize(doc)
    assert [m.text for m in mentions if m.actor_id == "person:helen-may"] == ["Helen May", "May"]
    assert (doc[14].pos_, doc[14].dep_) == ("PROPN", "nsubj")


def test_a_capitalised_modal_before_a_base_verb_stays_a_modal():
    # a capitalised modal before a base form ("May God help us", here "May help parliament") is a modal,
    # though the document names a May
    doc = _modal_surname_doc(("May", "may", "help", "VB"))
    _, mentions = recognize(doc)
    assert [m.text for m in mentions if m.actor_id == "person:helen-may"] == ["Helen May"]
    assert doc[14].tag_ == "MD"


@pytest.mark.parametrize("text,ents,date,name,role,state", [
    # the UN ambassador the NER calls an organisation: a person of the United States, in office
    ("Samantha Power accused Moscow .", {"0:2": "ORG"}, "2015-03-01", "Samantha Power", "Ambassador", "USA"),
    # a Foreign Secretary later Prime Minister: the office held on the document's date
    ("Boris Johnson met envoys .", {"0:2": "PERSON"}, "2017-05-01", "Boris Johnson", "Foreign Secretary", "GBR"),
    ("Tom Donilon accused hackers .", {"0:2": "PERSON"}, "2013-03-12", "Tom Donilon", "National Security Adviser",
     "USA"),
])
def test_foreign_policy_office_holders_get_their_state_and_office(text, ents, date, name, role, state):
    doc = _doc(text, ents, propn=tuple(name.split()))
    doc._.published = date
    actors, _ = recognize(doc)
    person = _by_name(actors)[name]
    assert (person.kind, person.country) == ("person", state)
    assert [(r.title, r.of) for r in person.roles] == [(role, state)]


def test_a_congress_leader_named_formally_is_american_in_a_story_about_other_states():
    # The KB's Congress rows know "Charles E. Schumer" (the Directory's form) as the senator, and the
    # titles table reads "Senate Minority Leader" as that office, not as the majority's.
    doc = _doc("Senate Minority Leader Charles E. Schumer praised China 's offer to Japan .",
               {"3:6": "PERSON", "7:8": "GPE", "11:12": "GPE"})
    doc._.published = "2018-03-23"
    actors, _ = recognize(doc)
    a = actors["person:chuck-schumer"]
    assert a.country == "USA"
    assert [r.title for r in a.roles] == ["Minority Leader"]


def test_a_diplomat_named_after_the_post_is_of_the_state_that_sends_him():
    doc = _doc("U.S. Ambassador to Norway Dana Whitfield met Norway 's premier .",
               {"0:1": "GPE", "3:4": "GPE", "4:6": "PERSON", "7:8": "GPE"})
    actors, _ = recognize(doc)
    a = actors["person:dana-whitfield"]
    assert a.country == "USA" and [(r.title, r.of) for r in a.roles] == [("Ambassador", "USA")]


def test_a_diplomat_with_no_sending_state_takes_none_from_the_post():
    doc = _doc("Ambassador to Norway Dana Whitfield spoke .", {"2:3": "GPE", "3:5": "PERSON"})
    actors, _ = recognize(doc)
    assert actors["person:dana-whitfield"].country != "NOR"


def _title_first(words: str, name_dep: str, name_head: int) -> Doc:
    """"[...] the president of Peru , Tom Hale , said so ." with the name's dependency given."""
    w = words.split()
    heads = [min(i + 1, len(w) - 1) for i in range(len(w))]
    deps = ["dep"] * len(w)
    hale = w.index("Hale")
    heads[hale], deps[hale] = name_head, name_dep
    ents = ["O"] * len(w)
    ents[w.index("Peru")] = "B-GPE"
    ents[hale - 1], ents[hale] = "B-PERSON", "I-PERSON"
    pos = ["PROPN" if x[0].isupper() else "PUNCT" if not x[0].isalnum() else "NOUN" for x in w]
    return make_doc(w, heads=heads, deps=deps, ents=ents, pos=pos)


def test_a_title_of_a_state_set_off_before_the_name_is_the_persons():
    doc = _title_first("The president of Peru , Tom Hale , said so .", "appos", 1)
    hale = recognize(doc)[0]["person:tom-hale"]
    assert hale.country == "PER"
    assert [(r.title, r.of) for r in hale.roles] == [("President", "PER")]


def test_a_title_phrase_before_the_subject_of_the_clause_is_not_the_persons():
    doc = _title_first("After meeting the president of Peru , Tom Hale said so .", "nsubj", 8)
    hale = recognize(doc)[0]["person:tom-hale"]
    assert not hale.roles


@pytest.mark.parametrize("text,ents,state", [
    # the title the KB gives the holders of that surname, after their terms: their state
    ("Ms. Vale faulted President Obama again .", {"1:2": "PERSON", "3:5": "PERSON"}, "USA"),
    ("Ms. Vale faulted former President Bush again .", {"1:2": "PERSON", "4:6": "PERSON"}, "USA"),
    # a surname alone, or with no title the KB gives it: anyone's
    ("Ms. Vale faulted Mr. Obama again .", {"1:2": "PERSON", "3:5": "PERSON"}, None),
])
def test_a_former_office_holder_named_by_title_and_surname_is_of_the_offices_state(text, ents, state):
    doc = _doc(text, ents, propn=("Vale", "Obama", "Bush", "President"))
    doc._.published = "2019-06-01"
    actors, _ = recognize(doc)
    person = next(a for a in actors.values() if a.kind == "person" and a.name in ("Obama", "Bush"))
    assert person.country == state


@pytest.mark.parametrize("text,ents", [
    ("The Peruvian spokesman Rear Adm. Tom Hale said so .", {"1:2": "NORP", "4:7": "PERSON"}),
    ("The Peruvian spokesman Capt. Tom Hale said so .", {"1:2": "NORP", "4:6": "PERSON"}),
])
def test_a_rank_between_a_title_and_the_name_keeps_the_title_the_persons(text, ents):
    actors, _ = recognize(_doc(text, ents))
    hale = actors["person:tom-hale"]
    assert hale.country == "PER"
    assert [(r.title, r.of) for r in hale.roles] == [("Spokesperson", "PER")]


def test_an_unnamed_title_of_one_body_is_not_the_person_holding_it_of_another():
    doc = _doc("Tom Hale , a spokesman for the FBI , spoke . Later a CIA spokesman declined .",
               {"0:2": "PERSON", "7:8": "ORG", "12:13": "ORG"})
    actors, mentions = recognize(doc)
    assert [(r.title, r.of) for r in actors["person:tom-hale"].roles] == [("Spokesperson", "org:usa-fbi")]
    assert next(m.actor_id for m in mentions if "CIA" in m.text) == "org:usa-cia"


def test_a_shared_surname_continues_the_bearer_named_last_before_it():
    # "Mr. Roe" is nearer the later "Mira Roe" than "Tom Roe", but a reader takes the one named before it
    doc = _doc("Tom Roe was jailed in Minsk last year . Mr. Roe fell ill , said Mira Roe .",
               {"0:2": "PERSON", "9:11": "PERSON", "15:17": "PERSON"})
    _, mentions = recognize(doc)
    assert {m.text: m.actor_id for m in mentions if "Roe" in m.text} == {
        "Tom Roe": "person:tom-roe", "Mr. Roe": "person:tom-roe", "Mira Roe": "person:mira-roe"}


@pytest.mark.parametrize("published,holder", [
    (None, "person:rosa-obama"),  # an undated story: no term can be placed around it
    ("2012-05-01", "person:barack-obama"),  # dated in the KB holder's term: the president
])
def test_an_undated_surname_names_the_bearer_the_text_names_not_a_kb_office_holder(published, holder):
    doc = _doc("Rosa Obama opened a clinic in Kisumu . Obama thanked the donors .",
               {"0:2": "PERSON", "9:10": "PERSON"}, propn=("Rosa", "Obama", "Kisumu"))
    doc._.published = published
    _, mentions = recognize(doc)
    assert next(m.actor_id for m in mentions if m.text == "Obama") == holder


def test_a_title_in_a_list_after_a_name_is_the_next_persons():
    doc = _doc("Tom Hale , Defense Minister Ana Ruiz and others met .", {"0:2": "PERSON", "5:7": "PERSON"})
    actors, _ = recognize(doc)
    assert not actors["person:tom-hale"].roles
    assert [r.title for r in actors["person:ana-ruiz"].roles] == ["Defense Minister"]


def _fronted(opening: list[tuple[str, str, int]]) -> Doc:
    """``<opening> , Tom Hale served there .``: the opening given as (word, dependency, head)."""
    n = len(opening)
    rows = [*opening, (",", "punct", n + 3), ("Tom", "compound", n + 2), ("Hale", "nsubj", n + 3),
            ("served", "ROOT", n + 3), ("there", "advmod", n + 3), (".", "punct", n + 3)]
    w = [r[0] for r in rows]
    pos = ["PROPN" if x[0].isupper() and x not in ("As", "An") else "PUNCT" if not x[0].isalnum() else "NOUN"
           for x in w]
    ents = ["O"] * len(w)
    ents[w.index("Peruvian")] = "B-NORP"
    ents[n + 1], ents[n + 2] = "B-PERSON", "I-PERSON"
    return make_doc(w, heads=[r[2] for r in rows], deps=[r[1] for r in rows], ents=ents, pos=pos)


def test_a_title_in_a_phrase_fronted_before_the_subject_is_another_persons():
    # "As an aide to the Peruvian foreign minister, Tom Hale served": the minister is someone else
    doc = _fronted([("As", "prep", 11), ("an", "det", 2), ("aide", "pobj", 0), ("to", "prep", 11),
                    ("the", "det", 7), ("Peruvian", "amod", 7), ("foreign", "amod", 7), ("minister", "pobj", 3)])
    assert not recognize(doc)[0]["person:tom-hale"].roles


def test_a_title_fronted_with_as_before_the_subject_is_the_subjects():
    doc = _fronted([("As", "prep", 8), ("the", "det", 4), ("Peruvian", "amod", 4), ("foreign", "amod", 4),
                    ("minister", "pobj", 0)])
    hale = recognize(doc)[0]["person:tom-hale"]
    assert [(r.title, r.of) for r in hale.roles] == [("Foreign Minister", "PER")]
