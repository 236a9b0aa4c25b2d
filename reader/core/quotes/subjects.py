"""Who does the speaking of a speech verb: its subject, before it ("Okafor said") or after it
("said Okafor", « …, a déclaré la maire »), never its object ("told reporters")."""

from __future__ import annotations

import re
from dataclasses import replace

from .context import Context
from .mentions import Chunk, Mention, chunks, extend, kind
from .russian import office_nominative
from .tokens import Token

_CYRILLIC = re.compile(r"[а-яё]")


def around_verb(ctx: Context, toks: list[Token], after_quote: bool) -> Mention | None:
    """The speaker of the speech verbs in ``toks``: the nearest verb to the quote first."""
    lex = ctx.lex
    spots = [i for i, t in enumerate(toks) if t.low in lex.verbs]
    if not spots:
        return None
    order = spots if after_quote else list(reversed(spots))
    # after the quote the verb is close, unless a name and its apposition stand between
    # (“…,” Malkia Cyril, the executive director at the Center of Media Justice, told …)
    reach = 14
    lead = toks[1] if len(toks) > 1 and toks[0].text == "," else toks[0]
    if after_quote and lead.cap and lead.low not in lex.pronouns and \
            lead.low not in ctx.common and lead.low not in lex.verbs:
        reach = 30
    for i in order:
        if after_quote and i > reach:
            break
        if after_quote and toks[i].low in lex.participles:
            continue  # "…,” adding that…: the speaker is named before the quote
        if after_quote and i and toks[i - 1].low in lex.coordination:
            continue  # „…“ und forderten die Regierung auf: the subject came before the quote
        mention = _pick(ctx, toks, i, after_quote)
        if mention:
            return mention
    return None


def _pick(ctx: Context, toks: list[Token], verb: int, after_quote: bool) -> Mention | None:
    lex = ctx.lex
    found = chunks(ctx, toks)
    if toks[verb].low in lex.participles:
        # "Trump attacked Clinton in a speech, saying: …": the sentence's subject speaks
        for start, chunk in found:
            if start < verb and not chunk.oblique:
                mention = kind(ctx, chunk)
                if mention is not None and (mention.kind != "description" or
                                            chunk.toks[0].low in lex.determiners):
                    return extend(ctx, mention, toks)
        return None
    inside = _relative_clauses(ctx, toks, verb)
    left = [c for c in found if c[0] < verb and c[0] not in inside]
    right = [c for c in found if c[0] > verb]
    options: list[tuple[int, Mention]] = []

    def add(chunk: tuple[int, Chunk] | None, rank: int) -> None:
        if chunk is None or chunk[1].oblique:
            return
        mention = kind(ctx, chunk[1])
        if mention is None:
            return
        bonus = {"name": 0, "pronoun": 1, "narrator": 1, "description": 3}[mention.kind]
        options.append((rank + bonus, mention))

    # the nearest phrase before the verb that can be a subject ("indem sie den Aufsichtsrat
    # zum Handeln aufforderte"), or, after "and", the subject of the clause before
    # ("Die CCE bestätigte … und nannte sie …")
    near_left = next((c for c in reversed(left) if not c[1].oblique and
                      kind(ctx, c[1]) is not None), None)
    if near_left is not None and toks[near_left[0] - 1 if near_left[0] else 0].text == ",":
        # "Wolfgang Wieland, Sprecher für Innere Sicherheit, sprach": the name, not the role
        k = left.index(near_left)
        named = left[k - 1] if k else None
        if named is not None and not named[1].oblique and \
                named[0] + len(named[1].toks) == near_left[0] - 1:
            a, b = kind(ctx, named[1]), kind(ctx, near_left[1])
            if a is not None and a.kind == "name" and b is not None and \
                    b.kind == "description":
                near_left = named
    near_right = next((c for c in [c for c in right if not c[1].oblique][:2]
                       if kind(ctx, c[1]) is not None), None)
    if near_right and any(t.text in (",", ":") or t.low in lex.clause_words
                          for t in toks[verb + 1 : near_right[0]]):
        near_right = None  # "said, adding…", "dijo mientras señalaba…" reach no subject
    if near_right and toks[verb].low in lex.addressee_verbs and near_left is not None:
        near_right = None  # "one man told reporters": who was told
    if verb and toks[verb - 1].low in lex.coordination and left:
        near_left = near_right = None
    clause_first = left[0] if left else None
    if after_quote and not [t for t in toks[:verb] if t.word]:
        add(near_right, 0)
    elif near_right is not None and near_right[0] == verb + 1 and lex.subject_after_verb and \
            len(near_right[1].toks) == 1 and near_right[1].toks[0].low in lex.pronouns:
        add(near_right, -1)  # "Die Manipulation … bezeichnete er als": er
    add(near_left, 0)
    add(clause_first, 1)
    # after a subject of its own, the phrase after the verb is its object: "the band leader
    # called Democratic bigwigs to the stage"
    object_like = near_left is not None and not lex.subject_after_verb
    add(near_right, 4 if object_like else 2)
    if not options:
        return _office(ctx, toks, verb, right)
    options.sort(key=lambda o: o[0])
    best = options[0][1]
    if best.kind == "pronoun" and clause_first is not None and \
            clause_first[1].toks[-1].end < best.start:
        # "Die Schutzvereinigung schlug in die gleiche Kerbe, indem sie …": the pronoun in a
        # subordinate clause stands for the sentence's subject
        between = [t for t in toks if clause_first[1].toks[-1].end <= t.start < best.start]
        subject_ = None if clause_first[1].oblique else kind(ctx, clause_first[1])
        if subject_ is not None and subject_.kind != "pronoun" and \
                any(t.low in lex.clause_words for t in between) and \
                _agrees(ctx, clause_first[1].toks[0].low, best.text.lower()):
            best = replace(best, refers_to=extend(ctx, subject_, toks))
    return extend(ctx, best, toks)


def _relative_clauses(ctx: Context, toks: list[Token], verb: int) -> set[int]:
    """The tokens of relative clauses set off by commas before the verb ("Alvarez, who
    represents the Marsh End ward, called …"): their phrases are not the verb's subject."""
    inside: set[int] = set()
    for i in range(verb - 1):
        if toks[i].text == "," and toks[i + 1].low in ctx.lex.relatives and not toks[i + 1].cap:
            k = i + 1
            while k < verb and toks[k].text != ",":
                inside.add(k)
                k += 1
    return inside


def _office(ctx: Context, toks: list[Token], verb: int,
            right: list[tuple[int, Chunk]]) -> Mention | None:
    """Russian "— сообщили в пресс-службе МЧС": no subject, the office is the source."""
    offices = ctx.lex.office_prepositions
    where = next((c for c in right[:2] if c[1].oblique and c[0] > 0 and
                  toks[c[0] - 1].low in offices), None)
    if where is None and verb and toks[0].low in offices:
        # "В министерстве образования сообщили, что …": the office opens the sentence
        places = [c for c in chunks(ctx, toks[:verb]) if c[1].oblique]
        where = places[0] if places and places[0][0] == 1 else None
    if where is None or not _CYRILLIC.search(toks[verb].low):
        return None
    first, last = toks[where[0] - 1], where[1].toks[-1]
    return Mention(office_nominative(ctx.span(first, last)), first.start, last.end,
                   "description")


def _agrees(ctx: Context, article: str, pronoun: str) -> bool:
    """Whether a pronoun can stand for a phrase led by ``article`` ("der Verein" … "er")."""
    want = ctx.lex.article_gender.get(article)
    have = ctx.lex.pronouns.get(pronoun)
    return not want or not have or have == want or (have == "f" and article == "die")


def subject(ctx: Context, toks: list[Token]) -> Mention | None:
    """The phrase a sentence starts with, when it can be the one who speaks: a name, a
    pronoun, or a description that starts with an article ("Die SPD", "The ministry")."""
    lex = ctx.lex
    colon = next((i for i, t in enumerate(toks[:4]) if t.text == ":"), None)
    if colon is not None:
        toks = toks[colon + 1 :]  # "Europapolitik: Die SPD will …"
    for _, chunk in chunks(ctx, toks[:16])[:1]:  # (the first phrase is near the start)
        if chunk.oblique:
            continue
        mention = kind(ctx, chunk)
        if mention is not None and mention.kind in ("name", "pronoun"):
            return mention
        if mention is not None and toks[0].low in lex.determiners and len(chunk.toks) > 1:
            # the article and the noun, and capitalised words after it ("Die Deutsche
            # Bank"): in "El sindicato mantiene" the verb is not part of it
            k = 2
            while k < len(chunk.toks) and (chunk.toks[k].cap or
                                           chunk.toks[k - 1].low in lex.name_adjectives):
                k += 1  # "The old man did not look up"
            last = chunk.toks[k - 1]
            return Mention(ctx.span(toks[0], last), toks[0].start, last.end, "description")
    return None


def first_name(ctx: Context, toks: list[Token]) -> Mention | None:
    """The first person named in a sentence, wherever they stand ("Para la vecina Carmen
    Soto, …")."""
    for _, chunk in chunks(ctx, toks):
        mention = kind(ctx, Chunk(chunk.toks, False))
        if mention is not None and mention.kind == "name":
            return mention
    return None
