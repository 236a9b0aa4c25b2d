"""Start the application: one QApplication, one main window, the files from the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .. import __version__

APP_ID = "io.github.margin_reader.Margin"


def run(files: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Margin")
    app.setApplicationDisplayName("Margin")
    app.setOrganizationName("Margin")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    window = MainWindow()
    window.show()
    window.open_files(list(files))
    return int(app.exec())
