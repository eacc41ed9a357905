"""Event dates on hand-built parses (no model): the event's own clause, a "when" clause of the
same time, never a deadline, a time of another clause, or a year that dates a noun."""

from __future__ import annotations

from diplograph.model import TimeExpr
from diplograph.nlp.events.dating import event_date
from docs import PEG_LEAD, PEG_LEAD_ACTORS, WARNED_ON_MONDAY, make_doc, shifted, states_doc


def time_at(doc, first: int, last: int, value: str) -> TimeExpr:
    span = doc[first:last + 1]
    return TimeExpr(text=span.text, value=value, span=(span.start_char, span.end_char))


def date_of(words, heads, deps, pos, anchor: int, times: list[tuple[int, int, str]]) -> str | None:
    doc = make_doc(words, heads=heads, deps=deps, pos=pos)
    doc._.times = [time_at(doc, a, b, v) for a, b, v in times]
    from diplograph.nlp.syntax import clause_tokens

    return event_date(doc, doc[anchor], clause_tokens(doc[anchor]))


def test_the_event_takes_the_date_of_its_own_clause():
    # France sanctioned Serbia on Monday .
    words = ["France", "sanctioned", "Serbia", "on", "Monday", "."]
    assert date_of(words, [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                   ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"], 1, [(4, 4, "2020-01-13")]) == "2020-01-13"


def test_a_deadline_never_dates_the_event():
    # France demanded a withdrawal by the end of 2025 .
    words = ["France", "demanded", "a", "withdrawal", "by", "the", "end", "of", "2025", "."]
    heads = [1, 1, 3, 1, 1, 6, 4, 6, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "NUM", "PUNCT"]
    assert date_of(words, heads, deps, pos, 1, [(8, 8, "2025")]) is None
    assert date_of(words, heads, deps, pos, 1, [(5, 8, "2025")]) is None  # "the end of 2025" as one expression


def test_a_time_of_a_relative_clause_is_not_the_main_events():
    # Russia , which invaded Crimea in 2014 , threatened Ukraine .
    words = ["Russia", ",", "which", "invaded", "Crimea", "in", "2014", ",", "threatened", "Ukraine", "."]
    heads = [8, 0, 3, 0, 3, 3, 5, 0, 8, 8, 8]
    deps = ["nsubj", "punct", "nsubj", "relcl", "dobj", "prep", "pobj", "punct", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "PROPN", "ADP", "NUM", "PUNCT", "VERB", "PROPN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 8, [(6, 6, "2014")]) is None
    assert date_of(words, heads, deps, pos, 3, [(6, 6, "2014")]) == "2014"


def test_a_year_that_dates_a_noun_does_not_date_the_clause():
    # After the 2018 summit , Serbia accused France .
    words = ["After", "the", "2018", "summit", ",", "Serbia", "accused", "France", "."]
    heads = [6, 3, 3, 0, 6, 6, 6, 6, 6]
    deps = ["prep", "det", "nummod", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["ADP", "DET", "NUM", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 6, [(2, 2, "2018")]) is None
    assert date_of(words, heads, deps, pos, 3, [(2, 2, "2018")]) == "2018"  # the summit itself


def test_a_participle_modifier_keeps_its_time():
    # The talks , first held in 2017 , ended .
    words = ["The", "talks", ",", "first", "held", "in", "2017", ",", "ended", "."]
    heads = [1, 8, 1, 4, 1, 4, 5, 1, 8, 8]
    deps = ["det", "nsubj", "punct", "advmod", "acl", "prep", "pobj", "punct", "ROOT", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "ADV", "VERB", "ADP", "NUM", "PUNCT", "VERB", "PUNCT"]
    assert date_of(words, heads, deps, pos, 8, [(6, 6, "2017")]) is None


def test_a_when_clause_dates_its_governor():
    # When Serbia and France met last year , they announced a partnership .
    words = ["When", "Serbia", "and", "France", "met", "last", "year", ",", "they", "announced", "a", "partnership",
             "."]
    heads = [4, 4, 1, 1, 9, 6, 4, 9, 9, 9, 11, 9, 9]
    deps = ["advmod", "nsubj", "cc", "conj", "advcl", "amod", "npadvmod", "punct", "nsubj", "ROOT", "det", "dobj",
            "punct"]
    pos = ["SCONJ", "PROPN", "CCONJ", "PROPN", "VERB", "ADJ", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 9, [(5, 6, "2019")]) == "2019"
    words[0] = "After"  # an "after" clause puts the event on the other side of its date
    assert date_of(words, heads, deps, pos, 9, [(5, 6, "2019")]) is None


def test_a_participle_clause_gives_the_occasion_of_its_governors_act():
    # Visiting Lisbon on Friday , Gomes praised Spain .
    words = ["Visiting", "Lisbon", "on", "Friday", ",", "Gomes", "praised", "Spain", "."]
    heads = [6, 0, 0, 2, 6, 6, 6, 6, 6]
    deps = ["advcl", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["VERB", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    tags = ["VBG", "NNP", "IN", "NNP", ",", "NNP", "VBD", "NNP", "."]

    def dated(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str],
              anchor: int, times: list[tuple[int, int, str]], lemmas: list[str] | None = None) -> str | None:
        from diplograph.nlp.syntax import clause_tokens

        doc = make_doc(words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
        doc._.times = [time_at(doc, a, b, v) for a, b, v in times]
        return event_date(doc, doc[anchor], clause_tokens(doc[anchor]))

    assert dated(words, heads, deps, pos, tags, 6, [(3, 3, "2021-03-05")]) == "2021-03-05"
    # Visiting Lisbon on Friday , Gomes praises Spain .   a governor in the present tells no occasion
    assert dated(words, heads, deps, pos, [*tags[:6], "VBZ", *tags[7:]], 6, [(3, 3, "2021-03-05")]) is None
    # "Having visited Lisbon on Friday, Gomes praised Spain": an auxiliary puts the visit before the act
    aux_words = ["Having", "visited", *words[1:]]
    aux_heads = [1, 7, 1, 1, 3, 7, 7, 7, 7, 7]
    aux_deps = ["aux", *deps]
    assert dated(aux_words, aux_heads, aux_deps, ["AUX", *pos], ["VBG", "VBN", *tags[1:]], 7,
                 [(4, 4, "2021-03-05")]) is None
    # Gomes praised the accord , signed in 2015 .   a past participle after its governor is the noun's
    words = ["Gomes", "praised", "the", "accord", ",", "signed", "in", "2015", "."]
    heads = [1, 1, 3, 1, 1, 1, 5, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "advcl", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "NUM", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", ",", "VBN", "IN", "CD", "."]
    assert dated(words, heads, deps, pos, tags, 1, [(7, 7, "2015")]) is None
    # Elected in 2015 , Gomes praised Spain .   a past participle other than of being told describes the subject
    words = ["Elected", "in", "2015", ",", "Gomes", "praised", "Spain", "."]
    heads = [5, 0, 1, 5, 5, 5, 5, 5]
    deps = ["advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["VERB", "ADP", "NUM", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    tags = ["VBN", "IN", "CD", ",", "NNP", "VBD", "NNP", "."]
    assert dated(words, heads, deps, pos, tags, 5, [(2, 2, "2015")]) is None
    words[0] = "Asked"  # "Asked in 2015, Gomes praised Spain": the occasion of being asked
    lemmas = ["ask", *(w.lower() for w in words[1:])]
    assert dated(words, heads, deps, pos, tags, 5, [(2, 2, "2015")], lemmas) == "2015"
    # Gomes praised Spain , recalling his visit in 2015 .   a time inside the participle's object is not its own
    words = ["Gomes", "praised", "Spain", ",", "recalling", "his", "visit", "in", "2015", "."]
    heads = [1, 1, 1, 1, 1, 6, 4, 6, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "advcl", "poss", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "VERB", "PRON", "NOUN", "ADP", "NUM", "PUNCT"]
    tags = ["NNP", "VBD", "NNP", ",", "VBG", "PRP$", "NN", "IN", "CD", "."]
    assert dated(words, heads, deps, pos, tags, 1, [(8, 8, "2015")]) is None


# ---------------------------------------------------------------- how far up a date may come from
def test_an_event_after_which_the_clause_happens_takes_not_the_clauses_date():
    # Serbia protested on Monday after the strike .   /   ... after a strike .
    for det in ("the", "a"):
        words = ["Serbia", "protested", "on", "Monday", "after", det, "strike", "."]
        heads = [1, 1, 1, 2, 1, 6, 4, 1]
        deps = ["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "punct"]
        pos = ["PROPN", "VERB", "ADP", "PROPN", "ADP", "DET", "NOUN", "PUNCT"]
        assert date_of(words, heads, deps, pos, 6, [(3, 3, "2020-01-13")]) is None
        assert date_of(words, heads, deps, pos, 1, [(3, 3, "2020-01-13")]) == "2020-01-13"


def test_during_a_known_event_dates_it_by_its_clause_only():
    # Obama claimed on Monday that there were no troops during the bombing .
    words = ["Obama", "claimed", "on", "Monday", "that", "there", "were", "no", "troops", "during", "the",
             "bombing", "."]
    heads = [1, 1, 1, 2, 6, 6, 1, 8, 6, 6, 11, 9, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "mark", "expl", "ccomp", "det", "attr", "prep", "det", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "SCONJ", "PRON", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 11, [(3, 3, "2020-01-13")]) is None
    # ... but "troops were there on Monday during the bombing": the clause it hangs on dates it
    words2 = ["troops", "were", "there", "on", "Monday", "during", "the", "bombing", "."]
    heads2 = [1, 1, 1, 1, 3, 1, 7, 5, 1]
    deps2 = ["nsubj", "ROOT", "advmod", "prep", "pobj", "prep", "det", "pobj", "punct"]
    pos2 = ["NOUN", "AUX", "ADV", "ADP", "PROPN", "ADP", "DET", "NOUN", "PUNCT"]
    assert date_of(words2, heads2, deps2, pos2, 7, [(4, 4, "2020-01-13")]) == "2020-01-13"


def test_a_past_perfect_clause_is_before_its_governors_date():
    # Reporters found this week that Smith had met rebels .
    words = ["Reporters", "found", "this", "week", "that", "Smith", "had", "met", "rebels", "."]
    heads = [1, 1, 3, 1, 7, 7, 7, 1, 7, 1]
    deps = ["nsubj", "ROOT", "det", "npadvmod", "mark", "nsubj", "aux", "ccomp", "dobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "SCONJ", "PROPN", "AUX", "VERB", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NN", "IN", "NNP", "VBD", "VBN", "NNS", "."]
    from diplograph.nlp.syntax import clause_tokens

    doc = make_doc(words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc._.times = [time_at(doc, 2, 3, "2020-W03")]
    assert event_date(doc, doc[7], clause_tokens(doc[7])) is None
    assert event_date(doc, doc[1], clause_tokens(doc[1])) == "2020-W03"
    # the simple past reports in the governor's time
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, tags=[*tags[:7], "VBD", *tags[8:]])
    doc._.times = [time_at(doc, 2, 3, "2020-W03")]
    assert event_date(doc, doc[7], clause_tokens(doc[7])) == "2020-W03"


# ---------------------------------------------------------------- other mentions of the event
def _two_sentences(rows, actors, times):
    from diplograph.model import Actor
    from docs import parse

    known = {a: Actor(a, a.split(":")[1], a.split(":")[0], None) for a in actors.values()}
    doc = parse(rows, actors, known)
    doc._.times = [time_at(doc, a, b, v) for a, b, v in times]
    return doc


def test_an_undated_event_takes_the_date_of_a_mention_naming_its_party():
    # Ivanova was arrested last weekend . Moscow condemned the police , who arrested Ivanova .
    rows = [("Ivanova", "ivanova", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
            ("arrested", "arrest", "VERB", "ROOT", 2), ("last", "last", "ADJ", "amod", 4),
            ("weekend", "weekend", "NOUN", "npadvmod", 2), (".", ".", "PUNCT", "punct", 2),
            ("Moscow", "moscow", "PROPN", "nsubj", 7), ("condemned", "condemn", "VERB", "ROOT", 7),
            ("the", "the", "DET", "det", 9), ("police", "police", "NOUN", "dobj", 7), (",", ",", "PUNCT", "punct", 9),
            ("who", "who", "PRON", "nsubj", 12), ("arrested", "arrest", "VERB", "relcl", 9),
            ("Ivanova", "ivanova", "PROPN", "dobj", 12), (".", ".", "PUNCT", "punct", 7)]
    from diplograph.nlp.syntax import clause_tokens

    doc = _two_sentences(rows, {0: "person:ivanova", 6: "state:RUS", 13: "person:ivanova"},
                         [(3, 4, "2020-W02-WE")])
    assert event_date(doc, doc[12], clause_tokens(doc[12])) == "2020-W02-WE"
    # a mention of the same word naming someone else is another event
    doc = _two_sentences(rows, {0: "person:petrova", 6: "state:RUS", 13: "person:ivanova"},
                         [(3, 4, "2020-W02-WE")])
    assert event_date(doc, doc[12], clause_tokens(doc[12])) is None
    # a state is named all through a story about it: sharing one is not enough
    doc = _two_sentences(rows, {0: "state:RUS", 6: "state:RUS", 13: "state:RUS"}, [(3, 4, "2020-W02-WE")])
    assert event_date(doc, doc[12], clause_tokens(doc[12])) is None


def test_two_parties_named_on_both_sides_must_both_match():
    # Russia invaded Georgia in 2008 . Russia invaded Ukraine .
    rows = [("Russia", "russia", "PROPN", "nsubj", 1), ("invaded", "invade", "VERB", "ROOT", 1),
            ("Georgia", "georgia", "PROPN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
            ("2008", "2008", "NUM", "pobj", 3), (".", ".", "PUNCT", "punct", 1),
            ("Russia", "russia", "PROPN", "nsubj", 7), ("invaded", "invade", "VERB", "ROOT", 7),
            ("Ukraine", "ukraine", "PROPN", "dobj", 7), (".", ".", "PUNCT", "punct", 7)]
    from diplograph.nlp.syntax import clause_tokens

    actors = {0: "state:RUS", 2: "state:GEO", 6: "state:RUS", 8: "state:UKR"}
    doc = _two_sentences(rows, actors, [(4, 4, "2008")])
    assert event_date(doc, doc[7], clause_tokens(doc[7])) is None
    doc = _two_sentences(rows, {**actors, 8: "state:GEO"}, [(4, 4, "2008")])
    assert event_date(doc, doc[7], clause_tokens(doc[7])) == "2008"


def test_a_definite_description_takes_the_date_of_the_mention_it_refers_back_to():
    # Police raided the office on Monday . Critics condemned the raid .
    rows = [("Police", "police", "NOUN", "nsubj", 1), ("raided", "raid", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3), ("office", "office", "NOUN", "dobj", 1),
            ("on", "on", "ADP", "prep", 1), ("Monday", "monday", "PROPN", "pobj", 4), (".", ".", "PUNCT", "punct", 1),
            ("Critics", "critic", "NOUN", "nsubj", 8), ("condemned", "condemn", "VERB", "ROOT", 8),
            ("the", "the", "DET", "det", 10), ("raid", "raid", "NOUN", "dobj", 8), (".", ".", "PUNCT", "punct", 8)]
    from diplograph.nlp.syntax import clause_tokens

    doc = _two_sentences(rows, {}, [(5, 5, "2020-01-13")])
    assert event_date(doc, doc[10], clause_tokens(doc[10])) == "2020-01-13"
    rows[9] = ("a", "a", "DET", "det", 10)  # "a raid" is a new one
    doc = _two_sentences(rows, {}, [(5, 5, "2020-01-13")])
    assert event_date(doc, doc[10], clause_tokens(doc[10])) is None


def test_a_participle_on_the_medium_of_the_act_dates_it():
    # In a statement released Sunday , Serbia urged France .   /   Serbia criticised the statement released Sunday .
    words = ["In", "a", "statement", "released", "Sunday", ",", "Serbia", "urged", "France", "."]
    heads = [7, 2, 0, 2, 3, 7, 7, 7, 7, 7]
    deps = ["prep", "det", "pobj", "acl", "npadvmod", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["ADP", "DET", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 7, [(4, 4, "2020-01-12")]) == "2020-01-12"
    words = ["Serbia", "criticised", "the", "statement", "released", "Sunday", "."]
    heads = [1, 1, 3, 1, 3, 4, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "npadvmod", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB", "PROPN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 1, [(5, 5, "2020-01-12")]) is None


# The dating rules the tests above exercise: a rule added to a tuple without a test fails here.
TESTED_DATING_RULES = {"_event_in_a_phrase", "_past_perfect", "_mention_by_participant",
                       "_mention_by_definite_reference", "_ordered_clause"}


def test_every_dating_rule_has_a_test():
    from diplograph.nlp.events import dating

    names = {rule.__name__ for rules in (dating.CLIMB_STOPS, dating.MENTION_RULES) for rule in rules}
    assert names - TESTED_DATING_RULES == set()


# ---------------------------------------------------------------- the news peg
def test_an_act_of_the_leads_actors_recounted_in_the_simple_past_takes_the_leads_day():
    # Serbia warned France on Monday . Hungary backed Serbia . Germany backed France . Serbia has thanked Hungary .
    from diplograph.nlp.events.peg import PEG_KEY, peg_date

    rows = [*WARNED_ON_MONDAY,
            ("Hungary", "hungary", "PROPN", "nsubj", 7), ("backed", "back", "VERB", "ROOT", 7, "VBD"),
            ("Serbia", "serbia", "PROPN", "dobj", 7), (".", ".", "PUNCT", "punct", 7),
            ("Germany", "germany", "PROPN", "nsubj", 11), ("backed", "back", "VERB", "ROOT", 11, "VBD"),
            ("France", "france", "PROPN", "dobj", 11), (".", ".", "PUNCT", "punct", 11),
            ("Serbia", "serbia", "PROPN", "nsubj", 17), ("has", "have", "AUX", "aux", 17, "VBZ"),
            ("thanked", "thank", "VERB", "ROOT", 17, "VBN"), ("Hungary", "hungary", "PROPN", "dobj", 17),
            (".", ".", "PUNCT", "punct", 17)]
    starts = (0, 6, 10, 14)
    ids = {0: "state:SRB", 2: "state:FRA", 6: "state:HUN", 8: "state:SRB", 10: "state:DEU", 12: "state:FRA",
           14: "state:SRB", 17: "state:HUN"}
    doc = states_doc(rows, ids, starts, published="2020-01-14")
    doc._.times = [time_at(doc, 4, 4, "2020-01-13")]
    assert peg_date(doc, doc[7], ["state:HUN", "state:SRB"]) == "2020-01-13"
    assert peg_date(doc, doc[16], ["state:SRB", "state:HUN"]) is None  # a present perfect
    # the lead is the first two sentences: France is named there, Germany is not
    assert peg_date(doc, doc[11], ["state:DEU"]) is None
    assert peg_date(doc, doc[11], ["state:DEU", "state:FRA"]) == "2020-01-13"
    # a lead dated a month before the document's date is no peg
    doc = states_doc(rows, ids, starts, published="2020-02-20")
    doc._.times = [time_at(doc, 4, 4, "2020-01-13")]
    assert peg_date(doc, doc[7], ["state:HUN", "state:SRB"]) is None and doc.user_data[PEG_KEY] is None


def test_a_speakers_words_told_without_a_time_take_the_day_of_its_one_dated_saying():
    # Austria struck Serbia on Sunday . Serbia warned Austria on Monday . Serbia accused Austria .
    # (a lead of two days dates no news peg; Serbia's one dated saying is Monday's)
    from diplograph.nlp.events.peg import peg_date

    struck = [("Austria", "austria", "PROPN", "nsubj", 1), ("struck", "strike", "VERB", "ROOT", 1, "VBD"),
              ("Serbia", "serbia", "PROPN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
              ("Sunday", "sunday", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    warned = shifted(WARNED_ON_MONDAY, 6)
    accused = [("Serbia", "serbia", "PROPN", "nsubj", 13), ("accused", "accuse", "VERB", "ROOT", 13, "VBD"),
               ("Austria", "austria", "PROPN", "dobj", 13), (".", ".", "PUNCT", "punct", 13)]
    ids = {0: "state:AUT", 2: "state:SRB", 6: "state:SRB", 8: "state:AUT", 12: "state:SRB", 14: "state:AUT"}

    def dated(rows: list, more: dict[int, str], times: list[tuple[int, str]], starts: tuple = (0, 6, 12, 16),
              act: int = 13, published: str = "2020-01-14") -> str | None:
        doc = states_doc(rows, {**ids, **more}, starts, published=published)
        doc._.times = [time_at(doc, i, i, v) for i, v in times]
        return peg_date(doc, doc[act], ["state:SRB", "state:AUT"], ["state:SRB"])

    days = [(4, "2020-01-12"), (10, "2020-01-13")]
    assert dated([*struck, *warned, *accused], {}, days) == "2020-01-13"
    # another dated act of the speaker, in another year, is another occasion the words may come from:
    # "... Serbia accused Austria . Serbia warned Austria in 2019 ."
    in_2019 = [("Serbia", "serbia", "PROPN", "nsubj", 17), ("warned", "warn", "VERB", "ROOT", 17, "VBD"),
               ("Austria", "austria", "PROPN", "dobj", 17), ("in", "in", "ADP", "prep", 17),
               ("2019", "2019", "NUM", "pobj", 19), (".", ".", "PUNCT", "punct", 17)]
    assert dated([*struck, *warned, *accused, *in_2019], {16: "state:SRB", 18: "state:AUT"},
                 [*days, (20, "2019")]) is None
    # words told before the speaker's dated saying are not dated by it (in a story a month later,
    # whose lead dates no news peg): "Austria struck Serbia on Sunday . Serbia accused Austria .
    # Serbia warned Austria on Monday ."
    before = {0: "state:AUT", 2: "state:SRB", 6: "state:SRB", 8: "state:AUT", 10: "state:SRB", 12: "state:AUT"}
    assert dated([*struck, *shifted(accused, -6), *shifted(warned, 4)], before,
                 [(4, "2020-01-12"), (14, "2020-01-13")], (0, 6, 10), 7, "2020-02-20") is None


def test_the_peg_reads_the_acts_sentence_up_to_the_paragraph_the_parse_ran_it_into():
    # Serbia warned France on Monday . Hungary backed Serbia ,  <new paragraph>  Austria left in 2015 .
    # (the parse runs the second sentence over the paragraph's end: 2015 dates Austria's leaving,
    # not Hungary's backing, which is the lead's day; Austria's leaving keeps its own year)
    from diplograph.nlp.events.peg import peg_date

    rows = [*WARNED_ON_MONDAY,
            ("Hungary", "hungary", "PROPN", "nsubj", 7), ("backed", "back", "VERB", "ROOT", 7, "VBD"),
            ("Serbia", "serbia", "PROPN", "dobj", 7), (",", ",", "PUNCT", "punct", 7),
            ("\n\n", "\n\n", "SPACE", "dep", 7),
            ("Austria", "austria", "PROPN", "nsubj", 12), ("left", "leave", "VERB", "conj", 7, "VBD"),
            ("in", "in", "ADP", "prep", 12), ("2015", "2015", "NUM", "pobj", 13), (".", ".", "PUNCT", "punct", 7)]
    ids = {0: "state:SRB", 2: "state:FRA", 6: "state:HUN", 8: "state:SRB", 11: "state:AUT"}
    doc = states_doc(rows, ids, (0, 6), published="2020-01-14")
    doc._.times = [time_at(doc, 4, 4, "2020-01-13"), time_at(doc, 14, 14, "2015")]
    assert peg_date(doc, doc[7], ["state:HUN", "state:SRB"]) == "2020-01-13"
    assert peg_date(doc, doc[12], ["state:AUT", "state:SRB"]) is None  # its own line holds a year


def test_the_peg_dates_no_act_of_a_line_shaped_as_a_headline():
    # Serbia warned France on Monday .  <new paragraph>  Hungary backed Serbia  <new paragraph>  Austria left .
    # (a line of a few words with no closing mark is a title or heading: its past tense sums up a
    # story or a charge, not an act of the lead's day)
    from diplograph.nlp.events.peg import peg_date

    rows = [*WARNED_ON_MONDAY, ("\n\n", "\n\n", "SPACE", "dep", 5),
            ("Hungary", "hungary", "PROPN", "nsubj", 8), ("backed", "back", "VERB", "ROOT", 8, "VBD"),
            ("Serbia", "serbia", "PROPN", "dobj", 8), ("\n\n", "\n\n", "SPACE", "dep", 9),
            ("Austria", "austria", "PROPN", "nsubj", 12), ("left", "leave", "VERB", "ROOT", 12, "VBD"),
            (".", ".", "PUNCT", "punct", 12)]
    ids = {0: "state:SRB", 2: "state:FRA", 7: "state:HUN", 9: "state:SRB", 11: "state:AUT"}
    doc = states_doc(rows, ids, (0, 7, 11), published="2020-01-14")
    doc._.times = [time_at(doc, 4, 4, "2020-01-13")]
    assert peg_date(doc, doc[8], ["state:HUN", "state:SRB"]) is None
    assert peg_date(doc, doc[12], ["state:AUT", "state:SRB"]) == "2020-01-13"  # a sentence of prose


def test_a_reaction_told_in_the_simple_past_takes_the_pegs_day_whoever_speaks():
    # Serbia warned France on Monday . France replied .  Austria warned Hungary .  Austria and Hungary agreed .
    # (Austria is no actor of the lead, yet its words gathered by the report were said on its day;
    # an agreement told with a verb of saying is an act of its own occasion, not a reaction)
    from diplograph.nlp.events.peg import peg_date

    rows = [*PEG_LEAD,
            ("Austria", "austria", "PROPN", "nsubj", 10), ("warned", "warn", "VERB", "ROOT", 10, "VBD"),
            ("Hungary", "hungary", "PROPN", "dobj", 10), (".", ".", "PUNCT", "punct", 10),
            ("Austria", "austria", "PROPN", "nsubj", 16), ("and", "and", "CCONJ", "cc", 13),
            ("Hungary", "hungary", "PROPN", "conj", 13), ("agreed", "agree", "VERB", "ROOT", 16, "VBD"),
            (".", ".", "PUNCT", "punct", 16),
            ("Austria", "austria", "PROPN", "nsubj", 19), ("courted", "court", "VERB", "ROOT", 19, "VBD"),
            ("Hungary", "hungary", "PROPN", "dobj", 19), (".", ".", "PUNCT", "punct", 19)]
    ids = {**PEG_LEAD_ACTORS, 9: "state:AUT", 11: "state:HUN", 13: "state:AUT", 15: "state:HUN", 18: "state:AUT",
           20: "state:HUN"}
    doc = states_doc(rows, ids, (0, 6, 9, 13, 18), published="2020-01-14")
    doc._.times = [time_at(doc, 4, 4, "2020-01-13")]
    assert peg_date(doc, doc[10], ["state:AUT", "state:HUN"]) == "2020-01-13"
    assert peg_date(doc, doc[16], ["state:AUT", "state:HUN"]) is None  # a joint act
    assert peg_date(doc, doc[19], ["state:AUT", "state:HUN"]) is None  # no verb of saying: no actor of the lead


def test_an_act_told_in_a_relative_clause_of_a_dated_occasion_takes_its_date():
    # "Serbia recalled a May 3 call in which France urged Hungary ."
    words = ["Serbia", "recalled", "a", "May", "3", "call", "in", "which", "France", "urged", "Hungary", "."]
    heads = [1, 1, 5, 5, 3, 1, 9, 6, 9, 5, 9, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "nummod", "dobj", "prep", "pobj", "nsubj", "relcl", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "PROPN", "NUM", "NOUN", "ADP", "PRON", "PROPN", "VERB", "PROPN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 9, [(3, 4, "2020-05-03")]) == "2020-05-03"
    # the occasion's date does not date the act that mentions it ("recalled" is not on May 3)
    assert date_of(words, heads, deps, pos, 1, [(3, 4, "2020-05-03")]) is None


def test_the_report_verb_of_a_verbless_fragment_is_none():
    # "Talks with Serbia ." (a headline fragment): the climb to a verb stops at the root, which is
    # its own head (it looped for ever: a Token object is never the same object as its head)
    from diplograph.nlp.events.peg import report_verb

    doc = make_doc(["Talks", "with", "Serbia", "."], heads=[0, 0, 1, 0], deps=["ROOT", "prep", "pobj", "punct"],
                   pos=["NOUN", "ADP", "PROPN", "PUNCT"])
    assert report_verb(doc[2]) is None


def test_the_ends_of_a_period_do_not_date_an_act_told_over_it():
    # Israel killed 213 people between September 2005 and September 2012 .
    words = ["Israel", "killed", "213", "people", "between", "September", "2005", "and", "September", "2012", "."]
    heads = [1, 1, 3, 1, 1, 4, 5, 5, 5, 8, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj", "nummod", "cc", "conj", "nummod", "punct"]
    pos = ["PROPN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "NUM", "CCONJ", "PROPN", "NUM", "PUNCT"]
    ends = [(5, 6, "2005-09"), (8, 9, "2012-09")]
    assert date_of(words, heads, deps, pos, 1, ends) is None
    # one end alone is a date: "in September 2005"
    words2 = [*words[:4], "in", *words[5:7], "."]
    assert date_of(words2, [1, 1, 3, 1, 1, 4, 5, 1], deps[:7] + ["punct"], pos[:7] + ["PUNCT"], 1,
                   [(5, 6, "2005-09")]) == "2005-09"
    # "from 2005 to 2012" and "2005-2012"
    words3 = ["Israel", "killed", "people", "from", "2005", "to", "2012", "."]
    heads3 = [1, 1, 1, 1, 3, 1, 5, 1]
    deps3 = ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"]
    pos3 = ["PROPN", "VERB", "NOUN", "ADP", "NUM", "ADP", "NUM", "PUNCT"]
    assert date_of(words3, heads3, deps3, pos3, 1, [(4, 4, "2005"), (6, 6, "2012")]) is None
    from diplograph.nlp.events.dating import span_ends

    doc = make_doc(["in", "2005", "-", "2012"], spaces=[True, False, False, False])  # "in 2005-2012"
    times = [time_at(doc, 1, 1, "2005"), time_at(doc, 3, 3, "2012")]
    assert span_ends(doc, times) == {times[0].span, times[1].span}
    # a dash between spaces is a parenthesis: "on one day — July 13 1994"
    doc = make_doc(["on", "one", "day", "—", "July", "13", "1994"], spaces=[True] * 7)
    times = [time_at(doc, 1, 2, "P1D"), time_at(doc, 4, 6, "1994-07-13")]
    assert span_ends(doc, times) == set()


def test_the_time_of_a_clause_does_not_date_the_act_of_its_clause_of_order():
    # Serbia protested on Monday after France struck Hungary .
    words = ["Serbia", "protested", "on", "Monday", "after", "France", "struck", "Hungary", "."]
    heads = [1, 1, 1, 2, 6, 6, 1, 6, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "advcl", "dobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "SCONJ", "PROPN", "VERB", "PROPN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 1, [(3, 3, "2020-01-13")]) == "2020-01-13"
    assert date_of(words, heads, deps, pos, 6, [(3, 3, "2020-01-13")]) is None
    # a period that holds both acts may date it: "in 1990, after France struck Hungary"
    assert date_of(words, heads, deps, pos, 6, [(3, 3, "1990")]) == "1990"
    assert date_of(words, heads, deps, pos, 6, [(3, 3, "2020-W03")]) is None  # a week is too close
    # a clause of the same time is dated by its governor: "... when France struck Hungary"
    words[4] = "when"
    deps[4] = "advmod"
    assert date_of(words, heads, deps, pos, 6, [(3, 3, "2020-01-13")]) == "2020-01-13"


def test_a_gerund_after_an_ordering_preposition_is_a_clause_of_order():
    # Serbia protested on Monday , a day after recalling its envoy .
    words = ["Serbia", "protested", "on", "Monday", ",", "a", "day", "after", "recalling", "its", "envoy", "."]
    heads = [1, 1, 1, 2, 1, 6, 7, 1, 7, 10, 8, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "det", "npadvmod", "prep", "pcomp", "poss", "dobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "VERB", "PRON", "NOUN", "PUNCT"]
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, tags=["VBG" if i == 8 else "" for i in range(12)])
    from diplograph.nlp.syntax import clause_tokens

    doc._.times = [time_at(doc, 3, 3, "2020-01-13")]
    assert event_date(doc, doc[8], clause_tokens(doc[8])) is None  # the recall was the day before
    doc._.times = [time_at(doc, 3, 3, "2020")]
    assert event_date(doc, doc[8], clause_tokens(doc[8])) == "2020"  # a period that holds both acts


# ---------------------------------------------------------------- the start of a period
def test_the_start_of_a_period_does_not_date_an_act_told_over_it():
    # Serbia has hosted four summits since early 2009 .
    words = ["Serbia", "has", "hosted", "four", "summits", "since", "early", "2009", "."]
    heads = [2, 2, 2, 4, 2, 2, 7, 5, 2]
    deps = ["nsubj", "aux", "ROOT", "nummod", "dobj", "prep", "amod", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "NUM", "NOUN", "ADP", "ADJ", "NUM", "PUNCT"]
    assert date_of(words, heads, deps, pos, 2, [(6, 7, "2009")]) is None
    assert date_of(words, heads, deps, pos, 2, [(7, 7, "2009")]) is None  # the filler "early" between
    # "in early 2009" is the act's date
    words[5] = "in"
    assert date_of(words, heads, deps, pos, 2, [(6, 7, "2009")]) == "2009"


def test_a_clause_that_says_what_happened_at_the_start_takes_its_date():
    # Talks have stalled since March , when France recalled its envoy .
    words = ["Talks", "have", "stalled", "since", "March", ",", "when", "France", "recalled", "its", "envoy", "."]
    heads = [2, 2, 2, 2, 3, 2, 8, 8, 2, 10, 8, 2]
    deps = ["nsubj", "aux", "ROOT", "prep", "pobj", "punct", "advmod", "nsubj", "advcl", "poss", "dobj", "punct"]
    pos = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "ADV", "PROPN", "VERB", "PRON", "NOUN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 8, [(4, 4, "2020-03")]) == "2020-03"
    assert date_of(words, heads, deps, pos, 2, [(4, 4, "2020-03")]) is None  # the stalling is not of March
    # the time's own relative clause: "since March , when ..." hung on the time
    heads2 = [2, 2, 2, 2, 3, 4, 8, 8, 4, 10, 8, 2]
    deps2 = [*deps[:8], "relcl", *deps[9:]]
    assert date_of(words, heads2, deps2, pos, 8, [(4, 4, "2020-03")]) == "2020-03"


def test_a_year_that_dates_a_noun_after_since_still_dates_that_noun():
    # Serbia has changed since the 2014 floods .
    words = ["Serbia", "has", "changed", "since", "the", "2014", "floods", "."]
    heads = [2, 2, 2, 2, 6, 6, 3, 2]
    deps = ["nsubj", "aux", "ROOT", "prep", "det", "nummod", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "DET", "NUM", "NOUN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 6, [(5, 5, "2014")]) == "2014"


# ---------------------------------------------------------------- the news peg after a flashback
# "Serbia also courted Austria .": the act whose peg is read after a lead (heads from its first token)
COURTED = [("Serbia", "serbia", "PROPN", "nsubj", 2), ("also", "also", "ADV", "advmod", 2),
           ("courted", "court", "VERB", "ROOT", 2, "VBD"), ("Austria", "austria", "PROPN", "dobj", 2),
           (".", ".", "PUNCT", "punct", 2)]


def _peg_after(second: list[tuple], time_tokens: tuple[int, int], value: str) -> str | None:
    """Serbia warned France on Monday . France replied . <a sentence> Serbia also courted Austria ."""
    from diplograph.nlp.events.peg import peg_date

    n = len(PEG_LEAD) + len(second)
    rows = [*PEG_LEAD, *second, *shifted(COURTED, n)]
    ids = {**PEG_LEAD_ACTORS, n: "state:SRB", n + 3: "state:AUT"}
    doc = states_doc(rows, ids, (0, 6, len(PEG_LEAD), n), published="2020-01-14")
    first, stop = time_tokens
    doc._.times = [time_at(doc, 4, 4, "2020-01-13"), time_at(doc, len(PEG_LEAD) + first, len(PEG_LEAD) + stop, value)]
    return peg_date(doc, doc[n + 2], ["state:SRB", "state:AUT"])


def test_an_act_told_right_after_the_report_went_back_in_time_is_not_of_the_pegs_day():
    # Serbia warned France on Monday . France replied . The envoy had met them before the 2015 election .
    # Serbia also courted Austria .
    back = [("The", "the", "DET", "det", 10), ("envoy", "envoy", "NOUN", "nsubj", 12),
            ("had", "have", "AUX", "aux", 12, "VBD"), ("met", "meet", "VERB", "ROOT", 12, "VBN"),
            ("them", "they", "PRON", "dobj", 12), ("before", "before", "ADP", "prep", 12),
            ("the", "the", "DET", "det", 17), ("2015", "2015", "NUM", "nummod", 17),
            ("election", "election", "NOUN", "pobj", 14), (".", ".", "PUNCT", "punct", 12)]
    assert _peg_after(back, (7, 7), "2015") is None
    # a year that only names a thing is a label, not a move back: "praised the 2015 treaty"
    label = [("The", "the", "DET", "det", 10), ("envoy", "envoy", "NOUN", "nsubj", 11),
             ("praised", "praise", "VERB", "ROOT", 11, "VBD"), ("the", "the", "DET", "det", 14),
             ("2015", "2015", "NUM", "nummod", 14), ("treaty", "treaty", "NOUN", "dobj", 11),
             (".", ".", "PUNCT", "punct", 11)]
    assert _peg_after(label, (4, 4), "2015") == "2020-01-13"
    # a day of the same week is the news still: "The envoy arrived on Saturday ."
    week = [("The", "the", "DET", "det", 10), ("envoy", "envoy", "NOUN", "nsubj", 11),
            ("arrived", "arrive", "VERB", "ROOT", 11, "VBD"), ("on", "on", "ADP", "prep", 11),
            ("Saturday", "saturday", "PROPN", "pobj", 12), (".", ".", "PUNCT", "punct", 11)]
    assert _peg_after(week, (4, 4), "2020-01-11") == "2020-01-13"
    # a month well before the peg, as a time of its own: "The envoy arrived in March ."
    assert _peg_after([*week[:3], ("in", "in", "ADP", "prep", 11), ("March", "march", "PROPN", "pobj", 12),
                       week[5]], (4, 4), "2019-03") is None


def _peg_of_next_day(lead: list[tuple]) -> str | None:
    """<lead, its time at token 4 on Wednesday 2020-01-15> Serbia also courted Austria . (a story dated Tuesday)"""
    from diplograph.nlp.events.peg import peg_date

    n = len(lead)
    rows = [*lead, *shifted(COURTED, n)]
    ids = {0: "state:SRB", n: "state:SRB", n + 3: "state:AUT"}
    doc = states_doc(rows, ids, (0, n), published="2020-01-14")
    time = next(i for i, r in enumerate(lead) if r[0] == "Wednesday")
    doc._.times = [time_at(doc, time, time, "2020-01-15")]
    return peg_date(doc, doc[n + 2], ["state:SRB", "state:AUT"])


def test_the_day_after_the_documents_date_is_the_peg_only_when_told_as_done():
    # Serbia warned France on Wednesday . Serbia also courted Austria . (the story was updated)
    done = [("Serbia", "serbia", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1, "VBD"),
            ("France", "france", "PROPN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
            ("Wednesday", "wednesday", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert _peg_of_next_day(done) == "2020-01-15"
    # Serbia will warn France on Wednesday . Serbia also courted Austria . (a coming occasion)
    coming = [("Serbia", "serbia", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2, "MD"),
              ("warn", "warn", "VERB", "ROOT", 2, "VB"), ("France", "france", "PROPN", "dobj", 2),
              ("on", "on", "ADP", "prep", 2), ("Wednesday", "wednesday", "PROPN", "pobj", 4),
              (".", ".", "PUNCT", "punct", 2)]
    assert _peg_of_next_day(coming) is None


# ---------------------------------------------------------------- a time in the act's sentence that is not the act's
def _peg_with_a_time(act: list[tuple], time_tokens: tuple[int, int], value: str,
                     ents: list[str] | None = None) -> str | None:
    """Serbia warned France on Monday . France replied . <act: Serbia ... Austria, with a time>"""
    from diplograph.nlp.events.peg import peg_date

    n = len(PEG_LEAD)
    rows = [*PEG_LEAD, *shifted(act, n)]
    verb = n + next(i for i, r in enumerate(act) if r[3] == "ROOT")
    ids = {**PEG_LEAD_ACTORS, n + next(i for i, r in enumerate(act) if r[0] == "Serbia"): "state:SRB"}
    doc = states_doc(rows, ids, (0, 6, n), published="2020-01-14", ents=["O"] * n + ents if ents else None)
    first, stop = time_tokens
    doc._.times = [time_at(doc, 4, 4, "2020-01-13"), time_at(doc, n + first, n + stop, value)]
    return peg_date(doc, doc[verb], ["state:SRB", "state:AUT"])


def test_a_time_of_another_thing_in_the_acts_sentence_leaves_the_peg_its_day():
    # Serbia courted Austria for three hours .  (a length within the day: the day of the news still)
    hours = [("Serbia", "serbia", "PROPN", "nsubj", 1), ("courted", "court", "VERB", "ROOT", 1, "VBD"),
             ("Austria", "austria", "PROPN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
             ("three", "three", "NUM", "nummod", 5), ("hours", "hour", "NOUN", "pobj", 3),
             (".", ".", "PUNCT", "punct", 1)]
    assert _peg_with_a_time(hours, (4, 5), "PT3H") == "2020-01-13"
    # "... for three years": a length no single day holds
    years = [*hours[:5], ("years", "year", "NOUN", "pobj", 3), hours[6]]
    assert _peg_with_a_time(years, (4, 5), "P3Y") is None
    # Serbia courted Austria over the pact signed last week .  (the time of the pact, not of the courting)
    signed = [("Serbia", "serbia", "PROPN", "nsubj", 1), ("courted", "court", "VERB", "ROOT", 1, "VBD"),
              ("Austria", "austria", "PROPN", "dobj", 1), ("over", "over", "ADP", "prep", 1),
              ("the", "the", "DET", "det", 5), ("pact", "pact", "NOUN", "pobj", 3),
              ("signed", "sign", "VERB", "acl", 5, "VBN"), ("last", "last", "ADJ", "amod", 8),
              ("week", "week", "NOUN", "npadvmod", 6), (".", ".", "PUNCT", "punct", 1)]
    assert _peg_with_a_time(signed, (7, 8), "2020-W02") == "2020-01-13"
    # Serbia courted Austria over the pact last week . with "week" on the verb: the act's own time
    own = [*signed[:6], ("last", "last", "ADJ", "amod", 7), ("week", "week", "NOUN", "npadvmod", 1), signed[9]]
    assert _peg_with_a_time(own, (6, 7), "2020-W02") is None
    # ... over the Friday pact : a day that names the pact
    named = [*signed[:4], ("the", "the", "DET", "det", 6), ("Friday", "friday", "PROPN", "compound", 6),
             ("pact", "pact", "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert _peg_with_a_time(named, (5, 5), "2020-01-10") == "2020-01-13"
    # ... over the recent pact : "recent" dates nothing, it may tell the act is past news
    recent = [*named[:5], ("recent", "recent", "ADJ", "amod", 6), *named[6:]]
    assert _peg_with_a_time(recent, (5, 5), "PAST_REF") is None


def test_a_fronted_time_the_parser_glued_to_the_subject_is_the_acts():
    # Friday morning Serbia courted Austria .  ("morning" read as part of the name "Serbia")
    glued = [("Friday", "friday", "PROPN", "compound", 1), ("morning", "morning", "NOUN", "compound", 2),
             ("Serbia", "serbia", "PROPN", "nsubj", 3), ("courted", "court", "VERB", "ROOT", 3, "VBD"),
             ("Austria", "austria", "PROPN", "dobj", 3), (".", ".", "PUNCT", "punct", 3)]
    assert _peg_with_a_time(glued, (0, 1), "2020-01-10") is None
    assert _peg_with_a_time(glued, (0, 0), "2020-01-10", ents=["B-DATE", "B-TIME", "O", "O", "O", "O"]) is None
