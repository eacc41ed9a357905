"""Acts dated after the article was published are still to come (events/after_publication); the
date line above the lede dates no act (events/dating.on_date_line)."""

from spacy.lang.en import English

from diplograph.model import Event
from diplograph.nlp import extensions  # noqa: F401  (registers the attributes)
from diplograph.nlp.events.after_publication import after_publication, flag_still_to_come


def _event(date: str | None) -> Event:
    return Event(id="e1", type="CONSULT", source="state:FRA", target="state:SRB",
                 sentence="France holds talks with Serbia on Monday .", span=(0, 40), date=date)


def test_an_act_dated_after_the_article_is_flagged_hypothetical():
    # A Friday article: "France holds talks with Serbia on Monday" (next Monday) has not happened;
    # the same talks told on the day itself, or last week, have.
    doc = English()("France holds talks with Serbia on Monday .")
    doc._.published = "2021-03-05"
    later, same_day, earlier = _event("2021-03-08"), _event("2021-03-05"), _event("2021-W09")
    flag_still_to_come([later, same_day, earlier], doc)
    assert (later.hypothetical, same_day.hypothetical, earlier.hypothetical) == (True, False, False)


def test_a_period_that_has_begun_or_an_unknown_year_is_not_after_the_article():
    # "in March" of a March 5 article has begun; a month with no year is not known to be later.
    assert not after_publication(_event("2021-03"), "2021-03-05")
    assert after_publication(_event("2021-04"), "2021-03-05")
    assert not after_publication(_event("XXXX-04"), "2021-03-05")
    assert not after_publication(_event("2021-04"), None)


def test_the_date_line_above_the_lede_dates_no_act():
    # The date line stays in the text (offsets point at it) and the parser glues it to the lede:
    # its year is the day the article came out, not the day of "France attacked Serbia".
    from diplograph.nlp.events.dating import on_date_line

    text = "2021-03-05\n\nFrance attacked Serbia on Sunday, officials said."
    doc = English()(text)
    doc._.published = "2021-03-05"
    assert on_date_line(doc, 0) and not on_date_line(doc, text.index("Sunday"))
    doc._.published = None  # no date line read: the line is text like any other
    assert not on_date_line(doc, 0)
