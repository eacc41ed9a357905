"""The syntax layer on hand-built parses (no model): subjects and how they are inherited, objects,
negation, and the antecedent index behind pronoun resolution. The sentences are our own."""

from __future__ import annotations

from dataclasses import replace

from diplograph.model import Actor
from diplograph.nlp import mood, syntax
from diplograph.nlp.speech.attribution import Attribution, pronoun_speaker, record_pronoun
from diplograph.nlp.syntax import LOGICAL_SUBJECT, SPEAKER_SUBJECT, Antecedents, subject
from docs import parse

F, D, S, B, K = "state:FRA", "state:DEU", "state:SRB", "person:anna-berg", "person:ivo-kral"
KNOWN = {F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU"),
         S: Actor(S, "Serbia", "state", "SRB"), B: Actor(B, "Anna Berg", "person", "DEU"),
         K: Actor(K, "Ivo Kral", "person", "SRB")}


def words(found) -> tuple[str | None, bool]:
    tok, passive = found
    return (tok.text if tok is not None else None), passive


def test_own_subject_active_and_passive():
    doc = parse([("Germany", "Germany", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                 ("welcomed", "welcome", "VERB", "ROOT", 2), ("by", "by", "ADP", "agent", 2),
                 ("France", "France", "PROPN", "pobj", 3)])
    assert words(subject(doc[2], LOGICAL_SUBJECT)) == ("Germany", True)
    assert [t.text for t in syntax.agents(doc[2])] == ["France"]
    assert syntax.is_passive(doc[2])


def test_conjunct_shares_the_subject_and_a_passive_conjunct_makes_it_the_patient():
    # "Berg visited Paris and was welcomed"
    doc = parse([("Berg", "Berg", "PROPN", "nsubj", 1), ("visited", "visit", "VERB", "ROOT", 1, "VBD"),
                 ("Paris", "Paris", "PROPN", "dobj", 1), ("and", "and", "CCONJ", "cc", 1),
                 ("was", "be", "AUX", "auxpass", 5), ("welcomed", "welcome", "VERB", "conj", 1, "VBN")])
    assert words(syntax.from_conjunct(doc[5], 0, LOGICAL_SUBJECT)) == ("Berg", True)
    assert syntax.from_conjunct(doc[1], 0, LOGICAL_SUBJECT) is None


def test_relative_clause_is_predicated_of_its_noun_and_an_object_infinitive_of_the_governor():
    # "the minister who resigned"; "France unveiled plans to station troops"
    doc = parse([("the", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "ROOT", 1),
                 ("resigned", "resign", "VERB", "relcl", 1)])
    assert words(syntax.from_modified_noun(doc[2], 0, LOGICAL_SUBJECT)) == ("minister", False)
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("unveiled", "unveil", "VERB", "ROOT", 1),
                 ("plans", "plan", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                 ("station", "station", "VERB", "acl", 2), ("troops", "troop", "NOUN", "dobj", 4)])
    assert words(syntax.from_modified_noun(doc[4], 0, LOGICAL_SUBJECT)) == ("France", False)


def test_infinitive_on_a_possessed_noun_is_the_possessors_act():
    # "Serbia condemned Germany's choice to expel the envoy": Germany expels, not Serbia;
    # "France's invitation to Serbia to attend": the addressee attends, the possessor says nothing
    doc = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("condemned", "condemn", "VERB", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                 ("choice", "choice", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 6),
                 ("expel", "expel", "VERB", "acl", 4), ("the", "the", "DET", "det", 8),
                 ("envoy", "envoy", "NOUN", "dobj", 6)], {0: S, 2: D}, KNOWN)
    assert words(syntax.from_noun_possessor(doc[6], 0, LOGICAL_SUBJECT)) == ("Germany", False)
    assert words(subject(doc[6], LOGICAL_SUBJECT)) == ("Germany", False)
    doc = parse([("France", "France", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                 ("invitation", "invitation", "NOUN", "ROOT", 2), ("to", "to", "ADP", "prep", 2),
                 ("Serbia", "Serbia", "PROPN", "pobj", 3), ("to", "to", "PART", "aux", 6),
                 ("attend", "attend", "VERB", "acl", 2)], {0: F, 4: S}, KNOWN)
    assert syntax.from_noun_possessor(doc[6], 0, LOGICAL_SUBJECT) is None
    # "the ministry's plan to build": a possessor that names no actor leaves the act to the clause
    doc = parse([("the", "the", "DET", "det", 1), ("ministry", "ministry", "NOUN", "poss", 3),
                 ("'s", "'s", "PART", "case", 1), ("plan", "plan", "NOUN", "ROOT", 3),
                 ("to", "to", "PART", "aux", 5), ("build", "build", "VERB", "acl", 3)])
    assert syntax.from_noun_possessor(doc[5], 0, LOGICAL_SUBJECT) is None


def test_object_control_and_a_passive_governor():
    # "France urged Serbia to leave"; "Berg is scheduled to attend"
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
                 ("Serbia", "Serbia", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                 ("leave", "leave", "VERB", "xcomp", 1)], {2: S}, KNOWN)
    assert words(syntax.from_controller(doc[4], 0, LOGICAL_SUBJECT)) == ("Serbia", False)
    doc = parse([("Berg", "Berg", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2),
                 ("scheduled", "schedule", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4),
                 ("attend", "attend", "VERB", "xcomp", 2)])
    assert words(syntax.from_controller(doc[4], 0, LOGICAL_SUBJECT)) == ("Berg", False)


def test_participle_adjunct_takes_the_main_clause_subject_in_its_own_voice():
    # "Backed by Moscow, Serbia refused"
    doc = parse([("Backed", "back", "VERB", "advcl", 5, "VBN"), ("by", "by", "ADP", "agent", 0),
                 ("Moscow", "Moscow", "PROPN", "pobj", 1), (",", ",", "PUNCT", "punct", 5),
                 ("Serbia", "Serbia", "PROPN", "nsubj", 5), ("refused", "refuse", "VERB", "ROOT", 5)])
    assert syntax.adjunct_main_verb(doc[0]).text == "refused"
    assert words(syntax.from_main_clause(doc[0], 0, LOGICAL_SUBJECT)) == ("Serbia", True)


def test_gerund_after_a_control_preposition_is_done_by_the_object_or_the_reproached_party():
    # "France accused Serbia of invading"; "Serbia was accused of invading"
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("accused", "accuse", "VERB", "ROOT", 1),
                 ("Serbia", "Serbia", "PROPN", "dobj", 1), ("of", "of", "ADP", "prep", 1),
                 ("invading", "invade", "VERB", "pcomp", 3, "VBG")], {2: S}, KNOWN)
    assert words(syntax.from_controlling_object(doc[4], 0, LOGICAL_SUBJECT)) == ("Serbia", False)
    doc = parse([("Serbia", "Serbia", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                 ("accused", "accuse", "VERB", "ROOT", 2), ("of", "of", "ADP", "prep", 2),
                 ("invading", "invade", "VERB", "pcomp", 3, "VBG")])
    assert syntax.from_controlling_object(doc[4], 0, LOGICAL_SUBJECT) is None  # no lexicon: no reproach
    reproaching = replace(LOGICAL_SUBJECT, reproaches=lambda v: v.lemma_ == "accuse")
    assert words(syntax.from_controlling_object(doc[4], 0, reproaching)) == ("Serbia", False)


def test_governor_through_a_preposition_and_the_speaker_policy():
    # "the minister who spoke left": a relative pronoun is the relative clause's own subject
    doc = parse([("the", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj", 4),
                 ("who", "who", "PRON", "nsubj", 3), ("spoke", "speak", "VERB", "relcl", 1),
                 ("left", "leave", "VERB", "ROOT", 4)])
    assert words(subject(doc[3], LOGICAL_SUBJECT)) == ("who", False)
    doc = parse([("the", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj", 2),
                 ("arrived", "arrive", "VERB", "ROOT", 2), ("and", "and", "CCONJ", "cc", 2),
                 ("said", "say", "VERB", "conj", 2), ("that", "that", "SCONJ", "mark", 6),
                 ("talks", "talk", "NOUN", "ccomp", 4)])
    assert words(syntax.from_governing_verb(doc[4], 0, SPEAKER_SUBJECT)) == ("minister", False)
    assert syntax.subject_of(doc[4], SPEAKER_SUBJECT).text == "minister"
    assert words(syntax.from_governor(doc[6], 0, LOGICAL_SUBJECT)) == ("minister", False)
    # a relative clause hands no subject down under the speaker policy, only under the logical one
    doc = parse([("the", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "ROOT", 1),
                 ("quoted", "quote", "VERB", "relcl", 1)])
    assert subject(doc[2], SPEAKER_SUBJECT)[0] is None
    assert subject(doc[2], LOGICAL_SUBJECT)[0].text == "minister"


def test_objects_governor_and_clause():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
                 ("aid", "aid", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 1),
                 ("Serbia", "Serbia", "PROPN", "pobj", 3), ("and", "and", "CCONJ", "cc", 1),
                 ("left", "leave", "VERB", "conj", 1)])
    assert [t.text for t in syntax.direct_objects(doc[1])] == ["aid"]
    assert [t.text for t in syntax.prep_objects(doc[1], ("to",))] == ["Serbia"]
    assert syntax.governor(doc[4]).text == "sent"
    assert [t.text for t in sorted(syntax.clause_tokens(doc[1]), key=lambda t: t.i)] == \
        ["France", "sent", "aid", "to", "Serbia", "and"]


def test_agents_of_a_participle_on_a_noun_that_performs_it():
    # "the raids carried out by Serbia"; "the raids condemned by Serbia" names no raider
    def raids(verb: str, lemma: str):
        return parse([("the", "the", "DET", "det", 1), ("raids", "raid", "NOUN", "ROOT", 1),
                      (verb, lemma, "VERB", "acl", 1, "VBN"), ("by", "by", "ADP", "agent", 2),
                      ("Serbia", "Serbia", "PROPN", "pobj", 3)], {4: S}, KNOWN)
    light = {"carry"}.__contains__
    doc = raids("carried", "carry")
    assert [t.text for t in syntax.participle_agents(doc[1], lambda v: light(v.lemma_))] == ["Serbia"]
    doc = raids("condemned", "condemn")
    assert syntax.participle_agents(doc[1], lambda v: light(v.lemma_)) == []


def test_negation_policies():
    # "France never met Serbia"; "ties are not strained"; "Neither X nor Y mentioned it"
    doc = parse([("France", "France", "PROPN", "nsubj", 2), ("never", "never", "ADV", "advmod", 2),
                 ("met", "meet", "VERB", "ROOT", 2), ("Serbia", "Serbia", "PROPN", "dobj", 2)])
    assert syntax.is_negated(doc[2])
    assert not syntax.is_negated(doc[2], words=frozenset())
    doc = parse([("ties", "tie", "NOUN", "nsubj", 1), ("are", "be", "AUX", "ROOT", 1),
                 ("not", "not", "PART", "neg", 1), ("strained", "strained", "ADJ", "acomp", 1)])
    assert not syntax.is_negated(doc[3]) and syntax.is_negated(doc[3], through_head=True)
    doc = parse([("Neither", "neither", "CCONJ", "preconj", 1), ("X", "X", "PROPN", "nsubj", 4),
                 ("nor", "nor", "CCONJ", "cc", 1), ("Y", "Y", "PROPN", "conj", 1),
                 ("mentioned", "mention", "VERB", "ROOT", 4)])
    assert not syntax.is_negated(doc[4]) and syntax.is_negated(doc[4], correlative=True)


class CountingActors(dict):
    gets = 0

    def get(self, key, default=None):
        CountingActors.gets += 1
        return super().get(key, default)


def test_antecedents_nearest_fitting_kind_ties_and_floor():
    actors = CountingActors(KNOWN)
    first = Antecedents(actors)
    for pos, aid, rank in ((5, F, 1), (10, B, 1), (10, K, 1), (20, D, 1), (20, S, 0)):
        first.add(pos, aid, rank)
    assert first.nearest(25, ("state",)) == S  # at one place the lower rank wins
    assert first.nearest(20, ("state",)) == F
    assert first.nearest(15, ("person",)) == B  # the first added of a tie
    assert first.nearest(15, ("person",), floor=12) is None
    assert first.nearest(5, ("state", "person")) is None
    latest = Antecedents(actors, by_token=True, latest_on_tie=True)
    latest.add(10, B)
    latest.add(10, K)
    assert latest.nearest(11, ("person",)) == K
    # linear: the kinds are read once per candidate, never per question
    before = CountingActors.gets
    for _ in range(1000):
        first.nearest(25, ("state", "person", "organization"))
    assert CountingActors.gets == before


def speech_doc():
    # "Berg spoke . She said ..."  with Berg a subject mention; "She" a pronoun subject
    doc = parse([("Berg", "Berg", "PROPN", "nsubj", 1), ("spoke", "speak", "VERB", "ROOT", 1),
                 (".", ".", "PUNCT", "punct", 1), ("She", "she", "PRON", "nsubj", 4),
                 ("said", "say", "VERB", "ROOT", 4), ("Kral", "Kral", "PROPN", "dobj", 4),
                 ("left", "leave", "VERB", "ccomp", 4)], {0: B, 5: K}, KNOWN, mentions=True,
                sent_starts=[True, False, False, True, False, False, False])
    for aid, actor in KNOWN.items():
        doc._.actors[aid] = replace(actor, mentions=[])
    return doc


def test_speaker_pronoun_resolves_to_the_last_fitting_subject_and_becomes_a_mention():
    doc = speech_doc()
    att = Attribution()
    assert pronoun_speaker(doc, doc[3], att) == B
    record_pronoun(doc, doc[3], B, att)
    assert [m.start for m in doc._.mentions] == [0, 3, 5]  # inserted in text order
    assert doc[3]._.actor == B


def test_a_speaker_outranks_an_earlier_subject_mention():
    doc = speech_doc()
    att = Attribution()
    att.add_speaker(doc[2].idx, K)  # a quote by Kral closed just before "She"
    assert pronoun_speaker(doc, doc[3], att) == K


def test_a_pronoun_never_finds_a_person_of_the_other_gender():
    # "Mrs. Berg met Mr. Kern ... she said": the nearest person is Kern, but "she" is Berg
    actors = dict(KNOWN)
    index = Antecedents(actors, genders={B: "f", K: "m"})
    index.add(3, B)
    index.add(8, K)
    assert index.nearest(20, ("person",), gender="f") == B
    assert index.nearest(20, ("person",), gender="m") == K
    assert index.nearest(20, ("person",)) == K  # a definite description has no gender
    unknown = Antecedents(actors, genders={B: "f"})
    unknown.add(3, B)
    unknown.add(8, K)  # no honorific: fits either pronoun
    assert unknown.nearest(20, ("person",), gender="f") == K


def test_mention_genders_reads_the_honorific_or_gendered_title_before_a_name():
    from diplograph.nlp.common import gender_words
    from diplograph.nlp.extensions import Mention

    doc = parse([("Mrs.", "mrs.", "PROPN", "compound", 1), ("Berg", "Berg", "PROPN", "nsubj", 2),
                 ("met", "meet", "VERB", "ROOT", 2), ("spokesman", "spokesman", "NOUN", "compound", 4),
                 ("Kern", "Kern", "PROPN", "dobj", 2), (".", ".", "PUNCT", "punct", 2)])
    mentions = [Mention(1, 2, 5, 9, B, "Berg"), Mention(4, 5, 30, 34, K, "Kern")]
    # "spokesman" is used for women too, so it gives no gender
    assert syntax.mention_genders(doc, mentions, gender_words()) == {B: "f"}


def test_has_yet_to_negates_what_it_governs():
    # "France has yet to congratulate Berg." / "France has to congratulate Berg."
    rows = [("France", "France", "PROPN", "nsubj", 1), ("has", "have", "VERB", "ROOT", 1),
            ("yet", "yet", "ADV", "advmod", 1), ("to", "to", "PART", "aux", 4),
            ("congratulate", "congratulate", "VERB", "xcomp", 1), ("Berg", "Berg", "PROPN", "dobj", 4)]
    doc = parse(rows)
    assert syntax.is_negated(doc[1], yet_to=True)
    assert not syntax.is_negated(doc[1])  # only callers that read the construction ask for it
    plain = parse([*rows[:2], rows[3], ("congratulate", "congratulate", "VERB", "xcomp", 1),
                   ("Berg", "Berg", "PROPN", "dobj", 3)])
    assert not syntax.is_negated(plain[1], yet_to=True)


# ---------------------------------------------------------------- realis
WORDS = mood.IrrealisWords(
    modals=frozenset({"could", "would", "might", "may", "should", "must"}), future=frozenset({"will", "'ll"}),
    conditionals=frozenset({"if", "unless", "whether"}), futurates=frozenset({"go", "set"}),
    intents=frozenset({"call", "want", "plan", "propose"}), obligations=frozenset({"need", "have"}),
    beliefs=frozenset({"fear", "expect"}),
    doubts=frozenset({"see", "believe", "evidence"}), adjectives=frozenset({"potential", "proposed", "would-be"}))


def test_a_modal_reaches_a_conjunct_without_an_auxiliary_of_its_own():
    # "The army could give up on talks and strike the camps."
    doc = parse([("The", "the", "DET", "det", 1), ("army", "army", "NOUN", "nsubj", 3),
                 ("could", "could", "AUX", "aux", 3), ("give", "give", "VERB", "ROOT", 3),
                 ("up", "up", "ADP", "prt", 3), ("and", "and", "CCONJ", "cc", 3),
                 ("strike", "strike", "VERB", "conj", 3), ("camps", "camp", "NOUN", "dobj", 6)])
    assert mood.irrealis(doc[6], WORDS) == "modal:could"
    assert mood.under_modal(doc[3], None, WORDS) == "modal:could"
    assert mood.under_modal(doc[6], None, WORDS) is None


def test_a_conjunct_with_its_own_subject_keeps_its_own_mood():
    # "The army could retreat and the rebels attacked."
    doc = parse([("The", "the", "DET", "det", 1), ("army", "army", "NOUN", "nsubj", 3),
                 ("could", "could", "AUX", "aux", 3), ("retreat", "retreat", "VERB", "ROOT", 3),
                 ("and", "and", "CCONJ", "cc", 3), ("rebels", "rebel", "NOUN", "nsubj", 6),
                 ("attacked", "attack", "VERB", "conj", 3, "VBD")])
    assert mood.irrealis(doc[6], WORDS) is None


def test_future_auxiliary_and_condition():
    # "If Iran attacks, Israel will respond."
    doc = parse([("If", "if", "SCONJ", "mark", 2), ("Iran", "Iran", "PROPN", "nsubj", 2),
                 ("attacks", "attack", "VERB", "advcl", 6), (",", ",", "PUNCT", "punct", 6),
                 ("Israel", "Israel", "PROPN", "nsubj", 6), ("will", "will", "AUX", "aux", 6),
                 ("respond", "respond", "VERB", "ROOT", 6)])
    assert mood.under_condition(doc[2], None, WORDS) == "conditional:if"
    assert mood.irrealis(doc[2], WORDS) == "conditional:if"
    assert mood.under_future(doc[6], None, WORDS) == "future:will"


def test_a_periphrastic_future_governs_its_open_complement_only():
    # "Russia is going to attack Ukraine."  /  "Russia is going to Minsk."
    doc = parse([("Russia", "Russia", "PROPN", "nsubj", 2), ("is", "be", "AUX", "aux", 2),
                 ("going", "go", "VERB", "ROOT", 2, "VBG"), ("to", "to", "PART", "aux", 4),
                 ("attack", "attack", "VERB", "xcomp", 2), ("Ukraine", "Ukraine", "PROPN", "dobj", 4)])
    assert mood.periphrastic_future(doc[2], doc[4], WORDS) == "future:go"
    assert mood.irrealis(doc[4], WORDS) == "future:go"
    went = parse([("Russia", "Russia", "PROPN", "nsubj", 1), ("went", "go", "VERB", "ROOT", 1, "VBD"),
                  ("on", "on", "ADP", "prt", 1), ("to", "to", "PART", "aux", 4),
                  ("attack", "attack", "VERB", "xcomp", 1)])
    assert mood.irrealis(went[4], WORDS) is None  # "went on to attack" happened


def test_the_purpose_of_a_call_for_is_not_done_but_the_call_is():
    # "The senator has called for the government to use its aid to support the rebels."
    doc = parse([("The", "the", "DET", "det", 1), ("senator", "senator", "NOUN", "nsubj", 3),
                 ("has", "have", "AUX", "aux", 3), ("called", "call", "VERB", "ROOT", 3, "VBN"),
                 ("for", "for", "SCONJ", "mark", 8), ("the", "the", "DET", "det", 6),
                 ("government", "government", "NOUN", "nsubj", 8), ("to", "to", "PART", "aux", 8),
                 ("use", "use", "VERB", "advcl", 3), ("aid", "aid", "NOUN", "dobj", 8),
                 ("to", "to", "PART", "aux", 11), ("support", "support", "VERB", "xcomp", 8),
                 ("rebels", "rebel", "NOUN", "dobj", 11)])
    assert mood.irrealis(doc[11], WORDS) == "proposal:call"
    assert mood.intended(doc[3], doc[8], WORDS) == "proposal:call"
    assert mood.irrealis(doc[3], WORDS) is None


def test_an_object_of_a_verb_of_proposal_is_not_done():
    # "The UN proposed sanctions on Iran."  /  "The UN imposed sanctions on Iran."
    rows = [("The", "the", "DET", "det", 1), ("UN", "UN", "PROPN", "nsubj", 2),
            ("proposed", "propose", "VERB", "ROOT", 2, "VBD"), ("sanctions", "sanction", "NOUN", "dobj", 2),
            ("on", "on", "ADP", "prep", 3), ("Iran", "Iran", "PROPN", "pobj", 4)]
    assert mood.irrealis(parse(rows)[3], WORDS) == "proposal:propose"
    rows[2] = ("imposed", "impose", "VERB", "ROOT", 2, "VBD")
    assert mood.irrealis(parse(rows)[3], WORDS) is None


def test_a_feared_event_is_conjecture_and_a_reported_one_is_not():
    # "Officials fear that Iran will attack."  /  "Officials said that Iran attacked."
    doc = parse([("Officials", "official", "NOUN", "nsubj", 1), ("fear", "fear", "VERB", "ROOT", 1),
                 ("that", "that", "SCONJ", "mark", 4), ("Iran", "Iran", "PROPN", "nsubj", 4),
                 ("attacked", "attack", "VERB", "ccomp", 1, "VBD")])
    assert mood.irrealis(doc[4], WORDS) == "belief:fear"
    said = parse([("Officials", "official", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
                  ("that", "that", "SCONJ", "mark", 4), ("Iran", "Iran", "PROPN", "nsubj", 4),
                  ("attacked", "attack", "VERB", "ccomp", 1, "VBD")])
    assert mood.irrealis(said[4], WORDS) is None


def test_a_verb_of_perception_doubts_only_when_negated():
    # "He doesn't see Congress moving to crack down."  /  "He saw Congress moving to crack down."
    rows = [("He", "he", "PRON", "nsubj", 3), ("does", "do", "AUX", "aux", 3), ("n't", "not", "PART", "neg", 3),
            ("see", "see", "VERB", "ROOT", 3), ("Congress", "Congress", "PROPN", "nsubj", 5),
            ("moving", "move", "VERB", "ccomp", 3, "VBG"), ("to", "to", "PART", "aux", 7),
            ("crack", "crack", "VERB", "advcl", 5)]
    assert mood.irrealis(parse(rows)[7], WORDS) == "doubt:see"
    rows[2] = ("just", "just", "ADV", "advmod", 3)
    assert mood.irrealis(parse(rows)[7], WORDS) is None


def test_no_evidence_that_a_thing_happened_reports_no_act():
    # "Police found no evidence that Serbia attacked ."  /  "Police found evidence that Serbia attacked ."
    rows = [("Police", "police", "NOUN", "nsubj", 1), ("found", "find", "VERB", "ROOT", 1, "VBD"),
            ("no", "no", "DET", "det", 3), ("evidence", "evidence", "NOUN", "dobj", 1),
            ("that", "that", "SCONJ", "mark", 6), ("Serbia", "Serbia", "PROPN", "nsubj", 6),
            ("attacked", "attack", "VERB", "acl", 3, "VBD"), (".", ".", "PUNCT", "punct", 1)]
    assert mood.irrealis(parse(rows)[6], WORDS) == "doubt:evidence"
    rows[2] = ("the", "the", "DET", "det", 3)
    assert mood.irrealis(parse(rows)[6], WORDS) is None
    # "Police did not find any evidence that Serbia attacked ."
    rows = [("Police", "police", "NOUN", "nsubj", 3), ("did", "do", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3),
            ("find", "find", "VERB", "ROOT", 3), ("any", "any", "DET", "det", 5),
            ("evidence", "evidence", "NOUN", "dobj", 3),
            ("that", "that", "SCONJ", "mark", 8), ("Serbia", "Serbia", "PROPN", "nsubj", 8),
            ("attacked", "attack", "VERB", "acl", 5, "VBD"), (".", ".", "PUNCT", "punct", 3)]
    assert mood.irrealis(parse(rows)[8], WORDS) == "doubt:evidence"


def test_a_yes_no_question_asks_and_a_wh_question_presumes():
    # "Will China retaliate ?"  /  "Why did China retaliate ?"
    doc = parse([("Did", "do", "AUX", "aux", 2), ("China", "China", "PROPN", "nsubj", 2),
                 ("retaliate", "retaliate", "VERB", "ROOT", 2), ("?", "?", "PUNCT", "punct", 2)])
    assert mood.yes_no_question(doc[2], None, WORDS) == "question"
    why = parse([("Why", "why", "SCONJ", "advmod", 3), ("did", "do", "AUX", "aux", 3),
                 ("China", "China", "PROPN", "nsubj", 3), ("retaliate", "retaliate", "VERB", "ROOT", 3),
                 ("?", "?", "PUNCT", "punct", 3)])
    assert mood.irrealis(why[3], WORDS) is None


def test_a_question_asks_past_its_quote_marks_and_paragraph_break():
    # "“Did China retaliate?”\n\n": the tokenizer hangs the paragraph break on the clause
    rows = [("“", "“", "PUNCT", "punct", 3), ("Did", "do", "AUX", "aux", 3), ("China", "China", "PROPN", "nsubj", 3),
            ("retaliate", "retaliate", "VERB", "ROOT", 3), ("?", "?", "PUNCT", "punct", 3),
            ("”", "”", "PUNCT", "punct", 3), ("\n\n", "\n\n", "SPACE", "dep", 5)]
    assert mood.irrealis(parse(rows)[3], WORDS) == "question"
    unquoted = [("Did", "do", "AUX", "aux", 2), ("China", "China", "PROPN", "nsubj", 2),
                ("retaliate", "retaliate", "VERB", "ROOT", 2), ("?", "?", "PUNCT", "punct", 2),
                ("\n\n", "\n\n", "SPACE", "dep", 3)]
    assert mood.irrealis(parse(unquoted)[2], WORDS) == "question"
    # "China retaliated.\n\n" and "“Why did China retaliate?”": no yes/no question
    told = [("China", "China", "PROPN", "nsubj", 1), ("retaliated", "retaliate", "VERB", "ROOT", 1, "VBD"),
            (".", ".", "PUNCT", "punct", 1), ("\n\n", "\n\n", "SPACE", "dep", 2)]
    assert mood.irrealis(parse(told)[1], WORDS) is None
    why = [("“", "“", "PUNCT", "punct", 4), ("Why", "why", "SCONJ", "advmod", 4), ("did", "do", "AUX", "aux", 4),
           ("China", "China", "PROPN", "nsubj", 4), ("retaliate", "retaliate", "VERB", "ROOT", 4),
           ("?", "?", "PUNCT", "punct", 4), ("”", "”", "PUNCT", "punct", 4)]
    assert mood.irrealis(parse(why)[4], WORDS) is None
    # "Did they agree [on aid]?” Talks resumed.": the parser reads the question into the next
    # clause, hanging the question mark on it
    rows = [("Did", "do", "AUX", "aux", 2), ("they", "they", "PRON", "nsubj", 2),
            ("agree", "agree", "VERB", "ccomp", 11),
            ("[", "[", "PUNCT", "nmod", 5), ("on", "on", "ADP", "prep", 2), ("aid", "aid", "NOUN", "pobj", 4),
            ("]", "]", "PUNCT", "punct", 2), ("?", "?", "PUNCT", "punct", 11), ("”", "”", "PUNCT", "punct", 11),
            ("\n\n", "\n\n", "SPACE", "dep", 8), ("Talks", "talk", "NOUN", "nsubj", 11),
            ("resumed", "resume", "VERB", "ROOT", 11, "VBD"), (".", ".", "PUNCT", "punct", 11)]
    doc = parse(rows)
    assert mood.irrealis(doc[2], WORDS) == "question"
    assert mood.irrealis(doc[11], WORDS) is None  # the talks resumed


def test_an_irrealis_modifier_on_an_event_noun():
    # "with potential U.S. airstrikes"  /  "a would-be attacker"  /  "recent airstrikes"
    doc = parse([("with", "with", "ADP", "ROOT", 0), ("potential", "potential", "ADJ", "amod", 3),
                 ("U.S.", "U.S.", "PROPN", "compound", 3), ("airstrikes", "airstrike", "NOUN", "pobj", 0)])
    assert mood.irrealis_modifier(doc[3], None, WORDS) == "adjective:potential"
    would_be = parse([("a", "a", "DET", "det", 4), ("would", "would", "AUX", "amod", 4),
                      ("-", "-", "PUNCT", "punct", 3), ("be", "be", "AUX", "amod", 4),
                      ("attack", "attack", "NOUN", "ROOT", 4)])
    assert mood.irrealis(would_be[4], WORDS) == "adjective:would-be"
    recent = parse([("recent", "recent", "ADJ", "amod", 1), ("airstrikes", "airstrike", "NOUN", "ROOT", 1)])
    assert mood.irrealis(recent[1], WORDS) is None


def test_an_open_complement_of_a_verb_of_intention_is_the_subjects_own_intent():
    # "Russia wants to meet Ukraine."
    doc = parse([("Russia", "Russia", "PROPN", "nsubj", 1), ("wants", "want", "VERB", "ROOT", 1, "VBZ"),
                 ("to", "to", "PART", "aux", 3), ("meet", "meet", "VERB", "xcomp", 1),
                 ("Ukraine", "Ukraine", "PROPN", "dobj", 3)])
    assert mood.irrealis(doc[3], WORDS) == "intent:want"


def test_the_complement_of_a_noun_of_expectation_is_conjecture():
    # "the chance that Trump will lift sanctions" (the noun's clause hangs on it as acl)
    doc = parse([("the", "the", "DET", "det", 1), ("chance", "chance", "NOUN", "ROOT", 1),
                 ("that", "that", "SCONJ", "mark", 4), ("Trump", "Trump", "PROPN", "nsubj", 4),
                 ("lifted", "lift", "VERB", "acl", 1, "VBD"), ("sanctions", "sanction", "NOUN", "dobj", 4)])
    words = replace(WORDS, beliefs=WORDS.beliefs | {"chance"})
    assert mood.irrealis(doc[5], words) == "belief:chance"
    assert mood.irrealis(doc[5], WORDS) is None


def test_an_obligation_still_to_meet_is_not_done_and_one_met_in_the_past_is():
    # "Assad will need to allow monitors."  /  "Russia had to withdraw."
    doc = parse([("Assad", "Assad", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
                 ("need", "need", "VERB", "ROOT", 2, "VB"), ("to", "to", "PART", "aux", 4),
                 ("allow", "allow", "VERB", "xcomp", 2), ("monitors", "monitor", "NOUN", "dobj", 4)])
    assert mood.obliged(doc[2], doc[4], WORDS) == "obligation:need"
    assert mood.irrealis_reasons(doc[4], WORDS) == ["future:will", "obligation:need"]
    had = parse([("Russia", "Russia", "PROPN", "nsubj", 1), ("had", "have", "VERB", "ROOT", 1, "VBD"),
                 ("to", "to", "PART", "aux", 3), ("withdraw", "withdraw", "VERB", "xcomp", 1)])
    assert mood.irrealis(had[3], WORDS) is None


def test_a_modifier_of_another_noun_says_nothing_of_the_event_and_a_prospect_reaches_its_participle():
    # "potential violations of sanctions": the sanctions are real
    doc = parse([("potential", "potential", "ADJ", "amod", 1), ("violations", "violation", "NOUN", "ROOT", 1),
                 ("of", "of", "ADP", "prep", 1), ("sanctions", "sanction", "NOUN", "pobj", 2)])
    assert mood.irrealis(doc[3], WORDS) is None
    # "the prospect of Iran becoming a power and threatening Israel"
    doc = parse([("the", "the", "DET", "det", 1), ("prospect", "prospect", "NOUN", "ROOT", 1),
                 ("of", "of", "ADP", "prep", 1), ("Iran", "Iran", "PROPN", "pobj", 2),
                 ("becoming", "become", "VERB", "acl", 3, "VBG"), ("power", "power", "NOUN", "attr", 4),
                 ("and", "and", "CCONJ", "cc", 4), ("threatening", "threaten", "VERB", "conj", 4, "VBG"),
                 ("Israel", "Israel", "PROPN", "dobj", 7)])
    assert mood.irrealis(doc[7], replace(WORDS, beliefs=WORDS.beliefs | {"prospect"})) == "belief:prospect"


def test_a_modal_reaches_an_infinitive_on_a_noun_and_an_event_nouns_own_verb_must_perform_it():
    # "Withdrawal could pave the way for allies to commit troops"
    doc = parse([("Withdrawal", "withdrawal", "NOUN", "nsubj", 2), ("could", "could", "AUX", "aux", 2),
                 ("pave", "pave", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
                 ("way", "way", "NOUN", "dobj", 2), ("for", "for", "SCONJ", "mark", 8),
                 ("allies", "ally", "NOUN", "nsubj", 8), ("to", "to", "PART", "aux", 8),
                 ("commit", "commit", "VERB", "relcl", 4), ("troops", "troop", "NOUN", "dobj", 8)])
    assert mood.irrealis(doc[8], WORDS, performs=lambda v: False) == "modal:could"
    # "Police could tolerate rallies": the rallies are presumed; "could hold rallies": possible
    rows = [("Police", "police", "NOUN", "nsubj", 2), ("could", "could", "AUX", "aux", 2),
            ("tolerate", "tolerate", "VERB", "ROOT", 2), ("rallies", "rally", "NOUN", "dobj", 2)]
    assert mood.irrealis(parse(rows)[3], WORDS, performs=lambda v: v.lemma_ == "hold") is None
    rows[2] = ("hold", "hold", "VERB", "ROOT", 2)
    assert mood.irrealis(parse(rows)[3], WORDS, performs=lambda v: v.lemma_ == "hold") == "modal:could"


def test_a_subject_of_an_earlier_line_is_no_subject_but_the_phrase_opening_the_verbs_line_is():
    # a byline hung on the lead's verb: "Kral\n\nBerg visited Serbia"
    doc = parse([("Kral", "Kral", "PROPN", "nsubj", 3), ("\n\n", "\n\n", "SPACE", "dep", 0),
                 ("Berg", "Berg", "PROPN", "nsubj", 3), ("visited", "visit", "VERB", "ROOT", 3),
                 ("Serbia", "Serbia", "PROPN", "dobj", 3)])
    assert words(subject(doc[3], LOGICAL_SUBJECT)) == ("Berg", False)
    assert [t.text for t in syntax.own_subjects(doc[3])] == ["Berg"]
    # the byline coordinated with the real subject: "Kral\n\nBerg visited Serbia" (Berg a conjunct)
    doc = parse([("Kral", "Kral", "PROPN", "nsubj", 3), ("\n\n", "\n\n", "SPACE", "dep", 0),
                 ("Berg", "Berg", "PROPN", "conj", 0), ("visited", "visit", "VERB", "ROOT", 3),
                 ("Serbia", "Serbia", "PROPN", "dobj", 3)])
    assert words(subject(doc[3], SPEAKER_SUBJECT)) == ("Berg", False)
    # a section heading with the subject as its apposition: "Visits\n\nThe envoys were received"
    doc = parse([("Visits", "visit", "NOUN", "nsubjpass", 6), ("\n\n", "\n\n", "SPACE", "dep", 0),
                 ("The", "the", "DET", "det", 3), ("envoys", "envoy", "NOUN", "appos", 0),
                 ("were", "be", "AUX", "auxpass", 6), ("warmly", "warmly", "ADV", "advmod", 6),
                 ("received", "receive", "VERB", "ROOT", 6)])
    assert words(subject(doc[6], LOGICAL_SUBJECT)) == ("envoys", True)


def test_a_bracketed_wire_credit_is_no_subject():
    # "(Wire) — Berg visited Serbia"
    doc = parse([("(", "(", "PUNCT", "punct", 1), ("Wire", "Wire", "PROPN", "nsubj", 5),
                 (")", ")", "PUNCT", "punct", 1), ("—", "—", "PUNCT", "punct", 1),
                 ("Berg", "Berg", "PROPN", "nsubj", 5), ("visited", "visit", "VERB", "ROOT", 5),
                 ("Serbia", "Serbia", "PROPN", "dobj", 5)])
    assert words(subject(doc[5], LOGICAL_SUBJECT)) == ("Berg", False)
    assert syntax.own_subject(doc[5]).text == "Berg"


def test_the_place_of_a_dateline_is_no_subject_and_the_phrase_after_it_is():
    # "Kral\n\nBELGRADE – Berg visited Serbia": the byline, then the dateline, coordinated by the parse
    doc = parse([("Kral", "Kral", "PROPN", "nsubj", 6), ("\n\n", "\n\n", "SPACE", "dep", 0),
                 ("BELGRADE", "BELGRADE", "PROPN", "conj", 0), ("–", "–", "PUNCT", "punct", 2),
                 ("Anna", "Anna", "PROPN", "compound", 5), ("Berg", "Berg", "PROPN", "appos", 0),
                 ("visited", "visit", "VERB", "ROOT", 6), ("Serbia", "Serbia", "PROPN", "dobj", 6)])
    assert words(subject(doc[6], LOGICAL_SUBJECT)) == ("Berg", False)


def test_actor_of_reads_the_token_attribute_where_spacy_keeps_it():
    # common.actor_of reads doc.user_data directly (a fast path for loops over every word): it must
    # give what ``token._.actor`` gives, set or unset
    from diplograph.nlp.common import actor_of

    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1)])
    doc[0]._.actor = D
    assert [actor_of(t) for t in doc] == [t._.actor for t in doc] == [D, None]
