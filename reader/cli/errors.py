"""The one error printer: ``margin: <message>`` lines on standard error, tracebacks on --debug.

Failures in the user's world (a file that cannot be read, a damaged library) are one plain
line; anything else is our bug, reported as such (``core.errors.describe_failure``).
"""

from __future__ import annotations

import traceback
from typing import TextIO

from ..core.errors import describe_failure

DEBUG_HINT = "; run with --debug for details"


class UsageError(Exception):
    """The command line itself is wrong: the subcommand's usage and this message, status 2
    (as argparse reports what it finds wrong)."""


class ErrorPrinter:
    """Everything a command tells the person on standard error."""

    def __init__(self, stream: TextIO, debug: bool = False) -> None:
        self.stream = stream
        self.debug = debug

    def error(self, message: str) -> None:
        self.stream.write(f"margin: {message}\n")

    def note(self, message: str) -> None:
        """Something worth knowing that is no failure, kept off standard output."""
        self.error(f"note: {message}")

    def failure(self, name: str, exc: BaseException) -> str:
        """The one line saying why ``name`` failed, for the caller to print where its output
        goes; with --debug the traceback goes to the stream first."""
        if self.debug:
            traceback.print_exception(exc, file=self.stream)
        return describe_failure(name, exc, DEBUG_HINT)
