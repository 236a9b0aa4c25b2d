"""The window in the reader's language.

Every string a person sees goes through ``tr`` (one translation context for the whole window,
so a phrase is translated once however many places use it). ``pyside6-lupdate`` collects them
into ``reader/i18n/margin_<lang>.ts``; ``make translations`` compiles those to ``.qm`` files,
shipped as package data. ``install`` loads Margin's and Qt's own translations (so Qt's dialogs
speak the same language) for the language the system asks for, or the one chosen in View ›
Interface Language.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..export.words import ENGLISH_ONE

LANGUAGES = {  # the interface's languages: code -> the language's own name
    "en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "ru": "Русский",
    "it": "Italiano", "pt": "Português", "zh_CN": "中文（简体）",
}
FOLDER = Path(__file__).resolve().parent.parent / "i18n"
_installed: list[QTranslator] = []


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks a literal in a table for translation; ``tr(value)`` translates it where it is
    shown. (PySide6's own QT_TR_NOOP is typed as returning ``object``.)"""
    return text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language; ``n`` picks the plural form of a "%n …" text
    (English, which has no translation file, takes its singular from ``ENGLISH_ONE``)."""
    said = QCoreApplication.translate("", text, disambiguation, n)
    if n == 1 and text in ENGLISH_ONE and said == text.replace("%n", "1"):
        return ENGLISH_ONE[text].replace("%n", "1")
    return said


def system_language() -> str:
    """The interface language the system asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, then
    Qt's idea of the locale), as one of LANGUAGES, else English."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for value in os.environ.get(var, "").split(":"):
            code = match(value)
            if code:
                return code
    return match(QLocale.system().name()) or "en"


def match(value: str) -> str | None:
    """"de_AT.UTF-8" -> "de"; "zh_CN", "zh-Hans", "zh" -> "zh_CN"; unknown -> None."""
    value = value.split(".")[0].split("@")[0].replace("-", "_")
    if not value or value in ("C", "POSIX"):
        return None
    if value.lower().startswith("zh"):
        return "zh_CN"
    base = value.split("_")[0].lower()
    return base if base in LANGUAGES else None


def install(language: str | None = None, folder: Path | None = None) -> str:
    """Load the translations for ``language`` (None: the system's) into the application, from
    ``folder`` (the package's own by default); returns the language in use. English needs
    none."""
    folder = folder or FOLDER
    app = QCoreApplication.instance()
    code = match(language) if language else system_language()
    code = code or "en"
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if app is None or code == "en":
        QLocale.setDefault(QLocale("en_US" if code == "en" else code))
        return code
    QLocale.setDefault(QLocale(code))
    ours = QTranslator(app)
    if ours.load(str(folder / f"margin_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = code.split("_")[0]
    # Qt's own dialogs (buttons, file dialogs); Qt ships Portuguese as Brazil's only
    names = dict.fromkeys([f"qtbase_{code}", f"qtbase_{base}", f"qtbase_{base}_BR"])
    if any(qt.load(name, qt_folder) for name in names):
        app.installTranslator(qt)
        _installed.append(qt)
    return code
