"""The window's one way to the library (rule 4 in ``tasks.py``).

Every write goes to one writer thread, in the order asked, on the library's one write
connection: opening an article, its reading place, tags, removal, a whole import. Reads for
the window's lists go to a reader thread with a connection of its own (WAL lets it read while a
write is in progress). Results come back to the GUI thread through a signal, so the GUI thread
never waits on SQLite; a worker of the analysis pool may wait for a write (``call``) when the
work needs its result. At quit, ``close`` lets the writes already asked for finish (bounded)
and closes both connections.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..library import Library, LibraryError
from .error_lines import translate_line
from .i18n import tr

T = TypeVar("T")
OPEN_TIMEOUT_S = 120  # a huge library's integrity check can take a while


class _Delivery(QObject):
    """Lives on the GUI thread: runs a callback there with a value from another thread."""

    arrived = Signal(object, object)  # callback, value

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.arrived.connect(self._run)

    @Slot(object, object)
    def _run(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)


class LibraryOwner(QObject):
    opened = Signal(object)  # the Library, once open (its recovered_from says if it was redone)
    unavailable = Signal(str)  # why it could not be opened
    changed = Signal()  # an article was added, removed, tagged or opened: lists may refresh
    problem = Signal(str)  # a write failed and its caller gave no way to say so: the window does

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="margin-library-write")
        self._reader = ThreadPoolExecutor(1, thread_name_prefix="margin-library-read")
        self._library: Library | None = None
        self._problem: str | None = None
        self._ready = threading.Event()
        self._closed = False
        self._delivery = _Delivery(self)

    # --- opening -------------------------------------------------------------------------

    def open(self) -> None:
        """Open (check, migrate, recover) the library on the writer thread."""

        def work() -> None:
            try:
                self._library = Library(self.folder)
            except LibraryError as exc:
                self._problem = translate_line(str(exc))
            except Exception as exc:  # noqa: BLE001 (a bug: said in one line, not a crash)
                self._problem = tr("The library could not be opened ({error}).").format(
                    error=type(exc).__name__)
            finally:
                self._ready.set()
            if self._library is not None:
                self._deliver(self.opened.emit, self._library)
            else:
                self._deliver(self.unavailable.emit, self._problem)

        self._writer.submit(work)

    @property
    def available(self) -> bool:
        """Open and usable (False while opening, after a failure, and after close)."""
        return self._library is not None and not self._closed

    def _wait(self) -> Library:
        if not self._ready.wait(OPEN_TIMEOUT_S) or self._library is None:
            raise LibraryError(self._problem or tr("The library is not available."))
        return self._library

    # --- work ----------------------------------------------------------------------------

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        try:
            self._delivery.arrived.emit(callback, value)
        except RuntimeError:  # the window is gone
            pass

    def _submit(self, executor: ThreadPoolExecutor, op: Callable[[Library], T],
                on_done: Callable[[T], None] | None,
                on_error: Callable[[BaseException], None] | None,
                changes_list: bool) -> Future[T]:
        def job() -> T:
            try:
                result = op(self._wait())
            except Exception as exc:
                if on_error is not None:
                    self._deliver(on_error, exc)
                else:  # never silent
                    message = translate_line(str(exc)) if isinstance(exc, LibraryError) else (
                        tr("The library could not be changed ({kind}: {error}).").format(
                            kind=type(exc).__name__, error=exc))
                    self._deliver(self.problem.emit, message)
                raise
            if on_done is not None:
                self._deliver(on_done, result)
            if changes_list:
                self._deliver(lambda _: self.changed.emit(), None)
            return result

        refused: Future[T] = Future()
        if self._closed:
            refused.set_exception(LibraryError(tr("The library is closed.")))
            return refused
        try:
            return executor.submit(job)
        except RuntimeError:  # shut down between the check and the submit
            refused.set_exception(LibraryError(tr("The library is closed.")))
            return refused

    def write(self, op: Callable[[Library], T], on_done: Callable[[T], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None, *,
              changes_list: bool = False) -> Future[T]:
        """Run ``op(library)`` on the writer thread after the writes already asked for; its
        result (or exception) goes to the callbacks on the GUI thread."""
        return self._submit(self._writer, op, on_done, on_error, changes_list)

    def read(self, op: Callable[[Library], T], on_done: Callable[[T], None],
             on_error: Callable[[BaseException], None] | None = None) -> Future[T]:
        """Run ``op(library)`` on the reader thread (its own connection)."""
        return self._submit(self._reader, op, on_done, on_error, False)

    def call(self, op: Callable[[Library], T], *, changes_list: bool = True) -> T:
        """A write whose result a worker needs now: waits for it. Never on the GUI thread."""
        main = QThread.currentThread() is self.thread()
        assert not main, "the GUI thread never waits on the library"
        return self.write(op, changes_list=changes_list).result()

    # --- quitting ------------------------------------------------------------------------

    def close(self, seconds: float) -> bool:
        """Finish the writes already asked for (waiting at most ``seconds``), then close both
        connections. Returns whether everything finished in time."""
        if self._closed:
            return True
        self._closed = True
        done = threading.Event()

        # each closes its own thread's connection, with the library as it is by then (it may
        # have been still opening when close was asked for)
        def close_reader() -> None:
            if self._library is not None:
                self._library.close()

        def close_writer() -> None:
            try:
                if self._library is not None:
                    self._library.close()
            finally:
                done.set()

        self._reader.submit(close_reader)
        self._writer.submit(close_writer)
        finished = done.wait(seconds)
        self._reader.shutdown(wait=False)
        self._writer.shutdown(wait=False)
        return finished
