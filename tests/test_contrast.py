"""Both themes are readable by people with low vision: every text colour keeps a contrast of at
least 4.5:1 against what it is drawn on (WCAG 2.1 AA, 1.4.3), and the underline that marks the
reader's own highlights keeps 3:1 against the highlight (1.4.11, non-text contrast)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from reader.ui import theme

pytestmark = pytest.mark.gui
R = QPalette.ColorRole


@pytest.fixture(autouse=True)
def _theme_back(qapp):
    """Later tests find the application as the window would start it."""
    palette = qapp.palette()
    yield
    qapp.setPalette(palette)


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_matches_wcag():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("choice", [theme.LIGHT, theme.DARK])
def test_every_text_colour_meets_aa_in_both_themes(qapp, choice):
    colours = theme.apply(choice)
    p = qapp.palette()
    text, base, window = p.color(R.Text), p.color(R.Base), p.color(R.Window)
    pairs = {
        "text": (text, base), "window text": (p.color(R.WindowText), window),
        "buttons": (p.color(R.ButtonText), p.color(R.Button)),
        "selection": (p.color(R.HighlightedText), p.color(R.Highlight)),
        "placeholders": (p.color(R.PlaceholderText), base),
        "tooltips": (p.color(R.ToolTipText), p.color(R.ToolTipBase)),
        "links": (p.color(R.Link), base), "header links": (colours.link, base),
        "muted lines": (colours.muted, base), "muted on the window": (colours.muted, window),
        "summary highlight": (text, colours.summary), "quote highlight": (text, colours.quote),
        "a sentence gone to": (text, colours.flash),
        "notices": (colours.message_text, colours.info_back),
        "warnings": (colours.message_text, colours.warn_back),
    }
    pairs |= {f"own {name} highlight": (text, back) for name, (back, _) in colours.own.items()}
    low = {name: round(contrast(a, b), 2) for name, (a, b) in pairs.items()
           if contrast(a, b) < 4.5}
    assert not low, f"{choice}: below 4.5:1: {low}"


@pytest.mark.parametrize("choice", [theme.LIGHT, theme.DARK])
def test_own_highlights_underline_stands_out_from_its_colour(qapp, choice):
    colours = theme.apply(choice)
    low = {name: round(contrast(line, back), 2) for name, (back, line) in colours.own.items()
           if contrast(line, back) < 3.0}
    assert not low, f"{choice}: underline below 3:1: {low}"
