"""Start the application: one QApplication, one main window, the files from the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__

if TYPE_CHECKING:  # Qt is imported when the window is wanted, not with this module
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

APP_ID = "io.github.margin_reader.Margin"


def build(files: Sequence[str]) -> tuple[QApplication, MainWindow]:
    """The application and its window, shown, with the files on their way in."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Margin")
    app.setApplicationDisplayName("Margin")
    app.setOrganizationName("Margin")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)

    from . import i18n
    from .settings import Settings

    i18n.install(Settings().interface_language or None)  # before any text is made
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    _keep_the_window_responsive()
    window.open_files(list(files))
    return app, window


def resources_dir() -> Path:
    """``resources/`` beside the package when run from the project, or inside a bundle."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def app_icon() -> QIcon | None:
    """The project's own icon files (PNG sizes and the SVG), else the installed theme icon."""
    from PySide6.QtGui import QIcon

    icons = resources_dir() / "icons"
    icon = QIcon()
    for png in sorted(icons.glob(f"hicolor/*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    svg = icons / f"{APP_ID}.svg"
    if svg.exists():
        icon.addFile(str(svg))
    if icon.isNull():
        icon = QIcon.fromTheme(APP_ID)
    return None if icon.isNull() else icon


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
    """Open the window, or hand the files to the one already open and return at once."""
    from PySide6.QtWidgets import QApplication

    from .. import paths
    from .single_instance import Listener, bring_to_front, hand_over

    name = paths.instance_socket()
    if hand_over(name, files):
        return 0
    QApplication.instance() or QApplication(sys.argv[:1])
    shown: list[Any] = []  # the window, once built

    def receive(paths_: list[str]) -> None:
        # hand-overs are read by the event loop, which runs only after the window is built
        bring_to_front(shown[0])
        if paths_:
            shown[0].open_files(paths_)

    # listening before the window is built: a launch meanwhile waits for it, not a new window
    listener = Listener(name, receive)
    if not listener.listen():
        sys.stderr.write(f"margin: other launches will open their own window "
                         f"({listener.error})\n")
    app, window = build(files)
    shown.append(window)
    from .error_hook import ErrorHook

    ErrorHook(window).install()
    try:
        code = int(app.exec())
    finally:
        listener.close()
    return ended(window, code)


def ended(window: MainWindow, code: int) -> int:
    """After the event loop: the window has stopped its work and closed the library. A worker
    deep in a summariser that cannot stop midway, or a library write that did not finish in
    time, is not waited for: the process ends now rather than when they finish."""
    if window.tasks.running or not window.library_closed:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
