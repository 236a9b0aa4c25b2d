"""Calling work off: the analysis stops at its next checkpoint, between steps and inside them."""

from __future__ import annotations

import pytest

from reader.core.cancel import Cancelled, CancelToken, cancellable, checkpoint
from reader.core.loaders.text import article_from_text
from reader.core.pipeline import analyze


def _book(paragraphs: int = 3000):
    para = ('The keeper wrote the names of the ships in the ledger every night. '
            '"We have never missed a tide," said Ilse Marr. ') * 3
    return article_from_text("The Long Ledger\n\n" + "\n\n".join([para] * paragraphs))


def test_a_cancelled_analysis_stops_inside_the_step_it_is_in():
    token = CancelToken()
    steps: list[str] = []

    def progress(step: str) -> None:
        steps.append(step)
        if step == "sentences":
            token.cancel()  # while the sentences of 3,000 paragraphs are still to split

    with cancellable(token), pytest.raises(Cancelled):
        analyze(_book(), progress=progress)
    assert steps == ["language", "sentences"]  # never got to the summary


def test_without_a_token_nothing_stops():
    token = CancelToken()
    token.cancel()
    with cancellable(token), pytest.raises(Cancelled):
        checkpoint()
    checkpoint()  # outside: the command line's work never stops
    analysis = analyze(_book(20))
    assert analysis.summary
