"""The event lexicon (``kb/events.tsv``, ``kb/event_frames.tsv``) and the dependency-grammar
helpers the coder in ``nlp/events.py`` uses: who a clause's subject is, which actors a noun
phrase names, which words govern a trigger.

Everything here is built once per process; per-token work is dictionary lookups and short
walks up or down the parse.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..kb import load_table, split_list
from .actors import LOCATIONS
from .common import column, sentence_of

# Types whose intended or promised form PLOVER codes as AGREE ("will visit" is an intention).
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "AGREE"})
# Types PLOVER defines with a required recipient, plus the verbal ones whose target we insist on
# because a "praised"/"criticized" with no one on the other side is not an interaction.
NEEDS_TARGET = frozenset({"COOPERATE", "AID", "SANCTION", "SUPPORT", "ACCUSE"})

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
# Prepositions that introduce the other party of an event, in order of preference.
TARGET_PREPS = ("to", "with", "against", "on", "at", "toward", "towards", "into", "for", "over", "of", "from")
VISIT_PREPS = ("to", "in")
# Nouns that carry the event of a compound before them ("a mediation effort", "an aid mission").
CARRIERS = frozenset({"effort", "mission", "bid", "attempt", "initiative", "campaign", "operation", "drive"})
# Prepositions that place a thing near a city or region: only a location names a state there.
NEAR_PREPS = frozenset({"near", "outside", "around", "inside", "across", "along"})
# Prepositions whose participle complement is an adjunct of the clause ("After meeting Xi, ...").
ADJUNCT_PREPS = frozenset({"after", "before", "since", "upon", "while", "when", "following", "despite", "without"})
# Prepositions whose gerund is done by the governing verb's object ("accused X of", "stopped X from").
CONTROL_PREPS = frozenset({"of", "from", "into", "for", "with"})
# Types of the verbs that reproach their patient for an act ("was accused of invading").
REPROACH_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
# Modals: "will/would/shall" announce an intended event; the others only a possible one.
INTENT_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
SPECULATIVE_MODALS = frozenset({"may", "might", "could", "can", "should", "must"})
SPECULATIVE_MARKS = frozenset({"if", "whether", "unless"})
# Participles whose hyphenated modifier is the party behind the noun ("US-led", "Saudi-commanded");
# not "-backed"/"-linked", which name a sponsor, not the party.
LED_BY = frozenset({"lead", "led", "command", "commanded", "run"})


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # "V" or "N"
    type: str
    mode: str | None
    cameo: str | None
    needs: tuple[str, ...]  # lemmas that must be direct dependents of the trigger
    objects: frozenset[str]  # allowed object lemmas ("actor": the object names an actor)
    flags: frozenset[str]

    @property
    def words(self) -> str:
        return " ".join((self.lemma, *self.needs))


@dataclass(frozen=True)
class Frame:
    lemma: str
    effect: str  # reject threaten promise request intend speculate negate prevent undergo light
    type: str | None
    cameo: str | None


class Lexicon:
    """Triggers by (lemma, part of speech) and governing frames by lemma."""

    def __init__(self) -> None:
        self.triggers: dict[tuple[str, str], list[Trigger]] = {}
        for row in load_table("events"):
            words = row["trigger"].lower().split()
            trig = Trigger(
                lemma=words[0], pos=row["pos"], type=row["type"], mode=row["mode"] or None,
                cameo=row["cameo"] or None, needs=tuple(words[1:]),
                objects=frozenset(split_list(row["object"].lower())), flags=frozenset(split_list(row["flags"])))
            self.triggers.setdefault((trig.lemma, trig.pos), []).append(trig)
        self.frames = {r["lemma"]: Frame(r["lemma"], r["effect"], r["type"] or None, r["cameo"] or None)
                       for r in load_table("event_frames")}
        try:
            speech = load_table("speech_verbs")
        except Exception:  # the table belongs to the quotes component; events work without it
            speech = ()
        self.speech = frozenset(r["lemma"] for r in speech) | {"say", "report", "tell", "announce", "state"}

    def match(self, tok: Token) -> Trigger | None:
        """The first trigger row whose multiword and object conditions ``tok`` satisfies."""
        pos = "V" if tok.pos_ == "VERB" else "N" if tok.pos_ == "NOUN" else None
        if pos is None:
            return None
        rows = next((r for w in lemma_candidates(tok) if (r := self.triggers.get((w, pos)))), None)
        if not rows:
            return None
        child_lemmas: set[str] | None = None
        for trig in rows:
            if trig.needs:
                if child_lemmas is None:
                    child_lemmas = {c.lemma_.lower() for c in tok.children}
                if not all(w in child_lemmas for w in trig.needs):
                    continue
            if trig.objects and not _object_ok(tok, trig):
                continue
            if "light" in trig.flags and not self._light_governed(tok, "framed" in trig.flags):
                continue  # "lodged a protest" is a complaint; a bare "protest" is a demonstration
            return trig
        return None


    def trigger_indices(self, doc: Doc) -> list[int]:
        """Indices of the tokens ``match`` may code: a verb or noun one of whose lemma
        candidates has trigger rows (read from the token columns, so the other tokens cost no
        Token object)."""
        out = []
        lemmas, words = column(doc, "LEMMA_LOWER"), column(doc, "ORTH_LOWER")
        for i, tag in enumerate(column(doc, "POS")):
            pos = "V" if tag == "VERB" else "N" if tag == "NOUN" else None
            if pos is not None and any((w, pos) in self.triggers for w in _candidates(lemmas[i], words[i])):
                out.append(i)
        return out

    def frame(self, tok: Token) -> Frame | None:
        return next((f for w in lemma_candidates(tok) if (f := self.frames.get(w))), None)

    def _light_governed(self, tok: Token, framed: bool = False) -> bool:
        """Governed by a frame word, or (unless ``framed``) the circumstance of a clause ("during talks")."""
        tok = carrier(tok)
        gov = governor(tok)
        if framed:  # "opened an inquiry", not "during his confirmation hearing"
            return gov is not None and tok.dep_ != "pobj" and self.frame(gov) is not None
        return gov is not None and (self.frame(gov) is not None or (
            tok.dep_ == "pobj" and tok.head.text.lower() in ("in", "during", "at", "after", "on")))


def carrier(tok: Token) -> Token:
    """The noun that carries a nominal trigger's event: "a mediation effort", "a relief mission"."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIERS:
        return tok.head
    return tok


def lemma_candidates(tok: Token) -> tuple[str, ...]:
    """The lemma, then the word itself and a stripped inflection: the small model's lemmatizer
    errs on news verbs ("staged" -> "stag")."""
    return _candidates(tok.lemma_.lower(), tok.text.lower())


@functools.lru_cache(maxsize=65536)
def _candidates(lemma: str, word: str) -> tuple[str, ...]:
    if word == lemma:
        return (lemma,)
    out = [lemma, word]
    for suffix in ("d", "ed", "s", "es"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)])
    return tuple(out)


@functools.cache
def lexicon() -> Lexicon:
    return Lexicon()


def _object_ok(tok: Token, trig: Trigger) -> bool:
    for obj in object_tokens(tok, trig):
        if _names_object(obj, trig):
            return True
        # "part of a military aid program", "700 kg of medicine": a quantity of the object
        if any(p.dep_ == "prep" and p.lower_ == "of" and any(
                x.dep_ == "pobj" and _names_object(x, trig) for x in p.children) for p in obj.children):
            return True
    if tok.pos_ == "NOUN":  # "hunger strike": the restricting word modifies the trigger itself
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in trig.objects for c in tok.children)
    return False


def _names_object(obj: Token, trig: Trigger) -> bool:
    if obj.lemma_.lower() in trig.objects or ("actor" in trig.objects and obj._.actor):
        return True
    # "military hardware", "hunger strike": a compound or modifier can carry the object word
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in trig.objects for c in obj.children)


def object_tokens(tok: Token, trig: Trigger | None = None) -> Iterator[Token]:
    """What the trigger acts on: direct object (and its conjuncts), passive subject, the
    complement of "of"/"for"/"on", the subject or object of a clause it governs
    ("allowed Russia to use")."""
    if tok.dep_ == "conj" and is_passive(tok) and not any(c.dep_ == "nsubjpass" for c in tok.children):
        subj, _ = subject_token(tok)  # "visited Beijing and was welcomed by Xi"
        if subj is not None:
            yield subj
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS or c.dep_ in ("nsubjpass", "dative"):
            yield c
            yield from (x for x in c.conjuncts)
        elif c.dep_ == "prep" and c.text.lower() in ("of", "for", "on", "over"):
            yield from (x for x in c.children if x.dep_ == "pobj")
        elif c.dep_ in ("xcomp", "ccomp") or (trig and c.lemma_.lower() in trig.needs):
            for g in c.children:
                if g.dep_ in SUBJECT_DEPS or g.dep_ in OBJECT_DEPS:
                    yield g
        elif c.dep_ == "prt" or (c.dep_ == "prep" and trig and c.text.lower() in trig.needs):
            # "pulled out troops", "called for sanctions"
            yield from (x for x in c.children if x.dep_ == "pobj")


# ---------------------------------------------------------------- actors of phrases
def np_actors(head: Token, doc_mentions: list | None = None, depth: int = 0) -> list[str]:
    """Actor ids a noun phrase names: its head's actor, else those of its modifiers
    ("Hungarian officials", "Taiwan's minister", "the regime in Beijing"); conjuncts add
    more ("Hungarian and Romanian officials" names two)."""
    out: list[str] = []

    def add(ids: list[str]) -> None:
        out.extend(a for a in ids if a not in out)

    if head._.actor:
        add([head._.actor])
        add(_coordinated_modifiers(head))
    elif head.text.lower() in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and depth < 3:
        add(np_actors(head.head.head, doc_mentions, depth + 1))
    elif head.pos_ == "PRON":
        add(resolve_pronoun(head, doc_mentions))
    else:
        # "Qatar's emir, Sheikh Hamad, ...": the named holder of the title
        # (when the text says whose it is; else the title's own modifiers say more)
        known = head.doc._.actors or {}
        add([c._.actor for c in head.children if c.dep_ == "appos" and c._.actor
             and c._.actor in known and known[c._.actor].country])
        for c in head.children if not out else ():
            if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
                add(_modifier_actors(c, doc_mentions))
        if not out:
            for c in head.children:
                if c.dep_ == "prep" and c.text.lower() in ("of", "in", "from") and depth < 2:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            add(np_actors(p, doc_mentions, depth + 1))
                elif c.dep_ == "prep" and c.text.lower() in NEAR_PREPS:  # "positions near Kirkuk"
                    where = head.doc.user_data.get(LOCATIONS) or {}
                    add([p._.actor for p in c.children if p.dep_ == "pobj" and p.i in where and p._.actor])
    if depth < 4:
        for c in head.children:
            if c.dep_ == "conj":
                add(np_actors(c, doc_mentions, depth + 1))
    return out


def _coordinated_modifiers(head: Token) -> list[str]:
    """"US and British forces": the modifier coordinated with the head's own names a party too."""
    own = head._.actor
    return [c._.actor for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c._.actor
            and c._.actor != own and any(x._.actor == own for x in c.conjuncts)]


def _modifier_actors(tok: Token, doc_mentions: list | None) -> list[str]:
    if tok._.actor:
        ids = [tok._.actor]
    elif tok.pos_ == "PRON":
        ids = resolve_pronoun(tok, doc_mentions)
    else:
        # "the US-led war": the leader of a led thing is its party
        deps = ("compound", "poss", "amod") + (("npadvmod",) if tok.lemma_.lower() in LED_BY else ())
        ids = [c._.actor for c in tok.children if c.dep_ in deps and c._.actor]
    for c in tok.children:
        if c.dep_ == "conj":
            ids += [a for a in _modifier_actors(c, doc_mentions) if a not in ids]
    return ids


def resolve_pronoun(tok: Token, doc_mentions: list | None) -> list[str]:
    """A small, cautious coreference: the nearest earlier mention in this or the previous
    sentence of an actor of the pronoun's kind (a person for "he", a state or group for "it")."""
    if tok._.actor:
        return [tok._.actor]
    low = tok.text.lower()
    if not doc_mentions or low not in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
        return []
    doc = tok.doc
    actors = doc._.actors or {}
    sent = sentence_of(tok)
    prev_start = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    before = [m for m in doc_mentions if prev_start <= m.start < tok.i]
    if low in PLURAL_PRONOUNS:
        # "When A and B met, they announced": the last subject naming two or more actors
        for m in reversed(before):
            t = doc[m.start]
            root = t if t.dep_ in SUBJECT_DEPS else next((a for a in t.ancestors if a.dep_ in SUBJECT_DEPS), None)
            if root is not None and root.i < tok.i:
                ids = np_actors(root)
                if len(ids) >= 2:
                    return ids
    want = ("person",) if low in PERSON_PRONOUNS else ("state", "organization", "group")
    for m in reversed(before):
        a = actors.get(m.actor_id)
        if a is not None and a.kind in want:
            return [m.actor_id]
    return []


# ---------------------------------------------------------------- clause structure
def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def is_reduced_passive(verb: Token) -> bool:
    """"a Hamas member jailed a year ago", "prisoners released by Israel": a past participle
    after its noun is a passive whose noun is the patient."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")


def subject_token(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The token heading ``verb``'s logical subject, and whether it is a passive subject
    (then it is the patient). Verbs without a subject of their own take it from the clause
    they hang on: a conjunct shares it, an infinitive takes the object of "allow"/"urge"
    or else the subject of its governor, a relative clause its noun."""
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS or (c.dep_ == "poss" and verb.tag_ == "VBG"):  # "Power's asking"
            return c, False
        if c.dep_ == "nsubjpass":
            return c, True
    if depth > 5 or verb.dep_ == "ROOT":
        return None, False
    head = verb.head
    if verb.dep_ == "conj":
        subj, passive = subject_token(head, depth + 1)
        # "visited Beijing and was welcomed by Xi": the shared subject is the conjunct's patient;
        # "was indicted and will resign": an active conjunct makes it the agent again
        return subj, is_passive(verb) or (passive and verb.tag_ in ("VBN", "VBD"))
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        infinitive = any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)
        if verb.dep_ == "acl" and infinitive and head.dep_ in OBJECT_DEPS | {"pobj"}:
            # "unveiling plans to station": the planner is the subject of the noun's governor
            return subject_token(head.head if head.dep_ != "pobj" else head.head.head, depth + 1)
        return head, False
    if verb.dep_ == "xcomp":
        obj = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c._.actor), None)
        if obj is not None:  # object control: "allowed Russia to use", "urged Iran to halt"
            return obj, False
        if is_passive(head) and not is_passive(verb):
            # "is scheduled to attend", "was urged to leave": the passive subject does the inner act
            return subject_token(head, depth + 1)[0], False
    main = adjunct_main_verb(verb)
    if main is not None and not (verb.i > main.i and is_passive(main)):
        # (a participle trailing a passive clause may be the agent's: "was prompted by fighting, threatening ...")
        # "After meeting Xi, Putin said", "Backed by Moscow, Minsk crushed ...": a participle
        # without a subject of its own is predicated of the main clause's subject, in its own voice
        return subject_token(main, depth + 1)[0], _participle_passive(verb)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in CONTROL_PREPS \
            and head.head.pos_ == "VERB":
        # "accused Russia of invading": the gerund's doer is the governing verb's object;
        # "was accused of invading": the reproached party, the passive verb's surface subject
        gov = head.head
        obj = next((c for c in gov.children if c.dep_ in ("dobj", "obj") and c._.actor), None)
        if obj is not None:
            return obj, is_passive(verb)
        if is_passive(gov) and _reproaches(gov):
            return subject_token(gov, depth + 1)[0], is_passive(verb)
    nxt = head.head if head.dep_ == "prep" else head
    if nxt.i == verb.i:
        return None, False
    return subject_token(nxt, depth + 1)


def adjunct_main_verb(verb: Token) -> Token | None:
    """The main verb of a subjectless participle adjunct ("Leaving Minsk, ...", "After
    suppressing protests, ..."), or None when ``verb`` is not one."""
    if verb.tag_ not in ("VBG", "VBN"):
        return None
    if verb.dep_ == "advcl":
        main = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in ADJUNCT_PREPS:
        main = verb.head.head
    else:
        return None
    if main.pos_ not in ("VERB", "AUX") or main.i == verb.i:
        return None
    # only a clause with a subject of its own says whose act the participle is
    return main if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in main.children) else None


def _reproaches(verb: Token) -> bool:
    """"accused of", "charged with", "sanctioned for": a verb that reproaches its patient for an act."""
    trig = lexicon().match(verb)
    return trig is not None and trig.type in REPROACH_TYPES


def _participle_passive(verb: Token) -> bool:
    """"being attacked", "backed by Moscow" are passive; "having suppressed" is active."""
    if is_passive(verb):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.lower_ == "having")
                                          for c in verb.children)


def governor(tok: Token) -> Token | None:
    """The word a trigger is an argument of: the verb of its object or prepositional phrase,
    the verb or noun of its infinitive clause."""
    if tok.dep_ in ("dobj", "obj", "attr", "nsubjpass", "xcomp", "ccomp", "acl", "oprd"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return tok.head.head
    if tok.dep_ == "pcomp":
        if tok.head.lower_ in ADJUNCT_PREPS:
            return None  # "after suppressing the protests": a circumstance of the clause, not its argument
        return tok.head.head if tok.head.dep_ == "prep" else tok.head
    if tok.dep_ == "conj" and tok.head.dep_ in ("dobj", "pobj", "xcomp", "attr"):
        return governor(tok.head)
    return None


def is_negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.text.lower() in ("never", "no") and c.dep_ in ("neg", "det", "advmod")
               for c in tok.children)


def modal_of(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "aux" and (c.text.lower() in INTENT_MODALS or c.text.lower() in SPECULATIVE_MODALS):
            return c.text.lower()
    return None


def clause_tokens(tok: Token) -> list[Token]:
    """The trigger's own clause: its subtree, stopping at embedded clauses."""
    out = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "csubj") or (
                    c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
                continue
            stack.append(c)
    return out

