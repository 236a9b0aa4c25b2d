"""``margin export FILE --pdf OUT.pdf``: the summary document from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def _parser() -> argparse.ArgumentParser:
    from .cli import _algorithm, _positive_int, _ratio

    p = argparse.ArgumentParser(prog="margin export",
                                description="Write an article's summary as PDF, Markdown or HTML.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--pdf", metavar="OUT.pdf", type=Path)
    p.add_argument("--markdown", metavar="OUT.md", type=Path)
    p.add_argument("--html", metavar="OUT.html", type=Path)
    p.add_argument("--full-text", action="store_true",
                   help="add the whole article, summary and quotes highlighted")
    p.add_argument("--page-size", choices=("a4", "letter"),
                   help="PDF page size (default: from your locale)")
    length = p.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=_positive_int, metavar="N")
    length.add_argument("--ratio", type=_ratio, metavar="R")
    p.add_argument("--algorithm", type=_algorithm, default="margin", metavar="NAME")
    p.add_argument("--language", metavar="CODE")
    p.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    return p


def export_command(argv: Sequence[str], out: TextIO = sys.stdout,
                   err: TextIO = sys.stderr) -> int:
    parser = _parser()
    args = parser.parse_args(list(argv))
    targets = [(fmt, path) for fmt, path in (("pdf", args.pdf), ("markdown", args.markdown),
                                             ("html", args.html)) if path is not None]
    if not targets:
        parser.error("say where to write: --pdf OUT.pdf, --markdown OUT.md or --html OUT.html")
    from .cli import DEBUG_HINT
    from .core.errors import ReaderError, describe_failure
    from .core.pipeline import Options, analyze_file
    from .export.exporter import export

    options = Options(sentences=args.sentences, ratio=args.ratio, algorithm=args.algorithm,
                      language=args.language)
    try:
        analysis = analyze_file(args.file, options)
    except Exception as exc:
        if args.debug:
            import traceback

            traceback.print_exc(file=err)
        err.write(f"margin: {describe_failure(args.file, exc, DEBUG_HINT)}\n")
        return EXIT_BAD_INPUT
    status = EXIT_OK
    for fmt, path in targets:
        try:
            for warning in export(analysis, path, fmt, full_text=args.full_text,
                                  page_size=args.page_size, source=args.file):
                err.write(f"margin: {warning}\n")
        except ReaderError as exc:
            err.write(f"margin: {exc}\n")
            status = EXIT_BAD_INPUT
            continue
        out.write(f"wrote {path}\n")
    return status
