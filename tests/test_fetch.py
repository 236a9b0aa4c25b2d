"""Fetching a page as a careful client does, against a real HTTP server on 127.0.0.1 (never the
network): what is fetched and how it is read, and every way it can fail, in one line."""

from __future__ import annotations

import socket
import threading

import pytest

from reader import __version__
from reader.core import fetch as fetching
from reader.core.addresses import normal_address, site_of
from reader.core.cancel import Cancelled, CancelToken, cancellable
from reader.core.errors import FetchError, describe_failure
from reader.core.fetch import (
    USER_AGENT,
    Page,
    address_in,
    fetch,
    is_address,
    refuse_scheme,
)
from reader.core.loaders import load
from reader.core.loaders.webpage import kept_copy, load_page

from .webserver import (
    ARTICLE_PARAGRAPHS,
    ARTICLE_TITLE,
    CP1251_TEXT,
    CP1252_TEXT,
    MB,
    PDF_LINES,
    SJIS_TEXT,
    WebServer,
    closed_port,
    full_backlog,
)
from .webtls import authority


@pytest.fixture
def web():
    server = WebServer()
    yield server
    server.close()


def _fails(address: str, **kwargs) -> str:
    with pytest.raises(FetchError) as caught:
        fetch(address, **kwargs)
    message = str(caught.value)
    assert "\n" not in message and message == describe_failure(address, caught.value)
    return message


# --- a page, and what is (not) fetched with it -----------------------------------------------

def test_an_article_page_is_fetched_once_and_read_as_a_saved_page(web):
    seen: list[tuple[int, int | None]] = []
    page = fetch(web.url("/article"), lambda got, expected: seen.append((got, expected)))
    assert isinstance(page, Page)
    assert page.address == page.final == web.url("/article")
    assert (page.content_type, page.charset, page.suffix) == ("text/html", "utf-8", ".html")
    assert page.body.startswith(b"<!DOCTYPE html>") and page.elapsed > 0
    assert seen[0] == (0, len(page.body)) and seen[-1] == (len(page.body), len(page.body))
    article = load_page(page)
    assert article.title == ARTICLE_TITLE and article.format == "html"
    assert article.source == page.final
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in article.text
    # the page's image, frame, script and style sheet were never asked for
    assert web.paths() == ["/article"]
    headers = web.requests[0][1]
    assert headers["User-Agent"] == USER_AGENT and USER_AGENT.startswith(f"Margin/{__version__} ")
    assert "gzip" in headers["Accept-Encoding"]


def test_no_cookie_is_kept_between_requests(web):
    fetch(web.url("/article"))  # it sets a cookie
    fetch(web.url("/redirect/ok"))  # and redirects back to it
    assert all("Cookie" not in headers for _, headers in web.requests)


@pytest.mark.parametrize(("path", "suffix", "words"), [
    ("/article.pdf", ".pdf", PDF_LINES[0]),
    ("/download", ".pdf", PDF_LINES[0]),  # application/octet-stream: the first bytes tell
    ("/book.epub", ".epub", ARTICLE_PARAGRAPHS[0]),
    ("/notes.txt", ".txt", ARTICLE_PARAGRAPHS[0]),
    ("/packed", ".html", ARTICLE_PARAGRAPHS[0]),  # gzip
])
def test_each_kind_goes_to_its_loader(web, path, suffix, words):
    page = fetch(web.url(path))
    assert page.suffix == suffix
    text = load_page(page).text
    assert " ".join(words.split()[:8]) in " ".join(text.split())


# --- redirects -------------------------------------------------------------------------------

def test_redirects_are_followed_and_the_final_address_kept(web):
    page = fetch(web.url("/redirect/ok"))
    assert page.address == web.url("/redirect/ok") and page.final == web.url("/article")
    assert web.paths() == ["/redirect/ok", "/redirect/ok2", "/article"]
    assert fetch(web.url("/redirect/chain/4")).final == web.url("/article")  # five redirects


def test_more_than_five_redirects_a_loop_and_a_redirect_to_file_are_refused(web):
    assert _fails(web.url("/redirect/chain/5")).startswith("too many redirects (more than 5)")
    assert _fails(web.url("/redirect/loop")) == (
        "127.0.0.1 redirects in a loop (the page sends Margin back to an address it already "
        "tried)")
    assert _fails(web.url("/redirect/file")).startswith(
        "a redirect to a file: address was refused")
    assert _fails(web.url("/redirect/data")).startswith(
        "a redirect to a data: address was refused")
    assert "/etc/passwd" not in " ".join(web.paths())


# --- failures --------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "message"), [
    ("/missing", "127.0.0.1 answered 404 (not found)"),
    ("/gone", "127.0.0.1 answered 410 (gone)"),
    ("/broken", "127.0.0.1 answered 500 (server error)"),
    ("/image.png", "127.0.0.1 sent an image (image/png), not an article"),
    ("/empty", "127.0.0.1 sent an empty page"),
])
def test_status_codes_and_content_types_are_one_line(web, path, message):
    assert _fails(web.url(path)) == message


def test_a_60_mb_body_is_refused_while_it_streams(web):
    seen: list[int] = []
    message = _fails(web.url("/huge"), progress=lambda got, _: seen.append(got))
    assert message == "the page at 127.0.0.1 is larger than 20 MB (Margin reads pages up to 20 MB)"
    assert max(seen) <= 20 * MB  # it stopped at the limit, not after the whole body
    assert web.finished["/huge"].wait(10)  # the server saw the client hang up
    assert web.sent["/huge"] < 60 * MB


def test_a_declared_length_over_the_limit_is_refused_before_reading(web):
    seen: list[int] = []
    _fails(web.url("/huge-declared"), progress=lambda got, _: seen.append(got))
    assert seen == []


def test_a_small_body_that_unpacks_past_the_limit_is_refused(web):
    assert "larger than 20 MB" in _fails(web.url("/bomb"))


def test_a_server_that_never_answers_times_out(web):
    assert _fails(web.url("/silent"), timeout=0.2) == (
        "127.0.0.1 did not answer: the connection timed out")


def test_a_slow_trickle_fails_at_the_overall_limit(web):
    message = _fails(web.url("/trickle"), timeout=5, total=0.4)
    assert message == "127.0.0.1 took too long to send the page (more than 0.4 s)"


def test_a_refused_connection_and_a_connection_that_never_completes():
    port = closed_port()
    assert _fails(f"http://127.0.0.1:{port}/") == (
        "127.0.0.1 could not be reached: the connection was refused")
    with full_backlog() as waiting:
        if waiting is None:
            pytest.skip("this system refuses connections to a full queue")
        assert _fails(f"http://127.0.0.1:{waiting}/", timeout=0.2) == (
            "127.0.0.1 could not be reached: the connection timed out")


@pytest.mark.parametrize(("code", "message"), [
    (socket.EAI_NONAME, "news.example could not be reached: the name was not found (check the "
                        "address)"),
    (socket.EAI_AGAIN, "news.example could not be reached: the name could not be looked up (is "
                       "there a network connection?)"),
])
def test_a_name_that_is_not_found_and_no_network(monkeypatch, code, message):
    def lookup(*args, **kwargs):
        raise socket.gaierror(code, "from the test")

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    assert _fails("https://news.example/today") == message


def test_an_unreachable_network(monkeypatch):
    import errno

    def connect_ex(self, address):
        return errno.ENETUNREACH

    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    assert _fails("http://127.0.0.1:9/") == (
        "127.0.0.1 could not be reached: there is no network connection")


def test_addresses_of_other_kinds_are_refused_before_anything_happens(web):
    for address in ("file:///etc/passwd", "ftp://files.example/a.txt", "data:text/html,hi",
                    "javascript:alert(1)"):
        message = _fails(address)
        assert "only http and https addresses can be fetched" in message
    assert "user names or passwords" in _fails(f"http://reader:secret@127.0.0.1:{web.port}/")
    assert web.requests == []


# --- TLS -------------------------------------------------------------------------------------

def test_https_is_verified_and_cannot_be_talked_out_of_it(tmp_path, monkeypatch):
    ca = authority(tmp_path)
    server = WebServer(tls=ca.server())
    try:
        message = _fails(server.url("/article"))
        assert message.startswith("127.0.0.1 could not be reached securely: its certificate "
                                  "could not be verified")
        assert server.requests == []
        # trusting the test's own authority (as the system trusts real ones), it is read
        monkeypatch.setattr(fetching, "_tls_context", ca.client)
        page = fetch(server.url("/redirect/ok"))
        assert page.final == server.url("/article") and load_page(page).title == ARTICLE_TITLE
    finally:
        server.close()


# --- cancel ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/silent", "/trickle"])
def test_cancel_stops_a_fetch_that_waits_on_the_server(web, path):
    token = CancelToken()
    outcome: list[BaseException] = []
    asked = threading.Event()

    def work() -> None:
        with cancellable(token):
            try:
                fetch(web.url(path), lambda *_: asked.set(), timeout=30, total=60)
            except BaseException as exc:
                outcome.append(exc)
        asked.set()

    worker = threading.Thread(target=work)
    worker.start()
    if path == "/trickle":
        assert asked.wait(10)  # the body is coming in
    else:
        for _ in range(500):  # the request has arrived and waits for an answer
            if web.paths():
                break
            threading.Event().wait(0.01)
    token.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)


# --- charsets --------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "text"), [
    ("/cp1252", CP1252_TEXT),  # declared in the header only
    ("/latin1-said", CP1252_TEXT),  # "ISO-8859-1" read as browsers read it: Windows-1252
    ("/sjis", SJIS_TEXT),
    ("/sjis-meta", SJIS_TEXT),  # declared in the page only
    ("/conflict/sjis", SJIS_TEXT),  # header iso-8859-1, page Shift_JIS: only one fits
    ("/conflict/utf8", CP1252_TEXT),  # header UTF-8, page windows-1252; the bytes are UTF-8
    ("/conflict/cp1251", CP1251_TEXT),  # header windows-1252, page windows-1251: reads Russian
    ("/conflict/lying-meta", CP1251_TEXT),  # the page says UTF-8; its bytes are not
    ("/plain-cp1252", CP1252_TEXT),
])
def test_pages_in_other_encodings_are_decoded_right_and_kept_so(web, tmp_path, path, text):
    page = fetch(web.url(path))
    article = load_page(page)
    assert text in " ".join(article.text.split())
    # the copy the library keeps reads back to the same text, as a file alone
    saved = tmp_path / f"kept{page.suffix}"
    saved.write_bytes(kept_copy(page))
    assert load(saved).text == article.text


def test_the_kept_copy_is_the_body_itself_unless_the_header_mattered(web):
    for path in ("/article", "/sjis-meta", "/conflict/utf8", "/article.pdf"):
        page = fetch(web.url(path))
        assert kept_copy(page) == page.body
    # a server that calls Russian Windows-1251 "windows-1252": read as the server said (as a
    # browser would), and kept in UTF-8 behind a byte-order mark so that the file alone reads
    # the same (detection would read the bytes otherwise)
    body = f"<html><body><p>{CP1251_TEXT}</p></body></html>".encode("cp1251")
    page = Page("http://example.org/", "http://example.org/", "text/html", "windows-1252", body,
                ".html", 0.1)
    kept = kept_copy(page)
    assert kept.startswith(b"\xef\xbb\xbf")
    assert kept[3:].decode("utf-8") == body.decode("cp1252")


# --- addresses -------------------------------------------------------------------------------

def test_what_is_an_address():
    for yes in ("https://example.org", "http://example.org:8080/a?b=c#d", "HTTPS://Example.ORG/x",
                "https://bücher.example/straße", " https://example.org/a \n"):
        assert is_address(yes), yes
    for no in ("example.org", "https://", "http:///path", "ftp://example.org/", "file:///x",
               "https://exa mple.org/", "https://example.org:99999/", "/home/me/a.html", ""):
        assert not is_address(no), no


def test_the_address_in_something_dropped_or_pasted():
    uri_list = "# dragged from the browser\r\nhttps://example.org/news/tide\r\nhttps://b.example/\r\n"
    assert address_in(uri_list) == "https://example.org/news/tide"
    assert address_in("Read this: https://example.org/story.html, it is good.") == (
        "https://example.org/story.html")
    assert address_in("(see https://en.example.org/wiki/Mercury_(planet))") == (
        "https://en.example.org/wiki/Mercury_(planet)")
    assert address_in("<https://example.org/a>") == "https://example.org/a"
    assert address_in("the link is www.example.org/page.") == "https://www.example.org/page"
    assert address_in("no address here") is None
    assert address_in("file:///home/me/a.html") is None


def test_command_line_arguments_of_other_schemes_are_refused():
    for arg in ("file:///tmp/a.html", "ftp://files.example/a", "data:text/plain,hi"):
        with pytest.raises(FetchError, match="only http and https addresses can be fetched"):
            refuse_scheme(arg)
    with pytest.raises(FetchError, match="not a complete web address"):
        refuse_scheme("https:/example.org")
    for fine in ("notes.txt", "C:\\articles\\a.html", "https://example.org/", "draft:2.txt"):
        refuse_scheme(fine)


def test_addresses_are_kept_in_one_form():
    assert normal_address("HTTPS://Example.ORG:443/a b?q=ü#part") == (
        "https://example.org/a%20b?q=%C3%BC")
    assert normal_address("http://example.org") == "http://example.org/"
    assert normal_address("http://example.org:8080/x") == "http://example.org:8080/x"
    assert site_of("https://www.example.org/news") == "example.org"
    assert site_of("https://xn--bcher-kva.example/") == "bücher.example"
