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
    progress = Signal(object)

    def __init__(self, on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None],
                 on_progress: Callable[[Any], None] | None = None,
                 owner: QObject | None = None) -> None:
        super().__init__(owner)
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)
        self.progress.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_progress(self, value: Any) -> None:
        if self._on_progress is not None:
            self._on_progress(value)

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
            self._emit(self.relay.failed, exc)
        else:
            self._emit(self.relay.done, result)

    def _emit(self, signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the owner (and with it the relay) is gone: nobody to tell
            _live.discard(self.relay)


_live: set[_Relay] = set()  # relays waiting to deliver, kept alive until they have


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_task(fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None], owner: QObject | None = None) -> None:
    """Run ``fn`` on the pool; its result goes to ``on_done`` (or its exception to ``on_error``)
    on the GUI thread, unless ``owner`` has been destroyed by then."""
    relay = _Relay(on_done, on_error, owner=owner)
    _live.add(relay)
    pool().start(_Task(fn, relay))


def run_task_with_progress(fn: Callable[[Callable[[Any], None]], Any],
                           on_progress: Callable[[Any], None], on_done: Callable[[Any], None],
                           on_error: Callable[[BaseException], None],
                           owner: QObject | None = None) -> None:
    """Like run_task; ``fn`` gets a ``report(value)`` callable whose values reach
    ``on_progress`` on the GUI thread."""
    relay = _Relay(on_done, on_error, on_progress, owner)
    _live.add(relay)
    task = _Task(lambda: fn(lambda value: task._emit(relay.progress, value)), relay)
    pool().start(task)


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
