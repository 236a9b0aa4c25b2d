"""Words for ranking: tokens, stop words and stemmers per language, without importing NLTK.

sumy's stop-word lists are read straight from its data folder (importing sumy's summarizers
costs two seconds of NLTK start-up); Russian, which sumy lacks, uses a list of ours.
"""

from __future__ import annotations

import pkgutil
import re
from collections.abc import Callable
from functools import cache

from .sentences import PUNKT_MODELS

_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)

# ISO code -> the language name sumy and Snowball use.
LANGUAGE_NAMES = {
    **{code: name for code, name in PUNKT_MODELS.items() if name not in ("malayalam",)},
    "uk": "ukrainian", "sk": "slovak", "ar": "arabic", "he": "hebrew", "ko": "korean",
    "th": "thai", "hu": "hungarian", "ro": "romanian", "ca": "catalan", "lt": "lithuanian",
    "id": "indonesian", "hi": "hindi", "fa": "persian", "hy": "armenian", "eu": "basque",
    "ga": "irish", "ne": "nepali", "ta": "tamil", "sr": "serbian",
}
LANGUAGE_NAMES.update({"be": "russian", "bg": "russian", "nb": "norwegian", "nn": "norwegian"})


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, "english")


def tokenize(text: str) -> list[str]:
    """Lower-case words; runs of Chinese/Japanese characters become overlapping character pairs,
    which stand in well for words in texts written without spaces."""
    out: list[str] = []
    pos = 0
    for m in _CJK_RUN.finditer(text):
        out.extend(w.lower() for w in _WORD.findall(text, pos, m.start()))
        run = m.group()
        out.extend([run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)])
        pos = m.end()
    out.extend(w.lower() for w in _WORD.findall(text, pos))
    return out


@cache
def stop_words(code: str) -> frozenset[str]:
    name = language_name(code)
    data = None
    for package, resource in (("reader.core", f"data/stopwords-{code}.txt"),
                              ("sumy", f"data/stopwords/{name}.txt")):
        try:
            data = pkgutil.get_data(package, resource)
        except OSError:
            data = None
        if data:
            break
    if not data:
        return frozenset()
    return frozenset(w.strip().lower() for w in data.decode("utf-8").splitlines() if w.strip())


@cache
def stemmer(code: str) -> Callable[[str], str]:
    """A Snowball stemmer for the language, or lower-casing where Snowball has none."""
    import snowballstemmer

    name = language_name(code)
    if code in ("be", "bg", "uk") or name not in snowballstemmer.algorithms():
        return str.lower
    stem = snowballstemmer.stemmer(name)
    cache: dict[str, str] = {}

    def run(word: str) -> str:
        try:
            return cache[word]
        except KeyError:
            result: str = stem.stemWord(word)
            cache[word] = result
            return result

    return run
