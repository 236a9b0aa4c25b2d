"""The article keeps priority for the window's width.

The window is library | article | summary and quotes. When the window gets narrow, the side
panes give way first: they shrink towards their least useful width, then the library folds
away, then the summary pane; when the window grows again they come back. A pane the person
hid (View menu) stays hidden, and one they show again stays shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

ARTICLE_MIN = 460  # pixels the article keeps before a side pane folds away


@dataclass
class SidePane:
    widget: QWidget
    least: int  # narrower than this, it is no use
    preferred: int
    action: QAction  # View › Show …, checked while the pane is shown
    folded: bool = False  # hidden for want of room, not by the person
    width: int = 0  # its width when last shown, to come back at


class PaneFitter:
    def __init__(self, splitter: QSplitter, article: QWidget, panes: list[SidePane],
                 focus_elsewhere: Callable[[], None]) -> None:
        """``panes`` in the order they fold away; ``focus_elsewhere`` takes the keyboard when
        the pane that had it goes."""
        self.splitter = splitter
        self.article = article
        self.panes = panes
        self._focus_elsewhere = focus_elsewhere
        for pane in panes:
            pane.action.setCheckable(True)
            pane.action.setChecked(True)
            pane.action.toggled.connect(lambda on, p=pane: self._chosen(p, on))
        self._width = -1

    def _hide(self, pane: SidePane) -> None:
        if pane.widget.isVisible():
            pane.width = pane.widget.width()
        focus = QApplication.focusWidget()
        had_focus = focus is not None and pane.widget.isAncestorOf(focus)
        pane.widget.setVisible(False)
        if had_focus:  # not to whatever Qt picks next (the library's search box)
            self._focus_elsewhere()

    def _set_shown(self, pane: SidePane, shown: bool) -> None:
        if shown:
            pane.widget.setVisible(True)
        else:
            self._hide(pane)
        pane.action.blockSignals(True)
        pane.action.setChecked(shown)
        pane.action.blockSignals(False)

    def _chosen(self, pane: SidePane, shown: bool) -> None:
        """The person showed or hid a pane from the View menu; shown again, it comes back at
        the width it had (as far as the article keeps its room)."""
        pane.folded = False
        if not shown:
            self._hide(pane)
            return
        pane.widget.setVisible(True)
        sizes = dict(zip(self._widgets(), self.splitter.sizes(), strict=True))
        others = sum(v for w, v in sizes.items()
                     if w is not self.article and w is not pane.widget and w.isVisible())
        room = self.splitter.width() - others - ARTICLE_MIN
        sizes[pane.widget] = max(pane.least, min(pane.width or pane.preferred, room))
        sizes[self.article] = max(1, self.splitter.width() - others - sizes[pane.widget])
        self.splitter.setSizes([sizes[w] for w in self._widgets()])

    def _widgets(self) -> list[QWidget]:
        widgets = [self.splitter.widget(i) for i in range(self.splitter.count())]
        return [w for w in widgets if w is not None]

    def fit(self, force: bool = False) -> None:
        """Share the splitter's width out again (when it changed)."""
        total = self.splitter.width()
        if total <= 0 or (total == self._width and not force):
            return
        self._width = total
        handle = self.splitter.handleWidth()
        window = self.splitter.window()
        wanted = [p for p in self.panes if p.widget.isVisibleTo(window) or p.folded]
        shown = list(wanted)
        while shown and total - sum(p.least + handle for p in shown) < ARTICLE_MIN:
            shown.pop(0)  # the first in folding order goes
        sizes = dict(zip(self._widgets(), self.splitter.sizes(), strict=True))
        for pane in wanted:
            pane.folded = pane not in shown
            self._set_shown(pane, pane in shown)
        widths = {p.widget: max(p.least, sizes.get(p.widget) or p.width or p.preferred)
                  for p in shown}
        room = total - ARTICLE_MIN - handle * len(shown)
        extra = sum(widths.values()) - room
        if extra > 0:  # shrink the side panes towards their least width, each in proportion
            slack = sum(widths[p.widget] - p.least for p in shown)
            for p in shown:
                give = (widths[p.widget] - p.least) * min(1.0, extra / slack) if slack else 0
                widths[p.widget] = round(widths[p.widget] - give)
        article = total - sum(widths.values()) - handle * len(shown)
        self.splitter.setSizes([widths.get(w, article if w is self.article else 0)
                                for w in self._widgets()])
