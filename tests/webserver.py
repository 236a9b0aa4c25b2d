"""A web server on 127.0.0.1 for the tests that fetch: stdlib ``http.server`` on a thread of its
own, with a route for each case a careful client meets (a page, a PDF, an EPUB, redirects that
end well, loop or lead to file:, 404/410/500, 60 MB streamed, a server that never answers, an
image, a slow trickle, charsets declared in the header and in the page, agreeing or not, gzip
and a gzip bomb). It records every request, so a test can tell what was (not) fetched, and it
shuts down cleanly: handlers that wait, wait on ``stopping``, which ``close`` sets.

The pages' texts were written for these tests.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import io
import socket
import ssl
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .pdfgen import write_pdf

MB = 1024 * 1024
HUGE = 60 * MB
BLOCK = 64 * 1024

ARTICLE_TITLE = "The Seed Library Opens Its Drawers"
ARTICLE_PARAGRAPHS = [
    "The public library in Harrowgate lent seeds instead of books for the first time on "
    "Saturday, and by noon every drawer of beans and marigolds had been emptied.",
    "Gardeners borrow a packet in spring and bring back seeds from their best plants in the "
    "autumn, so the collection grows a little better suited to the valley each year.",
    "\u201cA seed that has grown here for ten summers knows our frosts better than anything "
    "from a catalogue,\u201d said Mirela Osei, who looks after the drawers.",
    "The library plans a swap evening in October, when borrowers will sort the returned seeds "
    "and label them with the street where they grew.",
]
ARTICLE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{ARTICLE_TITLE} | Valley Courier</title>
<link rel="stylesheet" href="/style.css"><script src="/script.js"></script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{ARTICLE_TITLE}</h1>
<img src="/image.png" alt="Drawers of seed packets">
{"".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)}
<iframe src="/frame"></iframe></article>
<footer>Valley Courier</footer></body></html>"""
ARTICLE_V2_PARAGRAPHS = [
    "Update: the swap evening has moved to November because the hall is being repainted.",
    *ARTICLE_PARAGRAPHS[1:],
]

PDF_LINES = [
    "The ferry across the estuary will run on batteries from next summer, the",
    "harbour board said on Tuesday, after a year of trials with a borrowed boat.",
    "Charging takes twenty minutes at the quay while passengers board, and the",
    "crossing is quieter for the seals that rest on the sandbank near the jetty.",
]

# French in Windows-1252: accents and the curly quotes 0x92-0x94 that ISO-8859-1 lacks
CP1252_TEXT = ("Le marché couvert rouvre ses portes après deux ans de travaux. "
               "\u201cC\u2019est le cœur du quartier\u201d, a déclaré la maire.")
# Japanese in Shift_JIS
SJIS_TEXT = ("町の図書館は今年から野菜の種の貸し出しを始めた。"
             "「春に借りて、秋に実った種を返してください」と館長の森さんは話した。")
# Russian in Windows-1251
CP1251_TEXT = ("Городская библиотека начала выдавать семена вместо книг. "
               "Весной читатели берут пакетик, а осенью возвращают семена своего урожая.")
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7"
       b"\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")


def page(body: str, *, title: str = "Notice", meta: str | None = None) -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    return (f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
            f"<h1>{title}</h1><p>{body}</p></body></html>")


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


Route = Callable[["Handler"], "Reply | None"]  # None: the handler answered itself


class Handler(http.server.BaseHTTPRequestHandler):
    server: Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base's name)
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        web = self.server.web
        with web.lock:
            web.requests.append((self.path, dict(self.headers.items())))
        route = web.routes.get(self.path.split("?")[0])
        reply = route(self) if route else Reply(404, {"Content-Type": "text/html"},
                                                 page("There is no such page.").encode())
        if reply is None:
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if "Content-Length" not in reply.headers:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(reply.body)


class Server(http.server.ThreadingHTTPServer):
    web: WebServer


class WebServer:
    """The server and what it saw. ``url(path)`` gives a route's address; ``set(path, reply)``
    adds or changes a route; ``close()`` stops it and waits for every handler."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.lock = threading.Lock()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stopping = threading.Event()
        self.finished: dict[str, threading.Event] = {}  # streaming routes: the client left
        self.sent: dict[str, int] = {}  # streaming routes: bytes written
        self.routes: dict[str, Route] = dict(self._routes())
        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.web = self
        self.server.daemon_threads = False  # close() waits for the handlers
        self.scheme = "http"
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
            self.scheme = "https"
        self.host = "127.0.0.1"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,),
                                       name="test-web", daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def url(self, path: str) -> str:
        return f"{self.scheme}://{self.host}:{self.port}{path}"

    def paths(self) -> list[str]:
        with self.lock:
            return [p for p, _ in self.requests]

    def set(self, path: str, reply: Reply) -> None:
        self.routes[path] = lambda _: reply

    def close(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()  # joins the handler threads
        self.thread.join(timeout=10)

    # --- the routes -------------------------------------------------------------------------

    def _routes(self) -> Iterator[tuple[str, Route]]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        yield "/article", lambda _: Reply(200, {**html, "Set-Cookie": "visitor=1; Path=/"},
                                          ARTICLE.encode())
        yield "/article.pdf", lambda _: Reply(200, {"Content-Type": "application/pdf"}, pdf())
        yield "/download", lambda _: Reply(200, {"Content-Type": "application/octet-stream"},
                                           pdf())
        yield "/book.epub", lambda _: Reply(200, {"Content-Type": "application/epub+zip"},
                                            epub())
        yield "/notes.txt", lambda _: Reply(
            200, {"Content-Type": "text/plain; charset=utf-8"},
            ("\n\n".join([ARTICLE_TITLE, *ARTICLE_PARAGRAPHS]) + "\n").encode())
        yield "/packed", lambda _: Reply(200, {**html, "Content-Encoding": "gzip"},
                                         gzip.compress(ARTICLE.encode()))
        yield "/bomb", lambda _: Reply(200, {**html, "Content-Encoding": "gzip"}, bomb())
        yield "/redirect/ok", _redirect("/redirect/ok2", 302)
        yield "/redirect/ok2", _redirect("/article", 301)
        for n in range(1, 7):
            yield f"/redirect/chain/{n}", _redirect(f"/redirect/chain/{n - 1}", 307)
        yield "/redirect/chain/0", _redirect("/article", 308)
        yield "/redirect/loop", _redirect("/redirect/loop2", 302)
        yield "/redirect/loop2", _redirect("/redirect/loop", 302)
        yield "/redirect/file", _redirect("file:///etc/passwd", 302)
        yield "/redirect/data", _redirect("data:text/html,<p>hello</p>", 302)
        yield "/gone", lambda _: Reply(410, html, page("Removed.").encode())
        yield "/broken", lambda _: Reply(500, html, page("Something broke.").encode())
        yield "/image.png", lambda _: Reply(200, {"Content-Type": "image/png"}, PNG)
        yield "/empty", lambda _: Reply(200, html, b"")
        yield "/huge", self._huge
        yield "/huge-declared", self._huge_declared
        yield "/silent", self._silent
        yield "/trickle", self._trickle
        yield from _charset_routes()

    def _stream(self, handler: Handler, name: str, total: int, block: bytes,
                pause: float = 0.0, length: int | None = None) -> None:
        """Write ``block`` after ``block`` (HTTP/1.0, the end of the body is the end of the
        connection) until ``total`` bytes, the client leaves or the server stops."""
        done = self.finished.setdefault(name, threading.Event())
        sent = 0
        try:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            if length is not None:
                handler.send_header("Content-Length", str(length))
            handler.end_headers()
            while sent < total and not self.stopping.is_set():
                handler.wfile.write(block)
                handler.wfile.flush()
                sent += len(block)
                if pause and self.stopping.wait(pause):
                    break
        except OSError:
            pass  # the client hung up
        finally:
            with self.lock:
                self.sent[name] = sent
            done.set()

    def _huge(self, handler: Handler) -> None:
        self._stream(handler, "/huge", HUGE, b"<p>" + b"x" * (BLOCK - 8) + b"</p>\n\n")

    def _huge_declared(self, handler: Handler) -> None:
        self._stream(handler, "/huge-declared", HUGE, b"y" * BLOCK, length=HUGE)

    def _trickle(self, handler: Handler) -> None:
        self._stream(handler, "/trickle", HUGE, b"z", pause=0.02)

    def _silent(self, handler: Handler) -> None:
        """Takes the request and never answers (until the server stops)."""
        self.stopping.wait(60)
        self.finished.setdefault("/silent", threading.Event()).set()


def _redirect(location: str, status: int) -> Route:
    return lambda _: Reply(status, {"Location": location}, b"")


def _charset_routes() -> Iterator[tuple[str, Route]]:
    def html(charset: str | None, body: bytes) -> Route:
        kind = "text/html" + (f"; charset={charset}" if charset else "")
        return lambda _: Reply(200, {"Content-Type": kind}, body)

    yield "/cp1252", html("windows-1252", page(CP1252_TEXT, title="Marché").encode("cp1252"))
    yield "/latin1-said", html("ISO-8859-1", page(CP1252_TEXT, title="Marché").encode("cp1252"))
    yield "/sjis", html("Shift_JIS", page(SJIS_TEXT, title="種の図書館").encode("cp932"))
    yield "/sjis-meta", html(None, page(SJIS_TEXT, title="種の図書館",
                                        meta="shift_jis").encode("cp932"))
    # the header and the page disagree
    yield "/conflict/sjis", html("iso-8859-1", page(SJIS_TEXT, title="種の図書館",
                                                     meta="Shift_JIS").encode("cp932"))
    yield "/conflict/utf8", html("utf-8", page(CP1252_TEXT, title="Marché",
                                               meta="windows-1252").encode("utf-8"))
    yield "/conflict/cp1251", html("windows-1252", page(CP1251_TEXT, title="Семена",
                                                        meta="windows-1251").encode("cp1251"))
    yield "/conflict/lying-meta", html("windows-1251", page(CP1251_TEXT, title="Семена",
                                                            meta="utf-8").encode("cp1251"))
    yield "/plain-cp1252", lambda _: Reply(200, {"Content-Type": "text/plain; charset=cp1252"},
                                           (CP1252_TEXT + "\n").encode("cp1252"))


_cache: dict[str, bytes] = {}


def pdf() -> bytes:
    if "pdf" not in _cache:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            path = write_pdf(Path(folder) / "ferry.pdf", [PDF_LINES], title="Battery Ferry")
            _cache["pdf"] = path.read_bytes()
    return _cache["pdf"]


def bomb() -> bytes:
    """25 MB of spaces packed into a few kilobytes."""
    if "bomb" not in _cache:
        _cache["bomb"] = gzip.compress(b" " * (25 * MB), compresslevel=9)
    return _cache["bomb"]


def epub() -> bytes:
    """A minimal EPUB 3: one chapter."""
    chapter = ("<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'>"
               f"<head><title>Seeds</title></head><body><h1>{ARTICLE_TITLE}</h1>"
               + "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS) + "</body></html>")
    opf = ("<?xml version='1.0' encoding='utf-8'?><package xmlns='http://www.idpf.org/2007/opf' "
           "version='3.0' unique-identifier='id'><metadata "
           "xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:identifier id='id'>seeds-1"
           f"</dc:identifier><dc:title>{ARTICLE_TITLE}</dc:title><dc:language>en</dc:language>"
           "</metadata><manifest><item id='c1' href='c1.xhtml' "
           "media-type='application/xhtml+xml'/></manifest><spine><itemref idref='c1'/></spine>"
           "</package>")
    container = ("<?xml version='1.0'?><container version='1.0' "
                 "xmlns='urn:oasis:names:tc:opendocument:xmlns:container'><rootfiles>"
                 "<rootfile full-path='OEBPS/content.opf' "
                 "media-type='application/oebps-package+xml'/></rootfiles></container>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        zf.writestr("META-INF/container.xml", container)
        zf.writestr("OEBPS/content.opf", opf)
        zf.writestr("OEBPS/c1.xhtml", chapter)
    return out.getvalue()


# --- places that do not answer --------------------------------------------------------------

def closed_port() -> int:
    """A port on 127.0.0.1 nobody listens on (connections to it are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def full_backlog() -> Iterator[int | None]:
    """A port whose listening queue is full, so a new connection is never accepted and never
    refused (Linux drops the handshake): the port, or None where the system behaves otherwise.
    Fillers are added until one is left waiting, a condition the test checks, not a time."""
    import selectors

    listener = socket.socket()
    fillers: list[socket.socket] = []
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = int(listener.getsockname()[1])
        for _ in range(16):
            s = socket.socket()
            s.setblocking(False)
            fillers.append(s)
            s.connect_ex(("127.0.0.1", port))
            with selectors.DefaultSelector() as sel:
                sel.register(s, selectors.EVENT_WRITE)
                if not sel.select(0.5):  # left waiting: the queue is full
                    yield port
                    return
        yield None
    finally:
        for s in fillers:
            s.close()
        listener.close()
