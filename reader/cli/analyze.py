"""``margin analyze FILE...``: summary and quotes on the terminal, or one JSON line per file.
A FILE may be an http(s) address: the page is fetched, and its JSON line's ``"source"`` is the
address it finally came from.

``--upto P``: a recap of the text before P (a percentage or a character offset) only; the JSON
says where (``"upto"``). ``--by-section``: the report gives each section's own summary. No Qt
here: the core only, imported when the command runs.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from typing import TYPE_CHECKING, TextIO

from .errors import ErrorPrinter
from .exits import Exit
from .parser import (
    Subcommands,
    add_analysis_options,
    add_debug_option,
    add_json_option,
    add_upto_option,
)

if TYPE_CHECKING:
    from ..core.pipeline import Analysis


def add_parser(subcommands: Subcommands) -> None:
    p = subcommands.add_parser(
        "analyze", help="summary and quotes on the terminal",
        description="Summarise articles and list their quotes, without opening the window.")
    add_analysis_options(p)
    add_json_option(p, help="one JSON object per file, one per line")
    add_upto_option(p)
    p.add_argument("--by-section", action="store_true",
                   help="the report gives each section's summary (the JSON always has them)")
    add_debug_option(p)
    p.add_argument("files", nargs="+", metavar="FILE", help="a file, or an http(s) address")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..core.errors import shown_name
    from ..core.pipeline import Options, analyze, recap
    from .sources import load_argument

    errors = ErrorPrinter(err, args.debug)
    options = Options(sentences=args.sentences, ratio=args.ratio, algorithm=args.algorithm,
                      language=args.language)
    status = Exit.OK
    for file in args.files:
        try:
            loaded = load_argument(file)  # a file, or an http(s) address fetched
            analysis = analyze(loaded.article, options)
            if args.upto is not None:
                analysis = recap(analysis, args.upto.resolve(len(analysis.article.text)))
        except Exception as exc:  # every failure becomes one line; --debug shows the rest
            status = Exit.BAD_INPUT
            message = errors.failure(file, exc)
            if args.json:
                out.write(json.dumps({"file": file, "error": message}, ensure_ascii=False) + "\n")
            else:
                errors.error(message)
            out.flush()
            continue
        if args.json:
            found = analysis.to_json(file)
            if loaded.source is not None:  # a web page: the address it finally came from
                found["source"] = loaded.source
            out.write(json.dumps(found, ensure_ascii=False) + "\n")
            for note in analysis.notes:  # stdout keeps the JSON contract
                errors.note(f"{shown_name(file)}: {note}")
        else:
            _report(analysis, file, out, by_section=args.by_section)
        out.flush()
    return status


def _report(analysis: Analysis, file: str, out: TextIO, *, by_section: bool = False) -> None:
    art = analysis.article
    wrap = textwrap.TextWrapper(width=96, initial_indent="  • ", subsequent_indent="    ")
    out.write(f"{art.title or file}\n")
    facts = [f"by {art.author}" if art.author else None, art.date,
             f"language: {analysis.language}", f"{art.word_count} words",
             f"{len(art.sections)} sections" if art.sections else None,
             f"summary by {analysis.algorithm}"]
    out.write("  " + " · ".join(f for f in facts if f) + "\n")
    if analysis.upto is not None:
        share = analysis.upto / max(1, len(art.text))
        out.write(f"  Recap up to {share:.0%} of the text (character {analysis.upto:,} of "
                  f"{len(art.text):,}): nothing after that place is used\n")
    if by_section and art.sections:
        _sections(analysis, out)
    else:
        out.write("\nSummary\n")
        for span in analysis.summary:
            out.write(wrap.fill(analysis.span_text(span)) + "\n")
    out.write(f"\nQuotes ({len(analysis.quotes)})\n")
    for q in analysis.quotes:
        who = q.speaker or "unattributed"
        out.write(wrap.fill(f"“{analysis.span_text(q)}” — {who}") + "\n")
    for note in analysis.notes:
        out.write(f"\nNote: {note}\n")
    out.write("\n")


def _sections(analysis: Analysis, out: TextIO) -> None:
    """Each section's title, indented by its level, with its own summary sentences."""
    out.write("\nSummary by section\n")
    upto = analysis.upto
    for section, said in zip(analysis.article.sections, analysis.sections, strict=False):
        if upto is not None and section.start >= upto:
            break
        indent = "  " * section.level
        kind = f" ({section.matter})" if section.matter else ""
        out.write(f"{indent}{section.title}{kind}\n")
        wrap = textwrap.TextWrapper(width=96, initial_indent=indent + "  • ",
                                    subsequent_indent=indent + "    ")
        for span in said.summary:
            out.write(wrap.fill(analysis.span_text(span)) + "\n")
