"""Front and back matter (contents, copyright pages, licences, indexes) is recognised in several
languages and kept out of the summary and the quotes, while it stays in the text; body text
that only talks about copyright or licences is left alone."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.errors import ReaderError
from reader.core.loaders import load
from reader.core.matter import KINDS, mark_matter
from reader.core.matter_words import SECTIONS, languages, phrases
from reader.core.pipeline import analyze
from reader.core.textbuild import RawBlock, build_article, normalize_block

from .helpers import ARTICLES, ROOT

# bodies in languages the shared articles lack (written for this test)
BODIES = {
    "it": ["Il comune ha riaperto la biblioteca dopo due anni di lavori. Le sale sono più grandi "
           "e la luce entra da un nuovo tetto di vetro, ha detto il sindaco ai giornalisti.",
           "I lettori potranno prendere in prestito libri anche la domenica mattina. Il progetto "
           "è costato più del previsto, ma la città ha ottenuto un contributo dalla regione."],
    "pt": ["A câmara municipal reabriu a biblioteca depois de dois anos de obras. As salas são "
           "maiores e a luz entra por um novo telhado de vidro, disse o presidente.",
           "Os leitores vão poder requisitar livros também ao domingo de manhã. A obra custou "
           "mais do que o previsto, mas a cidade recebeu um apoio do governo regional."],
    "ja": ["市立図書館は二年間の改修工事を終えて、今月から再び利用できるようになった。"
           "新しい閲覧室は以前の二倍の広さがある。",
           "館長によると、日曜日の午前中にも本を借りられるようになる。"
           "工事費は予定より多くかかったが、県から補助金を受けた。"],
}


def body(lang: str) -> list[str]:
    if lang in BODIES:
        return BODIES[lang]
    article = load(ARTICLES[lang])  # its headline, byline and date left out
    return [article.paragraph_text(p) for p in article.paragraphs]


def kinds(article) -> list[tuple[str, str]]:
    return [(p.matter, article.paragraph_text(p)) for p in article.paragraphs]


def marked(article, kind: str) -> list[str]:
    return [text for matter, text in kinds(article) if matter == kind]


def clean(lines: list[str]) -> list[str]:
    """Lines as the article holds them (one space between words, none before a colon)."""
    return [normalize_block(line) for line in lines]


def unmarked(article) -> list[str]:
    return [text for matter, text in kinds(article) if not matter]


def blocks_article(blocks: list[tuple[str, bool]]):
    """An article as an HTML, EPUB or DOCX loader hands it over: one block per paragraph."""
    return mark_matter(build_article([RawBlock(t, heading=h) for t, h in blocks], title=None,
                                     fmt="html"))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- contents -------------------------------------------------------------------------------------

def test_a_contents_page_with_dot_leaders_in_a_text_file(tmp_path):
    contents = ("Contents\n\n"
                "1. The River Before the Dam ............ 1\n"
                "2. Building the Weir .................... 14\n"
                "3. The Flood of 1953 .................... 29\n"
                "4. What the Village Remembers ........... 47\n")
    path = write(tmp_path, "book.txt", "The River Book\n\n" + contents + "\n"
                 + "\n\n".join(body("en")) + "\n")
    article = load(path)
    assert marked(article, "contents") == clean(contents.split("\n\n"))
    assert unmarked(article) == body("en")
    analysis = analyze(article)
    assert not any("...." in analysis.span_text(s) for s in analysis.summary)
    assert "....... 14" in analysis.article.text  # still there to read
    assert [p.matter for p in analysis.article.paragraphs][:2] == ["contents", "contents"]


@pytest.mark.parametrize(("heading", "entries"), [
    ("Contents", ["Preface", "Chapter 1: The Old Mill", "Chapter 2: Water Rights",
                  "Chapter 3: The Flood", "Index"]),
    ("Inhaltsverzeichnis", ["Vorwort", "1. Die alte Mühle", "2. Wasserrechte",
                            "3. Das Hochwasser"]),
    ("Table des matières", ["Préface", "Chapitre 1 : Le vieux moulin", "Chapitre 2 : L'eau",
                            "Chapitre 3 : La crue"]),
    ("Índice", ["Prólogo", "Capítulo 1. El viejo molino", "Capítulo 2. El agua",
                "Capítulo 3. La crecida"]),
    ("Содержание", ["Предисловие", "Глава 1. Старая мельница", "Глава 2. Вода",
                    "Глава 3. Наводнение"]),
    ("目次", ["はじめに", "第1章 古い水車小屋", "第2章 水の権利", "第3章 洪水"]),
    ("目录", ["前言", "第一章 老磨坊", "第二章 水权", "第三章 洪水"]),
])
def test_a_contents_heading_and_its_entries_in_an_ebook(heading, entries):
    paragraphs = body("en")
    article = blocks_article([("A Book", True), (heading, True), *[(e, False) for e in entries],
                              ("Preface", True), *[(p, False) for p in paragraphs]])
    assert marked(article, "contents") == clean([heading, *entries])
    assert unmarked(article) == ["A Book", "Preface", *paragraphs]


def test_lines_ending_in_page_numbers_without_a_heading():
    entries = ["Introduction ........ 1", "The Mill ........ 9", "The Weir ........ 23",
               "Notes ........ 41"]
    article = blocks_article([*[(e, False) for e in entries], *[(p, False) for p in body("en")]])
    assert marked(article, "contents") == clean(entries)


def test_short_lines_of_a_poem_after_no_contents_heading_stay_text():
    poem = ["The mill wheel turns in the morning,", "the river runs under the stones;",
            "my grandfather stood in the doorway", "and counted the sacks on his own."]
    article = blocks_article([("Contents of a Summer", True), *[(p, False) for p in poem],
                              *[(p, False) for p in body("en")]])
    assert not any(p.matter for p in article.paragraphs)


# --- copyright pages ------------------------------------------------------------------------------

COPYRIGHT_PAGES = {
    "en": ["Copyright © 2021 Harbour Lane Press Ltd.",
           "All rights reserved. No part of this book may be reproduced in any form without the "
           "prior written permission of the publisher.",
           "Published by Harbour Lane Press, 14 Quay Street, Bristol BS1 4DJ",
           "ISBN 978-1-23456-789-7", "Printed in the United Kingdom"],
    "de": ["© 2020 Lindenau Verlag GmbH, Leipzig", "Alle Rechte vorbehalten.",
           "Umschlaggestaltung: Marta Kühn", "Druck und Bindung: Druckerei Beispiel, Halle",
           "ISBN 978-3-12345-678-9"],
    "fr": ["© Éditions du Quai, Paris, 2019", "Tous droits réservés pour tous pays.",
           "Dépôt légal : mars 2019", "ISBN 978-2-12345-678-9"],
    "es": ["© 2022, Editorial Ribera S.L.", "Todos los derechos reservados. Queda prohibida la "
           "reproducción total o parcial de esta obra sin autorización.",
           "Depósito legal: M-12345-2022", "Impreso en España"],
    "it": ["© 2018 Edizioni del Porto S.r.l.", "Tutti i diritti riservati.",
           "Finito di stampare nel mese di maggio 2018", "ISBN 978-88-12345-67-8"],
    "pt": ["© 2021 Editora Ribeira Ltda.", "Todos os direitos reservados. É proibida a "
           "reprodução total ou parcial desta obra.", "Impresso no Brasil"],
    "ru": ["© ООО «Издательство Пристань», 2020", "Все права защищены.",
           "Подписано в печать 12.03.2020. Формат 60×90/16. Тираж 3000 экз."],
    "zh": ["版权所有，翻印必究", "责任编辑：王芳", "出版发行：河岸出版社",
           "ISBN 978-7-123-45678-9"],
    "ja": ["© 2019 河岸書房", "無断転載を禁じます。", "発行所：株式会社河岸書房",
           "第1刷発行 2019年5月1日"],
}


@pytest.mark.parametrize("lang", sorted(COPYRIGHT_PAGES))
def test_a_copyright_page_in_each_language(tmp_path, lang):
    notice = COPYRIGHT_PAGES[lang]
    paragraphs = body(lang)
    path = write(tmp_path, "book.txt", "\n\n".join(["A Title Line", *notice, *paragraphs]) + "\n")
    article = load(path)
    assert marked(article, "copyright") == clean(notice)
    assert unmarked(article) == paragraphs
    analysis = analyze(article)
    summary = " ".join(analysis.span_text(s) for s in analysis.summary)
    assert not any(line in summary for line in clean(notice))


def test_a_notice_run_into_a_body_paragraph_leaves_it_body_text():
    # a page footer that a conversion joined to the first paragraph of the next page
    footer = ("From The River Book, second edition © 2004. Licensed under the GNU Free "
              "Documentation License. http://example.org/river/ ")
    paragraphs = body("en")
    joined = footer + paragraphs[1]
    article = blocks_article([(paragraphs[0], False), (joined, False),
                              *[(p, False) for p in paragraphs[2:]],
                              (footer.strip(), False)])
    assert unmarked(article) == [paragraphs[0], clean([joined])[0], *paragraphs[2:]]
    assert marked(article, "copyright") == [footer.strip()]


def test_a_web_page_copyright_line_at_the_end():
    paragraphs = body("en")
    article = blocks_article([*[(p, False) for p in paragraphs],
                              ("© 2024 Coast Weekly. All rights reserved.", False)])
    assert marked(article, "copyright") == ["© 2024 Coast Weekly. All rights reserved."]
    assert unmarked(article) == paragraphs


@pytest.mark.parametrize("text", [
    "The court ruled that copyright in the photographs belonged to the agency, not to the "
    "newspaper that had printed them, and the publisher said it would appeal.",
    "Many old books carry the line \u201cAll rights reserved\u201d, but the phrase has had no "
    "legal force in most countries for decades, the historian said at the book fair.",
    "\u201cThis work is licensed under a Creative Commons licence,\u201d reads the small label "
    "under every picture, and visitors are free to photograph them, the curator explained.",
    "Published by a small press in 1932, the novel sold fewer than four hundred copies before "
    "the war and was forgotten until a teacher found it in a school cupboard.",
    "This isn\u2019t supposed to be a manifesto\u2122\u00a9 we just think it\u2019s worth "
    "sharing what we learned, the founders wrote in their first post.",
])
def test_body_text_about_copyright_stays_text(text):
    article = blocks_article([(p, False) for p in [*body("en")[:2], text, *body("en")[2:]]])
    assert not any(p.matter for p in article.paragraphs)


# --- licences -------------------------------------------------------------------------------------

GUTENBERG_HEAD = """The Project Gutenberg eBook of The Mill on the Weir, by Ann Example

This ebook is for the use of anyone anywhere in the United States and most other parts of the
world at no cost and with almost no restrictions whatsoever. You may copy it, give it away or
re-use it under the terms of the Project Gutenberg License included with this ebook or online
at www.gutenberg.org.

Title: The Mill on the Weir

Author: Ann Example

Release date: May 1, 2020 [eBook #99999]

Language: English

*** START OF THE PROJECT GUTENBERG EBOOK THE MILL ON THE WEIR ***

Produced by Volunteers

CONTENTS

CHAPTER I. The Old Mill
CHAPTER II. Water Rights
CHAPTER III. The Flood
"""

GUTENBERG_TAIL = """*** END OF THE PROJECT GUTENBERG EBOOK THE MILL ON THE WEIR ***

Updated editions will replace the previous one--the old editions will be renamed.

Creating the works from print editions not protected by U.S. copyright law means that no one
owns a United States copyright in these works, so the Foundation (and you!) can copy and
distribute it in the United States without permission and without paying copyright royalties.

START: FULL LICENSE

THE FULL PROJECT GUTENBERG LICENSE

PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK

To protect the Project Gutenberg-tm mission of promoting the free distribution of electronic
works, by using or distributing this work (or any other work associated in any way with the
phrase "Project Gutenberg"), you agree to comply with all the terms of the Full Project
Gutenberg-tm License available with this file or online at www.gutenberg.org/license.

Section 1. General Terms of Use and Redistributing Project Gutenberg-tm electronic works

1.A. By reading or using any part of this Project Gutenberg-tm electronic work, you indicate
that you have read, understand, agree to and accept all the terms of this license.
"""


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_project_gutenberg_book(tmp_path, lang):
    paragraphs = body(lang)
    text = GUTENBERG_HEAD + "\n" + "\n\n".join(paragraphs) + "\n\n" + GUTENBERG_TAIL
    article = load(write(tmp_path, "pg.txt", text))
    assert unmarked(article) == paragraphs
    assert marked(article, "contents") == [
        "CONTENTS", "CHAPTER I. The Old Mill CHAPTER II. Water Rights CHAPTER III. The Flood"]
    licence = marked(article, "licence")
    assert licence[-1].startswith("1.A. By reading or using")
    assert any(t.startswith("*** START OF THE PROJECT GUTENBERG") for t in licence)
    assert any(t.startswith("*** END OF THE PROJECT GUTENBERG") for t in licence)
    analysis = analyze(article)
    assert analysis.language == lang  # the English licence does not decide for a German book
    summary = [analysis.span_text(s) for s in analysis.summary]
    assert summary and all(any(s in p for p in paragraphs) for s in summary)


CC_NOTICES = {
    "en": "This work is licensed under a Creative Commons Attribution 4.0 International License. "
          "To view a copy of this license, visit http://creativecommons.org/licenses/by/4.0/.",
    "de": "Dieses Werk ist lizenziert unter einer Creative Commons Namensnennung 4.0 "
          "International Lizenz.",
    "fr": "Sauf mention contraire, le contenu de ce site est mis à disposition selon les termes "
          "de la licence Creative Commons Attribution 4.0 International.",
    "es": "Esta obra está bajo una licencia de Creative Commons Reconocimiento-CompartirIgual "
          "4.0 Internacional.",
    "it": "Quest'opera è distribuita con Licenza Creative Commons Attribuzione 4.0 Internazionale.",
    "pt": "Este artigo está licenciado sob uma licença Creative Commons Atribuição 4.0.",
    "ru": "Это произведение доступно по лицензии Creative Commons «Атрибуция» 4.0 Всемирная.",
    "zh": "本作品采用知识共享署名 4.0 国际许可协议进行许可。",
    "ja": "この作品はクリエイティブ・コモンズ 表示 4.0 国際 ライセンスで提供されています。",
}


@pytest.mark.parametrize("lang", sorted(CC_NOTICES))
def test_a_creative_commons_notice_in_each_language(lang):
    paragraphs = body(lang)
    article = blocks_article([*[(p, False) for p in paragraphs], (CC_NOTICES[lang], False)])
    assert marked(article, "licence") == [CC_NOTICES[lang]]
    assert unmarked(article) == paragraphs


ABOUT_CC = [
    "Creative Commons, the nonprofit founded in 2001, released new versions of its licences on "
    "Monday after two years of public consultation with artists, museums and universities.",
    "The licences let creators keep their copyright while allowing others to share their work. "
    "\u201cMost people just want credit,\u201d said Dana Ortiz, who leads the organisation.",
    "Museums have been quick to publish images under the most open licence, CC0, which places "
    "a work in the public domain. Critics say the licences are still hard to understand.",
    "Creative Commons licences can cover anything that copyright covers, from photographs to "
    "lecture notes, and are used by more than two billion works online, the report says.",
]


def test_an_article_about_creative_commons_is_body_text():
    article = blocks_article([("Creative Commons updates its licences", True),
                              *[(p, False) for p in ABOUT_CC]])
    assert not any(p.matter for p in article.paragraphs)
    analysis = analyze(article)
    assert analysis.summary and analysis.quotes  # summarised and quoted as usual


def test_gnu_licence_notices():
    fdl = ("Permission is granted to copy, distribute and/or modify this document under the terms "
           "of the GNU Free Documentation License, Version 1.3 or any later version published by "
           "the Free Software Foundation; with no Invariant Sections.")
    gpl = ("This program is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later version.")
    paragraphs = body("en")
    article = blocks_article([("© 2004 Ann Example.", False), (fdl, False),
                              *[(p, False) for p in paragraphs], (gpl, False)])
    assert marked(article, "licence") == [fdl, gpl]
    assert marked(article, "copyright") == ["© 2004 Ann Example."]
    assert unmarked(article) == paragraphs


# --- indexes --------------------------------------------------------------------------------------

INDEX_EN = ["Index", "A", "Abbey mill, 12, 45", "Almshouses, 88", "B", "Bridges, 3, 17–19",
            "Brewing. See Malt", "C", "Canal, 101–104", "Corn laws, 56, 60", "Cottages, 71"]
INDEX_DE = ["Register", "Abtei, 12, 45", "Brücken, 3, 17–19", "Brauerei, siehe Mälzerei",
            "Kanal, 101–104", "Kornzoll, 56, 60", "Mühle, 9, 12, 88"]


@pytest.mark.parametrize("index", [INDEX_EN, INDEX_DE], ids=["en", "de"])
def test_an_index_at_the_end(index):
    paragraphs = body("en") + body("en")
    article = blocks_article([*[(p, False) for p in paragraphs],
                              *[(line, len(line) == 1 or line == index[0]) for line in index]])
    assert marked(article, "index") == index
    assert unmarked(article) == paragraphs


def test_an_index_run_together_in_a_text_file(tmp_path):
    index = ("Abbey mill, 12, 45\nAlmshouses, 88\nBridges, 3, 17-19\nCanal, 101-104\n"
             "Corn laws, 56, 60\nCottages, 71\nWeir, 5, 9, 14\n")
    path = write(tmp_path, "book.txt", "\n\n".join(body("en") * 2) + "\n\nIndex\n\n" + index)
    article = load(path)
    assert marked(article, "index") == ["Index", " ".join(index.split("\n")).strip()]
    assert unmarked(article) == body("en") * 2


def test_lines_with_numbers_early_in_an_article_are_not_an_index():
    lines = ["Arsenal, 2", "Chelsea, 1", "Leeds, 3", "Everton, 0", "Fulham, 2"]
    article = blocks_article([(p, False) for p in [*lines, *body("en")]])
    assert not any(p.matter for p in article.paragraphs)


# --- the whole ------------------------------------------------------------------------------------

def test_quotes_in_matter_are_not_quotes():
    paragraphs = body("en")
    article = blocks_article([
        ("Copyright © 2021 Harbour Lane Press. All rights reserved. \u201cThe River Book\u201d "
         "is a registered trademark, said the publisher.", False),
        *[(p, False) for p in paragraphs]])
    assert marked(article, "copyright")
    analysis = analyze(article)
    assert analysis.quotes
    first = article.paragraphs[0]
    assert all(not first.start <= q.start < first.end for q in analysis.quotes)


def test_a_mark_the_loader_made_is_kept():
    article = build_article([RawBlock("Chapter notes for the reader.", matter="back"),
                             RawBlock(body("en")[0]), RawBlock("© 2020 Ann Example")],
                            title=None, fmt="epub")
    assert [p.matter for p in mark_matter(article).paragraphs] == ["back", "", "copyright"]


def test_a_long_book_of_plain_prose_has_no_matter():
    # (how long marking takes is bench/sections.py's to measure, not a test's)
    paragraphs = body("en") * 4000  # 28,000 paragraphs, 1.3 million words: a very long book
    article = build_article([RawBlock(p) for p in paragraphs], title=None, fmt="txt")
    mark_matter(article)
    assert not any(p.matter for p in article.paragraphs)


def test_a_references_section_gives_no_summary_sentence_and_no_quote(tmp_path):
    """A web page's or a paper's "References": back matter by its title. Its entries (titles
    in quotation marks, long enough to be sentences) are neither summary nor quotes."""
    references = [f'{n}. ^ Example, Ann ({2000 + n}). "How the harbour at Brenmouth was '
                  f'rebuilt after the storm of {1990 + n}, and what the town learned from '
                  f'it". Harbour Review. Retrieved 2024-01-0{n}.' for n in range(1, 8)]
    text = "# The harbour\n\n" + "\n\n".join(body("en")) + "\n\n## References\n\n" + \
        "\n\n".join(references) + "\n"
    article = load(write(tmp_path, "page.md", text))
    assert [(s.title, s.matter) for s in article.sections][-1] == ("References", "back")
    analysis = analyze(article)
    start = article.text.index("References")
    assert analysis.summary and all(s.start < start for s in analysis.summary)
    assert analysis.quotes and all(q.start < start for q in analysis.quotes)


def test_every_language_has_its_word_list_as_package_data():
    assert set(languages()) >= {"en", "de", "fr", "es", "it", "pt", "ru", "zh", "ja"}
    for lang in languages():
        for section in ("contents-heading", "copyright", "licence-statement", "licence-self"):
            assert phrases(section, lang), (lang, section)
    assert set(KINDS) == {"contents", "copyright", "licence", "index"}
    folder = ROOT / "reader" / "core" / "data" / "matter"
    for path in folder.glob("*.txt"):  # every section a file names is one the code reads
        named = re.findall(r"^\[([a-z-]+)\]$", path.read_text(encoding="utf-8"), re.MULTILINE)
        assert set(named) <= set(SECTIONS), path.name
    with open(ROOT / "pyproject.toml", "rb") as fh:
        shipped = tomllib.load(fh)["tool"]["setuptools"]["package-data"]["reader"]
    for path in folder.glob("*.txt"):  # every word list goes into the wheel and the bundle
        inside = path.relative_to(ROOT / "reader").as_posix()
        assert any(fnmatch.fnmatch(inside, pattern) and inside.count("/") == pattern.count("/")
                   for pattern in shipped), inside


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=120), st.booleans()), min_size=1,
                max_size=25))
def test_any_document_is_marked_without_an_error_and_keeps_its_text(blocks):
    try:
        article = build_article([RawBlock(t, heading=h) for t, h in blocks], title=None,
                                fmt="html")
    except ReaderError:
        return  # nothing readable in it
    before = [(p.start, p.end, p.heading) for p in article.paragraphs]
    text = article.text
    mark_matter(article)
    assert article.text == text
    assert [(p.start, p.end, p.heading) for p in article.paragraphs] == before
    assert all(p.matter in ("", *KINDS) for p in article.paragraphs)
