"""Quoted words that name a thing instead of reporting speech: "the so-called “maximum pressure”
campaign", "a region known as “Zone C”", "a law dubbed “don't ask, don't tell”".

News puts a policy's, a programme's or a person's label in quote marks to show it is a name, not
the writer's own word; nobody is reported to have said it there, so it is no quotation (its words
stay quoted: they are still no event of the writer's). The naming words are data
(``kb/label_cues.tsv``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder
from ..common import doc_text
from .marks import QuoteSpan

_LOOKBACK = 30  # characters before an opening mark in which the naming words must end


@per_folder
def label_cues() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """(a pattern of every naming phrase ending a text, the phrases that name only as a participle
    modifying a noun, those that name only in a passive with no doer)."""
    rows = list(load_table("label_cues"))
    words = sorted((r["cue"].lower() for r in rows), key=len, reverse=True)
    # an article may stand between the naming words and the label: "known as the “Gang of Four”",
    # "dubbed the “army of beauties”"
    pattern = re.compile(r"(?:^|\W)(" + "|".join(re.escape(w) for w in words) + r")(?:\s+(?:the|a|an))?\W*$",
                         re.IGNORECASE)
    return pattern, frozenset(r["cue"].lower() for r in rows if r["reduced"] == "yes"), \
        frozenset(r["cue"].lower() for r in rows if r["reduced"] == "passive")


_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})


def _reduced_participle(cue: Token) -> bool:
    """"a policy dubbed “…”": the participle has no subject or "by" phrase of its own, so it only
    names; "he dubbed it “…”", "she was dubbed “…” by critics" report someone's words."""
    return cue.tag_ == "VBN" and not any(c.dep_ in _CLAUSE_DEPS for c in cue.children) \
        and cue.dep_ not in ("ROOT", "ccomp", "conj", "relcl")


def _agentless_passive(cue: Token) -> bool:
    """"a policy referred to as “…”", "which has been referred to as “…”": the participle names in a
    passive with no doer; "a move he referred to as “…”" and "referred to as “…” by critics" report
    someone's words."""
    return cue.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "agent") for c in cue.children) \
        and not any(t.dep_ == "agent" or t.lower_ == "by" for t in cue.subtree if t.i > cue.i)


def named_label(doc: Doc, q: QuoteSpan) -> bool:
    """“maximum pressure” in "the so-called “maximum pressure” campaign", "known as “Charb”",
    "a program code-named “Olympic Games”", "known as the “Gang of Four”": the naming words right
    before the opening mark (or its article) make the quoted words a label."""
    return _named_at(doc, q.open_at)


def _named_at(doc: Doc, open_at: int) -> bool:
    """Whether the naming words of ``kb/label_cues.tsv`` end right before the opening mark at
    ``open_at`` (or its article)."""
    text = doc_text(doc)
    pattern, reduced, passive = label_cues()
    hit = pattern.search(text[max(0, open_at - _LOOKBACK):open_at])
    if hit is None:
        return False
    cue = hit.group(1).lower()
    if cue not in reduced and cue not in passive:
        return True
    end = open_at - _LOOKBACK + hit.end(1) if open_at >= _LOOKBACK else hit.end(1)
    span = doc.char_span(end - len(cue), end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return _agentless_passive(span[0]) if cue in passive else _reduced_participle(span[-1])


# A quoted label right before another, joined by a comma, "and" or "or" (an article may follow the
# joining word): "“A” and “B”", "“A,” “B”", "“A” or the “B”".
_LABEL_BEFORE = re.compile(r"[“\"]([^“”\"\n]{1,60})[”\"](,?\s*(?:(?:and|or)\s+)?(?:(?:the|a|an)\s+)?)$", re.IGNORECASE)
_LABEL_LIST = 6  # labels in one list, at most
_LABEL_WORDS = 6  # words of a listed label, at most: longer quoted words are someone's sentence


def coordinated_label(doc: Doc, q: QuoteSpan) -> bool:
    """“WellMail” in "malware known as “WellMess” and “WellMail”", “soft Brexit” in "referred to as
    “hard Brexit” and “soft Brexit”", “preliminary” in "a deal dubbed “Phase One” or “preliminary”":
    a short quote joined to a label before it by a comma, "and" or "or" is one more name the same
    naming words give (``named_label`` reads only the first of them)."""
    text = doc_text(doc)
    if len(text[q.start:q.end].split()) > _LABEL_WORDS:
        return False
    open_at = q.open_at
    for _ in range(_LABEL_LIST):
        before = _LABEL_BEFORE.search(text[max(0, open_at - 80):open_at])
        if before is None:
            return False
        joint, label = before.group(2), before.group(1)
        if not (joint.strip() or label.rstrip().endswith(",")) or len(label.split()) > _LABEL_WORDS:
            return False  # two quotes side by side with nothing joining them
        open_at -= len(before.group(0))
        if _named_at(doc, open_at):
            return True
    return False



# How the words of a quoted label hang on the noun after it: as a noun or a name qualifies it
# ("the “no confidence” vote"), with their determiners and adjectives; an adjective alone
# ("the “unprovoked” attack") is someone's judgement.
_NAMING_DEPS = frozenset({"compound", "nmod"})
_LABEL_DEPS = _NAMING_DEPS | {"amod", "det", "nummod"}
_BETWEEN_WINDOW = 3  # words (adjectives, nouns) that may stand between the label and its noun


def _qualified_noun(doc: Doc, q: QuoteSpan, last: Token) -> Token | None:
    """The common noun after the closing mark that the label qualifies, with at most a few of its
    own modifiers between ("the “Hyunmoo” ballistic missiles")."""
    text = doc_text(doc)
    if text[q.close_at + 1:q.close_at + 2] != " ":
        return None
    after = [t for t in doc[last.i + 1:last.i + 2 + _BETWEEN_WINDOW] if t.idx > q.close_at]
    for k, tok in enumerate(after):
        if tok.pos_ == "NOUN" and tok.is_alpha:
            between = after[:k]
            return tok if all(t.head.i == tok.i and t.is_alpha for t in between) else None
        if not tok.is_alpha:
            return None
    return None


def noun_modifier_label(doc: Doc, q: QuoteSpan) -> bool:
    """“no confidence” in "a “no confidence” vote", "the “maximum pressure” campaign", "a “see no
    evil” approach": quoted words that qualify the common noun right after the closing mark name a
    kind of it (a policy's, a plan's, a weapon's name), as "so-called" would. A quoted adjective
    there is someone's judgement, still their words ("the “unprovoked” attack"); a quoted nickname
    in a person's name ("Jacob “Jack” Lew") is left to the actors."""
    text = doc_text(doc)
    if text[q.start:q.end].rstrip()[-1:] in ",.;:!?":
        return False  # "“a disaster,” the official said": the sentence goes on past the words
    span = doc.char_span(q.start, q.end, alignment_mode="contract")
    if span is None or not len(span):
        return False
    noun = _qualified_noun(doc, q, span[-1])
    if noun is None:
        return False
    heads = [t for t in span if not t.is_punct and not span.start <= t.head.i < span.end]
    return bool(heads) and all(t.head.i == noun.i and t.dep_ in _LABEL_DEPS for t in heads) \
        and any(t.dep_ in _NAMING_DEPS for t in heads)


# Words a title leaves in lower case ("Meet the Press", "State of the Union").
_TITLE_SMALL_WORDS = frozenset({"the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "with", "by", "from",
                                "or", "vs."})
_TITLE_MAX_WORDS = 7


def title_of_a_work(quoted: str, lengths: tuple[int, int] = (2, _TITLE_MAX_WORDS)) -> bool:
    """“Face the Nation,” “Meet the Press”, “CHANGE IN WORLD ORDER”: words capitalised as a title
    is -- two to seven words (``lengths``: a caller with stronger evidence, a book's title after
    "his book", reads one word or a long subtitle), each capitalised but a title's small words,
    ending in no "!" or "?" and not opening with I/We/You. Slogans and headlines look the same and
    are reported words: ``programme_title`` and ``works.work_title`` say when such a title is no
    quotation."""
    words = quoted.strip().rstrip(".,;:").split()
    if not lengths[0] <= len(words) <= lengths[1] or quoted.rstrip().endswith(("!", "?")):
        return False
    if words[0] in ("I", "We", "You"):  # "We Will Win": a sentence someone says, whatever its case
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words if w[0].isalpha()) \
        and words[0][0].isupper()
