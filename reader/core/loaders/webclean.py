"""What trafilatura leaves around an article that is not the article.

Each block comes with its share of linked text. Dropped: promotion lines that are nothing but a
link ("Read more: …", "Continue reading the main story"); breadcrumbs and "updated" stamps
before the first paragraph; and after the body, whatever follows a "Related" / "À lire aussi" /
"推荐" heading, teasers for other articles (a linked headline and its blurb), link lists and the
site's footer (copyright lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..matter_words import heading_key, line_set

_RELATED = re.compile(
    r"^(?:related(?: (?:articles?|stories|posts|content|coverage|links|topics))?|"
    r"(?:read|see) (?:more|also)|more (?:from|on|about|stories|news|articles)\b.*|"
    r"recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?(?:like|enjoy)|"
    r"most (?:read|popular|viewed)|trending|what to read next|popular now|"
    r"weitere artikel|mehr zum thema|lesen sie auch|das könnte sie (?:auch )?interessieren|"
    r"(?:à|a) lire (?:aussi|également)|sur le même (?:sujet|thème)|dans la même rubrique|"
    r"lire aussi|voir aussi|(?:te|le) puede interesar|más (?:noticias|información)|"
    r"noticias relacionadas|leia (?:também|mais)|veja também|ti potrebbe interessare|"
    r"leggi anche|articoli correlati|читайте также|по теме|похожие (?:статьи|новости)|"
    r"相关(?:阅读|新闻|文章|推荐)?|推荐阅读|精彩(?:视频|图片)?推荐|猜你喜欢|延伸阅读|関連記事|"
    r"あわせて読みたい|おすすめ(?:記事)?|人気記事)\s*[:：.]?$",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"©|\(c\)\s*\d{4}|copyright|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
    r"все права защищены|版权所有|未经(?:授权|许可)|不得转载|禁止转载|無断転載|著作権|"
    r"^(?:impressum|datenschutz|privacy policy|terms of (?:use|service)|contact us|"
    r"about us|mentions légales|aviso legal)\b",
    re.IGNORECASE,
)
_STAMP = re.compile(
    r"^[-–—\s]*(?:updated?|last updated|aktualisiert(?: am)?|mis à jour(?: le)?|"
    r"actualizado|aggiornato|обновлено|更新)\b[\s:：]*[\d\s.:/,\-–—apmAPMuhrUhr年月日]*$",
    re.IGNORECASE,
)
# A wiki's edit link after each heading ("History[edit]", "Geschichte[Bearbeiten | Quelltext
# bearbeiten]"), in the languages Margin reads
_EDIT_LINK = re.compile(
    r"\s*\[\s*(?:edit|edit source|bearbeiten|quelltext bearbeiten|modifier|modifier le code|"
    r"editar|editar código|editar código-fonte|modifica|modifica wikitesto|править|"
    r"править код|编辑|編輯|编辑源代码|編集|ソースを編集)"
    r"(?:\s*\|\s*[^\]|]{1,30})*\s*\]\s*$", re.IGNORECASE)
_CREDIT = re.compile(r"(?:^|[.!?]\s+)(?:Bild|Foto|Photo|Image|Picture|Credit|Crédit|Crédito|"
                     r"Фото|图|写真)s?(?:\s*\([^()]{1,12}\))?\s*[:：]\s*[^.!?:]{1,60}$",
                     re.IGNORECASE)


_LINK_LINE = 200  # characters: a block of link text up to this long is a link line, a longer
# one a paragraph (a breadcrumb, a promotion line; a deal written as one long link)


@dataclass
class Piece:
    text: str
    heading: bool
    links: float  # share of the text that is link text
    kind: str  # trafilatura's element: p, head, item, cell, quote, code
    level: int = 0  # a heading's: 1 for h1, 2 for h2, ... (0 when unknown)


def _is_paragraph(p: Piece) -> bool:
    return not p.heading and len(p.text) >= 80 and p.links < 0.5


def _is_crumb(p: Piece) -> bool:
    return p.links >= 0.5 and p.kind != "cell" and len(p.text) <= _LINK_LINE


def _is_promo(p: Piece) -> bool:
    return p.kind in ("p", "head") and p.links >= 0.75 and len(p.text) <= _LINK_LINE


def is_caption(p: Piece) -> bool:
    """A picture's caption left in the text ("… Bild: dpa", "Photo (cc) : svenwerk")."""
    return not p.heading and len(p.text) <= 250 and bool(_CREDIT.search(p.text.strip()))


def drop_furniture(pieces: list[Piece]) -> list[Piece]:
    if not pieces:
        return pieces
    pieces = [replace(p, text=_EDIT_LINK.sub("", p.text)) if p.heading else p for p in pieces]
    # Before the first real paragraph: breadcrumbs, "updated" stamps. (A table's rows stay: an
    # infobox's values are links; so does a long paragraph, even one that is all link.)
    first = next((i for i, p in enumerate(pieces) if _is_paragraph(p)), 0)
    head = [p for p in pieces[:first] if not (_is_crumb(p) or _STAMP.match(p.text))]
    body = head + pieces[first:]
    total = sum(len(p.text) for p in body)
    # After the body: from a "Related" heading on, when what follows is the smaller part; the
    # article's own back matter after it (an encyclopaedia's "See also", then its "References")
    # stays.
    seen = 0
    for i, p in enumerate(body):
        if seen >= 400 and len(p.text) <= 80 and _RELATED.match(p.text.strip()) and \
                total - seen < max(seen, 600):
            back = next((j for j in range(i + 1, len(body)) if body[j].heading
                         and heading_key(body[j].text) in line_set("back-heading")), len(body))
            body = body[:i] + body[back:]
            break
        seen += len(p.text)
    # The end: link lists, teasers for other articles, the site's footer.
    body = _cut_tail(body)
    # Promotion lines inside the body, unless the page is nothing but.
    kept = [p for p in body if not _is_promo(p)]
    return kept if any(_is_paragraph(p) for p in kept) else body


def _cut_tail(body: list[Piece]) -> list[Piece]:
    chars = [len(p.text) for p in body]
    total = sum(chars)
    end = len(body)
    while end > 1:
        p = body[end - 1]
        dense = p.links >= (0.9 if p.kind == "item" else 0.6)  # a list of references stays
        if dense or (len(p.text) <= 300 and _FOOTER.search(p.text)):
            end -= 1
            continue
        break
    # A teaser: a linked headline near the end with a short blurb after it.
    tail = 0
    for j in range(end - 1, 0, -1):
        tail += chars[j]
        if tail > 0.25 * total or chars[j] > 400:
            break
        if body[j].links >= 0.6 and body[j].kind in ("p", "head") and sum(chars[:j]) >= 400 \
                and _teasers(body[j:end]):
            end = j
            break
    return body[:end]


def _teasers(tail: list[Piece]) -> bool:
    """Linked headlines, each with a blurb of one block at most; several unlinked blocks in a
    row after a link are the article going on after a promotion line."""
    run = 0
    for p in tail:
        run = 0 if p.links >= 0.6 else run + 1
        if run > 1:
            return False
    return True
