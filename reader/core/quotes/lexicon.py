"""The words quotes are read with: one frozen lexicon for an article's language.

Words live in data files, one per language (``reader/core/data/quotes/<code>.toml``) plus
``common.toml`` for what every language shares (name particles, the small words of a quoted
name). An article's lexicon is common + its language + English, for the English in a mixed text;
a language without a file gets common + English, and an unknown one (None, "und") every file. A
German word therefore cannot change what an English article gives. Adding a language is one data
file (and one test file, tests/test_quotes_<code>.py).

A file has up to five tables. Every key is optional; a key the code does not know is an error
(``check``), so a typo in a data file fails the tests instead of being ignored. Most keys are
lists of lower-case words; ``pronouns`` and ``article_gender`` map a word to "m", "f" or "p";
``subject_after_verb`` is true or false; three Chinese keys are strings of characters.

[speech]      verbs (said, sagte), participles ("…, adding that": the sentence's subject
              speaks), addressee_verbs (after them, who was told: "told reporters"), according
              (phrases before the source: "according to", "selon", "по словам"), postposed
              ("Berger zufolge"), so („…“, so Müller), view ("Pour X, …"), document_verbs and
              impersonal ("heißt es in dem Schreiben"), inversion_pronouns (« … », dit-elle),
              saying_nouns ("mit den Worten „…“"), reported (words that make a few quoted words
              reported speech: sei, according), named_after („Bruno“ genannt), first_person,
              office_prepositions ("— сообщили в пресс-службе")
[statements]  title_cues (the film “…”), naming_cues (so-called), title_suffixes (German
              compounds: Dokumentarfilm), function_words (the small words of a quoted name)
[grammar]     subject_after_verb (the subject may follow its verb anywhere: "Der Zeitung
              sagte Filep Karma"), determiners, definite (singular definite articles),
              possessives, demonstratives, quantifiers, prepositions, place_prepositions,
              of_words, to_words ("dijo a los periodistas"), clause_words, relatives ("Alvarez,
              who represents …, called"), coordination, oblique_articles (German dative and
              accusative), genitive ("der Bericht des Rechnungshofs"), qualifiers (a
              description takes the phrase they open: "a nurse at the hospital"), aux,
              abbreviations, particles (von, de, bin), name_words (stop words that are names
              too: Don), not_speakers, time_words, not_names
[people]      pronouns, narrator (“…,” I said), article_gender, titles, not_roles (titles
              that are no role on their own), role_suffixes (German compounds: -sprecherin),
              groups (officials, the stranger), male, female, organisations (a name after them
              is not a person's), name_adjectives ("poor Tom")
[chinese]     verbs, according (据), according_verbs, roles, adverbials (在会上, 昨天),
              surnames, compound_surnames, predicate_starts
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from typing import Any

COMMON = "common"
ENGLISH = "en"

_SECTIONS = {
    "speech": ["verbs", "participles", "addressee_verbs", "according", "postposed", "so", "view",
               "document_verbs", "impersonal", "inversion_pronouns", "saying_nouns", "reported",
               "named_after", "first_person", "office_prepositions"],
    "statements": ["title_cues", "naming_cues", "title_suffixes", "function_words"],
    "grammar": ["subject_after_verb", "determiners", "definite", "possessives", "demonstratives",
                "quantifiers", "prepositions", "place_prepositions", "of_words", "to_words",
                "clause_words", "relatives", "coordination", "oblique_articles", "genitive",
                "qualifiers", "aux", "abbreviations", "particles", "name_words", "not_speakers",
                "time_words", "not_names"],
    "people": ["pronouns", "narrator", "article_gender", "titles", "not_roles", "role_suffixes",
               "groups", "male", "female", "organisations", "name_adjectives"],
    "chinese": ["verbs", "according", "according_verbs", "roles", "adverbials", "surnames",
                "compound_surnames", "predicate_starts"],
}
_MAPS = {"pronouns", "article_gender"}
_FLAGS = {"subject_after_verb"}
_EMPTY: frozenset[str] = frozenset()


def _words() -> Any:
    return field(default=_EMPTY)


@dataclass(frozen=True, eq=False)
class Chinese:
    """The [chinese] table: lists for patterns (see ``chinese``), longest words first."""

    verbs: tuple[str, ...] = ()  # longest first
    according: frozenset[str] = _EMPTY
    according_verbs: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    adverbials: tuple[str, ...] = ()
    surnames: frozenset[str] = _EMPTY
    compound_surnames: frozenset[str] = _EMPTY
    predicate_starts: frozenset[str] = _EMPTY


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The words of the languages in ``languages`` merged: one field per key of the files."""

    languages: tuple[str, ...]
    # speech
    verbs: frozenset[str] = _words()
    participles: frozenset[str] = _words()
    addressee_verbs: frozenset[str] = _words()
    according: frozenset[str] = _words()
    postposed: frozenset[str] = _words()
    so: frozenset[str] = _words()
    view: frozenset[str] = _words()
    document_verbs: frozenset[str] = _words()
    impersonal: frozenset[str] = _words()
    inversion_pronouns: frozenset[str] = _words()
    saying_nouns: frozenset[str] = _words()
    reported: frozenset[str] = _words()
    named_after: frozenset[str] = _words()
    first_person: frozenset[str] = _words()
    office_prepositions: frozenset[str] = _words()
    # statements
    title_cues: frozenset[str] = _words()
    naming_cues: frozenset[str] = _words()
    title_suffixes: frozenset[str] = _words()
    function_words: frozenset[str] = _words()
    # grammar
    subject_after_verb: bool = False
    determiners: frozenset[str] = _words()
    definite: frozenset[str] = _words()
    possessives: frozenset[str] = _words()
    demonstratives: frozenset[str] = _words()
    quantifiers: frozenset[str] = _words()
    prepositions: frozenset[str] = _words()
    place_prepositions: frozenset[str] = _words()
    of_words: frozenset[str] = _words()
    to_words: frozenset[str] = _words()
    clause_words: frozenset[str] = _words()
    relatives: frozenset[str] = _words()
    coordination: frozenset[str] = _words()
    oblique_articles: frozenset[str] = _words()
    genitive: frozenset[str] = _words()
    qualifiers: frozenset[str] = _words()
    aux: frozenset[str] = _words()
    abbreviations: frozenset[str] = _words()
    particles: frozenset[str] = _words()
    name_words: frozenset[str] = _words()
    not_speakers: frozenset[str] = _words()
    time_words: frozenset[str] = _words()
    not_names: frozenset[str] = _words()
    # people
    pronouns: dict[str, str] = field(default_factory=dict)
    article_gender: dict[str, str] = field(default_factory=dict)
    titles: frozenset[str] = _words()
    narrator: frozenset[str] = _words()
    not_roles: frozenset[str] = _words()
    role_suffixes: frozenset[str] = _words()
    groups: frozenset[str] = _words()
    male: frozenset[str] = _words()
    female: frozenset[str] = _words()
    organisations: frozenset[str] = _words()
    name_adjectives: frozenset[str] = _words()
    chinese: Chinese = field(default_factory=Chinese)
    # derived: compiled once per lexicon
    according_re: re.Pattern[str] | None = None
    role_suffix_re: re.Pattern[str] | None = None
    inverted_re: re.Pattern[str] | None = None
    role_phrase_re: re.Pattern[str] | None = None
    cap_run_re: re.Pattern[str] | None = None
    # the words that open a noun phrase: determiners, possessives, demonstratives
    openers: frozenset[str] = _words()

    def is_role(self, word: str) -> bool:
        """"senator", "Sprecherin", "maire": a title or a word for a role (German compounds by
        their ending)."""
        low = word.lower().rstrip(".")
        if low in self.titles:
            return True
        return self.role_suffix_re is not None and \
            self.role_suffix_re.search(word.split("-")[-1]) is not None

    def is_role_word(self, word: str) -> bool:
        """A role a person holds on its own ("the senator"; not "the state", "the prime")."""
        low = word.lower()
        if low in self.titles:
            return low not in self.not_roles
        return self.is_role(word)


def _file(code: str) -> dict[str, Any]:
    data = resources.files("reader.core").joinpath("data", "quotes", f"{code}.toml")
    with data.open("rb") as handle:
        return tomllib.load(handle)


def check(code: str) -> list[str]:
    """What is wrong with a data file: unknown tables or keys, a list with a word twice."""
    problems = []
    for section, table in _file(code).items():
        if section not in _SECTIONS or not isinstance(table, dict):
            problems.append(f"{code}: unknown table [{section}]")
            continue
        for key, value in table.items():
            if key not in _SECTIONS[section]:
                problems.append(f"{code}: unknown key {section}.{key}")
            elif key in _FLAGS and not isinstance(value, bool):
                problems.append(f"{code}: {section}.{key} is not true or false")
            elif isinstance(value, list):
                seen = set()
                for word in value:
                    if word in seen:
                        problems.append(f"{code}: {section}.{key} has {word!r} twice")
                    seen.add(word)
    return problems


@cache
def data_languages() -> tuple[str, ...]:
    """The languages with a data file of their own."""
    folder = resources.files("reader.core").joinpath("data", "quotes")
    return tuple(sorted(p.name[:-5] for p in folder.iterdir()
                        if p.name.endswith(".toml") and p.name[:-5] != COMMON))


def _merge(codes: tuple[str, ...]) -> Lexicon:
    words: dict[str, set[str]] = {}
    maps: dict[str, dict[str, str]] = {}
    flags: dict[str, bool] = {}
    chinese: dict[str, list[str]] = {}
    for code in codes:
        for section, table in _file(code).items():
            for key, value in table.items():
                if section == "chinese":
                    chinese.setdefault(key, []).extend(
                        list(value.replace("\n", "")) if isinstance(value, str) else value)
                elif key in _MAPS:
                    maps.setdefault(key, {}).update(value)
                elif key in _FLAGS:
                    flags[key] = flags.get(key, False) or bool(value)
                else:
                    words.setdefault(key, set()).update(w.lower() for w in value)
    names = {f.name for f in fields(Lexicon)}
    kwargs: dict[str, Any] = {k: frozenset(v) for k, v in words.items() if k in names}
    kwargs.update(maps)
    kwargs.update(flags)
    verbs = words.get("verbs", set()) | words.get("participles", set())
    kwargs["verbs"] = frozenset(verbs)
    kwargs["openers"] = frozenset(words.get("determiners", set()) |
                                  words.get("possessives", set()) |
                                  words.get("demonstratives", set()))
    kwargs["chinese"] = Chinese(
        verbs=tuple(sorted(set(chinese.get("verbs", [])), key=len, reverse=True)),
        according=frozenset(chinese.get("according", [])),
        according_verbs=tuple(sorted(set(chinese.get("according_verbs", [])), key=len,
                                     reverse=True)),
        roles=tuple(sorted(set(chinese.get("roles", [])), key=len, reverse=True)),
        adverbials=tuple(sorted(set(chinese.get("adverbials", [])), key=len, reverse=True)),
        surnames=frozenset(chinese.get("surnames", [])),
        compound_surnames=frozenset(chinese.get("compound_surnames", [])),
        predicate_starts=frozenset(chinese.get("predicate_starts", [])))
    kwargs.update(_patterns(words))
    return Lexicon(languages=codes, **kwargs)


def _alternatives(words: set[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


def _patterns(words: dict[str, set[str]]) -> dict[str, re.Pattern[str] | None]:
    out: dict[str, re.Pattern[str] | None] = {}
    according = words.get("according")
    out["according_re"] = re.compile(rf"(?<!\w)(?:{_alternatives(according)})(?!\w)",
                                     re.IGNORECASE) if according else None
    suffixes = words.get("role_suffixes")
    out["role_suffix_re"] = re.compile(rf"(?:{_alternatives(suffixes)})(?:innen|in|en|n|s)?$",
                                       re.IGNORECASE) if suffixes else None
    pronouns = words.get("inversion_pronouns")
    # « … », a-t-elle précisé ; dit-il ; a-t-il ajouté
    out["inverted_re"] = re.compile(
        rf"^(?:(?:a|aurait)-t-({_alternatives(pronouns)})\s+[^\W\d_]+|[^\W\d_]+-t-"
        rf"({_alternatives(pronouns)})|[^\W\d_]+-({_alternatives(pronouns)}))(?!\w)"
    ) if pronouns else None
    determiners = words.get("determiners", set()) or {"the"}
    out["role_phrase_re"] = re.compile(
        rf"\b((?:{_alternatives(determiners)})\s+(?:[\w\-]+\s+){{0,2}}?([\w\-]+))\b",
        re.IGNORECASE)
    particles = words.get("particles", set())
    cap = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"
    joined = rf"(?:(?:von|van) +(?:der|den)|{_alternatives(particles)}) +" if particles else ""
    out["cap_run_re"] = re.compile(
        rf"(?:(?<=\s)|^)((?:(?:[{cap}]\.|[{cap}][\w'’\-]*) +(?:{joined})?){{1,4}}"
        rf"[{cap}][\w'’\-]*)")
    return out


def _codes(language: str | None) -> tuple[str, ...]:
    known = data_languages()
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    if not code or code == "und":
        return (COMMON, *known)
    if code in known:
        return (COMMON, code) if code == ENGLISH else (COMMON, code, ENGLISH)
    return (COMMON, ENGLISH)


@cache
def _lexicon(codes: tuple[str, ...]) -> Lexicon:
    return _merge(codes)


def lexicon_for(language: str | None) -> Lexicon:
    """The lexicon for an article in ``language`` (an ISO code; None or "und": unknown)."""
    return _lexicon(_codes(language))
