"""Web addresses as Margin takes them: which text is one, the first one in something dropped or
pasted, which command-line arguments name an address of a kind Margin does not fetch, and the
one form an address is requested, kept and compared in. No network here (``fetch`` does that).
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

from .errors import FetchError, shown_name

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")
# schemes that are addresses even without "//" after them ("mailto:x", "data:text/html,...")
_OTHER_SCHEMES = frozenset({"file", "data", "ftp", "ftps", "sftp", "javascript", "mailto", "about",
                            "blob", "view-source", "ws", "wss", "gopher", "smb", "tel", "news"})
_IN_TEXT = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_BARE = re.compile(r"(?<![\w.@/:-])www\.[\w-]+(?:\.[\w-]+)+(?:[/?#][^\s<>\"'`]*)?", re.IGNORECASE)
_TRAILING = ".,;:!?'\"»”’>*_"
_CLOSING = {")": "(", "]": "[", "}": "{"}
# what may stand unescaped in a path or query (RFC 3986); the rest is percent-encoded
_SAFE = "/%:@!$&'()*+,;=-._~?"


def is_address(text: str) -> bool:
    """An http or https address with a host, such as "https://example.org/news/tide-mills"."""
    s = text.strip()
    if not s or any(ch.isspace() or ord(ch) < 32 for ch in s):
        return False
    try:
        parts = urlsplit(s)
        parts.port  # noqa: B018 (raises ValueError for a port that is no number)
    except ValueError:
        return False
    return parts.scheme.lower() in SCHEMES and bool(parts.hostname)


def address_in(text: str) -> str | None:
    """The first http(s) address in text dropped or pasted: a text/uri-list (its "#" comment
    lines skipped), an address alone, or one inside a line of text (punctuation after it left
    out; "www.example.org/page" read as https). None when there is none."""
    lines = [ln.strip() for ln in text.replace("\r", "\n").split("\n")]
    for line in lines:
        if line and not line.startswith("#") and is_address(line):
            return line
    for line in lines:
        if line.startswith("#") and len(lines) > 1:
            continue  # a comment of a uri-list
        for found in _IN_TEXT.finditer(line):
            address = _trimmed(found.group(0))
            if is_address(address):
                return address
        bare = _BARE.search(line)
        if bare and is_address("https://" + _trimmed(bare.group(0))):
            return "https://" + _trimmed(bare.group(0))
    return None


def _trimmed(address: str) -> str:
    """Without the punctuation that ends the sentence around it: a closing bracket stays when
    the address opened it (Wikipedia's "Mercury_(planet)")."""
    while address:
        last = address[-1]
        if last in _TRAILING:
            address = address[:-1]
        elif last in _CLOSING and address.count(_CLOSING[last]) < address.count(last):
            address = address[:-1]
        else:
            break
    return address


def foreign_scheme(arg: str) -> str | None:
    """The scheme of ``arg`` when it is an address of a kind Margin does not fetch ("file",
    "ftp", "data" ...); None for http(s) addresses and anything that is not an address."""
    found = _SCHEME.match(arg.strip())
    if found is None:
        return None
    scheme = found.group(1).lower()
    if scheme in SCHEMES:
        return None
    rest = arg.strip()[found.end():]
    return scheme if rest.startswith("//") or scheme in _OTHER_SCHEMES else None


def refuse_scheme(arg: str) -> None:
    """Raise FetchError for a command-line argument that is an address Margin does not fetch
    (file:///x, ftp://x, data:...) or an http(s) address without a host. The caller asks this
    only of arguments that are no local path: a file that exists is read whatever its name."""
    shown = shown_name(arg.strip())[:200]
    scheme = foreign_scheme(arg)
    if scheme is not None:
        raise FetchError(f"{shown} was refused: only http and https addresses can be fetched, "
                         f"not {scheme}: ones")
    found = _SCHEME.match(arg.strip())
    if found is not None and found.group(1).lower() in SCHEMES and not is_address(arg):
        raise FetchError(f"{shown} is not a complete web address (it needs a host, as in "
                         "https://example.org/page)")


def normal_address(address: str) -> str:
    """The address as it is requested, kept and compared: scheme and host in lower case, no
    default port, no user name or password, no "#fragment", "/" for an empty path, characters
    outside ASCII in the path and query percent-encoded (UTF-8). The host stays as written
    (Unicode for an international name; ``request_host`` gives its ASCII form)."""
    parts = urlsplit(address.strip())
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"  # IPv6
    port = parts.port
    netloc = host if port is None or port == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    path = quote(parts.path or "/", safe=_SAFE)
    query = quote(parts.query, safe=_SAFE)
    return urlunsplit((scheme, netloc, path, query, ""))


def request_host(address: str) -> str:
    """The host in the ASCII form sent on the wire (IDNA for an international name)."""
    host = urlsplit(address).hostname or ""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise FetchError(f"{shown_name(host)} is not a valid name for a site") from exc


def site_of(address: str) -> str:
    """The site an address is on, as a person names it: "example.org" for
    "https://www.example.org/news/x" (an international name in its own letters)."""
    host = urlsplit(address.strip()).hostname or ""
    if "xn--" in host:
        try:
            host = host.encode("ascii").decode("idna")
        except UnicodeError:
            pass
    return host[4:] if host.startswith("www.") and host.count(".") > 1 else host


__all__ = ["address_in", "foreign_scheme", "is_address", "normal_address", "refuse_scheme",
           "request_host", "site_of"]
