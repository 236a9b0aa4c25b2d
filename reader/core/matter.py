"""Front and back matter: the paragraphs of a document that are not the work itself.

``mark_matter`` sets ``Paragraph.matter`` on the paragraphs it recognises, in every format and
in the languages of ``data/matter`` (one file of phrases per language):

- ``licence``: Project Gutenberg's header up to its START line and everything from its END
  line on (its licence), GNU FDL / GPL notices and appended licence texts, Creative Commons
  notices about the work itself (not an article about Creative Commons);
- ``copyright``: copyright pages and imprints ("All rights reserved", "©", an ISBN, the
  printer's and publisher's lines around them), web page copyright lines;
- ``contents``: contents lists (a "Contents" / "Inhalt" / "目次" heading and its entries, or
  lines ending in page numbers after dot leaders);
- ``index``: an index at the end ("term, 12, 45" lines).

The paragraphs stay in the text; the pipeline neither summarises them nor looks in them for
quotes. A paragraph a loader has already marked (an EPUB's copyright page) keeps its mark.
Every rule errs on the side of body text: a paragraph wrongly marked would be lost to the
summary, one wrongly left is only a weaker candidate.
"""

from __future__ import annotations

from dataclasses import replace

from .article import Article
from .matter_lists import CONTENTS, INDEX, mark_contents, mark_index
from .matter_notices import COPYRIGHT, LICENCE, mark_notices
from .matter_view import View

KINDS = (CONTENTS, COPYRIGHT, LICENCE, INDEX)


def mark_matter(article: Article) -> Article:
    """The article, its front- and back-matter paragraphs marked (in place)."""
    if not article.paragraphs:
        return article
    view = View(article)
    mark_notices(view)
    mark_contents(view)
    mark_index(view)
    article.paragraphs = [p if p.matter == kind else replace(p, matter=kind)
                          for p, kind in zip(article.paragraphs, view.kinds, strict=True)]
    return article


__all__ = ["KINDS", "mark_matter"]
