"""Language of an article: langdetect, seeded so the same text always gives the same answer,
weighed against the language the document declares and the script its letters are written in.

langdetect normally builds a table of 87,000 n-grams x 55 languages before its first answer
(0.7 s here). We give its detector the same probabilities, computed only for the n-grams the
text actually contains, so the first answer costs about a tenth of that.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import LanguageError

if TYPE_CHECKING:
    from .article import Article

SAMPLE_CHARS = 4_000  # plenty for a confident answer; langdetect itself stops at 10,000

# Codes langdetect gives, and older or three-letter codes documents declare, that we report
# more simply (a region or script subtag is dropped: zh-Hant, pt-BR, en-US).
_ALIASES = {
    "zh-cn": "zh", "zh-tw": "zh", "cmn": "zh", "yue": "zh", "zho": "zh", "chi": "zh",
    "iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro",
    "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it",
    "por": "pt", "rus": "ru", "ukr": "uk", "jpn": "ja", "kor": "ko", "nld": "nl", "dut": "nl",
    "pol": "pl", "ces": "cs", "cze": "cs", "ell": "el", "gre": "el", "heb": "he", "ara": "ar",
    "tur": "tr", "swe": "sv", "dan": "da", "nor": "no", "fin": "fi", "hun": "hu",
}
_NOT_A_LANGUAGE = {"und", "mul", "zxx", "mis", "xx", "x"}
# A declaration that is often a template's default rather than the author's choice.
_GENERIC = {"en"}
# Languages langdetect confuses with one another: between them, a declaration wins.
_RELATED = [
    {"no", "nb", "nn", "da", "sv"}, {"es", "pt", "gl", "ca"}, {"hr", "sr", "bs", "sl"},
    {"ru", "uk", "be", "bg", "mk", "sr"}, {"cs", "sk"}, {"id", "ms", "tl"}, {"hi", "mr", "ne"},
    {"af", "nl"}, {"fa", "ur"},
]
MIN_WORDS_TO_OVERRULE = 25  # detection on fewer words does not overrule a declaration


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
    if code in _ALIASES:
        return _ALIASES[code]
    base = code.split("-")[0]
    return _ALIASES.get(base, base)


# --- scripts ------------------------------------------------------------------------------------

# (first code point, last code point, script) for the letters of the scripts we tell apart
_SCRIPT_RANGES = sorted([
    (0x0041, 0x024F, "Latin"), (0x0250, 0x02AF, "IPA"), (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"), (0x0530, 0x058F, "Armenian"), (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"), (0x0700, 0x074F, "Syriac"), (0x0750, 0x077F, "Arabic"),
    (0x0780, 0x07BF, "Thaana"), (0x0900, 0x097F, "Devanagari"), (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"), (0x0A80, 0x0AFF, "Gujarati"), (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"), (0x0C00, 0x0C7F, "Telugu"), (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"), (0x0D80, 0x0DFF, "Sinhala"), (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"), (0x0F00, 0x0FFF, "Tibetan"), (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"), (0x1100, 0x11FF, "Hangul"), (0x1200, 0x139F, "Ethiopic"),
    (0x1780, 0x17FF, "Khmer"), (0x1C80, 0x1C8F, "Cyrillic"), (0x1E00, 0x1EFF, "Latin"),
    (0x1F00, 0x1FFF, "Greek"), (0x2C60, 0x2C7F, "Latin"), (0x2DE0, 0x2DFF, "Cyrillic"),
    (0x3040, 0x30FF, "Kana"), (0x3100, 0x312F, "Bopomofo"), (0x3130, 0x318F, "Hangul"),
    (0x31F0, 0x31FF, "Kana"), (0x3400, 0x4DBF, "Han"), (0x4E00, 0x9FFF, "Han"),
    (0xA640, 0xA69F, "Cyrillic"), (0xA720, 0xA7FF, "Latin"), (0xAC00, 0xD7AF, "Hangul"),
    (0xF900, 0xFAFF, "Han"), (0xFB1D, 0xFB4F, "Hebrew"), (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"), (0xFF21, 0xFF5A, "Latin"), (0xFF66, 0xFF9F, "HalfwidthKana"),
    (0xFFA0, 0xFFDC, "Hangul"), (0x20000, 0x2FFFF, "Han"),
])
_RANGE_STARTS = [start for start, _, _ in _SCRIPT_RANGES]
_CJK_SCRIPTS = ("Han", "Kana", "HalfwidthKana", "Bopomofo")  # counted a character at a time
_LETTER_RUN = re.compile(r"[^\W\d_]+")

_LATIN_LANGUAGES = (
    "af az bs ca cs cy da de en eo es et eu fi fil fo fr fy ga gd gl ha haw hr ht hu id ig is "
    "it jv ku la lb lt lv mg mi ms mt nb nl nn no oc pl pt qu rm ro rw sk sl sm sn so sq st su "
    "sv sw tk tl tn tr uz vi wo xh yo zu")
_LANGUAGE_SCRIPTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_LATIN_LANGUAGES.split(), ("Latin",)),
    **dict.fromkeys("ru uk be bg mk kk ky tg mn ba tt cv ce os".split(), ("Cyrillic",)),
    "sr": ("Cyrillic", "Latin"), "bs": ("Latin", "Cyrillic"), "uz": ("Latin", "Cyrillic"),
    "el": ("Greek",), "he": ("Hebrew",), "yi": ("Hebrew",),
    **dict.fromkeys("ar fa ur ps ug sd ckb".split(), ("Arabic",)),
    **dict.fromkeys("hi mr ne sa".split(), ("Devanagari",)),
    "bn": ("Bengali",), "as": ("Bengali",), "pa": ("Gurmukhi",), "gu": ("Gujarati",),
    "or": ("Oriya",), "ta": ("Tamil",), "te": ("Telugu",), "kn": ("Kannada",),
    "ml": ("Malayalam",), "si": ("Sinhala",), "th": ("Thai",), "lo": ("Lao",),
    "my": ("Myanmar",), "km": ("Khmer",), "bo": ("Tibetan",), "dz": ("Tibetan",),
    "ka": ("Georgian",), "hy": ("Armenian",), "am": ("Ethiopic",), "ti": ("Ethiopic",),
    "dv": ("Thaana",), "syr": ("Syriac",),
    "zh": ("CJK",), "ja": ("CJK",), "ko": ("Hangul",),
}
# the language a script on its own points to, when detection's answer does not fit the script
_USUAL = {"Greek": "el", "Hebrew": "he", "Hangul": "ko", "Thai": "th", "Georgian": "ka",
          "Armenian": "hy"}


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str | None:
    """The script of a letter (``Latin``, ``Cyrillic``, ``Han``, ``Kana``, …), None if other."""
    i = bisect_right(_RANGE_STARTS, ord(ch)) - 1
    if i >= 0 and ord(ch) <= _SCRIPT_RANGES[i][1]:
        return _SCRIPT_RANGES[i][2]
    return None


@dataclass(frozen=True)
class ScriptProfile:
    """How many words of a text are written in each script (a Chinese or Japanese character
    counts as a word; an alphabetic word counts once, in the script most of its letters use)."""

    counts: dict[str, int]

    @property
    def words(self) -> int:
        return sum(self.counts.values())

    def share(self, *scripts: str) -> float:
        return sum(self.counts.get(s, 0) for s in scripts) / max(1, self.words)

    @property
    def main(self) -> str | None:
        """The script most words use; Chinese characters and kana together are ``CJK``."""
        grouped: Counter[str] = Counter()
        for script, n in self.counts.items():
            grouped["CJK" if script in _CJK_SCRIPTS else script] += n
        return grouped.most_common(1)[0][0] if grouped else None

    @property
    def kana(self) -> float:
        """The share of kana among the Chinese and Japanese characters."""
        cjk = sum(self.counts.get(s, 0) for s in _CJK_SCRIPTS)
        return (self.counts.get("Kana", 0) + self.counts.get("HalfwidthKana", 0)) / max(1, cjk)

    @property
    def usual_language(self) -> str | None:
        if self.main == "CJK":
            return "ja" if self.kana >= 0.02 else "zh"
        return _USUAL.get(self.main or "")


def script_profile(text: str) -> ScriptProfile:
    counts: Counter[str] = Counter()
    for run in _LETTER_RUN.findall(text):
        if run.isascii():
            counts["Latin"] += 1
            continue
        local: Counter[str] = Counter()
        for ch in run:
            script = script_of(ch)
            if script in _CJK_SCRIPTS:
                counts[script] += 1
            elif script is not None:
                local[script] += 1
        if local:
            counts[local.most_common(1)[0][0]] += 1
    return ScriptProfile(dict(counts))


def fits_script(code: str, profile: ScriptProfile, *, unknown: bool = False) -> bool:
    """Whether a text with this profile can be written in language ``code``: Han (and no
    kana) for Chinese, Han with kana for Japanese, Hangul for Korean, Cyrillic for Russian,
    and so on. ``unknown`` answers for a language whose script we do not know."""
    scripts = _LANGUAGE_SCRIPTS.get(code)
    main = profile.main
    if scripts is None or main is None:
        return unknown and main is not None
    if code == "ja":
        return main == "CJK" and profile.kana >= 0.02
    if code == "zh":
        return main == "CJK" and profile.kana < 0.05
    if code == "ko":
        hangul = profile.counts.get("Hangul", 0)
        return main == "Hangul" or (main == "CJK" and hangul >= 0.2 * profile.words)
    return main in scripts


# --- the decision -------------------------------------------------------------------------------


def ranked_languages(text: str) -> list[tuple[str, float]]:
    """langdetect's candidates for ``text`` (normalised codes, most probable first, each with
    its probability); LanguageError as for ``detect_language``."""
    from langdetect.lang_detect_exception import LangDetectException

    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        raise LanguageError("has no letters, so its language cannot be told")
    detector = _factory().create()
    detector.seed = 0
    try:
        detector.append(sample)
        found = detector.get_probabilities()
    except LangDetectException as exc:
        raise LanguageError("has too few words to tell its language") from exc
    merged: dict[str, float] = {}
    for item in found:
        code = normalize_code(str(item.lang))
        merged[code] = merged.get(code, 0.0) + float(item.prob)
    return sorted(merged.items(), key=lambda kv: -kv[1])


def declared_code(declared: str | None) -> str | None:
    """A document's declared language as a code, or None when it names no language."""
    if not declared:
        return None
    code = normalize_code(declared)
    if code in _NOT_A_LANGUAGE or not code.isalpha() or not 2 <= len(code) <= 3:
        return None
    return code


def _related(a: str, b: str) -> bool:
    return any(a in group and b in group for group in _RELATED)


def _overrules(detected: str, probability: float, declared: str,
               profile: ScriptProfile) -> bool:
    """Whether detection is sure enough to set a declaration aside: a language not easily
    confused with the declared one, found with high confidence in a long enough text; less is
    asked when the declaration is a common template default (``en`` on a German page) than
    when someone chose it (a Dutch site's German article may still say ``nl``: then the text
    must be longer and detection surer)."""
    if _related(detected, declared) or profile.words < MIN_WORDS_TO_OVERRULE:
        return False
    if declared in _GENERIC:
        return probability >= 0.8
    return probability >= 0.99 and profile.words >= 2 * MIN_WORDS_TO_OVERRULE


def choose_language(text: str, declared: str | None = None) -> str:
    """The language of ``text``: the document's declared language when it is plausible (the
    script of the text's letters fits it, and detection does not clearly say otherwise),
    detection otherwise, taking the likeliest language whose script fits the text.
    LanguageError when the text has no letters (or, undeclared, too few words)."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        raise LanguageError("has no letters, so its language cannot be told")
    profile = script_profile(sample)
    code = declared_code(declared)
    try:
        ranked = ranked_languages(sample)
    except LanguageError:
        if code and fits_script(code, profile):
            return code
        raise
    top, probability = ranked[0]
    if code and fits_script(code, profile):
        if top == code or not fits_script(top, profile):
            return code
        return top if _overrules(top, probability, code, profile) else code
    if fits_script(top, profile, unknown=True):
        return top
    for candidate, _ in ranked[1:]:  # Traditional Chinese is not Korean: it has no Hangul
        if fits_script(candidate, profile):
            return candidate
    return profile.usual_language or top


def article_language(article: Article) -> str:
    """``choose_language`` for an article: its body (front and back matter left out, so that an
    English licence does not decide for a German book) and its declared language."""
    parts: list[str] = []
    size = 0
    for p in article.paragraphs:
        if not p.matter:
            parts.append(article.text[p.start : min(p.end, p.start + SAMPLE_CHARS)])
            size += p.end - p.start
            if size >= SAMPLE_CHARS:
                break
    body = "\n".join(parts)
    if not any(ch.isalpha() for ch in body[:SAMPLE_CHARS]):
        body = article.text
    return choose_language(body, article.meta.get("declared_language"))
