"""Fetching one web page as a careful client does, with the standard library (``http.client``
over a socket this module opens, ``ssl.create_default_context()``).

http and https only; at most ``MAX_REDIRECTS`` redirects, each to http(s) and never back to an
address already visited; the name lookup and the connection within ``timeout`` seconds, every
read too, and the whole exchange within ``total``; the body read in chunks, refused as soon as
it passes ``limit`` bytes (a Content-Length over it before a byte is read; a compressed body by
what it unpacks to); only the content types Margin reads, each matched to its loader. TLS is
verified against the system's certificates, always. A User-Agent naming Margin and its version;
no cookies sent or kept, no JavaScript run, nothing else on the page (images, frames, scripts,
style sheets) fetched. Between chunks, and while the name is looked up or the connection made,
the work stops at ``cancel.checkpoint()``; a read waiting on a silent server is woken at once
when the work is called off. Every failure is a ``FetchError`` of one line naming the site.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .. import __version__
from .addresses import (
    DEFAULT_PORTS,
    address_in,
    foreign_scheme,
    is_address,
    normal_address,
    refuse_scheme,
    request_host,
    site_of,
)
from .cancel import checkpoint
from .errors import FetchError, shown_name
from .fetch_failures import describe, status_failure
from .fetch_socket import Deadline, Watch, open_socket

MAX_REDIRECTS = 5
LIMIT = 20 * 1024 * 1024
CHUNK = 64 * 1024
USER_AGENT = (f"Margin/{__version__} (+https://github.com/margin-reader/margin; "
              "desktop reader, reads offline after one fetch)")
ACCEPT = ("text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.9,"
          "application/epub+zip;q=0.9,*/*;q=0.1")
# content type -> the suffix whose loader reads it
TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt",
         "application/pdf": ".pdf", "application/epub+zip": ".epub"}
# content types that say nothing: the first bytes decide (a PDF served as a download)
_UNTYPED = ("", "application/octet-stream", "binary/octet-stream", "application/unknown",
            "application/x-download", "application/download")
_SNIFF_BYTES = 512
_REDIRECTS = (301, 302, 303, 307, 308)
_OK = (200, 203)

Progress = Callable[[int, int | None], None]  # (bytes received, Content-Length or None)


@dataclass(frozen=True)
class Page:
    """A page as fetched: ``address`` as asked, ``final`` the address it came from after the
    redirects (normalised: see ``addresses.normal_address``), ``content_type`` without its
    parameters ("" when the server sent none), ``charset`` as the header gave it (or None),
    ``body`` unpacked, ``suffix`` the loader's (".html", ".txt", ".pdf", ".epub") and ``elapsed``
    the seconds the fetch took."""

    address: str
    final: str
    content_type: str
    charset: str | None
    body: bytes
    suffix: str
    elapsed: float

    @property
    def site(self) -> str:
        return site_of(self.final)


def fetch(address: str, progress: Progress | None = None, *, timeout: float = 15,
          total: float = 30, limit: int = LIMIT) -> Page:
    """Fetch ``address`` (http or https): the page, or FetchError with one line saying why
    not. ``progress(received, expected)`` is called as the body comes in."""
    asked = address.strip()
    if not is_address(asked):
        refuse_scheme(asked)
        raise FetchError(f"{shown_name(asked)[:200]} is not a web address")
    parts = urlsplit(asked)
    if parts.username is not None or parts.password is not None:
        raise FetchError(f"{site_of(asked)}: Margin does not send user names or passwords; "
                         "leave the part before “@” out of the address")
    deadline = Deadline(total)
    url = normal_address(asked)
    seen = {url}
    for _ in range(MAX_REDIRECTS + 1):
        response, watch = _request(url, deadline, timeout)
        try:
            if response.status in _REDIRECTS:
                url = _redirected(url, response, seen)
                continue
            if response.status not in _OK:
                raise status_failure(site_of(url), response.status, response.reason)
            body, content_type, suffix = _body(url, response, watch, deadline, timeout, limit,
                                               progress)
        except (OSError, http.client.HTTPException) as exc:
            checkpoint()  # called off: the connection was shut to wake the read
            raise describe(site_of(url), exc, "reading", deadline) from exc
        finally:
            response.close()
            watch.close()
        charset = response.headers.get_content_charset()
        return Page(asked, url, content_type, charset, body, suffix, deadline.elapsed)
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS}), the last to "
                     f"{site_of(url)}")


def _request(url: str, deadline: Deadline,
             timeout: float) -> tuple[http.client.HTTPResponse, Watch]:
    """Send the GET and read the answer's head; the response and the watch on its socket."""
    parts = urlsplit(url)
    site = site_of(url)
    host = request_host(url)
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    watch = Watch()
    step = "connecting"
    sock: socket.socket | None = None
    try:
        sock = open_socket(host, port, deadline, timeout, watch)
        if parts.scheme == "https":
            sock.settimeout(deadline.wait(timeout))
            sock = _tls_context().wrap_socket(sock, server_hostname=host)
            watch.sock = sock
        conn = _Connection(host, port, sock)
        target = url[len(f"{parts.scheme}://{parts.netloc}"):] or "/"
        conn.putrequest("GET", target, skip_host=True, skip_accept_encoding=True)
        shown_port = "" if port == DEFAULT_PORTS[parts.scheme] else f":{port}"
        conn.putheader("Host", (f"[{host}]" if ":" in host else host) + shown_port)
        for name, value in (("User-Agent", USER_AGENT), ("Accept", ACCEPT),
                            ("Accept-Encoding", "gzip, deflate"), ("Connection", "close")):
            conn.putheader(name, value)
        step = "waiting"
        sock.settimeout(deadline.wait(timeout))
        conn.endheaders()
        response = conn.getresponse()
    except BaseException as exc:
        watch.close()
        if sock is not None:
            sock.close()
        if not isinstance(exc, OSError | http.client.HTTPException):
            raise
        checkpoint()  # called off: the connection was shut to wake the read
        raise describe(site, exc, step, deadline) from exc
    return response, watch


class _Connection(http.client.HTTPConnection):
    """http.client's request and response handling on a socket opened (and, for https, wrapped
    in TLS) by this module: the name lookup and the connection can then be timed and called
    off, which ``HTTPConnection.connect`` cannot."""

    def __init__(self, host: str, port: int, sock: socket.socket) -> None:
        super().__init__(host, port)
        self._ready = sock

    def connect(self) -> None:
        self.sock = self._ready


def _tls_context() -> ssl.SSLContext:
    """Certificates and host names verified against the system's certificates. (The tests
    replace this to trust their own authority; there is no switch that turns checking off.)"""
    return ssl.create_default_context()


def _redirected(url: str, response: http.client.HTTPResponse, seen: set[str]) -> str:
    site = site_of(url)
    location = (response.getheader("Location") or "").strip()
    if not location:
        raise FetchError(f"{site} answered {response.status} (a redirect) without saying where to")
    target = urljoin(url, location)
    scheme = foreign_scheme(target) or urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"a redirect to a {scheme}: address was refused ({site} sent it; only "
                         "http and https addresses are followed)")
    if not is_address(target):
        raise FetchError(f"{site} redirected to an address that is not valid")
    following = normal_address(target)
    if following in seen:
        raise FetchError(f"{site} redirects in a loop (the page sends Margin back to an "
                         "address it already tried)")
    seen.add(following)
    return following


def _body(url: str, response: http.client.HTTPResponse, watch: Watch, deadline: Deadline,
          timeout: float, limit: int, progress: Progress | None) -> tuple[bytes, str, str]:
    """The body, unpacked, with its content type and loader suffix."""
    site = site_of(url)
    declared = response.getheader("Content-Type")
    content_type = response.headers.get_content_type() if declared else ""
    suffix = TYPES.get(content_type)
    if suffix is None and content_type not in _UNTYPED:
        raise FetchError(f"{site} sent {_kind(content_type)} ({content_type}), not an article")
    length = _length(response.getheader("Content-Length"))
    if length is not None and length > limit:
        raise _too_large(site, limit)
    unpack = _unpacker(site, response.getheader("Content-Encoding"))
    body = bytearray()
    received = 0
    if progress is not None:
        progress(0, length)
    sock = watch.sock
    while True:
        checkpoint()
        if sock is not None:
            sock.settimeout(deadline.wait(timeout))
        chunk = response.read1(CHUNK)
        if not chunk:
            break
        received += len(chunk)
        if received > limit:
            raise _too_large(site, limit)
        body += unpack(chunk, limit - len(body)) if unpack else chunk
        if len(body) > limit:
            raise _too_large(site, limit)
        if suffix is None and len(body) >= _SNIFF_BYTES:
            suffix = _sniffed(site, bytes(body[:_SNIFF_BYTES]), content_type)
        if progress is not None:
            progress(received, length)
    checkpoint()
    if length is not None and received < length:
        raise FetchError(f"{site} closed the connection before the page was complete")
    if not body:
        raise FetchError(f"{site} sent an empty page")
    if suffix is None:
        suffix = _sniffed(site, bytes(body[:_SNIFF_BYTES]), content_type)
    return bytes(body), content_type or TYPE_OF[suffix], suffix


TYPE_OF = {".html": "text/html", ".txt": "text/plain", ".pdf": "application/pdf",
           ".epub": "application/epub+zip"}


def _length(value: str | None) -> int | None:
    try:
        return int(value) if value is not None and int(value) >= 0 else None
    except ValueError:
        return None


def _too_large(site: str, limit: int) -> FetchError:
    return FetchError(f"the page at {site} is larger than {limit / (1024 * 1024):g} MB "
                      f"(Margin reads pages up to {limit / (1024 * 1024):g} MB)")


Unpack = Callable[[bytes, int], bytes]


def _unpacker(site: str, encoding: str | None) -> Unpack | None:
    """gzip or deflate unpacked as it comes, never more than ``room`` + 1 bytes at a time, so a
    small body that unpacks to gigabytes is refused at the limit."""
    name = (encoding or "identity").strip().lower()
    if name in ("", "identity"):
        return None
    if name not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"{site} sent the page packed in a way Margin does not read ({name})")
    inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)  # gzip or zlib, told by the header

    def unpack(chunk: bytes, room: int) -> bytes:
        out = bytearray()
        data = chunk
        try:
            while data:
                out += inflater.decompress(data, max(1, room - len(out) + 1))
                if len(out) > room:
                    break
                data = inflater.unconsumed_tail
        except zlib.error as exc:
            raise FetchError(f"{site} sent a damaged compressed page") from exc
        return bytes(out)

    return unpack


def _sniffed(site: str, start: bytes, content_type: str) -> str:
    """The loader for a body sent without a useful content type, from its first bytes."""
    if start.startswith(b"%PDF-"):
        return ".pdf"
    if start.startswith(b"PK\x03\x04") and b"mimetypeapplication/epub+zip" in start[:80]:
        return ".epub"
    head = start.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or (
            head.startswith((b"<?xml", b"<!--")) and b"<html" in head):
        return ".html"
    if not content_type:
        raise FetchError(f"{site} sent something that is not an article (no content type, "
                         "and not a web page, PDF or EPUB)")
    raise FetchError(f"{site} sent {_kind(content_type)} ({content_type}), not an article")


_KINDS = {"image": "an image", "audio": "a sound file", "video": "a video", "font": "a font",
          "model": "a 3D model"}
_DATA = ("json", "xml", "csv", "yaml", "x-yaml", "rss+xml", "atom+xml", "javascript",
         "ecmascript", "css", "x-ndjson", "geo+json")
_ARCHIVES = ("zip", "gzip", "x-gzip", "x-tar", "x-7z-compressed", "x-rar-compressed",
             "vnd.rar", "x-bzip2", "x-xz", "zstd")


def _kind(content_type: str) -> str:
    major, _, minor = content_type.partition("/")
    if major in _KINDS:
        return _KINDS[major]
    if minor in _DATA or minor.endswith(("+json", "+xml")):
        return "data or code"
    if minor in _ARCHIVES:
        return "an archive"
    if "word" in minor or "officedocument" in minor or "opendocument" in minor:
        return "an office document"
    if minor in ("octet-stream", "x-msdownload", "x-executable", "vnd.android.package-archive"):
        return "a program or binary file"
    return "a kind of file Margin does not read"


__all__ = ["LIMIT", "MAX_REDIRECTS", "USER_AGENT", "FetchError", "Page", "address_in", "fetch",
           "is_address", "refuse_scheme"]
