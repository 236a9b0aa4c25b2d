"""A closed pipe (``margin library list | head``) ends a command quietly, with status 141."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TextIO

from .exits import Exit


def stopping_quietly_on_a_closed_pipe(command: Callable[[], int]) -> int:
    """Run a terminal command; when whatever reads its output stops reading (``| head``),
    end with Exit.CLOSED_PIPE and nothing on the terminal: no traceback, and no complaint
    from the interpreter about output it could not flush at exit."""
    try:
        try:
            return command()
        finally:
            sys.stdout.flush()  # what is still buffered meets the closed pipe here, not at exit
    except BrokenPipeError:
        _drop_output()
        return Exit.CLOSED_PIPE


def _drop_output() -> None:
    """Point the closed stream at the null device, so that the interpreter's last flush at
    exit has somewhere to go. stderr stays unless it is the closed one too (``2>&1 | head``)."""
    _to_null(sys.stdout)
    try:
        sys.stderr.flush()
    except BrokenPipeError:
        _to_null(sys.stderr)


def _to_null(stream: TextIO) -> None:
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return  # not a real file: nothing will be flushed into a closed pipe at exit
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)
