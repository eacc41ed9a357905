"""Quotes: mark pairing (no model), speakers, credits, pronouns, omissions (model-backed).

Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from diplograph.model import Actor
from diplograph.nlp.extensions import Mention
from diplograph.nlp.speech import attribution_of, find_omissions, find_quote_spans, find_quotes

# ---------------------------------------------------------------- quote marks, every style
MARK_CASES = [
    ("curly", "He said “we will talk” today.", ["we will talk"]),
    ("straight", 'He said "we will talk" today.', ["we will talk"]),
    ("guillemets", "He said «we will talk» today.", ["we will talk"]),
    ("single curly", "The headline read ‘no deal’ yesterday.", ["no deal"]),
    ("closed with an opening mark", "“We are ready. “\nNext paragraph.", ["We are ready."]),
    ("spanning sentences", "“One. Two. Three,” she said.", ["One. Two. Three,"]),
    ("partial quotes", "Ties are “strong,” “stable,” and “growing” now.", ["strong,", "stable,", "growing"]),
    ("nested", "“It is, as he put it, ‘a time bomb,’” she said.", ["It is, as he put it, ‘a time bomb,’",
                                                                    "a time bomb,"]),
    ("apostrophes are not quotes", "The minister’s aides’ plan was ‘bold’ indeed.", ["bold"]),
    ("multi-paragraph", "“First part\n“Second part.”", ["First part", "Second part."]),
    ("glued to a word", "a paper called“Ten Points” today", ["Ten Points"]),
    ("typewriter pair", "The envoy said: ``We will wait,'' and left. ``Talks go on.",
     ["We will wait,", "Talks go on."]),
    ("two apostrophes outside a quote", "The ministers'' aides met.", []),
]


@pytest.mark.parametrize("name,text,expected", MARK_CASES, ids=[c[0] for c in MARK_CASES])
def test_quote_marks(name: str, text: str, expected: list[str]) -> None:
    got = [text[q.start:q.end] for q in find_quote_spans(text)]
    assert got == expected


def test_nested_quote_records_its_parent() -> None:
    spans = find_quote_spans("“It is ‘a bomb’ now,” she said.")
    assert spans[0].parent is None and spans[1].parent == 0


# ---------------------------------------------------------------- model-backed helpers
ACTORS = {
    "Maria Lopez": ("person:maria-lopez", "person", "ESP"),
    "Lopez": ("person:maria-lopez", "person", "ESP"),
    "Tomas Berg": ("person:tomas-berg", "person", "NOR"),
    "Berg": ("person:tomas-berg", "person", "NOR"),
    "Ana Silva": ("person:ana-silva", "person", "PRT"),
    "Reuters": ("media:reuters", "media", "GBR"),
    "The Daily Ledger": ("media:daily-ledger", "media", "USA"),
    "Kyodo": ("media:kyodo", "media", "JPN"),
    "Norway": ("state:NOR", "state", "NOR"),
    "Spain": ("state:ESP", "state", "ESP"),
    "Portugal": ("state:PRT", "state", "PRT"),
    "Oslo": ("state:NOR", "state", "NOR"),
    "Madrid": ("state:ESP", "state", "ESP"),
    "the foreign ministry": ("org:nor-mfa", "organization", "NOR"),
}


def annotate(nlp, text: str, actors: dict[str, tuple[str, str, str]] = ACTORS) -> Doc:
    """Parse ``text`` and tag every occurrence of the given names as the actors component would."""
    doc = nlp(text)
    doc._.actors, mentions = {}, []
    taken: set[int] = set()
    for surface in sorted(actors, key=len, reverse=True):
        aid, kind, country = actors[surface]
        start = 0
        while (at := text.find(surface, start)) >= 0:
            start = at + len(surface)
            span = doc.char_span(at, at + len(surface), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span):
                continue
            actor = doc._.actors.setdefault(aid, Actor(id=aid, name=surface, kind=kind, country=country))
            actor.add_mention(at, at + len(surface), surface)
            mentions.append(Mention(span.start, span.end, at, at + len(surface), aid, surface))
            for t in span:
                t._.actor = aid
                taken.add(t.i)
    doc._.mentions = sorted(mentions, key=lambda m: m.start)
    doc._.times = []
    return doc


def quoted_doc(nlp, text: str, actors: dict[str, tuple[str, str, str]] = ACTORS) -> Doc:
    """``annotate``, then set ``doc._.quotes`` as the quotes component would."""
    doc = annotate(nlp, text, actors)
    doc._.quotes = find_quotes(doc)
    return doc


def quote_of(doc: Doc, words: str):
    return min((q for q in doc._.quotes if words in q.text), key=lambda q: len(q.text))


SPEAKER_CASES = [
    ("X said after", "“We will not sign,” Maria Lopez said.", "We will not sign", "person:maria-lopez", None),
    ("said X inverted", "“We will not sign,” said Tomas Berg.", "We will not sign", "person:tomas-berg", None),
    ("cue verb subject", "Maria Lopez said that Spain “will not sign the deal.”", "will not sign",
     "person:maria-lopez", None),
    ("he said resolves", "Tomas Berg met the press. “Nothing changed,” he said.", "Nothing changed",
     "person:tomas-berg", None),
    ("stand-alone quote follows", "“Talks went well,” said Berg. “We meet again in May.”", "meet again",
     "person:tomas-berg", None),
    ("according to reports by", "Maria Lopez called the talks “a success,” according to reports by Reuters.",
     "a success", "person:maria-lopez", "media:reuters"),
    ("X reported", "“We are ready,” Lopez said, Kyodo reported.", "We are ready", "person:maria-lopez",
     "media:kyodo"),
    ("told X", "“Oslo will wait,” Tomas Berg, a senior adviser, told The Daily Ledger on Monday.",
     "Oslo will wait", "person:tomas-berg", "media:daily-ledger"),
    ("in an interview with", "In an interview with Reuters, Ana Silva described the plan as “a dead end.”",
     "a dead end", "person:ana-silva", "media:reuters"),
    ("quoted Y as saying", "Kyodo quoted Ana Silva as saying that Portugal would “stay the course.”",
     "stay the course", "person:ana-silva", "media:kyodo"),
    ("according to a summary released by", "Berg praised the “deep and lasting ties,” according to a summary "
     "of the meeting released by Reuters.", "deep and lasting", "person:tomas-berg", "media:reuters"),
    ("told the newspaper", "The Daily Ledger covered the summit. “It failed,” Ana Silva told the newspaper.",
     "It failed", "person:ana-silva", "media:daily-ledger"),
    ("nested quote speaker", "“Spain faces, as Lopez said, ‘a hard winter,’” said Tomas Berg.", "a hard winter",
     "person:maria-lopez", None),
    # speech/quotes.SPEAKER_FRAMES: according_to_before
    ("according to an outlet before", "Tomas Berg left early. According to Reuters, “no offer came from Oslo.”",
     "no offer came", "media:reuters", None),
    ("according to a person before", "Tomas Berg left early. But according to Lopez, “the deal is dead.”",
     "the deal is dead", "person:maria-lopez", None),
    ("according to before a cue", "According to Reuters, Ana Silva said, “we are ready.”", "we are ready",
     "person:ana-silva", "media:reuters"),
    ("dash after the quote", "“Spain must wait.” – Maria Lopez, in a statement.", "Spain must wait",
     "person:maria-lopez", None),
    ("echoed X", "Tomas Berg spoke first. “Spain waits,” echoed Ana Silva.", "Spain waits", "person:ana-silva", None),
    # speech/quotes.SPEAKER_FRAMES: speech_noun_owner (speech/nouns.py, kb/speech_nouns.tsv)
    ("owner of a noun of speech", "Madrid criticised Lopez's claim that Portugal was “a bad neighbour.”",
     "a bad neighbour", "person:maria-lopez", None),
    ("his before a noun of speech", "Oslo rebuked Tomas Berg on Friday for his assertion that Spain had “broken "
     "every promise.”", "broken every promise", "person:tomas-berg", None),
    ("noun of speech whose clause hangs on the verb", "Ana Silva pushed back against Berg's warning that "
     "Portugal would face “hard times” soon.", "hard times", "person:tomas-berg", None),
    # speech/standalone.STANDALONE_RULES: previous_paragraph_reporter (and its guard)
    ("a quote paragraph after reported speech", "Tomas Berg said the talks had failed.\n“We will not sign.”\n"
     "Ana Silva said Spain would wait.", "We will not sign", "person:tomas-berg", None),
    # next_sentence_in_paragraph: a parse opening the next paragraph's sentence with the closing mark
    ("a quote paragraph before another paragraph's speaker", '"We will not let the port be closed by a strike '
     'of angry dockers," Tomas Berg said.\n\n"Norway is not blind to the hardship of workers... but Norway is a '
     'small country. That is why we must keep the port open."\n\nUnion leader Ana Silva on Monday said Norway '
     'should meet the workers.', "Norway is not blind", "person:tomas-berg", None),
    ("a quote with its own unresolved cue", "Tomas Berg said the talks had failed.\n“We will not sign,” a voice "
     "said.", "We will not sign", None, None),
    # speech/attribution: document_issuer
    ("the statement said", "Tomas Berg met Ana Silva. Later the foreign ministry issued a statement. “We reject "
     "the claims,” the statement said.", "We reject", "org:nor-mfa", None),
    ("the statement said, issued in a statement", "Madrid said in a statement that talks failed. Tomas Berg left. "
     "“There is no deal,” the statement added.", "There is no deal", "state:ESP", None),
    ("the report said, no issuer named", "Tomas Berg met Ana Silva. “Trade fell,” the report said.", "Trade fell",
     None, None),
    # speech/documents.unnamed_document_subject (kb/document_nouns.tsv: agreements, legal filings)
    ("the treaty reads, no issuer named", "Tomas Berg signed the pact in Oslo on Monday.\nThe treaty reads: “Both "
     "sides will open their ports to the other's ships.”", "Both sides", None, None),
    ("as the indictment says, no issuer named", "Tomas Berg denied the charges in court on Monday. He had moved the "
     "money “to hide its source,” as the indictment says.", "to hide its source", None, None),
    # speech/according.DOCUMENT_FRAMES: according_to_document_after, according_to_document_before
    ("according to a document after, no issuer named", "Tomas Berg said trade with Spain had slowed.\n“Exports "
     "fell by half in the first year,” according to the audit report.", "Exports fell", None, None),
    ("according to a document after, its issuer named", "Tomas Berg said trade with Spain had slowed.\n“Exports "
     "fell by half in the first year,” according to a report from Spain.", "Exports fell", "state:ESP", None),
    ("according to a document before, no issuer named", "Tomas Berg met Ana Silva in Oslo.\nAccording to the "
     "audit report: “Only two ships docked in May.” Berg said the port was busy.", "Only two ships", None, None),
    ("according to a document before a quote with its own cue", "Tomas Berg met Ana Silva in Oslo.\nAccording to "
     "the audit report, “only two ships docked,” Berg said.", "only two ships", "person:tomas-berg", None),
    # speech/continued.previous_sentence_reporter (a quote opening a sentence after prose in its paragraph)
    ("X said. quote, mid-paragraph", "“Prices rose,” said Ana Silva.\nThe port is full, says Tomas Berg, who runs "
     "it. “We turn ships away every day.”", "We turn ships", "person:tomas-berg", None),
    ("no cue in the sentence before", "“Prices rose,” said Ana Silva.\nThe port is full of ships this week. “We "
     "turn them away every day.”", "We turn them", None, None),
    # speech/sources.indefinite_source_subject: a source introduced without a name at the quote
    ("X said; an official said", "Tomas Berg met Ana Silva in Oslo.\n“We agreed on the outline,” Berg said. “The "
     "rest comes later,” a senior official said.", "The rest comes later", None, None),
    ("as one official said, under another cue", "Tomas Berg met Ana Silva in Oslo. Berg will tell Silva that the "
     "offer is, as one senior official said, “the last one on the table.”", "the last one", None, None),
    ("an indefinite subject a cue only inherits", "Tomas Berg met Ana Silva in Oslo.\nBerg said a deal could "
     "still come but warned Silva against “reckless” moves.", "reckless", "person:tomas-berg", None),
    # speech/attribution.PRONOUN_SPEAKER_RULES: reporting_subject
    ("X said he believes", "“We wait,” Tomas Berg said. The Madrid spokesman said he believes Spain “will sign "
     "soon.”", "will sign soon", "state:ESP", None),
    # speech/quotes.UNNAMED_SOURCE_RULES: unnamed_group_subject
    ("critics argue X, Y said", "Though critics of the plan argue it is “a dead end,” Tomas Berg said the talks "
     "would go on.", "a dead end", None, None),
    ("Y said critics argue X", "Tomas Berg said the talks would go on, though critics argue it is “a dead end.”",
     "a dead end", None, None),
    # speech/attribution.UNNAMED_DESCRIPTION_RULES: introduced_unnamed (and a noun introduced beside a name)
    ("an official said; the official said", "Tomas Berg met Ana Silva in Oslo. A senior official said the talks "
     "had stalled. “We will wait,” the official said.", "We will wait", None, None),
    ("a partial quote, the official said", "Tomas Berg met Ana Silva in Oslo. A senior official said the plan would "
     "work. The government will make the case that failing to act “risks emboldening Berg and his allies,” the "
     "official said.", "risks emboldening", None, None),
    # earlier_unnamed_reference: definite repeats lead back to the unnamed introduction
    ("an official said; according to the official; the official said", "Tomas Berg met Ana Silva in Oslo. A senior "
     "official insisted the talks had stalled. According to the official, Berg would leave. “We will wait,” the "
     "senior official said.", "We will wait", None, None),
    ("an official said; the official said, before a quote", "Tomas Berg met Ana Silva in Oslo. A senior official "
     "said the talks had stalled. Referring to the tariffs, the official said, “Some of the ways that Norway hurts our "
     "farmers are plain to see, because Berg stood up to them.” Spain has responded to the tariffs in part by "
     "penalizing farm exports.", "Some of the ways", None, None),
    # earlier_unnamed_reference: past a plural of the noun met between ("officials") to the introduction
    ("an official said; officials between; the official said", "A senior official said the talks had stalled. "
     "Tomas Berg held a call with officials of both parties on Monday. “We will wait,” the official said.",
     "We will wait", None, None),
    # introduced_unnamed: "another official" introduces a second unnamed source (attribution.UNNAMED_SOURCE_DETERMINERS)
    ("another official said; the official said", "Tomas Berg met Ana Silva in Oslo. Another senior official said "
     "the talks had stalled. “We will wait,” the official said.", "We will wait", None, None),
    # introduced_unnamed: the state or body an unnamed source serves does not name it
    ("a U.S. official said; the official said", "Tomas Berg met Ana Silva in Oslo on Monday. A U.S. official said "
     "the talks had stalled over the tariffs.\n\n“We will wait for Madrid,” the official said.", "We will wait",
     None, None),
    ("an official of the ministry said; the official said", "Tomas Berg met Ana Silva in Oslo. An official of the "
     "Foreign Ministry said the talks had stalled. “We will wait,” the official said.", "We will wait", None, None),
    ("a spokesman for X said; the spokesman, Y, said", "A spokesman for the Spanish army said on Monday that "
     "Spain would not yield. “We will wait,” the spokesman, Ana Silva, said.", "We will wait", "person:ana-silva",
     None),
    ("X, a spokesman; the spokesman spoke; the spokesman said", "Tomas Berg met the press. Ana Silva, a spokesman "
     "for the army, spoke later. The spokesman said the talks had stalled. “We will wait,” the spokesman said.",
     "We will wait", "person:ana-silva", None),
    ("X, a spokesman; the spokesman said", "Tomas Berg met the press. Ana Silva, a spokesman for the army, spoke "
     "later. “We will wait,” the spokesman said.", "We will wait", "person:ana-silva", None),
    ("X is a spokesman; the spokesman said", "Tomas Berg met the press. Ana Silva is a spokesman for the army. "
     "“We will wait,” the spokesman said.", "We will wait", "person:ana-silva", None),
    # speech/credit.CREDIT_RULES: broadcast_on, credited_subject (an outlet owning the speaker's title)
    # speech/credit.programme_outlet: a programme named after "on"/"told" credits its network
    ("said on a quoted programme", "“We will wait,” Tomas Berg said on “Meet the Press” on Sunday.", "We will wait",
     "person:tomas-berg", "media:nbc"),
    ("told an unquoted programme", "“We will wait,” Ana Silva told Fox & Friends on Monday.", "We will wait",
     "person:ana-silva", "media:fox-news"),
    ("the address, not the programme", "In his State of the Union address, Tomas Berg said “we will wait.”",
     "we will wait", "person:tomas-berg", None),
    ("said on X's programme", "“We will wait,” Tomas Berg said on Kyodo's Morning Hour on Sunday.", "We will wait",
     "person:tomas-berg", "media:kyodo"),
    ("said on X", "Ana Silva said on Reuters that Spain would “wait and see.”", "wait and see", "person:ana-silva",
     "media:reuters"),
    # speech/writings.written_in: the outlet a piece was written in or for (kb/written_pieces.tsv)
    ("wrote in an outlet", "“The talks have stalled,” Ana Silva wrote in The Daily Ledger on Monday.",
     "The talks have stalled", "person:ana-silva", "media:daily-ledger"),
    ("in an op-ed for an outlet", "In an op-ed for Kyodo last week, Tomas Berg argued that Spain was “not ready” "
     "for the deal.", "not ready", "person:tomas-berg", "media:kyodo"),
    ("a column of the speaker's, in a relative clause", "“We will wait,” said Tomas Berg, who writes a weekly "
     "column for The Daily Ledger.", "We will wait", "person:tomas-berg", None),
    # speech/others: "Berg allies" are someone other than Berg (kb/other_party_nouns.tsv)
    ("X allies argued", "Tomas Berg left early. “The plan is a fraud,” Berg allies argued on Tuesday.",
     "The plan is a fraud", None, None),
    ("an X ally, named", "“The plan is a fraud,” said a Berg ally, Ana Silva.", "The plan is a fraud",
     "person:ana-silva", None),
    # speech/appositions.apposed_person: the holder named in apposition to a body's title speaks
    ("a body's title, the holder named", "“We will wait,” the foreign ministry spokesman, Tomas Berg, said.",
     "We will wait", "person:tomas-berg", None),
    # speech/told_before.told_in_sentence_before: the outlet the same speaker told in the sentence before
    ("told an outlet, then quoted", "Maria Lopez told Kyodo on Monday that Spain would hold off.\n\n“We have lost "
     "a month already,” Lopez said.", "We have lost a month", "person:maria-lopez", "media:kyodo"),
    ("told an outlet, then a statement", "Maria Lopez told Kyodo on Monday that Spain would hold off.\n\n“We have "
     "lost a month already,” Lopez said in a statement.", "We have lost a month", "person:maria-lopez", None),
    ("said in an interview with an outlet, then quoted", "Maria Lopez said in an interview with Kyodo on Monday that "
     "Spain would hold off.\n\n“We have lost a month already,” Lopez said.", "We have lost a month",
     "person:maria-lopez", "media:kyodo"),
    ("said on an outlet, then quoted", "Maria Lopez said on Kyodo on Monday that Spain would hold off.\n\n“We have "
     "lost a month already,” Lopez said.", "We have lost a month", "person:maria-lopez", "media:kyodo"),
    ("according to an outlet, then quoted", "Maria Lopez will hold off, according to Kyodo.\n\n“We have lost a "
     "month already,” Lopez said.", "We have lost a month", "person:maria-lopez", None),
    ("told an outlet, a sentence between", "Maria Lopez told Kyodo on Monday that Spain would hold off. She said the "
     "talks had stalled.\n\n“We have lost a month already,” Lopez said.", "We have lost a month",
     "person:maria-lopez", "media:kyodo"),
    ("told an outlet two paragraphs up", "Maria Lopez told Kyodo on Monday that Spain would hold off.\n\nThe talks "
     "resume in May.\n\n“We have lost a month already,” Lopez said.", "We have lost a month",
     "person:maria-lopez", None),
    ("another speaker told an outlet", "Tomas Berg told Kyodo on Monday that Spain would hold off.\n\n“We have "
     "lost a month already,” Ana Silva said.", "We have lost a month", "person:ana-silva", None),
    # speech/carried.own_occasion: the outlet of the speaker's last quote, unless the cue names another occasion
    ("the interview's outlet carried to the next quote", "Maria Lopez told Kyodo on Monday that Spain would hold "
     "off. “We have lost a month,” she said.\n\n“The plan stands,” Lopez said.", "The plan stands",
     "person:maria-lopez", "media:kyodo"),
    ("no outlet carried to a statement", "Maria Lopez told Kyodo on Monday that Spain would hold off. “We have "
     "lost a month,” she said.\n\n“The plan stands,” Lopez said in a statement on Tuesday.", "The plan stands",
     "person:maria-lopez", None),
    ("no outlet carried to a released statement", "Maria Lopez told Kyodo on Monday that Spain would hold off. “We "
     "have lost a month,” she said.\n\nLopez released a statement on Tuesday calling the plan “dead on arrival.”",
     "dead on arrival", "person:maria-lopez", None),
    # speech/pieces.outlet_piece: the outlet named on the piece or interview the words were said in
    ("said in an outlet's interview", "“We will wait,” Ana Silva said in a Kyodo interview on Monday.",
     "We will wait", "person:ana-silva", "media:kyodo"),
    ("argued in an outlet's column", "Tomas Berg argued in a Kyodo column that Spain was “not ready.”",
     "not ready", "person:tomas-berg", "media:kyodo"),
    ("a piece the words were not said in", "“We will wait,” said Tomas Berg, who was named in a Kyodo column.",
     "We will wait", "person:tomas-berg", None),
    # speech/credit.TOKEN_CREDIT_RULES: quoted_as_saying, read on the words when the parse loses the outlet
    ("the agency, X, quoted Y as saying", "Spain has drawn up a “measured” answer to the tariffs, the state news "
     "agency, Kyodo, quoted foreign ministry spokesman Tomas Berg as saying.", "measured", "person:tomas-berg",
     "media:kyodo"),
    ("X news agency quoted Y as saying", "The Kyodo news agency quoted Ana Silva as saying that Spain would “wait "
     "and see.”", "wait and see", "person:ana-silva", "media:kyodo"),
    ("an outlet's own journalist speaks", "“The talks have stalled,” Reuters's Ana Silva said on Monday.",
     "The talks have stalled", "person:ana-silva", None),
    ("the outlet reported", "“The talks have stalled,” Kyodo reported on Monday.", "The talks have stalled",
     "media:kyodo", None),
    ("N party members wrote", "“We urge you to rethink the plan,” 40 House Democrats wrote in a letter to the "
     "president. Officials of the foreign ministry argue the plan is dead.", "We urge you", None, None),
    # speech/attribution._resolve_description: a plural description is no single person
    ("the spokesman said", "Tomas Berg met the press. “No date is set,” the spokesman said.", "No date is set",
     "person:tomas-berg", None),
    # speech/attribution_table.PRONOUN_ANTECEDENT_RULES: reported_clause_subject (and clause_subject alone)
    ("he said after X said that Y", "Maria Lopez arrived on Monday. Tomas Berg told reporters that Lopez had not "
     "decided. “We lost a month,” he said.", "We lost a month", "person:tomas-berg", None),
    ("he said after X said that Y and Z", "Maria Lopez arrived on Monday. Tomas Berg said that Lopez had left and "
     "Ana Silva stayed. “We lost a month,” he said.", "We lost a month", "person:tomas-berg", None),
    # speech/attribution_table.according_to_source: the person a report is credited to is whom a pronoun
    # speaker after it continues with
    ("she said after according to X", "Tomas Berg arrived on Monday. The road was shut, according to Ana "
     "Silva, who lives nearby. “Nobody could pass,” she told reporters.", "Nobody could pass",
     "person:ana-silva", None),
    # speech/bodies.described_body: "the regime" referring back to a state is that state's government
    ("the regime said", "Tomas Berg landed in Norway on Monday. Norway turned the offer down. “We will not "
     "sign,” the regime said.", "We will not sign", "org:nor-government", None),
    # speech/told.passive_addressee_subject: the one told is no speaker; an unnamed teller is nobody named
    ("was told, no teller", "Tomas Berg met the press. Lopez was told that she had been moved for “her own "
     "safety.”", "her own safety", None, None),
    ("was told by a description", "Ana Silva spoke first. Berg was told by an aide that the vote was “a lost "
     "cause.”", "a lost cause", None, None),
    ("he said after a subject without a speech verb", "Tomas Berg arrived on Monday. He left because Lopez had not "
     "decided. “We lost a month,” she said.", "We lost a month", "person:maria-lopez", None),
    # speech/channels: a platform is the medium of the words it carries, for those words only
    ("tweeted", "“The border stays shut,” Maria Lopez tweeted.", "The border stays shut", "person:maria-lopez",
     "org:twitter"),
    ("said in a Facebook post", "Tomas Berg said in a Facebook post that the vote was “a lost cause.”",
     "a lost cause", "person:tomas-berg", "org:facebook"),
    ("tweeted, then spoke", "“The border stays shut,” Maria Lopez tweeted. Later she met the press. “We lost a "
     "month,” Lopez said.", "We lost a month", "person:maria-lopez", None),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,words,speaker,via", SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_speaker_and_credit(spacy_model, name: str, text: str, words: str, speaker: str, via: str | None) -> None:
    doc = quoted_doc(spacy_model, text)
    q = quote_of(doc, words)
    assert q.direct
    assert (q.speaker, q.via) == (speaker, via)
    assert doc.text[q.span[0]:q.span[1]] == q.text


# speech/sources.indefinite_source_subject: an unnamed source whose phrase names a person only as whom it
# serves or is near, a lone "one", or a noun the actors component linked to a person named before
UNNAMED_SOURCE_CASES = [
    ("a lone one said", "Ana Silva and her neighbours say the guards would have them “jailed.”\n\n“They take what "
     "they want,” one said.", ACTORS),
    ("a person close to X said", "Tomas Berg met the press on Monday.\n\n“He will not sign this year,” a person "
     "close to Berg said.", ACTORS),
    ("a description linked to a person named before", "Tomas Berg, a senior aide to the minister, left early.\n\n"
     "“The plan has been a failure,” one senior aide said.",
     {**ACTORS, "senior aide": ("person:tomas-berg", "person", "NOR")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,actors", UNNAMED_SOURCE_CASES, ids=[c[0] for c in UNNAMED_SOURCE_CASES])
def test_unnamed_source_names_no_speaker(spacy_model, name: str, text: str, actors) -> None:
    doc = quoted_doc(spacy_model, text, actors)
    assert doc._.quotes[-1].speaker is None


@pytest.mark.model
def test_with_one_saying_is_one_of_the_sentence_subjects(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "Officials in Oslo told Reuters the talks had failed, with one saying “we will "
                                  "not go back to Madrid.”")
    assert [(q.speaker, q.via) for q in doc._.quotes] == [("state:NOR", "media:reuters")]


@pytest.mark.model
def test_a_spokesperson_speaks_for_the_person_named(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "Tomas Berg left Oslo.\n\n“He will not sign this year,” a Berg spokesman said.")
    assert [q.speaker for q in doc._.quotes] == ["person:tomas-berg"]


@pytest.mark.model
def test_plural_description_is_no_single_person(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "Tomas Berg met the press on Monday. The talks will resume in the spring after the "
                                  "elections, the officials said.")
    # unnamed officials: no record of that reported speech at all rather than Berg's
    assert [q.speaker for q in doc._.quotes if "talks will resume" in q.text] == []


@pytest.mark.model
def test_pronoun_becomes_a_mention_of_the_speaker(spacy_model) -> None:
    doc = annotate(spacy_model, "Ana Silva arrived late. “We have a deal,” she said.")
    find_quotes(doc)
    she = next(t for t in doc if t.lower_ == "she")
    assert she._.actor == "person:ana-silva"
    assert (she.idx, she.idx + 3) in doc._.actors["person:ana-silva"].mentions
    assert "she" not in doc._.actors["person:ana-silva"].aliases


@pytest.mark.model
def test_told_named_outlet_sets_document_outlet(spacy_model) -> None:
    doc = annotate(spacy_model, "“It is over,” Tomas Berg told The Daily Ledger on Monday.")
    doc._.outlet = None
    find_quotes(doc)
    assert doc._.outlet == "media:daily-ledger"


@pytest.mark.model
def test_indirect_speech_and_attribution_of(spacy_model) -> None:
    doc = annotate(spacy_model, "Maria Lopez said that Spain would double its aid to Portugal, Reuters reported.")
    quotes = find_quotes(doc)
    q = next(q for q in quotes if not q.direct)
    assert q.speaker == "person:maria-lopez" and q.via == "media:reuters"
    assert q.text.startswith("Spain would double")
    aid = next(t for t in doc if t.text == "aid")
    assert attribution_of(doc, aid) == ("person:maria-lopez", "media:reuters")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Maria Lopez denied that her ministry had sold the rifles to anyone.",
    "Tomas Berg did not say that the talks with Portugal had failed.",
    "Maria Lopez denied that Berg had told anyone that the rifles were sold.",
])
def test_a_denied_or_unsaid_clause_is_no_indirect_quote(spacy_model, text: str) -> None:
    # speech/reported._contrary_cue: reporting the clause as the speaker's words would invert them
    doc = annotate(spacy_model, text)
    assert [q.text for q in find_quotes(doc) if not q.direct] == []
    assert attribution_of(doc, doc[-2])[0] is not None  # the sentence keeps its speaker


@pytest.mark.model
@pytest.mark.parametrize("text,outlets", [
    ("Neither the foreign ministry nor Kyodo mentioned the remarks.", {"org:nor-mfa", "media:kyodo"}),
    ("Reuters did not report the second meeting.", {"media:reuters"}),
    ("Kyodo made no mention of the protest.", {"media:kyodo"}),
    ("Reuters reported the second meeting.", set()),
])
def test_omissions(spacy_model, text: str, outlets: set[str]) -> None:
    doc = annotate(spacy_model, text)
    assert {o.outlet for o in find_omissions(doc)} == outlets


# ---------------------------------------------------------------- quoted words that are no quotation
@pytest.mark.parametrize("quoted,title", [
    ("Meet the Press,", True), ("State of the Union.", True), ("America First", True),
    ("TALKS IN GENEVA", True),
    ("We Will Win", False), ("Death to Tyrants!", False), ("a hard winter", False), ("Talks failed.", False),
    ("Not at all,", False),
])
def test_title_of_a_work_is_no_quotation(quoted: str, title: bool) -> None:
    from diplograph.nlp.speech.quotes import title_of_a_work

    assert title_of_a_work(quoted) == title


@pytest.mark.model
def test_a_show_title_in_quotes_is_no_quote_record(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "Maria Lopez said on “Meet the Press” that Spain “will not sign.”")
    assert [q.text for q in doc._.quotes if q.direct] == ["will not sign."]
    assert quote_of(doc, "will not sign").speaker == "person:maria-lopez"
    doc = quoted_doc(spacy_model, "Supporters of Tomas Berg chanted “Morning In Oslo” at the rally.")
    assert [q.text for q in doc._.quotes if q.direct] == ["Morning In Oslo"]  # a slogan is reported words


@pytest.mark.model
@pytest.mark.parametrize("text", ["“We will wait,” Tomas Berg said on Reuters’ “World Hour.”",
                                  "“We will wait,” Tomas Berg said on Reuters' \"World Hour.\""])
def test_a_show_title_after_a_bare_apostrophe_is_no_quote_record(spacy_model, text: str) -> None:
    # quotes.programme_title: the possessive of a name ending in s may be a bare apostrophe
    doc = quoted_doc(spacy_model, text)
    assert [q.text for q in doc._.quotes if q.direct] == ["We will wait,"]


@pytest.mark.model
def test_a_show_title_passes_its_outlet_to_the_speakers_next_quote(spacy_model) -> None:
    # quotes.QuoteFinder._aired_on: the title is no quote, its outlet still carries to the next quote
    doc = quoted_doc(spacy_model, "Tomas Berg told Reuters’ “World Hour” on Sunday that Norway would wait.\n\n"
                     "“Talks go on,” Berg said.")
    assert [q.text for q in doc._.quotes if q.direct] == ["Talks go on,"]
    assert quote_of(doc, "Talks go on").via == "media:reuters"


@pytest.mark.model
@pytest.mark.parametrize("text", ["Berg called it “a trap” — after Maria Lopez had left.",
                                  "“We will wait.” — Reuters interview, 2019."])
def test_a_dash_after_a_quote_credits_only_a_named_person(spacy_model, text: str) -> None:
    doc = quoted_doc(spacy_model, text)
    q = min(doc._.quotes, key=lambda q: q.span[0])
    assert q.speaker != "person:maria-lopez" and q.speaker != "media:reuters"


@pytest.mark.model
def test_the_person_in_apposition_speaks_not_the_state_of_the_title(spacy_model) -> None:
    # The actors component reads "Norway's ambassador" as a mention of Norway; the ambassador
    # named in apposition is the speaker, wherever the parser hangs the appositive.
    actors = {**ACTORS, "Norway's ambassador": ("state:NOR", "state", "NOR")}
    doc = quoted_doc(spacy_model, "Norway's ambassador to Spain, Tomas Berg, said the talks were “a waste of time.”",
                     actors)
    assert quote_of(doc, "a waste of time").speaker == "person:tomas-berg"
    doc = quoted_doc(spacy_model, "Norway's ambassador said the talks were “a waste of time.”", actors)
    assert quote_of(doc, "a waste of time").speaker == "state:NOR"


# speech/nouns.ASIDE_FRAMES: the owner of a noun of speech is no antecedent of a later "he said"
@pytest.mark.model
def test_the_owner_of_a_claim_is_no_antecedent_of_a_later_he(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "Tomas Berg rejected Lopez's claim that Norway had “broken the pact.”\n"
                     "“We kept every word,” he told Reuters.")
    assert quote_of(doc, "broken the pact").speaker == "person:maria-lopez"
    assert quote_of(doc, "We kept every word").speaker == "person:tomas-berg"


# speech/labels.named_label: quoted words that name a thing
@pytest.mark.model
@pytest.mark.parametrize("text,label", [
    ("Maria Lopez defended the so-called “open door” policy on Monday.", "open door"),
    ("Spain joined a naval plan known as “Blue Sea” in May.", "Blue Sea"),
    ("Madrid passed a law dubbed “the quiet rule” last year.", "the quiet rule"),
    ("The two ministers became known as the “twin pillars” in Madrid.", "twin pillars"),
    ("Dubbed the “iron fleet,” the Spanish convoy sailed at dawn.", "iron fleet"),
    # labels.noun_modifier_label: quoted words qualifying the noun after them
    ("Madrid backed the “open skies” treaty on Monday.", "open skies"),
    ("The rebels fired two “Red Hawk” guided rockets at the port.", "Red Hawk"),
    # kb/label_cues.tsv "called" as a bare participle
    ("Lisbon launched a programme called “Safe Harbour” in May.", "Safe Harbour"),
    # kb/label_cues.tsv "titled", "entitled": the title of a piece, a report, a hearing
    ("Berg published an essay titled “Why Norway Waits” on Monday.", "Why Norway Waits"),
    ("Madrid held a hearing entitled “the future of the fleet” last week.", "the future of the fleet"),
    # kb/label_cues.tsv "referred to as" in a passive with no doer
    ("The Spanish plan, which has been referred to as “the slow exit,” was dropped.", "the slow exit"),
    # labels.coordinated_label: a label listed after another the naming words give
    ("The two Spanish plans are known as “the slow exit” and “the quick exit” in Madrid.", "the quick exit"),
    ("Berg said Norway used tools nicknamed “Grey Owl,” “Tern” or “Puffin” in May.", "Puffin"),
])
def test_a_label_in_quote_marks_is_no_quote_record(spacy_model, text: str, label: str) -> None:
    doc = quoted_doc(spacy_model, text)
    assert [q.text for q in doc._.quotes if q.direct and label in q.text] == []


@pytest.mark.model
@pytest.mark.parametrize("text,words,speaker", [
    ("Maria Lopez dubbed the plan “a quiet disaster” on Monday.", "a quiet disaster", "person:maria-lopez"),
    ("“We will wait,” said Tomas Berg, known as a careful man.", "We will wait", "person:tomas-berg"),
    ("Ana Silva dubbed the “quiet accord” a failure on Monday.", "quiet accord", "person:ana-silva"),
    ("Maria Lopez called the plan “a quiet disaster” on Monday.", "a quiet disaster", "person:maria-lopez"),
    ("Maria Lopez condemned the “reckless” raid on Monday.", "reckless", "person:maria-lopez"),
    # a list after naming words in a clause of speech: her words, each of them
    ("Maria Lopez called the plan “reckless” and “cruel” on Monday.", "cruel", "person:maria-lopez"),
    ("Maria Lopez attacked a plan she referred to as “a quiet disaster” on Monday.", "a quiet disaster",
     "person:maria-lopez"),
])
def test_naming_words_in_a_clause_of_speech_keep_the_quote(spacy_model, text: str, words: str, speaker: str) -> None:
    doc = quoted_doc(spacy_model, text)
    assert quote_of(doc, words).speaker == speaker


# speech/works.work_title: a work's title in quote marks after the noun of the work
@pytest.mark.model
@pytest.mark.parametrize("text,title", [
    ("Tomas Berg became famous with his 2004 memoir, “Winter in Oslo,” about the navy.", "Winter in Oslo"),
    ("Madrid banned the film “The Quiet Harbour” after a protest.", "The Quiet Harbour"),
    ("Maria Lopez wrote in her book, “Borders,” that Spain had changed.", "Borders"),
])
def test_a_works_title_is_no_quote_record(spacy_model, text: str, title: str) -> None:
    doc = quoted_doc(spacy_model, text)
    assert [q.text for q in doc._.quotes if q.direct and title in q.text] == []


@pytest.mark.model
def test_words_quoted_from_a_book_stay_a_quote(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "Maria Lopez wrote in her book, “we were wrong to trust the treaty.”")
    assert quote_of(doc, "we were wrong").speaker == "person:maria-lopez"


# speech/others: reported speech of "X allies" is not X's
@pytest.mark.model
def test_the_allies_of_a_person_do_not_speak_as_that_person(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "Tomas Berg left on Monday. Berg allies said the plan was dead.")
    assert [q.speaker for q in doc._.quotes if not q.direct and "plan was dead" in q.text] in ([], [None])


# speech/mentions.mentioned_word: a word or phrase mentioned as words, after "the word", "the term"
@pytest.mark.model
@pytest.mark.parametrize("text,words", [
    ("Maria Lopez never once used the word “blockade” in her speech.", "blockade"),
    ("Madrid dropped the term “safe zone” from the draft on Monday.", "safe zone"),
    ("The long delays earned the minister the moniker “Mister Later” in Madrid.", "Mister Later"),
])
def test_a_mentioned_word_is_no_quote_record(spacy_model, text: str, words: str) -> None:
    doc = quoted_doc(spacy_model, text)
    assert [q.text for q in doc._.quotes if q.direct and words in q.text] == []


@pytest.mark.model
def test_a_long_sentence_after_the_words_stays_a_quote(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "Maria Lopez ended with the words “we will not leave this harbour without our "
                                  "fleet.”")
    assert quote_of(doc, "we will not leave").speaker == "person:maria-lopez"


# speech/excerpts.excerpt_byline: a roundup's excerpt credited by a byline after it, on its line or the next
@pytest.mark.model
@pytest.mark.parametrize("text,words,speaker,via", [
    ("Commentators weighed in.\n\n“The harbour deal is a trap for the whole coast. Nobody in Oslo has read it.”"
     "\n\nAna Silva, The Daily Ledger\n\n“The deal will pay for itself within a decade.”\n\nMaria Lopez, Reuters",
     "harbour deal is a trap", "person:ana-silva", "media:daily-ledger"),
    ("Commentators weighed in.\n\nSome argue that “the harbour deal is a trap for the whole coast.” Tomas Berg, "
     "Kyodo\n\nOthers disagree.", "harbour deal is a trap", "person:tomas-berg", "media:kyodo"),
    ("Commentators weighed in.\n\n“The harbour deal is a trap for the whole coast.\n\n“Nobody in Oslo has read "
     "it.”\n\nEditorial Board, Reuters", "Nobody in Oslo", None, "media:reuters"),
    ("Ana Silva spoke first.\n\n“The harbour deal is a trap for the whole coast,” she said.\n\nTomas Berg, Kyodo",
     "harbour deal is a trap", "person:ana-silva", None),
    ("Commentators weighed in.\n\n“The harbour was closed on Monday after the storm.” Kyodo News\n\nOthers disagree.",
     "harbour was closed", "media:kyodo", None),
    ("Commentators weighed in.\n\n“The harbour deal is a trap for the whole coast.”\n\nTomas Berg, Norway Weekly",
     "harbour deal is a trap", "person:tomas-berg", None),
    # two writers sign it: the outlet's piece, no one person's
    ("Tomas Berg spoke first.\n\n“The harbour deal is a trap for the whole coast.”\n\nAna Silva and Tomas Berg, "
     "Reuters", "harbour deal is a trap", None, "media:reuters"),
])
def test_an_excerpt_is_its_bylines_author(spacy_model, text: str, words: str, speaker: str | None,
                                          via: str | None) -> None:
    doc = quoted_doc(spacy_model, text)
    q = quote_of(doc, words)
    assert (q.speaker, q.via) == (speaker, via)


# speech/quotes.QuoteFinder._nested_speaker: a cue right after an inner quote names its speaker
@pytest.mark.model
def test_an_inner_quote_takes_the_cue_after_it(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "“The minister has changed course. ‘We will never sell the port,’ Maria Lopez told "
                                  "reporters in 2019. Now she sells it,” Tomas Berg said.")
    assert quote_of(doc, "never sell the port").speaker == "person:maria-lopez"
    assert quote_of(doc, "minister has changed").speaker == "person:tomas-berg"


@pytest.mark.model
def test_an_inner_quote_keeps_its_cue_before_a_full_stop(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "“In May Ana Silva told Berg that ‘the port is not for sale.’ To which Maria Lopez "
                                  "replied that it was,” the report said.")
    assert quote_of(doc, "port is not for sale").speaker == "person:ana-silva"


# speech/quotes.QuoteFinder._nested_speaker: an inner quote with no cue of its own is held by the outer record
@pytest.mark.model
def test_an_inner_quote_without_a_cue_is_no_record_of_its_own(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "“Every winter the boats come back late and it is always, ‘We only need one more "
                                  "week at sea,’ and we always give it,” Tomas Berg said.")
    assert quote_of(doc, "Every winter").speaker == "person:tomas-berg"
    assert not [q for q in doc._.quotes if q.text.startswith("We only need")]


# a short term quoted inside stays a record of the outer speaker's words
@pytest.mark.model
def test_a_short_inner_term_stays_the_outer_speakers(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "“Oslo is no longer the ‘fish market of Europe’ for anyone,” Tomas Berg said.")
    assert quote_of(doc, "fish market").speaker == "person:tomas-berg"


# speech/standalone.unnamed_previous_in_paragraph: a quote going on from an unnamed source's quote is that source's
@pytest.mark.model
def test_a_quote_after_an_unnamed_sources_quote_has_no_named_speaker(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "Ana Silva left the port on Monday.\n\n“The fleet is in poor shape,” a retired "
                                  "captain said. “Half the hulls leak.”\n\nTomas Berg said on Tuesday that the fleet "
                                  "was sound.")
    assert quote_of(doc, "Half the hulls leak").speaker is None



@pytest.mark.model
def test_a_news_site_named_by_its_domain_is_its_outlet(pipeline) -> None:
    # kb/outlets.tsv: "FoxNews.com" is an alias of Fox News, so "told FoxNews.com" credits the words
    doc = pipeline.nlp("“We will wait for the vote,” Tomas Berg told FoxNews.com on Monday.")
    assert [q.via for q in doc._.quotes if "We will wait" in q.text] == ["media:fox-news"]


# speech/state_outlets.state_outlet: "told state TV" passes the words through the state's own outlet
@pytest.mark.model
def test_words_told_to_state_tv_come_through_the_speakers_states_outlet(pipeline) -> None:
    doc = pipeline.nlp("Polish Foreign Minister Anna Kowal told state TV on Monday that Poland would wait. "
                       "“We are in no hurry,” she said.")
    vias = {q.text: q.via for q in doc._.quotes}
    assert set(vias.values()) == {"media:pol-state-tv"}
    assert doc._.actors["media:pol-state-tv"].country == "POL"


@pytest.mark.model
def test_a_state_broadcaster_named_beside_its_noun_is_that_outlet(pipeline) -> None:
    doc = pipeline.nlp("“We are in no hurry,” Polish Foreign Minister Anna Kowal told Japanese state broadcaster NHK.")
    assert not any(a.startswith(("media:jpn-state", "media:pol-state")) for a in doc._.actors)
