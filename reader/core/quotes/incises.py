"""The author's words inside the marks, as Russian, Spanish and French set them:
«Мост откроют в апреле, — сказал он, — если погода позволит»; «No —dijo ella—, no es así»;
« Le pont ouvrira, dit-il, si le temps le permet ». Such a quote becomes two quotes around the
incise, so that the incise is each one's frame and neither includes "— сказал он, —"."""

from __future__ import annotations

import re
from functools import cache

from .context import Context
from .marks import Marked

_DASHED = re.compile(r"[,!?…]?\s*[—–]\s*(?P<words>[^\W\d_][^—–«»\"„“”]{2,150}?)"
                     r"(?P<end>[,.!?…]?\s*[—–][\s,]*)")


@cache
def _inverted(pronouns: frozenset[str]) -> re.Pattern[str]:
    who = "|".join(sorted(pronouns, key=len, reverse=True))
    word = r"[^\W\d_]+"
    return re.compile(rf",\s+(?P<words>(?:{word}-t-(?:{who})|{word}-(?:{who})|a-t-(?:{who})\s+"
                      rf"{word})(?:\s+[^,«»\"]{{1,60}})?)(?P<end>,\s+)")


def _incise(ctx: Context, inner: str) -> re.Match[str] | None:
    verbs = ctx.lex.verbs
    for found in _DASHED.finditer(inner):
        words = found.group("words")
        first = words.split()[0].split("-")[0]
        if first[:1].islower() and first.lower() in verbs:
            return found
    if ctx.lex.inversion_pronouns:
        for found in _inverted(ctx.lex.inversion_pronouns).finditer(inner):
            if found.group("words")[:1].islower():
                return found
    return None


def split_incises(ctx: Context, marked: list[Marked]) -> tuple[list[Marked], set[int]]:
    """The quotes with each incise cut out, and the starts of the parts: each part is said
    words, however short ("Наконец-то")."""
    text = ctx.text
    out: list[Marked] = []
    parts: set[int] = set()
    for m in marked:
        inner = text[m.start : m.end]
        hit = _incise(ctx, inner) if ("—" in inner or "–" in inner or "-" in inner) else None
        if hit is None or not inner[: hit.start()].strip() or not inner[hit.end() :].strip():
            out.append(m)
            continue
        cut = m.start + hit.start()  # the comma or dash that ends the first part
        resume = m.start + hit.end()  # where the second part starts
        first_end = cut
        while first_end > m.start and text[first_end - 1].isspace():
            first_end -= 1
        out.append(Marked(m.open, cut, m.start, first_end, m.first_paragraph,
                          m.first_paragraph))
        out.append(Marked(resume - 1, m.close, resume, m.end, m.last_paragraph,
                          m.last_paragraph))
        parts.update((m.start, resume))
    return out, parts
