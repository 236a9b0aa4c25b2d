"""Grab the window showing an article to a PNG, offscreen.

usage: python tools/screenshot.py FILE OUT.png
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(path: str, out: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    window.open_file(path)

    def grab() -> None:
        if window.current is None:
            QTimer.singleShot(100, grab)
            return
        window.grab().save(out)
        app.quit()

    QTimer.singleShot(100, grab)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
