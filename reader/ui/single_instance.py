"""One window per person: a second launch hands its files to the running one and exits.

The running window listens on a local socket: a Unix socket where there are Unix sockets, in a
folder only its owner can enter (the runtime folder, else a ``margin-<uid>`` folder of the
temporary folder that must be the user's own and closed to others), else a socket on the
loopback address whose port and a random key are in a file in the user's own temporary folder
(Windows). The standard library's sockets with Qt's socket notifiers: no thread, and no
QtNetwork in the bundle. A new launch first tries to connect; if a window answers, it sends the
files as one line of JSON, waits for "ok" and exits. If nothing answers and nothing listens, the
socket left by a crash is removed and this launch becomes the one that listens; a window that
is there but busy keeps its socket.

A connection that sends nothing whole within ``CLIENT_S``, more than ``MAX_CLIENTS`` at once,
a wrong key or a message that is not a list of file names is closed without an answer.
"""

from __future__ import annotations

import contextlib
import errno
import hmac
import json
import os
import secrets
import socket
import stat
import tempfile
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt is imported by the functions that use it: a hand-over starts quickly
    from PySide6.QtWidgets import QWidget

CONNECT_S = 1.0
REPLY_S = 5.0
CLIENT_S = 5.0  # a connection gets this long to send its message
MAX_CLIENTS = 8
MAX_MESSAGE = 1_000_000  # bytes: more than any list of files; a longer line is not one of ours
UNIX = hasattr(socket, "AF_UNIX")


def _private_folder() -> str:
    """``margin-<uid>`` in the temporary folder: made closed to others, and refused when it is
    somebody else's or open to them (a shared /tmp)."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    folder = os.path.join(tempfile.gettempdir(), f"margin-{uid}")
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, 0o700)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid or info.st_mode & 0o077:
        raise PermissionError(errno.EACCES, f"{folder} is not this user's own folder")
    return folder


def _unix_path(name: str) -> str:
    return name if os.path.isabs(name) else os.path.join(_private_folder(), f"{name}.sock")


def _port_file(name: str) -> str:
    return os.path.join(tempfile.gettempdir(), f"{name}.port")


def _connect(name: str) -> tuple[socket.socket, bytes]:
    """A socket connected to the window listening on ``name``, and the key to send first."""
    if UNIX:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        address: Any = _unix_path(name)
        key = b""
    else:
        with open(_port_file(name), encoding="ascii") as f:
            port, key_text = f.read(200).split()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        address, key = ("127.0.0.1", int(port)), key_text.encode("ascii")
    sock.settimeout(CONNECT_S)
    try:
        sock.connect(address)
    except BaseException:
        sock.close()
        raise
    return sock, key


def hand_over(name: str, files: Sequence[str]) -> bool:
    """Send ``files`` to the window listening on ``name``; True when it took them."""
    message = {"files": [os.path.abspath(f) for f in files]}
    try:
        sock, key = _connect(name)
    except (OSError, ValueError):
        return False  # nobody there, or a stale socket from a crash
    with sock:
        try:
            sock.sendall(key + (json.dumps(message) + "\n").encode("utf-8"))
            sock.settimeout(REPLY_S)
            reply = b""
            while not reply.endswith(b"\n") and len(reply) < 16:
                chunk = sock.recv(16)
                if not chunk:
                    break
                reply += chunk
        except OSError:
            return False
    return reply.strip() == b"ok"


def _files(line: bytes) -> list[str] | None:
    """The file names of a message, or None when it is not one of ours."""
    try:
        message = json.loads(line.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    files = message.get("files") if isinstance(message, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return files


class _Client:
    def __init__(self, sock: socket.socket, notifier: Any) -> None:
        self.sock = sock
        self.notifier = notifier
        self.data = bytearray()
        self.since = time.monotonic()


class Listener:
    """Accepts hand-overs for the running window and passes the files to ``receive``."""

    def __init__(self, name: str, receive: Callable[[list[str]], None]) -> None:
        self.name = name
        self.receive = receive
        self.error = ""  # why listen() failed
        self._server: socket.socket | None = None
        self._bound: tuple[int, int] | None = None  # the socket file's (device, inode)
        self._key = b""
        self._notifier: Any = None
        self._timer: Any = None
        self._clients: dict[int, _Client] = {}

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed window does not stand in the way,
        one a window still listens on does."""
        from PySide6.QtCore import QSocketNotifier, QTimer

        try:
            server = self._bind_unix() if UNIX else self._bind_loopback()
            server.listen(MAX_CLIENTS)
            server.setblocking(False)
        except OSError as exc:
            self.error = exc.strerror or str(exc)
            return False
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._accept)
        self._timer = QTimer()
        self._timer.setInterval(int(CLIENT_S * 1000 / 2))
        self._timer.timeout.connect(self._expire)
        return True

    def _bind_unix(self) -> socket.socket:
        path = _unix_path(self.name)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                server.bind(path)
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE or _answers(path):
                    raise  # (a window that is busy keeps its socket)
                os.unlink(path)  # left by a crash: nothing listens on it
                server.bind(path)
            info = os.stat(path)
            self._bound = (info.st_dev, info.st_ino)
        except BaseException:
            server.close()
            raise
        return server

    def _bind_loopback(self) -> socket.socket:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            server.bind(("127.0.0.1", 0))
            self._key = secrets.token_hex(16).encode("ascii")
            path = _port_file(self.name)
            with open(path + ".new", "w", encoding="ascii") as f:
                f.write(f"{server.getsockname()[1]} {self._key.decode('ascii')}\n")
            os.replace(path + ".new", path)
        except BaseException:
            server.close()
            raise
        return server

    def close(self) -> None:
        for fd in list(self._clients):
            self._drop(fd)
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._server is not None:
            self._server.close()
            self._server = None
            with contextlib.suppress(OSError):
                if UNIX:  # only the file this window made: another may have taken its place
                    path = _unix_path(self.name)
                    info = os.stat(path)
                    if (info.st_dev, info.st_ino) == self._bound:
                        os.unlink(path)
                else:
                    os.unlink(_port_file(self.name))

    def _accept(self, *_: Any) -> None:
        from PySide6.QtCore import QSocketNotifier, QTimer

        while self._server is not None:
            try:
                client, _address = self._server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # out of file descriptors, say: wait a moment, do not spin
                if self._notifier is not None:
                    self._notifier.setEnabled(False)
                    QTimer.singleShot(1000, self._resume)
                return
            if len(self._clients) >= MAX_CLIENTS:
                self._drop(min(self._clients, key=lambda fd: self._clients[fd].since))
            client.setblocking(False)
            fd = client.fileno()
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)
            notifier.activated.connect(lambda *_, fd=fd: self._read(fd))
            self._clients[fd] = _Client(client, notifier)
            if self._timer is not None and not self._timer.isActive():
                self._timer.start()

    def _resume(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(True)

    def _expire(self) -> None:
        now = time.monotonic()
        for fd in [fd for fd, c in self._clients.items() if now - c.since > CLIENT_S]:
            self._drop(fd)
        if not self._clients and self._timer is not None:
            self._timer.stop()

    def _drop(self, fd: int) -> None:
        client = self._clients.pop(fd, None)
        if client is None:
            return
        client.notifier.setEnabled(False)
        client.notifier.deleteLater()
        client.sock.close()

    def _read(self, fd: int) -> None:
        client = self._clients.get(fd)
        if client is None:
            return
        try:
            chunk = client.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        data = client.data
        data += chunk
        key = self._key
        if not chunk or len(data) > MAX_MESSAGE or (
                len(data) >= len(key) and not hmac.compare_digest(bytes(data[:len(key)]), key)):
            self._drop(fd)  # gone before a whole message, too long, or without the key
            return
        if b"\n" in data:
            self._answer(fd, bytes(data[len(key):].split(b"\n", 1)[0]))

    def _answer(self, fd: int, line: bytes) -> None:
        files = None
        try:
            files = _files(line)
            if files is not None:
                sock = self._clients[fd].sock
                with contextlib.suppress(OSError):
                    sock.settimeout(CONNECT_S)
                    sock.sendall(b"ok\n")
        finally:
            self._drop(fd)
        if files is not None:
            self.receive(files)


def _answers(path: str) -> bool:
    """Whether a window listens on the Unix socket at ``path``."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(CONNECT_S)
    try:
        probe.connect(path)
    except OSError:
        return False
    finally:
        probe.close()
    return True


def bring_to_front(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
