"""Phrases that can name a speaker: noun-phrase-like chunks of a frame, and what each one is (a
name, a pronoun, a description) or is not (a thing, a time, a possessive, a heading)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import Context
from .russian import is_adjective, leading_place
from .tokens import Token


@dataclass(frozen=True)
class Mention:
    """Who the frame names: a name, a pronoun or a description, with its place in the text."""

    text: str
    start: int
    end: int
    kind: str  # "name", "pronoun", "description", "narrator" (the writer's "I")
    said_as: str | None = None  # the name in the nominative, when the text has another case
    # for a pronoun in a clause of its own, the subject of the sentence it stands for
    # ("Der Mieterverein …, indem er …")
    refers_to: Mention | None = None


@dataclass(frozen=True)
class Chunk:
    toks: list[Token]
    oblique: bool  # after a preposition: "in an interview", "mit den Worten"


_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}")
_PARTY = re.compile(r"[DRI](?:-[A-Z][A-Za-z.]{1,5})?\.?")
_POSSESSIVE_S = re.compile(r"['’]s?$")


def chunks(ctx: Context, toks: list[Token]) -> list[tuple[int, Chunk]]:
    """Noun-phrase-like runs of words, each with the index of its first token. Verbs, clause
    words and punctuation end a run; a preposition starts an oblique one."""
    lex = ctx.lex
    out: list[tuple[int, Chunk]] = []
    cur: list[Token] = []
    start = 0
    oblique = False

    def close() -> None:
        nonlocal cur
        if cur:
            out.append((start, Chunk(cur, oblique)))
        cur = []

    n = len(toks)
    for i, t in enumerate(toks):
        low = t.low
        if not t.word and not (t.text == "." and cur and cur[-1].low in lex.abbreviations):
            close()
            oblique = False
            continue
        if low in lex.verbs or (low in lex.clause_words and not t.cap):
            close()
            oblique = False
            continue
        name_particle = low in ("von", "van", "de") and i + 2 < n and \
            toks[i + 1].low in lex.particles and toks[i + 2].cap  # "Von der Leyen"
        # "de", "di", "da": a preposition ("un rapport de la préfecture"), unless it joins a
        # name ("Charles de Gaulle")
        of = low in lex.of_words and not t.cap and not (
            i and toks[i - 1].cap and i + 1 < n and toks[i + 1].cap)
        to_article = low in lex.to_words and not t.cap and i + 1 < n and \
            toks[i + 1].low in lex.openers  # "dijo a los periodistas", "a este periódico"
        preposition = low in lex.prepositions and (not t.cap or not cur and i == 0)
        if (preposition or of or to_article) and not name_particle:
            close()
            start, oblique = i, True
            continue
        if cur and low in lex.openers and any(
                x.word and x.low not in lex.determiners and x.low not in lex.particles
                for x in cur):
            after_noun = cur[-1].cap and cur[-1].word
            close()
            # "die Manipulation der Wahlergebnisse": a genitive after a noun is not a subject
            start, oblique = i, low in lex.genitive and not t.cap and after_noun
        if oblique and cur and cur[-1].low not in lex.openers and cur[-1].low not in \
                lex.of_words and lex.is_role_word(t.text) and not cur[-1].cap:
            close()  # "на пресс-конференции глава департамента": the subject after the place
            start, oblique = i, False
        if low in lex.pronouns and not t.cap or cur and cur[-1].low in lex.pronouns and \
                not cur[-1].cap:
            close()  # "— рассказала она журналистам": the pronoun is a phrase of its own
            oblique = False
        if cur and not t.cap and cur[-1].cap and not lex.is_role(cur[-1].text) and \
                low not in lex.particles and cur[-1].low not in lex.determiners and \
                not is_adjective(cur[-1].text):
            close()  # "Okafor told" / "Clinton yesterday"
            oblique = False
        if not cur:
            start = i
            if low in lex.oblique_articles and (i == 0 or toks[i - 1].low not in lex.particles):
                oblique = True
        cur.append(t)
    close()
    return out


def _heading(words: list[Token]) -> bool:
    """"COWLEY'S VOYAGE ROUND THE": words in capitals are a heading or a title, not a name."""
    letters = [t for t in words if any(c.isalpha() for c in t.text)]
    return len(letters) >= 2 and all(t.text.isupper() and len(t.text) > 1 for t in letters)


def kind(ctx: Context, chunk: Chunk) -> Mention | None:
    lex, text, common = ctx.lex, ctx.text, ctx.common
    toks = [t for t in chunk.toks if t.word or t.text == "."]
    while toks and toks[-1].text == ".":
        toks = toks[:-1]
    if not toks:
        return None
    if len(toks) == 1 and toks[0].low in lex.pronouns:
        return Mention(toks[0].text, toks[0].start, toks[0].end, "pronoun")
    if toks[-1].low in lex.narrator and (len(toks) == 1 or toks[-2].cap):
        word = toks[-1].text.rstrip(".")  # "said I.", "Thinks I"
        return Mention(word, toks[-1].start, toks[-1].start + len(word), "narrator")
    words = [t for t in toks if t.word]
    if words and all(_PARTY.fullmatch(t.text) for t in words):
        return None  # "(D-Md.)", "R-Ky.": a party and a state, after the name
    if _heading(words):
        return None
    if len(words) == 1 and words[0].low in lex.not_speakers:
        return None  # "sagte man", "it", "who"
    people = any(lex.is_role(t.text) or t.low in lex.groups for t in words)
    if not people and all(t.low in lex.not_speakers or t.low in common or t.low in lex.aux or
                          t.low in lex.time_words or t.text[0].isdigit() for t in words):
        return None
    if words[0].low in lex.possessives and not any(
            lex.is_role(t.text) or t.low in lex.groups for t in words[1:]):
        return None  # "his hardline demands", "seine Position": a thing, not a speaker
    # the trailing run of capitalised words, after the last role word or lower-case word
    k = len(toks)
    while k > 0 and (toks[k - 1].cap or toks[k - 1].text == "." or
                     (toks[k - 1].low in lex.particles and k < len(toks))):
        if lex.is_role(toks[k - 1].text) and k < len(toks):
            break
        k -= 1
    run = [t for t in toks[k:] if t.text != "."]
    while run and (lex.is_role(run[0].text) or run[0].low in common or
                   run[0].low in lex.determiners or run[0].low in lex.time_words or
                   len(run) >= 2 and run[0].low in lex.name_adjectives or
                   len(run) >= 3 and _ACRONYM.fullmatch(run[0].text)):  # "МИД Мария Захарова"
        run = run[1:]
    run = run[leading_place([t.text for t in run]):]
    # "diese Weitergabe", "seine Position": a capitalised noun after a possessive or a
    # demonstrative is a thing, not a name
    led = toks[0].low in lex.determiners or k == 1 and (toks[0].low in lex.possessives or
                                                        toks[0].low in lex.demonstratives)
    role_before = any(lex.is_role(t.text) for t in toks[:k]) or \
        k < len(toks) and lex.is_role(toks[k].text)
    # "der Vorsitzende Konrad Freiberg", "the head teacher Grace Okafor" are names;
    # "der BGH", "das israelische Regierungskabinett" are descriptions
    if run and (not led or role_before or len(run) >= 2) and \
            not (len(run) == 1 and run[0].low in common):
        first = next(t for t in toks if t.start == run[0].start)
        return Mention(text[first.start : run[-1].end], first.start, run[-1].end, "name")
    if len(words) > 12:
        return None
    head = words[0]
    if not (head.cap or head.low in lex.determiners or head.low in lex.quantifiers or people):
        return None  # "nicht", "fügt hinzu": no one
    return Mention(text[head.start : words[-1].end], head.start, words[-1].end, "description")


def extend(ctx: Context, mention: Mention, toks: list[Token]) -> Mention:
    """A description takes the phrase that qualifies it ("a nurse" + "at the county
    hospital"), or gives way to the name in apposition after it ("le directeur des écoles,
    Jean Martin, …")."""
    if mention.kind != "description":
        return mention
    lex = ctx.lex
    idx = next((i for i, t in enumerate(toks) if t.end == mention.end), None)
    if idx is None:
        return mention
    end = mention.end
    j = idx + 1
    while j < len(toks) and toks[j].word and toks[j].low not in lex.verbs and \
            j - idx <= 6 and not (toks[j].low in lex.clause_words and not toks[j].cap):
        j += 1
    following = toks[idx + 1].low if idx + 1 < len(toks) else ""
    if j > idx + 1 and (following in lex.qualifiers or following in lex.of_words or
                        following in lex.genitive and any(t.cap for t in toks[idx + 2 : j])):
        # "a nurse at the county hospital", "dem Gutachten der Prüfer"
        if following in lex.genitive and following not in lex.of_words:
            j = next(k for k in range(idx + 2, j) if toks[k].cap) + 1
        end = toks[j - 1].end
        idx = j - 1
    named = _apposition(ctx, toks, idx + 1)
    if named is not None and any(lex.is_role(w) or w.lower() in lex.groups
                                 for w in re.findall(r"[\w\-]+", mention.text)):
        return named
    return Mention(ctx.text[mention.start : end], mention.start, end, "description")


def _apposition(ctx: Context, toks: list[Token], at: int) -> Mention | None:
    """", Jean Martin," / ", Jean Martin." right at ``at``: a name set off by commas."""
    if at >= len(toks) or toks[at].text != ",":
        return None
    k = at + 1
    while k < len(toks) and toks[k].word and (toks[k].cap or toks[k].low in ctx.lex.particles):
        k += 1
    if k - (at + 1) < 2 or k < len(toks) and toks[k].text not in (",", ".", ";", ")"):
        return None
    found = kind(ctx, Chunk(toks[at + 1 : k], False))
    return found if found is not None and found.kind == "name" else None


def possessor(word: str) -> str:
    """"Trump's" -> "Trump"."""
    return _POSSESSIVE_S.sub("", word)
