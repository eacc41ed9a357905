"""Cross-document actor identity: merges, non-merges, the alias file, stable re-ingest."""

from __future__ import annotations

import copy

from diplograph.link.actors import ActorLinker
from diplograph.model import Actor, Document, Event, Extraction, Role


def _ex(doc_id: str, *actors: Actor, events: list[Event] | None = None) -> Extraction:
    return Extraction(Document(doc_id, f"{doc_id}.txt", "text"), actors=list(actors), events=events or [])


def _person(name: str, slug: str, country: str | None = None, title: str | None = None,
            aliases: list[str] | None = None) -> Actor:
    roles = [Role(title, country)] if title else []
    return Actor(f"person:{slug}", name, "person", country, roles, aliases or [name])


def test_transliteration_variants_merge_when_country_agrees():
    linker = ActorLinker()
    a = _ex("d1", _person("Alexander Lukashenko", "alexander-lukashenko", "BLR", "President"))
    b = _ex("d2", _person("Aleksandr Lukashenko", "aleksandr-lukashenko", "BLR", "President"),
            events=[Event("e1", "CONSULT", "person:aleksandr-lukashenko", "state:CHN", "s", (0, 1))])
    linker.link(a)
    linker.link(b)
    assert b.actors[0].id == "person:alexander-lukashenko"
    assert b.events[0].source == "person:alexander-lukashenko"
    assert any("transliteration" in line for line in linker.explain("Aleksandr Lukashenko"))


def test_spelling_variants_of_an_analyst_merge():
    linker = ActorLinker()
    linker.link(_ex("d1", _person("Yauheni Preiherman", "yauheni-preiherman", "BLR", "Director")))
    b = _ex("d2", _person("Yauheni Preherman", "yauheni-preherman", "BLR", "Director"))
    linker.link(b)
    assert b.actors[0].id == "person:yauheni-preiherman"


def test_same_surname_of_different_countries_kept_apart():
    linker = ActorLinker()
    linker.link(_ex("d1", _person("Li", "li", "CHN", "Defense Minister")))
    b = _ex("d2", _person("Li", "li", "SGP", "Prime Minister"))
    linker.link(b)
    assert b.actors[0].id != "person:li"
    assert b.actors[0].id.startswith("person:li")
    assert any("countries differ" in line for line in linker.explain("Li"))


def test_surname_alone_needs_a_country_to_join():
    linker = ActorLinker()
    linker.link(_ex("d1", _person("Wu Tianbo", "wu-tianbo", "CHN", "Defense Minister")))
    agree = _ex("d2", _person("Wu", "wu", "CHN"))
    linker.link(agree)
    assert agree.actors[0].id == "person:wu-tianbo"
    unknown = _ex("d3", _person("Wu", "wu2"))
    linker.link(unknown)
    assert unknown.actors[0].id == "person:wu2"


def test_different_people_with_similar_names_stay_apart():
    linker = ActorLinker()
    linker.link(_ex("d1", _person("Li Qiang", "li-qiang", "CHN", "Premier")))
    b = _ex("d2", _person("Li Shangfu", "li-shangfu", "CHN", "Defense Minister"))
    linker.link(b)
    assert b.actors[0].id == "person:li-shangfu"


def test_two_actors_of_one_document_merge():
    linker = ActorLinker()
    ex = _ex("d1", _person("Vladimir Putin", "vladimir-putin", "RUS", "President"),
             _person("Putin", "putin", "RUS"),
             events=[Event("e1", "THREATEN", "person:putin", "state:UKR", "s", (0, 1))])
    linker.link(ex)
    assert [a.id for a in ex.actors] == ["person:vladimir-putin"]
    assert ex.events[0].source == "person:vladimir-putin"
    assert "Putin" in ex.actors[0].aliases


def test_reingest_keeps_ids_stable():
    first = ActorLinker()
    ex = _ex("d1", _person("Su Tzu-yun", "su-tzu-yun", "TWN", "Analyst"),
             Actor("org:indsr", "Institute for National Defense and Security Research", "organization", "TWN"))
    linker_copy = copy.deepcopy(ex)
    first.link(ex)
    again = ActorLinker(ex.actors)  # a new process that starts from the store
    again.link(linker_copy)
    assert [a.id for a in linker_copy.actors] == [a.id for a in ex.actors]


def test_alias_file_forces_and_forbids(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text("# user decisions\nTsang\tperson:steve-tsang\n!Aleksandr Lukashenko\tperson:alexander-lukashenko\n",
                    encoding="utf-8")
    linker = ActorLinker([_person("Alexander Lukashenko", "alexander-lukashenko", "BLR", "President")])
    linker.load_alias_file(path)
    forced = _ex("d1", _person("Tsang", "tsang"))
    linker.link(forced)
    assert forced.actors[0].id == "person:steve-tsang"
    kept = _ex("d2", _person("Aleksandr Lukashenko", "aleksandr-lukashenko", "BLR", "President"))
    linker.link(kept)
    assert kept.actors[0].id == "person:aleksandr-lukashenko"
    assert any("alias rule" in line for line in linker.explain("Tsang"))


def test_states_and_outlets_pass_unchanged():
    linker = ActorLinker()
    ex = _ex("d1", Actor("state:CHN", "China", "state", "CHN"), Actor("media:xinhua", "Xinhua", "media", "CHN"))
    linker.link(ex)
    assert [a.id for a in ex.actors] == ["state:CHN", "media:xinhua"]


def _org(name: str, aid: str, country: str | None = None) -> Actor:
    return Actor(aid, name, "organization", country, [], [name])


def test_an_acronym_joins_only_the_same_acronym_and_a_kb_body_keeps_its_id():
    linker = ActorLinker()
    linker.link(_ex("d1", _org("TSA", "org:tsa", "USA")))
    kb_body = _ex("d2", _org("CIA", "org:usa-cia", "USA"))
    other = _ex("d3", _org("TSE", "org:tse", "USA"))
    linker.link(kb_body)
    linker.link(other)
    assert kb_body.actors[0].id == "org:usa-cia" and other.actors[0].id == "org:tse"


def test_a_national_body_named_without_its_state_joins_a_placed_one_only_where_the_document_names_it():
    linker = ActorLinker()
    linker.link(_ex("d1", _org("Foreign Ministry", "org:egy-foreign-ministry", "EGY")))
    bare = _ex("d2", _org("Foreign Ministry", "org:foreign-ministry"), Actor("state:CHN", "China", "state", "CHN"))
    linker.link(bare)
    assert bare.actors[0].id == "org:foreign-ministry"
    linker = ActorLinker()
    linker.link(_ex("d1", _org("Foreign Ministry", "org:egy-foreign-ministry", "EGY")))
    in_egypt = _ex("d3", _org("Foreign Ministry", "org:foreign-ministry"), Actor("state:EGY", "Egypt", "state", "EGY"))
    linker.link(in_egypt)
    assert in_egypt.actors[0].id == "org:egy-foreign-ministry"


def test_a_placed_national_body_never_joins_an_unplaced_one_of_another_document():
    linker = ActorLinker()
    linker.link(_ex("d1", _org("Parliament", "org:parliament")))
    placed = _ex("d2", _org("Parliament", "org:isr-parliament", "ISR"), Actor("state:ISR", "Israel", "state", "ISR"))
    linker.link(placed)
    assert placed.actors[0].id == "org:isr-parliament"


def test_a_bare_head_noun_joins_no_organisation_of_another_document():
    # "this Office's work" in one article is not the Hong Kong Affairs Office of another
    linker = ActorLinker()
    linker.link(_ex("d1", _org("Hong Kong Affairs Office", "org:hong-kong-affairs-office")))
    bare = _ex("d2", _org("Office", "org:office"))
    linker.link(bare)
    assert bare.actors[0].id == "org:office"


def test_a_bare_head_noun_joins_no_body_of_another_document_even_in_its_state():
    linker = ActorLinker()
    linker.link(_ex("d1", _org("Interior Ministry", "org:egy-interior-ministry", "EGY")))
    in_egypt = _ex("d2", _org("Ministry", "org:ministry"), Actor("state:EGY", "Egypt", "state", "EGY"))
    linker.link(in_egypt)
    assert in_egypt.actors[0].id == "org:ministry"
