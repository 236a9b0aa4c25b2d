"""Which quoted stretches are statements: said words, not a title („Die stille Bucht“), a name
("Friends of the Harbour Wall"), an address or scare quotes (the so-called "reform")."""

from __future__ import annotations

import re

from .context import Context
from .marks import Marked
from .tokens import Frame, sentence_of

FRAME_CHARS = 300  # how far a frame reaches on either side of the marks

_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_NAME_WORD = re.compile(r"[^\W_][\w'’\-]*")
_ADDRESS = re.compile(r"(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?")


def frame_of(ctx: Context, marked: Marked, para_start: int, para_end: int,
             prev_close: int | None, next_open: int | None) -> Frame:
    """The quote's sentence around its marks, within its paragraph and between the quotes
    before and after it."""
    begin = max(para_start, marked.open - FRAME_CHARS, (prev_close + 1) if prev_close else 0)
    stop = min(para_end, marked.close + 1 + FRAME_CHARS, next_open if next_open else para_end)
    frame = sentence_of(ctx.tokens(begin, marked.open), ctx.tokens(marked.close + 1, stop))
    before, after = frame.before, frame.after
    ends = ctx.text[marked.start : marked.end].rstrip()[-1:] in ".!?…"
    verbs = ctx.lex.verbs
    if ends and after and after[0].cap and (
            not any(t.low in verbs for t in after[:4]) or before and before[-1].text == ":"
            or any(t.low in verbs for t in before[-4:])):
        return Frame(before, [])  # a new sentence („… .“ Er akzeptierte die Niederlage …)
    return frame


def word_count(quoted: str) -> int:
    cjk = len(_CJK_CHAR.findall(quoted))
    return len(quoted.split()) + cjk // 2  # two characters make about a word


def _looks_like_a_name(ctx: Context, quoted: str) -> bool:
    """'Iceland Nature Conservation Association', 'Department of Vertebrate Zoology': every word
    that is not a small function word capitalised, and nothing that ends a sentence."""
    stripped = quoted.strip()
    if not stripped or stripped[-1] in ".!?…,;:":
        return False
    words = _NAME_WORD.findall(stripped)
    content = [w for w in words if w.lower() not in ctx.lex.function_words]
    return len(words) >= 2 and bool(content) and \
        all(w[0].isupper() or w[0].isdigit() for w in content) and \
        any(w[0].isupper() for w in content)


def title_cue(ctx: Context, frame: Frame, quoted: str = "") -> bool:
    """Words around the marks that make them a title or a name: the so-called „…“, the film
    “…”, „…“ genannt."""
    lex = ctx.lex
    words = [t for t in frame.before[-2:] if t.word]
    last = words[-1].low if words else ""
    if last in lex.naming_cues:
        return True
    # a work or a project is named in capitals („Die stille Bucht“, "Salt and Tide"); after
    # such a noun, words in small letters are said about it (das Projekt „von Anfang an …“)
    first = next((c for c in quoted if c.isalnum()), "A")
    if not (first.isupper() or first.isdigit()):
        return False
    # German compounds name a work too: ihr Erstwerk „…“, der Dokumentarfilm „…“
    if last in lex.title_cues or words and words[-1].cap and len(last) > 6 and \
            lex.title_suffixes and last.endswith(tuple(lex.title_suffixes)):
        return True
    # „…“, ein Roman über …; «La casa dei venti», il romanzo con cui …
    toks = frame.after
    if len(toks) >= 3 and toks[0].text == "," and toks[1].low in lex.determiners and \
            toks[2].low in lex.title_cues:
        return True
    after = [t.low for t in frame.after[:3] if t.word]
    return bool(after) and (after[0] in lex.named_after or after[0] in lex.so and
                            len(after) > 1 and after[1] in lex.named_after)


def _apposition(ctx: Context, quoted: str, frame: Frame) -> bool:
    """Words in marks right after a capitalised noun name it: der Fernsehsender „Channel 10“,
    the newspaper "Neues Deutschland"."""
    if len(frame.before) < 2 or quoted.rstrip()[-1:] in ".!?…," or word_count(quoted) > 6:
        return False
    last = frame.before[-1]
    return last.cap and last.text[0].isalpha() and last.low not in ctx.common and \
        last.low not in ctx.lex.saying_nouns


def is_statement(ctx: Context, quoted: str, frame: Frame, attributed: bool,
                 dialogue: bool = False, comma: bool = False) -> bool:
    """Whether quoted words are said words. ``dialogue``: the text is a story told in turns,
    where a whole short sentence in marks is a turn ("Hush.", "Tonight?"); ``comma``: the
    marks close after a comma, as said words do ("Not I," cried the Duchess)."""
    if title_cue(ctx, frame, quoted):
        return False
    # a name or a title starts with a capital; "die Infrastruktur der Hamas" is said words
    first_letter = next((c for c in quoted if c.isalpha()), "")
    # "Not I," cried the Duchess: said words; On “Face the Nation,” Sanders said: a name
    last = frame.before[-1] if frame.before else None
    said = comma and attributed and not (last is not None and (
        last.low in ctx.lex.prepositions or last.low in ctx.lex.possessives or
        last.text.endswith(("'s", "’s"))))  # CBS's “Face the Nation,”
    if first_letter.isupper() and not said and (
            _looks_like_a_name(ctx, quoted) or _apposition(ctx, quoted, frame)):
        return False
    if _ADDRESS.fullmatch(quoted.strip()):
        return False  # „news.bbc.co.uk“
    before = frame.before
    if first_letter.isupper() and len(quoted.split()) <= 2 and len(before) >= 2 and \
            before[-1].low in ctx.lex.determiners and before[-2].low in ctx.lex.verbs:
        return False  # "Das berichtete die „Automobilwoche“": the name of who reported
    words = word_count(quoted)
    if words >= 4:
        return True
    if dialogue and first_letter.isupper() and quoted.rstrip()[-1:] in ".!?…—–-":
        return True
    if attributed and ctx.cjk and _CJK_CHAR.search(quoted):
        return True  # 王强说：“我们很满意。” (the Chinese cues name a speaker only by a verb)
    # a few words are a statement when someone is said to use them: nannte sie „haltlos“,
    # and a short turn of dialogue: "By dark?" cried the girl
    verbs = ctx.lex.verbs
    near = any(t.low in verbs for t in frame.before[-8:]) or any(
        t.low in verbs for t in frame.after[:2])
    heard = any(t.low in verbs or t.low in ctx.lex.reported
                for t in (*frame.before, *frame.after))
    return words >= 1 and (attributed and near or heard and (near or attributed))
