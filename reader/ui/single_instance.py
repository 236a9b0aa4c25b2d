"""One window per person: a second launch hands its files to the running one and exits.

The running window listens on a local socket (QLocalServer: a Unix socket, or a named pipe on
Windows). A new launch first tries to connect; if a window answers, it sends the files as one
line of JSON, waits for "ok" and exits. If nothing answers, the socket left by a crash is
removed and this launch becomes the one that listens.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt is imported by the functions that use it: a hand-over starts quickly
    from PySide6.QtNetwork import QLocalSocket
    from PySide6.QtWidgets import QWidget

CONNECT_MS = 1000
REPLY_MS = 5000


def hand_over(name: str, files: Sequence[str]) -> bool:
    """Send ``files`` to the window listening on ``name``; True when it took them."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False  # nobody there, or a stale socket from a crash
    message = {"files": [os.path.abspath(f) for f in files]}
    socket.write((json.dumps(message) + "\n").encode("utf-8"))
    if not socket.waitForBytesWritten(CONNECT_MS):
        socket.abort()
        return False
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class Listener:
    """Accepts hand-overs for the running window and passes the files to ``receive``."""

    def __init__(self, name: str, receive: Callable[[list[str]], None]) -> None:
        from PySide6.QtNetwork import QLocalServer

        self.name = name
        self.receive = receive
        self.server = QLocalServer()
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[Any, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed window does not stand in the way."""
        from PySide6.QtNetwork import QLocalServer

        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return bool(self.server.listen(self.name))

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > 1_000_000:  # not one of ours
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        try:
            files = [str(f) for f in json.loads(line.decode("utf-8")).get("files", [])]
        except (ValueError, AttributeError, UnicodeDecodeError):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.receive(files)


def bring_to_front(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
