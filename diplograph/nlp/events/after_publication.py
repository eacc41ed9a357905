"""Acts dated after the article: an article cannot report as done what happens after it was
published. "Macron will pay a state visit on April 24" in an April 3 article, "Obama meets
Netanyahu on Sunday" in a Saturday preview, "the leaders hold talks next week": when the coder
dates such an act (from a weekday or a month resolved forward, or a date the text gives) yet
finds no future in its clause (a present tense of schedule, an elided "will"), the date itself
says the act is still to come. It is flagged hypothetical, as a planned meeting is: in the
strict audits since 2026-12-06, realized records dated wholly after their article were no
event in most cases (a planned visit, call or meeting coded as held).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...model import Event
from ..time.compare import day_range


def after_publication(event: Event, published: str | None) -> bool:
    """Every day the event's date covers is later than the day the article was published (a
    date with an unknown year never is)."""
    if not published or not event.date:
        return False
    told, day = day_range(event.date), day_range(published[:10])
    return told is not None and day is not None and told[2] and told[0] > day[1]


def flag_still_to_come(events: list[Event], doc: Doc) -> None:
    """Flag hypothetical (in place) each realized event dated after the document's own date; an
    inferred date (an undated article) is a guess and never used."""
    published: str | None = doc._.published
    for e in events:
        if e.realized and after_publication(e, published):
            e.hypothetical = True
