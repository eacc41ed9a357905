"""Time expressions: the pure normaliser (no model) and a few sentences through the model."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.nlp.time import normalize

TUE = dt.date(2023, 2, 28)  # a Tuesday
THU_AUG = dt.date(2023, 8, 17)  # a Thursday


@pytest.mark.parametrize(("expression", "value"), [
    # weekdays: the latest such day on or before the story's date, that day included
    ("Tuesday", "2023-02-28"),
    ("on Tuesday", "2023-02-28"),
    ("Monday", "2023-02-27"),
    ("Thursday", "2023-02-23"),
    # ... but the day after the story's date is that day: the story was updated or filed ahead
    ("Wednesday", "2023-03-01"),
    ("on Wednesday", "2023-03-01"),
    ("Wednesday night", "2023-03-01"),
    ("last Wednesday", "2023-02-22"),
    ("last Friday", "2023-02-24"),
    ("last Tuesday", "2023-02-21"),
    ("next Friday", "2023-03-03"),
    ("Sunday night", "2023-02-26"),
    # day words
    ("today", "2023-02-28"),
    ("yesterday", "2023-02-27"),
    ("late yesterday", "2023-02-27"),
    ("tomorrow", "2023-03-01"),
    ("this morning", "2023-02-28"),
    # month and day, month
    ("Feb. 24", "2023-02-24"),
    ("Aug. 16", "2022-08-16"),
    ("Aug. 16, 2023", "2023-08-16"),
    ("16 August 2023", "2023-08-16"),
    ("28.02.2023", "2023-02-28"),
    ("2023-02-24", "2023-02-24"),
    ("in June", "2022-06"),
    ("June 2021", "2021-06"),
    ("January", "2023-01"),
    ("last December", "2022-12"),
    ("mid-November", "2022-11"),
    ("early February", "2023-02"),
    # years, decades, centuries
    ("last year", "2022"),
    ("late last year", "2022"),
    ("earlier this year", "2023"),
    ("this year", "2023"),
    ("next year", "2024"),
    ("the past year", "2022"),
    ("in 2017", "2017"),
    ("fiscal 1989", "1989"),
    ("the 1990s", "199"),
    ("the nineties", "199"),
    ("the 20th century", "19"),
    # months, weeks, quarters relative to the document
    ("last month", "2023-01"),
    ("this month", "2023-02"),
    ("this week", "2023-W09"),
    ("last week", "2023-W08"),
    ("the third quarter", "2023-Q3"),
    ("third-quarter", "2023-Q3"),
    ("the latest quarter", "2022-Q4"),
    # seasons: "last fall" is the autumn before the current season
    ("Last fall", "2022-FA"),
    ("this summer", "2023-SU"),
    ("the winter of 1994", "1994-WI"),
    ("this past spring", "2022-SP"),
    # counted back from the story's date
    ("two weeks ago", "2023-02-14"),
    ("three years ago", "2020"),
    ("a few years ago", "PAST_REF"),
    # references
    ("now", "PRESENT_REF"),
    ("currently", "PRESENT_REF"),
    ("recently", "PAST_REF"),
    ("in recent years", "PAST_REF"),
    ("the future", "FUTURE_REF"),
    ("in the near future", "FUTURE_REF"),
    # durations
    ("three days", "P3D"),
    ("the past three decades", "P3DE"),
    ("24 hours", "PT24H"),
    ("several weeks", "PXW"),
])
def test_dated_document(expression: str, value: str) -> None:
    assert normalize(expression, TUE) == value


@pytest.mark.parametrize(("expression", "tense", "value"), [
    ("Friday", "future", "2023-03-03"),
    ("Tuesday", "future", "2023-02-28"),
    ("in June", "future", "2023-06"),
    ("in June", "past", "2022-06"),
    ("in March", "unknown", "2023-03"),
    ("Dec. 7", "unknown", "2022-12-07"),
    ("Jan. 14", "future", "2024-01-14"),
    ("Jan. 14", "past", "2023-01-14"),
])
def test_tense(expression: str, tense: str, value: str) -> None:
    assert normalize(expression, TUE, tense=tense) == value


def test_the_same_day_is_the_previous_full_date() -> None:
    assert normalize("On the same day", TUE, previous="2023-02-24") == "2023-02-24"
    assert normalize("that day", TUE, previous="2023-02-24") == "2023-02-24"
    assert normalize("the same day", TUE) == "2023-02-28"  # nothing earlier: the story's day


def test_last_fall_in_summer_is_the_year_before() -> None:
    assert normalize("last fall", THU_AUG) == "2022-FA"
    assert normalize("last fall", dt.date(2023, 12, 10)) == "2023-FA"


def test_month_day_with_weekday_picks_the_consistent_year() -> None:
    assert normalize("Saturday, April 25", dt.date(1998, 4, 24)) == "1998-04-25"


@pytest.mark.parametrize(("expression", "hint", "previous", "value"), [
    ("Aug. 16", None, None, "XXXX-08-16"),
    ("Aug. 16", 2023, None, "2023-08-16"),
    ("in June", None, None, "XXXX-06"),
    ("in June", 2023, None, "2023-06"),
    ("last year", None, None, None),
    ("last year", 2023, None, "2022"),
    ("earlier this year", 2023, None, "2023"),
    ("Last fall", 2023, None, "2022-FA"),
    ("Last fall", None, None, None),
    ("in 2017", None, None, "2017"),
    ("now", None, None, "PRESENT_REF"),
    ("the past three decades", None, None, "P3DE"),
    # weekdays move forward from the last date the text spelled out
    ("On Thursday", 2023, "2023-08-16", "2023-08-17"),
    ("Wednesday", 2023, "2023-08-16", "2023-08-16"),
    ("Thursday", None, "XXXX-08-16", None),
    ("last Friday", 2023, "2023-08-16", None),
    ("yesterday", 2023, None, None),
])
def test_undated_document(expression: str, hint: int | None, previous: str | None, value: str | None) -> None:
    assert normalize(expression, None, year_hint=hint, previous=previous) == value


@pytest.mark.parametrize("expression", ["30 percent", "17", "the", "percent", "Minsk"])
def test_not_time(expression: str) -> None:
    assert normalize(expression, TUE) is None


# ---------------------------------------------------------------- through the model
@pytest.fixture(scope="module")
def times_nlp(spacy_model):
    import diplograph.nlp.time  # noqa: F401  (registers the factory)

    if "diplograph_times" not in spacy_model.pipe_names:
        spacy_model.add_pipe("diplograph_times")
    return spacy_model


def _run(nlp, text: str, published: str | None = None, year_hint: int | None = None):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.year_hint = year_hint
    return nlp(doc)


@pytest.mark.model
def test_dated_story(times_nlp) -> None:
    text = ("The president began a visit to the capital on Tuesday. Her foreign minister met his "
            "counterpart last Friday. On the same day, the ministry published a report. Trade grew "
            "by 30 percent last year, after a 17-month slump that began in 2020.")
    doc = _run(times_nlp, text, "2023-02-28")
    got = {t.text: t.value for t in doc._.times}
    assert got["Tuesday"] == "2023-02-28"
    assert got["last Friday"] == "2023-02-24"
    assert any("same day" in k and v == "2023-02-24" for k, v in got.items())
    assert got["last year"] == "2022"
    assert got["2020"] == "2020"
    assert not any("percent" in k or "17" in k for k in got)
    for t in doc._.times:
        assert doc.text[t.span[0]:t.span[1]] == t.text


@pytest.mark.model
def test_undated_story_and_inferred_date(times_nlp) -> None:
    from diplograph.nlp.time import infer_published

    text = ("The envoy arrived in the capital on Aug. 16 for talks. On Thursday, he met the prime "
            "minister. Exports fell last year.")
    doc = _run(times_nlp, text, None, 2023)
    got = {t.text: t.value for t in doc._.times}
    assert got["Aug. 16"] == "2023-08-16"
    assert got["Thursday"] == "2023-08-17"
    assert got["last year"] == "2022"
    date, basis = infer_published(doc)
    assert date == "2023-08-17" and "weekday" in basis
    bare = _run(times_nlp, text, None, None)
    assert {t.text: t.value for t in bare._.times}["Aug. 16"] == "XXXX-08-16"
    assert infer_published(bare) is None


@pytest.mark.model
def test_a_weekday_dating_a_noun_is_not_read_in_the_tense_of_the_verb_above(times_nlp) -> None:
    # "to be stationed" looks ahead, but that is the soldiers' tense, not the bombing's: the
    # weekday on a participle of a noun is the latest such day (in a Friday story, the day before)
    text = "Dozens of soldiers were believed to be stationed at the airfield bombed on Thursday."
    doc = _run(times_nlp, text, "2023-03-03")
    assert {t.text: t.value for t in doc._.times}["Thursday"] == "2023-03-02"


def test_a_weekend_is_a_usable_date_of_two_days() -> None:
    from diplograph.nlp.time.compare import date_compatible, day_range, precision, usable

    # "was arrested last weekend" in a story of Saturday 2018-07-21: the weekend of 14-15 July
    assert usable("2018-W28-WE")
    assert day_range("2018-W28-WE") == (dt.date(2018, 7, 14), dt.date(2018, 7, 15), True)
    assert date_compatible("2018-W28-WE", "2018-07-15") and not date_compatible("2018-W28-WE", "2018-07-12")
    assert precision("2018-W28-WE") == precision("2018-W28")


SUN = dt.date(2012, 6, 17)  # a Sunday


def test_this_past_week_is_the_seven_days_ending_on_the_story_s_date() -> None:
    # on a Sunday the seven days before are the story's own ISO week, not the week before it
    assert normalize("this past week", SUN) == "2012-W24"
    assert normalize("over the past week", SUN) == "2012-W24"
    # early in the week most of those days lie in the week before
    assert normalize("this past week", TUE) == "2023-W08"

def test_a_sunday_story_s_last_week_is_the_week_that_ended_the_day_before() -> None:
    # news weeks run Sunday to Saturday: on Sunday "last week" is the Monday-Saturday just ended, the
    # story's own ISO week; on any other day it stays the calendar week before
    assert normalize("last week", SUN) == "2012-W24"
    assert normalize("last week", SUN + dt.timedelta(days=1)) == "2012-W24"  # Monday: the week before
    assert normalize("last week", TUE) == "2023-W08"
    assert normalize("next week", SUN) == "2012-W25"


def test_earlier_in_the_day_is_the_day_being_told() -> None:
    assert normalize("earlier in the day", SUN) == "2012-06-17"
    assert normalize("later in the day", SUN, previous="2012-09-01") == "2012-06-17"  # not a date told before
    assert normalize("earlier in the day", None, previous="2012-06-15") is None
    assert normalize("the day", SUN) is None  # the bare unit still dates nothing
    assert normalize("later in the day", SUN, tense="future", previous="2012-06-15") is None


def test_a_month_name_the_model_calls_a_date_needs_a_month_s_cue() -> None:
    # "Mrs May 's successor ..." with the model's DATE entity on "May": a name, not a month;
    # "in May" keeps it
    from diplograph.nlp.time.component import build_matcher, candidates
    from docs import make_doc

    doc = make_doc(["Mrs", "May", "'s", "successor", "spoke", "in", "May", "."],
                   ents=["O", "B-DATE", "O", "O", "O", "O", "B-DATE", "O"])
    assert [s.start for s in candidates(doc, build_matcher(doc.vocab))] == [6]
    doc = make_doc(["Theresa", "May", "left", ",", "as", "planned", "for", "May", "."],
                   ents=["O", "B-DATE", "O", "O", "O", "O", "O", "B-DATE", "O"])
    assert [s.start for s in candidates(doc, build_matcher(doc.vocab))] == [7]
    doc = make_doc(["Johnson", "urged", "May", "to", "resign", "by", "March", "."],
                   ents=["O", "O", "B-DATE", "O", "O", "O", "B-DATE", "O"])
    assert [s.start for s in candidates(doc, build_matcher(doc.vocab))] == [6]


@pytest.mark.model
def test_years_later_counts_from_the_year_last_named(times_nlp) -> None:
    # "In 1996 ... Nine years later": the base is the year the text named, not the story's year
    text = ("In 1996, the two ports signed a fishing pact. Nine years later, the fleets quarrelled "
            "over it again.")
    doc = _run(times_nlp, text, "2022-06-10")
    assert {t.text: t.value for t in doc._.times}["Nine years later"] == "2005"


def test_the_following_year_counts_from_the_year_last_named() -> None:
    # "In 2004 the mill closed. The following year ...": the year after 2004, not after the story's
    assert normalize("The following year", TUE, previous="2004") == "2005"
    assert normalize("the next year", TUE, previous="1998-07") == "1999"
    assert normalize("the previous year", TUE, previous="2011-03-02") == "2010"
    assert normalize("the following year", TUE) == "2024"  # nothing named before: the story's year
    assert normalize("the next year", TUE, tense="future", previous="2004") == "2024"  # told ahead: the coming year


@pytest.mark.model
def test_the_following_year_in_a_narrative_is_the_year_after_the_one_told(times_nlp) -> None:
    text = "In 2004, the two towns built a bridge. The following year, the river took it away."
    doc = _run(times_nlp, text, "2022-06-10")
    assert {t.text: t.value for t in doc._.times}["The following year"] == "2005"


@pytest.mark.model
def test_a_month_of_a_simple_past_act_is_never_ahead_of_the_story(times_nlp) -> None:
    # in a February story, "was released in April" and "toured the region in April" are last
    # April, though next April is nearer; "is scheduled for April" stays ahead
    text = ("The reporter was released in April after long talks. The minister toured the region "
            "in April. The next round is scheduled for April.")
    doc = _run(times_nlp, text, "2021-02-15")
    got = [(t.text, t.value) for t in doc._.times]
    assert got == [("April", "2020-04"), ("April", "2020-04"), ("April", "2021-04")]


def test_this_weekend_told_as_done_early_in_the_week_is_the_weekend_just_past() -> None:
    tuesday = dt.date(2021, 3, 9)
    # "the envoys met this weekend" in a Tuesday story: 6-7 March, not the coming 13-14
    assert normalize("this weekend", tuesday, tense="past") == "2021-W09-WE"
    assert normalize("this weekend", tuesday, tense="done") == "2021-W09-WE"
    # "will meet this weekend", "meets this weekend": the coming one
    assert normalize("this weekend", tuesday, tense="future") == "2021-W10-WE"
    assert normalize("this weekend", tuesday, tense="present") == "2021-W10-WE"
    # in a Sunday story the weekend is the story's own
    assert normalize("this weekend", dt.date(2021, 3, 7), tense="past") == "2021-W09-WE"
