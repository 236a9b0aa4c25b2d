"""The summary document, once, in the two text forms: HTML (also the source of the PDF and the
printout) and Markdown; ``by_section`` gives the summary section by section (``sections_doc``)
for a document that has sections. Qt is not imported here; the words are in the reader's
language (``words``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.addresses import is_address, site_of
from ..core.pipeline import Analysis
from ..core.quoting import quoted
from ..core.summarize import DEFAULT_ALGORITHM
from .marking import (
    MARKDOWN_LEGEND,
    QUOTE_COLOUR,
    SUMMARY_COLOUR,
    Marks,
    html_legend,
    html_paragraph,
    markdown_paragraph,
)
from .sections_doc import html_sections, made_by_sections, markdown_sections
from .words import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from ..library import Highlight

# (The names in these tables are in English; they are shown through tr().)
LANGUAGE_NAMES = {
    "en": QT_TR_NOOP("English"), "de": QT_TR_NOOP("German"), "fr": QT_TR_NOOP("French"),
    "es": QT_TR_NOOP("Spanish"), "it": QT_TR_NOOP("Italian"), "pt": QT_TR_NOOP("Portuguese"),
    "nl": QT_TR_NOOP("Dutch"), "ru": QT_TR_NOOP("Russian"), "uk": QT_TR_NOOP("Ukrainian"),
    "pl": QT_TR_NOOP("Polish"), "cs": QT_TR_NOOP("Czech"), "sv": QT_TR_NOOP("Swedish"),
    "da": QT_TR_NOOP("Danish"), "no": QT_TR_NOOP("Norwegian"), "fi": QT_TR_NOOP("Finnish"),
    "tr": QT_TR_NOOP("Turkish"), "el": QT_TR_NOOP("Greek"), "zh": QT_TR_NOOP("Chinese"),
    "ja": QT_TR_NOOP("Japanese"),
}
# The summarisers by the names a person knows them by.
ALGORITHM_NAMES = {
    "margin": QT_TR_NOOP("Margin's own ranker"), "lexrank": "LexRank",
    "lsa": QT_TR_NOOP("latent semantic analysis (LSA)"), "luhn": QT_TR_NOOP("Luhn's method"),
    "textrank": "TextRank", "kl": "KL-Sum", "sumbasic": "SumBasic",
    "reduction": QT_TR_NOOP("Reduction"), "edmundson": QT_TR_NOOP("Edmundson's method"),
}

# The reader's highlight colours on paper: (tint behind the words, bar beside a passage).
HIGHLIGHT_COLOURS = {
    "yellow": ("#fff0a0", "#e3b900"), "green": ("#d2f0c8", "#4fa63a"),
    "blue": ("#d3e6ff", "#3f7fd0"), "pink": ("#ffd6e8", "#d9508f"),
    "purple": ("#e6dcff", "#8660cc"),
}
# The colours' names (as the window says them), and what a highlight of each is called.
COLOUR_NAMES = {"yellow": QT_TR_NOOP("Yellow"), "green": QT_TR_NOOP("Green"),
                "blue": QT_TR_NOOP("Blue"), "pink": QT_TR_NOOP("Pink"),
                "purple": QT_TR_NOOP("Purple")}
HIGHLIGHT_NAMES = {"yellow": QT_TR_NOOP("Yellow highlight"),
                   "green": QT_TR_NOOP("Green highlight"), "blue": QT_TR_NOOP("Blue highlight"),
                   "pink": QT_TR_NOOP("Pink highlight"), "purple": QT_TR_NOOP("Purple highlight")}
DETACHED = QT_TR_NOOP("no longer found in the article's text")  # shown through tr()

__all__ = ["ALGORITHM_NAMES", "COLOUR_NAMES", "DETACHED", "HIGHLIGHT_COLOURS", "HIGHLIGHT_NAMES",
           "LANGUAGE_NAMES", "QUOTE_COLOUR",
           "SUMMARY_COLOUR", "DocumentParts", "HighlightPart", "made_by", "md_escape", "md_lines",
           "md_note", "md_quote_block", "parts", "to_html", "to_markdown"]


@dataclass(frozen=True)
class HighlightPart:
    """One of the reader's highlights as the document shows it."""

    quote: str
    note: str
    colour: str  # one of reader.core.anchoring.COLOURS
    detached: bool = False

    @property
    def about(self) -> str:
        """"Yellow highlight", and when it could not be found in the text, that too."""
        said = tr(HIGHLIGHT_NAMES.get(self.colour, HIGHLIGHT_NAMES["yellow"]))
        return f"{said} · {tr(DETACHED)}" if self.detached else said


@dataclass(frozen=True)
class DocumentParts:
    title: str
    facts: list[str]  # author, date, source, language
    summary: list[str]
    quotes: list[tuple[str, str]]  # (words, speaker)
    note: str  # how the summary was made, said at the end of every form
    highlights: list[HighlightPart] = field(default_factory=list)  # the reader's, in text order


def _method(analysis: Analysis) -> str:
    name = tr(ALGORITHM_NAMES.get(analysis.algorithm, analysis.algorithm))
    return (tr("its default method, {name}").format(name=name)
            if analysis.algorithm == DEFAULT_ALGORITHM else name)


def made_by(analysis: Analysis, by_section: bool = False) -> str:
    """The closing note, e.g. "Summary made by Margin with LexRank: 5 of the article's 42
    sentences." """
    method = _method(analysis)
    recapped = ""
    if analysis.upto is not None:
        share = analysis.upto / max(1, len(analysis.article.text))
        recapped = " " + tr("It recaps the text up to {share} of the way through; nothing "
                            "after that place is used.").format(share=f"{share:.0%}")
    if by_section and analysis.article.sections:
        return made_by_sections(analysis, method) + recapped
    total = sum(1 for s in analysis.sentences if not s.heading)
    chosen = len(analysis.summary)
    if total == 0:
        count = tr("the article has no sentences to choose from")
    elif chosen >= total:
        count = (tr("every sentence of the article") if total > 1
                 else tr("the article's one sentence"))
    else:
        count = tr("{chosen} of the article's %n sentences", "", total).format(chosen=chosen)
    return tr("Summary made by Margin with {method}: {count}.").format(
        method=method, count=count) + recapped


def highlight_parts(highlights: Sequence[Highlight] | None) -> list[HighlightPart]:
    """In text order, those no longer found in the text last."""
    ordered = sorted(highlights or [], key=lambda h: (h.detached, h.start, h.end))
    return [HighlightPart(h.quote, h.note, h.color if h.color in HIGHLIGHT_COLOURS else "yellow",
                          h.detached) for h in ordered]


def parts(analysis: Analysis, source: str | None = None,
          highlights: Sequence[Highlight] | None = None, by_section: bool = False
          ) -> DocumentParts:
    art = analysis.article
    origin = source or art.source
    web = bool(origin) and is_address(origin or "")
    title = art.title or ((site_of(origin) if web else Path(origin).stem) if origin
                          else tr("Untitled article"))
    language = LANGUAGE_NAMES.get(analysis.language)
    facts = [f for f in (
        tr("by {author}").format(author=art.author) if art.author else None,
        art.date,
        (origin if web else Path(origin).name) if origin else None,  # a page: its address
        tr(language) if language else analysis.language,
    ) if f]
    nobody = tr("unattributed")
    return DocumentParts(
        title=title,
        facts=facts,
        summary=[analysis.span_text(s) for s in analysis.summary],
        quotes=[(analysis.span_text(q), q.speaker or nobody) for q in analysis.quotes],
        note=made_by(analysis, by_section),
        highlights=highlight_parts(highlights),
    )


def _marks(analysis: Analysis) -> Marks:
    return Marks(((s.start, s.end) for s in analysis.summary),
                 ((q.start, q.end) for q in analysis.quotes))


# --- HTML -----------------------------------------------------------------------------------
# The paged form (Qt's layout) takes widths as attributes, in px of 1/96 inch.
BULLET_WIDTH, BAR_WIDTH = 16, 4
PAGED_RULE = '<hr style="height:1px; background-color:#d4d4d4"/>'


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _p(css: str, text: str) -> str:
    return f'<p class="{css}">{escape(text)}</p>'


def _html_list(items: list[str], css: str, paged: bool) -> str:
    """A list: ``<ul>`` for a browser; for a page (Qt's layout draws list bullets right against
    the text, with no say in the gap) a table of bullet and text."""
    if not paged:
        return f'<ul class="{css}">' + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    rows = "".join(f'<tr><td class="bullet" width="{BULLET_WIDTH}">•</td>'
                   f'<td class="item"><p class="item">{item}</p></td></tr>' for item in items)
    return f'<table class="{css}" width="100%" cellspacing="0" cellpadding="0">{rows}</table>'


def _html_quotes(p: DocumentParts, language: str, paged: bool) -> str:
    if not p.quotes:
        return _p("empty", tr("No quoted statements in this article."))
    if not paged:
        return '<ul class="quotes">' + "".join(
            f'<li><span class="words">{escape(quoted(words, language))}</span> '
            f'<span class="speaker">— {escape(who)}</span></li>' for words, who in p.quotes
        ) + "</ul>"
    # one table per quote, so that the bar beside each stops short of the next
    return "".join(
        f'<table class="{"quote first" if i == 0 else "quote"}" width="100%" cellspacing="0" '
        f'cellpadding="0"><tr><td class="bar" width="{BAR_WIDTH}"></td><td class="said">'
        f'<p class="words">{escape(quoted(words, language))}</p>'
        f'<p class="speaker">— {escape(who)}</p></td></tr></table>'
        for i, (words, who) in enumerate(p.quotes))


def _html_lines(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.strip().split("\n"))


def _html_highlights(p: DocumentParts, paged: bool) -> str:
    """Each highlight as a passage with a bar of its colour, its note under it."""
    out = []
    for i, h in enumerate(p.highlights):
        tint, bar = HIGHLIGHT_COLOURS[h.colour]
        note = f'<p class="mynote">{_html_lines(h.note)}</p>' if h.note else ""
        about = f'<p class="about">{escape(h.about)}</p>'
        if paged:  # a table per highlight, as for the quotes; the bar its colour
            out.append(
                f'<table class="{"highlight first" if i == 0 else "highlight"}" width="100%" '
                f'cellspacing="0" cellpadding="0"><tr><td class="mark" width="{BAR_WIDTH}" '
                f'bgcolor="{bar}"></td><td class="said"><p class="words"><span '
                f'style="background-color:{tint}">{_html_lines(h.quote)}</span></p>{note}{about}'
                f'</td></tr></table>')
        else:
            out.append(f'<div class="highlight {h.colour}"><blockquote style="border-left-color:'
                       f'{bar}"><mark style="background-color:{tint}">{_html_lines(h.quote)}'
                       f'</mark></blockquote>{note}{about}</div>')
    return "\n".join(out)


def html_body(analysis: Analysis, *, full_text: bool = False, source: str | None = None,
              notice: str | None = None, paged: bool = False,
              highlights: Sequence[Highlight] | None = None, by_section: bool = False) -> str:
    """The document's body; ``paged`` lays it out for Qt's page layout (PDF, printer).
    ``highlights``: the reader's, in a section of their own ("Your highlights").
    ``by_section``: the summary section by section, when the document has sections."""
    by_section = by_section and bool(analysis.article.sections)
    p = parts(analysis, source, highlights, by_section)
    body = [f"<h1>{escape(p.title)}</h1>",
            f'<p class="facts">{escape(" · ".join(p.facts))}</p>']
    if paged:
        body.append(PAGED_RULE)
    if notice:
        body.append(f'<p class="notice">{escape(notice)}</p>')
    if by_section:
        body.append(_h2(tr("Summary by section")))
        body.append(html_sections(analysis, lambda items: _html_list(items, "summary", paged)))
    elif p.summary:
        body.append(_h2(tr("Summary")))
        body.append(_html_list([escape(s) for s in p.summary], "summary", paged))
    else:
        body.append(_h2(tr("Summary")))
        body.append(_p("empty", tr("The article has no sentences to summarise.")))
    body.append(_h2(tr("Quotes")))
    body.append(_html_quotes(p, analysis.language, paged))
    if p.highlights:
        body.append(_h2(tr("Your highlights")))
        body.append(_html_highlights(p, paged))
    if full_text:
        body.append(_h2(tr("Full text")))
        body.append(f'<p class="legend">{html_legend()}</p>')
        text, marks = analysis.article.text, _marks(analysis)
        for para in analysis.article.paragraphs:
            inner = html_paragraph(text, marks.pieces(para.start, para.end))
            body.append(f"<h3>{inner}</h3>" if para.heading else f'<p class="text">{inner}</p>')
    body.append(PAGED_RULE if paged else "")
    body.append(f'<p class="footer">{escape(p.note)}</p>')
    return "\n".join(b for b in body if b)


STYLE = (
    "body{font-family:'DejaVu Serif',Georgia,serif;max-width:42em;margin:2.5em auto;"
    "line-height:1.55;color:#222;padding:0 1.2em}"
    "h1{font-size:1.8em;line-height:1.2;margin:0 0 .3em}"
    "h2{font-size:1.2em;margin:2em 0 .6em;padding-bottom:.25em;border-bottom:1px solid #ddd}"
    "h3{font-size:1.05em;margin:1.4em 0 .4em}"
    ".facts{color:#666;margin:0 0 1.5em}.notice{color:#8a4b00}"
    "ul{padding-left:1.4em}li{margin-bottom:.55em;padding-left:.3em}"
    ".quotes .speaker{display:block;color:#666;font-size:.92em;margin-top:.15em}"
    ".legend{color:#666;font-size:.9em}.text{margin:0 0 .9em}"
    ".highlight{margin:0 0 1.3em}.highlight blockquote{margin:0;padding:.1em 0 .1em .9em;"
    "border-left:4px solid #e3b900}.highlight mark{color:inherit;padding:0 .1em}"
    ".highlight .mynote{margin:.35em 0 0 1.2em}"
    ".highlight .about{color:#777;font-size:.85em;margin:.2em 0 0 1.2em}"
    ".footer{color:#777;font-size:.88em;margin-top:2.5em;padding-top:.8em;"
    "border-top:1px solid #ddd}"
)


def to_html(analysis: Analysis, *, full_text: bool = False, source: str | None = None,
            notice: str | None = None, standalone: bool = True,
            highlights: Sequence[Highlight] | None = None, by_section: bool = False) -> str:
    content = html_body(analysis, full_text=full_text, source=source, notice=notice,
                        highlights=highlights, by_section=by_section)
    if not standalone:
        return content
    title = escape(parts(analysis, source).title)
    lang = escape(analysis.language)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n"
            '<meta name="generator" content="Margin">\n'
            f"<style>{STYLE}</style>\n</head>\n<body>\n{content}\n</body>\n</html>\n")


# --- Markdown -------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]#<>|&~])")
# what would begin a list, a heading underline or a code block at the start of a line
_MD_LINE_START = re.compile(r"^[ \t]*(?:([-+])(?=[ \t]|$)|(\d{1,9})([.)])(?=[ \t]|$)"
                            r"|([=-]+[ \t]*$))", re.MULTILINE)


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_block(text: str) -> str:
    """Keep running text from being read as a list item or a heading underline."""
    def fix(m: re.Match[str]) -> str:
        if m.group(1):
            return "\\" + m.group(1)
        if m.group(2):
            return f"{m.group(2)}\\{m.group(3)}"
        return "\\" + m.group(4)
    return _MD_LINE_START.sub(fix, text.lstrip(" \t"))


def md_escape(text: str) -> str:
    """Text that Markdown shows as it is (its marks escaped)."""
    return _md(text)


def md_lines(text: str) -> list[str]:
    """Running text as Markdown lines, escaped, its paragraphs and line breaks kept (a line
    that the next one follows ends in a backslash: a hard break)."""
    lines = [_md_block(_md(line.strip())) for line in text.strip().split("\n")]
    return [line + "\\" if line and i + 1 < len(lines) and lines[i + 1] else line
            for i, line in enumerate(lines)]


def md_quote_block(text: str) -> list[str]:
    """``text`` as a block quote: every line behind ``>`` (an empty one too, so that the
    paragraphs stay in one quote)."""
    return [f"> {line}" if line else ">" for line in md_lines(text)]


def md_note(note: str) -> list[str]:
    """The reader's note under its highlight: "**Note:** …", its lines kept."""
    lines = md_lines(note)
    label = _md(tr("Note:", "before the reader's note on a highlight"))
    return [f"**{label}** {lines[0]}", *lines[1:]]


def _md_h2(text: str) -> str:
    return f"## {_md(text)}"


def _md_highlights(p: DocumentParts) -> list[str]:
    lines: list[str] = []
    for h in p.highlights:
        lines += [*md_quote_block(h.quote), ""]
        if h.note:
            lines += [*md_note(h.note), ""]
        lines += [f"*{_md(h.about)}*", ""]
    return lines


def to_markdown(analysis: Analysis, *, full_text: bool = False, source: str | None = None,
                notice: str | None = None,
                highlights: Sequence[Highlight] | None = None, by_section: bool = False) -> str:
    by_section = by_section and bool(analysis.article.sections)
    p = parts(analysis, source, highlights, by_section)
    lines = [f"# {_md(p.title)}", "", f"*{_md(' · '.join(p.facts))}*", ""]
    if notice:
        lines += [f"> {_md(notice)}", ""]
    if by_section:
        lines += [_md_h2(tr("Summary by section")), "",
                  *markdown_sections(analysis, _md, _md_block)]
    else:
        lines += [_md_h2(tr("Summary")), ""]
        lines += ([f"- {_md_block(_md(s))}" for s in p.summary]
                  or [_md(tr("The article has no sentences to summarise."))]) + [""]
    lines += [_md_h2(tr("Quotes")), ""]
    lines += ([f"- {_md(quoted(w, analysis.language))} — {_md(who)}" for w, who in p.quotes]
              or [_md(tr("No quoted statements in this article."))]) + [""]
    if p.highlights:
        lines += [_md_h2(tr("Your highlights")), "", *_md_highlights(p)]
    if full_text:
        lines += [_md_h2(tr("Full text")), "", tr(MARKDOWN_LEGEND), ""]
        text, marks = analysis.article.text, _marks(analysis)
        for para in analysis.article.paragraphs:
            line = markdown_paragraph(text, marks.pieces(para.start, para.end), _md)
            lines += [("### " + line) if para.heading else _md_block(line), ""]
    lines += ["---", "", f"*{_md(p.note)}*", ""]
    return "\n".join(lines)
