"""An article's sections: where each begins and ends, how deep it sits, what kind of part it is.

Loaders say where a section begins (``textbuild.SectionStart`` on the block it begins with);
``section_spans`` turns those marks into ``Section`` spans once the text is built: a section runs
to the next one of the same or an outer level, so it holds its subsections. The levels a
document uses (HTML's h2 and h3, an outline's depths) become 1, 2, ... from the outermost.

A section's *own* text is what is not in one of its subsections (a part's opening words before
its first chapter); per-section summaries are drawn from it, so a sentence stands under one
section only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from .article import Article, Section
from .matter_words import normalize, phrases

MAX_TITLE = 200  # characters of a section's title when it has to be taken from its text


@dataclass(frozen=True)
class Opening:
    """A section that begins at ``offset`` of the text (the start of its first block)."""

    offset: int
    title: str
    level: int
    matter: str = ""


def section_spans(text: str, openings: Sequence[Opening],
                  max_levels: int | None = None) -> list[Section]:
    """The sections, in reading order, from where they begin. Levels are ranked from the
    outermost used (1); with ``max_levels``, deeper ones are left out. A section that would be
    empty (another of its level begins at the same place) is left out, and so is one without
    a title."""
    openings = [o for o in openings if o.title]
    if not openings:
        return []
    ranks = {level: rank for rank, level in enumerate(sorted({o.level for o in openings}), 1)}
    kept = [replace(o, level=ranks[o.level]) for o in openings
            if max_levels is None or ranks[o.level] <= max_levels]
    kept.sort(key=lambda o: (o.offset, o.level))  # an outer section first where both begin
    out: list[Section] = []
    for i, o in enumerate(kept):
        end = next((later.offset for later in kept[i + 1 :] if later.level <= o.level),
                   len(text))
        while end > o.offset and text[end - 1].isspace():
            end -= 1
        if end > o.offset:
            out.append(Section(o.title, o.level, o.offset, end, o.matter))
    return out


def own_ranges(sections: Sequence[Section]) -> list[tuple[int, int]]:
    """Each section's own text: from its start to where its first subsection begins (all of it
    for a section without subsections)."""
    out = []
    for i, s in enumerate(sections):
        end = s.end
        if i + 1 < len(sections):
            nxt = sections[i + 1]
            if nxt.level > s.level and nxt.start < s.end:
                end = nxt.start
        out.append((s.start, max(s.start, end)))
    return out


_NUMBERING = re.compile(r"^\s*(?:(?:\d+|[IVXLC]+)[.):]?\s+)?|[\s.:;,*·—–-]+$")


@cache
def _matter_titles() -> dict[str, str]:
    """Whole section titles that say front or back matter, in every language: kind by title."""
    out = {normalize(t): "back" for t in phrases("back-heading")}
    out.update({normalize(t): "front" for t in phrases("front-heading")})
    return out


def matter_by_title(title: str) -> str:
    """"front" or "back" when a section's whole title names that kind of part
    ("Acknowledgements", "Bibliography", "Dedication"; a number before it aside), else ""."""
    key = " ".join(normalize(_NUMBERING.sub("", title)).split())
    return _matter_titles().get(key, "")


def mark_section_matter(article: Article) -> Article:
    """A section not yet marked is front or back matter when its title names such a part, or
    when its paragraphs (its headings aside) are all front or back matter (the kind most of its
    text is). In place."""
    if not article.sections:
        return article
    if not any(p.matter for p in article.paragraphs):
        article.sections = [s if s.matter or not (kind := matter_by_title(s.title))
                            else replace(s, matter=kind) for s in article.sections]
        return article
    starts = [p.start for p in article.paragraphs]
    marked = []
    for s in article.sections:
        if not s.matter and (kind := matter_by_title(s.title)):
            s = replace(s, matter=kind)
        if not s.matter:
            first = max(0, bisect_right(starts, s.start) - 1)
            last = bisect_right(starts, s.end - 1)
            kinds: Counter[str] = Counter()
            plain = False
            for p in article.paragraphs[first:last]:
                if p.heading or p.end <= s.start or p.start >= s.end:
                    continue
                if not p.matter:
                    plain = True
                    break
                kinds[p.matter] += p.end - p.start
            if not plain and kinds:
                s = replace(s, matter=kinds.most_common(1)[0][0])
        marked.append(s)
    article.sections = marked
    return article


def section_at(sections: Sequence[Section], offset: int,
               starts: Sequence[int] | None = None) -> int | None:
    """The index of the innermost section that holds ``offset``, or None. ``starts``: the
    sections' starts, when the caller keeps them (a window asking on every scroll)."""
    starts = starts if starts is not None else [s.start for s in sections]
    i = bisect_right(starts, offset) - 1  # the last to begin before it; outer ones come first
    while i >= 0 and not sections[i].start <= offset < sections[i].end:
        i -= 1
    return i if i >= 0 else None


def short_title(text: str) -> str:
    """A title taken from a section's first words, when its contents give it none."""
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE:
        return text
    cut = text.rfind(" ", 0, MAX_TITLE)
    return text[: cut if cut > MAX_TITLE // 2 else MAX_TITLE].rstrip(" ,;:") + "…"


__all__ = ["Opening", "mark_section_matter", "matter_by_title", "own_ranges", "section_at",
           "section_spans", "short_title"]
