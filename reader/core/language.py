"""Language of an article: langdetect, seeded so the same text always gives the same answer.

langdetect normally builds a table of 87,000 n-grams x 55 languages before its first answer
(0.7 s here). We give its detector the same probabilities, computed only for the n-grams the
text actually contains, so the first answer costs about a tenth of that.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Any

from .errors import LanguageError

SAMPLE_CHARS = 4_000  # plenty for a confident answer; langdetect itself stops at 10,000

# Codes langdetect gives that we report more simply.
_ALIASES = {"zh-cn": "zh", "zh-tw": "zh"}


class _LazyProbabilities(dict[str, list[float] | None]):
    """word -> per-language probability, as langdetect's factory would have precomputed it.

    Every known n-gram is a key from the start (so ``in`` stays a plain dict look-up, which
    langdetect does for every character); its probabilities are worked out on first use."""

    def __init__(self, profiles: list[dict[str, Any]]) -> None:
        self._freqs = [p["freq"] for p in profiles]
        self._n_words = [p["n_words"] for p in profiles]
        keys: set[str] = set()
        for freq in self._freqs:
            keys.update(freq)
        super().__init__(dict.fromkeys(keys))

    def __getitem__(self, word: str) -> list[float]:
        value = dict.__getitem__(self, word)
        if value is None:
            n = len(word)
            value = [0.0] * len(self._freqs)
            if 1 <= n <= 3:
                for i, freq in enumerate(self._freqs):
                    count = freq.get(word)
                    if count is not None:
                        value[i] = count / self._n_words[i][n - 1]
            self[word] = value  # a race between threads computes the same list twice: harmless
        return value


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
