"""Speech: direct and indirect quotes, omissions, and who said what and through whom.

``marks`` pairs quote marks into spans; ``quotes`` finds their speakers and reported speech
(``diplograph_quotes``); ``attribution`` resolves speakers (``credit`` the outlets credited) and
keeps them in a per-Doc table that the events, claims and relations coders read back through
``attribution_of``.
"""

from .attribution import Attribution, attribution_of, in_quotation
from .marks import find_quote_spans
from .quotes import QuotesComponent, find_omissions, find_quotes

__all__ = ["Attribution", "QuotesComponent", "attribution_of", "find_omissions", "find_quote_spans", "find_quotes",
           "in_quotation"]
