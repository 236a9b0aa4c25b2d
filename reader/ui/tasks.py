"""How the window runs work off its thread, and the rules every part of it keeps.

The rules:

1. Widgets, and every QObject the window keeps, are made and changed on the GUI thread only.
   A worker gets plain Python data. The one Qt object a worker may touch is the empty
   QTextDocument that ``document.new_document`` makes on the GUI thread for it to fill: it has
   no parent, no view and no signal connected until its result is delivered, so one thread
   uses it at a time (QTextDocument is reentrant, which Qt documents as safe on those terms).
   No QObject is moved between threads (``moveToThread`` from a worker could deadlock PySide:
   the GIL against Qt's signal-slot lock).
2. Results, errors and progress come back through a signal of a relay that lives on the GUI
   thread; the connection is queued, so callbacks run on the GUI thread. A callback checks
   that its result is still wanted (``Generation``) before showing it.
3. Analysis, loading and export run on the window's own pool (``TaskRunner``), never Qt's
   global one. Each task has a ``CancelToken``; the core stops at its next checkpoint once the
   token is cancelled (``reader.core.cancel``) and nothing is delivered.
4. The library is read and written only through ``LibraryOwner`` (``library_owner.py``):
   every write in order on its one writer thread, reads on a reader thread with their own
   connection. The GUI thread never waits on SQLite.
5. At quit the window cancels every task, waits a bounded time for the pool, then lets the
   library owner finish the writes already asked for and close its connections.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..core.cancel import Cancelled, CancelToken, cancellable

T = TypeVar("T")
Report = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits, the GUI thread receives."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)
    over = Signal()  # the last thing a worker sends: the relay then goes

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 on_progress: Callable[[Any], None] | None, owner: QObject | None) -> None:
        super().__init__(owner)
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)
        self.progress.connect(self._deliver_progress)
        self.over.connect(self.deleteLater)

    @Slot(object)
    def _deliver_progress(self, value: Any) -> None:
        if self._on_progress is not None:
            self._on_progress(value)

    @Slot(object)
    def _deliver_done(self, value: Any) -> None:
        self._on_done(value)

    @Slot(object)
    def _deliver_error(self, exc: Any) -> None:
        self._on_error(exc)


class Task(Generic[T]):
    """A handle on work in progress: cancel it, or ask whether it is still running."""

    def __init__(self, relay: _Relay) -> None:
        self.token = CancelToken()
        self.relay = relay
        self.finished = False

    def cancel(self) -> None:
        self.token.cancel()


class _Runnable(QRunnable):
    def __init__(self, runner: TaskRunner, task: Task[Any], fn: Callable[[Report], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._task = task
        self._fn = fn

    def run(self) -> None:
        task = self._task
        try:
            if task.token.cancelled:
                return
            with cancellable(task.token):
                result = self._fn(lambda value: self._emit(task.relay.progress, value))
        except Cancelled:
            return
        except Exception as exc:  # shown on the GUI thread by the caller's on_error
            self._emit(task.relay.failed, exc)
        else:
            if not task.token.cancelled:
                self._emit(task.relay.done, result)
        finally:
            task.finished = True
            self._runner._forget(task)
            try:
                task.relay.over.emit()
            except RuntimeError:  # the relay went with its owner
                pass

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the owner (and with it the relay) is gone: nobody to tell
            pass


class TaskRunner(QObject):
    """The window's pool of workers (see the module's rules 3 and 5)."""

    def __init__(self, parent: QObject | None = None, threads: int | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads or max(2, min(4, os.cpu_count() or 2)))
        self._live: set[Task[Any]] = set()
        self._closed = False

    def run(self, fn: Callable[[], T], on_done: Callable[[T], None],
            on_error: Callable[[BaseException], None], owner: QObject | None = None) -> Task[T]:
        """Run ``fn`` on the pool; its result goes to ``on_done`` (its exception to
        ``on_error``) on the GUI thread, unless the task was cancelled or ``owner`` is gone."""
        return self.run_reporting(lambda _report: fn(), on_done, on_error, None, owner)

    def run_reporting(self, fn: Callable[[Report], T], on_done: Callable[[T], None],
                      on_error: Callable[[BaseException], None],
                      on_progress: Callable[[Any], None] | None,
                      owner: QObject | None = None) -> Task[T]:
        """Like run; ``fn`` gets a ``report(value)`` whose values reach ``on_progress``."""
        relay = _Relay(on_done, on_error, on_progress, owner or self)
        task: Task[T] = Task(relay)
        if self._closed:
            task.cancel()
            return task
        self._live.add(task)
        self._pool.start(_Runnable(self, task, fn))
        return task

    def _forget(self, task: Task[Any]) -> None:
        self._live.discard(task)  # a set's discard is atomic under the GIL

    @property
    def busy(self) -> bool:
        return bool(self._live) or self._pool.activeThreadCount() > 0

    def wait(self, msecs: int) -> bool:
        """Wait (at most ``msecs``) for every task to finish; for tests and quitting."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self, msecs: int) -> bool:
        """Quitting: call everything off, then wait a bounded time. Returns whether every
        worker had stopped."""
        self._closed = True
        for task in list(self._live):
            task.cancel()
        self._pool.clear()  # what has not started never will
        return self.wait(msecs)


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
