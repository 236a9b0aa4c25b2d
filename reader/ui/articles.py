"""Opening articles, keeping them in the library, showing them, and analysing them again when
the reader asks.

The work runs on the window's pool (``tasks.TaskRunner``); the library is reached through its
owner (``library_owner.LibraryOwner``). An opened article is shown only if it is still the one
the reader asked for last (``wanted``); a new summary only if it is still the newest for the
article on screen. Work that is called off (Cancel, a newer summary) undoes what it kept.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.article import Article
from ..core.cancel import Cancelled, checkpoint
from ..core.errors import ReaderError
from ..core.loaders import load
from ..core.pipeline import Analysis, Options, analyze
from ..export.words import grouped
from ..library import Highlight, Library, LibraryError, Record
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
    describe_error,
    options_from,
    options_to_dict,
    readable_date,
)
from .error_hook import log
from .error_lines import translate_line
from .i18n import QT_TR_NOOP, tr
from .library_owner import LibraryOwner
from .settings import Settings
from .tasks import Task, TaskRunner

STEPS = {  # what "Analysing {name}: …" says of each step; shown: tr()
    "loading": QT_TR_NOOP("reading"), "language": QT_TR_NOOP("its language"),
    "sentences": QT_TR_NOOP("its sentences"), "summary": QT_TR_NOOP("the summary"),
    "quotes": QT_TR_NOOP("the quotes")}


@dataclass
class Opened:
    """What opening a file made, on the way back to the window (also when it failed after the
    library kept the article, so that the window can take it out again)."""

    article: Article
    record: Record | None = None
    new: bool = False
    options: Options = field(default_factory=Options)
    rendered: Rendered | None = None
    highlights: list[Highlight] = field(default_factory=list)
    problem: str | None = None  # the library did not keep it, and says why
    error: BaseException | None = None
    details: str = ""


class Articles(QObject):
    shown = Signal(str)  # an article is on screen now (its path)

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
        self.wanted: str | None = None  # the article the reader asked to see last
        self.opening: dict[str, Task[Any]] = {}  # opens on their way, by path
        self.pending_reads = 0  # library reads this controller waits for
        self.waiting: list[str] | None = []  # asked for before the library was open
        self.at_start = True  # nothing asked for yet: the last article may come back
        self.reopen_last = True
        self._awaited: Task[Any] | None = None  # the work the busy indicator stands for
        self._recomputing: Task[Any] | None = None
        self._look_version = 0  # counts changes of highlights and colours

    # --- the library ---------------------------------------------------------------------

    def library_opened(self, library: Library) -> None:
        if library.recovered_from is not None:
            self.notify(tr("The library was damaged and could not be read. It was moved to "
                           "{path} and a new, empty library was started.")
                        .format(path=library.recovered_from), seconds=60, warning=True)
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
            self.pending_reads -= 1
            if records and self.current is None and not self.entries and not self.opening:
                self.open_record(records[0])

        def failed(exc: BaseException) -> None:
            self.pending_reads -= 1

        self.pending_reads += 1
        self.library.read(lambda lib: [r for r in lib.articles("opened", limit=1) if r.opened_at],
                          done, failed)

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
                self._show_now(path, entry)
                return

        def opened(library: Library) -> str:
            return str(library.original(record))

        self.pending_reads += 1

        def read(path: str) -> None:
            self.pending_reads -= 1
            self.open_file(path)

        def unreadable(exc: BaseException) -> None:
            self.pending_reads -= 1
            self.notify(translate_line(str(exc)), warning=True)

        self.library.read(opened, read, unreadable)

    def _show_now(self, path: str, entry: Entry) -> None:
        """Show an article already open; whatever else was on its way is no longer wanted."""
        self.wanted = path
        self._settle_busy()
        self.show(path, entry)

    def open_file(self, path: str, show: bool = True) -> None:
        """Open ``path`` (a file of the reader's, or the library's stored copy); ``show``: the
        reader wants to see it now, else it is only kept and prepared."""
        if self.waiting is not None:  # the library is still opening: after it
            self.waiting.append(path)
            return
        path = str(Path(path).absolute())
        entry = self.entries.get(path)
        if entry is not None:
            if show:
                self._show_now(path, entry)
            return
        if show:
            self.wanted = path
        running = self.opening.get(path)
        if running is not None and not running.token.cancelled:
            if show:
                self._awaited = running
                self.screen.busy.start(tr("Opening {name}…").format(name=Path(path).name))
            return  # already on its way: it is shown when it arrives
        look = self.look()
        document = new_document(look.font)  # made here, on the GUI thread; the worker fills it
        owner = self.library
        name = Path(path).name

        def work(report: Callable[[Any], None]) -> Opened:
            article = load(path)
            checkpoint()  # called off while loading: nothing goes into the library
            opened = Opened(article)
            if owner.available:
                try:
                    opened.record, opened.new = owner.call(
                        lambda lib: lib.add(path, article, opened=show))
                except LibraryError as exc:  # shown anyway; the library says why it did not keep it
                    opened.problem = translate_line(str(exc))
            try:
                record = opened.record
                if record is not None and record.highlights:  # found again in the text as read now
                    opened.highlights = owner.call(
                        lambda lib: lib.reanchor(record.id, article.text), changes_list=False)
                opened.options = options_from(record.settings if record else None)
                analysis = analyze(article, opened.options, report)
                opened.rendered = build_document(
                    analysis, look.colours, look.font, document=document, **look.formatting(),
                    highlights=[(h.start, h.end, h.color) for h in opened.highlights
                                if not h.detached])
                checkpoint()
            except BaseException as exc:  # the window decides what to undo (see _arrived)
                opened.error = exc
                opened.details = traceback.format_exc()
            return opened

        def arrived(opened: Opened) -> None:
            self._finished(path, task)
            if opened.error is not None or opened.rendered is None:
                self._undo(path, opened)
                if not isinstance(opened.error, Cancelled):
                    if not isinstance(opened.error, ReaderError | OSError):
                        log(opened.details)  # our bug: its traceback is kept
                    self.notify(describe_error(path, opened.error or RuntimeError()),
                                warning=True)
                return
            entry = Entry(opened.article, opened.record, opened.options, opened.rendered, path,
                          opened.highlights)
            self.entries[path] = entry
            if opened.problem:
                self.notify(opened.problem, warning=True)
            if self.wanted == path:
                self.show(path, entry)

        def failed(exc: BaseException) -> None:  # before the library kept it: nothing to undo
            self._finished(path, task)
            self.notify(describe_error(path, exc), warning=True)

        def called_off(opened: Opened) -> None:
            self._finished(path, task)
            self._undo(path, opened)

        task = self.tasks.run_reporting(
            work, arrived, failed, lambda step: self._progress(task, name, step),
            on_cancelled=called_off, on_over=lambda: self._finished(path, task))
        self.opening[path] = task
        if show:
            self._awaited = task
            self.screen.busy.start(tr("Opening {name}…").format(name=name))

    def _progress(self, task: Task[Any], name: str, step: Any) -> None:
        if task is self._awaited:
            said = STEPS.get(str(step))
            self.screen.busy.start(tr("Analysing {name}: {step}…").format(
                name=name, step=tr(said) if said else str(step)))

    def _finished(self, path: str, task: Task[Any]) -> None:
        if self.opening.get(path) is task:
            del self.opening[path]
        if task is self._awaited:
            self._settle_busy()

    def _undo(self, path: str, opened: Opened) -> None:
        """An open that was called off or failed after the library kept its article takes it
        out again, unless the same file has been opened again meanwhile."""
        record = opened.record
        if not opened.new or record is None or path in self.opening or path in self.entries:
            return
        record_id = record.id
        self.library.write(lambda lib: lib.remove(record_id), changes_list=True)

    def forget(self, record_id: int) -> None:
        """The article left the library: opening its file again keeps it again."""
        for path, entry in list(self.entries.items()):
            if entry.record is not None and entry.record.id == record_id:
                entry.record = None
                if path != self.current:
                    del self.entries[path]

    def _settle_busy(self) -> None:
        self._awaited = None
        self.screen.busy.stop()

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
        self.shown.emit(path)
        self.focus()

    def _show_lists(self, analysis: Analysis) -> None:
        self.screen.summary.show_analysis(analysis)
        self.screen.quotes.show_analysis(analysis)
        sentences, quotes = len(analysis.summary), len(analysis.quotes)
        self.screen.counts.setText(grouped(tr("%n summary sentences", "", sentences), sentences)
                                   + " · " + grouped(tr("%n quotes", "", quotes), quotes))

    def show_header(self) -> None:
        entry = self.current_entry()
        if entry is None or self.current is None:
            return
        rendered = entry.rendered
        analysis = rendered.analysis
        art = analysis.article
        self.screen.window.setWindowTitle(f"{entry.title} — Margin")
        record = entry.record
        source: str | tuple[str, str] = (
            (record.site or record.address, record.address) if record is not None
            and record.address else Path(entry.source).name)
        facts = [art.author, readable_date(art.date), source,
                 language_label(analysis.language),
                 length_label(rendered.word_count, rendered.characters),
                 reading_time_label(rendered.minutes)]
        colours = self.look().colours
        self.screen.article.header.show_facts(entry.title, [f for f in facts if f],
                                              colours.muted, colours.link)

    def current_entry(self) -> Entry | None:
        return self.entries.get(self.current) if self.current else None

    def _mark_opened(self, record: Record) -> None:
        """Opening an article moves it up in "Last opened", and the sidebar keeps it selected."""
        self.screen.sidebar.set_current(record.id)
        record_id = record.id
        self.library.write(lambda lib: lib.touch(record_id),
                           on_error=lambda exc: self.notify(translate_line(str(exc)), warning=True),
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
                               on_error=lambda exc: self.notify(translate_line(str(exc)),
                                                                warning=True))

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
                               on_error=lambda exc: self.notify(translate_line(str(exc)),
                                                                warning=True))
        if self._recomputing is not None:
            self._recomputing.cancel()  # an older recompute nobody will see
        look, version = self.look(), self._look_version
        article = entry.article
        document = new_document(look.font)

        marks = entry.marks()

        def work() -> Rendered:
            return build_document(analyze(article, options), look.colours, look.font,
                                  document=document, highlights=marks, **look.formatting())

        def done(rendered: Rendered) -> None:
            self._end_recompute(task)
            if self.current != path or self.entries.get(path) is not entry:
                return  # another article came first
            entry.rendered = rendered
            self.screen.article.replace_document(rendered)
            self._show_lists(rendered.analysis)
            self.screen.summary.set_options(options, rendered.analysis.language
                                            if not options.language else None)
            if version != self._look_version:  # highlights or colours changed meanwhile
                self.rehighlight()

        def failed(exc: BaseException) -> None:
            self._end_recompute(task)
            self.notify(describe_error(path, exc), warning=True)

        task = self.tasks.run(work, done, failed, on_over=lambda: self._end_recompute(task))
        self._recomputing = self._awaited = task
        self.screen.busy.start(tr("Analysing the summary…"))

    def _end_recompute(self, task: Task[Any]) -> None:
        if self._recomputing is task:
            self._recomputing = None
        if self._awaited is task:
            self._settle_busy()

    def rehighlight(self) -> None:
        """Highlights toggled or colours changed: format the shown article again off the GUI
        thread. What else is on its way (an article, a summary) is not disturbed."""
        self._look_version += 1
        version = self._look_version
        path = self.current
        entry = self.current_entry()
        if path is None or entry is None:
            return
        analysis, positions = entry.rendered.analysis, entry.rendered.positions
        look = self.look()

        def done(rendered: Rendered) -> None:
            # only onto the analysis it formatted, and only if no newer look was asked for
            if (version == self._look_version and self.current == path
                    and entry.rendered.analysis is analysis):
                entry.rendered = rendered
                self.screen.article.replace_document(rendered)

        document = new_document(look.font)
        marks = entry.marks()
        self.tasks.run(lambda: build_document(analysis, look.colours, look.font,
                                              positions=positions, document=document,
                                              highlights=marks, **look.formatting()),
                       done, lambda exc: self.notify(describe_error(path, exc), warning=True))

    # --- busy ----------------------------------------------------------------------------

    def cancel(self) -> None:
        """The reader pressed Cancel: the work on its way to the screen stops, and what it
        kept in the library leaves it again."""
        self.wanted = self.current
        if self._awaited is not None:
            self._awaited.cancel()
        self._settle_busy()
        self.screen.window.statusBar().showMessage(tr("Stopped."), 3000)

    def await_task(self, task: Task[Any], text: str) -> None:
        """Other work the reader now waits for (a page being fetched): the busy indicator
        says ``text`` and Cancel calls it off."""
        self.wanted = self.current
        self._awaited = task
        self.screen.busy.start(text)

    def awaits(self, task: Task[Any]) -> bool:
        """Whether the reader still waits for ``task`` (nothing else was opened since)."""
        return task is self._awaited

    def current_record(self) -> int | None:
        """The library's id of the article shown, if the library keeps it."""
        entry = self.current_entry()
        return entry.record.id if entry is not None and entry.record is not None else None

    def busy_text(self, task: Task[Any], text: str) -> None:
        if task is self._awaited:
            self.screen.busy.start(text)

    def task_over(self, task: Task[Any]) -> None:
        if task is self._awaited:
            self._settle_busy()

    def drop_entry(self, record_id: int) -> None:
        """The article's kept copy was replaced (fetched again): its old copy is not shown
        any more, and its place is kept for the new one."""
        for path, entry in list(self.entries.items()):
            if entry.record is not None and entry.record.id == record_id:
                if path == self.current:
                    self.remember_position()
                del self.entries[path]

    @property
    def idle(self) -> bool:
        """Nothing on its way: no work, no read waited for (for tests and tools)."""
        return not self.tasks.busy and not self.pending_reads and not self.opening
