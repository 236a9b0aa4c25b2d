"""A busy indicator in the status bar that appears only when work takes noticeably long."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from .tasks import Generation

BUSY_AFTER_MS = 600  # quicker work shows nothing, so nothing flickers


class BusyIndicator:
    def __init__(self, bar: QStatusBar, generation: Generation,
                 cancel: Callable[[], None]) -> None:
        self._generation = generation
        self._ticket: int | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setMaximumWidth(160)
        self.cancel = QPushButton("Cancel")
        self.cancel.clicked.connect(cancel)
        for w in (self.label, self.bar, self.cancel):
            bar.addPermanentWidget(w)
            w.hide()
        self._timer = QTimer(bar)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._appear)

    def start(self, ticket: int, text: str) -> None:
        self._ticket = ticket
        self.label.setText(text)
        self._timer.start(BUSY_AFTER_MS)

    def _appear(self) -> None:
        if self._ticket is not None and self._generation.current(self._ticket):
            for w in (self.label, self.bar, self.cancel):
                w.show()

    def stop(self) -> None:
        self._ticket = None
        self._timer.stop()
        for w in (self.label, self.bar, self.cancel):
            w.hide()
