"""The full text with its summary sentences and quotes marked, for HTML (and so the PDF) and
Markdown. A paragraph is cut at every place a mark begins or ends; each piece carries the flags
of the marks that cover it, so a quote inside a summary sentence, or one that runs over the end
of a sentence, keeps both. Qt is not imported here."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape

from .words import QT_TR_NOOP, tr

SUMMARY_COLOUR = "#ffe9a8"
QUOTE_COLOUR = "#cfe3ff"
# A quote is underlined as well as tinted, so that it is told from a summary sentence (and
# stands out inside one) without relying on colour.
SUMMARY_STYLE = f"background-color:{SUMMARY_COLOUR}"
QUOTE_STYLE = f"background-color:{QUOTE_COLOUR};text-decoration:underline"

SUMMARY, QUOTE = "summary", "quote"
# Markdown: summary sentences bold, quotes italic (the underscore, so that a quote inside a
# bold sentence never makes a run of three asterisks).
MD_DELIMITERS = {SUMMARY: "**", QUOTE: "_"}


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    marks: frozenset[str]


class Marks:
    """Summary and quote spans, looked up a paragraph at a time."""

    def __init__(self, summary: Iterable[tuple[int, int]], quotes: Iterable[tuple[int, int]]):
        self._kinds: list[tuple[str, list[tuple[int, int]], list[int]]] = []
        for kind, spans in ((SUMMARY, summary), (QUOTE, quotes)):
            ordered = sorted((a, b) for a, b in spans if b > a)
            reach, furthest = [], 0  # the furthest end of any span up to each one
            for _, b in ordered:
                furthest = max(furthest, b)
                reach.append(furthest)
            self._kinds.append((kind, ordered, reach))

    def pieces(self, start: int, end: int) -> list[Piece]:
        """``[start, end)`` cut at every mark boundary, each piece with the marks covering it."""
        covering: list[tuple[str, int, int]] = []
        for kind, spans, reach in self._kinds:
            i = bisect_right(reach, start)  # every span before this one ends by ``start``
            while i < len(spans) and spans[i][0] < end:
                if spans[i][1] > start:
                    covering.append((kind, max(spans[i][0], start), min(spans[i][1], end)))
                i += 1
        cuts = sorted({start, end, *(a for _, a, _ in covering), *(b for _, _, b in covering)})
        out: list[Piece] = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            marks = frozenset(k for k, x, y in covering if x <= a and b <= y)
            if out and out[-1].marks == marks:
                out[-1] = Piece(out[-1].start, b, marks)
            else:
                out.append(Piece(a, b, marks))
        return out


def html_paragraph(text: str, pieces: Sequence[Piece]) -> str:
    """A paragraph's inner HTML: a quote keeps its own colour (and underline) where it lies in a
    summary sentence."""
    out = []
    for p in pieces:
        chunk = escape(text[p.start : p.end])
        if QUOTE in p.marks:
            classes = "quote summary" if SUMMARY in p.marks else "quote"
            out.append(f'<span class="{classes}" style="{QUOTE_STYLE}">{chunk}</span>')
        elif SUMMARY in p.marks:
            out.append(f'<span class="summary" style="{SUMMARY_STYLE}">{chunk}</span>')
        else:
            out.append(chunk)
    return "".join(out)


def html_legend() -> str:
    summary, quote = tr("summary sentence"), tr("quote", "noun: a quoted statement")
    keeps = tr("(a quote inside a summary sentence keeps the quote’s colour)")
    return (f'<span style="{SUMMARY_STYLE}">{escape(summary)}</span> · '
            f'<span style="{QUOTE_STYLE}">{escape(quote)}</span> {escape(keeps)}')


# in Markdown itself; shown through tr()
MARKDOWN_LEGEND = QT_TR_NOOP("Summary sentences are in **bold**, quotes in _italics_.")


# --- Markdown -------------------------------------------------------------------------------
# CommonMark only takes ``**`` or ``_`` as emphasis when it "flanks" the text: an opening one
# must not be followed by white space, nor by punctuation unless white space or punctuation
# comes before it; a closing one mirrors that. So marks are never begun or ended at white
# space, and punctuation at a mark's edge that would spoil a delimiter is left outside it.

_Run = tuple[str, frozenset[str]]


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _plain(ch: str) -> bool:
    """Neither white space nor punctuation (a letter, a digit, an ideograph)."""
    return not ch.isspace() and not _is_punct(ch)


def _merge(runs: Iterable[_Run]) -> list[_Run]:
    out: list[_Run] = []
    for chunk, marks in runs:
        if not chunk:
            continue
        if out and out[-1][1] == marks:
            out[-1] = (out[-1][0] + chunk, marks)
        else:
            out.append((chunk, marks))
    return out


def _settle_space(runs: list[_Run]) -> list[_Run]:
    """White space at the edge of a run takes only the marks on both sides of it."""
    out: list[_Run] = []
    for chunk, marks in runs:
        core = chunk.strip()
        if not core:
            out.append((chunk, marks))
            continue
        lead = chunk[: len(chunk) - len(chunk.lstrip())]
        trail = chunk[len(chunk.rstrip()) :]
        out += [(lead, marks), (core, marks), (trail, marks)]
    out = [r for r in out if r[0]]
    for i, (chunk, _marks) in enumerate(out):
        if chunk.isspace():
            before = next((m for c, m in reversed(out[:i]) if not c.isspace()), frozenset())
            after = next((m for c, m in out[i + 1 :] if not c.isspace()), frozenset())
            out[i] = (chunk, before & after)
    return _merge(out)


def _settle_punctuation(runs: list[_Run]) -> list[_Run]:
    """Where a mark would end after punctuation right before a letter (or begin before
    punctuation right after one), as in Chinese and Japanese, which put no space between
    sentences, the punctuation takes only the marks on both sides of it."""
    out = list(runs)
    i = 0
    while i + 1 < len(out):
        (left, lm), (right, rm) = out[i], out[i + 1]
        common = lm & rm
        if lm - common and _is_punct(left[-1]) and _plain(right[0]):
            cut = len(left)
            while cut and not _plain(left[cut - 1]):
                cut -= 1
            out[i : i + 2] = [(left[:cut], lm), (left[cut:], common), (right, rm)]
        elif rm - common and _is_punct(right[0]) and _plain(left[-1]):
            cut = 0
            while cut < len(right) and not _plain(right[cut]):
                cut += 1
            out[i : i + 2] = [(left, lm), (right[:cut], common), (right[cut:], rm)]
        else:
            i += 1
            continue
        # characters only ever lose marks here, so this ends; look again at the pair before
        out = _merge(out)
        i = max(i - 1, 0)
    return out


def _reach(runs: Sequence[_Run], i: int, kind: str) -> int:
    """How many runs from ``i`` on the mark ``kind`` keeps covering."""
    n = 0
    while i + n < len(runs) and kind in runs[i + n][1]:
        n += 1
    return n


def markdown_paragraph(text: str, pieces: Sequence[Piece], md: Callable[[str], str]) -> str:
    """A paragraph as Markdown with ``**summary**`` and ``_quote_`` nested properly; ``md``
    escapes plain text."""
    runs = _settle_space(_merge((text[p.start : p.end], p.marks) for p in pieces))
    while True:  # each step only takes marks away from characters, so this ends
        settled = _settle_space(_settle_punctuation(runs))
        if settled == runs:
            break
        runs = settled
    out: list[str] = []
    stack: list[str] = []  # open marks, outermost first
    for i, (chunk, marks) in enumerate(runs):
        # close what ends here, and whatever was opened inside it
        keep = 0
        while keep < len(stack) and stack[keep] in marks:
            keep += 1
        reopen = [k for k in stack[keep:] if k in marks]
        for kind in reversed(stack[keep:]):
            out.append(MD_DELIMITERS[kind])
        del stack[keep:]
        lead = chunk[: len(chunk) - len(chunk.lstrip())]
        if lead and (reopen or marks - set(stack)):
            out.append(md(lead))  # a mark opens after white space, never before it
            chunk = chunk[len(lead):]
        # what lasts longest opens first, so that it is the outer mark
        opening = sorted(reopen + [k for k in marks if k not in stack and k not in reopen],
                         key=lambda k: -_reach(runs, i, k))
        for kind in opening:
            out.append(MD_DELIMITERS[kind])
            stack.append(kind)
        out.append(md(chunk))
    out.extend(MD_DELIMITERS[kind] for kind in reversed(stack))
    return "".join(out)
