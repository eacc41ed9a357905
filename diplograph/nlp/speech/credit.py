"""Who passed reported words on: the outlet a quote or a sentence credits (``via``).

An outlet's mention credits reported words by the phrase it stands in ("told Reuters", "according
to", "said on CNN's State of the Union"); ``CREDIT_RULES`` read that phrase in order. Generic
outlet nouns ("the newspaper") are data (``kb/media_nouns.tsv``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder
from ..common import actor_of, add_outlet, doc_text
from ..syntax import SUBJECT_DEPS
from .attribution import Attribution, actor_kind, media_nouns, speech_kind, speech_verbs
from .channels import platform_channel
from .marks import ALL_MARKS
from .pieces import ON_AIR_NOUNS, outlet_piece
from .state_outlets import state_medium, state_outlet
from .writings import written_in

# Heads that make a media mention the credited outlet ("according to X", "interview with X").
CREDIT_HEADS = {"according", "interview", "by", "to", "with", "from"}
# Nouns of an appearance on air: "in an interview on CNN", "during an appearance on Fox News".
BROADCAST_NOUNS = ON_AIR_NOUNS


def last_media_before(doc: Doc, char: int) -> str | None:
    found = None
    for m in doc._.mentions or []:
        if m.start_char < char and actor_kind(doc, m.actor_id) == "media":
            found = m.actor_id
    return found


def phrase_head(tok: Token) -> tuple[Token, bool]:
    """The head of the noun phrase a media mention stands in, and whether the climb went through a
    possessive ("CNN's State of the Union", "Fox News's Judge Andrew Napolitano")."""
    head, possessor = tok, False
    while head.dep_ in ("compound", "flat", "amod", "det", "poss", "appos") and head.head.i != head.i:
        possessor = possessor or head.dep_ == "poss"
        head = head.head
    return head, possessor


def told_object(head: Token, possessor: bool) -> str | None:
    """"told Reuters", "briefed the newspaper": the outlet is the one told."""
    if head.dep_ in ("dobj", "dative", "obj", "iobj") and head.head.lemma_.lower() in ("tell", "inform", "brief"):
        return "told"
    return None


def spoke_to(head: Token, possessor: bool) -> str | None:
    """"said to Kyodo", "spoke to the BBC": the outlet is the one told."""
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ == "to" and gov.head.lemma_.lower() in ("speak", "talk", "say", "tell"):
        return "told"
    return None


def credited_by_preposition(head: Token, possessor: bool) -> str | None:
    """"according to Reuters", "in an interview with CNN", "a summary of the call released by TASS"."""
    if head.dep_ != "pobj":
        return None
    gov = head.head
    above = gov.head
    if gov.lower_ in CREDIT_HEADS or (gov.lower_ == "of" and above.lemma_.lower() in ("report", "summary", "readout")):
        chain = [gov, above, above.head, above.head.head]
        if any(t.lower_ in ("according", "interview", "by") or t.lemma_.lower() in speech_verbs()
               or t.lemma_.lower() in ("report", "summary", "readout", "statement", "interview") for t in chain):
            return "credit"
    return None


def broadcast_on(head: Token, possessor: bool) -> str | None:
    """"said on CNN's State of the Union", "said on Fox News", "in an interview on NBC's Meet the
    Press": words spoken on an outlet's programme come through that outlet."""
    gov = head.head
    if head.dep_ != "pobj" or gov.lower_ != "on":
        return None
    above = gov.head
    if above.lemma_.lower() in BROADCAST_NOUNS or (speech_kind(above) in ("say", "credit")):
        return "credit"
    return None


def credited_subject(head: Token, possessor: bool) -> str | None:
    """"Kyodo reported", "the newspaper said": the outlet is credited with the words, unless it only
    names the speaker's employer: "Fox News's Judge Andrew Napolitano said" is Napolitano's."""
    if head.dep_ not in SUBJECT_DEPS or not speech_kind(head.head):
        return None
    if possessor and (head.ent_type_ == "PERSON" or _kind_of(head) == "person"):
        return None
    return "credit"


CreditRule = Callable[[Token, bool], str | None]
# How the phrase a media mention heads credits the reported words; the first that answers wins.
CREDIT_RULES: tuple[CreditRule, ...] = (told_object, spoke_to, credited_by_preposition, broadcast_on,
                                        written_in, outlet_piece, credited_subject)


# Words that may stand between an outlet's name and its verb: "the Tasnim news agency quoted",
# "the official news agency, IRNA, quoted" (the generic outlet nouns are ``kb/media_nouns.tsv``).
_NAME_TRAIL = frozenset({",", "news", "'s", "’s"})
# How far after "quoted" its "as saying" may come: "quoted Foreign Ministry spokesman X as saying".
_QUOTED_AS_WINDOW = 16


def quoted_as_saying(tok: Token) -> str | None:
    """"IRNA quoted X as saying", "the official news agency, IRNA, quoted government spokesman X as
    saying": the outlet passed the words on. Read on the words, since the parser often hangs
    "quoted" as an adjective of the name after it and the outlet as an apposition of nothing."""
    doc, i = tok.doc, tok.i + 1
    while i < len(doc) and ((actor_of(tok) and actor_of(doc[i]) == actor_of(tok)) or doc[i].lower_ in _NAME_TRAIL
                            or doc[i].lower_ in media_nouns()):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in ("quoted", "cited"):
        return None
    window = doc[i + 1:i + 1 + _QUOTED_AS_WINDOW]
    for prev, word in zip(window, window[1:], strict=False):
        if prev.is_sent_start or word.is_sent_start or word.text in (".", ";"):
            return None
        if prev.lower_ == "as" and speech_verbs().get(word.lemma_.lower()) == "say" and word.lower_.endswith("ing"):
            return "credit"
    return None


# Rules read on the outlet's own token and the words after it, before its phrase's grammar.
TOKEN_CREDIT_RULES: tuple[Callable[[Token], str | None], ...] = (quoted_as_saying,)


def _kind_of(tok: Token) -> str | None:
    aid = actor_of(tok)
    return actor_kind(tok.doc, aid) if aid else None


def credit_role(tok: Token) -> str | None:
    """How a media mention credits reported words: 'told' (object of tell/speak), 'credit'
    (according to, reported by, interview with, said on X's programme, X reported), or None."""
    surface = next((role for rule in TOKEN_CREDIT_RULES if (role := rule(tok))), None)
    if surface:
        return surface
    head, possessor = phrase_head(tok)
    return next((role for rule in CREDIT_RULES if (role := rule(head, possessor))), None)


def with_programme_titles(doc: Doc, around: list[Token], titles: list[tuple[int, int]]) -> list[Token]:
    """“…,” X said on “Fox News Sunday.”, X told “Fox News Sunday”: a programme's title (in quote
    marks, so left out of the words around a quote) names the outlet the words came through; its
    words join the ones around the quote that follow the quote's first word up to just after its
    last (a title often ends the sentence)."""
    if not around or not titles:
        return around
    lo, last = around[0].idx, around[-1]
    hi = last.idx + len(last.text) + 2
    extra = [t for s, e in titles if lo <= s and s - 1 <= hi
             for t in (doc.char_span(s, e, alignment_mode="expand") or ())]
    return sorted([*around, *extra], key=lambda t: t.i) if extra else around


@per_folder
def programmes() -> dict[str, str]:
    """A programme's on-air title -> the name of the outlet that airs it (``kb/programmes.tsv``)."""
    return {r["programme"]: r["outlet"] for r in load_table("programmes")}


_PROGRAMME_CUES = frozenset({"on", "told"})


def _word_before(tok: Token) -> Token | None:
    """The word before ``tok``, past quote marks: "on" in "said on “Meet the Press”"."""
    i = tok.i - 1
    while i >= 0 and (tok.doc[i].text in ALL_MARKS or tok.doc[i].is_space):
        i -= 1
    return tok.doc[i] if i >= 0 else None


def _outlet_id(doc: Doc, name: str) -> str | None:
    """The id of the outlet the KB knows by ``name``, added to the document's actors if the text
    never names it (as ``actors.text_outlet`` does for the document's own outlet)."""
    actors = doc._.actors if doc._.actors is not None else {}
    found = add_outlet(actors, name)
    if found is not None:
        doc._.actors = actors
    return found


def programme_outlet(doc: Doc, tokens: list[Token]) -> str | None:
    """"“…,” Durbin said on “Meet the Press”", "she told Fox & Friends": the words came through the
    outlet that airs the programme named right after "on" or "told", when no outlet is named."""
    titles = programmes()
    text = doc_text(doc)
    for tok in tokens:
        if not tok.text[:1].isupper():
            continue
        before = _word_before(tok)
        if before is None or before.lower_ not in _PROGRAMME_CUES:
            continue
        for title, outlet in titles.items():
            end = tok.idx + len(title)
            if text.startswith(title, tok.idx) and not text[end:end + 1].isalnum():
                return _outlet_id(doc, outlet)
    return None


def credit_in(doc: Doc, tokens: list[Token], speaker: str | None, att: Attribution,
              titles: list[tuple[int, int]] | None = None) -> tuple[str | None, bool]:
    """The outlet that ``tokens`` (the words around a quote, quotes excluded but for the
    programme ``titles``) credit, and whether it is credited by name as the one the speaker "told"."""
    for tok in tokens:
        if att.in_quote(tok.idx) and not any(s <= tok.idx < e for s, e in titles or ()):
            continue
        aid = actor_of(tok)
        if aid and aid != speaker and actor_kind(doc, aid) == "media":
            role = credit_role(tok)
            if role:
                return aid, role == "told"
        elif (aid is None and state_medium(tok) and (role := credit_role(tok))
              and (own := state_outlet(doc, tok, speaker))):
            return own, role == "told"  # "told state TV": that state's outlet, never the last one named
        elif aid is None and tok.lemma_.lower() in media_nouns() and tok.pos_ == "NOUN" and credit_role(tok):
            return last_media_before(doc, tok.idx), False
    return programme_outlet(doc, tokens) or platform_channel(doc, tokens, speaker), False
