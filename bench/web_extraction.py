"""How much of a web page's article Margin reads, against hand-made references.

usage: python bench/web_extraction.py [FOLDER] [--worst N] [--raw]
       (default FOLDER: ../shared/corpus/html/article_extraction_dev, with ground-truth.json
       and html/<id>.html.gz)

Each page is read as a saved page is (``article_from_html``: the text and its notes) and its
words compared with the reference's article body: recall is the share of the reference's words
Margin has, precision the share of Margin's words the reference has (lower-cased words, counted
with repeats, as bench/documents.py counts them). Prints the means, their F1 and the pages with
the lowest recall. --raw also measures trafilatura's own plain-text extraction of each page,
the baseline for what Margin does after it (tables, loose text, furniture).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "corpus" / "html" / "article_extraction_dev"


def _score(reference: str, text: str) -> tuple[float, float]:
    from documents import words  # bench/documents.py: the same word counting

    ref, got = words(reference), words(text)
    common = sum((ref & got).values())
    return common / max(1, sum(ref.values())), common / max(1, sum(got.values()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--worst", type=int, default=8)
    parser.add_argument("--raw", action="store_true")
    args = parser.parse_args()
    truth_file = args.folder / "ground-truth.json"
    if not truth_file.exists():
        print(f"skipped: no {truth_file}")
        return 0
    from reader.core.errors import ReaderError
    from reader.core.loaders.charsets import decode_declared
    from reader.core.loaders.html import article_from_html

    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    rows, raw_rows = [], []
    for key, item in sorted(truth.items()):
        markup = decode_declared(gzip.decompress((args.folder / "html" / f"{key}.html.gz")
                                                 .read_bytes()))
        try:
            article = article_from_html(markup)
            text = " ".join([article.text, *(n.text for n in article.notes)])
        except ReaderError:
            text = ""
        rows.append((*_score(item["articleBody"], text), item.get("url", key)))
        if args.raw:
            import trafilatura

            plain = trafilatura.extract(markup, include_comments=False, include_tables=True,
                                        deduplicate=False) or ""
            raw_rows.append(_score(item["articleBody"], plain))

    def line(label: str, scores: list[tuple[float, float]]) -> None:
        recall = sum(r for r, _ in scores) / len(scores)
        precision = sum(p for _, p in scores) / len(scores)
        f1 = 2 * recall * precision / (recall + precision)
        print(f"{label:<12} pages {len(scores)}  recall {recall:.4f}  precision {precision:.4f}"
              f"  F1 {f1:.4f}")

    line("margin", [(r, p) for r, p, _ in rows])
    if raw_rows:
        line("trafilatura", raw_rows)
    for recall, precision, url in sorted(rows)[:args.worst]:
        print(f"  worst recall {recall:.2f} precision {precision:.2f}  {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
