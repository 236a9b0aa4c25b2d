"""The window's work in the background, as a hurried reader drives it: opening while another
article loads, cancelling at any moment, opening the same file again, changing highlights or
the summary while something is on its way. What the library keeps is checked each time."""

from __future__ import annotations

import threading

import pytest

from reader.core.pipeline import Options
from reader.library import Library, LibraryError
from reader.ui import articles as controller
from reader.ui import theme

from .helpers import read_library

pytestmark = pytest.mark.gui
TITLE_EN = "A School That Follows the River"


def _header(window) -> str:
    return window.article_pane.header.plain_text()


def _kept(window) -> list[str]:
    return sorted(r.display_title for r in read_library(window, lambda lib: lib.articles()))


def _slow(monkeypatch, name: str, target: str, release: threading.Event,
          started: threading.Event | None = None, times: int = 1):
    """Make ``controller.<name>`` wait for ``release`` when it works on ``target`` (the first
    ``times`` times)."""
    real = getattr(controller, name)
    left = [times]

    def slow(*args, **kwargs):
        about = str(args[0]) if name == "load" else args[0].article.source or ""
        if target in about and left[0] > 0:
            left[0] -= 1
            if started is not None:
                started.set()
            assert release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(controller, name, slow)


def _settle(qtbot, window):
    qtbot.waitUntil(lambda: window.articles.idle, timeout=30000)
    read_library(window, lambda lib: None)


def test_a_new_summary_does_not_call_off_another_article_on_its_way(qtbot, window, samples,
                                                                    monkeypatch):
    window.open_file(str(samples / "en-river-school.txt"))
    qtbot.waitUntil(lambda: TITLE_EN in _header(window), timeout=20000)
    release = threading.Event()
    _slow(monkeypatch, "load", "de-stadtbibliothek", release)
    window.open_file(str(samples / "de-stadtbibliothek.txt"))
    window.articles.recompute(window.summary_pane.options())  # on the article shown
    release.set()
    qtbot.waitUntil(lambda: "Die Bibliothek" in _header(window), timeout=20000)
    _settle(qtbot, window)
    assert len(_kept(window)) == 2


def test_cancel_after_the_library_kept_it_takes_it_out_again(qtbot, window, samples,
                                                             monkeypatch):
    release, started = threading.Event(), threading.Event()
    _slow(monkeypatch, "build_document", "en-river-school", release, started)
    window.open_file(str(samples / "en-river-school.txt"))
    qtbot.waitUntil(started.is_set, timeout=20000)  # analysed, kept, being laid out
    window.busy.cancel.click()
    release.set()
    _settle(qtbot, window)
    assert _kept(window) == [] and window.current is None
    assert not window.busy.bar.isVisible()


def test_opening_again_after_cancel_keeps_the_article(qtbot, window, samples, monkeypatch):
    release, started = threading.Event(), threading.Event()
    _slow(monkeypatch, "build_document", "en-river-school", release, started)
    path = str(samples / "en-river-school.txt")
    window.open_file(path)
    qtbot.waitUntil(started.is_set, timeout=20000)
    window.busy.cancel.click()
    window.open_file(path)  # the reader changes their mind
    qtbot.waitUntil(lambda: TITLE_EN in _header(window), timeout=20000)
    release.set()  # the first, called-off open finishes only now
    _settle(qtbot, window)
    assert _kept(window) == [TITLE_EN]
    assert window.entries[window.current].record is not None


def test_an_error_after_cancel_says_nothing(qtbot, window, samples, monkeypatch):
    release = threading.Event()

    def failing(path):
        assert release.wait(30)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(controller, "load", failing)
    window.open_file(str(samples / "en-river-school.txt"))
    qtbot.waitUntil(window.busy.bar.isVisible, timeout=5000)
    window.busy.cancel.click()
    release.set()
    _settle(qtbot, window)
    assert "cannot be read" not in window.article_pane.messages.label.text()


def test_new_highlights_while_an_article_opens_do_not_lose_it(qtbot, window, samples,
                                                              monkeypatch):
    window.open_file(str(samples / "en-river-school.txt"))
    qtbot.waitUntil(lambda: TITLE_EN in _header(window), timeout=20000)
    release = threading.Event()
    _slow(monkeypatch, "load", "ru-ledokol", release)
    window.open_file(str(samples / "ru-ledokol.txt"))
    window.act.highlight_summary.trigger()
    window.set_theme(theme.DARK)
    release.set()
    qtbot.waitUntil(lambda: "Ледокол" in _header(window), timeout=20000)
    _settle(qtbot, window)
    assert not window.busy.bar.isVisible()


def test_a_new_summary_then_new_highlights_shows_the_new_summary(qtbot, window, samples,
                                                                  monkeypatch):
    window.open_file(str(samples / "en-river-school.txt"))
    qtbot.waitUntil(lambda: TITLE_EN in _header(window), timeout=20000)
    release = threading.Event()
    _slow(monkeypatch, "build_document", "en-river-school", release)
    window.articles.recompute(Options(sentences=2))  # its layout waits
    window.act.highlight_quotes.trigger()
    release.set()
    _settle(qtbot, window)
    assert window.summary_pane.list.count() == 2
    assert len(window.entries[window.current].rendered.analysis.summary) == 2
    assert not window.busy.bar.isVisible()


def test_an_article_already_open_is_not_replaced_by_one_still_loading(qtbot, window, samples,
                                                                       monkeypatch):
    window.open_file(str(samples / "en-river-school.txt"))
    qtbot.waitUntil(lambda: TITLE_EN in _header(window), timeout=20000)
    release = threading.Event()
    _slow(monkeypatch, "load", "de-stadtbibliothek", release)
    window.open_file(str(samples / "de-stadtbibliothek.txt"))
    window.open_file(str(samples / "en-river-school.txt"))  # back to the open one at once
    release.set()
    _settle(qtbot, window)
    assert TITLE_EN in _header(window)


def test_a_failed_library_change_is_said(qtbot, window, samples, monkeypatch):
    window.open_file(str(samples / "en-river-school.txt"))
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 1, timeout=20000)

    def refuse(self, article_id, favourite):
        raise LibraryError("The library is busy or cannot be written (disk full).")

    monkeypatch.setattr(Library, "set_favourite", refuse)
    window.sidebar.view.setCurrentIndex(window.sidebar.model.index(0))
    window.sidebar.act_favourite.trigger()
    bar = window.article_pane.messages
    qtbot.waitUntil(lambda: "disk full" in bar.label.text(), timeout=10000)
    assert bar.isVisible() and bar.level == bar.WARNING
