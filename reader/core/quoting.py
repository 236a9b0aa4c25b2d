"""How each language sets quoted words in running text: the marks that open and close them.

Shared by the export and the window's list of quotes, so both show a quote the same way. No Qt.
"""

from __future__ import annotations

# (opening, closing) by language code; French keeps its spaces inside the guillemets.
QUOTE_MARKS: dict[str, tuple[str, str]] = {
    "de": ("„", "“"), "ru": ("«", "»"), "uk": ("«", "»"), "fr": ("« ", " »"),
    "es": ("«", "»"), "it": ("«", "»"), "pt": ("«", "»"), "pl": ("„", "”"),
    "cs": ("„", "“"), "ja": ("「", "」"), "zh": ("“", "”"),
}
DEFAULT_MARKS = ("“", "”")  # English and every language not listed


def quoted(words: str, language: str) -> str:
    """``words`` between the quotation marks of ``language`` (English marks when unknown)."""
    left, right = QUOTE_MARKS.get(language, DEFAULT_MARKS)
    return f"{left}{words}{right}"


__all__ = ["DEFAULT_MARKS", "QUOTE_MARKS", "quoted"]
