"""Quoted statements and who made them.

``finder`` runs the pipeline; the files, in the order it uses them:

- ``marks``: which stretches stand inside quotation marks, in every common style
- ``incises``: the author's words inside the marks (« …, dit-il, … ») cut out
- ``tokens``, ``statements``: a quote's frame (the rest of its sentence), and whether the
  quoted words are a statement rather than a title, a name or scare quotes
- ``cues``: the ways a sentence names a speaker, tried in order (``subjects``: who a speech
  verb's subject is; ``mentions``: what a phrase is; ``chinese``: Chinese patterns)
- ``continuation``: fallbacks for a statement whose sentence names no one
- ``speakers``, ``people``, ``russian``: mentions to people (fullest names, roles, pronouns)
- ``lexicon``, ``context``: the words of the article's language, read from data files
- ``quote``: the Quote the window, the library and the exports read

Words are data: reader/core/data/quotes/<language>.toml (and common.toml). Only Russian
morphology (``russian``) and Chinese patterns (``chinese``) are code of one language.
"""

from __future__ import annotations

from .finder import find_quotes, find_quotes_within
from .quote import MAX_QUOTES, Quote, speaker_counts

__all__ = ["MAX_QUOTES", "Quote", "find_quotes", "find_quotes_within", "speaker_counts"]
