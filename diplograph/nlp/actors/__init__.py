"""Actors: who the text names (states, organisations, outlets, persons, groups), with their roles.

``component`` recognises mentions (``diplograph_actors``), ``records`` clusters them into one
actor per real person and builds the records; ``roles`` reads titles
and appositions, ``orgs`` organisations and peoples, ``names`` compares personal names (also
used by cross-document linking).
"""

from .component import ActorsComponent, Recognizer, find_actors, outlet_actor, text_outlet

__all__ = ["ActorsComponent", "Recognizer", "find_actors", "outlet_actor", "text_outlet"]
