"""Speech: direct and indirect quotes, omissions, and who said what and through whom.

``quotes`` pairs quote marks and finds reported speech (``diplograph_quotes``); ``attribution``
resolves speakers and credited outlets and keeps them in a per-Doc table that the events,
claims and relations coders read back through ``attribution_of``.
"""

from .attribution import Attribution, attribution_of
from .quotes import QuotesComponent, find_omissions, find_quote_spans, find_quotes

__all__ = ["Attribution", "QuotesComponent", "attribution_of", "find_omissions", "find_quote_spans", "find_quotes"]
