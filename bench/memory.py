"""Peak memory (resident set size) of the heavy things a person does, each in a fresh process:
analysing a 200,000-word text, and opening a 10,000-article library (the library alone, and the
window with its sidebar listing it).

usage: python bench/memory.py [--articles N] [--keep DIR]
--keep DIR builds the library in DIR once and reuses it on later runs (building 10,000 articles
takes about three minutes).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PEAK = """
import resource, sys
sys.stdout.write(f"\\nPEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n")
"""

BASELINE = "import reader.core.pipeline, reader.library\n"

ANALYSE = """
from reader.core.pipeline import Options, analyze_file
a = analyze_file(sys.argv[1], Options(language="en"))
print(len(a.sentences), "sentences", len(a.quotes), "quotes")
"""

LIBRARY = """
from pathlib import Path
from reader.library import Library
lib = Library(Path(sys.argv[1]))
records = lib.articles("opened")
hits = lib.search("harbour")
print(len(records), "articles listed,", len(hits), "search hits")
"""

WINDOW = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["MARGIN_DATA_DIR"] = sys.argv[1]
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
win = MainWindow(Settings())
win.show()
import time
deadline = time.time() + 120
while time.time() < deadline and (win.library is None or win.sidebar.model.rowCount() == 0):
    app.processEvents()
    time.sleep(0.01)
print(win.sidebar.model.rowCount(), "articles in the sidebar")
"""


def peak(script: str, *args: str) -> tuple[float, str, float]:
    """(peak RSS in MB, what the script printed, seconds) for ``script`` run in a new
    Python process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), OPENBLAS_NUM_THREADS="1")
    code = "import sys\n" + script + PEAK
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=900)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    lines = proc.stdout.strip().splitlines()
    kb = int(lines[-1].split()[1])
    said = " ".join(line for line in lines[:-1] if line.strip())
    return kb / 1024, said, took


def build_library(folder: Path, n: int) -> None:
    from library import write_articles

    from reader.library import Library, import_files

    source = folder / "in"
    source.mkdir(parents=True, exist_ok=True)
    files = write_articles(source, n)
    library = Library(folder / "data")
    start = time.perf_counter()
    report = import_files(library, files)
    library.close()
    print(f"built a library of {report.added} articles in {time.perf_counter() - start:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()

    from analyze_time import make_article

    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "long.txt"
        text.write_text(make_article(200_000), encoding="utf-8")
        where = args.keep or Path(tmp) / "lib"
        if not (where / "data" / "library.sqlite3").exists():
            build_library(where, args.articles)
        data = str(where / "data")
        rows = [("Python with Margin's core imported (baseline)", peak(BASELINE)),
                ("analysing a 200,000-word text", peak(BASELINE + ANALYSE, str(text))),
                (f"opening a {args.articles:,}-article library (list + search)",
                 peak(BASELINE + LIBRARY, data)),
                ("the window opening with that library in its sidebar",
                 peak(WINDOW, data))]
        print(f"{'what':<58} {'peak RSS':>9} {'time':>7}")
        for what, (mb, said, took) in rows:
            print(f"{what:<58} {mb:7.0f} MB {took:6.1f} s   {said}")


if __name__ == "__main__":
    main()
