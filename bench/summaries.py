"""ROUGE of the default summariser against Lead-N and every sumy algorithm, on corpus files.

usage: python bench/summaries.py [FILE.jsonl ...] [--limit N] [--systems margin,lead,...] [--split]
Defaults to ../shared/corpus/summaries/cnndm_dev.jsonl, bbc_dev.jsonl and mlsum_es_dev.jsonl
when present. ``--split`` adds the first and the second half of each set (the default was tuned
on the first halves; the second halves are the check); nothing is tuned here.

Protocol (as the corpus README's anchor tables and issue 18): ROUGE-1/2/Lsum F1 x100 with
rouge-score, references as given, system sentences one per line; every system gets the same
Punkt sentences and the article's headline (as the reader does). CNN/DM summaries have 3
sentences, stemming on; BBC summaries as many as the reference, stemming on; MLSUM Spanish
("mlsum_es" in the file name) 1 sentence in Spanish, scored on lower-cased \\w+ tokens with
accents kept and no stemming (rouge-score's own tokenizer drops accented letters).
Beside the scores: "lean %" is the share of summary sentences that start with a pronoun or a
connective ("He added …", "However, …", "Sin embargo, …": reader/core/data/summary/<lang>.toml),
which read badly out of context, and "alone %" the share of those shown without the sentence
before them; "ahead" is the default's lead over the best other system, column by column.
Needs rouge-score (pip install rouge-score).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "summaries"

from reader.core.article import Article, Paragraph  # noqa: E402
from reader.core.pipeline import Options, analyze  # noqa: E402
from reader.core.sentences import split_sentences  # noqa: E402
from reader.core.summarize import SUMY_ALGORITHMS, summarize  # noqa: E402
from reader.core.summarize_sentences import leans_on_previous  # noqa: E402
from reader.core.textbuild import RawBlock, build_article  # noqa: E402

KEYS = ("rouge1", "rouge2", "rougeLsum")


def article_of(record: dict) -> Article:
    paragraphs = [p for p in record["article"].split("\n\n") if p.strip()]
    return build_article([RawBlock(p) for p in paragraphs], title=record.get("title"), fmt="txt")


def reference_length(reference: str) -> int:
    text = reference.strip()
    return max(1, len(split_sentences(Article(text, [Paragraph(0, len(text))]), "en")))


class WordTokenizer:
    """Lower-cased \\w+ tokens, accented letters kept, no stemming (for rouge-score)."""

    def tokenize(self, text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())


def settings(path: Path) -> tuple[int | None, str, bool]:
    """(summary sentences or None for the reference's length, language, stemming) of a set."""
    if "mlsum_es" in path.name:
        return 1, "es", False
    if "cnndm" in path.name:
        return 3, "en", True
    return None, "en", True


def run_system(name: str, article: Article, count: int, language: str = "en") -> list[str]:
    if name == "margin":
        analysis = analyze(article, Options(sentences=count, language=language))
        return [analysis.span_text(s) for s in analysis.summary]
    sentences = [s for s in split_sentences(article, language) if not s.heading]
    texts = [article.text[s.start : s.end] for s in sentences]
    if name == "lead":
        return texts[:count]
    picked = summarize(texts, count, language, name, paragraphs=[s.paragraph for s in sentences],
                       title=article.title)
    return [texts[i] for i in picked]


def score_set(path: Path, systems: list[str], limit: int | None
              ) -> tuple[dict[str, list[tuple[float, float, float]]], dict[str, list[int]],
                         dict[str, float]]:
    """Per system: each article's (R1, R2, RLsum), each article's count of leaning sentences
    and of sentences, and the seconds per article."""
    from rouge_score import rouge_scorer

    fixed, language, stemming = settings(path)
    scorer = rouge_scorer.RougeScorer(list(KEYS), use_stemmer=stemming,
                                      tokenizer=None if stemming else WordTokenizer())
    records = [json.loads(line) for line in path.open(encoding="utf-8")][:limit]
    scores: dict[str, list[tuple[float, float, float]]] = {}
    leaning: dict[str, list[int]] = {}
    seconds: dict[str, float] = {}
    for name in systems:
        rows, lean = [], [0, 0, 0]
        t0 = time.perf_counter()
        for record in records:
            article = article_of(record)
            count = fixed or reference_length(record["reference"])
            picked = run_system(name, article, count, language)
            leans = [s for s in picked if leans_on_previous(s, language)]
            lean[0] += len(leans)
            lean[1] += len(alone(leans, picked, article, language))
            lean[2] += len(picked)
            s = scorer.score(record["reference"], "\n".join(picked))
            rows.append((s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure))
        seconds[name] = (time.perf_counter() - t0) / max(1, len(records))
        scores[name], leaning[name] = rows, lean
    return scores, leaning, seconds


def alone(leaning: list[str], picked: list[str], article: Article, language: str) -> list[str]:
    """The leaning sentences whose sentence before is not in the summary with them."""
    if not leaning:
        return []
    texts = [article.text[s.start : s.end] for s in split_sentences(article, language)]
    where = {t: i for i, t in reversed(list(enumerate(texts)))}
    chosen = {where.get(t, -1) for t in picked}
    return [t for t in leaning if where.get(t, 0) - 1 not in chosen]


def _mean(rows: list[tuple[float, float, float]]) -> tuple[float, ...]:
    return tuple(100 * sum(r[i] for r in rows) / max(1, len(rows)) for i in range(3))


def print_table(title: str, scores: dict[str, list[tuple[float, float, float]]],
                leaning: dict[str, list[int]] | None, seconds: dict[str, float] | None) -> None:
    print(title)
    print(f"{'system':<12} {'R1':>6} {'R2':>6} {'RLsum':>6}"
          + (f" {'lean %':>7} {'alone %':>8} {'s/article':>10}" if leaning and seconds else ""))
    means = {name: _mean(rows) for name, rows in scores.items()}
    for name, (r1, r2, rl) in means.items():
        extra = ""
        if leaning and seconds:
            lean, lone, total = leaning[name]
            extra = (f" {100 * lean / max(1, total):7.1f} {100 * lone / max(1, total):8.1f}"
                     f" {seconds[name]:10.3f}")
        print(f"{name:<12} {r1:6.2f} {r2:6.2f} {rl:6.2f}{extra}")
    others = [m for name, m in means.items() if name != "margin"]
    if "margin" in means and others:
        ahead = [means["margin"][i] - max(m[i] for m in others) for i in range(3)]
        print(f"{'ahead':<12} {ahead[0]:+6.2f} {ahead[1]:+6.2f} {ahead[2]:+6.2f}"
              "   (margin minus the best other system, each column)")


def evaluate(path: Path, systems: list[str], limit: int | None, split: bool) -> None:
    fixed, language, _ = settings(path)
    scores, leaning, seconds = score_set(path, systems, limit)
    n = len(next(iter(scores.values()), []))
    length = f"{fixed} sentence{'s' if fixed != 1 else ''}" if fixed else "reference length"
    print_table(f"\n{path.name}: {n} articles, {length}, language {language}", scores, leaning,
                seconds)
    if split:
        half = n // 2
        for label, part in (("first half", slice(0, half)), ("second half", slice(half, n))):
            print_table(f"\n{path.name}, {label} ({len(range(n)[part])} articles)",
                        {k: v[part] for k, v in scores.items()}, None, None)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--systems", default=",".join(["margin", "lead", *SUMY_ALGORITHMS]))
    parser.add_argument("--split", action="store_true",
                        help="also report the first and the second half of each set")
    args = parser.parse_args()
    files = args.files or [CORPUS / name for name in ("cnndm_dev.jsonl", "bbc_dev.jsonl")]
    if not args.files and (CORPUS / "mlsum_es_dev.jsonl").exists():
        files.append(CORPUS / "mlsum_es_dev.jsonl")
    missing = [f for f in files if not f.exists()]
    if missing:
        sys.exit(f"no corpus at {missing[0]} (give a .jsonl file with article and reference)")
    systems = [s for s in args.systems.split(",") if s]
    for path in files:
        evaluate(path, systems, args.limit, args.split)


if __name__ == "__main__":
    main()
