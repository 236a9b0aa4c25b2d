"""The one command-line parser: a subcommand each, the options they share, the top help.

Each subcommand module adds its own parser through ``add_parser(subcommands)`` and sets
``run`` as its default; ``build_parser`` puts them under one ``margin`` parser.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import TypeAlias

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

TOP_HELP = (
    "usage: margin [FILE...]            open the window (with these files)\n"
    "       margin analyze [options] FILE...   summary and quotes on the terminal\n"
    "       margin analyze --upto 40% FILE      a recap of the text before that place\n"
    "       margin export FILE --pdf OUT.pdf | --markdown OUT.md | --html OUT.html"
    " [--by-section]\n"
    "       margin library list|search QUERY|add FILE...|remove ID|path [--json]\n"
    "       margin notes add FILE --quote TEXT [--note TEXT] [--color C] [--occurrence N]\n"
    "       margin notes list [FILE] | remove ID [--json]\n"
    "       margin notes export [FILE...] --markdown OUT.md | --csv OUT.csv | --json OUT\n"
    "       margin --version\n\n"
    "For analyze, export, library add and notes, a FILE may be an http or https address:\n"
    "the page is fetched and read as a saved page is (the library keeps it).\n"
    "Run 'margin analyze --help' for the analysis options.\n"
)


def build_parser(
        add_parsers: Iterable[Callable[[Subcommands], None]],
) -> tuple[argparse.ArgumentParser, Subcommands]:
    """``margin`` with one subcommand from each of ``add_parsers``; -h and --version are
    answered before parsing (``TOP_HELP``), so the top level has no options of its own."""
    top = argparse.ArgumentParser(prog="margin", add_help=False)
    subcommands = top.add_subparsers(dest="subcommand", required=True)
    for add_parser in add_parsers:
        add_parser(subcommands)
    return top, subcommands


# --- the options several subcommands share -----------------------------------------------------

def add_analysis_options(p: argparse.ArgumentParser) -> None:
    """How the summary is made: its length, the summariser, the language."""
    from ..core.summarize import ALGORITHMS

    length = p.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=_positive_int, metavar="N",
                        help="summary length in sentences (default: grows with the text)")
    length.add_argument("--ratio", type=_ratio, metavar="R",
                        help="summary length as a fraction of the sentences, e.g. 0.2")
    p.add_argument("--algorithm", type=_algorithm, default="margin", metavar="NAME",
                   help=f"summariser: {', '.join(ALGORITHMS)} (default: margin)")
    p.add_argument("--language", metavar="CODE", help="language code such as en or de "
                   "(default: detected from the text)")


def add_upto_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--upto", type=reading_place, metavar="P",
                   help="recap: summarise and list quotes only from the text before P, a "
                        "percentage of the text (40%%) or a character offset (12000)")


class ReadingPlace:
    """Where a reader is: a share of the text (``percent``) or a character offset."""

    def __init__(self, offset: int | None = None, percent: float | None = None) -> None:
        self.offset, self.percent = offset, percent

    def resolve(self, length: int) -> int:
        """The offset into a text of ``length`` characters (within it)."""
        if self.percent is not None:
            return min(length, int(length * self.percent / 100))
        return min(length, self.offset or 0)

    def __repr__(self) -> str:
        return f"{self.percent:g}%" if self.percent is not None else str(self.offset)


def reading_place(value: str) -> ReadingPlace:
    text = value.strip()
    try:
        if text.endswith("%"):
            percent = float(text[:-1])
            if 0 <= percent <= 100:
                return ReadingPlace(percent=percent)
        elif int(text) >= 0:
            return ReadingPlace(offset=int(text))
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(
        f"must be a percentage from 0% to 100% or a character offset, not {value!r}")


def add_json_option(p: argparse.ArgumentParser, help: str = "one JSON object per line",
                    default: object = False) -> None:
    p.add_argument("--json", action="store_true", default=default, help=help)


def add_debug_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--debug", action="store_true", help="show tracebacks of failures")


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
    from ..core.errors import ReaderError
    from ..core.summarize import algorithm_name

    try:
        return algorithm_name(value)
    except ReaderError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
