"""One window: a second launch hands its files to the running window and exits."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest

from reader import paths
from reader.ui.single_instance import Listener, hand_over

from .helpers import ROOT, wait_for

pytestmark = pytest.mark.gui
TITLE_EN = "A School That Follows the River"


@pytest.fixture
def own_data(tmp_path, monkeypatch):
    """A data folder and a runtime folder of the test's own, so the socket is ours alone."""
    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return tmp_path


def _launch(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "reader", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_launch_delivers_its_file_to_the_running_window(qtbot, own_data, window,
                                                                samples):
    window.showMinimized()
    listener = Listener(paths.instance_socket(), lambda files: (
        window.showNormal(), window.open_files(files)))
    assert listener.listen()
    try:
        second = _launch(str(samples / "en-river-school.txt"))
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        assert second.returncode == 0, second.stderr.read()
        qtbot.waitUntil(lambda: TITLE_EN in window.article_pane.header.plain_text(), timeout=20000)
        assert not window.isMinimized()
    finally:
        listener.close()


def test_a_relative_path_is_opened_from_where_it_was_given(qtbot, own_data, samples):
    received: list[list[str]] = []
    listener = Listener(paths.instance_socket(), received.append)
    assert listener.listen()
    try:
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        second = subprocess.Popen([sys.executable, "-m", "reader", "en-river-school.txt"],
                                  cwd=samples, env=env)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        assert second.returncode == 0
        assert received == [[str(samples / "en-river-school.txt")]]
    finally:
        listener.close()


def test_a_socket_left_by_a_crash_does_not_block_the_next_start(qtbot, own_data, monkeypatch):
    from reader.ui import single_instance

    monkeypatch.setattr(single_instance, "CONNECT_S", 60.0)  # refused at once, not timed out
    name = paths.instance_socket()
    assert name.startswith(str(own_data / "run"))
    # what a killed window leaves behind: the socket file, with no one listening
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)
    dead.close()
    assert os.path.exists(name)
    started = time.monotonic()
    assert hand_over(name, ["whatever.txt"]) is False
    assert time.monotonic() - started < 30
    received: list[list[str]] = []
    listener = Listener(name, received.append)
    assert listener.listen()
    listener.close()


def test_two_real_launches_make_one_window_with_both_files(own_data, samples):
    """The whole path a person takes: start Margin, then double-click another article."""
    first = _launch()
    try:
        name = paths.instance_socket()

        def listening() -> bool:  # the window is up once it listens
            assert first.poll() is None, first.stderr.read()
            return os.path.exists(name)

        wait_for(listening, 30, "the first window never started listening")
        second = _launch(str(samples / "de-stadtbibliothek.txt"))
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert first.poll() is None  # the first window is still the one open
        # the first window opened the file: it is in the library now
        titles: list[str] = []

        def listed() -> bool:
            run = subprocess.run([sys.executable, "-m", "reader", "library", "list", "--json"],
                                 env=dict(os.environ, PYTHONPATH=str(ROOT)),
                                 capture_output=True, text=True, timeout=60)
            titles[:] = [json.loads(line)["title"] for line in run.stdout.splitlines() if line]
            return bool(titles)

        wait_for(listed, 30, "the first window never kept the second launch's file")
        assert titles == ["Die Bibliothek, die nie schließt"]
    finally:
        first.terminate()
        first.wait(timeout=30)


def _answer(qtbot, sock: socket.socket) -> bytes:
    """What the window answers on ``sock`` (b"" when it closes it), read while this thread's
    event loop runs the window's side."""
    sock.setblocking(False)
    answer: list[bytes] = []

    def came() -> bool:
        try:
            answer.append(sock.recv(16))
        except BlockingIOError:
            return False
        return True

    qtbot.waitUntil(came, timeout=20000)
    return answer[0]


def _hand_over_in_thread(name: str, files: list[str]) -> list[bool]:
    """hand_over waits for the window's answer, which this thread's event loop gives."""
    import threading

    result: list[bool] = []
    threading.Thread(target=lambda: result.append(hand_over(name, files)), daemon=True).start()
    return result


@pytest.mark.parametrize("unix", [True, False], ids=["unix-socket", "loopback-with-key"])
def test_the_files_arrive_and_a_stranger_gets_nothing_through(qtbot, own_data, monkeypatch,
                                                              unix):
    """Both ways of listening (Windows has no Unix sockets): the files arrive; a connection
    that sends junk, or the right message without the key, delivers nothing and the window
    keeps listening."""
    from reader.ui import single_instance

    monkeypatch.setattr(single_instance, "UNIX", unix and single_instance.UNIX)
    name = f"margin-test-{os.getpid()}" if not unix else paths.instance_socket()
    received: list[list[str]] = []
    listener = Listener(name, received.append)
    assert listener.listen(), listener.error
    try:
        if unix:
            assert os.stat(os.path.dirname(name)).st_mode & 0o077 == 0  # the owner's alone
            stranger = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            stranger.connect(name)
        else:
            port = int(open(single_instance._port_file(name)).read().split()[0])
            stranger = socket.create_connection(("127.0.0.1", port))
        with stranger:
            stranger.sendall(b'{"files": ["/etc/passwd"]}\n' if not unix else b"\xff junk\n")
            assert _answer(qtbot, stranger) == b""  # closed without an answer
        result = _hand_over_in_thread(name, ["a.txt", "b.epub"])
        qtbot.waitUntil(lambda: bool(result), timeout=20000)
        assert result == [True]
        assert received == [[os.path.abspath("a.txt"), os.path.abspath("b.epub")]]
    finally:
        listener.close()
    # once closed, a launch finds nobody and opens its own window
    assert hand_over(name, ["c.txt"]) is False


def _listening(name: str, received: list[list[str]]) -> Listener:
    listener = Listener(name, received.append)
    assert listener.listen(), listener.error
    return listener


def test_a_second_window_does_not_take_the_socket_of_a_busy_one(qtbot, own_data):
    """The window is there (busy, say, so a launch's hand-over timed out): a launch that then
    opens its own window does not take the socket, and closing it leaves the first reachable."""
    name = paths.instance_socket()
    first: list[list[str]] = []
    listener = _listening(name, first)
    try:
        second = Listener(name, lambda files: None)
        assert not second.listen()
        assert second.error
        second.close()
        result = _hand_over_in_thread(name, ["a.txt"])
        qtbot.waitUntil(lambda: bool(result), timeout=20000)
        assert result == [True] and first == [[os.path.abspath("a.txt")]]
    finally:
        listener.close()
    assert not os.path.exists(name)  # its own socket file goes with it


@pytest.mark.parametrize("junk", [b'{"files": 5}\n', b'{"files": "abc"}\n', b"[" * 100_000 + b"\n",
                                  b'{"files": [1, 2]}\n', b"null\n"])
def test_a_message_that_is_not_a_list_of_files_opens_nothing(qtbot, own_data, junk):
    name = paths.instance_socket()
    received: list[list[str]] = []
    listener = _listening(name, received)
    try:
        stranger = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        stranger.connect(name)
        with stranger:
            stranger.sendall(junk)
            assert _answer(qtbot, stranger) == b""
        assert received == []
        result = _hand_over_in_thread(name, ["b.txt"])  # and the window still listens
        qtbot.waitUntil(lambda: bool(result), timeout=20000)
        assert result == [True] and received == [[os.path.abspath("b.txt")]]
    finally:
        listener.close()


def test_a_connection_that_sends_nothing_is_closed(qtbot, own_data, monkeypatch):
    from reader.ui import single_instance

    monkeypatch.setattr(single_instance, "CLIENT_S", 0.2)
    name = paths.instance_socket()
    listener = _listening(name, [])
    try:
        idle = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        idle.connect(name)
        with idle:
            assert _answer(qtbot, idle) == b""  # closed, without a word from it
    finally:
        listener.close()


def test_without_a_runtime_folder_the_socket_is_in_a_folder_of_the_users_own(
        qtbot, tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    name = paths.instance_socket()
    assert not os.path.isabs(name)
    received: list[list[str]] = []
    listener = _listening(name, received)
    try:
        folder = tmp_path / f"margin-{os.getuid()}"
        assert folder.is_dir() and folder.stat().st_mode & 0o077 == 0
        result = _hand_over_in_thread(name, ["c.txt"])
        qtbot.waitUntil(lambda: bool(result), timeout=20000)
        assert result == [True]
    finally:
        listener.close()
    # a folder of that name that others may enter (made by someone else first) is not used
    folder.chmod(0o777)
    refused = Listener(name, received.append)
    assert not refused.listen() and "not this user's own folder" in refused.error
    assert hand_over(name, ["d.txt"]) is False
