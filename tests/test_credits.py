"""The writer's credit closing an article (``diplograph.ingest.credits``): bio lines of our own
words, dropped where they close the text and kept where they are the story's."""

from __future__ import annotations

import pytest

from diplograph.ingest.clean import clean_text, make_document
from diplograph.ingest.clutter import strip_clutter
from diplograph.ingest.credits import TAIL_RULES, author_bio_line, byline_over_desk, closing_credits, opening_credits
from diplograph.ingest.text import read_text

STORY = ("The two navies held drills in the strait on Monday, the ministry said.\n\n"
         "Officials in the capital called the exercise routine and said more would follow in June.")

BIOS = [
    "Jane Roe is a senior fellow at the Example Institute for Maritime Studies.",
    "— John Q. Doe is a syndicated columnist. Follow him on Twitter @jqdoe.",
    "Ann Lee, MD, PhD, is an assistant professor of medicine at Example University.",
    "Al Poe, a former judge of the state court, is the senior legal analyst at Example News.",
    "Ed Ray Jr. has been an adviser to two governors and is the author of three books.",
    "Mia Fox is Example Daily's correspondent in Lagos.",
]


@pytest.mark.parametrize("bio", BIOS)
def test_a_closing_bio_of_the_writer_goes(bio: str) -> None:
    assert author_bio_line(bio, STORY.split("\n\n"))
    text, hits = strip_clutter(f"{STORY}\n\n{bio}")
    assert clean_text(text) == STORY
    assert [(hit.rule, hit.text) for hit in hits] == [("author_bio_line", bio)]


KEPT = [
    # a person the story names: the closing line is the story's
    ("Officials said Ben Cole would lead the talks.", "Ben Cole is the president of the shipping federation."),
    # a clause after the copula, not an occupation
    ("The vote was close.", "Kim Park was among the few candidates of the ruling party to keep her seat."),
    ("The visit was planned.", "Prime Minister Sam Wu is likely to visit the port as host of the summit."),
    # not a person's name
    ("The vote was close.", "The Daily Example is a leading provider of news and commentary."),
]


@pytest.mark.parametrize(("before", "line"), KEPT)
def test_the_story_s_closing_line_stays(before: str, line: str) -> None:
    assert not author_bio_line(line, [before])
    text, hits = strip_clutter(f"{before}\n\n{line}")
    assert text == f"{before}\n\n{line}" and hits == []


def test_a_name_in_the_byline_alone_is_not_the_story_s() -> None:
    lines = ["Jane Roe", "Opinion contributor", STORY, "Jane Roe is a senior fellow at the Example Institute."]
    assert closing_credits(lines) == {3: "author_bio_line"}


def test_a_bio_line_above_the_closing_lines_stays() -> None:
    bio = "Jane Roe is a senior fellow at the Example Institute."
    lines = [bio, "The drills began on Monday.", "They ended on Friday.", "The navy said they went well.",
             "No ships were damaged."]
    assert closing_credits(lines) == {}


def test_two_writers_bios_go_and_removal_is_idempotent() -> None:
    raw = ("2020-03-01\nNavies hold drills\n\n" + STORY + "\n\n"
           "Jane Roe is a senior fellow at the Example Institute. She co-wrote this with Tom Ash.\n\n"
           "Tom Ash is a research fellow at the Example Institute.")
    doc = read_text(raw, "a.txt")
    assert doc.text == "2020-03-01\n\n" + STORY
    assert make_document(doc.text, "a.txt").text == doc.text


def test_every_tail_rule_is_a_named_function_with_a_docstring() -> None:
    assert all(rule.__name__ != "<lambda>" and rule.__doc__ for rule in TAIL_RULES)


def test_the_byline_block_opening_a_story_goes() -> None:
    raw = ("2020-03-01\nNavies hold drills\n\nJane Roe and Al Poe\n\nExample Washington Bureau\n\n" + STORY)
    doc = read_text(raw, "a.txt")
    assert doc.text == "2020-03-01\n\n" + STORY
    assert make_document(doc.text, "a.txt").text == doc.text


@pytest.mark.parametrize(("line", "below"), [
    ("Jane Roe", "Opinion contributor"), ("By Jane Roe and Al Poe", "Special for Example Daily"),
])
def test_names_over_a_desk_line_are_a_byline(line: str, below: str) -> None:
    assert byline_over_desk(line, below)


@pytest.mark.parametrize(("line", "below"), [
    ("Jane Roe", "The navies held drills on Monday."),   # a sentence under the name
    ("The talks resumed on Monday.", "Opinion contributor"),
    ("Jane Roe", "“We are ready,” she said"),
])
def test_a_name_over_a_sentence_is_no_byline(line: str, below: str) -> None:
    assert not byline_over_desk(line, below)


def test_a_names_line_further_down_stays() -> None:
    lines = ["2020-03-01", STORY, "The talks went on.", "Jane Roe", "Opinion contributor"]
    assert opening_credits(lines) == {}
