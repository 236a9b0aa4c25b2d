"""Opening articles, keeping them in the library, showing them, and analysing them again when
the reader asks.

The work runs on the window's pool (``tasks.TaskRunner``); the library is reached through its
owner (``library_owner.LibraryOwner``). A result is shown only if it is still the newest request
for the article on screen (``Generation``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from ..core.article import Article
from ..core.cancel import checkpoint
from ..core.loaders import load
from ..core.pipeline import Analysis, Options, analyze
from ..library import Library, LibraryError, Record
from .analysis_panes import language_label
from .document import (
    Rendered,
    build_document,
    length_label,
    new_document,
    reading_time_label,
)
from .entries import (
    Entry,
    Look,
    Notify,
    Screen,
    counted,
    describe_error,
    options_from,
    options_to_dict,
    readable_date,
)
from .library_owner import LibraryOwner
from .settings import Settings
from .tasks import Generation, Task, TaskRunner

Opened = tuple[Article, Record | None, Options, Rendered, str | None]


class Articles(QObject):
    def __init__(self, screen: Screen, library: LibraryOwner, tasks: TaskRunner,
                 settings: Settings, notify: Notify, look: Callable[[], Look],
                 focus: Callable[[], None], import_paths: Callable[[list[str]], None]) -> None:
        super().__init__(screen.window)
        self.screen = screen
        self.library = library
        self.tasks = tasks
        self.settings = settings
        self.notify = notify
        self.look = look
        self.focus = focus
        self.import_paths = import_paths
        self.entries: dict[str, Entry] = {}
        self.current: str | None = None
        self.display = Generation()  # the newest request whose result may be shown
        self.waiting: list[str] | None = []  # asked for before the library was open
        self.at_start = True  # nothing asked for yet: the last article may come back
        self.reopen_last = True
        self._shown_task: Task[Any] | None = None  # the work whose result would be shown

    # --- the library ---------------------------------------------------------------------

    def library_opened(self, library: Library) -> None:
        if library.recovered_from is not None:
            self.notify(f"The library was damaged and could not be read. It was moved to "
                        f"{library.recovered_from} and a new, empty library was started.",
                        seconds=60, warning=True)
        self._release_waiting()

    def library_unavailable(self, why: str) -> None:
        self.notify(why, seconds=60, warning=True)
        self._release_waiting()

    def _release_waiting(self) -> None:
        waiting, self.waiting = self.waiting or [], None
        if waiting:
            self.open_paths(waiting)
        elif self.at_start and self.reopen_last:
            self._reopen_last()
        self.at_start = False

    def _reopen_last(self) -> None:
        """Start where the reader left off: the article read last, at its place."""

        def done(records: list[Record]) -> None:
            if records and self.current is None and not self.entries:
                self.open_record(records[0])

        self.library.read(lambda lib: [r for r in lib.articles("opened", limit=1) if r.opened_at],
                          done)

    # --- opening -------------------------------------------------------------------------

    def open_paths(self, paths: list[str]) -> None:
        """Files are opened (the last one shown); folders are imported into the library."""
        if self.waiting is not None:
            self.waiting.extend(paths)
            return
        self.at_start = False
        folders = [p for p in paths if Path(p).is_dir()]
        files = [p for p in paths if not Path(p).is_dir()]
        if folders:
            self.import_paths(folders)
        for i, path in enumerate(files):
            self.open_file(path, show=i == len(files) - 1)

    def open_record(self, record: Record) -> None:
        for path, entry in self.entries.items():
            if entry.record is not None and entry.record.id == record.id:
                self.display.next()  # whatever was on its way is no longer wanted
                self.screen.busy.stop()
                self.show(path, entry)
                return

        def opened(library: Library) -> str:
            return str(library.original(record))

        self.library.read(opened, self.open_file,
                          lambda exc: self.notify(str(exc), warning=True))

    def open_file(self, path: str, show: bool = True) -> None:
        if self.waiting is not None:  # the library is still opening: after it
            self.waiting.append(path)
            return
        path = str(Path(path).absolute())
        entry = self.entries.get(path)
        if entry is not None and show:
            self.show(path, entry)
            return
        ticket = self._begin(Path(path).name) if show else None
        look = self.look()
        document = new_document(look.font)  # made here, on the GUI thread; the worker fills it
        owner = self.library

        def work() -> Opened:
            article = load(path)
            checkpoint()  # called off while loading: nothing goes into the library
            record, problem, new = None, None, False
            if owner.available:
                try:
                    record, new = owner.call(lambda lib: lib.add(path, article, opened=True))
                except LibraryError as exc:  # shown anyway; the library says why it did not keep it
                    problem = str(exc)
            try:
                options = options_from(record.settings if record else None)
                analysis = analyze(article, options)
                rendered = build_document(analysis, look.colours, look.font, document=document,
                                          show_summary=look.show_summary,
                                          show_quotes=look.show_quotes)
            except BaseException:
                # an article that cannot be shown (or was called off) is not kept either
                if new and record is not None:
                    record_id = record.id
                    with contextlib.suppress(LibraryError):  # before anyone hears of it
                        owner.call(lambda lib: lib.remove(record_id))
                raise
            return article, record, options, rendered, problem

        def done(result: Opened) -> None:
            article, record, options, rendered, problem = result
            entry = Entry(article, record, options, rendered, path)
            self.entries[path] = entry
            if problem:
                self.notify(problem, warning=True)
            if ticket is not None and self.display.current(ticket):
                self.screen.busy.stop()
                self.show(path, entry)

        def failed(exc: BaseException) -> None:
            if ticket is not None and self.display.current(ticket):
                self.screen.busy.stop()
            self.notify(describe_error(path, exc), warning=True)

        task = self.tasks.run(work, done, failed)
        if show:
            self._shown_task = task

    # --- showing -------------------------------------------------------------------------

    def show(self, path: str, entry: Entry) -> None:
        if self.current != path:
            self.remember_position()
        self.current = path
        screen = self.screen
        rendered, record = entry.rendered, entry.record
        analysis = rendered.analysis
        self.show_header()
        screen.article.show_rendered(rendered)
        if record is not None and record.position > 0:
            screen.article.state.restore(record.position)
        screen.summary.set_options(entry.options, analysis.language
                                   if not entry.options.language else None)
        self._show_lists(analysis)
        # notices belong to their article: another's go, this one's (what was left out of
        # its analysis) come back whenever it is shown
        screen.article.messages.leave(path)
        for note in analysis.notes:
            self.notify(note, seconds=20, article=path)
        # Open Recent: what was read last first; the reader's own file while it exists
        original = record.source_path if record is not None else None
        self.settings.add_recent(original if original and Path(original).exists() else path)
        if record is not None:
            self._mark_opened(record)
        self.focus()

    def _show_lists(self, analysis: Analysis) -> None:
        self.screen.summary.show_analysis(analysis)
        self.screen.quotes.show_analysis(analysis)
        self.screen.counts.setText(counted(len(analysis.summary), "summary sentence") + " · "
                                   + counted(len(analysis.quotes), "quote"))

    def show_header(self) -> None:
        entry = self.current_entry()
        if entry is None or self.current is None:
            return
        rendered = entry.rendered
        analysis = rendered.analysis
        art = analysis.article
        self.screen.window.setWindowTitle(f"{entry.title} — Margin")
        facts = [art.author, readable_date(art.date), Path(entry.source).name,
                 language_label(analysis.language),
                 length_label(rendered.word_count, rendered.characters),
                 reading_time_label(rendered.minutes)]
        self.screen.article.header.show_facts(entry.title, [f for f in facts if f],
                                              self.look().colours.muted)

    def current_entry(self) -> Entry | None:
        return self.entries.get(self.current) if self.current else None

    def _mark_opened(self, record: Record) -> None:
        """Opening an article moves it up in "Last opened", and the sidebar keeps it selected."""
        self.screen.sidebar.set_current(record.id)
        record_id = record.id
        self.library.write(lambda lib: lib.touch(record_id),
                           on_error=lambda exc: self.notify(str(exc), warning=True),
                           changes_list=True)

    def remember_position(self) -> None:
        """Keep the reading place of the article on screen, to come back to it later."""
        entry = self.current_entry()
        if entry is None or entry.record is None:
            return
        position = self.screen.article.state.first_visible_index()
        if position != entry.record.position:
            entry.record.position = position
            record_id = entry.record.id
            self.library.write(lambda lib: lib.set_position(record_id, position),
                               on_error=lambda exc: self.notify(str(exc), warning=True))

    # --- analysing again -----------------------------------------------------------------

    def recompute(self, options: Options) -> None:
        """New summary settings for the article shown: analyse again in the background."""
        path = self.current
        entry = self.current_entry()
        if path is None or entry is None:
            return
        entry.options = options
        if entry.record is not None:
            record_id, saved = entry.record.id, options_to_dict(options)
            self.library.write(lambda lib: lib.set_settings(record_id, saved),
                               on_error=lambda exc: self.notify(str(exc), warning=True))
        if self._shown_task is not None:
            self._shown_task.cancel()  # an older recompute nobody will see
        ticket = self._begin("summary")
        look = self.look()
        article = entry.article
        document = new_document(look.font)

        def work() -> Rendered:
            return build_document(analyze(article, options), look.colours, look.font,
                                  document=document, show_summary=look.show_summary,
                                  show_quotes=look.show_quotes)

        def done(rendered: Rendered) -> None:
            if not self.display.current(ticket) or self.current != path:
                return  # a newer request, or another article, came first
            self.screen.busy.stop()
            entry.rendered = rendered
            self.screen.article.replace_document(rendered)
            self._show_lists(rendered.analysis)
            self.screen.summary.set_options(options, rendered.analysis.language
                                            if not options.language else None)

        def failed(exc: BaseException) -> None:
            if self.display.current(ticket):
                self.screen.busy.stop()
                self.notify(describe_error(path, exc), warning=True)

        self._shown_task = self.tasks.run(work, done, failed)

    def rehighlight(self) -> None:
        """Highlights toggled or colours changed: format the shown article again off the GUI
        thread."""
        path = self.current
        entry = self.current_entry()
        if path is None or entry is None:
            return
        analysis, positions = entry.rendered.analysis, entry.rendered.positions
        look = self.look()
        ticket = self.display.next()

        def done(rendered: Rendered) -> None:
            if self.display.current(ticket) and self.current == path:
                entry.rendered = rendered
                self.screen.article.replace_document(rendered)

        document = new_document(look.font)
        self.tasks.run(lambda: build_document(analysis, look.colours, look.font,
                                              positions=positions, document=document,
                                              show_summary=look.show_summary,
                                              show_quotes=look.show_quotes),
                       done, lambda exc: self.notify(describe_error(path, exc), warning=True))

    # --- busy ----------------------------------------------------------------------------

    def _begin(self, what: str) -> int:
        ticket = self.display.next()
        self.screen.busy.start(f"Analysing {what}…")
        return ticket

    def cancel(self) -> None:
        """The reader pressed Cancel: the work on its way to the screen stops."""
        self.display.next()
        if self._shown_task is not None:
            self._shown_task.cancel()
        self.screen.busy.stop()
        self.screen.window.statusBar().showMessage("Stopped.", 3000)
