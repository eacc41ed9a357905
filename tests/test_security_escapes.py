"""Control characters in input (ANSI escape sequences, bidi overrides) are escaped in every
message that echoes it: file names, JSON Lines ids and URLs, reader errors, CLI error lines."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplograph.cli import app as cli_app
from diplograph.errors import IngestError, printable
from diplograph.ingest import iter_documents, read_jsonl_stream

ESC = "\x1b"
HOSTILE = f"{ESC}]0;pwned{chr(7)}{ESC}[2J{ESC}[31m\u202etxt.exe"


def raw_controls(text: str) -> list[str]:
    return [c for c in text if ord(c) < 0x20 and c not in "\n" or 0x7f <= ord(c) < 0xa0 or c == "\u202e"]


def test_printable_escapes_controls_and_keeps_other_text() -> None:
    assert printable(f"a{ESC}[31mb\u202e é 中\tc") == "a\\x1b[31mb\\u202e é 中\\x09c"
    assert str(IngestError(f"x{ESC}.txt", f"bad {ESC}[0m")) == "x\\x1b.txt: bad \\x1b[0m"


def test_a_jsonl_id_and_url_with_escape_sequences_are_escaped_in_errors() -> None:
    import io

    lines = [json.dumps({"id": HOSTILE, "text": ""}), json.dumps({"url": f"http://x/{ESC}[2J", "text": ""})]
    errors = [e for e in read_jsonl_stream(io.StringIO("\n".join(lines) + "\n")) if isinstance(e, IngestError)]
    assert len(errors) == 2
    for e in errors:
        assert not raw_controls(str(e)) and "\\x1b" in str(e), str(e)


def test_a_file_name_with_escape_sequences_is_escaped_in_errors(tmp_path: Path) -> None:
    name = tmp_path / f"bad{ESC}[31m.txt"
    name.write_bytes(b"")  # empty: reported
    errors = [e for e in iter_documents([tmp_path]) if isinstance(e, IngestError)]
    assert errors and not raw_controls(str(errors[0])) and "\\x1b[31m" in errors[0].path


@pytest.mark.skipif(os.name != "posix", reason="control characters in file names")
def test_the_cli_prints_no_raw_escape_sequence(tmp_path: Path) -> None:
    (tmp_path / f"{HOSTILE}.txt").write_bytes(b"")
    (tmp_path / "[bold]x[red].txt").write_bytes(b"")  # rich markup in a name is shown as typed
    done = CliRunner().invoke(cli_app, ["extract", str(tmp_path)])
    shown = done.output + (done.stderr if done.stderr_bytes is not None else "")
    assert "skipped" in shown and not raw_controls(shown), ascii(shown)
    assert "[bold]x[red].txt" in shown
