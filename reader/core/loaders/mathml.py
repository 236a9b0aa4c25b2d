"""MathML as a line of readable text: ``<mfrac><mi>a</mi><mn>2</mn></mfrac>`` reads "a/2".

The linearisation keeps every letter, number and operator of the formula in reading order, with
the usual plain-text conventions for structure (``x^2``, ``x_i``, ``√(x)``, ``[a, b; c, d]``).
A formula with no tokens at all falls back to its ``alttext`` (unless that is a placeholder)
and then to a TeX annotation.
"""

from __future__ import annotations

import re
from typing import Any

_TOKENS = {"mi", "mn", "mo", "mtext", "ms"}
_SKIP = {"annotation", "annotation-xml", "mphantom", "none", "mprescripts", "maligngroup",
         "malignmark"}
_INVISIBLE = re.compile(r"[\u2061-\u2064\u200b]")
_PLACEHOLDER = re.compile(r"^\s*(?:alternative text not available|image|equation|formula|"
                          r"math(?:ematics)?|no alt(?:ernative)? text|alt)?\s*\.?\s*$", re.I)


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _kids(el: Any) -> list[Any]:
    out = []
    for child in el:
        name = _local(child.tag)
        if name and name not in _SKIP:
            out.append(child)
    return out


def _group(text: str) -> str:
    """A part written inside another construct: in parentheses unless it is one token."""
    return text if len(text) <= 1 or re.fullmatch(r"[\w.]+", text) else f"({text})"


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if part:
            if out and out[-1] not in "([{⟨" and part[0] not in ",;)]}⟩":
                out += " "
            out += part
    return out


def _read(el: Any) -> str:
    name = _local(el.tag)
    if name in _TOKENS:
        return _INVISIBLE.sub("", "".join(el.itertext())).strip()
    if name == "mspace":
        return ""
    if name == "semantics":
        parts = _kids(el)
        return _read(parts[0]) if parts else ""
    kids = [_read(c) for c in _kids(el)]
    if name == "mfrac" and len(kids) == 2:
        return f"{_group(kids[0])}/{_group(kids[1])}"
    if name == "msqrt":
        return f"√{_group(_join(kids))}"
    if name == "mroot" and len(kids) == 2:
        return f"{_group(kids[1])}√{_group(kids[0])}"
    if name in ("msup", "mover") and len(kids) == 2:
        if name == "mover" and el.get("accent") == "true":
            return kids[0] + kids[1]
        return f"{kids[0]}^{_group(kids[1])}"
    if name in ("msub", "munder") and len(kids) == 2:
        return f"{kids[0]}_{_group(kids[1])}"
    if name in ("msubsup", "munderover") and len(kids) == 3:
        return f"{kids[0]}_{_group(kids[1])}^{_group(kids[2])}"
    if name == "mfenced":
        seps = (el.get("separators") or ",").strip() or ","
        inner = ""
        for i, k in enumerate(kids):
            inner += (seps[min(i - 1, len(seps) - 1)] + " " if i else "") + k
        return f"{el.get('open', '(')}{inner}{el.get('close', ')')}"
    if name == "mtable":
        return "; ".join(kids)
    if name in ("mtr", "mlabeledtr"):
        return ", ".join(k for k in kids if k)
    return _join(kids)


def linearize(math: Any) -> str:
    """The formula as one line of text ("" when it has nothing to read)."""
    text = _read(math).strip()
    if any(ch.isalnum() for ch in text):
        return text
    alt = (math.get("alttext") or "").strip()
    if alt and not _PLACEHOLDER.match(alt):
        return alt
    for ann in math.iter():
        if _local(ann.tag) == "annotation" and "tex" in (ann.get("encoding") or "").lower():
            return " ".join("".join(ann.itertext()).split())
    return text
