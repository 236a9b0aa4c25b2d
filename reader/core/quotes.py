"""Quoted statements and who made them.

Quotation marks are paired by ``quote_marks``; a quoted stretch is a statement when it reads as
said words rather than a title, a name or scare quotes; its speaker comes from the rest of its
sentence (``attribution``), or else from the quote it continues: the one before it in the
paragraph, a colon introduction closing the paragraph before, or the attribution in the sentence
right after it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .article import Article
from .attribution import (
    DETERMINERS,
    PRONOUNS,
    VERBS,
    Frame,
    Mention,
    People,
    Token,
    find_speaker,
    first_name,
    is_role_word,
    name_key,
    subject,
    tokens,
)
from .cancel import checkpoint
from .quote_marks import MARKS, Marked, find_marked

_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_SENTENCE_END = {".", "!", "?", "。", "！", "？", ";"}
FRAME_CHARS = 300

# words right before a quote that make it a title or a term, not a statement
_TITLE_CUES = {
    "so-called", "titled", "entitled", "named", "dubbed", "book", "film", "movie", "novel",
    "album", "song", "show", "series", "play", "magazine", "newspaper", "hashtag", "slogan",
    "motto", "operation", "campaign", "program", "programme", "exhibition", "sogenannte",
    "sogenannten", "sogenannter", "sogenanntes", "titel", "buch", "roman", "lied", "serie",
    "sendung", "zeitung", "zeitschrift", "magazin", "ausstellung", "kampagne", "projekt",
    "programm", "organisation", "partei", "initiative", "bündnis",
    "aktion", "intitulé", "intitulée", "livre", "émission", "journal", "titulado",
    "titulada", "libro", "película", "novela", "periódico", "называемый", "называемая",
    "называемое", "книга", "фильм", "газета", "журнал", "роман",
}
# words that mark reported speech around a few quoted words (German Konjunktiv, "von")
_REPORTED = VERBS | {"sei", "seien", "habe", "hätten", "werde", "würden", "stehe", "könne",
                     "angaben", "zufolge", "hieß", "heißt", "según", "selon", "according",
                     "словам"}
# nouns that introduce said words rather than name them: mit den Worten „…“
_SAYING_NOUNS = {"worten", "worte", "satz", "aussage", "zitat", "words", "phrase", "statement",
                 "mots", "palabras", "frase", "словами", "фразой"}
_FUNCTION = {
    "of", "the", "a", "an", "and", "for", "in", "on", "to", "at", "by", "with", "or", "de", "du",
    "des", "la", "le", "les", "et", "pour", "un", "une", "el", "los", "las", "y", "del", "der",
    "die", "das", "und", "für", "von", "im", "am", "zu", "voor", "van", "het", "en", "di", "e",
    "à", "au", "aux", "da", "do", "dos", "per",
}


@dataclass(frozen=True)
class Quote:
    start: int  # the quoted words, without the marks
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


def _word_count(quoted: str) -> int:
    cjk = len(_CJK_CHAR.findall(quoted))
    return len(quoted.split()) + cjk // 2  # two characters make about a word


def _looks_like_a_name(quoted: str) -> bool:
    """'Iceland Nature Conservation Association', 'Department of Vertebrate Zoology': every word
    that is not a small function word capitalised, and nothing that ends a sentence."""
    stripped = quoted.strip()
    if not stripped or stripped[-1] in ".!?…,;:":
        return False
    words = re.findall(r"[^\W\d_][\w'’\-]*", stripped)
    content = [w for w in words if w.lower() not in _FUNCTION]
    return len(words) >= 2 and bool(content) and all(w[0].isupper() for w in content)


def _frame(text: str, marked: Marked, para_start: int, para_end: int,
           prev_close: int | None, next_open: int | None) -> Frame:
    begin = max(para_start, marked.open - FRAME_CHARS, (prev_close + 1) if prev_close else 0)
    before = tokens(text, begin, marked.open)
    for k in range(len(before) - 1, -1, -1):
        if before[k].text in _SENTENCE_END:
            before = before[k + 1 :]
            break
    stop = min(para_end, marked.close + 1 + FRAME_CHARS, next_open if next_open else para_end)
    after = tokens(text, marked.close + 1, stop)
    for k, tok in enumerate(after):
        if tok.text in _SENTENCE_END:
            after = after[:k]
            break
    ends = text[marked.start : marked.end].rstrip()[-1:] in ".!?…"
    if ends and after and after[0].cap and (
            not any(t.low in VERBS for t in after[:4]) or before and before[-1].text == ":"):
        after = []  # a new sentence ("… .” Er akzeptierte die Niederlage und kommentierte…)
    return Frame(before, after)


_ADDRESS = re.compile(r"(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?")
_TITLE_SUFFIXES = ("buch", "roman", "film", "werk", "titel", "lied", "album", "serie",
                   "sendung", "zeitung", "magazin", "projekt", "programm", "kampagne")
# words after the marks that name what is in them: „Bruno“ genannt, „Wikiasari“, so heißt …
_NAMED_AFTER = {"genannt", "called", "named", "heißt", "hieß", "nennt", "appelé", "appelée",
                "llamado", "llamada"}


_NAMING_CUES = {"so-called", "titled", "entitled", "named", "dubbed", "sogenannte",
                "sogenannten", "sogenannter", "sogenanntes", "intitulé", "intitulée", "titulado",
                "titulada", "называемый", "называемая", "называемое"}


def _title_cue(frame: Frame, quoted: str = "") -> bool:
    words = [t for t in frame.before[-2:] if t.text[0].isalnum()]
    last = words[-1].low if words else ""
    if last in _NAMING_CUES:
        return True
    # a work or a project is named in capitals („Die stille Bucht“, "Salt and Tide"); after
    # such a noun, words in small letters are said about it (das Projekt „von Anfang an …“)
    first = next((c for c in quoted if c.isalnum()), "A")
    if not (first.isupper() or first.isdigit()):
        return False
    # German compounds name a work too: ihr Erstwerk „…“, der Dokumentarfilm „…“
    if last in _TITLE_CUES or words and words[-1].cap and len(last) > 6 and \
            last.endswith(_TITLE_SUFFIXES):
        return True
    after = [t.low for t in frame.after[:3] if t.text[0].isalnum()]
    return bool(after) and (after[0] in _NAMED_AFTER or after[0] == "so" and len(after) > 1
                            and after[1] in _NAMED_AFTER)


def _apposition(quoted: str, frame: Frame, common: set[str]) -> bool:
    """Words in marks right after a capitalised noun name it: der Fernsehsender „Channel 10“,
    the newspaper "Neues Deutschland"."""
    if len(frame.before) < 2 or quoted.rstrip()[-1:] in ".!?…," or _word_count(quoted) > 6:
        return False
    last = frame.before[-1]
    return last.cap and last.text[0].isalpha() and last.low not in common and \
        last.low not in _SAYING_NOUNS


def _is_statement(quoted: str, frame: Frame, attributed: bool, common: set[str]) -> bool:
    if _title_cue(frame, quoted):
        return False
    # a name or a title starts with a capital; "die Infrastruktur der Hamas" is said words
    first_letter = next((c for c in quoted if c.isalpha()), "")
    if first_letter.isupper() and (
            _looks_like_a_name(quoted) or _apposition(quoted, frame, common)):
        return False
    if _ADDRESS.fullmatch(quoted.strip()):
        return False  # „news.bbc.co.uk“
    words = _word_count(quoted)
    if words >= 4:
        return True
    # a few words are a statement when someone is said to use them: nannte sie „haltlos“
    near = any(t.low in VERBS for t in frame.before[-8:]) or any(
        t.low in VERBS for t in frame.after[:2])
    reported = any(t.low in _REPORTED for t in (*frame.before, *frame.after))
    return words >= 1 and (attributed and near or reported and (near or attributed))


class _Speakers:
    """Turns mentions into people: the fullest name, pronouns to the person last named."""

    def __init__(self, text: str, common: set[str], marked: list[Marked]) -> None:
        # the text with quoted words blanked: a name inside a quote is not who speaks next
        chars = list(text)
        for m in marked:
            chars[m.start : m.end] = " " * (m.end - m.start)
        self.text = "".join(chars)
        self.people = People(text, common)
        self.named: dict[str, list[str]] = {}  # surname (folded) -> speakers named so far

    def resolve(self, mention: Mention) -> str | None:
        if mention.kind == "name":
            name = self.people.fullest(mention.said_as or mention.text)
            self._remember(name)
            return name
        if mention.kind == "pronoun" and mention.refers_to is not None:
            return self.resolve(mention.refers_to)
        if mention.kind == "pronoun":
            gender = PRONOUNS.get(mention.text.lower(), "")
            return self._last_person(mention.start, gender) or \
                self._last_role(mention.start, gender)
        holder = self.people.role_holder(mention.text, mention.start)
        if holder:
            self._remember(holder)
            return holder
        words = mention.text.split()
        if words and words[0].lower() in DETERMINERS:
            words[0] = words[0].lower()
        return " ".join(words)

    def _remember(self, name: str) -> None:
        names = self.named.setdefault(name_key(name.split()[-1]), [])
        if name not in names:
            names.append(name)

    def _last_role(self, before: int, gender: str) -> str | None:
        """With no one named before it, "she" means the role last mentioned in the sentences
        just before: "The senator did not hold back. “…,” she told the chamber"."""
        if gender == "p":
            return None
        window = self.text[max(0, before - 300) : before]
        found = None
        for m in _ROLE_PHRASE.finditer(window):
            if is_role_word(m.group(2)):
                found = m.group(1)
        return " ".join(found.split()).lower() if found else None

    def _last_person(self, before: int, gender: str) -> str | None:
        """The person named last before ``before`` (within 2,000 characters) whom the pronoun
        can mean: a speaker by their full name or surname, or anyone by their full name."""

        def fits(name: str) -> bool:
            if gender not in ("m", "f"):
                return True  # "they" can mean a council or a company
            if not self.people.is_person(name):
                return False  # "she" is not The Washington Post
            known = self.people.gender(name)
            return not known or known == gender  # „Sie“ is not Wolfgang Schäuble

        window_start = max(0, before - 2000)
        words = list(_CAPITAL_WORD.finditer(self.text, window_start, before))
        for m in reversed(words):
            word = _POSSESSIVE.sub("", m.group())
            end = m.start() + len(word)
            for name in self.named.get(name_key(word), []):
                if fits(name):
                    return name
            if gender == "p":
                continue
            # someone named by their full name, who has not spoken yet
            for name in self.people.full.get(name_key(word), []):
                if end - len(name) >= window_start and \
                        self.text[end - len(name) : end] == name and fits(name):
                    return name
        return None


_ROLE_PHRASE = re.compile(r"\b((?:the|der|die|la|le|el)\s+(?:[\w\-]+\s+){0,2}?([\w\-]+))\b",
                          re.IGNORECASE)
_CAPITAL_WORD = re.compile(r"(?<![\w'’\-])[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-]*")
_POSSESSIVE = re.compile(r"['’]s?$")


MAX_QUOTES = 5000  # quotation-mark pairs looked at; past that, a text is a list, not speech


def find_quotes(article: Article) -> list[Quote]:
    return find_quotes_within(article, None)[0]


def find_quotes_within(article: Article, limit: int | None = MAX_QUOTES
                       ) -> tuple[list[Quote], int]:
    """The quotes, and how many quotation-mark pairs past ``limit`` were not looked at."""
    text = article.text
    paragraphs = article.paragraphs
    marked = find_marked(text, paragraphs)
    skipped = 0
    if limit is not None and len(marked) > limit:
        skipped, marked = len(marked) - limit, marked[:limit]
    return _find_quotes(article, marked), skipped


# The author's words inside the marks, as Russian and French set them:
# «Мост откроют в апреле, — сказал он, — если погода позволит»; « Le pont ouvrira, dit-il, … »
_INCISE_RU = re.compile(r"[,!?…]?\s+[—–]\s+(?P<words>[а-яёa-z][^—–«»\"„“”]{2,150}?)"
                        r"(?P<end>[,.!?…]\s+[—–]\s+)")
_FR = "a-zàâçéèêëîïôûùüÿœ"
_INCISE_FR = re.compile(rf",\s+(?P<words>(?:[{_FR}]+-t-(?:il|elle|on)|[{_FR}]+-(?:il|elle|ils|"
                        rf"elles)|a-t-(?:il|elle)\s+[{_FR}]+)(?:\s+[^,«»\"]{{1,60}})?)"
                        rf"(?P<end>,\s+)")


def _split_incises(text: str, marked: list[Marked]) -> tuple[list[Marked], set[int]]:
    """A quote with the speaker's verb inside its marks becomes two quotes around it, so the
    verb is each one's frame (and the quotes do not include "— сказал он, —"). Also returns
    the starts of such parts: each is said words, however short ("Наконец-то")."""
    out: list[Marked] = []
    parts: set[int] = set()
    for m in marked:
        inner = text[m.start : m.end]
        hit = None
        for pattern in (_INCISE_RU, _INCISE_FR):
            for found in pattern.finditer(inner):
                first_word = found.group("words").split()[0].split("-")[0].lower()
                if first_word in VERBS or pattern is _INCISE_FR:
                    hit = found
                    break
            if hit:
                break
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


def _find_quotes(article: Article, marked: list[Marked]) -> list[Quote]:
    text = article.text
    paragraphs = article.paragraphs
    if not marked:
        return []
    marked, parts = _split_incises(text, marked)
    common = _common_words(text, article.language)
    speakers = _Speakers(text, common, marked)
    opens = [m.open for m in marked]
    quotes: list[Quote] = []
    found: list[tuple[Marked, Mention | None, str | None]] = []
    for n, m in enumerate(marked):
        if n % 64 == 0:
            checkpoint()
        first = paragraphs[m.first_paragraph]
        last = paragraphs[m.last_paragraph]
        # the frame reaches back to the last statement, across titles and names in marks
        # („Neues Deutschland“)
        prev_close = found[-1][0].close if found and found[-1][0].last_paragraph == \
            m.first_paragraph else None
        next_open = marked[n + 1].open if n + 1 < len(marked) and \
            marked[n + 1].first_paragraph == m.last_paragraph else None
        frame = _frame(text, m, first.start, last.end, prev_close, next_open)
        mention = find_speaker(text, frame, common, reported_speech=True)
        if mention is not None and _inside_a_quote(mention, marked, opens):
            mention = None
        quoted = text[m.start : m.end]
        # a short whole sentence right after a statement and its attribution goes on with it:
        # “We would have taken pay cuts,” Raman said. “They didn't ask.”
        goes_on = prev_close is not None and m.open - prev_close < 60 and \
            quoted.lstrip()[:1].isupper() and quoted.rstrip()[-1:] in ".!?…" and \
            not _title_cue(frame, quoted)
        if not goes_on and m.start not in parts and \
                not _is_statement(quoted, frame, mention is not None, common):
            continue
        name = speakers.resolve(mention) if mention else None
        found.append((m, mention, name))

    # quotes without an attribution of their own continue one that has
    for k, (m, _, name) in enumerate(found):
        if name is not None:
            continue
        source = _continued(text, paragraphs, found, k, speakers, common)
        if source is not None:
            found[k] = (m, source[1], source[0])
    for m, mention, name in found:
        if mention is not None and name is not None:
            quotes.append(Quote(m.start, m.end, name, mention.start, mention.end))
        else:
            quotes.append(Quote(m.start, m.end, name))
    return quotes


# (a word right after a closing quotation mark is not taken as a sentence's first word: it is
# as often the speaker, “I would,” Melanie said)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[„«“]\s*)([^\W\d_][\w\-]*)(?= [^\W\d_])"
                             r"(?! [A-ZÀ-ÖØ-ÞА-ЯЁ])")
# after an initial ("Paul D. Ryan") a capital is inside a sentence
_AFTER_INITIAL = re.compile(r"\b[A-ZÀ-ÖØ-ÞА-ЯЁ]\. ([^\W\d_][\w\-]*)")
_CAPITALISED = re.compile(r"(?<=[\w,] )([^\W\d_][\w\-]*)")


def _common_words(text: str, language: str | None) -> set[str]:
    """Lower-cased words that are not names even when capitalised: the language's stop words,
    and words the article capitalises only where a sentence starts ("Similarly", "Ähnlich")."""
    from .words import stop_words

    common: set[str] = set()
    for code in {language or "en", "en"}:
        common |= stop_words(code)
    initial = {m.group(1) for m in _SENTENCE_START.finditer(text) if m.group(1)[0].isupper()}
    inside = {m.group(1) for m in _CAPITALISED.finditer(text) if m.group(1)[0].isupper()}
    inside |= {m.group(1) for m in _AFTER_INITIAL.finditer(text)}
    common |= {w.lower() for w in initial - inside}
    return common


def _inside_a_quote(mention: Mention, marked: list[Marked], opens: list[int]) -> bool:
    k = bisect.bisect_left(opens, mention.start) - 1  # the last quote opened before it
    return k >= 0 and marked[k].open < mention.start < marked[k].close


def _continued(text: str, paragraphs: list, found: list, k: int,  # type: ignore[type-arg]
               speakers: _Speakers, common: set[str]) -> tuple[str, Mention | None] | None:
    """(speaker, the mention that names them) for a quote with no attribution of its own."""
    m: Marked = found[k][0]
    # a short sentence right before it that says who speaks: "Sie fügte hinzu. „…“"
    para0 = paragraphs[m.first_paragraph]
    lead = tokens(text, max(para0.start, m.open - 120), m.open)
    if lead and lead[-1].text in _SENTENCE_END:
        intro = lead[:-1]
        for i in range(len(intro) - 1, -1, -1):
            if intro[i].text in _SENTENCE_END or intro[i].text in MARKS:
                intro = intro[i + 1 :]
                break
        if 0 < len(intro) <= 8 and any(t.low in VERBS for t in intro):
            mention = find_speaker(text, Frame(intro, []), common)
            if mention is not None:
                return _named(speakers, mention)
    # the quote before it in the same paragraph, with only its attribution between
    for j in range(k - 1, -1, -1):
        prev: Marked = found[j][0]
        if prev.last_paragraph != m.first_paragraph:
            break
        if found[j][2] is not None:
            return str(found[j][2]), found[j][1]
    # a speaker named in the sentence right after the quote: "… .” That was Okafor's answer."
    para = paragraphs[m.last_paragraph]
    after_tokens = tokens(text, m.close + 1, min(para.end, m.close + 1 + FRAME_CHARS))
    sentence: list[Token] = []
    for tok in after_tokens:
        if tok.text in MARKS:
            sentence = []
            break
        sentence.append(tok)
        if tok.text in _SENTENCE_END:
            break
    if sentence and any(t.low in VERBS for t in sentence):
        mention = find_speaker(text, Frame([], sentence), common)
        if mention is not None:
            return _named(speakers, mention)
    # the next quote in the paragraph
    for j in range(k + 1, len(found)):
        nxt: Marked = found[j][0]
        if nxt.first_paragraph != m.last_paragraph:
            break
        if found[j][2] is not None:
            return str(found[j][2]), found[j][1]
    # a paragraph that is all quote, after a paragraph that ends with a colon or with a quote
    if m.first_paragraph > 0 and not text[paragraphs[m.first_paragraph].start : m.open].strip():
        before = paragraphs[m.first_paragraph - 1]
        tail = text[before.start : before.end].rstrip()
        if tail.endswith(":"):
            toks = tokens(text, max(before.start, before.end - FRAME_CHARS), before.end)
            for i in range(len(toks) - 2, -1, -1):
                if toks[i].text in _SENTENCE_END:
                    toks = toks[i + 1 :]
                    break
            mention = find_speaker(text, Frame(toks, []), common)
            if mention is not None:
                return _named(speakers, mention)
        for j in range(k - 1, -1, -1):
            prev = found[j][0]
            if prev.last_paragraph < m.first_paragraph - 1:
                break
            if prev.last_paragraph == m.first_paragraph - 1 and found[j][2] is not None:
                return str(found[j][2]), found[j][1]
    return _previous_sentence(text, para0.start, m, speakers, common)


_FIRST_PERSON = {"i", "we", "my", "our", "us", "me", "ich", "wir", "mein", "meine", "unser",
                 "unsere", "uns", "mich", "mir", "je", "nous", "notre", "nos", "mon", "ma", "mes",
                 "yo", "nosotros", "nosotras", "nuestro", "nuestra", "mi", "я", "мы", "наш",
                 "наша", "мой", "моя", "нас"}


def _previous_sentence(text: str, para_start: int, m: Marked, speakers: _Speakers,
                       common: set[str]) -> tuple[str, Mention | None] | None:
    """The sentence before the quote's own, in the same paragraph: one that reports speech
    ("Der BGH widersprach der Ansicht, dass … . „…“"), or, for a quote in the first person,
    one whose subject the quote speaks for ("Die SPD will … festhalten. „Wir wollen …“")."""
    toks = tokens(text, max(para_start, m.open - 600), m.open)
    ends = [i for i, t in enumerate(toks) if t.text in _SENTENCE_END and t.text != ":"]
    if not ends:
        return None
    own_start = ends[-1] + 1
    if any(t.text in MARKS for t in toks[own_start:]):
        return None
    prior = [i for i in ends[:-1]]
    sentence = toks[(prior[-1] + 1) if prior else 0 : ends[-1]]
    if not sentence or any(t.text in MARKS for t in sentence) or len(sentence) > 45:
        return None
    if toks[0].start > para_start and not prior:
        return None  # the sentence starts further back than we looked
    if any(t.low in VERBS for t in sentence) or any(t.low in ("heißt", "hieß") for t in sentence):
        mention = find_speaker(text, Frame(sentence, []), common, reported_speech=True)
        if mention is not None:
            return _named(speakers, mention)
        return None
    after = [t for t in tokens(text, m.close + 1, min(len(text), m.close + 60))[:4]
             if t.text[0].isalnum()]
    if own_start == len(toks) and after and after[0].low in VERBS:
        # «…», explicó. / «…», — добавила. The verb has no subject of its own (Spanish and
        # Russian leave it out): the person the sentence before is about
        mention = first_name(text, sentence, common)
        if mention is not None:
            return _named(speakers, mention)
    quoted = {w.lower() for w in re.findall(r"\w+", text[m.start : m.end])}
    if own_start == len(toks) and quoted & _FIRST_PERSON:
        mention = subject(text, sentence, common)
        if mention is not None:
            return _named(speakers, mention)
    return None


def _named(speakers: _Speakers, mention: Mention) -> tuple[str, Mention | None] | None:
    name = speakers.resolve(mention)
    return (name, mention) if name is not None else None


def speaker_counts(quotes: list[Quote]) -> list[tuple[str, int]]:
    """Each speaker with the number of their quotes, most quoted first (then first quoted)."""
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    return sorted(counts.items(), key=lambda item: -item[1])
