"""Events: PLOVER events over the dependency parse (``diplograph_events``).

``lexicon`` holds the trigger and frame tables, ``roles`` finds source and target, ``parties``
the actors a noun phrase names, ``targets`` and ``artifacts`` the recipients the plain reading
misses, ``frames`` what governing words do to an event, ``dating`` its date (from the text or
a well-known event), ``location`` where it happened (and what a place may stand for), ``merge``
collapses repeated mentions; ``component`` codes a document.
"""

from .component import EventCoder, find_events
from .merge import deduplicate

__all__ = ["EventCoder", "deduplicate", "find_events"]
