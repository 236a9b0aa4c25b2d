"""How much of real documents Margin reads, and what its summaries of them are made of.

usage: python bench/documents.py [FOLDER] [--slowest N] [--worst N] [--format pdf,docx,...]
       (default FOLDER: ../shared/corpus/documents, with MANIFEST.tsv and ref/)

For every file: load and analyse it as `margin analyze` does (in this process, timed), then
compare its words (the text and its notes) with the reference tool's text in ref/: recall is the
share of the reference's words Margin has, precision the share of Margin's words the reference
has (lower-cased words, counted with repeats; a Chinese or Japanese character is a word). Per
format it prints files, refusals, bug errors, mean recall and precision, the summary sentences
that are front or back matter (contents lines, copyright and licence notices, indexes; told by
the rules below, which are the bench's own and not the app's), repeated summary sentences, and
the slowest files. A reference is not the truth (pdftotext spaces out some letters): read the
worst files before you believe a figure.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "corpus" / "documents"
SLOW_S = 5.0

_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W\d_]+|\d+", re.UNICODE)
# What a summary sentence that is front or back matter looks like (the bench's own judge).
_MATTER = re.compile(
    r"all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4}|project gutenberg|"
    r"gnu (?:free documentation|general public) licen[cs]e|creative commons attribution|"
    r"licensed under|this (?:work|book|ebook) is licen[cs]ed|permission is granted to copy|"
    r"isbn[\s:-]*\d|table of contents|^contents\b|\.{4,}|…{2,}|(?:\s\d{1,4}){4,}\s*$|"
    r"tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|"
    r"все права защищены|版权所有|無断転載",
    re.IGNORECASE,
)


def words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(text))


def is_matter(sentence: str) -> bool:
    return bool(_MATTER.search(sentence))


@dataclass
class Row:
    fmt: str
    name: str
    seconds: float = 0.0
    error: str | None = None
    bug: bool = False
    recall: float | None = None
    precision: float | None = None
    matter: list[str] = field(default_factory=list)
    repeated: int = 0


def measure(path: Path, ref: Path | None) -> Row:
    from reader.core.errors import ReaderError, describe_failure
    from reader.core.pipeline import analyze_file

    row = Row(path.parent.name, path.name)
    t0 = time.perf_counter()
    try:
        analysis = analyze_file(path)
    except ReaderError as exc:
        row.seconds = time.perf_counter() - t0
        row.error = describe_failure(path.name, exc)
        return row
    except Exception as exc:  # noqa: BLE001 (the bench counts our bugs, it does not stop)
        row.seconds = time.perf_counter() - t0
        row.error = describe_failure(path.name, exc)
        row.bug = True
        return row
    row.seconds = time.perf_counter() - t0
    article = analysis.article
    ours = words(article.text + "\n" + "\n".join(n.text for n in article.notes))
    if ref is not None and ref.exists():
        theirs = words(ref.read_text(encoding="utf-8", errors="replace"))
        common = sum((ours & theirs).values())
        row.recall = common / max(1, sum(theirs.values()))
        row.precision = common / max(1, sum(ours.values()))
    seen: set[tuple[str, ...]] = set()
    for span in analysis.summary:
        sentence = analysis.span_text(span)
        if is_matter(sentence):
            row.matter.append(sentence[:100])
        key = tuple(w.casefold() for w in _WORD.findall(sentence))
        row.repeated += key in seen
        seen.add(key)
    return row


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    p.add_argument("--slowest", type=int, default=5)
    p.add_argument("--worst", type=int, default=5, help="list the files of lowest recall")
    p.add_argument("--format", help="only these formats, e.g. pdf,docx")
    args = p.parse_args()
    folder: Path = args.folder
    if not (folder / "ref").is_dir():
        print(f"no documents at {folder} (a folder with docx/, epub/, html/, pdf/ and ref/): "
              "nothing to measure")
        return 0
    wanted = set(args.format.split(",")) if args.format else None
    files = sorted(f for f in folder.glob("*/*") if f.is_file() and f.parent.name != "ref"
                   and (wanted is None or f.parent.name in wanted))
    rows = []
    for f in files:
        row = measure(f, folder / "ref" / f"{f.parent.name}__{f.name}.txt")
        rows.append(row)
        print(f"  {row.seconds:6.2f} s  {row.fmt}/{row.name}"
              + (f"  [{row.error}]" if row.error else "")
              + (f"  recall {row.recall:.2f} precision {row.precision:.2f}"
                 if row.recall is not None and row.precision is not None else ""),
              file=sys.stderr, flush=True)

    print(f"\n{'format':<7}{'files':>6}{'refused':>8}{'bugs':>6}{'recall':>8}{'precision':>10}"
          f"{'matter':>8}{'repeats':>8}{'slowest s':>10}")
    for fmt in sorted({r.fmt for r in rows}):
        group = [r for r in rows if r.fmt == fmt]
        scored = [r for r in group if r.recall is not None]
        print(f"{fmt:<7}{len(group):>6}{sum(r.error is not None for r in group):>8}"
              f"{sum(r.bug for r in group):>6}{mean([r.recall or 0 for r in scored]):>8.3f}"
              f"{mean([r.precision or 0 for r in scored]):>10.3f}"
              f"{sum(len(r.matter) for r in group):>8}{sum(r.repeated for r in group):>8}"
              f"{max(r.seconds for r in group):>10.2f}")
    print(f"\nfiles over {SLOW_S:.0f} s: {sum(r.seconds > SLOW_S for r in rows)}; "
          f"total {sum(r.seconds for r in rows):.1f} s for {len(rows)} files")
    for r in sorted(rows, key=lambda r: -r.seconds)[: args.slowest]:
        print(f"  slow  {r.seconds:6.2f} s  {r.fmt}/{r.name}")
    for r in sorted((r for r in rows if r.recall is not None),
                    key=lambda r: r.recall or 0)[: args.worst]:
        print(f"  worst recall {r.recall:.2f} precision {r.precision:.2f}  {r.fmt}/{r.name}")
    for r in rows:
        if r.error:
            print(f"  refused {'(BUG) ' if r.bug else ''}{r.fmt}/{r.name}: {r.error}")
        for sentence in r.matter:
            print(f"  matter in summary  {r.fmt}/{r.name}: {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
