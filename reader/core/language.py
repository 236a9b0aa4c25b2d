"""Language of an article: langdetect, seeded so the same text always gives the same answer.

langdetect normally builds a table of 87,000 n-grams x 55 languages before its first answer
(0.7 s here). We give its detector the same probabilities, computed only for the n-grams the
text actually contains, so the first answer costs about a tenth of that.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from .errors import LanguageError

SAMPLE_CHARS = 4_000  # plenty for a confident answer; langdetect itself stops at 10,000

# Codes langdetect gives that we report more simply.
_ALIASES = {"zh-cn": "zh", "zh-tw": "zh"}


class _LazyProbabilities(Mapping[str, list[float]]):
    """word -> per-language probability, as langdetect's factory would have precomputed it."""

    def __init__(self, profiles: list[dict[str, Any]]) -> None:
        self._freqs = [p["freq"] for p in profiles]
        self._n_words = [p["n_words"] for p in profiles]
        self._cache: dict[str, list[float] | None] = {}
        self._lock = threading.Lock()

    def _compute(self, word: str) -> list[float] | None:
        n = len(word)
        found = False
        probs = [0.0] * len(self._freqs)
        for i, freq in enumerate(self._freqs):
            count = freq.get(word)
            if count is not None:
                found = True
                if 1 <= n <= 3:
                    probs[i] = count / self._n_words[i][n - 1]
        return probs if found else None

    def _get(self, word: str) -> list[float] | None:
        try:
            return self._cache[word]
        except KeyError:
            value = self._compute(word)
            with self._lock:
                self._cache[word] = value
            return value

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._get(word) is not None

    def __getitem__(self, word: str) -> list[float]:
        value = self._get(word)
        if value is None:
            raise KeyError(word)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter({w for f in self._freqs for w in f})

    def __len__(self) -> int:
        return len({w for f in self._freqs for w in f})


@lru_cache(maxsize=1)
def _factory() -> Any:
    import langdetect
    from langdetect.detector_factory import DetectorFactory

    folder = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    profiles = []
    for name in sorted(os.listdir(folder)):
        if name.startswith("."):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            profiles.append(json.load(fh))
    factory = DetectorFactory()
    factory.seed = 0
    factory.langlist = [p["name"] for p in profiles]
    factory.word_lang_prob_map = _LazyProbabilities(profiles)
    return factory


def detect_language(text: str) -> str:
    """ISO code such as ``en``, ``de``, ``zh``; LanguageError when the text has no letters."""
    from langdetect.lang_detect_exception import LangDetectException

    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        raise LanguageError("has no letters, so its language cannot be told")
    detector = _factory().create()
    detector.seed = 0  # a fixed seed: the same text always gets the same answer
    try:
        detector.append(sample)
        code = str(detector.detect())
    except LangDetectException as exc:
        raise LanguageError("has too few words to tell its language") from exc
    return _ALIASES.get(code, code)


def normalize_code(code: str) -> str:
    code = code.strip().lower().replace("_", "-")
    return _ALIASES.get(code, code.split("-")[0])
