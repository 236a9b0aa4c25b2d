"""The window's preferences: each read back as its own type, a damaged value as its default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray

from reader import paths
from reader.ui.settings import Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    return Settings()


def test_preferences_come_back_as_they_were_stored(settings):
    assert settings.theme == "system" and settings.show_library is True  # the defaults
    settings.theme = "dark"
    settings.show_library = False
    settings.text_size = 15.5
    settings.geometry = QByteArray(b"\x01\x02")
    settings.library_sort = "title"
    settings.sync()
    again = Settings()
    assert again.theme == "dark"
    assert again.show_library is False
    assert again.text_size == 15.5
    assert bytes(again.geometry.data()) == b"\x01\x02"
    assert again.library_sort == "title"


def test_a_hand_edited_file_falls_back_to_the_defaults(settings):
    settings.sync()
    ini = paths.config_dir() / "margin.ini"
    ini.write_text("[General]\ntext_size=large\nshow_library=maybe\ntheme=dark\n",
                   encoding="utf-8")
    again = Settings()
    assert again.text_size == 0.0 and again.theme == "dark"
    assert again.show_library in (True, False)  # a bool either way, never the word


def test_recent_files_most_recent_first_and_at_most_ten(settings):
    for i in range(12):
        settings.add_recent(f"/tmp/{i}.txt")
    settings.add_recent("/tmp/3.txt")
    recent = settings.recent_files()
    assert recent[0] == "/tmp/3.txt" and len(recent) == 10 and recent.count("/tmp/3.txt") == 1
