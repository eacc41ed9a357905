"""A person's country from the leader's government the text says the person served in (a rule of
``person_country.EVIDENCE_RULES``):

* ``administration_apposition``: "P, a deputy secretary of state in the Obama administration", "P, a senior
  official during the Bush administration", "P, a minister in the Rutte government": an apposition that sets
  the person's post in, during or under the administration or government of a head of state or government the
  KB knows places the person in that leader's state -- the state every office holder the KB knows by that name
  served (a surname out of office is the leader as in "the Obama administration"; not a name two states' leaders
  bear). Not when the apposition names a state itself before it ("the Russian ambassador during the Obama
  administration" is Russia's, read by ``demonym_apposition``), nor past a verb or the apposition's end. The
  nouns of a leader's government are ``kb/actor_words.tsv`` class leader_government.
* the same apposition may name the leader by the title the KB gives that leader, with no government noun: "P, a
  senior defence official under former President Barack Obama", "P, the CIA director under President Obama",
  "P, an assistant defense secretary under President Reagan" (``_titled_leader``; "under" alone: "in President
  Obama" is no post, and a title the leader never held, "under Senator Obama", names no office of that state).
* the post may follow a relative clause's verb of service instead of an article (``_service_clause``): "P, who
  served as defense secretary under President X", "P, who was deputy secretary of state under President X", "P,
  who worked in the Bush administration"; the verbs' lemmas are ``kb/actor_words.tsv`` class service_verb, and
  any other verb after them ends the post as before ("P, who was jailed under President X").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import Gazetteer, outlet_key
from .appositions import article_apposition
from .leader_governments import LEADER_GOVERNMENT, MAX_LEADER_TOKENS, leader_name, leader_state
from .roles import Cand

SERVICE_VERBS = WordClass("actor_words", "service_verb")
_AFTER_SERVICE = frozenset({"as", "then"})  # "who served as", "who was then attorney general"
_LINKS = frozenset({"in", "during", "under"})
_ENDS = frozenset({",", ";", ":", ".", "(", ")", "\"", "“", "”", "—", "–", "--"})
_BEFORE_TITLE = frozenset({"former", "late", "then", "-"})  # "under former President X", "under then-President X"
_MAX_TITLE_TOKENS = 2  # "Prime Minister"
_MAX_APPOSITION_TOKENS = 14  # "a special assistant to the president on the Middle East in the"


def _government_of(doc: Doc, g: Gazetteer, j: int) -> str | None:
    """The leader's state of "<leader> administration" starting at ``j`` (after "the")."""
    for n in range(MAX_LEADER_TOKENS, 0, -1):
        e = j + n
        if e < len(doc) and doc[e].lower_ in LEADER_GOVERNMENT and leader_name(doc, j, e):
            return leader_state(g, doc[j:e].text)
    return None


def _titled_leader(doc: Doc, g: Gazetteer, j: int) -> str | None:
    """The state of "<title> <leader>" starting at ``j`` (after "under" and "former"): the one state of the
    office holders the KB knows by that name with that very title ("President Obama", "Prime Minister Blair")."""
    for m in range(1, _MAX_TITLE_TOKENS + 1):
        title = doc[j:j + m]
        if not all(t.is_title for t in title):
            return None
        for n in range(MAX_LEADER_TOKENS, 0, -1):
            s, e = j + m, j + m + n
            if e > len(doc) or not leader_name(doc, s, e) or (e < len(doc) and doc[e].pos_ == "PROPN"):
                continue
            states = {t.country for t in g.leaders.get(outlet_key(doc[s:e].text), []) if t.title == title.text}
            if len(states) == 1 and g.state(state := states.pop()) is not None:
                return state
    return None


def _leader_after_link(doc: Doc, g: Gazetteer, k: int) -> str | None:
    """The leader's state after the link word at ``k``: "in the Obama administration", "under President Obama"."""
    if doc[k + 1].lower_ == "the":
        return _government_of(doc, g, k + 2)
    if doc[k].lower_ != "under":
        return None
    j = k + 1
    while j < len(doc) and doc[j].lower_ in _BEFORE_TITLE:
        j += 1
    return _titled_leader(doc, g, j)


def _names_a_state(doc: Doc, g: Gazetteer, k: int) -> bool:
    hit = g.lookup(doc[k].text) if doc[k].is_title or doc[k].is_upper else None
    return hit is not None and hit[0].kind == "state"


def _service_clause(doc: Doc, c: Cand) -> int | None:
    """The token after "P, who served as" (or "who was", "who worked"): where the post the clause gives begins."""
    i = c.end
    if i + 6 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "who" or \
            doc[i + 2].lemma_.lower() not in SERVICE_VERBS:
        return None
    j = i + 3
    while j < len(doc) - 1 and doc[j].lower_ in _AFTER_SERVICE:
        j += 1
    return j


def administration_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a deputy secretary of state in the Obama administration``, ``P, a defence official under President
    Obama``: the state of the leader in, during or under whose administration or government the apposition sets
    the person's post."""
    start = article_apposition(doc, c, room=4)
    start = start if start is not None else _service_clause(doc, c)
    if start is None:
        return None
    for k in range(start, min(start + _MAX_APPOSITION_TOKENS, len(doc) - 3)):
        t = doc[k]
        if t.text in _ENDS or t.pos_ in ("VERB", "AUX") or _names_a_state(doc, g, k):
            return None
        state = _leader_after_link(doc, g, k) if t.lower_ in _LINKS else None
        if state is not None:
            return state
    return None
