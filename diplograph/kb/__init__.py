"""Lexicons as data: packaged TSV/JSON tables with user overrides.

Every table is a UTF-8 TSV file in this folder whose first line names the columns;
lines starting with ``#`` are comments. A user can override or extend a table by
putting a file of the same name in an override folder: its rows are appended after the
packaged rows (and a row whose first column repeats a packaged key replaces it).

The override folder is the *active* one: ``using(folder)`` makes ``folder`` active for the
code run inside it (each pipeline component runs inside its own ``kb_dir``), and outside any
``using`` it is the folder named by ``$DIPLOGRAPH_KB_DIR`` (or none). Two pipelines with
different folders can therefore live in one process. Everything derived from the tables
(a gazetteer, a trigger lexicon, a word set) is memoised with ``per_folder``, keyed by the
active folder, never with a plain ``functools.cache``.
"""

from __future__ import annotations

import contextvars
import csv
import functools
import json
import os
from collections.abc import Callable, Hashable, Iterable, Iterator, Set
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from ..errors import DiplographError

KB_DIR = Path(__file__).resolve().parent
ENV_VAR = "DIPLOGRAPH_KB_DIR"

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

# The active override folder, already checked: (folder or None,) inside ``using``/``activate``;
# unset outside them, where ``$DIPLOGRAPH_KB_DIR`` is read at each look-up (tests set it).
_ACTIVE: contextvars.ContextVar[tuple[Path | None]] = contextvars.ContextVar("diplograph_kb_dir")
# Every ``per_folder`` memo, so ``clear_caches`` can empty them all.
_MEMOS: list[dict[Hashable, Any]] = []


def override_folder(folder: str | os.PathLike[str] | None = None) -> Path | None:
    """The override folder ``folder`` names (None: ``$DIPLOGRAPH_KB_DIR``, then none), as an
    absolute path. A folder that does not exist or is not a folder is a ``DiplographError``."""
    if folder is None or not str(folder):
        env = os.environ.get(ENV_VAR)
        return _checked(env, f"${ENV_VAR}") if env else None
    return _checked(os.fspath(folder), "kb_dir")


@functools.lru_cache(maxsize=64)  # the check is a stat; look-ups outside ``using`` repeat it per call
def _checked(folder: str, source: str) -> Path:
    path = Path(folder).expanduser()
    if not path.exists():
        raise DiplographError(f"{folder}: knowledge-base folder ({source}) does not exist")
    if not path.is_dir():
        raise DiplographError(f"{folder}: knowledge-base folder ({source}) is not a folder")
    return path.resolve()


def active_folder() -> Path | None:
    """The override folder the table look-ups of this moment read (None: the packaged tables alone)."""
    active = _ACTIVE.get(None)
    return override_folder() if active is None else active[0]


@contextmanager
def activate(folder: Path | None) -> Iterator[Path | None]:
    """Make an already-checked folder (``override_folder``'s result; None = the packaged
    tables alone) the active one inside the ``with`` block. Components use this: they check
    their ``kb_dir`` once, when they are built."""
    token = _ACTIVE.set((folder,))
    try:
        yield folder
    finally:
        _ACTIVE.reset(token)


@contextmanager
def using(folder: str | os.PathLike[str] | None) -> Iterator[Path | None]:
    """Read the tables of ``folder`` (None: ``$DIPLOGRAPH_KB_DIR``, then none) inside the
    ``with`` block; yields the checked folder."""
    with activate(override_folder(folder)) as checked:
        yield checked


def per_folder(fn: Callable[P, R]) -> Callable[P, R]:
    """Memoise ``fn`` by the active override folder and its arguments: use this (not
    ``functools.cache``) on anything derived from the tables."""
    memo: dict[Hashable, R] = {}
    _MEMOS.append(memo)

    @functools.wraps(fn)
    def memoised(*args: P.args, **kwargs: P.kwargs) -> R:
        key = (active_folder(), args, tuple(kwargs.items())) if kwargs else (active_folder(), args)
        try:
            return memo[key]
        except KeyError:
            value = memo[key] = fn(*args, **kwargs)
            return value

    return memoised


def clear_caches() -> None:
    """Forget every table read and everything derived from them (after editing a table or
    ``$DIPLOGRAPH_KB_DIR`` in a running process)."""
    _checked.cache_clear()
    _load_table.cache_clear()
    _load_json.cache_clear()
    for memo in _MEMOS:
        memo.clear()


def _read_tsv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    except (OSError, UnicodeDecodeError) as exc:
        raise DiplographError(f"{path}: knowledge-base table cannot be read ({exc})") from None
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for n, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DiplographError(f"{path}: row {n} has the wrong number of columns")
        rows.append({k: v.strip() for k, v in row.items()})
    return rows


def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``kb/NAME.tsv`` (packaged, then the active override folder's file), as dicts of strings."""
    return _load_table(name, active_folder())


@functools.cache
def _load_table(name: str, override: Path | None) -> tuple[dict[str, str], ...]:
    packaged = KB_DIR / f"{name}.tsv"
    if not packaged.exists():
        raise DiplographError(f"no knowledge-base table named {name!r}")
    rows = _read_tsv(packaged)
    if override and (override / f"{name}.tsv").exists():
        extra = _read_tsv(override / f"{name}.tsv")
        if extra:
            key = next(iter(extra[0]))
            replaced = {r[key] for r in extra}
            rows = [r for r in rows if r.get(key) not in replaced] + extra
    return tuple(rows)


def load_json(name: str) -> Any:
    """The parsed ``kb/NAME.json`` (a file of the same name in the active override folder replaces it)."""
    return _load_json(name, active_folder())


@functools.cache
def _load_json(name: str, override: Path | None) -> Any:
    path = override / f"{name}.json" if override and (override / f"{name}.json").exists() \
        else KB_DIR / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DiplographError(f"{path}: knowledge-base file cannot be read ({exc})") from None


def split_list(cell: str) -> list[str]:
    """Cells holding several values separate them with ``|``."""
    return [v.strip() for v in cell.split("|") if v.strip()] if cell else []


@per_folder
def _word_class(table: str, cls: str) -> frozenset[str]:
    return frozenset(r["word"] for r in load_table(table) if r["class"] == cls)


class WordClass(Set[str]):
    """The words of one class of a word table (columns ``word`` and ``class``, like
    ``actor_words.tsv``), read from the active folder whenever it is used: a module-level
    constant that follows the component's ``kb_dir``."""

    def __init__(self, table: str, cls: str) -> None:
        self.table, self.cls = table, cls

    def words(self) -> frozenset[str]:
        return _word_class(self.table, self.cls)

    def __contains__(self, word: object) -> bool:
        return word in _word_class(self.table, self.cls)

    def __iter__(self) -> Iterator[str]:
        return iter(_word_class(self.table, self.cls))

    def __len__(self) -> int:
        return len(_word_class(self.table, self.cls))

    @classmethod
    def _from_iterable(cls, it: Iterable[T]) -> frozenset[T]:  # what ``|`` and ``&`` return
        return frozenset(it)

    def __repr__(self) -> str:
        return f"WordClass({self.table!r}, {self.cls!r})"
