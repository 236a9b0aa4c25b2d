"""Calling work off: a token the caller holds, and checkpoints the work passes.

The window cancels an analysis nobody waits for any more (another article was opened, the
reader pressed Cancel, the window is closing). The work runs under ``cancellable(token)`` and
calls ``checkpoint()`` between its steps and every so often inside long ones; a checkpoint
raises ``Cancelled`` once the token is cancelled. Code run without a token (the command line)
never stops at a checkpoint. The token in force is per thread (a context variable), so the
steps need not pass it along.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


class Cancelled(Exception):  # noqa: N818 (it is not an error: the work was called off)
    """The work was called off; nobody waits for its result."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


_current: ContextVar[CancelToken | None] = ContextVar("margin_cancel_token", default=None)


def current_token() -> CancelToken | None:
    """The token in force on this thread (None: the work cannot be called off), for work that
    must also be woken when it is called off, such as a read waiting on a silent server."""
    return _current.get()


def checkpoint() -> None:
    """Raise Cancelled if the work in progress on this thread was called off."""
    token = _current.get()
    if token is not None and token.cancelled:
        raise Cancelled()


@contextmanager
def cancellable(token: CancelToken | None) -> Iterator[None]:
    """Run the body with ``token`` in force for checkpoint()."""
    reset = _current.set(token)
    try:
        yield
    finally:
        _current.reset(reset)
