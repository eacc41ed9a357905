"""A conversation with the press is an interview, and a journalist's question is news-gathering: no
event. PLOVER codes the acts of political actors; the outlet and its staff gather the words they report.

* An outlet spoken to: "officials who spoke with The Washington Times", "a tribal elder who spoke with
  CNN", "the minister talked to Reuters" (the quote's credit, ``speech/credit.py``). PLOVER CONSULT is a
  meeting, visit, call or negotiation between political actors, and an outlet is none of its parties.
  The row class ``party`` of ``kb/events.tsv`` already keeps outlets out of the object of "brief"
  (``lexicon._is_party``); ``without_outlets`` keeps them out of every consultation, on either side.
* A journalist at work: a person the text gives a job of the news trade (``kb/journalism.tsv`` class
  job: "host Candy Crowley", "Morning Edition host Renee Montagne", "Wolf Blitzer, the CNN anchor", a
  role of it, "White House correspondent Jonathan Karl") or names by an outlet's possessive ("CNN's
  Jake Tapper", "NPR's Steve Inskeep") is no party to a consultation, on either side ("Kerry
  sat down with NPR's Steve Inskeep", "host Renee Montagne spoke with a blogger": an interview), and no
  source of an act of questioning (class act: "Blitzer pressed Swalwell on ...", "asked the vice
  president's office for a response"): ``without_press``. A journalist stays the recipient of what is
  done to him ("arrested a reporter") and the speaker of his words. A person holding any other office
  ("summit host Xi Jinping") is no journalist.

With only the press as partner, a consultation keeps no partner and gives no record (``component._expand``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ...kb import WordClass
from ...model import Actor
from .drafts import Draft

_OUTLET_KINDS = frozenset({"media"})
JOURNALISM_JOBS = WordClass("journalism", "job")
NEWSGATHERING_ACTS = WordClass("journalism", "act")
# Dependencies on which a job noun describes the name it stands with ("host Candy Crowley", "Blitzer,
# the CNN anchor").
_JOB_DEPS = frozenset({"compound", "appos"})


def _outlet(actors: dict, party: str) -> bool:
    actor = actors.get(party)
    return actor is not None and actor.kind in _OUTLET_KINDS


def without_outlets(d: Draft, actors: dict) -> Draft:
    """A consultation's parties less the news outlets among them: "spoke with CNN" names none."""
    if d.type != "CONSULT":
        return d
    sources = [s for s in d.sources if not _outlet(actors, s)]
    targets = [t for t in d.targets if not _outlet(actors, t)]
    if (sources, targets) == (d.sources, d.targets):
        return d
    return replace(d, sources=sources, targets=targets)


# ---------------------------------------------------------------- who works for the press
def _job_before(doc: Doc, start: int, end: int) -> bool:
    """"host Candy Crowley", "White House correspondent Jonathan Karl": a job noun right before the name,
    one phrase with it by the parse (not "told a reporter Smith had left")."""
    if start == 0 or doc[start - 1].lower_ not in JOURNALISM_JOBS:
        return False
    job, name = doc[start - 1], doc[start:end].root
    return start <= job.head.i < end or name.head.i == job.i


def _outlet_possessive(doc: Doc, start: int, actors: dict) -> bool:
    """"CNN's Jake Tapper", "NPR's Steve Inskeep": an outlet's possessive right before the name."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return False
    owner = doc[start - 2]._.actor
    return owner is not None and _outlet(actors, owner)


def _job_described(doc: Doc, start: int, end: int) -> bool:
    """"Wolf Blitzer, the CNN anchor": a job noun the parse hangs on the name as its apposition or compound."""
    name: Token = doc[start:end].root
    return any(c.dep_ in _JOB_DEPS and c.lemma_.lower() in JOURNALISM_JOBS and not start <= c.i < end
               for c in name.children)


def _job_role(actor: Actor) -> bool:
    return any(r.title.lower() in JOURNALISM_JOBS for r in actor.roles)


def _other_office(actor: Actor) -> bool:
    """A role outside the news trade ("President", "Senator"): a political actor, whatever he hosts."""
    return any(r.title.lower() not in JOURNALISM_JOBS for r in actor.roles)


def journalists(doc: Doc, actors: dict) -> frozenset[str]:
    """The persons the text makes journalists, by a job or an outlet beside any mention of theirs."""
    found: set[str] = set()
    for m in doc._.mentions or []:
        actor = actors.get(m.actor_id)
        if actor is None or actor.kind != "person" or _other_office(actor):
            continue
        if _job_role(actor) or _job_before(doc, m.start, m.end) or _outlet_possessive(doc, m.start, actors) \
                or _job_described(doc, m.start, m.end):
            found.add(m.actor_id)
    return frozenset(found)


def without_press(d: Draft, press: frozenset[str]) -> Draft:
    """A consultation's parties less the journalists ("sat down with NPR's Steve Inskeep": an interview),
    and a questioning act's sources less them ("CNN's Wolf Blitzer pressed Swalwell")."""
    if not press:
        return d
    if d.type == "CONSULT":
        sources = [s for s in d.sources if s not in press]
        targets = [t for t in d.targets if t not in press]
    elif d.anchor.lemma_.lower() in NEWSGATHERING_ACTS:
        sources, targets = [s for s in d.sources if s not in press], d.targets
    else:
        return d
    if (sources, targets) == (d.sources, d.targets):
        return d
    return replace(d, sources=sources, targets=targets)
