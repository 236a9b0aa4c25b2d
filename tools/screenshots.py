"""Screenshots of the window (offscreen): the README's pair, or a review set.

usage: python tools/screenshots.py [OUT_DIR] [ARTICLE]
           the README's light and dark screenshots (default: docs/ and the English sample)
       python tools/screenshots.py --language CODE OUT_DIR ARTICLE [POINTS]
           the window in another interface language (screenshot-CODE.png), or "en" with the
           text at POINTS (screenshot-large-text.png)
       python tools/screenshots.py --review OUT_DIR ARTICLE
           the window at 1600x1000, 1024x768 and 800x600, light and dark, at the default zoom
           and three steps in: twelve PNGs to look at after a change to the window
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MARGIN_DATA_DIR"] = tempfile.mkdtemp(prefix="margin-shots-")  # no personal settings
sys.path.insert(0, str(ROOT))

REVIEW_SIZES = ((1600, 1000), (1024, 768), (800, 600))
BOOK = ROOT / "resources" / "samples" / "en-lighthouse-letters.md"  # chapters, for Contents
# the reader's own highlights on the English sample, for the Notes screenshots
NOTES = (("converted barge that travels the canal", "green", "Check the route on a map."),
         ("the county council asked for a full inspection", "pink", ""),
         ("a second barge is being fitted out", "blue",
          "Ask the head teacher whether the second barge will take the older pupils."))


def main(out: Path, article: Path, review: bool = False) -> int:
    from PySide6.QtCore import QTimer

    from reader.library import Library
    from reader.ui import theme
    from reader.ui.app import build

    out.mkdir(parents=True, exist_ok=True)
    library = Library()  # the temporary one: a few articles in the sidebar
    for sample in sorted((ROOT / "resources" / "samples").glob("*")):
        library.add(sample)
    if not review:  # some highlights of the reader's own, with notes
        from reader.core.anchoring import find_quote, make_anchor
        from reader.core.loaders import load

        record, _ = library.add(article, opened=True)
        text = load(article).text
        for words, colour, note in NOTES:
            found = find_quote(text, words)
            if found is not None:
                library.add_highlight(record.id, make_anchor(text, *found), note, colour)
    library.close()
    app, window = build([])
    window.resize(1440, 900)
    window.open_file(str(article))
    if review:
        shots = [((w, h), choice, zoom, out / f"{article.stem}-{w}x{h}-{choice}-zoom{zoom}.png")
                 for w, h in REVIEW_SIZES for choice in (theme.LIGHT, theme.DARK)
                 for zoom in (0, 3)]
    else:
        shots = [((1440, 900), theme.LIGHT, 0, out / "screenshot-light.png"),
                 ((1440, 900), theme.DARK, 0, out / "screenshot-dark.png"),
                 ((1440, 900), theme.LIGHT, 0, out / "screenshot-notes-light.png"),
                 ((1440, 900), theme.DARK, 0, out / "screenshot-notes-dark.png")]

    def next_shot() -> None:
        if window.current is None or window.sidebar.model.rowCount() == 0:
            QTimer.singleShot(100, next_shot)
            return
        if not shots:
            if review or not BOOK.exists():
                app.quit()
            else:
                book_shots()
            return
        size, choice, zoom, path = shots.pop(0)
        notes = "notes" in path.name
        window.lower_tabs.setCurrentIndex(1 if notes else 0)
        if notes and window.notes_pane.list.count():
            window.notes_pane.list.setCurrentRow(0)
        window.resize(*size)
        window.set_theme(choice)
        window.commands.zoom(0)
        if zoom:
            window.commands.zoom(zoom)
        window.quotes_pane.list.setCurrentRow(2)
        QTimer.singleShot(700, lambda: (window.grab().save(str(path)), print(path),
                                        next_shot()))

    def book_shots() -> None:
        """Contents and the summary by section, in the book's third chapter (light); then a
        recap from the fourth (dark)."""
        from reader.ui.summary_pane import BY_SECTION

        steps = [("sections", theme.LIGHT, 2), ("recap", theme.DARK, 3)]

        def shown() -> bool:
            return "Lighthouse" in window.article_pane.header.plain_text() \
                and window.articles.idle

        def step() -> None:
            if not shown():
                QTimer.singleShot(100, step)
                return
            if not steps:
                app.quit()
                return
            name, choice, chapter = steps.pop(0)
            window.resize(1440, 900)
            window.set_theme(choice)
            window.left_tabs.setCurrentWidget(window.contents_pane)
            window.lower_tabs.setCurrentIndex(0)  # the quotes
            pane = window.summary_pane
            pane.mode.setCurrentIndex(pane.mode.findData(BY_SECTION))
            tree = window.contents_pane.tree
            tree.itemClicked.emit(tree.topLevelItem(chapter), 0)

            def settle(then: Callable[[], None]) -> None:
                state = window.article_pane.state
                if not (state.settled and window.articles.idle):
                    QTimer.singleShot(100, lambda: settle(then))
                    return
                QTimer.singleShot(500, then)

            def grab() -> None:
                path = out / f"screenshot-{name}-{'dark' if choice == theme.DARK else 'light'}.png"
                window.grab().save(str(path))
                print(path)
                pane.end_recap()
                step()

            def recap_then_grab() -> None:
                window.act.recap.trigger()
                wait_recap()

            def wait_recap() -> None:
                if pane.recap is None:
                    QTimer.singleShot(100, wait_recap)
                    return
                settle(grab)

            settle(recap_then_grab if name == "recap" else grab)

        window.open_file(str(BOOK))
        step()

    QTimer.singleShot(100, next_shot)
    return int(app.exec())


def one_language(out: Path, code: str, article: Path, points: float) -> int:
    """One screenshot with the interface in ``code`` (the light theme), of ``article``."""
    os.environ["LANGUAGE"] = code
    from PySide6.QtCore import QTimer

    from reader.ui import theme
    from reader.ui.app import build
    from reader.ui.reading_settings import Reading

    out.mkdir(parents=True, exist_ok=True)
    app, window = build([])
    window.resize(1440, 900)
    window.set_theme(theme.LIGHT)
    if points:
        window.set_reading(Reading(size=points))
    window.open_file(str(article))
    name = "screenshot-large-text.png" if points else f"screenshot-{code}.png"

    def shot() -> None:
        if window.current is None or not window.articles.idle:
            QTimer.singleShot(100, shot)
            return
        window.quotes_pane.list.setCurrentRow(1)
        QTimer.singleShot(700, lambda: (window.grab().save(str(out / name)),
                                        print(out / name), app.quit()))

    QTimer.singleShot(100, shot)
    return int(app.exec())


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--language":
        if len(args) not in (4, 5):
            raise SystemExit(__doc__)
        raise SystemExit(one_language(Path(args[2]), args[1], Path(args[3]),
                                      float(args[4]) if len(args) == 5 else 0.0))
    review = bool(args) and args[0] == "--review"
    if review:
        args = args[1:]
        if len(args) != 2:
            raise SystemExit(__doc__)
    target = Path(args[0]) if args else ROOT / "docs"
    sample = Path(args[1]) if len(args) > 1 else ROOT / "resources/samples/en-river-school.txt"
    raise SystemExit(main(target, sample, review))
