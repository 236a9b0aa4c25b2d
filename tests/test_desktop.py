"""The desktop integration: the menu entry, AppStream metadata, icons and the installer."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader.ui.app import APP_ID

from .conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install the Debian package {package} "
                    f"('make test' does so when run as root)")
    return path


def _entry(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines()
                if "=" in line and not line.startswith("#"))


def test_the_desktop_file_validates_and_opens_the_article_types():
    result = subprocess.run([_tool("desktop-file-validate", "desktop-file-utils"),
                             str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    entry = _entry(DESKTOP)
    assert entry["Exec"].endswith(" %F")
    assert entry["Icon"] == APP_ID
    assert "Office" in entry["Categories"].split(";")
    types = set(filter(None, entry["MimeType"].split(";")))
    assert {"text/plain", "text/html", "text/markdown", "application/pdf",
            "application/epub+zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"} <= types
    assert entry["StartupWMClass"]


def test_the_metainfo_validates_and_matches_the_desktop_file():
    result = subprocess.run([_tool("appstreamcli", "appstream"), "validate", "--no-net",
                             str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    provided = {m.text for m in root.iter("mediatype")}
    desktop_types = set(filter(None, _entry(DESKTOP)["MimeType"].split(";")))
    assert provided == desktop_types
    shots = [img.text or "" for img in root.iter("image")]
    assert shots and all((ROOT / "docs" / Path(url).name).exists() for url in shots)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_exist_in_every_size_and_for_windows_and_macos():
    assert (ICONS / f"{APP_ID}.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in SIZES:
        assert _png_size(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == \
            (size, size)
    ico = (ICONS / "margin.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sides = [ico[6 + 16 * k] or 256 for k in range(count)]
    assert 16 in sides and 256 in sides
    icns = (ICONS / "margin.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, pos = set(), 8
    while pos < len(icns):
        kinds.add(icns[pos : pos + 4])
        pos += struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
    assert {b"ic07", b"ic08", b"ic09"} <= kinds


def _installer(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(home))
    return subprocess.run([sys.executable, str(ROOT / "tools" / "desktop.py"), *args],
                          env=env, capture_output=True, text=True, timeout=60)


def test_install_desktop_puts_margin_in_the_menu_for_its_file_types(tmp_path):
    program = tmp_path / "my apps" / "margin"  # a folder with a space, as people have
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    home = tmp_path / "share"
    result = _installer(home, "install", "--exec", str(program))
    assert result.returncode == 0, result.stderr
    installed = home / "applications" / f"{APP_ID}.desktop"
    check = subprocess.run([_tool("desktop-file-validate", "desktop-file-utils"),
                            str(installed)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    entry = _entry(installed)
    assert entry["Exec"] == f'"{program}" %F'
    assert entry["TryExec"] == str(program)
    for size in SIZES:
        assert (home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").exists()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    # "Open with Margin": the desktop's cache lists it for the article types
    _tool("update-desktop-database", "desktop-file-utils")
    cache = (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    for mime in ("text/html", "application/pdf", "application/epub+zip"):
        assert re.search(rf"^{re.escape(mime)}=.*{re.escape(APP_ID)}\.desktop", cache, re.M)

    result = _installer(home, "uninstall")
    assert result.returncode == 0, result.stderr
    left = [p for p in home.rglob("*") if p.is_file() and APP_ID in p.name]
    assert left == []
    assert APP_ID not in (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")


def test_install_desktop_refuses_a_program_that_is_not_there(tmp_path):
    result = _installer(tmp_path / "share", "install", "--exec", str(tmp_path / "nothing"))
    assert result.returncode != 0
    assert "does not exist" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()


@pytest.mark.gui
def test_the_window_names_its_desktop_file_and_has_the_icon(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from reader.ui.app import build

    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    app, window = build([])
    qtbot.addWidget(window)
    assert QGuiApplication.desktopFileName() == APP_ID
    assert not app.windowIcon().isNull()
    assert 256 in [s.width() for s in app.windowIcon().availableSizes()]
