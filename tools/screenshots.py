"""Screenshots of the window on a sample article, light and dark, for the README (offscreen).

usage: python tools/screenshots.py [OUT_DIR] [ARTICLE]   (default: docs/ and the English sample)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MARGIN_DATA_DIR"] = tempfile.mkdtemp(prefix="margin-shots-")  # no personal settings
sys.path.insert(0, str(ROOT))


def main(out: Path, article: Path) -> int:
    from PySide6.QtCore import QTimer

    from reader.library import Library
    from reader.ui import theme
    from reader.ui.app import build

    out.mkdir(parents=True, exist_ok=True)
    library = Library()  # the temporary one: a few articles in the sidebar
    for sample in sorted((ROOT / "resources" / "samples").glob("*")):
        library.add(sample)
    library.close()
    app, window = build([])
    window.resize(1440, 900)
    window.open_file(str(article))
    shots = [(theme.LIGHT, out / "screenshot-light.png"), (theme.DARK, out / "screenshot-dark.png")]

    def next_shot() -> None:
        if window.current is None or window.sidebar.model.rowCount() == 0:
            QTimer.singleShot(100, next_shot)
            return
        if not shots:
            app.quit()
            return
        choice, path = shots.pop(0)
        window.set_theme(choice)
        window.quotes_pane.list.setCurrentRow(2)
        QTimer.singleShot(600, lambda: (window.grab().save(str(path)), print(path),
                                        next_shot()))

    QTimer.singleShot(100, next_shot)
    return int(app.exec())


if __name__ == "__main__":
    args = sys.argv[1:]
    target = Path(args[0]) if args else ROOT / "docs"
    sample = Path(args[1]) if len(args) > 1 else ROOT / "resources/samples/en-river-school.txt"
    raise SystemExit(main(target, sample))
