"""What the window knows of an article it opened (``Entry``), how its text is to look
(``Look``), the panes the article controller shows it on (``Screen``), and the small helpers
that turn what the core says into what the window says."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QMainWindow

from ..core.article import Article
from ..core.errors import describe_failure
from ..core.pipeline import Options
from ..library import Highlight, Record
from .analysis_panes import QuotesPane
from .article_view import ArticlePane
from .busy import BusyIndicator
from .document import Rendered
from .error_lines import translate_line
from .sidebar import LibrarySidebar
from .summary_pane import SummaryPane
from .theme import Colours

Notify = Callable[..., None]  # notify(message, seconds=10, *, warning=False, article=None)


def describe_error(path: str, exc: BaseException) -> str:
    """One calm line naming the file."""
    return translate_line(describe_failure(Path(path).name or path, exc))


def options_from(settings: dict[str, Any] | None) -> Options:
    known = {f.name for f in fields(Options)}
    return Options(**{k: v for k, v in (settings or {}).items() if k in known})


def options_to_dict(options: Options) -> dict[str, Any] | None:
    values = {k: v for k, v in asdict(options).items() if v != getattr(Options(), k)}
    return values or None


def readable_date(date: str | None) -> str | None:
    """A date written as 2024-05-01 (web pages, Markdown) in the reader's own way; other
    forms as the article writes them."""
    if date and len(date) >= 10 and date[4] == "-" and date[7] == "-":
        from PySide6.QtCore import QDate, QLocale

        parsed = QDate.fromString(date[:10], "yyyy-MM-dd")
        if parsed.isValid():
            return QLocale().toString(parsed, QLocale.FormatType.LongFormat)
    return date


@dataclass
class Entry:
    """An opened article: what was loaded, its library record, the reader's settings for it,
    and what is shown."""

    article: Article
    record: Record | None
    options: Options
    rendered: Rendered
    path: str = ""  # what it was opened from (the library's stored copy, for its entries)
    highlights: list[Highlight] = field(default_factory=list)  # the reader's own, text order

    def marks(self) -> list[tuple[int, int, str]]:
        """The reader's highlights as the document draws them (the detached are not drawn)."""
        return [(h.start, h.end, h.color) for h in self.highlights if not h.detached]

    @property
    def title(self) -> str:
        """The article's title; without one, the name of the reader's own file (never the
        library's copy, which is named by its contents)."""
        if self.article.title:
            return self.article.title
        if self.record is not None:
            return self.record.display_title
        return Path(self.path).stem

    @property
    def source(self) -> str:
        """The reader's own file when the library knows it, else what was opened."""
        if self.record is not None and self.record.source_path:
            return self.record.source_path
        return self.path


@dataclass(frozen=True)
class Look:
    """How the text is to be formatted: colours, font and which highlights are on."""

    colours: Colours
    font: QFont
    show_summary: bool
    show_quotes: bool
    line_height: int = 0  # per cent; 0: Margin's (Reading Settings)
    justify: bool = False
    underline_marks: bool = False  # summary and quotes underlined, not only coloured

    def formatting(self) -> dict[str, Any]:
        """``build_document``'s keywords for this look."""
        return {"show_summary": self.show_summary, "show_quotes": self.show_quotes,
                "line_height": self.line_height, "justify": self.justify,
                "underline_marks": self.underline_marks}


@dataclass
class Screen:
    """Where the controller shows what it has."""

    window: QMainWindow
    article: ArticlePane
    summary: SummaryPane
    quotes: QuotesPane
    sidebar: LibrarySidebar
    busy: BusyIndicator
    counts: QLabel
