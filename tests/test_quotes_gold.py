"""Quotes against our own gold set: short articles and story passages written for Margin (not
copied from anywhere), in every language the package ships a lexicon for, each with the quotes a
reader sees and who said them (tests/quotes_gold/<language>-<slug>.toml).

A found quote matches a gold quote when, after collapsing whitespace, dropping double quotation
marks and stripping the punctuation around them, they are the same words, or one contains the
other and covers at least 80% of it (one to one, in text order). Precision: matched found quotes
over found quotes; recall: matched gold quotes over gold quotes; speaker accuracy: among matched
gold quotes with a speaker, those whose found speaker is the gold speaker or one of its ``also``
(case folded)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.loaders.text import article_from_text
from reader.core.quotes import find_quotes
from reader.core.quotes.lexicon import check, data_languages

GOLD = Path(__file__).resolve().parent / "quotes_gold"
FLOORS = {"precision": 0.95, "recall": 0.95, "speaker": 0.93}

_SPACE = re.compile(r"\s+")
# double quotation marks go wherever they stand: a quote over several paragraphs repeats its
# opening mark at the start of each
_MARKS = str.maketrans("", "", "\"“”„‟«»‹›「」『』")
_EDGE = "'‘’‚.,;:!?…—–-()[] \u00a0"


def normalise(words: str) -> str:
    return _SPACE.sub(" ", words.translate(_MARKS)).strip(_EDGE).casefold()


def same_quote(found: str, gold: str) -> bool:
    a, b = normalise(found), normalise(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short in long and len(short) >= 0.8 * len(long)


@dataclass
class Score:
    found: int = 0
    gold: int = 0
    matched: int = 0
    with_speaker: int = 0
    speaker_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.found += other.found
        self.gold += other.gold
        self.matched += other.matched
        self.with_speaker += other.with_speaker
        self.speaker_right += other.speaker_right
        self.misses += other.misses

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def speaker(self) -> float:
        return self.speaker_right / self.with_speaker if self.with_speaker else 1.0

    def line(self, name: str) -> str:
        return (f"{name:<10} gold {self.gold:>4} found {self.found:>4}  P {self.precision:.3f}  "
                f"R {self.recall:.3f}  speaker {self.speaker:.3f} "
                f"({self.speaker_right}/{self.with_speaker})")


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.toml"))


def score_file(path: Path) -> tuple[str, str, Score]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    article = article_from_text(data["text"])
    article.language = data["language"]  # as the pipeline sets it, detected or chosen
    found = [(article.text[q.start : q.end], q.speaker) for q in find_quotes(article)]
    gold = data.get("quotes", [])
    s = Score(found=len(found), gold=len(gold))
    used: set[int] = set()
    for words, speaker in found:
        k = next((i for i, g in enumerate(gold) if i not in used and
                  same_quote(words, g["text"])), None)
        if k is None:
            s.misses.append(f"FP  {path.stem}: {words[:70]!r} ({speaker})")
            continue
        used.add(k)
        s.matched += 1
        want = gold[k].get("speaker", "")
        if want:
            s.with_speaker += 1
            right = {w.casefold() for w in [want, *gold[k].get("also", [])]}
            if speaker is not None and speaker.casefold() in right:
                s.speaker_right += 1
            else:
                s.misses.append(f"SPK {path.stem}: {speaker!r} for {want!r}: "
                                f"{gold[k]['text'][:50]!r}")
    for i, g in enumerate(gold):
        if i not in used:
            s.misses.append(f"FN  {path.stem}: {g['text'][:70]!r}")
    return data["language"], data.get("kind", "news"), s


def score_all() -> tuple[Score, dict[str, Score]]:
    total = Score()
    by_language: dict[str, Score] = {}
    for path in gold_files():
        language, kind, s = score_file(path)
        key = f"{language} {kind}" if kind != "news" else language
        by_language.setdefault(key, Score()).add(s)
        total.add(s)
    return total, by_language


def test_the_gold_set_is_there_in_every_language():
    languages = {tomllib.loads(p.read_text(encoding="utf-8"))["language"] for p in gold_files()}
    assert set(data_languages()) <= languages


def test_quotes_and_speakers_on_the_gold_set_stay_above_the_floors():
    total, by_language = score_all()
    report = "\n".join([total.line("all"), *(s.line(k) for k, s in sorted(by_language.items())),
                        *total.misses])
    assert total.precision >= FLOORS["precision"], report
    assert total.recall >= FLOORS["recall"], report
    assert total.speaker >= FLOORS["speaker"], report


def test_every_language_the_package_reads_has_a_test_file():
    """Adding a language is one data file and one test file."""
    tests = Path(__file__).resolve().parent
    missing = [code for code in data_languages() if not (tests / f"test_quotes_{code}.py").exists()]
    assert not missing, f"no tests/test_quotes_<code>.py for {missing}"


def test_every_data_file_has_known_keys_and_no_word_twice():
    problems = [p for code in ("common", *data_languages()) for p in check(code)]
    assert not problems, problems


def test_every_data_file_ships_as_package_data():
    """The lexicons go into the wheel and the bundle (pyproject's package-data for reader)."""
    import fnmatch

    root = Path(__file__).resolve().parent.parent
    with open(root / "pyproject.toml", "rb") as fh:
        shipped = tomllib.load(fh)["tool"]["setuptools"]["package-data"]["reader"]
    for path in (root / "reader" / "core" / "data" / "quotes").glob("*.toml"):
        inside = path.relative_to(root / "reader").as_posix()
        assert any(fnmatch.fnmatch(inside, pattern) and inside.count("/") == pattern.count("/")
                   for pattern in shipped), \
            f"{inside} is not package data: add \"core/data/quotes/*.toml\" to pyproject.toml"
