"""Who speaks a cue: a participle of speech that modifies a noun ("a statement saying ...") speaks
for that noun's owner or issuer, never for an actor of the clause it reports
(attribution.modified_noun_speaker); the one told ("X was told") is no speaker (attribution.told_by);
a quote inside a quote (quotes.nested_credit).

Every sentence here is written for these tests."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.speech.attribution import Attribution, phrase_actor, speaker_of_cue
from diplograph.nlp.speech.credit import credit_in, with_programme_titles
from diplograph.nlp.speech.marks import QuoteSpan
from diplograph.nlp.speech.quotes import _ancestor_cue, nested_credit
from docs import parse

KNOWN = {
    "state:RUS": Actor(id="state:RUS", name="Russia", kind="state", country="RUS"),
    "state:NOR": Actor(id="state:NOR", name="Norway", kind="state", country="NOR"),
    "media:reuters": Actor(id="media:reuters", name="Reuters", kind="media"),
}

# "Norway released a statement saying Russia had closed the border ."
ISSUED = [
    ("Norway", "Norway", "PROPN", "nsubj", 1), ("released", "release", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3), ("statement", "statement", "NOUN", "dobj", 1),
    ("saying", "say", "VERB", "acl", 3, "VBG"), ("Russia", "Russia", "PROPN", "nsubj", 7),
    ("had", "have", "AUX", "aux", 7), ("closed", "close", "VERB", "ccomp", 4),
    ("the", "the", "DET", "det", 9), ("border", "border", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 1),
]

# "Analysts doubted reports saying Russia had closed the border ."
DOUBTED = [
    ("Analysts", "analyst", "NOUN", "nsubj", 1), ("doubted", "doubt", "VERB", "ROOT", 1),
    ("reports", "report", "NOUN", "dobj", 1), ("saying", "say", "VERB", "acl", 2, "VBG"),
    ("Russia", "Russia", "PROPN", "nsubj", 6), ("had", "have", "AUX", "aux", 6),
    ("closed", "close", "VERB", "ccomp", 3), ("the", "the", "DET", "det", 8),
    ("border", "border", "NOUN", "dobj", 6), (".", ".", "PUNCT", "punct", 1),
]

# "A Reuters report suggesting Russia had closed the border appeared ."
OWNED = [
    ("A", "a", "DET", "det", 2), ("Reuters", "Reuters", "PROPN", "compound", 2),
    ("report", "report", "NOUN", "nsubj", 9), ("suggesting", "suggest", "VERB", "acl", 2, "VBG"),
    ("Russia", "Russia", "PROPN", "nsubj", 6), ("had", "have", "AUX", "aux", 6),
    ("closed", "close", "VERB", "ccomp", 3), ("the", "the", "DET", "det", 8),
    ("border", "border", "NOUN", "dobj", 6), ("appeared", "appear", "VERB", "ROOT", 9),
    (".", ".", "PUNCT", "punct", 9),
]


def _speaker(rows: list, actors: dict[int, str], cue: int) -> str | None:
    doc = parse(rows, actors, KNOWN, mentions=True)
    return speaker_of_cue(doc, doc[cue], Attribution())


def test_a_statement_speaks_for_whoever_issued_it():
    assert _speaker(ISSUED, {0: "state:NOR", 5: "state:RUS"}, 4) == "state:NOR"


def test_an_actor_the_participle_reports_on_is_no_speaker():
    # before the rule, the actor right after the participle ("saying Russia") was taken as an
    # inverted subject ("said Mr. Su")
    assert _speaker(DOUBTED, {4: "state:RUS"}, 3) is None


def test_the_owner_named_in_the_noun_phrase_speaks():
    assert _speaker(OWNED, {1: "media:reuters", 4: "state:RUS"}, 3) == "media:reuters"


# "Berg 's refusal to say Russia had closed the border ."
REFUSAL = [
    ("Berg", "Berg", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
    ("refusal", "refusal", "NOUN", "ROOT", 2), ("to", "to", "PART", "aux", 4),
    ("say", "say", "VERB", "acl", 2, "VB"), ("Russia", "Russia", "PROPN", "nsubj", 7),
    ("had", "have", "AUX", "aux", 7), ("closed", "close", "VERB", "ccomp", 4),
    ("the", "the", "DET", "det", 9), ("border", "border", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 2),
]


def test_an_infinitive_on_a_noun_is_speech_not_given():
    known = {**KNOWN, "person:anna-berg": Actor(id="person:anna-berg", name="Anna Berg", kind="person")}
    doc = parse(REFUSAL, {0: "person:anna-berg", 5: "state:RUS"}, known, mentions=True)
    assert speaker_of_cue(doc, doc[4], Attribution()) != "person:anna-berg"


# ---------------------------------------------------------------- the one told is no speaker
# "Berg was told ( by Norway ) that Russia had closed the border ."
def _told(by: bool) -> list:
    rows = [("Berg", "Berg", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
            ("told", "tell", "VERB", "ROOT", 2, "VBN")]
    if by:
        rows += [("by", "by", "ADP", "agent", 2), ("Norway", "Norway", "PROPN", "pobj", 3)]
    k = len(rows)
    rows += [("that", "that", "SCONJ", "mark", k + 3), ("Russia", "Russia", "PROPN", "nsubj", k + 3),
             ("had", "have", "AUX", "aux", k + 3), ("closed", "close", "VERB", "ccomp", 2),
             ("the", "the", "DET", "det", k + 5), ("border", "border", "NOUN", "dobj", k + 3),
             (".", ".", "PUNCT", "punct", 2)]
    return rows


def test_the_passive_subject_of_tell_is_the_listener_not_the_speaker():
    known = {**KNOWN, "person:anna-berg": Actor(id="person:anna-berg", name="Anna Berg", kind="person")}
    doc = parse(_told(False), {0: "person:anna-berg", 4: "state:RUS"}, known, mentions=True)
    assert speaker_of_cue(doc, doc[2], Attribution()) is None
    doc = parse(_told(True), {0: "person:anna-berg", 4: "state:NOR", 6: "state:RUS"}, known, mentions=True)
    assert speaker_of_cue(doc, doc[2], Attribution()) == "state:NOR"


# ---------------------------------------------------------------- a quote inside a quote
def _cue_after(pronoun: str) -> tuple:
    """ "<pronoun> said , ‘ we wait ’" : the cue of a quote inside another speaker's quote."""
    rows = [(pronoun, pronoun.lower(), "PRON", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
            (",", ",", "PUNCT", "punct", 1), ("we", "we", "PRON", "nsubj", 4), ("wait", "wait", "VERB", "ccomp", 1)]
    doc = parse(rows, {}, KNOWN)
    return doc[1]


def test_a_quote_in_the_quoting_speakers_own_words_keeps_the_outer_credit():
    outer = (QuoteSpan(1, 40, 0, 41), "person:anna-berg", "media:reuters")
    assert nested_credit(_cue_after("I"), "person:anna-berg", outer)[:2] == ("person:anna-berg", "media:reuters")
    # "He said, ‘…’" inside Berg's quote is someone Berg speaks of, not Berg
    assert nested_credit(_cue_after("He"), "person:anna-berg", outer)[:2] == (None, None)
    # another named speaker keeps no credit of the outer quote
    assert nested_credit(_cue_after("I"), "state:NOR", outer)[:2] == ("state:NOR", None)


# ---------------------------------------------------------------- a programme's title names the outlet
def test_a_programme_title_after_said_on_credits_its_outlet():
    """ "Lee said on “ Fox News Sunday ” ." : the title is in quote marks, yet names the outlet."""
    rows = [("Lee", "Lee", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
            ("on", "on", "ADP", "prep", 1), ("“", "“", "PUNCT", "punct", 6),
            ("Fox", "Fox", "PROPN", "compound", 6), ("News", "News", "PROPN", "compound", 6),
            ("Sunday", "Sunday", "PROPN", "pobj", 2), ("”", "”", "PUNCT", "punct", 6), (".", ".", "PUNCT", "punct", 1)]
    known = {**KNOWN, "media:fox-news": Actor(id="media:fox-news", name="Fox News", kind="media")}
    doc = parse(rows, {4: "media:fox-news", 5: "media:fox-news"}, known)
    title = (doc[4].idx, doc[6].idx + len(doc[6].text))
    att = Attribution(quoted=[title])
    around = [t for t in doc if not att.in_quote(t.idx) and t.text not in "“”"]
    assert credit_in(doc, around, None, att) == (None, False)  # the title's words are left out
    with_title = with_programme_titles(doc, around, [title])
    assert credit_in(doc, with_title, None, att, [title])[0] == "media:fox-news"


# "“ He lied , ” Lopez said ." with the quoted subject also hung on the cue, as a parse may do
QUOTED_SUBJECT = [
    ("“", "“", "PUNCT", "punct", 6), ("He", "he", "PRON", "nsubj", 6), ("lied", "lie", "VERB", "ccomp", 6),
    (",", ",", "PUNCT", "punct", 6), ("”", "”", "PUNCT", "punct", 6), ("Lopez", "Lopez", "PROPN", "nsubj", 6),
    ("said", "say", "VERB", "ROOT", 6), (".", ".", "PUNCT", "punct", 6),
]


def test_a_subject_inside_the_quote_is_not_the_speaker():
    """attribution.outside_quote_subject: the cue's subject outside the quoted words speaks."""
    known = {**KNOWN, "person:omar-diaz": Actor(id="person:omar-diaz", name="Omar Diaz", kind="person"),
             "person:ana-lopez": Actor(id="person:ana-lopez", name="Ana Lopez", kind="person")}
    doc = parse(QUOTED_SUBJECT, {1: "person:omar-diaz", 5: "person:ana-lopez"}, known, mentions=True)
    att = Attribution()
    att.quoted = [(doc[1].idx, doc[4].idx)]
    assert speaker_of_cue(doc, doc[6], att) == "person:ana-lopez"


# "“ Why ? ”\n“ It went well , ” Lee said ." with the first paragraph's quote hung on the second's cue
PARAGRAPHS = [
    ("“", "“", "PUNCT", "punct", 1), ("Why", "why", "ADV", "ccomp", 12), ("?", "?", "PUNCT", "punct", 1),
    ("”", "”", "PUNCT", "punct", 1), ("\n", "\n", "SPACE", "dep", 3), ("“", "“", "PUNCT", "punct", 7),
    ("It", "it", "PRON", "nsubj", 7), ("went", "go", "VERB", "ccomp", 12), ("well", "well", "ADV", "advmod", 7),
    (",", ",", "PUNCT", "punct", 7), ("”", "”", "PUNCT", "punct", 12), ("Lee", "Lee", "PROPN", "nsubj", 12),
    ("said", "say", "VERB", "ROOT", 12), (".", ".", "PUNCT", "punct", 12),
]


def test_a_cue_in_the_next_paragraph_does_not_govern_a_quote():
    """quotes.same_paragraph: the parse ran over the break; only the second quote is the cue's."""
    doc = parse(PARAGRAPHS, {11: "person:kim-lee"}, KNOWN)
    att = Attribution()
    first = QuoteSpan(start=doc[1].idx, end=doc[2].idx + 1, open_at=doc[0].idx, close_at=doc[3].idx)
    second = QuoteSpan(start=doc[6].idx, end=doc[9].idx + 1, open_at=doc[5].idx, close_at=doc[10].idx)
    att.quoted = [(first.start, first.end), (second.start, second.end)]
    assert _ancestor_cue(doc, first, att) is None
    cue = _ancestor_cue(doc, second, att)
    assert cue is not None and cue.i == 12


# "The paper , which backed Lopez , said so ."
RELATIVE = [
    ("The", "the", "DET", "det", 1), ("paper", "paper", "NOUN", "nsubj", 7), (",", ",", "PUNCT", "punct", 1),
    ("which", "which", "PRON", "nsubj", 4), ("backed", "back", "VERB", "relcl", 1),
    ("Lopez", "Lopez", "PROPN", "dobj", 4), (",", ",", "PUNCT", "punct", 1), ("said", "say", "VERB", "ROOT", 7),
    ("so", "so", "ADV", "advmod", 7), (".", ".", "PUNCT", "punct", 7),
]


def test_a_name_in_a_relative_clause_does_not_speak_for_the_phrase():
    """attribution.in_relative_clause: the paper speaks (unnamed here), not Lopez whom it backed."""
    known = {**KNOWN, "person:ana-lopez": Actor(id="person:ana-lopez", name="Ana Lopez", kind="person")}
    doc = parse(RELATIVE, {5: "person:ana-lopez"}, known, mentions=True)
    assert phrase_actor(doc[1]) is None


# "Norway was , as Russia put it , " on its own " ." -- "put it" after "as": the subject's way of saying it
PUT_IT = [
    ("Norway", "Norway", "PROPN", "nsubj", 1), ("was", "be", "AUX", "ROOT", 1), (",", ",", "PUNCT", "punct", 1),
    ("as", "as", "SCONJ", "mark", 5), ("Russia", "Russia", "PROPN", "nsubj", 5), ("put", "put", "VERB", "advcl", 1),
    ("it", "it", "PRON", "dobj", 5), (".", ".", "PUNCT", "punct", 1),
]


def test_as_x_put_it_is_a_speech_cue_and_put_alone_is_not():
    from diplograph.nlp.speech.attribution_table import speech_kind

    doc = parse(PUT_IT, {0: "state:NOR", 4: "state:RUS"}, KNOWN)
    assert speech_kind(doc[5]) == "say"
    assert speaker_of_cue(doc, doc[5], Attribution()) == "state:RUS"
    # "Russia put troops on alert": no "as", no "it" -- no cue
    rows = [("Russia", "Russia", "PROPN", "nsubj", 1), ("put", "put", "VERB", "ROOT", 1),
            ("troops", "troop", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)]
    assert speech_kind(parse(rows, {0: "state:RUS"}, KNOWN)[1]) is None
