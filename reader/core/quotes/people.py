"""The people an article names: a surname or a title to the fullest name the article gives,
whether a name is a person at all, their gender, and who holds a role ("the minister")."""

from __future__ import annotations

import re
from bisect import bisect_right

from .context import Context
from .lexicon import Lexicon
from .russian import instrumental_to_nominative, leading_place, stem, surname_gender

_CAPITAL_WORD = re.compile(r"(?<![\w'’\-])[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-]*")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}")
_CAP = "A-ZÀ-ÖØ-ÞА-ЯЁ"


def name_key(word: str) -> str:
    """A surname as looked up: case folded, without "'s", and for Russian without the case
    ending, so "Смирновой" and "Смирнова" are one person."""
    return stem(re.sub(r"['’]s?$", "", word.casefold()))


def word_gender(lex: Lexicon, word: str) -> str:
    """"m", "f" or "": what a word next to a name says of the person's gender."""
    low = word.lower()
    if low in lex.female:
        return "f"
    if low in lex.male:
        return "m"
    pattern = lex.role_suffix_re
    if pattern is None or not word[:1].isupper():
        return ""
    # German roles: die Sprecherin, die Ministerin; der Sprecher, der Minister ("-e", "-en":
    # die/der Abgeordnete, die Experten: the article decides, not the word)
    tail = low.split("-")[-1]
    if tail.endswith("in") and pattern.search(tail[:-2] or "x"):
        return "f"
    if pattern.search(tail) and not tail.endswith(("in", "innen", "e", "en")):
        return "m"
    return ""


class People:
    """Names the article gives, to turn a surname or a title into the fullest name."""

    def __init__(self, ctx: Context, text: str) -> None:
        self.lex = lex = ctx.lex
        self.text = text  # the article's text, headings blanked
        self.full: dict[str, list[str]] = {}  # surname (folded) -> full names, first seen first
        self.written: dict[str, set[str]] = {}  # a full name -> how the text writes it
        self._genders: dict[str, str] = {}
        self._role_matches: dict[str, list[tuple[int, str]]] = {}  # role -> (end, name)
        self._persons: dict[str, bool] = {}
        self._nouns: dict[str, bool] = {}
        self._at: dict[str, list[int]] | None = None  # capitalised word -> where it stands
        pattern = lex.cap_run_re
        assert pattern is not None
        skip = lex.titles | lex.determiners | ctx.common | lex.prepositions | lex.not_names | \
            lex.name_adjectives
        for m in pattern.finditer(text):
            # a full stop ends a sentence, except after an initial ("Paul D. Ryan")
            words = [w if len(w) == 2 and w[1] == "." and w[0].isupper() else w.rstrip(".")
                     for w in m.group(1).split()]
            while words and (words[0].lower() in skip or lex.is_role(words[0]) or
                             len(words) >= 2 and self._noun(words[0])):
                words = words[1:]
            roles = [i for i, w in enumerate(words[:-2])
                     if lex.is_role(w) or _ACRONYM.fullmatch(w)]
            if roles:  # "Council President Maria Gonzalez": the name after the role
                words = words[roles[-1] + 1 :]
            words = words[leading_place(words):]
            as_written = " ".join(words)
            words = instrumental_to_nominative(words)
            if words:
                words[-1] = re.sub(r"['’]s?$", "", words[-1])  # "Ivanka Trump's"
            if len(words) < 2 or len(words) > 4 or all(w.isupper() for w in words):
                continue
            name = " ".join(words)
            self.written.setdefault(name, set()).add(re.sub(r"['’]s?$", "", as_written))
            names = self.full.setdefault(name_key(words[-1]), [])
            if name not in names:
                names.append(name)

    def _noun(self, word: str) -> bool:
        """A capitalised word the text mostly writes after an article ("the Parsee"): a noun
        or a title, not a first name ("the Parsee Ahab saw")."""
        if word not in self._nouns:
            places = self._index().get(word, [])
            led = sum(1 for p in places if (self.text[max(0, p - 5) : p].split() or [""])[-1]
                      .lower() in self.lex.determiners)
            self._nouns[word] = len(places) >= 2 and led * 2 >= len(places)
        return self._nouns[word]

    def fullest(self, name: str) -> str:
        titles = self.lex.titles
        words = name.replace(".", ". ").split()
        core = [w for w in words if w.rstrip(".").lower() not in titles]
        if not core:
            return name
        known = self.full.get(name_key(core[-1]), [])
        keys = [name_key(w) for w in core]
        options = [n for n in known if len(n.split()) >= len(core)
                   and all(k in {name_key(x) for x in n.split()} for k in keys)]
        # two different people with the surname ("Bill Clinton", "Hillary Clinton"): unsure
        firsts = {n.split()[0] for n in options if len(n.split()) > len(core)}
        if not options or (len(core) == 1 and len(firsts) > 1):
            return " ".join(core) if len(core) > 1 else name
        best = max(options, key=lambda n: (len(n.split()), -known.index(n)))
        # as full as the name given: the name as given (a nominative, not the genitive the
        # article also has)
        return best if len(best.split()) > len(core) else " ".join(core)

    def occurrences(self, form: str) -> list[tuple[int, int]]:
        """Where ``form`` (one or more capitalised words) stands in the text, as whole words;
        one pass over the text serves every name."""
        last = form.rsplit(" ", 1)[-1]  # the surname is the rarer word
        out = []
        for at in self._index().get(last, []):
            pos = at + len(last) - len(form)
            end = pos + len(form)
            if pos >= 0 and self.text.startswith(form, pos) and \
                    not self.text[pos - 1 : pos].isalnum() and \
                    not self.text[end : end + 1].isalnum():
                out.append((pos, end))
        return out

    def _index(self) -> dict[str, list[int]]:
        if self._at is None:
            self._at = {}
            for m in _CAPITAL_WORD.finditer(self.text):
                self._at.setdefault(m.group(), []).append(m.start())
        return self._at

    def is_person(self, name: str) -> bool:
        """False for a place ("in North Korea"), an organisation ("l'association Vélo Lyon")
        and a name the article always writes after an article ("The Washington Post")."""
        if name in self._persons:
            return self._persons[name]
        lex = self.lex
        seen = bare = 0
        person = True
        for start, end in self.occurrences(name):
            seen += 1
            word = re.search(r"(\w+)(\W*)$", self.text[max(0, start - 16) : start])
            before = word.group(1) if word else ""
            if before in lex.place_prepositions and self.text[end : end + 2] not in ("'s", "’s") \
                    or before.lower() in lex.organisations and word and word.group(2).isspace():
                person = False
                break
            if before.lower() not in lex.determiners:
                bare += 1
        if person and seen and bare * 3 < seen:
            person = False  # (nearly) always "the …": the White Whale, The Washington Post
        self._persons[name] = person
        return person

    def gender(self, name: str) -> str:
        """"m", "f" or "" when the article does not show it: a title or a gendered role next
        to the name (Ms. Okafor, Frau Piltz, die Sprecherin …, Gisela Piltz), or a Russian
        surname's ending."""
        if name in self._genders:
            return self._genders[name]
        votes = {"m": 0, "f": 0}
        surname = name.split()[-1]
        by_ending = surname_gender(surname)
        if by_ending:
            votes[by_ending] += 2
        forms = {name}
        if len(self.full.get(name_key(surname), [])) == 1 and name.count(" "):
            forms.add(surname)  # the surname alone, when no one else in the article has it
        for form in forms:
            for start, end in self.occurrences(form):
                before = self.text[max(0, start - 80) : start]
                before = re.split(r"(?<=\w\w\w\w[.!?;])\s", before)[-1]  # not at "M. "
                # an apposition right after the name: ", the nominee's eldest daughter,"
                after = self.text[end : end + 60]
                after = re.split(r"[,.;:!?]", after[1:])[0] if after.startswith(",") else ""
                for word in re.findall(r"[\w\-]+", before)[-4:] + \
                        re.findall(r"[\w\-]+", after)[:8]:
                    g = word_gender(self.lex, word)
                    if g:
                        votes[g] += 1
        g = "m" if votes["m"] > votes["f"] else "f" if votes["f"] > votes["m"] else ""
        self._genders[name] = g
        return g

    def role_holder(self, description: str, before: int) -> str | None:
        """The person the article gives the role in ``description`` ("the minister"), looked
        for around the names mentioned before ``before``."""
        lex = self.lex
        words = [w for w in re.findall(r"[\w\-]+", description.lower())
                 if w not in lex.determiners]
        if not words or len(words) > 4:
            return None
        head = next((w for w in reversed(words) if lex.is_role_word(w)), None)
        if head is None or len(head) < 4:
            return None
        matches = self._role_matches.get(head)
        if matches is None:
            matches = self._role_matches[head] = self._holders(head)
        limit = min(len(self.text), before + len(description) + 60)
        i = bisect_right(matches, (limit, "\uffff"))
        found = matches[i - 1][1] if i else None
        if found is None:
            return None
        words_found = [w for w in found.split() if w.rstrip(".").lower() not in lex.titles]
        return self.fullest(" ".join(words_found)) if words_found else None

    def _holders(self, head: str) -> list[tuple[int, str]]:
        """Every (end, name) where the text gives a name the role ``head``: "the minister, Hana
        Ito", "Minister Hana Ito" or "Hana Ito, the minister". Found once per text (a book
        quotes "the crowd" thousands of times)."""
        lex = self.lex
        articles = "|".join(re.escape(d) for d in sorted(lex.determiners, key=len,
                                                         reverse=True)) or "the"
        of = "|".join(re.escape(w) for w in sorted(lex.of_words | lex.qualifiers, key=len,
                                                   reverse=True)) or "of"
        pattern = re.compile(
            rf"\b(?i:{re.escape(head)})\w{{0,3}}"
            rf"(?:,?\s+|\s+(?i:{of})\s+[\w'’\-]+(?:\s+[\w'’\-]+){{0,2}},\s+)"
            rf"((?:[{_CAP}]\.\s*|[{_CAP}][\w'’\-]*\s+)"
            rf"{{0,3}}[{_CAP}][\w'’\-]*)|"
            rf"((?:[{_CAP}][\w'’\-]*\s+){{1,3}}[{_CAP}][\w'’\-]*),\s+"
            rf"(?i:{articles})\s+(?:[\w\-]+\s+){{0,3}}(?i:{re.escape(head)})\b")
        return [(m.end(), who) for m in pattern.finditer(self.text)
                if (who := m.group(1) or m.group(2)) and who[0].isupper() and
                not who.replace(" ", "").isupper()]  # "captain, EZEKIEL HARDY": a heading
