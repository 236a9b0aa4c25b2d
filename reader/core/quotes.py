"""Quoted statements and who made them.

First version: quotation marks are paired within a paragraph (English, German, French/Russian
guillemets, CJK corner brackets, straight quotes); a quote is a statement when it has a few words;
the speaker is found where a speech verb and a name stand right before or after the quote
("…," Okafor said / said Okafor / Okafor said: "…" / «…», — заявил Иванов / „…“, sagte sie).
Pronouns stand for the last named speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article

# opening mark -> closing marks it accepts
_PAIRS = {
    "“": "”",
    "„": "“”",
    "«": "»",
    "»": "«",  # Danish/German style »…«
    "「": "」",
    "『": "』",
    '"': '"',
}
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_MARKS = set(_PAIRS) | {c for v in _PAIRS.values() for c in v}

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΑ-ΩА-ЯЁЄІЇҐ"
_CAP_WORD = rf"[{_UPPER}][\w'’\-]*"
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|la|le|du|al|bin|ibn|y)"
NAME = rf"{_CAP_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_CAP_WORD}){{0,4}}"

PRONOUNS = {
    "he", "she", "they", "er", "sie", "il", "elle", "ils", "elles", "él", "ella", "ellos",
    "он", "она", "они",
}
_PRONOUN = r"(?:he|she|they|er|sie|il|elle|ils|elles|él|ella|ellos|он|она|они)"

_VERBS = (
    # English
    r"said|says|say|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|warned|"
    r"warns|noted|notes|argued|argues|insisted|insists|recalled|recalls|stated|states|declared|"
    r"replied|replies|continued|acknowledged|admitted|claimed|claims|commented|concluded|"
    r"emphasized|emphasised|stressed|suggested|urged|announced|observed|remarked|cautioned|"
    r"conceded|contended|predicted|promised|tweeted|posted|responded|complained|joked|"
    # German
    r"sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|meinte|meint|fügte|ergänzte|"
    r"ergänzt|schrieb|schreibt|warnte|warnt|kritisierte|kritisiert|forderte|fordert|berichtete|"
    r"erläuterte|unterstrich|versicherte|räumte|bekräftigte|widerspricht|widersprach|"
    # French
    r"a déclaré|a dit|a affirmé|a expliqué|a ajouté|a précisé|a souligné|a indiqué|a estimé|"
    r"a assuré|a averti|a insisté|déclare|dit|affirme|explique|ajoute|précise|souligne|indique|"
    r"estime|assure|déclarait|expliquait|"
    # Spanish
    r"dijo|afirmó|señaló|explicó|añadió|agregó|aseguró|declaró|indicó|comentó|sostuvo|dice|"
    r"afirma|señala|explica|subrayó|advirtió|insistió|destacó|"
    # Russian
    r"заявил|заявила|заявили|сказал|сказала|сказали|отметил|отметила|подчеркнул|подчеркнула|"
    r"добавил|добавила|пояснил|пояснила|сообщил|сообщила|считает|уверен|уверена|говорит|"
    r"рассказал|рассказала|признал|признала|заметил|заметила|уточнил|уточнила"
)
_VERB = rf"(?:{_VERBS})"
# French inversion: « … », a-t-elle précisé / dit-il
_FR_INVERTED = r"(?:a-t-(?:il|elle)\s+\w+|\w+-t-(?:il|elle)|\w+-(?:il|elle))"
_ACCORDING = r"(?:according to|laut|selon|según|по словам|по мнению)"

# Lower-case words of a description before a name: "harbour master", "la maire adjointe".
_DESC = r"(?:[a-zß-öø-ÿа-яё][\w'’-]*\s+){1,3}?"
# With a description in front, the name must have at least two capitalised words, so that
# "said on Tuesday" does not make Tuesday the speaker.
_FULL_NAME = rf"{_CAP_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_CAP_WORD}){{1,4}}"
_LEAD = r"^[\s,.!?;:—–-]*"

_AFTER = [
    # "…," said Okafor / «…», — заявил Морозов / „…“, sagte sie
    re.compile(rf"{_LEAD}(?:{_VERB})\s+(?P<who>{NAME}|{_PRONOUN})\b"),
    # "…," said the head teacher, Grace Okafor / «…», — рассказал глава посёлка Андрей Морозов
    re.compile(rf"{_LEAD}(?:{_VERB})\s+{_DESC}(?P<who>{_FULL_NAME})"),
    # "…," Okafor said / "…," harbour master Tom Reyes said / "…," she added
    re.compile(rf"{_LEAD}(?:{_DESC})?(?P<who>{NAME}|{_PRONOUN})"
               rf"(?:,[^,.!?]{{1,80}},)?\s+(?:{_VERB})\b"),
    # « … », a-t-elle précisé
    re.compile(rf"{_LEAD}(?P<inv>{_FR_INVERTED})"),
    re.compile(rf"{_LEAD}(?:{_ACCORDING})\s+(?:{_DESC})?(?P<who>{NAME})"),
    # German "…", so Müller.
    re.compile(rf"^[\s,]*so\s+(?P<who>{NAME})"),
]
_BEFORE = [
    # Okafor said: "…" / She added: "…" / Lange widerspricht: „…“
    re.compile(rf"(?P<who>{NAME}|{_PRONOUN})(?:,[^,.!?]{{1,80}},)?\s+(?:{_VERB})"
               rf"(?:\s+[\w’'-]+){{0,5}}\s*[:,]?\s*$"),
    # According to Okafor, …: "…" / По словам механика Виктора Лебедева, …: «…»
    re.compile(rf"(?:{_ACCORDING})\s+(?:{_DESC})?(?P<who>{NAME})[^.!?]{{0,80}}[:,]\s*$",
               re.IGNORECASE),
]


@dataclass(frozen=True)
class Quote:
    start: int  # the quoted words, without the marks
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


def _pairs(text: str, start: int, end: int, low_high: bool = False) -> list[tuple[int, int]]:
    """Top-level (open, close) positions of quotation marks inside text[start:end].

    ``low_high``: the text quotes „like this“ (German style), so “ only ever closes."""
    found: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []
    for i in range(start, end):
        ch = text[i]
        if ch not in _MARKS:
            continue
        left = text[i - 1] if i > start else " "
        right = text[i + 1] if i + 1 < end else " "
        if ch == '"':
            # Straight quotes look the same both ways: tell them apart by what stands around.
            opens = (left.isspace() or left in "([{—–-/") and not right.isspace()
            if stack and stack[-1][1] == '"' and not left.isspace():
                found.append((stack.pop()[0], i))
            elif opens:
                if stack and stack[-1][1] == '"':
                    stack.pop()  # the earlier one never closed
                stack.append((i, '"'))
            continue
        if stack and ch in stack[-1][1]:
            found.append((stack.pop()[0], i))
            continue
        if ch in _PAIRS:
            if ch == "“" and low_high:
                continue
            if ch == "»" and right.isspace():
                continue  # a closing guillemet with no opener: not the start of »…«
            stack.append((i, _PAIRS[ch]))
    # Nested quotes belong to the quote around them; an opener that never closed is ignored,
    # so the quotes inside it still count.
    found.sort()
    top: list[tuple[int, int]] = []
    for pair in found:
        if not top or pair[0] > top[-1][1]:
            top.append(pair)
    return top


def _is_statement(quoted: str, attributed: bool) -> bool:
    """Said words, as opposed to a title, a term or scare quotes: a few words, or words that
    end like speech or are attributed to someone."""
    cjk = len(_CJK_CHAR.findall(quoted))
    words = len(quoted.split()) + cjk // 2  # two characters make about a word
    return words >= 4 or (words >= 2 and (attributed or quoted.rstrip()[-1:] in ".!?…,。！？，"))


def _first(patterns: list[re.Pattern[str]], text: str, offset: int) -> tuple[str, int, int] | None:
    for pat in patterns:
        m = pat.search(text)
        if not m:
            continue
        if "inv" in m.groupdict() and m.group("inv"):
            pron = "elle" if m.group("inv").endswith("elle") else "il"
            return pron, offset + m.start("inv"), offset + m.end("inv")
        who = m.group("who")
        return who, offset + m.start("who"), offset + m.end("who")
    return None


def _nearest_known(text: str, before: int, known: list[str]) -> str | None:
    """The known speaker whose name (or surname) was mentioned last before ``before``."""
    window = text[max(0, before - 600) : before]
    best: tuple[int, str] | None = None
    for name in known:
        for form in {name, name.split()[-1]}:
            pos = window.rfind(form)
            if pos >= 0 and (best is None or pos > best[0]):
                best = (pos, name)
    return best[1] if best else None


def find_quotes(article: Article) -> list[Quote]:
    text = article.text
    quotes: list[Quote] = []
    known: list[str] = []  # speakers named so far, for pronouns
    low_high = "„" in text
    for para in article.paragraphs:
        if para.heading:
            continue
        in_para: list[Quote] = []
        for open_pos, close_pos in _pairs(text, para.start, para.end, low_high):
            qs, qe = open_pos + 1, close_pos
            while qs < qe and text[qs].isspace():
                qs += 1
            while qe > qs and (text[qe - 1].isspace() or text[qe - 1] == ","):
                qe -= 1
            if qe <= qs:
                continue
            after_end = min(para.end, close_pos + 1 + 160)
            before_start = max(para.start, open_pos - 200)
            hit = _first(_AFTER, text[close_pos + 1 : after_end], close_pos + 1)
            if hit is None:
                before = text[before_start:open_pos]
                # only the sentence that leads into the quote
                cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
                if cut >= 0:
                    before_start += cut + 2
                    before = before[cut + 2 :]
                hit = _first(_BEFORE, before, before_start)
            if not _is_statement(text[qs:close_pos], attributed=hit is not None):
                continue
            speaker = s_start = s_end = None
            if hit is not None:
                who, s_start, s_end = hit
                if who.lower() in PRONOUNS:
                    speaker = _nearest_known(text, s_start, known)
                else:
                    speaker = who
                    if who not in known:
                        known.append(who)
            in_para.append(Quote(qs, qe, speaker, s_start, s_end))
        # A quote with no attribution of its own continues the one before it in the paragraph
        # ("…," Okafor said. "We chose the river."), or else leads into the next one.
        for i, q in enumerate(in_para):
            if q.speaker is None:
                source = next((p for p in reversed(in_para[:i]) if p.speaker), None) or next(
                    (p for p in in_para[i + 1 :] if p.speaker), None)
                if source is not None:
                    in_para[i] = Quote(q.start, q.end, source.speaker)
        quotes.extend(in_para)
    return quotes
