"""Speed of the whole analysis with the default summariser, against sumy's LexRank and TextRank
on the same generated texts; prints the times and ratios.

usage: python bench/speed.py [WORDS ...]     (default: 20000 200000)
Goals: 20,000 words in at most 0.2 s, 200,000 words in at most 1.5 s (the default, full analysis:
language, sentences, summary, quotes; imports warmed up first). sumy's graph algorithms fill an
n x n table in Python, so on the longest text each gets at most CAP seconds.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CAP = 120.0


def _time(algorithm: str, text: str, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    from reader.core.loaders.text import article_from_text
    from reader.core.pipeline import Options, analyze

    warm = article_from_text("Warm Up\n\n" + " ".join(["The ferry left the harbour at noon."] * 30))
    analyze(warm, Options(algorithm=algorithm, language="en"))
    article = article_from_text(text)
    t0 = time.perf_counter()
    analysis = analyze(article, Options(algorithm=algorithm, language="en"))
    queue.put((time.perf_counter() - t0, len(analysis.sentences)))


def timed(algorithm: str, text: str) -> tuple[float | None, int]:
    """Seconds for a full analysis in a fresh process, or None past CAP."""
    queue: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    proc = mp.Process(target=_time, args=(algorithm, text, queue))
    proc.start()
    proc.join(CAP)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None, 0
    return queue.get()


def main(sizes: list[int]) -> None:
    from analyze_time import make_article

    print(f"{'words':>8} {'sentences':>9} {'margin (s)':>11} {'lexrank (s)':>12} "
          f"{'textrank (s)':>13} {'lexrank/margin':>15} {'textrank/margin':>16}")
    for words in sizes:
        text = make_article(words)
        ours, n = timed("margin", text)
        others = [timed(name, text)[0] for name in ("lexrank", "textrank")]
        cells = [f"{t:.2f}" if t is not None else f">{CAP:.0f}" for t in others]
        ratios = [f"{t / ours:.0f}x" if t is not None and ours else f">{CAP / (ours or 1):.0f}x"
                  for t in others]
        print(f"{words:>8} {n:>9} {ours or 0:>11.2f} {cells[0]:>12} {cells[1]:>13} "
              f"{ratios[0]:>15} {ratios[1]:>16}", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [20_000, 200_000])
