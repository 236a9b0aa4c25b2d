"""Attribution cues: each function finds the speaker one way a sentence names them, and
``find_speaker`` tries them in order, the first to answer wins.

A quote's frame is the rest of its sentence (see ``tokens.Frame``). The cues, in order (CUES):
Chinese patterns; German „…“, so Müller; French inversion (« … », a-t-elle précisé); a dash and a
name after the quote; a speech verb after the quote; "according to" / laut / selon / según /
secondo / segundo / по словам, after the quote or before it; a document that speaks ("heißt es
in"); "for X, …" (pour, para); "X zufolge"; a speech verb before the quote; "mit den Worten
„…“"; a colon introduction; the subject of a sentence whose speech verb named no one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .chinese import chinese_speaker
from .context import Context
from .mentions import Chunk, Mention, chunks, extend, kind
from .russian import nominative
from .subjects import around_verb, first_name
from .tokens import DASHES, Frame, Token

Cue = Callable[[Context, Frame], Mention | None]


def chinese(ctx: Context, frame: Frame) -> Mention | None:
    return chinese_speaker(ctx, frame) if ctx.cjk else None


def so_name(ctx: Context, frame: Frame) -> Mention | None:
    """German „…“, so Müller."""
    after = frame.after
    i = 0
    while i < len(after) and after[i].text == ",":
        i += 1
    if i >= len(after) or after[i].low not in ctx.lex.so:
        return None
    sub = after[i + 1 :]
    found = [x for x in (kind(ctx, c) for _, c in chunks(ctx, sub)[:3] if not c.oblique) if x]
    best = next((x for x in found if x.kind != "description"), found[0] if found else None)
    return extend(ctx, best, sub) if best is not None else None


def inversion(ctx: Context, frame: Frame) -> Mention | None:
    """French « … », a-t-elle précisé / dit-il: the pronoun after the verb."""
    pattern = ctx.lex.inverted_re
    if pattern is None or not frame.after:
        return None
    after = frame.after
    rest = ctx.span(after[0], after[-1])
    lead = len(rest) - len(rest.lstrip(" ,—–―-"))
    inv = pattern.match(rest[lead:])
    if not inv:
        return None
    group = next(g for g in (1, 2, 3) if inv.group(g))
    pos = after[0].start + lead + inv.start(group)
    return Mention(inv.group(group), pos, pos + len(inv.group(group)), "pronoun")


def dash_name(ctx: Context, frame: Frame) -> Mention | None:
    """“…” ― Pamela Padilla: a dash and a name, no verb."""
    after = frame.after
    words = [t for t in after if t.word]
    if not after or after[0].text not in DASHES or not words or len(words) > 5 or \
            any(t.low in ctx.lex.verbs for t in after):
        return None
    mention = kind(ctx, Chunk(words, False))
    return mention if mention is not None and mention.kind == "name" else None


def verb_after(ctx: Context, frame: Frame) -> Mention | None:
    return around_verb(ctx, frame.after, True) if frame.after else None


def _according(ctx: Context, toks: list[Token]) -> Mention | None:
    pattern = ctx.lex.according_re
    if not toks or pattern is None:
        return None
    m = pattern.search(ctx.text, toks[0].start, toks[-1].end)
    if not m:
        return None
    sub = [t for t in toks if t.start >= m.end()]
    for _, c in chunks(ctx, sub)[:1]:
        mention = kind(ctx, Chunk(c.toks, False))
        if mention:
            if mention.kind == "name" and m.group().lower().startswith("по "):
                # "по словам Нины Смирновой": the name is in the genitive
                mention = replace(mention, said_as=nominative(mention.text))
            return extend(ctx, mention, sub)
    return None


def according_after(ctx: Context, frame: Frame) -> Mention | None:
    return _according(ctx, frame.after)


def according_before(ctx: Context, frame: Frame) -> Mention | None:
    return _according(ctx, frame.before)


def document(ctx: Context, frame: Frame) -> Mention | None:
    """"In einem Positionspapier des Ministeriums heißt es": the paper the words come from."""
    toks, lex = frame.before, ctx.lex
    if not any(t.low in lex.document_verbs for t in toks) or \
            not any(t.low in lex.impersonal for t in toks):
        return None
    for i, t in enumerate(toks[:-1]):
        if t.low in ("in", "im") and toks[i + 1].word:
            sub = toks[i + 1 :]
            for _, c in chunks(ctx, sub)[:1]:
                mention = kind(ctx, Chunk(c.toks, False))
                if mention:
                    return extend(ctx, mention, sub)
    return None


def view(ctx: Context, frame: Frame) -> Mention | None:
    """"Pour Jenna Park, ce report « … »", "Para la vecina Carmen Soto, el cambio es «…»": a
    sentence that opens with "for <someone>," gives that person's view."""
    toks, lex = frame.before, ctx.lex
    if len(toks) >= 3 and toks[-1].text == "," and toks[-3].low in lex.view and \
            toks[-2].low in lex.pronouns:
        return kind(ctx, Chunk([toks[-2]], False))  # "… because to her, “…”"
    if len(toks) < 3 or toks[0].low not in lex.view:
        return None
    comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
    if comma is None or comma > 12:
        return None
    mention = first_name(ctx, toks[1:comma])
    if mention is None:
        for _, chunk in chunks(ctx, toks[1:comma])[:1]:
            found = kind(ctx, Chunk(chunk.toks, False))
            if found is not None and any(lex.is_role(t.text) or t.low in lex.groups
                                         for t in chunk.toks):
                mention = found
    return mention


def _postposed(ctx: Context, toks: list[Token]) -> Mention | None:
    """German "Berger zufolge", "dem Bericht zufolge": the source stands before the word."""
    lex = ctx.lex
    for i, t in enumerate(toks):
        if t.low in lex.postposed and i:
            if toks[i - 1].text == ",":
                # "Dem Leiter der Polizeiinspektion, Ralf Unger, zufolge": the name
                found = chunks(ctx, toks[: i - 1])
                named = kind(ctx, found[-1][1]) if found else None
                if named is not None and named.kind == "name":
                    return named
                return None
            found = chunks(ctx, toks[:i])
            k = len(found) - 1
            if k < 0 or found[k][0] + len(found[k][1].toks) != i:
                return None
            # "Dem Bericht des Rechnungshofs zufolge": a genitive belongs to the noun before
            while k > 0 and found[k][1].toks[0].low in lex.genitive and \
                    found[k - 1][0] + len(found[k - 1][1].toks) == found[k][0]:
                k -= 1
            words = [w for _, c in found[k:] for w in c.toks]
            return kind(ctx, Chunk(words, False))
    return None


def postposed_before(ctx: Context, frame: Frame) -> Mention | None:
    return _postposed(ctx, frame.before) if ctx.lex.postposed else None


def postposed_after(ctx: Context, frame: Frame) -> Mention | None:
    return _postposed(ctx, frame.after) if ctx.lex.postposed else None


def verb_before(ctx: Context, frame: Frame) -> Mention | None:
    return around_verb(ctx, frame.before, False) if frame.before else None


def _sentence_subject(ctx: Context, before: list[Token]) -> Mention | None:
    for _, chunk in chunks(ctx, before)[:1]:
        if chunk.oblique:
            return None
        toks = chunk.toks
        # "The governor's office released a statement": the verb is not in the lexicon
        cut = next((k for k, t in enumerate(toks) if k >= 2 and not t.cap and
                    len(t.text) > 4 and t.low.endswith("ed")), None)
        if cut is not None:
            toks = toks[:cut]
        mention = kind(ctx, Chunk(toks, False))
        if mention:
            return extend(ctx, mention, before)
    return None


def colon(ctx: Context, frame: Frame) -> Mention | None:
    """A colon introduction without a speech verb: the subject of the sentence ("Die Autoren
    der Studie werfen den Behörden vor: „…“")."""
    if not frame.before or frame.before[-1].text != ":":
        return None
    return _sentence_subject(ctx, frame.before)


def reporting_subject(ctx: Context, frame: Frame) -> Mention | None:
    """A sentence with a speech verb the other cues found no subject for: its first phrase
    (also when the verb comes last, after the quote: "Aridi hatte die Zustimmung „trotz
    einiger Vorbehalte“ bekanntgegeben.")."""
    verbs = ctx.lex.verbs
    if not frame.before or not (any(t.low in verbs for t in frame.before) or
                                any(t.low in verbs for t in frame.after[:2])):
        return None
    return _sentence_subject(ctx, frame.before)


def saying_noun(ctx: Context, frame: Frame) -> Mention | None:
    """"Mit den Worten „…“, richtete er seinen Blick …": who used the words is the subject
    right after the verb that follows, or the subject of the sentence."""
    before = frame.before
    if not before or before[-1].low not in ctx.lex.saying_nouns or \
            len(before) > 1 and before[-2].low in ctx.lex.possessives:
        return None
    after = [c for _, c in chunks(ctx, frame.after[:6]) if not c.oblique]
    for chunk in after[:2]:
        mention = kind(ctx, chunk)
        if mention is not None and mention.kind in ("name", "pronoun"):
            return mention
    return None


# the order is the priority: the first cue that names someone wins
CUES: tuple[Cue, ...] = (
    chinese, so_name, inversion, dash_name, verb_after, according_after, according_before,
    document, view, postposed_before, postposed_after, verb_before, saying_noun, colon,
    reporting_subject,
)
# for a sentence near the quote rather than its own: no guessing from a bare speech verb
NEAR_CUES: tuple[Cue, ...] = CUES[:-1]


def find_speaker(ctx: Context, frame: Frame, cues: tuple[Cue, ...] = CUES) -> Mention | None:
    """The speaker the frame names, or None when it names none."""
    for cue in cues:
        mention = cue(ctx, frame)
        if mention is not None:
            return mention
    return None
