"""From mentions to speakers: a name to the fullest form the article gives, a description to the
person who holds the role, a pronoun to the person (or the described speaker) it means."""

from __future__ import annotations

import re

from ..scanning import finditer
from .chinese import names_before
from .chinese import role_holder as chinese_role_holder
from .context import Context
from .marks import Marked
from .mentions import Chunk, Mention, chunks, extend, kind, possessor
from .people import People, name_key, word_gender
from .subjects import subject
from .tokens import Token

_CAPITAL_WORD = re.compile(r"(?<![\w'’\-])[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-]*")
# an elided article before a name: d’Inès Roussel, l’Aquila
_ELISION = re.compile(r"(?<![\w'’])(?:[dlDL]|[Dd]ell|[Nn]ell|[Aa]ll|[Dd]all)(['’])(?=[A-ZÀ-ÖØ-Þ])")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_REACH = 2000  # characters a pronoun looks back for the person it means


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the stretches in ``spans`` made spaces (offsets stay as they are)."""
    parts = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        if end <= start:
            continue
        parts.append(text[pos:start])
        parts.append(" " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


class Speakers:
    def __init__(self, ctx: Context, marked: list[Marked]) -> None:
        self.ctx = ctx
        # headings never speak ("CHAPTER I. Down the Rabbit-Hole"); d’Inès is Inès
        spans = [(p.start, p.end) for p in ctx.paragraphs if p.heading]
        spans += [(m.start(1), m.end(1)) for m in finditer(_ELISION, ctx.text)]
        # and a name inside a quote is neither who speaks next nor a name the article gives
        # ("Stop dat noise! Massa Stubb say…")
        self.text = _blank(ctx.text, spans + [(m.start, m.end) for m in marked])
        self.people = People(ctx, self.text)
        self.named: dict[str, list[str]] = {}  # surname (folded) -> speakers named so far
        self.described: list[tuple[int, str, str]] = []  # (where, speaker, gender), in order

    def resolve(self, mention: Mention) -> str | None:
        if mention.kind == "name":
            name = self.people.fullest(mention.said_as or mention.text)
            self._remember(name)
            self.described.append((mention.start, name, ""))  # (weighed in _last_person)
            return name
        if mention.kind == "pronoun" and mention.refers_to is not None:
            return self.resolve(mention.refers_to)
        if mention.kind == "pronoun":
            return self._pronoun(mention)
        if mention.kind == "narrator":
            return mention.text  # “…,” I said: the one who tells
        if self.ctx.cjk and _CJK.search(mention.text):
            holder = chinese_role_holder(self.ctx, mention.text, mention.start)
        else:
            holder = self.people.role_holder(mention.text, mention.start)
        words = mention.text.split()
        if words and words[0].lower() in self.ctx.lex.determiners:
            words[0] = words[0].lower()
        described = " ".join(words)
        gender = self._gender_of(described)
        if not holder:
            holder = self._epithet(described, gender, mention.start)
        if holder:
            self._remember(holder)
            self.described.append((mention.start, holder, ""))
            return holder
        self.described.append((mention.start, described, gender))
        return described

    def _epithet(self, described: str, gender: str, at: int) -> str | None:
        """"contou o jogador" after "Ele contou que …" about Kauã Ribeiro: a definite
        description of someone the sentence before names (not one the story already uses for
        a speaker of its own, "said the old man")."""
        words = re.findall(r"[\w\-]+", described.lower())
        if not words or words[0] not in self.ctx.lex.definite or len(words) > 3 or \
                any(d == described for _, d, _ in self.described):
            return None
        sentence, _ = self.ctx.sentence_before(at, self.text, reach=320)
        if any(t.low == words[-1] for t in sentence):
            return None  # "… dove il vecchio aspettava. «…», disse il vecchio": that one
        found = self._previous_subject(at, gender)
        if found is None or not found[1][:1].isupper():
            return None
        return found[1]

    def _previous_subject(self, before: int, gender: str,
                          depth: int = 0) -> tuple[int, str] | None:
        """The person the sentence before ``before`` is about, when the pronoun's gender fits:
        "The stranger set down his bag. “I can pay,” he said."; when the subject does not fit,
        another person the sentence names ("The Queen turned to the Gardener. “…,” he said")."""
        sentence, _ = self.ctx.sentence_before(before, self.text, reach=320)
        if not sentence:
            return None
        first = subject(self.ctx, sentence)
        if first is None:
            # "Selon Sophie Laurent, présidente de …, les pistes …": whose view it is
            opening = chunks(self.ctx, sentence[:16])[:1]
            named = kind(self.ctx, Chunk(opening[0][1].toks, False)) if opening else None
            first = named if named is not None and named.kind == "name" else None
        if first is not None:
            found = self._fits(first, sentence, gender, depth)
            if found is not None or first.kind == "name" or gender not in ("m", "f"):
                return found
        for _, chunk in chunks(self.ctx, sentence)[1:]:
            mention = kind(self.ctx, Chunk(chunk.toks, False))
            if mention is not None and mention.kind == "description" and \
                    (first is None or mention.start > first.start):
                found = self._fits(mention, sentence, gender, depth)
                if found is not None:
                    return found
        return None

    def _fits(self, mention: Mention, sentence: list[Token], gender: str,
              depth: int) -> tuple[int, str] | None:
        """(where, who) for a mention a pronoun of ``gender`` can mean, else None."""
        if mention.kind == "description":
            # "Die Sprecherin der Partei, Helga Brandt, kritisierte …": the name in apposition
            mention = extend(self.ctx, mention, sentence)
            holder = self.people.role_holder(mention.text, mention.start)
            if holder:
                mention = Mention(holder, mention.start, mention.end, "name")
        if mention.kind == "name":
            name = self.people.fullest(mention.text)
            if gender in ("m", "f"):
                known = self.people.gender(name)
                if known and known != gender or not self.people.is_person(name):
                    return None
            return (mention.start, name) if gender != "p" else None
        if mention.kind == "pronoun":
            said = self.ctx.lex.pronouns.get(mention.text.lower(), "")
            if depth >= 2 or said == "p" or gender and said != gender:
                return None
            meant = self._pronoun(mention, depth + 1)
            return (mention.start, meant) if meant else None
        lex = self.ctx.lex
        if mention.kind != "description" or not any(
                lex.is_role_word(w) or w.lower() in lex.groups
                for w in re.findall(r"[\w\-]+", mention.text)):
            return None
        described = mention.text[:1].lower() + mention.text[1:]
        own = self._gender_of(described)
        if gender == "p" or own and gender and own != gender:
            return None
        return mention.start, described

    def _gender_of(self, description: str) -> str:
        words = re.findall(r"[\w\-]+", description)
        if words and words[0].lower() in self.ctx.lex.article_gender:
            return self.ctx.lex.article_gender[words[0].lower()]  # "o jogador", "la maire"
        for word in reversed(words):
            g = word_gender(self.ctx.lex, word)
            if g:
                return g
        return ""

    def _pronoun(self, mention: Mention, depth: int = 0) -> str | None:
        gender = self.ctx.lex.pronouns.get(mention.text.lower(), "")
        before = mention.start
        said = self._last_described(before, gender)
        if self.ctx.cjk and _CJK.search(mention.text):
            return said[1] if said else names_before(self.ctx, before)
        previous = self._previous_subject(before, gender, depth)
        if previous is not None:
            return previous[1]
        person = self._last_person(before, gender)
        if said is not None and (person is None or said[0] > person[0]):
            return said[1]
        if person is not None:
            return person[1]
        return self._last_role(before, gender)

    def _remember(self, name: str) -> None:
        names = self.named.setdefault(name_key(name.split()[-1]), [])
        if name not in names:
            names.append(name)

    def _last_described(self, before: int, gender: str) -> tuple[int, str] | None:
        """The speaker given by a description most recently ("said the old man") whom the
        pronoun can mean: of the pronoun's gender, when either shows one."""
        lex = self.ctx.lex
        for at, who, g in reversed(self.described):
            if at >= before:
                continue
            if at < before - _REACH:
                break
            if who[:1].isupper() and not _CJK.search(who):
                continue  # names are weighed where they stand in the text (_last_person)
            if gender == "p" and g != "p":
                continue
            if g and gender and g != gender:
                continue
            if not g and gender in ("m", "f") and not any(
                    lex.is_role_word(w) or w.lower() in lex.groups
                    for w in re.findall(r"[\w\-]+", who)):
                continue
            return at, who
        return None

    def _last_role(self, before: int, gender: str) -> str | None:
        """With no one named before it, "she" means the role last mentioned in the sentences
        just before: "The senator did not hold back. “…,” she told the chamber"."""
        pattern = self.ctx.lex.role_phrase_re
        if gender == "p" or pattern is None:
            return None
        window = self.text[max(0, before - 300) : before]
        found = None
        for m in pattern.finditer(window):
            role = m.group(2)
            if self.ctx.lex.is_role_word(role) and \
                    word_gender(self.ctx.lex, role) in ("", gender or ""):
                found = m.group(1)
        return " ".join(found.split()).lower() if found else None

    def _last_person(self, before: int, gender: str) -> tuple[int, str] | None:
        """The person named last before ``before`` (within 2,000 characters) whom the pronoun
        can mean: a speaker by their full name or surname, or anyone by their full name."""
        people = self.people

        def fits(name: str) -> bool:
            if gender == "p":
                return not people.is_person(name)  # "they": a council, a company
            if gender not in ("m", "f"):
                return True
            if not people.is_person(name):
                return False  # "she" is not The Washington Post
            known = people.gender(name)
            return not known or known == gender  # „Sie“ is not Wolfgang Schäuble

        window_start = max(0, before - _REACH)
        words = list(_CAPITAL_WORD.finditer(self.text, window_start, before))
        for m in reversed(words):
            word = possessor(m.group())
            end = m.start() + len(word)
            for name in self.named.get(name_key(word), []):
                if fits(name):
                    return m.start(), name
            if gender == "p":
                continue
            # someone named by their full name, who has not spoken yet
            for name in people.full.get(name_key(word), []):
                for form in people.written.get(name, (name,)):
                    if end - len(form) >= window_start and \
                            self.text[end - len(form) : end] == form and fits(name):
                        return m.start(), name
        return None
