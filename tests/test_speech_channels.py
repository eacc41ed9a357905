"""speech/channels.drop_unused_platforms: a platform listed only as the channel of reported words
leaves the document's actors when no record uses that channel any more."""

from __future__ import annotations

from diplograph.model import Actor, Document, Extraction, Quote

_TEXT = "Ana Silva tweeted twice during the hearing. Later she said the vote was a lost cause."


def _extraction(twitter: Actor, quotes: list[Quote]) -> Extraction:
    silva = Actor("person:ana-silva", "Ana Silva", "person", None, mentions=[(0, 9)])
    return Extraction(document=Document(doc_id="d", path="d.txt", text=_TEXT), actors=[silva, twitter],
                      quotes=quotes)


def _ids(ex: Extraction) -> list[str]:
    from diplograph.nlp.speech.channels import drop_unused_platforms

    drop_unused_platforms(ex)
    return [a.id for a in ex.actors]


def test_a_platform_no_record_names_goes() -> None:
    twitter = Actor("org:twitter", "Twitter", "organization", "USA")
    said = Quote("q1", "the vote was a lost cause", (58, 83), speaker="person:ana-silva")
    assert _ids(_extraction(twitter, [said])) == ["person:ana-silva"]


def test_a_platform_that_carries_a_quote_stays() -> None:
    twitter = Actor("org:twitter", "Twitter", "organization", "USA")
    tweeted = Quote("q1", "the vote was a lost cause", (58, 83), speaker="person:ana-silva", via="org:twitter")
    assert _ids(_extraction(twitter, [tweeted])) == ["person:ana-silva", "org:twitter"]


def test_a_platform_the_text_names_as_a_party_stays() -> None:
    twitter = Actor("org:twitter", "Twitter", "organization", "USA", mentions=[(10, 17)])
    assert _ids(_extraction(twitter, [])) == ["person:ana-silva", "org:twitter"]


def test_another_unmentioned_actor_is_not_a_platform_and_stays() -> None:
    other = Actor("org:un", "United Nations", "organization", None)
    assert _ids(_extraction(other, [])) == ["person:ana-silva", "org:un"]
