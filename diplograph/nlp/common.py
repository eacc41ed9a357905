"""Small helpers shared by the components: who a token stands for, record ids, spans."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ..kb import load_table, per_folder
from ..kb.gazetteer import gazetteer
from ..model import Actor, TimeExpr
from . import extensions  # noqa: F401  (registers the attributes)


@per_folder
def speech_verbs() -> dict[str, str]:
    """The verbs of ``kb/speech_verbs.tsv`` and their kind (say / credit / think ...): read once
    here for quotes, events and dating alike."""
    return {r["lemma"]: r["kind"] for r in load_table("speech_verbs")}


@per_folder
def occasion_nouns() -> frozenset[str]:
    """The nouns of ``kb/occasion_nouns.tsv``, gatherings and appearances at which words are said
    and acts done: read once here for dating and for quote credits alike."""
    return frozenset(row["lemma"].lower() for row in load_table("occasion_nouns"))


def sentence_at(doc: Doc, char: int) -> Span:
    """The sentence holding the character at ``char`` (the last one past the text's end)."""
    tok = doc.char_span(char, min(len(doc_text(doc)), char + 1), alignment_mode="expand")
    return sentence_of(tok[0] if tok is not None and len(tok) else doc[-1])


def actor_of(token: Token) -> str | None:
    """Id of the actor whose mention covers ``token``, or None: ``token._.actor`` read where spaCy
    keeps it, ``doc.user_data`` under the key ``Underscore._get_key`` makes (the attribute has a
    default of None and no getter). ``token._`` builds an Underscore object on every access, and the
    loops over every word near a quote or in a sentence ask this of each word
    (tests/test_syntax.py keeps the two readings equal)."""
    user_data: dict = token.doc.user_data  # spaCy declares its keys str; extension keys are tuples
    return user_data.get(("._.", "actor", token.idx, None))


def actor(doc: Doc, actor_id: str | None) -> Actor | None:
    return (doc._.actors or {}).get(actor_id) if actor_id else None


def actors_in(tokens: Iterable[Token]) -> list[str]:
    """Distinct actor ids mentioned by ``tokens``, in order of first mention."""
    seen: list[str] = []
    for t in tokens:
        a = t._.actor
        if a and a not in seen:
            seen.append(a)
    return seen


def subtree_actors(token: Token) -> list[str]:
    """Actor ids mentioned anywhere in ``token``'s subtree."""
    return actors_in(token.subtree)


def record_id(doc: Doc, kind: str, n: int) -> str:
    """A record id unique across the corpus: the document hash prefix, the kind letter, a number."""
    prefix = (doc._.doc_id or "doc")[:12]
    return f"{prefix}:{kind}{n}"


def times_in(doc: Doc, start_char: int, end_char: int) -> list[TimeExpr]:
    """Time expressions lying inside the character range, in text order."""
    return [t for t in (doc._.times or []) if t.span[0] >= start_char and t.span[1] <= end_char]


def char_span_tokens(doc: Doc, start_char: int, end_char: int) -> Span | None:
    """The token span covering a character range, snapping outward to token edges."""
    return doc.char_span(start_char, end_char, alignment_mode="expand")


_SENTS = "diplograph.sentence_bounds"


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences, computed once per Doc. (spaCy's ``Token.sent`` checks the
    whole document for sentence annotation on every call, which made the components
    quadratic in document length.)"""
    bounds = doc.user_data.get(_SENTS)
    if bounds is None or (bounds and bounds[-1][1] != len(doc)):
        bounds = [(s.start, s.end) for s in doc.sents] if len(doc) else []
        doc.user_data[_SENTS] = bounds
    return [doc[s:e] for s, e in bounds]


def sentence_of(item: Token | Span) -> Span:
    """The sentence holding a token (or a span's first token)."""
    doc = item.doc
    i = item.i if isinstance(item, Token) else item.start
    bounds = doc.user_data.get(_SENTS)
    if bounds is None or (bounds and bounds[-1][1] != len(doc)):
        sentences(doc)
        bounds = doc.user_data[_SENTS]
    k = bisect.bisect_right(bounds, (i, len(doc) + 1)) - 1
    s, e = bounds[max(k, 0)]
    return doc[s:e]


def sentence_on_its_line(tok: Token) -> Span:
    """The sentence holding a token, cut to the line it stands on: the parse runs a sentence over a
    paragraph's end ("The Kremlin fired back, saying ...”\n\nLitvinenko ... died in November 2006"),
    and the words past the break are another sentence, whose times and words are not the token's."""
    sent = sentence_of(tok)
    lines = _line_breaks(tok.doc)[0]
    k = bisect.bisect_left(lines, tok.idx)
    after_break = lines[k - 1] if k > 0 else -1
    next_break = lines[k] if k < len(lines) else len(doc_text(tok.doc))
    kept = [t.i for t in sent if after_break < t.idx < next_break]
    return tok.doc[kept[0]:kept[-1] + 1] if kept else sent


# Determiners of a noun phrase that refers to a thing already known ("the attack", "these requests")
# and of one that introduces a new thing ("a second report"), read by the rules that look back for
# what a noun refers to.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another"})

def window_start(item: Token | Span, sentences_back: int) -> int:
    """The first token of the sentence ``sentences_back`` before the one holding ``item`` (of the
    document's first, when there are fewer): where a look back for an antecedent stops."""
    doc = item.doc
    start = sentence_of(item).start
    for _ in range(sentences_back):
        if start == 0:
            break
        start = sentence_of(doc[start - 1]).start
    return start


DOC_TEXT = "diplograph.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds the string from every token on each access."""
    text = doc.user_data.get(DOC_TEXT)
    if text is None:
        text = doc.user_data[DOC_TEXT] = doc.text
    return text


_BREAKS = "diplograph.line_breaks"


def _line_breaks(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Where the stored text breaks: the offset of every line break, of every blank line ("\n\n", each
    position where one starts), and the end of each blank line ``str.count`` counts from the start (not
    overlapping). Computed once per Doc: paragraph tests are asked per token and per record."""
    found = doc.user_data.get(_BREAKS)
    if found is None:
        text = doc_text(doc)
        lines = [i for i, ch in enumerate(text) if ch == "\n"]
        blanks = [i for i in lines if text.startswith("\n\n", i)]
        counted: list[int] = []
        for i in blanks:
            if not counted or i >= counted[-1]:
                counted.append(i + 2)
        found = doc.user_data[_BREAKS] = (lines, blanks, counted)
    return found


def line_break_between(doc: Doc, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` (characters) holds a line break: a sentence the
    parse runs over a line's end is two."""
    lines = _line_breaks(doc)[0]
    k = bisect.bisect_left(lines, start)
    return k < len(lines) and lines[k] < end


def blank_line_between(doc: Doc, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` holds a blank line, a paragraph's break."""
    blanks = _line_breaks(doc)[1]
    k = bisect.bisect_left(blanks, start)
    return k < len(blanks) and blanks[k] + 2 <= end


def blank_lines_before(doc: Doc, char: int) -> int:
    """How many paragraph breaks come before ``char``: the paragraph it stands in, counted from 0."""
    return bisect.bisect_right(_line_breaks(doc)[2], char)


_COLUMNS = "diplograph.token_columns"
# hash -> string (and -> lowercased string): hashes are the same in every vocabulary
_STRINGS: dict[int, str] = {}
_LOWERED: dict[int, str] = {}


def column(doc: Doc, attr: str) -> list[str]:
    """One token attribute for the whole document as a list of strings, computed once per Doc
    from ``doc.to_array``: ``"POS"`` is ``[t.pos_ ...]``, ``"LEMMA_LOWER"`` is
    ``[t.lemma_.lower() ...]``. Loops over every token test these lists and build Token objects
    only for the few tokens that pass (spaCy builds a new Token on every access)."""
    cols = doc.user_data.get(_COLUMNS)
    if cols is None or cols.get("", -1) != len(doc):
        cols = doc.user_data[_COLUMNS] = {"": len(doc)}
    col = cols.get(attr)
    if col is None:
        lower = attr.endswith("_LOWER")
        cache = _LOWERED if lower else _STRINGS
        strings = doc.vocab.strings
        hashes = doc.to_array(attr[:-6] if lower else attr).tolist() if len(doc) else []
        for h in set(hashes).difference(cache):  # look up each new string once, then map the column
            s = strings[h] if h else ""
            cache[h] = s.lower() if lower else s
        col = cols[attr] = list(map(cache.__getitem__, hashes))
    return col


@per_folder
def gender_words() -> dict[str, str]:
    """``kb/gender_words.tsv``: honorifics and titles before a name that give a person's gender
    (read by ``syntax.mention_genders`` for the pronoun resolver)."""
    return {r["word"]: r["gender"] for r in load_table("gender_words")}


@per_folder
def speech_media() -> frozenset[str]:
    """``kb/speech_media.tsv``: the media of speech ("statement", "tweet", "interview") that make
    an act's channel words (read by the event dating and the verbal sense of force words)."""
    return frozenset(row["lemma"].lower() for row in load_table("speech_media"))


@per_folder
def other_party_nouns() -> frozenset[str]:
    """``kb/other_party_nouns.tsv``: "ally", "nominee", "critic" name someone other than the
    actor before them ("Trump allies"; read by the event coder's parties and the speech
    attribution)."""
    return frozenset(r["noun"] for r in load_table("other_party_nouns"))


def state_actor(actors: dict, iso: str | None) -> str | None:
    """The id of the state ``iso``, added to the document's actors when unmentioned."""
    kb = gazetteer().state(iso) if iso else None
    if kb is None:
        return None
    if kb.id not in actors:
        actors[kb.id] = Actor(kb.id, kb.name, "state", iso)
    return kb.id


def add_outlet(actors: dict, name: str) -> str | None:
    """The id of the outlet the KB knows by ``name``, added to the document's actors when
    unmentioned."""
    kb = gazetteer().outlet(name)
    if kb is None:
        return None
    if kb.id not in actors:
        actors[kb.id] = Actor(kb.id, kb.name, "media", kb.country)
    return kb.id
