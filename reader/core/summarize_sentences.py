"""What a summary sentence may be: not page furniture, not part of a quote, and best able to
stand alone.

A summary shows sentences out of their context, so some sentences make poor summary sentences
whatever their words:

- page furniture: a byline ("By Jane Smith"), a dateline or time stamp ("PUBLISHED: 10:02 GMT"),
  a picture's caption or credit ("… this Tuesday. REUTERS / …", "Photo: …"), a web page's
  "Scroll down for video";
- a fragment of a quote that runs over several sentences (it starts or ends inside the marks);
- a sentence that leans on the one before it ("He added that …", "However, …", "This …").

The first two are never summary material; the last is, when nothing better stands alone. The
words are data, one file a language (``data/summary/<lang>.toml``) and the furniture marks that
hold in every language (``common.toml``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .words import tokenize

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# what may stand before a sentence's first word: quotation marks, dashes, brackets, bullets
_LEADING = re.compile(r"^[\s\"'“”„‘’«»‹›「」『』()\[\]\-–—•*·.,:;…]+")
# every quotation mark that comes in pairs around a quote, whatever the language's style
_MARK = re.compile("[\"“”„«»「」『』]")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-Z][^\W\d_]*", re.UNICODE)
_DIGIT = re.compile(r"\d")
_FIRST_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
QUOTE_SPAN = 6  # sentences: a quote left open longer than this is a stray mark, not a quote


@dataclass(frozen=True)
class Rules:
    """One language's words for telling summary sentences (see the data files)."""

    openers: frozenset[tuple[str, ...]]  # pronouns and connectives, as word sequences
    first_words: frozenset[str]  # the first word of each opener and byline phrase
    pronouns: frozenset[str]
    standalone_after: frozenset[str]
    byline: frozenset[tuple[str, ...]]
    prefixes: tuple[str, ...]  # for languages written without spaces: openers as written
    credit_label: re.Pattern[str]
    agency_start: re.Pattern[str]
    agency_end: re.Pattern[str]
    furniture: tuple[str, ...]


def _read(name: str) -> dict[str, list[str]]:
    data = resources.files("reader.core").joinpath("data", "summary", f"{name}.toml")
    if not data.is_file():
        return {}
    with data.open("rb") as handle:
        return {k: [str(x) for x in v] for k, v in tomllib.load(handle).items()}


def _words(phrases: Sequence[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(tokenize(p)) for p in phrases if tokenize(p))


@cache
def rules(language: str) -> Rules:
    own = _read(language) if language.isalpha() else {}
    common = _read("common")
    pronouns = own.get("pronouns", [])
    connectives = own.get("connectives", [])
    labels = "|".join(re.escape(w) for w in common.get("credit-labels", [])) or "(?!)"
    agencies = sorted(common.get("agencies", []), key=len, reverse=True)
    caps = "|".join(re.escape(a) for a in agencies) or "(?!)"
    openers = _words([*pronouns, *connectives])
    byline = _words(own.get("byline", []))
    return Rules(
        openers=openers,
        first_words=frozenset(p[0] for p in openers | byline),
        pronouns=frozenset(w for p in pronouns for w in tokenize(p)),
        standalone_after=frozenset(w.lower() for w in own.get("standalone-after", [])),
        byline=byline,
        prefixes=tuple(p for p in (*pronouns, *connectives) if _CJK.match(p)),
        credit_label=re.compile(rf"(?<!\w)(?:{labels})\s*:", re.IGNORECASE),
        # "REUTERS / …", "(AFP) –", "AP PHOTO", "EFE El Guernica …" (a name of two letters
        # needs more: "AP McCoy" is a jockey)
        agency_start=re.compile(rf"^\(?(?:{caps})(?:\)?\s*[/|,:\-–—]|\s+[A-ZÀ-ÞÑ]{{2,}}\b"
                                rf"|(?<=\w{{3}})\s+(?=[A-ZÀ-ÞÑ]))"),
        # "… en Madrid. EFE", "… / GETTY"
        agency_end=re.compile(rf"(?:[/|(–—-]\s*|\.\s+)(?:{caps})\)?\s*\.?$"),
        furniture=tuple(p.lower() for p in common.get("furniture", [])),
    )


def _lead_trimmed(text: str) -> str:
    return _LEADING.sub("", text)


def leans_on_previous(text: str, language: str) -> bool:
    """Whether the sentence starts with a word that points back (a pronoun, a connective):
    out of its context a reader cannot tell who or what it means."""
    r = rules(language)
    head = _lead_trimmed(text)
    if r.prefixes and _CJK.match(head):
        return head.startswith(r.prefixes)
    first = _FIRST_WORD.match(head)
    if not first or first.group().lower() not in r.first_words:
        return False
    words = tokenize(head[:80])
    for size in (4, 3, 2, 1):
        if tuple(words[:size]) in r.openers:
            if size == 1 and words[0] in r.pronouns and len(words) > 1 \
                    and words[1] in r.standalone_after:
                return False  # "This week, …", "Este lunes, …"
            return True
    return False


def _is_byline(text: str, r: Rules) -> bool:
    first = _FIRST_WORD.match(text)
    if not first or first.group().lower() not in r.first_words:
        return False
    words = tokenize(text[:60])
    for size in (4, 3, 2, 1):
        if tuple(words[:size]) in r.byline:
            rest_words = text.split()[size:]
            names = [w for w in rest_words if any(ch.isalpha() for ch in w)]
            if not names or len(names) > 8:
                return False
            capital = sum(1 for w in names if _lead_trimmed(w)[:1].isupper())
            return capital >= 0.6 * len(names)
    return False


def _few_lower_words(text: str, most: int = 2) -> bool:
    for count, _ in enumerate(_LOWER_WORD.finditer(text), 1):
        if count > most:
            return False
    return True


def is_furniture(text: str, following: str | None, language: str) -> bool:
    """A byline, a dateline or time stamp, a picture's caption or credit, or web page furniture
    (``following`` is the next sentence, which may hold the credit of this one's caption)."""
    r = rules(language)
    body = _lead_trimmed(text).strip()
    if not body:
        return True
    lowered = body.lower()
    if any(p in lowered for p in r.furniture):
        return True
    if (":" in body and r.credit_label.search(body)) or r.agency_start.match(body) \
            or r.agency_end.search(body[-40:]):
        return True
    if following is not None:
        after = _lead_trimmed(following)
        if r.agency_start.match(after) or r.credit_label.match(after):
            return True  # the caption above a credit
    if _is_byline(body, r):
        return True
    # a time stamp or a place and a date: figures and names, hardly a sentence
    return bool(_DIGIT.search(body)) and not _CJK.search(body) and _few_lower_words(body)


def _quote_ends(text: str) -> tuple[bool, bool, bool]:
    """(leaves a quote open, closes one it did not open, starts with an opening mark).
    A mark opens or closes by where it stands: after a space and before a word it opens, after
    a word it closes; «„「『 always open and »」』 always close."""
    depth = unopened = 0
    starts_open = False
    for m in _MARK.finditer(text):
        k, ch = m.start(), m.group()
        before = text[k - 1] if k else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        if ch in "«„「『":
            opening = True
        elif ch in "»」』":
            opening = False
        elif before.isspace() or before in "([{—–-:":
            opening = not after.isspace()
        else:
            opening = False
        if opening:
            depth += 1
            starts_open = starts_open or not text[:k].strip()
        elif depth:
            depth -= 1
        else:
            unopened += 1
    return depth > 0, unopened > 0, starts_open


def quote_groups(texts: Sequence[str], paragraphs: Sequence[int] | None = None) -> list[int]:
    """For each sentence, -1 when it is not part of a quote that runs over several sentences,
    else the number of its quote: the sentences from the one that opens the quote to the one
    that closes it share a number. A quote is followed within a paragraph and for at most
    ``QUOTE_SPAN`` sentences; a sentence that opens a new quote ends the one before (the news
    convention leaves the marks of a quote over several paragraphs open but the last)."""
    n = len(texts)
    ends = [_quote_ends(t) for t in texts]
    out = [-1] * n
    group = 0
    i = 0
    while i < n:
        if not ends[i][0]:
            i += 1
            continue
        j = i + 1
        end = -1
        while j < n and j - i <= QUOTE_SPAN and (paragraphs is None
                                                  or paragraphs[j] == paragraphs[i]):
            leaves_open, closes, starts_open = ends[j]
            if starts_open and not closes:
                break  # a new quote: the one before closed with its paragraph
            if closes:
                end = j
                if not leaves_open:
                    break
            j += 1
        if end < 0:
            i += 1
            continue
        for k in range(i, end + 1):
            out[k] = group
        group += 1
        i = end + 1
    return out
