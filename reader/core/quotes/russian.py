"""Russian names change their endings with their case: "по словам Нины Смирновой" names Нина
Смирнова, and "Смирновой", "Смирнова" are one person. The endings are code, not data."""

from __future__ import annotations

import re

# names that lose a vowel
_FLEETING = {"Павла": "Павел", "Льва": "Лев", "Петра": "Пётр", "Павлом": "Павел",
             "Львом": "Лев", "Петром": "Пётр"}
_ADJECTIVE = re.compile(r"[а-яё](?:ской|ского|ская|ский|ой|ого|ая|ий|ый|ое|ую|ым|ом|ей)$")
_CYRILLIC_WORD = re.compile(r"[а-яё\-]+")
_NAME_WORD = re.compile(r"[А-ЯЁ][а-яё\-]+")
_FEMALE = re.compile(r"(?:ова|ева|ёва|ина|ая|овой|евой|иной|ской|ую)$")
_MALE = re.compile(r"(?:ов|ев|ёв|ин|ий|ский|ым|ого|ому|ом)$")


def stem(key: str) -> str:
    """A folded Russian name without its case ending ("смирновой" -> "смирнов")."""
    if len(key) > 3 and _CYRILLIC_WORD.fullmatch(key):
        return re.sub(r"(?:ой|ей|ого|ому|ым|ом|ая|ую|а|у|е|ы)$", "", key)
    return key


def surname_gender(surname: str) -> str:
    """"f" for Смирнова, "m" for Морозов, "" when the ending does not tell."""
    if not re.search(r"[а-яё]", surname):
        return ""
    if _FEMALE.search(surname):
        return "f"
    if _MALE.search(surname):
        return "m"
    return ""


def nominative(name: str) -> str:
    """"Нины Смирновой" -> "Нина Смирнова", "Андрея Морозова" -> "Андрей Морозов": the
    common endings of Russian first names and surnames in the genitive."""
    words = name.split()
    if not words or not all(_NAME_WORD.fullmatch(w) for w in words):
        return name
    female = bool(re.search(r"(?:ой|ей)$", words[-1]))
    out = []
    for k, w in enumerate(words):
        last = k == len(words) - 1
        if female:
            if last:
                w = re.sub(r"(ск|цк)ой$", r"\1ая", w)
                w = re.sub(r"(ов|ев|ёв|ин|ын)ой$", r"\1а", w)
            else:
                w = re.sub(r"ии$", "ия", w)
                w = re.sub(r"([гкхжчшщ])и$", r"\1а", w)
                w = re.sub(r"ы$", "а", w)
                w = re.sub(r"([^и])и$", r"\1я", w)
        elif last:
            w = re.sub(r"(ск|цк)ого$", r"\1ий", w)
            w = re.sub(r"(ов|ев|ёв|ин|ын)а$", r"\1", w)
        else:
            w = re.sub(r"([еи])я$", r"\1й", w)
            w = _FLEETING.get(w, w)
            w = re.sub(r"([бвгдзклмнпрстфхцжчшщ])а$", r"\1", w)
        out.append(w)
    return " ".join(out)


_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|ич)$")
_GENITIVE = re.compile(r"(?:а|я|ы|и|ого|его|ой|ей)$")


def leading_place(words: list[str]) -> int:
    """How many words of a capitalised run are a place in the genitive before the name:
    "мэр Северогорска Ирина Волкова" (but not "Ирина Сергеевна Волкова")."""
    if len(words) < 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return 0
    if _PATRONYMIC.search(words[1]) or not _GENITIVE.search(words[0]):
        return 0
    return 1


def office_nominative(phrase: str) -> str:
    """"в пресс-службе мэрии" -> "пресс-служба мэрии": the office, named as the subject it
    is, from the place the verb puts it in."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in ("в", "во"):
        return phrase
    head = words[1]
    for ending, nominative in (("стве", "ство"), ("нии", "ние"), ("ии", "ия"), ("е", "а")):
        if head.endswith(ending):
            head = head[: -len(ending)] + nominative
            break
    return " ".join([head, *words[2:]])


def is_adjective(word: str) -> bool:
    """"Прихоперской (области)": a capitalised Russian adjective, which goes on with the
    noun after it."""
    return bool(_ADJECTIVE.search(word)) and word[:1].isupper()


def instrumental_to_nominative(words: list[str]) -> list[str]:
    """"Ольгой Дьяченко" -> "Ольга Дьяченко", "Андреем Морозовым" -> "Андрей Морозов": a
    name in the instrumental (с кем?) as a name is given."""
    if len(words) < 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return words
    first = words[0]
    if first in _FLEETING:
        male = True
    elif re.search(r"[^и]ей$|ой$", first):
        male = False
    elif re.search(r"(?:ом|ем)$", first):
        male = True
    else:
        return words
    out = []
    for k, w in enumerate(words):
        if w in _FLEETING:
            out.append(_FLEETING[w])
            continue
        if male:
            w = re.sub(r"ем$", "й", w) if k == 0 else re.sub(r"(ск|цк)им$", r"\1ий", w)
            w = re.sub(r"ом$", "", w) if k == 0 else re.sub(r"(ов|ев|ёв|ин|ын)ым$", r"\1", w)
        else:
            w = re.sub(r"(ск|цк)ой$", r"\1ая", w)
            w = re.sub(r"ией$", "ия", w)
            w = re.sub(r"ьей$", "ья", w)
            w = re.sub(r"ой$", "а", w)
        out.append(w)
    return out
