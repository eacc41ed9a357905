"""Hand-made extraction records for tests that need no spaCy model."""

from __future__ import annotations

import hashlib

from diplograph.model import (
    Actor,
    Claim,
    Document,
    Event,
    Extraction,
    Omission,
    Quote,
    Relation,
    Role,
    TimeExpr,
)


def sample_extraction(text: str = "China and Belarus agreed on Tuesday to deepen ties, Xinhua reported.",
                      path: str = "sample.txt", published: str | None = "2023-03-01") -> Extraction:
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(doc_id=doc_id, path=path, text=text, title="A sample", published=published)
    chn = Actor(id="state:CHN", name="China", kind="state", country="CHN", aliases=["China"], mentions=[(0, 5)])
    blr = Actor(id="state:BLR", name="Belarus", kind="state", country="BLR", aliases=["Belarus"], mentions=[(10, 17)])
    xinhua = Actor(id="media:xinhua", name="Xinhua", kind="media", country="CHN", aliases=["Xinhua"],
                   mentions=[(53, 59)], roles=[Role(title="state news agency", of="CHN")])
    sentence = text
    return Extraction(
        document=doc, outlet="media:xinhua", actors=[chn, blr, xinhua],
        events=[Event(id=f"{doc_id[:12]}:e0", type="AGREE", source="state:CHN", target="state:BLR",
                      sentence=sentence, span=(0, len(text)), date="2023-02-28", reported_by="media:xinhua",
                      cluster="c:1", trigger="agreed")],
        quotes=[Quote(id=f"{doc_id[:12]}:q0", text="deepen ties", span=(39, 50), speaker="state:CHN",
                      via="media:xinhua", direct=False)],
        claims=[Claim(id=f"{doc_id[:12]}:c0", text="12 percent", value=12.0, unit="percent", span=(0, 5),
                      about="trade growth", speaker="state:CHN")],
        relations=[Relation(a="state:CHN", b="state:BLR", kind="partnership", label="ties", span=(44, 50))],
        times=[TimeExpr(text="Tuesday", value="2023-02-28", span=(28, 35))],
        omissions=[Omission(outlet="media:xinhua", what="the deal", sentence=sentence, span=(0, 5))],
        sentences=[(0, len(text))],
    )
