"""A web page's header as a reader would write it: the headline without the site's name, the
authors as names.

Titles carry the site's name ("… | Aktuálně.cz", "… - Yahoo!ニュース", "… ＜福娘童話集＞") and
sometimes a date; a part of the title is the site's name when it matches what the page says its
site is called (``og:site_name``, ``application-name``, the text or logo of its links home) or
its address. Authors come as "Jane Doe; JANE DOE", "作者", "Mac; I": generic words for "author"
go, names are counted once whatever their case, and what is not a name is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

_SEPARATOR = re.compile(r"(\s+(?:\||-|–|—|·|•|::|»|«|/|~)\s+|\s*[｜]\s*|(?<=\S)_(?=\S))")
_BRACKETED_END = re.compile(r"\s*[＜<【〈《［]([^＜<【〈《＞>】〉》］]{1,80})[＞>】〉》］]\s*$")
_BRACKETED_START = re.compile(r"^\s*[【［]([^【】［］]{1,40})[】］]\s*")
_DATE = re.compile(r"^[\d\s./\-:年月日]+$")
_HOME = re.compile(r"^(?:/|\./?|(?:\.\./)+|https?://[^/]+/?|(?:https?://[^/]+/)?(?:[\w./-]*/)?"
                   r"index\.\w{2,5})$", re.I)
_GENERIC = {
    "author", "authors", "autor", "autorin", "autoren", "auteur", "auteurs", "autore", "autori",
    "autora", "autores", "автор", "авторы", "作者", "著者", "筆者", "記者", "撰稿", "编辑",
    "責任編集", "责任编辑", "编者", "by", "von", "par", "por", "di", "door", "admin",
    "administrator", "staff", "editor", "editors", "redaktion", "rédaction", "redacción",
    "redazione", "redactie", "team", "guest", "anonymous", "anonym", "unknown", "user",
    "webmaster", "newsroom", "desk", "writer", "reporter", "none", "null",
}
_AUTHOR_PREFIX = re.compile(
    r"^(?:(?:written\s+)?by|von|par|por|di|door|av|af|text|autor(?:in)?|auteur|author|автор|"
    r"作者|著者|筆者|記者|文|撰文|编辑|責任編集)\s*[:：/／]?\s+|^(?:作者|著者|筆者|記者|文)\s*[:：/／]\s*",
    re.I)
_COMPANY = re.compile(r"\b(?:GmbH|AG|Inc\.?|Ltd\.?|LLC|S\.?A\.?|SARL|Corp\.?|Verlag|Media "
                      r"Group|Co\.? KG|plc)\b|\.(?:com|org|net|de|fr)$", re.I)
_SPLIT_AUTHORS = re.compile(r"\s*(?:;|\||/|、|，|\band\b|\bund\b|\bet\b|\by\b|&)\s*", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def norm(text: str) -> str:
    """Letters and digits only, without accents or case: "Aktuálně.cz" -> "aktualnecz"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())


@dataclass
class Site:
    """What the page says about its own site."""

    names: list[str] = field(default_factory=list)  # og:site_name, application-name, …
    hosts: list[str] = field(default_factory=list)  # host names from its addresses
    home: set[str] = field(default_factory=set)  # normalised texts of its links home

    def is_name(self, part: str) -> bool:
        n = norm(part)
        if not n or _DATE.match(part.strip()):
            return True
        if n in self.home:
            return True
        for name in self.names:
            m = norm(name)
            if m and (n == m or (len(m) >= 4 and len(n) >= 4 and (n.startswith(m)
                                                                  or m.startswith(n)))):
                return True
        for host in self.hosts + [x for x in self.names if re.fullmatch(r"[\w-]+(\.[\w-]+)+", x)]:
            labels = [x for x in host.lower().split(".") if x not in ("www", "m", "amp")]
            if not labels:
                continue
            main = max(labels[:-1] or labels, key=len)
            if n in (main, norm(host), norm(".".join(labels))) or \
                    (len(main) >= 4 and n.startswith(main)):
                return True
        return False


def page_site(root: Any, hostname: str | None = None) -> Site:
    site = Site()
    if hostname:
        site.hosts.append(hostname)
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        value = (meta.get("content") or "").strip()
        if not value:
            continue
        if key in ("og:site_name", "application-name", "apple-mobile-web-app-title",
                   "twitter:app:name:iphone"):
            site.names.append(value)
        elif key == "twitter:site":
            site.names.append(value.lstrip("@"))
        elif key in ("og:url", "twitter:url"):
            site.hosts.append(_host(value))
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            site.hosts.append(_host(link.get("href")))
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and _HOME.match(href):
            texts = [a.text_content()] + [img.get("alt") or "" for img in a.iter("img")]
            site.home.update(n for n in (norm(t) for t in texts) if len(n) >= 2)
    site.hosts = [h for h in site.hosts if h]
    return site


def _host(url: str) -> str:
    m = re.match(r"^\w+://([^/:?#]+)", url.strip())
    return m.group(1).lower() if m else ""


def clean_title(title: str | None, site: Site) -> str | None:
    """The headline without the site's name (or a date) before or after it."""
    if not title:
        return title
    text = " ".join(title.split())
    m = _BRACKETED_END.search(text)
    if m and text[: m.start()].strip() and site.is_name(m.group(1)):
        text = text[: m.start()].rstrip()
    m = _BRACKETED_START.match(text)
    if m and text[m.end():].strip() and site.is_name(m.group(1)):
        text = text[m.end():]
    pieces = _SEPARATOR.split(text)  # text, separator, text, …
    parts, seps = pieces[::2], pieces[1::2]
    while len(parts) > 1 and site.is_name(parts[-1]):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and site.is_name(parts[0]):
        parts.pop(0)
        seps.pop(0)
    out = parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=False))
    return out.strip() or title


def _segments(title: str) -> list[str]:
    return [norm(p) for p in _SEPARATOR.split(" ".join(title.split()))[::2]]


def choose_title(extracted: str | None, root: Any, site: Site) -> str | None:
    """The headline: trafilatura's title, or the page's own when trafilatura kept only a piece
    of it ("Brexit" of "Brexit - what happens next"); the site's name taken off either way."""
    raw = None
    if root is not None:
        for meta in root.iter("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() in ("og:title",
                                                                              "twitter:title"):
                raw = raw or (meta.get("content") or "").strip() or None
        raw = raw or (root.findtext(".//title") or "").strip() or None
    ours, theirs = clean_title(raw, site), clean_title(extracted, site)
    if not ours or not theirs:
        return theirs or ours
    headings = {norm(h.text_content()) for h in root.iter("h1")} if root is not None else set()
    for candidate in (theirs, ours):
        if norm(candidate) in headings:
            return candidate
    if norm(theirs) in _segments(ours) and len(_segments(ours)) > 1:
        return ours  # trafilatura cut the headline at a dash
    return theirs


def _is_name(name: str) -> bool:
    if not 2 <= len(name) <= 80 or any(ch.isdigit() for ch in name) or "@" in name or \
            "://" in name or norm(name) in _GENERIC or not any(ch.isalpha() for ch in name):
        return False
    if _CJK.search(name):
        return len(name) <= 20
    words = name.split()
    if len(words) > 6 or not any(w[:1].isupper() for w in words):
        return False
    if any(len(w.strip(".")) < 2 and not w.endswith(".") for w in words):
        return len(words) > 1 and len(words[-1]) > 1  # "Jane Q Doe", not "I"
    return len(words) > 1 or len(name) >= 4 or name.isupper()


def clean_authors(raw: str | None, site: Site | None = None) -> str | None:
    if not raw:
        return None
    text = " ".join(raw.split())
    pieces = _SPLIT_AUTHORS.split(text)
    if all(len(p.split()) >= 2 for p in text.split(",")) or _CJK.search(text):
        pieces = [q for p in pieces for q in p.split(",")]
    names: list[str] = []
    seen: dict[str, int] = {}
    for piece in pieces:
        name = _AUTHOR_PREFIX.sub("", piece.strip(" ,.:;")).strip(" ,.:;")
        if not _is_name(name):
            continue
        key = norm(name)
        if key in seen:  # the same name again: keep the spelling that is not all capitals
            if names[seen[key]].isupper() and not name.isupper():
                names[seen[key]] = name
            continue
        seen[key] = len(names)
        names.append(name)
    people = [n for n in names if not _COMPANY.search(n)
              and not (site is not None and site.names and site.is_name(n))]
    names = people or names
    return ", ".join(names) or None
