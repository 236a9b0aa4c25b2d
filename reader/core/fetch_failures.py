"""Why a fetch failed, in one line a person understands, naming the site: no network, name not
found, refused, timed out, the certificate, the server's status code."""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
from http import HTTPStatus

from .errors import FetchError
from .fetch_socket import Deadline

_PHRASES = {
    400: "bad request", 401: "a login is needed", 402: "payment required", 403: "forbidden",
    404: "not found", 405: "not allowed", 406: "not acceptable", 408: "request timeout",
    410: "gone", 429: "too many requests", 451: "unavailable for legal reasons",
    500: "server error", 501: "not implemented", 502: "bad gateway",
    503: "service unavailable", 504: "gateway timeout",
}
_NOT_FOUND = {socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)}
_NO_NETWORK = {errno.ENETUNREACH, errno.ENETDOWN}
_CUT_OFF = (ConnectionResetError, ConnectionAbortedError, BrokenPipeError,
            http.client.RemoteDisconnected, http.client.IncompleteRead)


def status_failure(site: str, status: int, reason: str | None = None) -> FetchError:
    """"example.org answered 404 (not found)"."""
    phrase = _PHRASES.get(status)
    if phrase is None:
        try:
            phrase = HTTPStatus(status).phrase.lower()
        except ValueError:
            phrase = (reason or "").strip().lower() or ("an error" if status >= 400 else
                                                        "not a page")
    return FetchError(f"{site} answered {status} ({phrase})")


def describe(site: str, exc: OSError | http.client.HTTPException, step: str,
             deadline: Deadline) -> FetchError:
    """The failure ``exc`` while ``step`` ("connecting", "waiting" for the answer, "reading"
    the body) as one line."""
    unreachable = f"{site} could not be reached"
    if isinstance(exc, socket.gaierror):
        if exc.errno in _NOT_FOUND:
            return FetchError(f"{unreachable}: the name was not found (check the address)")
        if exc.errno == socket.EAI_AGAIN:
            return FetchError(f"{unreachable}: the name could not be looked up (is there a "
                              "network connection?)")
        return FetchError(f"{unreachable}: the name could not be looked up")
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = (getattr(exc, "verify_message", None) or getattr(exc, "reason", None)
               or "not trusted")
        return FetchError(f"{site} could not be reached securely: its certificate could not be "
                          f"verified ({why})")
    if isinstance(exc, ssl.SSLError):
        return FetchError(f"{site} could not be reached securely "
                          f"({getattr(exc, 'reason', None) or exc})")
    if isinstance(exc, TimeoutError):
        if step == "connecting":
            return FetchError(f"{unreachable}: the connection timed out")
        if deadline.passed:
            return FetchError(f"{site} took too long to send the page (more than "
                              f"{deadline.total:g} s)")
        if step == "waiting":
            return FetchError(f"{site} did not answer: the connection timed out")
        return FetchError(f"{site} stopped sending before the page was complete: the "
                          "connection timed out")
    if isinstance(exc, ConnectionRefusedError):
        return FetchError(f"{unreachable}: the connection was refused")
    if isinstance(exc, _CUT_OFF):
        if step == "reading":
            return FetchError(f"{site} closed the connection before the page was complete")
        return FetchError(f"{site} closed the connection without answering")
    if isinstance(exc, http.client.HTTPException):
        return FetchError(f"{site} sent an answer that is not valid HTTP")
    if exc.errno in _NO_NETWORK:
        return FetchError(f"{unreachable}: there is no network connection")
    if exc.errno == errno.EHOSTUNREACH:
        return FetchError(f"{unreachable}: there is no route to it (is there a network "
                          "connection?)")
    return FetchError(f"{unreachable} ({exc.strerror or exc})")
