"""The core's and the library's one-line messages in the window's language: every line they
produce (made here by the real code) is one of reader/ui/error_lines.py's templates, so a change
of wording in the core fails here; English stays as it is; a translation puts the values back.
"""

from __future__ import annotations

import errno
import http.client
import socket
import sqlite3
import ssl
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from reader.core import fetch as fetching
from reader.core import loaders
from reader.core.addresses import request_host
from reader.core.anchoring import make_anchor
from reader.core.errors import FetchError, ReaderError, describe_failure
from reader.core.fetch_failures import describe, status_failure
from reader.core.fetch_socket import Deadline
from reader.core.language import detect_language
from reader.core.pasted import pasted_document
from reader.library import Library, LibraryError, schema
from reader.ui import i18n
from reader.ui.error_lines import PHRASES, TEMPLATES, template_of, translate_line

from .hostile import CASES, Case

REFUSED = [c for c in CASES if c.message is not None]
TOOLS = Path(sys.executable).parent
SITE = "example.org"


def _refusal(folder: Path, case: Case) -> str:
    """The line the window shows for the case (reader/ui/entries.py describe_error)."""
    path = case.make(folder)
    with pytest.raises(ReaderError) as refused:
        loaders.load(path)
    return describe_failure(path.name or str(path), refused.value)


@pytest.mark.parametrize("case", REFUSED, ids=[c.name for c in REFUSED])
def test_every_refusal_of_a_hostile_file_is_a_known_line(tmp_path, case: Case):
    line = _refusal(tmp_path, case)
    assert case.message in line
    assert template_of(line) is not None, line


def _refused(make: Callable[[], object]) -> ReaderError:
    try:
        make()
    except ReaderError as exc:
        return exc
    raise AssertionError("no refusal")


def _failed(make: Callable[[], object]) -> str:
    return str(_refused(make))


class _Response(SimpleNamespace):
    def getheader(self, name: str) -> str | None:
        return self.headers.get(name)  # type: ignore[no-any-return]


def _fetch_lines() -> list[str]:
    cert = ssl.SSLCertVerificationError("certificate verify failed")
    cert.verify_message = "certificate has expired"
    wrong = ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number")
    wrong.reason = "WRONG_VERSION_NUMBER"  # set by the ssl module on the errors it raises
    lines = [str(status_failure(SITE, code, reason)) for code, reason in
             [(404, None), (403, None), (418, None), (599, "Odd"), (599, None), (399, None)]]
    passed = Deadline(0)
    for exc, step, deadline in [
        (socket.gaierror(socket.EAI_NONAME, "x"), "connecting", Deadline(30)),
        (socket.gaierror(socket.EAI_AGAIN, "x"), "connecting", Deadline(30)),
        (socket.gaierror(socket.EAI_FAIL, "x"), "connecting", Deadline(30)),
        (cert, "connecting", Deadline(30)),
        (wrong, "connecting", Deadline(30)),
        (TimeoutError(), "connecting", Deadline(30)),
        (TimeoutError(), "reading", passed),
        (TimeoutError(), "waiting", Deadline(30)),
        (TimeoutError(), "reading", Deadline(30)),
        (ConnectionRefusedError(), "connecting", Deadline(30)),
        (ConnectionResetError(), "reading", Deadline(30)),
        (ConnectionResetError(), "waiting", Deadline(30)),
        (http.client.BadStatusLine("x"), "waiting", Deadline(30)),
        (OSError(errno.ENETUNREACH, "unreachable"), "connecting", Deadline(30)),
        (OSError(errno.EHOSTUNREACH, "no route"), "connecting", Deadline(30)),
        (OSError(errno.EPERM, "Operation not permitted"), "connecting", Deadline(30)),
    ]:
        lines.append(str(describe(SITE, exc, step, deadline)))
    url = f"https://{SITE}/a"
    for location in ["", "ftp://example.org/b", "http://", "/a"]:
        response = _Response(status=302, headers={"Location": location})
        lines.append(_failed(lambda r=response: fetching._redirected(url, r, {url})))
    lines += [
        _failed(lambda: fetching.fetch("ftp://example.org/file")),
        _failed(lambda: fetching.fetch("https:///page")),
        _failed(lambda: fetching.fetch("just some words")),
        _failed(lambda: fetching.fetch("https://user:secret@example.org/")),
        _failed(lambda: request_host("https://" + "ä" * 70 + ".example/")),
        str(fetching._too_large(SITE, 50 * 1024 * 1024)),
        _failed(lambda: fetching._unpacker(SITE, "br")),
        _failed(lambda: fetching._unpacker(SITE, "gzip")(b"not gzip at all", 1000)),  # type: ignore[misc]
        _failed(lambda: fetching._sniffed(SITE, b"\x00\x01\x02", "")),
        *(_failed(lambda t=t: fetching._sniffed(SITE, b"\x00\x01\x02", t))
          for t in ["image/png", "application/json", "application/zip", "application/msword",
                    "application/octet-stream", "text/x-weird", "audio/ogg"]),
    ]
    # what only a server can make happen, as fetch.py says it
    lines += [f"too many redirects (more than {fetching.MAX_REDIRECTS}), the last to {SITE}",
              f"{SITE} sent an empty page"]
    return lines


def test_every_fetch_failure_is_a_known_line():
    for line in _fetch_lines():
        assert template_of(line) is not None, line


def test_every_library_refusal_is_a_known_line(tmp_path):
    folder = tmp_path / "data"
    library = Library(folder)
    try:
        lines = [
            _failed(lambda: library.add(tmp_path / "nowhere.txt")),
            _failed(lambda: library.add(tmp_path)),
            _failed(lambda: library.add_highlight(999, make_anchor("Some words.", 0, 4))),
            _failed(lambda: library.update_highlight(999, note="x")),
            _failed(lambda: library._highlight(999)),
        ]
    finally:
        library.close()
    db = folder / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 3}")
    conn.close()
    lines.append(_failed(lambda: Library(folder)))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the library's folder would be", encoding="utf-8")
    lines.append(_failed(lambda: Library(blocked / "data")))
    for line in lines:
        assert template_of(line) is not None, line
    # the messages built around a reason
    for line in [f"notes.txt could not be added to the library ({sqlite3.Error('disk full')})",
                 "The library is busy or cannot be written (database is locked).",
                 f"The library at {db} cannot be opened (file is not a database).",
                 f"The page from {SITE} now reads as another article in the library, “Harbour "
                 "notes” (12)."]:
        assert template_of(line) is not None, line


def test_other_core_lines_are_known():
    assert template_of(_failed(lambda: pasted_document(None, "  \n"))) is not None
    for make in [lambda: loaders.load_data(b"", ".txt"),
                 lambda: loaders.load_data(b"x", ".xyz"),
                 lambda: loaders.load_data(b"\x00\x01\x02\x03" * 100, ".txt"),
                 lambda: detect_language("123 456 789"),
                 lambda: detect_language("")]:
        assert template_of(describe_failure("page.html", _refused(make))) is not None


def test_describe_failures_own_sentences_are_known():
    for exc in [MemoryError(), PermissionError(errno.EACCES, "Permission denied"),
                KeyError("x"), RuntimeError()]:
        assert template_of(describe_failure("notes.txt", exc)) is not None


def test_templates_and_phrases_are_unique():
    assert len(set(TEMPLATES)) == len(TEMPLATES)
    assert len(set(PHRASES)) == len(PHRASES)


def test_without_a_translation_a_line_stays_english():
    for line in ["empty.txt is empty", "example.org answered 404 (not found)",
                 "huge.txt is too large (200 MB; Margin opens files up to 100 MB)",
                 "something nobody said before"]:
        assert translate_line(line) == line


def _german(folder: Path, pairs: dict[str, str]) -> None:
    from xml.sax.saxutils import escape

    messages = "".join(f"<message><source>{escape(s)}</source>"
                       f"<translation>{escape(t)}</translation></message>"
                       for s, t in pairs.items())
    ts = folder / "margin_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                  f'<TS version="2.1" language="de_DE"><context><name></name>{messages}'
                  "</context></TS>", encoding="utf-8")
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm",
                    str(folder / "margin_de.qm")], check=True, timeout=60)


def test_with_a_translation_the_line_is_translated_with_its_values(qapp, tmp_path):
    _german(tmp_path, {
        "{name} is too large ({size} MB; Margin opens files up to {limit} MB)":
            "{name} ist zu groß ({size} MB; Margin öffnet Dateien bis {limit} MB)",
        "{site} answered {status} ({phrase})": "{site} antwortete {status} ({phrase})",
        "not found": "nicht gefunden",
    })
    try:
        assert i18n.install("de", tmp_path) == "de"
        assert (translate_line("huge.txt is too large (200 MB; Margin opens files up to 100 MB)")
                == "huge.txt ist zu groß (200 MB; Margin öffnet Dateien bis 100 MB)")
        assert (translate_line("example.org answered 404 (not found)")
                == "example.org antwortete 404 (nicht gefunden)")
        # a phrase without a translation stays English inside the translated line
        assert (translate_line("example.org answered 418 (i'm a teapot)")
                == "example.org antwortete 418 (i'm a teapot)")
        # lines with no translation yet, and unknown lines, stay as they are
        assert translate_line("empty.txt is empty") == "empty.txt is empty"
        assert translate_line("not a known line") == "not a known line"
    finally:
        i18n.install("en")
    assert translate_line("example.org answered 404 (not found)") == (
        "example.org answered 404 (not found)")


def test_a_message_that_is_not_a_line_of_the_core_is_no_template():
    assert template_of("") is None
    assert template_of("The import stopped") is None
    assert isinstance(LibraryError("x"), ReaderError) and isinstance(FetchError("x"), ReaderError)
