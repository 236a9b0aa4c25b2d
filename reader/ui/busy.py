"""A busy indicator in the status bar that appears only when work takes noticeably long."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from .i18n import tr

BUSY_AFTER_MS = 600  # quicker work shows nothing, so nothing flickers


class BusyIndicator:
    def __init__(self, bar: QStatusBar, cancel: Callable[[], None]) -> None:
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setMaximumWidth(160)
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.clicked.connect(cancel)
        for w in (self.label, self.bar, self.cancel):
            bar.addPermanentWidget(w)
            w.hide()
        self._timer = QTimer(bar)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._appear)

    def start(self, text: str) -> None:
        """Work began; if it is still going in a moment, say so and offer Cancel."""
        self.label.setText(text)
        self._timer.start(BUSY_AFTER_MS)

    def _appear(self) -> None:
        for w in (self.label, self.bar, self.cancel):
            w.show()

    def stop(self) -> None:
        self._timer.stop()
        for w in (self.label, self.bar, self.cancel):
            w.hide()
