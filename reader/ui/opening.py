"""Opening articles, keeping them in the library, and analysing them again when asked.

All of the work runs on workers; results come back to the window, which shows one only if it
is still the newest request for the article on screen.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from ..core.article import Article
from ..core.errors import ReaderError, describe_failure
from ..core.loaders import load
from ..core.pipeline import Options, analyze
from ..library import ImportReport, Library, LibraryError, Record
from .analysis_panes import language_label
from .document import (
    Rendered,
    build_document,
    length_label,
    new_document,
    reading_time_label,
)
from .importing import ImportJob
from .tasks import run_task


def describe_error(path: str, exc: BaseException) -> str:
    """One calm line naming the file."""
    return describe_failure(Path(path).name or path, exc)


def readable_date(date: str | None) -> str | None:
    """A date written as 2024-05-01 (web pages, Markdown) in the reader's own way; other
    forms as the article writes them."""
    if date and len(date) >= 10 and date[4] == "-" and date[7] == "-":
        from PySide6.QtCore import QDate, QLocale

        parsed = QDate.fromString(date[:10], "yyyy-MM-dd")
        if parsed.isValid():
            return QLocale().toString(parsed, QLocale.FormatType.LongFormat)
    return date


def counted(n: int, noun: str) -> str:
    """"1 quote", "5 quotes"."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def options_from(settings: dict[str, Any] | None) -> Options:
    known = {f.name for f in fields(Options)}
    return Options(**{k: v for k, v in (settings or {}).items() if k in known})


def options_to_dict(options: Options) -> dict[str, Any] | None:
    values = {k: v for k, v in asdict(options).items() if v != getattr(Options(), k)}
    return values or None


@dataclass
class Entry:
    """An opened article: what was loaded, its library record, the reader's settings for it,
    and what is shown."""

    article: Article
    record: Record | None
    options: Options
    rendered: Rendered
    path: str = ""  # what it was opened from (the library's stored copy, for its entries)

    @property
    def title(self) -> str:
        """The article's title; without one, the name of the reader's own file (never the
        library's copy, which is named by its contents)."""
        if self.article.title:
            return self.article.title
        if self.record is not None:
            return self.record.display_title
        return Path(self.path).stem


class OpeningMixin:
    """The part of the main window that opens, keeps and re-analyses articles."""

    library: Library | None
    entries: dict[str, Entry]
    current: str | None

    # --- the library -----------------------------------------------------------------------

    def _open_library(self: Any) -> None:
        """Opened on a worker (a large library's check takes a moment); files asked for in the
        meantime wait for it."""
        self.library = None
        self._waiting: list[str] | None = []
        self._at_start = True  # nothing asked for yet: the last article may come back

        def done(library: Library) -> None:
            self.library = library
            self.sidebar.set_library(library)
            if library.recovered_from is not None:
                self.notify(f"The library was damaged and could not be read. It was moved to "
                            f"{library.recovered_from} and a new, empty library was started.",
                            seconds=60, warning=True)
            self._release_waiting()

        def failed(exc: BaseException) -> None:
            self.notify(str(exc) if isinstance(exc, ReaderError)
                        else f"The library could not be opened ({type(exc).__name__}).",
                        seconds=60, warning=True)
            self._release_waiting()

        run_task(Library, done, failed, owner=self)

    def _release_waiting(self: Any) -> None:
        waiting, self._waiting = self._waiting or [], None
        if waiting:
            self.open_files(waiting)
        elif self._at_start and self.act_reopen_last.isChecked():
            self._reopen_last()
        self._at_start = False

    def _reopen_last(self: Any) -> None:
        """Start where the reader left off: the article read last, at its place."""
        library = self.library
        if library is None or self.current is not None:
            return

        def done(records: list[Record]) -> None:
            if records and self.current is None and not self.entries:
                self.open_record(records[0])

        run_task(lambda: [r for r in library.articles("opened", limit=1) if r.opened_at],
                 done, lambda exc: None, owner=self)

    # --- opening ---------------------------------------------------------------------------

    def open_files(self: Any, paths: list[str]) -> None:
        """Files are opened (the last one shown); folders are imported into the library."""
        if self._waiting is not None:
            self._waiting.extend(paths)
            return
        self._at_start = False
        folders = [p for p in paths if Path(p).is_dir()]
        files = [p for p in paths if not Path(p).is_dir()]
        if folders:
            self.import_paths(folders)
        for i, path in enumerate(files):
            self.open_file(path, show=i == len(files) - 1)

    def open_record(self: Any, record: Record) -> None:
        for path, entry in self.entries.items():
            if entry.record is not None and entry.record.id == record.id:
                self._display.next()  # whatever was on its way is no longer wanted
                self._end_busy()
                self._show(path, entry)
                return
        if self.library is not None:
            self.open_file(str(self.library.original(record)))

    def open_file(self: Any, path: str, show: bool = True) -> None:
        if self._waiting is not None:  # the library is still opening: after it
            self._waiting.append(path)
            return
        path = str(Path(path).absolute())
        entry = self.entries.get(path)
        if entry is not None and show:
            self._show(path, entry)
            return
        ticket = self._begin(Path(path).name) if show else None
        colours, font, toggles = self.colours, self.article_pane.text_font(), self._toggles()
        library = self.library
        document = new_document(font)  # made here, on the GUI thread; the worker fills it

        def work() -> tuple[Article, Record | None, Options, Rendered, str | None]:
            article = load(path)
            record, problem, new = None, None, False
            if library is not None:
                try:
                    record, new = library.add(path, article, opened=True)
                except LibraryError as exc:  # shown anyway; the library says why it did not keep it
                    problem = str(exc)
            try:
                options = options_from(record.settings if record else None)
                analysis = analyze(article, options)
                rendered = build_document(analysis, colours, font, document=document,
                                          **toggles)
            except BaseException:
                # an article that cannot be shown is not kept either
                if new and record is not None and library is not None:
                    with contextlib.suppress(LibraryError):
                        library.remove(record.id)
                raise
            return article, record, options, rendered, problem

        def done(result: tuple[Article, Record | None, Options, Rendered, str | None]) -> None:
            article, record, options, rendered, problem = result
            entry = Entry(article, record, options, rendered, path)
            self.entries[path] = entry
            self.sidebar.refresh()
            if problem:
                self.notify(problem, warning=True)
            if ticket is not None and self._display.current(ticket):
                self._end_busy()
                self._show(path, entry)

        def failed(exc: BaseException) -> None:
            if ticket is not None and self._display.current(ticket):
                self._end_busy()
            self.notify(describe_error(path, exc), warning=True)

        run_task(work, done, failed, owner=self)

    def _show(self: Any, path: str, entry: Entry) -> None:
        if self.current != path:
            self.remember_position()
        self.current = path
        rendered = entry.rendered
        analysis = rendered.analysis
        record = entry.record
        self.show_header(path, entry)
        self.article_pane.show_rendered(rendered)
        if record is not None and record.position > 0:
            self.article_pane.state.restore(record.position)
        self.summary_pane.set_options(entry.options, analysis.language
                                      if not entry.options.language else None)
        self.summary_pane.show_analysis(analysis)
        self.quotes_pane.show_analysis(analysis)
        self.counts.setText(counted(len(analysis.summary), "summary sentence") + " · "
                            + counted(len(analysis.quotes), "quote"))
        # notices belong to their article: another's go, this one's (what was left out of
        # its analysis) come back whenever it is shown
        self.article_pane.messages.leave(path)
        for note in analysis.notes:
            self.notify(note, seconds=20, article=path)
        # Open Recent: what was read last first; the reader's own file while it exists
        original = record.source_path if record is not None else None
        self.settings.add_recent(original if original and Path(original).exists() else path)
        if record is not None:
            self._mark_opened(record)
        self.focus_article()

    def show_header(self: Any, path: str, entry: Entry) -> None:
        rendered, record = entry.rendered, entry.record
        analysis = rendered.analysis
        art = analysis.article
        title = entry.title
        self.setWindowTitle(f"{title} — Margin")
        source = Path(record.source_path).name if record and record.source_path else Path(
            path).name
        facts = [art.author, readable_date(art.date), source, language_label(analysis.language),
                 length_label(rendered.word_count, rendered.characters),
                 reading_time_label(rendered.minutes)]
        self.article_pane.header.show_facts(title, [f for f in facts if f], self.colours.muted)

    def _mark_opened(self: Any, record: Record) -> None:
        """Opening an article moves it up in "Last opened", and the sidebar keeps it selected."""
        self.sidebar.set_current(record.id)
        library = self.library
        if library is None:
            return
        run_task(lambda: library.touch(record.id), lambda _: self.sidebar.refresh(),
                 lambda exc: self.notify(str(exc), warning=True), owner=self)

    def remember_position(self: Any) -> None:
        """Keep the reading place of the article on screen, to come back to it later."""
        entry = self.entries.get(self.current) if self.current else None
        if entry is None or entry.record is None or self.library is None:
            return
        position = self.article_pane.state.first_visible_index()
        if position != entry.record.position:
            entry.record.position = position
            try:
                self.library.set_position(entry.record.id, position)
            except LibraryError as exc:
                self.notify(str(exc), warning=True)

    # --- importing -------------------------------------------------------------------------

    def import_paths(self: Any, paths: list[str]) -> None:
        if self.library is None:
            self.notify("The library is not available, so nothing can be imported.")
            return

        def finished(report: ImportReport) -> None:
            self.sidebar.refresh()

        self.import_job = ImportJob(self, self.library, paths, finished)

    # --- recomputing -----------------------------------------------------------------------

    def _toggles(self: Any) -> dict[str, bool]:
        return {"show_summary": self.act_highlight_summary.isChecked(),
                "show_quotes": self.act_highlight_quotes.isChecked()}

    def recompute(self: Any, options: Options) -> None:
        """New summary settings for the article shown: analyse again in the background."""
        path = self.current
        entry = self.entries.get(path) if path else None
        if path is None or entry is None:
            return
        entry.options = options
        if entry.record is not None and self.library is not None:
            try:
                self.library.set_settings(entry.record.id, options_to_dict(options))
            except LibraryError as exc:
                self.notify(str(exc))
        ticket = self._begin("summary")
        colours, font, toggles = self.colours, self.article_pane.text_font(), self._toggles()
        article = entry.article
        document = new_document(font)

        def work() -> Rendered:
            return build_document(analyze(article, options), colours, font, document=document,
                                  **toggles)

        def done(rendered: Rendered) -> None:
            if not self._display.current(ticket) or self.current != path:
                return  # a newer request, or another article, came first
            self._end_busy()
            entry.rendered = rendered
            self.article_pane.replace_document(rendered)
            self.summary_pane.show_analysis(rendered.analysis)
            self.quotes_pane.show_analysis(rendered.analysis)
            self.summary_pane.set_options(options, rendered.analysis.language
                                          if not options.language else None)

        def failed(exc: BaseException) -> None:
            if self._display.current(ticket):
                self._end_busy()
                self.notify(describe_error(path, exc), warning=True)

        run_task(work, done, failed, owner=self)

    def _rehighlight(self: Any) -> None:
        """Highlights toggled or colours changed: reformat the shown article off the GUI thread."""
        path = self.current
        entry = self.entries.get(path) if path else None
        if entry is None:
            return
        analysis, positions = entry.rendered.analysis, entry.rendered.positions
        colours, font, toggles = self.colours, self.article_pane.text_font(), self._toggles()
        ticket = self._display.next()

        def done(rendered: Rendered) -> None:
            if self._display.current(ticket) and self.current == path:
                entry.rendered = rendered
                self.article_pane.replace_document(rendered)

        document = new_document(font)
        run_task(lambda: build_document(analysis, colours, font, positions=positions,
                                        document=document, **toggles),
                 done, lambda exc: self.notify(describe_error(path, exc)), owner=self)

    # --- busy indicator --------------------------------------------------------------------

    def _begin(self: Any, what: str) -> int:
        ticket: int = self._display.next()
        self.busy.start(ticket, f"Analysing {what}…")
        return ticket

    def _end_busy(self: Any) -> None:
        self.busy.stop()

    def cancel(self: Any) -> None:
        """Stop waiting: the result, when it comes, is dropped."""
        self._display.next()
        self.busy.stop()
        self.statusBar().showMessage("Stopped.", 3000)
