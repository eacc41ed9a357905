"""Personal names: normalisation, transliteration variants and similarity.

Used within a document (is ``Pryherman`` a misspelled repeat of ``Yehni Preherman``?) and
across documents (is ``Aleksandr Lukashenko`` ``Alexander Lukashenko``?). Everything here is
a pure function of strings.
"""

from __future__ import annotations

import functools
import re

import jellyfish
from anyascii import anyascii
from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler

from ...kb.gazetteer import slug

# Spelling equivalences of romanised Slavic, Arabic and Chinese names, applied to lower-case
# ASCII text in order. They fold variants onto one key; the key is never shown.
_FOLDS: tuple[tuple[str, str], ...] = (
    (r"ks", "x"), (r"kh", "h"), (r"zh", "j"), (r"dzh", "j"), (r"ts", "c"), (r"tz", "c"),
    (r"iy\b", "y"), (r"yy\b", "y"), (r"ii\b", "y"), (r"ij\b", "y"), (r"ei\b", "ey"), (r"ei", "e"),
    (r"er\b", "r"),
    (r"ie", "e"), (r"ye", "e"), (r"yu", "u"), (r"iu", "u"), (r"ya", "a"), (r"ia", "a"),
    (r"ou", "u"), (r"oo", "u"), (r"w", "v"), (r"ph", "f"), (r"y", "i"), (r"j", "i"),
    (r"(.)\1", r"\1"), (r"e", "a"),
)
_FOLD_RES = tuple((re.compile(a), b) for a, b in _FOLDS)

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "la", "le"})
_PARTICLES = NAME_PARTICLES


# Names repeat endlessly across a corpus: the string functions below are memoised.
@functools.lru_cache(maxsize=65536)
def ascii_name(name: str) -> str:
    """Lower-case ASCII words of a name: accents, curly quotes and punctuation removed."""
    s = anyascii(name).lower()
    s = re.sub(r"['’`]s\b", "", s)
    s = re.sub(r"[^a-z0-9\- ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A spelling-insensitive key for one name word: Aleksandr and Alexander, Sergey and
    Sergei, Preiherman and Preherman fold to the same key."""
    s = ascii_name(word).replace("-", "")
    for pat, rep in _FOLD_RES:
        s = pat.sub(rep, s)
    return s


def name_words(name: str) -> list[str]:
    """The words of a name, hyphenated parts kept together (``Tzu-yun``)."""
    return list(_name_words(name))


@functools.lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in ascii_name(name).split() if w)


def person_slug(name: str) -> str:
    return slug(name)


@functools.lru_cache(maxsize=262144)
def word_similarity(a: str, b: str) -> float:
    """1.0 for the same word up to transliteration, else Jaro-Winkler on the folded keys."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    return JaroWinkler.normalized_similarity(fa, fb)


def misspelling(a: str, b: str) -> bool:
    """Whether two name words of at least five letters look like one name spelled twice:
    a small edit distance on the folded forms, or the same sound with the same first letter."""
    a, b = ascii_name(a), ascii_name(b)
    if len(a) < 5 or len(b) < 5 or a[0] != b[0]:
        return False
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    limit = 1 if min(len(a), len(b)) < 8 else 2
    if DamerauLevenshtein.distance(a, b) <= limit:
        return True
    return jellyfish.metaphone(a) == jellyfish.metaphone(b) and DamerauLevenshtein.distance(fa, fb) <= 2


def surname_candidates(full: str) -> set[str]:
    """The words a short reference may use for a person: the last word (Western order) and
    the first word (family name first, as in Chinese and Korean names)."""
    words = [w for w in name_words(full) if w not in _PARTICLES]
    if not words:
        return set()
    return {words[0], words[-1]} if len(words) > 1 else {words[0]}


@functools.lru_cache(maxsize=262144)
def name_similarity(a: str, b: str) -> float:
    """How alike two full names are, 0..1, insensitive to transliteration: the mean of the
    best word-to-word similarities, the last words weighted double."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return 0.0
    if len(wa) > len(wb):
        wa, wb = wb, wa
    scores = []
    for i, w in enumerate(wa):
        best = max(word_similarity(w, v) for v in wb)
        scores.append(best)
        if i == len(wa) - 1:
            scores.append(word_similarity(w, wb[-1]))
    return sum(scores) / len(scores)


def same_surname(a: str, b: str) -> bool:
    """Whether the last words of two names are one name up to transliteration or misspelling."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    return fold(wa[-1]) == fold(wb[-1]) or misspelling(wa[-1], wb[-1])


def is_short_form(short: str, full: str) -> bool:
    """Whether ``short`` (one or two words) can refer to the person named ``full``."""
    ws, wf = name_words(short), name_words(full)
    if not ws or len(ws) >= len(wf):
        return False
    if len(ws) == 1:
        return ws[0] in surname_candidates(full)
    return ws == wf[: len(ws)] or ws == wf[-len(ws):]
