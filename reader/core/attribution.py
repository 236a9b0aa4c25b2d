"""Who said a quote: speech verbs, the speaker next to them, and the person a mention means.

A quote's frame is the rest of its sentence: the words after the closing mark up to the end of
the sentence, and the words before the opening mark back to the start of it. A speech verb in
the frame (said, sagte, a déclaré, dijo, заявил, according to, laut, selon, según, по словам…)
points at the speaker: the name, pronoun or description next to it. Mentions are then resolved
to people: a pronoun to the person last named, a surname or a title ("Mr. Obama") to the fullest
name the article gives, a description ("the minister") to the person the article gives that
role, and an anonymous source keeps its description ("a nurse at the county hospital").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

# --- words -------------------------------------------------------------------------------------

_VERB_WORDS = """
said says say saying told tells telling added adds adding asked asks explained explains
explaining wrote writes writing warned warns warning noted notes noting argued argues arguing
insisted insists recalled recalls stated states declared declares replied replies continued
acknowledged acknowledges admitted admits claimed claims commented comments concluded
emphasized emphasised stressed stresses suggested suggests urged announced announces observed
remarked cautioned conceded contended predicted promised tweeted posted responded complained
joked shouted yelled whispered testified confirmed confirms mused quipped boasted pleaded
recounted called calls described describes dubbed hailed praised slammed criticized criticised
blasted touted vowed pledged insisting maintained countered reiterated agreed demanded
asks asking sang sings wonders wondered demands
gesagt geschrieben mitgeteilt bekanntgegeben angekündigt gewarnt gefordert
hinzugefügt zurückgewiesen geäußert dementiert betont erklärt berichtet
sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint
fügte ergänzte ergänzt schrieb schreibt schrieben warnte warnt kritisierte kritisiert
forderte fordert berichtete berichtet erläuterte erläutert unterstrich versicherte
versichert räumte bekräftigte bekräftigt widerspricht widersprach sprach spricht sprachen
bezeichnete bezeichnet bezeichneten nannte nennt nannten wertete urteilte teilte teilt
äußerte äußert verkündete verkündet mahnte appellierte klagte beklagte beklagt lobte
kommentierte antwortete fragte rief riefen skandierten verteidigte charakterisierte
zitiert zitierte behauptete behauptet bestätigte bestätigt dementierte erinnerte verwies
vermutete glaubt glaubte gab gibt hieß heißt wies entgegnete begründete beschreibt
beschrieb bestreitet bestritt fuhr zitiert zitieren stellte kündigte sprach
déclaré dit affirmé expliqué ajouté précisé souligné indiqué estimé assuré averti insisté
confié lancé raconté répondu reconnu martelé rappelé commenté dénoncé jugé déclare affirme
explique ajoute précise souligne indique estime assure déclarait expliquait confie lance
raconte répond reconnaît martèle rappelle dénonce juge écrit annoncé annonce
dijo afirmó señaló explicó añadió agregó aseguró declaró indicó comentó sostuvo dice
afirma señala explica subrayó advirtió insistió destacó manifestó apuntó recordó
reconoció precisó expresó asegura añade agrega declara indica comenta sostiene advierte
destaca manifiesta apunta recuerda reconoce
заявил заявила заявили сказал сказала сказали отметил отметила отметили подчеркнул
подчеркнула подчеркнули добавил добавила добавили пояснил пояснила пояснили сообщил
сообщила сообщили считает считают уверен уверена уверены говорит говорят рассказал
рассказала рассказали признал признала признали заметил заметила уточнил уточнила
написал написала ответил ответила объяснил объяснила указал указала констатировал
констатировала заявляет говорил говорила
warnten warf warfen wirft teilten fügten fügt wiesen weist gaben rät riet
rieten verkündeten kritisierten kritisieren hob hoben hebt meinten forderten räumten
beklagten lobten mahnten dementierten bestätigten widersprachen äußerten nennen bezeichnen
aufforderte hinzufügte mitteilte hinwies vorwarf zurückwies ankündigte bekanntgab klarstellte
feststellte einräumte erklärten betonten sagten
lamentó criticó denunció aseveró sentenció concluyó opinó respondió preguntó relató contó
admitió recalcó puntualizó matizó expuso lamenta critica denuncia opina responde relata cuenta
déplore regrette prévient poursuit conclut déploré regretté prévenu poursuivi conclu dénoncé
averti interrogé témoigné témoigne
freute freuten ärgerte zeigte resümierte jubelte bilanzierte gestand bedauerte schimpfte
scherzte erzählt erzählte meint sagt
laughed sighed fumed beamed texted emailed
dicho afirmado declarado señalado explicado asegurado indicado añadido comentado advertido
reconocido subrayado insistido destacado manifestado apuntado recordado lamentado criticado
denunciado respondido reaccionado reaccionó
réagi jugé ironisé tranché résumé fustigé salué plaidé observé noté tweeté réagit
представитель представителя представительница сообщили заявили отметили рассказали
пожаловался пожаловалась признался призналась возразил возразила пообещал пообещала
предупредил предупредила полагает уверяет напомнил напомнила спросил спросила продолжил
продолжила отмечает подчёркивает признаёт добавляет считал считала рассказывает
"""
VERBS = frozenset(w.strip(",") for w in _VERB_WORDS.split())

# "according to X", "laut X", "X zufolge", "selon X", "según X", "по словам X"
_ACCORDING = re.compile(r"\b(?:according to|laut|selon|según|по словам|по мнению|"
                        r"nach (?:Angaben|Aussagen?|Auffassung|Ansicht|Worten|Darstellung|"
                        r"Einschätzung|Informationen|Meinung))\b", re.IGNORECASE)
# a document speaks: "In dem Schreiben heißt es: „…“", "So heißt es in dem Schreiben: „…“"
_IT_SAYS = {"heißt", "hieß", "steht", "stand"}
_SO = re.compile(r"^[\s,]*so\s+", re.IGNORECASE)  # German „…“, so Müller.

PRONOUNS = {
    "he": "m", "she": "f", "they": "p", "er": "m", "sie": "f", "il": "m", "elle": "f",
    "ils": "p", "elles": "p", "él": "m", "ella": "f", "ellos": "p", "ellas": "p",
    "он": "m", "она": "f", "они": "p",
}
DETERMINERS = {
    "the", "a", "an", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines",
    "einem", "einen", "le", "la", "les", "l", "un", "une", "el", "los", "las", "una", "uno",
    "unos", "unas",
}
# titles before a name, and roles: kept in a description, dropped from the name
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
    "capt", "cmdr", "adm", "rev", "sr", "sra", "srta", "mme", "mlle", "m", "herr", "frau",
    "st", "hon", "pres", "supt", "insp", "det", "judge", "justice", "president", "senator",
    "governor", "mayor", "minister", "secretary", "chief", "director", "chairman", "chairwoman",
    "professor", "doctor", "general", "colonel", "captain", "sheriff", "officer", "coach",
    "spokesman", "spokeswoman", "spokesperson", "rabbi", "pastor", "father", "sister", "king",
    "queen", "prince", "princess", "pope", "premier", "chancellor", "ambassador", "commissioner",
    "prime", "vice", "deputy", "state", "attorney", "inspector", "superintendent", "councillor",
    "councilman", "councilwoman", "councilor", "congressman", "congresswoman", "representative",
    "editor", "founder", "ceo", "cfo", "leader", "speaker", "presidente", "ministre", "président",
    "présidente",
    "maire", "ministro", "ministra", "alcalde", "alcaldesa", "señor", "señora", "don", "doña",
    "portavoz", "porte-parole", "directeur", "directrice", "directora",
    "глава", "министр", "президент", "директор", "мэр", "губернатор", "депутат", "депутатка",
    "председатель", "инженер", "врач", "учитель", "учительница", "профессор", "генерал",
    "спикер", "премьер", "пресс-секретарь", "руководитель", "эксперт", "аналитик",
    "пенсионер", "пенсионерка", "главы", "министра", "президента", "директора", "мэра",
    "губернатора", "депутата", "председателя", "инженера", "врача", "эксперта", "пенсионерки",
}
_ROLE_SUFFIX = re.compile(
    r"(?:minister|ministerin|vorsitzende|vorsitzender|chef|chefin|sprecher|sprecherin|"
    r"präsident|präsidentin|direktor|direktorin|leiter|leiterin|kanzler|kanzlerin|sekretär|"
    r"sekretärin|funktionär|funktionärin|vertreter|vertreterin|meister|meisterin|anwalt|"
    r"anwältin|richter|richterin|experte|expertin|abgeordnete|abgeordneter|mitglied|gründer|"
    r"gründerin|autor|autorin|professor|professorin|trainer|trainerin|manager|managerin|"
    r"reporter|reporterin|korrespondent|korrespondentin|analyst|analystin|beauftragte|"
    r"beauftragter|senator|senatorin|botschafter|botschafterin|kommissar|kommissarin|"
    r"oberst|generalsekretär|bischof|pfarrer|jährige|jähriger|sprecherin|chefs|ministers|"
    r"redakteur|redakteurin|journalist|journalistin|vorstand|gouverneur|bürgermeister|"
    r"veranstalter|veranstalterin|kritiker|kritikerin|beobachter|beobachterin|ermittler|"
    r"ermittlerin|staatsanwalt|staatsanwältin|polizist|polizistin|ärzte|arzt|ärztin|"
    r"augenzeuge|augenzeugin|zeuge|zeugin|kollege|kollegin|nachbar|nachbarin|partner|"
    r"partnerin|freund|freundin|ehefrau|ehemann|sohn|tochter|vater|mutter|bruder|schwester)"
    r"(?:en|n|innen|s)?$",
    re.IGNORECASE)
_PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du",
              "al", "bin", "ibn", "y", "zu", "ten", "ter", "dos", "das"}
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col",
                  "sgt", "capt", "st", "jr", "sr", "sra", "rev", "hon", "mme", "mlle", "m",
                  "inc", "co", "corp", "ltd", "u.s", "u.k", "d", "r", "i", "supt", "insp", "det",
                  "cmdr", "adm", "pres", "srta", "no", "vs"}
# words that open a clause the speaker cannot reach across
_CLAUSE = {"and", "but", "while", "when", "because", "after", "before", "that", "und", "aber",
           "als", "weil", "dass", "nachdem", "et", "mais", "quand", "que", "qu", "y", "pero",
           "cuando", "и", "но", "что", "когда", "who", "which", "indem", "obwohl", "wenn",
           "ob", "sodass", "damit", "während", "denn", "sondern", "whereas", "although"}
_NOT_SPEAKERS = {"it", "this", "that", "there", "es", "das", "dies", "ce", "cela", "eso",
                 "esto", "это", "which", "who", "what", "i", "we", "you", "ich", "wir", "je",
                 "nous", "yo", "nosotros", "я", "мы", "one", "man", "on", "se"}
# days and months are capitalised in English and German but never speak ("released Tuesday")
_TIME_WORDS = set("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
january february march april may june july august september october november december
montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend heute gestern
januar februar märz mai juni juli oktober dezember
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril juin juillet
août septembre octobre novembre décembre lunes martes miércoles jueves viernes sábado domingo
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
""".split())

_TOKEN = re.compile(
    r"[^\W\d_][\w\-]*(?:\.[^\W\d_][\w\-]*)+\.?"  # news.example.org, u.a.
    r"|[^\W\d_][\w'’\-]*\.?"  # words, with a full stop that may end the sentence
    r"|\d[\d.,:]*(?:-[^\W\d_][\w\-]*)?"  # numbers, "58-Jährige", "34-year-old"
    r"|[^\w\s]", re.UNICODE)
_INVERTED = re.compile(r"^(?:(?:a|aurait)-t-(il|elle)\s+[\wéèêàç]+|[\wéèêàç]+-t-(il|elle)|"
                       r"[\wéèêàç]+-(il|elle))\b")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        s, e = m.start(), m.end()
        if word.endswith(".") and len(word) > 1:
            stem = word[:-1].lower()
            initial = len(stem) == 1 and word[0].isupper()
            # "(R-Fla.)", "McConnell, R-Ky., said": a full stop right before ")" or "," ends
            # an abbreviation, not a sentence
            abbreviated = text[e : e + 1] in (")", ",")
            if stem not in _ABBREVIATIONS and not initial and "." not in stem and \
                    not abbreviated:
                out.append(Token(word[:-1], s, e - 1))
                out.append(Token(".", e - 1, e))
                continue
        out.append(Token(word, s, e))
    return out


@dataclass(frozen=True)
class Mention:
    """Who the frame names: a name, a pronoun or a description, with its place in the text."""

    text: str
    start: int
    end: int
    kind: str  # "name", "pronoun", "description"
    said_as: str | None = None  # the name in the nominative, when the text has another case
    # for a pronoun in a clause of its own, the subject of the sentence it stands for
    # ("Der Mieterverein …, indem er …")
    refers_to: Mention | None = None


def _name_words(tok: Token) -> bool:
    return tok.cap and tok.text[0].isalpha() and tok.low not in PRONOUNS


def is_role_word(word: str) -> bool:
    """"senator", "Sprecherin", "maire": a word for a role a person holds."""
    return word.lower() in TITLES and word.lower() not in _NOT_ROLES or \
        bool(_ROLE_SUFFIX.search(word.split("-")[-1]))


# titles that are not roles on their own ("the state", "the prime", "the vice")
_NOT_ROLES = {"state", "prime", "vice", "deputy", "general", "chief", "st", "m", "don", "sr",
              "father", "sister", "judge", "justice"}


def _is_role(tok: Token) -> bool:
    return tok.low in TITLES or bool(_ROLE_SUFFIX.search(tok.text.split("-")[-1]))


_PREP = {
    "at", "of", "from", "for", "in", "with", "on", "to", "about", "by", "during", "after",
    "before", "into", "over", "under", "against", "through", "without", "via", "as",
    "von", "vom", "bei", "beim", "im", "am", "aus", "für", "mit", "zu", "zum", "zur",
    "nach", "über", "unter", "gegen", "um", "durch", "ohne", "seit", "während", "wegen", "trotz",
    "anlässlich", "gegenüber", "an", "auf", "vor", "hinter", "neben", "zwischen", "als",
    "à", "au", "aux", "dans", "avec", "pour", "par", "sur", "sous", "devant", "après", "avant",
    "en", "con", "para", "por", "sobre", "ante", "tras", "desde", "hacia", "entre",
    "в", "во", "на", "с", "со", "к", "по", "о", "об", "у", "от", "для", "при", "за", "из",
}
_DASHES = {"—", "–", "―", "-"}
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}")
_PARTY = re.compile(r"[DRI](?:-[A-Z][A-Za-z.]{1,5})?\.?")
_ROMANCE_ARTICLES = {"los", "las", "la", "le", "les", "el", "un", "una", "unos", "unas", "l"}
_ROMANCE_OF = {"de", "del", "du", "di", "da", "do", "della", "d"}
_COORDINATION = {"and", "und", "et", "y", "e", "и", "sowie"}
# German articles in the dative, accusative or genitive: "den Aufsichtsrat", "des Konzerns" are
# not the subject of the clause, so not the speaker
_OBLIQUE_ARTICLES = {"dem", "den", "des", "einem", "einen", "eines"}
_POSSESSIVES = {"his", "her", "its", "their", "our", "my", "your", "sein", "seine", "seiner",
                "seinen", "seinem", "seines", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres",
                "son", "sa", "ses", "leur", "leurs", "su", "sus", "его", "её", "их"}
_DEMONSTRATIVES = {"this", "these", "those", "diese", "dieser", "dieses", "diesen", "diesem",
                   "ce", "cet", "cette", "ces", "este", "esta", "estos", "estas", "этот", "эта"}
_QUANTIFIERS = {"some", "many", "several", "one", "two", "three", "most", "his", "her", "its",
                "their", "our", "another", "other", "seine", "seiner", "ihre", "ihr", "einige",
                "viele", "mehrere", "sa", "son", "ses", "leur", "leurs", "su", "sus", "algunos",
                "varios", "многие", "некоторые"}
_PEOPLE = {
    "officials", "analysts", "experts", "residents", "critics", "sources", "witnesses",
    "police", "authorities", "investigators", "prosecutors", "researchers", "scientists",
    "doctors", "lawyers", "protesters", "organizers", "organisers", "supporters", "opponents",
    "economists", "observers", "diplomats", "activists", "students", "parents", "teachers",
    "workers", "villagers", "farmers", "voters", "aides", "officers", "democrats",
    "republicans", "people", "spokesman", "spokeswoman", "spokesperson", "source", "official",
    "nurse", "doctor", "witness", "resident", "officer", "aide", "expert", "analyst",
    "fuentes", "fuente", "portavoz", "expertos", "analistas", "vecinos", "testigos",
    "responsables", "témoins", "habitants", "analystes", "riverains", "источники", "эксперты",
    "аналитики", "очевидцы", "жители", "sprecher", "augenzeugen", "anwohner",
}


@dataclass(frozen=True)
class _Chunk:
    toks: list[Token]
    oblique: bool  # after a preposition: "in an interview", "mit den Worten"


def _chunks(toks: list[Token]) -> list[tuple[int, _Chunk]]:
    """Noun-phrase-like runs of words, each with the index of its first token. Verbs, clause
    words and punctuation end a run; a preposition starts an oblique one."""
    out: list[tuple[int, _Chunk]] = []
    cur: list[Token] = []
    start = 0
    oblique = False

    def close() -> None:
        nonlocal cur
        if cur:
            out.append((start, _Chunk(cur, oblique)))
        cur = []

    for i, t in enumerate(toks):
        low = t.low
        word = t.text[0].isalnum()
        if not word and not (t.text == "." and cur and cur[-1].low in _ABBREVIATIONS):
            close()
            oblique = False
            continue
        if low in VERBS or (low in _CLAUSE and not t.cap):
            close()
            oblique = False
            continue
        name_particle = low in ("von", "van", "de") and i + 2 < len(toks) and \
            toks[i + 1].low in _PARTICLES and toks[i + 2].cap  # "Von der Leyen"
        # "de", "di", "da": a preposition ("un rapport de la préfecture"), unless it joins a
        # name ("Charles de Gaulle")
        romance_de = low in _ROMANCE_OF and not t.cap and not (
            i and toks[i - 1].cap and i + 1 < len(toks) and toks[i + 1].cap)
        to_article = low in ("a", "à") and not t.cap and i + 1 < len(toks) and \
            toks[i + 1].low in _ROMANCE_ARTICLES  # "dijo a los periodistas"
        if (low in _PREP and not t.cap or (low in _PREP and not cur and i == 0) or romance_de
                or to_article) and not name_particle:
            close()
            start, oblique = i, True
            continue
        if cur and (low in DETERMINERS or low in _POSSESSIVES or low in _DEMONSTRATIVES) and \
                any(x.text[0].isalnum() and x.low not in DETERMINERS and x.low not in _PARTICLES
                    for x in cur):
            close()
            start, oblique = i, oblique and False
        if cur and not t.cap and cur[-1].cap and not _is_role(cur[-1]) and low not in \
                _PARTICLES and cur[-1].low not in DETERMINERS:
            close()  # "Okafor told" / "Clinton yesterday"
            oblique = False
        if not cur:
            start = i
            if low in _OBLIQUE_ARTICLES and (i == 0 or toks[i - 1].low
                                                           not in _PARTICLES):
                oblique = True
        cur.append(t)
    close()
    return out


def _kind(chunk: _Chunk, text: str, common: set[str]) -> Mention | None:
    toks = [t for t in chunk.toks if t.text[0].isalnum() or t.text == "."]
    while toks and toks[-1].text == ".":
        toks = toks[:-1]
    if not toks:
        return None
    if len(toks) == 1 and toks[0].low in PRONOUNS:
        return Mention(toks[0].text, toks[0].start, toks[0].end, "pronoun")
    words = [t for t in toks if t.text[0].isalnum()]
    if words and all(_PARTY.fullmatch(t.text) for t in words):
        return None  # "(D-Md.)", "R-Ky.": a party and a state, after the name
    if all(t.low in _NOT_SPEAKERS or t.low in common or t.low in _AUX or t.low in _TIME_WORDS
           or t.text[0].isdigit() for t in words) and not \
            any(_is_role(t) or t.low in _PEOPLE for t in words):
        return None
    # the trailing run of capitalised words, after the last role word or lower-case word
    k = len(toks)
    while k > 0 and (toks[k - 1].cap or toks[k - 1].text == "." or
                     (toks[k - 1].low in _PARTICLES and k < len(toks))):
        if _is_role(toks[k - 1]) and k < len(toks):
            break
        k -= 1
    run = [t for t in toks[k:] if t.text != "."]
    while run and (_is_role(run[0]) or run[0].low in common or run[0].low in DETERMINERS or
                   run[0].low in _TIME_WORDS or
                   len(run) >= 3 and _ACRONYM.fullmatch(run[0].text)):  # "МИД Мария Захарова"
        run = run[1:]
    # "diese Weitergabe", "seine Position": a capitalised noun after a possessive or a
    # demonstrative is a thing, not a name
    led = toks[0].low in DETERMINERS or k == 1 and (toks[0].low in _POSSESSIVES or
                                                    toks[0].low in _DEMONSTRATIVES)
    role_before = any(_is_role(t) for t in toks[:k]) or k < len(toks) and _is_role(toks[k])
    # "der Vorsitzende Konrad Freiberg", "the head teacher Grace Okafor" are names;
    # "der BGH", "das israelische Regierungskabinett" are descriptions
    if run and (not led or role_before or len(run) >= 2):
        if run and not (len(run) == 1 and run[0].low in common):
            first = next(t for t in toks if t.start == run[0].start)
            return Mention(text[first.start : run[-1].end], first.start, run[-1].end, "name")
    if len(words) > 12:
        return None
    head = words[0]
    if not (head.cap or head.low in DETERMINERS or head.low in _QUANTIFIERS
            or any(_is_role(t) or t.low in _PEOPLE for t in words)):
        return None  # "nicht", "fügt hinzu": no one
    return Mention(text[head.start : words[-1].end], head.start, words[-1].end, "description")


_PARTICIPLES = {"adding", "saying", "noting", "telling", "writing", "insisting", "asking",
                "arguing", "warning", "explaining", "tweeting", "declaring", "calling"}


def _pick(toks: list[Token], verb: int, text: str, common: set[str],
          first_in_after: bool) -> Mention | None:
    chunks = _chunks(toks)
    if toks[verb].low in _PARTICIPLES:
        # "Trump attacked Clinton in a speech, saying: …": the sentence's subject speaks
        for start, chunk in chunks:
            if start < verb and not chunk.oblique:
                mention = _kind(chunk, text, common)
                if mention and mention.kind != "description":
                    return mention
        return None
    left = [c for c in chunks if c[0] < verb]
    right = [c for c in chunks if c[0] > verb]
    options: list[tuple[int, Mention]] = []

    def add(chunk: tuple[int, _Chunk] | None, rank: int) -> None:
        if chunk is None or chunk[1].oblique:
            return
        mention = _kind(chunk[1], text, common)
        if mention is None:
            return
        bonus = {"name": 0, "pronoun": 1, "description": 3}[mention.kind]
        options.append((rank + bonus, mention))

    # the nearest phrase before the verb that can be a subject ("indem sie den Aufsichtsrat
    # zum Handeln aufforderte"), or, after "and", the subject of the clause before
    # ("Die CCE bestätigte … und nannte sie …")
    near_left = next((c for c in reversed(left) if not c[1].oblique and
                      _kind(c[1], text, common) is not None), None)
    if near_left is not None and toks[near_left[0] - 1 if near_left[0] else 0].text == ",":
        # "Wolfgang Wieland, Sprecher für Innere Sicherheit, sprach": the name, not the role
        k = left.index(near_left)
        named = left[k - 1] if k else None
        if named is not None and not named[1].oblique and \
                named[0] + len(named[1].toks) == near_left[0] - 1:
            a, b = _kind(named[1], text, common), _kind(near_left[1], text, common)
            if a is not None and a.kind == "name" and b is not None and \
                    b.kind == "description":
                near_left = named
    near_right = next((c for c in [c for c in right if not c[1].oblique][:2]
                       if _kind(c[1], text, common) is not None), None)
    if near_right and any(t.text in (",", ":") for t in toks[verb + 1 : near_right[0]]):
        near_right = None  # "said, adding…" reaches no subject
    if verb and toks[verb - 1].low in _COORDINATION and left:
        near_left = near_right = None
    clause_first = left[0] if left else None
    if first_in_after and not [t for t in toks[:verb] if t.text[0].isalnum()]:
        add(near_right, 0)
    add(near_left, 0)
    add(clause_first, 1)
    add(near_right, 2)
    if not options:
        # Russian "— сообщили в пресс-службе МЧС": no subject, the office is the source
        where = next((c for c in right[:2] if c[1].oblique and c[0] > 0 and
                      toks[c[0] - 1].low in ("в", "во")), None)
        if where is not None and re.search(r"[а-яё]", toks[verb].low):
            first, last = toks[where[0] - 1], where[1].toks[-1]
            return Mention(text[first.start : last.end], first.start, last.end, "description")
        return None
    options.sort(key=lambda o: o[0])
    best = options[0][1]
    if best.kind == "pronoun" and clause_first is not None and \
            clause_first[1].toks[-1].end < best.start:
        # "Die Schutzvereinigung schlug in die gleiche Kerbe, indem sie …": the pronoun in a
        # subordinate clause stands for the sentence's subject
        between = [t for t in toks if clause_first[1].toks[-1].end <= t.start < best.start]
        subject_ = None if clause_first[1].oblique else _kind(clause_first[1], text, common)
        if subject_ is not None and subject_.kind != "pronoun" and \
                any(t.low in _CLAUSE for t in between) and \
                _agrees(clause_first[1].toks[0].low, best.text.lower()):
            best = replace(best, refers_to=_extend(subject_, toks, text))
    return _extend(best, toks, text)


_ARTICLE_GENDER = {"der": "m", "ein": "m", "die": "f", "eine": "f", "le": "m", "la": "f",
                   "el": "m"}


def _agrees(article: str, pronoun: str) -> bool:
    """Whether a pronoun can stand for a phrase led by ``article`` ("der Verein" … "er")."""
    want = _ARTICLE_GENDER.get(article)
    have = PRONOUNS.get(pronoun)
    return not want or not have or have == want or (have == "f" and article == "die")


def _extend(mention: Mention, toks: list[Token], text: str) -> Mention:
    """A description takes the phrase that qualifies it: "a nurse" + "at the county hospital"."""
    if mention.kind != "description":
        return mention
    end = mention.end
    idx = next((i for i, t in enumerate(toks) if t.end == end), None)
    if idx is None:
        return mention
    j = idx + 1
    while j < len(toks) and toks[j].text[0].isalnum() and toks[j].low not in VERBS and \
            j - idx <= 6 and not (toks[j].low in _CLAUSE and not toks[j].cap):
        j += 1
    if j > idx + 1 and (toks[idx + 1].low in _PREP or toks[idx + 1].low in _ROMANCE_OF or
                        toks[idx + 1].low in ("des", "der") and
                        any(t.cap for t in toks[idx + 2 : j])):
        # "a nurse at the county hospital", "dem Gutachten der Prüfer"
        if toks[idx + 1].low in ("des", "der"):
            j = next(k for k in range(idx + 2, j) if toks[k].cap) + 1
        end = toks[j - 1].end
    return Mention(text[mention.start : end], mention.start, end, "description")


@dataclass(frozen=True)
class Frame:
    before: list[Token]  # from the start of the sentence to the opening mark
    after: list[Token]  # from the closing mark to the end of the sentence


_CJK = "\u4e00-\u9fff"
_ZH_VERBS = ("告诉记者|回忆说|解释说|补充说|说道|写道|表示|指出|认为|介绍|强调|坦言|透露|称|说")
_ZH_ROLES = re.compile(
    "^.*?(?:站长|市长|县长|镇长|村长|校长|院长|部长|局长|处长|主任|经理|总裁|董事长|书记|主席|"
    "总统|总理|教授|医生|记者|老师|村民|居民|发言人|负责人|专家|工作人员|志愿者|馆长|队长|代表)")
_ZH_BEFORE = re.compile(rf"([{_CJK}]{{2,12}}?)(?:{_ZH_VERBS})[：:，,]?\s*$")
_ZH_AFTER = re.compile(rf"[，,]?\s*([{_CJK}]{{2,12}}?)(?:{_ZH_VERBS})")


def _chinese_speaker(text: str, frame: Frame) -> Mention | None:
    """Chinese: 站长李明说：“……” and “……”李明说。 — the name is the two to four characters
    before the verb, after a role word if there is one."""
    for toks, pattern in ((frame.after, _ZH_AFTER), (frame.before, _ZH_BEFORE)):
        if not toks:
            continue
        start = toks[0].start
        # (a "^" does not match at a search's start position, so the text after is matched)
        m = pattern.match(text, start, toks[-1].end) if pattern is _ZH_AFTER else \
            pattern.search(text, start, toks[-1].end)
        if m is None:
            continue
        run = m.group(1)
        role = _ZH_ROLES.match(run)
        name = run[role.end() :] if role else run
        if 2 <= len(name) <= 4:
            at = m.start(1) + len(run) - len(name)
            return Mention(name, at, at + len(name), "name")
    return None


def find_speaker(text: str, frame: Frame, common: set[str] | None = None,
                 reported_speech: bool = False) -> Mention | None:
    """The speaker the frame names, or None when it names none. ``common``: lower-cased words
    that are not names even when capitalised (stop words, sentence-initial adverbs)."""
    common = common or set()
    if any(re.search(f"[{_CJK}]", t.text) for t in (*frame.before[-3:], *frame.after[:3])):
        hit = _chinese_speaker(text, frame)
        if hit is not None:
            return hit
    after = frame.after
    if after:
        rest = text[after[0].start : after[-1].end]
        # German „…“, so Müller.
        m = _SO.match(rest)
        if m:
            sub = [t for t in after if t.start >= after[0].start + m.end()]
            found = [x for x in (_kind(c, text, common) for _, c in _chunks(sub)[:3]
                                 if not c.oblique) if x]
            best = next((x for x in found if x.kind != "description"), found[0] if found else None)
            if best:
                return best
        # French « … », a-t-elle précisé
        lead = len(rest) - len(rest.lstrip(" ,—–―-"))
        inv = _INVERTED.match(rest[lead:])
        if inv:
            pron = inv.group(1) or inv.group(2) or inv.group(3)
            pos = after[0].start + lead + inv.end() - len(pron)
            return Mention(pron, pos, pos + len(pron), "pronoun")
        # “…” ― Pamela Padilla (a dash and a name, no verb)
        words = [t for t in after if t.text[0].isalnum()]
        if after[0].text in _DASHES and words and not any(t.low in VERBS for t in after):
            mention = _kind(_Chunk(words, False), text, common)
            if mention and mention.kind == "name" and len(words) <= 5:
                return mention
    hit = _around_verb(text, after, True, common)
    if hit:
        return hit
    hit = _according(text, after, common) or _according(text, frame.before, common) or \
        _document(text, frame.before, common) or _in_the_view_of(text, frame.before, common) \
        or _postposed(text, frame.before, common) or _postposed(text, after, common)
    if hit:
        return hit
    hit = _around_verb(text, frame.before, False, common)
    if hit or not frame.before or (frame.before[-1].text != ":" and not (
            any(t.low in VERBS for t in frame.before) and reported_speech)):
        return hit
    # a colon introduction without a speech verb: the subject of the sentence
    # ("Die Autoren der Studie werfen den Behörden vor: „…“")
    for _, chunk in _chunks(frame.before)[:1]:
        if not chunk.oblique:
            toks = chunk.toks
            # "The governor's office released a statement": the verb is not in the lexicon
            cut = next((k for k, t in enumerate(toks) if k >= 2 and not t.cap and
                        len(t.text) > 4 and t.low.endswith("ed")), None)
            if cut is not None:
                toks = toks[:cut]
            mention = _kind(_Chunk(toks, False), text, common)
            if mention:
                return _extend(mention, frame.before, text)
    return None


def subject(text: str, toks: list[Token], common: set[str]) -> Mention | None:
    """The phrase a sentence starts with, when it can be the one who speaks: a name, or a
    description that starts with an article ("Die SPD", "The ministry")."""
    for _, chunk in _chunks(toks)[:1]:
        if not chunk.oblique:
            mention = _kind(chunk, text, common)
            if mention is not None and mention.kind == "name":
                return mention
            if mention is not None and toks[0].low in DETERMINERS and len(chunk.toks) > 1:
                # the article and the noun, and capitalised words after it ("Die Deutsche
                # Bank"): in "El sindicato mantiene" the verb is not part of it
                k = 2
                while k < len(chunk.toks) and chunk.toks[k].cap:
                    k += 1
                last = chunk.toks[k - 1]
                return Mention(text[toks[0].start : last.end], toks[0].start, last.end,
                               "description")
    return None


def first_name(text: str, toks: list[Token], common: set[str]) -> Mention | None:
    """The first person named in a sentence, wherever they stand ("Para la vecina Carmen
    Soto, …")."""
    for _, chunk in _chunks(toks):
        mention = _kind(_Chunk(chunk.toks, False), text, common)
        if mention is not None and mention.kind == "name":
            return mention
    return None


def _postposed(text: str, toks: list[Token], common: set[str]) -> Mention | None:
    """German "Berger zufolge", "dem Bericht zufolge": the source stands before the word."""
    for i, t in enumerate(toks):
        if t.low == "zufolge" and i:
            chunks = _chunks(toks[:i])
            k = len(chunks) - 1
            if k < 0 or chunks[k][0] + len(chunks[k][1].toks) != i:
                return None
            # "Dem Bericht des Rechnungshofs zufolge": a genitive belongs to the noun before
            while k > 0 and chunks[k][1].toks[0].low in ("des", "der", "eines", "einer") and \
                    chunks[k - 1][0] + len(chunks[k - 1][1].toks) == chunks[k][0]:
                k -= 1
            words = [w for _, c in chunks[k:] for w in c.toks]
            return _kind(_Chunk(words, False), text, common)
    return None


def _in_the_view_of(text: str, toks: list[Token], common: set[str]) -> Mention | None:
    """"Pour Jenna Park, ce report « … »", "Para la vecina Carmen Soto, el cambio es «…»": a
    sentence that opens with "for <someone>," gives that person's view."""
    if len(toks) < 3 or toks[0].low not in ("pour", "para"):
        return None
    comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
    if comma is None or comma > 12:
        return None
    mention = first_name(text, toks[1:comma], common)
    if mention is None:
        for _, chunk in _chunks(toks[1:comma])[:1]:
            found = _kind(_Chunk(chunk.toks, False), text, common)
            if found is not None and (any(_is_role(t) or t.low in _PEOPLE for t in chunk.toks)):
                mention = found
    return mention


def _document(text: str, toks: list[Token], common: set[str]) -> Mention | None:
    """"In einem Positionspapier des Ministeriums heißt es": the paper the words come from."""
    if not any(t.low in _IT_SAYS for t in toks) or not any(t.low == "es" for t in toks):
        return None
    for i, t in enumerate(toks[:-1]):
        if t.low in ("in", "im") and toks[i + 1].text[0].isalnum():
            sub = toks[i + 1 :]
            for _, c in _chunks(sub)[:1]:
                mention = _kind(_Chunk(c.toks, False), text, common)
                if mention:
                    return _extend(mention, sub, text)
    return None


def _according(text: str, toks: list[Token], common: set[str]) -> Mention | None:
    if not toks:
        return None
    chunk = text[toks[0].start : toks[-1].end]
    m = _ACCORDING.search(chunk)
    if not m:
        return None
    start = toks[0].start + m.end()
    sub = [t for t in toks if t.start >= start]
    for _, c in _chunks(sub)[:1]:
        mention = _kind(_Chunk(c.toks, False), text, common)
        if mention:
            if mention.kind == "name" and m.group().lower().startswith("по "):
                # "по словам Нины Смирновой": the name is in the genitive
                mention = replace(mention, said_as=_russian_nominative(mention.text))
            return _extend(mention, sub, text)
    return None


_FLEETING = {"Павла": "Павел", "Льва": "Лев", "Петра": "Пётр"}  # names that lose a vowel


def name_key(word: str) -> str:
    """A surname as looked up: case folded, without "'s", and for Russian without the case
    ending, so "Смирновой" and "Смирнова" are one person."""
    key = re.sub(r"['’]s?$", "", word.casefold())
    if re.fullmatch(r"[а-яё\-]+", key) and len(key) > 4:
        key = re.sub(r"(?:ой|ей|ого|ому|ым|ом|ая|ую|а|у|е|ы)$", "", key)
    return key


def _russian_nominative(name: str) -> str:
    """"Нины Смирновой" -> "Нина Смирнова", "Андрея Морозова" -> "Андрей Морозов": the
    common endings of Russian first names and surnames in the genitive."""
    words = name.split()
    if not words or not all(re.fullmatch(r"[А-ЯЁ][а-яё\-]+", w) for w in words):
        return name
    surname = words[-1]
    female = bool(re.search(r"(?:ой|ей)$", surname))
    out = []
    for k, w in enumerate(words):
        last = k == len(words) - 1
        if female:
            w = re.sub(r"(ск|цк)ой$", r"\1ая", w) if last else w
            w = re.sub(r"(ов|ев|ёв|ин|ын)ой$", r"\1а", w) if last else w
            if not last:
                w = re.sub(r"ии$", "ия", w)
                w = re.sub(r"([гкхжчшщ])и$", r"\1а", w)
                w = re.sub(r"ы$", "а", w)
                w = re.sub(r"([^и])и$", r"\1я", w)
        else:
            if last:
                w = re.sub(r"(ск|цк)ого$", r"\1ий", w)
                w = re.sub(r"(ов|ев|ёв|ин|ын)а$", r"\1", w)
            else:
                w = re.sub(r"([еи])я$", r"\1й", w)
                w = _FLEETING.get(w, w)
                w = re.sub(r"([бвгдзклмнпрстфхцжчшщ])а$", r"\1", w)
        out.append(w)
    return " ".join(out)


def _around_verb(text: str, toks: list[Token], first: bool, common: set[str]) -> Mention | None:
    spots = [i for i, t in enumerate(toks) if t.low in VERBS]
    if not spots:
        return None
    order = spots if first else list(reversed(spots))
    # after the quote the verb is close, unless a name and its apposition stand between
    # (“…,” Malkia Cyril, the executive director at the Center of Media Justice, told …)
    reach = 14
    lead = toks[1] if len(toks) > 1 and toks[0].text == "," else toks[0] if toks else None
    if first and lead is not None and lead.cap and lead.low not in PRONOUNS and \
            lead.low not in common and lead.low not in VERBS:
        reach = 30
    for i in order:
        if first and i > reach:
            break
        if first and toks[i].low in _PARTICIPLES:
            continue  # "…,” adding that…: the speaker is named before the quote
        if first and i and toks[i - 1].low in _COORDINATION:
            continue  # „…“ und forderten die Regierung auf: the subject came before the quote
        mention = _pick(toks, i, text, common, first)
        if mention:
            return mention
    return None


_AUX = {"has", "had", "have", "was", "is", "hat", "habe", "hatte", "a", "avait", "ha", "había",
        "also", "then", "later", "further", "again", "auch", "noch", "ferner", "zudem", "weiter",
        "außerdem", "aussi", "también", "также", "тоже", "recently", "previously", "once",
        "repeatedly", "simply", "never", "only", "just", "yesterday", "today", "wird", "wurde",
        "will", "would", "could", "can", "did", "does", "bereits", "schon", "dazu", "darauf",
        "hinzu", "dann", "nun", "jetzt", "so", "sich"}


# --- people in the article -------------------------------------------------------------------

_CAP_RUN = re.compile(
    r"(?:(?<=\s)|^)((?:(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ]\.|[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-]*) +(?:(?:(?:von|van) +"
    r"(?:der|den)|de|da|di|del|van|von|la|le|du|bin|ibn|zu) +)?){1,4}[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-]*)")


# words next to a name that tell whether "he" or "she" can mean that person (pronouns near a
# name are left out: they as often mean someone else)
_MALE = {"mr", "herr", "monsieur", "m", "señor", "sr", "don", "господин", "man", "mann",
         "father", "son", "husband", "brother", "vater", "sohn", "bruder", "ehemann", "king",
         "könig", "spokesman", "chairman", "congressman", "businessman", "councilman", "père",
         "fils", "frère", "mari", "padre", "hijo", "hermano", "marido", "отец", "сын", "брат",
         "муж"}
_FEMALE = {"mrs", "ms", "miss", "frau", "madame", "mme", "mlle", "señora", "sra", "doña",
           "госпожа", "woman", "mother", "daughter", "wife", "sister", "tochter", "mutter",
           "ehefrau", "schwester", "queen", "königin", "spokeswoman", "chairwoman",
           "congresswoman", "businesswoman", "councilwoman", "mère", "fille", "sœur", "femme",
           "madre", "hija", "hermana", "esposa", "мать", "дочь", "сестра", "жена"}


def _word_gender(word: str) -> str:
    low = word.lower()
    if low in _FEMALE:
        return "f"
    if low in _MALE:
        return "m"
    # German roles: die Sprecherin, die Ministerin; der Sprecher, der Minister
    tail = low.split("-")[-1]
    if word[:1].isupper() and tail.endswith("in") and _ROLE_SUFFIX.search(tail[:-2] or "x"):
        return "f"
    # "-e", "-en": die/der Abgeordnete, die Experten; the article decides, not the word
    if word[:1].isupper() and _ROLE_SUFFIX.search(tail) and not tail.endswith(
            ("in", "innen", "e", "en")):
        return "m"
    return ""


_PLACE_PREPOSITIONS = {"in", "im", "nach", "aus", "à", "en", "в", "во", "из"}
_CAPITAL_WORD = re.compile(r"(?<![\w'’\-])[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-]*")
_NOT_NAMES = {"laut", "selon", "según", "according", "so", "said", "says", "sagte", "dijo"}


class People:
    """Names the article gives, to turn a surname or a title into the fullest name."""

    def __init__(self, text: str, common: set[str] | None = None) -> None:
        common = common or set()
        self.text = text
        self.full: dict[str, list[str]] = {}  # surname (folded) -> full names, first seen first
        self._genders: dict[str, str] = {}
        self._role_matches: dict[str, list[tuple[int, str]]] = {}  # role -> (end, name) in order
        self._persons: dict[str, bool] = {}
        self._at: dict[str, list[int]] | None = None  # capitalised word -> where it stands
        for m in _CAP_RUN.finditer(text):
            # a full stop ends a sentence, except after an initial ("Paul D. Ryan")
            words = [w if len(w) == 2 and w[1] == "." and w[0].isupper() else w.rstrip(".")
                     for w in m.group(1).split()]
            while words and (words[0].lower() in TITLES or words[0].lower() in DETERMINERS
                             or words[0].lower() in common or words[0].lower() in _PREP
                             or words[0].lower() in _NOT_NAMES
                             or _ROLE_SUFFIX.search(words[0].split("-")[-1])):
                words = words[1:]
            roles = [i for i, w in enumerate(words[:-2]) if w.lower() in TITLES or
                     _ROLE_SUFFIX.search(w.split("-")[-1]) or _ACRONYM.fullmatch(w)]
            if roles:  # "Council President Maria Gonzalez": the name after the role
                words = words[roles[-1] + 1 :]
            if words:
                words[-1] = re.sub(r"['’]s?$", "", words[-1])  # "Ivanka Trump's"
            if len(words) < 2 or len(words) > 4:
                continue
            name = " ".join(words)
            names = self.full.setdefault(name_key(words[-1]), [])
            if name not in names:
                names.append(name)

    def fullest(self, name: str) -> str:
        words = [w for w in name.replace(".", ". ").split()]
        core = [w for w in words if w.rstrip(".").lower() not in TITLES]
        if not core:
            return name
        options = [n for n in self.full.get(name_key(core[-1]), [])
                   if len(n.split()) >= len(core)
                   and all(w.casefold() in n.casefold().split() for w in core)]
        # two different people with the surname ("Bill Clinton", "Hillary Clinton"): unsure
        firsts = {n.split()[0] for n in options if len(n.split()) > len(core)}
        if not options or (len(core) == 1 and len(firsts) > 1):
            return " ".join(core) if len(core) > 1 else name
        return max(options, key=lambda n: (len(n.split()), -self.full[name_key(core[-1])]
                                           .index(n)))

    def _occurrences(self, form: str) -> list[tuple[int, int]]:
        """Where ``form`` (one or more capitalised words) stands in the text, as whole words;
        one pass over the text serves every name."""
        if self._at is None:
            self._at = {}
            for m in _CAPITAL_WORD.finditer(self.text):
                self._at.setdefault(m.group(), []).append(m.start())
        first = form.split(" ", 1)[0]
        out = []
        for pos in self._at.get(first, []):
            end = pos + len(form)
            if self.text.startswith(form, pos) and not self.text[end : end + 1].isalnum():
                out.append((pos, end))
        return out

    def is_person(self, name: str) -> bool:
        """False for a name the article always writes after an article: "The Washington
        Post", "die Deutsche Bank" are not who "she" or "er" means."""
        if name in self._persons:
            return self._persons[name]
        seen = bare = 0
        person = True
        for start, end in self._occurrences(name):
            seen += 1
            word = re.search(r"(\w+)\W*$", self.text[max(0, start - 12) : start])
            if word and word.group(1) in _PLACE_PREPOSITIONS and \
                    self.text[end : end + 2] not in ("'s", "’s"):
                person = False  # "in North Korea", "nach Berlin": a place
                break
            if not word or word.group(1).lower() not in DETERMINERS:
                bare += 1
        if person and seen and not bare:
            person = False  # always "the …"
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
        if re.search(r"[а-яё]", surname):
            if re.search(r"(?:ова|ева|ёва|ина|ая|овой|евой|иной|ской|ую)$", surname):
                votes["f"] += 2
            elif re.search(r"(?:ов|ев|ёв|ин|ий|ский|ым|ого|ому|ом)$", surname):
                votes["m"] += 2
        forms = {name}
        if len(self.full.get(name_key(surname), [])) == 1 and name.count(" "):
            forms.add(surname)  # the surname alone, when no one else in the article has it
        for form in forms:
            for start, end in self._occurrences(form):
                before = self.text[max(0, start - 80) : start]
                before = re.split(r"(?<=\w\w\w\w[.!?;])\s", before)[-1]  # not at "M. "
                # an apposition right after the name: ", the nominee's eldest daughter,"
                after = self.text[end : end + 60]
                after = re.split(r"[,.;:!?]", after[1:])[0] if after.startswith(",") else ""
                for word in re.findall(r"[\w\-]+", before)[-4:] + \
                        re.findall(r"[\w\-]+", after)[:8]:
                    g = _word_gender(word)
                    if g:
                        votes[g] += 1
        g = "m" if votes["m"] > votes["f"] else "f" if votes["f"] > votes["m"] else ""
        self._genders[name] = g
        return g

    def role_holder(self, description: str, before: int) -> str | None:
        """The person the article gives the role in ``description`` ("the minister"), looked
        for around the names mentioned before ``before``."""
        words = [w for w in re.findall(r"[\w\-]+", description.lower()) if w not in DETERMINERS]
        if not words or len(words) > 4:
            return None
        head = words[-1]
        if len(head) < 4:
            return None
        # the role in any case, the name in capitals (an initial may have a full stop; a
        # name's last word may not, or "Maria Gonzalez. Elle a" would be a name)
        cap = "A-ZÀ-ÖØ-ÞА-ЯЁ"
        pattern = re.compile(
            rf"\b(?i:{re.escape(head)})\w{{0,3}},?\s+((?:[{cap}]\.\s*|[{cap}][\w'’\-]*\s+)"
            rf"{{0,3}}[{cap}][\w'’\-]*)|"
            rf"((?:[{cap}][\w'’\-]*\s+){{1,3}}[{cap}][\w'’\-]*),\s+"
            rf"(?i:the|der|die|la|le|el|a|an)\s+(?:[\w\-]+\s+){{0,3}}"
            rf"(?i:{re.escape(head)})\b")
        # before the mention, or in an apposition right after it ("la maire, Isabelle
        # Fournier"); every match of a role is found once per text (a book quotes "the crowd"
        # thousands of times: scanning up to each mention again took 35 s for 5,000)
        matches = self._role_matches.get(head)
        if matches is None:
            matches = self._role_matches[head] = [
                (m.end(), who) for m in pattern.finditer(self.text)
                if (who := m.group(1) or m.group(2)) and who[0].isupper()]
        limit = min(len(self.text), before + len(description) + 60)
        i = bisect_right(matches, (limit, "\uffff"))
        found = matches[i - 1][1] if i else None
        if found is None:
            return None
        words_found = [w for w in found.split() if w.rstrip(".").lower() not in TITLES]
        return self.fullest(" ".join(words_found)) if words_found else None
