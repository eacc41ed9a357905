"""Words of force used of words. A trigger of PLOVER ASSAULT or COERCE ("attacked", "clashed",
"seized") also has a sense in which the act is done in speech: "X attacked the government, saying
...", "Trump attacked Trudeau on Twitter", "Bolton clashed with Turkish officials over the pullout"
are criticism and disagreement (PLOVER ACCUSE: "disapprove, criticize"), not physical force; "Russia
seized on Kerry's remark" took up a proposal, no confiscation (CAMEO 192 "seize or damage property").

The sense checks here are flags of ``kb/events.tsv`` rows (``lexicon.COMPLEMENT_RULES``): a row with
flag ``words`` is read only when ``done_in_words``, one with ``individual`` only when ``person_party``,
one with ``persons`` only when ``person_on_person`` ("Trump attacked Powell");
``phrasal_sense`` is read by ``Lexicon.is_figurative`` for the rows of ``kb/figurative.tsv`` whose
modifier is "phrasal PREP". Their words are data: the media of speech (``kb/speech_media.tsv``),
the light verbs (``kb/event_frames.tsv`` effect light),
the social-media platforms (``kb/actor_words.tsv`` class platform) and the verbs of speech
(``kb/speech_verbs.tsv`` kind say).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import WordClass, load_table, per_folder
from ..common import speech_media, speech_verbs
from ..syntax import LOGICAL_SUBJECT, PRONOUN_GENDER, subject

PLATFORMS = WordClass("actor_words", "platform")
# Prepositions that make a medium of speech the channel of an act: "in a tweet", "on Twitter",
# "during a speech", "via a statement".
CHANNELS = frozenset({"in", "on", "during", "via", "through"})
# Dependents by which a participle of speech says something: a clause ("saying that ...", "saying,
# “…”"), an object's predicate ("calling him weak"), what it charges ("accusing X of ..."), an
# infinitive ("telling them to go back"). "continuing its offensive" says nothing.
_SAID_DEPS = frozenset({"ccomp", "xcomp", "oprd", "parataxis"})
_SAID_PREPS = frozenset({"of", "as", "for"})
# Entity labels of a time: "seized on Monday" is the verb's own sense with a date.
_TIME_LABELS = frozenset({"DATE", "TIME"})


@per_folder
def saying_verbs() -> frozenset[str]:
    """The verbs of ``kb/speech_verbs.tsv`` of kind say (read through the one loader)."""
    return frozenset(lemma.lower() for lemma, kind in speech_verbs().items() if kind == "say")


@per_folder
def light_verbs() -> frozenset[str]:
    """Verbs that do the event their object names ("launched an attack", "renewed her attacks"):
    ``kb/event_frames.tsv`` effect light."""
    return frozenset(r["lemma"].lower() for r in load_table("event_frames") if r["effect"] == "light")


def done_in_words(trigger: Token) -> bool:
    """"attacked the government during a funeral oration, saying ...", "has repeatedly attacked
    both congresswomen, telling them to go back", "attacked Trudeau on Twitter", "attacked the
    minister in a speech": the clause names the words that did the act, a participle of speech
    hung on the verb or a medium of speech as its channel. A noun is read through the verb whose
    object it is: "launched a fresh attack on Germany, claiming ...", "renewed her attacks on the
    president, calling him a weakling"; and by its own channel: "his attacks on Twitter"."""
    if trigger.pos_ == "NOUN":  # not "on": "the attack on Facebook" names its target
        if any(_speech_channel(c) and c.lower_ != "on" for c in trigger.children):
            return True
        if trigger.dep_ not in ("dobj", "obj") or trigger.head.lemma_.lower() not in light_verbs():
            return False  # "condemned the attack, saying ...": the words are the condemnation's
        trigger = trigger.head
    if trigger.pos_ != "VERB":
        return False
    return any(_speech_participle(c) or _speech_channel(c) for c in trigger.children) or carried_by_speech(trigger)


def carried_by_speech(verb: Token) -> bool:
    """"issued a statement attacking Downing Street's deal", "sent out several tweets attacking him",
    "tweeted 14 times, attacking the administration", "wrote back, attacking the act": a participle
    whose own words are the act, hung on a medium of speech (``kb/speech_media.tsv``) or on a verb of
    saying (``kb/speech_verbs.tsv`` kind say); not a medium that shows the act, "video images of
    protesters attacking the embassy": the participle then hangs on the people it shows."""
    if verb.tag_ != "VBG":
        return False
    head = verb.head
    if verb.dep_ == "acl":
        return head.pos_ == "NOUN" and head.lemma_.lower() in speech_media()
    return verb.dep_ in ("advcl", "conj") and head.pos_ == "VERB" and head.lemma_.lower() in saying_verbs()


def _speech_participle(c: Token) -> bool:
    if c.dep_ not in ("advcl", "conj") or c.tag_ != "VBG" or c.lemma_.lower() not in saying_verbs():
        return False
    return any(x.dep_ in _SAID_DEPS or (x.dep_ == "prep" and x.lower_ in _SAID_PREPS) for x in c.children)


def _speech_channel(c: Token) -> bool:
    if c.dep_ != "prep" or c.lower_ not in CHANNELS:
        return False
    return any(x.dep_ == "pobj" and (x.lemma_.lower() in speech_media() or x.text in PLATFORMS)
               for x in c.children)


def person_party(verb: Token) -> bool:
    """"Bolton had clashed with Turkish officials", "Coats repeatedly clashed with Trump over Iran",
    "he fired back at Democrats" (a gendered pronoun is a person):
    a clash one of whose parties is a single named person is a quarrel (CAMEO 11 "disapprove"); an
    armed clash is between forces, protesters, police or states ("protesters clashed with police")."""
    subj, passive = subject(verb, LOGICAL_SUBJECT)
    parties = [] if subj is None or passive else [subj, *(c for c in subj.children if c.dep_ == "appos")]
    parties += [x for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for x in p.children if x.dep_ == "pobj"]
    return any(_is_person(t) or _gendered_pronoun(t) for t in parties)


def person_on_person(verb: Token) -> bool:
    """"Trump has attacked Powell", "he attacked President Bush mercilessly", "Duncan attacked
    Johnson's role in the affair": a named person's attack on a named person (or on what one owns)
    is a verbal attack in political news (CAMEO 111 "criticize or denounce"); force is done by forces,
    states and groups to places, posts and people ("militants attacked the base")."""
    subj, passive = subject(verb, LOGICAL_SUBJECT)
    if subj is None or passive or not (_is_person(subj) or _gendered_pronoun(subj)):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    # what a person owns, "Johnson's role", not a state a ruler's possessive names ("Hussein's Iraq")
    owners = [o for x in objects if not x._.actor for o in x.children if o.dep_ == "poss"]
    return any(_is_person(t) for t in (*objects, *owners))


def _gendered_pronoun(tok: Token) -> bool:
    """"he attacked President Bush", "She also attacked Barr": a gendered pronoun names a person
    whoever it resolves to (``syntax.PRONOUN_GENDER``)."""
    return tok.pos_ == "PRON" and tok.lower_ in PRONOUN_GENDER


def _is_person(tok: Token) -> bool:
    actor = (tok.doc._.actors or {}).get(tok._.actor) if tok._.actor else None
    return actor is not None and actor.kind == "person"


def phrasal_sense(verb: Token, preps: frozenset[str]) -> bool:
    """"Russia seized on an offhand remark", "a solution which Moscow quickly seized on", "critics
    seized upon the report": the phrasal verb (to take up eagerly: a proposal, a remark, a report)
    with its preposition and no object of its own, or with the preposition stranded, "the deadline
    has been seized on by lawmakers"; "seized the town on Monday", "the tanker was seized on
    suspicion of smuggling" keep the verb's own sense."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    phrases = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in preps]
    objects = [[x for x in p.children if x.dep_ == "pobj"] for p in phrases]
    if any(not found for found in objects):
        return True  # stranded: "the deadline has been seized on by lawmakers", "a plan they seized upon"
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return False  # "the tanker was seized on suspicion of smuggling"
    return any(not any(x.ent_type_ in _TIME_LABELS for x in found) for found in objects)
