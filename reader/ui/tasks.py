"""The one way the window runs core work: on a thread pool, results delivered on the GUI thread.

Workers never touch widgets. Each task's relay lives in the GUI thread and receives the result
through its own signal, so the connection is queued and the callback runs in the GUI thread.
Callers re-check that the result is still wanted (see ``Generation``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_done(self, value: Any) -> None:
        _live.discard(self)
        self._on_done(value)

    @Slot(object)
    def _deliver_error(self, exc: Any) -> None:
        _live.discard(self)
        self._on_error(exc)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI thread and shown there
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()  # relays waiting to deliver, kept alive until they have


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_task(fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None]) -> None:
    relay = _Relay(on_done, on_error)
    _live.add(relay)
    pool().start(_Task(fn, relay))


class Generation:
    """A counter that makes stale results easy to drop: take a ticket when starting work,
    and on delivery ask whether the ticket is still current."""

    def __init__(self) -> None:
        self._value = 0

    def next(self) -> int:
        self._value += 1
        return self._value

    def current(self, ticket: int) -> bool:
        return ticket == self._value
