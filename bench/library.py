"""The library at scale: builds a 10,000-article library from generated text in a temporary
folder and prints the import rate, search latency (median and 95th percentile) and the time to
load the sidebar's list. Goals: >= 50 files/s, search <= 30 ms, list <= 200 ms.

usage: python bench/library.py [ARTICLES]      (default 10000)
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COMMON = ("the of and to in a is that for on with as was by at from it be this are said "
          "harbour ferry council river school market winter bridge library storm budget mayor "
          "village teachers farmers museum station hospital energy water prices").split()


def vocabulary(rng: random.Random, size: int = 20_000) -> tuple[list[str], list[float]]:
    """Made-up words with a Zipf-like spread of frequencies, as words in real text have: a few
    very common, most rare (so a search term matches some articles, not all of them). Returns
    the words and their cumulative weights."""
    syllables = ["ka", "lo", "mi", "ren", "sa", "tor", "vel", "du", "ni", "gar", "po", "shi",
                 "an", "bel", "cor", "fen", "ish", "mon", "qua", "zu"]
    words = list(COMMON)
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    cumulative, total = [], 0.0
    for rank in range(len(words)):
        total += 1.0 / (rank + 1)
        cumulative.append(total)
    return words, cumulative


def write_articles(folder: Path, n: int) -> list[Path]:
    rng = random.Random(3)
    words, cumulative = vocabulary(rng)
    files = []
    for i in range(n):
        title = " ".join(rng.choices(words[25:2000], k=4)).title()
        paragraphs = []
        for _ in range(rng.randint(3, 8)):
            sentences = []
            for _ in range(rng.randint(2, 5)):
                length = rng.randint(8, 22)
                sentences.append(" ".join(rng.choices(words, cum_weights=cumulative, k=length))
                                 .capitalize() + ".")
            paragraphs.append(" ".join(sentences))
        path = folder / f"article-{i:05d}.txt"
        path.write_text(f"{title} {i}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        files.append(path)
    return files


def main(n: int) -> None:
    from reader.library import Library, import_files

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in"
        source.mkdir()
        files = write_articles(source, n)
        library = Library(Path(tmp) / "data")
        t0 = time.perf_counter()
        report = import_files(library, files)
        elapsed = time.perf_counter() - t0
        print(f"import: {report.added} articles in {elapsed:.1f} s = {report.added / elapsed:.0f} "
              f"files/s (failed: {len(report.failed)})")

        rng = random.Random(5)
        words, _ = vocabulary(random.Random(3))
        pool = words[25:3000]  # words people search for: not "the", not unheard of
        queries = [" ".join(rng.sample(pool, k)) for k in (1, 1, 2, 3) for _ in range(40)]
        queries += [w[:4] for w in rng.sample(pool, 40)]  # prefixes, as typed
        times = []
        for q in queries:
            t = time.perf_counter()
            library.search(q)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        print(f"search ({len(times)} queries, top 100 results with snippets): median "
              f"{statistics.median(times):.1f} ms, 95th percentile "
              f"{times[int(len(times) * 0.95)]:.1f} ms")

        library.close()
        fresh = Library(Path(tmp) / "data")  # as at start-up: a cold connection
        for sort in ("opened", "title"):
            t = time.perf_counter()
            records = fresh.articles(sort)
            print(f"list of {len(records)} ({sort}): {(time.perf_counter() - t) * 1000:.0f} ms")
        t = time.perf_counter()
        Library(Path(tmp) / "data").close()
        print(f"opening the library (check, migrations, orphan clean-up): "
              f"{(time.perf_counter() - t) * 1000:.0f} ms")
        db = Path(tmp) / "data" / "library.sqlite3"
        print(f"database size: {db.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
