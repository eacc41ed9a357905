"""Page clutter removal (``diplograph.ingest.clutter``): one positive and one negative case per
rule, on lines written for these tests, plus the contract with ``make_document``."""

from __future__ import annotations

import pytest

from diplograph.errors import IngestError
from diplograph.ingest.clean import clean_text, content_hash, make_document
from diplograph.ingest.clutter import INLINE_RULES, LINE_RULES, name_card, read_more_tail, strip_clutter
from diplograph.ingest.text import read_text

RULES = {rule.__name__: rule for rule in LINE_RULES}

# rule -> (lines it must drop, lines of prose it must keep)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "advertisement_line": (
        ["Advertisement", "ADVERTISEMENT", "Advertisement:", "Advertisement Advertisement",
         "Advertisement Continue reading the main story"],
        ["The ministry released a new advertisement urging calm.", "Advertisement spending fell by a third."],
    ),
    "continue_reading_line": (
        ["Story Continued Below", "Continue Reading Below", "Story continues below",
         "Continue reading the main story"],
        ["The story continued below the surface for weeks, officials said.",
         "Continue reading the treaty and you find the loophole, the senator said."],
    ),
    "gallery_caption_line": (
        ["Photos: Summit in Geneva The two ministers shake hands before the talks. Hide Caption 1 of 9",
         "next Image 1 of 3",
         "Hide caption Delegates leave the hall. Previous Next Jane Roe/AFP/Getty Images"],
        ["The minister asked aides to hide the caption from the draft, a diplomat said."],
    ),
    "media_label_line": (
        ["PHOTOS: The ten biggest naval exercises", "( PHOTOS: Reactions to the ceasefire)",
         "Video: What the new sanctions mean", "GALLERY: Faces of the protest", "Slideshow (4 Images)"],
        ["Video shows soldiers crossing the bridge at dawn.", "Photos taken on Monday show a burned convoy."],
    ),
    "bbc_image_credit_line": (
        ["Image copyright AFP Image caption The foreign minister arrived in Ankara on Monday",
         "Media playback is unsupported on your device Media caption The envoy explains the deal"],
        ["The image caused outrage in Ankara, where the minister called it a provocation."],
    ),
    "toggle_caption_line": (
        ["Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP", "toggle caption John Doe/NPR"],
        ["Officials said they would enlarge the buffer zone this image-conscious government promised."],
    ),
    "video_player_caption_line": (
        ["CLOSE The foreign minister says the border will reopen next month. (March 3) AP",
         "CLOSE Talks between the two delegations ended without a deal. Wochit"],
        ["CLOSE aides said the talks had gone well.",
         "Officials said the two sides were CLOSE to a deal on the border."],
    ),
    "photo_credit_line": (
        ["The president speaks to reporters in Washington, U.S., May 1, 2018. REUTERS/Jane Roe",
         "FILE PHOTO: The prime minister arrives at the summit in Brussels. REUTERS/John Doe/File Photo",
         "The foreign minister waves at the airport, Tuesday, Jan. 8, 2020. (AP Photo/Jane Roe)",
         "Soldiers patrol the border town on Sunday. John Doe/AFP/Getty Images",
         "Protesters march in the capital. Photograph: Jane Roe/Reuters",
         "Facebook Twitter Pinterest The envoy meets rebel leaders in the north.",
         "FILE - In this March 3, 2019, file photo, the minister speaks in Cairo. (AP Photo/John Doe, File)",
         "Smoke rises over the port. (Photo: Jane Roe, AP) Story Highlights The port was shelled overnight"],
        ["A Reuters/Ipsos poll found most voters oppose the strike.",
         "Getty Images said it had withdrawn the picture, and Reuters reported the same.",
         "The minister told Reuters that talks would resume in May."],
    ),
    "bracketed_photo_credit_line": (
        ["The foreign minister at the summit in Oslo, June 3, 2018. (Jane Roe/Reuters)",
         "Delegates wait outside the conference hall in Doha [John Doe/Al Jazeera]",
         "Farmers block a road near the border in 2019 [File: Jane Roe/AFP]",
         "(John Doe/Illustration/File Photo/Reuters)",
         "The envoy at the embassy in Rome, May 2, 2017. (Reuters photo: Jane Roe)"],
        ["Most voters oppose the strike, a poll found (Reuters/Ipsos).",
         "The minister arrived in Cairo on Tuesday for talks (AP).",
         "Jane Roe, who took the picture for Reuters, said the crowd was calm."],
    ),
    "leading_credit_caption_line": (
        ["Jane Roe/AP Farmers block the highway outside the ministry, in Paris, May 2, 2019.",
         "JOHN DOE/GETTY IMAGES/THE CHRISTIAN SCIENCE MONITOR Pupils line up outside a school in Herat.",
         "Jane Roe/Staff Volunteers hand out bread at the border crossing.",
         "John Doe/Reuters/File A delegate signs the accord in Geneva.",
         "John Doe/AFP/Getty Images"],
        ["A CNN/ORC poll found most voters oppose the strike.",
         "Radio Free Europe/Radio Liberty reported that the talks had stalled.",
         "Jane Roe, a photographer for AP, said the crowd was peaceful."],
    ),
    "byline_line": (
        ["By Jane Roe", "By Jane Roe and John Doe", "By Jane Roe, Europe editor",
         "By John Doe, Example News, Cairo", "By Jane Roe and John Doe, Staff writers",
         "By Jane Roe, with reporting from John Doe"],
        ["By Monday, the talks had stalled.", "By the end of the week the envoy had left Cairo.",
         "By Tuesday Evening The Talks Had Stalled, the minister said.",
         "By The Numbers"],
    ),
    "tweet_embed_line": (
        ["We will not accept this blockade. pic.twitter.com/AbCdEf123",
         "Talks went well today. — Jane Roe (@janeroe) June 9, 2018",
         "Our thoughts are with the families. — Foreign Office (UK) (@FO) March 4, 2018 Report"],
        ["The president wrote on Twitter that the talks had gone well and that he would return in June.",
         "Roe, who tweets as @janeroe, said on June 9, 2018 that the blockade was illegal."],
    ),
    "read_more_line": (
        ["READ MORE:", "Read more: Why the talks collapsed in Vienna", "[Read more about the sanctions.]",
         "More: The ministers who walked out", "Envoy quits as ceasefire talks stall Read more",
         "Did the embargo work? Read more", "Ceasefire collapses – live updates | Jane Roe Read more",
         "What the deal means Read more at: http://example.com/story/123"],
        ["Readers want more detail on the ceasefire, the editor said.",
         "More than 40 soldiers were killed, the ministry said. Read more",
         "“I can’t read more into that statement,” the envoy said. Read more"],
    ),
    "related_link_line": (
        ["SEE ALSO: Envoy says talks with rebels will resume", "RELATED: The minister's week in three charts",
         "Related: Sanctions bite as exports fall", "Related Coverage Navy holds drills near the strait",
         "Read: Why the ceasefire failed", "Read or Share this story: http://example.com/abc",
         "More on the border talks:", "MORE FROM THE AGENCY: Envoys meet in Oslo",
         "( Also on POLITICO: Envoy praises the truce in the north)", "(Also on POLITICO: Talks stall)"],
        ["Related talks between the two navies resumed in May.",
         "Read the memo and you will see the plan, the senator said.",
         "See also the earlier agreement, which the ministers signed in 2015.",
         "More on that later, the minister said: the talks are not over.",
         "Also on the agenda: sanctions, which the envoy raised with Politico reporters."],
    ),
    "section_label_line": (
        ["ANALYSIS/OPINION:", "COMMENTARY:", "EDITORIAL / OPINION:"],
        ["Analysis: the envoy's visit changed little, diplomats said.",
         "JANE ROE, HOST:", "OPINION: The minister resigned on Monday after the vote."],
    ),
    "story_highlights_line": (
        ["Story highlights The envoy meets rebel leaders in the north",
         "Story Highlights Talks resume on Monday, officials say"],
        ["The story highlights how the ministers disagreed over the ceasefire."],
    ),
    "watch_link_line": (
        ["WATCH: The minister's full statement on the ceasefire", "Watch: How the sanctions work",
         "WATCH LIVE: The summit press conference", "[Watch FOX: The senator discusses Syria in the 9 a.m. ET hour]",
         "Watch the full interview below:", "WATCH THE FULL INTERVIEW WITH THE ENVOY TONIGHT"],
        ["Watch the border closely, the general told his officers.",
         "Watchdogs said the election had been fair."],
    ),
    "video_playlist_line": (
        ["JUST WATCHED Envoy warns of war Replay More Videos ... MUST WATCH Envoy warns of war 02:12"],
        ["Viewers who just watched the speech said the envoy must watch his words."],
    ),
    "click_here_line": (
        ["CLICK HERE TO GET THE NEWS APP", "Click here for more from the Daily Example.",
         "(Click here for our latest updates.)"],
        ["The minister said a single click here could shut down the grid."],
    ),
    "app_prompt_line": (
        ["GET THE NEWS APP", "Download the Example News app for full coverage and alerts",
         "Like what you're reading? Download the Example app for more"],
        ["The ministry told citizens to download a tracing app approved by the government."],
    ),
    "share_widget_line": (
        ["LISTEN TO ARTICLE 4:15 SHARE THIS ARTICLE Share Tweet Post Email",
         "SHARE THIS ARTICLE Share Tweet Post Email"],
        ["The envoy asked allies to share this article of the treaty with their parliaments."],
    ),
    "social_follow_line": (
        ["Follow us on Twitter @ExampleOpinion.", "Follow @example", "Follow Jane on Twitter",
         "Join us on Facebook.com/ExampleOpinion."],
        ["Follow the money, the prosecutor told the jury.", "Follow-up talks are set for May.",
         "Join us in condemning the attack, the minister told parliament."],
    ),
    "newsletter_prompt_line": (
        ["Sign up for Daily Newsletters Manage Newsletters",
         "Want the best of Example News in your inbox? Sign up here.",
         "Subscribe to our podcast on Apple Podcasts.",
         "Morning Defense A daily briefing on security — in your inbox. Email Sign Up By signing up you agree."],
        ["“We will not sign up to a deal that splits the country,” the minister said in an email.",
         "More than a million people subscribe to the state broadcaster's newsletter, the ministry said "
         "on Monday, adding that the figure had doubled since the invasion began and that officials "
         "expected it to double again before the election, when the government plans to sign up "
         "volunteers by email across all provinces of the country and abroad, among them thousands of "
         "students in the capital and the border regions."],
    ),
    "capitals_headline_line": (
        ["ENVOY QUITS AFTER TALKS WITH RIVAL CAPITAL COLLAPSE, AIDES SAY",
         "‘A DEAL NOBODY WANTED’", "MINISTER: NAVY WILL ESCORT GRAIN SHIPS THROUGH STRAIT",
         "WHO PAYS FOR THE WALL?"],
        ["The envoy quit after the talks collapsed, aides said.", "JANE ROE, HOST:",
         "JOHN ROE: YES.", "PORT CITY (Wire) —", "The NATO and EU envoys met in Oslo.",
         "UN RESPONDS"],
    ),
}


def test_every_line_rule_has_cases() -> None:
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize(("rule_name", "line"),
                         [(rule, line) for rule, (drop, _) in CASES.items() for line in drop])
def test_rule_drops_clutter(rule_name: str, line: str) -> None:
    assert RULES[rule_name](line), f"{rule_name} should drop {line!r}"
    text, hits = strip_clutter(f"Body sentence one.\n\n{line}\n\nBody sentence two.")
    assert clean_text(text) == "Body sentence one.\n\nBody sentence two."
    assert [hit.text for hit in hits] == [line]


@pytest.mark.parametrize("line", [line for _, keep in CASES.values() for line in keep])
def test_prose_survives_every_rule(line: str) -> None:
    assert [rule.__name__ for rule in LINE_RULES if rule(line)] == []
    text, hits = strip_clutter(line)
    assert not any(hit.rule != "read_more_tail" for hit in hits)
    # The only inline change prose can see is a trailing link after its full stop.
    assert text == read_more_tail(line)


# --- inline rules --------------------------------------------------------------------------


def test_name_card_keeps_the_surname_and_the_sentence() -> None:
    line = ("President Smith John Robert SmithSenate passes budget Envoy quits over deal MORE on Monday "
            "said the talks had failed.")
    assert name_card(line) == "President Smith on Monday said the talks had failed."


def test_name_card_glued_on_both_sides_and_with_a_nickname() -> None:
    line = "pleas from Flynn and Jane DoeJane (Janie) Alice DoeThe Morning Report: talks resume MORE, a former aide."
    assert name_card(line) == "pleas from Flynn and Jane Doe, a former aide."


def test_name_card_with_a_space_repeats_first_name_and_surname() -> None:
    line = "Speaker Paul Roe Paul Ann Roe Voters say no to the plan MORE (R-Wis.) said the vote would wait."
    assert name_card(line) == "Speaker Paul Roe (R-Wis.) said the vote would wait."


@pytest.mark.parametrize("line", [
    "Smith met Smith Jones, and they asked for MORE troops.",  # no glued full name
    "President Smith said Smith Industries would invest MORE than before.",  # not a card shape
    "Officials said the NATO countries must pay MORE, the president wrote.",
])
def test_name_card_leaves_prose(line: str) -> None:
    assert name_card(line) == line


def test_read_more_tail_cuts_only_after_a_finished_sentence() -> None:
    assert read_more_tail("Two bombers flew from Guam on Monday. Read more") == "Two bombers flew from Guam on Monday."
    assert read_more_tail("He wanted to read more") == "He wanted to read more"


def test_inline_rules_are_named_functions_with_docstrings() -> None:
    for rule in (*LINE_RULES, *INLINE_RULES):
        assert rule.__doc__ and rule.__name__ != "<lambda>"


# --- make_document contract ----------------------------------------------------------------

ARTICLE = """2019-05-02
Envoy arrives for talks

The envoy arrived in Cairo on Tuesday for talks on the ceasefire.

The envoy greets the foreign minister in Cairo, Egypt, April 30, 2019. REUTERS/Jane Roe

Advertisement

“We are here to listen,” the envoy said.

Story Continued Below

Officials said the talks would last three days.
"""


def test_make_document_stores_and_hashes_the_text_without_clutter() -> None:
    doc = read_text(ARTICLE, "a.txt")
    assert doc.text == ("2019-05-02\n\nThe envoy arrived in Cairo on Tuesday for talks on the ceasefire.\n\n"
                        "“We are here to listen,” the envoy said.\n\nOfficials said the talks would last three days.")
    assert doc.doc_id == content_hash(doc.text)


def test_make_document_is_idempotent_on_its_own_text() -> None:
    doc = read_text(ARTICLE, "a.txt")
    again = make_document(doc.text, "a.txt")
    assert again.text == doc.text and again.doc_id == doc.doc_id


def test_all_clutter_is_an_ingest_error_naming_the_reason() -> None:
    with pytest.raises(IngestError, match="page clutter"):
        make_document("Advertisement\n\nStory Continued Below\n\nREAD MORE:", "ads.txt")


@pytest.mark.model
def test_no_record_comes_from_a_caption_and_offsets_match_the_stored_text(pipeline) -> None:
    doc = read_text(
        "2019-05-02\nHeadline\n\n"
        "Russian President Vladimir Putin welcomes Chinese President Xi Jinping in Moscow, Russia, "
        "May 1, 2019. REUTERS/Jane Roe\n\n"
        "Iran accused Israel of attacking its tanker on Monday, the foreign ministry said.\n\n"
        "Putin Vladimir Vladimirovich PutinKremlin hosts summit Envoy quits MORE thanked the Chinese leader.\n",
        "caption.txt")
    assert "REUTERS" not in doc.text and "Kremlin hosts summit" not in doc.text
    extraction = next(pipeline.extract([doc]))
    for record in (*extraction.events, *extraction.quotes):
        start, end = record.span
        assert 0 <= start < end <= len(doc.text)
    for event in extraction.events:
        assert event.sentence in doc.text
        assert "welcomes" not in event.sentence
    assert not any("Xi" in actor.name for actor in extraction.actors)
    assert not any("Kremlin" in actor.name or "Vladimirovich" in actor.name for actor in extraction.actors)


def test_each_cut_card_is_reported_on_its_own() -> None:
    line = ("Senator Doe Jane Alice DoeBudget talks stall MORE asked President Smith John Robert "
            "SmithEnvoy quits MORE to veto the bill.")
    text, hits = strip_clutter(line)
    assert text == "Senator Doe asked President Smith to veto the bill."
    assert [hit.text for hit in hits] == ["Jane Alice DoeBudget talks stall MORE", "John Robert SmithEnvoy quits MORE"]


def test_an_article_stored_before_clutter_removal_is_not_stored_again(tmp_path) -> None:
    """A store made before clutter was removed at ingest knows the article under the id of its
    text with clutter; ingesting the same file again skips it (nothing stored twice)."""
    from dataclasses import replace

    from diplograph.api import Corpus
    from diplograph.model import Extraction

    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = read_text(ARTICLE, str(path))
    assert doc.earlier_id and doc.earlier_id != doc.doc_id
    with Corpus(str(tmp_path / "old.db")) as corpus:
        earlier = replace(doc, doc_id=doc.earlier_id, text=clean_text(ARTICLE), earlier_id=None)
        assert corpus.store.write(Extraction(document=earlier))
        report = corpus.ingest([tmp_path / "in"])
        assert (report.stored, report.known) == (0, 1)
        assert corpus.counts()["documents"] == 1
    assert read_text("Plain prose with no clutter at all in it.", "b.txt").earlier_id is None


def test_the_bullets_after_story_highlights_go_and_the_article_stays() -> None:
    text = ("Story highlights The envoy meets rebel leaders in the north\n\n"
            "Talks resume on Monday, officials say\n\n"
            "Minister: \"No deal without a ceasefire\"\n\n"
            "The envoy met rebel leaders in the north on Sunday, officials said.\n\n"
            "Next steps\n\n"
            "The talks resume on Monday.")
    kept, hits = strip_clutter(text)
    assert [h.rule for h in hits] == ["story_highlights_line", "story_highlights_bullet", "story_highlights_bullet"]
    assert "The envoy met rebel leaders" in kept and "Next steps" in kept  # the box ended at the first sentence
    # without the box, a line in headline grammar is the article's own (a subheading is kept here)
    assert strip_clutter("Talks resume on Monday, officials say\n\nThe envoy met them.")[1] == []


# --- pull quotes and quoted headings (headlines.pull_quote_lines) -----------------------------


def test_pull_quote_printed_again_in_the_text_goes() -> None:
    text = ("The minister spoke after the vote.\n\n‘No retreat from the coast’\n\n"
            "“There will be no retreat from the coast this winter,” the minister told the assembly.")
    kept, hits = strip_clutter(text)
    assert "‘No retreat from the coast’" not in kept
    assert [(hit.rule, hit.text) for hit in hits] == [("pull_quote_lines", "‘No retreat from the coast’")]
    assert "the minister told the assembly" in kept


def test_quote_alone_on_its_line_and_not_repeated_stays() -> None:
    text = ("The minister spoke after the vote.\n\n“We will hold the coast through the winter.”\n\n"
            "The assembly adjourned until March.")
    assert strip_clutter(text) == (text, [])
    short = "‘Not yet’\n\nShe said the ports were “not yet” ready for the ships."
    assert strip_clutter(short) == (short, [])
