"""Pairing quotation marks: which stretches of an article stand inside quotation marks.

Every common style is paired: “…” "…" „…“ ‚…‘ ‘…’ «…» (with or without inner spaces) »…« ‹…›
「…」 『…』. Quotes inside quotes belong to the outer one. An apostrophe (don’t, rock ’n’ roll,
the ’90s, players’) is not a mark. A quote that runs over several paragraphs in the news
convention (an opening mark on each paragraph, the closing mark only on the last) is one quote.
A mark that never closes is dropped, so the quotes after it still count.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..article import Paragraph

# opening mark -> the closing marks it accepts
OPENERS = {
    "“": "”\"",  # a straight mark may close a curly one, and the other way round
    "„": "“”",
    "«": "»",
    "»": "«",  # Danish and some German typesetting: »…«
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "‚": "‘’",
    "‘": "’",
    '"': '"”',
}
CLOSERS = {c for v in OPENERS.values() for c in v}
MARKS = set(OPENERS) | CLOSERS
_OPEN_LEFT = " \t\n([{—–-/:;,"  # what may stand before an opening mark


@dataclass(frozen=True)
class Marked:
    """One quoted stretch: the marks at ``open``/``close``, the words in ``start:end``."""

    open: int
    close: int
    start: int
    end: int
    first_paragraph: int
    last_paragraph: int


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _words(text: str, open_pos: int, close_pos: int) -> tuple[int, int]:
    qs, qe = open_pos + 1, close_pos
    while qs < qe and (text[qs].isspace() or text[qs] in MARKS):
        qs += 1
    while qe > qs and (text[qe - 1].isspace() or text[qe - 1] in ",;:" or text[qe - 1] in MARKS):
        qe -= 1
    return qs, qe


def find_marked(text: str, paragraphs: Sequence[Paragraph]) -> list[Marked]:
    """Top-level quoted stretches of ``text``, in order."""
    low_high = "„" in text  # „German“: then “ only ever closes
    found: list[Marked] = []
    carry: tuple[int, str, int] | None = None  # an open quote that may go on in the next paragraph
    for number, para in enumerate(paragraphs):
        if para.heading:
            carry = None
            continue
        start = para.start
        stack: list[tuple[int, str, int]] = []  # (position, closers, paragraph)
        if carry is not None and start < para.end and OPENERS.get(text[start]) == carry[1]:
            stack.append(carry)
            start += 1  # the paragraph's own opening mark continues the quote
        carry = None
        pairs: list[tuple[int, int, int]] = []
        for i, ch in _scan(text, start, para.end):
            left = text[i - 1] if i > para.start else " "
            right = text[i + 1] if i + 1 < para.end else " "
            if ch == '"':
                # Straight quotes look the same both ways: what stands around tells them apart.
                can_open = (i == para.start or left in _OPEN_LEFT) and not right.isspace()
                can_close = not left.isspace()
                if stack and '"' in stack[-1][1] and (can_close or not can_open):
                    pos, _, p0 = stack.pop()
                    pairs.append((pos, i, p0))
                elif can_open:
                    stack.append((i, OPENERS['"'], number))
                continue
            if ch in ("’", "‘") and _is_letter(left) and (_is_letter(right) or ch == "’"
                                                          and not _closes_single(stack)):
                continue  # don’t, rock ’n’ roll, players’
            if ch == "’" and not _closes_single(stack):
                continue  # ’90s, ’n’
            if stack and ch in stack[-1][1]:
                pos, _, p0 = stack.pop()
                pairs.append((pos, i, p0))
                continue
            if ch in _stack_closers(stack):
                # a mark that closes an outer quote: the inner ones never closed
                while stack and ch not in stack[-1][1]:
                    stack.pop()
                pos, _, p0 = stack.pop()
                pairs.append((pos, i, p0))
                continue
            if ch in OPENERS:
                if ch == "“" and low_high:
                    continue
                if ch in "»›" and (right.isspace() or not (left.isspace() or left in _OPEN_LEFT)):
                    continue  # a closing guillemet with no opener, not the start of »…«
                if ch == "‘" and not (left.isspace() or left in _OPEN_LEFT or i == para.start
                                      or left in MARKS):
                    continue
                stack.append((i, OPENERS[ch], number))
        if stack and _starts_statement(text, paragraphs[stack[0][2]].start, stack[0][0]):
            carry = stack[0]  # the outermost open quote may go on in the next paragraph
        pairs.sort()
        for pos, close, p0 in pairs:
            if found and pos < found[-1].close:
                continue  # nested inside the previous quote
            qs, qe = _words(text, pos, close)
            if qe > qs:
                found.append(Marked(pos, close, qs, qe, p0, number))
    return found


def _starts_statement(text: str, para_start: int, pos: int) -> bool:
    """An opening mark that can begin a quote running on into the next paragraph: at the start
    of its paragraph, after a colon or comma, or at the start of a sentence."""
    before = text[para_start:pos].rstrip()
    return not before or before[-1] in ":,.!?;—–-" or before[-1] in CLOSERS


def _stack_closers(stack: list[tuple[int, str, int]]) -> str:
    return "".join(s[1] for s in stack[:-1])


def _closes_single(stack: list[tuple[int, str, int]]) -> bool:
    return any("’" in s[1] for s in stack)


def _scan(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    for i in range(start, end):
        ch = text[i]
        if ch in MARKS:
            yield i, ch
