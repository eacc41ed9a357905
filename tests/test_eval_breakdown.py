"""eval/audit_breakdown.py joins judged audit rows to the records the current code still makes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "eval" / "audit_breakdown.py"
_spec = importlib.util.spec_from_file_location("audit_breakdown", SCRIPT)
assert _spec is not None and _spec.loader is not None
breakdown_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(breakdown_mod)

SHEET = ("# audit kind=events seed=1\n# verdicts: ok | type | source | target | date | none | skip\n"
         "verdict\tnote\tdoc\trecord\tid\n"
         "ok\t\ta.txt\tAGREE Norway (state) [NOR] -> Spain (state) [ESP] | date - (article undated)\tx:e1\n"
         "none\tmessage\ta.txt\tAGREE Tomas Berg (person) [NOR] -> - | date - (article undated)\tx:e2\n"
         "type\t\tb.txt\tREQUEST Spain (state) [ESP] -> - | date 2020 (article 2020-01-02)\ty:e1\n"
         "skip\t\tb.txt\tASSAULT Spain (state) [ESP] -> Norway (state) [NOR] | date -\ty:e2\n")


def _doc(path: str, events: list[tuple[str, str, str | None, str]]) -> str:
    actors = [{"id": "state:NOR", "name": "Norway"}, {"id": "state:ESP", "name": "Spain"},
              {"id": "person:tomas-berg", "name": "Tomas Berg"}]
    return json.dumps({"path": f"/x/{path}", "actors": actors, "events": [
        {"type": t, "source": s, "target": o, "trigger": trig, "mode": None} for t, s, o, trig in events]})


def test_verdicts_follow_the_records_still_made(tmp_path: Path) -> None:
    sheet = tmp_path / "s.tsv"
    sheet.write_text(SHEET, encoding="utf-8")
    rows = breakdown_mod.judged_rows([sheet])
    assert [r[0] for r in rows] == ["ok", "none", "type"]  # skip rows are not counted
    records = breakdown_mod.current_records([
        _doc("a.txt", [("AGREE", "state:NOR", "state:ESP", "offer"), ("AGREE", "person:tomas-berg", None, "offer")]),
        _doc("b.txt", [("REQUEST", "state:ESP", "state:NOR", "ask")]),  # now with a target: a new record
    ])
    lines = breakdown_mod.breakdown(rows, records, "trigger", 1)
    assert len(lines) == 1 and lines[0].split()[:4] == ["offer", "1", "/", "2"]
    assert breakdown_mod.breakdown(rows, records, "targetless", 1)[0].split()[:4] == ["False", "1", "/", "1"]


def test_the_judged_rows_still_made_carry_the_judges_note(tmp_path: Path) -> None:
    sheet = tmp_path / "s.tsv"
    sheet.write_text(SHEET, encoding="utf-8")
    rows = breakdown_mod.judged_rows([sheet])
    records = breakdown_mod.current_records([
        _doc("a.txt", [("AGREE", "state:NOR", "state:ESP", "offer"), ("AGREE", "person:tomas-berg", None, "offer")])])
    lines = breakdown_mod.judged_records(rows, records, {"none"})
    assert lines == ["none\tmessage\toffer\t-\ta.txt\tAGREE Tomas Berg -> -"]
    assert len(breakdown_mod.judged_records(rows, records)) == 2  # the REQUEST of b.txt is no longer made
