"""A work's title in quote marks: "his 1997 book, “Dereliction of Duty,”", "the film “The
Interview”", "the TV series “Game of Thrones”".

News sets the title of a book, a film, a song or a programme in quote marks (AP style for
composition titles). Right after the noun of the work it names the work; nobody is reported to have
said it there, so it is no quotation. The nouns are data (``kb/creative_works.tsv``); a title's
capitalisation is ``labels.title_of_a_work``'s, read here from one word (“Duty”) to a long subtitle,
since the noun before it already says a title follows. Words a writer quotes from the work ("wrote
in his memoir, “I was wrong about the war”") are no title and stay a quotation.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb import load_table, per_folder
from ..common import doc_text
from .labels import title_of_a_work
from .marks import QuoteSpan

_LOOKBACK = 40  # characters before the opening mark read for the noun of the work
# One word to a title with a long subtitle ("Worthy Fights: A Memoir of Leadership in War and Peace").
_TITLE_LENGTHS = (1, 16)


@per_folder
def creative_works() -> frozenset[str]:
    """Nouns of a titled work (``kb/creative_works.tsv``)."""
    return frozenset(r["noun"] for r in load_table("creative_works"))


def work_title(doc: Doc, q: QuoteSpan) -> bool:
    """“Dereliction of Duty” in "his 1997 book, “Dereliction of Duty,” made his name", “The
    Interview” in "the release of the film “The Interview”": quoted words capitalised as a title
    right after a noun of a work (a comma may stand between) are its title. Not after a verb
    ("meant to show “…”") nor after a colon, which opens the words quoted from it."""
    text = doc_text(doc)
    if not title_of_a_work(text[q.start:q.end], _TITLE_LENGTHS):
        return False
    before = doc.char_span(max(0, q.open_at - _LOOKBACK), q.open_at, alignment_mode="contract")
    words = [t for t in before if not t.is_space] if before is not None else []
    if words and words[-1].text == ",":
        words = words[:-1]
    if not words:
        return False
    noun, works = words[-1], creative_works()
    return noun.pos_ in ("NOUN", "PROPN") and (noun.lower_ in works or noun.lemma_.lower() in works)
