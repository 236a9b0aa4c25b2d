"""Command line: ``margin [FILE...]`` opens the window; ``margin analyze|export|library|notes``
work on the terminal.

The subcommands import no Qt widgets (export's PDF alone uses QtGui), so they start fast and
run without a display; the window is imported only when it is asked for.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TextIO

from .. import __version__
from . import analyze, export, library, notes
from .errors import ErrorPrinter, UsageError
from .exits import Exit
from .parser import TOP_HELP, build_parser
from .pipes import stopping_quietly_on_a_closed_pipe

__all__ = ["Exit", "analyze_command", "export_command", "library_command", "main",
           "notes_command", "run_command"]

COMMANDS = {"analyze": analyze.add_parser, "export": export.add_parser,
            "library": library.add_parser, "notes": notes.add_parser}


def main(argv: Sequence[str] | None = None) -> int:
    _one_blas_thread()
    args = list(sys.argv[1:] if argv is None else argv)
    _utf8_streams()
    if args and (args[0] in COMMANDS or args[0].startswith("-")):
        return int(stopping_quietly_on_a_closed_pipe(lambda: _command(args)))
    from ..ui.app import run

    return run(args)


def _command(args: list[str]) -> int:
    if args[0] in ("-h", "--help"):
        sys.stdout.write(TOP_HELP)
        return Exit.OK
    if args[0] == "--version":
        sys.stdout.write(f"margin {__version__}\n")
        return Exit.OK
    if args[0] in COMMANDS:
        return run_command(args)
    ErrorPrinter(sys.stderr).error(f"unknown option {args[0]}")
    sys.stderr.write(TOP_HELP)
    return Exit.BAD_INPUT


def run_command(argv: Sequence[str], out: TextIO | None = None,
                err: TextIO | None = None) -> int:
    """Parse ``argv`` (a subcommand and its arguments) and run it. A command line that does
    not parse ends as argparse ends it: the subcommand's usage, a message, SystemExit(2)."""
    parser, subcommands = build_parser(COMMANDS.values())
    args, unknown = parser.parse_known_args(list(argv))
    command = subcommands.choices[args.subcommand]
    if unknown:  # blamed on the subcommand, not on the top level
        command.error(f"unrecognized arguments: {' '.join(unknown)}")
    try:
        return int(args.run(args, out or sys.stdout, err or sys.stderr))
    except UsageError as exc:
        command.error(str(exc))


def analyze_command(argv: Sequence[str], out: TextIO | None = None,
                    err: TextIO | None = None) -> int:
    return run_command(["analyze", *argv], out, err)


def export_command(argv: Sequence[str], out: TextIO | None = None,
                   err: TextIO | None = None) -> int:
    return run_command(["export", *argv], out, err)


def library_command(argv: Sequence[str], out: TextIO | None = None,
                    err: TextIO | None = None) -> int:
    return run_command(["library", *argv], out, err)


def notes_command(argv: Sequence[str], out: TextIO | None = None,
                  err: TextIO | None = None) -> int:
    return run_command(["notes", *argv], out, err)


def _one_blas_thread() -> None:
    """numpy's OpenBLAS spins a thread per core and thrashes on small machines; the ranking
    here is light linear algebra, faster on one thread. Must run before numpy is imported."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def _utf8_streams() -> None:
    """Print UTF-8 whatever the terminal's locale says, so no article text fails to print."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
