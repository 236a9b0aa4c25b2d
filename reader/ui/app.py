"""Start the application: one QApplication, one main window, the files from the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from .. import __version__

APP_ID = "io.github.margin_reader.Margin"


def build(files: Sequence[str]) -> tuple[Any, Any]:
    """The application and its window, shown, with the files on their way in."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Margin")
    app.setApplicationDisplayName("Margin")
    app.setOrganizationName("Margin")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)

    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    _keep_the_window_responsive()
    window.open_files(list(files))
    return app, window


def _keep_the_window_responsive() -> None:
    """Analysis runs on worker threads that share the GIL with the window.

    A full garbage collection of everything loaded at start-up holds the GIL for tens of
    milliseconds; freezing those objects takes them out of later collections. A shorter switch
    interval hands the GIL back to the window sooner when it has events waiting."""
    import gc

    gc.collect()
    gc.freeze()
    sys.setswitchinterval(0.002)


def run(files: Sequence[str]) -> int:
    app, _window = build(files)
    return int(app.exec())
