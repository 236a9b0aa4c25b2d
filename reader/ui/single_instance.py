"""One window per person: a second launch hands its files to the running one and exits.

The running window listens on a local socket: a Unix socket where there are Unix sockets (its
file only its owner may open), else a socket on the loopback address whose port and a random
key are in a file in the user's own temporary folder (Windows). The standard library's sockets
with Qt's socket notifiers: no thread, and no QtNetwork in the bundle. A new launch first tries
to connect; if a window answers, it sends the files as one line of JSON, waits for "ok" and
exits. If nothing answers, the socket left by a crash is removed and this launch becomes the
one that listens.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import socket
import tempfile
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt is imported by the functions that use it: a hand-over starts quickly
    from PySide6.QtWidgets import QWidget

CONNECT_S = 1.0
REPLY_S = 5.0
MAX_MESSAGE = 1_000_000  # bytes: more than any list of files; a longer line is not one of ours
UNIX = hasattr(socket, "AF_UNIX")


def _unix_path(name: str) -> str:
    return name if os.path.isabs(name) else os.path.join(tempfile.gettempdir(), f"{name}.sock")


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


class Listener:
    """Accepts hand-overs for the running window and passes the files to ``receive``."""

    def __init__(self, name: str, receive: Callable[[list[str]], None]) -> None:
        self.name = name
        self.receive = receive
        self.error = ""  # why listen() failed
        self._server: socket.socket | None = None
        self._key = b""
        self._notifier: Any = None
        self._clients: dict[int, tuple[socket.socket, Any, bytearray]] = {}

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed window does not stand in the way."""
        from PySide6.QtCore import QSocketNotifier

        try:
            server = self._bind_unix() if UNIX else self._bind_loopback()
            server.listen(8)
            server.setblocking(False)
        except OSError as exc:
            self.error = exc.strerror or str(exc)
            return False
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._accept)
        return True

    def _bind_unix(self) -> socket.socket:
        path = _unix_path(self.name)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        mask = os.umask(0o177)  # the socket file: its owner's alone, from the start
        try:
            try:
                server.bind(path)
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE:
                    raise
                os.unlink(path)  # left by a crash: nobody answered hand_over
                server.bind(path)
        except BaseException:
            server.close()
            raise
        finally:
            os.umask(mask)
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
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._server is not None:
            self._server.close()
            self._server = None
            with contextlib.suppress(OSError):
                os.unlink(_unix_path(self.name) if UNIX else _port_file(self.name))

    def _accept(self, *_: Any) -> None:
        from PySide6.QtCore import QSocketNotifier

        while self._server is not None:
            try:
                client, _address = self._server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            client.setblocking(False)
            notifier = QSocketNotifier(client.fileno(), QSocketNotifier.Type.Read)
            fd = client.fileno()
            notifier.activated.connect(lambda *_, fd=fd: self._read(fd))
            self._clients[fd] = (client, notifier, bytearray())

    def _drop(self, fd: int) -> None:
        client, notifier, _ = self._clients.pop(fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        client.close()

    def _read(self, fd: int) -> None:
        if fd not in self._clients:
            return
        client, _, data = self._clients[fd]
        try:
            chunk = client.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:  # the other side went away before a whole message
            self._drop(fd)
            return
        data += chunk
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:  # not one of ours
                self._drop(fd)
            return
        line = bytes(data.split(b"\n", 1)[0])
        self._answer(fd, line)

    def _answer(self, fd: int, line: bytes) -> None:
        client = self._clients[fd][0]
        files: list[str] | None = None
        if line.startswith(self._key):
            try:
                files = [str(f) for f in
                         json.loads(line[len(self._key):].decode("utf-8")).get("files", [])]
            except (ValueError, AttributeError, UnicodeDecodeError):
                files = None
        if files is not None:
            with contextlib.suppress(OSError):
                client.settimeout(CONNECT_S)
                client.sendall(b"ok\n")
        self._drop(fd)
        if files is not None:
            self.receive(files)


def bring_to_front(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
