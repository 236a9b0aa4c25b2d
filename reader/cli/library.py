"""``margin library list|search|add|remove|path``: the library from the terminal (no Qt)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from .errors import ErrorPrinter
from .exits import Exit
from .listing import bold_wanted, record_line, snippet_line
from .parser import Subcommands, add_json_option

if TYPE_CHECKING:
    from ..library import ImportReport, Library


def add_parser(subcommands: Subcommands) -> None:
    p = subcommands.add_parser("library", help="the articles Margin keeps for you",
                               description="The articles Margin keeps for you.")
    add_json_option(p)
    actions = p.add_subparsers(dest="command", required=True)
    ls = actions.add_parser("list", help="every article: last opened first, then those never "
                            "opened, last added first")
    ls.add_argument("--sort", choices=("opened", "added", "title"), default="opened")
    ls.add_argument("--language", metavar="CODE")
    ls.add_argument("--tag")
    search = actions.add_parser("search", help="full-text search; words match as prefixes "
                                "(exit status 1 when nothing matches)")
    search.add_argument("query", nargs="+")
    add = actions.add_parser("add", help="add files, every supported file in folders, or web "
                             "pages (http and https addresses, fetched once and kept)")
    add.add_argument("files", nargs="+", metavar="FILE")
    remove = actions.add_parser("remove", help="remove an article (and its stored copy)")
    remove.add_argument("id", type=int)
    remove.add_argument("--keep-notes", action="store_true",
                        help="keep its highlights and notes (they come back if the same file is "
                        "added again)")
    actions.add_parser("path", help="where the library lives")
    for action in (ls, search, add, remove):  # --json after the action too
        add_json_option(action, default=argparse.SUPPRESS)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..library import Library, LibraryError
    from ..library.library import fts_query

    errors = ErrorPrinter(err)
    if args.command == "search" and not fts_query(" ".join(args.query)):
        errors.error(f"nothing to search for in {' '.join(args.query)!r}: give words of "
                     "letters or digits")
        return Exit.BAD_INPUT
    if args.command == "path":
        return _path(args, out)
    try:
        library = Library()
    except LibraryError as exc:
        errors.error(str(exc))
        return Exit.BAD_INPUT
    if library.recovered_from is not None:
        errors.error(f"the library was damaged; it was moved to {library.recovered_from} "
                     "and a new, empty one was started")
    try:
        if args.command in ("list", "search"):
            return _list_or_search(library, args, out, errors)
        if args.command == "add":
            return _add(library, args, out, errors)
        return _remove(library, args, out, errors)
    except LibraryError as exc:
        errors.error(str(exc))
        return Exit.BAD_INPUT
    finally:
        library.close()


def _emit(out: TextIO, obj: dict[str, Any]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _path(args: argparse.Namespace, out: TextIO) -> int:
    from .. import paths

    folder = paths.data_dir()
    if args.json:
        _emit(out, {"path": str(folder), "database": str(paths.library_file(folder))})
    else:
        out.write(f"{folder}\n")
    return Exit.OK


def _list_or_search(library: Library, args: argparse.Namespace, out: TextIO,
                    errors: ErrorPrinter) -> int:
    if args.command == "list":
        records = library.articles(args.sort, args.language, args.tag)
    else:
        records = library.search(" ".join(args.query))
    bold = bold_wanted(out)
    for r in records:
        if args.json:
            _emit(out, r.to_json())
        else:
            out.write(record_line(r) + "\n")
            if r.snippet:
                out.write(snippet_line(r, bold) + "\n")
    if args.command == "search" and not records:
        errors.error(f"no matches for {' '.join(args.query)!r}")
        return Exit.NO_MATCH
    return Exit.OK


def _add(library: Library, args: argparse.Namespace, out: TextIO, errors: ErrorPrinter) -> int:
    from ..core.errors import ReaderError
    from ..library import ImportReport, import_files, supported_files
    from .sources import check_argument, is_web

    report = ImportReport()
    files = []
    for arg in args.files:  # in the order given: files, folders and web addresses
        if is_web(arg):
            _add_page(library, arg, report)
            continue
        try:
            check_argument(arg)  # file:, ftp:, data: ... refused
        except ReaderError as exc:
            report.failed.append((arg, str(exc)))
            continue
        found = supported_files([arg])
        part = import_files(library, found)
        report.added += part.added
        report.already += part.already
        report.failed += part.failed
        files += found
    if args.json:
        _emit(out, {"added": report.added, "already": report.already,
                    "failed": [{"file": f, "error": m} for f, m in report.failed]})
    else:
        out.write(f"{report.added} added, {report.already} already in the library, "
                  f"{len(report.failed)} could not be read\n")
        for _, message in report.failed:
            errors.error(message)
    if not files and report.total == 0:
        errors.error("no supported files there")
    return Exit.BAD_INPUT if report.failed or report.total == 0 else Exit.OK


def _add_page(library: Library, address: str, report: ImportReport) -> None:
    """Keep the page at ``address``: not fetched when the library keeps it already."""
    from ..core.errors import ReaderError, describe_failure
    from ..core.fetch import fetch

    if library.find_address(address) is not None:
        report.already += 1
        return
    try:
        _, new = library.add_page(fetch(address))
    except ReaderError as exc:
        report.failed.append((address, describe_failure(address, exc)))
        return
    if new:
        report.added += 1
    else:
        report.already += 1


def _remove(library: Library, args: argparse.Namespace, out: TextIO,
            errors: ErrorPrinter) -> int:
    if not library.remove(args.id, keep_notes=args.keep_notes):
        errors.error(f"there is no article {args.id} in the library")
        return Exit.BAD_INPUT
    if args.json:
        _emit(out, {"removed": args.id})
    else:
        out.write(f"removed {args.id}\n")
    return Exit.OK
