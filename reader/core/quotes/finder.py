"""The pipeline: marks -> incises cut out -> each quoted stretch's frame -> a cue names its
speaker -> statements kept -> speakers resolved -> fallbacks for the statements still without
one."""

from __future__ import annotations

import bisect
import re

from ..article import Article, Paragraph
from ..cancel import checkpoint
from .context import Context, context_for
from .continuation import Conversation, Found, continue_speakers
from .cues import find_speaker
from .incises import split_incises
from .marks import Marked, find_marked
from .mentions import Mention
from .quote import MAX_QUOTES, Quote
from .speakers import Speakers
from .statements import frame_of, is_statement, title_cue


def find_quotes(article: Article) -> list[Quote]:
    return find_quotes_within(article, None)[0]


def find_quotes_within(article: Article, limit: int | None = MAX_QUOTES
                       ) -> tuple[list[Quote], int]:
    """The quotes, and how many quotation-mark pairs past ``limit`` were not looked at."""
    marked = find_marked(article.text, article.paragraphs)
    skipped = 0
    if limit is not None and len(marked) > limit:
        skipped, marked = len(marked) - limit, marked[:limit]
    if not marked:
        return [], skipped
    story = _dialogue(article.text, article.paragraphs, marked)
    return _quotes(context_for(article, story), marked, story), skipped


def _quotes(ctx: Context, marked: list[Marked], dialogue: bool) -> list[Quote]:
    text = ctx.text
    paragraphs = ctx.paragraphs
    marked, parts = split_incises(ctx, marked)
    speakers = Speakers(ctx, marked)
    opens = [m.open for m in marked]
    found: list[Found] = []
    for n, m in enumerate(marked):
        if n % 64 == 0:
            checkpoint()
        # the frame reaches back to the last statement, across titles and names in marks
        # („Neues Deutschland“)
        prev_close = found[-1].marked.close if found and \
            found[-1].marked.last_paragraph == m.first_paragraph else None
        next_open = marked[n + 1].open if n + 1 < len(marked) and \
            marked[n + 1].first_paragraph == m.last_paragraph else None
        frame = frame_of(ctx, m, paragraphs[m.first_paragraph].start,
                         paragraphs[m.last_paragraph].end, prev_close, next_open)
        mention = find_speaker(ctx, frame)
        if mention is not None and _inside_a_quote(mention, marked, opens):
            mention = None
        quoted = text[m.start : m.end]
        # a short whole sentence right after a statement and its attribution goes on with it:
        # “We would have taken pay cuts,” Raman said. “They didn't ask.”
        goes_on = prev_close is not None and m.open - prev_close < 60 and \
            quoted.lstrip()[:1].isupper() and quoted.rstrip()[-1:] in ".!?…" and \
            not title_cue(ctx, frame, quoted)
        comma = "," in text[m.end : m.close]
        if not goes_on and m.start not in parts and \
                not is_statement(ctx, quoted, frame, mention is not None, dialogue, comma):
            continue
        found.append(Found(m, mention, speakers.resolve(mention) if mention else None))
    continue_speakers(Conversation(ctx, found, speakers, dialogue))
    quotes = []
    for f in found:
        m = f.marked
        if f.mention is not None and f.speaker is not None:
            quotes.append(Quote(m.start, m.end, f.speaker, f.mention.start, f.mention.end))
        else:
            quotes.append(Quote(m.start, m.end, f.speaker))
    return quotes


def _inside_a_quote(mention: Mention, marked: list[Marked], opens: list[int]) -> bool:
    k = bisect.bisect_left(opens, mention.start) - 1  # the last quote opened before it
    return k >= 0 and marked[k].open < mention.start < marked[k].close


_TURN_END = re.compile(r"[\s.,!?;:…—–-]*$")


def _dialogue(text: str, paragraphs: list[Paragraph], marked: list[Marked]) -> bool:
    """Whether the text tells a story in turns of dialogue: most quotes open their paragraph,
    and many are a short paragraph of their own, untagged ("Tonight?")."""
    if len(marked) < 4:
        return False
    opening = alone = 0
    for m in marked:
        para = paragraphs[m.first_paragraph]
        if text[para.start : m.open].strip() or m.end - m.start > 150:
            continue
        opening += 1
        last = paragraphs[m.last_paragraph]
        if _TURN_END.match(text, m.close + 1, last.end):
            alone += 1
    return opening * 2 >= len(marked) and alone * 5 >= len(marked)
