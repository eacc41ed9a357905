"""The time a paragraph gives its occasion.

News tells one occasion over several sentences and gives its time once, in the sentence that
opens it: "On Sunday night, Pompeo addressed a group of Iranian-Americans in California. Pompeo
denounced Rouhani and Zarif. He said ..."; "Noda referred to the dispute in his speech to the
assembly Wednesday. Noda called for greater adherence to the rule of law." The acts its actor
goes on to do in the simple past, in sentences of the same paragraph with no time of their own,
happened then. ``carried_date`` gives them that time when nothing in between could have moved
the narrative: every sentence in between is told in the simple past with no time expression (a
perfect, a present or a new time is background or another occasion), and the actor of the act
is the subject of the dated sentence (the same occasion, not a bystander of it). Acts placed in
a period or order of their own ("earlier", "after", "during": ``peg.BACKGROUND_WORDS``) or not
told in the report's own simple past (``peg.recounted_today``) are left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..common import line_break_between, sentence_of, sentence_on_its_line, sentences
from ..syntax import SUBJECT_DEPS, clause_tokens
from ..tense import is_simple_past
from ..time.compare import usable
from .dating import sentence_date
from .peg import background_word, recounted_today, report_verb
from .speaking_day import speaking_verb

CARRY_SENTENCES = 3  # how many sentences back, within the paragraph, the occasion's time is looked for


def _times_in(doc: Doc, sent: Span) -> list:
    return [t for t in doc._.times or [] if sent.start_char <= t.span[0] < sent.end_char]


def _told_in_the_past(sent: Span) -> bool:
    """The sentence's main verb is a simple past ("Rycroft said", "Pompeo addressed")."""
    root = sent.root
    return root.pos_ in ("VERB", "AUX") and is_simple_past(root)


def _subject_actors(verb: Token) -> set[str]:
    """The actors the verb's subject names by its head ("Syrian Deputy Foreign Minister Faisal
    al-Mekdad" names al-Mekdad, not Syria)."""
    return {c._.actor for c in verb.children if c.dep_ in SUBJECT_DEPS and c._.actor}


def _same_paragraph(doc: Doc, earlier: Span, later: Span) -> bool:
    """No line break between the words of the two sentences (the parse may keep a paragraph's
    break as trailing or leading whitespace of either)."""
    end = earlier.start_char + len(earlier.text.rstrip())
    start = later.start_char + len(later.text) - len(later.text.lstrip())
    return not line_break_between(doc, end, start)


def carried_date(doc: Doc, anchor: Token, sources: list[str]) -> str | None:
    """The time of the sentence that opened the occasion, for an act of its subject recounted in
    the simple past later in the same paragraph, with only simple-past sentences without a time
    in between."""
    sent = sentence_on_its_line(anchor)  # not the next paragraph the parse ran the sentence into
    verb = report_verb(anchor)
    if verb is not None and verb.i == anchor.i:
        verb = speaking_verb(verb)  # "said the US will support": the saying's tense
    if _times_in(doc, sent) or any(background_word(t, verb) for t in sent):
        return None
    if verb is None or not recounted_today(verb):
        return None
    every = sentences(doc)
    k = next((n for n, s in enumerate(every) if s.start == sentence_of(anchor).start), None)
    if k is None:
        return None
    later = sent
    for prev in reversed(every[max(0, k - CARRY_SENTENCES):k]):
        if not _same_paragraph(doc, prev, later) or not _told_in_the_past(prev) \
                or any(background_word(t, prev.root) for t in prev):
            return None
        if _times_in(doc, prev):
            return _occasion_date(doc, prev.root, sources)
        later = prev
    return None


def _occasion_date(doc: Doc, root: Token, sources: list[str]) -> str | None:
    """The time of the dated sentence's main clause, when its subject is the act's actor."""
    if not set(sources) & _subject_actors(root):
        return None
    date = sentence_date(doc, root, clause_tokens(root), climb=False)
    return date if date and usable(date) else None
