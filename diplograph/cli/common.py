"""What every command shares: the ``--db``/``--json`` options, opening the ``Corpus``, and
errors as one line on stderr (``error: ...``) with exit status 1 (2 for a malformed command
line), never a traceback or a framed box for a user's mistake."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperGroup

from .. import api
from ..config import Settings
from ..errors import DiplographError, printable
from ..kb import override_folder

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = "SQLite file or database URL (default: $DIPLOGRAPH_DB or diplograph.db)"
DbOption = Annotated[str | None, typer.Option("--db", help=DB_HELP)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]
KB_HELP = "folder of your own kb/*.tsv tables extending the packaged lexicons (default: $DIPLOGRAPH_KB_DIR)"
KbDirOption = Annotated[str | None, typer.Option("--kb-dir", help=KB_HELP)]


def one_line(message: str) -> str:
    """``message`` on one line (a database or a path may put newlines in it), its control
    characters escaped (a file name or an id read from the input must not drive the terminal)."""
    return printable(" ".join(message.split()))


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``error: message`` on stderr; the ``Exit`` to raise."""
    typer.echo(f"error: {one_line(message)}", err=True)
    return typer.Exit(code)


def clean_errors(fn: F) -> F:
    """Turn a ``DiplographError`` raised by the command into ``fail``."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except DiplographError as exc:
            raise fail(str(exc)) from None

    return wrapper  # type: ignore[return-value]


def settings(db: str | None, kb_dir: str | None = None) -> Settings:
    """The settings, with ``--db`` and ``--kb-dir`` when given. The folder is checked now (a
    mistyped one fails before any parsing) and made absolute, so every worker finds it; without
    it the components read ``$DIPLOGRAPH_KB_DIR``."""
    s = Settings()
    if db:
        s.db = db
    if kb_dir:
        s.kb_dir = str(override_folder(kb_dir))
    return s


@contextmanager
def open_corpus(db: str | None, *, create: bool = False, kb_dir: str | None = None) -> Iterator[api.Corpus]:
    """The ``Corpus`` at ``--db``. Only commands that write pass ``create``: for the others a
    store that does not exist is an error (a mistyped path must not become an empty store)."""
    with api.open(settings=settings(db, kb_dir), create=create) as corpus:
        yield corpus


class OneLineErrors(TyperGroup):
    """The command group whose usage errors (a bad option value, a missing argument) print
    as one line naming the option, and exit with status 2, instead of Rich's framed panel."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, windows_expand_args: bool = True, **extra: Any) -> Any:
        try:
            result = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except typer.TyperException as exc:  # click's exceptions (Typer vendors click)
            if not standalone_mode:
                raise
            ctx = getattr(exc, "ctx", None)
            hint = f" (see {ctx.command_path} --help)" if ctx is not None else ""
            typer.echo(f"error: {one_line(exc.format_message())}{hint}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            if not standalone_mode:
                raise
            typer.echo("error: aborted", err=True)
            sys.exit(1)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)
