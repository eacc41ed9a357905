"""A conversation with a news outlet is an interview, no consultation. "officials who spoke with The
Washington Times", "a tribal elder who spoke with CNN", "the minister talked to Reuters": the outlet
gathers the words it reports (the quote's credit, ``speech/credit.py``); PLOVER CONSULT is a meeting,
visit, call or negotiation between political actors, and an outlet is none of its parties. The row
class ``party`` of ``kb/events.tsv`` already keeps outlets out of the object of "brief"
(``lexicon._is_party``); this keeps them out of every consultation, on either side: with only an
outlet as partner, a consultation keeps no partner and gives no record (``component._expand``).
"""

from __future__ import annotations

from dataclasses import replace

from .drafts import Draft

_OUTLET_KINDS = frozenset({"media"})


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
