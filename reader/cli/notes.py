"""``margin notes add|list|export|remove``: the reader's highlights and notes from the terminal.

No Qt: the core, the library and the text exports only, imported when the command runs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..core.anchoring import COLOURS
from .errors import ErrorPrinter
from .exits import Exit
from .parser import Subcommands, _positive_int, add_debug_option

if TYPE_CHECKING:
    from ..core.article import Article
    from ..core.fetch import Page
    from ..library import Highlight, Library, Record

QUOTE_SHOWN = 60  # characters of a quote repeated in a message


def add_parser(subcommands: Subcommands) -> None:
    p = subcommands.add_parser(
        "notes", help="your highlights and notes",
        description="Your highlights and notes on the articles in the library.")
    actions = p.add_subparsers(dest="command", required=True)
    add = actions.add_parser(
        "add", help="highlight words of an article (added to the library if need be)",
        description="Highlight TEXT in FILE: the words exactly, any white space matching any "
                    "other. FILE joins the library if it is not there yet.")
    add.add_argument("file", metavar="FILE")
    add.add_argument("--quote", required=True, metavar="TEXT", help="the words to highlight")
    add.add_argument("--note", default="", metavar="TEXT", help="your note on them")
    add.add_argument("--color", "--colour", dest="color", choices=COLOURS, default="yellow",
                     metavar="COLOR", help=f"the highlight's colour: {', '.join(COLOURS)} "
                                           "(default: yellow)")
    add.add_argument("--occurrence", type=_positive_int, default=1, metavar="N",
                     help="the N-th time TEXT appears (default: the first)")
    ls = actions.add_parser("list", help="the highlights of FILE, or all of them",
                            description="List the highlights of FILE (found again in its text "
                                        "as Margin reads it now), or every highlight.")
    ls.add_argument("file", nargs="?", metavar="FILE")
    export = actions.add_parser(
        "export", help="write highlights as Markdown, Readwise CSV or JSON",
        description="Write the highlights of the FILEs (or all of them) to one file.")
    export.add_argument("files", nargs="*", metavar="FILE")
    where = export.add_mutually_exclusive_group(required=True)
    where.add_argument("--markdown", type=Path, metavar="OUT.md",
                       help="Markdown with YAML front matter (Obsidian)")
    where.add_argument("--csv", type=Path, metavar="OUT.csv", help="Readwise's CSV")
    where.add_argument("--json", type=Path, metavar="OUT.json", help="JSON")
    remove = actions.add_parser("remove", help="remove a highlight and its note")
    remove.add_argument("id", type=int, metavar="ID")
    for action in (add, ls, remove):
        action.add_argument("--json", action="store_true",
                            help="one JSON object per line" if action is ls
                            else "a JSON object")
    for action in (add, ls, export, remove):
        add_debug_option(action)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..library import Library, LibraryError

    errors = ErrorPrinter(err, args.debug)
    try:
        library = Library()
    except LibraryError as exc:
        errors.error(str(exc))
        return Exit.BAD_INPUT
    if library.recovered_from is not None:
        errors.error(f"the library was damaged; it was moved to {library.recovered_from} "
                     "and a new, empty one was started")
    try:
        command = {"add": _add, "list": _list, "export": _export, "remove": _remove}
        return command[args.command](library, args, out, errors)
    except LibraryError as exc:
        errors.error(str(exc))
        return Exit.BAD_INPUT
    finally:
        library.close()


def _emit(out: TextIO, obj: dict[str, Any]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _object(h: Highlight, file: str | None) -> dict[str, Any]:
    """A highlight as the command line prints it: ``file`` first, then the highlight's own
    fields (``start``/``end`` index the article's ``text`` as ``margin analyze --json``
    prints it)."""
    return {"file": file if file is not None else h.source, **h.to_json()}


def _shown(quote: str) -> str:
    from ..core.errors import shown_name

    one_line = " ".join(quote.split())
    if len(one_line) > QUOTE_SHOWN:
        one_line = one_line[:QUOTE_SHOWN - 1].rstrip() + "…"
    return shown_name(f"“{one_line}”")


def _load(file: str, errors: ErrorPrinter,
          library: Library) -> tuple[Article, Page | None] | None:
    """The article FILE names, and the page when it was fetched: a web address the library
    keeps is read from its kept copy (offline); another is fetched (and kept by ``add``)."""
    from ..core.fetch import fetch
    from ..core.loaders import load
    from ..core.loaders.webpage import load_page
    from .sources import check_argument, is_web

    try:
        if is_web(file):
            record = library.find_address(file)
            if record is not None:
                return load(library.original(record)), None
            page = fetch(file)
            return load_page(page), page
        check_argument(file)
        return load(file), None
    except Exception as exc:  # one line; --debug shows the rest
        errors.error(errors.failure(file, exc))
        return None


def _in_library(library: Library, file: str) -> Record | None:
    from ..library import LibraryError
    from ..library.store import sha256_of
    from .sources import is_web

    if is_web(file):  # a web page: by its address
        return library.find_address(file)
    try:
        return library.find_by_hash(sha256_of(Path(file)))
    except OSError as exc:
        raise LibraryError(f"{file} cannot be read ({exc.strerror or exc})") from exc


def _add(library: Library, args: argparse.Namespace, out: TextIO, errors: ErrorPrinter) -> int:
    from ..core.anchoring import count_quote, find_quote, make_anchor
    from ..core.errors import shown_name

    if not args.quote.split():
        errors.error("give the words to highlight with --quote")
        return Exit.BAD_INPUT
    loaded = _load(args.file, errors, library)
    if loaded is None:
        return Exit.BAD_INPUT
    article, page = loaded
    span = find_quote(article.text, args.quote, args.occurrence)
    if span is None:  # said in one line; nothing is stored, the file not even added
        times = count_quote(article.text, args.quote)
        where = shown_name(args.file)
        if times == 0:
            errors.error(f"{_shown(args.quote)} is not in {where}")
        else:
            errors.error(f"{_shown(args.quote)} is in {where} only {times} "
                         f"time{'s' if times > 1 else ''}, so there is no occurrence "
                         f"{args.occurrence}")
        return Exit.BAD_INPUT
    if page is not None:  # a web page fetched now: kept with the highlight
        record, _ = library.add_page(page, article)
    else:  # a file (added if need be), or a web page the library already keeps
        record = _in_library(library, args.file) or library.add(args.file, article)[0]
    highlight = library.add_highlight(record.id, make_anchor(article.text, *span),
                                      args.note, args.color)
    if args.json:
        _emit(out, _object(highlight, args.file))
    else:
        out.write(f"added highlight {highlight.id} to {record.display_title} "
                  f"(characters {highlight.start}-{highlight.end})\n")
    out.flush()  # it is stored: say so now, before the library closes
    return Exit.OK


def _list(library: Library, args: argparse.Namespace, out: TextIO, errors: ErrorPrinter) -> int:
    if args.file is None:
        highlights = library.all_highlights()
    else:
        loaded = _load(args.file, errors, library)
        if loaded is None:
            return Exit.BAD_INPUT
        article = loaded[0]
        record = _in_library(library, args.file)
        if record is None:
            errors.note(f"{args.file} is not in the library, so it has no highlights")
            return Exit.OK
        highlights = library.reanchor(record.id, article.text)
    if args.json:
        for h in highlights:
            _emit(out, _object(h, args.file))
        return Exit.OK
    title = None
    for h in highlights:
        heading = (h.display_title, h.source)
        if heading != title:
            title = heading
            facts = " · ".join(x for x in (h.author, h.source) if x)
            out.write(f"{h.display_title}{f'  ({facts})' if facts else ''}\n")
        note = f"  — {' '.join(h.note.split())}" if h.note else ""
        lost = "  [detached]" if h.detached else ""
        out.write(f"{h.id:>5}  {h.color:<6}  “{' '.join(h.quote.split())}”{note}{lost}\n")
    return Exit.OK


def _export(library: Library, args: argparse.Namespace, out: TextIO,
            errors: ErrorPrinter) -> int:
    from ..core.errors import ReaderError
    from ..export.notes import write_notes

    ids: list[int] = []
    failed = False
    for file in args.files:  # every FILE must be there: a partial export is never written
        loaded = _load(file, errors, library)
        if loaded is None:
            failed = True
            continue
        article = loaded[0]
        record = _in_library(library, file)
        if record is None:
            errors.error(f"{file} is not in the library (add a highlight to it first)")
            failed = True
            continue
        library.reanchor(record.id, article.text)
        ids.append(record.id)
    if failed:
        return Exit.BAD_INPUT
    highlights = library.all_highlights(ids if args.files else None)
    fmt, target = next((f, t) for f, t in (("markdown", args.markdown), ("csv", args.csv),
                                           ("json", args.json)) if t is not None)
    try:
        warnings = write_notes(highlights, target, fmt)
    except ReaderError as exc:
        errors.error(str(exc))
        return Exit.BAD_INPUT
    for warning in warnings:
        errors.note(warning)
    if not highlights:
        errors.note("there are no highlights to export yet")
    out.write(f"wrote {target} ({len(highlights)} highlight{'s' if len(highlights) != 1 else ''})"
              "\n")
    return Exit.OK


def _remove(library: Library, args: argparse.Namespace, out: TextIO,
            errors: ErrorPrinter) -> int:
    gone = library.remove_highlight(args.id)
    if gone is None:
        errors.error(f"there is no highlight {args.id} in the library")
        return Exit.BAD_INPUT
    if args.json:
        _emit(out, {"removed": args.id, **_object(gone, None)})
    else:
        out.write(f"removed highlight {args.id}\n")
    return Exit.OK


def stored_highlights(file: str, text: str) -> list[Highlight] | None:
    """For ``margin export``: the highlights the library keeps for ``file`` (by its content),
    found again in ``text`` (its text as read now); None when the file is not in the library,
    there is no library yet (none is made), or it cannot be opened (the export goes on)."""
    from .. import paths
    from ..library import Library, LibraryError

    if not paths.library_file().exists():
        return None
    try:
        library = Library()
    except LibraryError:
        return None
    try:
        record = _in_library(library, file)
        return None if record is None else library.reanchor(record.id, text)
    except LibraryError:
        return None
    finally:
        library.close()
