"""The ``diplograph_actors`` component: who the text names.

Recognition combines the knowledge base (states with their names, demonyms, capitals and
seats of power; organisations; outlets), matched with PhraseMatchers built once per
vocabulary, with spaCy's PERSON/ORG entities. Then roles (``roles.py``) attach titles to
persons and turn unnamed role phrases ("China's defense minister", "officials in Kiev") into
mentions of the person who holds the role or of the state; short and misspelled repeats of
a name join the fullest form (``names.py``); ``records.py`` clusters persons and builds the
records. ``find_actors`` does the work; the component only attaches its result.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from ...kb import WordClass, activate, override_folder
from ...kb.gazetteer import CAPITAL, PLACE, Gazetteer, KBActor, gazetteer, slug
from ...model import Actor
from .. import extensions  # noqa: F401
from ..common import actor_of, add_outlet, column, doc_text, sentence_of
from ..extensions import Mention
from ..lines import WIRE_CREDIT
from .brackets import before_open_bracket
from .bylines import byline_spans
from .companies import platform_as_channel, starts_a_longer_name
from .company_apposition import company_apposition, company_namesakes
from .evidence import (
    ORG_HEADS,
    after_dateline,
    after_gerund,
    after_inverted_said,
    agreement_after,
    credit_line_spans,
    drop_credited,
    drop_places,
    glued_name_end,
    hyphen_tail,
    in_title,
    institution_named,
    is_platform,
    media_kind,
    namesake_city,
    not_an_actor_entity,
    person_like_orgs,
    place_spans,
)
from .headings import drop_heading_only
from .names import NAME_PARTICLES, misspelling, name_words
from .orgs import ethnic_residents, glossed_orgs, merge_acronyms, outlet_short_names, people_words
from .outlet_nouns import outlet_by_noun, outlet_noun_beside
from .outlet_surnames import surname_not_outlet
from .party_members import part_of_other_name, party_adjective_alone
from .records import _bare_name, build_actors
from .roles import Cand, TitleSpan, _tokenizer, find_titles, title_matcher
from .short_names import org_short_names
from .split_titles import name_after_split_title
from .state_surnames import state_surnames
from .us_state_bodies import US_STATES

_ORG_LABELS = {"ORG", "FAC"}
# "anti-Syria", "pro-Moscow": a stance toward a state, not a mention of it.
_STANCE_PREFIXES = frozenset({"anti", "pro"})
_SPLIT_TOKEN = re.compile(r"[-,;/–—]")
# A capitalised sequence ending in one of these words names an organisation.
# Words of a sentence that speaks of reporting.
_MEDIA_CUES = WordClass("actor_words", "media_cue")
# Nouns a demonym qualifies without naming its state ("the Russian language").
_NOT_AFTER_DEMONYM = WordClass("actor_words", "not_after_demonym")


class Recognizer:
    """PhraseMatchers over the KB, built once per vocabulary."""

    def __init__(self, vocab: Vocab, g: Gazetteer) -> None:
        self.g = g
        make = _tokenizer(vocab)
        self.kb = PhraseMatcher(vocab, attr="ORTH")
        for form in g.surfaces:
            self.kb.add(form, [make(form)])
        self.titles = title_matcher(vocab, g)
        self.bodies = PhraseMatcher(vocab, attr="LOWER")
        for phrase in g.bodies:
            self.bodies.add(phrase, [make(phrase)])


def _kb_cand(kb: KBActor, how: str, start: int, end: int, text: str) -> Cand:
    return Cand(start, end, kb.id, kb.kind, how, kb.country, text)


def kb_candidates(doc: Doc, rec: Recognizer) -> list[Cand]:
    """KB matches, longest first and non-overlapping, plus KB names inside hyphenated or
    glued tokens ("Sino-Russia", "2020,Minsk")."""
    g = rec.g
    raw = sorted(((s, e, doc.vocab.strings[m]) for m, s, e in rec.kb(doc)), key=lambda x: (x[0], x[0] - x[1]))
    out: list[Cand] = []
    last = -1
    for s, e, form in raw:
        if s < last:
            continue
        hit = g.lookup(form)
        if hit is None or not _plausible(doc, s, e, hit[0], hit[1]) or starts_a_longer_name(doc, e, hit[0], g) \
                or hit[0].id in g.companies and platform_as_channel(doc, s, e):
            continue
        out.append(_kb_cand(hit[0], hit[1], s, e, doc[s:e].text))
        last = e
    covered = {i for c in out for i in range(c.start, c.end)}
    for i, text in enumerate(column(doc, "ORTH")):
        if i in covered or len(text) < 4 or not _SPLIT_TOKEN.search(text):
            continue
        t = doc[i]
        pos = 0
        parts = _SPLIT_TOKEN.split(t.text)
        for k, part in enumerate(parts):
            stance = k > 0 and parts[k - 1].lower() in _STANCE_PREFIXES  # "anti-Syria journalist"
            hit = g.lookup(part) if part and not stance else None
            if hit is not None:
                c = _kb_cand(hit[0], hit[1], t.i, t.i + 1, part)
                c.start_char = t.idx + t.text.index(part, pos)
                c.end_char = c.start_char + len(part)
                out.append(c)
            pos += len(part) + 1
    out += misspelled_states(doc, g, covered | {i for c in out for i in range(c.start, c.end)})
    out.sort(key=lambda c: (c.start, c.start_char or 0))
    by_start = {c.start: c for c in out if c.start_char is None}
    return [namesake_city(doc, c, by_start) or c for c in out]


def misspelled_states(doc: Doc, g: Gazetteer, covered: set[int]) -> list[Cand]:
    """Proper nouns the NER does not take for a person that misspell a state's name by one letter."""
    out = []
    texts, ent_types = column(doc, "ORTH"), column(doc, "ENT_TYPE")
    for i, pos in enumerate(column(doc, "POS")):
        if pos != "PROPN" or i in covered or ent_types[i] == "PERSON" or len(texts[i]) < 6:
            continue
        t = doc[i]
        if t.ent_type_ == "ORG" and (t.ent_iob_ == "I" or t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I"):
            continue  # a word of a longer organisation name
        kb = g.misspelled_state(t.text)
        if kb is not None and not _inside_longer_name(doc, t.i):
            out.append(_kb_cand(kb, "name", t.i, t.i + 1, t.text))
    return out


def _inside_longer_name(doc: Doc, i: int) -> bool:
    """A word of a longer proper name, not a misspelled state on its own: "District of Columbia",
    "British Columbia", "Columbia University" (a name one letter from "Colombia")."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if before is not None and before.lower_ == "of" and i > 1 and doc[i - 2].is_title \
            and doc[i - 2].ent_type_ != "PERSON":  # "President Pastrana of Columbia" misspells the state
        return True
    return any(t is not None and t.is_title and not t.is_sent_start for t in (before, after))


_WORLD_REGIONS = WordClass("actor_words", "world_region")
_MAX_REGION_WORDS = 1  # "Central", "Latin", "Northern" before "America"/"American"


def ends_a_region_name(doc: Doc, s: int, e: int, kb: KBActor) -> bool:
    """``migrants from Central America``, ``Latin American leaders``, ``Governor X of New Mexico``: a state's
    name or adjective that ends the longer name of a region of several states (``kb/actor_words.tsv``
    world_region) or of an American state (us_state) names a place that is not the state. Not when the
    region's name opens a longer name ("North American Aerospace Defense Command", "the Central American
    Resource Center", a capitalised word the NER takes into the same name; not "New Mexico Gov. X"): the NER's
    reading of that name is left as it was."""
    if kb.kind != "state" or e < len(doc) and doc[e].is_title and doc[e].ent_iob_ == "I":
        return False
    for n in range(_MAX_REGION_WORDS, 0, -1):
        if s - n < 0 or not all(t.is_title for t in doc[s - n:s]):
            continue
        name = doc[s - n:e].text
        if name in _WORLD_REGIONS or name in US_STATES:
            return True
    return False


def _plausible(doc: Doc, s: int, e: int, kb: KBActor, how: str) -> bool:
    """Filters for ambiguous forms: "West" names the West only as "the West" (not "West
    Bank"), "Western" not where it opens a place's name ("the Western Pacific"); a form right
    before a capitalised word may be part of a longer name."""
    text = doc[s:e].text
    nxt = doc[e] if e < len(doc) else None
    if s >= 2 and doc[s - 1].text == "-" and doc[s - 2].lower_ in _STANCE_PREFIXES:
        return False  # "anti-Syria journalist", "pro-Moscow rebels": a stance, not the state
    if how == "demonym" and nxt is not None and nxt.lower_ in _NOT_AFTER_DEMONYM:
        return False
    if how in (CAPITAL, PLACE) and agreement_after(doc, e):
        return False  # "the Paris climate accord": the agreement's name, not France
    if ends_a_region_name(doc, s, e, kb):
        return False  # "Central America", "Latin American": a region of several states, not the United States
    if part_of_other_name(doc, s, e) or party_adjective_alone(doc, s, e):
        return False  # "Social Democrats": another party's name; "the Republican nominee": no party members
    if text == "West":
        return s > 0 and doc[s - 1].lower_ == "the" and not (nxt is not None and nxt.is_title)
    # "the Western Pacific", "Western Europe", "the Western Wall": a place, not the West
    return not (text == "Western" and nxt is not None and _names_a_region(doc[s], nxt))


# Entity types of a place's name.
_PLACE_ENT_TYPES = frozenset({"LOC", "GPE", "FAC"})


def _names_a_region(word: Token, nxt: Token) -> bool:
    """A compass adjective ("Western") that opens a place's name with the capitalised word after it:
    the NER reads either as a place ("the Western Pacific", "Western Europe", "the Western Wall")."""
    return nxt.is_title and (nxt.ent_type_ in _PLACE_ENT_TYPES or word.ent_type_ in _PLACE_ENT_TYPES)


def _strip_ent(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Drop a leading determiner or quote and cut at a possessive or closing quote."""
    while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_quote or doc[s].is_punct):
        s += 1
    for i in range(s, e):
        if doc[i].text in ("'s", "’s", "'", "’") or doc[i].is_quote:
            return s, i
    while e > s and doc[e - 1].is_punct:
        e -= 1
    return s, e


def _extend_org(doc: Doc, s: int, e: int) -> int:
    """Extend an organisation name over "and"/"of"/"for" + capitalised words ending in an
    organisation word ("School of Oriental | and African Studies")."""
    j = e
    while j + 1 < len(doc) and doc[j].lower_ in ("and", "of", "for", "&") and doc[j + 1].is_title:
        k = j + 1
        while k < len(doc) and doc[k].is_title:
            k += 1
        if doc[k - 1].lower_ in ORG_HEADS:
            e = j = k
        else:
            break
    return e


def _fuzzy_outlet(g: Gazetteer, text: str, sentence_words: set[str]) -> KBActor | None:
    """An outlet whose one-word name the text misspells (BelTA / Bleta), only in a sentence
    that speaks of reporting."""
    from rapidfuzz.distance import DamerauLevenshtein

    if len(text) < 4 or " " in text or not (sentence_words & _MEDIA_CUES.words()):
        return None
    low = text.lower()
    for key, aid in g.outlet_keys.items():
        if " " not in key and len(key) >= 4 and key[0] == low[0] and DamerauLevenshtein.distance(key, low) <= 1:
            return g.actors[aid]
    return None


def entity_candidates(doc: Doc, rec: Recognizer, kb: list[Cand]) -> list[Cand]:
    """spaCy's PERSON and ORG entities that the KB did not explain; a longer person or
    organisation name overrides KB matches inside it ("University of London")."""
    g = rec.g
    kb_at = {i: c for c in kb for i in range(c.start, c.end)}
    out: list[Cand] = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", *_ORG_LABELS):
            continue
        s, e = _strip_ent(doc, ent.start, ent.end)
        if s >= e:
            continue
        label, s = _entity_label(doc, ent.label_, s, e, g)
        if label in _ORG_LABELS:  # "the Department of Defense (DoD)": the name ends before the bracket
            e = _extend_org(doc, s, before_open_bracket(doc, s, e))
        else:  # "President Bush", "Crown Prince X": the title is not part of the name
            s = _after_titles(doc, s, e, g)
            e = hyphen_tail(doc, s, glued_name_end(doc, s, e))
            s = after_inverted_said(doc, after_gerund(doc, after_dateline(doc, s, e), e), e)
        if not_an_actor_entity(doc, g, s, e, label, ORG_HEADS):
            continue
        span = doc[s:e]
        inside = [kb_at[i] for i in range(s, e) if i in kb_at]
        if inside and all(c.start >= s and c.end <= e for c in inside) and \
                sum(c.end - c.start for c in {id(c): c for c in inside}.values()) == e - s:
            continue  # the KB explains the whole entity
        if label == "PERSON" and (_tail_of_a_name(doc, s) or _names_a_kb_body(inside)):
            continue
        if doc.has_annotation("SENT_START"):
            sent = sentence_of(span)
            cues = set(column(doc, "LOWER")[sent.start:sent.end])
        else:
            cues = {t.lower_ for t in doc[max(0, s - 30):e + 30]}
        outlet = g.outlet(span.text) if g.outlet_keys.get(_key(span.text)) and not surname_not_outlet(doc, g, s, e) \
            else None
        outlet = outlet or _fuzzy_outlet(g, span.text, cues)
        if outlet is not None:
            out.append(_kb_cand(outlet, "name", s, e, span.text))
            continue
        if inside and (not _overrides(doc, s, e, label) or any(c.start < s or c.end > e for c in inside)):
            continue  # the KB's name is the longer one ("Group of 20" over "Group of")
        if label == "PERSON":
            if not all(_name_word(doc, t, e) for t in span):
                continue
            out.append(_person_cand(doc, s, e, g))
        elif len(span) > 1 or span[0].lower_ in ORG_HEADS or span[0].is_upper:
            if any(t.lower_ in g.titles for t in span) and len(span) == 1 or span.text.lower() in g.titles:
                continue  # "Rear Adm.": a title the NER took for a name
            out.append(Cand(s, e, "org:" + span.text, "organization", text=span.text,
                            country=_org_country(inside)))
            media_kind(out[-1], span, inside)
            outlet_by_noun(doc, out[-1], inside)
    return out


def _person_cand(doc: Doc, s: int, e: int, g: Gazetteer) -> Cand:
    """A PERSON entity's candidate: an outlet when an outlet noun describes it in its phrase ("the
    media outlet X"), else a person with the honorific before the name."""
    text = doc[s:e].text
    if outlet_noun_beside(doc, s, e):
        return Cand(s, e, "media:" + slug(text), "media", text=text)
    if company_apposition(doc, s, e):  # "Graphika, a company that ...": no person
        return Cand(s, e, "org:" + text, "organization", text=text)
    s = _with_honorific(doc, s, g)
    return Cand(s, e, "person:" + text, "person", text=doc[s:e].text)


# A surname with a capital inside after a short prefix: "McCabe", "MacDougall", "DuVernay",
# "DeSantis" (not a glued "TheWSJ").
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]{1,3}[A-Z][a-z]+")


def _name_cased(t: Token) -> bool:
    """Cased as a name: "Rice", "NATO", "O'Neill", and names with a capital inside ("McCabe"),
    which ``is_title`` refuses."""
    return t.is_title or t.is_upper or bool(_INNER_CAPITAL.fullmatch(t.text))


def _tail_of_a_name(doc: Doc, s: int) -> bool:
    """An entity opening with a lower-case particle right after a capitalised word continues the name
    before it ("King Salman bin Abdulaziz Al Saud" cut after "Salman"); "bin Laden" after a common word
    is a name of its own."""
    return doc[s].is_lower and doc[s].lower_ in NAME_PARTICLES and s > 0 and doc[s - 1].is_title \
        and not doc[s - 1].is_sent_start


def _names_a_kb_body(inside: list[Cand]) -> bool:
    """A "person" holding an organisation's name of several tokens ("al-Nusra", "Islamic State") is
    that organisation's name, misspelled or extended; a one-word name may be a person's ("Abdel
    Fatah el-Sisi")."""
    return any(c.kind == "organization" and c.end - c.start >= 2 for c in inside)


def _after_titles(doc: Doc, s: int, e: int, g: Gazetteer) -> int:
    """The start of a person's name after the titles that open the entity ("President Bush", "Crown
    Prince Mohammed"), keeping an honorific ("Mr.") and at least one word."""
    moved = True
    while moved:
        moved = False
        for n in (3, 2, 1):
            if e - s > n and doc[s:s + n].text.lower() in g.titles and doc[s].text not in g.honorifics:
                s, moved = s + n, True
                break
    return s


def _name_word(doc: Doc, t, end: int) -> bool:
    """A word of a person's name: capitalised, a hyphenated part, or a particle inside the name
    ("Abdel Fatah el-Sisi", "Ursula von der Leyen")."""
    return _name_cased(t) or t.text == "-" or doc[t.i - 1].text == "-" \
        or t.lower_ in NAME_PARTICLES and t.i + 1 < end


def _entity_label(doc: Doc, label: str, s: int, e: int, g: Gazetteer) -> tuple[str, int]:
    """The NER label corrected by the words of the name, and the name's start: a titled name is a
    person, and so is the name after a title the entity's first words end ("Secretary of | State Rex
    Tillerson"); a "person" ending in an institution's head word is an organisation."""
    split = name_after_split_title(doc, s, e, g)
    if split is not None:
        return "PERSON", split
    if label in _ORG_LABELS and _titled_name(doc, s, e, g):
        return "PERSON", s
    if label == "PERSON" and institution_named(doc, s, e):
        return "ORG", s
    return label, s


def _titled_name(doc: Doc, s: int, e: int, g: Gazetteer) -> bool:
    """An ORG entity of two or three capitalised words right after a singular title used
    before names, with no organisation word: a person the NER mistook."""
    if s == 0 or not 2 <= e - s <= 3 or not all(t.is_title for t in doc[s:e]):
        return False
    t = g.titles.get(doc[s - 1].lower_)
    if t is None or t.plural or not t.honorific:
        return False
    return not any(w.lower_ in ORG_HEADS or g.lookup(w.text) for w in doc[s:e])


def _key(text: str) -> str:
    from ...kb.gazetteer import outlet_key

    return outlet_key(text)


def _overrides(doc: Doc, s: int, e: int, label: str) -> bool:
    """Whether an entity should win over KB matches inside it."""
    if label == "PERSON":
        return e - s >= 2
    return any(t.lower_ in ORG_HEADS for t in doc[s:e])


def _org_country(inside: list[Cand]) -> str | None:
    """A capital or a demonym inside an organisation's name places it ("Minsk ... Committee",
    "Latvian Constitutional Court"); a country's name may only be its subject ("China Institute")."""
    found = {c.country for c in inside if c.kind == "state" and c.how in ("capital", "demonym")}
    return found.pop() if len(found) == 1 else None  # "National Iranian American Council": a diaspora, of neither


def _with_honorific(doc: Doc, s: int, g: Gazetteer) -> int:
    if s > 0 and doc[s - 1].text in g.honorifics:
        return s - 1
    return s


def honorific_candidates(doc: Doc, g: Gazetteer, taken: set[int]) -> list[Cand]:
    """``Mr. Su``, ``Gen. Li``: an honorific and capitalised words the NER missed."""
    out = []
    texts = column(doc, "ORTH")
    for i in range(len(doc) - 1):
        if texts[i] not in g.honorifics:
            continue
        t = doc[i]
        if t.i + 1 not in taken and _name_cased(doc[t.i + 1]) \
                and not g.lookup(doc[t.i + 1].text):
            e = t.i + 2
            while e < len(doc) and _name_cased(doc[e]) and e not in taken:
                e += 1
            out.append(Cand(t.i, e, "person:" + doc[t.i + 1:e].text, "person", text=doc[t.i:e].text))
    return out


def _tagged_a_name(t: Token, surnames: set[str]) -> bool:
    """The tagger read the word as a proper noun (or left it untagged)."""
    return t.pos_ in ("PROPN", "")


def _surname_read_as_plural(t: Token, surnames: set[str]) -> bool:
    """A surname ending in -s is often tagged a plural noun ("Hoskins said", "Rhodes told"): the
    exact repeat of a surname named in the document is a name, a common noun is not (nor one
    opening a sentence, where any noun is capitalised)."""
    return t.pos_ == "NOUN" and t.text.endswith("s") and t.lower_ in surnames and not t.is_sent_start


def _surname_read_as_modal(t: Token, surnames: set[str]) -> bool:
    """A surname spelled like a modal verb ("May" of Theresa May) that the tagger read as one:
    "'...,' May told parliament", "May asked". A modal never governs a verb in the past tense, so a
    capitalised "May" before "told" is the person the document named in full."""
    return t.tag_ == "MD" and t.lower_ in surnames and t.head.tag_ == "VBD" and t.head.i > t.i


# When a capitalised word outside every candidate, repeating a surname of the document, is read as
# a name: the first reading that holds is enough.
_NAME_READINGS = (_tagged_a_name, _surname_read_as_plural, _surname_read_as_modal)


def repeat_candidates(doc: Doc, g: Gazetteer, cands: list[Cand], taken: set[int]) -> list[Cand]:
    """A capitalised word the NER missed that repeats, or misspells, the surname of a person
    named in the document ("Preherman" ... "Pryherman said"), when it is not sentence-initial
    prose and not a KB name."""
    surnames: dict[str, list[Cand]] = {}
    for c in cands:
        if c.kind == "person":
            words = name_words(_bare_name(doc, c, g))
            if words:
                surnames.setdefault(words[-1], []).append(c)
    if not surnames:
        return []
    out = []
    known = set(surnames)
    texts, lowered = column(doc, "ORTH"), column(doc, "ORTH_LOWER")
    for i, text in enumerate(texts):
        # a word with no capital is never name-cased (tested first: it spares a Token per word)
        if text == lowered[i] or i in taken or len(text) < 3:
            continue
        t = doc[i]
        if not any(read(t, known) for read in _NAME_READINGS):
            continue
        if not _name_cased(t) or t.is_upper or g.lookup(t.text):
            continue
        w = t.lower_
        if w in surnames or any(misspelling(w, s) for s in surnames if len(s) >= 5):
            out.append(Cand(t.i, t.i + 1, "person:" + t.text, "person", text=t.text))
    return out


def read_as_names(doc: Doc, repeats: list[Cand]) -> None:
    """Correct the parse where a repeated surname was read as a modal ("May told parliament"): the
    word is the subject of its verb, so that every later stage (the speaker of a quote, the source of
    an event, the realis check, which would read "May" as "may") sees a name, not a modal."""
    for c in repeats:
        t = doc[c.start]
        if c.end - c.start == 1 and t.tag_ == "MD":
            t.tag_, t.pos_, t.dep_ = "NNP", "PROPN", "nsubj"


def find_actors(doc: Doc, rec: Recognizer | None = None) -> tuple[dict[str, Actor], list[Mention]]:
    """Every actor the document names, and every mention of one, in text order. ``rec`` is the
    component's recognizer; without one, one is built for this call (its matchers take a
    fraction of a second to build: pass one when calling this often)."""
    rec = rec or Recognizer(doc.vocab, gazetteer())
    kb = state_surnames(doc, kb_candidates(doc, rec))  # "Rep. Jim Jordan ... Jordan said": the person
    titles: list[TitleSpan] = find_titles(doc, rec.titles, rec.g)
    ents = [c for c in entity_candidates(doc, rec, kb) if not is_platform(c.text) and not in_title(c, titles)]
    ents = company_namesakes(doc, ents)  # "Graphika, a company that ...": its other mentions too
    credited = drop_credited(ents, credit_line_spans(doc) + byline_spans(doc, rec.g), doc)
    kept = {id(c) for c in credited}
    dropped = [c for c in ents if id(c) not in kept]
    ents = credited  # a KB name inside a credited person's name is that name ("Contributing: Dennis Wagner")
    kb = [k for k in kb if not any(d.start <= k.start and k.end <= d.end for d in dropped)]
    kb = [c for c in kb if not in_title(c, titles)]  # "Homeland Security Secretary X": a title, not the department
    ents = drop_heading_only(ents, doc)  # after the credits: a KB name inside a heading's run stays
    places = place_spans(doc)
    kb, ents = drop_places(kb, places), drop_places(ents, places)
    ent_tokens = {i for c in ents for i in range(c.start, c.end)}
    cands = [c for c in kb if not any(i in ent_tokens for i in range(c.start, c.end))] + ents
    taken = {i for c in cands for i in range(c.start, c.end)} | {i for s, e, _ in places for i in range(s, e)}
    cands += honorific_candidates(doc, rec.g, taken)
    taken |= {i for c in cands for i in range(c.start, c.end)}
    repeats = repeat_candidates(doc, rec.g, cands, taken)
    read_as_names(doc, repeats)
    cands += repeats
    cands.sort(key=lambda c: (c.start, c.start_char or 0))
    cands = ethnic_residents(doc, people_words(doc, glossed_orgs(doc, cands)))
    cands = merge_acronyms(doc, cands)
    outlet_short_names(doc, rec.g, cands)
    org_short_names(doc, rec.g, cands)
    person_like_orgs(doc, rec.g, cands, titles, ORG_HEADS)
    bodies = [(s, e, rec.g.bodies[doc.vocab.strings[m]]) for m, s, e in rec.bodies(doc)]
    return build_actors(doc, rec.g, cands, titles, bodies)


def outlet_actor(name: str) -> Actor | None:
    """A media Actor (no mentions) for an outlet's name, or None when the KB does not know it."""
    kb = gazetteer().outlet(name) if name else None
    if kb is None:
        return None
    return Actor(kb.id, kb.name, "media", kb.country, aliases=[kb.name])


_COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:\d{4})?\s*([A-Z][\w.&' -]{1,60})")


def text_outlet(doc: Doc, actors: dict[str, Actor]) -> str | None:
    """The outlet the text names as its own: a copyright line, a "(Outlet ...)" dateline,
    or failing those the one outlet a source "told"."""
    for rx in (_COPYRIGHT, WIRE_CREDIT):
        for m in rx.finditer(doc_text(doc)):
            found = add_outlet(actors, m.group(1))
            if found is not None:
                return found
    told: set[str] = set()
    for m in doc._.mentions or []:
        if not m.actor_id.startswith("media:"):
            continue
        i = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ != "the" else m.start - 2
        if i >= 0 and doc[i].lower_ == "told":
            told.add(m.actor_id)
    return told.pop() if len(told) == 1 else None


@Language.factory("diplograph_actors", default_config={"kb_dir": None},
                  assigns=["doc._.actors", "doc._.mentions", "token._.actor", "doc._.outlet", "doc.user_data"])
def make_actors(nlp: Language, name: str, kb_dir: str | None) -> ActorsComponent:
    return ActorsComponent(nlp.vocab, kb_dir)


class ActorsComponent:
    """Sets the actors, their mentions and ``doc.user_data[LOCATIONS]``; the matchers over the
    knowledge base (the packaged tables and those of ``kb_dir``; None: ``$DIPLOGRAPH_KB_DIR``)
    are built once, with the pipeline, and live here."""

    def __init__(self, vocab: Vocab, kb_dir: str | None = None) -> None:
        self.kb_dir = override_folder(kb_dir)
        with activate(self.kb_dir):
            self.recognizer = Recognizer(vocab, gazetteer())

    def __call__(self, doc: Doc) -> Doc:
        with activate(self.kb_dir):
            return self._annotate(doc)

    def _annotate(self, doc: Doc) -> Doc:
        actors, mentions = find_actors(doc, self.recognizer)
        doc._.actors = actors
        doc._.mentions = mentions
        for m in mentions:
            for i in range(m.start, m.end):
                if actor_of(doc[i]) is None:
                    doc[i]._.actor = m.actor_id
        doc._.outlet = text_outlet(doc, actors)
        return doc


__all__ = ["ActorsComponent", "Recognizer", "find_actors", "outlet_actor", "slug", "text_outlet"]
