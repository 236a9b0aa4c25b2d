"""Where the reader is in a long document: the section and percentage in the status bar, the
section marked in Contents as they scroll, going to a section, and a recap of what they have
read so far."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from ..core.pipeline import Analysis, recap
from .analysis_panes import QuotesPane
from .article_view import ArticlePane
from .articles import Articles
from .contents_pane import ContentsPane
from .entries import Notify, describe_error
from .i18n import tr
from .summary_pane import SummaryPane
from .tasks import TaskRunner

FOLLOW_MS = 80  # how long scrolling may go on before the place is worked out again


class ReadingPlace(QObject):
    def __init__(self, articles: Articles, pane: ArticlePane, contents: ContentsPane,
                 summary: SummaryPane, quotes: QuotesPane, label: QLabel, tasks: TaskRunner,
                 notify: Notify, parent: QObject) -> None:
        super().__init__(parent)
        self.articles = articles
        self.pane = pane
        self.contents = contents
        self.summary = summary
        self.quotes = quotes
        self.label = label
        self.tasks = tasks
        self.notify = notify
        self._asked = 0  # recaps asked for: a slower, older one never shows over a newer one
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self.update)
        for view in (pane.rich, pane.plain):
            view.verticalScrollBar().valueChanged.connect(lambda _: self._follow.start())
        articles.shown.connect(self._shown)
        contents.go.connect(self.go)
        summary.recap_ended.connect(self._recap_ended)

    def _shown(self, path: str) -> None:
        entry = self.articles.current_entry()
        self.contents.show_sections(path, entry.article.sections if entry is not None else [])
        self._follow.start()

    def update(self) -> None:
        """The section and percentage of the reader's place."""
        entry = self.articles.current_entry()
        if entry is None:
            self.label.clear()
            return
        index = self.pane.state.first_visible_index()
        length = max(1, len(entry.article.text))
        percent = round(100 * min(index, length) / length)
        section = self.contents.mark(index)
        place = tr("{percent} %", "a place in the text").format(percent=percent)
        self.label.setText(f"{section.title} · {place}" if section is not None else place)

    def go(self, start: int) -> None:
        """To a section: its first line at the top."""
        self.pane.state.restore(start)
        self.pane.text.setFocus()
        self._follow.start()

    def recap(self) -> None:
        """Summarise only what comes before the reader's place; say up to where."""
        entry = self.articles.current_entry()
        path = self.articles.current
        if entry is None or path is None:
            self.notify(tr("Open an article first; then Margin can recap what you have read."),
                        article="")
            return
        upto = self.pane.state.first_visible_index()
        if upto <= 0:
            self.notify(tr("You are at the very start: there is nothing to recap yet."),
                        article=path)
            return
        analysis, options = entry.rendered.analysis, entry.options
        section = self.contents.mark(upto)
        length = max(1, len(entry.article.text))
        place = tr("{percent} %", "a place in the text").format(
            percent=round(100 * upto / length))
        where = (tr("{place}, in “{section}”").format(place=place, section=section.title)
                 if section is not None else place)

        self._asked += 1
        asked = self._asked

        def done(result: Analysis) -> None:
            # only the latest recap, of the article and the summary shown now
            if self.articles.current != path or asked != self._asked or \
                    self.summary.analysis is not analysis:
                return
            self.summary.show_recap(result, where)
            self.quotes.show_analysis(result)  # nothing said after the place, either

        self.tasks.run(lambda: recap(analysis, upto, options), done,
                       lambda exc: self.notify(describe_error(path, exc), warning=True))

    def _recap_ended(self) -> None:
        entry = self.articles.current_entry()
        if entry is not None:
            self.quotes.show_analysis(entry.rendered.analysis)
