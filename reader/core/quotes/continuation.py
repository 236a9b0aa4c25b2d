"""A statement with no attribution in its own sentence takes its speaker from around it. The
fallbacks, tried in order (the first that answers wins):

1. short_introduction: a short sentence right before it says who speaks ("Sie fügte hinzu.")
2. quote_before: the quote before it in the paragraph
3. sentence_after: the sentence right after it names the speaker ("That was Okafor's answer.")
4. quote_after: the next quote in the paragraph
5. colon_paragraph: a paragraph that is all quote, after a paragraph ending with a colon
6. turn: a paragraph that is all quote, after one ending with a quote: the same speaker, or in
   a story told in dialogue the other one of the two who take turns (for the first reply, the
   one the story put opposite the first speaker)
7. sentence_before: the sentence before (the paragraph before's last, for a quote that opens
   its paragraph) reports speech, or names the person a verb without subject means («…»,
   explicó), the subject a quote in the first person speaks for, or in a story who acts
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .context import Context
from .cues import NEAR_CUES, find_speaker
from .marks import MARKS, Marked
from .mentions import Mention
from .speakers import Speakers
from .statements import FRAME_CHARS
from .subjects import first_name, subject
from .tokens import SENTENCE_END, Frame, Token

Speaker = tuple[str, Mention | None]


@dataclass
class Found:
    """A statement, with the mention that names its speaker and who that is."""

    marked: Marked
    mention: Mention | None
    speaker: str | None


@dataclass
class Conversation:
    """What the fallbacks read: the article, the statements found, and who is who."""

    ctx: Context
    found: list[Found]
    speakers: Speakers
    dialogue: bool  # the text is a story told in turns of dialogue, not news

    def named(self, mention: Mention | None) -> Speaker | None:
        if mention is None:
            return None
        name = self.speakers.resolve(mention)
        return (name, mention) if name is not None else None


def short_introduction(c: Conversation, k: int) -> Speaker | None:
    m = c.found[k].marked
    para = c.ctx.paragraphs[m.first_paragraph]
    lead = c.ctx.tokens(max(para.start, m.open - 120), m.open)
    if not lead or lead[-1].text not in SENTENCE_END:
        return None
    intro = lead[:-1]
    for i in range(len(intro) - 1, -1, -1):
        if intro[i].text in SENTENCE_END or intro[i].text in MARKS:
            intro = intro[i + 1 :]
            break
    if 0 < len(intro) <= 8 and any(t.low in c.ctx.lex.verbs for t in intro):
        return c.named(find_speaker(c.ctx, Frame(intro, []), NEAR_CUES))
    return None


def quote_before(c: Conversation, k: int) -> Speaker | None:
    m = c.found[k].marked
    for j in range(k - 1, -1, -1):
        prev = c.found[j]
        if prev.marked.last_paragraph != m.first_paragraph:
            break
        if prev.speaker is not None:
            return prev.speaker, prev.mention
    return None


def sentence_after(c: Conversation, k: int) -> Speaker | None:
    m = c.found[k].marked
    para = c.ctx.paragraphs[m.last_paragraph]
    sentence: list[Token] = []
    for tok in c.ctx.tokens(m.close + 1, min(para.end, m.close + 1 + FRAME_CHARS)):
        if tok.text in MARKS:
            return None
        sentence.append(tok)
        if tok.text in SENTENCE_END:
            break
    if sentence and any(t.low in c.ctx.lex.verbs for t in sentence):
        return c.named(find_speaker(c.ctx, Frame([], sentence), NEAR_CUES))
    return None


def quote_after(c: Conversation, k: int) -> Speaker | None:
    m = c.found[k].marked
    for nxt in c.found[k + 1 :]:
        if nxt.marked.first_paragraph != m.last_paragraph:
            break
        if nxt.speaker is not None:
            return nxt.speaker, nxt.mention
    return None


def _opens_paragraph(c: Conversation, m: Marked) -> bool:
    para = c.ctx.paragraphs[m.first_paragraph]
    return m.first_paragraph > 0 and not c.ctx.text[para.start : m.open].strip()


def colon_paragraph(c: Conversation, k: int) -> Speaker | None:
    m = c.found[k].marked
    if not _opens_paragraph(c, m):
        return None
    before = c.ctx.paragraphs[m.first_paragraph - 1]
    if not c.ctx.text[before.start : before.end].rstrip().endswith(":"):
        return None
    toks = c.ctx.tokens(max(before.start, before.end - FRAME_CHARS), before.end)
    for i in range(len(toks) - 2, -1, -1):
        if toks[i].text in SENTENCE_END:
            toks = toks[i + 1 :]
            break
    return c.named(find_speaker(c.ctx, Frame(toks, []), NEAR_CUES))


def turn(c: Conversation, k: int) -> Speaker | None:
    m = c.found[k].marked
    if not _opens_paragraph(c, m):
        return None
    turns = _turns_before(c, k)
    if not turns:
        return None
    last = turns[0]
    if c.dialogue and len(turns) > 1 and turns[1].speaker != last.speaker and \
            turns[0].marked.last_paragraph == m.first_paragraph - 1 and \
            turns[1].marked.last_paragraph == m.first_paragraph - 2:
        # "Gone to town," said the old man. / "By dark?" cried the girl. / "Then …": the man
        return (turns[1].speaker, turns[1].mention) if turns[1].speaker is not None else None
    if last.marked.last_paragraph != m.first_paragraph - 1 or last.speaker is None:
        return None
    if c.dialogue and (len(turns) == 1 or turns[1].marked.last_paragraph !=
                       m.first_paragraph - 2):
        # the first reply: whoever the story put opposite the one who spoke ("Der Wirt stand
        # hinter der Theke. / „Haben Sie ein Zimmer?“, fragte Anna. / „Für eine Nacht?“")
        other = _other_party(c, last)
        if other is not None:
            return other
    return last.speaker, last.mention


def _other_party(c: Conversation, turn: Found) -> Speaker | None:
    sentence, _ = c.ctx.sentence_before(turn.marked.open)
    if not sentence or any(t.text in MARKS for t in sentence):
        return None
    found = c.named(subject(c.ctx, sentence))
    return found if found is not None and found[0] != turn.speaker else None


def _turns_before(c: Conversation, k: int) -> list[Found]:
    """The attributed statements of the two paragraphs before the quote's, latest first (one
    per paragraph: its last)."""
    m = c.found[k].marked
    out: list[Found] = []
    for j in range(k - 1, -1, -1):
        prev = c.found[j]
        para = prev.marked.last_paragraph
        if para < m.first_paragraph - 2:
            break
        if prev.speaker is not None and (not out or out[-1].marked.last_paragraph != para):
            out.append(prev)
    return out


def sentence_before(c: Conversation, k: int) -> Speaker | None:
    """The sentence before the quote's own (or, for a quote that opens its paragraph, the
    last of the paragraph before): one that reports speech ("Der BGH widersprach der Ansicht,
    dass … . „…“"); for a quote whose verb has no subject ("«…», explicó."), the person that
    sentence is about; for a quote in the first person, the subject it speaks for ("Die SPD
    will … festhalten. „Wir wollen …“"); in a story, whoever acts in it ("The old man did not
    look up. “Depends who's asking.”")."""
    ctx = c.ctx
    m = c.found[k].marked
    sentence, opens = ctx.sentence_before(m.open)
    if not sentence or len(sentence) > 45 or any(t.text in MARKS for t in sentence) or \
            any(ch in MARKS for ch in ctx.text[sentence[-1].end : m.open]):
        return None
    lex = ctx.lex
    if any(t.low in lex.verbs or t.low in lex.document_verbs for t in sentence):
        return c.named(find_speaker(ctx, Frame(sentence, [])))
    if not opens:
        return None
    after = [t for t in ctx.tokens(m.close + 1, min(len(ctx.text), m.close + 60))[:4]
             if t.word and t.low not in lex.aux]  # «…», ha dichiarato.
    quoted = {w.lower() for w in re.findall(r"\w+", ctx.text[m.start : m.end])}
    if after and after[0].low in lex.verbs:
        # «…», explicó. / «…», — добавила. The verb has no subject of its own (Spanish and
        # Russian leave it out): the person the sentence before is about
        return c.named(first_name(ctx, sentence) or subject(ctx, sentence))
    if quoted & lex.first_person or c.dialogue:
        return c.named(subject(ctx, sentence))
    return None


Fallback = Callable[[Conversation, int], Speaker | None]
FALLBACKS: tuple[Fallback, ...] = (
    short_introduction, quote_before, sentence_after, quote_after, colon_paragraph, turn,
    sentence_before,
)


def continue_speakers(c: Conversation) -> None:
    """Give each statement without a speaker the first speaker a fallback finds."""
    for k, f in enumerate(c.found):
        if f.speaker is not None:
            continue
        for fallback in FALLBACKS:
            hit = fallback(c, k)
            if hit is not None:
                f.speaker, f.mention = hit
                break
