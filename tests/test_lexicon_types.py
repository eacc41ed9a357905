"""Type senses of kb/events.tsv rows (issue 13): a promised sanction is a threat, a promised
relief a pledge; agreeing with a move endorses it. Sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

F, H = "state:FRA", "state:HUN"
KNOWN = {F: Actor(F, "France", "state", "FRA"), H: Actor(H, "Hungary", "state", "HUN")}


def _promised(verb: str, lemma: str, objects: list[tuple[str, str]]):
    # "France <verb> [new] <objects...> (on Hungary)": the last object word is the head noun
    rows = [("France", "France", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1)]
    head = 2 + len(objects) - 1
    for word, lem in objects[:-1]:
        rows.append((word, lem, "NOUN", "compound", head))
    rows.append((objects[-1][0], objects[-1][1], "NOUN", "dobj", 1))
    rows += [("on", "on", "ADP", "prep", head), ("Hungary", "Hungary", "PROPN", "pobj", head + 1)]
    return parse(rows, {0: F, head + 2: H}, KNOWN)


def test_promised_sanctions_are_a_threat():
    # "France promised sanctions on Hungary." / "France vowed tariffs on Hungary." / "pledged ..."
    for verb, lemma, noun, noun_lemma in (("promised", "promise", "sanctions", "sanction"),
                                          ("vowed", "vow", "tariffs", "tariff"),
                                          ("pledged", "pledge", "sanctions", "sanction")):
        trigger = lexicon().match(_promised(verb, lemma, [(noun, noun_lemma)])[1])
        assert trigger is not None and trigger.type == "THREATEN", (verb, noun)


def test_promised_sanctions_relief_is_a_pledge():
    # "France promised sanctions relief on Hungary." is a concession promised, no threat
    trigger = lexicon().match(_promised("promised", "promise", [("sanctions", "sanction"), ("relief", "relief")])[1])
    assert trigger is not None and trigger.type == "AGREE"


def test_promised_aid_stays_a_pledge():
    # "France promised aid on Hungary." (any other object): the plain AGREE row
    trigger = lexicon().match(_promised("promised", "promise", [("aid", "aid")])[1])
    assert trigger is not None and trigger.type == "AGREE"


def test_agreeing_with_a_move_endorses_it():
    # "Hungary agreed with the decision." is SUPPORT; "Hungary agreed with France." stays AGREE
    move = parse([("Hungary", "Hungary", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
                  ("with", "with", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
                  ("decision", "decision", "NOUN", "pobj", 2)], {0: H}, KNOWN)
    trigger = lexicon().match(move[1])
    assert trigger is not None and trigger.type == "SUPPORT"
    party = parse([("Hungary", "Hungary", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
                   ("with", "with", "ADP", "prep", 1), ("France", "France", "PROPN", "pobj", 2)],
                  {0: H, 3: F}, KNOWN)
    trigger = lexicon().match(party[1])
    assert trigger is not None and trigger.type == "AGREE"


def test_agreeing_with_a_stated_view_endorses_it():
    # "Hungary agreed with France's assessment." / "... with the tweet.": agreeing with a view is
    # SUPPORT of it (PLOVER "express support for, commend, approve"), no commitment to cooperate
    for noun in ("assessment", "analysis", "tweet", "conclusion"):
        view = parse([("Hungary", "Hungary", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
                      ("with", "with", "ADP", "prep", 1), ("France", "France", "PROPN", "poss", 5),
                      ("'s", "'s", "PART", "case", 3), (noun, noun, "NOUN", "pobj", 2)], {0: H, 3: F}, KNOWN)
        trigger = lexicon().match(view[1])
        assert trigger is not None and trigger.type == "SUPPORT", noun


def _designated(kind: list[tuple[str, str, str]], with_as: bool):
    # "France designated Hungary (as) a <kind>": the kind is a pobj of "as" or a second object
    rows = [("France", "France", "PROPN", "nsubj", 1), ("designated", "designate", "VERB", "ROOT", 1),
            ("Hungary", "Hungary", "PROPN", "dobj", 1)]
    if with_as:
        rows.append(("as", "as", "ADP", "prep", 1))
    head = len(rows) + 1 + len(kind) - 1
    rows.append(("a", "a", "DET", "det", head))
    for word, lemma, dep in kind[:-1]:
        rows.append((word, lemma, "ADJ" if dep == "amod" else "NOUN", dep, head))
    rows.append((kind[-1][0], kind[-1][1], "NOUN", "pobj" if with_as else "dobj", 3 if with_as else 1))
    return parse(rows, {0: F, 2: H}, KNOWN)


def test_a_designation_is_a_sanction_only_as_a_listed_kind():
    # "France designated Hungary (as) a terrorist organization." is SANCTION
    for with_as in (True, False):
        doc = _designated([("terrorist", "terrorist", "amod"), ("organization", "organization", "")], with_as)
        trigger = lexicon().match(doc[1])
        assert trigger is not None and trigger.type == "SANCTION", with_as
    # "France designated Hungary (as) a major ally." / "... a controlled substance.": no SANCTION
    for kind in ([("major", "major", "amod"), ("ally", "ally", "")],
                 [("controlled", "control", "amod"), ("substance", "substance", "")]):
        for with_as in (True, False):
            trigger = lexicon().match(_designated(kind, with_as)[1])
            assert trigger is None or trigger.type != "SANCTION", (kind, with_as)
    # "France designated Hungary." (no kind named): the party designated is enough
    bare = parse([("France", "France", "PROPN", "nsubj", 1), ("designated", "designate", "VERB", "ROOT", 1),
                  ("Hungary", "Hungary", "PROPN", "dobj", 1)], {0: F, 2: H}, KNOWN)
    trigger = lexicon().match(bare[1])
    assert trigger is not None and trigger.type == "SANCTION"


def test_material_support_is_aid():
    # "France gave military support to Hungary." is AID; "France voiced strong support for Hungary." SUPPORT
    def support(adjective: str, lemma: str):
        doc = parse([("France", "France", "PROPN", "nsubj", 1), ("gave", "give", "VERB", "ROOT", 1),
                     (adjective, lemma, "ADJ", "amod", 3), ("support", "support", "NOUN", "dobj", 1),
                     ("to", "to", "ADP", "prep", 3), ("Hungary", "Hungary", "PROPN", "pobj", 4)], {0: F, 5: H}, KNOWN)
        return lexicon().match(doc[3])
    for adjective in ("military", "financial", "humanitarian", "material"):
        trigger = support(adjective, adjective)
        assert trigger is not None and trigger.type == "AID", adjective
    trigger = support("strong", "strong")
    assert trigger is not None and trigger.type == "SUPPORT"


def test_an_act_plotted_is_not_reported_as_done():
    # "France plotted to attack Hungary." / "a plot to attack Hungary": kb/event_frames.tsv plot speculate
    from diplograph.nlp.events.drafts import Draft
    from diplograph.nlp.events.frames import apply_frames

    verb = parse([("France", "France", "PROPN", "nsubj", 1), ("plotted", "plot", "VERB", "ROOT", 1, "VBD"),
                  ("to", "to", "PART", "aux", 3), ("attack", "attack", "VERB", "xcomp", 1, "VB"),
                  ("Hungary", "Hungary", "PROPN", "dobj", 3)], {0: F, 4: H}, KNOWN)
    noun = parse([("France", "France", "PROPN", "poss", 1), ("plot", "plot", "NOUN", "ROOT", 1),
                   ("to", "to", "PART", "aux", 3), ("attack", "attack", "VERB", "acl", 1, "VB"),
                   ("Hungary", "Hungary", "PROPN", "dobj", 3)], {0: F, 4: H}, KNOWN)
    for doc in (verb, noun):
        d = Draft(type="ASSAULT", mode=None, cameo="190", sources=[F], targets=[H], anchor=doc[3], words="attack",
                  base="ASSAULT")
        assert apply_frames(d, doc[3], lexicon(), doc._.mentions, doc._.actors) is None, doc.text


def _deal(adjective: str, prep: str, noun: str):
    # "France expressed a <adjective> deal <prep> <noun>"
    return parse([("France", "France", "PROPN", "nsubj", 1), ("expressed", "express", "VERB", "ROOT", 1),
                  ("a", "a", "DET", "det", 4), (adjective, adjective, "ADJ", "amod", 4),
                  ("deal", "deal", "NOUN", "dobj", 1), (prep, prep, "ADP", "prep", 4),
                  (noun, noun, "NOUN", "pobj", 5)], {0: F}, KNOWN)


def test_a_great_deal_of_something_is_an_amount_not_a_deal():
    # "France expressed a great deal of concern." (kb/figurative.tsv: deal, amount great)
    assert lexicon().match(_deal("great", "of", "concern")[4]) is None
    assert lexicon().match(_deal("good", "of", "pressure")[4]) is None
    # "France signed a great deal for farmers.": a deal it is
    trigger = lexicon().match(_deal("great", "for", "farmer")[4])
    assert trigger is not None and trigger.type == "AGREE"


def _objected(noun: str, lemma: str):
    # "France objected to the <noun> of Hungary."
    return parse([("France", "France", "PROPN", "nsubj", 1), ("objected", "object", "VERB", "ROOT", 1),
                  ("to", "to", "ADP", "prep", 1), ("the", "the", "DET", "det", 4), (noun, lemma, "NOUN", "pobj", 2),
                  ("of", "of", "ADP", "prep", 4), ("Hungary", "Hungary", "PROPN", "pobj", 5)], {0: F, 6: H}, KNOWN)


def test_objecting_to_a_proposal_rejects_it():
    # "France objected to the extension of Hungary." is REJECT; "... to the remarks of Hungary." ACCUSE
    for noun, lemma in (("extension", "extension"), ("request", "request"), ("proposal", "proposal")):
        trigger = lexicon().match(_objected(noun, lemma)[1])
        assert trigger is not None and trigger.type == "REJECT", noun
    trigger = lexicon().match(_objected("remarks", "remark")[1])
    assert trigger is not None and trigger.type == "ACCUSE"


def test_a_bare_vow_is_no_agreement():
    # "France vowed to rebuild the town." names no commitment to a party: no AGREE row matches
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("vowed", "vow", "VERB", "ROOT", 1, "VBD"),
                 ("to", "to", "PART", "aux", 3), ("rebuild", "rebuild", "VERB", "xcomp", 1, "VB"),
                 ("the", "the", "DET", "det", 5), ("town", "town", "NOUN", "dobj", 3)], {0: F}, KNOWN)
    assert lexicon().match(doc[1]) is None
    # "France vowed revenge on Hungary." is still a threat
    trigger = lexicon().match(_promised("vowed", "vow", [("revenge", "revenge")])[1])
    assert trigger is not None and trigger.type == "THREATEN"


def _hails(prep: str, obj: str):
    # "France hails from/<prep> Hungary."
    return parse([("France", "France", "PROPN", "nsubj", 1), ("hails", "hail", "VERB", "ROOT", 1),
                  (prep, prep, "ADP", "prep", 1), (obj, obj, "PROPN", "pobj", 2)], {0: F, 3: H}, KNOWN)


def test_hailing_from_a_place_is_no_praise():
    # kb/figurative.tsv: hail, prep from (a place of origin, not CAMEO 051)
    assert lexicon().match(_hails("from", "Hungary")[1]) is None
    trigger = lexicon().match(_hails("for", "Hungary")[1])
    assert trigger is not None and trigger.type == "SUPPORT"


def test_an_offered_statement_is_no_agreement():
    # "France offered a message / a response / a narrative (on Hungary)." states something, commits
    # to nothing (CAMEO 03x offers cooperation, aid, concessions, talks); "offered aid/talks" stays
    # AGREE. (The commonest such objects, "details", "an explanation", are also kb/figurative.tsv.)
    for noun, lemma in (("message", "message"), ("response", "response"), ("narrative", "narrative")):
        assert lexicon().match(_promised("offered", "offer", [(noun, lemma)])[1]) is None, noun
    for noun, lemma in (("aid", "aid"), ("talks", "talk"), ("concessions", "concession")):
        trigger = lexicon().match(_promised("offered", "offer", [(noun, lemma)])[1])
        assert trigger is not None and trigger.type == "AGREE", noun


def _helped(verb: str, lemma: str):
    # "France <verb> to help Hungary."
    return parse([("France", "France", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1, "VBD"),
                  ("to", "to", "PART", "aux", 3), ("help", "help", "VERB", "advcl", 1, "VB"),
                  ("Hungary", "Hungary", "PROPN", "dobj", 3)], {0: F, 4: H}, KNOWN)


def test_help_as_the_aim_of_meddling_is_no_aid():
    # kb/figurative.tsv "purpose interfere": "France interfered to help Hungary" names no aid given
    assert lexicon().match(_helped("interfered", "interfere")[3]) is None
    trigger = lexicon().match(_helped("acted", "act")[3])
    assert trigger is not None and trigger.type == "AID"


def _refused(complement: str, lemma: str):
    # "France refused to <complement> on Hungary."
    return parse([("France", "France", "PROPN", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
                  ("to", "to", "PART", "aux", 3), (complement, lemma, "VERB", "xcomp", 1),
                  ("on", "on", "ADP", "prep", 3), ("Hungary", "Hungary", "PROPN", "pobj", 4)], {0: F, 5: H}, KNOWN)


def test_declining_comment_is_no_rejection():
    # kb/figurative.tsv: refuse, comp comment / say / confirm ... (CAMEO 012 decline comment, no PLOVER event)
    for verb, lemma in (("comment", "comment"), ("say", "say"), ("confirm", "confirm")):
        assert lexicon().match(_refused(verb, lemma)[1]) is None, verb
    trigger = lexicon().match(_refused("cooperate", "cooperate")[1])
    assert trigger is not None and trigger.type == "REJECT"


def test_backing_a_party_s_removal_backs_no_party():
    # kb/figurative.tsv: support / back + obj ouster, removal ...; support / backing + for exit ...
    # "France backed Hungary's removal." backs no one; "France backed Hungary." is SUPPORT
    removal = parse([("France", "France", "PROPN", "nsubj", 1), ("backed", "back", "VERB", "ROOT", 1),
                     ("Hungary", "Hungary", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                     ("removal", "removal", "NOUN", "dobj", 1)], {0: F, 2: H}, KNOWN)
    assert lexicon().match(removal[1]) is None
    backed = lexicon().match(parse([("France", "France", "PROPN", "nsubj", 1), ("backed", "back", "VERB", "ROOT", 1),
                                    ("Hungary", "Hungary", "PROPN", "dobj", 1)], {0: F, 2: H}, KNOWN)[1])
    assert backed is not None and backed.type == "SUPPORT"
    # "France voiced support for Hungary's exit." / "France voiced support for Hungary."
    exit_ = parse([("France", "France", "PROPN", "nsubj", 1), ("voiced", "voice", "VERB", "ROOT", 1),
                   ("support", "support", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 2),
                   ("Hungary", "Hungary", "PROPN", "poss", 6), ("'s", "'s", "PART", "case", 4),
                   ("exit", "exit", "NOUN", "pobj", 3)], {0: F, 4: H}, KNOWN)
    assert lexicon().match(exit_[2]) is None
    kept = parse([("France", "France", "PROPN", "nsubj", 1), ("voiced", "voice", "VERB", "ROOT", 1),
                  ("support", "support", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 2),
                  ("Hungary", "Hungary", "PROPN", "pobj", 3)], {0: F, 4: H}, KNOWN)
    trigger = lexicon().match(kept[2])
    assert trigger is not None and trigger.type == "SUPPORT"


def test_an_invitation_to_testify_is_a_request():
    # kb/events.tsv "invite testify": "France invited Hungary to testify." asks Hungary to appear (REQUEST);
    # "France invited Hungary to Paris." stays an intent to meet (AGREE)
    testify = parse([("France", "France", "PROPN", "nsubj", 1), ("invited", "invite", "VERB", "ROOT", 1),
                     ("Hungary", "Hungary", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                     ("testify", "testify", "VERB", "xcomp", 1)], {0: F, 2: H}, KNOWN)
    trigger = lexicon().match(testify[1])
    assert trigger is not None and trigger.type == "REQUEST"
    paris = parse([("France", "France", "PROPN", "nsubj", 1), ("invited", "invite", "VERB", "ROOT", 1),
                   ("Hungary", "Hungary", "PROPN", "dobj", 1), ("to", "to", "ADP", "prep", 1),
                   ("Paris", "Paris", "PROPN", "pobj", 3)], {0: F, 2: H}, KNOWN)
    trigger = lexicon().match(paris[1])
    assert trigger is not None and trigger.type == "AGREE"


def test_only_what_was_offered_is_accepted_as_an_agreement():
    # "France accepted the invitation." and "France accepted." are AGREE; "France accepted
    # responsibility.", "France accepted gifts." and "France accepted that it erred." are not
    def accepted(rest: list[tuple[str, str, str, str, int]]):
        rows = [("France", "France", "PROPN", "nsubj", 1), ("accepted", "accept", "VERB", "ROOT", 1), *rest]
        return lexicon().match(parse(rows, {0: F}, KNOWN)[1])

    invitation = accepted([("the", "the", "DET", "det", 3), ("invitation", "invitation", "NOUN", "dobj", 1)])
    assert invitation is not None and invitation.type == "AGREE"
    bare = accepted([(".", ".", "PUNCT", "punct", 1)])
    assert bare is not None and bare.type == "AGREE"
    for noun in ("responsibility", "gifts"):
        trigger = accepted([(noun, noun.rstrip("s"), "NOUN", "dobj", 1)])
        assert trigger is None or trigger.type != "AGREE", noun
    clause = accepted([("that", "that", "SCONJ", "mark", 4), ("it", "it", "PRON", "nsubj", 4),
                       ("erred", "err", "VERB", "ccomp", 1)])
    assert clause is None or clause.type != "AGREE"


def test_seizing_on_something_said_is_no_seizure():
    # kb/figurative.tsv: seize, phrasal on / upon (events/verbal.phrasal_sense)
    def seized(*tail: tuple, passive: bool = False):
        first = [("The", "the", "DET", "det", 1), ("port", "port", "NOUN", "nsubjpass", 3),
                 ("was", "be", "AUX", "auxpass", 3), ("seized", "seize", "VERB", "ROOT", 3)] if passive else \
            [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("seized", "seize", "VERB", "ROOT", 1)]
        return parse([*first, *tail], {0: H} if not passive else {}, KNOWN)
    # "Hungary seized on the remark." / "Hungary seized upon the remark."
    for prep in ("on", "upon"):
        doc = seized((prep, prep, "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
                     ("remark", "remark", "NOUN", "pobj", 2))
        assert lexicon().match(doc[1]) is None, prep
    # "The remark was seized on by Hungary." (stranded)
    doc = seized(("on", "on", "ADP", "prt", 3), ("by", "by", "ADP", "agent", 3),
                 ("Hungary", "Hungary", "PROPN", "pobj", 5), passive=True)
    assert lexicon().match(doc[3]) is None
    # "Hungary seized the port on Monday." / "The port was seized on suspicion." keep the verb's sense
    doc = seized(("the", "the", "DET", "det", 3), ("port", "port", "NOUN", "dobj", 1),
                 ("on", "on", "ADP", "prep", 1), ("Monday", "Monday", "PROPN", "pobj", 4))
    trigger = lexicon().match(doc[1])
    assert trigger is not None and trigger.type == "COERCE"
    doc = seized(("on", "on", "ADP", "prep", 3), ("suspicion", "suspicion", "NOUN", "pobj", 4), passive=True)
    trigger = lexicon().match(doc[3])
    assert trigger is not None and trigger.type == "COERCE"


def test_attacking_a_conduct_is_criticism():
    # "Hungary attacked France's handling of the talks." / "... France's credibility.": criticism
    # (CAMEO 111), not force; "Hungary attacked France's border posts." keeps ASSAULT
    def attacked(noun: str, lemma: str):
        return parse([("Hungary", "Hungary", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
                      ("France", "France", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                      (noun, lemma, "NOUN", "dobj", 1)], {0: H, 2: F}, KNOWN)
    for noun, lemma in (("handling", "handling"), ("credibility", "credibility"), ("efforts", "effort")):
        trigger = lexicon().match(attacked(noun, lemma)[1])
        assert trigger is not None and trigger.type == "ACCUSE", noun
    trigger = lexicon().match(attacked("posts", "post")[1])
    assert trigger is not None and trigger.type == "ASSAULT"


def test_a_partisan_attack_is_criticism():
    # "Hungary's partisan attack on France" is words (CAMEO 111; "political" is kb/figurative.tsv's,
    # no event); "Hungary's sudden attack on France" stays ASSAULT
    def attack(adjective: str | None):
        rows = [("Hungary", "Hungary", "PROPN", "poss", 3), ("'s", "'s", "PART", "case", 0)]
        if adjective:
            rows.append((adjective, adjective, "ADJ", "amod", 3))
        else:
            rows.append(("sudden", "sudden", "ADJ", "amod", 3))
        rows += [("attack", "attack", "NOUN", "ROOT", 3), ("on", "on", "ADP", "prep", 3),
                 ("France", "France", "PROPN", "pobj", 4)]
        return parse(rows, {0: H, 5: F}, KNOWN)
    for adjective in ("partisan",):
        trigger = lexicon().match(attack(adjective)[3])
        assert trigger is not None and trigger.type == "ACCUSE", adjective
    trigger = lexicon().match(attack(None)[3])
    assert trigger is not None and trigger.type == "ASSAULT"


def test_an_attack_carried_by_speech_is_criticism():
    # "Hungary issued a statement attacking France." / "Hungary tweeted twice, attacking France.":
    # the participle's words are the act (events/verbal.carried_by_speech); "Hungary sent troops
    # attacking France." keeps ASSAULT
    def statement(noun: str, lemma: str):
        return parse([("Hungary", "Hungary", "PROPN", "nsubj", 1), ("issued", "issue", "VERB", "ROOT", 1),
                      ("a", "a", "DET", "det", 3), (noun, lemma, "NOUN", "dobj", 1),
                      ("attacking", "attack", "VERB", "acl", 3, "VBG"), ("France", "France", "PROPN", "dobj", 4)],
                     {0: H, 5: F}, KNOWN)
    trigger = lexicon().match(statement("statement", "statement")[4])
    assert trigger is not None and trigger.type == "ACCUSE"
    trigger = lexicon().match(statement("troops", "troop")[4])
    assert trigger is not None and trigger.type == "ASSAULT"
    tweeted = parse([("Hungary", "Hungary", "PROPN", "nsubj", 1), ("tweeted", "tweet", "VERB", "ROOT", 1),
                     ("twice", "twice", "ADV", "advmod", 1), (",", ",", "PUNCT", "punct", 1),
                     ("attacking", "attack", "VERB", "advcl", 1, "VBG"), ("France", "France", "PROPN", "dobj", 4)],
                    {0: H, 5: F}, KNOWN)
    trigger = lexicon().match(tweeted[4])
    assert trigger is not None and trigger.type == "ACCUSE"


def test_a_gendered_pronoun_attacking_a_person_is_criticism():
    # "She attacked Lee." (kb/events.tsv flag persons; a gendered pronoun is a person); "They attacked
    # Lee." (a pronoun of any kind of actor) keeps ASSAULT
    lee = "person:lee"
    known = {**KNOWN, lee: Actor(lee, "Ann Lee", "person", None)}
    for pronoun, kind in (("She", "ACCUSE"), ("They", "ASSAULT")):
        doc = parse([(pronoun, pronoun.lower(), "PRON", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
                     ("Lee", "Lee", "PROPN", "dobj", 1)], {2: lee}, known)
        trigger = lexicon().match(doc[1])
        assert trigger is not None and trigger.type == kind, pronoun


def test_working_together_at_a_diplomatic_aim_is_support():
    # "Hungary is working with France to draft a resolution." / "... on a peace plan.": diplomatic,
    # non-material cooperation (PLOVER SUPPORT, CAMEO 050; kb/diplomatic_aims.tsv); "Hungary is working
    # with France to build a pipeline." stays material (COOPERATE)
    def working(*tail: tuple):
        return parse([("Hungary", "Hungary", "PROPN", "nsubj", 2), ("is", "be", "AUX", "aux", 2),
                      ("working", "work", "VERB", "ROOT", 2), ("with", "with", "ADP", "prep", 2),
                      ("France", "France", "PROPN", "pobj", 3), *tail], {0: H, 4: F}, KNOWN)
    draft = working(("to", "to", "PART", "aux", 6), ("draft", "draft", "VERB", "advcl", 2),
                    ("a", "a", "DET", "det", 8), ("resolution", "resolution", "NOUN", "dobj", 6))
    plan = working(("on", "on", "ADP", "prep", 2), ("a", "a", "DET", "det", 8),
                   ("peace", "peace", "NOUN", "compound", 8), ("plan", "plan", "NOUN", "pobj", 5))
    for doc in (draft, plan):
        trigger = lexicon().match(doc[2])
        assert trigger is not None and trigger.type == "SUPPORT" and trigger.cameo == "050"
    pipeline = working(("to", "to", "PART", "aux", 6), ("build", "build", "VERB", "advcl", 2),
                       ("a", "a", "DET", "det", 8), ("pipeline", "pipeline", "NOUN", "dobj", 6))
    trigger = lexicon().match(pipeline[2])
    assert trigger is not None and trigger.type == "COOPERATE"


def test_a_person_firing_back_at_someone_answers_in_words():
    # "Berg fired back at France." / "He fired back at France.": a person's retort (CAMEO 111, flag
    # individual); "Hungary fired back at France." keeps ASSAULT
    berg = "person:berg"
    known = {**KNOWN, berg: Actor(berg, "Anna Berg", "person", None)}
    for word, pos, actor, kind in (("Berg", "PROPN", berg, "ACCUSE"), ("He", "PRON", None, "ACCUSE"),
                                   ("Hungary", "PROPN", H, "ASSAULT")):
        rows = [(word, word if pos == "PROPN" else word.lower(), pos, "nsubj", 1), ("fired", "fire", "VERB", "ROOT", 1),
                ("back", "back", "ADV", "advmod", 1), ("at", "at", "ADP", "prep", 1),
                ("France", "France", "PROPN", "pobj", 3)]
        doc = parse(rows, {4: F, **({0: actor} if actor else {})}, known)
        trigger = lexicon().match(doc[1])
        assert trigger is not None and trigger.type == kind, word
