from __future__ import annotations

from pathlib import Path

from reader import paths


def test_data_dir_follows_the_override(monkeypatch, tmp_path):
    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "lib"))
    assert paths.data_dir() == tmp_path / "lib"
    assert paths.config_dir().is_relative_to(tmp_path)
    assert paths.cache_dir().is_relative_to(tmp_path)


def test_without_override_data_lives_in_the_users_data_dir(monkeypatch):
    monkeypatch.delenv("MARGIN_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", "/tmp/xdg-data-test")
    assert paths.data_dir() == Path("/tmp/xdg-data-test/Margin")
