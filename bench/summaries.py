"""ROUGE of the default summariser against Lead-N and every sumy algorithm, on a corpus file.

usage: python bench/summaries.py [FILE.jsonl ...] [--limit N] [--systems margin,lead,...]
Defaults to ../shared/corpus/summaries/cnndm_dev.jsonl, bbc_dev.jsonl and mlsum_es_dev.jsonl
when present.

Protocol (as the corpus README's anchor tables): ROUGE-1/2/Lsum F1 x100 with rouge-score,
references as given, system sentences one per line; every system gets the same Punkt sentences.
CNN/DM summaries have 3 sentences, stemming on; BBC summaries as many as the reference, stemming
on; MLSUM Spanish ("mlsum_es" in the file name) 1 sentence in Spanish, lower-cased \\w+ tokens
with accents kept and no stemming (rouge-score's own tokenizer drops accented letters).
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
from reader.core.textbuild import RawBlock, build_article  # noqa: E402


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
    picked = summarize(texts, count, language, name, paragraphs=[s.paragraph for s in sentences])
    return [texts[i] for i in picked]


def evaluate(path: Path, systems: list[str], limit: int | None) -> None:
    from rouge_score import rouge_scorer

    fixed, language, stemming = settings(path)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=stemming,
                                      tokenizer=None if stemming else WordTokenizer())
    records = [json.loads(line) for line in path.open(encoding="utf-8")][:limit]
    length = f"{fixed} sentence{'s' if fixed != 1 else ''}" if fixed else "reference length"
    print(f"\n{path.name}: {len(records)} articles, {length}, language {language}")
    print(f"{'system':<12} {'R1':>6} {'R2':>6} {'RLsum':>6} {'s/article':>10}")
    for name in systems:
        totals = [0.0, 0.0, 0.0]
        t0 = time.perf_counter()
        for record in records:
            article = article_of(record)
            count = fixed or reference_length(record["reference"])
            summary = "\n".join(run_system(name, article, count, language))
            scores = scorer.score(record["reference"], summary)
            for i, key in enumerate(("rouge1", "rouge2", "rougeLsum")):
                totals[i] += scores[key].fmeasure
        per = (time.perf_counter() - t0) / len(records)
        r1, r2, rl = (100 * t / len(records) for t in totals)
        print(f"{name:<12} {r1:6.2f} {r2:6.2f} {rl:6.2f} {per:10.3f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--systems", default=",".join(["margin", "lead", *SUMY_ALGORITHMS]))
    args = parser.parse_args()
    files = args.files or [CORPUS / name for name in ("cnndm_dev.jsonl", "bbc_dev.jsonl")]
    if not args.files and (CORPUS / "mlsum_es_dev.jsonl").exists():
        files.append(CORPUS / "mlsum_es_dev.jsonl")
    missing = [f for f in files if not f.exists()]
    if missing:
        sys.exit(f"no corpus at {missing[0]} (give a .jsonl file with article and reference)")
    systems = [s for s in args.systems.split(",") if s]
    for path in files:
        evaluate(path, systems, args.limit)


if __name__ == "__main__":
    main()
