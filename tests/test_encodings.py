"""Text files in legacy encodings read back as written: when the bytes decode cleanly in several
code pages, the one whose letters form a coherent script in a plausible language wins (Hebrew
in Windows-1255 is also clean Cyrillic in Windows-1251, KOI8-R also half-width katakana)."""

from __future__ import annotations

import pytest

from reader.core.language import choose_language
from reader.core.loaders import load
from reader.core.loaders.text import decode

HEBREW = ("ראש העירייה הודיע היום כי הספרייה העירונית תיפתח מחדש בחודש הבא לאחר שיפוץ שנמשך "
          "שנתיים. התושבים שמחו לשמוע את החדשות, והמורים בבתי הספר כבר תכננו ביקורים עם "
          "התלמידים.")
RUSSIAN = ("Жители посёлка впервые за много лет провели зиму без перебоев с доставкой "
           "продуктов. Небольшой ледокол прокладывает путь.")
UKRAINIAN = ("Мешканці селища вперше за багато років провели зиму без перебоїв з доставкою "
             "продуктів. Невеликий криголам прокладає шлях.")
GREEK = ("Ο δήμαρχος ανακοίνωσε σήμερα ότι η δημοτική βιβλιοθήκη θα ανοίξει ξανά τον επόμενο "
         "μήνα μετά από ανακαίνιση δύο ετών. Οι κάτοικοι χάρηκαν.")
FRENCH = ("Ma sœur et moi avons visité le musée. L’œuvre était magnifique, dit-elle, et le café "
          "du village a rouvert après les travaux.")
GERMAN = ("Die Stadtbibliothek öffnet nächste Woche wieder. Die Bürger freuen sich über größere "
          "Räume und längere Öffnungszeiten, sagte der Bürgermeister.")
POLISH = ("Burmistrz ogłosił dzisiaj, że biblioteka miejska zostanie ponownie otwarta w przyszłym "
          "miesiącu po dwóch latach remontu. Mieszkańcy się cieszą.")
ARABIC = ("أعلن رئيس البلدية اليوم أن المكتبة العامة ستعيد فتح أبوابها الشهر المقبل بعد عامين من "
          "التجديد.")
JAPANESE = ("市立図書館は来月、二年間の改修工事を終えて再開すると市長が発表した。"
            "住民たちはこの知らせを喜んでいる。")
SIMPLIFIED = "市长今天宣布，市图书馆将在两年的翻修后于下个月重新开放。居民们对这个消息感到高兴。"
TRADITIONAL = "市長今天宣布，市圖書館將在兩年的翻修後於下個月重新開放。居民們對這個消息感到高興。"
KOREAN = "시립 도서관은 2년간의 보수 공사를 마치고 다음 달에 다시 문을 연다고 시장이 발표했다."

CASES = [
    ("cp1255", HEBREW, "he"),
    ("iso8859-8", HEBREW, "he"),
    ("cp1251", RUSSIAN, "ru"),
    ("koi8-r", RUSSIAN, "ru"),
    ("cp866", RUSSIAN, "ru"),
    ("koi8-u", UKRAINIAN, "uk"),
    ("cp1251", UKRAINIAN, "uk"),
    ("cp1253", GREEK, "el"),
    ("iso8859-7", GREEK, "el"),
    ("cp1252", FRENCH, "fr"),
    ("cp1252", GERMAN, "de"),
    ("latin-1", GERMAN, "de"),
    ("cp1250", POLISH, "pl"),
    ("cp1256", ARABIC, "ar"),
    ("shift_jis", JAPANESE, "ja"),
    ("euc-jp", JAPANESE, "ja"),
    ("gbk", SIMPLIFIED, "zh"),
    ("big5", TRADITIONAL, "zh"),
    ("euc-kr", KOREAN, "ko"),
]


@pytest.mark.parametrize(("encoding", "text", "lang"), CASES,
                         ids=[f"{enc}-{lang}" for enc, _, lang in CASES])
def test_a_text_decodes_as_written(tmp_path, encoding, text, lang):
    for head in ("", "Headline Of The Day\n\n"):
        assert decode((head + text + "\n").encode(encoding)) == head + text + "\n"
    path = tmp_path / "article.txt"
    path.write_bytes(f"Headline Of The Day\n\n{text}\n".encode(encoding))
    article = load(path)
    assert article.text == text
    assert choose_language(article.text) == lang


def test_hebrew_in_windows_1255_is_not_read_as_cyrillic_or_greek():
    text = decode(HEBREW.encode("cp1255"))
    assert text == HEBREW
    assert not any("\u0400" <= ch <= "\u04ff" or "\u0370" <= ch <= "\u03ff" for ch in text)
