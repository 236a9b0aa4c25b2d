"""Direct quotes and their speakers, scored against two annotated dev sets and our gold set.

usage: python bench/quotes.py [--polnear DIR] [--wikinews DIR] [--show N]
Defaults to ../shared/corpus/quotes/polnear_dev and german_wikinews_dev when present. Exits 1
when a set scores under its floor (FLOORS). Our own gold set (tests/quotes_gold, news and story
passages in every language of the lexicon) is scored as tests/test_quotes_gold.py scores it.
No public fiction set is scored: QuoteLi3 and the Project Dialogism Novel Corpus state no licence
for their annotations and are not in the shared corpus.

Protocol
- Texts are analysed as given (paragraphs split at line breaks), so offsets are the corpus's,
  with the language detected as the app does.
- Gold, PolNeAR: each segment of an annotated Content span (one annotator per article, the first
  file in name order) that stands inside quotation marks: its first character is an opening mark
  or follows one, its last is a closing mark or precedes one (after , . ? ! …). The speaker is
  the relation's Source. Quoted words inside a Content segment that is not itself in marks (a
  partial quote within indirect speech) are not gold; a predicted quote there is left out of
  precision rather than counted wrong.
- Gold, German Wikinews: annotations of type "Direct", each span of the quote; the speaker is
  the annotation's speaker.
- A predicted quote matches a gold one when they overlap by at least half of the shorter of the
  two (quotation marks and outer spaces stripped from both); one-to-one, in text order.
- Two relations on the same words count as one gold quote, and either speaker is right.
- Speaker right: among matched quotes whose gold speaker is not empty, the predicted speaker's
  mention overlaps the gold speaker span, or the predicted name and the gold speaker text share a
  word of three letters or more (case folded), so "Grace Okafor" is right for "Okafor" and for
  "Head teacher Grace Okafor".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "quotes"

from reader.core.article import Article, Paragraph  # noqa: E402
from reader.core.language import detect_language  # noqa: E402
from reader.core.quotes import find_quotes  # noqa: E402

# (precision, recall, speaker accuracy) a set must reach
FLOORS = {"polnear_dev": (0.96, 0.96, 0.95), "german_wikinews_dev": (0.93, 0.93, 0.90)}

OPENING = "“\"„‚‘«»‹›「『"
CLOSING = "”\"“‘’»«›‹」』"
_WORD = re.compile(r"\w{3,}")


@dataclass
class Gold:
    start: int
    end: int
    speaker: str
    speaker_spans: list[tuple[int, int]]


def _merge(gold: list[Gold]) -> list[Gold]:
    """One gold quote per span: annotators sometimes give the same words two relations (the
    person and the press release they spoke in); either speaker counts."""
    merged: dict[tuple[int, int], Gold] = {}
    for g in gold:
        if (g.start, g.end) in merged:
            m = merged[(g.start, g.end)]
            m.speaker = f"{m.speaker} | {g.speaker}"
            m.speaker_spans += g.speaker_spans
        else:
            merged[(g.start, g.end)] = Gold(g.start, g.end, g.speaker, list(g.speaker_spans))
    return sorted(merged.values(), key=lambda g: g.start)


def article_of(text: str) -> Article:
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            paragraphs.append(Paragraph(pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    # the language as the app detects it: stop words and names depend on it
    return Article(text=text, paragraphs=paragraphs, language=detect_language(text))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in OPENING + CLOSING):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in OPENING + CLOSING):
        end -= 1
    return start, end


def _in_marks(text: str, start: int, end: int) -> bool:
    s, e = start, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return False
    opens = text[s] in OPENING or (s > 0 and text[s - 1] in OPENING)
    closes = text[e - 1] in CLOSING
    if not closes:
        j = e
        while j < len(text) and text[j] in ",.?!…;: ":
            j += 1
        closes = j < len(text) and text[j] in CLOSING
    if not closes and text[e - 1] in ",.?!…":
        closes = e - 2 >= 0 and text[e - 2] in CLOSING
    return opens and closes


def polnear(folder: Path) -> list[tuple[str, str, list[Gold], list[tuple[int, int]]]]:
    docs = []
    seen: set[str] = set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
        spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
        relations = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                kind, _, where = parts[1].partition(" ")
                segs = [tuple(int(x) for x in seg.split()) for seg in where.split(";")]
                spans[parts[0]] = (kind, segs, parts[2] if len(parts) > 2 else "")  # type: ignore[assignment]
            elif line.startswith("E") and len(parts) >= 2:
                relations.append(dict(item.split(":", 1) for item in parts[1].split()))
        gold: list[Gold] = []
        neutral: list[tuple[int, int]] = []
        for rel in relations:
            if "Content" not in rel or rel["Content"] not in spans:
                continue
            source = spans.get(rel.get("Source", ""), ("", [], ""))
            for s, e in spans[rel["Content"]][1]:
                if _in_marks(text, s, e):
                    gold.append(Gold(*_strip(text, s, e), source[2], list(source[1])))
                elif any(c in text[s:e] for c in OPENING):
                    neutral.append((s, e))
        docs.append((name, text, _merge(gold), neutral))
    return docs


def wikinews(folder: Path) -> list[tuple[str, str, list[Gold], list[tuple[int, int]]]]:
    docs = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data["originalText"]
        gold = []
        for a in data["annotations"]:
            if a.get("type") != "Direct":
                continue
            speaker = a.get("speaker") or {}
            sspans = [(s["charBegin"], s["charEnd"]) for s in speaker.get("spans", [])]
            for span in a["quote"]["spans"]:
                s, e = _strip(text, span["charBegin"], span["charEnd"])
                if e > s:
                    gold.append(Gold(s, e, speaker.get("text", ""), sspans))
        docs.append((path.name, text, _merge(gold), []))
    return docs


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _speaker_right(q, g: Gold) -> bool:  # type: ignore[no-untyped-def]
    if q.speaker_start is not None and any(
            _overlap((q.speaker_start, q.speaker_end), span) for span in g.speaker_spans):
        return True
    if not q.speaker:
        return False
    ours = {w.casefold() for w in _WORD.findall(q.speaker)}
    theirs = {w.casefold() for w in _WORD.findall(g.speaker)}
    return bool(ours & theirs)


def score(name: str, docs: list, show: int) -> bool:  # type: ignore[type-arg]
    tp = fp = fn = neutral_hits = 0
    with_speaker = speaker_ok = 0
    misses: list[str] = []
    for doc, text, gold, neutral in docs:
        found = find_quotes(article_of(text))
        used: set[int] = set()
        for q in found:
            span = _strip(text, q.start, q.end)
            match = None
            for k, g in enumerate(gold):
                if k in used:
                    continue
                ov = _overlap(span, (g.start, g.end))
                if ov and ov * 2 >= min(span[1] - span[0], g.end - g.start):
                    match = k
                    break
            if match is None:
                if any(_overlap(span, n) for n in neutral):
                    neutral_hits += 1
                else:
                    fp += 1
                    misses.append(f"FP {doc[:40]}: {text[span[0]:span[1]][:90]!r}")
                continue
            used.add(match)
            tp += 1
            g = gold[match]
            if g.speaker.strip():
                with_speaker += 1
                if _speaker_right(q, g):
                    speaker_ok += 1
                else:
                    misses.append(f"SPK {doc[:40]}: {q.speaker!r} vs {g.speaker!r}: "
                                  f"{text[g.start:g.end][:60]!r}")
        for k, g in enumerate(gold):
            if k not in used:
                fn += 1
                misses.append(f"FN {doc[:40]}: {text[g.start:g.end][:90]!r}")
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f1 = 2 * p * r / max(1e-9, p + r)
    acc = speaker_ok / max(1, with_speaker)
    floor = FLOORS.get(name, (0.0, 0.0, 0.0))
    ok = p >= floor[0] and r >= floor[1] and acc >= floor[2]
    print(f"{name:<22} {len(docs):>5} {tp + fn:>5} {tp + fp:>5} {p:7.3f} {r:7.3f} {f1:7.3f} "
          f"{acc:8.3f}  ({speaker_ok}/{with_speaker}; {neutral_hits} partial quotes not scored)"
          + ("" if ok else f"  UNDER THE FLOOR {floor}"))
    for line in misses[:show]:
        print("   ", line)
    return ok


def gold(show: int) -> None:
    """Our gold set, news and stories apart, as tests/test_quotes_gold.py scores it."""
    from tests.test_quotes_gold import Score, gold_files, score_file

    kinds: dict[str, tuple[int, Score]] = {}
    for path in gold_files():
        _, kind, s = score_file(path)
        files, total = kinds.get(kind, (0, Score()))
        total.add(s)
        kinds[kind] = (files + 1, total)
    for kind, (files, s) in sorted(kinds.items()):
        f1 = 2 * s.precision * s.recall / max(1e-9, s.precision + s.recall)
        print(f"{'gold ' + kind:<22} {files:>5} {s.gold:>5} {s.found:>5} {s.precision:7.3f} "
              f"{s.recall:7.3f} {f1:7.3f} {s.speaker:8.3f}  "
              f"({s.speaker_right}/{s.with_speaker})")
        for line in s.misses[:show]:
            print("   ", line)


def timing(words: int = 200_000, people: int = 2_000) -> None:
    """find_quotes on a long generated text with many people, each quoted through a pronoun:
    resolving pronouns must not grow with (quotes x people)."""
    import random
    import time

    sys.path.insert(0, str(ROOT / "bench"))
    from analyze_time import make_article

    rng = random.Random(3)
    first = ["Ana", "Tom", "Grace", "Lena", "Marta", "Oskar", "Ivo", "Rosa", "Dana", "Emil"]
    last = [f"Q{chr(65 + i % 26)}{chr(97 + (i // 26) % 26)}{chr(97 + i // 676)}ley"
            for i in range(people)]
    paragraphs, count = [], 0
    while count < words:
        body = make_article(60, seed=rng.randint(0, 10**6)).split("\n\n")[1]
        who = f"{rng.choice(first)} {rng.choice(last)}"
        body += (f" {who} spoke to the council. \"We have to finish the bridge before the "
                 f"winter comes,\" she said.")
        paragraphs.append(body)
        count += len(body.split())
    text = "\n".join(paragraphs)
    article = article_of(text)
    start = time.perf_counter()
    found = find_quotes(article)
    took = time.perf_counter() - start
    print(f"\nfind_quotes: {count} words, {people} people, {len(found)} quotes: {took:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--polnear", type=Path, default=CORPUS / "polnear_dev")
    parser.add_argument("--wikinews", type=Path, default=CORPUS / "german_wikinews_dev")
    parser.add_argument("--show", type=int, default=0, help="print the first N misses per set")
    args = parser.parse_args()
    if not args.polnear.exists() and not args.wikinews.exists():
        sys.exit(f"no corpus at {args.polnear} or {args.wikinews}")
    print(f"{'set':<22} {'docs':>5} {'gold':>5} {'found':>5} {'prec':>7} {'recall':>7} "
          f"{'F1':>7} {'speaker':>8}")
    ok = True
    if args.polnear.exists():
        ok = score("polnear_dev", polnear(args.polnear), args.show) and ok
    if args.wikinews.exists():
        ok = score("german_wikinews_dev", wikinews(args.wikinews), args.show) and ok
    gold(args.show)
    timing()
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
