"""The answers on stores built by the real pipeline: the project's examples and the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.analysis import alignment, dyad

ROOT = Path(__file__).resolve().parent.parent


def _ingest(tmp_path: Path, paths: list[Path]):  # type: ignore[no-untyped-def]
    import diplograph

    corpus = diplograph.open(str(tmp_path / "answers.db"))
    corpus.ingest([str(p) for p in paths])
    return corpus


def _check_china(corpus) -> None:  # type: ignore[no-untyped-def]
    al = alignment(corpus.store, "China")
    aligned = {p.actor.id for p in al.aligned}
    opposed = {p.actor.id for p in al.opposed}
    assert {"state:RUS", "state:BLR"} <= aligned, al.to_dict()
    assert {"state:USA", "group:west"} <= opposed, al.to_dict()
    for p in al.aligned + al.opposed:
        if p.actor.id in {"state:RUS", "state:BLR", "state:USA", "group:west"}:
            assert len(p.evidence) >= 1, p.actor.id
    d = dyad(corpus.store, "China", "Belarus")
    dates = [e.date for e in d.events if e.date]
    assert dates == sorted(dates)


@pytest.mark.model
def test_examples_china_side(tmp_path) -> None:
    examples = ROOT / "examples"
    files = sorted(p for p in examples.rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".jsonl"}) \
        if examples.is_dir() else []
    if not files:
        pytest.skip("examples/ has no articles yet")
    with _ingest(tmp_path, files) as corpus:
        al = alignment(corpus.store, "China")
        assert al.aligned or al.opposed


@pytest.mark.model
@pytest.mark.shared
def test_seeds_china_side_and_china_belarus_timeline(tmp_path, shared_dir) -> None:
    with _ingest(tmp_path, sorted((shared_dir / "seeds").iterdir())) as corpus:
        _check_china(corpus)
        d = dyad(corpus.store, "China", "Belarus")
        dates = [e.date or "" for e in d.events] + [r["date"] or "" for r in d.relations]
        for wanted in ("2022", "2023-02-24", "2023-02-28", "2023-08-16"):
            assert any(x.startswith(wanted) for x in dates), (wanted, dates)
