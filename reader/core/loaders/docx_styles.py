"""What a Word document's styles say: which paragraphs are headings, which are the document's
own title, authors, date or abstract, which are contents or index entries, and in which
language its text is declared to be."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .docx_package import W

_HEADING = re.compile(r"^heading ?[1-9]$")
_CONTENTS = re.compile(r"^(?:toc ?[1-9]|toc ?heading|table of figures)$")
_INDEX = re.compile(r"^index(?: ?[1-9]| ?heading)$")
# Styles that name a part of the document's front (as Word's and pandoc's templates do).
ROLES = {"title": "title", "subtitle": "subtitle", "author": "author", "date": "date",
         "abstract": "abstract", "abstract title": "abstract"}
_NO_LANGUAGE = {"x-none", "zxx", "und", ""}


@dataclass(frozen=True)
class _Style:
    name: str  # casefolded, e.g. "heading 1"
    based_on: str | None
    outline: int | None
    lang: Any  # its w:lang element, if it sets one


def outline_level(ppr: Any) -> int | None:
    el = ppr.find(f"{W}outlineLvl") if ppr is not None else None
    value = el.get(f"{W}val") if el is not None else None
    return int(value) if value is not None and value.isdigit() else None


def language_code(value: str | None) -> str | None:
    """A w:lang value as a BCP-47 code ("de-de" -> "de-DE"); None for "no language"."""
    value = (value or "").strip().replace("_", "-")
    if value.casefold() in _NO_LANGUAGE or not re.fullmatch(r"[A-Za-z]{2,3}(?:-\w{2,8})*", value):
        return None
    parts = value.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part)
    return "-".join(out)


class Styles:
    """The styles part: names, what each style is based on, outline levels and languages."""

    def __init__(self, root: Any) -> None:
        self._styles: dict[str, _Style] = {}
        self._default_paragraph: str | None = None
        self._default_lang: Any = None
        self._chains: dict[tuple[str | None, str | None], list[Any]] = {}
        if root is None:
            return
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        self._default_lang = defaults
        for style in root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            if not style_id:
                continue
            name_el = style.find(f"{W}name")
            based = style.find(f"{W}basedOn")
            self._styles[style_id] = _Style(
                name=((name_el.get(f"{W}val") if name_el is not None else None)
                      or style_id).casefold(),
                based_on=based.get(f"{W}val") if based is not None else None,
                outline=outline_level(style.find(f"{W}pPr")),
                lang=style.find(f"{W}rPr/{W}lang"),
            )
            if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true"):
                self._default_paragraph = style_id

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain

    def name(self, style_id: str | None) -> str:
        """The style's name; an undefined style is known by its id ("Heading7")."""
        if not style_id:
            style_id = self._default_paragraph
        style = self._styles.get(style_id or "")
        return style.name if style else (style_id or "").casefold()

    def is_heading(self, style_id: str | None) -> bool:
        if _HEADING.match(self.name(style_id)) or self.name(style_id) in ("title", "subtitle"):
            return True
        return any(_HEADING.match(s.name) or (s.outline is not None and s.outline < 9)
                   for s in self._chain(style_id))

    def heading_level(self, style_id: str | None) -> int | None:
        """1 for Heading 1 (or outline level 1), 2 for Heading 2, ...; None for a paragraph
        that is no such heading (the Title and Subtitle styles are the document's own)."""
        for s in self._chain(style_id) or [_Style(self.name(style_id), None, None, None)]:
            found = _HEADING.match(s.name)
            if found:
                return int(s.name[-1])
            if s.outline is not None and s.outline < 9:
                return s.outline + 1
        return None

    def role(self, style_id: str | None) -> str:
        return ROLES.get(self.name(style_id), "")

    def matter(self, style_id: str | None) -> str:
        name = self.name(style_id)
        return "contents" if _CONTENTS.match(name) else "index" if _INDEX.match(name) else ""

    def language(self, attribute: str, run_lang: Any, run_style: str | None,
                 paragraph_style: str | None) -> str | None:
        """The language a run's text is declared in: the run's own w:lang, else its character
        style's, its paragraph style's (through what they are based on), the document default.
        ``attribute`` is "val" (Latin text), "eastAsia" or "bidi" (right-to-left scripts)."""
        key = f"{W}{attribute}"
        if run_lang is not None and run_lang.get(key):
            return language_code(run_lang.get(key))
        chain_key = (run_style, paragraph_style)
        chain = self._chains.get(chain_key)
        if chain is None:
            chain = [s.lang for s in self._chain(run_style) if s.lang is not None]
            chain += [s.lang for s in self._chain(paragraph_style or self._default_paragraph)
                      if s.lang is not None]
            if self._default_lang is not None:
                chain.append(self._default_lang)
            self._chains[chain_key] = chain
        for lang in chain:
            if lang.get(key):
                return language_code(lang.get(key))
        return None
