"""A quote as the rest of Margin sees it: the quoted words' span and who said them."""

from __future__ import annotations

from dataclasses import dataclass

MAX_QUOTES = 5000  # quotation-mark pairs looked at; past that, a text is a list, not speech


@dataclass(frozen=True)
class Quote:
    start: int  # the quoted words, without the marks
    end: int
    speaker: str | None = None
    speaker_start: int | None = None  # where the mention that names the speaker stands
    speaker_end: int | None = None


def speaker_counts(quotes: list[Quote]) -> list[tuple[str, int]]:
    """Each speaker with the number of their quotes, most quoted first (then first quoted)."""
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    return sorted(counts.items(), key=lambda item: -item[1])
