"""An unnamed source of a state: "U.S. officials said", "“…,” a Russian diplomat said", "Iranian
investigators said" -- the words of people the text does not name, not of the state; "Syrian state
TV said", "Iranian state media reported" -- the words of the state's outlets, named by their medium.

The actors component reads "U.S. officials" as a mention of the United States, which is what the
event coder wants ("U.S. officials accused Moscow": the United States accuses). A quote's speaker
is who spoke: when the speaker's phrase is the state's mention headed by a noun of its unnamed
people or outlets (``kb/source_nouns.tsv``), the speaker is that unnamed source, a group or an outlet
typed with the state's country ("U.S. officials", USA; "Syrian state TV", SYR: an outlet that
"reported" is then the quote's credit, as any outlet is). As for a speaking body (``bodies.py``), the attribution table
keeps which state the source stands for, so the events, claims and relations coders, which read
speakers through ``attribution_of``, still see the state. A name in the phrase ("a U.S. official,
Ana Silva,") names the speaker and is read as before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder
from ...kb.gazetteer import slug
from ...model import Actor, Quote

_CREATED_KEY = "diplograph.unnamed_sources"  # the source actors this module added to ``doc._.actors``


@per_folder
def source_nouns() -> dict[str, str]:
    """Noun -> the kind of unnamed source it names: ``group`` (people) or ``media`` (outlets)."""
    return {r["noun"]: r["kind"] for r in load_table("source_nouns")}


def source_kind(tok: Token) -> str | None:
    """``group`` for "officials", ``media`` for "state TV" (by lemma or word: "media" lemmatises
    as "medium" or "media"), None for any other noun."""
    nouns = source_nouns()
    return nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)


def _names_a_person(doc: Doc, subj: Token) -> bool:
    actors = doc._.actors or {}
    for t in subj.subtree:
        a = actors.get(t._.actor) if t._.actor else None
        if (a is not None and a.kind == "person") or (t.pos_ == "PROPN" and not t._.actor and t.ent_type_ == "PERSON"):
            return True
    return False


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _of_the_state(subj: Token, actor_id: str) -> bool:
    """The state is the head's own mention ("U.S. officials" read as one) or a modifier of the head
    ("Iranian investigators", "Russia's diplomats")."""
    return subj._.actor == actor_id or any(c.dep_ in _MODIFIER_DEPS and c._.actor == actor_id for c in subj.children)


def _phrase_span(doc: Doc, subj: Token) -> tuple[int, int, str]:
    """The source's phrase from its first modifier to its head, without a determiner or number
    ("two senior U.S. officials" -> "senior U.S. officials")."""
    left = subj.left_edge
    for t in doc[left.i:subj.i]:  # a dateline the parse ran into the phrase ("03-11\n\nSyrian state TV")
        if t.is_space or "\n" in t.text_with_ws:
            left = t.nbor(1)
    while left.i < subj.i and (left.dep_ in ("det", "nummod", "predet", "quantmod", "punct") or left.is_space):
        left = left.nbor(1)
    span = doc[left.i:subj.i + 1]
    return span.start_char, span.end_char, span.text


def unnamed_source_speaker(doc: Doc, subj: Token, actor_id: str | None, stands_for: dict[str, str]) -> str | None:
    """"U.S. officials said", "a Russian diplomat said", "Syrian state TV said": the subject's head, a
    noun of a state's unnamed people or outlets, is a mention of the state ``actor_id`` or has one for
    modifier, and no person is named in its phrase: the speaker is the unnamed source (its group or
    outlet actor, created the first time and recorded in ``stands_for`` as standing for the state);
    None otherwise."""
    actors = doc._.actors or {}
    state = actors.get(actor_id) if actor_id else None
    if state is None or state.kind != "state" or not state.country or not _of_the_state(subj, state.id):
        return None
    kind = source_kind(subj) if subj.pos_ in ("NOUN", "PROPN") else None
    if kind is None or _names_a_person(doc, subj):
        return None
    if kind == "group" and subj.tag_ == "NN" and any(c.dep_ == "poss" for c in subj.children):
        return None  # "the administration's top diplomat", "Russia's envoy": an office's one holder
    start, end, text = _phrase_span(doc, subj)
    source_id = f"{kind}:{state.country.lower()}-{slug(text)}"
    source = actors.get(source_id)
    if source is None:
        source = Actor(id=source_id, name=text, kind=kind, country=state.country)
        actors[source_id] = source
        remember_created(doc, source_id)
    source.add_mention(start, end, text)
    stands_for[source_id] = state.id
    return source_id


def remember_created(doc: Doc, source_id: str) -> None:
    """Note a source actor made for a cue, to be forgotten if no quote names it (``drop_unquoted_sources``)."""
    doc.user_data.setdefault(_CREATED_KEY, set()).add(source_id)


def drop_unquoted_sources(doc: Doc, quotes: list[Quote]) -> None:
    """Forget the source actors made for cues that in the end credited no quote (a cue tried for a
    quote that another cue won, a clause too short to report): no record names them, so they are
    no actor of the document. The attribution table still reads their sentences as the state's."""
    created = doc.user_data.pop(_CREATED_KEY, set())
    named = {q.speaker for q in quotes} | {q.via for q in quotes}
    for source_id in created - named:
        (doc._.actors or {}).pop(source_id, None)
