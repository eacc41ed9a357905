"""Time: time expressions normalised to TIMEX3-style values, and comparing those values.

``component`` finds and resolves expressions (``diplograph_times``), ``timex`` normalises one
expression, ``compare`` says how specific a value is and whether two can name the same time
(used by the event coder and by cross-document event linking).
"""

from .compare import date_compatible, day_range, more_specific, precision, usable
from .component import TimesComponent, find_times, infer_published
from .timex import normalize

__all__ = ["TimesComponent", "date_compatible", "day_range", "find_times", "infer_published", "more_specific",
           "normalize", "precision", "usable"]
