"""Time the whole analysis on generated long articles and print the figures.

usage: python bench/analyze_time.py [WORDS ...]      (default: 20000 200000)
Each size is timed twice in a fresh process (`python -m reader analyze --json`), so start-up,
imports and loading count, as they do for a person.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ("the council river school harbour train market winter budget library bridge museum "
         "farmers teachers storm ferry mayor village plan water energy prices workers station "
         "road hospital families children report year week government city region company "
         "said new will would could after before during because while although more most").split()
SPEAKERS = ["Ana Perez", "Tom Reyes", "Grace Okafor"]


def make_article(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            n = rng.randint(8, 28)
            sentences.append(" ".join(rng.choice(VOCAB) for _ in range(n)).capitalize() + ".")
            count += n
        if rng.random() < 0.2:
            said = " ".join(rng.choice(VOCAB) for _ in range(9))
            sentences.append(f'"{said.capitalize()}," said {rng.choice(SPEAKERS)}.')
        paragraphs.append(" ".join(sentences))
    return "Generated Long Article\n\n" + "\n\n".join(paragraphs) + "\n"


def main(sizes: list[int]) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    print(f"{'words':>8}  {'run 1 (s)':>9}  {'run 2 (s)':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for words in sizes:
            path = Path(tmp) / f"long-{words}.txt"
            path.write_text(make_article(words), encoding="utf-8")
            times = []
            for _ in range(2):
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "reader", "analyze", "--json", str(path)],
                               check=True, stdout=subprocess.DEVNULL, env=env)
                times.append(time.perf_counter() - t0)
            print(f"{words:>8}  {times[0]:>9.2f}  {times[1]:>9.2f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [20_000, 200_000])
