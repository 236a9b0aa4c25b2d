"""The export's words in the reader's language: the summary document's headings and labels,
the notes export's, the messages an export gives.

The same one translation context as the window (``reader.ui.i18n``, which this package may not
import), so a phrase is translated once. Qt is never imported here: a Markdown export from the
command line runs without it. Translations can only have been installed where Qt is already
loaded; where it is not, the English text is the answer (with its "%n" filled in, as Qt does).
"""

from __future__ import annotations

import sys


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks a literal of a table for translation; it is translated where it is shown."""
    return text


# The English singulars of the "%n …" texts here, for where no translation is loaded (the
# command line has none): Qt would say "1 sentences" there.
ENGLISH_ONE = {  # English's singular of each "%n …" text (the window's too: ui/i18n.py)
    "%n sentences": "%n sentence", "%n sections": "%n section", "%n words": "%n word",
    "%n characters": "%n character", "%n highlights": "%n highlight", "%n quotes": "%n quote",
    "%n summary sentences": "%n summary sentence", "%n articles": "%n article",
    "%n notes": "%n note", "%n matches": "%n match",
    "Readwise takes titles of up to {limit} characters; %n are longer.":
        "Readwise takes titles of up to {limit} characters; %n is longer.",
    "Keep my %n highlights and notes (they come back if I open the file again)":
        "Keep my %n highlight and notes (they come back if I open the file again)",
}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language; ``n`` picks the plural form of a "%n …" text."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication

        said = QCoreApplication.translate("", text, disambiguation, n)
        if n != 1 or text not in ENGLISH_ONE or said != text.replace("%n", "1"):
            return said  # (the source itself, with no translation for it, is English)
    if n == 1:
        text = ENGLISH_ONE.get(text, text)
    return text.replace("%n", str(n)) if n >= 0 else text


def number(n: int) -> str:
    """``n`` as the interface's language writes numbers ("3,134" in English). Where no
    language was chosen (the C locale: the command line, the tests) or Qt is not loaded, as
    English writes it."""
    if "PySide6.QtCore" not in sys.modules:
        return f"{n:,}"
    from PySide6.QtCore import QLocale

    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{n:,}"
    return locale.toString(n)


def grouped(text: str, n: int) -> str:
    """A "%n …" text as ``tr`` gave it for ``n``, its number written as ``number`` writes it
    (Qt puts "3134" for %n; "%Ln" would follow the C locale where no language was chosen)."""
    return text.replace(str(n), number(n), 1)


__all__ = ["ENGLISH_ONE", "QT_TR_NOOP", "grouped", "number", "tr"]
