"""Articles from the web and the clipboard: File › Open Address…, a link dropped on the window,
File › New from Clipboard, and Fetch Again.

A page is fetched on a worker (``reader.core.fetch``: limits, timeouts, one-line failures),
kept in the library through its owner, and then opened like any article from the kept copy, so
that it reads the same offline. An address the library already keeps opens its copy without a
fetch; Fetch Again replaces the copy and the highlights are found again in the new text.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ..core.addresses import address_in, is_address, site_of
from ..core.cancel import checkpoint
from ..core.errors import ReaderError, describe_failure
from ..core.fetch import Page, fetch
from ..core.loaders.webpage import kept_copy
from ..core.pasted import pasted_document
from ..library import Library, Record
from .articles import Articles
from .entries import Notify
from .error_lines import translate_line
from .i18n import tr
from .library_owner import LibraryOwner
from .tasks import Task, TaskRunner

KB = 1024


def received_label(site: str, got: int, total: int | None) -> str:
    """"Fetching example.org… 120 KB of 300 KB" as the page arrives."""
    if total:
        return tr("Fetching {site}… {got} KB of {total} KB").format(
            site=site, got=max(1, got // KB), total=max(1, total // KB))
    return tr("Fetching {site}… {got} KB").format(site=site, got=max(1, got // KB))


class WebPages(QObject):
    def __init__(self, window: QWidget, articles: Articles, library: LibraryOwner,
                 tasks: TaskRunner, notify: Notify) -> None:
        super().__init__(window)
        self.window = window
        self.articles = articles
        self.library = library
        self.tasks = tasks
        self.notify = notify
        self.fetching: Task[Any] | None = None  # the fetch the reader waits for

    # --- asking ----------------------------------------------------------------------------

    def ask_address(self) -> None:
        """File › Open Address…: an address typed or pasted (the clipboard's, if it holds one,
        is offered)."""
        offered = address_in(QGuiApplication.clipboard().text() or "") or ""
        text, ok = QInputDialog.getText(
            self.window, tr("Open Address"),
            tr("The address of a web page (http or https). Margin fetches it once and keeps "
               "it in the library, to read offline."),
            QLineEdit.EchoMode.Normal, offered)
        if ok and text.strip():
            self.open_address(text.strip())

    def open_address(self, text: str) -> None:
        address = text if is_address(text) else address_in(text)
        if address is None:
            self.notify(tr("“{text}” is not a web address (one starting with http:// or "
                           "https://).").format(text=text[:80]), warning=True)
            return
        self._fetch(address, None)

    def drop(self, mime: QMimeData) -> bool:
        """A link dropped from a browser (a URL or text with an address): fetched. Returns
        whether the drop held one."""
        addresses = [u.toString() for u in mime.urls() if u.scheme() in ("http", "https")]
        if not addresses and mime.hasText():
            found = address_in(mime.text())
            addresses = [found] if found else []
        for address in addresses[:1]:  # one page at a time: the reader waits for it
            self._fetch(address, None)
        return bool(addresses)

    def paste(self) -> None:
        """File › New from Clipboard: a link is fetched; HTML or text becomes a new article."""
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        if text.strip() and is_address(text.strip()):  # a link copied (HTML beside it or not)
            self._fetch(text.strip(), None)
            return
        try:
            data, suffix, title = pasted_document(html or None, text or None)
        except ReaderError as exc:
            self.notify(tr("Nothing to paste: {reason}.").format(reason=translate_line(str(exc))),
                        warning=True)
            return
        self._keep(lambda lib: lib.add_pasted(data, suffix, title, opened=True)[0],
                   tr("Keeping the pasted text…"))

    def fetch_again(self) -> None:
        """File › Fetch Again: the page shown, fetched anew; the kept copy replaced."""
        entry = self.articles.current_entry()
        record = entry.record if entry is not None else None
        if record is None or not record.address:
            self.notify(tr("Only a page opened from the web can be fetched again."))
            return
        self._fetch(record.address, record)

    # --- the work --------------------------------------------------------------------------

    def _fetch(self, address: str, again: Record | None) -> None:
        owner, site = self.library, site_of(address)
        library_there = owner.available

        def work(report: Callable[[Any], None]) -> Fetched:
            if again is None and library_there:  # kept already: no fetch
                kept = owner.call(lambda lib: _kept(lib, address), changes_list=False)
                if kept is not None:
                    return Fetched(kept, None, False)
            page = fetch(address, lambda got, total: report((got, total)))
            checkpoint()  # called off: nothing kept
            if not library_there:
                return Fetched(_loose_copy(page), None, False)
            if again is not None:
                return owner.call(lambda lib: Fetched(
                    str(lib.original(lib.refetch(again.id, page))), again.id, False))
            return owner.call(lambda lib: _added(lib, page))

        def arrived(fetched: Fetched) -> None:
            wanted = self.articles.awaits(task)  # not if the reader has opened something else
            self._over(task)
            if again is not None:
                self.articles.drop_entry(again.id)  # its old text is not shown any more
            if wanted or (again is not None and self.articles.current_record() == again.id):
                self.articles.open_file(fetched.path)
            elif fetched.record is not None or again is not None:
                self.window.statusBar().showMessage(  # type: ignore[attr-defined]
                    tr("The page from {site} is in the library.").format(site=site), 5000)
            if not library_there:
                self.notify(tr("The library is not available: this page is shown but not "
                               "kept."), warning=True)

        def called_off(fetched: Fetched) -> None:
            """Cancel came after the page was read: a page kept just now leaves the library
            again; a copy already replaced (Fetch Again) stays, and is shown if it is the
            article on screen, so that the window and the library agree."""
            self._over(task)
            if again is not None:
                self.articles.drop_entry(again.id)
                if self.articles.current_record() == again.id:
                    self.articles.open_file(fetched.path)
            elif fetched.new and fetched.record is not None:
                record_id = fetched.record
                owner.write(lambda lib: lib.remove(record_id), changes_list=True)

        def failed(exc: BaseException) -> None:
            self._over(task)
            self.notify(translate_line(describe_failure(site or address, exc)), warning=True)

        task = self.tasks.run_reporting(
            work, arrived, failed,
            lambda step: self.articles.busy_text(task, received_label(site, *step)),
            on_cancelled=called_off, on_over=lambda: self._over(task))
        self.fetching = task
        self.articles.await_task(task, tr("Fetching {site}…").format(site=site))

    def _keep(self, keep: Callable[[Library], Record], busy: str) -> None:
        if not self.library.available:
            self.notify(tr("The library is not available, so pasted text cannot be kept."),
                        warning=True)
            return

        def opened(record: Record) -> None:
            self.library.read(lambda lib: str(lib.original(record)), self.articles.open_file,
                              lambda exc: self.notify(translate_line(str(exc)), warning=True))

        self.library.write(keep, opened, lambda exc: self.notify(translate_line(str(exc)),
                                                                 warning=True),
                           changes_list=True)
        self.window.statusBar().showMessage(busy, 3000)  # type: ignore[attr-defined]

    def _over(self, task: Task[Any]) -> None:
        if self.fetching is task:
            self.fetching = None
        self.articles.task_over(task)


@dataclass(frozen=True)
class Fetched:
    """What a fetch left: the file to show, the library's record of it (None: not kept) and
    whether the library kept it just now."""

    path: str
    record: int | None
    new: bool


def _added(lib: Library, page: Page) -> Fetched:
    record, new = lib.add_page(page, opened=True)
    return Fetched(str(lib.original(record)), record.id, new)


def _kept(lib: Library, address: str) -> str | None:
    record = lib.find_address(address)
    if record is None:
        return None
    return str(lib.original(lib.existing(record, opened=True)))


def _loose_copy(page: Page) -> str:
    """Without a library the page is shown from a temporary copy (not kept), removed when
    Margin ends normally (not when it has to stop in the middle of work)."""
    folder = Path(tempfile.mkdtemp(prefix="margin-page-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / f"{site_of(page.final) or 'page'}{page.suffix}"
    path.write_bytes(kept_copy(page))
    return str(path)


__all__ = ["WebPages", "received_label"]
