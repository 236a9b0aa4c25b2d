"""Light and dark: follow the system's colour scheme unless the person chose one."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)


@dataclass(frozen=True)
class Colours:
    summary: QColor
    quote: QColor
    flash: QColor
    muted: QColor
    link: QColor
    # the message bar above the text: background and edge for notices and for warnings
    info_back: QColor
    info_edge: QColor
    warn_back: QColor
    warn_edge: QColor
    message_text: QColor
    # the reader's own highlights, by colour name: (background, underline). The underline (which
    # the machine's highlights never have) tells them apart from the summary and the quotes.
    own: dict[str, tuple[QColor, QColor]] = field(default_factory=dict)


def _own(pairs: dict[str, tuple[str, str]]) -> dict[str, tuple[QColor, QColor]]:
    return {name: (QColor(back), QColor(line)) for name, (back, line) in pairs.items()}


LIGHT_COLOURS = Colours(QColor("#ffe9a8"), QColor("#cfe3ff"), QColor("#ffb347"),
                        QColor("#5f6368"), QColor("#1a5fb4"),
                        QColor("#e8f0fe"), QColor("#a8c4f0"), QColor("#fff4d6"),
                        QColor("#e0b44c"), QColor("#1f1f1f"),
                        _own({"yellow": ("#ffd84d", "#7a5f00"), "green": ("#b7eb9c", "#2e8b22"),
                              "blue": ("#9fd0ff", "#1c64c8"), "pink": ("#ffb3d1", "#c2185b"),
                              "purple": ("#d7c2ff", "#6a3fc8")}))
DARK_COLOURS = Colours(QColor("#5a4a17"), QColor("#1f3d63"), QColor("#8a5a1a"),
                       QColor("#a0a4aa"), QColor("#8ab4f8"),
                       QColor("#1d2b40"), QColor("#35527a"), QColor("#3d3214"),
                       QColor("#8a6d1f"), QColor("#ececec"),
                       _own({"yellow": ("#705600", "#ffd84d"), "green": ("#2f6b2a", "#9be07a"),
                             "blue": ("#1f5aa8", "#9fd0ff"), "pink": ("#8c2457", "#ff9cc6"),
                             "purple": ("#5b3d99", "#cdb4ff")}))


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    if choice == DARK:
        return True
    if choice == LIGHT:
        return False
    return system_is_dark()


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d31"), QColor("#e6e6e6")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.ToolTipBase: QColor("#3a3d42"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Link: QColor("#7aa7ff"),
        # brighter than the quote highlight (#1f3d63), so a selected quote stands out
        QPalette.ColorRole.Highlight: QColor("#2f6fd1"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.PlaceholderText: QColor("#8a8d92"),
        QPalette.ColorRole.Mid: QColor("#3a3d42"),
        QPalette.ColorRole.Dark: QColor("#151618"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return p


def _light_palette(standard: QPalette) -> QPalette:
    """Fusion's light palette, its selection a shade darker so that white text on it keeps
    a contrast of 4.5:1 (WCAG AA); Fusion's own blue gives 3.7."""
    p = QPalette(standard)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2a73b8"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b6f75"))
    return p


def apply(choice: str) -> Colours:
    """Set the application palette for the choice; returns the highlight colours to use.
    Every text colour keeps 4.5:1 against what it is drawn on, in both themes (WCAG AA;
    tests/test_contrast.py)."""
    app = QApplication.instance()
    dark = is_dark(choice)
    if isinstance(app, QApplication):
        app.setStyle("Fusion")
        app.setPalette(_dark_palette() if dark else _light_palette(app.style().standardPalette()))
    return DARK_COLOURS if dark else LIGHT_COLOURS
