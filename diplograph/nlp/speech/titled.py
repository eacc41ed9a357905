"""A definite title that stands for the person the document gave it to, as an antecedent of a
speaker pronoun.

"Attorney General Lena Ortiz spoke first. ... The attorney general dismissed the report.
“It is fiction,” she said.": the subject "the attorney general" is no mention of anyone (the
actors component marks names), so the pronoun resolver skipped it and "she" went to the last
named subject before it. A singular definite noun phrase that is a main clause's subject and whose
words are the title (``Role.title``, held on the document's date) of a person the document made
a clause's subject before it (not one named only in passing: "She met Dutch Prime Minister X.
The prime minister says" is not X when the British one was named bare) is filed in the pronoun
index as a mention of that person; where the document
named several holders, the one it named most so far (the story's "president", not a foreign one
met once; on a tie, the first named).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder, split_list
from ...kb.gazetteer import gazetteer, outlet_key, slug
from ...model import Actor, Role
from ..common import column
from ..syntax import Antecedents

# Words of a title before its head noun ("attorney general", "foreign minister", "defense secretary").
_TITLE_DEPS = frozenset({"compound", "amod"})
# Dependents that give the phrase a referent of its own ("the president who ...", "the president, X,").
_OWN_REFERENT_DEPS = frozenset({"relcl", "acl", "appos", "poss", "nummod"})


def main_clause_subject(head: Token) -> bool:
    """The subject of its sentence's main clause, or of a verb conjoined with it ("The president
    met X and said ..."): not of a clause a speaker reports, "X said that's reason for the
    president to look elsewhere", where the title is whom the speaker spoke about."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "for")
                                           for c in head.head.children)


def title_words(head: Token) -> str | None:
    """The title a definite singular subject phrase consists of, lower-cased: "the attorney
    general" -> "attorney general", "the secretary of state" -> "secretary of state"; None when
    the phrase has words of its own ("the former president", "the president's", "a minister")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head._.actor:
        return None
    left = [c for c in head.children if c.i < head.i]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in left):
        return None
    if any(c.dep_ not in _TITLE_DEPS | {"det"} for c in left):
        return None  # "the former president" still reads "former president", which no role is
    if any(c.dep_ in _OWN_REFERENT_DEPS and not c.lower_.endswith("self") and not _set_off(c)
           for c in head.children):
        return None  # but "the president himself", "the prime minister, who faces ...," are still the holder
    words = [c.lower_ for c in left if c.dep_ != "det"] + [head.lower_]
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of:  # "the secretary of state": one word after "of", else a phrase of its own
        objs = [t for t in of[0].children if t.dep_ == "pobj"]
        if len(objs) != 1 or len(list(objs[0].subtree)) != 1:
            return None
        words += ["of", objs[0].lower_]
    return " ".join(words)


def _set_off(clause: Token) -> bool:
    """A relative clause set off by a comma ("the prime minister, who faces an election,")
    describes the holder; it does not pick out another one."""
    return clause.dep_ in ("relcl", "acl") and clause.left_edge.i > 0 and \
        clause.doc[clause.left_edge.i - 1].text == ","


def _holds(actor: object, title: str, day: str) -> bool:
    """The person holds ``title`` (on the document's date, when the role is dated), and is not
    one the KB's terms of office (``kb/leaders.tsv``) put out of it that day: "during President
    George W. Bush's second term" in a story of 2012 gives Bush the title, not the office."""
    if not any(r.title.lower() == title and not (day and ((r.from_ and r.from_ > day) or (r.to and r.to < day)))
               for r in getattr(actor, "roles", ())):
        return False
    terms = [t for t in gazetteer().leaders.get(outlet_key(getattr(actor, "name", "")), [])
             if t.title.lower() == title]
    return not (day and terms) or any(t.covers(day) for t in terms)


def title_holder(head: Token, title: str, named: Antecedents) -> str | None:
    """The person ``title`` stands for at ``head``: of those named before it who hold it, the
    one named most so far; a tie
    goes to the first named, the story's own holder ("President Obama said ... Russian President
    Putin fears ... The president said": Obama), since a later holder of the same title is
    introduced as another one."""
    doc = head.doc
    actors = doc._.actors or {}
    day = (doc._.published or "")[:10]
    holders = named.only(lambda aid: _holds(actors.get(aid), title, day))
    seen = holders.between(0, holders.position(head), ("person",))
    if not seen:
        return None
    counts: dict[str, int] = {}
    for _, aid in seen:
        counts[aid] = counts.get(aid, 0) + 1
    return max(seen, key=lambda p: counts[p[1]])[1]


def titled_subjects(doc: Doc, named: Antecedents, may_refer: Callable[[Token], bool],
                    quoted: Callable[[int], bool]) -> Iterator[tuple[Token, str]]:
    """(head, person) for each definite title subject outside quotes that ``may_refer`` accepts
    (the speaker pronoun's antecedent rules) and that names a person of the document."""
    for i, pos in enumerate(column(doc, "POS")):
        if pos != "NOUN":
            continue
        tok = doc[i]
        if quoted(tok.idx) or not main_clause_subject(tok) or not may_refer(tok):
            continue
        title = title_words(tok)
        if title is None:
            continue
        holder = title_holder(tok, title, named)
        if holder is not None:
            yield tok, holder


# Dependents of a state's title that leave it the one office ("the president", "the foreign minister").
_STATE_TITLE_DEPS = frozenset({"det", "compound", "amod", "poss", "case", "prep", "punct"})


def _state_title(head: Token, state_id: str) -> str | None:
    """The title a subject phrase gives an office holder of the state ``state_id`` it names, lower-cased:
    "the French president" and "the president of Mexico" -> "president", "Russia's foreign minister"
    -> "foreign minister"; None when the phrase has words of its own ("a French minister", "the former
    president", "the president's aide") or names the state nowhere in it."""
    # the actors component may read the whole phrase as the state's mention ("the French president")
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head._.actor not in (None, state_id):
        return None
    words, named = [], False
    for c in head.children:
        if c.dep_ not in _STATE_TITLE_DEPS:
            return None
        if c.dep_ == "det" and c.lower_ != "the" or c.dep_ == "punct" and c.i > head.i:
            return None
        if c.dep_ == "prep":  # only "of" the state itself: "the president of Mexico"
            objs = [t for t in c.children if t.dep_ == "pobj"]
            if c.lower_ != "of" or len(objs) != 1 or objs[0]._.actor != state_id:
                return None
            named = True
        elif c.dep_ in ("amod", "compound", "poss") and c.i < head.i:
            if c.is_lower and c.dep_ != "poss" and len(list(c.subtree)) == 1:
                words.append(c.lower_)  # a title's own word ("foreign"), even inside the state's mention
            elif c._.actor == state_id or any(t._.actor == state_id for t in c.subtree):
                named = True
            else:
                return None
        elif c.dep_ != "det":
            return None
    return " ".join([*words, head.lower_]) if named else None


def state_title_holder(doc: Doc, subj: Token, actor_id: str | None) -> str | None:
    """"The French president said", "the president of Mexico says": the actors component reads an
    unnamed title of a state as a mention of the state, but the speaker is the person in the office.
    When the phrase is only a state's title (``_state_title``) and the document names exactly one
    person who holds that title of that state on its date, that person speaks (the phrase is recorded
    as a mention of them); otherwise None, and the state stays the speaker."""
    actors = doc._.actors or {}
    state = actors.get(actor_id) if actor_id else None
    if state is None or state.kind != "state" or not state.country:
        return None
    words = _state_title(subj, state.id)
    known = gazetteer().titles.get(words) if words else None  # "premier" is the Prime Minister
    if known is None:
        return None
    title = known.title.lower()
    day = (doc._.published or "")[:10]
    holders = [a for a in actors.values() if a.kind == "person" and _holds(a, title, day)
               and any(r.of == state.country and r.title.lower() == title for r in a.roles)]
    if not holders:
        holders = _kb_holder(doc, state, known.title, day)
    if len(holders) != 1:
        return None
    holders[0].add_mention(subj.left_edge.idx, subj.idx + len(subj.text))
    return holders[0].id


def _kb_holder(doc: Doc, state: Actor, title: str, day: str) -> list[Actor]:
    """The one person the KB's terms of office (``kb/leaders.tsv``) give ``title`` of ``state`` on
    ``day`` ("Germany's foreign minister said" in a story the minister's name is not in), as an actor
    of the document (made the first time); none when the date is unknown or the KB has no single holder."""
    if not day:
        return []
    terms = gazetteer().office_holders(state.country, title, day) if state.country else []
    if len(terms) != 1:
        return []
    term = terms[0]
    actors = doc._.actors
    if actors is None:
        return []
    aid = "person:" + slug(term.name)
    if aid not in actors:
        actors[aid] = Actor(id=aid, name=term.name, kind="person", country=term.country,
                            roles=[Role(term.title, term.country, term.start, term.end)])
    return [actors[aid]]


@dataclass(frozen=True)
class DescriptionNoun:
    """A row of ``kb/definite_descriptions.tsv``: whom "the PHRASE" may refer back to (the event coder's
    ``parties.definite_description`` and ``described_office_holder`` here)."""

    kind: str
    titles: tuple[str, ...]


@per_folder
def description_nouns() -> dict[str, DescriptionNoun]:
    return {phrase.lower(): DescriptionNoun(r["kind"], tuple(split_list(r["title"])))
            for r in load_table("definite_descriptions") for phrase in split_list(r["phrase"])}


def described_office_holder(head: Token, named: Antecedents) -> tuple[bool, str | None]:
    """"President Ruiz met Moss. Moss praised her. “…,” the president said": a definite description
    of an office (``kb/definite_descriptions.tsv``) that speaks refers back to a person named before
    it who holds that office, the one its own sentence named ("When Ruiz rose, the president said")
    or else the one named most so far (``title_holder``), not to the last person named, who may hold
    none (an aide who "passed the request to the president"). Returns whether the phrase is such a
    description of an office someone in the document holds, and the holder (None when none named
    before it does); when no one holds it, the caller reads it like a pronoun, as before."""
    words = title_words(head)
    noun = description_nouns().get(words) if words else None
    if noun is None or noun.kind != "person":
        return False, None
    titles = tuple(t.lower() for t in noun.titles)
    actors = head.doc._.actors or {}
    day = (head.doc._.published or "")[:10]
    if not any(_holds(a, t, day) for a in actors.values() if a.kind == "person" for t in titles):
        return False, None  # the document gives no one the office ("Mrs May ... the prime minister"): as before
    holders = named.only(lambda aid: any(_holds(actors.get(aid), t, day) for t in titles))
    own = holders.between(holders.position(head.sent[0]), holders.position(head), ("person",))
    if own:  # "When it came to Trump's turn to speak, the president told ...": the holder its sentence named
        return True, own[-1][1]
    return True, next((aid for t in titles if (aid := title_holder(head, t, named))), None)
