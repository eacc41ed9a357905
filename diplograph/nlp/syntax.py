"""The grammar every extractor shares: subjects and agents, objects, negation, antecedents.

Pure syntax over the dependency parse (the ClearNLP labels of spaCy's English models): nothing
here reads a lexicon. Where a caller needs one (which verbs reproach their patient, which actor
kinds a pronoun may stand for) it passes it in. A fix to how a subject is found is made here
once and reaches events, quotes, relations and claims together.

Where the extractors were tuned with different policies (how far a subject is inherited, which
dependencies count as a subject, which words negate), the policy is a parameter with the
extractor's setting named at its call, so one function serves all and their output is unchanged.
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from .common import sentence_of
from .fronted import fronted_participle_subject
from .lines import is_stray, line_opening_subject

# Dependencies of a verb's subject: nominal, passive nominal, clausal.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# The subjects that do what the verb says (a passive subject undergoes it).
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# The subjects that can name an actor or a measured thing (a clausal subject names neither).
NOMINAL_SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
DIRECT_OBJECT_DEPS = ("dobj", "obj")
# Words that negate the word they modify as a determiner or adverb ("never met", "no talks").
NEGATIVE_WORDS = frozenset({"never", "no"})
# The correlative negation of a coordinated subject ("Neither X nor Y mentioned ...").
CORRELATIVE_NEGATION = frozenset({"neither", "nor"})
# Prepositions whose participle complement is an adjunct of the clause ("After meeting Xi, ...").
ADJUNCT_PREPS = frozenset({"after", "before", "since", "upon", "while", "when", "following", "despite", "without"})
# Prepositions whose gerund is done by the governing verb's object ("accused X of", "stopped X from").
CONTROL_PREPS = frozenset({"of", "from", "into", "for", "with"})
# Dependencies that start an embedded clause of their own.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj"})


# ---------------------------------------------------------------- voice
def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def is_to_infinitive(verb: Token) -> bool:
    """"(refused) to join", "(plans) to meet": the verb carries the infinitive marker "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def for_infinitive_clauses(verb: Token) -> list[Token]:
    """"called for Russia to withdraw", "appealed for both sides to stop": the parser hangs "for"
    as the mark of an infinitive clause on the verb, with the one asked as that clause's subject,
    not as the verb's own prepositional complement. Not a passive clause: in "called for X to be
    prosecuted" X is not the one asked to act."""
    return [c for c in verb.children if c.dep_ == "advcl" and is_to_infinitive(c) and not is_passive(c)
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(s.dep_ == "nsubj" for s in c.children)]


def is_reduced_passive(verb: Token) -> bool:
    """"a Hamas member jailed a year ago", "prisoners released by Israel": a past participle
    after its noun is a passive whose noun is the patient."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")


def participle_passive(verb: Token) -> bool:
    """"being attacked", "backed by Moscow" are passive; "having suppressed" is active."""
    if is_passive(verb):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.lower_ == "having")
                                          for c in verb.children)


def agents(verb: Token) -> list[Token]:
    """The heads of a passive verb's ``by`` phrase ("was welcomed by Xi")."""
    return [x for c in verb.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]


def participle_agents(noun: Token, performs: Callable[[Token], bool]) -> list[Token]:
    """"the attacks carried out by Hezbollah", "the raid, which was conducted by French troops":
    the ``by`` phrase of a passive participle or relative clause on ``noun`` whose verb
    ``performs`` it (a light verb; "the attack condemned by France" names no attacker)."""
    return [x for c in noun.children if c.dep_ in ("acl", "relcl") and (c.tag_ == "VBN" or is_passive(c))
            and performs(c) for x in agents(c)]


# ---------------------------------------------------------------- subjects
def subject_slots(verb: Token, deps: Iterable[str]) -> list[tuple[Token, str]]:
    """The verb's subject dependents in ``deps`` with the dependency of their slot, a stray one
    (``STRAY_SUBJECT_RULES``) replaced by the phrase opening the verb's line that the parse hung
    under it (``line_opening_subject``) or left out."""
    found = []
    for c in verb.children:
        if c.dep_ not in deps:
            continue
        if not is_stray(c, verb):
            found.append((c, c.dep_))
        elif (heir := line_opening_subject(c, verb)) is not None:
            found.append((heir, c.dep_))
    return found


def own_subject(verb: Token, deps: Iterable[str] = SUBJECT_DEPS) -> Token | None:
    """The verb's own subject dependent (the first one whose dependency is in ``deps``)."""
    return next((tok for tok, _ in subject_slots(verb, deps)), None)


def own_subjects(verb: Token, deps: Iterable[str] = NOMINAL_SUBJECT_DEPS) -> list[Token]:
    """Every subject dependent of the verb ("X and Y met": the parser gives one, conjuncts hang on it)."""
    return [tok for tok, _ in subject_slots(verb, deps)]


Found = tuple[Token | None, bool]


class InheritRule(Protocol):
    """How a verb with no subject of its own takes one from the clause it hangs on: the
    subject and whether it is a passive subject, or None when the rule does not apply."""

    def __call__(self, verb: Token, depth: int, policy: SubjectPolicy, /) -> Found | None: ...


def _never(_verb: Token) -> bool:
    return False


@dataclass(frozen=True)
class SubjectPolicy:
    """Which constructions hand a subject down and how deep the search goes.

    ``reproaches`` says which verbs reproach their patient for an act ("was accused of
    invading": the accused invaded); it is event semantics, so the events coder passes it in."""

    inherit: tuple[InheritRule, ...]
    max_depth: int
    gerund_possessor: bool = True  # "Power's asking": a gerund's possessor is its subject
    reproaches: Callable[[Token], bool] = _never


def subject(verb: Token, policy: SubjectPolicy, depth: int = 0) -> Found:
    """The token heading ``verb``'s subject, and whether it is a passive subject (then it is
    the patient). A verb without a subject of its own takes one through ``policy.inherit``,
    the first rule that applies."""
    deps = SUBJECT_DEPS | ({"poss"} if policy.gerund_possessor and verb.tag_ == "VBG" else set())
    for tok, dep in subject_slots(verb, deps):
        return tok, dep == "nsubjpass"
    if depth > policy.max_depth or verb.dep_ == "ROOT":
        return None, False
    for rule in policy.inherit:
        found = rule(verb, depth, policy)
        if found is not None:
            return found
    return None, False


def from_conjunct(verb: Token, depth: int, policy: SubjectPolicy) -> Found | None:
    """A conjunct shares its head's subject. "visited Beijing and was welcomed by Xi": the shared
    subject is the passive conjunct's patient; "was indicted and will resign": an active conjunct
    makes it the agent again."""
    if verb.dep_ != "conj":
        return None
    subj, passive = subject(verb.head, policy, depth + 1)
    return subj, is_passive(verb) or (passive and verb.tag_ in ("VBN", "VBD"))


def from_noun_possessor(verb: Token, depth: int, policy: SubjectPolicy) -> Found | None:
    """"criticized Trump's decision to withdraw", "defended the president's choice to invite X":
    an infinitive on a noun with a possessor is the possessor's act (the one who decides, plans,
    offers), not that of the clause the noun is an argument of. Not when the noun names an
    addressee before the infinitive ("Putin's invitation to Trump to visit", "Iran's call on
    the US to leave"): then the addressee acts, which the possessor does not say."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "NOUN" or not is_to_infinitive(verb):
        return None
    # only a possessor that names an actor, as in object control: "my administration's effort to
    # secure" leaves the act to the clause, and so does a possessive pronoun ("his commitment to
    # support"), which the event coder would resolve to the nearest name, often the wrong one
    owner = next((c for c in head.children if c.dep_ == "poss" and c._.actor), None)
    if owner is None or any(c.dep_ == "prep" and head.i < c.i < verb.i for c in head.children):
        return None
    return owner, False


def from_modified_noun(verb: Token, depth: int, policy: SubjectPolicy) -> Found | None:
    """A relative clause or participle is predicated of its noun; an infinitive on an object
    noun ("unveiling plans to station") is done by the subject of the noun's governor."""
    head = verb.head
    if verb.dep_ not in ("relcl", "acl") or head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    infinitive = any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)
    if verb.dep_ == "acl" and infinitive and head.dep_ in OBJECT_DEPS | {"pobj"}:
        return subject(head.head if head.dep_ != "pobj" else head.head.head, policy, depth + 1)
    return head, False


def from_controller(verb: Token, depth: int, policy: SubjectPolicy) -> Found | None:
    """An open complement's subject: the governor's object that names an actor (object control:
    "allowed Russia to use", "urged Iran to halt"), or the subject of a passive governor ("is
    scheduled to attend", "was urged to leave": the passive subject does the inner act)."""
    if verb.dep_ != "xcomp":
        return None
    head = verb.head
    obj = next((c for c in head.children if c.dep_ in DIRECT_OBJECT_DEPS and c._.actor), None)
    if obj is not None:
        return obj, False
    if is_passive(head) and not is_passive(verb):
        return subject(head, policy, depth + 1)[0], False
    return None


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
    return main if any(c.dep_ in SUBJECT_DEPS for c in main.children) else None


def from_main_clause(verb: Token, depth: int, policy: SubjectPolicy) -> Found | None:
    """"After meeting Xi, Putin said", "Backed by Moscow, Minsk crushed ...": a participle without
    a subject of its own is predicated of the main clause's subject, in its own voice (one
    trailing a passive clause may be the agent's: "was prompted by fighting, threatening ...")."""
    main = adjunct_main_verb(verb)
    if main is None or (verb.i > main.i and is_passive(main)):
        return None
    return subject(main, policy, depth + 1)[0], participle_passive(verb)


def from_controlling_object(verb: Token, depth: int, policy: SubjectPolicy) -> Found | None:
    """"accused Russia of invading": the gerund's doer is the governing verb's object; "was
    accused of invading": the reproached party, the passive verb's surface subject."""
    head = verb.head
    if not (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in CONTROL_PREPS
            and head.head.pos_ == "VERB"):
        return None
    gov = head.head
    obj = next((c for c in gov.children if c.dep_ in DIRECT_OBJECT_DEPS and c._.actor), None)
    if obj is not None:
        return obj, is_passive(verb)
    if is_passive(gov) and policy.reproaches(gov):
        return subject(gov, policy, depth + 1)[0], is_passive(verb)
    return None


def from_governor(verb: Token, depth: int, policy: SubjectPolicy) -> Found | None:
    """Otherwise the subject of the word the verb hangs on (through a preposition)."""
    head = verb.head
    nxt = head.head if head.dep_ == "prep" else head
    if nxt.i == verb.i:
        return None, False
    return subject(nxt, policy, depth + 1)


def from_governing_verb(verb: Token, depth: int, policy: SubjectPolicy) -> Found | None:
    """A conjoined, complement or adverbial clause verb takes its head's subject; nothing else
    hands one down."""
    if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp") and verb.head.i != verb.i:
        return subject(verb.head, policy, depth + 1)
    return None, False


def from_fronted_participle(verb: Token, depth: int, policy: SubjectPolicy) -> Found | None:
    """"Saying the pact was “dead”, Lee left the talks": a participle opening its sentence takes
    the main clause's subject however the parser hung it (``fronted.py``)."""
    subj = fronted_participle_subject(verb)
    return (subj, False) if subj is not None else None


# The logical subject of an event predicate: every construction that hands a subject down.
LOGICAL_SUBJECT = SubjectPolicy(
    inherit=(from_conjunct, from_noun_possessor, from_modified_noun, from_controller, from_main_clause,
             from_controlling_object, from_governor),
    max_depth=5)
# The speaker of a speech cue ("said", "added"): its own subject, else that of the verb it is
# conjoined with or complements, at most four clauses up. Reported speech keeps this narrower
# policy: a cue in a relative clause ("the minister, who said ...") is resolved by the quote
# rules themselves, and widening it changes which speaker quotes are credited to.
SPEAKER_SUBJECT = SubjectPolicy(inherit=(from_fronted_participle, from_governing_verb), max_depth=2,
                                gerund_possessor=False)


def subject_of(verb: Token, policy: SubjectPolicy = LOGICAL_SUBJECT) -> Token | None:
    """Just the subject token of ``subject``."""
    return subject(verb, policy)[0]


# ---------------------------------------------------------------- objects and complements
def direct_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS]


def prep_objects(tok: Token, preps: Iterable[str], deps: Iterable[str] = ("prep",)) -> list[Token]:
    """The objects of ``tok``'s prepositions ``preps`` ("talks with X" -> X), in order."""
    return [x for p in tok.children if p.dep_ in deps and p.lower_ in preps for x in p.children if x.dep_ == "pobj"]


def governor(tok: Token) -> Token | None:
    """The word ``tok`` is an argument of: the verb of its object or prepositional phrase, the
    verb or noun of its infinitive clause; None for a circumstance ("after suppressing ...")."""
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
    if tok.dep_ == "advcl" and tok in for_infinitive_clauses(tok.head):
        return tok.head  # "pushed for Iran to release them": the clause asked for, "for" parsed as its mark
    return None


def clause_tokens(tok: Token) -> list[Token]:
    """``tok``'s own clause: its subtree, stopping at embedded clauses and conjoined verbs."""
    out = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
                continue
            stack.append(c)
    return out


# ---------------------------------------------------------------- negation
def is_negated(tok: Token, *, words: frozenset[str] = NEGATIVE_WORDS, through_head: bool = False,
               correlative: bool = False, yet_to: bool = False) -> bool:
    """A ``neg`` dependent, or one of ``words`` as a determiner or adverb ("never met", "no
    talks"). ``through_head`` also reads the head's dependents ("relations are not strained"
    negates the adjective's verb); ``correlative`` counts "neither ... nor" before ``tok``;
    ``yet_to`` counts "has yet to" / "is yet to" ("has yet to congratulate": not done so far)."""
    deps = (*tok.children, *tok.head.children) if through_head else tok.children
    if any(c.dep_ == "neg" or c.text.lower() in words and c.dep_ in ("neg", "det", "advmod") for c in deps):
        return True
    if yet_to and tok.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet"
                                                                for c in tok.children) \
            and any(c.dep_ == "xcomp" for c in tok.children):
        return True
    return correlative and any(t.lower_ in CORRELATIVE_NEGATION for t in tok.subtree if t.i < tok.i)


# ---------------------------------------------------------------- antecedents
class Antecedents:
    """Earlier actor mentions a pronoun or a definite description may refer back to, indexed by
    actor kind as the text is read: the nearest fitting one before a position is one bisect per
    kind, so resolving every pronoun of a document costs O(n log n), not a scan back per pronoun.

    Positions are char offsets or token indices (``by_token``), as the caller's policy reads
    them. Among candidates at the same position the lowest ``rank`` wins, then the first added
    (``latest_on_tie``: the last added)."""

    def __init__(self, actors: Mapping[str, object], *, by_token: bool = False, latest_on_tie: bool = False,
                 genders: Mapping[str, str] | None = None) -> None:
        self.actors = actors
        self.by_token = by_token
        self.latest_on_tie = latest_on_tie
        # person id -> "m" | "f" where the text says ("Mrs. May"): persons are indexed by gender
        # so that "she" never finds a man and "he" never a woman (unknown fits both)
        self.genders = genders or {}
        self._by_kind: dict[str, list[tuple[int, int, int, str]]] = {}
        self._added = 0
        # which actors ``between`` lists (``only``); None: every indexed one
        self._fits: Callable[[str], bool] | None = None

    def only(self, fits: Callable[[str], bool]) -> Antecedents:
        """A view of the same candidates whose ``between`` keeps those ``fits`` accepts: "the
        president" refers back to a person who holds that office, not to any person."""
        view = copy.copy(self)
        view._fits = fits
        return view

    def add(self, pos: int, actor_id: str, rank: int = 0) -> None:
        actor = self.actors.get(actor_id)
        kind = getattr(actor, "kind", None) if actor is not None else None
        if kind is None:
            return
        if kind == "person":
            kind = f"person:{self.genders.get(actor_id, '?')}"
        self._added += 1
        bisect.insort(self._by_kind.setdefault(kind, []), (pos, rank, self._added, actor_id))

    def nearest(self, before: int, kinds: Iterable[str], floor: int | None = None,
                gender: str | None = None) -> str | None:
        """The fitting candidate nearest before position ``before`` (and at or after ``floor``);
        with ``gender``, no person known to be of the other one."""
        best: tuple[int, int, int, str] | None = None
        for kind in _gendered(kinds, gender):
            entries = self._by_kind.get(kind)
            if not entries:
                continue
            k = bisect.bisect_left(entries, (before,)) - 1
            if k < 0:
                continue
            if not self.latest_on_tie:  # the first candidate at that position
                k = bisect.bisect_left(entries, (entries[k][0],))
            cand = entries[k]
            if best is None or (cand > best if self.latest_on_tie else
                                cand[0] > best[0] or (cand[0] == best[0] and cand[1:3] < best[1:3])):
                best = cand
        if best is None or (floor is not None and best[0] < floor):
            return None
        return best[3]

    def between(self, lo: int, hi: int, kinds: Iterable[str], gender: str | None = None) -> list[tuple[int, str]]:
        """Every fitting candidate at a position in [lo, hi), in text order (a bisect per kind)."""
        out: list[tuple[int, str]] = []
        for kind in _gendered(kinds, gender):
            entries = self._by_kind.get(kind) or []
            first, last = bisect.bisect_left(entries, (lo,)), bisect.bisect_left(entries, (hi,))
            out += [(e[0], e[3]) for e in entries[first:last] if self._fits is None or self._fits(e[3])]
        return sorted(out)

    def position(self, tok: Token) -> int:
        return tok.i if self.by_token else tok.idx


def resolve_pronoun(word: Token, antecedents: Antecedents, kinds: Iterable[str],
                    floor: int | None = None) -> str | None:
    """The actor a pronoun (or a definite description) refers back to: the candidate of one of
    ``kinds`` (the caller's lexicon says which kinds a word may stand for), of the pronoun's
    gender where both are known, that the first of ``ANTECEDENT_PREFERENCES`` finds; else the
    nearest earlier one."""
    if any(rule(word) for rule in NO_ANTECEDENT_RULES):
        return None
    gender = PRONOUN_GENDER.get(word.lower_)
    kinds = tuple(kinds)
    for rule in ANTECEDENT_PREFERENCES:
        found = rule(word, antecedents, kinds, floor, gender)
        if found is not None:
            return found
    return antecedents.nearest(antecedents.position(word), kinds, floor, gender)


def previous_main_subject(word: Token, antecedents: Antecedents, kinds: tuple[str, ...], floor: int | None,
                          gender: str | None) -> str | None:
    """"Mattis was known to have pushed harder than the Obama White House would allow. He has
    called Iran ...": a singular subject pronoun (or description, "the president tweeted") of a
    main clause, with no fitting candidate before it in its sentence, continues the subject of
    the previous sentence's last main clause when that subject fits, not the nearest mention (a
    name inside another subject, an object, a later clause's subject); the speaker of a quote
    closed since is never crossed. Not inside a quotation (the speaker's "he" is someone else)
    and not for a coordinated subject ("A and B left")."""
    if word.dep_ not in NOMINAL_SUBJECT_DEPS or word.head.dep_ != "ROOT" or word.lower_ in PLURAL_PRONOUNS:
        return None
    doc = word.doc
    sent = sentence_of(word)
    if sent.start == 0 or _inside_quotation(doc[sent.start:word.i]):
        return None
    start = antecedents.position(doc[sent.start])
    if antecedents.between(start, antecedents.position(word), kinds, gender):
        return None  # "When Berg arrived, she said": a fitting candidate in its own sentence
    prev = sentence_of(doc[sent.start - 1])
    # the previous sentence's last paragraph (a parse may run one paragraph into the next)
    first = max((t.i + 1 for t in prev if "\n" in t.text and t.i < sent.start - 1), default=prev.start)
    lo = antecedents.position(doc[first])
    if floor is not None and lo < floor:
        return None
    window = antecedents.between(lo, start, kinds, gender)
    # "she" after "Queen Elizabeth" and "Cameron": one the text marks with the pronoun's gender wins
    marked = gender is not None and any(antecedents.genders.get(a) == gender for _, a in window)
    for pos, actor_id in reversed(window):
        tok = _token_at(doc, pos, antecedents.by_token)
        if tok is not None and (tok.is_punct or tok.pos_ in ("VERB", "AUX")):
            return actor_id  # the speaker of a quote closed since (filed at its mark or verb): never crossed
        head = _name_head(tok, actor_id)
        if head is not None and head.dep_ in NOMINAL_SUBJECT_DEPS and _is_main_clause(head.head, first):
            unmarked = marked and antecedents.genders.get(actor_id) != gender
            return actor_id if not unmarked and not any(c.dep_ == "conj" for c in head.children) else None
    return None


def _is_main_clause(verb: Token, paragraph_start: int) -> bool:
    """The root of its sentence, or a verb the parse hung on a word of an earlier paragraph."""
    return verb.dep_ == "ROOT" or verb.head.i < paragraph_start <= verb.i


# Third-person plural pronouns (a group or several actors).
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_OPENING_QUOTE, _CLOSING_QUOTE = "\u201c", "\u201d"  # single marks double as apostrophes


def _inside_quotation(before: Span) -> bool:
    """Whether the words before a token in its sentence leave a quotation open (curly double
    marks counted by kind, straight ones by parity)."""
    opened = sum(_OPENING_QUOTE in t.text for t in before) - sum(_CLOSING_QUOTE in t.text for t in before)
    return opened > 0 or sum(t.text == '"' for t in before) % 2 == 1


# The writer's own person: outside quote marks it is the author (or the author's readers), no
# actor of the story.
FIRST_PERSON_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})


def writers_first_person(word: Token) -> bool:
    """"We pulled out of Iraq too soon and now criticize our allies": in an opinion piece the
    writer's "we", "our", "I" outside any quotation speak in the writer's voice, not for the
    nearest state or person the text named; the pronoun has no antecedent. Inside a quotation,
    its sentence's or one the sentence closes ("\u201cWe will respond. We are ready,\u201d he said"),
    it is the speaker's and resolves as before."""
    if word.lower_ not in FIRST_PERSON_PRONOUNS:
        return False
    sent = sentence_of(word)
    if _inside_quotation(word.doc[sent.start:word.i]):
        return False
    marks = (t.text for t in word.doc[word.i + 1:sent.end] if _OPENING_QUOTE in t.text or _CLOSING_QUOTE in t.text)
    return _CLOSING_QUOTE not in next(marks, _OPENING_QUOTE)  # a closing mark first: a quotation opened before


def is_quoted(tok: Token) -> bool:
    """Whether ``tok`` stands inside a quotation its sentence opens before it (a speaker's own
    words, told from the speaker's side)."""
    return _inside_quotation(tok.doc[sentence_of(tok).start:tok.i])


def _token_at(doc: Doc, pos: int, by_token: bool) -> Token | None:
    if by_token:
        return doc[pos] if 0 <= pos < len(doc) else None
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _name_head(tok: Token | None, actor_id: str) -> Token | None:
    """The last word of the name a mention starts at ("Jim" of "Defense Secretary Jim Mattis" is
    "Mattis"): up through compounds and flat names of the same actor (or of none)."""
    while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" \
            and tok.head._.actor in (actor_id, None):
        tok = tok.head
    return tok


AntecedentRule = Callable[[Token, "Antecedents", tuple[str, ...], "int | None", "str | None"], "str | None"]
# Which candidate a pronoun prefers over the nearest one, in order.
ANTECEDENT_PREFERENCES: tuple[AntecedentRule, ...] = (previous_main_subject,)
# A pronoun none of whose antecedents may be taken (the first that applies says so).
NO_ANTECEDENT_RULES: tuple[Callable[[Token], bool], ...] = (writers_first_person,)


# Third-person pronouns with a grammatical gender.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
_OTHER_GENDER = {"m": "f", "f": "m"}


def _gendered(kinds: Iterable[str], gender: str | None) -> list[str]:
    """The index keys for ``kinds``: a person is filed under its gender ("person:m", "person:f")
    or "person:?"; the pronoun's other gender is left out."""
    out: list[str] = []
    for kind in kinds:
        if kind == "person":
            out += [f"person:{g}" for g in ("m", "f", "?") if g != _OTHER_GENDER.get(gender or "")]
        else:
            out.append(kind)
    return out


def mention_genders(doc: Doc, mentions: Iterable, words: Mapping[str, str]) -> dict[str, str]:
    """Person id -> "m" or "f" from the word right before a mention of it ("Mrs. May",
    "Congresswoman Omar"; ``words`` maps such words to a gender); a person with both gets none."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        before = m.start - 1
        if before > 0 and doc[before].text == ".":  # "Mrs" "." split by the tokenizer
            before -= 1
        for k in (before, m.start):  # the word before the name, or the mention's own first word
            g = (words.get(doc[k].text) or words.get(doc[k].lower_)) if 0 <= k < len(doc) else None
            if g is not None:
                found.setdefault(m.actor_id, set()).add(g)
                break
    return {aid: next(iter(gs)) for aid, gs in found.items() if len(gs) == 1}


def is_small_clause_passive(verb: Token) -> bool:
    """"counts 2,563 civilians killed", "with two soldiers killed, the army retreated": a bare
    past participle with a subject but no auxiliary and no object is a passive small clause (a
    finite verb would be in the past tense), so its subject is the patient."""
    return verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "advcl", "xcomp", "conj") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative") for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Words that open a relative clause: with one, the clause says itself what it does to its noun.
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "why"})
# Dependents by which a verb has an object or a clause of its own.
_OWN_OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "dative", "nsubjpass", "ccomp", "xcomp"})


def is_zero_relative(verb: Token) -> bool:
    """"a claim Tehran has denied", "the accusations Moscow rejected", "the deal Obama struck": a
    relative clause with no relative word whose verb has a subject of its own and no object or
    clause is on the noun it takes as its object (the noun comes first). A relative word after a
    preposition, "the deal from which Trump withdrew", is the preposition's: the noun is still what
    the verb with that preposition acts on."""
    return verb.dep_ == "relcl" and verb.head.i < verb.i and verb.pos_ == "VERB" \
        and any(c.dep_ in ("nsubj", "csubj") for c in verb.children) \
        and not any(c.dep_ in _OWN_OBJECT_DEPS or c.lower_ in _RELATIVE_WORDS for c in verb.children)
