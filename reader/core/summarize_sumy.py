"""The sumy algorithms, fed with our sentences and words (no NLTK data needed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .words import language_name, stop_words, tokenize

SUMY_ALGORITHMS = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
    "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
}


class SumyTokenizer:
    """What sumy asks of a tokenizer, from our own splitter and word rules (no NLTK data)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from .article import Article, Paragraph
        from .sentences import split_sentences

        art = Article(text=paragraph, paragraphs=[Paragraph(0, len(paragraph))])
        return tuple(paragraph[s.start : s.end] for s in split_sentences(art, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokenize(sentence))


# Cue words for Edmundson's method, written for Margin: words that tend to mark a sentence
# that states a finding or conclusion (bonus), or a hedge or aside (stigma).
_CUES: dict[str, tuple[str, str]] = {
    "en": ("important significant key main conclude conclusion found finds showed shows "
           "result results announced decided agreed first major crucial essential",
           "perhaps maybe hardly probably might somewhat allegedly reportedly meanwhile "
           "incidentally rumour rumor"),
    "de": ("wichtig wichtigste bedeutend entscheidend ergebnis ergebnisse beschlossen "
           "zeigt zeigte erstmals zentral wesentlich angekündigt",
           "vielleicht vermutlich angeblich wohl kaum eventuell womöglich übrigens"),
    "fr": ("important importante essentiel essentielle résultat résultats décidé annoncé "
           "montre principal principale conclusion majeur",
           "peut-être probablement guère apparemment éventuellement sans doute"),
    "es": ("importante clave principal resultado resultados decidió anunció muestra "
           "conclusión esencial fundamental",
           "quizás quizá probablemente apenas supuestamente posiblemente"),
    "ru": ("важно важный главный ключевой результат результаты решение объявил показал "
           "впервые основной",
           "возможно вероятно якобы едва наверное кажется"),
    "zh": ("重要 关键 主要 结果 决定 宣布 表明 首次", "可能 也许 似乎 大概 据说"),
}


def sumy_summary(algorithm: str, texts: Sequence[str], count: int, language: str,
          paragraphs: Sequence[int] | None, title: str | None) -> list[int]:
    import importlib

    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Paragraph as SumyParagraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer, null_stemmer

    name = language_name(language)
    try:
        stem: Any = Stemmer(name)
    except LookupError:
        stem = null_stemmer
    tokenizer = SumyTokenizer(language)
    sentences = [SumySentence(t, tokenizer) for t in texts]
    groups: list[list[Any]] = []
    if title:
        groups.append([SumySentence(title, tokenizer, is_heading=True)])
    last = None
    for i, sentence in enumerate(sentences):
        para = paragraphs[i] if paragraphs is not None else 0
        if para != last or not groups:
            groups.append([])
            last = para
        groups[-1].append(sentence)
    document = ObjectDocumentModel([SumyParagraph(g) for g in groups])

    module, cls_name = SUMY_ALGORITHMS[algorithm]
    cls = getattr(importlib.import_module(module), cls_name)
    stops = stop_words(language)
    if algorithm == "edmundson":
        bonus, stigma = _CUES.get(language, ("", ""))
        # Without cue words for the language, Edmundson rests on title words and location.
        summarizer = cls(stem, cue_weight=1.0 if bonus else 0.0)
        summarizer.bonus_words = bonus.split()
        summarizer.stigma_words = stigma.split()
        # sumy refuses an empty null-word set; the empty string never occurs as a word.
        summarizer.null_words = stops or {""}
    else:
        summarizer = cls(stem)
        summarizer.stop_words = stops
    import warnings

    import numpy

    # sumy's LexRank divides by zero on texts of a few identical words; the result is still
    # a ranking, and the warning would be a stray line on the user's terminal
    with warnings.catch_warnings(), numpy.errstate(all="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        picked = summarizer(document, count)
    index = {id(s): i for i, s in enumerate(sentences)}
    return sorted(index[id(s)] for s in picked if id(s) in index)
