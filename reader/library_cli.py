"""``margin library …``: the library from the command line (no Qt)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

EXIT_OK, EXIT_NO_MATCH, EXIT_BAD_INPUT = 0, 1, 2  # grep's convention for search
BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="margin library",
                                description="The articles Margin keeps for you.")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    sub = p.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="every article: last opened first, then those never "
                        "opened, last added first")
    ls.add_argument("--sort", choices=("opened", "added", "title"), default="opened")
    ls.add_argument("--language", metavar="CODE")
    ls.add_argument("--tag")
    search = sub.add_parser("search", help="full-text search; words match as prefixes "
                            "(exit status 1 when nothing matches)")
    search.add_argument("query", nargs="+")
    add = sub.add_parser("add", help="add files, or every supported file in folders")
    add.add_argument("files", nargs="+", metavar="FILE")
    remove = sub.add_parser("remove", help="remove an article (and its stored copy)")
    remove.add_argument("id", type=int)
    sub.add_parser("path", help="where the library lives")
    for s in (ls, search, add, remove):
        s.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                       help="one JSON object per line")
    return p


def _day(stamp: float) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(stamp))


def _line(record: Any) -> str:
    when = (f"opened {_day(record.opened_at)}" if record.opened_at is not None
            else f"added {_day(record.added_at)}")
    facts = " · ".join(x for x in (record.author, record.language, record.format, when) if x)
    tags = f"  [{', '.join(record.tags)}]" if record.tags else ""
    star = "★ " if record.favourite else ""
    return f"{record.id:>5}  {star}{record.display_title}  ({facts}){tags}"


def _bold_wanted(out: TextIO) -> bool:
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def _snippet_line(record: Any, bold: bool) -> str:
    """The snippet with its matches in bold on a terminal; elsewhere plain text as it is."""
    text, matches = record.snippet, record.snippet_matches or []
    if bold:
        parts, at = [], 0
        for start, end in matches:
            parts += [text[at:start], BOLD, text[start:end], PLAIN]
            at = end
        text = "".join(parts) + text[at:]
    fields = [f for f in record.matched_in or [] if f != "text"]
    if "text" not in (record.matched_in or []) and fields:
        text = f"(matches the {' and '.join(fields)}) {text}"
    return f"       {text}"


def library_command(argv: Sequence[str], out: TextIO = sys.stdout,
                    err: TextIO = sys.stderr) -> int:
    args = _parser().parse_args(list(argv))
    from .library import Library, LibraryError, import_files, supported_files
    from .library.library import fts_query

    if args.command == "search" and not fts_query(" ".join(args.query)):
        err.write(f"margin: nothing to search for in {' '.join(args.query)!r}: give words of "
                  "letters or digits\n")
        return EXIT_BAD_INPUT

    def emit(obj: dict[str, Any]) -> None:
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")

    if args.command == "path":
        from . import paths

        folder = paths.data_dir()
        if args.json:
            emit({"path": str(folder), "database": str(folder / "library.sqlite3")})
        else:
            out.write(f"{folder}\n")
        return EXIT_OK
    try:
        library = Library()
    except LibraryError as exc:
        err.write(f"margin: {exc}\n")
        return EXIT_BAD_INPUT
    if library.recovered_from is not None:
        err.write(f"margin: the library was damaged; it was moved to {library.recovered_from} "
                  "and a new, empty one was started\n")
    try:
        if args.command in ("list", "search"):
            if args.command == "list":
                records = library.articles(args.sort, args.language, args.tag)
            else:
                records = library.search(" ".join(args.query))
            bold = _bold_wanted(out)
            for r in records:
                if args.json:
                    emit(r.to_json())
                else:
                    out.write(_line(r) + "\n")
                    if r.snippet:
                        out.write(_snippet_line(r, bold) + "\n")
            if args.command == "search" and not records:
                err.write(f"margin: no matches for {' '.join(args.query)!r}\n")
                return EXIT_NO_MATCH
            return EXIT_OK
        if args.command == "add":
            files = supported_files(args.files)
            report = import_files(library, files)
            if args.json:
                emit({"added": report.added, "already": report.already,
                      "failed": [{"file": f, "error": m} for f, m in report.failed]})
            else:
                out.write(f"{report.added} added, {report.already} already in the library, "
                          f"{len(report.failed)} could not be read\n")
                for _, message in report.failed:
                    err.write(f"margin: {message}\n")
            missing = not files
            if missing:
                err.write("margin: no supported files there\n")
            return EXIT_BAD_INPUT if report.failed or missing else EXIT_OK
        if args.command == "remove":
            if not library.remove(args.id):
                err.write(f"margin: there is no article {args.id} in the library\n")
                return EXIT_BAD_INPUT
            if args.json:
                emit({"removed": args.id})
            else:
                out.write(f"removed {args.id}\n")
            return EXIT_OK
    except LibraryError as exc:
        err.write(f"margin: {exc}\n")
        return EXIT_BAD_INPUT
    finally:
        library.close()
    return EXIT_OK
