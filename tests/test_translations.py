"""The window in seven more languages: every translation file is complete, its placeholders
match the English, it holds every text the window has today, and a window started in German
speaks German (Qt's own dialogs too), numbers written the German way."""

from __future__ import annotations

import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .helpers import ROOT

I18N = ROOT / "reader" / "i18n"
LANGUAGES = ["de", "fr", "es", "ru", "it", "pt", "zh_CN"]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%L?\d|&(?=\w)")
TOOLS = Path(sys.executable).parent


def _messages(ts: Path) -> list[dict]:
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        out.append({"source": message.findtext("source") or "",
                    "comment": message.findtext("comment") or "",
                    "numerus": message.get("numerus") == "yes",
                    "unfinished": translation.get("type") == "unfinished",
                    "forms": forms if forms else [translation.text or ""]})
    return out


def _placeholders(text: str) -> list[str]:
    return sorted(p for p in PLACEHOLDER.findall(text) if p != "&")


def test_every_interface_language_has_its_file():
    assert sorted(p.stem for p in I18N.glob("margin_*.ts")) == sorted(
        f"margin_{code}" for code in LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_entry_is_unfinished_and_placeholders_match(code):
    messages = _messages(I18N / f"margin_{code}.ts")
    assert len(messages) > 300
    unfinished = [m["source"] for m in messages if m["unfinished"] or not all(
        f.strip() for f in m["forms"])]
    assert not unfinished, f"{code}: not translated: {unfinished[:10]}"
    wrong = []
    for m in messages:
        wanted = _placeholders(m["source"])
        for form in m["forms"]:
            got = _placeholders(form)
            # a language with one plural form may write the number out in words only when
            # it is one; every form must still keep the named values
            if m["numerus"] and "%n" in wanted and "%n" not in got and len(m["forms"]) > 1:
                got = sorted([*got, "%n"])
            if got != wanted:
                wrong.append((m["source"], form))
    assert not wrong, f"{code}: placeholders differ: {wrong[:10]}"


def _fields(text: str) -> list[str] | None:
    """The named fields .format() will fill, or None if .format() would fail on the text."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return None
    return sorted(names) if all(n.isidentifier() for n in names) else None


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_translation_formats_as_its_source_does(code):
    """A stray brace, "{}" or "{0}" would make the window's .format() call fail."""
    broken = []
    for m in _messages(I18N / f"margin_{code}.ts"):
        wanted = _fields(m["source"])
        if wanted is None:  # a source that is not formatted (no placeholders of ours)
            continue
        broken += [(m["source"], f) for f in m["forms"] if _fields(f) != wanted]
    assert not broken, f"{code}: {broken[:5]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_access_keys_stay_single(code):
    """A menu text keeps at most one access key (&), as its English has."""
    for m in _messages(I18N / f"margin_{code}.ts"):
        for form in m["forms"]:
            assert form.replace("&&", "").count("&") <= 1, (m["source"], form)


def test_every_window_text_is_in_every_translation(tmp_path):
    """A text added to the window since the translations were made fails here until
    `make update-translations` has collected it and it is translated."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for folder in ("ui", "export")
                     for p in (ROOT / "reader" / folder).glob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", "-locations", "none",
                    *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    wanted = {(m["source"], m["comment"]) for m in _messages(fresh)}
    assert len(wanted) > 300
    for code in LANGUAGES:
        have = {(m["source"], m["comment"]) for m in _messages(I18N / f"margin_{code}.ts")}
        assert not wanted - have, f"{code} lacks: {sorted(wanted - have)[:10]}"


@pytest.mark.gui
def test_a_window_started_in_german_speaks_german(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QLocale

    from reader.ui import i18n
    from reader.ui.main_window import MainWindow

    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(I18N / "margin_de.ts"),
                    "-qm", str(tmp_path / "margin_de.qm")], check=True, timeout=60)
    try:
        assert i18n.install("de", tmp_path) == "de"
        window = MainWindow()
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] != "&File" and menus[1] != "&Edit"
        assert window.act.open.text() != "&Open…"
        assert window.left_tabs.tabText(0) != "Library"
        # Qt's own words (a dialog's buttons) are German too, and numbers are written the
        # German way
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QLocale().toString(3134) == "3.134"
        window.close()
    finally:
        i18n.install("en")


def test_the_system_language_is_followed(monkeypatch):
    from reader.ui import i18n

    for value, code in (("de_AT.UTF-8", "de"), ("zh_CN.UTF-8", "zh_CN"), ("pt_BR", "pt"),
                        ("C.UTF-8", None), ("sv_SE", None)):
        assert i18n.match(value) == code
    monkeypatch.setenv("LANGUAGE", "fr:en")
    assert i18n.system_language() == "fr"
