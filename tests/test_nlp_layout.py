"""The layout of ``diplograph.nlp`` and ``diplograph.link``: no import cycles, and each piece of
shared grammar defined once (in ``nlp/syntax.py`` and its realis check ``nlp/mood.py``)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "diplograph"


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Modules of ``diplograph`` that ``path`` imports at module level (imports inside functions
    run later and cannot make a cycle at import time)."""
    name = _module(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [f"{target}.{a.name}" for a in node.names]
            out.update(n if _exists(n) else target for n in names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {m for m in out if m.startswith("diplograph")}


def _exists(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (ROOT / rel).with_suffix(".py").exists() or (ROOT / rel / "__init__.py").exists()


def _graph() -> dict[str, set[str]]:
    files = [p for d in ("nlp", "link") for p in (ROOT / d).rglob("*.py")]
    graph = {_module(p): _imports(p) for p in files}
    # importing a.b.c runs the __init__ of a.b first
    for mod, deps in graph.items():
        for dep in list(deps):
            parts = dep.split(".")
            deps.update(".".join(parts[:k]) for k in range(2, len(parts)) if ".".join(parts[:k]) != mod)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 1 and not m.startswith(d + "."):  # a package's own __init__ is not a cycle
                return stack[stack.index(d):] + [d]
            if d not in state:
                found = visit(d)
                if found:
                    return found
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state:
            found = visit(m)
            if found:
                return found
    return None


def test_no_import_cycle_in_nlp_and_link() -> None:
    graph = _graph()
    assert "diplograph.nlp.syntax" in graph and graph["diplograph.link.events"]
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_link_reads_dates_from_nlp_time_not_event_internals() -> None:
    graph = _graph()
    assert not any(d.startswith("diplograph.nlp.events") for d in graph["diplograph.link.events"])


def test_shared_grammar_is_defined_once() -> None:
    pattern = re.compile(r"^(?:def (subject_of|subject_token|resolve_pronoun|is_negated|_negated|irrealis)\(|"
                         r"(SUBJECT_DEPS) = )", re.M)
    found = sorted((m.group(1) or m.group(2), p.relative_to(ROOT).as_posix())
                   for d in ("nlp", "link") for p in (ROOT / d).rglob("*.py")
                   for m in pattern.finditer(p.read_text(encoding="utf-8")))
    assert found == [("SUBJECT_DEPS", "nlp/syntax.py"), ("irrealis", "nlp/mood.py"), ("is_negated", "nlp/syntax.py"),
                     ("resolve_pronoun", "nlp/syntax.py"), ("subject_of", "nlp/syntax.py")]


# ``Doc.text`` joins every token's text anew on each access: a rule that reads it per event or
# per time made extraction measurably slower (benchmarks/throughput.py, 2026-12-07). The string
# is read once per document through ``common.doc_text``.
_DOC_TEXT = re.compile(r"\bdoc\.text\b")


def _reads_doc_text(path: Path) -> list[int]:
    return [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
            if _DOC_TEXT.search(line.split("#", 1)[0]) and '"""' not in line and "``" not in line]


def test_nlp_reads_the_document_text_through_doc_text() -> None:
    found = {str(p.relative_to(ROOT)): lines for p in (ROOT / "nlp").rglob("*.py")
             if p.name != "common.py" and (lines := _reads_doc_text(p))}
    assert found == {}, f"read the text with common.doc_text(doc), not doc.text: {found}"


def test_doc_text_finder_finds_a_reading(tmp_path: Path) -> None:
    rule = tmp_path / "rule.py"
    rule.write_text('def gap(doc, a, b):\n    return doc.text[a:b]  # the gap\n', encoding="utf-8")
    assert _reads_doc_text(rule) == [2]
