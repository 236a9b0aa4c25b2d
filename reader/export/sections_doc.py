"""The summary by section, for the summary document (``--by-section``): each section's title,
as deep as it sits, with its own summary sentences. Front and back matter (contents, copyright
pages, indexes) are left out; a recap stops at its reading position. Qt is not imported here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from ..core.pipeline import Analysis
from .words import tr


@dataclass(frozen=True)
class SectionPart:
    title: str
    level: int  # 1 for the outermost
    summary: list[str]


def section_parts(analysis: Analysis) -> list[SectionPart]:
    """The sections the document shows, in reading order, with their summaries' sentences."""
    upto = analysis.upto
    out = []
    for k, section in enumerate(analysis.article.sections):
        if upto is not None and section.start >= upto:
            break
        if section.matter:
            continue
        said = analysis.sections[k].summary if k < len(analysis.sections) else []
        out.append(SectionPart(section.title, section.level,
                               [analysis.span_text(s) for s in said]))
    return out


def section_sentences(analysis: Analysis) -> list[str]:
    return [s for part in section_parts(analysis) for s in part.summary]


def made_by_sections(analysis: Analysis, method: str) -> str:
    """The closing note of a summary by section, e.g. "Summary by section made by Margin with
    its default method, Margin's own ranker: 42 sentences from 12 sections." """
    parts = section_parts(analysis)
    chosen = sum(len(p.summary) for p in parts)
    summarised = sum(1 for p in parts if p.summary)
    return tr("Summary by section made by Margin with {method}: {sentences} from {sections}, "
              "each from its own text.").format(method=method,
                                                 sentences=tr("%n sentences", "", chosen),
                                                 sections=tr("%n sections", "", summarised))


def _heading(level: int) -> int:
    return min(5, level + 2)  # h3 for the outermost sections, h4 within them, h5 deeper


def html_sections(analysis: Analysis, render_list: Callable[[list[str]], str]) -> str:
    """The sections as HTML: a heading each, its sentences as ``render_list`` lays a list out."""
    out = []
    for part in section_parts(analysis):
        tag = f"h{_heading(part.level)}"
        out.append(f'<{tag} class="section">{escape(part.title)}</{tag}>')
        if part.summary:
            out.append(render_list([escape(s) for s in part.summary]))
    return "\n".join(out)


def markdown_sections(analysis: Analysis, escape_md: Callable[[str], str],
                      block: Callable[[str], str]) -> list[str]:
    """The sections as Markdown lines: a heading each (### for the outermost), its sentences as
    a list."""
    lines: list[str] = []
    for part in section_parts(analysis):
        lines += ["#" * _heading(part.level) + " " + escape_md(part.title), ""]
        if part.summary:
            lines += [f"- {block(escape_md(s))}" for s in part.summary] + [""]
    return lines


__all__ = ["SectionPart", "html_sections", "made_by_sections", "markdown_sections",
           "section_parts", "section_sentences"]
