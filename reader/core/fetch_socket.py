"""The socket under a fetch: the name looked up and the connection made within a time limit
and stopping at ``cancel.checkpoint()`` while they wait (``socket.create_connection`` can do
neither), the overall deadline, and the watch that wakes a read blocked on a silent server when
the work is called off."""

from __future__ import annotations

import errno
import ipaddress
import os
import selectors
import socket
import threading
import time
from contextlib import suppress
from typing import Any

from .cancel import CancelToken, checkpoint, current_token

POLL = 0.05  # seconds between looks at the cancel token while waiting


class Deadline:
    """The whole fetch's time limit, redirects and all."""

    def __init__(self, total: float) -> None:
        self.total = total
        self.start = time.monotonic()
        self.at = self.start + total

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.start

    @property
    def passed(self) -> bool:
        return time.monotonic() >= self.at - 0.001

    def wait(self, timeout: float) -> float:
        """How long the next blocking step may take: ``timeout``, cut to what is left of the
        total. Raises TimeoutError when nothing is left."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise TimeoutError("the time for the whole fetch ran out")
        return min(timeout, left)


class Watch:
    """While a cancel token is in force (the window's work), a thread that shuts ``sock`` down
    once the work is called off, so a read waiting on the server returns at once."""

    def __init__(self) -> None:
        self.sock: socket.socket | None = None
        self._done = threading.Event()
        token = current_token()
        if token is not None:
            threading.Thread(target=self._run, args=(token,), daemon=True,
                             name="margin-fetch-watch").start()

    def _run(self, token: CancelToken) -> None:
        while not self._done.wait(POLL):
            sock = self.sock
            if token.cancelled and sock is not None:
                with suppress(OSError):  # the plain socket's call: TLS state is left alone
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                return

    def close(self) -> None:
        self._done.set()


def open_socket(host: str, port: int, deadline: Deadline, timeout: float,
                watch: Watch) -> socket.socket:
    """A connected, blocking socket to ``host``; the lookup and the connection together
    within ``timeout`` (and the deadline). Each address the name has is tried in turn."""
    until = time.monotonic() + deadline.wait(timeout)
    last: OSError | None = None
    for family, kind, proto, _, address in _lookup(host, port, until):
        sock = socket.socket(family, kind, proto)
        watch.sock = sock
        try:
            _connect(sock, address, until)
        except OSError as exc:
            sock.close()
            last = exc
            if isinstance(exc, TimeoutError):
                break
            continue
        except BaseException:
            sock.close()
            raise
        sock.setblocking(True)
        return sock
    raise last or OSError(errno.EHOSTUNREACH, os.strerror(errno.EHOSTUNREACH))


def _lookup(host: str, port: int, until: float) -> list[tuple[Any, ...]]:
    """getaddrinfo on a thread of its own, waited for in short steps: the system's resolver
    has no time limit of its own and cannot be interrupted."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                  flags=socket.AI_NUMERICHOST)
    found: list[tuple[Any, ...]] = []
    failed: list[Exception] = []

    def look_up() -> None:
        try:
            found.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except Exception as exc:  # handed to the waiting thread
            failed.append(exc)

    thread = threading.Thread(target=look_up, daemon=True, name="margin-name-lookup")
    thread.start()
    while thread.is_alive():
        checkpoint()
        left = until - time.monotonic()
        if left <= 0:
            raise TimeoutError("the name lookup took too long")
        thread.join(min(POLL, left))
    if failed:
        raise failed[0]
    return found


def _connect(sock: socket.socket, address: tuple[Any, ...], until: float) -> None:
    sock.setblocking(False)
    code = sock.connect_ex(address)
    if code in (errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN):
        with selectors.DefaultSelector() as selector:
            selector.register(sock, selectors.EVENT_WRITE)
            while not selector.select(POLL):
                checkpoint()
                if time.monotonic() >= until:
                    raise TimeoutError("the connection took too long")
        code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if code:
        raise OSError(code, os.strerror(code))
