"""How quickly the window appears, and how long the event loop ever stalls while a long text is
analysed and shown: a text without sections, then a book of 200 chapters (its contents and
summary by section shown too). Prints the figures; the goals are a window within 1 s and no
stall over 50 ms.

usage: python bench/gui.py [WORDS]        (default 200000, for each text; runs offscreen)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHAPTERS = 200


def child(t0: float, article: str) -> None:
    """Runs in a fresh process, as a person's launch would."""
    from PySide6.QtCore import QTimer

    from reader.ui.app import build

    app, window = build([])
    gaps: list[float] = []
    long_ones: list[tuple[float, float]] = []
    state = {"last": 0.0, "opened": 0.0, "shown": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        if state["last"]:
            gaps.append(now - state["last"])
            if now - state["last"] > 0.02:
                long_ones.append((state["last"] - state["opened"], now - state["last"]))
        state["last"] = now
        if not state["shown"] and window.current is not None:
            state["shown"] = now
            QTimer.singleShot(1000, finish)  # keep measuring while the text and lists settle

    def window_up() -> None:
        print(f"time to window: {time.time() - t0:.3f} s", flush=True)
        timer.start(1)
        state["opened"] = time.perf_counter()
        window.open_file(article)

    def finish() -> None:
        timer.stop()
        gaps.sort()
        print(f"analysis until shown: {state['shown'] - state['opened']:.2f} s")
        print(f"event-loop ticks: {len(gaps)}; longest stall: {gaps[-1] * 1000:.1f} ms; "
              f"99th percentile: {gaps[int(len(gaps) * 0.99)] * 1000:.1f} ms")
        if long_ones:
            print("stalls over 20 ms (s after opening: ms): " + ", ".join(
                f"{at:.2f}: {gap * 1000:.0f}" for at, gap in long_ones))
        app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    QTimer.singleShot(0, window_up)
    app.exec()


def main() -> None:
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    sys.path.insert(0, str(ROOT / "bench"))
    from analyze_time import make_article
    from sections import book_chapters, book_text

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"long-{words}.txt"
        path.write_text(make_article(words), encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   MARGIN_DATA_DIR=tmp, PYTHONPATH=str(ROOT))
        print(f"{words:,} words")
        for run in (1, 2):
            print(f"run {run}:", flush=True)
            subprocess.run([sys.executable, __file__, "--child", repr(time.time()), str(path)],
                           env=env, check=True)
        book = Path(tmp) / f"book-{CHAPTERS}-chapters.txt"
        book.write_text(book_text(book_chapters(words, CHAPTERS)), encoding="utf-8")
        print(f"\na book of {CHAPTERS} chapters, {words:,} words")
        for run in (1, 2):
            print(f"run {run}:", flush=True)
            subprocess.run([sys.executable, __file__, "--child", repr(time.time()), str(book)],
                           env=env, check=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(float(sys.argv[2]), sys.argv[3])
    else:
        main()
