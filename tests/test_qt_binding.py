"""The Qt binding itself: a PySide6 release that leaks references to None would, on Python 3.11,
abort the window after some thousands of calls (6.12.0 does: pyproject.toml excludes it)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

pytestmark = pytest.mark.gui


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="from Python 3.12 None is immortal: such a leak can neither be "
                           "seen nor do harm")
def test_calls_into_qt_do_not_use_up_references_to_none():
    doc = QTextDocument()
    cursor = QTextCursor(doc)
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):  # methods that return nothing, as building an article calls them
        cursor.insertText("ab", fmt)
        cursor.setPosition(0)
        cursor.mergeCharFormat(fmt)
    assert sys.getrefcount(None) >= before - 100
