"""Page clutter: the lines of a scraped page that are not sentences of the article.

News pages copied into text keep their furniture: "Advertisement" slots, "Story Continued
Below", "Read more" links to other stories, embedded tweets, photo captions with their
credits ("... REUTERS/Name", "(AP Photo/Name)", "Image copyright ..."), gallery captions
("Hide Caption 3 of 12"), newsletter and app prompts, and politicians' name cards that a
site glues into the sentence ("President Trump Donald John TrumpGOP senators balk at ...
MORE on Monday said"). Parsed as prose they give events, quotes and actors that no reporter
wrote (a caption's "Putin welcomed Obama", a "Watch Obama" person), so they go before
anything is parsed.

Two kinds of rule, each a small named function in an ordered tuple:

* ``LINE_RULES`` decide that a whole line (a paragraph of the cleaned text) is clutter; the
  line is dropped. They are anchored on the shape of the whole line (a label at its start,
  a credit at its end, nothing but a widget's words), never on a word that prose also uses.
* ``INLINE_RULES`` cut a documented piece of clutter out of a line that stays (a name card,
  a trailing "Read more" after a real sentence). Nothing else is ever cut inside a line.

The first line rule that matches a line names the hit (``ClutterHit.rule``), so the counts
per rule do not overlap. Each rule's docstring states the construction and the corpus
count it was checked on (files of ``allsides_intl`` it fires on, gold articles excluded).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

from diplograph.ingest.credits import closing_credits, opening_credits
from diplograph.ingest.headlines import capitals_headline_line, pull_quote_lines

# The months as the tweet embeds spell them ("— Name (@handle) June 9, 2018").
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A line may open with list or bracket punctuation before its label ("• Read more", "[Watch FOX: ...]").
_LEAD = r"^[\s\[(•*\-–—|]{0,3}"
# A quotation mark opens a quoted passage, which is somebody's words, never a page prompt.
_QUOTE_OPENERS = ("\"", "“", "‘", "'", "«")


@dataclass(frozen=True)
class ClutterHit:
    """One piece of clutter removed: the rule that removed it and the text it removed."""

    rule: str
    text: str


_ADVERTISEMENT = re.compile(r"(?:advertisement:?\s*)+(?:continue reading the main story)?", re.IGNORECASE)


def advertisement_line(line: str) -> bool:
    """An ad slot: a line of only "Advertisement" / "ADVERTISEMENT" / "Advertisement:", repeated or
    followed by "Continue reading the main story" (335 files). "Advertisement" inside a sentence
    ("released a new television advertisement") is prose and stays."""
    return bool(_ADVERTISEMENT.fullmatch(line))


_CONTINUE_READING = re.compile(
    r"(?:story continue[sd] below|continue reading(?: below| the main story)?)\W*", re.IGNORECASE)


def continue_reading_line(line: str) -> bool:
    """A page-break marker: a line of only "Story Continued Below", "Story continues below",
    "Continue Reading Below" or "Continue reading the main story" (292 files)."""
    return bool(_CONTINUE_READING.fullmatch(line))


_READ_MORE_START = re.compile(_LEAD + r"(?:read more\b|more\s*:)", re.IGNORECASE)
_READ_MORE_END = re.compile(r"(?P<before>.*?)\s*\b(?:Read more|READ MORE|Read More)(?:\s+at)?\s*(?::\s*\S+)?\W{0,2}$")
# A related-story link is a headline: short, one piece, no sentence full stop before the link.
_MAX_LINK_HEADLINE = 200
_SENTENCE_INSIDE = re.compile(r"[a-z0-9)”\"'’][.!?]\s+[A-Z“\"]")


def read_more_line(line: str) -> bool:
    """A link to another story: a line opening with "Read more" / "READ MORE:" / "[Read more
    about ...]" / "More: ...", or a related-story headline followed by "Read more" (with or
    without "at: URL"), as on The Guardian, USA Today and National Review (345 files). A real sentence that
    ends with a link ("... 2,100 miles away. Read more") keeps the sentence: see ``read_more_tail``."""
    if len(line) <= 400 and _READ_MORE_START.match(line):
        return True
    end = _READ_MORE_END.fullmatch(line)
    if not end:
        return False
    before = end.group("before").rstrip()
    return (len(before) <= _MAX_LINK_HEADLINE and not before.endswith(".")
            and not _SENTENCE_INSIDE.search(before) and not before.startswith(_QUOTE_OPENERS))


_CLICK_HERE = re.compile(_LEAD + r"click(?: here)?\b", re.IGNORECASE)


def click_here_line(line: str) -> bool:
    """A link prompt: a short line opening with "Click here" / "CLICK HERE TO ..." / "CLICK TO GET
    THE FOX NEWS APP" (164 files; Fox's app prompts are most of them)."""
    return len(line) <= 300 and bool(_CLICK_HERE.match(line))


_APP_PROMPT = re.compile(
    _LEAD + r"(?:(?:more|read more):?\s*)?(?:like what you.re reading\?:?\s*|want more [^?]{0,40}\?\s*)?"
    r"(?:click(?: here)?(?: to| for)?\s+)?(?:get|download|check out)\b.{0,200}\bapps?\b",
    re.IGNORECASE)


def app_prompt_line(line: str) -> bool:
    """An app prompt: a short line telling the reader to get or download an outlet's app ("GET THE
    FOX NEWS APP", "Download the NBC News app for full coverage", "Like what you're reading?
    Download the USA TODAY app") (15 files beyond the "Click here" ones)."""
    return len(line) <= 300 and bool(_APP_PROMPT.match(line))


_SIGN_UP = re.compile(r"\b(?:sign(?:ing)?[ -]?up|subscrib(?:e|ing))\b", re.IGNORECASE)
_NEWSLETTER_WORD = re.compile(r"\b(?:newsletters?|inbox|e-?mails?|briefing|podcasts?|tip sheet)\b", re.IGNORECASE)
# Sign-up forms pasted whole are long; these are words only a form has.
_FORM_WORDS = re.compile(r"Choose your country|By signing up|Invalid email|By subscribing", re.IGNORECASE)
_MAX_PROMPT = 400


def newsletter_prompt_line(line: str) -> bool:
    """A newsletter or podcast sign-up prompt: a line that asks the reader to sign up or subscribe
    and names what arrives (newsletter, inbox, email, briefing, podcast), e.g. "Sign up for Daily
    Newsletters Manage Newsletters" or a pasted sign-up form (1,008 files). Short unless it
    carries a form's words; a quoted passage ("... sign up to the deal", he said) never counts."""
    if line.startswith(_QUOTE_OPENERS):
        return False
    if len(line) > _MAX_PROMPT and not _FORM_WORDS.search(line):
        return False
    return bool(_SIGN_UP.search(line)) and bool(_NEWSLETTER_WORD.search(line))


_SHARE_WIDGET = re.compile(r"(?:LISTEN TO ARTICLE|SHARE THIS ARTICLE|Share All sharing options for:)\b.*")


def share_widget_line(line: str) -> bool:
    """A sharing or audio widget: "LISTEN TO ARTICLE 4:55 SHARE THIS ARTICLE Share Tweet Post
    Email" (Bloomberg) or "Share All sharing options for: <headline>" (Vox) (65 files)."""
    return len(line) <= 300 and bool(_SHARE_WIDGET.fullmatch(line))


_FOLLOW_PROMPT = re.compile(_LEAD + r"(?:Follow|Join us|Like us)\b(?!-)")
_SOCIAL_NAME = re.compile(r"@\w|\b(?:Twitter|Facebook|Instagram|twitter\.com|facebook\.com)\b", re.IGNORECASE)


def social_follow_line(line: str) -> bool:
    """A follow prompt: a short line opening with "Follow" / "Join us" / "Like us" that names a
    platform or a handle ("Follow us on Twitter @CNNOpinion.", "Follow @politico", "Follow Ryan on
    Twitter") (119 files). The reporter it names is not an actor of the story; "Follow the money"
    names no platform and stays."""
    return len(line) <= 250 and bool(_FOLLOW_PROMPT.match(line)) and bool(_SOCIAL_NAME.search(line))


_TWEET_LINK = re.compile(r"\bpic\.twitter\.com/\w")
_TWEET_SIGN_OFF = re.compile(
    rf"[—–-]+\s*[^\n]{{1,80}}?\(@\w{{1,20}}\)\s*{_MONTH}\s+\d{{1,2}},\s+\d{{4}}(?:\s+Report)?\W{{0,2}}$")


def tweet_embed_line(line: str) -> bool:
    """An embedded tweet: a line with a "pic.twitter.com/..." link, or one that ends with the embed's
    sign-off "— Name (@handle) Month D, YYYY" (BBC adds "Report") (339 files). A sentence that
    reports a tweet ("Trump wrote on Twitter that ...") has neither and stays."""
    return bool(_TWEET_LINK.search(line)) or bool(_TWEET_SIGN_OFF.search(line))


_GALLERY_CAPTION = re.compile(r"\bHide Caption \d+ of \d+\b|^Hide caption\b|^(?:prev|next) Image \d+ of \d+$")


def gallery_caption_line(line: str) -> bool:
    """A photo gallery pasted as text: a line containing "Hide Caption N of M" (CNN, the captions
    of a whole gallery in one line), opening with "Hide caption" (NPR), or the gallery buttons
    "prev Image N of M" / "next Image N of M" (147 files)."""
    return bool(_GALLERY_CAPTION.search(line))


_MEDIA_LABEL = re.compile(
    _LEAD + r"(?:PHOTOS?|Photos?|VIDEO|Video|GALLERY|Gallery|SLIDESHOW|Slideshow|IN PICTURES|In pictures)\s*:\s*\S")
_SLIDESHOW_COUNT = re.compile(r"Slideshow \(\d+ Images?\)|\d+ View Slideshow\b.*")


def media_label_line(line: str) -> bool:
    """A gallery, slideshow or video link: a line opening with a label and a colon ("PHOTOS: Top 10
    U.S. fighter jets", "Photos: <gallery title> <captions>", "Video: <title>", "GALLERY: ...",
    "Slideshow: ...") or a line "Slideshow (N Images)" (Reuters) (244 files). "Video shows ..."
    and "Photos taken on ..." are prose: the label needs its colon."""
    return bool(_MEDIA_LABEL.match(line)) or bool(_SLIDESHOW_COUNT.fullmatch(line))


_WATCH_LABEL = re.compile(_LEAD + r"(?:WATCH|Watch)(?: LIVE| Live| live)?\s*:")
_WATCH_BRACKETED = re.compile(r"\[\s*Watch\b[^\]]*\]", re.IGNORECASE)
_WATCH_POINTER = re.compile(r"(?:WATCH|Watch)\b.{0,160}?(?:\bbelow|\babove|\bhere|video\.foxnews\.com\S*)\W{0,2}")
_WATCH_CAPITALS = re.compile(r"WATCH\b[^a-z]*")


def watch_link_line(line: str) -> bool:
    """A video link: a line opening with "WATCH:", "Watch:", "WATCH LIVE:", a bracketed "[Watch FOX:
    ... in the 9 a.m. ET hour]", a line in capitals opening with "WATCH", or a short "Watch ..." line
    that only points at the player ("Watch the full interview below:", "Watch the latest video at
    video.foxnews.com") (81 files). A sentence opening with the verb ("Watch government like a
    hawk") is prose and stays."""
    if len(line) > 300:
        return False
    return bool(_WATCH_LABEL.match(line) or _WATCH_BRACKETED.fullmatch(line)
                or _WATCH_POINTER.fullmatch(line) or _WATCH_CAPITALS.fullmatch(line))


_RELATED_LINK = re.compile(
    _LEAD + r"(?:SEE ALSO|See [Aa]lso|RELATED|Related(?: [Cc]overage| [Ss]tories| [Ss]tory| [Cc]ontent)?|READ|Read"
    r"|Read or Share this story|(?:MORE|More) (?:ON|on|FROM|from) [^:,]{1,40}"
    r"|(?:ALSO|Also) (?:ON|on) (?:POLITICO|Politico))\s*:|" + _LEAD + r"Related [Cc]overage\b")


def related_link_line(line: str) -> bool:
    """A link to another story under a label: a short line opening with "SEE ALSO:", "RELATED:",
    "Related:", "Related Coverage", "Read:", "More on Brexit:", "Read or Share this story:" or
    "( Also on POLITICO:" and the other story's headline or address (SEE ALSO 130 files, Read or
    Share 87, Also on POLITICO 86 (155 lines), RELATED/Related 42, Read 23, More on/from 8, Related
    Coverage 7). A sentence using the words ("Related talks resumed", "Read the memo, she said",
    "Also on the agenda: sanctions") has no such label and stays."""
    return len(line) <= 300 and bool(_RELATED_LINK.match(line))


# The labels a page sets over a story to say what kind of piece it is, in capitals and alone on their
# line ("ANALYSIS/OPINION:", the Washington Times' label over its columns).
_SECTION_LABEL = re.compile(r"(?:ANALYSIS|OPINION|COMMENTARY|EDITORIAL|EXCLUSIVE)(?:\s*/\s*(?:ANALYSIS|OPINION"
                            r"|COMMENTARY|EDITORIAL|EXCLUSIVE))*\s*:")


def section_label_line(line: str) -> bool:
    """A section label alone on its line, in capitals and closed by a colon: "ANALYSIS/OPINION:",
    "ANALYSIS:", "EXCLUSIVE:" (76 lines in 70 audit-corpus files). It names the kind of piece, not a
    party to it; parsed as prose its capital word becomes an organisation ("ANALYSIS"). A transcript's
    speaker label ("JANE ROE, HOST:") is a name, never one of these words, and stays; so does a sentence
    opening with the word ("Analysis: the talks failed because ...") in sentence case."""
    return bool(_SECTION_LABEL.fullmatch(line.strip()))


_STORY_HIGHLIGHTS = re.compile(_LEAD + r"Story [Hh]ighlights\b")


def story_highlights_line(line: str) -> bool:
    """CNN's teaser box: a line opening with "Story highlights" and the first summary bullet
    ("Story highlights Officials say talks will resume") (289 files). The bullets restate the
    article in headline grammar; the article's own sentences report the same events."""
    return len(line) <= 400 and bool(_STORY_HIGHLIGHTS.match(line))


_VIDEO_PLAYLIST = re.compile(r"JUST WATCHED\b.{1,300}\bMUST WATCH\b.{1,300}\b\d{1,2}:\d{2}")


def video_playlist_line(line: str) -> bool:
    """A CNN video playlist entry: "JUST WATCHED <video title> Replay More Videos ... MUST WATCH
    <video title> 02:12" on a line of its own (400 files). The titles are headlines of other
    stories ("Kerry argues for war ..."), not this article's reporting."""
    return bool(_VIDEO_PLAYLIST.fullmatch(line))


_IMAGE_CREDIT = re.compile(r"(?:Image copyright|Image caption|Media playback is unsupported on your device)\b")


def bbc_image_credit_line(line: str) -> bool:
    """A BBC picture or video slot: a line opening with "Image copyright <agency> Image caption
    <caption>", "Image caption" alone, or "Media playback is unsupported on your device
    Media caption <caption>" (324 files)."""
    return bool(_IMAGE_CREDIT.match(line))


_TOGGLE_CAPTION = re.compile(r"(?:Enlarge this image\b|toggle caption\b)")


def toggle_caption_line(line: str) -> bool:
    """An NPR picture slot: a line opening with "Enlarge this image toggle caption <credit>" or
    "toggle caption <credit>" (297 files)."""
    return len(line) <= 300 and bool(_TOGGLE_CAPTION.match(line))


_VIDEO_PLAYER_CAPTION = re.compile(r"CLOSE [A-Z\"“(]")


def video_player_caption_line(line: str) -> bool:
    """A USA TODAY video slot: the player's "CLOSE" button glued to the video's caption and its
    credit, "CLOSE <caption>. (Aug. 22) AP", "CLOSE <caption> Wochit" (53 files). The caption
    sums up a video, not this article's reporting; a headline's capitals ("'CLOSE TO A DEAL'") do
    not open a line this way."""
    return len(line) <= 400 and bool(_VIDEO_PLAYER_CAPTION.match(line))


# The credit that closes a photo caption, in the forms the agencies print. Captions with a
# credit run to about 400 characters; AP's "FILE - In this ... photo" captions to about 700.
_CREDIT_AT_END = re.compile(
    r"(?:"
    r"\bREUTERS/\S.{0,80}"                                 # ... 2018. REUTERS/Leah Millis/File Photo
    r"|\bvia REUTERS"                                      # ... Handout via REUTERS
    r"|\(?\bGetty Images\.?\)?"                            # Name/AFP/Getty Images, (Getty Images.)
    r"|\bPhoto(?:graph|grapher)?:\s[^.!?]{2,100}"          # Photograph: Name/Reuters
    r")\W{0,3}$")
_AP_CREDIT_AT_END = re.compile(r"\((?:AP|AFP|EPA|Reuters)?\s*Photos?\s*(?:/|:|by\b)[^()]{0,120}\)\W{0,3}$")
# Caption openers: the Guardian's share buttons, the wires' "FILE PHOTO:" / "FILE - In this ... photo".
_CAPTION_OPENER = re.compile(r"(?:Facebook Twitter Pinterest\b|FILE(?: PHOTO)?\s*[:\-–])")
# USA Today: "<caption> (Photo: Name, AP) Story Highlights <summary bullet>".
_HIGHLIGHTS_CAPTION = re.compile(r"\(Photo: [^()]{1,120}\) Story Highlights\b")
_MAX_CAPTION = 500
_MAX_LONG_CAPTION = 700


def photo_credit_line(line: str) -> bool:
    """A photo caption: a line that ends with the photographer's credit ("... REUTERS/Name",
    "(AP Photo/Name)", "Name/AFP/Getty Images", "Photograph: Name/Reuters"), opens like a caption
    ("FILE PHOTO: ...", "FILE - In this ... photo", the Guardian's "Facebook Twitter Pinterest
    <caption>"), or carries USA Today's "(Photo: ...) Story Highlights" (504 files). Prose that
    names an agency ("a Reuters/Ipsos poll", "Getty Images said") has no credit at its end, and a
    long paragraph that happens to end in a credit is left alone."""
    if len(line) <= _MAX_CAPTION and (_CREDIT_AT_END.search(line) or _HIGHLIGHTS_CAPTION.search(line)):
        return True
    return len(line) <= _MAX_LONG_CAPTION and bool(_AP_CREDIT_AT_END.search(line) or _CAPTION_OPENER.match(line))


# The photographer's credit in brackets closing a caption, "(Jane Roe/Reuters)", "[File: John Doe/AFP]",
# "(Jane Roe/Illustration/File Photo/Reuters)", or the agency's "photo:" before the name, "(Reuters photo: Jane Roe)".
_CREDIT_DESK = r"(?:Reuters|REUTERS|AP|AFP|EPA|Al Jazeera|Bloomberg|Getty Images)"
_BRACKETED_CREDIT = re.compile(
    r"(?:[(\[](?:File: )?[A-Z][\w.'’-]*(?: [\w.'’-]+){0,4}(?:/[A-Z][\w ]{0,20}){0,3}/" + _CREDIT_DESK + r"[)\]]"
    r"|\(" + _CREDIT_DESK + r" photo: [^()]{2,80}\))\W{0,3}$")


def bracketed_photo_credit_line(line: str) -> bool:
    """A photo caption closed by the photographer's credit in brackets, "President X at the summit in
    Rome, May 27, 2017. (Jane Roe/Reuters)", "Protesters gather in the square [John Doe/AFP]", "(Reuters
    photo: Jane Roe)" (National Review's form), or a line of the credit alone (138 audit-corpus files).
    The caption tells what a picture shows, not the article's reporting. Prose naming a poll or an
    agency in brackets, "(Reuters/Ipsos)", "(AP)", has no photographer's name before the agency's slash."""
    return len(line) <= _MAX_CAPTION and bool(_BRACKETED_CREDIT.search(line))


# The photographer and the agency or desk that credits a picture, printed before its caption
# (The Christian Science Monitor: "Jane Roe/Reuters <caption>", "JOHN DOE/GETTY IMAGES/THE CHRISTIAN
# SCIENCE MONITOR <caption>", "Jane Roe/Staff <caption>", "John Doe/AFP/Getty Images").
_CREDIT_AGENCY = (r"(?:AP|Reuters|REUTERS|AFP|EPA|Getty Images|GETTY IMAGES|Bloomberg|Staff|File|FILE"
                  r"|The Christian Science Monitor|THE CHRISTIAN SCIENCE MONITOR)")
_CREDIT_AT_START = re.compile(
    r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w'’-]*/" + _CREDIT_AGENCY + r"(?:/" + _CREDIT_AGENCY + r")*"
    r"(?: Photo)?(?=\s|$)")


def leading_credit_caption_line(line: str) -> bool:
    """A photo caption whose credit comes first: a line opening with the photographer's name, a
    slash and the agency or desk ("Jane Roe/AP Protesters rally outside the court ...", "John Doe/Staff
    Supporters attend a prayer service ...", "Jane Roe/Reuters/File ...") (43 files, 93 lines). The caption
    tells what a picture shows, in the present, not the article's reporting. A sentence naming a
    poll or an outlet ("A CNN/ORC poll found", "Radio Free Europe/Radio Liberty reported") has no
    name before an agency's slash at its start."""
    return len(line) <= _MAX_CAPTION and bool(_CREDIT_AT_START.match(line))


# A writer's byline on a line of its own: "By", one or more names (capitalised words with the particles
# of surnames), and after a comma the writer's post or place, "By Jane Roe, Europe editor", "By Jane Roe
# and John Doe, Staff writers", "By Jane Roe, BBC News, Cairo".
_BYLINE_NAME = r"(?!The\b)[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|der|van|von|al|bin|el|da|du|la|le)){1,4}"
_BYLINE = re.compile(rf"^By {_BYLINE_NAME}(?:(?:,? and |, ){_BYLINE_NAME})*(?:, [^.!?;:“”\"()]{{1,80}})?$")
_MAX_BYLINE_WORDS = 14


def byline_line(line: str) -> bool:
    """A writer's byline alone on its line, over the story or an analysis box: "By Jane Roe", "By Jane Roe
    and John Doe", "By Jane Roe, Europe editor", "By John Doe, BBC News, Cairo" (53 audit-corpus files).
    The writers report the story and take no part in it. A sentence opening with "By" ("By Monday, the
    talks had stalled.") has lowercase words before its comma or a full stop at its end."""
    return len(line.split()) <= _MAX_BYLINE_WORDS and bool(_BYLINE.match(line))


LINE_RULES: tuple[Callable[[str], bool], ...] = (
    advertisement_line,
    continue_reading_line,
    gallery_caption_line,
    media_label_line,
    bbc_image_credit_line,
    toggle_caption_line,
    video_player_caption_line,
    photo_credit_line,
    bracketed_photo_credit_line,
    leading_credit_caption_line,
    byline_line,
    tweet_embed_line,
    read_more_line,
    related_link_line,
    section_label_line,
    story_highlights_line,
    watch_link_line,
    video_playlist_line,
    click_here_line,
    app_prompt_line,
    share_widget_line,
    social_follow_line,
    newsletter_prompt_line,
    capitals_headline_line,
)


# A politician's pop-up card (The Hill): after the name in the sentence comes the full name,
# then the headlines of the card's stories, closed by " MORE". The card repeats the name the
# sentence used, which is how its start is found; the headlines are capped so a stray
# capital "MORE" far away is never reached.
_CARD_HEADLINES = r".{1,1000}? MORE)(?!\w)"
# Mostly the full name is glued to the first headline ("Donald John TrumpGOP senators ...");
# the glue is the card's signature, so one repeated surname is enough.
_GLUED_NAME_CARD = re.compile(
    r"\b(?P<surname>[A-Z][\w'’-]*[a-z])"
    r"(?P<card>\s?(?:[A-Z(][\w'’.()-]*\s+){1,5}(?P=surname)(?=[A-Z0-9'‘’“\"$#\[])" + _CARD_HEADLINES)
# Sometimes a space separates them ("Paul Ryan Paul Davis Ryan Retirees should ..."): then the
# full name must repeat both the first name and the surname the sentence used.
_SPACED_NAME_CARD = re.compile(
    r"\b(?P<first>[A-Z][\w'’-]*) (?P<surname>[A-Z][\w'’-]*[a-z])"
    r"(?P<card> (?P=first)(?: [A-Z(][\w'’.()-]*){0,4} (?P=surname) (?=[A-Z0-9'‘’“\"])" + _CARD_HEADLINES)


def name_card(line: str) -> str:
    """Cut a name pop-up card and keep the sentence's own name: "President Trump Donald John
    TrumpGOP senators balk at ... votes MORE on Monday said" -> "President Trump on Monday said"
    (466 cards in 121 files). The card is the full name ending in the surname just written, glued
    to a headline (or, spaced, repeating first name and surname), up to the closing " MORE"."""
    line = _GLUED_NAME_CARD.sub(lambda match: match.group("surname"), line)
    return _SPACED_NAME_CARD.sub(lambda match: f"{match.group('first')} {match.group('surname')}", line)


_TRAILING_READ_MORE = re.compile(r"(?<=[.!?”\"’])\s+(?:Read more|READ MORE)\W{0,2}$")


def read_more_tail(line: str) -> str:
    """Cut a "Read more" link that follows a finished sentence ("... 2,100 miles away. Read more"),
    keeping the sentence (the Guardian puts the link inside paragraphs) (3 files)."""
    return _TRAILING_READ_MORE.sub("", line)


INLINE_RULES: tuple[Callable[[str], str], ...] = (
    name_card,
    read_more_tail,
)


# A finished sentence ends in . ! ? (perhaps inside a closing quote); a headline bullet does not.
_FINISHED = re.compile(r"[.!?][”\"’']?$|[.!?,][”\"’']$")
_MAX_BULLETS = 6
_MAX_BULLET = 250


def story_highlights_bullet(line: str) -> bool:
    """A further bullet of CNN's "Story highlights" box, on a line of its own after the first:
    "Officials say talks will resume" / "Protests continue into Friday" (286 of the 289 files with
    the box have 1-3 of them). Headline grammar without a full stop; the first finished sentence
    is the article's own and ends the box. Read only right after ``story_highlights_line``."""
    return len(line) <= _MAX_BULLET and not _FINISHED.search(line)


def strip_clutter(text: str) -> tuple[str, list[ClutterHit]]:
    """(text without its clutter lines and inline clutter, the hits in reading order).

    ``text`` is cleaned text (``clean_text``): lines are paragraphs or headings. A dropped line
    leaves the empty lines around it; the caller's ``clean_text`` folds them.
    """
    kept: list[str] = []
    hits: list[ClutterHit] = []
    bullets = 0  # lines of the highlights box still to read (its bullets follow its first line)
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            kept.append(line)
            continue
        rule = next((rule for rule in LINE_RULES if rule(stripped)), None)
        if rule is None and bullets and story_highlights_bullet(stripped):
            rule, bullets = story_highlights_bullet, bullets - 1
        else:
            bullets = _MAX_BULLETS if rule is story_highlights_line else 0
        if rule is not None:
            hits.append(ClutterHit(rule.__name__, stripped))
            continue
        for inline in INLINE_RULES:
            changed = inline(line)
            if changed != line:
                hits.extend(ClutterHit(inline.__name__, removed) for removed in _removed(line, changed))
                line = changed
        kept.append(line)
    # The writer's bio closes the text once the clutter below it is gone (``credits.TAIL_RULES``).
    # So does the byline block that opens it (``credits.opening_credits``), and a pull quote or quoted
    # heading whose words the text prints again (``headlines.pull_quote_lines``).
    for index, rule_name in (opening_credits(kept) | closing_credits(kept) | pull_quote_lines(kept)).items():
        hits.append(ClutterHit(rule_name, kept[index].strip()))
        kept[index] = ""
    return "\n".join(kept), hits


def remove_clutter(text: str) -> str:
    """``text`` without page clutter (see ``strip_clutter``)."""
    return strip_clutter(text)[0]


def _removed(before: str, after: str) -> list[str]:
    """The pieces of ``before`` that ``after`` lacks (inline rules only delete), for reporting."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [before[i1:i2].strip() for tag, i1, i2, _, _ in matcher.get_opcodes() if tag in ("delete", "replace")]


__all__ = ["INLINE_RULES", "LINE_RULES", "ClutterHit", "remove_clutter", "strip_clutter"]
