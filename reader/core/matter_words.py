"""The words and phrases that tell front and back matter, read from ``data/matter/<lang>.txt``.

Each file holds one language's phrases, one a line under a ``[section]``:

``contents-heading`` / ``index-heading`` / ``colophon-heading``
    what a heading (or a line on its own) says above a contents list, an index, a copyright
    page or imprint; compared with the whole line.
``contents-entry``
    words that, followed by a number, name an entry of a contents list ("Chapter 3").
``index-see``
    an index's cross-reference ("see also").
``copyright``
    phrases found only in copyright notices ("all rights reserved"): one is enough.
``colophon`` / ``colophon-start`` / ``company``
    weaker signs (a printer's line, "Editor:", "Ltd"), anywhere in the paragraph / at its start /
    in a short address line; they only extend a block that a stronger sign anchors.
``licence``
    phrases found only in licence texts and notices (Project Gutenberg's, the GPL's).
``licence-name`` / ``licence-statement`` / ``licence-self``
    a licence's name, the words that put a work under one, and the words by which a notice
    speaks of its own work ("this work", "except where otherwise noted"): a licence notice has
    all three, an article about a licence does not.
``front-heading`` / ``back-heading``
    the whole title of a section that is front matter ("Dedication") or back matter
    ("Acknowledgements", "Bibliography"): such a section gets no summary of its own.

Every language's phrases are used for every document: a German book may well carry an English
copyright page, and the phrases are specific enough not to meet in running text.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

SECTIONS = (
    "contents-heading", "contents-entry", "index-heading", "index-see", "copyright", "colophon",
    "colophon-start", "company", "colophon-heading", "licence", "licence-name",
    "licence-statement", "licence-self", "front-heading", "back-heading",
)
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SECTION = re.compile(r"^\[([a-z-]+)\]$")


def _folder() -> resources.abc.Traversable:
    return resources.files("reader.core").joinpath("data", "matter")


@cache
def languages() -> tuple[str, ...]:
    """The languages that have a file of phrases."""
    names = [f.name[:-4] for f in _folder().iterdir() if f.name.endswith(".txt")]
    return tuple(sorted(names))


@cache
def _read(lang: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    section: str | None = None
    text = _folder().joinpath(f"{lang}.txt").read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _SECTION.match(line)
        if m:
            section = m.group(1)
            if section not in SECTIONS:
                raise ValueError(f"matter/{lang}.txt:{number}: unknown section [{section}]")
            continue
        if section is None:
            raise ValueError(f"matter/{lang}.txt:{number}: a phrase before any [section]")
        out.setdefault(section, []).append(normalize(line))
    return {k: tuple(v) for k, v in out.items()}


def phrases(section: str, lang: str | None = None) -> tuple[str, ...]:
    """The phrases of one section, of one language or (by default) of all of them."""
    langs = (lang,) if lang else languages()
    seen: dict[str, None] = {}
    for code in langs:
        seen.update(dict.fromkeys(_read(code).get(section, ())))
    return tuple(seen)


def normalize(text: str) -> str:
    """Text as phrases are compared with it: one kind of apostrophe, lower case. Keeps the
    length, so that offsets found in the result hold for the original."""
    return text.replace("\u2019", "'").replace("\u02bc", "'").lower()


def _trie(phrases: list[str]) -> str:
    """One regex alternation for many phrases, their common beginnings shared (a trie), so
    that the engine tries one branch per letter instead of every phrase at every position.
    A space stands for any run of spaces; a colon may have spaces before it."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = tree
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            if ch == " ":
                piece = r"\s+"
            else:
                piece = (r"\s*" if ch in ":：" else "") + re.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(tree)


def _bounded(phrase: str) -> bool:
    """Whether a phrase is matched as whole words (not so for Chinese and Japanese)."""
    return not (_CJK.search(phrase[0]) or _CJK.search(phrase[-1]))


@cache
def pattern(section: str, *, start: bool = False) -> re.Pattern[str]:
    """One regex for a section's phrases; to be used on ``normalize``d text. With ``start``,
    it matches at the start of a text only (after a little punctuation) and checks word
    boundaries itself; otherwise use ``find``, which checks the left boundary of what it finds
    (a regex that starts with a look-behind is tried at every position, ten times slower than
    one that starts with the phrases' first letters). A section no language fills never
    matches."""
    found = phrases(section)
    words = [p for p in found if _bounded(p)]
    signs = [p for p in found if not _bounded(p)]
    parts = []
    if words:  # a phrase that ends in a letter must end a word there
        parts.append(_trie(words) + r"(?:(?<=\W)|(?!\w))")
    if signs:
        parts.append(_trie(signs))
    if not parts:
        return re.compile(r"(?!x)x")
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return re.compile((r"^\W{0,3}(?<!\w)" if start else "") + body)


_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> frozenset[str]:
    """The words of a ``normalize``d text, for ``find`` to rule out most sections at once."""
    return frozenset(_TOKEN.findall(text))


@cache
def _parts(section: str) -> tuple[frozenset[str], re.Pattern[str] | None, re.Pattern[str] | None,
                                  re.Pattern[str] | None]:
    """A section's phrases split for quick look-ups: for the phrases written in words, the
    longest word of each (a text without any of them cannot hold one) and their regex; for the
    others (signs, Chinese and Japanese), a character class of their first characters (a text
    without any cannot hold one) and their regex."""
    keys: set[str] = set()
    words: list[str] = []
    signs: list[str] = []
    for phrase in phrases(section):
        tokens_ = _TOKEN.findall(phrase)
        if _bounded(phrase) and tokens_ and phrase[0].isalnum():
            keys.add(max(tokens_, key=len))
            words.append(phrase)
        else:
            signs.append(phrase)
    word_regex = re.compile(_trie(words) + r"(?:(?<=\W)|(?!\w))") if words else None
    if not signs:
        return frozenset(keys), word_regex, None, None
    first = "".join(sorted({re.escape(s[0]) for s in signs}))
    return frozenset(keys), word_regex, re.compile(f"[{first}]"), re.compile(_trie(signs))


def find(section: str, text: str, words: frozenset[str] | None = None) -> re.Match[str] | None:
    """The first of a section's phrases in ``normalize``d ``text`` that starts a word (or is a
    sign, or Chinese or Japanese), or None. ``words``, the text's ``tokens``, spares the regex
    when none of the phrases' words is there."""
    keys, word_regex, sign_start, sign_regex = _parts(section)
    found: list[re.Match[str]] = []
    if word_regex is not None and (words is None or not keys.isdisjoint(words)):
        pos = 0
        while (m := word_regex.search(text, pos)) is not None:
            if m.start() == 0 or not text[m.start() - 1].isalnum():
                found.append(m)
                break
            pos = m.start() + 1
    if (sign_regex is not None and sign_start is not None and not text.isascii()
            and sign_start.search(text)):
        m = sign_regex.search(text)
        if m is not None:
            found.append(m)
    return min(found, key=lambda m: m.start()) if found else None


@cache
def line_set(section: str) -> frozenset[str]:
    """A section's phrases as whole lines (headings), compared with ``heading_key``."""
    return frozenset(heading_key(p) for p in phrases(section))


_EDGE = re.compile(r"^[\W\d_]+|[\W_]+$")


def heading_key(text: str) -> str:
    """A heading as it is looked up: lower case, single spaces, without numbering or
    punctuation around it ("1. Contents:" -> "contents")."""
    return " ".join(_EDGE.sub("", normalize(text)).split())
