"""Command line: ``margin [FILE...]`` opens the window; ``margin analyze`` scripts the core.

The analyze subcommand imports no Qt, so it starts fast and runs without a display.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from . import __version__

SUBCOMMANDS = ("analyze", "export", "library")
EXIT_OK, EXIT_BAD_INPUT = 0, 2
# The reader of our output went away (``margin library list | head``): the status a shell
# reports for a program ended by SIGPIPE, as ``git log | head`` gives.
EXIT_CLOSED_PIPE = 128 + 13


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return n


def _ratio(value: str) -> float:
    try:
        r = float(value)
    except ValueError:
        r = -1.0
    if not 0 < r <= 1:
        raise argparse.ArgumentTypeError(f"must be a fraction between 0 and 1, not {value!r}")
    return r


def _algorithm(value: str) -> str:
    from .core.errors import ReaderError
    from .core.summarize import algorithm_name

    try:
        return algorithm_name(value)
    except ReaderError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _analyze_parser() -> argparse.ArgumentParser:
    from .core.summarize import ALGORITHMS

    p = argparse.ArgumentParser(
        prog="margin analyze",
        description="Summarise articles and list their quotes, without opening the window.",
    )
    length = p.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=_positive_int, metavar="N",
                        help="summary length in sentences (default: grows with the text)")
    length.add_argument("--ratio", type=_ratio, metavar="R",
                        help="summary length as a fraction of the sentences, e.g. 0.2")
    p.add_argument("--algorithm", type=_algorithm, default="margin", metavar="NAME",
                   help=f"summariser: {', '.join(ALGORITHMS)} (default: margin)")
    p.add_argument("--language", metavar="CODE", help="language code such as en or de "
                   "(default: detected from the text)")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    p.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    p.add_argument("files", nargs="+", metavar="FILE")
    return p


DEBUG_HINT = "; run with --debug for details"


def _report(analysis: Any, file: str, out: TextIO) -> None:
    art = analysis.article
    wrap = textwrap.TextWrapper(width=96, initial_indent="  • ", subsequent_indent="    ")
    out.write(f"{art.title or file}\n")
    facts = [f"by {art.author}" if art.author else None, art.date,
             f"language: {analysis.language}", f"{art.word_count} words",
             f"summary by {analysis.algorithm}"]
    out.write("  " + " · ".join(f for f in facts if f) + "\n\nSummary\n")
    for span in analysis.summary:
        out.write(wrap.fill(analysis.span_text(span)) + "\n")
    out.write(f"\nQuotes ({len(analysis.quotes)})\n")
    for q in analysis.quotes:
        who = q.speaker or "unattributed"
        out.write(wrap.fill(f"“{analysis.span_text(q)}” — {who}") + "\n")
    for note in analysis.notes:
        out.write(f"\nNote: {note}\n")
    out.write("\n")


def analyze_command(argv: Sequence[str], out: TextIO = sys.stdout,
                    err: TextIO = sys.stderr) -> int:
    args = _analyze_parser().parse_args(list(argv))
    from .core.errors import describe_failure, shown_name
    from .core.pipeline import Options, analyze_file

    options = Options(sentences=args.sentences, ratio=args.ratio, algorithm=args.algorithm,
                      language=args.language)
    status = EXIT_OK
    for file in args.files:
        try:
            analysis = analyze_file(file, options)
        except Exception as exc:  # every failure becomes one line; --debug shows the rest
            status = EXIT_BAD_INPUT
            message = describe_failure(file, exc, DEBUG_HINT)
            if args.debug:
                import traceback

                traceback.print_exc(file=err)
            if args.json:
                out.write(json.dumps({"file": file, "error": message}, ensure_ascii=False) + "\n")
            else:
                err.write(f"margin: {message}\n")
            out.flush()
            continue
        if args.json:
            out.write(json.dumps(analysis.to_json(file), ensure_ascii=False) + "\n")
            for note in analysis.notes:  # stdout keeps the JSON contract
                err.write(f"margin: note: {shown_name(file)}: {note}\n")
        else:
            _report(analysis, file, out)
        out.flush()
    return status


def _top_help() -> str:
    return (
        "usage: margin [FILE...]            open the window (with these files)\n"
        "       margin analyze [options] FILE...   summary and quotes on the terminal\n"
        "       margin export FILE --pdf OUT.pdf | --markdown OUT.md | --html OUT.html\n"
        "       margin library list|search QUERY|add FILE...|remove ID|path [--json]\n"
        "       margin --version\n\n"
        "Run 'margin analyze --help' for the analysis options.\n"
    )


def _one_blas_thread() -> None:
    """numpy's OpenBLAS spins a thread per core and thrashes on small machines; the ranking
    here is light linear algebra, faster on one thread. Must run before numpy is imported."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def main(argv: Sequence[str] | None = None) -> int:
    _one_blas_thread()
    args = list(sys.argv[1:] if argv is None else argv)
    _utf8_streams()
    if args and (args[0] in SUBCOMMANDS or args[0].startswith("-")):
        return _stopping_quietly_on_a_closed_pipe(lambda: _command(args))
    from .ui.app import run

    return run(args)


def _stopping_quietly_on_a_closed_pipe(command: Callable[[], int]) -> int:
    """Run a terminal command; when whatever reads its output stops reading (``| head``),
    end with EXIT_CLOSED_PIPE and nothing on the terminal: no traceback, and no complaint
    from the interpreter about output it could not flush at exit."""
    try:
        try:
            return command()
        finally:
            sys.stdout.flush()  # what is still buffered meets the closed pipe here, not at exit
    except BrokenPipeError:
        _drop_output()
        return EXIT_CLOSED_PIPE


def _drop_output() -> None:
    """Point the closed stream at the null device, so that the interpreter's last flush at
    exit has somewhere to go. stderr stays unless it is the closed one too (``2>&1 | head``)."""
    _to_null(sys.stdout)
    try:
        sys.stderr.flush()
    except BrokenPipeError:
        _to_null(sys.stderr)


def _to_null(stream: TextIO) -> None:
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return  # not a real file: nothing will be flushed into a closed pipe at exit
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def _command(args: list[str]) -> int:
    if args[0] in ("-h", "--help"):
        sys.stdout.write(_top_help())
        return EXIT_OK
    if args[0] == "--version":
        sys.stdout.write(f"margin {__version__}\n")
        return EXIT_OK
    if args[0] == "analyze":
        return analyze_command(args[1:])
    if args[0] == "export":
        from .export_cli import export_command

        return export_command(args[1:])
    if args[0] == "library":
        from .library_cli import library_command

        return library_command(args[1:])
    sys.stderr.write(f"margin: unknown option {args[0]}\n{_top_help()}")
    return EXIT_BAD_INPUT


def _utf8_streams() -> None:
    """Print UTF-8 whatever the terminal's locale says, so no article text fails to print."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
