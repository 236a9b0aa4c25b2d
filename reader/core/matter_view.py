"""An article's paragraphs as the front- and back-matter rules look at them."""

from __future__ import annotations

import re

from .article import Article
from .matter_words import find, normalize, tokens

# A Chinese or Japanese character counts as a word, as readers of those languages count.
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+")
_SENTENCE_END = re.compile(r"[.!?。！？]['\"”’»」』)]*$")
WINDOW = 1200  # phrases are looked for in a paragraph's first characters only
_OPENING = "“„«「『‹"
_CLOSING = "”»」』›"


class View:
    """Per paragraph: its text (as written and ``normalize``d), its word count, whether it is a
    heading and where it stands; and ``kinds``, the matter found so far (the loader's first).
    A rule marks a paragraph only while its kind is still empty."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.paragraphs = article.paragraphs
        self.kinds = [p.matter for p in article.paragraphs]
        self.length = max(1, len(article.text))
        self._words: dict[int, int] = {}
        self._texts: dict[int, tuple[str, frozenset[str]]] = {}

    @property
    def n(self) -> int:
        return len(self.paragraphs)

    def raw(self, i: int, limit: int | None = None) -> str:
        p = self.paragraphs[i]
        end = p.end if limit is None else min(p.end, p.start + limit)
        return self.article.text[p.start : end]

    def text(self, i: int, limit: int | None = WINDOW) -> str:
        """The paragraph (its first ``limit`` characters), normalized for phrase look-ups."""
        if limit == WINDOW:
            return self._window(i)[0]
        return normalize(self.raw(i, limit))

    def _window(self, i: int) -> tuple[str, frozenset[str]]:
        if i not in self._texts:
            text = normalize(self.raw(i, WINDOW))
            self._texts[i] = (text, tokens(text))
        return self._texts[i]

    def find(self, section: str, i: int) -> re.Match[str] | None:
        """The first phrase of a ``matter_words`` section in the paragraph's first
        ``WINDOW`` characters (normalized), or None."""
        text, words = self._window(i)
        return find(section, text, words)

    def words(self, i: int) -> int:
        if i not in self._words:
            p = self.paragraphs[i]
            if p.end - p.start > 20 * WINDOW:  # long enough to be body text whatever it says
                self._words[i] = (p.end - p.start) // 5
            else:
                raw = self.article.text[p.start : p.end]
                self._words[i] = len(raw.split()) if raw.isascii() else len(_WORD.findall(raw))
        return self._words[i]

    def heading(self, i: int) -> bool:
        return self.paragraphs[i].heading

    def free(self, i: int) -> bool:
        return not self.kinds[i]

    def position(self, i: int) -> float:
        """Where the paragraph starts, as a share of the text (0 at the start, 1 at the end)."""
        return self.paragraphs[i].start / self.length

    def ends_sentence(self, i: int) -> bool:
        return bool(_SENTENCE_END.search(self.raw(i, None)[-8:].rstrip()))

    def mark(self, indices: range | list[int], kind: str) -> None:
        for i in indices:
            if not self.kinds[i]:
                self.kinds[i] = kind


_CLOSES = {"”": "“„", "“": "„", "»": "«", "«": "»", "」": "「", "』": "『", "›": "‹"}
_QUOTE_MARKS = frozenset("“”„«»「」『』‹›\"")


def quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` in ``text`` lies inside quotation marks (a notice quoted by an article
    is the article's text). „German“, «French», “English” and 「Japanese」 pairs are followed."""
    open_marks: list[str] = []
    straight = False
    for ch in text[:pos]:
        if ch not in _QUOTE_MARKS:
            continue
        if ch == '"':
            straight = not straight
        elif open_marks and open_marks[-1] in _CLOSES.get(ch, ""):
            open_marks.pop()
        elif ch in "“„«»「『‹":
            open_marks.append(ch)
    return bool(open_marks) or straight
