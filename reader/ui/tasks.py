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
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..core.cancel import Cancelled, CancelToken, cancellable
from ..core.errors import ReaderError
from .error_hook import log

T = TypeVar("T")
Report = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits, the GUI thread receives. Whether a result is
    still wanted is decided here, on the GUI thread, where the reader cancels: a result that
    arrives after its task was cancelled goes to ``on_cancelled`` (to undo what the work did)
    instead of ``on_done``, and an error then is dropped."""

    done = Signal(object)
    failed = Signal(object, str)  # the exception, its traceback
    progress = Signal(object)
    over = Signal(object)  # the last thing a worker sends, with its work: both go here

    def __init__(self, runner: TaskRunner, task: Task[Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None],
                 on_progress: Callable[[Any], None] | None,
                 on_cancelled: Callable[[Any], None] | None,
                 on_over: Callable[[], None] | None, owner: QObject | None) -> None:
        super().__init__(owner)
        self._runner = runner
        self._task = task
        self._on_over = on_over
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)
        self.progress.connect(self._deliver_progress)
        self.over.connect(self._end)

    @Slot(object)
    def _deliver_progress(self, value: Any) -> None:
        if self._on_progress is not None and not self._task.token.cancelled:
            self._on_progress(value)

    @Slot(object)
    def _deliver_done(self, value: Any) -> None:
        if not self._task.token.cancelled:
            self._on_done(value)
        elif self._on_cancelled is not None:
            self._on_cancelled(value)

    @Slot(object, str)
    def _deliver_error(self, exc: Any, details: str) -> None:
        if self._task.token.cancelled:
            return
        if not isinstance(exc, ReaderError | OSError):  # our bug: its traceback is kept
            log(details)
        self._on_error(exc)

    @Slot(object)
    def _end(self, work: Any) -> None:
        # the work (and the Qt objects it holds, such as a document to fill) is let go here,
        # on the GUI thread that made them
        del work
        self._task.finished = True
        self._runner._forget(self._task)
        self.deleteLater()
        if self._on_over is not None:
            self._on_over()


class Task(Generic[T]):
    """A handle on work in progress: cancel it, or ask whether it has finished."""

    def __init__(self) -> None:
        self.token = CancelToken()
        self.finished = False

    def cancel(self) -> None:
        self.token.cancel()


class _Runnable(QRunnable):
    def __init__(self, runner: TaskRunner, task: Task[Any], relay: _Relay,
                 fn: Callable[[Report], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._task = task
        self._relay = relay
        self._fn: Callable[[Report], Any] | None = fn

    def run(self) -> None:
        task, relay, fn = self._task, self._relay, self._fn
        self._fn = None
        try:
            if task.token.cancelled or fn is None:
                return
            with cancellable(task.token):
                result = fn(lambda value: self._report(relay, value))
            self._emit(relay.done, result)
            del result
        except Cancelled:
            pass
        except Exception as exc:  # shown on the GUI thread by the caller's on_error
            try:
                relay.failed.emit(exc, traceback.format_exc())
            except RuntimeError:
                pass
        finally:
            if not self._emit(relay.over, fn):
                self._runner._forget(task)  # nobody is left to receive it
            del fn

    def _report(self, relay: _Relay, value: Any) -> None:
        self._emit(relay.progress, value)

    @staticmethod
    def _emit(signal: Any, value: Any) -> bool:
        try:
            signal.emit(value)
        except RuntimeError:  # the owner (and with it the relay) is gone: nobody to tell
            return False
        return True


class TaskRunner(QObject):
    """The window's pool of workers (see the module's rules 3 and 5)."""

    def __init__(self, parent: QObject | None = None, threads: int | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads or max(2, min(4, os.cpu_count() or 2)))
        self._live: set[Task[Any]] = set()
        self._closed = False

    def run(self, fn: Callable[[], T], on_done: Callable[[T], None],
            on_error: Callable[[BaseException], None], owner: QObject | None = None,
            on_cancelled: Callable[[T], None] | None = None,
            on_over: Callable[[], None] | None = None) -> Task[T]:
        """Run ``fn`` on the pool; its result goes to ``on_done`` (its exception to
        ``on_error``) on the GUI thread, unless the task was cancelled (then a finished result
        goes to ``on_cancelled``) or ``owner`` is gone. ``on_over`` runs last, whatever came
        of it."""
        return self.run_reporting(lambda _report: fn(), on_done, on_error, None, owner,
                                  on_cancelled, on_over)

    def run_reporting(self, fn: Callable[[Report], T], on_done: Callable[[T], None],
                      on_error: Callable[[BaseException], None],
                      on_progress: Callable[[Any], None] | None,
                      owner: QObject | None = None,
                      on_cancelled: Callable[[T], None] | None = None,
                      on_over: Callable[[], None] | None = None) -> Task[T]:
        """Like run; ``fn`` gets a ``report(value)`` whose values reach ``on_progress``."""
        task: Task[T] = Task()
        if self._closed:
            task.cancel()
            task.finished = True
            return task
        relay = _Relay(self, task, on_done, on_error, on_progress, on_cancelled, on_over,
                       owner or self)
        self._live.add(task)
        self._pool.start(_Runnable(self, task, relay, fn))
        return task

    def _forget(self, task: Task[Any]) -> None:
        self._live.discard(task)  # a set's discard is atomic under the GIL

    @property
    def busy(self) -> bool:
        """Work not yet over: running, waiting to run, or its result not yet delivered."""
        return bool(self._live) or self._pool.activeThreadCount() > 0

    @property
    def running(self) -> bool:
        """A worker is still computing (what quitting may have to leave behind)."""
        return self._pool.activeThreadCount() > 0

    def wait(self, msecs: int) -> bool:
        """Wait (at most ``msecs``) for every task to finish; for tests and quitting."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self, msecs: int) -> bool:
        """Quitting: call everything off, then wait a bounded time. Returns whether every
        worker had stopped."""
        self._closed = True
        for task in list(self._live):
            task.cancel()
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
