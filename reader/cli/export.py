"""``margin export FILE --pdf OUT.pdf``: the summary document from the command line.

The PDF goes through QtGui (no window); it is imported only when the command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from .errors import ErrorPrinter, UsageError
from .exits import Exit
from .parser import Subcommands, add_analysis_options, add_debug_option

WHERE = "say where to write: --pdf OUT.pdf, --markdown OUT.md or --html OUT.html"


def add_parser(subcommands: Subcommands) -> None:
    p = subcommands.add_parser(
        "export", help="the summary document as PDF, Markdown or HTML",
        description="Write an article's summary as PDF, Markdown or HTML.")
    p.add_argument("file", metavar="FILE", help="a file, or an http(s) address")
    p.add_argument("--pdf", metavar="OUT.pdf", type=Path)
    p.add_argument("--markdown", metavar="OUT.md", type=Path)
    p.add_argument("--html", metavar="OUT.html", type=Path)
    p.add_argument("--full-text", action="store_true",
                   help="add the whole article, summary and quotes highlighted")
    p.add_argument("--by-section", action="store_true",
                   help="the summary section by section (a document with sections: a book's "
                        "chapters, a report's headings)")
    p.add_argument("--page-size", choices=("a4", "letter"),
                   help="PDF page size (default: from your locale)")
    add_analysis_options(p)
    add_debug_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    targets = [(fmt, path) for fmt, path in (("pdf", args.pdf), ("markdown", args.markdown),
                                             ("html", args.html)) if path is not None]
    if not targets:
        raise UsageError(WHERE)
    from ..core.errors import ReaderError
    from ..core.pipeline import Options, analyze
    from ..export.exporter import export
    from .sources import load_argument

    errors = ErrorPrinter(err, args.debug)
    options = Options(sentences=args.sentences, ratio=args.ratio, algorithm=args.algorithm,
                      language=args.language)
    try:
        loaded = load_argument(args.file)  # a file, or an http(s) address fetched
        analysis = analyze(loaded.article, options)
    except Exception as exc:  # one line; --debug shows the rest
        errors.error(errors.failure(args.file, exc))
        return Exit.BAD_INPUT
    from .notes import stored_highlights

    # the reader's own highlights, when the file is in the library (never creates one)
    highlights = stored_highlights(args.file, analysis.article.text)
    status = Exit.OK
    for fmt, path in targets:
        try:
            for warning in export(analysis, path, fmt, full_text=args.full_text,
                                  page_size=args.page_size,
                                  source=loaded.source or args.file,
                                  highlights=highlights, by_section=args.by_section):
                errors.error(warning)
        except ReaderError as exc:
            errors.error(str(exc))
            status = Exit.BAD_INPUT
            continue
        out.write(f"wrote {path}\n")
    return status
