"""Chinese: who speaks in 站长李明说：“……”, “……”王芳说。, 张伟在开馆仪式上指出：“……”,
在工厂工作的工人王强说：“……” and 据站长李明介绍，“……”.

Chinese is written without spaces, so the speaker is read from the clause around the speech
verb: the clause's subject stands at its start, before any time or place phrase (在会上,
昨天) and after any modifier ending in 的; a role word before a name (站长李明) is dropped, and a
role alone (局长) is the person the article gives that role. The words are data (zh.toml).
"""

from __future__ import annotations

import re

from .context import Context
from .lexicon import Chinese
from .mentions import Mention
from .tokens import Frame

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_CLAUSE_BREAK = re.compile(r"[，,；;、。！？!?]")
_TRAILING = "：:，, \u3000"
_AFTER_REACH = 24  # characters after the quote the verb may stand at


def chinese_speaker(ctx: Context, frame: Frame) -> Mention | None:
    near = (*frame.before[-3:], *frame.after[:3])
    if not any(_CJK.search(t.text) for t in near):
        return None
    zh = ctx.lex.chinese
    if frame.after:
        start = frame.after[0].start
        clause = ctx.text[start : frame.after[-1].end]
        lead = len(clause) - len(clause.lstrip(_TRAILING))
        hit = _verb_at(zh, clause, lead)
        if hit is not None:
            mention = _subject(ctx, start + lead, start + hit)
            if mention is not None:
                return mention
    if frame.before:
        start = frame.before[0].start
        clause = ctx.text[start : frame.before[-1].end].rstrip(_TRAILING)
        end = start + len(clause)
        for verb in zh.verbs:
            if clause.endswith(verb):
                head = clause[: -len(verb)]
                cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
                return _subject(ctx, start + cut, end - len(verb))
        return _according(ctx, start, end)
    return None


def _verb_at(zh: Chinese, clause: str, lead: int) -> int | None:
    """Where the first speech verb of the clause after a quote stands (“……”王芳说。)."""
    best = None
    for verb in zh.verbs:
        at = clause.find(verb, lead, lead + _AFTER_REACH)
        if at > lead and (best is None or at < best):
            best = at
    if best is None or _CLAUSE_BREAK.search(clause, lead, best):
        return None
    return best


def _according(ctx: Context, start: int, end: int) -> Mention | None:
    """据站长李明介绍，“……” / 据新华社报道，“……”: the source between 据 and the verb."""
    zh = ctx.lex.chinese
    text = ctx.text
    for word in zh.according:
        at = text.rfind(word, start, end)
        if at < 0:
            continue
        rest = text[at + len(word) : end]
        rest = _CLAUSE_BREAK.split(rest)[0]
        for verb in zh.according_verbs:
            if rest.endswith(verb) and len(rest) > len(verb):
                source = at + len(word)
                return _subject(ctx, source, source + len(rest) - len(verb))
    return None


def _subject(ctx: Context, start: int, end: int) -> Mention | None:
    """The speaker in the words of a clause before its verb."""
    zh = ctx.lex.chinese
    text = ctx.text
    words = text[start:end]
    for word in zh.according:  # 据站长李明介绍
        if words.startswith(word):
            start += len(word)
            words = words[len(word) :]
    # a time or place phrase after the subject: 张伟在开馆仪式上, 局长昨天在会上 (a phrase
    # that opens the clause is a modifier of the head noun, which ends with 的)
    lead = words.rfind("的") + 1 if any(words.startswith(a) for a in zh.adverbials) else 0
    cut = len(words)
    for word in zh.adverbials:
        at = words.find(word, lead + 1)
        if 0 < at < cut:
            cut = at
    words = words[:cut]
    end = start + len(words)
    if not words or not _CJK.search(words):
        return None
    if words in ctx.lex.pronouns:
        return Mention(words, start, end, "pronoun")
    # a name at the end, after roles and modifiers: 在工厂工作的工人王强, 技师罗建国
    head = words.rfind("的") + 1
    role_end = max(head, _role_end(zh, words))
    named = _name_at_end(zh, words, role_end)
    if named is not None:
        return Mention(words[named:], start + named, end, "name")
    if len(words) <= 12:
        return Mention(words, start, end, "description")  # 局长, 市教育局, 新华社
    return None


def _name_at_end(zh: Chinese, words: str, after: int) -> int | None:
    """Where a personal name that ends ``words`` starts (at or after ``after``): a family
    name and one or two characters, the leftmost that fits."""
    for at in range(after, len(words)):
        rest = len(words) - at
        if words[at : at + 2] in zh.compound_surnames and 3 <= rest <= 4:
            return at
        if words[at] in zh.surnames and 2 <= rest <= 3:
            return at
    return None


def _role_end(zh: Chinese, words: str) -> int:
    """Where the role words that lead ``words`` end (县图书馆馆长 | 王芳), or 0."""
    best = 0
    for role in zh.roles:
        at = words.find(role)
        while at >= 0:
            best = max(best, at + len(role))
            at = words.find(role, at + 1)
    return best


def _name(zh: Chinese, words: str) -> str | None:
    """A personal name at the start of ``words``: a family name and one or two characters."""
    surname = 2 if words[:2] in zh.compound_surnames else 1 if words[:1] in zh.surnames else 0
    if not surname:
        return None
    rest = len(words) - surname
    if rest < 1:
        return None
    given = 2 if rest >= 2 else 1
    return words[: surname + given] if rest <= 2 else words[: surname + 1]


def role_holder(ctx: Context, role: str, before: int) -> str | None:
    """The person named right after ``role`` (局长李明) last before ``before``."""
    zh = ctx.lex.chinese
    text = ctx.text
    at = text.rfind(role, 0, before)
    while at >= 0:
        name = _name(zh, text[at + len(role) : at + len(role) + 4])
        if name:
            return _full(zh, text, at + len(role), name)
        at = text.rfind(role, 0, at)
    return None


def _full(zh: Chinese, text: str, at: int, name: str) -> str:
    """A name of three characters when the third is not where a verb or particle starts."""
    if len(name) == 2 and at + 3 <= len(text):
        third = text[at + 2]
        starts = {v[0] for v in zh.verbs} | {a[0] for a in zh.adverbials} | zh.predicate_starts
        if _CJK.match(third) and third not in starts:
            return text[at : at + 3]
    return name


def names_before(ctx: Context, before: int) -> str | None:
    """The last role-and-name (站长李明) before ``before``: who a pronoun (他, 她) may mean."""
    zh = ctx.lex.chinese
    text = ctx.text
    best: tuple[int, str] | None = None
    window = max(0, before - 400)
    for role in zh.roles:
        at = text.rfind(role, window, before)
        if at >= 0:
            name = _name(zh, text[at + len(role) : at + len(role) + 4])
            if name and (best is None or at > best[0]):
                best = (at, _full(zh, text, at + len(role), name))
    return best[1] if best else None
