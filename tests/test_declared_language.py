"""The language a document declares (HTML lang, EPUB dc:language, DOCX w:lang, PDF /Lang) is
used when the text bears it out, set aside when it does not; the user's choice wins over both."""

from __future__ import annotations

import pytest

from reader.core.article import Article, Paragraph
from reader.core.language import (
    choose_language,
    declared_code,
    detect_language,
    fits_script,
    normalize_code,
    script_profile,
)
from reader.core.loaders import load
from reader.core.pipeline import Options, analyze

from .helpers import ARTICLES

# Traditional Chinese that langdetect, left to itself, takes for Korean
TRADITIONAL = ("市長今天宣布，市圖書館將在兩年的翻修後於下個月重新開放。"
               "居民們對這個消息感到高興。")
JAPANESE = "市立図書館は来月、二年間の改修工事を終えて再開すると市長が発表した。住民は喜んでいる。"
GALICIAN = ("A biblioteca municipal volve abrir despois de dous anos de obras. Os veciños "
            "están contentos coas novas salas de lectura.")


def article(text: str, declared: str | None = None) -> Article:
    paragraphs = []
    pos = 0
    for block in text.split("\n\n"):
        paragraphs.append(Paragraph(pos, pos + len(block)))
        pos += len(block) + 2
    meta = {"declared_language": declared} if declared is not None else {}
    return Article(text=text, paragraphs=paragraphs, meta=meta)


def body(lang: str) -> str:
    return load(ARTICLES[lang]).text


@pytest.mark.parametrize("declared", ["zh-Hant", "zh-TW", "zh", "zh_HK", "zho"])
def test_a_traditional_chinese_page_declared_chinese_is_chinese(declared):
    assert analyze(article(TRADITIONAL, declared)).language == "zh"


def test_traditional_chinese_without_a_declaration_is_not_korean():
    # langdetect's first answer (ko) has no Hangul to stand on: the likeliest language whose
    # script fits the text wins
    assert analyze(article(TRADITIONAL)).language == "zh"


@pytest.mark.parametrize(("text", "declared", "expected"), [
    (TRADITIONAL, "ja", "zh"),  # Japanese needs kana
    (TRADITIONAL, "ko", "zh"),  # Korean needs Hangul
    (JAPANESE, "zh", "ja"),  # kana: not Chinese
    (body("ru"), "en", "ru"),  # Cyrillic: not English
    (body("en"), "ru", "en"),
    (body("en"), "el", "en"),
    (body("de"), "he", "de"),
])
def test_a_declaration_the_script_does_not_bear_out_is_set_aside(text, declared, expected):
    assert analyze(article(text, declared)).language == expected


def test_a_template_default_english_on_a_german_page_gives_way():
    assert analyze(article(body("de"), "en-US")).language == "de"


def test_a_declared_language_detection_cannot_tell_wins():
    # langdetect has no Galician and calls it Spanish; the page says what it is
    assert detect_language(GALICIAN) in ("es", "pt")
    assert analyze(article(GALICIAN, "gl")).language == "gl"
    # between languages detection confuses, the declaration wins too
    assert analyze(article(body("es"), "pt")).language == "pt"


def test_a_short_text_keeps_its_declaration():
    text = "Der Hafen bleibt geschlossen."  # too short to overrule anyone
    assert analyze(article(text, "de")).language == "de"
    assert analyze(article("Hafen, Fähre, Schiff.", "nl")).language == "nl"


def test_the_users_choice_wins_over_the_declaration():
    analysis = analyze(article(TRADITIONAL, "zh-Hant"), Options(language="ja"))
    assert analysis.language == "ja"


@pytest.mark.parametrize("declared", ["", "und", "mul", "zxx", "x-default", "12", "*"])
def test_a_declaration_that_names_no_language_is_ignored(declared):
    assert declared_code(declared) is None
    assert analyze(article(body("fr"), declared)).language == "fr"


@pytest.mark.parametrize(("code", "normal"), [
    ("zh-Hant", "zh"), ("zh-TW", "zh"), ("zh-Hans-CN", "zh"), ("pt-BR", "pt"), ("en_US", "en"),
    ("de-DE-1996", "de"), ("iw", "he"), ("eng", "en"), ("ger", "de"), ("sr-Latn", "sr"),
])
def test_codes_are_normalised_as_the_rest_of_the_app_does(code, normal):
    assert normalize_code(code) == normal


def test_script_fit():
    assert fits_script("zh", script_profile(TRADITIONAL))
    assert not fits_script("ja", script_profile(TRADITIONAL))
    assert fits_script("ja", script_profile(JAPANESE))
    assert fits_script("ru", script_profile(body("ru")))
    assert not fits_script("en", script_profile(body("ru")))
    assert fits_script("sr", script_profile("Beograd je glavni grad Srbije."))
    assert fits_script("sr", script_profile("Београд је главни град Србије."))
    assert fits_script("he", script_profile("הספרייה נפתחה מחדש"))
    assert fits_script("ar", script_profile("أعلن رئيس البلدية اليوم"))


def test_detection_skips_front_and_back_matter():
    licence = ("This ebook is for the use of anyone anywhere in the United States and most other "
               "parts of the world at no cost and with almost no restrictions whatsoever. You may "
               "copy it, give it away or re-use it under the terms of the Project Gutenberg "
               "License included with this ebook or online at www.gutenberg.org. ") * 12
    text = licence.strip() + "\n\n" + body("de")
    art = article(text)
    art.paragraphs[0] = Paragraph(art.paragraphs[0].start, art.paragraphs[0].end,
                                  matter="licence")
    assert choose_language(text) == "en"  # the licence alone would decide
    assert analyze(art).language == "de"


def test_a_saved_traditional_chinese_page_is_read_as_chinese(tmp_path):
    paragraphs = [
        "臺北市立圖書館總館經過兩年的整修，今天重新開館。館長表示，新的閱覽室可以容納三百位讀者，"
        "並且全天開放自習空間。",
        "許多市民一早就在門口排隊。一位退休教師說，她每週都會來借書，整修期間只能到分館，"
        "現在終於可以回到熟悉的地方。",
        "市政府表示，明年將在各區增設小型閱讀站，讓偏遠地區的孩子也能方便借閱圖書。",
    ]
    page = ('<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">'
            "<title>圖書館重新開館</title></head><body><article><h1>圖書館重新開館</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    from reader.core.pipeline import analyze_file

    assert analyze_file(path).language == "zh"
