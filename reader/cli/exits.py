"""The exit statuses of every command, in one place."""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    OK = 0
    NO_MATCH = 1  # ``library search`` found nothing: grep's convention
    BAD_INPUT = 2  # a file, an option or the library could not be used; also argparse's status
    # the reader of our output went away (``margin library list | head``): the status a shell
    # reports for a program ended by SIGPIPE, as ``git log | head`` gives
    CLOSED_PIPE = 128 + 13
