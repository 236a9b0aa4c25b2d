"""The summary document, once, in the two text forms: HTML (also the source of the PDF) and
Markdown. No Qt here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from ..core.pipeline import Analysis

SUMMARY_COLOUR = "#ffe9a8"
QUOTE_COLOUR = "#cfe3ff"
LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish",
    "cs": "Czech", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "tr": "Turkish", "el": "Greek", "zh": "Chinese", "ja": "Japanese",
}


# How each language sets a quotation in running text.
QUOTE_MARKS = {"de": ("„", "“"), "ru": ("«", "»"), "uk": ("«", "»"), "fr": ("« ", " »"),
               "es": ("«", "»"), "it": ("«", "»"), "pt": ("«", "»"), "pl": ("„", "”"),
               "cs": ("„", "“"), "ja": ("「", "」"), "zh": ("“", "”")}


def quoted(words: str, language: str) -> str:
    left, right = QUOTE_MARKS.get(language, ("“", "”"))
    return f"{left}{words}{right}"


@dataclass(frozen=True)
class DocumentParts:
    title: str
    facts: list[str]  # author, date, source, language
    summary: list[str]
    quotes: list[tuple[str, str]]  # (words, speaker)


def parts(analysis: Analysis, source: str | None = None) -> DocumentParts:
    art = analysis.article
    origin = source or art.source
    title = art.title or (Path(origin).stem if origin else "Untitled article")
    facts = [f for f in (
        f"by {art.author}" if art.author else None,
        art.date,
        Path(origin).name if origin else None,
        LANGUAGE_NAMES.get(analysis.language, analysis.language),
    ) if f]
    return DocumentParts(
        title=title,
        facts=facts,
        summary=[analysis.span_text(s) for s in analysis.summary],
        quotes=[(analysis.span_text(q), q.speaker or "unattributed") for q in analysis.quotes],
    )


def _marked_text(analysis: Analysis) -> list[str]:
    """The article's paragraphs as HTML, summary sentences and quotes highlighted."""
    text = analysis.article.text
    marks: list[tuple[int, int, str]] = [(s.start, s.end, SUMMARY_COLOUR) for s in analysis.summary]
    marks += [(q.start, q.end, QUOTE_COLOUR) for q in analysis.quotes]
    out = []
    for para in analysis.article.paragraphs:
        inside = sorted((max(a, para.start), min(b, para.end), c) for a, b, c in marks
                        if a < para.end and b > para.start)
        pieces, pos = [], para.start
        for a, b, colour in inside:
            if a < pos:  # a quote inside a summary sentence: the outer mark already covers it
                continue
            pieces.append(escape(text[pos:a]))
            pieces.append(f'<span style="background-color:{colour}">{escape(text[a:b])}</span>')
            pos = b
        pieces.append(escape(text[pos:para.end]))
        tag = "h3" if para.heading else "p"
        out.append(f"<{tag}>{''.join(pieces)}</{tag}>")
    return out


def to_html(analysis: Analysis, *, full_text: bool = False, source: str | None = None,
            notice: str | None = None, standalone: bool = True) -> str:
    p = parts(analysis, source)
    body = [f"<h1>{escape(p.title)}</h1>",
            f'<p class="facts">{escape(" · ".join(p.facts))}</p>']
    if notice:
        body.append(f'<p class="notice">{escape(notice)}</p>')
    body.append("<h2>Summary</h2>")
    body.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in p.summary) + "</ul>")
    body.append("<h2>Quotes</h2>")
    if p.quotes:
        body.append('<ul class="quotes">' + "".join(
            f"<li>{escape(quoted(words, analysis.language))} "
            f"<span class=\"speaker\">— {escape(who)}</span></li>"
            for words, who in p.quotes) + "</ul>")
    else:
        body.append("<p>No quoted statements in this article.</p>")
    if full_text:
        body.append("<h2>Full text</h2>")
        body.append('<p class="legend"><span style="background-color:'
                    f'{SUMMARY_COLOUR}">summary</span> · <span style="background-color:'
                    f'{QUOTE_COLOUR}">quote</span></p>')
        body.extend(_marked_text(analysis))
    body.append('<p class="footer">Summarised by Margin '
                f'({escape(analysis.algorithm)}).</p>')
    content = "\n".join(body)
    if not standalone:
        return content
    lang = escape(analysis.language)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(p.title)}</title>\n"
            '<meta name="generator" content="Margin">\n'
            f"<style>{STYLE}</style>\n</head>\n<body>\n{content}\n</body>\n</html>\n")


STYLE = (
    "body{font-family:'DejaVu Serif',Georgia,serif;max-width:42em;margin:2em auto;"
    "line-height:1.5;color:#222;padding:0 1em}"
    "h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em}"
    ".facts{color:#666;margin-top:0}.notice{color:#8a4b00}.speaker{color:#555}"
    ".footer{color:#888;font-size:.85em;margin-top:2em}li{margin-bottom:.4em}"
)

_MD_SPECIAL = re.compile(r"([\\`*_\[\]#<>|])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(analysis: Analysis, *, full_text: bool = False, source: str | None = None,
                notice: str | None = None) -> str:
    p = parts(analysis, source)
    lines = [f"# {_md(p.title)}", "", f"*{_md(' · '.join(p.facts))}*", ""]
    if notice:
        lines += [f"> {_md(notice)}", ""]
    lines += ["## Summary", ""] + [f"- {_md(s)}" for s in p.summary] + [""]
    lines += ["## Quotes", ""]
    lines += ([f"- {_md(quoted(w, analysis.language))} — {_md(who)}" for w, who in p.quotes]
              or ["No quoted statements in this article."]) + [""]
    if full_text:
        lines += ["## Full text", ""]
        text = analysis.article.text
        marks = sorted([(s.start, s.end) for s in analysis.summary]
                       + [(q.start, q.end) for q in analysis.quotes])
        for para in analysis.article.paragraphs:
            pieces, pos = [], para.start
            for a, b in marks:
                if a < pos or a >= para.end or b > para.end:
                    continue
                pieces += [_md(text[pos:a]), "**", _md(text[a:b]), "**"]
                pos = b
            pieces.append(_md(text[pos:para.end]))
            prefix = "### " if para.heading else ""
            lines += [prefix + "".join(pieces), ""]
    lines += [f"*Summarised by Margin ({analysis.algorithm}).*", ""]
    return "\n".join(lines)
